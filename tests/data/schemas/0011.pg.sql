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
-- Name: bankruptcy; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.bankruptcy (
    id integer NOT NULL,
    case_id integer NOT NULL,
    procedure character varying(4) NOT NULL,
    stage character varying(10) NOT NULL,
    administrator character varying(100) NOT NULL,
    employee_claims_fen bigint,
    unpaid_workers integer,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: bankruptcy_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.bankruptcy_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: bankruptcy_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.bankruptcy_id_seq OWNED BY public.bankruptcy.id;


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
-- Name: judgment_performance; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.judgment_performance (
    id integer NOT NULL,
    case_id integer NOT NULL,
    status character varying(4) NOT NULL,
    marked_on date NOT NULL,
    note text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: judgment_performance_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.judgment_performance_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: judgment_performance_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.judgment_performance_id_seq OWNED BY public.judgment_performance.id;


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
-- Name: party_alias; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.party_alias (
    id integer NOT NULL,
    party_id integer NOT NULL,
    name character varying(100) NOT NULL,
    kind character varying(4) NOT NULL,
    changed_on date,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: party_alias_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.party_alias_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: party_alias_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.party_alias_id_seq OWNED BY public.party_alias.id;


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
-- Name: party_merge; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.party_merge (
    id integer NOT NULL,
    party_id integer NOT NULL,
    into_id integer NOT NULL,
    merged_on date NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: party_merge_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.party_merge_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: party_merge_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.party_merge_id_seq OWNED BY public.party_merge.id;


--
-- Name: party_watch; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.party_watch (
    id integer NOT NULL,
    party_id integer NOT NULL,
    level character varying(2) NOT NULL,
    reason text NOT NULL,
    leader character varying(50) NOT NULL,
    task_force character varying(100) NOT NULL,
    since date NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: party_watch_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.party_watch_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: party_watch_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.party_watch_id_seq OWNED BY public.party_watch.id;


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
-- Name: project; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.project (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    kind character varying(10) NOT NULL,
    unit_id integer,
    leader character varying(50) NOT NULL,
    households integer,
    people integer,
    note text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: project_case; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.project_case (
    id integer NOT NULL,
    project_id integer NOT NULL,
    case_id integer NOT NULL
);


--
-- Name: project_case_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.project_case_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: project_case_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.project_case_id_seq OWNED BY public.project_case.id;


--
-- Name: project_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.project_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: project_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.project_id_seq OWNED BY public.project.id;


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
-- Name: suggestion_party; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.suggestion_party (
    id integer NOT NULL,
    suggestion_id integer NOT NULL,
    party_id integer NOT NULL
);


--
-- Name: suggestion_party_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.suggestion_party_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: suggestion_party_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.suggestion_party_id_seq OWNED BY public.suggestion_party.id;


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
-- Name: task_subject; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.task_subject (
    id integer NOT NULL,
    task_id integer NOT NULL,
    case_id integer,
    party_id integer,
    project_id integer
);


--
-- Name: task_subject_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.task_subject_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: task_subject_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.task_subject_id_seq OWNED BY public.task_subject.id;


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
-- Name: bankruptcy id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bankruptcy ALTER COLUMN id SET DEFAULT nextval('public.bankruptcy_id_seq'::regclass);


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
-- Name: judgment_performance id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.judgment_performance ALTER COLUMN id SET DEFAULT nextval('public.judgment_performance_id_seq'::regclass);


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
-- Name: party_alias id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.party_alias ALTER COLUMN id SET DEFAULT nextval('public.party_alias_id_seq'::regclass);


--
-- Name: party_merge id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.party_merge ALTER COLUMN id SET DEFAULT nextval('public.party_merge_id_seq'::regclass);


--
-- Name: party_watch id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.party_watch ALTER COLUMN id SET DEFAULT nextval('public.party_watch_id_seq'::regclass);


--
-- Name: person id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person ALTER COLUMN id SET DEFAULT nextval('public.person_id_seq'::regclass);


--
-- Name: project id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.project ALTER COLUMN id SET DEFAULT nextval('public.project_id_seq'::regclass);


--
-- Name: project_case id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.project_case ALTER COLUMN id SET DEFAULT nextval('public.project_case_id_seq'::regclass);


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
-- Name: suggestion_party id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.suggestion_party ALTER COLUMN id SET DEFAULT nextval('public.suggestion_party_id_seq'::regclass);


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
-- Name: task_subject id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task_subject ALTER COLUMN id SET DEFAULT nextval('public.task_subject_id_seq'::regclass);


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

INSERT INTO public.alembic_version VALUES ('0011');


--
-- Data for Name: attendance; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: bankruptcy; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.bankruptcy VALUES (1, 4, '重整', '受理', '', NULL, NULL, '2026-12-01 18:57:44.354345+00', '2026-12-01 18:57:44.354345+00');


--
-- Data for Name: bulletin; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.bulletin VALUES (1, 2024, 1, 2024, 3, '2024-10-15', '', '{"start": "2024-07-01", "end": "2024-09-30", "black": [{"unit_id": 5, "unit": "县人社局", "open_late": 1, "done_late": 0, "suggestions_late": 0, "replies_missing": 0, "replies_late": 0, "text": "逾期未办结事项1项"}], "red": [{"unit_id": 6, "unit": "县自然资源局", "due": 1}]}', '2026-12-01 18:57:39.426445+00');


--
-- Data for Name: calendar_override; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: case_event; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_event VALUES (1, 1, '开庭', '2024-05-20', '', '2026-12-01 18:57:30.538741+00');


--
-- Data for Name: case_link; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_link VALUES (1, 3, 1, '2026-12-01 18:57:35.050079+00');


--
-- Data for Name: case_party; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_party VALUES (1, 1, 1, '原告');
INSERT INTO public.case_party VALUES (2, 1, 2, '原告');
INSERT INTO public.case_party VALUES (3, 2, 3, '申请人');
INSERT INTO public.case_party VALUES (4, 4, 2, '债务人');


--
-- Data for Name: cases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cases VALUES (1, '行政诉讼', '（2024）豫0591行初15号', '案号', 2024, '豫0591', '基层', '行初', '行政一审案件', '行政', '一审', '土地征收', 6, '', '2024-03-15', '2024-03-15', '2024-05-20', '2024-06-28', '已结', '驳回诉讼请求', false, false, true, false, false, true, NULL, NULL, NULL, NULL, NULL, NULL, '', '不服征收补偿决定', '2026-12-01 18:57:29.082129+00', '2026-12-01 18:57:31.042713+00');
INSERT INTO public.cases VALUES (2, '行政复议', '示政复〔2024〕12号', '自编号', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', 5, '', '2024-04-02', '2024-04-02', NULL, '2024-06-01', '已结', '撤销', false, true, true, false, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', '', '2026-12-01 18:57:29.966773+00', '2026-12-01 18:57:31.518678+00');
INSERT INTO public.cases VALUES (3, '行政诉讼', '（2024）豫05行终8号', '案号', 2024, '豫05', '中级', '行终', '行政二审案件', '行政', '二审', '', 6, '', '2024-08-01', '2024-08-01', NULL, NULL, '在办', NULL, false, false, false, false, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', '', '2026-12-01 18:57:34.958018+00', '2026-12-01 18:57:34.958018+00');
INSERT INTO public.cases VALUES (4, '破产', '（2024）豫0591破2号', '案号', 2024, '豫0591', '基层', '破', '破产清算案件/破产重整案件/破产和解案件', '破产', '其他', '', 5, '', '2024-07-01', '2024-07-01', NULL, NULL, '在办', NULL, false, false, false, false, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', '', '2026-12-01 18:57:43.850418+00', '2026-12-01 18:57:43.850418+00');


--
-- Data for Name: db_user_unit; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: delivery; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: journal; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.journal VALUES (1, '2026-12-01 18:57:25.299766+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'office', 1, NULL, 'null', '{"name": "示范县府院联动联席会议办公室", "region": "示范县", "meeting_name": "示范县府院联动联席会议", "created_at": "2026-12-01T18:57:25.238484+00:00", "id": 1}', '0000000000000000000000000000000000000000000000000000000000000000', '4df5c9564b5d89430bcacc781df0952df461e469dcc5bc6034bfdcb86bf6d7cc', 1);
INSERT INTO public.journal VALUES (2, '2026-12-01 18:57:25.387608+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'unit', 1, NULL, 'null', '{"name": "示范县人民政府办公室", "short_name": "县政府办", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "陈晓燕", "liaison_phone": "0372-5101001", "liaison_email": "zfb@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:57:25.371863+00:00", "updated_at": "2026-12-01T18:57:25.371863+00:00", "id": 1}', '4df5c9564b5d89430bcacc781df0952df461e469dcc5bc6034bfdcb86bf6d7cc', 'af2736d5d2f22b05877d5b119c9ed6d68513730714888c9877c8dfc594b601f2', 1);
INSERT INTO public.journal VALUES (3, '2026-12-01 18:57:25.458932+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'unit', 2, NULL, 'null', '{"name": "示范县发展和改革委员会", "short_name": "县发改委", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "马俊", "liaison_phone": "0372-5101002", "liaison_email": "fgw@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:57:25.441438+00:00", "updated_at": "2026-12-01T18:57:25.441438+00:00", "id": 2}', 'af2736d5d2f22b05877d5b119c9ed6d68513730714888c9877c8dfc594b601f2', '53ab5846da97224c34e1f3e2561a9c2f8809a1da5aff52aaa26f05a616a2bf50', 1);
INSERT INTO public.journal VALUES (4, '2026-12-01 18:57:25.511819+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'unit', 3, NULL, 'null', '{"name": "示范县司法局", "short_name": "县司法局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "孙丽", "liaison_phone": "0372-5101003", "liaison_email": "sfj@shifan.example.cn", "note": "联席会议办公室设在县司法局", "created_at": "2026-12-01T18:57:25.506564+00:00", "updated_at": "2026-12-01T18:57:25.506564+00:00", "id": 3}', '53ab5846da97224c34e1f3e2561a9c2f8809a1da5aff52aaa26f05a616a2bf50', '287c70c6cfc081c00113964568e17650430e3bee4bc4b3c641b22bc0bae5b7ef', 1);
INSERT INTO public.journal VALUES (5, '2026-12-01 18:57:25.587069+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'unit', 4, NULL, 'null', '{"name": "示范县财政局", "short_name": "县财政局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "郭涛", "liaison_phone": "0372-5101004", "liaison_email": "czj@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:57:25.570495+00:00", "updated_at": "2026-12-01T18:57:25.570495+00:00", "id": 4}', '287c70c6cfc081c00113964568e17650430e3bee4bc4b3c641b22bc0bae5b7ef', 'b0e26ad3294590008502ab2c4d2657ca931da532f7c1a07f7cf3e46cd055c1a3', 1);
INSERT INTO public.journal VALUES (6, '2026-12-01 18:57:25.650597+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'unit', 5, NULL, 'null', '{"name": "示范县人力资源和社会保障局", "short_name": "县人社局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "何芳", "liaison_phone": "0372-5101005", "liaison_email": "rsj@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:57:25.646498+00:00", "updated_at": "2026-12-01T18:57:25.646498+00:00", "id": 5}', 'b0e26ad3294590008502ab2c4d2657ca931da532f7c1a07f7cf3e46cd055c1a3', 'd7d620925656e7ca43ec6964ecddd14d966022b5cc190dafa0fac41454843a43', 1);
INSERT INTO public.journal VALUES (7, '2026-12-01 18:57:25.754256+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'unit', 6, NULL, 'null', '{"name": "示范县自然资源局", "short_name": "县自然资源局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "高远", "liaison_phone": "0372-5101006", "liaison_email": "zrzyj@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:57:25.698741+00:00", "updated_at": "2026-12-01T18:57:25.698741+00:00", "id": 6}', 'd7d620925656e7ca43ec6964ecddd14d966022b5cc190dafa0fac41454843a43', '567ad771279d78e92734fdc899e3e68320592ccc2d39814c5e256877f8c18de0', 1);
INSERT INTO public.journal VALUES (8, '2026-12-01 18:57:25.834142+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'unit', 7, NULL, 'null', '{"name": "示范县住房和城乡建设局", "short_name": "县住建局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "罗斌", "liaison_phone": "0372-5101007", "liaison_email": "zjj@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:57:25.798384+00:00", "updated_at": "2026-12-01T18:57:25.798384+00:00", "id": 7}', '567ad771279d78e92734fdc899e3e68320592ccc2d39814c5e256877f8c18de0', 'db6162fb45faff791736f78db8579e82b81f609a6fdf9e9444ae354557e45f31', 1);
INSERT INTO public.journal VALUES (9, '2026-12-01 18:57:25.886109+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'unit', 8, NULL, 'null', '{"name": "国家税务总局示范县税务局", "short_name": "县税务局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "梁红", "liaison_phone": "0372-5101008", "liaison_email": "swj@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:57:25.866399+00:00", "updated_at": "2026-12-01T18:57:25.866399+00:00", "id": 8}', 'db6162fb45faff791736f78db8579e82b81f609a6fdf9e9444ae354557e45f31', 'c20aa3fa049877c38953394787f69f7adae2160a870e8a062bd2eb3372ce822b', 1);
INSERT INTO public.journal VALUES (10, '2026-12-01 18:57:25.970086+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'unit', 9, NULL, 'null', '{"name": "示范县市场监督管理局", "short_name": "县市场监管局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "宋佳", "liaison_phone": "0372-5101009", "liaison_email": "scjgj@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:57:25.958157+00:00", "updated_at": "2026-12-01T18:57:25.958157+00:00", "id": 9}', 'c20aa3fa049877c38953394787f69f7adae2160a870e8a062bd2eb3372ce822b', '8a01924710634960d839967bed99e8ac22a987426ba275c08967c524f63e4e31', 1);
INSERT INTO public.journal VALUES (11, '2026-12-01 18:57:26.018904+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'unit', 10, NULL, 'null', '{"name": "示范县信访局", "short_name": "县信访局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "唐亮", "liaison_phone": "0372-5101010", "liaison_email": "xfj@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:57:26.001949+00:00", "updated_at": "2026-12-01T18:57:26.001949+00:00", "id": 10}', '8a01924710634960d839967bed99e8ac22a987426ba275c08967c524f63e4e31', '9fc53a065a815e421607861f033f30b9e930763d89b46ea524dbf9e28fc7fd5e', 1);
INSERT INTO public.journal VALUES (12, '2026-12-01 18:57:26.058052+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'unit', 11, NULL, 'null', '{"name": "示范县公安局", "short_name": "县公安局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "韩冰", "liaison_phone": "0372-5101011", "liaison_email": "gaj@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:57:26.054562+00:00", "updated_at": "2026-12-01T18:57:26.054562+00:00", "id": 11}', '9fc53a065a815e421607861f033f30b9e930763d89b46ea524dbf9e28fc7fd5e', 'f1f3ef56a24caa151d1e956d9a109d1d47a7e0fc89a9bc4d8fbcfd50dd5aa74f', 1);
INSERT INTO public.journal VALUES (13, '2026-12-01 18:57:26.10792+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'unit', 12, NULL, 'null', '{"name": "示范县生态环境分局", "short_name": "县生态环境分局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "冯雪", "liaison_phone": "0372-5101012", "liaison_email": "sthj@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:57:26.067258+00:00", "updated_at": "2026-12-01T18:57:26.067258+00:00", "id": 12}', 'f1f3ef56a24caa151d1e956d9a109d1d47a7e0fc89a9bc4d8fbcfd50dd5aa74f', 'd1f5952030f450c5d406380ca7374ba5f720782586d92322835116abf8bd5433', 1);
INSERT INTO public.journal VALUES (14, '2026-12-01 18:57:26.146461+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'unit', 13, NULL, 'null', '{"name": "示范县城市管理局", "short_name": "县城管局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "邓凯", "liaison_phone": "0372-5101013", "liaison_email": "cgj@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:57:26.126086+00:00", "updated_at": "2026-12-01T18:57:26.126086+00:00", "id": 13}', 'd1f5952030f450c5d406380ca7374ba5f720782586d92322835116abf8bd5433', '534e004f2bfea96d701a62b0abe8dc62e93fe2e80e968f958c9f6bca31361e00', 1);
INSERT INTO public.journal VALUES (15, '2026-12-01 18:57:26.216755+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'unit', 14, NULL, 'null', '{"name": "示范县人民法院", "short_name": "县法院", "kind": "法院", "region": "示范县", "is_member": true, "liaison_name": "许文", "liaison_phone": "0372-5101014", "liaison_email": "fy@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:57:26.186115+00:00", "updated_at": "2026-12-01T18:57:26.186115+00:00", "id": 14}', '534e004f2bfea96d701a62b0abe8dc62e93fe2e80e968f958c9f6bca31361e00', '736aafba6b8c605cf99be31972f0b4945d5623569ad42dd4e24f2ec58f978f17', 1);
INSERT INTO public.journal VALUES (16, '2026-12-01 18:57:26.276606+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'unit', 15, NULL, 'null', '{"name": "示范县人民检察院", "short_name": "县检察院", "kind": "检察院", "region": "示范县", "is_member": true, "liaison_name": "曹阳", "liaison_phone": "0372-5101015", "liaison_email": "jcy@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:57:26.242957+00:00", "updated_at": "2026-12-01T18:57:26.242957+00:00", "id": 15}', '736aafba6b8c605cf99be31972f0b4945d5623569ad42dd4e24f2ec58f978f17', '8ba6435edfe8c0045733d0e8281519d7255b00008f923652cc81a6aa8d6ca051', 1);
INSERT INTO public.journal VALUES (17, '2026-12-01 18:57:26.330305+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'unit', 16, NULL, 'null', '{"name": "示范县城关镇人民政府", "short_name": "城关镇", "kind": "乡镇街道", "region": "示范县", "is_member": true, "liaison_name": "彭程", "liaison_phone": "0372-5101016", "liaison_email": "cgz@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:57:26.307597+00:00", "updated_at": "2026-12-01T18:57:26.307597+00:00", "id": 16}', '8ba6435edfe8c0045733d0e8281519d7255b00008f923652cc81a6aa8d6ca051', 'b38bc8754da7e7e3ec8a9fcbfc894369e49a1acb5ffb7c5a263f8362a0655c1f', 1);
INSERT INTO public.journal VALUES (18, '2026-12-01 18:57:26.370339+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'unit', 17, NULL, 'null', '{"name": "示范县东城街道办事处", "short_name": "东城街道", "kind": "乡镇街道", "region": "示范县", "is_member": true, "liaison_name": "袁媛", "liaison_phone": "0372-5101017", "liaison_email": "dcjd@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:57:26.357923+00:00", "updated_at": "2026-12-01T18:57:26.357923+00:00", "id": 17}', 'b38bc8754da7e7e3ec8a9fcbfc894369e49a1acb5ffb7c5a263f8362a0655c1f', '01025549bd90412b00f32150f1e3b2ed681db8db54d23027e7a256e3272852bf', 1);
INSERT INTO public.journal VALUES (19, '2026-12-01 18:57:26.446153+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'person', 1, NULL, 'null', '{"name": "王建国", "title": "县长", "unit_id": null, "role": "召集人", "phone": "", "email": "", "created_at": "2026-12-01T18:57:26.422754+00:00", "id": 1}', '01025549bd90412b00f32150f1e3b2ed681db8db54d23027e7a256e3272852bf', 'ca24ab946d4391451f70b6ff5956ae32078c42ab3852e8a43f304f765be41e0c', 1);
INSERT INTO public.journal VALUES (20, '2026-12-01 18:57:26.506301+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'person', 2, NULL, 'null', '{"name": "刘清华", "title": "常务副县长", "unit_id": null, "role": "副召集人", "phone": "", "email": "", "created_at": "2026-12-01T18:57:26.489881+00:00", "id": 2}', 'ca24ab946d4391451f70b6ff5956ae32078c42ab3852e8a43f304f765be41e0c', '699117bd188fcfb28d921293e70cff1e9bcc01f5d8a55dacdb9c806323fef7b4', 1);
INSERT INTO public.journal VALUES (21, '2026-12-01 18:57:26.566096+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'person', 3, NULL, 'null', '{"name": "赵立新", "title": "县人民法院院长", "unit_id": null, "role": "副召集人", "phone": "", "email": "", "created_at": "2026-12-01T18:57:26.553927+00:00", "id": 3}', '699117bd188fcfb28d921293e70cff1e9bcc01f5d8a55dacdb9c806323fef7b4', '5b7582a2aaa161c2bff65b05cc372611c27d02dad6ceb7f89af28e88510b7225', 1);
INSERT INTO public.journal VALUES (22, '2026-12-01 18:57:26.693041+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'person', 4, NULL, 'null', '{"name": "陈晓燕", "title": "副主任", "unit_id": 1, "role": "联络员", "phone": "0372-5101001", "email": "zfb@shifan.example.cn", "created_at": "2026-12-01T18:57:26.686173+00:00", "id": 4}', '5b7582a2aaa161c2bff65b05cc372611c27d02dad6ceb7f89af28e88510b7225', 'bb77556d3256a07facf8e008e187a2976301cffe6a13c56dca2c25bd7edc52f1', 1);
INSERT INTO public.journal VALUES (23, '2026-12-01 18:57:26.826762+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'person', 5, NULL, 'null', '{"name": "马俊", "title": "科长", "unit_id": 2, "role": "联络员", "phone": "0372-5101002", "email": "fgw@shifan.example.cn", "created_at": "2026-12-01T18:57:26.795523+00:00", "id": 5}', 'bb77556d3256a07facf8e008e187a2976301cffe6a13c56dca2c25bd7edc52f1', 'c958b013a6e4cbdd573030d902f2b78c4c74d5c487f093d06a92959bcc53c11f', 1);
INSERT INTO public.journal VALUES (24, '2026-12-01 18:57:26.919698+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'person', 6, NULL, 'null', '{"name": "孙丽", "title": "行政复议股股长", "unit_id": 3, "role": "联络员", "phone": "0372-5101003", "email": "sfj@shifan.example.cn", "created_at": "2026-12-01T18:57:26.886437+00:00", "id": 6}', 'c958b013a6e4cbdd573030d902f2b78c4c74d5c487f093d06a92959bcc53c11f', '7841bdc990215afc5494c4d4510434e6200df22079bd797d8d8b5275b1a8b3b3', 1);
INSERT INTO public.journal VALUES (25, '2026-12-01 18:57:27.006903+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'person', 7, NULL, 'null', '{"name": "周明", "title": "局长", "unit_id": 3, "role": "成员", "phone": "", "email": "", "created_at": "2026-12-01T18:57:26.996202+00:00", "id": 7}', '7841bdc990215afc5494c4d4510434e6200df22079bd797d8d8b5275b1a8b3b3', '50929a3fe825ae07a8b6091e87c460b917ec0efb3a17dd4b5ef8dededdd35ad6', 1);
INSERT INTO public.journal VALUES (26, '2026-12-01 18:57:27.04773+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'person', 8, NULL, 'null', '{"name": "林静", "title": "办公室工作人员", "unit_id": 3, "role": "办公室", "phone": "", "email": "", "created_at": "2026-12-01T18:57:27.035293+00:00", "id": 8}', '50929a3fe825ae07a8b6091e87c460b917ec0efb3a17dd4b5ef8dededdd35ad6', 'c52ca8c2bb7513c00a4edafdc2c59ade2e52ccb810dc6a83eb6ca7deae85d38a', 1);
INSERT INTO public.journal VALUES (27, '2026-12-01 18:57:27.166838+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'person', 9, NULL, 'null', '{"name": "郭涛", "title": "法规股股长", "unit_id": 4, "role": "联络员", "phone": "0372-5101004", "email": "czj@shifan.example.cn", "created_at": "2026-12-01T18:57:27.142204+00:00", "id": 9}', 'c52ca8c2bb7513c00a4edafdc2c59ade2e52ccb810dc6a83eb6ca7deae85d38a', '6e4d5dc7bf61da7afc177a4902157ee8fcad1b8b84228c41c7c7374aa1b53a9d', 1);
INSERT INTO public.journal VALUES (28, '2026-12-01 18:57:27.233981+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'person', 10, NULL, 'null', '{"name": "何芳", "title": "法规股股长", "unit_id": 5, "role": "联络员", "phone": "0372-5101005", "email": "rsj@shifan.example.cn", "created_at": "2026-12-01T18:57:27.206798+00:00", "id": 10}', '6e4d5dc7bf61da7afc177a4902157ee8fcad1b8b84228c41c7c7374aa1b53a9d', '40bc9a22ee0e62fec0e14c71710191b8d05660830cae51047dc68f58c614a1ef', 1);
INSERT INTO public.journal VALUES (29, '2026-12-01 18:57:27.32231+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'person', 11, NULL, 'null', '{"name": "高远", "title": "法规股股长", "unit_id": 6, "role": "联络员", "phone": "0372-5101006", "email": "zrzyj@shifan.example.cn", "created_at": "2026-12-01T18:57:27.302159+00:00", "id": 11}', '40bc9a22ee0e62fec0e14c71710191b8d05660830cae51047dc68f58c614a1ef', '7e9a4201b06e59cdb846e421def4cac52f07fcef20df52a3327637433e0eb1c3', 1);
INSERT INTO public.journal VALUES (30, '2026-12-01 18:57:27.402206+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'person', 12, NULL, 'null', '{"name": "罗斌", "title": "法规股股长", "unit_id": 7, "role": "联络员", "phone": "0372-5101007", "email": "zjj@shifan.example.cn", "created_at": "2026-12-01T18:57:27.394800+00:00", "id": 12}', '7e9a4201b06e59cdb846e421def4cac52f07fcef20df52a3327637433e0eb1c3', '8004bdb66401877cba0c7a4fa859890f60480359779a775804c12b502060dd04', 1);
INSERT INTO public.journal VALUES (31, '2026-12-01 18:57:27.496757+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'person', 13, NULL, 'null', '{"name": "梁红", "title": "法制股股长", "unit_id": 8, "role": "联络员", "phone": "0372-5101008", "email": "swj@shifan.example.cn", "created_at": "2026-12-01T18:57:27.494655+00:00", "id": 13}', '8004bdb66401877cba0c7a4fa859890f60480359779a775804c12b502060dd04', 'afedd017254615a1187578b9da5bfa79758f5b4039fb922470dd6ca8654e36d6', 1);
INSERT INTO public.journal VALUES (32, '2026-12-01 18:57:27.582439+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'person', 14, NULL, 'null', '{"name": "宋佳", "title": "法规股股长", "unit_id": 9, "role": "联络员", "phone": "0372-5101009", "email": "scjgj@shifan.example.cn", "created_at": "2026-12-01T18:57:27.566198+00:00", "id": 14}', 'afedd017254615a1187578b9da5bfa79758f5b4039fb922470dd6ca8654e36d6', '8c2308e7760c73af92fdfa663ccb2fb5dab89b49bd152c92684441df93625206', 1);
INSERT INTO public.journal VALUES (33, '2026-12-01 18:57:27.635097+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'person', 15, NULL, 'null', '{"name": "唐亮", "title": "副局长", "unit_id": 10, "role": "联络员", "phone": "0372-5101010", "email": "xfj@shifan.example.cn", "created_at": "2026-12-01T18:57:27.624912+00:00", "id": 15}', '8c2308e7760c73af92fdfa663ccb2fb5dab89b49bd152c92684441df93625206', '95fa2842e0485281016271b1ca0f93a7ad4febfdca63d7d6fac7fe91f7105606', 1);
INSERT INTO public.journal VALUES (34, '2026-12-01 18:57:27.678627+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'person', 16, NULL, 'null', '{"name": "韩冰", "title": "法制大队大队长", "unit_id": 11, "role": "联络员", "phone": "0372-5101011", "email": "gaj@shifan.example.cn", "created_at": "2026-12-01T18:57:27.666970+00:00", "id": 16}', '95fa2842e0485281016271b1ca0f93a7ad4febfdca63d7d6fac7fe91f7105606', '8996e4335551f823087890191090430388b70233f1e2fc6ec059c9ff6753a83f', 1);
INSERT INTO public.journal VALUES (35, '2026-12-01 18:57:27.710159+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'person', 17, NULL, 'null', '{"name": "冯雪", "title": "法规股股长", "unit_id": 12, "role": "联络员", "phone": "0372-5101012", "email": "sthj@shifan.example.cn", "created_at": "2026-12-01T18:57:27.706039+00:00", "id": 17}', '8996e4335551f823087890191090430388b70233f1e2fc6ec059c9ff6753a83f', '1141b05c5d336356d55161ee5705278719c509461b26c306de402731cf84c5ac', 1);
INSERT INTO public.journal VALUES (36, '2026-12-01 18:57:27.81026+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'person', 18, NULL, 'null', '{"name": "邓凯", "title": "法规股股长", "unit_id": 13, "role": "联络员", "phone": "0372-5101013", "email": "cgj@shifan.example.cn", "created_at": "2026-12-01T18:57:27.802476+00:00", "id": 18}', '1141b05c5d336356d55161ee5705278719c509461b26c306de402731cf84c5ac', '2c509f5df4bec62ff2ec8a73ea5a753bd1853e5446414a70eb17e88d3ca80838', 1);
INSERT INTO public.journal VALUES (37, '2026-12-01 18:57:27.887625+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'person', 19, NULL, 'null', '{"name": "许文", "title": "行政审判庭庭长", "unit_id": 14, "role": "联络员", "phone": "0372-5101014", "email": "fy@shifan.example.cn", "created_at": "2026-12-01T18:57:27.880476+00:00", "id": 19}', '2c509f5df4bec62ff2ec8a73ea5a753bd1853e5446414a70eb17e88d3ca80838', '61a566aa2c0386e8ad6e0fa723e67379af48c6256c3ffd582052173038362cae', 1);
INSERT INTO public.journal VALUES (38, '2026-12-01 18:57:27.954445+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'person', 20, NULL, 'null', '{"name": "曹阳", "title": "行政检察部主任", "unit_id": 15, "role": "联络员", "phone": "0372-5101015", "email": "jcy@shifan.example.cn", "created_at": "2026-12-01T18:57:27.949991+00:00", "id": 20}', '61a566aa2c0386e8ad6e0fa723e67379af48c6256c3ffd582052173038362cae', '6699cf8956a04af598cfd26bac3cb2f0ab5ec830ead5f06214f099aa7abc2097', 1);
INSERT INTO public.journal VALUES (39, '2026-12-01 18:57:28.046255+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'person', 21, NULL, 'null', '{"name": "彭程", "title": "司法所所长", "unit_id": 16, "role": "联络员", "phone": "0372-5101016", "email": "cgz@shifan.example.cn", "created_at": "2026-12-01T18:57:28.006322+00:00", "id": 21}', '6699cf8956a04af598cfd26bac3cb2f0ab5ec830ead5f06214f099aa7abc2097', '65ac800aa1af4b831bee7493c2a045d05176291f4b0099ff17196c7b57622402', 1);
INSERT INTO public.journal VALUES (40, '2026-12-01 18:57:28.150366+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'person', 22, NULL, 'null', '{"name": "袁媛", "title": "司法所所长", "unit_id": 17, "role": "联络员", "phone": "0372-5101017", "email": "dcjd@shifan.example.cn", "created_at": "2026-12-01T18:57:28.109303+00:00", "id": 22}', '65ac800aa1af4b831bee7493c2a045d05176291f4b0099ff17196c7b57622402', '8076106ee33df5fec3b58fb2c5dd38e779f10bb1e9c884ad22bc2195c6ca8727', 1);
INSERT INTO public.journal VALUES (59, '2026-12-01 18:57:35.071881+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'case_link', 1, 3, 'null', '{"case_id": 3, "related_id": 1, "created_at": "2026-12-01T18:57:35.050079+00:00", "id": 1, "case": "（2024）豫05行终8号", "related": "（2024）豫0591行初15号"}', 'fd122d9810940c6ad1a9e726accbe998a432d4da3f85f970ec848516637c46cb', '874bc2b5d5b13a9582d65966b2213137caca88fd7bd068d106f10d94314f3202', 58);
INSERT INTO public.journal VALUES (41, '2026-12-01 18:57:29.138226+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'case', 1, 1, 'null', '{"category": "行政诉讼", "case_no": "（2024）豫0591行初15号", "no_kind": "案号", "year": 2024, "court_code": "豫0591", "court_level": "基层", "type_code": "行初", "type_name": "行政一审案件", "case_family": "行政", "instance": "一审", "field": "土地征收", "unit_id": 6, "court": "", "received_on": "2024-03-15", "filed_on": "2024-03-15", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "不服征收补偿决定", "created_at": "2026-12-01T18:57:29.082129+00:00", "updated_at": "2026-12-01T18:57:29.082129+00:00", "id": 1}', '8076106ee33df5fec3b58fb2c5dd38e779f10bb1e9c884ad22bc2195c6ca8727', '24f444f9989f5d7d6df9611518570385f4bc0d0224564a60075c0c281b0b998f', 41);
INSERT INTO public.journal VALUES (42, '2026-12-01 18:57:29.238822+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'party', 1, NULL, 'null', '{"name": "张三", "kind": "自然人", "id_kind": "身份证", "id_number": "410502********1232", "created_at": "2026-12-01T18:57:29.234200+00:00", "id": 1}', '24f444f9989f5d7d6df9611518570385f4bc0d0224564a60075c0c281b0b998f', 'e9c27a37e1ef6ab1187685a2a35d2a52cc2e44102ac55febe8b2102dcc03b945', 41);
INSERT INTO public.journal VALUES (43, '2026-12-01 18:57:29.314998+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'case_party', 1, 1, 'null', '{"case_id": 1, "party_id": 1, "role": "原告", "id": 1, "party": "张三"}', 'e9c27a37e1ef6ab1187685a2a35d2a52cc2e44102ac55febe8b2102dcc03b945', 'b47ee9abd764bff0b4819df3b91bceb3d63d6a2f8707415cd5a98bf1089be771', 41);
INSERT INTO public.journal VALUES (44, '2026-12-01 18:57:29.382401+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'party', 2, NULL, 'null', '{"name": "示范县建工集团", "kind": "法人或其他组织", "id_kind": "统一社会信用代码", "id_number": "91340503MA2N0001XG", "created_at": "2026-12-01T18:57:29.367586+00:00", "id": 2}', 'b47ee9abd764bff0b4819df3b91bceb3d63d6a2f8707415cd5a98bf1089be771', '241f988421c24805c0ce260fb1abb0c105386fba6862d616cec307aa57e0e962', 41);
INSERT INTO public.journal VALUES (45, '2026-12-01 18:57:29.450266+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'case_party', 2, 1, 'null', '{"case_id": 1, "party_id": 2, "role": "原告", "id": 2, "party": "示范县建工集团"}', '241f988421c24805c0ce260fb1abb0c105386fba6862d616cec307aa57e0e962', 'fbef8d4861d0a0427276b33286eedadfc526896cbf82dc8c00e5e57de01eaadf', 41);
INSERT INTO public.journal VALUES (46, '2026-12-01 18:57:30.058097+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'case', 2, 2, 'null', '{"category": "行政复议", "case_no": "示政复〔2024〕12号", "no_kind": "自编号", "year": null, "court_code": null, "court_level": null, "type_code": null, "type_name": null, "case_family": null, "instance": null, "field": "", "unit_id": 5, "court": "", "received_on": "2024-04-02", "filed_on": "2024-04-02", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "", "created_at": "2026-12-01T18:57:29.966773+00:00", "updated_at": "2026-12-01T18:57:29.966773+00:00", "id": 2}', 'fbef8d4861d0a0427276b33286eedadfc526896cbf82dc8c00e5e57de01eaadf', '318149181920d6b83b86c58485cdeae19e59c74752c01e63b7ebd384ef84a084', 46);
INSERT INTO public.journal VALUES (47, '2026-12-01 18:57:30.150303+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'party', 3, NULL, 'null', '{"name": "李四", "kind": "自然人", "id_kind": "", "id_number": null, "created_at": "2026-12-01T18:57:30.134781+00:00", "id": 3}', '318149181920d6b83b86c58485cdeae19e59c74752c01e63b7ebd384ef84a084', '2fdf5169d3aa81f312cad6679899216e4cf350e58fdbb8598eec318bd5d8b924', 46);
INSERT INTO public.journal VALUES (48, '2026-12-01 18:57:30.194267+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'case_party', 3, 2, 'null', '{"case_id": 2, "party_id": 3, "role": "申请人", "id": 3, "party": "李四"}', '2fdf5169d3aa81f312cad6679899216e4cf350e58fdbb8598eec318bd5d8b924', '936b20a2b2a5975f25a202930d7ed3ff592c8a910dc181a8c2e05e9dae52f422', 46);
INSERT INTO public.journal VALUES (49, '2026-12-01 18:57:30.602038+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'case_event', 1, 1, 'null', '{"case_id": 1, "kind": "开庭", "occurred_on": "2024-05-20", "note": "", "created_at": "2026-12-01T18:57:30.538741+00:00", "id": 1}', '936b20a2b2a5975f25a202930d7ed3ff592c8a910dc181a8c2e05e9dae52f422', '7967ee35947fdcb1da7a1b175e577b4b4dfd6a4b01d5fa4a6df86928947f11c9', 49);
INSERT INTO public.journal VALUES (50, '2026-12-01 18:57:30.690138+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'update', 'case', 1, 1, '{"type_code": "行初", "filed_on": "2024-03-15", "is_judgment": false, "recovered_fen": null, "category": "行政诉讼", "type_name": "行政一审案件", "heard_on": null, "is_settled": false, "resolved": null, "id": 1, "case_family": "行政", "closed_on": null, "is_withdrawn": false, "group_size": null, "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "在办", "risk_level": "", "summary": "不服征收补偿决定", "no_kind": "案号", "field": "土地征收", "outcome": null, "heard": null, "created_at": "2026-12-01T18:57:29.082129+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_appeared": null, "updated_at": "2026-12-01T18:57:29.082129+00:00", "court_code": "豫0591", "court": "", "is_correction": false, "head_rank": null, "court_level": "基层", "received_on": "2024-03-15", "claimed_fen": null}', '{"type_code": "行初", "filed_on": "2024-03-15", "is_judgment": false, "recovered_fen": null, "category": "行政诉讼", "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_settled": false, "resolved": null, "id": 1, "case_family": "行政", "closed_on": null, "is_withdrawn": false, "group_size": null, "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "在办", "risk_level": "", "summary": "不服征收补偿决定", "no_kind": "案号", "field": "土地征收", "outcome": null, "heard": true, "created_at": "2026-12-01T18:57:29.082129+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_appeared": null, "updated_at": "2026-12-01T18:57:30.652375+00:00", "court_code": "豫0591", "court": "", "is_correction": false, "head_rank": null, "court_level": "基层", "received_on": "2024-03-15", "claimed_fen": null}', '7967ee35947fdcb1da7a1b175e577b4b4dfd6a4b01d5fa4a6df86928947f11c9', 'f1c3ce3df1e0fd477a491d7690c14b949cec28542b33b72e64af9f145e42741a', 49);
INSERT INTO public.journal VALUES (73, '2026-12-01 18:57:43.514504+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'task_subject', 1, NULL, 'null', '{"task_id": 2, "party_id": 2, "project_id": 1, "id": 1, "case_id": null}', 'eb5e8e5593ac9221e1ee4633b8474d078849550312b0c029e4a111a51a9183f4', 'adf9ff438bd27cf9e841351165e9b460ef73519e6a6f0e48354102fbee7ad2e7', 73);
INSERT INTO public.journal VALUES (51, '2026-12-01 18:57:31.093661+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'update', 'case', 1, 1, '{"type_code": "行初", "filed_on": "2024-03-15", "is_judgment": false, "recovered_fen": null, "category": "行政诉讼", "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_settled": false, "resolved": null, "id": 1, "case_family": "行政", "closed_on": null, "is_withdrawn": false, "group_size": null, "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "在办", "risk_level": "", "summary": "不服征收补偿决定", "no_kind": "案号", "field": "土地征收", "outcome": null, "heard": true, "created_at": "2026-12-01T18:57:29.082129+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_appeared": null, "updated_at": "2026-12-01T18:57:30.652375+00:00", "court_code": "豫0591", "court": "", "is_correction": false, "head_rank": null, "court_level": "基层", "received_on": "2024-03-15", "claimed_fen": null}', '{"type_code": "行初", "filed_on": "2024-03-15", "is_judgment": true, "recovered_fen": null, "category": "行政诉讼", "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_settled": false, "resolved": null, "id": 1, "case_family": "行政", "closed_on": "2024-06-28", "is_withdrawn": false, "group_size": null, "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "已结", "risk_level": "", "summary": "不服征收补偿决定", "no_kind": "案号", "field": "土地征收", "outcome": "驳回诉讼请求", "heard": true, "created_at": "2026-12-01T18:57:29.082129+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_appeared": null, "updated_at": "2026-12-01T18:57:31.042713+00:00", "court_code": "豫0591", "court": "", "is_correction": false, "head_rank": null, "court_level": "基层", "received_on": "2024-03-15", "claimed_fen": null}', 'f1c3ce3df1e0fd477a491d7690c14b949cec28542b33b72e64af9f145e42741a', 'd58c6a679f78dc1246608a1907b63d893803090579bb86a83fad3b299dc62279', 51);
INSERT INTO public.journal VALUES (52, '2026-12-01 18:57:31.598704+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'update', 'case', 2, 2, '{"type_code": null, "filed_on": "2024-04-02", "is_judgment": false, "recovered_fen": null, "category": "行政复议", "type_name": null, "heard_on": null, "is_settled": false, "resolved": null, "id": 2, "case_family": null, "closed_on": null, "is_withdrawn": false, "group_size": null, "case_no": "示政复〔2024〕12号", "instance": null, "status": "在办", "risk_level": "", "summary": "", "no_kind": "自编号", "field": "", "outcome": null, "heard": null, "created_at": "2026-12-01T18:57:29.966773+00:00", "year": null, "unit_id": 5, "is_loss": false, "head_appeared": null, "updated_at": "2026-12-01T18:57:29.966773+00:00", "court_code": null, "court": "", "is_correction": false, "head_rank": null, "court_level": null, "received_on": "2024-04-02", "claimed_fen": null}', '{"type_code": null, "filed_on": "2024-04-02", "is_judgment": true, "recovered_fen": null, "category": "行政复议", "type_name": null, "heard_on": null, "is_settled": false, "resolved": null, "id": 2, "case_family": null, "closed_on": "2024-06-01", "is_withdrawn": false, "group_size": null, "case_no": "示政复〔2024〕12号", "instance": null, "status": "已结", "risk_level": "", "summary": "", "no_kind": "自编号", "field": "", "outcome": "撤销", "heard": null, "created_at": "2026-12-01T18:57:29.966773+00:00", "year": null, "unit_id": 5, "is_loss": false, "head_appeared": null, "updated_at": "2026-12-01T18:57:31.518678+00:00", "court_code": null, "court": "", "is_correction": true, "head_rank": null, "court_level": null, "received_on": "2024-04-02", "claimed_fen": null}', 'd58c6a679f78dc1246608a1907b63d893803090579bb86a83fad3b299dc62279', 'c6d813a5631e6d86eecff2acda9ecdef91d57c5bfda43c87532f30ed0ac0e4ca', 52);
INSERT INTO public.journal VALUES (53, '2026-12-01 18:57:32.550059+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'meeting', 1, NULL, 'null', '{"year": 2024, "issue_no": 1, "kind": "联席会议", "held_on": "2024-06-20", "place": "", "chair": "王县长", "topics": "征收补偿争议化解", "opening": "", "created_at": "2026-12-01T18:57:32.446057+00:00", "id": 1}', 'c6d813a5631e6d86eecff2acda9ecdef91d57c5bfda43c87532f30ed0ac0e4ca', '0917cc1375a312618648d82eabd2059c9ed0e642bf091f922c662968e2304e55', 53);
INSERT INTO public.journal VALUES (54, '2026-12-01 18:57:33.198153+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'task', 1, NULL, 'null', '{"source": "议定事项", "content": "建立征收补偿争议会商机制", "lead_unit_id": 6, "leader": "", "due_on": "2024-09-30", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": 1, "decision_no": 1, "suggestion_id": null, "list_no": "", "note": "", "created_at": "2026-12-01T18:57:33.126507+00:00", "updated_at": "2026-12-01T18:57:33.126507+00:00", "id": 1, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": ["示范县司法局"]}', '0917cc1375a312618648d82eabd2059c9ed0e642bf091f922c662968e2304e55', '004f47b864ff569e35163c5aff8d7c899176b326c450555c2678d92f8c43dbc0', 54);
INSERT INTO public.journal VALUES (55, '2026-12-01 18:57:33.810112+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'task', 2, NULL, 'null', '{"source": "双清单", "content": "清理行政协议履约情况", "lead_unit_id": 5, "leader": "", "due_on": "2024-08-31", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "", "note": "", "created_at": "2026-12-01T18:57:33.710218+00:00", "updated_at": "2026-12-01T18:57:33.710218+00:00", "id": 2, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": []}', '004f47b864ff569e35163c5aff8d7c899176b326c450555c2678d92f8c43dbc0', '876ce29b6391dc1485996c7bbc8551f25fc10786b6caa64914ed5af25dff90f5', 55);
INSERT INTO public.journal VALUES (56, '2026-12-01 18:57:34.062535+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'task_progress', 1, NULL, 'null', '{"task_id": 1, "reported_on": "2024-10-15", "note": "已召开专题会", "author": "", "created_at": "2026-12-01T18:57:33.998580+00:00", "id": 1}', '876ce29b6391dc1485996c7bbc8551f25fc10786b6caa64914ed5af25dff90f5', '727f0064db04b02c31a185f2de30dd90e3894dfa1dadf7dc4d03fedc1fdf520e', 56);
INSERT INTO public.journal VALUES (57, '2026-12-01 18:57:34.45642+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'suggestion', 1, NULL, 'null', '{"kind": "司法建议", "doc_no": "示法建〔2024〕3号", "issuer": "示范县人民法院", "unit_id": 6, "received_on": "2024-05-06", "reply_due": "2024-07-08", "reply_due_rule": "2个月", "reply_due_provisional": false, "summary": "规范征收补偿程序", "created_at": "2026-12-01T18:57:34.397154+00:00", "id": 1, "replied_on": null, "reply_summary": "", "adopted": null, "adoption": null, "verified_on": null, "cases": []}', '727f0064db04b02c31a185f2de30dd90e3894dfa1dadf7dc4d03fedc1fdf520e', 'a4f5b3ada1d1774f220827e2dcf5df45af1afdc9aed33ec8d5635f17ed9ce4b0', 57);
INSERT INTO public.journal VALUES (58, '2026-12-01 18:57:34.990583+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'case', 3, 3, 'null', '{"category": "行政诉讼", "case_no": "（2024）豫05行终8号", "no_kind": "案号", "year": 2024, "court_code": "豫05", "court_level": "中级", "type_code": "行终", "type_name": "行政二审案件", "case_family": "行政", "instance": "二审", "field": "", "unit_id": 6, "court": "", "received_on": "2024-08-01", "filed_on": "2024-08-01", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "", "created_at": "2026-12-01T18:57:34.958018+00:00", "updated_at": "2026-12-01T18:57:34.958018+00:00", "id": 3}', 'a4f5b3ada1d1774f220827e2dcf5df45af1afdc9aed33ec8d5635f17ed9ce4b0', 'fd122d9810940c6ad1a9e726accbe998a432d4da3f85f970ec848516637c46cb', 58);
INSERT INTO public.journal VALUES (60, '2026-12-01 18:57:35.377929+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'update', 'suggestion', 1, NULL, '{"kind": "司法建议", "doc_no": "示法建〔2024〕3号", "unit_id": 6, "reply_due": "2024-07-08", "reply_due_provisional": false, "reply_summary": "", "adoption": null, "summary": "规范征收补偿程序", "created_at": "2026-12-01T18:57:34.397154+00:00", "issuer": "示范县人民法院", "id": 1, "received_on": "2024-05-06", "reply_due_rule": "2个月", "replied_on": null, "adopted": null, "verified_on": null}', '{"kind": "司法建议", "doc_no": "示法建〔2024〕3号", "unit_id": 6, "reply_due": "2024-07-08", "reply_due_provisional": false, "reply_summary": "", "adoption": "部分采纳", "summary": "规范征收补偿程序", "created_at": "2026-12-01T18:57:34.397154+00:00", "issuer": "示范县人民法院", "id": 1, "received_on": "2024-05-06", "reply_due_rule": "2个月", "replied_on": "2024-06-01", "adopted": true, "verified_on": null}', '874bc2b5d5b13a9582d65966b2213137caca88fd7bd068d106f10d94314f3202', '18108bd6d2167c464a8a9b3c9e794828b19476f8d511b27a9726325d70c2df0c', 60);
INSERT INTO public.journal VALUES (61, '2026-12-01 18:57:36.32628+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'notice', 1, NULL, 'null', '{"stage": "督办", "unit_id": 5, "issued_on": "2024-10-15", "year": 2024, "number": 1, "reply_due": "2024-10-22", "created_at": "2026-12-01T18:57:36.241924+00:00", "id": 1, "acknowledged_on": null, "issuer": "", "tasks": [2], "suggestions": []}', '18108bd6d2167c464a8a9b3c9e794828b19476f8d511b27a9726325d70c2df0c', '476b066d204078836611031115fe9b2eb4605a2c534cb73487a980acc648935e', 61);
INSERT INTO public.journal VALUES (62, '2026-12-01 18:57:36.390213+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'notice', 2, NULL, 'null', '{"stage": "催办", "unit_id": 6, "issued_on": "2024-10-15", "year": null, "number": null, "reply_due": null, "created_at": "2026-12-01T18:57:36.241924+00:00", "id": 2, "acknowledged_on": null, "issuer": "", "tasks": [1], "suggestions": []}', '476b066d204078836611031115fe9b2eb4605a2c534cb73487a980acc648935e', '719dd6afd056926bc4669aa444f7c33dbb3dd0a06287bb1cecdadbd89f2e49f8', 61);
INSERT INTO public.journal VALUES (63, '2026-12-01 18:57:36.806135+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'notice_reply', 1, NULL, 'null', '{"notice_id": 1, "replied_on": "2024-10-15", "summary": "已书面报送办理情况", "created_at": "2026-12-01T18:57:36.759963+00:00", "id": 1, "file_name": "", "file_size": 0, "file_sha256": "", "file_data": null}', '719dd6afd056926bc4669aa444f7c33dbb3dd0a06287bb1cecdadbd89f2e49f8', '48cc7bd4a588ebe03dfaa49b2d9d7343759c8bf1bbadfd56f818aaa76df79c0c', 63);
INSERT INTO public.journal VALUES (64, '2026-12-01 18:57:36.853889+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'update', 'notice', 1, NULL, '{"stage": "督办", "unit_id": 5, "year": 2024, "reply_due": "2024-10-22", "issuer": "", "issued_on": "2024-10-15", "id": 1, "number": 1, "acknowledged_on": null, "created_at": "2026-12-01T18:57:36.241924+00:00"}', '{"stage": "督办", "unit_id": 5, "year": 2024, "reply_due": "2024-10-22", "issuer": "", "issued_on": "2024-10-15", "id": 1, "number": 1, "acknowledged_on": "2024-10-15", "created_at": "2026-12-01T18:57:36.241924+00:00"}', '48cc7bd4a588ebe03dfaa49b2d9d7343759c8bf1bbadfd56f818aaa76df79c0c', '0cf767204001ef0d0e3422dfd9d2b31718884681e25df5d3b532d143f339a816', 63);
INSERT INTO public.journal VALUES (65, '2026-12-01 18:57:39.493996+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'bulletin', 1, NULL, 'null', '{"year": 2024, "number": 1, "period_year": 2024, "quarter": 3, "issued_on": "2024-10-15", "issuer": "", "data": {"start": "2024-07-01", "end": "2024-09-30", "black": [{"unit_id": 5, "unit": "县人社局", "open_late": 1, "done_late": 0, "suggestions_late": 0, "replies_missing": 0, "replies_late": 0, "text": "逾期未办结事项1项"}], "red": [{"unit_id": 6, "unit": "县自然资源局", "due": 1}]}, "created_at": "2026-12-01T18:57:39.426445+00:00", "id": 1}', '0cf767204001ef0d0e3422dfd9d2b31718884681e25df5d3b532d143f339a816', '0b71774c569e2d4bd742f062a5fa6d5a47a36ecd4e64b60abfb7c3df4a54dd88', 65);
INSERT INTO public.journal VALUES (66, '2026-12-01 18:57:41.186028+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'report_snapshot', 1, NULL, 'null', '{"year": 2024, "quarter": 2, "scope": "", "published_at": "2026-12-01T18:57:41.098080+00:00", "published_by": "测试员@postgres", "data": {"period": {"year": 2024, "quarter": 2, "code": "2024Q2", "label": "2024年第二季度", "start": "2024-04-01", "end": "2024-06-30", "as_of": "2024-06-30", "complete": true}, "compare": {"last_year": {"year": 2023, "quarter": 2, "code": "2023Q2", "label": "2023年第二季度", "start": "2023-04-01", "end": "2023-06-30"}, "previous": {"year": 2024, "quarter": 1, "code": "2024Q1", "label": "2024年第一季度", "start": "2024-01-01", "end": "2024-03-31"}}, "office": {"name": "示范县府院联动联席会议办公室", "region": "示范县", "meeting_name": "示范县府院联动联席会议"}, "scope": {"unit": null, "region": null}, "settings": {"loss_rate_denominator": "closed", "reconsideration_correction_denominator": "decided", "settlement_includes_withdrawal": false, "head_appearance_principal_only": false, "enforcement_closed_includes_terminated": false, "resolution_includes_withdrawn_suits": true, "population_region": "示范县", "population": null}, "definitions": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "kind": "count", "unit": "件", "numerator": "本期新收的一审行政诉讼案件（被告为本地行政机关或乡镇街道），按案号计", "denominator": "", "basis": "立案日期", "setting": "", "note": "", "money": false}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关败诉的案件（撤销、变更、责令履行、确认违法、确认无效、判决赔偿或补偿）", "denominator": "本期审结的一审行政诉讼案件（被告为本地行政机关或乡镇街道）", "basis": "结案日期", "setting": "indicators.loss_rate_denominator", "note": "行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "money": false}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关负责人（正职或分管副职）出庭应诉的案件", "denominator": "本期开庭审理的行政诉讼案件（书面审理不计）", "basis": "开庭日期", "setting": "indicators.head_appearance_principal_only", "note": "负责人出庭应诉率计入正职和分管副职负责人出庭", "money": false}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "kind": "rate", "unit": "%", "numerator": "其中以撤销、变更、确认违法、责令履行或确认无效决定纠错的案件", "denominator": "本期以复议决定结案的行政复议案件（不含调解、和解、撤回）", "basis": "结案日期", "setting": "indicators.reconsideration_correction_denominator", "note": "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "money": false}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "kind": "rate", "unit": "%", "numerator": "其中以调解或和解结案的案件", "denominator": "本期审结的全部行政复议案件", "basis": "结案日期", "setting": "indicators.settlement_includes_withdrawal", "note": "行政复议调解和解率不含撤回申请结案的案件", "money": false}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "kind": "rate", "unit": "%", "numerator": "其中标记为实质性化解（未再进入诉讼或信访）的案件", "denominator": "本期办结的行政争议（行政复议、诉前调解、行政调解，及标记为实质性化解的行政诉讼协调撤诉）", "basis": "结案日期", "setting": "indicators.resolution_includes_withdrawn_suits", "note": "", "money": false}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "kind": "rate", "unit": "%", "numerator": "其中调解成功的案件", "denominator": "本期办结的诉前调解案件", "basis": "结案日期", "setting": "", "note": "", "money": false}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "kind": "count", "unit": "件", "numerator": "本期执结的涉行政机关执行案件（终结本次执行不计为执结）", "denominator": "", "basis": "结案日期", "setting": "indicators.enforcement_closed_includes_terminated", "note": "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）", "money": false}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "kind": "amount", "unit": "元", "numerator": "本期执结的涉行政机关执行案件的执行到位金额", "denominator": "", "basis": "结案日期", "setting": "", "note": "", "money": true}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "kind": "rate", "unit": "%", "numerator": "执行到位金额", "denominator": "本期执结且登记了申请执行标的的涉行政机关执行案件的标的金额", "basis": "结案日期", "setting": "", "note": "", "money": true}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "kind": "rate", "unit": "%", "numerator": "其中已反馈的司法建议、检察建议（不论是否逾期）", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "kind": "rate", "unit": "%", "numerator": "其中在反馈期限内反馈的司法建议、检察建议", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "kind": "rate", "unit": "%", "numerator": "其中按期完成的事项", "denominator": "完成时限在本期（截至统计日）的双清单事项", "basis": "完成时限", "setting": "", "note": "", "money": false}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "kind": "per_10k", "unit": "件/万人", "numerator": "本期新收的一审民事、行政案件", "denominator": "常住人口（配置项 indicators.population，按万人计）", "basis": "立案日期", "setting": "indicators.population", "note": "", "money": false}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "kind": "count", "unit": "件", "numerator": "统计日已过完成时限而未完成的双清单事项（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "kind": "count", "unit": "件", "numerator": "统计日已过反馈期限而未反馈的司法建议、检察建议（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}}, "notes": ["行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "负责人出庭应诉率计入正职和分管副职负责人出庭", "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "行政复议调解和解率不含撤回申请结案的案件", "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）"], "warnings": ["未配置示范县的常住人口（配置项 indicators.population），不计算万人成讼率"], "indicators": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": -100.0, "qoq_display": "↓ -100.0%", "qoq_text": "减少100.0%", "previous": {"numerator": 1, "denominator": null, "value": 1, "display": "1"}}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "unit": "%", "numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "unit": "元", "numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "unit": "%", "numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "unit": "件/万人", "numerator": 0, "denominator": null, "value": null, "display": "—", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": null, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 1, "denominator": null, "value": null, "display": "—"}}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}}, "double_decline": {"achieved": null, "litigation_filed_down": false, "loss_rate_down": null, "text": "无法判断是否实现“双下降”：本期或去年同期没有审结的一审行政诉讼案件。行政诉讼发案量0件（去年同期0件）。"}, "units": [{"unit": "县税务局", "unit_name": "国家税务总局示范县税务局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 1}, {"unit": "东城街道", "unit_name": "示范县东城街道办事处", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 2}, {"unit": "县人社局", "unit_name": "示范县人力资源和社会保障局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 3}, {"unit": "县政府办", "unit_name": "示范县人民政府办公室", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 4}, {"unit": "县住建局", "unit_name": "示范县住房和城乡建设局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 5}, {"unit": "县信访局", "unit_name": "示范县信访局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 6}, {"unit": "县公安局", "unit_name": "示范县公安局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 7}, {"unit": "县发改委", "unit_name": "示范县发展和改革委员会", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 8}, {"unit": "县司法局", "unit_name": "示范县司法局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 9}, {"unit": "城关镇", "unit_name": "示范县城关镇人民政府", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 10}, {"unit": "县城管局", "unit_name": "示范县城市管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 11}, {"unit": "县市场监管局", "unit_name": "示范县市场监督管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 12}, {"unit": "县生态环境分局", "unit_name": "示范县生态环境分局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 13}, {"unit": "县自然资源局", "unit_name": "示范县自然资源局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": -100.0}, "loss_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 14}, {"unit": "县财政局", "unit_name": "示范县财政局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 15}], "attention": {"as_of": "2024-06-30", "watched_enterprises": {"total": 0, "by_level": {"高": 0, "中": 0, "低": 0}, "in_bankruptcy": 0}, "unpaid_enforcement_total": 0, "unpaid_enforcement": [], "losses_total": 0, "losses": [], "overdue_tasks_total": 0, "overdue_tasks": [], "unanswered_suggestions_total": 0, "unanswered_suggestions": []}, "generated_on": "2024-10-15", "trend": [{"period": "2022Q3", "label": "2022年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2022Q4", "label": "2022年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q1", "label": "2023年1季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q2", "label": "2023年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q3", "label": "2023年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q4", "label": "2023年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q1", "label": "2024年1季度", "litigation_filed": 1, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q2", "label": "2024年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 1, "loss_rate": 0.0}]}, "id": 1}', '0b71774c569e2d4bd742f062a5fa6d5a47a36ecd4e64b60abfb7c3df4a54dd88', 'eed1329515642e4d610c8b671a3570c26906a6f0122a19aed13af81daad1268c', 66);
INSERT INTO public.journal VALUES (67, '2026-12-01 18:57:41.35577+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'journal_anchor', 1, NULL, 'null', '{"at": "2026-12-01T18:57:41.333836+00:00", "kind": "report", "label": "2024年第二季度", "seq": 66, "hash": "eed1329515642e4d610c8b671a3570c26906a6f0122a19aed13af81daad1268c", "mac": null, "id": 1}', 'eed1329515642e4d610c8b671a3570c26906a6f0122a19aed13af81daad1268c', 'c7d7774fe5277662e95b3a7a3be46d0fbdaf68a8e691d8997b1592cdb7a9cbd8', 66);
INSERT INTO public.journal VALUES (68, '2026-12-01 18:57:42.010021+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'party_alias', 1, NULL, 'null', '{"party_id": 2, "name": "示范县建工集团", "kind": "曾用名", "changed_on": "2024-09-01", "created_at": "2026-12-01T18:57:41.900721+00:00", "id": 1}', 'c7d7774fe5277662e95b3a7a3be46d0fbdaf68a8e691d8997b1592cdb7a9cbd8', '40ae80f23f47d0011ce4da5221cf8026347eb715e56e95c933d96737412a4e53', 68);
INSERT INTO public.journal VALUES (69, '2026-12-01 18:57:42.100271+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'update', 'party', 2, NULL, '{"kind": "法人或其他组织", "name": "示范县建工集团", "id_number": "91340503MA2N0001XG", "id": 2, "id_kind": "统一社会信用代码", "created_at": "2026-12-01T18:57:29.367586+00:00"}', '{"kind": "法人或其他组织", "name": "示范县建工集团有限公司", "id_number": "91340503MA2N0001XG", "id": 2, "id_kind": "统一社会信用代码", "created_at": "2026-12-01T18:57:29.367586+00:00"}', '40ae80f23f47d0011ce4da5221cf8026347eb715e56e95c933d96737412a4e53', '09d5950246ff5db23d53b130334e2ee7cfec3a4f8e18078951b099c763bed9d6', 68);
INSERT INTO public.journal VALUES (70, '2026-12-01 18:57:42.476171+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'party_watch', 1, NULL, 'null', '{"party_id": 2, "level": "高", "reason": "重点破产企业", "leader": "", "task_force": "", "since": "2024-10-15", "created_at": "2026-12-01T18:57:42.422254+00:00", "updated_at": "2026-12-01T18:57:42.422254+00:00", "id": 1}', '09d5950246ff5db23d53b130334e2ee7cfec3a4f8e18078951b099c763bed9d6', '22260337de434abfe1afe5695b20b44f6fc735ea78b2f4996c996bb7f35cbd03', 70);
INSERT INTO public.journal VALUES (71, '2026-12-01 18:57:42.825961+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'project', 1, NULL, 'null', '{"name": "锦绣家园小区", "kind": "问题楼盘", "unit_id": null, "leader": "", "households": 277, "people": null, "note": "", "created_at": "2026-12-01T18:57:42.766078+00:00", "updated_at": "2026-12-01T18:57:42.766078+00:00", "id": 1}', '22260337de434abfe1afe5695b20b44f6fc735ea78b2f4996c996bb7f35cbd03', 'e145c0d7294d32ab15669b81e8119547d9cfd795b80136b2d7a1a8709d86c185', 71);
INSERT INTO public.journal VALUES (72, '2026-12-01 18:57:43.117961+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'project_case', 1, 2, 'null', '{"project_id": 1, "case_id": 2, "id": 1, "project": "锦绣家园小区", "case_no": "示政复〔2024〕12号"}', 'e145c0d7294d32ab15669b81e8119547d9cfd795b80136b2d7a1a8709d86c185', 'eb5e8e5593ac9221e1ee4633b8474d078849550312b0c029e4a111a51a9183f4', 72);
INSERT INTO public.journal VALUES (74, '2026-12-01 18:57:43.925051+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'case', 4, 4, 'null', '{"category": "破产", "case_no": "（2024）豫0591破2号", "no_kind": "案号", "year": 2024, "court_code": "豫0591", "court_level": "基层", "type_code": "破", "type_name": "破产清算案件/破产重整案件/破产和解案件", "case_family": "破产", "instance": "其他", "field": "", "unit_id": 5, "court": "", "received_on": "2024-07-01", "filed_on": "2024-07-01", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "", "created_at": "2026-12-01T18:57:43.850418+00:00", "updated_at": "2026-12-01T18:57:43.850418+00:00", "id": 4}', 'adf9ff438bd27cf9e841351165e9b460ef73519e6a6f0e48354102fbee7ad2e7', 'e54d7bda2f9a2edfeb4059db854cf47793ff9966c0ca3185647d175326d05c61', 74);
INSERT INTO public.journal VALUES (75, '2026-12-01 18:57:44.002104+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'case_party', 4, 4, 'null', '{"case_id": 4, "party_id": 2, "role": "债务人", "id": 4, "party": "示范县建工集团有限公司"}', 'e54d7bda2f9a2edfeb4059db854cf47793ff9966c0ca3185647d175326d05c61', '22154a10f6288eb39bf5b23fc0c370b50ba94dc402ab27a0b2bb2dd7fa1fdc59', 74);
INSERT INTO public.journal VALUES (76, '2026-12-01 18:57:44.40449+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'bankruptcy', 1, 4, 'null', '{"case_id": 4, "procedure": "重整", "stage": "受理", "created_at": "2026-12-01T18:57:44.354345+00:00", "updated_at": "2026-12-01T18:57:44.354345+00:00", "id": 1, "administrator": "", "employee_claims_fen": null, "unpaid_workers": null}', '22154a10f6288eb39bf5b23fc0c370b50ba94dc402ab27a0b2bb2dd7fa1fdc59', '29c2d0b91ba1bb15295a3cec454b0984ef936cbdf71eb3c2566e4089fc1e7af4', 76);
INSERT INTO public.journal VALUES (77, '2026-12-01 18:57:44.73955+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'suggestion', 2, NULL, 'null', '{"kind": "司法建议", "doc_no": "示法建〔2024〕4号", "issuer": "示范县人民法院", "unit_id": 5, "received_on": "2024-09-02", "reply_due": "2024-11-04", "reply_due_rule": "2个月", "reply_due_provisional": false, "summary": "", "created_at": "2026-12-01T18:57:44.692643+00:00", "id": 2, "replied_on": null, "reply_summary": "", "adopted": null, "adoption": null, "verified_on": null, "cases": []}', '29c2d0b91ba1bb15295a3cec454b0984ef936cbdf71eb3c2566e4089fc1e7af4', 'e97c467ab0c539cd6e7ca71425eb1dcff68879810573e77342b2a55abc697eca', 77);
INSERT INTO public.journal VALUES (78, '2026-12-01 18:57:44.895675+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/party_mk0011', 'insert', 'suggestion_party', 1, NULL, 'null', '{"suggestion_id": 2, "party_id": 2, "id": 1, "party": "示范县建工集团有限公司"}', 'e97c467ab0c539cd6e7ca71425eb1dcff68879810573e77342b2a55abc697eca', '82100100899d14f10db438d2078b175079ef360d3d3d2b323abe11d62f08466d', 77);


--
-- Data for Name: journal_anchor; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.journal_anchor VALUES (1, '2026-12-01 18:57:41.333836+00', 'report', '2024年第二季度', 66, 'eed1329515642e4d610c8b671a3570c26906a6f0122a19aed13af81daad1268c', NULL);


--
-- Data for Name: judgment_performance; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: meeting; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.meeting VALUES (1, 2024, 1, '联席会议', '2024-06-20', '', '王县长', '征收补偿争议化解', '', '2026-12-01 18:57:32.446057+00');


--
-- Data for Name: notice; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notice VALUES (2, '催办', 6, '2024-10-15', NULL, NULL, NULL, NULL, '2026-12-01 18:57:36.241924+00', '');
INSERT INTO public.notice VALUES (1, '督办', 5, '2024-10-15', 2024, 1, '2024-10-22', '2024-10-15', '2026-12-01 18:57:36.241924+00', '');


--
-- Data for Name: notice_item; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notice_item VALUES (1, 1, '督办', 2, NULL, 28, NULL);
INSERT INTO public.notice_item VALUES (2, 2, '催办', 1, NULL, 7, NULL);


--
-- Data for Name: notice_reply; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notice_reply VALUES (1, 1, '2024-10-15', '已书面报送办理情况', '', 0, '', NULL, '2026-12-01 18:57:36.759963+00');


--
-- Data for Name: office; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.office VALUES (1, '示范县府院联动联席会议办公室', '示范县', '示范县府院联动联席会议', '2026-12-01 18:57:25.238484+00');


--
-- Data for Name: party; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.party VALUES (1, '张三', '自然人', '身份证', '410502198510151232', '2026-12-01 18:57:29.2342+00');
INSERT INTO public.party VALUES (3, '李四', '自然人', '', NULL, '2026-12-01 18:57:30.134781+00');
INSERT INTO public.party VALUES (2, '示范县建工集团有限公司', '法人或其他组织', '统一社会信用代码', '91340503MA2N0001XG', '2026-12-01 18:57:29.367586+00');


--
-- Data for Name: party_alias; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.party_alias VALUES (1, 2, '示范县建工集团', '曾用名', '2024-09-01', '2026-12-01 18:57:41.900721+00');


--
-- Data for Name: party_merge; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: party_watch; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.party_watch VALUES (1, 2, '高', '重点破产企业', '', '', '2024-10-15', '2026-12-01 18:57:42.422254+00', '2026-12-01 18:57:42.422254+00');


--
-- Data for Name: person; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.person VALUES (1, '王建国', '县长', NULL, '召集人', '', '', '2026-12-01 18:57:26.422754+00');
INSERT INTO public.person VALUES (2, '刘清华', '常务副县长', NULL, '副召集人', '', '', '2026-12-01 18:57:26.489881+00');
INSERT INTO public.person VALUES (3, '赵立新', '县人民法院院长', NULL, '副召集人', '', '', '2026-12-01 18:57:26.553927+00');
INSERT INTO public.person VALUES (4, '陈晓燕', '副主任', 1, '联络员', '0372-5101001', 'zfb@shifan.example.cn', '2026-12-01 18:57:26.686173+00');
INSERT INTO public.person VALUES (5, '马俊', '科长', 2, '联络员', '0372-5101002', 'fgw@shifan.example.cn', '2026-12-01 18:57:26.795523+00');
INSERT INTO public.person VALUES (6, '孙丽', '行政复议股股长', 3, '联络员', '0372-5101003', 'sfj@shifan.example.cn', '2026-12-01 18:57:26.886437+00');
INSERT INTO public.person VALUES (7, '周明', '局长', 3, '成员', '', '', '2026-12-01 18:57:26.996202+00');
INSERT INTO public.person VALUES (8, '林静', '办公室工作人员', 3, '办公室', '', '', '2026-12-01 18:57:27.035293+00');
INSERT INTO public.person VALUES (9, '郭涛', '法规股股长', 4, '联络员', '0372-5101004', 'czj@shifan.example.cn', '2026-12-01 18:57:27.142204+00');
INSERT INTO public.person VALUES (10, '何芳', '法规股股长', 5, '联络员', '0372-5101005', 'rsj@shifan.example.cn', '2026-12-01 18:57:27.206798+00');
INSERT INTO public.person VALUES (11, '高远', '法规股股长', 6, '联络员', '0372-5101006', 'zrzyj@shifan.example.cn', '2026-12-01 18:57:27.302159+00');
INSERT INTO public.person VALUES (12, '罗斌', '法规股股长', 7, '联络员', '0372-5101007', 'zjj@shifan.example.cn', '2026-12-01 18:57:27.3948+00');
INSERT INTO public.person VALUES (13, '梁红', '法制股股长', 8, '联络员', '0372-5101008', 'swj@shifan.example.cn', '2026-12-01 18:57:27.494655+00');
INSERT INTO public.person VALUES (14, '宋佳', '法规股股长', 9, '联络员', '0372-5101009', 'scjgj@shifan.example.cn', '2026-12-01 18:57:27.566198+00');
INSERT INTO public.person VALUES (15, '唐亮', '副局长', 10, '联络员', '0372-5101010', 'xfj@shifan.example.cn', '2026-12-01 18:57:27.624912+00');
INSERT INTO public.person VALUES (16, '韩冰', '法制大队大队长', 11, '联络员', '0372-5101011', 'gaj@shifan.example.cn', '2026-12-01 18:57:27.66697+00');
INSERT INTO public.person VALUES (17, '冯雪', '法规股股长', 12, '联络员', '0372-5101012', 'sthj@shifan.example.cn', '2026-12-01 18:57:27.706039+00');
INSERT INTO public.person VALUES (18, '邓凯', '法规股股长', 13, '联络员', '0372-5101013', 'cgj@shifan.example.cn', '2026-12-01 18:57:27.802476+00');
INSERT INTO public.person VALUES (19, '许文', '行政审判庭庭长', 14, '联络员', '0372-5101014', 'fy@shifan.example.cn', '2026-12-01 18:57:27.880476+00');
INSERT INTO public.person VALUES (20, '曹阳', '行政检察部主任', 15, '联络员', '0372-5101015', 'jcy@shifan.example.cn', '2026-12-01 18:57:27.949991+00');
INSERT INTO public.person VALUES (21, '彭程', '司法所所长', 16, '联络员', '0372-5101016', 'cgz@shifan.example.cn', '2026-12-01 18:57:28.006322+00');
INSERT INTO public.person VALUES (22, '袁媛', '司法所所长', 17, '联络员', '0372-5101017', 'dcjd@shifan.example.cn', '2026-12-01 18:57:28.109303+00');


--
-- Data for Name: project; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.project VALUES (1, '锦绣家园小区', '问题楼盘', NULL, '', 277, NULL, '', '2026-12-01 18:57:42.766078+00', '2026-12-01 18:57:42.766078+00');


--
-- Data for Name: project_case; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.project_case VALUES (1, 1, 2);


--
-- Data for Name: report_snapshot; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.report_snapshot VALUES (1, 2024, 2, '', '2026-12-01 18:57:41.09808+00', '测试员@postgres', '{"period": {"year": 2024, "quarter": 2, "code": "2024Q2", "label": "2024年第二季度", "start": "2024-04-01", "end": "2024-06-30", "as_of": "2024-06-30", "complete": true}, "compare": {"last_year": {"year": 2023, "quarter": 2, "code": "2023Q2", "label": "2023年第二季度", "start": "2023-04-01", "end": "2023-06-30"}, "previous": {"year": 2024, "quarter": 1, "code": "2024Q1", "label": "2024年第一季度", "start": "2024-01-01", "end": "2024-03-31"}}, "office": {"name": "示范县府院联动联席会议办公室", "region": "示范县", "meeting_name": "示范县府院联动联席会议"}, "scope": {"unit": null, "region": null}, "settings": {"loss_rate_denominator": "closed", "reconsideration_correction_denominator": "decided", "settlement_includes_withdrawal": false, "head_appearance_principal_only": false, "enforcement_closed_includes_terminated": false, "resolution_includes_withdrawn_suits": true, "population_region": "示范县", "population": null}, "definitions": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "kind": "count", "unit": "件", "numerator": "本期新收的一审行政诉讼案件（被告为本地行政机关或乡镇街道），按案号计", "denominator": "", "basis": "立案日期", "setting": "", "note": "", "money": false}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关败诉的案件（撤销、变更、责令履行、确认违法、确认无效、判决赔偿或补偿）", "denominator": "本期审结的一审行政诉讼案件（被告为本地行政机关或乡镇街道）", "basis": "结案日期", "setting": "indicators.loss_rate_denominator", "note": "行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "money": false}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关负责人（正职或分管副职）出庭应诉的案件", "denominator": "本期开庭审理的行政诉讼案件（书面审理不计）", "basis": "开庭日期", "setting": "indicators.head_appearance_principal_only", "note": "负责人出庭应诉率计入正职和分管副职负责人出庭", "money": false}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "kind": "rate", "unit": "%", "numerator": "其中以撤销、变更、确认违法、责令履行或确认无效决定纠错的案件", "denominator": "本期以复议决定结案的行政复议案件（不含调解、和解、撤回）", "basis": "结案日期", "setting": "indicators.reconsideration_correction_denominator", "note": "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "money": false}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "kind": "rate", "unit": "%", "numerator": "其中以调解或和解结案的案件", "denominator": "本期审结的全部行政复议案件", "basis": "结案日期", "setting": "indicators.settlement_includes_withdrawal", "note": "行政复议调解和解率不含撤回申请结案的案件", "money": false}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "kind": "rate", "unit": "%", "numerator": "其中标记为实质性化解（未再进入诉讼或信访）的案件", "denominator": "本期办结的行政争议（行政复议、诉前调解、行政调解，及标记为实质性化解的行政诉讼协调撤诉）", "basis": "结案日期", "setting": "indicators.resolution_includes_withdrawn_suits", "note": "", "money": false}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "kind": "rate", "unit": "%", "numerator": "其中调解成功的案件", "denominator": "本期办结的诉前调解案件", "basis": "结案日期", "setting": "", "note": "", "money": false}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "kind": "count", "unit": "件", "numerator": "本期执结的涉行政机关执行案件（终结本次执行不计为执结）", "denominator": "", "basis": "结案日期", "setting": "indicators.enforcement_closed_includes_terminated", "note": "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）", "money": false}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "kind": "amount", "unit": "元", "numerator": "本期执结的涉行政机关执行案件的执行到位金额", "denominator": "", "basis": "结案日期", "setting": "", "note": "", "money": true}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "kind": "rate", "unit": "%", "numerator": "执行到位金额", "denominator": "本期执结且登记了申请执行标的的涉行政机关执行案件的标的金额", "basis": "结案日期", "setting": "", "note": "", "money": true}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "kind": "rate", "unit": "%", "numerator": "其中已反馈的司法建议、检察建议（不论是否逾期）", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "kind": "rate", "unit": "%", "numerator": "其中在反馈期限内反馈的司法建议、检察建议", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "kind": "rate", "unit": "%", "numerator": "其中按期完成的事项", "denominator": "完成时限在本期（截至统计日）的双清单事项", "basis": "完成时限", "setting": "", "note": "", "money": false}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "kind": "per_10k", "unit": "件/万人", "numerator": "本期新收的一审民事、行政案件", "denominator": "常住人口（配置项 indicators.population，按万人计）", "basis": "立案日期", "setting": "indicators.population", "note": "", "money": false}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "kind": "count", "unit": "件", "numerator": "统计日已过完成时限而未完成的双清单事项（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "kind": "count", "unit": "件", "numerator": "统计日已过反馈期限而未反馈的司法建议、检察建议（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}}, "notes": ["行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "负责人出庭应诉率计入正职和分管副职负责人出庭", "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "行政复议调解和解率不含撤回申请结案的案件", "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）"], "warnings": ["未配置示范县的常住人口（配置项 indicators.population），不计算万人成讼率"], "indicators": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": -100.0, "qoq_display": "↓ -100.0%", "qoq_text": "减少100.0%", "previous": {"numerator": 1, "denominator": null, "value": 1, "display": "1"}}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "unit": "%", "numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "unit": "元", "numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "unit": "%", "numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "unit": "件/万人", "numerator": 0, "denominator": null, "value": null, "display": "—", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": null, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 1, "denominator": null, "value": null, "display": "—"}}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}}, "double_decline": {"achieved": null, "litigation_filed_down": false, "loss_rate_down": null, "text": "无法判断是否实现“双下降”：本期或去年同期没有审结的一审行政诉讼案件。行政诉讼发案量0件（去年同期0件）。"}, "units": [{"unit": "县税务局", "unit_name": "国家税务总局示范县税务局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 1}, {"unit": "东城街道", "unit_name": "示范县东城街道办事处", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 2}, {"unit": "县人社局", "unit_name": "示范县人力资源和社会保障局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 3}, {"unit": "县政府办", "unit_name": "示范县人民政府办公室", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 4}, {"unit": "县住建局", "unit_name": "示范县住房和城乡建设局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 5}, {"unit": "县信访局", "unit_name": "示范县信访局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 6}, {"unit": "县公安局", "unit_name": "示范县公安局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 7}, {"unit": "县发改委", "unit_name": "示范县发展和改革委员会", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 8}, {"unit": "县司法局", "unit_name": "示范县司法局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 9}, {"unit": "城关镇", "unit_name": "示范县城关镇人民政府", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 10}, {"unit": "县城管局", "unit_name": "示范县城市管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 11}, {"unit": "县市场监管局", "unit_name": "示范县市场监督管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 12}, {"unit": "县生态环境分局", "unit_name": "示范县生态环境分局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 13}, {"unit": "县自然资源局", "unit_name": "示范县自然资源局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": -100.0}, "loss_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 14}, {"unit": "县财政局", "unit_name": "示范县财政局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 15}], "attention": {"as_of": "2024-06-30", "watched_enterprises": {"total": 0, "by_level": {"高": 0, "中": 0, "低": 0}, "in_bankruptcy": 0}, "unpaid_enforcement_total": 0, "unpaid_enforcement": [], "losses_total": 0, "losses": [], "overdue_tasks_total": 0, "overdue_tasks": [], "unanswered_suggestions_total": 0, "unanswered_suggestions": []}, "generated_on": "2024-10-15", "trend": [{"period": "2022Q3", "label": "2022年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2022Q4", "label": "2022年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q1", "label": "2023年1季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q2", "label": "2023年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q3", "label": "2023年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q4", "label": "2023年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q1", "label": "2024年1季度", "litigation_filed": 1, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q2", "label": "2024年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 1, "loss_rate": 0.0}]}');


--
-- Data for Name: suggestion; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.suggestion VALUES (1, '司法建议', '示法建〔2024〕3号', '示范县人民法院', 6, '2024-05-06', '2024-07-08', '2个月', false, '2024-06-01', '', true, NULL, '规范征收补偿程序', '2026-12-01 18:57:34.397154+00', '部分采纳');
INSERT INTO public.suggestion VALUES (2, '司法建议', '示法建〔2024〕4号', '示范县人民法院', 5, '2024-09-02', '2024-11-04', '2个月', false, NULL, '', NULL, NULL, '', '2026-12-01 18:57:44.692643+00', NULL);


--
-- Data for Name: suggestion_case; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: suggestion_party; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.suggestion_party VALUES (1, 2, 2);


--
-- Data for Name: task; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task VALUES (1, '议定事项', '建立征收补偿争议会商机制', 6, '', '2024-09-30', '', NULL, false, 1, 1, NULL, '', '', NULL, NULL, '', '2026-12-01 18:57:33.126507+00', '2026-12-01 18:57:33.126507+00');
INSERT INTO public.task VALUES (2, '双清单', '清理行政协议履约情况', 5, '', '2024-08-31', '', NULL, false, NULL, NULL, NULL, '', '', NULL, NULL, '', '2026-12-01 18:57:33.710218+00', '2026-12-01 18:57:33.710218+00');


--
-- Data for Name: task_co_unit; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task_co_unit VALUES (1, 1, 3);


--
-- Data for Name: task_progress; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task_progress VALUES (1, 1, '2024-10-15', '已召开专题会', '', '2026-12-01 18:57:33.99858+00');


--
-- Data for Name: task_subject; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task_subject VALUES (1, 2, NULL, 2, 1);


--
-- Data for Name: unit; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.unit VALUES (1, '示范县人民政府办公室', '县政府办', '政府部门', '示范县', true, '陈晓燕', '0372-5101001', 'zfb@shifan.example.cn', '', '2026-12-01 18:57:25.371863+00', '2026-12-01 18:57:25.371863+00');
INSERT INTO public.unit VALUES (2, '示范县发展和改革委员会', '县发改委', '政府部门', '示范县', true, '马俊', '0372-5101002', 'fgw@shifan.example.cn', '', '2026-12-01 18:57:25.441438+00', '2026-12-01 18:57:25.441438+00');
INSERT INTO public.unit VALUES (3, '示范县司法局', '县司法局', '政府部门', '示范县', true, '孙丽', '0372-5101003', 'sfj@shifan.example.cn', '联席会议办公室设在县司法局', '2026-12-01 18:57:25.506564+00', '2026-12-01 18:57:25.506564+00');
INSERT INTO public.unit VALUES (4, '示范县财政局', '县财政局', '政府部门', '示范县', true, '郭涛', '0372-5101004', 'czj@shifan.example.cn', '', '2026-12-01 18:57:25.570495+00', '2026-12-01 18:57:25.570495+00');
INSERT INTO public.unit VALUES (5, '示范县人力资源和社会保障局', '县人社局', '政府部门', '示范县', true, '何芳', '0372-5101005', 'rsj@shifan.example.cn', '', '2026-12-01 18:57:25.646498+00', '2026-12-01 18:57:25.646498+00');
INSERT INTO public.unit VALUES (6, '示范县自然资源局', '县自然资源局', '政府部门', '示范县', true, '高远', '0372-5101006', 'zrzyj@shifan.example.cn', '', '2026-12-01 18:57:25.698741+00', '2026-12-01 18:57:25.698741+00');
INSERT INTO public.unit VALUES (7, '示范县住房和城乡建设局', '县住建局', '政府部门', '示范县', true, '罗斌', '0372-5101007', 'zjj@shifan.example.cn', '', '2026-12-01 18:57:25.798384+00', '2026-12-01 18:57:25.798384+00');
INSERT INTO public.unit VALUES (8, '国家税务总局示范县税务局', '县税务局', '政府部门', '示范县', true, '梁红', '0372-5101008', 'swj@shifan.example.cn', '', '2026-12-01 18:57:25.866399+00', '2026-12-01 18:57:25.866399+00');
INSERT INTO public.unit VALUES (9, '示范县市场监督管理局', '县市场监管局', '政府部门', '示范县', true, '宋佳', '0372-5101009', 'scjgj@shifan.example.cn', '', '2026-12-01 18:57:25.958157+00', '2026-12-01 18:57:25.958157+00');
INSERT INTO public.unit VALUES (10, '示范县信访局', '县信访局', '政府部门', '示范县', true, '唐亮', '0372-5101010', 'xfj@shifan.example.cn', '', '2026-12-01 18:57:26.001949+00', '2026-12-01 18:57:26.001949+00');
INSERT INTO public.unit VALUES (11, '示范县公安局', '县公安局', '政府部门', '示范县', true, '韩冰', '0372-5101011', 'gaj@shifan.example.cn', '', '2026-12-01 18:57:26.054562+00', '2026-12-01 18:57:26.054562+00');
INSERT INTO public.unit VALUES (12, '示范县生态环境分局', '县生态环境分局', '政府部门', '示范县', true, '冯雪', '0372-5101012', 'sthj@shifan.example.cn', '', '2026-12-01 18:57:26.067258+00', '2026-12-01 18:57:26.067258+00');
INSERT INTO public.unit VALUES (13, '示范县城市管理局', '县城管局', '政府部门', '示范县', true, '邓凯', '0372-5101013', 'cgj@shifan.example.cn', '', '2026-12-01 18:57:26.126086+00', '2026-12-01 18:57:26.126086+00');
INSERT INTO public.unit VALUES (14, '示范县人民法院', '县法院', '法院', '示范县', true, '许文', '0372-5101014', 'fy@shifan.example.cn', '', '2026-12-01 18:57:26.186115+00', '2026-12-01 18:57:26.186115+00');
INSERT INTO public.unit VALUES (15, '示范县人民检察院', '县检察院', '检察院', '示范县', true, '曹阳', '0372-5101015', 'jcy@shifan.example.cn', '', '2026-12-01 18:57:26.242957+00', '2026-12-01 18:57:26.242957+00');
INSERT INTO public.unit VALUES (16, '示范县城关镇人民政府', '城关镇', '乡镇街道', '示范县', true, '彭程', '0372-5101016', 'cgz@shifan.example.cn', '', '2026-12-01 18:57:26.307597+00', '2026-12-01 18:57:26.307597+00');
INSERT INTO public.unit VALUES (17, '示范县东城街道办事处', '东城街道', '乡镇街道', '示范县', true, '袁媛', '0372-5101017', 'dcjd@shifan.example.cn', '', '2026-12-01 18:57:26.357923+00', '2026-12-01 18:57:26.357923+00');


--
-- Data for Name: writer_lock; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.writer_lock VALUES (1);


--
-- Name: attendance_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.attendance_id_seq', 1, false);


--
-- Name: bankruptcy_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.bankruptcy_id_seq', 1, true);


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

SELECT pg_catalog.setval('public.case_party_id_seq', 4, true);


--
-- Name: cases_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.cases_id_seq', 4, true);


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

SELECT pg_catalog.setval('public.journal_anchor_id_seq', 1, true);


--
-- Name: journal_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.journal_id_seq', 78, true);


--
-- Name: judgment_performance_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.judgment_performance_id_seq', 1, false);


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
-- Name: party_alias_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.party_alias_id_seq', 1, true);


--
-- Name: party_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.party_id_seq', 3, true);


--
-- Name: party_merge_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.party_merge_id_seq', 1, false);


--
-- Name: party_watch_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.party_watch_id_seq', 1, true);


--
-- Name: person_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.person_id_seq', 22, true);


--
-- Name: project_case_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.project_case_id_seq', 1, true);


--
-- Name: project_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.project_id_seq', 1, true);


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

SELECT pg_catalog.setval('public.suggestion_id_seq', 2, true);


--
-- Name: suggestion_party_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.suggestion_party_id_seq', 1, true);


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
-- Name: task_subject_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.task_subject_id_seq', 1, true);


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
-- Name: bankruptcy pk_bankruptcy; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bankruptcy
    ADD CONSTRAINT pk_bankruptcy PRIMARY KEY (id);


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
-- Name: judgment_performance pk_judgment_performance; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.judgment_performance
    ADD CONSTRAINT pk_judgment_performance PRIMARY KEY (id);


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
-- Name: party_alias pk_party_alias; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.party_alias
    ADD CONSTRAINT pk_party_alias PRIMARY KEY (id);


--
-- Name: party_merge pk_party_merge; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.party_merge
    ADD CONSTRAINT pk_party_merge PRIMARY KEY (id);


--
-- Name: party_watch pk_party_watch; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.party_watch
    ADD CONSTRAINT pk_party_watch PRIMARY KEY (id);


--
-- Name: person pk_person; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT pk_person PRIMARY KEY (id);


--
-- Name: project pk_project; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.project
    ADD CONSTRAINT pk_project PRIMARY KEY (id);


--
-- Name: project_case pk_project_case; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.project_case
    ADD CONSTRAINT pk_project_case PRIMARY KEY (id);


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
-- Name: suggestion_party pk_suggestion_party; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.suggestion_party
    ADD CONSTRAINT pk_suggestion_party PRIMARY KEY (id);


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
-- Name: task_subject pk_task_subject; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task_subject
    ADD CONSTRAINT pk_task_subject PRIMARY KEY (id);


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
-- Name: bankruptcy uq_bankruptcy_case_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bankruptcy
    ADD CONSTRAINT uq_bankruptcy_case_id UNIQUE (case_id);


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
-- Name: judgment_performance uq_judgment_performance_case_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.judgment_performance
    ADD CONSTRAINT uq_judgment_performance_case_id UNIQUE (case_id);


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
-- Name: party_merge uq_party_merge_party_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.party_merge
    ADD CONSTRAINT uq_party_merge_party_id UNIQUE (party_id);


--
-- Name: party_watch uq_party_watch_party_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.party_watch
    ADD CONSTRAINT uq_party_watch_party_id UNIQUE (party_id);


--
-- Name: project_case uq_project_case_project_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.project_case
    ADD CONSTRAINT uq_project_case_project_id UNIQUE (project_id, case_id);


--
-- Name: project uq_project_name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.project
    ADD CONSTRAINT uq_project_name UNIQUE (name);


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
-- Name: suggestion_party uq_suggestion_party_suggestion_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.suggestion_party
    ADD CONSTRAINT uq_suggestion_party_suggestion_id UNIQUE (suggestion_id, party_id);


--
-- Name: task_co_unit uq_task_co_unit_task_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task_co_unit
    ADD CONSTRAINT uq_task_co_unit_task_id UNIQUE (task_id, unit_id);


--
-- Name: task_subject uq_task_subject_task_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task_subject
    ADD CONSTRAINT uq_task_subject_task_id UNIQUE (task_id);


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
-- Name: ix_case_party_party_case; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_case_party_party_case ON public.case_party USING btree (party_id, case_id, role);


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
-- Name: ix_party_alias_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_party_alias_name ON public.party_alias USING btree (name);


--
-- Name: ix_party_alias_party_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_party_alias_party_id ON public.party_alias USING btree (party_id);


--
-- Name: ix_party_merge_into_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_party_merge_into_id ON public.party_merge USING btree (into_id);


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
-- Name: ix_project_case_case_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_project_case_case_id ON public.project_case USING btree (case_id);


--
-- Name: ix_project_case_project_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_project_case_project_id ON public.project_case USING btree (project_id);


--
-- Name: ix_project_unit_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_project_unit_id ON public.project USING btree (unit_id);


--
-- Name: ix_suggestion_case_case_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_suggestion_case_case_id ON public.suggestion_case USING btree (case_id);


--
-- Name: ix_suggestion_case_suggestion_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_suggestion_case_suggestion_id ON public.suggestion_case USING btree (suggestion_id);


--
-- Name: ix_suggestion_party_party_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_suggestion_party_party_id ON public.suggestion_party USING btree (party_id);


--
-- Name: ix_suggestion_party_suggestion_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_suggestion_party_suggestion_id ON public.suggestion_party USING btree (suggestion_id);


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
-- Name: ix_task_subject_case_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_task_subject_case_id ON public.task_subject USING btree (case_id);


--
-- Name: ix_task_subject_party_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_task_subject_party_id ON public.task_subject USING btree (party_id);


--
-- Name: ix_task_subject_project_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_task_subject_project_id ON public.task_subject USING btree (project_id);


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
-- Name: bankruptcy fk_bankruptcy_case_id_cases; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bankruptcy
    ADD CONSTRAINT fk_bankruptcy_case_id_cases FOREIGN KEY (case_id) REFERENCES public.cases(id);


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
-- Name: judgment_performance fk_judgment_performance_case_id_cases; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.judgment_performance
    ADD CONSTRAINT fk_judgment_performance_case_id_cases FOREIGN KEY (case_id) REFERENCES public.cases(id);


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
-- Name: party_alias fk_party_alias_party_id_party; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.party_alias
    ADD CONSTRAINT fk_party_alias_party_id_party FOREIGN KEY (party_id) REFERENCES public.party(id);


--
-- Name: party_merge fk_party_merge_into_id_party; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.party_merge
    ADD CONSTRAINT fk_party_merge_into_id_party FOREIGN KEY (into_id) REFERENCES public.party(id);


--
-- Name: party_merge fk_party_merge_party_id_party; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.party_merge
    ADD CONSTRAINT fk_party_merge_party_id_party FOREIGN KEY (party_id) REFERENCES public.party(id);


--
-- Name: party_watch fk_party_watch_party_id_party; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.party_watch
    ADD CONSTRAINT fk_party_watch_party_id_party FOREIGN KEY (party_id) REFERENCES public.party(id);


--
-- Name: person fk_person_unit_id_unit; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT fk_person_unit_id_unit FOREIGN KEY (unit_id) REFERENCES public.unit(id);


--
-- Name: project_case fk_project_case_case_id_cases; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.project_case
    ADD CONSTRAINT fk_project_case_case_id_cases FOREIGN KEY (case_id) REFERENCES public.cases(id);


--
-- Name: project_case fk_project_case_project_id_project; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.project_case
    ADD CONSTRAINT fk_project_case_project_id_project FOREIGN KEY (project_id) REFERENCES public.project(id);


--
-- Name: project fk_project_unit_id_unit; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.project
    ADD CONSTRAINT fk_project_unit_id_unit FOREIGN KEY (unit_id) REFERENCES public.unit(id);


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
-- Name: suggestion_party fk_suggestion_party_party_id_party; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.suggestion_party
    ADD CONSTRAINT fk_suggestion_party_party_id_party FOREIGN KEY (party_id) REFERENCES public.party(id);


--
-- Name: suggestion_party fk_suggestion_party_suggestion_id_suggestion; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.suggestion_party
    ADD CONSTRAINT fk_suggestion_party_suggestion_id_suggestion FOREIGN KEY (suggestion_id) REFERENCES public.suggestion(id);


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
-- Name: task_subject fk_task_subject_case_id_cases; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task_subject
    ADD CONSTRAINT fk_task_subject_case_id_cases FOREIGN KEY (case_id) REFERENCES public.cases(id);


--
-- Name: task_subject fk_task_subject_party_id_party; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task_subject
    ADD CONSTRAINT fk_task_subject_party_id_party FOREIGN KEY (party_id) REFERENCES public.party(id);


--
-- Name: task_subject fk_task_subject_project_id_project; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task_subject
    ADD CONSTRAINT fk_task_subject_project_id_project FOREIGN KEY (project_id) REFERENCES public.project(id);


--
-- Name: task_subject fk_task_subject_task_id_task; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task_subject
    ADD CONSTRAINT fk_task_subject_task_id_task FOREIGN KEY (task_id) REFERENCES public.task(id);


--
-- Name: task fk_task_suggestion_id_suggestion; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task
    ADD CONSTRAINT fk_task_suggestion_id_suggestion FOREIGN KEY (suggestion_id) REFERENCES public.suggestion(id);


--
-- PostgreSQL database dump complete
--


