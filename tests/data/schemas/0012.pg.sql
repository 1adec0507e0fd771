--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: fylink_anchor_check(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.fylink_anchor_check() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
BEGIN
    IF NOT (NEW.seq = 0 AND NEW.hash = repeat('0', 64))  -- the head of an empty journal
       AND NOT EXISTS (SELECT 1 FROM journal WHERE id = NEW.seq AND hash = NEW.hash) THEN
        RAISE EXCEPTION 'fylink: anchor %@% names no journal row', NEW.hash, NEW.seq
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;


--
-- Name: fylink_canonical_json(json); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.fylink_canonical_json(value json) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    AS $$
DECLARE
    result text;
BEGIN
    IF value IS NULL THEN
        RETURN 'null';
    END IF;
    CASE json_typeof(value)
    WHEN 'object' THEN
        SELECT '{' || coalesce(string_agg(
                   to_json(e.key)::text || ':' || fylink_canonical_json(e.item),
                   ',' ORDER BY e.key COLLATE "C"), '') || '}'
          INTO result FROM json_each(value) AS e(key, item);
    WHEN 'array' THEN
        SELECT '[' || coalesce(string_agg(fylink_canonical_json(e.item), ',' ORDER BY e.n), '')
               || ']'
          INTO result FROM json_array_elements(value) WITH ORDINALITY AS e(item, n);
    WHEN 'string' THEN
        -- Re-escaped as Python escapes (ensure_ascii=False): whoever stored the text
        -- may have written "\u586b" for 填.
        result := to_json(value #>> '{}')::text;
    ELSE
        result := btrim(value::text, E' \t\r\n');
    END CASE;
    RETURN result;
END $$;


--
-- Name: fylink_journal_check(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.fylink_journal_check() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
DECLARE
    head_id bigint;
    head_hash text;
BEGIN
    LOCK TABLE writer_lock IN EXCLUSIVE MODE;
    SELECT id, hash INTO head_id, head_hash FROM journal ORDER BY id DESC LIMIT 1;
    IF NEW.id IS NULL OR NEW.id <= coalesce(head_id, 0) THEN
        RAISE EXCEPTION 'fylink: journal row % does not follow the head (%)', NEW.id, head_id
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.prev_hash IS DISTINCT FROM coalesce(head_hash, repeat('0', 64)) THEN
        RAISE EXCEPTION 'fylink: journal row % does not link to the head of the chain', NEW.id
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.hash IS DISTINCT FROM fylink_journal_digest(
        NEW.prev_hash, NEW.at, NEW.actor, NEW.command, NEW.action, NEW.entity,
        NEW.entity_id, NEW.case_id, NEW.before, NEW.after
    ) THEN
        RAISE EXCEPTION 'fylink: journal row % carries a hash that is not its own', NEW.id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;


--
-- Name: fylink_journal_digest(text, timestamp with time zone, text, text, text, text, bigint, bigint, json, json); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.fylink_journal_digest(prev_hash text, at timestamp with time zone, actor text, command text, action text, entity text, entity_id bigint, case_id bigint, before json, after json) RETURNS text
    LANGUAGE sql STABLE
    AS $$
    SELECT encode(sha256(convert_to(
        '[' || to_json(prev_hash)::text
        || ',' || to_json(to_char(at AT TIME ZONE 'UTC',
                                  'YYYY-MM-DD"T"HH24:MI:SS.US') || '+00:00')::text
        || ',' || to_json(actor)::text
        || ',' || to_json(command)::text
        || ',' || to_json(action)::text
        || ',' || to_json(entity)::text
        || ',' || coalesce(entity_id::text, 'null')
        || ',' || coalesce(case_id::text, 'null')
        || ',' || fylink_canonical_json(before)
        || ',' || fylink_canonical_json(after)
        || ']', 'UTF8')), 'hex')
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: alembic_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.alembic_version (
    version_num character varying(32) NOT NULL
);


--
-- Name: attendance; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.attendance (
    id integer NOT NULL,
    meeting_id integer NOT NULL,
    role character varying(4) NOT NULL,
    person_id integer,
    unit_id integer,
    name character varying(100) NOT NULL,
    note character varying(100) NOT NULL
);


--
-- Name: attendance_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.attendance_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: attendance_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.attendance_id_seq OWNED BY public.attendance.id;


--
-- Name: brief_issue; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.brief_issue (
    id integer NOT NULL,
    kind character varying(10) NOT NULL,
    year integer NOT NULL,
    issue_no integer NOT NULL,
    issued_on date NOT NULL,
    distribution text NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: brief_issue_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.brief_issue_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: brief_issue_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.brief_issue_id_seq OWNED BY public.brief_issue.id;


--
-- Name: brief_item; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.brief_item (
    id integer NOT NULL,
    issue_id integer,
    unit_id integer,
    kind character varying(10) NOT NULL,
    source character varying(10) NOT NULL,
    title character varying(100) NOT NULL,
    body text NOT NULL,
    submitted_on date NOT NULL,
    seq integer NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: brief_item_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.brief_item_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: brief_item_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.brief_item_id_seq OWNED BY public.brief_item.id;


--
-- Name: bulletin; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.bulletin (
    id integer NOT NULL,
    year integer NOT NULL,
    number integer NOT NULL,
    period_year integer NOT NULL,
    quarter integer NOT NULL,
    issued_on date NOT NULL,
    issuer character varying(200) NOT NULL,
    data json NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: bulletin_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.bulletin_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: bulletin_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.bulletin_id_seq OWNED BY public.bulletin.id;


--
-- Name: calendar_override; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.calendar_override (
    id integer NOT NULL,
    day date NOT NULL,
    kind character varying(4) NOT NULL,
    note character varying(100) NOT NULL
);


--
-- Name: calendar_override_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.calendar_override_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: calendar_override_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.calendar_override_id_seq OWNED BY public.calendar_override.id;


--
-- Name: case_event; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.case_event (
    id integer NOT NULL,
    case_id integer NOT NULL,
    kind character varying(10) NOT NULL,
    occurred_on date NOT NULL,
    note text NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: case_event_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.case_event_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: case_event_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.case_event_id_seq OWNED BY public.case_event.id;


--
-- Name: case_link; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.case_link (
    id integer NOT NULL,
    case_id integer NOT NULL,
    related_id integer NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: case_link_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.case_link_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: case_link_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.case_link_id_seq OWNED BY public.case_link.id;


--
-- Name: case_party; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.case_party (
    id integer NOT NULL,
    case_id integer NOT NULL,
    party_id integer NOT NULL,
    role character varying(10) NOT NULL
);


--
-- Name: case_party_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.case_party_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: case_party_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.case_party_id_seq OWNED BY public.case_party.id;


--
-- Name: cases; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cases (
    id integer NOT NULL,
    category character varying(10) NOT NULL,
    case_no character varying(100) NOT NULL,
    no_kind character varying(10) NOT NULL,
    year integer,
    court_code character varying(10),
    court_level character varying(4),
    type_code character varying(10),
    type_name character varying(50),
    case_family character varying(10),
    instance character varying(10),
    field character varying(20) NOT NULL,
    unit_id integer NOT NULL,
    court character varying(100) NOT NULL,
    received_on date,
    filed_on date NOT NULL,
    heard_on date,
    closed_on date,
    status character varying(4) NOT NULL,
    outcome character varying(20),
    is_loss boolean NOT NULL,
    is_correction boolean NOT NULL,
    is_judgment boolean NOT NULL,
    is_settled boolean NOT NULL,
    is_withdrawn boolean NOT NULL,
    heard boolean,
    head_appeared boolean,
    head_rank character varying(4),
    claimed_fen bigint,
    recovered_fen bigint,
    resolved boolean,
    group_size integer,
    risk_level character varying(4) NOT NULL,
    summary text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: cases_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.cases_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: cases_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.cases_id_seq OWNED BY public.cases.id;


--
-- Name: db_user_unit; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.db_user_unit (
    id integer NOT NULL,
    db_user character varying(63) NOT NULL,
    unit_id integer NOT NULL
);


--
-- Name: db_user_unit_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.db_user_unit_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: db_user_unit_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.db_user_unit_id_seq OWNED BY public.db_user_unit.id;


--
-- Name: delivery; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.delivery (
    id integer NOT NULL,
    notice_id integer NOT NULL,
    channel character varying(10) NOT NULL,
    target character varying(300) NOT NULL,
    status character varying(4) NOT NULL,
    attempts integer NOT NULL,
    last_error text NOT NULL,
    sent_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    recipient character varying(60) NOT NULL,
    claimed_at timestamp with time zone,
    claim_token character varying(32) NOT NULL
);


--
-- Name: delivery_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.delivery_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: delivery_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.delivery_id_seq OWNED BY public.delivery.id;


--
-- Name: journal; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.journal (
    id integer NOT NULL,
    at timestamp with time zone NOT NULL,
    actor character varying(100) NOT NULL,
    command character varying(200) NOT NULL,
    action character varying(10) NOT NULL,
    entity character varying(30) NOT NULL,
    entity_id integer,
    case_id integer,
    before json,
    after json,
    prev_hash character varying(64) NOT NULL,
    hash character varying(64) NOT NULL,
    command_id integer
);


--
-- Name: journal_anchor; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.journal_anchor (
    id integer NOT NULL,
    at timestamp with time zone NOT NULL,
    kind character varying(20) NOT NULL,
    label character varying(255) NOT NULL,
    seq bigint NOT NULL,
    hash character varying(64) NOT NULL,
    mac character varying(64)
);


--
-- Name: journal_anchor_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.journal_anchor_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: journal_anchor_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.journal_anchor_id_seq OWNED BY public.journal_anchor.id;


--
-- Name: journal_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.journal_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: journal_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.journal_id_seq OWNED BY public.journal.id;


--
-- Name: meeting; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.meeting (
    id integer NOT NULL,
    year integer NOT NULL,
    issue_no integer NOT NULL,
    kind character varying(10) NOT NULL,
    held_on date NOT NULL,
    place character varying(100) NOT NULL,
    chair character varying(100) NOT NULL,
    topics text NOT NULL,
    opening text NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: meeting_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.meeting_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: meeting_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.meeting_id_seq OWNED BY public.meeting.id;


--
-- Name: notice; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.notice (
    id integer NOT NULL,
    stage character varying(4) NOT NULL,
    unit_id integer NOT NULL,
    issued_on date NOT NULL,
    year integer,
    number integer,
    reply_due date,
    acknowledged_on date,
    created_at timestamp with time zone NOT NULL,
    issuer character varying(200) NOT NULL
);


--
-- Name: notice_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.notice_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: notice_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.notice_id_seq OWNED BY public.notice.id;


--
-- Name: notice_item; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.notice_item (
    id integer NOT NULL,
    notice_id integer NOT NULL,
    stage character varying(4) NOT NULL,
    task_id integer,
    suggestion_id integer,
    days_overdue integer NOT NULL,
    reply_notice_id integer
);


--
-- Name: notice_item_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.notice_item_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: notice_item_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.notice_item_id_seq OWNED BY public.notice_item.id;


--
-- Name: notice_reply; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.notice_reply (
    id integer NOT NULL,
    notice_id integer NOT NULL,
    replied_on date NOT NULL,
    summary text NOT NULL,
    file_name character varying(200) NOT NULL,
    file_size integer NOT NULL,
    file_sha256 character varying(64) NOT NULL,
    file_data bytea,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: notice_reply_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.notice_reply_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: notice_reply_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.notice_reply_id_seq OWNED BY public.notice_reply.id;


--
-- Name: office; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.office (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    region character varying(50) NOT NULL,
    meeting_name character varying(100) NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: office_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.office_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: office_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.office_id_seq OWNED BY public.office.id;


--
-- Name: party; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.party (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    kind character varying(10) NOT NULL,
    id_kind character varying(10) NOT NULL,
    id_number character varying(18),
    created_at timestamp with time zone NOT NULL
);


--
-- Name: party_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.party_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: party_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.party_id_seq OWNED BY public.party.id;


--
-- Name: person; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.person (
    id integer NOT NULL,
    name character varying(50) NOT NULL,
    title character varying(100) NOT NULL,
    unit_id integer,
    role character varying(10) NOT NULL,
    phone character varying(30) NOT NULL,
    email character varying(100) NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: person_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.person_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: person_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.person_id_seq OWNED BY public.person.id;


--
-- Name: report_period_snapshot; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.report_period_snapshot (
    id integer NOT NULL,
    period character varying(20) NOT NULL,
    year integer NOT NULL,
    scope character varying(100) NOT NULL,
    published_at timestamp with time zone NOT NULL,
    published_by character varying(50) NOT NULL,
    data json NOT NULL
);


--
-- Name: report_period_snapshot_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.report_period_snapshot_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: report_period_snapshot_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.report_period_snapshot_id_seq OWNED BY public.report_period_snapshot.id;


--
-- Name: report_snapshot; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.report_snapshot (
    id integer NOT NULL,
    year integer NOT NULL,
    quarter integer NOT NULL,
    scope character varying(100) NOT NULL,
    published_at timestamp with time zone NOT NULL,
    published_by character varying(50) NOT NULL,
    data json NOT NULL
);


--
-- Name: report_snapshot_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.report_snapshot_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: report_snapshot_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.report_snapshot_id_seq OWNED BY public.report_snapshot.id;


--
-- Name: suggestion; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.suggestion (
    id integer NOT NULL,
    kind character varying(10) NOT NULL,
    doc_no character varying(100) NOT NULL,
    issuer character varying(100) NOT NULL,
    unit_id integer NOT NULL,
    received_on date NOT NULL,
    reply_due date NOT NULL,
    reply_due_rule character varying(20) NOT NULL,
    reply_due_provisional boolean NOT NULL,
    replied_on date,
    reply_summary text NOT NULL,
    adopted boolean,
    verified_on date,
    summary text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    adoption character varying(4)
);


--
-- Name: suggestion_case; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.suggestion_case (
    id integer NOT NULL,
    suggestion_id integer NOT NULL,
    case_id integer NOT NULL
);


--
-- Name: suggestion_case_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.suggestion_case_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: suggestion_case_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.suggestion_case_id_seq OWNED BY public.suggestion_case.id;


--
-- Name: suggestion_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.suggestion_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: suggestion_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.suggestion_id_seq OWNED BY public.suggestion.id;


--
-- Name: task; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.task (
    id integer NOT NULL,
    source character varying(10) NOT NULL,
    content text NOT NULL,
    lead_unit_id integer NOT NULL,
    leader character varying(50) NOT NULL,
    due_on date NOT NULL,
    due_rule character varying(20) NOT NULL,
    due_start date,
    due_provisional boolean NOT NULL,
    meeting_id integer,
    decision_no integer,
    suggestion_id integer,
    list_no character varying(20) NOT NULL,
    note text NOT NULL,
    completed_on date,
    signed_off_on date,
    signed_off_by character varying(50) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: task_co_unit; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.task_co_unit (
    id integer NOT NULL,
    task_id integer NOT NULL,
    unit_id integer NOT NULL
);


--
-- Name: task_co_unit_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.task_co_unit_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: task_co_unit_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.task_co_unit_id_seq OWNED BY public.task_co_unit.id;


--
-- Name: task_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.task_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: task_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.task_id_seq OWNED BY public.task.id;


--
-- Name: task_progress; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.task_progress (
    id integer NOT NULL,
    task_id integer NOT NULL,
    reported_on date NOT NULL,
    note text NOT NULL,
    author character varying(50) NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: task_progress_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.task_progress_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: task_progress_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.task_progress_id_seq OWNED BY public.task_progress.id;


--
-- Name: unit; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.unit (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    short_name character varying(50),
    kind character varying(10) NOT NULL,
    region character varying(50) NOT NULL,
    is_member boolean NOT NULL,
    liaison_name character varying(50) NOT NULL,
    liaison_phone character varying(30) NOT NULL,
    liaison_email character varying(100) NOT NULL,
    note text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: unit_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.unit_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: unit_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.unit_id_seq OWNED BY public.unit.id;


--
-- Name: writer_lock; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.writer_lock (
    id integer NOT NULL
);


--
-- Name: writer_lock_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.writer_lock_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: writer_lock_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.writer_lock_id_seq OWNED BY public.writer_lock.id;


--
-- Name: attendance id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance ALTER COLUMN id SET DEFAULT nextval('public.attendance_id_seq'::regclass);


--
-- Name: brief_issue id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.brief_issue ALTER COLUMN id SET DEFAULT nextval('public.brief_issue_id_seq'::regclass);


--
-- Name: brief_item id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.brief_item ALTER COLUMN id SET DEFAULT nextval('public.brief_item_id_seq'::regclass);


--
-- Name: bulletin id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bulletin ALTER COLUMN id SET DEFAULT nextval('public.bulletin_id_seq'::regclass);


--
-- Name: calendar_override id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_override ALTER COLUMN id SET DEFAULT nextval('public.calendar_override_id_seq'::regclass);


--
-- Name: case_event id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_event ALTER COLUMN id SET DEFAULT nextval('public.case_event_id_seq'::regclass);


--
-- Name: case_link id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_link ALTER COLUMN id SET DEFAULT nextval('public.case_link_id_seq'::regclass);


--
-- Name: case_party id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_party ALTER COLUMN id SET DEFAULT nextval('public.case_party_id_seq'::regclass);


--
-- Name: cases id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cases ALTER COLUMN id SET DEFAULT nextval('public.cases_id_seq'::regclass);


--
-- Name: db_user_unit id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.db_user_unit ALTER COLUMN id SET DEFAULT nextval('public.db_user_unit_id_seq'::regclass);


--
-- Name: delivery id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.delivery ALTER COLUMN id SET DEFAULT nextval('public.delivery_id_seq'::regclass);


--
-- Name: journal id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal ALTER COLUMN id SET DEFAULT nextval('public.journal_id_seq'::regclass);


--
-- Name: journal_anchor id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal_anchor ALTER COLUMN id SET DEFAULT nextval('public.journal_anchor_id_seq'::regclass);


--
-- Name: meeting id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting ALTER COLUMN id SET DEFAULT nextval('public.meeting_id_seq'::regclass);


--
-- Name: notice id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notice ALTER COLUMN id SET DEFAULT nextval('public.notice_id_seq'::regclass);


--
-- Name: notice_item id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notice_item ALTER COLUMN id SET DEFAULT nextval('public.notice_item_id_seq'::regclass);


--
-- Name: notice_reply id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notice_reply ALTER COLUMN id SET DEFAULT nextval('public.notice_reply_id_seq'::regclass);


--
-- Name: office id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.office ALTER COLUMN id SET DEFAULT nextval('public.office_id_seq'::regclass);


--
-- Name: party id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.party ALTER COLUMN id SET DEFAULT nextval('public.party_id_seq'::regclass);


--
-- Name: person id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person ALTER COLUMN id SET DEFAULT nextval('public.person_id_seq'::regclass);


--
-- Name: report_period_snapshot id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.report_period_snapshot ALTER COLUMN id SET DEFAULT nextval('public.report_period_snapshot_id_seq'::regclass);


--
-- Name: report_snapshot id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.report_snapshot ALTER COLUMN id SET DEFAULT nextval('public.report_snapshot_id_seq'::regclass);


--
-- Name: suggestion id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.suggestion ALTER COLUMN id SET DEFAULT nextval('public.suggestion_id_seq'::regclass);


--
-- Name: suggestion_case id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.suggestion_case ALTER COLUMN id SET DEFAULT nextval('public.suggestion_case_id_seq'::regclass);


--
-- Name: task id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task ALTER COLUMN id SET DEFAULT nextval('public.task_id_seq'::regclass);


--
-- Name: task_co_unit id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task_co_unit ALTER COLUMN id SET DEFAULT nextval('public.task_co_unit_id_seq'::regclass);


--
-- Name: task_progress id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task_progress ALTER COLUMN id SET DEFAULT nextval('public.task_progress_id_seq'::regclass);


--
-- Name: unit id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unit ALTER COLUMN id SET DEFAULT nextval('public.unit_id_seq'::regclass);


--
-- Name: writer_lock id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.writer_lock ALTER COLUMN id SET DEFAULT nextval('public.writer_lock_id_seq'::regclass);


--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.alembic_version VALUES ('0012');


--
-- Data for Name: attendance; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: brief_issue; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.brief_issue VALUES (1, '工作简报', 2024, 1, '2024-10-10', '各成员单位', '2026-12-01 18:37:22.932771+00');


--
-- Data for Name: brief_item; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.brief_item VALUES (1, 1, 5, '工作动态', '报送', '', '劳动争议化解情况', '2024-10-15', 1, '2026-12-01 18:37:23.058047+00');
INSERT INTO public.brief_item VALUES (2, 1, 6, '经验做法', '报送', '', '征收补偿争议会商机制', '2024-10-15', 2, '2026-12-01 18:37:23.310037+00');
INSERT INTO public.brief_item VALUES (3, NULL, 3, '问题建议', '报送', '', '行政复议案件增多', '2024-10-15', 0, '2026-12-01 18:37:23.413408+00');


--
-- Data for Name: bulletin; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.bulletin VALUES (1, 2024, 1, 2024, 3, '2024-10-15', '', '{"start": "2024-07-01", "end": "2024-09-30", "black": [{"unit_id": 5, "unit": "县人社局", "open_late": 1, "done_late": 0, "suggestions_late": 0, "replies_missing": 0, "replies_late": 0, "text": "逾期未办结事项1项"}], "red": [{"unit_id": 6, "unit": "县自然资源局", "due": 1}]}', '2026-12-01 18:37:21.996563+00');


--
-- Data for Name: calendar_override; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: case_event; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_event VALUES (1, 1, '开庭', '2024-05-20', '', '2026-12-01 18:37:19.020423+00');


--
-- Data for Name: case_link; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_link VALUES (1, 3, 1, '2026-12-01 18:37:20.53857+00');


--
-- Data for Name: case_party; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_party VALUES (1, 1, 1, '原告');
INSERT INTO public.case_party VALUES (2, 1, 2, '原告');
INSERT INTO public.case_party VALUES (3, 2, 3, '申请人');


--
-- Data for Name: cases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cases VALUES (1, '行政诉讼', '（2024）豫0591行初15号', '案号', 2024, '豫0591', '基层', '行初', '行政一审案件', '行政', '一审', '土地征收', 6, '', '2024-03-15', '2024-03-15', '2024-05-20', '2024-06-28', '已结', '驳回诉讼请求', false, false, true, false, false, true, NULL, NULL, NULL, NULL, NULL, NULL, '', '不服征收补偿决定', '2026-12-01 18:37:18.654119+00', '2026-12-01 18:37:19.126073+00');
INSERT INTO public.cases VALUES (2, '行政复议', '示政复〔2024〕12号', '自编号', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', 5, '', '2024-04-02', '2024-04-02', NULL, '2024-06-01', '已结', '撤销', false, true, true, false, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', '', '2026-12-01 18:37:18.88047+00', '2026-12-01 18:37:19.236548+00');
INSERT INTO public.cases VALUES (3, '行政诉讼', '（2024）豫05行终8号', '案号', 2024, '豫05', '中级', '行终', '行政二审案件', '行政', '二审', '', 6, '', '2024-08-01', '2024-08-01', NULL, NULL, '在办', NULL, false, false, false, false, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', '', '2026-12-01 18:37:20.478226+00', '2026-12-01 18:37:20.478226+00');


--
-- Data for Name: db_user_unit; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: delivery; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: journal; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.journal VALUES (1, '2026-12-01 18:37:17.859833+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'office', 1, NULL, 'null', '{"name": "示范县府院联动联席会议办公室", "region": "示范县", "meeting_name": "示范县府院联动联席会议", "created_at": "2026-12-01T18:37:17.842972+00:00", "id": 1}', '0000000000000000000000000000000000000000000000000000000000000000', '3f2fd2a2923aacefe650bb8e9d7ed8832d2f126be223070c615a780c1a999c8f', 1);
INSERT INTO public.journal VALUES (2, '2026-12-01 18:37:17.89291+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'unit', 1, NULL, 'null', '{"name": "示范县人民政府办公室", "short_name": "县政府办", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "陈晓燕", "liaison_phone": "0372-5101001", "liaison_email": "zfb@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:37:17.876361+00:00", "updated_at": "2026-12-01T18:37:17.876361+00:00", "id": 1}', '3f2fd2a2923aacefe650bb8e9d7ed8832d2f126be223070c615a780c1a999c8f', '4967390b0f85689dcb590a8e4950d6dafb102de5bfdcfb1fc3819870ca32d727', 1);
INSERT INTO public.journal VALUES (3, '2026-12-01 18:37:17.910384+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'unit', 2, NULL, 'null', '{"name": "示范县发展和改革委员会", "short_name": "县发改委", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "马俊", "liaison_phone": "0372-5101002", "liaison_email": "fgw@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:37:17.904369+00:00", "updated_at": "2026-12-01T18:37:17.904369+00:00", "id": 2}', '4967390b0f85689dcb590a8e4950d6dafb102de5bfdcfb1fc3819870ca32d727', '763877b238d34db0f5ae4da27bda90a51f200876c3fd5eddb1ef7cc04f83cf81', 1);
INSERT INTO public.journal VALUES (4, '2026-12-01 18:37:17.926887+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'unit', 3, NULL, 'null', '{"name": "示范县司法局", "short_name": "县司法局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "孙丽", "liaison_phone": "0372-5101003", "liaison_email": "sfj@shifan.example.cn", "note": "联席会议办公室设在县司法局", "created_at": "2026-12-01T18:37:17.917832+00:00", "updated_at": "2026-12-01T18:37:17.917832+00:00", "id": 3}', '763877b238d34db0f5ae4da27bda90a51f200876c3fd5eddb1ef7cc04f83cf81', 'adf854b0a5cbab84528b8212dd921b5d9ea3558c00c1625d918ff859508c73f2', 1);
INSERT INTO public.journal VALUES (5, '2026-12-01 18:37:17.937954+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'unit', 4, NULL, 'null', '{"name": "示范县财政局", "short_name": "县财政局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "郭涛", "liaison_phone": "0372-5101004", "liaison_email": "czj@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:37:17.933889+00:00", "updated_at": "2026-12-01T18:37:17.933889+00:00", "id": 4}', 'adf854b0a5cbab84528b8212dd921b5d9ea3558c00c1625d918ff859508c73f2', '65bfd2243db124ee612f3cac6e3f749bd9b5e555ebf9b3f89f0dfb81dea9ae62', 1);
INSERT INTO public.journal VALUES (6, '2026-12-01 18:37:17.940764+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'unit', 5, NULL, 'null', '{"name": "示范县人力资源和社会保障局", "short_name": "县人社局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "何芳", "liaison_phone": "0372-5101005", "liaison_email": "rsj@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:37:17.939881+00:00", "updated_at": "2026-12-01T18:37:17.939881+00:00", "id": 5}', '65bfd2243db124ee612f3cac6e3f749bd9b5e555ebf9b3f89f0dfb81dea9ae62', '9eb025a4eba3868108cb58763de64a43dbd85799636a1adf4aa9bb2bcfb10aa3', 1);
INSERT INTO public.journal VALUES (7, '2026-12-01 18:37:17.95441+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'unit', 6, NULL, 'null', '{"name": "示范县自然资源局", "short_name": "县自然资源局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "高远", "liaison_phone": "0372-5101006", "liaison_email": "zrzyj@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:37:17.950098+00:00", "updated_at": "2026-12-01T18:37:17.950098+00:00", "id": 6}', '9eb025a4eba3868108cb58763de64a43dbd85799636a1adf4aa9bb2bcfb10aa3', 'd1f4a6d832fff6a2003b40b2057c9621f34a4dc4a5f6e92da0964a72bd51bccd', 1);
INSERT INTO public.journal VALUES (8, '2026-12-01 18:37:17.960253+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'unit', 7, NULL, 'null', '{"name": "示范县住房和城乡建设局", "short_name": "县住建局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "罗斌", "liaison_phone": "0372-5101007", "liaison_email": "zjj@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:37:17.958923+00:00", "updated_at": "2026-12-01T18:37:17.958923+00:00", "id": 7}', 'd1f4a6d832fff6a2003b40b2057c9621f34a4dc4a5f6e92da0964a72bd51bccd', 'c18390226abe22664c2c98e09fd366f3d055cbcfbe7e6f31241358b62a56da7e', 1);
INSERT INTO public.journal VALUES (9, '2026-12-01 18:37:17.976314+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'unit', 8, NULL, 'null', '{"name": "国家税务总局示范县税务局", "short_name": "县税务局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "梁红", "liaison_phone": "0372-5101008", "liaison_email": "swj@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:37:17.973919+00:00", "updated_at": "2026-12-01T18:37:17.973919+00:00", "id": 8}', 'c18390226abe22664c2c98e09fd366f3d055cbcfbe7e6f31241358b62a56da7e', '6c8e7a53467c278c2fb2d4510509b3bc4e8a0b05c5ed817146d7f1f838f3ef0a', 1);
INSERT INTO public.journal VALUES (10, '2026-12-01 18:37:17.982235+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'unit', 9, NULL, 'null', '{"name": "示范县市场监督管理局", "short_name": "县市场监管局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "宋佳", "liaison_phone": "0372-5101009", "liaison_email": "scjgj@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:37:17.978286+00:00", "updated_at": "2026-12-01T18:37:17.978286+00:00", "id": 9}', '6c8e7a53467c278c2fb2d4510509b3bc4e8a0b05c5ed817146d7f1f838f3ef0a', '3e8c7ef66d16a5b76af9bd6b3ce944bb4bb4255711c6062bb3fc8822b0e879d2', 1);
INSERT INTO public.journal VALUES (11, '2026-12-01 18:37:17.989898+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'unit', 10, NULL, 'null', '{"name": "示范县信访局", "short_name": "县信访局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "唐亮", "liaison_phone": "0372-5101010", "liaison_email": "xfj@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:37:17.987027+00:00", "updated_at": "2026-12-01T18:37:17.987027+00:00", "id": 10}', '3e8c7ef66d16a5b76af9bd6b3ce944bb4bb4255711c6062bb3fc8822b0e879d2', '015394d9b32d6b25fad8b4117ae752506f790c61135388b1e4063d9420fe89fd', 1);
INSERT INTO public.journal VALUES (12, '2026-12-01 18:37:18.002622+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'unit', 11, NULL, 'null', '{"name": "示范县公安局", "short_name": "县公安局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "韩冰", "liaison_phone": "0372-5101011", "liaison_email": "gaj@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:37:17.992908+00:00", "updated_at": "2026-12-01T18:37:17.992908+00:00", "id": 11}', '015394d9b32d6b25fad8b4117ae752506f790c61135388b1e4063d9420fe89fd', 'a98bc42672aef22a9a3a3052fe65f636cbda8ce39bac2c3c8300bc67922b92cc', 1);
INSERT INTO public.journal VALUES (13, '2026-12-01 18:37:18.012+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'unit', 12, NULL, 'null', '{"name": "示范县生态环境分局", "short_name": "县生态环境分局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "冯雪", "liaison_phone": "0372-5101012", "liaison_email": "sthj@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:37:18.010090+00:00", "updated_at": "2026-12-01T18:37:18.010090+00:00", "id": 12}', 'a98bc42672aef22a9a3a3052fe65f636cbda8ce39bac2c3c8300bc67922b92cc', 'e93324242c4d028c49f5f6f1fe568bb81f54008368d98c838cbbbb613b5c6be2', 1);
INSERT INTO public.journal VALUES (14, '2026-12-01 18:37:18.026152+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'unit', 13, NULL, 'null', '{"name": "示范县城市管理局", "short_name": "县城管局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "邓凯", "liaison_phone": "0372-5101013", "liaison_email": "cgj@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:37:18.022935+00:00", "updated_at": "2026-12-01T18:37:18.022935+00:00", "id": 13}', 'e93324242c4d028c49f5f6f1fe568bb81f54008368d98c838cbbbb613b5c6be2', '59adfd0623d08a114389e7308330da877e4828ae5533ff47cbab6abc041ee889', 1);
INSERT INTO public.journal VALUES (15, '2026-12-01 18:37:18.029843+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'unit', 14, NULL, 'null', '{"name": "示范县人民法院", "short_name": "县法院", "kind": "法院", "region": "示范县", "is_member": true, "liaison_name": "许文", "liaison_phone": "0372-5101014", "liaison_email": "fy@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:37:18.027792+00:00", "updated_at": "2026-12-01T18:37:18.027792+00:00", "id": 14}', '59adfd0623d08a114389e7308330da877e4828ae5533ff47cbab6abc041ee889', '9209db9b450acef893529f36eee2d96b6d7993b9f07b6b92f9475de19a43af18', 1);
INSERT INTO public.journal VALUES (16, '2026-12-01 18:37:18.042428+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'unit', 15, NULL, 'null', '{"name": "示范县人民检察院", "short_name": "县检察院", "kind": "检察院", "region": "示范县", "is_member": true, "liaison_name": "曹阳", "liaison_phone": "0372-5101015", "liaison_email": "jcy@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:37:18.041200+00:00", "updated_at": "2026-12-01T18:37:18.041200+00:00", "id": 15}', '9209db9b450acef893529f36eee2d96b6d7993b9f07b6b92f9475de19a43af18', '8759ad7371a67f8e974851fc4369a9aefed41a303387f6ea28a12995040a3d70', 1);
INSERT INTO public.journal VALUES (17, '2026-12-01 18:37:18.053972+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'unit', 16, NULL, 'null', '{"name": "示范县城关镇人民政府", "short_name": "城关镇", "kind": "乡镇街道", "region": "示范县", "is_member": true, "liaison_name": "彭程", "liaison_phone": "0372-5101016", "liaison_email": "cgz@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:37:18.047162+00:00", "updated_at": "2026-12-01T18:37:18.047162+00:00", "id": 16}', '8759ad7371a67f8e974851fc4369a9aefed41a303387f6ea28a12995040a3d70', '6ebd917e92cf43fb5146966aff46d2663c57597a37fdd3c13e4a6c493e634143', 1);
INSERT INTO public.journal VALUES (18, '2026-12-01 18:37:18.064383+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'unit', 17, NULL, 'null', '{"name": "示范县东城街道办事处", "short_name": "东城街道", "kind": "乡镇街道", "region": "示范县", "is_member": true, "liaison_name": "袁媛", "liaison_phone": "0372-5101017", "liaison_email": "dcjd@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:37:18.063296+00:00", "updated_at": "2026-12-01T18:37:18.063296+00:00", "id": 17}', '6ebd917e92cf43fb5146966aff46d2663c57597a37fdd3c13e4a6c493e634143', 'e669cb4249628c5f594b473273920638a2bfa7a9b694871e0cea7dda7f8d6ef6', 1);
INSERT INTO public.journal VALUES (19, '2026-12-01 18:37:18.07558+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'person', 1, NULL, 'null', '{"name": "王建国", "title": "县长", "unit_id": null, "role": "召集人", "phone": "", "email": "", "created_at": "2026-12-01T18:37:18.072360+00:00", "id": 1}', 'e669cb4249628c5f594b473273920638a2bfa7a9b694871e0cea7dda7f8d6ef6', '5456aab210971fd22268b922562ea4254853befb2936a64aa141261001f95adb', 1);
INSERT INTO public.journal VALUES (20, '2026-12-01 18:37:18.098145+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'person', 2, NULL, 'null', '{"name": "刘清华", "title": "常务副县长", "unit_id": null, "role": "副召集人", "phone": "", "email": "", "created_at": "2026-12-01T18:37:18.088943+00:00", "id": 2}', '5456aab210971fd22268b922562ea4254853befb2936a64aa141261001f95adb', '1d38b07c1f169350e175b2ee4449ad32f855db120ae1e54e165ebe6a179c0f7a', 1);
INSERT INTO public.journal VALUES (21, '2026-12-01 18:37:18.101013+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'person', 3, NULL, 'null', '{"name": "赵立新", "title": "县人民法院院长", "unit_id": null, "role": "副召集人", "phone": "", "email": "", "created_at": "2026-12-01T18:37:18.099972+00:00", "id": 3}', '1d38b07c1f169350e175b2ee4449ad32f855db120ae1e54e165ebe6a179c0f7a', 'b05f749fe434be00b3e18a585fb1ecc20374cbe79da74aa82c1c36a0bc53ebc5', 1);
INSERT INTO public.journal VALUES (22, '2026-12-01 18:37:18.123173+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'person', 4, NULL, 'null', '{"name": "陈晓燕", "title": "副主任", "unit_id": 1, "role": "联络员", "phone": "0372-5101001", "email": "zfb@shifan.example.cn", "created_at": "2026-12-01T18:37:18.121811+00:00", "id": 4}', 'b05f749fe434be00b3e18a585fb1ecc20374cbe79da74aa82c1c36a0bc53ebc5', '5d84fffdeae362c12937de15b5f6ef583a580094f37f165aeb1a3bf2de6e8daf', 1);
INSERT INTO public.journal VALUES (23, '2026-12-01 18:37:18.138394+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'person', 5, NULL, 'null', '{"name": "马俊", "title": "科长", "unit_id": 2, "role": "联络员", "phone": "0372-5101002", "email": "fgw@shifan.example.cn", "created_at": "2026-12-01T18:37:18.133795+00:00", "id": 5}', '5d84fffdeae362c12937de15b5f6ef583a580094f37f165aeb1a3bf2de6e8daf', '24edf604e33c41614e6acd6d749f78e9cd553bff1ee7da74283a37e97d06f882', 1);
INSERT INTO public.journal VALUES (24, '2026-12-01 18:37:18.157976+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'person', 6, NULL, 'null', '{"name": "孙丽", "title": "行政复议股股长", "unit_id": 3, "role": "联络员", "phone": "0372-5101003", "email": "sfj@shifan.example.cn", "created_at": "2026-12-01T18:37:18.151073+00:00", "id": 6}', '24edf604e33c41614e6acd6d749f78e9cd553bff1ee7da74283a37e97d06f882', 'b975a8772b63c61d9d8c0e504825c661e2f13bbbce2dddd5e279f70e2077a80c', 1);
INSERT INTO public.journal VALUES (25, '2026-12-01 18:37:18.171262+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'person', 7, NULL, 'null', '{"name": "周明", "title": "局长", "unit_id": 3, "role": "成员", "phone": "", "email": "", "created_at": "2026-12-01T18:37:18.170028+00:00", "id": 7}', 'b975a8772b63c61d9d8c0e504825c661e2f13bbbce2dddd5e279f70e2077a80c', '5dfddab8855d5d5533201cc66c2af36eaceef99de902cfc032976a6c4b3c5834', 1);
INSERT INTO public.journal VALUES (26, '2026-12-01 18:37:18.183839+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'person', 8, NULL, 'null', '{"name": "林静", "title": "办公室工作人员", "unit_id": 3, "role": "办公室", "phone": "", "email": "", "created_at": "2026-12-01T18:37:18.182711+00:00", "id": 8}', '5dfddab8855d5d5533201cc66c2af36eaceef99de902cfc032976a6c4b3c5834', 'aa2216bdf8a07bb3c258b05c06a0c51f0d532496ce2e41d41dc4793a8d340070', 1);
INSERT INTO public.journal VALUES (27, '2026-12-01 18:37:18.200222+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'person', 9, NULL, 'null', '{"name": "郭涛", "title": "法规股股长", "unit_id": 4, "role": "联络员", "phone": "0372-5101004", "email": "czj@shifan.example.cn", "created_at": "2026-12-01T18:37:18.198977+00:00", "id": 9}', 'aa2216bdf8a07bb3c258b05c06a0c51f0d532496ce2e41d41dc4793a8d340070', '49bb7a55b85106583dbd6fe7695cd6c28efcc8fdf633df86d6a2b19b24f64a16', 1);
INSERT INTO public.journal VALUES (28, '2026-12-01 18:37:18.213982+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'person', 10, NULL, 'null', '{"name": "何芳", "title": "法规股股长", "unit_id": 5, "role": "联络员", "phone": "0372-5101005", "email": "rsj@shifan.example.cn", "created_at": "2026-12-01T18:37:18.207452+00:00", "id": 10}', '49bb7a55b85106583dbd6fe7695cd6c28efcc8fdf633df86d6a2b19b24f64a16', 'bfa12527051ecd4e1959d30d10bf9179dea23453e9fdf8cff23a35a6e736a9df', 1);
INSERT INTO public.journal VALUES (29, '2026-12-01 18:37:18.225306+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'person', 11, NULL, 'null', '{"name": "高远", "title": "法规股股长", "unit_id": 6, "role": "联络员", "phone": "0372-5101006", "email": "zrzyj@shifan.example.cn", "created_at": "2026-12-01T18:37:18.224363+00:00", "id": 11}', 'bfa12527051ecd4e1959d30d10bf9179dea23453e9fdf8cff23a35a6e736a9df', '798f79ac49a491f0f08b69a144f762d27347525159a59f5630d4a4e6a6a0d3ff', 1);
INSERT INTO public.journal VALUES (30, '2026-12-01 18:37:18.238846+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'person', 12, NULL, 'null', '{"name": "罗斌", "title": "法规股股长", "unit_id": 7, "role": "联络员", "phone": "0372-5101007", "email": "zjj@shifan.example.cn", "created_at": "2026-12-01T18:37:18.237736+00:00", "id": 12}', '798f79ac49a491f0f08b69a144f762d27347525159a59f5630d4a4e6a6a0d3ff', 'd66fa0bd29f6ed2ab0f3bb437c6b329f7f2bf364c6e1c53e4f2bb3382fdb5114', 1);
INSERT INTO public.journal VALUES (31, '2026-12-01 18:37:18.25496+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'person', 13, NULL, 'null', '{"name": "梁红", "title": "法制股股长", "unit_id": 8, "role": "联络员", "phone": "0372-5101008", "email": "swj@shifan.example.cn", "created_at": "2026-12-01T18:37:18.253767+00:00", "id": 13}', 'd66fa0bd29f6ed2ab0f3bb437c6b329f7f2bf364c6e1c53e4f2bb3382fdb5114', 'f614bb7b8cd6c855f47d919dfd51f23baa39c99a082c8cd2d1a8f312e34a8f4d', 1);
INSERT INTO public.journal VALUES (32, '2026-12-01 18:37:18.262767+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'person', 14, NULL, 'null', '{"name": "宋佳", "title": "法规股股长", "unit_id": 9, "role": "联络员", "phone": "0372-5101009", "email": "scjgj@shifan.example.cn", "created_at": "2026-12-01T18:37:18.261728+00:00", "id": 14}', 'f614bb7b8cd6c855f47d919dfd51f23baa39c99a082c8cd2d1a8f312e34a8f4d', 'ec9b777ae5eaf494b00b39fa0d7e52ce467dc5c5cc366d3c0e0761eea3a4f763', 1);
INSERT INTO public.journal VALUES (33, '2026-12-01 18:37:18.27388+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'person', 15, NULL, 'null', '{"name": "唐亮", "title": "副局长", "unit_id": 10, "role": "联络员", "phone": "0372-5101010", "email": "xfj@shifan.example.cn", "created_at": "2026-12-01T18:37:18.270904+00:00", "id": 15}', 'ec9b777ae5eaf494b00b39fa0d7e52ce467dc5c5cc366d3c0e0761eea3a4f763', 'f4dde98bdc74a7e808f0454aecaffedc408c085d8b45292e3502903a39636ab9', 1);
INSERT INTO public.journal VALUES (34, '2026-12-01 18:37:18.284582+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'person', 16, NULL, 'null', '{"name": "韩冰", "title": "法制大队大队长", "unit_id": 11, "role": "联络员", "phone": "0372-5101011", "email": "gaj@shifan.example.cn", "created_at": "2026-12-01T18:37:18.283497+00:00", "id": 16}', 'f4dde98bdc74a7e808f0454aecaffedc408c085d8b45292e3502903a39636ab9', '119cfeb141e16744229be5f4deb1da7ff2d99616b2c98ad83fcd809eab25c472', 1);
INSERT INTO public.journal VALUES (35, '2026-12-01 18:37:18.305998+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'person', 17, NULL, 'null', '{"name": "冯雪", "title": "法规股股长", "unit_id": 12, "role": "联络员", "phone": "0372-5101012", "email": "sthj@shifan.example.cn", "created_at": "2026-12-01T18:37:18.294794+00:00", "id": 17}', '119cfeb141e16744229be5f4deb1da7ff2d99616b2c98ad83fcd809eab25c472', 'd4062879720435fab5d73643164de6d014e4a82bb1e223ac5985903e173af9ce', 1);
INSERT INTO public.journal VALUES (36, '2026-12-01 18:37:18.325956+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'person', 18, NULL, 'null', '{"name": "邓凯", "title": "法规股股长", "unit_id": 13, "role": "联络员", "phone": "0372-5101013", "email": "cgj@shifan.example.cn", "created_at": "2026-12-01T18:37:18.321814+00:00", "id": 18}', 'd4062879720435fab5d73643164de6d014e4a82bb1e223ac5985903e173af9ce', 'd05497f0eee2c35c46bd3fa13cf1961ee4450d84ec9e3ecdfd42a853e9a9850b', 1);
INSERT INTO public.journal VALUES (37, '2026-12-01 18:37:18.346303+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'person', 19, NULL, 'null', '{"name": "许文", "title": "行政审判庭庭长", "unit_id": 14, "role": "联络员", "phone": "0372-5101014", "email": "fy@shifan.example.cn", "created_at": "2026-12-01T18:37:18.333674+00:00", "id": 19}', 'd05497f0eee2c35c46bd3fa13cf1961ee4450d84ec9e3ecdfd42a853e9a9850b', 'f9e5b8e10aa8e3054052241fb565936f1eb655f104dcfb2a8608e8f079d36884', 1);
INSERT INTO public.journal VALUES (38, '2026-12-01 18:37:18.362075+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'person', 20, NULL, 'null', '{"name": "曹阳", "title": "行政检察部主任", "unit_id": 15, "role": "联络员", "phone": "0372-5101015", "email": "jcy@shifan.example.cn", "created_at": "2026-12-01T18:37:18.354498+00:00", "id": 20}', 'f9e5b8e10aa8e3054052241fb565936f1eb655f104dcfb2a8608e8f079d36884', 'f6c4204f9952c41484cbf5116eacc7df78e8d3fd12ec6d5b5c75e3412f6c8fec', 1);
INSERT INTO public.journal VALUES (39, '2026-12-01 18:37:18.382088+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'person', 21, NULL, 'null', '{"name": "彭程", "title": "司法所所长", "unit_id": 16, "role": "联络员", "phone": "0372-5101016", "email": "cgz@shifan.example.cn", "created_at": "2026-12-01T18:37:18.369680+00:00", "id": 21}', 'f6c4204f9952c41484cbf5116eacc7df78e8d3fd12ec6d5b5c75e3412f6c8fec', '9917707dbc2b78bce2168f68cc8d200e98e6c1642ce853a9473e10b315a9e0a1', 1);
INSERT INTO public.journal VALUES (40, '2026-12-01 18:37:18.401917+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'person', 22, NULL, 'null', '{"name": "袁媛", "title": "司法所所长", "unit_id": 17, "role": "联络员", "phone": "0372-5101017", "email": "dcjd@shifan.example.cn", "created_at": "2026-12-01T18:37:18.398422+00:00", "id": 22}', '9917707dbc2b78bce2168f68cc8d200e98e6c1642ce853a9473e10b315a9e0a1', '802bf19af02aeaa8084da26e3617b924fecd63fc26e214203584ad18d33383ff', 1);
INSERT INTO public.journal VALUES (59, '2026-12-01 18:37:20.546349+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'case_link', 1, 3, 'null', '{"case_id": 3, "related_id": 1, "created_at": "2026-12-01T18:37:20.538570+00:00", "id": 1, "case": "（2024）豫05行终8号", "related": "（2024）豫0591行初15号"}', '98bc465a074a70d15dd74298ba8ca7a0416bba50eddb31e9a8e0ff22c205b654', '465336538e513988fed19dbfbd3b4c42c28f63e043a9881233dcc1ff384cea09', 58);
INSERT INTO public.journal VALUES (74, '2026-12-01 18:37:23.423833+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'brief_item', 3, NULL, 'null', '{"unit_id": 3, "kind": "问题建议", "source": "报送", "title": "", "body": "行政复议案件增多", "submitted_on": "2024-10-15", "created_at": "2026-12-01T18:37:23.413408+00:00", "id": 3, "issue_id": null, "seq": 0}', '8d9f254716406bb319f220de9938be19132b4adb86eed09030b5514fbd3aa1e3', '840525b7ecb8da9052d865eb9e3906e04e20d93307222bb8c88f872e83014710', 74);
INSERT INTO public.journal VALUES (41, '2026-12-01 18:37:18.677589+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'case', 1, 1, 'null', '{"category": "行政诉讼", "case_no": "（2024）豫0591行初15号", "no_kind": "案号", "year": 2024, "court_code": "豫0591", "court_level": "基层", "type_code": "行初", "type_name": "行政一审案件", "case_family": "行政", "instance": "一审", "field": "土地征收", "unit_id": 6, "court": "", "received_on": "2024-03-15", "filed_on": "2024-03-15", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "不服征收补偿决定", "created_at": "2026-12-01T18:37:18.654119+00:00", "updated_at": "2026-12-01T18:37:18.654119+00:00", "id": 1}', '802bf19af02aeaa8084da26e3617b924fecd63fc26e214203584ad18d33383ff', '1388a96604922dcecea4919c16b7b92fcbcf73a0edb4f17c81cc99b2b2398328', 41);
INSERT INTO public.journal VALUES (42, '2026-12-01 18:37:18.711274+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'party', 1, NULL, 'null', '{"name": "张三", "kind": "自然人", "id_kind": "身份证", "id_number": "410502********1232", "created_at": "2026-12-01T18:37:18.706052+00:00", "id": 1}', '1388a96604922dcecea4919c16b7b92fcbcf73a0edb4f17c81cc99b2b2398328', '1f8bf5233de022b8fbac735dd67c849bf0fddc041319a4b6efbb395de2f607e7', 41);
INSERT INTO public.journal VALUES (43, '2026-12-01 18:37:18.730501+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'case_party', 1, 1, 'null', '{"case_id": 1, "party_id": 1, "role": "原告", "id": 1, "party": "张三"}', '1f8bf5233de022b8fbac735dd67c849bf0fddc041319a4b6efbb395de2f607e7', '5bb630b9fbdfcfd3fcf921fa190ef51c60496ef0109ac77a1eb0e8b18ad08362', 41);
INSERT INTO public.journal VALUES (44, '2026-12-01 18:37:18.750141+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'party', 2, NULL, 'null', '{"name": "示范县建工集团", "kind": "法人或其他组织", "id_kind": "统一社会信用代码", "id_number": "91340503MA2N0001XG", "created_at": "2026-12-01T18:37:18.741948+00:00", "id": 2}', '5bb630b9fbdfcfd3fcf921fa190ef51c60496ef0109ac77a1eb0e8b18ad08362', '5566ba63c773db685fa6fec8b3b8f79bf4bc9d098c869f050cea1ec853406504', 41);
INSERT INTO public.journal VALUES (45, '2026-12-01 18:37:18.765946+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'case_party', 2, 1, 'null', '{"case_id": 1, "party_id": 2, "role": "原告", "id": 2, "party": "示范县建工集团"}', '5566ba63c773db685fa6fec8b3b8f79bf4bc9d098c869f050cea1ec853406504', '8790f49f841edae8c747da31401619a246fa521e3fb4f0e90603ebe6f51d5385', 41);
INSERT INTO public.journal VALUES (46, '2026-12-01 18:37:18.910363+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'case', 2, 2, 'null', '{"category": "行政复议", "case_no": "示政复〔2024〕12号", "no_kind": "自编号", "year": null, "court_code": null, "court_level": null, "type_code": null, "type_name": null, "case_family": null, "instance": null, "field": "", "unit_id": 5, "court": "", "received_on": "2024-04-02", "filed_on": "2024-04-02", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "", "created_at": "2026-12-01T18:37:18.880470+00:00", "updated_at": "2026-12-01T18:37:18.880470+00:00", "id": 2}', '8790f49f841edae8c747da31401619a246fa521e3fb4f0e90603ebe6f51d5385', 'b85db7e13fcb45831cc974c01967bf6bc748e090fd1ae65661fe225a2433c61a', 46);
INSERT INTO public.journal VALUES (47, '2026-12-01 18:37:18.942023+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'party', 3, NULL, 'null', '{"name": "李四", "kind": "自然人", "id_kind": "", "id_number": null, "created_at": "2026-12-01T18:37:18.933960+00:00", "id": 3}', 'b85db7e13fcb45831cc974c01967bf6bc748e090fd1ae65661fe225a2433c61a', '7af3452b7b862f173b58f693252c2e68f747302177cbb4013ae049d62f998f21', 46);
INSERT INTO public.journal VALUES (48, '2026-12-01 18:37:18.946716+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'case_party', 3, 2, 'null', '{"case_id": 2, "party_id": 3, "role": "申请人", "id": 3, "party": "李四"}', '7af3452b7b862f173b58f693252c2e68f747302177cbb4013ae049d62f998f21', '80a0da903f7a4d170ccfb3db8fca38810afcdb2eae5bbb321abf18302bd473e0', 46);
INSERT INTO public.journal VALUES (49, '2026-12-01 18:37:19.037848+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'case_event', 1, 1, 'null', '{"case_id": 1, "kind": "开庭", "occurred_on": "2024-05-20", "note": "", "created_at": "2026-12-01T18:37:19.020423+00:00", "id": 1}', '80a0da903f7a4d170ccfb3db8fca38810afcdb2eae5bbb321abf18302bd473e0', 'c161f5a2b5a3e9f68d3920e231d27ab33670cd6e2b72558f142ba868a95b651c', 49);
INSERT INTO public.journal VALUES (50, '2026-12-01 18:37:19.057835+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'update', 'case', 1, 1, '{"type_code": "行初", "filed_on": "2024-03-15", "is_judgment": false, "recovered_fen": null, "category": "行政诉讼", "type_name": "行政一审案件", "heard_on": null, "is_settled": false, "resolved": null, "id": 1, "case_family": "行政", "closed_on": null, "is_withdrawn": false, "group_size": null, "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "在办", "risk_level": "", "summary": "不服征收补偿决定", "no_kind": "案号", "field": "土地征收", "outcome": null, "heard": null, "created_at": "2026-12-01T18:37:18.654119+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_appeared": null, "updated_at": "2026-12-01T18:37:18.654119+00:00", "court_code": "豫0591", "court": "", "is_correction": false, "head_rank": null, "court_level": "基层", "received_on": "2024-03-15", "claimed_fen": null}', '{"type_code": "行初", "filed_on": "2024-03-15", "is_judgment": false, "recovered_fen": null, "category": "行政诉讼", "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_settled": false, "resolved": null, "id": 1, "case_family": "行政", "closed_on": null, "is_withdrawn": false, "group_size": null, "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "在办", "risk_level": "", "summary": "不服征收补偿决定", "no_kind": "案号", "field": "土地征收", "outcome": null, "heard": true, "created_at": "2026-12-01T18:37:18.654119+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_appeared": null, "updated_at": "2026-12-01T18:37:19.054146+00:00", "court_code": "豫0591", "court": "", "is_correction": false, "head_rank": null, "court_level": "基层", "received_on": "2024-03-15", "claimed_fen": null}', 'c161f5a2b5a3e9f68d3920e231d27ab33670cd6e2b72558f142ba868a95b651c', '0cbe412a679a3bed809555a2e6b83d77eb60484df598952e229fed1f6ba522b6', 49);
INSERT INTO public.journal VALUES (73, '2026-12-01 18:37:23.333828+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'brief_item', 2, NULL, 'null', '{"unit_id": 6, "kind": "经验做法", "source": "报送", "title": "", "body": "征收补偿争议会商机制", "submitted_on": "2024-10-15", "created_at": "2026-12-01T18:37:23.310037+00:00", "id": 2, "issue_id": 1, "seq": 2}', '397a090991039df8b71952bd7351a3fd81fe2916cfb1dbe987288ef8499b7554', '8d9f254716406bb319f220de9938be19132b4adb86eed09030b5514fbd3aa1e3', 73);
INSERT INTO public.journal VALUES (51, '2026-12-01 18:37:19.144562+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'update', 'case', 1, 1, '{"type_code": "行初", "filed_on": "2024-03-15", "is_judgment": false, "recovered_fen": null, "category": "行政诉讼", "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_settled": false, "resolved": null, "id": 1, "case_family": "行政", "closed_on": null, "is_withdrawn": false, "group_size": null, "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "在办", "risk_level": "", "summary": "不服征收补偿决定", "no_kind": "案号", "field": "土地征收", "outcome": null, "heard": true, "created_at": "2026-12-01T18:37:18.654119+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_appeared": null, "updated_at": "2026-12-01T18:37:19.054146+00:00", "court_code": "豫0591", "court": "", "is_correction": false, "head_rank": null, "court_level": "基层", "received_on": "2024-03-15", "claimed_fen": null}', '{"type_code": "行初", "filed_on": "2024-03-15", "is_judgment": true, "recovered_fen": null, "category": "行政诉讼", "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_settled": false, "resolved": null, "id": 1, "case_family": "行政", "closed_on": "2024-06-28", "is_withdrawn": false, "group_size": null, "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "已结", "risk_level": "", "summary": "不服征收补偿决定", "no_kind": "案号", "field": "土地征收", "outcome": "驳回诉讼请求", "heard": true, "created_at": "2026-12-01T18:37:18.654119+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_appeared": null, "updated_at": "2026-12-01T18:37:19.126073+00:00", "court_code": "豫0591", "court": "", "is_correction": false, "head_rank": null, "court_level": "基层", "received_on": "2024-03-15", "claimed_fen": null}', '0cbe412a679a3bed809555a2e6b83d77eb60484df598952e229fed1f6ba522b6', '54885ef1938ee33923368410e55079fdf897b62c4d5184485c2189b9f0c956e3', 51);
INSERT INTO public.journal VALUES (52, '2026-12-01 18:37:19.265865+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'update', 'case', 2, 2, '{"type_code": null, "filed_on": "2024-04-02", "is_judgment": false, "recovered_fen": null, "category": "行政复议", "type_name": null, "heard_on": null, "is_settled": false, "resolved": null, "id": 2, "case_family": null, "closed_on": null, "is_withdrawn": false, "group_size": null, "case_no": "示政复〔2024〕12号", "instance": null, "status": "在办", "risk_level": "", "summary": "", "no_kind": "自编号", "field": "", "outcome": null, "heard": null, "created_at": "2026-12-01T18:37:18.880470+00:00", "year": null, "unit_id": 5, "is_loss": false, "head_appeared": null, "updated_at": "2026-12-01T18:37:18.880470+00:00", "court_code": null, "court": "", "is_correction": false, "head_rank": null, "court_level": null, "received_on": "2024-04-02", "claimed_fen": null}', '{"type_code": null, "filed_on": "2024-04-02", "is_judgment": true, "recovered_fen": null, "category": "行政复议", "type_name": null, "heard_on": null, "is_settled": false, "resolved": null, "id": 2, "case_family": null, "closed_on": "2024-06-01", "is_withdrawn": false, "group_size": null, "case_no": "示政复〔2024〕12号", "instance": null, "status": "已结", "risk_level": "", "summary": "", "no_kind": "自编号", "field": "", "outcome": "撤销", "heard": null, "created_at": "2026-12-01T18:37:18.880470+00:00", "year": null, "unit_id": 5, "is_loss": false, "head_appeared": null, "updated_at": "2026-12-01T18:37:19.236548+00:00", "court_code": null, "court": "", "is_correction": true, "head_rank": null, "court_level": null, "received_on": "2024-04-02", "claimed_fen": null}', '54885ef1938ee33923368410e55079fdf897b62c4d5184485c2189b9f0c956e3', '3bbab0843b47c88cc661cc3556fe7bb83b6c2e0d9f1f4ce328d0687dc14797e3', 52);
INSERT INTO public.journal VALUES (53, '2026-12-01 18:37:19.523139+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'meeting', 1, NULL, 'null', '{"year": 2024, "issue_no": 1, "kind": "联席会议", "held_on": "2024-06-20", "place": "", "chair": "王县长", "topics": "征收补偿争议化解", "opening": "", "created_at": "2026-12-01T18:37:19.490570+00:00", "id": 1}', '3bbab0843b47c88cc661cc3556fe7bb83b6c2e0d9f1f4ce328d0687dc14797e3', '164daa085a7f85c5b96e97c827e90b07f912129589ffb867aedb380652dee924', 53);
INSERT INTO public.journal VALUES (54, '2026-12-01 18:37:19.703137+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'task', 1, NULL, 'null', '{"source": "议定事项", "content": "建立征收补偿争议会商机制", "lead_unit_id": 6, "leader": "", "due_on": "2024-09-30", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": 1, "decision_no": 1, "suggestion_id": null, "list_no": "", "note": "", "created_at": "2026-12-01T18:37:19.678002+00:00", "updated_at": "2026-12-01T18:37:19.678002+00:00", "id": 1, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": ["示范县司法局"]}', '164daa085a7f85c5b96e97c827e90b07f912129589ffb867aedb380652dee924', '5ca72e1647e24a6c3de07e0adf2fef580129488cc24b7c161e04f8fcfcf225ed', 54);
INSERT INTO public.journal VALUES (55, '2026-12-01 18:37:19.937609+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'task', 2, NULL, 'null', '{"source": "双清单", "content": "清理行政协议履约情况", "lead_unit_id": 5, "leader": "", "due_on": "2024-08-31", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "", "note": "", "created_at": "2026-12-01T18:37:19.907524+00:00", "updated_at": "2026-12-01T18:37:19.907524+00:00", "id": 2, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": []}', '5ca72e1647e24a6c3de07e0adf2fef580129488cc24b7c161e04f8fcfcf225ed', '369a61c8a105bbc22425fdb9ee657d63f898deea340b6f2bbd096279978b1d48', 55);
INSERT INTO public.journal VALUES (56, '2026-12-01 18:37:20.101903+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'task_progress', 1, NULL, 'null', '{"task_id": 1, "reported_on": "2024-10-15", "note": "已召开专题会", "author": "", "created_at": "2026-12-01T18:37:20.078102+00:00", "id": 1}', '369a61c8a105bbc22425fdb9ee657d63f898deea340b6f2bbd096279978b1d48', '7d98c8056744929cb5586e081ac44a1f3c4ef67c12c64698a7fa51487d557220', 56);
INSERT INTO public.journal VALUES (57, '2026-12-01 18:37:20.297863+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'suggestion', 1, NULL, 'null', '{"kind": "司法建议", "doc_no": "示法建〔2024〕3号", "issuer": "示范县人民法院", "unit_id": 6, "received_on": "2024-05-06", "reply_due": "2024-07-08", "reply_due_rule": "2个月", "reply_due_provisional": false, "summary": "规范征收补偿程序", "created_at": "2026-12-01T18:37:20.269967+00:00", "id": 1, "replied_on": null, "reply_summary": "", "adopted": null, "adoption": null, "verified_on": null, "cases": []}', '7d98c8056744929cb5586e081ac44a1f3c4ef67c12c64698a7fa51487d557220', '9d9276dc55191e598c629c7a9cb69f06dab70a0c99a1104b415e9efac6fc37eb', 57);
INSERT INTO public.journal VALUES (58, '2026-12-01 18:37:20.493759+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'case', 3, 3, 'null', '{"category": "行政诉讼", "case_no": "（2024）豫05行终8号", "no_kind": "案号", "year": 2024, "court_code": "豫05", "court_level": "中级", "type_code": "行终", "type_name": "行政二审案件", "case_family": "行政", "instance": "二审", "field": "", "unit_id": 6, "court": "", "received_on": "2024-08-01", "filed_on": "2024-08-01", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "", "created_at": "2026-12-01T18:37:20.478226+00:00", "updated_at": "2026-12-01T18:37:20.478226+00:00", "id": 3}', '9d9276dc55191e598c629c7a9cb69f06dab70a0c99a1104b415e9efac6fc37eb', '98bc465a074a70d15dd74298ba8ca7a0416bba50eddb31e9a8e0ff22c205b654', 58);
INSERT INTO public.journal VALUES (60, '2026-12-01 18:37:20.694615+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'update', 'suggestion', 1, NULL, '{"kind": "司法建议", "doc_no": "示法建〔2024〕3号", "unit_id": 6, "reply_due": "2024-07-08", "reply_due_provisional": false, "reply_summary": "", "adoption": null, "summary": "规范征收补偿程序", "created_at": "2026-12-01T18:37:20.269967+00:00", "issuer": "示范县人民法院", "id": 1, "received_on": "2024-05-06", "reply_due_rule": "2个月", "replied_on": null, "adopted": null, "verified_on": null}', '{"kind": "司法建议", "doc_no": "示法建〔2024〕3号", "unit_id": 6, "reply_due": "2024-07-08", "reply_due_provisional": false, "reply_summary": "", "adoption": "部分采纳", "summary": "规范征收补偿程序", "created_at": "2026-12-01T18:37:20.269967+00:00", "issuer": "示范县人民法院", "id": 1, "received_on": "2024-05-06", "reply_due_rule": "2个月", "replied_on": "2024-06-01", "adopted": true, "verified_on": null}', '465336538e513988fed19dbfbd3b4c42c28f63e043a9881233dcc1ff384cea09', 'bc0885f48c0de5210e28b7d4a5783603f14d2036cbce404663f1dc16a941d2f3', 60);
INSERT INTO public.journal VALUES (61, '2026-12-01 18:37:21.019267+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'notice', 1, NULL, 'null', '{"stage": "督办", "unit_id": 5, "issued_on": "2024-10-15", "year": 2024, "number": 1, "reply_due": "2024-10-22", "created_at": "2026-12-01T18:37:20.983567+00:00", "id": 1, "acknowledged_on": null, "issuer": "", "tasks": [2], "suggestions": []}', 'bc0885f48c0de5210e28b7d4a5783603f14d2036cbce404663f1dc16a941d2f3', 'eea118aa23ae5f24323fdf6b227e23513237163b80b95443a1e08dd714ade03d', 61);
INSERT INTO public.journal VALUES (62, '2026-12-01 18:37:21.043396+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'notice', 2, NULL, 'null', '{"stage": "催办", "unit_id": 6, "issued_on": "2024-10-15", "year": null, "number": null, "reply_due": null, "created_at": "2026-12-01T18:37:20.983567+00:00", "id": 2, "acknowledged_on": null, "issuer": "", "tasks": [1], "suggestions": []}', 'eea118aa23ae5f24323fdf6b227e23513237163b80b95443a1e08dd714ade03d', '5216e46d42e01599e18edef970223a53fecf330f620fe794fb2d03290105f707', 61);
INSERT INTO public.journal VALUES (63, '2026-12-01 18:37:21.239243+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'notice_reply', 1, NULL, 'null', '{"notice_id": 1, "replied_on": "2024-10-15", "summary": "已书面报送办理情况", "created_at": "2026-12-01T18:37:21.222580+00:00", "id": 1, "file_name": "", "file_size": 0, "file_sha256": "", "file_data": null}', '5216e46d42e01599e18edef970223a53fecf330f620fe794fb2d03290105f707', '68c4fe744b1bb00be5c71ddf27a6482f70da523f3aad50edfebe983e72741979', 63);
INSERT INTO public.journal VALUES (64, '2026-12-01 18:37:21.262778+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'update', 'notice', 1, NULL, '{"stage": "督办", "unit_id": 5, "year": 2024, "reply_due": "2024-10-22", "issuer": "", "issued_on": "2024-10-15", "id": 1, "number": 1, "acknowledged_on": null, "created_at": "2026-12-01T18:37:20.983567+00:00"}', '{"stage": "督办", "unit_id": 5, "year": 2024, "reply_due": "2024-10-22", "issuer": "", "issued_on": "2024-10-15", "id": 1, "number": 1, "acknowledged_on": "2024-10-15", "created_at": "2026-12-01T18:37:20.983567+00:00"}', '68c4fe744b1bb00be5c71ddf27a6482f70da523f3aad50edfebe983e72741979', 'b3ffb77d97e63e4e7ef716ad05c7d01ca47f197b33fed1a6b562f291239316fe', 63);
INSERT INTO public.journal VALUES (65, '2026-12-01 18:37:22.013764+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'bulletin', 1, NULL, 'null', '{"year": 2024, "number": 1, "period_year": 2024, "quarter": 3, "issued_on": "2024-10-15", "issuer": "", "data": {"start": "2024-07-01", "end": "2024-09-30", "black": [{"unit_id": 5, "unit": "县人社局", "open_late": 1, "done_late": 0, "suggestions_late": 0, "replies_missing": 0, "replies_late": 0, "text": "逾期未办结事项1项"}], "red": [{"unit_id": 6, "unit": "县自然资源局", "due": 1}]}, "created_at": "2026-12-01T18:37:21.996563+00:00", "id": 1}', 'b3ffb77d97e63e4e7ef716ad05c7d01ca47f197b33fed1a6b562f291239316fe', '407e42113cd6fc0e3d6e1f2090ed355c2d7ad7f739390a418ebddc8fdfd06f98', 65);
INSERT INTO public.journal VALUES (66, '2026-12-01 18:37:22.473679+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'report_snapshot', 1, NULL, 'null', '{"year": 2024, "quarter": 2, "scope": "", "published_at": "2026-12-01T18:37:22.445997+00:00", "published_by": "测试员@postgres", "data": {"period": {"year": 2024, "quarter": 2, "kind": "quarter", "code": "2024Q2", "label": "2024年第二季度", "start": "2024-04-01", "end": "2024-06-30", "as_of": "2024-06-30", "complete": true}, "compare": {"last_year": {"year": 2023, "quarter": 2, "kind": "quarter", "code": "2023Q2", "label": "2023年第二季度", "start": "2023-04-01", "end": "2023-06-30"}, "previous": {"year": 2024, "quarter": 1, "kind": "quarter", "code": "2024Q1", "label": "2024年第一季度", "start": "2024-01-01", "end": "2024-03-31"}, "text": "同比与2023年第二季度比较，环比与2024年第一季度比较"}, "office": {"name": "示范县府院联动联席会议办公室", "region": "示范县", "meeting_name": "示范县府院联动联席会议"}, "scope": {"unit": null, "region": null}, "settings": {"loss_rate_denominator": "closed", "reconsideration_correction_denominator": "decided", "settlement_includes_withdrawal": false, "head_appearance_principal_only": false, "enforcement_closed_includes_terminated": false, "resolution_includes_withdrawn_suits": true, "population_region": "示范县", "population": null}, "definitions": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "kind": "count", "unit": "件", "numerator": "本期新收的一审行政诉讼案件（被告为本地行政机关或乡镇街道），按案号计", "denominator": "", "basis": "立案日期", "setting": "", "note": "", "money": false}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关败诉的案件（撤销、变更、责令履行、确认违法、确认无效、判决赔偿或补偿）", "denominator": "本期审结的一审行政诉讼案件（被告为本地行政机关或乡镇街道）", "basis": "结案日期", "setting": "indicators.loss_rate_denominator", "note": "行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "money": false}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关负责人（正职或分管副职）出庭应诉的案件", "denominator": "本期开庭审理的行政诉讼案件（书面审理不计）", "basis": "开庭日期", "setting": "indicators.head_appearance_principal_only", "note": "负责人出庭应诉率计入正职和分管副职负责人出庭", "money": false}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "kind": "rate", "unit": "%", "numerator": "其中以撤销、变更、确认违法、责令履行或确认无效决定纠错的案件", "denominator": "本期以复议决定结案的行政复议案件（不含调解、和解、撤回）", "basis": "结案日期", "setting": "indicators.reconsideration_correction_denominator", "note": "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "money": false}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "kind": "rate", "unit": "%", "numerator": "其中以调解或和解结案的案件", "denominator": "本期审结的全部行政复议案件", "basis": "结案日期", "setting": "indicators.settlement_includes_withdrawal", "note": "行政复议调解和解率不含撤回申请结案的案件", "money": false}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "kind": "rate", "unit": "%", "numerator": "其中标记为实质性化解（未再进入诉讼或信访）的案件", "denominator": "本期办结的行政争议（行政复议、诉前调解、行政调解，及标记为实质性化解的行政诉讼协调撤诉）", "basis": "结案日期", "setting": "indicators.resolution_includes_withdrawn_suits", "note": "", "money": false}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "kind": "rate", "unit": "%", "numerator": "其中调解成功的案件", "denominator": "本期办结的诉前调解案件", "basis": "结案日期", "setting": "", "note": "", "money": false}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "kind": "count", "unit": "件", "numerator": "本期执结的涉行政机关执行案件（终结本次执行不计为执结）", "denominator": "", "basis": "结案日期", "setting": "indicators.enforcement_closed_includes_terminated", "note": "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）", "money": false}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "kind": "amount", "unit": "元", "numerator": "本期执结的涉行政机关执行案件的执行到位金额", "denominator": "", "basis": "结案日期", "setting": "", "note": "", "money": true}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "kind": "rate", "unit": "%", "numerator": "执行到位金额", "denominator": "本期执结且登记了申请执行标的的涉行政机关执行案件的标的金额", "basis": "结案日期", "setting": "", "note": "", "money": true}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "kind": "rate", "unit": "%", "numerator": "其中已反馈的司法建议、检察建议（不论是否逾期）", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "kind": "rate", "unit": "%", "numerator": "其中在反馈期限内反馈的司法建议、检察建议", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "kind": "rate", "unit": "%", "numerator": "其中按期完成的事项", "denominator": "完成时限在本期（截至统计日）的双清单事项", "basis": "完成时限", "setting": "", "note": "", "money": false}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "kind": "per_10k", "unit": "件/万人", "numerator": "本期新收的一审民事、行政案件", "denominator": "常住人口（配置项 indicators.population，按万人计）", "basis": "立案日期", "setting": "indicators.population", "note": "", "money": false}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "kind": "count", "unit": "件", "numerator": "统计日已过完成时限而未完成的双清单事项（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "kind": "count", "unit": "件", "numerator": "统计日已过反馈期限而未反馈的司法建议、检察建议（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}}, "notes": ["行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "负责人出庭应诉率计入正职和分管副职负责人出庭", "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "行政复议调解和解率不含撤回申请结案的案件", "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）"], "warnings": ["未配置示范县的常住人口（配置项 indicators.population），不计算万人成讼率", "以下指标的比较基数不足10件，增减幅度仅供参考：行政诉讼发案量（上期1件）"], "indicators": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": -100.0, "qoq_display": "↓ -100.0%（基数小）", "qoq_text": "减少100.0%（基数较小：上期仅1件）", "qoq_small_base": 1, "previous": {"numerator": 1, "denominator": null, "value": 1, "display": "1"}}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "unit": "%", "numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "unit": "元", "numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "unit": "%", "numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "unit": "件/万人", "numerator": 0, "denominator": null, "value": null, "display": "—", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 1, "denominator": null, "value": null, "display": "—"}}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}}, "double_decline": {"achieved": null, "litigation_filed_down": false, "loss_rate_down": null, "text": "无法判断是否实现“双下降”：本期或去年同期没有审结的一审行政诉讼案件。行政诉讼发案量0件（去年同期0件）。"}, "units": [{"unit": "县税务局", "unit_name": "国家税务总局示范县税务局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 1}, {"unit": "东城街道", "unit_name": "示范县东城街道办事处", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 2}, {"unit": "县人社局", "unit_name": "示范县人力资源和社会保障局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 3}, {"unit": "县政府办", "unit_name": "示范县人民政府办公室", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 4}, {"unit": "县住建局", "unit_name": "示范县住房和城乡建设局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 5}, {"unit": "县信访局", "unit_name": "示范县信访局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 6}, {"unit": "县公安局", "unit_name": "示范县公安局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 7}, {"unit": "县发改委", "unit_name": "示范县发展和改革委员会", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 8}, {"unit": "县司法局", "unit_name": "示范县司法局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 9}, {"unit": "城关镇", "unit_name": "示范县城关镇人民政府", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 10}, {"unit": "县城管局", "unit_name": "示范县城市管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 11}, {"unit": "县市场监管局", "unit_name": "示范县市场监督管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 12}, {"unit": "县生态环境分局", "unit_name": "示范县生态环境分局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 13}, {"unit": "县自然资源局", "unit_name": "示范县自然资源局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": -100.0}, "loss_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 14}, {"unit": "县财政局", "unit_name": "示范县财政局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 15}], "attention": {"as_of": "2024-06-30", "losses_total": 0, "losses": [], "overdue_tasks_total": 0, "overdue_tasks": [], "unanswered_suggestions_total": 0, "unanswered_suggestions": []}, "generated_on": "2024-10-15", "trend": [{"period": "2022Q3", "label": "2022年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2022Q4", "label": "2022年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q1", "label": "2023年1季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q2", "label": "2023年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q3", "label": "2023年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q4", "label": "2023年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q1", "label": "2024年1季度", "litigation_filed": 1, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q2", "label": "2024年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 1, "loss_rate": 0.0}]}, "id": 1}', '407e42113cd6fc0e3d6e1f2090ed355c2d7ad7f739390a418ebddc8fdfd06f98', 'd363c8d1d9721b2c2188221114ad5fa3fe400ada8eb76bc8c443c81c6ade721d', 66);
INSERT INTO public.journal VALUES (67, '2026-12-01 18:37:22.543116+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'journal_anchor', 1, NULL, 'null', '{"at": "2026-12-01T18:37:22.537775+00:00", "kind": "report", "label": "2024年第二季度", "seq": 66, "hash": "d363c8d1d9721b2c2188221114ad5fa3fe400ada8eb76bc8c443c81c6ade721d", "mac": null, "id": 1}', 'd363c8d1d9721b2c2188221114ad5fa3fe400ada8eb76bc8c443c81c6ade721d', 'fb08c0bb387c9143c09d199b6d2c5da8d3429a7fe98f917bb441b136ad1ab568', 66);
INSERT INTO public.journal VALUES (68, '2026-12-01 18:37:22.779003+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'report_period_snapshot', 1, NULL, 'null', '{"period": "2024H1", "year": 2024, "scope": "", "published_at": "2026-12-01T18:37:22.742078+00:00", "published_by": "测试员@postgres", "data": {"period": {"year": 2024, "quarter": null, "kind": "half", "code": "2024H1", "label": "2024年上半年", "start": "2024-01-01", "end": "2024-06-30", "as_of": "2024-06-30", "complete": true}, "compare": {"last_year": {"year": 2023, "quarter": null, "kind": "half", "code": "2023H1", "label": "2023年上半年", "start": "2023-01-01", "end": "2023-06-30"}, "previous": {"year": 2023, "quarter": null, "kind": "half", "code": "2023H2", "label": "2023年下半年", "start": "2023-07-01", "end": "2023-12-31"}, "text": "同比与2023年上半年比较，环比与2023年下半年比较"}, "office": {"name": "示范县府院联动联席会议办公室", "region": "示范县", "meeting_name": "示范县府院联动联席会议"}, "scope": {"unit": null, "region": null}, "settings": {"loss_rate_denominator": "closed", "reconsideration_correction_denominator": "decided", "settlement_includes_withdrawal": false, "head_appearance_principal_only": false, "enforcement_closed_includes_terminated": false, "resolution_includes_withdrawn_suits": true, "population_region": "示范县", "population": null}, "definitions": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "kind": "count", "unit": "件", "numerator": "本期新收的一审行政诉讼案件（被告为本地行政机关或乡镇街道），按案号计", "denominator": "", "basis": "立案日期", "setting": "", "note": "", "money": false}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关败诉的案件（撤销、变更、责令履行、确认违法、确认无效、判决赔偿或补偿）", "denominator": "本期审结的一审行政诉讼案件（被告为本地行政机关或乡镇街道）", "basis": "结案日期", "setting": "indicators.loss_rate_denominator", "note": "行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "money": false}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关负责人（正职或分管副职）出庭应诉的案件", "denominator": "本期开庭审理的行政诉讼案件（书面审理不计）", "basis": "开庭日期", "setting": "indicators.head_appearance_principal_only", "note": "负责人出庭应诉率计入正职和分管副职负责人出庭", "money": false}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "kind": "rate", "unit": "%", "numerator": "其中以撤销、变更、确认违法、责令履行或确认无效决定纠错的案件", "denominator": "本期以复议决定结案的行政复议案件（不含调解、和解、撤回）", "basis": "结案日期", "setting": "indicators.reconsideration_correction_denominator", "note": "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "money": false}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "kind": "rate", "unit": "%", "numerator": "其中以调解或和解结案的案件", "denominator": "本期审结的全部行政复议案件", "basis": "结案日期", "setting": "indicators.settlement_includes_withdrawal", "note": "行政复议调解和解率不含撤回申请结案的案件", "money": false}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "kind": "rate", "unit": "%", "numerator": "其中标记为实质性化解（未再进入诉讼或信访）的案件", "denominator": "本期办结的行政争议（行政复议、诉前调解、行政调解，及标记为实质性化解的行政诉讼协调撤诉）", "basis": "结案日期", "setting": "indicators.resolution_includes_withdrawn_suits", "note": "", "money": false}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "kind": "rate", "unit": "%", "numerator": "其中调解成功的案件", "denominator": "本期办结的诉前调解案件", "basis": "结案日期", "setting": "", "note": "", "money": false}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "kind": "count", "unit": "件", "numerator": "本期执结的涉行政机关执行案件（终结本次执行不计为执结）", "denominator": "", "basis": "结案日期", "setting": "indicators.enforcement_closed_includes_terminated", "note": "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）", "money": false}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "kind": "amount", "unit": "元", "numerator": "本期执结的涉行政机关执行案件的执行到位金额", "denominator": "", "basis": "结案日期", "setting": "", "note": "", "money": true}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "kind": "rate", "unit": "%", "numerator": "执行到位金额", "denominator": "本期执结且登记了申请执行标的的涉行政机关执行案件的标的金额", "basis": "结案日期", "setting": "", "note": "", "money": true}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "kind": "rate", "unit": "%", "numerator": "其中已反馈的司法建议、检察建议（不论是否逾期）", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "kind": "rate", "unit": "%", "numerator": "其中在反馈期限内反馈的司法建议、检察建议", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "kind": "rate", "unit": "%", "numerator": "其中按期完成的事项", "denominator": "完成时限在本期（截至统计日）的双清单事项", "basis": "完成时限", "setting": "", "note": "", "money": false}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "kind": "per_10k", "unit": "件/万人", "numerator": "本期新收的一审民事、行政案件", "denominator": "常住人口（配置项 indicators.population，按万人计）", "basis": "立案日期", "setting": "indicators.population", "note": "", "money": false}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "kind": "count", "unit": "件", "numerator": "统计日已过完成时限而未完成的双清单事项（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "kind": "count", "unit": "件", "numerator": "统计日已过反馈期限而未反馈的司法建议、检察建议（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}}, "notes": ["行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "负责人出庭应诉率计入正职和分管副职负责人出庭", "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "行政复议调解和解率不含撤回申请结案的案件", "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）"], "warnings": ["未配置示范县的常住人口（配置项 indicators.population），不计算万人成讼率"], "indicators": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "unit": "件", "numerator": 1, "denominator": null, "value": 1, "display": "1", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "unit": "%", "numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "unit": "元", "numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "unit": "%", "numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "unit": "件/万人", "numerator": 1, "denominator": null, "value": null, "display": "—", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": null, "display": "—"}}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}}, "double_decline": {"achieved": null, "litigation_filed_down": false, "loss_rate_down": null, "text": "无法判断是否实现“双下降”：本期或去年同期没有审结的一审行政诉讼案件。行政诉讼发案量1件（去年同期0件）。"}, "units": [{"unit": "县自然资源局", "unit_name": "示范县自然资源局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 1, "denominator": null, "value": 1, "display": "1", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 1}, {"unit": "县税务局", "unit_name": "国家税务总局示范县税务局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 2}, {"unit": "东城街道", "unit_name": "示范县东城街道办事处", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 3}, {"unit": "县人社局", "unit_name": "示范县人力资源和社会保障局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 4}, {"unit": "县政府办", "unit_name": "示范县人民政府办公室", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 5}, {"unit": "县住建局", "unit_name": "示范县住房和城乡建设局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 6}, {"unit": "县信访局", "unit_name": "示范县信访局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 7}, {"unit": "县公安局", "unit_name": "示范县公安局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 8}, {"unit": "县发改委", "unit_name": "示范县发展和改革委员会", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 9}, {"unit": "县司法局", "unit_name": "示范县司法局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 10}, {"unit": "城关镇", "unit_name": "示范县城关镇人民政府", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 11}, {"unit": "县城管局", "unit_name": "示范县城市管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 12}, {"unit": "县市场监管局", "unit_name": "示范县市场监督管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 13}, {"unit": "县生态环境分局", "unit_name": "示范县生态环境分局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 14}, {"unit": "县财政局", "unit_name": "示范县财政局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 15}], "attention": {"as_of": "2024-06-30", "losses_total": 0, "losses": [], "overdue_tasks_total": 0, "overdue_tasks": [], "unanswered_suggestions_total": 0, "unanswered_suggestions": []}, "generated_on": "2024-10-15", "trend": [{"period": "2022Q3", "label": "2022年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2022Q4", "label": "2022年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q1", "label": "2023年1季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q2", "label": "2023年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q3", "label": "2023年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q4", "label": "2023年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q1", "label": "2024年1季度", "litigation_filed": 1, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q2", "label": "2024年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 1, "loss_rate": 0.0}]}, "id": 1}', 'fb08c0bb387c9143c09d199b6d2c5da8d3429a7fe98f917bb441b136ad1ab568', '9ec1cbb80afc86313616b23bb03b7cc1e69cb9d04d5ebb5794408bca3b20e342', 68);
INSERT INTO public.journal VALUES (69, '2026-12-01 18:37:22.834584+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'journal_anchor', 2, NULL, 'null', '{"at": "2026-12-01T18:37:22.829788+00:00", "kind": "report", "label": "2024年上半年", "seq": 68, "hash": "9ec1cbb80afc86313616b23bb03b7cc1e69cb9d04d5ebb5794408bca3b20e342", "mac": null, "id": 2}', '9ec1cbb80afc86313616b23bb03b7cc1e69cb9d04d5ebb5794408bca3b20e342', '610ae983b52fda093f9fd748a91465148852b47643077d538139b43d165a3fd2', 68);
INSERT INTO public.journal VALUES (70, '2026-12-01 18:37:22.958465+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'brief_issue', 1, NULL, 'null', '{"kind": "工作简报", "year": 2024, "issue_no": 1, "issued_on": "2024-10-10", "distribution": "各成员单位", "created_at": "2026-12-01T18:37:22.932771+00:00", "id": 1}', '610ae983b52fda093f9fd748a91465148852b47643077d538139b43d165a3fd2', '786a486e4cb0661e49bfe55c0bd8d608e1ee685d118152aa00781756cff47017', 70);
INSERT INTO public.journal VALUES (71, '2026-12-01 18:37:23.081922+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'insert', 'brief_item', 1, NULL, 'null', '{"unit_id": 5, "kind": "工作动态", "source": "报送", "title": "", "body": "劳动争议化解情况", "submitted_on": "2024-10-15", "created_at": "2026-12-01T18:37:23.058047+00:00", "id": 1, "issue_id": null, "seq": 0}', '786a486e4cb0661e49bfe55c0bd8d608e1ee685d118152aa00781756cff47017', '19287d681c8b616030e3a9c88413b5bdd6a04ba2cb4b99d3d848d19df00a9642', 71);
INSERT INTO public.journal VALUES (72, '2026-12-01 18:37:23.201029+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_docs_0012', 'update', 'brief_item', 1, NULL, '{"unit_id": 5, "issue_id": null, "source": "报送", "body": "劳动争议化解情况", "seq": 0, "kind": "工作动态", "id": 1, "title": "", "submitted_on": "2024-10-15", "created_at": "2026-12-01T18:37:23.058047+00:00"}', '{"unit_id": 5, "issue_id": 1, "source": "报送", "body": "劳动争议化解情况", "seq": 1, "kind": "工作动态", "id": 1, "title": "", "submitted_on": "2024-10-15", "created_at": "2026-12-01T18:37:23.058047+00:00"}', '19287d681c8b616030e3a9c88413b5bdd6a04ba2cb4b99d3d848d19df00a9642', '397a090991039df8b71952bd7351a3fd81fe2916cfb1dbe987288ef8499b7554', 72);


--
-- Data for Name: journal_anchor; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.journal_anchor VALUES (1, '2026-12-01 18:37:22.537775+00', 'report', '2024年第二季度', 66, 'd363c8d1d9721b2c2188221114ad5fa3fe400ada8eb76bc8c443c81c6ade721d', NULL);
INSERT INTO public.journal_anchor VALUES (2, '2026-12-01 18:37:22.829788+00', 'report', '2024年上半年', 68, '9ec1cbb80afc86313616b23bb03b7cc1e69cb9d04d5ebb5794408bca3b20e342', NULL);


--
-- Data for Name: meeting; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.meeting VALUES (1, 2024, 1, '联席会议', '2024-06-20', '', '王县长', '征收补偿争议化解', '', '2026-12-01 18:37:19.49057+00');


--
-- Data for Name: notice; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notice VALUES (2, '催办', 6, '2024-10-15', NULL, NULL, NULL, NULL, '2026-12-01 18:37:20.983567+00', '');
INSERT INTO public.notice VALUES (1, '督办', 5, '2024-10-15', 2024, 1, '2024-10-22', '2024-10-15', '2026-12-01 18:37:20.983567+00', '');


--
-- Data for Name: notice_item; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notice_item VALUES (1, 1, '督办', 2, NULL, 28, NULL);
INSERT INTO public.notice_item VALUES (2, 2, '催办', 1, NULL, 7, NULL);


--
-- Data for Name: notice_reply; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notice_reply VALUES (1, 1, '2024-10-15', '已书面报送办理情况', '', 0, '', NULL, '2026-12-01 18:37:21.22258+00');


--
-- Data for Name: office; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.office VALUES (1, '示范县府院联动联席会议办公室', '示范县', '示范县府院联动联席会议', '2026-12-01 18:37:17.842972+00');


--
-- Data for Name: party; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.party VALUES (1, '张三', '自然人', '身份证', '410502198510151232', '2026-12-01 18:37:18.706052+00');
INSERT INTO public.party VALUES (2, '示范县建工集团', '法人或其他组织', '统一社会信用代码', '91340503MA2N0001XG', '2026-12-01 18:37:18.741948+00');
INSERT INTO public.party VALUES (3, '李四', '自然人', '', NULL, '2026-12-01 18:37:18.93396+00');


--
-- Data for Name: person; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.person VALUES (1, '王建国', '县长', NULL, '召集人', '', '', '2026-12-01 18:37:18.07236+00');
INSERT INTO public.person VALUES (2, '刘清华', '常务副县长', NULL, '副召集人', '', '', '2026-12-01 18:37:18.088943+00');
INSERT INTO public.person VALUES (3, '赵立新', '县人民法院院长', NULL, '副召集人', '', '', '2026-12-01 18:37:18.099972+00');
INSERT INTO public.person VALUES (4, '陈晓燕', '副主任', 1, '联络员', '0372-5101001', 'zfb@shifan.example.cn', '2026-12-01 18:37:18.121811+00');
INSERT INTO public.person VALUES (5, '马俊', '科长', 2, '联络员', '0372-5101002', 'fgw@shifan.example.cn', '2026-12-01 18:37:18.133795+00');
INSERT INTO public.person VALUES (6, '孙丽', '行政复议股股长', 3, '联络员', '0372-5101003', 'sfj@shifan.example.cn', '2026-12-01 18:37:18.151073+00');
INSERT INTO public.person VALUES (7, '周明', '局长', 3, '成员', '', '', '2026-12-01 18:37:18.170028+00');
INSERT INTO public.person VALUES (8, '林静', '办公室工作人员', 3, '办公室', '', '', '2026-12-01 18:37:18.182711+00');
INSERT INTO public.person VALUES (9, '郭涛', '法规股股长', 4, '联络员', '0372-5101004', 'czj@shifan.example.cn', '2026-12-01 18:37:18.198977+00');
INSERT INTO public.person VALUES (10, '何芳', '法规股股长', 5, '联络员', '0372-5101005', 'rsj@shifan.example.cn', '2026-12-01 18:37:18.207452+00');
INSERT INTO public.person VALUES (11, '高远', '法规股股长', 6, '联络员', '0372-5101006', 'zrzyj@shifan.example.cn', '2026-12-01 18:37:18.224363+00');
INSERT INTO public.person VALUES (12, '罗斌', '法规股股长', 7, '联络员', '0372-5101007', 'zjj@shifan.example.cn', '2026-12-01 18:37:18.237736+00');
INSERT INTO public.person VALUES (13, '梁红', '法制股股长', 8, '联络员', '0372-5101008', 'swj@shifan.example.cn', '2026-12-01 18:37:18.253767+00');
INSERT INTO public.person VALUES (14, '宋佳', '法规股股长', 9, '联络员', '0372-5101009', 'scjgj@shifan.example.cn', '2026-12-01 18:37:18.261728+00');
INSERT INTO public.person VALUES (15, '唐亮', '副局长', 10, '联络员', '0372-5101010', 'xfj@shifan.example.cn', '2026-12-01 18:37:18.270904+00');
INSERT INTO public.person VALUES (16, '韩冰', '法制大队大队长', 11, '联络员', '0372-5101011', 'gaj@shifan.example.cn', '2026-12-01 18:37:18.283497+00');
INSERT INTO public.person VALUES (17, '冯雪', '法规股股长', 12, '联络员', '0372-5101012', 'sthj@shifan.example.cn', '2026-12-01 18:37:18.294794+00');
INSERT INTO public.person VALUES (18, '邓凯', '法规股股长', 13, '联络员', '0372-5101013', 'cgj@shifan.example.cn', '2026-12-01 18:37:18.321814+00');
INSERT INTO public.person VALUES (19, '许文', '行政审判庭庭长', 14, '联络员', '0372-5101014', 'fy@shifan.example.cn', '2026-12-01 18:37:18.333674+00');
INSERT INTO public.person VALUES (20, '曹阳', '行政检察部主任', 15, '联络员', '0372-5101015', 'jcy@shifan.example.cn', '2026-12-01 18:37:18.354498+00');
INSERT INTO public.person VALUES (21, '彭程', '司法所所长', 16, '联络员', '0372-5101016', 'cgz@shifan.example.cn', '2026-12-01 18:37:18.36968+00');
INSERT INTO public.person VALUES (22, '袁媛', '司法所所长', 17, '联络员', '0372-5101017', 'dcjd@shifan.example.cn', '2026-12-01 18:37:18.398422+00');


--
-- Data for Name: report_period_snapshot; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.report_period_snapshot VALUES (1, '2024H1', 2024, '', '2026-12-01 18:37:22.742078+00', '测试员@postgres', '{"period": {"year": 2024, "quarter": null, "kind": "half", "code": "2024H1", "label": "2024年上半年", "start": "2024-01-01", "end": "2024-06-30", "as_of": "2024-06-30", "complete": true}, "compare": {"last_year": {"year": 2023, "quarter": null, "kind": "half", "code": "2023H1", "label": "2023年上半年", "start": "2023-01-01", "end": "2023-06-30"}, "previous": {"year": 2023, "quarter": null, "kind": "half", "code": "2023H2", "label": "2023年下半年", "start": "2023-07-01", "end": "2023-12-31"}, "text": "同比与2023年上半年比较，环比与2023年下半年比较"}, "office": {"name": "示范县府院联动联席会议办公室", "region": "示范县", "meeting_name": "示范县府院联动联席会议"}, "scope": {"unit": null, "region": null}, "settings": {"loss_rate_denominator": "closed", "reconsideration_correction_denominator": "decided", "settlement_includes_withdrawal": false, "head_appearance_principal_only": false, "enforcement_closed_includes_terminated": false, "resolution_includes_withdrawn_suits": true, "population_region": "示范县", "population": null}, "definitions": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "kind": "count", "unit": "件", "numerator": "本期新收的一审行政诉讼案件（被告为本地行政机关或乡镇街道），按案号计", "denominator": "", "basis": "立案日期", "setting": "", "note": "", "money": false}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关败诉的案件（撤销、变更、责令履行、确认违法、确认无效、判决赔偿或补偿）", "denominator": "本期审结的一审行政诉讼案件（被告为本地行政机关或乡镇街道）", "basis": "结案日期", "setting": "indicators.loss_rate_denominator", "note": "行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "money": false}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关负责人（正职或分管副职）出庭应诉的案件", "denominator": "本期开庭审理的行政诉讼案件（书面审理不计）", "basis": "开庭日期", "setting": "indicators.head_appearance_principal_only", "note": "负责人出庭应诉率计入正职和分管副职负责人出庭", "money": false}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "kind": "rate", "unit": "%", "numerator": "其中以撤销、变更、确认违法、责令履行或确认无效决定纠错的案件", "denominator": "本期以复议决定结案的行政复议案件（不含调解、和解、撤回）", "basis": "结案日期", "setting": "indicators.reconsideration_correction_denominator", "note": "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "money": false}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "kind": "rate", "unit": "%", "numerator": "其中以调解或和解结案的案件", "denominator": "本期审结的全部行政复议案件", "basis": "结案日期", "setting": "indicators.settlement_includes_withdrawal", "note": "行政复议调解和解率不含撤回申请结案的案件", "money": false}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "kind": "rate", "unit": "%", "numerator": "其中标记为实质性化解（未再进入诉讼或信访）的案件", "denominator": "本期办结的行政争议（行政复议、诉前调解、行政调解，及标记为实质性化解的行政诉讼协调撤诉）", "basis": "结案日期", "setting": "indicators.resolution_includes_withdrawn_suits", "note": "", "money": false}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "kind": "rate", "unit": "%", "numerator": "其中调解成功的案件", "denominator": "本期办结的诉前调解案件", "basis": "结案日期", "setting": "", "note": "", "money": false}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "kind": "count", "unit": "件", "numerator": "本期执结的涉行政机关执行案件（终结本次执行不计为执结）", "denominator": "", "basis": "结案日期", "setting": "indicators.enforcement_closed_includes_terminated", "note": "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）", "money": false}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "kind": "amount", "unit": "元", "numerator": "本期执结的涉行政机关执行案件的执行到位金额", "denominator": "", "basis": "结案日期", "setting": "", "note": "", "money": true}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "kind": "rate", "unit": "%", "numerator": "执行到位金额", "denominator": "本期执结且登记了申请执行标的的涉行政机关执行案件的标的金额", "basis": "结案日期", "setting": "", "note": "", "money": true}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "kind": "rate", "unit": "%", "numerator": "其中已反馈的司法建议、检察建议（不论是否逾期）", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "kind": "rate", "unit": "%", "numerator": "其中在反馈期限内反馈的司法建议、检察建议", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "kind": "rate", "unit": "%", "numerator": "其中按期完成的事项", "denominator": "完成时限在本期（截至统计日）的双清单事项", "basis": "完成时限", "setting": "", "note": "", "money": false}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "kind": "per_10k", "unit": "件/万人", "numerator": "本期新收的一审民事、行政案件", "denominator": "常住人口（配置项 indicators.population，按万人计）", "basis": "立案日期", "setting": "indicators.population", "note": "", "money": false}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "kind": "count", "unit": "件", "numerator": "统计日已过完成时限而未完成的双清单事项（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "kind": "count", "unit": "件", "numerator": "统计日已过反馈期限而未反馈的司法建议、检察建议（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}}, "notes": ["行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "负责人出庭应诉率计入正职和分管副职负责人出庭", "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "行政复议调解和解率不含撤回申请结案的案件", "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）"], "warnings": ["未配置示范县的常住人口（配置项 indicators.population），不计算万人成讼率"], "indicators": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "unit": "件", "numerator": 1, "denominator": null, "value": 1, "display": "1", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "unit": "%", "numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "unit": "元", "numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "unit": "%", "numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "unit": "件/万人", "numerator": 1, "denominator": null, "value": null, "display": "—", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": null, "display": "—"}}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}}, "double_decline": {"achieved": null, "litigation_filed_down": false, "loss_rate_down": null, "text": "无法判断是否实现“双下降”：本期或去年同期没有审结的一审行政诉讼案件。行政诉讼发案量1件（去年同期0件）。"}, "units": [{"unit": "县自然资源局", "unit_name": "示范县自然资源局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 1, "denominator": null, "value": 1, "display": "1", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 1}, {"unit": "县税务局", "unit_name": "国家税务总局示范县税务局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 2}, {"unit": "东城街道", "unit_name": "示范县东城街道办事处", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 3}, {"unit": "县人社局", "unit_name": "示范县人力资源和社会保障局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 4}, {"unit": "县政府办", "unit_name": "示范县人民政府办公室", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 5}, {"unit": "县住建局", "unit_name": "示范县住房和城乡建设局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 6}, {"unit": "县信访局", "unit_name": "示范县信访局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 7}, {"unit": "县公安局", "unit_name": "示范县公安局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 8}, {"unit": "县发改委", "unit_name": "示范县发展和改革委员会", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 9}, {"unit": "县司法局", "unit_name": "示范县司法局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 10}, {"unit": "城关镇", "unit_name": "示范县城关镇人民政府", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 11}, {"unit": "县城管局", "unit_name": "示范县城市管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 12}, {"unit": "县市场监管局", "unit_name": "示范县市场监督管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 13}, {"unit": "县生态环境分局", "unit_name": "示范县生态环境分局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 14}, {"unit": "县财政局", "unit_name": "示范县财政局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 15}], "attention": {"as_of": "2024-06-30", "losses_total": 0, "losses": [], "overdue_tasks_total": 0, "overdue_tasks": [], "unanswered_suggestions_total": 0, "unanswered_suggestions": []}, "generated_on": "2024-10-15", "trend": [{"period": "2022Q3", "label": "2022年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2022Q4", "label": "2022年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q1", "label": "2023年1季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q2", "label": "2023年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q3", "label": "2023年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q4", "label": "2023年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q1", "label": "2024年1季度", "litigation_filed": 1, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q2", "label": "2024年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 1, "loss_rate": 0.0}]}');


--
-- Data for Name: report_snapshot; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.report_snapshot VALUES (1, 2024, 2, '', '2026-12-01 18:37:22.445997+00', '测试员@postgres', '{"period": {"year": 2024, "quarter": 2, "kind": "quarter", "code": "2024Q2", "label": "2024年第二季度", "start": "2024-04-01", "end": "2024-06-30", "as_of": "2024-06-30", "complete": true}, "compare": {"last_year": {"year": 2023, "quarter": 2, "kind": "quarter", "code": "2023Q2", "label": "2023年第二季度", "start": "2023-04-01", "end": "2023-06-30"}, "previous": {"year": 2024, "quarter": 1, "kind": "quarter", "code": "2024Q1", "label": "2024年第一季度", "start": "2024-01-01", "end": "2024-03-31"}, "text": "同比与2023年第二季度比较，环比与2024年第一季度比较"}, "office": {"name": "示范县府院联动联席会议办公室", "region": "示范县", "meeting_name": "示范县府院联动联席会议"}, "scope": {"unit": null, "region": null}, "settings": {"loss_rate_denominator": "closed", "reconsideration_correction_denominator": "decided", "settlement_includes_withdrawal": false, "head_appearance_principal_only": false, "enforcement_closed_includes_terminated": false, "resolution_includes_withdrawn_suits": true, "population_region": "示范县", "population": null}, "definitions": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "kind": "count", "unit": "件", "numerator": "本期新收的一审行政诉讼案件（被告为本地行政机关或乡镇街道），按案号计", "denominator": "", "basis": "立案日期", "setting": "", "note": "", "money": false}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关败诉的案件（撤销、变更、责令履行、确认违法、确认无效、判决赔偿或补偿）", "denominator": "本期审结的一审行政诉讼案件（被告为本地行政机关或乡镇街道）", "basis": "结案日期", "setting": "indicators.loss_rate_denominator", "note": "行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "money": false}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关负责人（正职或分管副职）出庭应诉的案件", "denominator": "本期开庭审理的行政诉讼案件（书面审理不计）", "basis": "开庭日期", "setting": "indicators.head_appearance_principal_only", "note": "负责人出庭应诉率计入正职和分管副职负责人出庭", "money": false}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "kind": "rate", "unit": "%", "numerator": "其中以撤销、变更、确认违法、责令履行或确认无效决定纠错的案件", "denominator": "本期以复议决定结案的行政复议案件（不含调解、和解、撤回）", "basis": "结案日期", "setting": "indicators.reconsideration_correction_denominator", "note": "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "money": false}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "kind": "rate", "unit": "%", "numerator": "其中以调解或和解结案的案件", "denominator": "本期审结的全部行政复议案件", "basis": "结案日期", "setting": "indicators.settlement_includes_withdrawal", "note": "行政复议调解和解率不含撤回申请结案的案件", "money": false}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "kind": "rate", "unit": "%", "numerator": "其中标记为实质性化解（未再进入诉讼或信访）的案件", "denominator": "本期办结的行政争议（行政复议、诉前调解、行政调解，及标记为实质性化解的行政诉讼协调撤诉）", "basis": "结案日期", "setting": "indicators.resolution_includes_withdrawn_suits", "note": "", "money": false}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "kind": "rate", "unit": "%", "numerator": "其中调解成功的案件", "denominator": "本期办结的诉前调解案件", "basis": "结案日期", "setting": "", "note": "", "money": false}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "kind": "count", "unit": "件", "numerator": "本期执结的涉行政机关执行案件（终结本次执行不计为执结）", "denominator": "", "basis": "结案日期", "setting": "indicators.enforcement_closed_includes_terminated", "note": "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）", "money": false}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "kind": "amount", "unit": "元", "numerator": "本期执结的涉行政机关执行案件的执行到位金额", "denominator": "", "basis": "结案日期", "setting": "", "note": "", "money": true}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "kind": "rate", "unit": "%", "numerator": "执行到位金额", "denominator": "本期执结且登记了申请执行标的的涉行政机关执行案件的标的金额", "basis": "结案日期", "setting": "", "note": "", "money": true}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "kind": "rate", "unit": "%", "numerator": "其中已反馈的司法建议、检察建议（不论是否逾期）", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "kind": "rate", "unit": "%", "numerator": "其中在反馈期限内反馈的司法建议、检察建议", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "kind": "rate", "unit": "%", "numerator": "其中按期完成的事项", "denominator": "完成时限在本期（截至统计日）的双清单事项", "basis": "完成时限", "setting": "", "note": "", "money": false}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "kind": "per_10k", "unit": "件/万人", "numerator": "本期新收的一审民事、行政案件", "denominator": "常住人口（配置项 indicators.population，按万人计）", "basis": "立案日期", "setting": "indicators.population", "note": "", "money": false}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "kind": "count", "unit": "件", "numerator": "统计日已过完成时限而未完成的双清单事项（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "kind": "count", "unit": "件", "numerator": "统计日已过反馈期限而未反馈的司法建议、检察建议（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}}, "notes": ["行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "负责人出庭应诉率计入正职和分管副职负责人出庭", "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "行政复议调解和解率不含撤回申请结案的案件", "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）"], "warnings": ["未配置示范县的常住人口（配置项 indicators.population），不计算万人成讼率", "以下指标的比较基数不足10件，增减幅度仅供参考：行政诉讼发案量（上期1件）"], "indicators": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": -100.0, "qoq_display": "↓ -100.0%（基数小）", "qoq_text": "减少100.0%（基数较小：上期仅1件）", "qoq_small_base": 1, "previous": {"numerator": 1, "denominator": null, "value": 1, "display": "1"}}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "unit": "%", "numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "unit": "元", "numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "unit": "%", "numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "unit": "件/万人", "numerator": 0, "denominator": null, "value": null, "display": "—", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 1, "denominator": null, "value": null, "display": "—"}}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}}, "double_decline": {"achieved": null, "litigation_filed_down": false, "loss_rate_down": null, "text": "无法判断是否实现“双下降”：本期或去年同期没有审结的一审行政诉讼案件。行政诉讼发案量0件（去年同期0件）。"}, "units": [{"unit": "县税务局", "unit_name": "国家税务总局示范县税务局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 1}, {"unit": "东城街道", "unit_name": "示范县东城街道办事处", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 2}, {"unit": "县人社局", "unit_name": "示范县人力资源和社会保障局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 3}, {"unit": "县政府办", "unit_name": "示范县人民政府办公室", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 4}, {"unit": "县住建局", "unit_name": "示范县住房和城乡建设局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 5}, {"unit": "县信访局", "unit_name": "示范县信访局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 6}, {"unit": "县公安局", "unit_name": "示范县公安局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 7}, {"unit": "县发改委", "unit_name": "示范县发展和改革委员会", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 8}, {"unit": "县司法局", "unit_name": "示范县司法局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 9}, {"unit": "城关镇", "unit_name": "示范县城关镇人民政府", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 10}, {"unit": "县城管局", "unit_name": "示范县城市管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 11}, {"unit": "县市场监管局", "unit_name": "示范县市场监督管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 12}, {"unit": "县生态环境分局", "unit_name": "示范县生态环境分局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 13}, {"unit": "县自然资源局", "unit_name": "示范县自然资源局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": -100.0}, "loss_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 14}, {"unit": "县财政局", "unit_name": "示范县财政局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 15}], "attention": {"as_of": "2024-06-30", "losses_total": 0, "losses": [], "overdue_tasks_total": 0, "overdue_tasks": [], "unanswered_suggestions_total": 0, "unanswered_suggestions": []}, "generated_on": "2024-10-15", "trend": [{"period": "2022Q3", "label": "2022年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2022Q4", "label": "2022年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q1", "label": "2023年1季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q2", "label": "2023年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q3", "label": "2023年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q4", "label": "2023年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q1", "label": "2024年1季度", "litigation_filed": 1, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q2", "label": "2024年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 1, "loss_rate": 0.0}]}');


--
-- Data for Name: suggestion; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.suggestion VALUES (1, '司法建议', '示法建〔2024〕3号', '示范县人民法院', 6, '2024-05-06', '2024-07-08', '2个月', false, '2024-06-01', '', true, NULL, '规范征收补偿程序', '2026-12-01 18:37:20.269967+00', '部分采纳');


--
-- Data for Name: suggestion_case; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: task; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task VALUES (1, '议定事项', '建立征收补偿争议会商机制', 6, '', '2024-09-30', '', NULL, false, 1, 1, NULL, '', '', NULL, NULL, '', '2026-12-01 18:37:19.678002+00', '2026-12-01 18:37:19.678002+00');
INSERT INTO public.task VALUES (2, '双清单', '清理行政协议履约情况', 5, '', '2024-08-31', '', NULL, false, NULL, NULL, NULL, '', '', NULL, NULL, '', '2026-12-01 18:37:19.907524+00', '2026-12-01 18:37:19.907524+00');


--
-- Data for Name: task_co_unit; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task_co_unit VALUES (1, 1, 3);


--
-- Data for Name: task_progress; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task_progress VALUES (1, 1, '2024-10-15', '已召开专题会', '', '2026-12-01 18:37:20.078102+00');


--
-- Data for Name: unit; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.unit VALUES (1, '示范县人民政府办公室', '县政府办', '政府部门', '示范县', true, '陈晓燕', '0372-5101001', 'zfb@shifan.example.cn', '', '2026-12-01 18:37:17.876361+00', '2026-12-01 18:37:17.876361+00');
INSERT INTO public.unit VALUES (2, '示范县发展和改革委员会', '县发改委', '政府部门', '示范县', true, '马俊', '0372-5101002', 'fgw@shifan.example.cn', '', '2026-12-01 18:37:17.904369+00', '2026-12-01 18:37:17.904369+00');
INSERT INTO public.unit VALUES (3, '示范县司法局', '县司法局', '政府部门', '示范县', true, '孙丽', '0372-5101003', 'sfj@shifan.example.cn', '联席会议办公室设在县司法局', '2026-12-01 18:37:17.917832+00', '2026-12-01 18:37:17.917832+00');
INSERT INTO public.unit VALUES (4, '示范县财政局', '县财政局', '政府部门', '示范县', true, '郭涛', '0372-5101004', 'czj@shifan.example.cn', '', '2026-12-01 18:37:17.933889+00', '2026-12-01 18:37:17.933889+00');
INSERT INTO public.unit VALUES (5, '示范县人力资源和社会保障局', '县人社局', '政府部门', '示范县', true, '何芳', '0372-5101005', 'rsj@shifan.example.cn', '', '2026-12-01 18:37:17.939881+00', '2026-12-01 18:37:17.939881+00');
INSERT INTO public.unit VALUES (6, '示范县自然资源局', '县自然资源局', '政府部门', '示范县', true, '高远', '0372-5101006', 'zrzyj@shifan.example.cn', '', '2026-12-01 18:37:17.950098+00', '2026-12-01 18:37:17.950098+00');
INSERT INTO public.unit VALUES (7, '示范县住房和城乡建设局', '县住建局', '政府部门', '示范县', true, '罗斌', '0372-5101007', 'zjj@shifan.example.cn', '', '2026-12-01 18:37:17.958923+00', '2026-12-01 18:37:17.958923+00');
INSERT INTO public.unit VALUES (8, '国家税务总局示范县税务局', '县税务局', '政府部门', '示范县', true, '梁红', '0372-5101008', 'swj@shifan.example.cn', '', '2026-12-01 18:37:17.973919+00', '2026-12-01 18:37:17.973919+00');
INSERT INTO public.unit VALUES (9, '示范县市场监督管理局', '县市场监管局', '政府部门', '示范县', true, '宋佳', '0372-5101009', 'scjgj@shifan.example.cn', '', '2026-12-01 18:37:17.978286+00', '2026-12-01 18:37:17.978286+00');
INSERT INTO public.unit VALUES (10, '示范县信访局', '县信访局', '政府部门', '示范县', true, '唐亮', '0372-5101010', 'xfj@shifan.example.cn', '', '2026-12-01 18:37:17.987027+00', '2026-12-01 18:37:17.987027+00');
INSERT INTO public.unit VALUES (11, '示范县公安局', '县公安局', '政府部门', '示范县', true, '韩冰', '0372-5101011', 'gaj@shifan.example.cn', '', '2026-12-01 18:37:17.992908+00', '2026-12-01 18:37:17.992908+00');
INSERT INTO public.unit VALUES (12, '示范县生态环境分局', '县生态环境分局', '政府部门', '示范县', true, '冯雪', '0372-5101012', 'sthj@shifan.example.cn', '', '2026-12-01 18:37:18.01009+00', '2026-12-01 18:37:18.01009+00');
INSERT INTO public.unit VALUES (13, '示范县城市管理局', '县城管局', '政府部门', '示范县', true, '邓凯', '0372-5101013', 'cgj@shifan.example.cn', '', '2026-12-01 18:37:18.022935+00', '2026-12-01 18:37:18.022935+00');
INSERT INTO public.unit VALUES (14, '示范县人民法院', '县法院', '法院', '示范县', true, '许文', '0372-5101014', 'fy@shifan.example.cn', '', '2026-12-01 18:37:18.027792+00', '2026-12-01 18:37:18.027792+00');
INSERT INTO public.unit VALUES (15, '示范县人民检察院', '县检察院', '检察院', '示范县', true, '曹阳', '0372-5101015', 'jcy@shifan.example.cn', '', '2026-12-01 18:37:18.0412+00', '2026-12-01 18:37:18.0412+00');
INSERT INTO public.unit VALUES (16, '示范县城关镇人民政府', '城关镇', '乡镇街道', '示范县', true, '彭程', '0372-5101016', 'cgz@shifan.example.cn', '', '2026-12-01 18:37:18.047162+00', '2026-12-01 18:37:18.047162+00');
INSERT INTO public.unit VALUES (17, '示范县东城街道办事处', '东城街道', '乡镇街道', '示范县', true, '袁媛', '0372-5101017', 'dcjd@shifan.example.cn', '', '2026-12-01 18:37:18.063296+00', '2026-12-01 18:37:18.063296+00');


--
-- Data for Name: writer_lock; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.writer_lock VALUES (1);


--
-- Name: attendance_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.attendance_id_seq', 1, false);


--
-- Name: brief_issue_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.brief_issue_id_seq', 1, true);


--
-- Name: brief_item_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.brief_item_id_seq', 3, true);


--
-- Name: bulletin_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.bulletin_id_seq', 1, true);


--
-- Name: calendar_override_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.calendar_override_id_seq', 1, false);


--
-- Name: case_event_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.case_event_id_seq', 1, true);


--
-- Name: case_link_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.case_link_id_seq', 1, true);


--
-- Name: case_party_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.case_party_id_seq', 3, true);


--
-- Name: cases_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.cases_id_seq', 3, true);


--
-- Name: db_user_unit_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.db_user_unit_id_seq', 1, false);


--
-- Name: delivery_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.delivery_id_seq', 1, false);


--
-- Name: journal_anchor_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.journal_anchor_id_seq', 2, true);


--
-- Name: journal_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.journal_id_seq', 74, true);


--
-- Name: meeting_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.meeting_id_seq', 1, true);


--
-- Name: notice_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.notice_id_seq', 2, true);


--
-- Name: notice_item_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.notice_item_id_seq', 2, true);


--
-- Name: notice_reply_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.notice_reply_id_seq', 1, true);


--
-- Name: office_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.office_id_seq', 1, true);


--
-- Name: party_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.party_id_seq', 3, true);


--
-- Name: person_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.person_id_seq', 22, true);


--
-- Name: report_period_snapshot_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.report_period_snapshot_id_seq', 1, true);


--
-- Name: report_snapshot_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.report_snapshot_id_seq', 1, true);


--
-- Name: suggestion_case_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.suggestion_case_id_seq', 1, false);


--
-- Name: suggestion_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.suggestion_id_seq', 1, true);


--
-- Name: task_co_unit_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.task_co_unit_id_seq', 1, true);


--
-- Name: task_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.task_id_seq', 2, true);


--
-- Name: task_progress_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.task_progress_id_seq', 1, true);


--
-- Name: unit_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.unit_id_seq', 17, true);


--
-- Name: writer_lock_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.writer_lock_id_seq', 1, false);


--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: attendance pk_attendance; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance
    ADD CONSTRAINT pk_attendance PRIMARY KEY (id);


--
-- Name: brief_issue pk_brief_issue; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.brief_issue
    ADD CONSTRAINT pk_brief_issue PRIMARY KEY (id);


--
-- Name: brief_item pk_brief_item; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.brief_item
    ADD CONSTRAINT pk_brief_item PRIMARY KEY (id);


--
-- Name: bulletin pk_bulletin; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bulletin
    ADD CONSTRAINT pk_bulletin PRIMARY KEY (id);


--
-- Name: calendar_override pk_calendar_override; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_override
    ADD CONSTRAINT pk_calendar_override PRIMARY KEY (id);


--
-- Name: case_event pk_case_event; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_event
    ADD CONSTRAINT pk_case_event PRIMARY KEY (id);


--
-- Name: case_link pk_case_link; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_link
    ADD CONSTRAINT pk_case_link PRIMARY KEY (id);


--
-- Name: case_party pk_case_party; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_party
    ADD CONSTRAINT pk_case_party PRIMARY KEY (id);


--
-- Name: cases pk_cases; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cases
    ADD CONSTRAINT pk_cases PRIMARY KEY (id);


--
-- Name: db_user_unit pk_db_user_unit; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.db_user_unit
    ADD CONSTRAINT pk_db_user_unit PRIMARY KEY (id);


--
-- Name: delivery pk_delivery; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.delivery
    ADD CONSTRAINT pk_delivery PRIMARY KEY (id);


--
-- Name: journal pk_journal; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal
    ADD CONSTRAINT pk_journal PRIMARY KEY (id);


--
-- Name: journal_anchor pk_journal_anchor; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal_anchor
    ADD CONSTRAINT pk_journal_anchor PRIMARY KEY (id);


--
-- Name: meeting pk_meeting; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting
    ADD CONSTRAINT pk_meeting PRIMARY KEY (id);


--
-- Name: notice pk_notice; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notice
    ADD CONSTRAINT pk_notice PRIMARY KEY (id);


--
-- Name: notice_item pk_notice_item; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notice_item
    ADD CONSTRAINT pk_notice_item PRIMARY KEY (id);


--
-- Name: notice_reply pk_notice_reply; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notice_reply
    ADD CONSTRAINT pk_notice_reply PRIMARY KEY (id);


--
-- Name: office pk_office; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.office
    ADD CONSTRAINT pk_office PRIMARY KEY (id);


--
-- Name: party pk_party; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.party
    ADD CONSTRAINT pk_party PRIMARY KEY (id);


--
-- Name: person pk_person; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT pk_person PRIMARY KEY (id);


--
-- Name: report_period_snapshot pk_report_period_snapshot; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.report_period_snapshot
    ADD CONSTRAINT pk_report_period_snapshot PRIMARY KEY (id);


--
-- Name: report_snapshot pk_report_snapshot; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.report_snapshot
    ADD CONSTRAINT pk_report_snapshot PRIMARY KEY (id);


--
-- Name: suggestion pk_suggestion; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.suggestion
    ADD CONSTRAINT pk_suggestion PRIMARY KEY (id);


--
-- Name: suggestion_case pk_suggestion_case; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.suggestion_case
    ADD CONSTRAINT pk_suggestion_case PRIMARY KEY (id);


--
-- Name: task pk_task; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task
    ADD CONSTRAINT pk_task PRIMARY KEY (id);


--
-- Name: task_co_unit pk_task_co_unit; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task_co_unit
    ADD CONSTRAINT pk_task_co_unit PRIMARY KEY (id);


--
-- Name: task_progress pk_task_progress; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task_progress
    ADD CONSTRAINT pk_task_progress PRIMARY KEY (id);


--
-- Name: unit pk_unit; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unit
    ADD CONSTRAINT pk_unit PRIMARY KEY (id);


--
-- Name: writer_lock pk_writer_lock; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.writer_lock
    ADD CONSTRAINT pk_writer_lock PRIMARY KEY (id);


--
-- Name: brief_issue uq_brief_issue_kind; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.brief_issue
    ADD CONSTRAINT uq_brief_issue_kind UNIQUE (kind, year, issue_no);


--
-- Name: bulletin uq_bulletin_period_year; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bulletin
    ADD CONSTRAINT uq_bulletin_period_year UNIQUE (period_year, quarter);


--
-- Name: bulletin uq_bulletin_year; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bulletin
    ADD CONSTRAINT uq_bulletin_year UNIQUE (year, number);


--
-- Name: calendar_override uq_calendar_override_day; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_override
    ADD CONSTRAINT uq_calendar_override_day UNIQUE (day);


--
-- Name: case_link uq_case_link_case_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_link
    ADD CONSTRAINT uq_case_link_case_id UNIQUE (case_id, related_id);


--
-- Name: case_party uq_case_party_case_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_party
    ADD CONSTRAINT uq_case_party_case_id UNIQUE (case_id, party_id, role);


--
-- Name: cases uq_cases_case_no; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cases
    ADD CONSTRAINT uq_cases_case_no UNIQUE (case_no);


--
-- Name: db_user_unit uq_db_user_unit_db_user; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.db_user_unit
    ADD CONSTRAINT uq_db_user_unit_db_user UNIQUE (db_user, unit_id);


--
-- Name: meeting uq_meeting_year; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting
    ADD CONSTRAINT uq_meeting_year UNIQUE (year, issue_no);


--
-- Name: notice_item uq_notice_item_notice_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notice_item
    ADD CONSTRAINT uq_notice_item_notice_id UNIQUE (notice_id, task_id, suggestion_id);


--
-- Name: notice uq_notice_year; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notice
    ADD CONSTRAINT uq_notice_year UNIQUE (year, number);


--
-- Name: party uq_party_id_number; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.party
    ADD CONSTRAINT uq_party_id_number UNIQUE (id_number);


--
-- Name: report_period_snapshot uq_report_period_snapshot_period; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.report_period_snapshot
    ADD CONSTRAINT uq_report_period_snapshot_period UNIQUE (period, scope);


--
-- Name: report_snapshot uq_report_snapshot_year; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.report_snapshot
    ADD CONSTRAINT uq_report_snapshot_year UNIQUE (year, quarter, scope);


--
-- Name: suggestion_case uq_suggestion_case_suggestion_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.suggestion_case
    ADD CONSTRAINT uq_suggestion_case_suggestion_id UNIQUE (suggestion_id, case_id);


--
-- Name: suggestion uq_suggestion_doc_no; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.suggestion
    ADD CONSTRAINT uq_suggestion_doc_no UNIQUE (doc_no);


--
-- Name: task_co_unit uq_task_co_unit_task_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task_co_unit
    ADD CONSTRAINT uq_task_co_unit_task_id UNIQUE (task_id, unit_id);


--
-- Name: unit uq_unit_name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unit
    ADD CONSTRAINT uq_unit_name UNIQUE (name);


--
-- Name: unit uq_unit_short_name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unit
    ADD CONSTRAINT uq_unit_short_name UNIQUE (short_name);


--
-- Name: ix_attendance_meeting_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_attendance_meeting_id ON public.attendance USING btree (meeting_id);


--
-- Name: ix_brief_item_issue_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_brief_item_issue_id ON public.brief_item USING btree (issue_id);


--
-- Name: ix_brief_item_unit_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_brief_item_unit_id ON public.brief_item USING btree (unit_id);


--
-- Name: ix_case_category_closed; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_case_category_closed ON public.cases USING btree (category, closed_on);


--
-- Name: ix_case_category_filed; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_case_category_filed ON public.cases USING btree (category, filed_on);


--
-- Name: ix_case_category_heard; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_case_category_heard ON public.cases USING btree (category, heard_on);


--
-- Name: ix_case_event_case_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_case_event_case_id ON public.case_event USING btree (case_id);


--
-- Name: ix_case_link_related_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_case_link_related_id ON public.case_link USING btree (related_id);


--
-- Name: ix_case_party_case_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_case_party_case_id ON public.case_party USING btree (case_id);


--
-- Name: ix_case_party_party_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_case_party_party_id ON public.case_party USING btree (party_id);


--
-- Name: ix_case_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_case_status ON public.cases USING btree (status);


--
-- Name: ix_case_unit_filed; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_case_unit_filed ON public.cases USING btree (unit_id, filed_on);


--
-- Name: ix_cases_field; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_cases_field ON public.cases USING btree (field);


--
-- Name: ix_db_user_unit_db_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_db_user_unit_db_user ON public.db_user_unit USING btree (db_user);


--
-- Name: ix_db_user_unit_unit_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_db_user_unit_unit_id ON public.db_user_unit USING btree (unit_id);


--
-- Name: ix_delivery_notice_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_delivery_notice_id ON public.delivery USING btree (notice_id);


--
-- Name: ix_delivery_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_delivery_status ON public.delivery USING btree (status);


--
-- Name: ix_journal_case_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_journal_case_id ON public.journal USING btree (case_id);


--
-- Name: ix_journal_command_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_journal_command_id ON public.journal USING btree (command_id);


--
-- Name: ix_journal_entity; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_journal_entity ON public.journal USING btree (entity, entity_id);


--
-- Name: ix_notice_item_notice_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_notice_item_notice_id ON public.notice_item USING btree (notice_id);


--
-- Name: ix_notice_item_reply_notice_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_notice_item_reply_notice_id ON public.notice_item USING btree (reply_notice_id);


--
-- Name: ix_notice_item_suggestion_stage; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_notice_item_suggestion_stage ON public.notice_item USING btree (suggestion_id, stage);


--
-- Name: ix_notice_item_task_stage; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_notice_item_task_stage ON public.notice_item USING btree (task_id, stage);


--
-- Name: ix_notice_reply_notice_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_notice_reply_notice_id ON public.notice_reply USING btree (notice_id);


--
-- Name: ix_notice_unit_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_notice_unit_id ON public.notice USING btree (unit_id);


--
-- Name: ix_party_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_party_name ON public.party USING btree (name);


--
-- Name: ix_person_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_person_name ON public.person USING btree (name);


--
-- Name: ix_person_unit_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_person_unit_id ON public.person USING btree (unit_id);


--
-- Name: ix_suggestion_case_case_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_suggestion_case_case_id ON public.suggestion_case USING btree (case_id);


--
-- Name: ix_suggestion_case_suggestion_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_suggestion_case_suggestion_id ON public.suggestion_case USING btree (suggestion_id);


--
-- Name: ix_suggestion_reply_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_suggestion_reply_due ON public.suggestion USING btree (reply_due, replied_on);


--
-- Name: ix_suggestion_unit_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_suggestion_unit_id ON public.suggestion USING btree (unit_id);


--
-- Name: ix_task_co_unit_task_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_task_co_unit_task_id ON public.task_co_unit USING btree (task_id);


--
-- Name: ix_task_co_unit_unit_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_task_co_unit_unit_id ON public.task_co_unit USING btree (unit_id);


--
-- Name: ix_task_due_completed; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_task_due_completed ON public.task USING btree (due_on, completed_on);


--
-- Name: ix_task_meeting_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_task_meeting_id ON public.task USING btree (meeting_id);


--
-- Name: ix_task_open_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_task_open_due ON public.task USING btree (completed_on, due_on);


--
-- Name: ix_task_progress_task_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_task_progress_task_id ON public.task_progress USING btree (task_id);


--
-- Name: ix_task_unit_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_task_unit_due ON public.task USING btree (lead_unit_id, due_on, completed_on);


--
-- Name: ux_delivery_notice_channel_recipient; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX ux_delivery_notice_channel_recipient ON public.delivery USING btree (notice_id, channel, recipient);


--
-- Name: journal_anchor fylink_anchor_check; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER fylink_anchor_check BEFORE INSERT ON public.journal_anchor FOR EACH ROW EXECUTE FUNCTION public.fylink_anchor_check();


--
-- Name: journal fylink_journal_check; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER fylink_journal_check BEFORE INSERT ON public.journal FOR EACH ROW EXECUTE FUNCTION public.fylink_journal_check();


--
-- Name: attendance fk_attendance_meeting_id_meeting; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance
    ADD CONSTRAINT fk_attendance_meeting_id_meeting FOREIGN KEY (meeting_id) REFERENCES public.meeting(id);


--
-- Name: attendance fk_attendance_person_id_person; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance
    ADD CONSTRAINT fk_attendance_person_id_person FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: attendance fk_attendance_unit_id_unit; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance
    ADD CONSTRAINT fk_attendance_unit_id_unit FOREIGN KEY (unit_id) REFERENCES public.unit(id);


--
-- Name: brief_item fk_brief_item_issue_id_brief_issue; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.brief_item
    ADD CONSTRAINT fk_brief_item_issue_id_brief_issue FOREIGN KEY (issue_id) REFERENCES public.brief_issue(id);


--
-- Name: brief_item fk_brief_item_unit_id_unit; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.brief_item
    ADD CONSTRAINT fk_brief_item_unit_id_unit FOREIGN KEY (unit_id) REFERENCES public.unit(id);


--
-- Name: case_event fk_case_event_case_id_cases; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_event
    ADD CONSTRAINT fk_case_event_case_id_cases FOREIGN KEY (case_id) REFERENCES public.cases(id);


--
-- Name: case_link fk_case_link_case_id_cases; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_link
    ADD CONSTRAINT fk_case_link_case_id_cases FOREIGN KEY (case_id) REFERENCES public.cases(id);


--
-- Name: case_link fk_case_link_related_id_cases; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_link
    ADD CONSTRAINT fk_case_link_related_id_cases FOREIGN KEY (related_id) REFERENCES public.cases(id);


--
-- Name: case_party fk_case_party_case_id_cases; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_party
    ADD CONSTRAINT fk_case_party_case_id_cases FOREIGN KEY (case_id) REFERENCES public.cases(id);


--
-- Name: case_party fk_case_party_party_id_party; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_party
    ADD CONSTRAINT fk_case_party_party_id_party FOREIGN KEY (party_id) REFERENCES public.party(id);


--
-- Name: cases fk_cases_unit_id_unit; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cases
    ADD CONSTRAINT fk_cases_unit_id_unit FOREIGN KEY (unit_id) REFERENCES public.unit(id);


--
-- Name: db_user_unit fk_db_user_unit_unit_id_unit; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.db_user_unit
    ADD CONSTRAINT fk_db_user_unit_unit_id_unit FOREIGN KEY (unit_id) REFERENCES public.unit(id);


--
-- Name: delivery fk_delivery_notice_id_notice; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.delivery
    ADD CONSTRAINT fk_delivery_notice_id_notice FOREIGN KEY (notice_id) REFERENCES public.notice(id);


--
-- Name: notice_item fk_notice_item_notice_id_notice; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notice_item
    ADD CONSTRAINT fk_notice_item_notice_id_notice FOREIGN KEY (notice_id) REFERENCES public.notice(id);


--
-- Name: notice_item fk_notice_item_suggestion_id_suggestion; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notice_item
    ADD CONSTRAINT fk_notice_item_suggestion_id_suggestion FOREIGN KEY (suggestion_id) REFERENCES public.suggestion(id);


--
-- Name: notice_item fk_notice_item_task_id_task; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notice_item
    ADD CONSTRAINT fk_notice_item_task_id_task FOREIGN KEY (task_id) REFERENCES public.task(id);


--
-- Name: notice_reply fk_notice_reply_notice_id_notice; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notice_reply
    ADD CONSTRAINT fk_notice_reply_notice_id_notice FOREIGN KEY (notice_id) REFERENCES public.notice(id);


--
-- Name: notice fk_notice_unit_id_unit; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notice
    ADD CONSTRAINT fk_notice_unit_id_unit FOREIGN KEY (unit_id) REFERENCES public.unit(id);


--
-- Name: person fk_person_unit_id_unit; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT fk_person_unit_id_unit FOREIGN KEY (unit_id) REFERENCES public.unit(id);


--
-- Name: suggestion_case fk_suggestion_case_case_id_cases; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.suggestion_case
    ADD CONSTRAINT fk_suggestion_case_case_id_cases FOREIGN KEY (case_id) REFERENCES public.cases(id);


--
-- Name: suggestion_case fk_suggestion_case_suggestion_id_suggestion; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.suggestion_case
    ADD CONSTRAINT fk_suggestion_case_suggestion_id_suggestion FOREIGN KEY (suggestion_id) REFERENCES public.suggestion(id);


--
-- Name: suggestion fk_suggestion_unit_id_unit; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.suggestion
    ADD CONSTRAINT fk_suggestion_unit_id_unit FOREIGN KEY (unit_id) REFERENCES public.unit(id);


--
-- Name: task_co_unit fk_task_co_unit_task_id_task; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task_co_unit
    ADD CONSTRAINT fk_task_co_unit_task_id_task FOREIGN KEY (task_id) REFERENCES public.task(id);


--
-- Name: task_co_unit fk_task_co_unit_unit_id_unit; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task_co_unit
    ADD CONSTRAINT fk_task_co_unit_unit_id_unit FOREIGN KEY (unit_id) REFERENCES public.unit(id);


--
-- Name: task fk_task_lead_unit_id_unit; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task
    ADD CONSTRAINT fk_task_lead_unit_id_unit FOREIGN KEY (lead_unit_id) REFERENCES public.unit(id);


--
-- Name: task fk_task_meeting_id_meeting; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task
    ADD CONSTRAINT fk_task_meeting_id_meeting FOREIGN KEY (meeting_id) REFERENCES public.meeting(id);


--
-- Name: task_progress fk_task_progress_task_id_task; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task_progress
    ADD CONSTRAINT fk_task_progress_task_id_task FOREIGN KEY (task_id) REFERENCES public.task(id);


--
-- Name: task fk_task_suggestion_id_suggestion; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task
    ADD CONSTRAINT fk_task_suggestion_id_suggestion FOREIGN KEY (suggestion_id) REFERENCES public.suggestion(id);


--
-- PostgreSQL database dump complete
--


