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
-- Name: assess_appeal; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.assess_appeal (
    id integer NOT NULL,
    year integer NOT NULL,
    unit_id integer NOT NULL,
    line_id character varying(30) NOT NULL,
    reason text NOT NULL,
    filed_on date NOT NULL,
    decision character varying(4),
    decided_on date,
    decision_note text NOT NULL,
    points_x100 integer,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: assess_appeal_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.assess_appeal_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: assess_appeal_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.assess_appeal_id_seq OWNED BY public.assess_appeal.id;


--
-- Name: assess_record; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.assess_record (
    id integer NOT NULL,
    unit_id integer NOT NULL,
    line_id character varying(30) NOT NULL,
    occurred_on date NOT NULL,
    basis character varying(100) NOT NULL,
    level character varying(10) NOT NULL,
    points_x100 integer,
    note text NOT NULL,
    recorded_by character varying(100) NOT NULL,
    file_name character varying(200) NOT NULL,
    file_size integer NOT NULL,
    file_sha256 character varying(64) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: assess_record_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.assess_record_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: assess_record_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.assess_record_id_seq OWNED BY public.assess_record.id;


--
-- Name: assess_result; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.assess_result (
    id integer NOT NULL,
    year integer NOT NULL,
    rules_name character varying(200) NOT NULL,
    rules_digest character varying(64) NOT NULL,
    rules_text text NOT NULL,
    published_at timestamp with time zone NOT NULL,
    published_by character varying(100) NOT NULL,
    data json NOT NULL
);


--
-- Name: assess_result_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.assess_result_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: assess_result_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.assess_result_id_seq OWNED BY public.assess_result.id;


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
    note character varying(100) NOT NULL,
    affiliation character varying(100) DEFAULT ''::character varying NOT NULL,
    headcount integer
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
-- Name: digest_send; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.digest_send (
    id integer NOT NULL,
    leader character varying(50) NOT NULL,
    target character varying(300) NOT NULL,
    day date NOT NULL,
    status character varying(4) NOT NULL,
    attempts integer NOT NULL,
    last_error text NOT NULL,
    items integer NOT NULL,
    claimed_at timestamp with time zone,
    claim_token character varying(32) NOT NULL,
    sent_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: digest_send_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.digest_send_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: digest_send_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.digest_send_id_seq OWNED BY public.digest_send.id;


--
-- Name: double_list; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.double_list (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    year integer NOT NULL,
    derived boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: double_list_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.double_list_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: double_list_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.double_list_id_seq OWNED BY public.double_list.id;


--
-- Name: external_figure; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.external_figure (
    id integer NOT NULL,
    region character varying(50) NOT NULL,
    year integer NOT NULL,
    quarter integer NOT NULL,
    key character varying(30) NOT NULL,
    value bigint NOT NULL,
    source character varying(200) NOT NULL,
    note text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: external_figure_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.external_figure_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: external_figure_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.external_figure_id_seq OWNED BY public.external_figure.id;


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
    created_at timestamp with time zone NOT NULL,
    series character varying(20) DEFAULT ''::character varying NOT NULL,
    series_no integer DEFAULT 0 NOT NULL,
    parts json DEFAULT '[]'::json NOT NULL,
    issued_on date
);


--
-- Name: meeting_follow; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.meeting_follow (
    id integer NOT NULL,
    meeting_id integer NOT NULL,
    followed_meeting_id integer,
    task_id integer
);


--
-- Name: meeting_follow_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.meeting_follow_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: meeting_follow_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.meeting_follow_id_seq OWNED BY public.meeting_follow.id;


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
    reply_notice_id integer,
    case_id integer,
    case_rule character varying(80) NOT NULL,
    case_due_on date
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
    created_at timestamp with time zone NOT NULL,
    left_on date
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
    updated_at timestamp with time zone NOT NULL,
    list_section character varying(100) DEFAULT ''::character varying NOT NULL,
    lead_group character varying(50) DEFAULT ''::character varying NOT NULL,
    recurrence character varying(20) DEFAULT ''::character varying NOT NULL,
    period character varying(20) DEFAULT ''::character varying NOT NULL,
    list_order integer,
    item_id integer,
    approved_meeting_id integer,
    list_id integer,
    series_closed_on date
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
-- Name: task_draft; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.task_draft (
    id integer NOT NULL,
    list_section character varying(100) NOT NULL,
    list_no character varying(20) NOT NULL,
    list_order integer,
    cells json NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    list_id integer
);


--
-- Name: task_draft_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.task_draft_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: task_draft_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.task_draft_id_seq OWNED BY public.task_draft.id;


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
    updated_at timestamp with time zone NOT NULL,
    merged_into_id integer,
    merged_on date
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
-- Name: unit_name; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.unit_name (
    id integer NOT NULL,
    unit_id integer NOT NULL,
    name character varying(100) NOT NULL,
    short_name character varying(50),
    valid_from date,
    valid_until date NOT NULL
);


--
-- Name: unit_name_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.unit_name_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: unit_name_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.unit_name_id_seq OWNED BY public.unit_name.id;


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
-- Name: assess_appeal id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assess_appeal ALTER COLUMN id SET DEFAULT nextval('public.assess_appeal_id_seq'::regclass);


--
-- Name: assess_record id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assess_record ALTER COLUMN id SET DEFAULT nextval('public.assess_record_id_seq'::regclass);


--
-- Name: assess_result id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assess_result ALTER COLUMN id SET DEFAULT nextval('public.assess_result_id_seq'::regclass);


--
-- Name: attendance id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance ALTER COLUMN id SET DEFAULT nextval('public.attendance_id_seq'::regclass);


--
-- Name: bankruptcy id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bankruptcy ALTER COLUMN id SET DEFAULT nextval('public.bankruptcy_id_seq'::regclass);


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
-- Name: digest_send id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.digest_send ALTER COLUMN id SET DEFAULT nextval('public.digest_send_id_seq'::regclass);


--
-- Name: double_list id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.double_list ALTER COLUMN id SET DEFAULT nextval('public.double_list_id_seq'::regclass);


--
-- Name: external_figure id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.external_figure ALTER COLUMN id SET DEFAULT nextval('public.external_figure_id_seq'::regclass);


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
-- Name: meeting_follow id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_follow ALTER COLUMN id SET DEFAULT nextval('public.meeting_follow_id_seq'::regclass);


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
-- Name: task_draft id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task_draft ALTER COLUMN id SET DEFAULT nextval('public.task_draft_id_seq'::regclass);


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
-- Name: unit_name id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unit_name ALTER COLUMN id SET DEFAULT nextval('public.unit_name_id_seq'::regclass);


--
-- Name: writer_lock id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.writer_lock ALTER COLUMN id SET DEFAULT nextval('public.writer_lock_id_seq'::regclass);


--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.alembic_version VALUES ('0015');


--
-- Data for Name: assess_appeal; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.assess_appeal VALUES (1, 2024, 7, 'B6', '报道所涉事项不属本单位职责', '2024-10-15', NULL, NULL, '', NULL, '2026-12-01 22:13:53.731452+00', '2026-12-01 22:13:53.731452+00');


--
-- Data for Name: assess_record; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.assess_record VALUES (1, 7, 'B6', '2024-07-01', '市报曝光〔2024〕3号', '市', NULL, '', '测试员@postgres', '', 0, '', '2026-12-01 22:13:53.628329+00', '2026-12-01 22:13:53.628329+00');


--
-- Data for Name: assess_result; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: attendance; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.attendance VALUES (1, 2, '列席', NULL, NULL, '李律师', '', '某律师事务所', NULL);
INSERT INTO public.attendance VALUES (2, 2, '出席', NULL, 5, '示范县人力资源局', '', '', 2);
INSERT INTO public.attendance VALUES (3, 2, '缺席', NULL, 3, '示范县司法局', '', '', NULL);


--
-- Data for Name: bankruptcy; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.bankruptcy VALUES (1, 4, '重整', '受理', '', NULL, NULL, '2026-12-01 22:13:54.44604+00', '2026-12-01 22:13:54.44604+00');


--
-- Data for Name: brief_issue; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.brief_issue VALUES (1, '工作简报', 2024, 1, '2024-10-10', '各成员单位', '2026-12-01 22:13:55.036627+00');


--
-- Data for Name: brief_item; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.brief_item VALUES (1, 1, 5, '工作动态', '报送', '', '劳动争议化解情况', '2024-10-15', 1, '2026-12-01 22:13:55.122201+00');
INSERT INTO public.brief_item VALUES (2, 1, 6, '经验做法', '报送', '', '征收补偿争议会商机制', '2024-10-15', 2, '2026-12-01 22:13:55.319691+00');
INSERT INTO public.brief_item VALUES (3, NULL, 3, '问题建议', '报送', '', '行政复议案件增多', '2024-10-15', 0, '2026-12-01 22:13:55.405264+00');


--
-- Data for Name: bulletin; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.bulletin VALUES (1, 2024, 1, 2024, 3, '2024-10-15', '', '{"start": "2024-07-01", "end": "2024-09-30", "black": [{"unit_id": 5, "unit": "县人社局", "open_late": 1, "done_late": 0, "suggestions_late": 0, "replies_missing": 0, "replies_late": 0, "text": "逾期未办结事项1项"}], "red": [{"unit_id": 6, "unit": "县自然资源局", "due": 1}]}', '2026-12-01 22:13:52.524287+00');


--
-- Data for Name: calendar_override; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: case_event; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_event VALUES (1, 1, '开庭', '2024-05-20', '', '2026-12-01 22:13:49.684314+00');


--
-- Data for Name: case_link; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_link VALUES (1, 3, 1, '2026-12-01 22:13:50.97417+00');


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

INSERT INTO public.cases VALUES (1, '行政诉讼', '（2024）豫0591行初15号', '案号', 2024, '豫0591', '基层', '行初', '行政一审案件', '行政', '一审', '土地征收', 6, '', '2024-03-15', '2024-03-15', '2024-05-20', '2024-06-28', '已结', '驳回诉讼请求', false, false, true, false, false, true, NULL, NULL, NULL, NULL, NULL, NULL, '', '不服征收补偿决定', '2026-12-01 22:13:49.398256+00', '2026-12-01 22:13:49.848311+00');
INSERT INTO public.cases VALUES (2, '行政复议', '示政复〔2024〕12号', '自编号', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', 5, '', '2024-04-02', '2024-04-02', NULL, '2024-06-01', '已结', '撤销', false, true, true, false, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', '', '2026-12-01 22:13:49.57604+00', '2026-12-01 22:13:49.953413+00');
INSERT INTO public.cases VALUES (3, '行政诉讼', '（2024）豫05行终8号', '案号', 2024, '豫05', '中级', '行终', '行政二审案件', '行政', '二审', '', 6, '', '2024-08-01', '2024-08-01', NULL, NULL, '在办', NULL, false, false, false, false, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', '', '2026-12-01 22:13:50.930081+00', '2026-12-01 22:13:50.930081+00');
INSERT INTO public.cases VALUES (4, '破产', '（2024）豫0591破2号', '案号', 2024, '豫0591', '基层', '破', '破产清算案件/破产重整案件/破产和解案件', '破产', '其他', '', 5, '', '2024-07-01', '2024-07-01', NULL, NULL, '在办', NULL, false, false, false, false, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', '', '2026-12-01 22:13:54.350591+00', '2026-12-01 22:13:54.350591+00');


--
-- Data for Name: db_user_unit; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: delivery; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: digest_send; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: double_list; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.double_list VALUES (1, '2024年度府院联动双清单', 2024, false, '2026-12-01 22:13:56.890385+00', '2026-12-01 22:13:56.890385+00');


--
-- Data for Name: external_figure; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.external_figure VALUES (1, '示范县', 2023, 0, 'population', 812300, '县统计局', '', '2026-12-01 22:13:53.379463+00', '2026-12-01 22:13:53.379463+00');


--
-- Data for Name: journal; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.journal VALUES (1, '2026-12-01 22:13:48.50243+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'office', 1, NULL, 'null', '{"name": "示范县府院联动联席会议办公室", "region": "示范县", "meeting_name": "示范县府院联动联席会议", "created_at": "2026-12-01T22:13:48.487252+00:00", "id": 1}', '0000000000000000000000000000000000000000000000000000000000000000', '2327e47b2860b6066199c34102f8f1eb4cd799b87bd7015c7e1c9bca980e97dc', 1);
INSERT INTO public.journal VALUES (2, '2026-12-01 22:13:48.535114+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'unit', 1, NULL, 'null', '{"name": "示范县人民政府办公室", "short_name": "县政府办", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "陈晓燕", "liaison_phone": "0372-5101001", "liaison_email": "zfb@shifan.example.cn", "note": "", "created_at": "2026-12-01T22:13:48.528505+00:00", "updated_at": "2026-12-01T22:13:48.528505+00:00", "id": 1, "merged_into_id": null, "merged_on": null}', '2327e47b2860b6066199c34102f8f1eb4cd799b87bd7015c7e1c9bca980e97dc', 'ddacfe498b01cc83acfecf8f3606ebe196aab9827f916e298274eeb2b0f8c241', 1);
INSERT INTO public.journal VALUES (3, '2026-12-01 22:13:48.559698+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'unit', 2, NULL, 'null', '{"name": "示范县发展和改革委员会", "short_name": "县发改委", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "马俊", "liaison_phone": "0372-5101002", "liaison_email": "fgw@shifan.example.cn", "note": "", "created_at": "2026-12-01T22:13:48.552035+00:00", "updated_at": "2026-12-01T22:13:48.552035+00:00", "id": 2, "merged_into_id": null, "merged_on": null}', 'ddacfe498b01cc83acfecf8f3606ebe196aab9827f916e298274eeb2b0f8c241', '7e6e054de0c8a6b2345aef119abf5c83543438877d976e15e78a74a3843dbcca', 1);
INSERT INTO public.journal VALUES (4, '2026-12-01 22:13:48.571098+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'unit', 3, NULL, 'null', '{"name": "示范县司法局", "short_name": "县司法局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "孙丽", "liaison_phone": "0372-5101003", "liaison_email": "sfj@shifan.example.cn", "note": "联席会议办公室设在县司法局", "created_at": "2026-12-01T22:13:48.565899+00:00", "updated_at": "2026-12-01T22:13:48.565899+00:00", "id": 3, "merged_into_id": null, "merged_on": null}', '7e6e054de0c8a6b2345aef119abf5c83543438877d976e15e78a74a3843dbcca', 'ab5cfbe6a0059769d2877710b323725634d86dff0f3047056af47bebe1403a46', 1);
INSERT INTO public.journal VALUES (5, '2026-12-01 22:13:48.590483+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'unit', 4, NULL, 'null', '{"name": "示范县财政局", "short_name": "县财政局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "郭涛", "liaison_phone": "0372-5101004", "liaison_email": "czj@shifan.example.cn", "note": "", "created_at": "2026-12-01T22:13:48.581967+00:00", "updated_at": "2026-12-01T22:13:48.581967+00:00", "id": 4, "merged_into_id": null, "merged_on": null}', 'ab5cfbe6a0059769d2877710b323725634d86dff0f3047056af47bebe1403a46', '8dbd1e7d6cc8fddc8fcb03f1b059eccf3b7aa9b89cfda268248de170e17ce916', 1);
INSERT INTO public.journal VALUES (6, '2026-12-01 22:13:48.602055+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'unit', 5, NULL, 'null', '{"name": "示范县人力资源和社会保障局", "short_name": "县人社局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "何芳", "liaison_phone": "0372-5101005", "liaison_email": "rsj@shifan.example.cn", "note": "", "created_at": "2026-12-01T22:13:48.596871+00:00", "updated_at": "2026-12-01T22:13:48.596871+00:00", "id": 5, "merged_into_id": null, "merged_on": null}', '8dbd1e7d6cc8fddc8fcb03f1b059eccf3b7aa9b89cfda268248de170e17ce916', 'f7253cf89c35f7a56500a90490743b82d6c141f2bd985c4ac65a57d0afd8fc71', 1);
INSERT INTO public.journal VALUES (7, '2026-12-01 22:13:48.614096+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'unit', 6, NULL, 'null', '{"name": "示范县自然资源局", "short_name": "县自然资源局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "高远", "liaison_phone": "0372-5101006", "liaison_email": "zrzyj@shifan.example.cn", "note": "", "created_at": "2026-12-01T22:13:48.611531+00:00", "updated_at": "2026-12-01T22:13:48.611531+00:00", "id": 6, "merged_into_id": null, "merged_on": null}', 'f7253cf89c35f7a56500a90490743b82d6c141f2bd985c4ac65a57d0afd8fc71', '36bca11db1a89f5a444773f2521d108307f426114dac2385951b9d6c990a4334', 1);
INSERT INTO public.journal VALUES (8, '2026-12-01 22:13:48.61899+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'unit', 7, NULL, 'null', '{"name": "示范县住房和城乡建设局", "short_name": "县住建局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "罗斌", "liaison_phone": "0372-5101007", "liaison_email": "zjj@shifan.example.cn", "note": "", "created_at": "2026-12-01T22:13:48.617794+00:00", "updated_at": "2026-12-01T22:13:48.617794+00:00", "id": 7, "merged_into_id": null, "merged_on": null}', '36bca11db1a89f5a444773f2521d108307f426114dac2385951b9d6c990a4334', 'e3101bc4a2436bf06b1e24d9d3354c1eec691a7634581c36d87f98c2da180d77', 1);
INSERT INTO public.journal VALUES (9, '2026-12-01 22:13:48.626555+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'unit', 8, NULL, 'null', '{"name": "国家税务总局示范县税务局", "short_name": "县税务局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "梁红", "liaison_phone": "0372-5101008", "liaison_email": "swj@shifan.example.cn", "note": "", "created_at": "2026-12-01T22:13:48.622987+00:00", "updated_at": "2026-12-01T22:13:48.622987+00:00", "id": 8, "merged_into_id": null, "merged_on": null}', 'e3101bc4a2436bf06b1e24d9d3354c1eec691a7634581c36d87f98c2da180d77', 'db2ffbbde588fd98e73e5513b5e839277a566cd74acf77c6984dc8e1ac6c2f70', 1);
INSERT INTO public.journal VALUES (10, '2026-12-01 22:13:48.633301+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'unit', 9, NULL, 'null', '{"name": "示范县市场监督管理局", "short_name": "县市场监管局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "宋佳", "liaison_phone": "0372-5101009", "liaison_email": "scjgj@shifan.example.cn", "note": "", "created_at": "2026-12-01T22:13:48.631928+00:00", "updated_at": "2026-12-01T22:13:48.631928+00:00", "id": 9, "merged_into_id": null, "merged_on": null}', 'db2ffbbde588fd98e73e5513b5e839277a566cd74acf77c6984dc8e1ac6c2f70', 'c16de501eff8e1090acaf0f5a39cc8be2766e840f60eb9019057e9f7339d781d', 1);
INSERT INTO public.journal VALUES (11, '2026-12-01 22:13:48.640329+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'unit', 10, NULL, 'null', '{"name": "示范县信访局", "short_name": "县信访局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "唐亮", "liaison_phone": "0372-5101010", "liaison_email": "xfj@shifan.example.cn", "note": "", "created_at": "2026-12-01T22:13:48.638823+00:00", "updated_at": "2026-12-01T22:13:48.638823+00:00", "id": 10, "merged_into_id": null, "merged_on": null}', 'c16de501eff8e1090acaf0f5a39cc8be2766e840f60eb9019057e9f7339d781d', 'ebf4822f19bdd901c86dcddd262ca0bd49cf873906bd416d9a90a91afacd5396', 1);
INSERT INTO public.journal VALUES (25, '2026-12-01 22:13:48.830329+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'person', 7, NULL, 'null', '{"name": "周明", "title": "局长", "unit_id": 3, "role": "成员", "phone": "", "email": "", "created_at": "2026-12-01T22:13:48.825723+00:00", "id": 7, "left_on": null}', '1e942ac6311429a7b8ed09ac291c5764cd2be603dbe9eb2b07c0a94a762aebf0', '1a1c1a47d768c703eff7d80b593a0de256d5e33f6cbc4801d1188578d558789d', 1);
INSERT INTO public.journal VALUES (12, '2026-12-01 22:13:48.645854+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'unit', 11, NULL, 'null', '{"name": "示范县公安局", "short_name": "县公安局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "韩冰", "liaison_phone": "0372-5101011", "liaison_email": "gaj@shifan.example.cn", "note": "", "created_at": "2026-12-01T22:13:48.642103+00:00", "updated_at": "2026-12-01T22:13:48.642103+00:00", "id": 11, "merged_into_id": null, "merged_on": null}', 'ebf4822f19bdd901c86dcddd262ca0bd49cf873906bd416d9a90a91afacd5396', 'f4f1fcce6ab44ed286f293d3627ed64b6504054ed680d83bdcd2ac0070a3410c', 1);
INSERT INTO public.journal VALUES (13, '2026-12-01 22:13:48.655526+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'unit', 12, NULL, 'null', '{"name": "示范县生态环境分局", "short_name": "县生态环境分局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "冯雪", "liaison_phone": "0372-5101012", "liaison_email": "sthj@shifan.example.cn", "note": "", "created_at": "2026-12-01T22:13:48.654421+00:00", "updated_at": "2026-12-01T22:13:48.654421+00:00", "id": 12, "merged_into_id": null, "merged_on": null}', 'f4f1fcce6ab44ed286f293d3627ed64b6504054ed680d83bdcd2ac0070a3410c', 'ffeeea75a963ab29e8e29590f7ad7b8cfdfc5af79109a13fb62ee32e5f7c683f', 1);
INSERT INTO public.journal VALUES (14, '2026-12-01 22:13:48.670085+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'unit', 13, NULL, 'null', '{"name": "示范县城市管理局", "short_name": "县城管局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "邓凯", "liaison_phone": "0372-5101013", "liaison_email": "cgj@shifan.example.cn", "note": "", "created_at": "2026-12-01T22:13:48.660208+00:00", "updated_at": "2026-12-01T22:13:48.660208+00:00", "id": 13, "merged_into_id": null, "merged_on": null}', 'ffeeea75a963ab29e8e29590f7ad7b8cfdfc5af79109a13fb62ee32e5f7c683f', '1b08d65c0100600692c4104bd3f93b33df30ca4263fd39c18acbc7cb1080e556', 1);
INSERT INTO public.journal VALUES (15, '2026-12-01 22:13:48.682058+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'unit', 14, NULL, 'null', '{"name": "示范县人民法院", "short_name": "县法院", "kind": "法院", "region": "示范县", "is_member": true, "liaison_name": "许文", "liaison_phone": "0372-5101014", "liaison_email": "fy@shifan.example.cn", "note": "", "created_at": "2026-12-01T22:13:48.674867+00:00", "updated_at": "2026-12-01T22:13:48.674867+00:00", "id": 14, "merged_into_id": null, "merged_on": null}', '1b08d65c0100600692c4104bd3f93b33df30ca4263fd39c18acbc7cb1080e556', '8d1d4cf16759e28c89e3da9b28d6337de85ee38baff808dd2a436cba3c15d6e6', 1);
INSERT INTO public.journal VALUES (16, '2026-12-01 22:13:48.686059+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'unit', 15, NULL, 'null', '{"name": "示范县人民检察院", "short_name": "县检察院", "kind": "检察院", "region": "示范县", "is_member": true, "liaison_name": "曹阳", "liaison_phone": "0372-5101015", "liaison_email": "jcy@shifan.example.cn", "note": "", "created_at": "2026-12-01T22:13:48.685001+00:00", "updated_at": "2026-12-01T22:13:48.685001+00:00", "id": 15, "merged_into_id": null, "merged_on": null}', '8d1d4cf16759e28c89e3da9b28d6337de85ee38baff808dd2a436cba3c15d6e6', '937d7d084fa387099ddce21704a6aac8cc975ad4382c6968f5033564cd485f77', 1);
INSERT INTO public.journal VALUES (17, '2026-12-01 22:13:48.695138+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'unit', 16, NULL, 'null', '{"name": "示范县城关镇人民政府", "short_name": "城关镇", "kind": "乡镇街道", "region": "示范县", "is_member": true, "liaison_name": "彭程", "liaison_phone": "0372-5101016", "liaison_email": "cgz@shifan.example.cn", "note": "", "created_at": "2026-12-01T22:13:48.693937+00:00", "updated_at": "2026-12-01T22:13:48.693937+00:00", "id": 16, "merged_into_id": null, "merged_on": null}', '937d7d084fa387099ddce21704a6aac8cc975ad4382c6968f5033564cd485f77', 'cd11a1c0b592462a7a931a4b43e579fd60c63d0c70a4b1b276d77773f082ce96', 1);
INSERT INTO public.journal VALUES (18, '2026-12-01 22:13:48.710294+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'unit', 17, NULL, 'null', '{"name": "示范县东城街道办事处", "short_name": "东城街道", "kind": "乡镇街道", "region": "示范县", "is_member": true, "liaison_name": "袁媛", "liaison_phone": "0372-5101017", "liaison_email": "dcjd@shifan.example.cn", "note": "", "created_at": "2026-12-01T22:13:48.701942+00:00", "updated_at": "2026-12-01T22:13:48.701942+00:00", "id": 17, "merged_into_id": null, "merged_on": null}', 'cd11a1c0b592462a7a931a4b43e579fd60c63d0c70a4b1b276d77773f082ce96', 'b03208f3cd28a20d326f54fa9f843873567ea5309e2cb2451a98db5e0240bb5c', 1);
INSERT INTO public.journal VALUES (19, '2026-12-01 22:13:48.738619+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'person', 1, NULL, 'null', '{"name": "王建国", "title": "县长", "unit_id": null, "role": "召集人", "phone": "", "email": "", "created_at": "2026-12-01T22:13:48.724104+00:00", "id": 1, "left_on": null}', 'b03208f3cd28a20d326f54fa9f843873567ea5309e2cb2451a98db5e0240bb5c', 'adf2c4f9f1ea9a6130318cb78eb91ed4c4b2dcd3d5b472e2259663e4c5250720', 1);
INSERT INTO public.journal VALUES (20, '2026-12-01 22:13:48.750197+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'person', 2, NULL, 'null', '{"name": "刘清华", "title": "常务副县长", "unit_id": null, "role": "副召集人", "phone": "", "email": "", "created_at": "2026-12-01T22:13:48.746870+00:00", "id": 2, "left_on": null}', 'adf2c4f9f1ea9a6130318cb78eb91ed4c4b2dcd3d5b472e2259663e4c5250720', 'fd93cfa9d692f0911ab6e92ae2431419e7df6eac2c4d08826683863b8e41dc9e', 1);
INSERT INTO public.journal VALUES (21, '2026-12-01 22:13:48.757091+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'person', 3, NULL, 'null', '{"name": "赵立新", "title": "县人民法院院长", "unit_id": null, "role": "副召集人", "phone": "", "email": "", "created_at": "2026-12-01T22:13:48.754518+00:00", "id": 3, "left_on": null}', 'fd93cfa9d692f0911ab6e92ae2431419e7df6eac2c4d08826683863b8e41dc9e', '68302b345a5919b55c0a200a3a48fdbc0226c546d3278ae0ecb21eb7a320bba9', 1);
INSERT INTO public.journal VALUES (22, '2026-12-01 22:13:48.781498+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'person', 4, NULL, 'null', '{"name": "陈晓燕", "title": "副主任", "unit_id": 1, "role": "联络员", "phone": "0372-5101001", "email": "zfb@shifan.example.cn", "created_at": "2026-12-01T22:13:48.774055+00:00", "id": 4, "left_on": null}', '68302b345a5919b55c0a200a3a48fdbc0226c546d3278ae0ecb21eb7a320bba9', '73bea1df048e94fa601c65ce0d3b539b9065edda6dd64f4bb521cff94f64dbb7', 1);
INSERT INTO public.journal VALUES (23, '2026-12-01 22:13:48.79587+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'person', 5, NULL, 'null', '{"name": "马俊", "title": "科长", "unit_id": 2, "role": "联络员", "phone": "0372-5101002", "email": "fgw@shifan.example.cn", "created_at": "2026-12-01T22:13:48.794878+00:00", "id": 5, "left_on": null}', '73bea1df048e94fa601c65ce0d3b539b9065edda6dd64f4bb521cff94f64dbb7', '58becc0d2678e0e7b5e111ae6a62a74db3b4c578273ae4bf53a40e3655f9cd77', 1);
INSERT INTO public.journal VALUES (24, '2026-12-01 22:13:48.817988+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'person', 6, NULL, 'null', '{"name": "孙丽", "title": "行政复议股股长", "unit_id": 3, "role": "联络员", "phone": "0372-5101003", "email": "sfj@shifan.example.cn", "created_at": "2026-12-01T22:13:48.813738+00:00", "id": 6, "left_on": null}', '58becc0d2678e0e7b5e111ae6a62a74db3b4c578273ae4bf53a40e3655f9cd77', '1e942ac6311429a7b8ed09ac291c5764cd2be603dbe9eb2b07c0a94a762aebf0', 1);
INSERT INTO public.journal VALUES (26, '2026-12-01 22:13:48.842327+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'person', 8, NULL, 'null', '{"name": "林静", "title": "办公室工作人员", "unit_id": 3, "role": "办公室", "phone": "", "email": "", "created_at": "2026-12-01T22:13:48.837566+00:00", "id": 8, "left_on": null}', '1a1c1a47d768c703eff7d80b593a0de256d5e33f6cbc4801d1188578d558789d', '26d26a2af1eb15262466a336defeaee0bb75bad14a0b5c07ab4f9bbc40c15289', 1);
INSERT INTO public.journal VALUES (27, '2026-12-01 22:13:48.870244+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'person', 9, NULL, 'null', '{"name": "郭涛", "title": "法规股股长", "unit_id": 4, "role": "联络员", "phone": "0372-5101004", "email": "czj@shifan.example.cn", "created_at": "2026-12-01T22:13:48.866094+00:00", "id": 9, "left_on": null}', '26d26a2af1eb15262466a336defeaee0bb75bad14a0b5c07ab4f9bbc40c15289', 'e40e9d7e6b9d41e2ffcceba150ee95b1514c3a0b641a664f018782520f1a8641', 1);
INSERT INTO public.journal VALUES (28, '2026-12-01 22:13:48.8944+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'person', 10, NULL, 'null', '{"name": "何芳", "title": "法规股股长", "unit_id": 5, "role": "联络员", "phone": "0372-5101005", "email": "rsj@shifan.example.cn", "created_at": "2026-12-01T22:13:48.889866+00:00", "id": 10, "left_on": null}', 'e40e9d7e6b9d41e2ffcceba150ee95b1514c3a0b641a664f018782520f1a8641', '83fa32ebc7c5b50f9652cf7c54ddaebb39e4ea2a96a9d9abd560da43961a8409', 1);
INSERT INTO public.journal VALUES (29, '2026-12-01 22:13:48.910092+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'person', 11, NULL, 'null', '{"name": "高远", "title": "法规股股长", "unit_id": 6, "role": "联络员", "phone": "0372-5101006", "email": "zrzyj@shifan.example.cn", "created_at": "2026-12-01T22:13:48.905790+00:00", "id": 11, "left_on": null}', '83fa32ebc7c5b50f9652cf7c54ddaebb39e4ea2a96a9d9abd560da43961a8409', '71b52b70d332c087d60abf8749d352f5928f71405d98c832a851e224424a95d8', 1);
INSERT INTO public.journal VALUES (30, '2026-12-01 22:13:48.925954+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'person', 12, NULL, 'null', '{"name": "罗斌", "title": "法规股股长", "unit_id": 7, "role": "联络员", "phone": "0372-5101007", "email": "zjj@shifan.example.cn", "created_at": "2026-12-01T22:13:48.922505+00:00", "id": 12, "left_on": null}', '71b52b70d332c087d60abf8749d352f5928f71405d98c832a851e224424a95d8', '2150226afaf90c061178d28aad8e71a5794e4f48c23792a1137a21471652882e', 1);
INSERT INTO public.journal VALUES (31, '2026-12-01 22:13:48.942664+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'person', 13, NULL, 'null', '{"name": "梁红", "title": "法制股股长", "unit_id": 8, "role": "联络员", "phone": "0372-5101008", "email": "swj@shifan.example.cn", "created_at": "2026-12-01T22:13:48.939776+00:00", "id": 13, "left_on": null}', '2150226afaf90c061178d28aad8e71a5794e4f48c23792a1137a21471652882e', 'f5ca3d03995da31b40f738d292af1a357f10dfe20c6d6af63be78757b0f3a079', 1);
INSERT INTO public.journal VALUES (32, '2026-12-01 22:13:48.958255+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'person', 14, NULL, 'null', '{"name": "宋佳", "title": "法规股股长", "unit_id": 9, "role": "联络员", "phone": "0372-5101009", "email": "scjgj@shifan.example.cn", "created_at": "2026-12-01T22:13:48.955827+00:00", "id": 14, "left_on": null}', 'f5ca3d03995da31b40f738d292af1a357f10dfe20c6d6af63be78757b0f3a079', 'b4b76db8574185dff3ce13dc0a229c1a6cefefb2b53a52e7dff8b5e709481c69', 1);
INSERT INTO public.journal VALUES (33, '2026-12-01 22:13:48.993956+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'person', 15, NULL, 'null', '{"name": "唐亮", "title": "副局长", "unit_id": 10, "role": "联络员", "phone": "0372-5101010", "email": "xfj@shifan.example.cn", "created_at": "2026-12-01T22:13:48.989995+00:00", "id": 15, "left_on": null}', 'b4b76db8574185dff3ce13dc0a229c1a6cefefb2b53a52e7dff8b5e709481c69', '27cb5c3f8ce1c1cdab79eb28f7df091f8a30b8a6b3fdae594d0b11223dee0514', 1);
INSERT INTO public.journal VALUES (34, '2026-12-01 22:13:49.018278+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'person', 16, NULL, 'null', '{"name": "韩冰", "title": "法制大队大队长", "unit_id": 11, "role": "联络员", "phone": "0372-5101011", "email": "gaj@shifan.example.cn", "created_at": "2026-12-01T22:13:49.009806+00:00", "id": 16, "left_on": null}', '27cb5c3f8ce1c1cdab79eb28f7df091f8a30b8a6b3fdae594d0b11223dee0514', 'd0729d0297f9b038a10d6c00e89e24868e99989e92266985265e8dfde55e92c7', 1);
INSERT INTO public.journal VALUES (35, '2026-12-01 22:13:49.034239+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'person', 17, NULL, 'null', '{"name": "冯雪", "title": "法规股股长", "unit_id": 12, "role": "联络员", "phone": "0372-5101012", "email": "sthj@shifan.example.cn", "created_at": "2026-12-01T22:13:49.029771+00:00", "id": 17, "left_on": null}', 'd0729d0297f9b038a10d6c00e89e24868e99989e92266985265e8dfde55e92c7', '6326628edfe4edd306714f3cc9f87faed5b5cd78b0d38bc0c7ed903260c8517b', 1);
INSERT INTO public.journal VALUES (36, '2026-12-01 22:13:49.058005+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'person', 18, NULL, 'null', '{"name": "邓凯", "title": "法规股股长", "unit_id": 13, "role": "联络员", "phone": "0372-5101013", "email": "cgj@shifan.example.cn", "created_at": "2026-12-01T22:13:49.056301+00:00", "id": 18, "left_on": null}', '6326628edfe4edd306714f3cc9f87faed5b5cd78b0d38bc0c7ed903260c8517b', '8f7211d8c21ef7d83c5de452026ed5d3d7317aadf3712f864afe0dea8e423595', 1);
INSERT INTO public.journal VALUES (37, '2026-12-01 22:13:49.086704+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'person', 19, NULL, 'null', '{"name": "许文", "title": "行政审判庭庭长", "unit_id": 14, "role": "联络员", "phone": "0372-5101014", "email": "fy@shifan.example.cn", "created_at": "2026-12-01T22:13:49.081806+00:00", "id": 19, "left_on": null}', '8f7211d8c21ef7d83c5de452026ed5d3d7317aadf3712f864afe0dea8e423595', '49d52bdf46ce372912d4e1e72ef603fa8b2a1082efd66a529a63829c4309a0d9', 1);
INSERT INTO public.journal VALUES (38, '2026-12-01 22:13:49.102074+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'person', 20, NULL, 'null', '{"name": "曹阳", "title": "行政检察部主任", "unit_id": 15, "role": "联络员", "phone": "0372-5101015", "email": "jcy@shifan.example.cn", "created_at": "2026-12-01T22:13:49.097794+00:00", "id": 20, "left_on": null}', '49d52bdf46ce372912d4e1e72ef603fa8b2a1082efd66a529a63829c4309a0d9', 'dae852856af03c2a7685499fd14f67e9b83de9f030e687ee3bdc71c484c659a0', 1);
INSERT INTO public.journal VALUES (39, '2026-12-01 22:13:49.122107+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'person', 21, NULL, 'null', '{"name": "彭程", "title": "司法所所长", "unit_id": 16, "role": "联络员", "phone": "0372-5101016", "email": "cgz@shifan.example.cn", "created_at": "2026-12-01T22:13:49.115306+00:00", "id": 21, "left_on": null}', 'dae852856af03c2a7685499fd14f67e9b83de9f030e687ee3bdc71c484c659a0', '2acc45373128c300e0298cfbea7860545e2d302faaf97e89f4139cc862cceaa3', 1);
INSERT INTO public.journal VALUES (40, '2026-12-01 22:13:49.144167+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'person', 22, NULL, 'null', '{"name": "袁媛", "title": "司法所所长", "unit_id": 17, "role": "联络员", "phone": "0372-5101017", "email": "dcjd@shifan.example.cn", "created_at": "2026-12-01T22:13:49.137820+00:00", "id": 22, "left_on": null}', '2acc45373128c300e0298cfbea7860545e2d302faaf97e89f4139cc862cceaa3', '932ea5cb7aa68ff442a69ee60c9f49bc52b433754b81d33ede606492721f6851', 1);
INSERT INTO public.journal VALUES (41, '2026-12-01 22:13:49.427159+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'case', 1, 1, 'null', '{"category": "行政诉讼", "case_no": "（2024）豫0591行初15号", "no_kind": "案号", "year": 2024, "court_code": "豫0591", "court_level": "基层", "type_code": "行初", "type_name": "行政一审案件", "case_family": "行政", "instance": "一审", "field": "土地征收", "unit_id": 6, "court": "", "received_on": "2024-03-15", "filed_on": "2024-03-15", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "不服征收补偿决定", "created_at": "2026-12-01T22:13:49.398256+00:00", "updated_at": "2026-12-01T22:13:49.398256+00:00", "id": 1}', '932ea5cb7aa68ff442a69ee60c9f49bc52b433754b81d33ede606492721f6851', '08c7b2d8099a88f7dd91f97937505156556dcd5dbc1d95208a82edc30d3b4d30', 41);
INSERT INTO public.journal VALUES (42, '2026-12-01 22:13:49.447034+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'party', 1, NULL, 'null', '{"name": "张三", "kind": "自然人", "id_kind": "身份证", "id_number": "410502********1232", "created_at": "2026-12-01T22:13:49.438358+00:00", "id": 1}', '08c7b2d8099a88f7dd91f97937505156556dcd5dbc1d95208a82edc30d3b4d30', '9eba73dd811b7bec700304deaabc6c88af14c89a683a940eb2c51cc918c5872a', 41);
INSERT INTO public.journal VALUES (43, '2026-12-01 22:13:49.45814+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'case_party', 1, 1, 'null', '{"case_id": 1, "party_id": 1, "role": "原告", "id": 1, "party": "张三"}', '9eba73dd811b7bec700304deaabc6c88af14c89a683a940eb2c51cc918c5872a', 'a3860dd42153826b644ff05f7eb44765f5629d8cb5c0cbb4947d0ef95f9831d2', 41);
INSERT INTO public.journal VALUES (44, '2026-12-01 22:13:49.465901+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'party', 2, NULL, 'null', '{"name": "示范县建工集团", "kind": "法人或其他组织", "id_kind": "统一社会信用代码", "id_number": "91340503MA2N0001XG", "created_at": "2026-12-01T22:13:49.462818+00:00", "id": 2}', 'a3860dd42153826b644ff05f7eb44765f5629d8cb5c0cbb4947d0ef95f9831d2', 'f1f42ea5e31ec8dd01eb1facfb37a795952e4551befee47fd7f38b74af7560f4', 41);
INSERT INTO public.journal VALUES (45, '2026-12-01 22:13:49.482315+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'case_party', 2, 1, 'null', '{"case_id": 1, "party_id": 2, "role": "原告", "id": 2, "party": "示范县建工集团"}', 'f1f42ea5e31ec8dd01eb1facfb37a795952e4551befee47fd7f38b74af7560f4', '0b1eea79f9b847fda87f73ff723b4520455200fac6e6d230d0a5dcbd720351d6', 41);
INSERT INTO public.journal VALUES (46, '2026-12-01 22:13:49.590757+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'case', 2, 2, 'null', '{"category": "行政复议", "case_no": "示政复〔2024〕12号", "no_kind": "自编号", "year": null, "court_code": null, "court_level": null, "type_code": null, "type_name": null, "case_family": null, "instance": null, "field": "", "unit_id": 5, "court": "", "received_on": "2024-04-02", "filed_on": "2024-04-02", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "", "created_at": "2026-12-01T22:13:49.576040+00:00", "updated_at": "2026-12-01T22:13:49.576040+00:00", "id": 2}', '0b1eea79f9b847fda87f73ff723b4520455200fac6e6d230d0a5dcbd720351d6', '954fe71bd348c0e58f35e03a75cb9842cd14c0a4a454b7a414286932f04a3162', 46);
INSERT INTO public.journal VALUES (47, '2026-12-01 22:13:49.604285+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'party', 3, NULL, 'null', '{"name": "李四", "kind": "自然人", "id_kind": "", "id_number": null, "created_at": "2026-12-01T22:13:49.603356+00:00", "id": 3}', '954fe71bd348c0e58f35e03a75cb9842cd14c0a4a454b7a414286932f04a3162', 'a915cd1b3ee2a588a26a4260f798fbdedd328a549a97ea71df9c1659892cc556', 46);
INSERT INTO public.journal VALUES (48, '2026-12-01 22:13:49.616232+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'case_party', 3, 2, 'null', '{"case_id": 2, "party_id": 3, "role": "申请人", "id": 3, "party": "李四"}', 'a915cd1b3ee2a588a26a4260f798fbdedd328a549a97ea71df9c1659892cc556', '21442d0d647dc0b30de46e2e86a70fbb1ede9a541b2c07ed471f4792cf8ac741', 46);
INSERT INTO public.journal VALUES (49, '2026-12-01 22:13:49.703721+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'case_event', 1, 1, 'null', '{"case_id": 1, "kind": "开庭", "occurred_on": "2024-05-20", "note": "", "created_at": "2026-12-01T22:13:49.684314+00:00", "id": 1}', '21442d0d647dc0b30de46e2e86a70fbb1ede9a541b2c07ed471f4792cf8ac741', 'e67e39eb3b53df167325cba503e485be17158b35cbc126cf5f52bacbd06cd2f7', 49);
INSERT INTO public.journal VALUES (50, '2026-12-01 22:13:49.761642+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'update', 'case', 1, 1, '{"court_code": "豫0591", "court": "", "is_correction": false, "claimed_fen": null, "court_level": "基层", "received_on": "2024-03-15", "is_judgment": false, "recovered_fen": null, "category": "行政诉讼", "type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "resolved": null, "id": 1, "type_name": "行政一审案件", "heard_on": null, "is_withdrawn": false, "group_size": null, "case_no": "（2024）豫0591行初15号", "case_family": "行政", "closed_on": null, "risk_level": "", "summary": "不服征收补偿决定", "no_kind": "案号", "instance": "一审", "status": "在办", "heard": null, "created_at": "2026-12-01T22:13:49.398256+00:00", "year": 2024, "field": "土地征收", "outcome": null, "head_appeared": null, "updated_at": "2026-12-01T22:13:49.398256+00:00", "unit_id": 6, "is_loss": false, "head_rank": null}', '{"court_code": "豫0591", "court": "", "is_correction": false, "claimed_fen": null, "court_level": "基层", "received_on": "2024-03-15", "is_judgment": false, "recovered_fen": null, "category": "行政诉讼", "type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "resolved": null, "id": 1, "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_withdrawn": false, "group_size": null, "case_no": "（2024）豫0591行初15号", "case_family": "行政", "closed_on": null, "risk_level": "", "summary": "不服征收补偿决定", "no_kind": "案号", "instance": "一审", "status": "在办", "heard": true, "created_at": "2026-12-01T22:13:49.398256+00:00", "year": 2024, "field": "土地征收", "outcome": null, "head_appeared": null, "updated_at": "2026-12-01T22:13:49.749926+00:00", "unit_id": 6, "is_loss": false, "head_rank": null}', 'e67e39eb3b53df167325cba503e485be17158b35cbc126cf5f52bacbd06cd2f7', '7527d54b29b5d0c84770e65f890f95f4b0f216e050ce62c97db0457e8f63d164', 49);
INSERT INTO public.journal VALUES (95, '2026-12-01 22:13:56.016117+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'attendance', 1, NULL, 'null', '{"meeting_id": 2, "role": "列席", "person_id": null, "unit_id": null, "name": "李律师", "note": "", "affiliation": "某律师事务所", "headcount": null, "id": 1}', 'c1cc67eb94f55c20aace620c06ea6891d0ddfba226d61cea5f089664b5291431', '800eee6d053f6c51f6e35687509d46619655eb493f04eec7fc86c0592582df1e', 95);
INSERT INTO public.journal VALUES (106, '2026-12-01 22:13:56.912582+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'double_list', 1, NULL, 'null', '{"name": "2024年度府院联动双清单", "year": 2024, "created_at": "2026-12-01T22:13:56.890385+00:00", "updated_at": "2026-12-01T22:13:56.890385+00:00", "id": 1, "derived": false}', 'b611112570828c7762d957b5b771693fba34ce110d6f0f53db7f5633156d3ab1', 'fc6056fd7beb13487428c257cf93deab1949b92bd58c1409d2daec8804ec69a8', 106);
INSERT INTO public.journal VALUES (51, '2026-12-01 22:13:49.86679+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'update', 'case', 1, 1, '{"court_code": "豫0591", "court": "", "is_correction": false, "claimed_fen": null, "court_level": "基层", "received_on": "2024-03-15", "is_judgment": false, "recovered_fen": null, "category": "行政诉讼", "type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "resolved": null, "id": 1, "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_withdrawn": false, "group_size": null, "case_no": "（2024）豫0591行初15号", "case_family": "行政", "closed_on": null, "risk_level": "", "summary": "不服征收补偿决定", "no_kind": "案号", "instance": "一审", "status": "在办", "heard": true, "created_at": "2026-12-01T22:13:49.398256+00:00", "year": 2024, "field": "土地征收", "outcome": null, "head_appeared": null, "updated_at": "2026-12-01T22:13:49.749926+00:00", "unit_id": 6, "is_loss": false, "head_rank": null}', '{"court_code": "豫0591", "court": "", "is_correction": false, "claimed_fen": null, "court_level": "基层", "received_on": "2024-03-15", "is_judgment": true, "recovered_fen": null, "category": "行政诉讼", "type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "resolved": null, "id": 1, "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_withdrawn": false, "group_size": null, "case_no": "（2024）豫0591行初15号", "case_family": "行政", "closed_on": "2024-06-28", "risk_level": "", "summary": "不服征收补偿决定", "no_kind": "案号", "instance": "一审", "status": "已结", "heard": true, "created_at": "2026-12-01T22:13:49.398256+00:00", "year": 2024, "field": "土地征收", "outcome": "驳回诉讼请求", "head_appeared": null, "updated_at": "2026-12-01T22:13:49.848311+00:00", "unit_id": 6, "is_loss": false, "head_rank": null}', '7527d54b29b5d0c84770e65f890f95f4b0f216e050ce62c97db0457e8f63d164', 'd83797ff2c4922a1acccf4aadf656514b7ac10867d8e22aec2dfb7b6d4db466c', 51);
INSERT INTO public.journal VALUES (52, '2026-12-01 22:13:49.964857+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'update', 'case', 2, 2, '{"court_code": null, "court": "", "is_correction": false, "claimed_fen": null, "court_level": null, "received_on": "2024-04-02", "is_judgment": false, "recovered_fen": null, "category": "行政复议", "type_code": null, "filed_on": "2024-04-02", "is_settled": false, "resolved": null, "id": 2, "type_name": null, "heard_on": null, "is_withdrawn": false, "group_size": null, "case_no": "示政复〔2024〕12号", "case_family": null, "closed_on": null, "risk_level": "", "summary": "", "no_kind": "自编号", "instance": null, "status": "在办", "heard": null, "created_at": "2026-12-01T22:13:49.576040+00:00", "year": null, "field": "", "outcome": null, "head_appeared": null, "updated_at": "2026-12-01T22:13:49.576040+00:00", "unit_id": 5, "is_loss": false, "head_rank": null}', '{"court_code": null, "court": "", "is_correction": true, "claimed_fen": null, "court_level": null, "received_on": "2024-04-02", "is_judgment": true, "recovered_fen": null, "category": "行政复议", "type_code": null, "filed_on": "2024-04-02", "is_settled": false, "resolved": null, "id": 2, "type_name": null, "heard_on": null, "is_withdrawn": false, "group_size": null, "case_no": "示政复〔2024〕12号", "case_family": null, "closed_on": "2024-06-01", "risk_level": "", "summary": "", "no_kind": "自编号", "instance": null, "status": "已结", "heard": null, "created_at": "2026-12-01T22:13:49.576040+00:00", "year": null, "field": "", "outcome": "撤销", "head_appeared": null, "updated_at": "2026-12-01T22:13:49.953413+00:00", "unit_id": 5, "is_loss": false, "head_rank": null}', 'd83797ff2c4922a1acccf4aadf656514b7ac10867d8e22aec2dfb7b6d4db466c', 'd79ca8c5c3eb1efa4786b5e11ec133c6170dde40ba9a289698d1782e9b71ceaf', 52);
INSERT INTO public.journal VALUES (53, '2026-12-01 22:13:50.241788+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'meeting', 1, NULL, 'null', '{"year": 2024, "issue_no": 1, "series": "联席会议", "series_no": 1, "kind": "联席会议", "held_on": "2024-06-20", "place": "", "chair": "王县长", "topics": "征收补偿争议化解", "opening": "", "parts": [], "created_at": "2026-12-01T22:13:50.225903+00:00", "id": 1, "issued_on": null}', 'd79ca8c5c3eb1efa4786b5e11ec133c6170dde40ba9a289698d1782e9b71ceaf', 'd20d4dc232a0b388b2beebb13fe44f1f2623159e4a696eee31afce2914726969', 53);
INSERT INTO public.journal VALUES (54, '2026-12-01 22:13:50.389812+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'task', 1, NULL, 'null', '{"source": "议定事项", "content": "建立征收补偿争议会商机制", "lead_unit_id": 6, "leader": "", "due_on": "2024-09-30", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": 1, "decision_no": 1, "suggestion_id": null, "list_no": "", "list_section": "", "list_order": null, "item_id": null, "lead_group": "", "recurrence": "", "period": "", "approved_meeting_id": null, "list_id": null, "note": "", "created_at": "2026-12-01T22:13:50.363475+00:00", "updated_at": "2026-12-01T22:13:50.363475+00:00", "id": 1, "series_closed_on": null, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": ["示范县司法局"]}', 'd20d4dc232a0b388b2beebb13fe44f1f2623159e4a696eee31afce2914726969', '3cc0a596731cf1636a1509c7a2767335378e738e133fc3d3376b4ad78bbc1e5b', 54);
INSERT INTO public.journal VALUES (55, '2026-12-01 22:13:50.53384+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'task', 2, NULL, 'null', '{"source": "双清单", "content": "清理行政协议履约情况", "lead_unit_id": 5, "leader": "", "due_on": "2024-08-31", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "", "list_section": "", "list_order": null, "item_id": null, "lead_group": "", "recurrence": "", "period": "", "approved_meeting_id": null, "list_id": null, "note": "", "created_at": "2026-12-01T22:13:50.517174+00:00", "updated_at": "2026-12-01T22:13:50.517174+00:00", "id": 2, "series_closed_on": null, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": []}', '3cc0a596731cf1636a1509c7a2767335378e738e133fc3d3376b4ad78bbc1e5b', '65cfa5aa31f71414982074d0412d1a5d8ac733277a1c05ec4f772b56f25c1bec', 55);
INSERT INTO public.journal VALUES (56, '2026-12-01 22:13:50.619057+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'task_progress', 1, NULL, 'null', '{"task_id": 1, "reported_on": "2024-10-15", "note": "已召开专题会", "author": "", "created_at": "2026-12-01T22:13:50.607250+00:00", "id": 1}', '65cfa5aa31f71414982074d0412d1a5d8ac733277a1c05ec4f772b56f25c1bec', 'e35528aa51e1b571a71cf7818221f9067143fa00294e5fad89fbec439bdf2d56', 56);
INSERT INTO public.journal VALUES (57, '2026-12-01 22:13:50.756031+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'suggestion', 1, NULL, 'null', '{"kind": "司法建议", "doc_no": "示法建〔2024〕3号", "issuer": "示范县人民法院", "unit_id": 6, "received_on": "2024-05-06", "reply_due": "2024-07-08", "reply_due_rule": "2个月", "reply_due_provisional": false, "summary": "规范征收补偿程序", "created_at": "2026-12-01T22:13:50.728328+00:00", "id": 1, "replied_on": null, "reply_summary": "", "adopted": null, "adoption": null, "verified_on": null, "cases": []}', 'e35528aa51e1b571a71cf7818221f9067143fa00294e5fad89fbec439bdf2d56', 'a300f105cae1b80fcb1218fd51de2d7651c4ed74f49d8ea01623e1a14ceee13d', 57);
INSERT INTO public.journal VALUES (96, '2026-12-01 22:13:56.115465+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'attendance', 2, NULL, 'null', '{"meeting_id": 2, "role": "出席", "person_id": null, "unit_id": 5, "name": "示范县人力资源局", "note": "", "affiliation": "", "headcount": 2, "id": 2}', '800eee6d053f6c51f6e35687509d46619655eb493f04eec7fc86c0592582df1e', '988eb764d226daadb418e80d9799288de4cc09e19674630b95f83c29a2fa2f5e', 96);
INSERT INTO public.journal VALUES (58, '2026-12-01 22:13:50.950589+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'case', 3, 3, 'null', '{"category": "行政诉讼", "case_no": "（2024）豫05行终8号", "no_kind": "案号", "year": 2024, "court_code": "豫05", "court_level": "中级", "type_code": "行终", "type_name": "行政二审案件", "case_family": "行政", "instance": "二审", "field": "", "unit_id": 6, "court": "", "received_on": "2024-08-01", "filed_on": "2024-08-01", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "", "created_at": "2026-12-01T22:13:50.930081+00:00", "updated_at": "2026-12-01T22:13:50.930081+00:00", "id": 3}', 'a300f105cae1b80fcb1218fd51de2d7651c4ed74f49d8ea01623e1a14ceee13d', '37206f7c0ab829105ad40437bb6a2f8a799bb87feab2f04c34df4fc6c4378bf7', 58);
INSERT INTO public.journal VALUES (59, '2026-12-01 22:13:50.982809+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'case_link', 1, 3, 'null', '{"case_id": 3, "related_id": 1, "created_at": "2026-12-01T22:13:50.974170+00:00", "id": 1, "case": "（2024）豫05行终8号", "related": "（2024）豫0591行初15号"}', '37206f7c0ab829105ad40437bb6a2f8a799bb87feab2f04c34df4fc6c4378bf7', '4bb1b3fa082fa873c26c7a71c074d995816b1564913c76d6059be4fc99edd774', 58);
INSERT INTO public.journal VALUES (60, '2026-12-01 22:13:51.126741+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'update', 'suggestion', 1, NULL, '{"kind": "司法建议", "doc_no": "示法建〔2024〕3号", "unit_id": 6, "reply_due": "2024-07-08", "reply_due_provisional": false, "reply_summary": "", "adoption": null, "summary": "规范征收补偿程序", "issuer": "示范县人民法院", "id": 1, "received_on": "2024-05-06", "reply_due_rule": "2个月", "replied_on": null, "adopted": null, "verified_on": null, "created_at": "2026-12-01T22:13:50.728328+00:00"}', '{"kind": "司法建议", "doc_no": "示法建〔2024〕3号", "unit_id": 6, "reply_due": "2024-07-08", "reply_due_provisional": false, "reply_summary": "", "adoption": "部分采纳", "summary": "规范征收补偿程序", "issuer": "示范县人民法院", "id": 1, "received_on": "2024-05-06", "reply_due_rule": "2个月", "replied_on": "2024-06-01", "adopted": true, "verified_on": null, "created_at": "2026-12-01T22:13:50.728328+00:00"}', '4bb1b3fa082fa873c26c7a71c074d995816b1564913c76d6059be4fc99edd774', '76cab13bf1572b4fa6eee7e369b94d1e053b4451b3851977d9f3946310deeb2e', 60);
INSERT INTO public.journal VALUES (61, '2026-12-01 22:13:51.829627+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'notice', 1, NULL, 'null', '{"stage": "督办", "unit_id": 5, "issued_on": "2024-10-15", "year": 2024, "number": 1, "reply_due": "2024-10-22", "created_at": "2026-12-01T22:13:51.788326+00:00", "id": 1, "acknowledged_on": null, "issuer": "", "tasks": [2], "suggestions": []}', '76cab13bf1572b4fa6eee7e369b94d1e053b4451b3851977d9f3946310deeb2e', '22038ad21c69b689b921df89d2b4ecbfe8f428358e134d5c4caa3588307b303e', 61);
INSERT INTO public.journal VALUES (62, '2026-12-01 22:13:51.88064+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'notice', 2, NULL, 'null', '{"stage": "催办", "unit_id": 6, "issued_on": "2024-10-15", "year": null, "number": null, "reply_due": null, "created_at": "2026-12-01T22:13:51.788326+00:00", "id": 2, "acknowledged_on": null, "issuer": "", "tasks": [1], "suggestions": []}', '22038ad21c69b689b921df89d2b4ecbfe8f428358e134d5c4caa3588307b303e', '52886f176386114ec92837d3b3ca476cd4245454b688f8035b6e1f5c75061ab5', 61);
INSERT INTO public.journal VALUES (63, '2026-12-01 22:13:52.043366+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'notice_reply', 1, NULL, 'null', '{"notice_id": 1, "replied_on": "2024-10-15", "summary": "已书面报送办理情况", "created_at": "2026-12-01T22:13:52.029135+00:00", "id": 1, "file_name": "", "file_size": 0, "file_sha256": "", "file_data": null}', '52886f176386114ec92837d3b3ca476cd4245454b688f8035b6e1f5c75061ab5', 'dcd4a2fc4c8c8931c22b22911f556bef9474d94b738825063bd3f596887617c4', 63);
INSERT INTO public.journal VALUES (64, '2026-12-01 22:13:52.05875+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'update', 'notice', 1, NULL, '{"issued_on": "2024-10-15", "id": 1, "number": 1, "acknowledged_on": null, "created_at": "2026-12-01T22:13:51.788326+00:00", "unit_id": 5, "year": 2024, "stage": "督办", "reply_due": "2024-10-22", "issuer": ""}', '{"issued_on": "2024-10-15", "id": 1, "number": 1, "acknowledged_on": "2024-10-15", "created_at": "2026-12-01T22:13:51.788326+00:00", "unit_id": 5, "year": 2024, "stage": "督办", "reply_due": "2024-10-22", "issuer": ""}', 'dcd4a2fc4c8c8931c22b22911f556bef9474d94b738825063bd3f596887617c4', '4bf4ac22ea0632200123309b0f18e08eee26d2f7721db65b3bfdbd5049ee724b', 63);
INSERT INTO public.journal VALUES (65, '2026-12-01 22:13:52.545905+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'bulletin', 1, NULL, 'null', '{"year": 2024, "number": 1, "period_year": 2024, "quarter": 3, "issued_on": "2024-10-15", "issuer": "", "data": {"start": "2024-07-01", "end": "2024-09-30", "black": [{"unit_id": 5, "unit": "县人社局", "open_late": 1, "done_late": 0, "suggestions_late": 0, "replies_missing": 0, "replies_late": 0, "text": "逾期未办结事项1项"}], "red": [{"unit_id": 6, "unit": "县自然资源局", "due": 1}]}, "created_at": "2026-12-01T22:13:52.524287+00:00", "id": 1}', '4bf4ac22ea0632200123309b0f18e08eee26d2f7721db65b3bfdbd5049ee724b', '5a4549b8f967aa8f9d258f863c65018ad9bcc365ad5686fe1a93b831803c7fdb', 65);
INSERT INTO public.journal VALUES (66, '2026-12-01 22:13:53.046872+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'report_snapshot', 1, NULL, 'null', '{"year": 2024, "quarter": 2, "scope": "", "published_at": "2026-12-01T22:13:53.028279+00:00", "published_by": "测试员@postgres", "data": {"period": {"year": 2024, "quarter": 2, "kind": "quarter", "code": "2024Q2", "label": "2024年第二季度", "start": "2024-04-01", "end": "2024-06-30", "as_of": "2024-06-30", "complete": true}, "compare": {"last_year": {"year": 2023, "quarter": 2, "kind": "quarter", "code": "2023Q2", "label": "2023年第二季度", "start": "2023-04-01", "end": "2023-06-30"}, "previous": {"year": 2024, "quarter": 1, "kind": "quarter", "code": "2024Q1", "label": "2024年第一季度", "start": "2024-01-01", "end": "2024-03-31"}, "text": "同比与2023年第二季度比较，环比与2024年第一季度比较"}, "office": {"name": "示范县府院联动联席会议办公室", "region": "示范县", "meeting_name": "示范县府院联动联席会议"}, "scope": {"unit": null, "region": null}, "settings": {"loss_rate_denominator": "closed", "loss_rate_outcome": "first_instance", "reconsideration_correction_denominator": "decided", "settlement_includes_withdrawal": false, "head_appearance_principal_only": false, "enforcement_closed_includes_terminated": false, "resolution_includes_withdrawn_suits": true, "population_region": "示范县", "population": null, "unranked_kinds": ["法院", "检察院"], "successor": false}, "definitions": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "kind": "count", "unit": "件", "numerator": "本期新收的一审行政诉讼案件（被告为本地行政机关或乡镇街道），按案号计", "denominator": "", "basis": "立案日期", "setting": "", "note": "", "money": false}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关败诉的案件（撤销、变更、责令履行、确认违法、确认无效、判决赔偿或补偿）", "denominator": "本期审结的一审行政诉讼案件（被告为本地行政机关或乡镇街道）", "basis": "结案日期", "setting": "indicators.loss_rate_denominator", "note": "行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "money": false}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关负责人（正职或分管副职）出庭应诉的案件", "denominator": "本期开庭审理的行政诉讼案件（书面审理不计）", "basis": "开庭日期", "setting": "indicators.head_appearance_principal_only", "note": "负责人出庭应诉率计入正职和分管副职负责人出庭", "money": false}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "kind": "rate", "unit": "%", "numerator": "其中以撤销、变更、确认违法、责令履行或确认无效决定纠错的案件", "denominator": "本期以复议决定结案的行政复议案件（不含调解、和解、撤回）", "basis": "结案日期", "setting": "indicators.reconsideration_correction_denominator", "note": "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "money": false}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "kind": "rate", "unit": "%", "numerator": "其中以调解或和解结案的案件", "denominator": "本期审结的全部行政复议案件", "basis": "结案日期", "setting": "indicators.settlement_includes_withdrawal", "note": "行政复议调解和解率不含撤回申请结案的案件", "money": false}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "kind": "rate", "unit": "%", "numerator": "其中标记为实质性化解（未再进入诉讼或信访）的案件", "denominator": "本期办结的行政争议（行政复议、诉前调解、行政调解，及标记为实质性化解的行政诉讼协调撤诉）", "basis": "结案日期", "setting": "indicators.resolution_includes_withdrawn_suits", "note": "", "money": false}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "kind": "rate", "unit": "%", "numerator": "其中调解成功的案件", "denominator": "本期办结的诉前调解案件", "basis": "结案日期", "setting": "", "note": "", "money": false}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "kind": "count", "unit": "件", "numerator": "本期执结的涉行政机关执行案件（终结本次执行不计为执结）", "denominator": "", "basis": "结案日期", "setting": "indicators.enforcement_closed_includes_terminated", "note": "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）", "money": false}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "kind": "amount", "unit": "元", "numerator": "本期执结的涉行政机关执行案件的执行到位金额", "denominator": "", "basis": "结案日期", "setting": "", "note": "", "money": true}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "kind": "rate", "unit": "%", "numerator": "执行到位金额", "denominator": "本期执结且登记了申请执行标的的涉行政机关执行案件的标的金额", "basis": "结案日期", "setting": "", "note": "", "money": true}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "kind": "rate", "unit": "%", "numerator": "其中已反馈的司法建议、检察建议（不论是否逾期）", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "kind": "rate", "unit": "%", "numerator": "其中在反馈期限内反馈的司法建议、检察建议", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "kind": "rate", "unit": "%", "numerator": "其中按期完成的事项", "denominator": "完成时限在本期（截至统计日）的双清单事项", "basis": "完成时限", "setting": "", "note": "", "money": false}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "kind": "per_10k", "unit": "件/万人", "numerator": "本期新收的一审民事、行政案件（法院提供的收案数；未录入时按台账登记的案件）", "denominator": "常住人口（fylink report figure set 录入，或配置项 indicators.population；按万人计）", "basis": "立案日期", "setting": "indicators.population", "note": "", "money": false}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "kind": "count", "unit": "件", "numerator": "统计日已过完成时限而未完成的双清单事项（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "kind": "count", "unit": "件", "numerator": "统计日已过反馈期限而未反馈的司法建议、检察建议（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}}, "notes": ["行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "负责人出庭应诉率计入正职和分管副职负责人出庭", "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "行政复议调解和解率不含撤回申请结案的案件", "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）"], "warnings": ["未录入示范县的常住人口（fylink report figure set 常住人口 …，或配置项 indicators.population），不计算万人成讼率", "以下指标的比较基数不足10件，增减幅度仅供参考：行政诉讼发案量（上期1件）"], "figures": {"region": "示范县", "used": {}, "sources": [], "numerator_from": "台账"}, "indicators": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": -100.0, "qoq_display": "↓ -100.0%（基数小）", "qoq_text": "减少100.0%（基数较小：上期仅1件）", "qoq_small_base": 1, "previous": {"numerator": 1, "denominator": null, "value": 1, "display": "1"}}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "unit": "%", "numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "unit": "元", "numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "unit": "%", "numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "unit": "件/万人", "numerator": 0, "denominator": null, "value": null, "display": "—", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 1, "denominator": null, "value": null, "display": "—"}}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}}, "double_decline": {"achieved": null, "litigation_filed_down": false, "loss_rate_down": null, "text": "无法判断是否实现“双下降”：本期或去年同期没有审结的一审行政诉讼案件。行政诉讼发案量0件（去年同期0件）。"}, "units": [{"unit": "县税务局", "unit_name": "国家税务总局示范县税务局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 1}, {"unit": "东城街道", "unit_name": "示范县东城街道办事处", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 2}, {"unit": "县人社局", "unit_name": "示范县人力资源和社会保障局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 3}, {"unit": "县政府办", "unit_name": "示范县人民政府办公室", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 4}, {"unit": "县住建局", "unit_name": "示范县住房和城乡建设局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 5}, {"unit": "县信访局", "unit_name": "示范县信访局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 6}, {"unit": "县公安局", "unit_name": "示范县公安局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 7}, {"unit": "县发改委", "unit_name": "示范县发展和改革委员会", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 8}, {"unit": "县司法局", "unit_name": "示范县司法局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 9}, {"unit": "城关镇", "unit_name": "示范县城关镇人民政府", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 10}, {"unit": "县城管局", "unit_name": "示范县城市管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 11}, {"unit": "县市场监管局", "unit_name": "示范县市场监督管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 12}, {"unit": "县生态环境分局", "unit_name": "示范县生态环境分局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 13}, {"unit": "县自然资源局", "unit_name": "示范县自然资源局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": -100.0}, "loss_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 14}, {"unit": "县财政局", "unit_name": "示范县财政局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 15}], "ranking_note": "法院、检察院不是被考核单位，不列入单位排名（配置项 escalation.rank_consult_kinds = true 可列入）", "attention": {"as_of": "2024-06-30", "watched_enterprises": {"total": 0, "by_level": {"高": 0, "中": 0, "低": 0}, "in_bankruptcy": 0}, "unpaid_enforcement_total": 0, "unpaid_enforcement": [], "losses_total": 0, "losses": [], "overdue_tasks_total": 0, "overdue_tasks": [], "unanswered_suggestions_total": 0, "unanswered_suggestions": []}, "generated_on": "2024-10-15", "trend": [{"period": "2022Q3", "label": "2022年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2022Q4", "label": "2022年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q1", "label": "2023年1季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q2", "label": "2023年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q3", "label": "2023年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q4", "label": "2023年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q1", "label": "2024年1季度", "litigation_filed": 1, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q2", "label": "2024年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 1, "loss_rate": 0.0}]}, "id": 1}', '5a4549b8f967aa8f9d258f863c65018ad9bcc365ad5686fe1a93b831803c7fdb', '246036f7055db978842c609e54e313eb997ad515cc11c35a2dbea024967be88d', 66);
INSERT INTO public.journal VALUES (67, '2026-12-01 22:13:53.090074+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'journal_anchor', 1, NULL, 'null', '{"at": "2026-12-01T22:13:53.080286+00:00", "kind": "report", "label": "2024年第二季度", "seq": 66, "hash": "246036f7055db978842c609e54e313eb997ad515cc11c35a2dbea024967be88d", "mac": null, "id": 1}', '246036f7055db978842c609e54e313eb997ad515cc11c35a2dbea024967be88d', 'a1b4f9acf20bae6b9f3d3f31c243087decb0c45a9dc62d5187377e05dd6a5e6e', 66);
INSERT INTO public.journal VALUES (68, '2026-12-01 22:13:53.166873+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'unit_name', 1, NULL, 'null', '{"unit_id": 5, "name": "示范县人力资源和社会保障局", "short_name": "县人社局", "valid_from": null, "valid_until": "2024-08-31", "id": 1}', 'a1b4f9acf20bae6b9f3d3f31c243087decb0c45a9dc62d5187377e05dd6a5e6e', '54a8e43edb6420d84b246e01d0dd6820f3e8ecc49f3565773e258ae23300e55f', 68);
INSERT INTO public.journal VALUES (97, '2026-12-01 22:13:56.190793+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'attendance', 3, NULL, 'null', '{"meeting_id": 2, "role": "缺席", "person_id": null, "unit_id": 3, "name": "示范县司法局", "note": "", "affiliation": "", "headcount": null, "id": 3}', '988eb764d226daadb418e80d9799288de4cc09e19674630b95f83c29a2fa2f5e', 'f6b1da1f6211b5763e505a22035b15d1db2158eac9fdeabca6ccbc98fd0b9762', 97);
INSERT INTO public.journal VALUES (69, '2026-12-01 22:13:53.180675+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'update', 'unit', 5, NULL, '{"kind": "政府部门", "id": 5, "is_member": true, "liaison_phone": "0372-5101005", "note": "", "updated_at": "2026-12-01T22:13:48.596871+00:00", "merged_on": null, "name": "示范县人力资源和社会保障局", "short_name": "县人社局", "region": "示范县", "liaison_name": "何芳", "liaison_email": "rsj@shifan.example.cn", "created_at": "2026-12-01T22:13:48.596871+00:00", "merged_into_id": null}', '{"kind": "政府部门", "id": 5, "is_member": true, "liaison_phone": "0372-5101005", "note": "", "updated_at": "2026-12-01T22:13:53.176229+00:00", "merged_on": null, "name": "示范县人力资源局", "short_name": "县人社局", "region": "示范县", "liaison_name": "何芳", "liaison_email": "rsj@shifan.example.cn", "created_at": "2026-12-01T22:13:48.596871+00:00", "merged_into_id": null}', '54a8e43edb6420d84b246e01d0dd6820f3e8ecc49f3565773e258ae23300e55f', 'c88030960662fc2cc2dd0ef7938d3c3f8c4b1d93ee2f8662ac41563848a4fb16', 68);
INSERT INTO public.journal VALUES (70, '2026-12-01 22:13:53.241806+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'person', 23, NULL, 'null', '{"name": "钱进", "title": "副局长", "unit_id": 3, "role": "成员", "phone": "", "email": "", "created_at": "2026-12-01T22:13:53.234498+00:00", "id": 23, "left_on": null}', 'c88030960662fc2cc2dd0ef7938d3c3f8c4b1d93ee2f8662ac41563848a4fb16', 'f716d79873134f0a793b710b501d27341b156d8a32e447cca62f4e8207db2e85', 70);
INSERT INTO public.journal VALUES (71, '2026-12-01 22:13:53.31525+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'update', 'person', 23, NULL, '{"title": "副局长", "role": "成员", "name": "钱进", "email": "", "created_at": "2026-12-01T22:13:53.234498+00:00", "unit_id": 3, "id": 23, "phone": "", "left_on": null}', '{"title": "副局长", "role": "成员", "name": "钱进", "email": "", "created_at": "2026-12-01T22:13:53.234498+00:00", "unit_id": 3, "id": 23, "phone": "", "left_on": "2024-10-01", "reason": "调离"}', 'f716d79873134f0a793b710b501d27341b156d8a32e447cca62f4e8207db2e85', '235b6302cd02f0950e8a798527c2a2b6e27f971bc453b768c8adaa7e4a8181bd', 71);
INSERT INTO public.journal VALUES (72, '2026-12-01 22:13:53.402609+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'external_figure', 1, NULL, 'null', '{"region": "示范县", "year": 2023, "quarter": 0, "key": "population", "value": 812300, "source": "县统计局", "note": "", "created_at": "2026-12-01T22:13:53.379463+00:00", "updated_at": "2026-12-01T22:13:53.379463+00:00", "id": 1}', '235b6302cd02f0950e8a798527c2a2b6e27f971bc453b768c8adaa7e4a8181bd', 'a2420e4303516ed8103feecd599552597137860c5bb3a969d78d254b3593bda7', 72);
INSERT INTO public.journal VALUES (73, '2026-12-01 22:13:53.656523+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'assess_record', 1, NULL, 'null', '{"unit_id": 7, "line_id": "B6", "occurred_on": "2024-07-01", "basis": "市报曝光〔2024〕3号", "level": "市", "points_x100": null, "note": "", "recorded_by": "测试员@postgres", "created_at": "2026-12-01T22:13:53.628329+00:00", "updated_at": "2026-12-01T22:13:53.628329+00:00", "id": 1, "file_name": "", "file_size": 0, "file_sha256": ""}', 'a2420e4303516ed8103feecd599552597137860c5bb3a969d78d254b3593bda7', 'b8d5d1509eb5b6a6be979835c92445057529330253be7b2a4bb1e40f35a3d591', 73);
INSERT INTO public.journal VALUES (74, '2026-12-01 22:13:53.740496+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'assess_appeal', 1, NULL, 'null', '{"year": 2024, "unit_id": 7, "line_id": "B6", "reason": "报道所涉事项不属本单位职责", "filed_on": "2024-10-15", "created_at": "2026-12-01T22:13:53.731452+00:00", "updated_at": "2026-12-01T22:13:53.731452+00:00", "id": 1, "decision": null, "decided_on": null, "decision_note": "", "points_x100": null}', 'b8d5d1509eb5b6a6be979835c92445057529330253be7b2a4bb1e40f35a3d591', 'bca506d9a1d9f5fd585af8fd191240d1265287366ed938c25261eef49517cb93', 74);
INSERT INTO public.journal VALUES (75, '2026-12-01 22:13:53.865243+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'party_alias', 1, NULL, 'null', '{"party_id": 2, "name": "示范县建工集团", "kind": "曾用名", "changed_on": "2024-09-01", "created_at": "2026-12-01T22:13:53.849956+00:00", "id": 1}', 'bca506d9a1d9f5fd585af8fd191240d1265287366ed938c25261eef49517cb93', 'c55844e019d583353fc6e908a0c4882def7254a75758ee699980efa5be83f850', 75);
INSERT INTO public.journal VALUES (76, '2026-12-01 22:13:53.882897+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'update', 'party', 2, NULL, '{"name": "示范县建工集团", "id_number": "91340503MA2N0001XG", "kind": "法人或其他组织", "id": 2, "id_kind": "统一社会信用代码", "created_at": "2026-12-01T22:13:49.462818+00:00"}', '{"name": "示范县建工集团有限公司", "id_number": "91340503MA2N0001XG", "kind": "法人或其他组织", "id": 2, "id_kind": "统一社会信用代码", "created_at": "2026-12-01T22:13:49.462818+00:00"}', 'c55844e019d583353fc6e908a0c4882def7254a75758ee699980efa5be83f850', '39224b3d2a2b8fa3b8074caec4631bb30a636b07ce499fe0ab685d6226a04d3f', 75);
INSERT INTO public.journal VALUES (77, '2026-12-01 22:13:53.96031+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'party_watch', 1, NULL, 'null', '{"party_id": 2, "level": "高", "reason": "重点破产企业", "leader": "", "task_force": "", "since": "2024-10-15", "created_at": "2026-12-01T22:13:53.946209+00:00", "updated_at": "2026-12-01T22:13:53.946209+00:00", "id": 1}', '39224b3d2a2b8fa3b8074caec4631bb30a636b07ce499fe0ab685d6226a04d3f', '7c4afcb6f49613df088d18bc5200c643327c3c81f908d34e69e88046f8d0dd49', 77);
INSERT INTO public.journal VALUES (78, '2026-12-01 22:13:54.094014+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'project', 1, NULL, 'null', '{"name": "锦绣家园小区", "kind": "问题楼盘", "unit_id": null, "leader": "", "households": 277, "people": null, "note": "", "created_at": "2026-12-01T22:13:54.061889+00:00", "updated_at": "2026-12-01T22:13:54.061889+00:00", "id": 1}', '7c4afcb6f49613df088d18bc5200c643327c3c81f908d34e69e88046f8d0dd49', '5f194e38efa6fae3e64341e07a678e7f2d7bce4e87e1c59f72d2a7877ed738d4', 78);
INSERT INTO public.journal VALUES (79, '2026-12-01 22:13:54.182777+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'project_case', 1, 2, 'null', '{"project_id": 1, "case_id": 2, "id": 1, "project": "锦绣家园小区", "case_no": "示政复〔2024〕12号"}', '5f194e38efa6fae3e64341e07a678e7f2d7bce4e87e1c59f72d2a7877ed738d4', '47b62ddbd3ba66df6ecfbbdcc4d4ad79ccd87fdf3a90dcc753bee5808595325b', 79);
INSERT INTO public.journal VALUES (80, '2026-12-01 22:13:54.278352+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'task_subject', 1, NULL, 'null', '{"task_id": 2, "party_id": 2, "project_id": 1, "id": 1, "case_id": null}', '47b62ddbd3ba66df6ecfbbdcc4d4ad79ccd87fdf3a90dcc753bee5808595325b', '7781fbfd713b2e4db5057fcf953b8fbb46fd381cad0415d92b1f96b0171d9751', 80);
INSERT INTO public.journal VALUES (98, '2026-12-01 22:13:56.285765+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'task', 3, NULL, 'null', '{"source": "双清单", "content": "报送化解进展", "lead_unit_id": 6, "leader": "", "due_on": "2024-09-30", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "", "list_section": "", "list_order": null, "item_id": null, "lead_group": "", "recurrence": "每季度末", "period": "2024年第三季度", "approved_meeting_id": null, "list_id": null, "note": "", "created_at": "2026-12-01T22:13:56.274583+00:00", "updated_at": "2026-12-01T22:13:56.274583+00:00", "id": 3, "series_closed_on": null, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": []}', 'f6b1da1f6211b5763e505a22035b15d1db2158eac9fdeabca6ccbc98fd0b9762', '15b6367977b7ed3b634fb000eff027e4d09940a726c8c2f8f655f4040dfee999', 98);
INSERT INTO public.journal VALUES (81, '2026-12-01 22:13:54.354869+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'case', 4, 4, 'null', '{"category": "破产", "case_no": "（2024）豫0591破2号", "no_kind": "案号", "year": 2024, "court_code": "豫0591", "court_level": "基层", "type_code": "破", "type_name": "破产清算案件/破产重整案件/破产和解案件", "case_family": "破产", "instance": "其他", "field": "", "unit_id": 5, "court": "", "received_on": "2024-07-01", "filed_on": "2024-07-01", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "", "created_at": "2026-12-01T22:13:54.350591+00:00", "updated_at": "2026-12-01T22:13:54.350591+00:00", "id": 4}', '7781fbfd713b2e4db5057fcf953b8fbb46fd381cad0415d92b1f96b0171d9751', 'cc8a6a14a12967426de21995d3be500ec6254daf3e088dc4d909baec366d79ee', 81);
INSERT INTO public.journal VALUES (82, '2026-12-01 22:13:54.374292+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'case_party', 4, 4, 'null', '{"case_id": 4, "party_id": 2, "role": "债务人", "id": 4, "party": "示范县建工集团有限公司"}', 'cc8a6a14a12967426de21995d3be500ec6254daf3e088dc4d909baec366d79ee', '10383ac38dd70ebd55cd3e819589485f7d83c04db53feff5998178a7e674f84a', 81);
INSERT INTO public.journal VALUES (83, '2026-12-01 22:13:54.461713+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'bankruptcy', 1, 4, 'null', '{"case_id": 4, "procedure": "重整", "stage": "受理", "created_at": "2026-12-01T22:13:54.446040+00:00", "updated_at": "2026-12-01T22:13:54.446040+00:00", "id": 1, "administrator": "", "employee_claims_fen": null, "unpaid_workers": null}', '10383ac38dd70ebd55cd3e819589485f7d83c04db53feff5998178a7e674f84a', '32c88cd253438104c447be22ef57bc972d11d44f96946ef3cb8e2bddca68ea7a', 83);
INSERT INTO public.journal VALUES (84, '2026-12-01 22:13:54.594901+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'suggestion', 2, NULL, 'null', '{"kind": "司法建议", "doc_no": "示法建〔2024〕4号", "issuer": "示范县人民法院", "unit_id": 5, "received_on": "2024-09-02", "reply_due": "2024-11-04", "reply_due_rule": "2个月", "reply_due_provisional": false, "summary": "", "created_at": "2026-12-01T22:13:54.571447+00:00", "id": 2, "replied_on": null, "reply_summary": "", "adopted": null, "adoption": null, "verified_on": null, "cases": []}', '32c88cd253438104c447be22ef57bc972d11d44f96946ef3cb8e2bddca68ea7a', '9b639162f46a5853bf57bb227f76333262281f74d0d130930e0ae23d5e33ea51', 84);
INSERT INTO public.journal VALUES (85, '2026-12-01 22:13:54.663696+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'suggestion_party', 1, NULL, 'null', '{"suggestion_id": 2, "party_id": 2, "id": 1, "party": "示范县建工集团有限公司"}', '9b639162f46a5853bf57bb227f76333262281f74d0d130930e0ae23d5e33ea51', '89a0adaf4c5ef977124d456573d7333fa329ffeb3db1b7ed6fdcaf5a87e96ddc', 84);
INSERT INTO public.journal VALUES (86, '2026-12-01 22:13:54.911565+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'report_period_snapshot', 1, NULL, 'null', '{"period": "2024H1", "year": 2024, "scope": "", "published_at": "2026-12-01T22:13:54.887576+00:00", "published_by": "测试员@postgres", "data": {"period": {"year": 2024, "quarter": null, "kind": "half", "code": "2024H1", "label": "2024年上半年", "start": "2024-01-01", "end": "2024-06-30", "as_of": "2024-06-30", "complete": true}, "compare": {"last_year": {"year": 2023, "quarter": null, "kind": "half", "code": "2023H1", "label": "2023年上半年", "start": "2023-01-01", "end": "2023-06-30"}, "previous": {"year": 2023, "quarter": null, "kind": "half", "code": "2023H2", "label": "2023年下半年", "start": "2023-07-01", "end": "2023-12-31"}, "text": "同比与2023年上半年比较，环比与2023年下半年比较"}, "office": {"name": "示范县府院联动联席会议办公室", "region": "示范县", "meeting_name": "示范县府院联动联席会议"}, "scope": {"unit": null, "region": null}, "settings": {"loss_rate_denominator": "closed", "loss_rate_outcome": "first_instance", "reconsideration_correction_denominator": "decided", "settlement_includes_withdrawal": false, "head_appearance_principal_only": false, "enforcement_closed_includes_terminated": false, "resolution_includes_withdrawn_suits": true, "population_region": "示范县", "population": 812300, "unranked_kinds": ["法院", "检察院"], "successor": false}, "definitions": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "kind": "count", "unit": "件", "numerator": "本期新收的一审行政诉讼案件（被告为本地行政机关或乡镇街道），按案号计", "denominator": "", "basis": "立案日期", "setting": "", "note": "", "money": false}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关败诉的案件（撤销、变更、责令履行、确认违法、确认无效、判决赔偿或补偿）", "denominator": "本期审结的一审行政诉讼案件（被告为本地行政机关或乡镇街道）", "basis": "结案日期", "setting": "indicators.loss_rate_denominator", "note": "行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "money": false}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关负责人（正职或分管副职）出庭应诉的案件", "denominator": "本期开庭审理的行政诉讼案件（书面审理不计）", "basis": "开庭日期", "setting": "indicators.head_appearance_principal_only", "note": "负责人出庭应诉率计入正职和分管副职负责人出庭", "money": false}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "kind": "rate", "unit": "%", "numerator": "其中以撤销、变更、确认违法、责令履行或确认无效决定纠错的案件", "denominator": "本期以复议决定结案的行政复议案件（不含调解、和解、撤回）", "basis": "结案日期", "setting": "indicators.reconsideration_correction_denominator", "note": "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "money": false}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "kind": "rate", "unit": "%", "numerator": "其中以调解或和解结案的案件", "denominator": "本期审结的全部行政复议案件", "basis": "结案日期", "setting": "indicators.settlement_includes_withdrawal", "note": "行政复议调解和解率不含撤回申请结案的案件", "money": false}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "kind": "rate", "unit": "%", "numerator": "其中标记为实质性化解（未再进入诉讼或信访）的案件", "denominator": "本期办结的行政争议（行政复议、诉前调解、行政调解，及标记为实质性化解的行政诉讼协调撤诉）", "basis": "结案日期", "setting": "indicators.resolution_includes_withdrawn_suits", "note": "", "money": false}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "kind": "rate", "unit": "%", "numerator": "其中调解成功的案件", "denominator": "本期办结的诉前调解案件", "basis": "结案日期", "setting": "", "note": "", "money": false}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "kind": "count", "unit": "件", "numerator": "本期执结的涉行政机关执行案件（终结本次执行不计为执结）", "denominator": "", "basis": "结案日期", "setting": "indicators.enforcement_closed_includes_terminated", "note": "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）", "money": false}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "kind": "amount", "unit": "元", "numerator": "本期执结的涉行政机关执行案件的执行到位金额", "denominator": "", "basis": "结案日期", "setting": "", "note": "", "money": true}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "kind": "rate", "unit": "%", "numerator": "执行到位金额", "denominator": "本期执结且登记了申请执行标的的涉行政机关执行案件的标的金额", "basis": "结案日期", "setting": "", "note": "", "money": true}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "kind": "rate", "unit": "%", "numerator": "其中已反馈的司法建议、检察建议（不论是否逾期）", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "kind": "rate", "unit": "%", "numerator": "其中在反馈期限内反馈的司法建议、检察建议", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "kind": "rate", "unit": "%", "numerator": "其中按期完成的事项", "denominator": "完成时限在本期（截至统计日）的双清单事项", "basis": "完成时限", "setting": "", "note": "", "money": false}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "kind": "per_10k", "unit": "件/万人", "numerator": "本期新收的一审民事、行政案件（法院提供的收案数；未录入时按台账登记的案件）", "denominator": "常住人口（fylink report figure set 录入，或配置项 indicators.population；按万人计）", "basis": "立案日期", "setting": "indicators.population", "note": "", "money": false}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "kind": "count", "unit": "件", "numerator": "统计日已过完成时限而未完成的双清单事项（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "kind": "count", "unit": "件", "numerator": "统计日已过反馈期限而未反馈的司法建议、检察建议（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}}, "notes": ["行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "负责人出庭应诉率计入正职和分管副职负责人出庭", "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "行政复议调解和解率不含撤回申请结案的案件", "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）"], "warnings": ["未录入示范县2024年上半年法院一审民事收案、一审行政收案数（fylink report figure set），万人成讼率的分子暂按本台账登记的一审民事、行政案件计"], "figures": {"region": "示范县", "used": {"population": {"value": 812300, "source": "县统计局", "period": "2023年"}}, "sources": ["常住人口812,300人（2023年，来源：县统计局）"], "numerator_from": "台账"}, "indicators": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "unit": "件", "numerator": 1, "denominator": null, "value": 1, "display": "1", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "unit": "%", "numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "unit": "元", "numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "unit": "%", "numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "unit": "件/万人", "numerator": 1, "denominator": 812300, "value": 0.01, "display": "0.01", "fraction": "1件/81.23万人", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 812300, "value": 0.0, "display": "0.00"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 812300, "value": 0.0, "display": "0.00"}}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}}, "double_decline": {"achieved": null, "litigation_filed_down": false, "loss_rate_down": null, "text": "无法判断是否实现“双下降”：本期或去年同期没有审结的一审行政诉讼案件。行政诉讼发案量1件（去年同期0件）。"}, "units": [{"unit": "县自然资源局", "unit_name": "示范县自然资源局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 1, "denominator": null, "value": 1, "display": "1", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 1}, {"unit": "县税务局", "unit_name": "国家税务总局示范县税务局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 2}, {"unit": "东城街道", "unit_name": "示范县东城街道办事处", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 3}, {"unit": "县人社局", "unit_name": "示范县人力资源局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 4}, {"unit": "县政府办", "unit_name": "示范县人民政府办公室", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 5}, {"unit": "县住建局", "unit_name": "示范县住房和城乡建设局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 6}, {"unit": "县信访局", "unit_name": "示范县信访局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 7}, {"unit": "县公安局", "unit_name": "示范县公安局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 8}, {"unit": "县发改委", "unit_name": "示范县发展和改革委员会", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 9}, {"unit": "县司法局", "unit_name": "示范县司法局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 10}, {"unit": "城关镇", "unit_name": "示范县城关镇人民政府", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 11}, {"unit": "县城管局", "unit_name": "示范县城市管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 12}, {"unit": "县市场监管局", "unit_name": "示范县市场监督管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 13}, {"unit": "县生态环境分局", "unit_name": "示范县生态环境分局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 14}, {"unit": "县财政局", "unit_name": "示范县财政局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 15}], "ranking_note": "法院、检察院不是被考核单位，不列入单位排名（配置项 escalation.rank_consult_kinds = true 可列入）", "attention": {"as_of": "2024-06-30", "watched_enterprises": {"total": 1, "by_level": {"高": 1, "中": 0, "低": 0}, "in_bankruptcy": 1}, "unpaid_enforcement_total": 0, "unpaid_enforcement": [], "losses_total": 0, "losses": [], "overdue_tasks_total": 0, "overdue_tasks": [], "unanswered_suggestions_total": 0, "unanswered_suggestions": []}, "generated_on": "2024-10-15", "trend": [{"period": "2022Q3", "label": "2022年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2022Q4", "label": "2022年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q1", "label": "2023年1季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q2", "label": "2023年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q3", "label": "2023年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q4", "label": "2023年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q1", "label": "2024年1季度", "litigation_filed": 1, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q2", "label": "2024年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 1, "loss_rate": 0.0}]}, "id": 1}', '89a0adaf4c5ef977124d456573d7333fa329ffeb3db1b7ed6fdcaf5a87e96ddc', 'de5eff5a7ff2c38da6f0cfdbffc684d45f1dd2784712ee003726a8c46dabd1bb', 86);
INSERT INTO public.journal VALUES (87, '2026-12-01 22:13:54.956284+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'journal_anchor', 2, NULL, 'null', '{"at": "2026-12-01T22:13:54.950042+00:00", "kind": "report", "label": "2024年上半年", "seq": 86, "hash": "de5eff5a7ff2c38da6f0cfdbffc684d45f1dd2784712ee003726a8c46dabd1bb", "mac": null, "id": 2}', 'de5eff5a7ff2c38da6f0cfdbffc684d45f1dd2784712ee003726a8c46dabd1bb', '486105c1482d66e1f10955f56257015f5796875abe3240b3205366309322a594', 86);
INSERT INTO public.journal VALUES (88, '2026-12-01 22:13:55.0516+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'brief_issue', 1, NULL, 'null', '{"kind": "工作简报", "year": 2024, "issue_no": 1, "issued_on": "2024-10-10", "distribution": "各成员单位", "created_at": "2026-12-01T22:13:55.036627+00:00", "id": 1}', '486105c1482d66e1f10955f56257015f5796875abe3240b3205366309322a594', '5c2683d4fdac59d75ed3469125c2413afc135d1e80c3e0e58cf873fafdd69947', 88);
INSERT INTO public.journal VALUES (89, '2026-12-01 22:13:55.134455+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'brief_item', 1, NULL, 'null', '{"unit_id": 5, "kind": "工作动态", "source": "报送", "title": "", "body": "劳动争议化解情况", "submitted_on": "2024-10-15", "created_at": "2026-12-01T22:13:55.122201+00:00", "id": 1, "issue_id": null, "seq": 0}', '5c2683d4fdac59d75ed3469125c2413afc135d1e80c3e0e58cf873fafdd69947', '4e9ff7297f9f7de13b0f0265745560aa9b0d7e793343e61921f1c396a770a766', 89);
INSERT INTO public.journal VALUES (90, '2026-12-01 22:13:55.230511+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'update', 'brief_item', 1, NULL, '{"kind": "工作动态", "id": 1, "title": "", "body": "劳动争议化解情况", "seq": 0, "issue_id": null, "unit_id": 5, "source": "报送", "submitted_on": "2024-10-15", "created_at": "2026-12-01T22:13:55.122201+00:00"}', '{"kind": "工作动态", "id": 1, "title": "", "body": "劳动争议化解情况", "seq": 1, "issue_id": 1, "unit_id": 5, "source": "报送", "submitted_on": "2024-10-15", "created_at": "2026-12-01T22:13:55.122201+00:00"}', '4e9ff7297f9f7de13b0f0265745560aa9b0d7e793343e61921f1c396a770a766', 'ba285f0cc8845545c64c404568d174d298ffb920aa9d4742a3dd2a5f5e3330d1', 90);
INSERT INTO public.journal VALUES (91, '2026-12-01 22:13:55.342548+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'brief_item', 2, NULL, 'null', '{"unit_id": 6, "kind": "经验做法", "source": "报送", "title": "", "body": "征收补偿争议会商机制", "submitted_on": "2024-10-15", "created_at": "2026-12-01T22:13:55.319691+00:00", "id": 2, "issue_id": 1, "seq": 2}', 'ba285f0cc8845545c64c404568d174d298ffb920aa9d4742a3dd2a5f5e3330d1', '73a316a41a01e272ed225517f49513149063f327ee4b0ef6cd860011d20233bc', 91);
INSERT INTO public.journal VALUES (92, '2026-12-01 22:13:55.408079+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'brief_item', 3, NULL, 'null', '{"unit_id": 3, "kind": "问题建议", "source": "报送", "title": "", "body": "行政复议案件增多", "submitted_on": "2024-10-15", "created_at": "2026-12-01T22:13:55.405264+00:00", "id": 3, "issue_id": null, "seq": 0}', '73a316a41a01e272ed225517f49513149063f327ee4b0ef6cd860011d20233bc', '81c210b18b0461bb54bd65b2a4abe4c829ac6b01c7839fa960fc4e3fe08e48b9', 92);
INSERT INTO public.journal VALUES (93, '2026-12-01 22:13:55.893895+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'meeting', 2, NULL, 'null', '{"year": 2024, "issue_no": 2, "series": "协调会", "series_no": 1, "kind": "协调会", "held_on": "2024-07-10", "place": "", "chair": "", "topics": "", "opening": "", "parts": ["会议认为，征收补偿争议化解工作取得阶段性进展。"], "created_at": "2026-12-01T22:13:55.873951+00:00", "id": 2, "issued_on": null}', '81c210b18b0461bb54bd65b2a4abe4c829ac6b01c7839fa960fc4e3fe08e48b9', '06bb5457874781ca277801208defe0a15153ddc3f2ea4d523a72121d431f1d53', 93);
INSERT INTO public.journal VALUES (94, '2026-12-01 22:13:55.91873+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'meeting_follow', 1, NULL, 'null', '{"meeting_id": 2, "followed_meeting_id": 1, "task_id": null, "id": 1}', '06bb5457874781ca277801208defe0a15153ddc3f2ea4d523a72121d431f1d53', 'c1cc67eb94f55c20aace620c06ea6891d0ddfba226d61cea5f089664b5291431', 93);
INSERT INTO public.journal VALUES (99, '2026-12-01 22:13:56.309978+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'update', 'task', 3, NULL, '{"source": "双清单", "content": "报送化解进展", "lead_unit_id": 6, "leader": "", "due_on": "2024-09-30", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "", "list_section": "", "list_order": null, "item_id": null, "lead_group": "", "recurrence": "每季度末", "period": "2024年第三季度", "approved_meeting_id": null, "list_id": null, "note": "", "created_at": "2026-12-01T22:13:56.274583+00:00", "updated_at": "2026-12-01T22:13:56.274583+00:00", "id": 3, "series_closed_on": null, "completed_on": null, "signed_off_on": null, "signed_off_by": ""}', '{"source": "双清单", "content": "报送化解进展", "lead_unit_id": 6, "leader": "", "due_on": "2024-09-30", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "", "list_section": "", "list_order": null, "item_id": 3, "lead_group": "", "recurrence": "每季度末", "period": "2024年第三季度", "approved_meeting_id": null, "list_id": null, "note": "", "created_at": "2026-12-01T22:13:56.274583+00:00", "updated_at": "2026-12-01T22:13:56.299624+00:00", "id": 3, "series_closed_on": null, "completed_on": null, "signed_off_on": null, "signed_off_by": ""}', '15b6367977b7ed3b634fb000eff027e4d09940a726c8c2f8f655f4040dfee999', '76da784cf3a721a69e460f93dac8b187bd230c0dbc26450c3e7bfe6346e1ed28', 98);
INSERT INTO public.journal VALUES (100, '2026-12-01 22:13:56.322198+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'task', 4, NULL, 'null', '{"source": "双清单", "content": "报送化解进展", "lead_unit_id": 6, "leader": "", "due_on": "2024-12-31", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "", "list_section": "", "list_order": null, "item_id": 3, "lead_group": "", "recurrence": "每季度末", "period": "2024年第四季度", "approved_meeting_id": null, "list_id": null, "note": "", "created_at": "2026-12-01T22:13:56.274583+00:00", "updated_at": "2026-12-01T22:13:56.274583+00:00", "id": 4, "series_closed_on": null, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": []}', '76da784cf3a721a69e460f93dac8b187bd230c0dbc26450c3e7bfe6346e1ed28', 'f7bbcc23103edefcf3d97f2e893ceab5e1941945c80447534db44903c277b6ad', 98);
INSERT INTO public.journal VALUES (101, '2026-12-01 22:13:56.438461+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'task', 5, NULL, 'null', '{"source": "双清单", "content": "坚持府院会商", "lead_unit_id": 3, "leader": "", "due_on": "9999-12-31", "due_rule": "长期坚持", "due_start": "2024-10-15", "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "", "list_section": "", "list_order": null, "item_id": null, "lead_group": "", "recurrence": "", "period": "", "approved_meeting_id": null, "list_id": null, "note": "", "created_at": "2026-12-01T22:13:56.426350+00:00", "updated_at": "2026-12-01T22:13:56.426350+00:00", "id": 5, "series_closed_on": null, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": []}', 'f7bbcc23103edefcf3d97f2e893ceab5e1941945c80447534db44903c277b6ad', '47e7f89b3d61e82e83f15fe74409495fdb950a31bbb0a6176794bcb034ae1aa7', 101);
INSERT INTO public.journal VALUES (102, '2026-12-01 22:13:56.541822+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'task', 6, NULL, 'null', '{"source": "双清单", "content": "整治占道经营", "lead_unit_id": 13, "leader": "", "due_on": "2024-12-31", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "", "list_section": "", "list_order": null, "item_id": null, "lead_group": "", "recurrence": "", "period": "", "approved_meeting_id": null, "list_id": null, "note": "", "created_at": "2026-12-01T22:13:56.530918+00:00", "updated_at": "2026-12-01T22:13:56.530918+00:00", "id": 6, "series_closed_on": null, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": ["示范县住房和城乡建设局"]}', '47e7f89b3d61e82e83f15fe74409495fdb950a31bbb0a6176794bcb034ae1aa7', 'b220b34db7cd46367a1a6d5f01e7a2bf292b1ec96f98e4a744642799180a6a81', 102);
INSERT INTO public.journal VALUES (103, '2026-12-01 22:13:56.652247+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'update', 'task', 6, NULL, '{"content": "整治占道经营", "decision_no": null, "period": "", "lead_unit_id": 13, "suggestion_id": null, "approved_meeting_id": null, "signed_off_by": "", "leader": "", "list_no": "", "list_id": null, "created_at": "2026-12-01T22:13:56.530918+00:00", "due_on": "2024-12-31", "list_section": "", "series_closed_on": null, "updated_at": "2026-12-01T22:13:56.530918+00:00", "id": 6, "due_rule": "", "list_order": null, "note": "", "due_start": null, "item_id": null, "completed_on": null, "due_provisional": false, "lead_group": "", "signed_off_on": null, "source": "双清单", "meeting_id": null, "recurrence": ""}', '{"content": "整治占道经营", "decision_no": null, "period": "", "lead_unit_id": 7, "suggestion_id": null, "approved_meeting_id": null, "signed_off_by": "", "leader": "", "list_no": "", "list_id": null, "created_at": "2026-12-01T22:13:56.530918+00:00", "due_on": "2024-12-31", "list_section": "", "series_closed_on": null, "updated_at": "2026-12-01T22:13:56.639818+00:00", "id": 6, "due_rule": "", "list_order": null, "note": "", "due_start": null, "item_id": null, "completed_on": null, "due_provisional": false, "lead_group": "", "signed_off_on": null, "source": "双清单", "meeting_id": null, "recurrence": ""}', 'b220b34db7cd46367a1a6d5f01e7a2bf292b1ec96f98e4a744642799180a6a81', '6f90f396a888a3f1102192e24af6e24186a58ad8ec888c892b732fca89657d4a', 103);
INSERT INTO public.journal VALUES (104, '2026-12-01 22:13:56.708898+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'update', 'person', 18, NULL, '{"title": "法规股股长", "role": "联络员", "name": "邓凯", "email": "cgj@shifan.example.cn", "created_at": "2026-12-01T22:13:49.056301+00:00", "unit_id": 13, "id": 18, "phone": "0372-5101013", "left_on": null}', '{"title": "法规股股长", "role": "成员", "name": "邓凯", "email": "cgj@shifan.example.cn", "created_at": "2026-12-01T22:13:49.056301+00:00", "unit_id": 7, "id": 18, "phone": "0372-5101013", "left_on": null}', '6f90f396a888a3f1102192e24af6e24186a58ad8ec888c892b732fca89657d4a', '98da0e09b66db67f21e1febb767a6f028a26563b7b001e2b89ecaa4a67c3bdbf', 103);
INSERT INTO public.journal VALUES (105, '2026-12-01 22:13:56.733696+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'update', 'unit', 13, NULL, '{"kind": "政府部门", "id": 13, "is_member": true, "liaison_phone": "0372-5101013", "note": "", "updated_at": "2026-12-01T22:13:48.660208+00:00", "merged_on": null, "name": "示范县城市管理局", "short_name": "县城管局", "region": "示范县", "liaison_name": "邓凯", "liaison_email": "cgj@shifan.example.cn", "created_at": "2026-12-01T22:13:48.660208+00:00", "merged_into_id": null}', '{"kind": "政府部门", "id": 13, "is_member": true, "liaison_phone": "0372-5101013", "note": "", "updated_at": "2026-12-01T22:13:56.722574+00:00", "merged_on": "2024-10-01", "name": "示范县城市管理局", "short_name": "县城管局", "region": "示范县", "liaison_name": "邓凯", "liaison_email": "cgj@shifan.example.cn", "created_at": "2026-12-01T22:13:48.660208+00:00", "merged_into_id": 7, "merged_into": "示范县住房和城乡建设局"}', '98da0e09b66db67f21e1febb767a6f028a26563b7b001e2b89ecaa4a67c3bdbf', 'b611112570828c7762d957b5b771693fba34ce110d6f0f53db7f5633156d3ab1', 103);
INSERT INTO public.journal VALUES (107, '2026-12-01 22:13:56.93431+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'task', 7, NULL, 'null', '{"source": "双清单", "content": "对征收补偿类案件开展诉前化解", "lead_unit_id": 14, "leader": "", "due_on": "2024-12-31", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "1", "list_section": "一、政府需法院支持事项", "list_order": 100001, "item_id": null, "lead_group": "", "recurrence": "", "period": "", "approved_meeting_id": null, "list_id": 1, "note": "", "created_at": "2026-12-01T22:13:56.921844+00:00", "updated_at": "2026-12-01T22:13:56.921844+00:00", "id": 7, "series_closed_on": null, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": ["示范县司法局"]}', 'fc6056fd7beb13487428c257cf93deab1949b92bd58c1409d2daec8804ec69a8', '78548588479e3543fc7acb464d7a7f7a6bfa1c7ecd5cce01c1212027b09d851f', 106);
INSERT INTO public.journal VALUES (108, '2026-12-01 22:13:56.954124+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'insert', 'task', 8, NULL, 'null', '{"source": "双清单", "content": "每季度通报行政诉讼情况", "lead_unit_id": 14, "leader": "", "due_on": "2024-12-31", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "2", "list_section": "一、政府需法院支持事项", "list_order": 100002, "item_id": null, "lead_group": "", "recurrence": "每季度末", "period": "2024年第四季度", "approved_meeting_id": null, "list_id": 1, "note": "", "created_at": "2026-12-01T22:13:56.941751+00:00", "updated_at": "2026-12-01T22:13:56.941751+00:00", "id": 8, "series_closed_on": null, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": []}', '78548588479e3543fc7acb464d7a7f7a6bfa1c7ecd5cce01c1212027b09d851f', '677fa1bc0c83c1a923f4453aac490f11458d892b776d721be5f706789c65f33a', 106);
INSERT INTO public.journal VALUES (109, '2026-12-01 22:13:56.964653+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'update', 'task', 8, NULL, '{"source": "双清单", "content": "每季度通报行政诉讼情况", "lead_unit_id": 14, "leader": "", "due_on": "2024-12-31", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "2", "list_section": "一、政府需法院支持事项", "list_order": 100002, "item_id": null, "lead_group": "", "recurrence": "每季度末", "period": "2024年第四季度", "approved_meeting_id": null, "list_id": 1, "note": "", "created_at": "2026-12-01T22:13:56.941751+00:00", "updated_at": "2026-12-01T22:13:56.941751+00:00", "id": 8, "series_closed_on": null, "completed_on": null, "signed_off_on": null, "signed_off_by": ""}', '{"source": "双清单", "content": "每季度通报行政诉讼情况", "lead_unit_id": 14, "leader": "", "due_on": "2024-12-31", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "2", "list_section": "一、政府需法院支持事项", "list_order": 100002, "item_id": 8, "lead_group": "", "recurrence": "每季度末", "period": "2024年第四季度", "approved_meeting_id": null, "list_id": 1, "note": "", "created_at": "2026-12-01T22:13:56.941751+00:00", "updated_at": "2026-12-01T22:13:56.962901+00:00", "id": 8, "series_closed_on": null, "completed_on": null, "signed_off_on": null, "signed_off_by": ""}', '677fa1bc0c83c1a923f4453aac490f11458d892b776d721be5f706789c65f33a', 'b58cec54f04b879978c7f510d943b8bc0fe3c7b1bb3e0779089ac2fe6a6cbea9', 106);
INSERT INTO public.journal VALUES (110, '2026-12-01 22:13:57.08585+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0015', 'update', 'task', 3, NULL, '{"content": "报送化解进展", "decision_no": null, "period": "2024年第三季度", "lead_unit_id": 6, "suggestion_id": null, "approved_meeting_id": null, "signed_off_by": "", "leader": "", "list_no": "", "list_id": null, "created_at": "2026-12-01T22:13:56.274583+00:00", "due_on": "2024-09-30", "list_section": "", "series_closed_on": null, "updated_at": "2026-12-01T22:13:56.299624+00:00", "id": 3, "due_rule": "", "list_order": null, "note": "", "due_start": null, "item_id": 3, "completed_on": null, "due_provisional": false, "lead_group": "", "signed_off_on": null, "source": "双清单", "meeting_id": null, "recurrence": "每季度末"}', '{"content": "报送化解进展", "decision_no": null, "period": "2024年第三季度", "lead_unit_id": 6, "suggestion_id": null, "approved_meeting_id": null, "signed_off_by": "", "leader": "", "list_no": "", "list_id": null, "created_at": "2026-12-01T22:13:56.274583+00:00", "due_on": "2024-09-30", "list_section": "", "series_closed_on": "2024-10-15", "updated_at": "2026-12-01T22:13:57.070265+00:00", "id": 3, "due_rule": "", "list_order": null, "note": "", "due_start": null, "item_id": 3, "completed_on": null, "due_provisional": false, "lead_group": "", "signed_off_on": null, "source": "双清单", "meeting_id": null, "recurrence": "每季度末"}', 'b58cec54f04b879978c7f510d943b8bc0fe3c7b1bb3e0779089ac2fe6a6cbea9', '749f868a572249a84016a0e9c512ad09b8d53c70504f77c37e736d885b7c814e', 110);


--
-- Data for Name: journal_anchor; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.journal_anchor VALUES (1, '2026-12-01 22:13:53.080286+00', 'report', '2024年第二季度', 66, '246036f7055db978842c609e54e313eb997ad515cc11c35a2dbea024967be88d', NULL);
INSERT INTO public.journal_anchor VALUES (2, '2026-12-01 22:13:54.950042+00', 'report', '2024年上半年', 86, 'de5eff5a7ff2c38da6f0cfdbffc684d45f1dd2784712ee003726a8c46dabd1bb', NULL);


--
-- Data for Name: judgment_performance; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: meeting; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.meeting VALUES (1, 2024, 1, '联席会议', '2024-06-20', '', '王县长', '征收补偿争议化解', '', '2026-12-01 22:13:50.225903+00', '联席会议', 1, '[]', NULL);
INSERT INTO public.meeting VALUES (2, 2024, 2, '协调会', '2024-07-10', '', '', '', '', '2026-12-01 22:13:55.873951+00', '协调会', 1, '["会议认为，征收补偿争议化解工作取得阶段性进展。"]', NULL);


--
-- Data for Name: meeting_follow; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.meeting_follow VALUES (1, 2, 1, NULL);


--
-- Data for Name: notice; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notice VALUES (2, '催办', 6, '2024-10-15', NULL, NULL, NULL, NULL, '2026-12-01 22:13:51.788326+00', '');
INSERT INTO public.notice VALUES (1, '督办', 5, '2024-10-15', 2024, 1, '2024-10-22', '2024-10-15', '2026-12-01 22:13:51.788326+00', '');


--
-- Data for Name: notice_item; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notice_item VALUES (1, 1, '督办', 2, NULL, 28, NULL, NULL, '', NULL);
INSERT INTO public.notice_item VALUES (2, 2, '催办', 1, NULL, 7, NULL, NULL, '', NULL);


--
-- Data for Name: notice_reply; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notice_reply VALUES (1, 1, '2024-10-15', '已书面报送办理情况', '', 0, '', NULL, '2026-12-01 22:13:52.029135+00');


--
-- Data for Name: office; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.office VALUES (1, '示范县府院联动联席会议办公室', '示范县', '示范县府院联动联席会议', '2026-12-01 22:13:48.487252+00');


--
-- Data for Name: party; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.party VALUES (1, '张三', '自然人', '身份证', '410502198510151232', '2026-12-01 22:13:49.438358+00');
INSERT INTO public.party VALUES (3, '李四', '自然人', '', NULL, '2026-12-01 22:13:49.603356+00');
INSERT INTO public.party VALUES (2, '示范县建工集团有限公司', '法人或其他组织', '统一社会信用代码', '91340503MA2N0001XG', '2026-12-01 22:13:49.462818+00');


--
-- Data for Name: party_alias; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.party_alias VALUES (1, 2, '示范县建工集团', '曾用名', '2024-09-01', '2026-12-01 22:13:53.849956+00');


--
-- Data for Name: party_merge; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: party_watch; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.party_watch VALUES (1, 2, '高', '重点破产企业', '', '', '2024-10-15', '2026-12-01 22:13:53.946209+00', '2026-12-01 22:13:53.946209+00');


--
-- Data for Name: person; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.person VALUES (1, '王建国', '县长', NULL, '召集人', '', '', '2026-12-01 22:13:48.724104+00', NULL);
INSERT INTO public.person VALUES (2, '刘清华', '常务副县长', NULL, '副召集人', '', '', '2026-12-01 22:13:48.74687+00', NULL);
INSERT INTO public.person VALUES (3, '赵立新', '县人民法院院长', NULL, '副召集人', '', '', '2026-12-01 22:13:48.754518+00', NULL);
INSERT INTO public.person VALUES (4, '陈晓燕', '副主任', 1, '联络员', '0372-5101001', 'zfb@shifan.example.cn', '2026-12-01 22:13:48.774055+00', NULL);
INSERT INTO public.person VALUES (5, '马俊', '科长', 2, '联络员', '0372-5101002', 'fgw@shifan.example.cn', '2026-12-01 22:13:48.794878+00', NULL);
INSERT INTO public.person VALUES (6, '孙丽', '行政复议股股长', 3, '联络员', '0372-5101003', 'sfj@shifan.example.cn', '2026-12-01 22:13:48.813738+00', NULL);
INSERT INTO public.person VALUES (7, '周明', '局长', 3, '成员', '', '', '2026-12-01 22:13:48.825723+00', NULL);
INSERT INTO public.person VALUES (8, '林静', '办公室工作人员', 3, '办公室', '', '', '2026-12-01 22:13:48.837566+00', NULL);
INSERT INTO public.person VALUES (9, '郭涛', '法规股股长', 4, '联络员', '0372-5101004', 'czj@shifan.example.cn', '2026-12-01 22:13:48.866094+00', NULL);
INSERT INTO public.person VALUES (10, '何芳', '法规股股长', 5, '联络员', '0372-5101005', 'rsj@shifan.example.cn', '2026-12-01 22:13:48.889866+00', NULL);
INSERT INTO public.person VALUES (11, '高远', '法规股股长', 6, '联络员', '0372-5101006', 'zrzyj@shifan.example.cn', '2026-12-01 22:13:48.90579+00', NULL);
INSERT INTO public.person VALUES (12, '罗斌', '法规股股长', 7, '联络员', '0372-5101007', 'zjj@shifan.example.cn', '2026-12-01 22:13:48.922505+00', NULL);
INSERT INTO public.person VALUES (13, '梁红', '法制股股长', 8, '联络员', '0372-5101008', 'swj@shifan.example.cn', '2026-12-01 22:13:48.939776+00', NULL);
INSERT INTO public.person VALUES (14, '宋佳', '法规股股长', 9, '联络员', '0372-5101009', 'scjgj@shifan.example.cn', '2026-12-01 22:13:48.955827+00', NULL);
INSERT INTO public.person VALUES (15, '唐亮', '副局长', 10, '联络员', '0372-5101010', 'xfj@shifan.example.cn', '2026-12-01 22:13:48.989995+00', NULL);
INSERT INTO public.person VALUES (16, '韩冰', '法制大队大队长', 11, '联络员', '0372-5101011', 'gaj@shifan.example.cn', '2026-12-01 22:13:49.009806+00', NULL);
INSERT INTO public.person VALUES (17, '冯雪', '法规股股长', 12, '联络员', '0372-5101012', 'sthj@shifan.example.cn', '2026-12-01 22:13:49.029771+00', NULL);
INSERT INTO public.person VALUES (19, '许文', '行政审判庭庭长', 14, '联络员', '0372-5101014', 'fy@shifan.example.cn', '2026-12-01 22:13:49.081806+00', NULL);
INSERT INTO public.person VALUES (20, '曹阳', '行政检察部主任', 15, '联络员', '0372-5101015', 'jcy@shifan.example.cn', '2026-12-01 22:13:49.097794+00', NULL);
INSERT INTO public.person VALUES (21, '彭程', '司法所所长', 16, '联络员', '0372-5101016', 'cgz@shifan.example.cn', '2026-12-01 22:13:49.115306+00', NULL);
INSERT INTO public.person VALUES (22, '袁媛', '司法所所长', 17, '联络员', '0372-5101017', 'dcjd@shifan.example.cn', '2026-12-01 22:13:49.13782+00', NULL);
INSERT INTO public.person VALUES (23, '钱进', '副局长', 3, '成员', '', '', '2026-12-01 22:13:53.234498+00', '2024-10-01');
INSERT INTO public.person VALUES (18, '邓凯', '法规股股长', 7, '成员', '0372-5101013', 'cgj@shifan.example.cn', '2026-12-01 22:13:49.056301+00', NULL);


--
-- Data for Name: project; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.project VALUES (1, '锦绣家园小区', '问题楼盘', NULL, '', 277, NULL, '', '2026-12-01 22:13:54.061889+00', '2026-12-01 22:13:54.061889+00');


--
-- Data for Name: project_case; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.project_case VALUES (1, 1, 2);


--
-- Data for Name: report_period_snapshot; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.report_period_snapshot VALUES (1, '2024H1', 2024, '', '2026-12-01 22:13:54.887576+00', '测试员@postgres', '{"period": {"year": 2024, "quarter": null, "kind": "half", "code": "2024H1", "label": "2024年上半年", "start": "2024-01-01", "end": "2024-06-30", "as_of": "2024-06-30", "complete": true}, "compare": {"last_year": {"year": 2023, "quarter": null, "kind": "half", "code": "2023H1", "label": "2023年上半年", "start": "2023-01-01", "end": "2023-06-30"}, "previous": {"year": 2023, "quarter": null, "kind": "half", "code": "2023H2", "label": "2023年下半年", "start": "2023-07-01", "end": "2023-12-31"}, "text": "同比与2023年上半年比较，环比与2023年下半年比较"}, "office": {"name": "示范县府院联动联席会议办公室", "region": "示范县", "meeting_name": "示范县府院联动联席会议"}, "scope": {"unit": null, "region": null}, "settings": {"loss_rate_denominator": "closed", "loss_rate_outcome": "first_instance", "reconsideration_correction_denominator": "decided", "settlement_includes_withdrawal": false, "head_appearance_principal_only": false, "enforcement_closed_includes_terminated": false, "resolution_includes_withdrawn_suits": true, "population_region": "示范县", "population": 812300, "unranked_kinds": ["法院", "检察院"], "successor": false}, "definitions": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "kind": "count", "unit": "件", "numerator": "本期新收的一审行政诉讼案件（被告为本地行政机关或乡镇街道），按案号计", "denominator": "", "basis": "立案日期", "setting": "", "note": "", "money": false}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关败诉的案件（撤销、变更、责令履行、确认违法、确认无效、判决赔偿或补偿）", "denominator": "本期审结的一审行政诉讼案件（被告为本地行政机关或乡镇街道）", "basis": "结案日期", "setting": "indicators.loss_rate_denominator", "note": "行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "money": false}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关负责人（正职或分管副职）出庭应诉的案件", "denominator": "本期开庭审理的行政诉讼案件（书面审理不计）", "basis": "开庭日期", "setting": "indicators.head_appearance_principal_only", "note": "负责人出庭应诉率计入正职和分管副职负责人出庭", "money": false}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "kind": "rate", "unit": "%", "numerator": "其中以撤销、变更、确认违法、责令履行或确认无效决定纠错的案件", "denominator": "本期以复议决定结案的行政复议案件（不含调解、和解、撤回）", "basis": "结案日期", "setting": "indicators.reconsideration_correction_denominator", "note": "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "money": false}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "kind": "rate", "unit": "%", "numerator": "其中以调解或和解结案的案件", "denominator": "本期审结的全部行政复议案件", "basis": "结案日期", "setting": "indicators.settlement_includes_withdrawal", "note": "行政复议调解和解率不含撤回申请结案的案件", "money": false}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "kind": "rate", "unit": "%", "numerator": "其中标记为实质性化解（未再进入诉讼或信访）的案件", "denominator": "本期办结的行政争议（行政复议、诉前调解、行政调解，及标记为实质性化解的行政诉讼协调撤诉）", "basis": "结案日期", "setting": "indicators.resolution_includes_withdrawn_suits", "note": "", "money": false}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "kind": "rate", "unit": "%", "numerator": "其中调解成功的案件", "denominator": "本期办结的诉前调解案件", "basis": "结案日期", "setting": "", "note": "", "money": false}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "kind": "count", "unit": "件", "numerator": "本期执结的涉行政机关执行案件（终结本次执行不计为执结）", "denominator": "", "basis": "结案日期", "setting": "indicators.enforcement_closed_includes_terminated", "note": "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）", "money": false}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "kind": "amount", "unit": "元", "numerator": "本期执结的涉行政机关执行案件的执行到位金额", "denominator": "", "basis": "结案日期", "setting": "", "note": "", "money": true}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "kind": "rate", "unit": "%", "numerator": "执行到位金额", "denominator": "本期执结且登记了申请执行标的的涉行政机关执行案件的标的金额", "basis": "结案日期", "setting": "", "note": "", "money": true}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "kind": "rate", "unit": "%", "numerator": "其中已反馈的司法建议、检察建议（不论是否逾期）", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "kind": "rate", "unit": "%", "numerator": "其中在反馈期限内反馈的司法建议、检察建议", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "kind": "rate", "unit": "%", "numerator": "其中按期完成的事项", "denominator": "完成时限在本期（截至统计日）的双清单事项", "basis": "完成时限", "setting": "", "note": "", "money": false}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "kind": "per_10k", "unit": "件/万人", "numerator": "本期新收的一审民事、行政案件（法院提供的收案数；未录入时按台账登记的案件）", "denominator": "常住人口（fylink report figure set 录入，或配置项 indicators.population；按万人计）", "basis": "立案日期", "setting": "indicators.population", "note": "", "money": false}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "kind": "count", "unit": "件", "numerator": "统计日已过完成时限而未完成的双清单事项（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "kind": "count", "unit": "件", "numerator": "统计日已过反馈期限而未反馈的司法建议、检察建议（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}}, "notes": ["行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "负责人出庭应诉率计入正职和分管副职负责人出庭", "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "行政复议调解和解率不含撤回申请结案的案件", "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）"], "warnings": ["未录入示范县2024年上半年法院一审民事收案、一审行政收案数（fylink report figure set），万人成讼率的分子暂按本台账登记的一审民事、行政案件计"], "figures": {"region": "示范县", "used": {"population": {"value": 812300, "source": "县统计局", "period": "2023年"}}, "sources": ["常住人口812,300人（2023年，来源：县统计局）"], "numerator_from": "台账"}, "indicators": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "unit": "件", "numerator": 1, "denominator": null, "value": 1, "display": "1", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "unit": "%", "numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "unit": "元", "numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "unit": "%", "numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "unit": "件/万人", "numerator": 1, "denominator": 812300, "value": 0.01, "display": "0.01", "fraction": "1件/81.23万人", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 812300, "value": 0.0, "display": "0.00"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 812300, "value": 0.0, "display": "0.00"}}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}}, "double_decline": {"achieved": null, "litigation_filed_down": false, "loss_rate_down": null, "text": "无法判断是否实现“双下降”：本期或去年同期没有审结的一审行政诉讼案件。行政诉讼发案量1件（去年同期0件）。"}, "units": [{"unit": "县自然资源局", "unit_name": "示范县自然资源局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 1, "denominator": null, "value": 1, "display": "1", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 1}, {"unit": "县税务局", "unit_name": "国家税务总局示范县税务局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 2}, {"unit": "东城街道", "unit_name": "示范县东城街道办事处", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 3}, {"unit": "县人社局", "unit_name": "示范县人力资源局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 4}, {"unit": "县政府办", "unit_name": "示范县人民政府办公室", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 5}, {"unit": "县住建局", "unit_name": "示范县住房和城乡建设局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 6}, {"unit": "县信访局", "unit_name": "示范县信访局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 7}, {"unit": "县公安局", "unit_name": "示范县公安局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 8}, {"unit": "县发改委", "unit_name": "示范县发展和改革委员会", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 9}, {"unit": "县司法局", "unit_name": "示范县司法局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 10}, {"unit": "城关镇", "unit_name": "示范县城关镇人民政府", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 11}, {"unit": "县城管局", "unit_name": "示范县城市管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 12}, {"unit": "县市场监管局", "unit_name": "示范县市场监督管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 13}, {"unit": "县生态环境分局", "unit_name": "示范县生态环境分局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 14}, {"unit": "县财政局", "unit_name": "示范县财政局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 15}], "ranking_note": "法院、检察院不是被考核单位，不列入单位排名（配置项 escalation.rank_consult_kinds = true 可列入）", "attention": {"as_of": "2024-06-30", "watched_enterprises": {"total": 1, "by_level": {"高": 1, "中": 0, "低": 0}, "in_bankruptcy": 1}, "unpaid_enforcement_total": 0, "unpaid_enforcement": [], "losses_total": 0, "losses": [], "overdue_tasks_total": 0, "overdue_tasks": [], "unanswered_suggestions_total": 0, "unanswered_suggestions": []}, "generated_on": "2024-10-15", "trend": [{"period": "2022Q3", "label": "2022年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2022Q4", "label": "2022年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q1", "label": "2023年1季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q2", "label": "2023年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q3", "label": "2023年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q4", "label": "2023年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q1", "label": "2024年1季度", "litigation_filed": 1, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q2", "label": "2024年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 1, "loss_rate": 0.0}]}');


--
-- Data for Name: report_snapshot; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.report_snapshot VALUES (1, 2024, 2, '', '2026-12-01 22:13:53.028279+00', '测试员@postgres', '{"period": {"year": 2024, "quarter": 2, "kind": "quarter", "code": "2024Q2", "label": "2024年第二季度", "start": "2024-04-01", "end": "2024-06-30", "as_of": "2024-06-30", "complete": true}, "compare": {"last_year": {"year": 2023, "quarter": 2, "kind": "quarter", "code": "2023Q2", "label": "2023年第二季度", "start": "2023-04-01", "end": "2023-06-30"}, "previous": {"year": 2024, "quarter": 1, "kind": "quarter", "code": "2024Q1", "label": "2024年第一季度", "start": "2024-01-01", "end": "2024-03-31"}, "text": "同比与2023年第二季度比较，环比与2024年第一季度比较"}, "office": {"name": "示范县府院联动联席会议办公室", "region": "示范县", "meeting_name": "示范县府院联动联席会议"}, "scope": {"unit": null, "region": null}, "settings": {"loss_rate_denominator": "closed", "loss_rate_outcome": "first_instance", "reconsideration_correction_denominator": "decided", "settlement_includes_withdrawal": false, "head_appearance_principal_only": false, "enforcement_closed_includes_terminated": false, "resolution_includes_withdrawn_suits": true, "population_region": "示范县", "population": null, "unranked_kinds": ["法院", "检察院"], "successor": false}, "definitions": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "kind": "count", "unit": "件", "numerator": "本期新收的一审行政诉讼案件（被告为本地行政机关或乡镇街道），按案号计", "denominator": "", "basis": "立案日期", "setting": "", "note": "", "money": false}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关败诉的案件（撤销、变更、责令履行、确认违法、确认无效、判决赔偿或补偿）", "denominator": "本期审结的一审行政诉讼案件（被告为本地行政机关或乡镇街道）", "basis": "结案日期", "setting": "indicators.loss_rate_denominator", "note": "行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "money": false}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关负责人（正职或分管副职）出庭应诉的案件", "denominator": "本期开庭审理的行政诉讼案件（书面审理不计）", "basis": "开庭日期", "setting": "indicators.head_appearance_principal_only", "note": "负责人出庭应诉率计入正职和分管副职负责人出庭", "money": false}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "kind": "rate", "unit": "%", "numerator": "其中以撤销、变更、确认违法、责令履行或确认无效决定纠错的案件", "denominator": "本期以复议决定结案的行政复议案件（不含调解、和解、撤回）", "basis": "结案日期", "setting": "indicators.reconsideration_correction_denominator", "note": "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "money": false}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "kind": "rate", "unit": "%", "numerator": "其中以调解或和解结案的案件", "denominator": "本期审结的全部行政复议案件", "basis": "结案日期", "setting": "indicators.settlement_includes_withdrawal", "note": "行政复议调解和解率不含撤回申请结案的案件", "money": false}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "kind": "rate", "unit": "%", "numerator": "其中标记为实质性化解（未再进入诉讼或信访）的案件", "denominator": "本期办结的行政争议（行政复议、诉前调解、行政调解，及标记为实质性化解的行政诉讼协调撤诉）", "basis": "结案日期", "setting": "indicators.resolution_includes_withdrawn_suits", "note": "", "money": false}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "kind": "rate", "unit": "%", "numerator": "其中调解成功的案件", "denominator": "本期办结的诉前调解案件", "basis": "结案日期", "setting": "", "note": "", "money": false}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "kind": "count", "unit": "件", "numerator": "本期执结的涉行政机关执行案件（终结本次执行不计为执结）", "denominator": "", "basis": "结案日期", "setting": "indicators.enforcement_closed_includes_terminated", "note": "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）", "money": false}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "kind": "amount", "unit": "元", "numerator": "本期执结的涉行政机关执行案件的执行到位金额", "denominator": "", "basis": "结案日期", "setting": "", "note": "", "money": true}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "kind": "rate", "unit": "%", "numerator": "执行到位金额", "denominator": "本期执结且登记了申请执行标的的涉行政机关执行案件的标的金额", "basis": "结案日期", "setting": "", "note": "", "money": true}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "kind": "rate", "unit": "%", "numerator": "其中已反馈的司法建议、检察建议（不论是否逾期）", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "kind": "rate", "unit": "%", "numerator": "其中在反馈期限内反馈的司法建议、检察建议", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "kind": "rate", "unit": "%", "numerator": "其中按期完成的事项", "denominator": "完成时限在本期（截至统计日）的双清单事项", "basis": "完成时限", "setting": "", "note": "", "money": false}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "kind": "per_10k", "unit": "件/万人", "numerator": "本期新收的一审民事、行政案件（法院提供的收案数；未录入时按台账登记的案件）", "denominator": "常住人口（fylink report figure set 录入，或配置项 indicators.population；按万人计）", "basis": "立案日期", "setting": "indicators.population", "note": "", "money": false}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "kind": "count", "unit": "件", "numerator": "统计日已过完成时限而未完成的双清单事项（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "kind": "count", "unit": "件", "numerator": "统计日已过反馈期限而未反馈的司法建议、检察建议（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}}, "notes": ["行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "负责人出庭应诉率计入正职和分管副职负责人出庭", "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "行政复议调解和解率不含撤回申请结案的案件", "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）"], "warnings": ["未录入示范县的常住人口（fylink report figure set 常住人口 …，或配置项 indicators.population），不计算万人成讼率", "以下指标的比较基数不足10件，增减幅度仅供参考：行政诉讼发案量（上期1件）"], "figures": {"region": "示范县", "used": {}, "sources": [], "numerator_from": "台账"}, "indicators": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": -100.0, "qoq_display": "↓ -100.0%（基数小）", "qoq_text": "减少100.0%（基数较小：上期仅1件）", "qoq_small_base": 1, "previous": {"numerator": 1, "denominator": null, "value": 1, "display": "1"}}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "unit": "%", "numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "unit": "元", "numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "unit": "%", "numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "unit": "件/万人", "numerator": 0, "denominator": null, "value": null, "display": "—", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 1, "denominator": null, "value": null, "display": "—"}}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}}, "double_decline": {"achieved": null, "litigation_filed_down": false, "loss_rate_down": null, "text": "无法判断是否实现“双下降”：本期或去年同期没有审结的一审行政诉讼案件。行政诉讼发案量0件（去年同期0件）。"}, "units": [{"unit": "县税务局", "unit_name": "国家税务总局示范县税务局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 1}, {"unit": "东城街道", "unit_name": "示范县东城街道办事处", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 2}, {"unit": "县人社局", "unit_name": "示范县人力资源和社会保障局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 3}, {"unit": "县政府办", "unit_name": "示范县人民政府办公室", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 4}, {"unit": "县住建局", "unit_name": "示范县住房和城乡建设局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 5}, {"unit": "县信访局", "unit_name": "示范县信访局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 6}, {"unit": "县公安局", "unit_name": "示范县公安局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 7}, {"unit": "县发改委", "unit_name": "示范县发展和改革委员会", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 8}, {"unit": "县司法局", "unit_name": "示范县司法局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 9}, {"unit": "城关镇", "unit_name": "示范县城关镇人民政府", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 10}, {"unit": "县城管局", "unit_name": "示范县城市管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 11}, {"unit": "县市场监管局", "unit_name": "示范县市场监督管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 12}, {"unit": "县生态环境分局", "unit_name": "示范县生态环境分局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 13}, {"unit": "县自然资源局", "unit_name": "示范县自然资源局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": -100.0}, "loss_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 14}, {"unit": "县财政局", "unit_name": "示范县财政局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 15}], "ranking_note": "法院、检察院不是被考核单位，不列入单位排名（配置项 escalation.rank_consult_kinds = true 可列入）", "attention": {"as_of": "2024-06-30", "watched_enterprises": {"total": 0, "by_level": {"高": 0, "中": 0, "低": 0}, "in_bankruptcy": 0}, "unpaid_enforcement_total": 0, "unpaid_enforcement": [], "losses_total": 0, "losses": [], "overdue_tasks_total": 0, "overdue_tasks": [], "unanswered_suggestions_total": 0, "unanswered_suggestions": []}, "generated_on": "2024-10-15", "trend": [{"period": "2022Q3", "label": "2022年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2022Q4", "label": "2022年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q1", "label": "2023年1季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q2", "label": "2023年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q3", "label": "2023年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q4", "label": "2023年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q1", "label": "2024年1季度", "litigation_filed": 1, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q2", "label": "2024年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 1, "loss_rate": 0.0}]}');


--
-- Data for Name: suggestion; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.suggestion VALUES (1, '司法建议', '示法建〔2024〕3号', '示范县人民法院', 6, '2024-05-06', '2024-07-08', '2个月', false, '2024-06-01', '', true, NULL, '规范征收补偿程序', '2026-12-01 22:13:50.728328+00', '部分采纳');
INSERT INTO public.suggestion VALUES (2, '司法建议', '示法建〔2024〕4号', '示范县人民法院', 5, '2024-09-02', '2024-11-04', '2个月', false, NULL, '', NULL, NULL, '', '2026-12-01 22:13:54.571447+00', NULL);


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

INSERT INTO public.task VALUES (1, '议定事项', '建立征收补偿争议会商机制', 6, '', '2024-09-30', '', NULL, false, 1, 1, NULL, '', '', NULL, NULL, '', '2026-12-01 22:13:50.363475+00', '2026-12-01 22:13:50.363475+00', '', '', '', '', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.task VALUES (2, '双清单', '清理行政协议履约情况', 5, '', '2024-08-31', '', NULL, false, NULL, NULL, NULL, '', '', NULL, NULL, '', '2026-12-01 22:13:50.517174+00', '2026-12-01 22:13:50.517174+00', '', '', '', '', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.task VALUES (4, '双清单', '报送化解进展', 6, '', '2024-12-31', '', NULL, false, NULL, NULL, NULL, '', '', NULL, NULL, '', '2026-12-01 22:13:56.274583+00', '2026-12-01 22:13:56.274583+00', '', '', '每季度末', '2024年第四季度', NULL, 3, NULL, NULL, NULL);
INSERT INTO public.task VALUES (5, '双清单', '坚持府院会商', 3, '', '9999-12-31', '长期坚持', '2024-10-15', false, NULL, NULL, NULL, '', '', NULL, NULL, '', '2026-12-01 22:13:56.42635+00', '2026-12-01 22:13:56.42635+00', '', '', '', '', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.task VALUES (6, '双清单', '整治占道经营', 7, '', '2024-12-31', '', NULL, false, NULL, NULL, NULL, '', '', NULL, NULL, '', '2026-12-01 22:13:56.530918+00', '2026-12-01 22:13:56.639818+00', '', '', '', '', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.task VALUES (7, '双清单', '对征收补偿类案件开展诉前化解', 14, '', '2024-12-31', '', NULL, false, NULL, NULL, NULL, '1', '', NULL, NULL, '', '2026-12-01 22:13:56.921844+00', '2026-12-01 22:13:56.921844+00', '一、政府需法院支持事项', '', '', '', 100001, NULL, NULL, 1, NULL);
INSERT INTO public.task VALUES (8, '双清单', '每季度通报行政诉讼情况', 14, '', '2024-12-31', '', NULL, false, NULL, NULL, NULL, '2', '', NULL, NULL, '', '2026-12-01 22:13:56.941751+00', '2026-12-01 22:13:56.962901+00', '一、政府需法院支持事项', '', '每季度末', '2024年第四季度', 100002, 8, NULL, 1, NULL);
INSERT INTO public.task VALUES (3, '双清单', '报送化解进展', 6, '', '2024-09-30', '', NULL, false, NULL, NULL, NULL, '', '', NULL, NULL, '', '2026-12-01 22:13:56.274583+00', '2026-12-01 22:13:57.070265+00', '', '', '每季度末', '2024年第三季度', NULL, 3, NULL, NULL, '2024-10-15');


--
-- Data for Name: task_co_unit; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task_co_unit VALUES (1, 1, 3);
INSERT INTO public.task_co_unit VALUES (2, 6, 7);
INSERT INTO public.task_co_unit VALUES (3, 7, 3);


--
-- Data for Name: task_draft; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: task_progress; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task_progress VALUES (1, 1, '2024-10-15', '已召开专题会', '', '2026-12-01 22:13:50.60725+00');


--
-- Data for Name: task_subject; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task_subject VALUES (1, 2, NULL, 2, 1);


--
-- Data for Name: unit; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.unit VALUES (1, '示范县人民政府办公室', '县政府办', '政府部门', '示范县', true, '陈晓燕', '0372-5101001', 'zfb@shifan.example.cn', '', '2026-12-01 22:13:48.528505+00', '2026-12-01 22:13:48.528505+00', NULL, NULL);
INSERT INTO public.unit VALUES (2, '示范县发展和改革委员会', '县发改委', '政府部门', '示范县', true, '马俊', '0372-5101002', 'fgw@shifan.example.cn', '', '2026-12-01 22:13:48.552035+00', '2026-12-01 22:13:48.552035+00', NULL, NULL);
INSERT INTO public.unit VALUES (3, '示范县司法局', '县司法局', '政府部门', '示范县', true, '孙丽', '0372-5101003', 'sfj@shifan.example.cn', '联席会议办公室设在县司法局', '2026-12-01 22:13:48.565899+00', '2026-12-01 22:13:48.565899+00', NULL, NULL);
INSERT INTO public.unit VALUES (4, '示范县财政局', '县财政局', '政府部门', '示范县', true, '郭涛', '0372-5101004', 'czj@shifan.example.cn', '', '2026-12-01 22:13:48.581967+00', '2026-12-01 22:13:48.581967+00', NULL, NULL);
INSERT INTO public.unit VALUES (6, '示范县自然资源局', '县自然资源局', '政府部门', '示范县', true, '高远', '0372-5101006', 'zrzyj@shifan.example.cn', '', '2026-12-01 22:13:48.611531+00', '2026-12-01 22:13:48.611531+00', NULL, NULL);
INSERT INTO public.unit VALUES (7, '示范县住房和城乡建设局', '县住建局', '政府部门', '示范县', true, '罗斌', '0372-5101007', 'zjj@shifan.example.cn', '', '2026-12-01 22:13:48.617794+00', '2026-12-01 22:13:48.617794+00', NULL, NULL);
INSERT INTO public.unit VALUES (8, '国家税务总局示范县税务局', '县税务局', '政府部门', '示范县', true, '梁红', '0372-5101008', 'swj@shifan.example.cn', '', '2026-12-01 22:13:48.622987+00', '2026-12-01 22:13:48.622987+00', NULL, NULL);
INSERT INTO public.unit VALUES (9, '示范县市场监督管理局', '县市场监管局', '政府部门', '示范县', true, '宋佳', '0372-5101009', 'scjgj@shifan.example.cn', '', '2026-12-01 22:13:48.631928+00', '2026-12-01 22:13:48.631928+00', NULL, NULL);
INSERT INTO public.unit VALUES (10, '示范县信访局', '县信访局', '政府部门', '示范县', true, '唐亮', '0372-5101010', 'xfj@shifan.example.cn', '', '2026-12-01 22:13:48.638823+00', '2026-12-01 22:13:48.638823+00', NULL, NULL);
INSERT INTO public.unit VALUES (11, '示范县公安局', '县公安局', '政府部门', '示范县', true, '韩冰', '0372-5101011', 'gaj@shifan.example.cn', '', '2026-12-01 22:13:48.642103+00', '2026-12-01 22:13:48.642103+00', NULL, NULL);
INSERT INTO public.unit VALUES (12, '示范县生态环境分局', '县生态环境分局', '政府部门', '示范县', true, '冯雪', '0372-5101012', 'sthj@shifan.example.cn', '', '2026-12-01 22:13:48.654421+00', '2026-12-01 22:13:48.654421+00', NULL, NULL);
INSERT INTO public.unit VALUES (14, '示范县人民法院', '县法院', '法院', '示范县', true, '许文', '0372-5101014', 'fy@shifan.example.cn', '', '2026-12-01 22:13:48.674867+00', '2026-12-01 22:13:48.674867+00', NULL, NULL);
INSERT INTO public.unit VALUES (15, '示范县人民检察院', '县检察院', '检察院', '示范县', true, '曹阳', '0372-5101015', 'jcy@shifan.example.cn', '', '2026-12-01 22:13:48.685001+00', '2026-12-01 22:13:48.685001+00', NULL, NULL);
INSERT INTO public.unit VALUES (16, '示范县城关镇人民政府', '城关镇', '乡镇街道', '示范县', true, '彭程', '0372-5101016', 'cgz@shifan.example.cn', '', '2026-12-01 22:13:48.693937+00', '2026-12-01 22:13:48.693937+00', NULL, NULL);
INSERT INTO public.unit VALUES (17, '示范县东城街道办事处', '东城街道', '乡镇街道', '示范县', true, '袁媛', '0372-5101017', 'dcjd@shifan.example.cn', '', '2026-12-01 22:13:48.701942+00', '2026-12-01 22:13:48.701942+00', NULL, NULL);
INSERT INTO public.unit VALUES (5, '示范县人力资源局', '县人社局', '政府部门', '示范县', true, '何芳', '0372-5101005', 'rsj@shifan.example.cn', '', '2026-12-01 22:13:48.596871+00', '2026-12-01 22:13:53.176229+00', NULL, NULL);
INSERT INTO public.unit VALUES (13, '示范县城市管理局', '县城管局', '政府部门', '示范县', true, '邓凯', '0372-5101013', 'cgj@shifan.example.cn', '', '2026-12-01 22:13:48.660208+00', '2026-12-01 22:13:56.722574+00', 7, '2024-10-01');


--
-- Data for Name: unit_name; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.unit_name VALUES (1, 5, '示范县人力资源和社会保障局', '县人社局', NULL, '2024-08-31');


--
-- Data for Name: writer_lock; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.writer_lock VALUES (1);


--
-- Name: assess_appeal_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.assess_appeal_id_seq', 1, true);


--
-- Name: assess_record_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.assess_record_id_seq', 1, true);


--
-- Name: assess_result_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.assess_result_id_seq', 1, false);


--
-- Name: attendance_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.attendance_id_seq', 3, true);


--
-- Name: bankruptcy_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.bankruptcy_id_seq', 1, true);


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
-- Name: digest_send_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.digest_send_id_seq', 1, false);


--
-- Name: double_list_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.double_list_id_seq', 1, true);


--
-- Name: external_figure_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.external_figure_id_seq', 1, true);


--
-- Name: journal_anchor_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.journal_anchor_id_seq', 2, true);


--
-- Name: journal_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.journal_id_seq', 110, true);


--
-- Name: judgment_performance_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.judgment_performance_id_seq', 1, false);


--
-- Name: meeting_follow_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.meeting_follow_id_seq', 1, true);


--
-- Name: meeting_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.meeting_id_seq', 2, true);


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

SELECT pg_catalog.setval('public.person_id_seq', 23, true);


--
-- Name: project_case_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.project_case_id_seq', 1, true);


--
-- Name: project_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.project_id_seq', 1, true);


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

SELECT pg_catalog.setval('public.suggestion_id_seq', 2, true);


--
-- Name: suggestion_party_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.suggestion_party_id_seq', 1, true);


--
-- Name: task_co_unit_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.task_co_unit_id_seq', 3, true);


--
-- Name: task_draft_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.task_draft_id_seq', 1, false);


--
-- Name: task_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.task_id_seq', 8, true);


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
-- Name: unit_name_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.unit_name_id_seq', 1, true);


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
-- Name: assess_appeal pk_assess_appeal; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assess_appeal
    ADD CONSTRAINT pk_assess_appeal PRIMARY KEY (id);


--
-- Name: assess_record pk_assess_record; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assess_record
    ADD CONSTRAINT pk_assess_record PRIMARY KEY (id);


--
-- Name: assess_result pk_assess_result; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assess_result
    ADD CONSTRAINT pk_assess_result PRIMARY KEY (id);


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
-- Name: digest_send pk_digest_send; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.digest_send
    ADD CONSTRAINT pk_digest_send PRIMARY KEY (id);


--
-- Name: double_list pk_double_list; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.double_list
    ADD CONSTRAINT pk_double_list PRIMARY KEY (id);


--
-- Name: external_figure pk_external_figure; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.external_figure
    ADD CONSTRAINT pk_external_figure PRIMARY KEY (id);


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
-- Name: meeting_follow pk_meeting_follow; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_follow
    ADD CONSTRAINT pk_meeting_follow PRIMARY KEY (id);


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
-- Name: task_draft pk_task_draft; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task_draft
    ADD CONSTRAINT pk_task_draft PRIMARY KEY (id);


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
-- Name: unit_name pk_unit_name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unit_name
    ADD CONSTRAINT pk_unit_name PRIMARY KEY (id);


--
-- Name: writer_lock pk_writer_lock; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.writer_lock
    ADD CONSTRAINT pk_writer_lock PRIMARY KEY (id);


--
-- Name: assess_appeal uq_assess_appeal_year; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assess_appeal
    ADD CONSTRAINT uq_assess_appeal_year UNIQUE (year, unit_id, line_id);


--
-- Name: assess_result uq_assess_result_year; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assess_result
    ADD CONSTRAINT uq_assess_result_year UNIQUE (year);


--
-- Name: bankruptcy uq_bankruptcy_case_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bankruptcy
    ADD CONSTRAINT uq_bankruptcy_case_id UNIQUE (case_id);


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
-- Name: double_list uq_double_list_name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.double_list
    ADD CONSTRAINT uq_double_list_name UNIQUE (name);


--
-- Name: external_figure uq_external_figure_region; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.external_figure
    ADD CONSTRAINT uq_external_figure_region UNIQUE (region, year, quarter, key);


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
-- Name: ix_assess_appeal_unit_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_assess_appeal_unit_id ON public.assess_appeal USING btree (unit_id);


--
-- Name: ix_assess_record_line_on; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_assess_record_line_on ON public.assess_record USING btree (line_id, occurred_on);


--
-- Name: ix_assess_record_unit_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_assess_record_unit_id ON public.assess_record USING btree (unit_id);


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
-- Name: ix_case_filed_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_case_filed_id ON public.cases USING btree (filed_on, id);


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
-- Name: ix_journal_entity_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_journal_entity_id ON public.journal USING btree (entity, id);


--
-- Name: ix_meeting_follow_meeting_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_meeting_follow_meeting_id ON public.meeting_follow USING btree (meeting_id);


--
-- Name: ix_notice_issued_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_notice_issued_id ON public.notice USING btree (issued_on, id);


--
-- Name: ix_notice_item_case_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_notice_item_case_id ON public.notice_item USING btree (case_id);


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
-- Name: ix_suggestion_unit_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_suggestion_unit_due ON public.suggestion USING btree (unit_id, reply_due, replied_on);


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
-- Name: ix_task_item_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_task_item_id ON public.task USING btree (item_id);


--
-- Name: ix_task_list_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_task_list_id ON public.task USING btree (list_id);


--
-- Name: ix_task_list_order; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_task_list_order ON public.task USING btree (list_order);


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
-- Name: ix_unit_name_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_unit_name_name ON public.unit_name USING btree (name);


--
-- Name: ix_unit_name_unit_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_unit_name_unit_id ON public.unit_name USING btree (unit_id);


--
-- Name: ux_delivery_notice_channel_recipient; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX ux_delivery_notice_channel_recipient ON public.delivery USING btree (notice_id, channel, recipient);


--
-- Name: ux_digest_send_leader_target_day; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX ux_digest_send_leader_target_day ON public.digest_send USING btree (leader, target, day);


--
-- Name: ux_meeting_series_year_no; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX ux_meeting_series_year_no ON public.meeting USING btree (series, year, series_no);


--
-- Name: journal_anchor fylink_anchor_check; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER fylink_anchor_check BEFORE INSERT ON public.journal_anchor FOR EACH ROW EXECUTE FUNCTION public.fylink_anchor_check();


--
-- Name: journal fylink_journal_check; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER fylink_journal_check BEFORE INSERT ON public.journal FOR EACH ROW EXECUTE FUNCTION public.fylink_journal_check();


--
-- Name: assess_appeal fk_assess_appeal_unit_id_unit; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assess_appeal
    ADD CONSTRAINT fk_assess_appeal_unit_id_unit FOREIGN KEY (unit_id) REFERENCES public.unit(id);


--
-- Name: assess_record fk_assess_record_unit_id_unit; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assess_record
    ADD CONSTRAINT fk_assess_record_unit_id_unit FOREIGN KEY (unit_id) REFERENCES public.unit(id);


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
-- Name: judgment_performance fk_judgment_performance_case_id_cases; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.judgment_performance
    ADD CONSTRAINT fk_judgment_performance_case_id_cases FOREIGN KEY (case_id) REFERENCES public.cases(id);


--
-- Name: meeting_follow fk_meeting_follow_followed_meeting_id_meeting; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_follow
    ADD CONSTRAINT fk_meeting_follow_followed_meeting_id_meeting FOREIGN KEY (followed_meeting_id) REFERENCES public.meeting(id);


--
-- Name: meeting_follow fk_meeting_follow_meeting_id_meeting; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_follow
    ADD CONSTRAINT fk_meeting_follow_meeting_id_meeting FOREIGN KEY (meeting_id) REFERENCES public.meeting(id);


--
-- Name: meeting_follow fk_meeting_follow_task_id_task; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_follow
    ADD CONSTRAINT fk_meeting_follow_task_id_task FOREIGN KEY (task_id) REFERENCES public.task(id);


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
-- Name: unit_name fk_unit_name_unit_id_unit; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unit_name
    ADD CONSTRAINT fk_unit_name_unit_id_unit FOREIGN KEY (unit_id) REFERENCES public.unit(id);


--
-- PostgreSQL database dump complete
--


