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

INSERT INTO public.alembic_version VALUES ('0013');


--
-- Data for Name: attendance; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: bulletin; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.bulletin VALUES (1, 2024, 1, 2024, 3, '2024-10-15', '', '{"start": "2024-07-01", "end": "2024-09-30", "black": [{"unit_id": 5, "unit": "县人社局", "open_late": 1, "done_late": 0, "suggestions_late": 0, "replies_missing": 0, "replies_late": 0, "text": "逾期未办结事项1项"}], "red": [{"unit_id": 6, "unit": "县自然资源局", "due": 1}]}', '2026-12-01 18:02:14.719464+00');


--
-- Data for Name: calendar_override; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: case_event; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_event VALUES (1, 1, '开庭', '2024-05-20', '', '2026-12-01 18:02:13.487412+00');


--
-- Data for Name: case_link; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_link VALUES (1, 3, 1, '2026-12-01 18:02:13.923004+00');


--
-- Data for Name: case_party; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_party VALUES (1, 1, 1, '原告');
INSERT INTO public.case_party VALUES (2, 1, 2, '原告');
INSERT INTO public.case_party VALUES (3, 2, 3, '申请人');


--
-- Data for Name: cases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cases VALUES (1, '行政诉讼', '（2024）豫0591行初15号', '案号', 2024, '豫0591', '基层', '行初', '行政一审案件', '行政', '一审', '土地征收', 6, '', '2024-03-15', '2024-03-15', '2024-05-20', '2024-06-28', '已结', '驳回诉讼请求', false, false, true, false, false, true, NULL, NULL, NULL, NULL, NULL, NULL, '', '不服征收补偿决定', '2026-12-01 18:02:13.373872+00', '2026-12-01 18:02:13.550034+00');
INSERT INTO public.cases VALUES (2, '行政复议', '示政复〔2024〕12号', '自编号', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', 5, '', '2024-04-02', '2024-04-02', NULL, '2024-06-01', '已结', '撤销', false, true, true, false, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', '', '2026-12-01 18:02:13.456636+00', '2026-12-01 18:02:13.603784+00');
INSERT INTO public.cases VALUES (3, '行政诉讼', '（2024）豫05行终8号', '案号', 2024, '豫05', '中级', '行终', '行政二审案件', '行政', '二审', '', 6, '', '2024-08-01', '2024-08-01', NULL, NULL, '在办', NULL, false, false, false, false, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', '', '2026-12-01 18:02:13.913905+00', '2026-12-01 18:02:13.913905+00');


--
-- Data for Name: db_user_unit; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: delivery; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: journal; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.journal VALUES (1, '2026-12-01 18:02:13.208511+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'office', 1, NULL, 'null', '{"name": "示范县府院联动联席会议办公室", "region": "示范县", "meeting_name": "示范县府院联动联席会议", "created_at": "2026-12-01T18:02:13.203841+00:00", "id": 1}', '0000000000000000000000000000000000000000000000000000000000000000', '8a89b3d672158f6245baef2c035e1288e60b922d1a2ea83d587eb6b903739965', 1);
INSERT INTO public.journal VALUES (2, '2026-12-01 18:02:13.218291+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'unit', 1, NULL, 'null', '{"name": "示范县人民政府办公室", "short_name": "县政府办", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "陈晓燕", "liaison_phone": "0372-5101001", "liaison_email": "zfb@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:02:13.215632+00:00", "updated_at": "2026-12-01T18:02:13.215632+00:00", "id": 1}', '8a89b3d672158f6245baef2c035e1288e60b922d1a2ea83d587eb6b903739965', '47a687aaeb7a6e55e8b29b6ff3bd5f2036b15ce268e138dc211f3e106c7e3c84', 1);
INSERT INTO public.journal VALUES (3, '2026-12-01 18:02:13.221577+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'unit', 2, NULL, 'null', '{"name": "示范县发展和改革委员会", "short_name": "县发改委", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "马俊", "liaison_phone": "0372-5101002", "liaison_email": "fgw@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:02:13.220331+00:00", "updated_at": "2026-12-01T18:02:13.220331+00:00", "id": 2}', '47a687aaeb7a6e55e8b29b6ff3bd5f2036b15ce268e138dc211f3e106c7e3c84', 'aeb94a122ff050f7f6f16b53bc3f152814df3c78dbf2071503d55d2201edfb87', 1);
INSERT INTO public.journal VALUES (4, '2026-12-01 18:02:13.223743+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'unit', 3, NULL, 'null', '{"name": "示范县司法局", "short_name": "县司法局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "孙丽", "liaison_phone": "0372-5101003", "liaison_email": "sfj@shifan.example.cn", "note": "联席会议办公室设在县司法局", "created_at": "2026-12-01T18:02:13.222927+00:00", "updated_at": "2026-12-01T18:02:13.222927+00:00", "id": 3}', 'aeb94a122ff050f7f6f16b53bc3f152814df3c78dbf2071503d55d2201edfb87', 'f40a61ada871edcfd5e838eb4a48afce5aa7d716c81a54a918d30a6b9f4ec1e1', 1);
INSERT INTO public.journal VALUES (5, '2026-12-01 18:02:13.225742+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'unit', 4, NULL, 'null', '{"name": "示范县财政局", "short_name": "县财政局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "郭涛", "liaison_phone": "0372-5101004", "liaison_email": "czj@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:02:13.224965+00:00", "updated_at": "2026-12-01T18:02:13.224965+00:00", "id": 4}', 'f40a61ada871edcfd5e838eb4a48afce5aa7d716c81a54a918d30a6b9f4ec1e1', '160341176cdf38b8ef89b3255a7048fe70fb9a6f85d48c9c8a97241da40f84d2', 1);
INSERT INTO public.journal VALUES (6, '2026-12-01 18:02:13.227635+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'unit', 5, NULL, 'null', '{"name": "示范县人力资源和社会保障局", "short_name": "县人社局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "何芳", "liaison_phone": "0372-5101005", "liaison_email": "rsj@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:02:13.226978+00:00", "updated_at": "2026-12-01T18:02:13.226978+00:00", "id": 5}', '160341176cdf38b8ef89b3255a7048fe70fb9a6f85d48c9c8a97241da40f84d2', '5ce285177c6b5be28c79900524f2e1849bda966eb4de44331f0aa6868e0320da', 1);
INSERT INTO public.journal VALUES (7, '2026-12-01 18:02:13.229583+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'unit', 6, NULL, 'null', '{"name": "示范县自然资源局", "short_name": "县自然资源局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "高远", "liaison_phone": "0372-5101006", "liaison_email": "zrzyj@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:02:13.228850+00:00", "updated_at": "2026-12-01T18:02:13.228850+00:00", "id": 6}', '5ce285177c6b5be28c79900524f2e1849bda966eb4de44331f0aa6868e0320da', 'ca95e73247bb1d79b261017a12825ae9a26b3e471c233771f65e4389f2ead7d0', 1);
INSERT INTO public.journal VALUES (8, '2026-12-01 18:02:13.23145+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'unit', 7, NULL, 'null', '{"name": "示范县住房和城乡建设局", "short_name": "县住建局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "罗斌", "liaison_phone": "0372-5101007", "liaison_email": "zjj@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:02:13.230806+00:00", "updated_at": "2026-12-01T18:02:13.230806+00:00", "id": 7}', 'ca95e73247bb1d79b261017a12825ae9a26b3e471c233771f65e4389f2ead7d0', '882751680a7c35fec5b42a6976457e6487825d79ea313110b884f19734c54e1a', 1);
INSERT INTO public.journal VALUES (9, '2026-12-01 18:02:13.23314+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'unit', 8, NULL, 'null', '{"name": "国家税务总局示范县税务局", "short_name": "县税务局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "梁红", "liaison_phone": "0372-5101008", "liaison_email": "swj@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:02:13.232501+00:00", "updated_at": "2026-12-01T18:02:13.232501+00:00", "id": 8}', '882751680a7c35fec5b42a6976457e6487825d79ea313110b884f19734c54e1a', '3f20464bb774b04282c43d9ddf2408b171aef740f4dbcf609af8c5db3499a66e', 1);
INSERT INTO public.journal VALUES (10, '2026-12-01 18:02:13.234781+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'unit', 9, NULL, 'null', '{"name": "示范县市场监督管理局", "short_name": "县市场监管局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "宋佳", "liaison_phone": "0372-5101009", "liaison_email": "scjgj@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:02:13.234244+00:00", "updated_at": "2026-12-01T18:02:13.234244+00:00", "id": 9}', '3f20464bb774b04282c43d9ddf2408b171aef740f4dbcf609af8c5db3499a66e', '55a382be6553e631e0480d0e7ddc5d68128d6a0c229d03ca4ce99ab062f929c2', 1);
INSERT INTO public.journal VALUES (11, '2026-12-01 18:02:13.236282+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'unit', 10, NULL, 'null', '{"name": "示范县信访局", "short_name": "县信访局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "唐亮", "liaison_phone": "0372-5101010", "liaison_email": "xfj@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:02:13.235747+00:00", "updated_at": "2026-12-01T18:02:13.235747+00:00", "id": 10}', '55a382be6553e631e0480d0e7ddc5d68128d6a0c229d03ca4ce99ab062f929c2', '106a042e62133a43d095ccc8163335568bc6173925d31ff72720fe17f27aeaec', 1);
INSERT INTO public.journal VALUES (12, '2026-12-01 18:02:13.237851+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'unit', 11, NULL, 'null', '{"name": "示范县公安局", "short_name": "县公安局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "韩冰", "liaison_phone": "0372-5101011", "liaison_email": "gaj@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:02:13.237210+00:00", "updated_at": "2026-12-01T18:02:13.237210+00:00", "id": 11}', '106a042e62133a43d095ccc8163335568bc6173925d31ff72720fe17f27aeaec', '1612ff27025af22464c45b74cb4088392524996fd1b0621b7c92d7cb4d45d9fe', 1);
INSERT INTO public.journal VALUES (13, '2026-12-01 18:02:13.239347+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'unit', 12, NULL, 'null', '{"name": "示范县生态环境分局", "short_name": "县生态环境分局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "冯雪", "liaison_phone": "0372-5101012", "liaison_email": "sthj@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:02:13.238774+00:00", "updated_at": "2026-12-01T18:02:13.238774+00:00", "id": 12}', '1612ff27025af22464c45b74cb4088392524996fd1b0621b7c92d7cb4d45d9fe', '4f6506b3520af6292f6fa38652735ab167e3a811c1fb11da857cff9ae0ec678a', 1);
INSERT INTO public.journal VALUES (14, '2026-12-01 18:02:13.241796+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'unit', 13, NULL, 'null', '{"name": "示范县城市管理局", "short_name": "县城管局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "邓凯", "liaison_phone": "0372-5101013", "liaison_email": "cgj@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:02:13.241206+00:00", "updated_at": "2026-12-01T18:02:13.241206+00:00", "id": 13}', '4f6506b3520af6292f6fa38652735ab167e3a811c1fb11da857cff9ae0ec678a', '78c675f2189629f84827956734abaca063f510fc206a1258817fa11d75495b00', 1);
INSERT INTO public.journal VALUES (15, '2026-12-01 18:02:13.243429+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'unit', 14, NULL, 'null', '{"name": "示范县人民法院", "short_name": "县法院", "kind": "法院", "region": "示范县", "is_member": true, "liaison_name": "许文", "liaison_phone": "0372-5101014", "liaison_email": "fy@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:02:13.242842+00:00", "updated_at": "2026-12-01T18:02:13.242842+00:00", "id": 14}', '78c675f2189629f84827956734abaca063f510fc206a1258817fa11d75495b00', 'f7a17c0232f2b41865406b6ee34f85efcf58da87e7d496df4fcb8d1a46ea5433', 1);
INSERT INTO public.journal VALUES (16, '2026-12-01 18:02:13.24496+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'unit', 15, NULL, 'null', '{"name": "示范县人民检察院", "short_name": "县检察院", "kind": "检察院", "region": "示范县", "is_member": true, "liaison_name": "曹阳", "liaison_phone": "0372-5101015", "liaison_email": "jcy@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:02:13.244462+00:00", "updated_at": "2026-12-01T18:02:13.244462+00:00", "id": 15}', 'f7a17c0232f2b41865406b6ee34f85efcf58da87e7d496df4fcb8d1a46ea5433', '1d367c7a14cee24ad7d37385a4f4e32c9d3babd9a799af814625116b9fa5d00f', 1);
INSERT INTO public.journal VALUES (17, '2026-12-01 18:02:13.246387+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'unit', 16, NULL, 'null', '{"name": "示范县城关镇人民政府", "short_name": "城关镇", "kind": "乡镇街道", "region": "示范县", "is_member": true, "liaison_name": "彭程", "liaison_phone": "0372-5101016", "liaison_email": "cgz@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:02:13.245908+00:00", "updated_at": "2026-12-01T18:02:13.245908+00:00", "id": 16}', '1d367c7a14cee24ad7d37385a4f4e32c9d3babd9a799af814625116b9fa5d00f', '9a8043567773785cf30f700bcb6a25aaa7fbc5fa943c3c55f7da7fdebed26892', 1);
INSERT INTO public.journal VALUES (18, '2026-12-01 18:02:13.247675+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'unit', 17, NULL, 'null', '{"name": "示范县东城街道办事处", "short_name": "东城街道", "kind": "乡镇街道", "region": "示范县", "is_member": true, "liaison_name": "袁媛", "liaison_phone": "0372-5101017", "liaison_email": "dcjd@shifan.example.cn", "note": "", "created_at": "2026-12-01T18:02:13.247205+00:00", "updated_at": "2026-12-01T18:02:13.247205+00:00", "id": 17}', '9a8043567773785cf30f700bcb6a25aaa7fbc5fa943c3c55f7da7fdebed26892', '666f8181dafcebee5d989164e03abcee1981687e8feab83add5b95a9b74bba5b', 1);
INSERT INTO public.journal VALUES (19, '2026-12-01 18:02:13.252663+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'person', 1, NULL, 'null', '{"name": "王建国", "title": "县长", "unit_id": null, "role": "召集人", "phone": "", "email": "", "created_at": "2026-12-01T18:02:13.250035+00:00", "id": 1}', '666f8181dafcebee5d989164e03abcee1981687e8feab83add5b95a9b74bba5b', 'f15f9fefc28593838202ac6e5adba346be09e3538fafdcf344ec1459676a6de1', 1);
INSERT INTO public.journal VALUES (20, '2026-12-01 18:02:13.254782+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'person', 2, NULL, 'null', '{"name": "刘清华", "title": "常务副县长", "unit_id": null, "role": "副召集人", "phone": "", "email": "", "created_at": "2026-12-01T18:02:13.253772+00:00", "id": 2}', 'f15f9fefc28593838202ac6e5adba346be09e3538fafdcf344ec1459676a6de1', 'cb2ce745fa660d45314f97d95ceea3d9578ef079dbba071c98a73f2e78c4e0af', 1);
INSERT INTO public.journal VALUES (21, '2026-12-01 18:02:13.256223+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'person', 3, NULL, 'null', '{"name": "赵立新", "title": "县人民法院院长", "unit_id": null, "role": "副召集人", "phone": "", "email": "", "created_at": "2026-12-01T18:02:13.255653+00:00", "id": 3}', 'cb2ce745fa660d45314f97d95ceea3d9578ef079dbba071c98a73f2e78c4e0af', '5f7ae44f73d191a0fdca44f9cc241397d845c4f5905a98befafa3598c3c69080', 1);
INSERT INTO public.journal VALUES (22, '2026-12-01 18:02:13.260933+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'person', 4, NULL, 'null', '{"name": "陈晓燕", "title": "副主任", "unit_id": 1, "role": "联络员", "phone": "0372-5101001", "email": "zfb@shifan.example.cn", "created_at": "2026-12-01T18:02:13.260219+00:00", "id": 4}', '5f7ae44f73d191a0fdca44f9cc241397d845c4f5905a98befafa3598c3c69080', '39c907a17855f8c2cc632c1e24e40e1fa8dfdef20d4638c5dfaff75d7c4196eb', 1);
INSERT INTO public.journal VALUES (23, '2026-12-01 18:02:13.267879+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'person', 5, NULL, 'null', '{"name": "马俊", "title": "科长", "unit_id": 2, "role": "联络员", "phone": "0372-5101002", "email": "fgw@shifan.example.cn", "created_at": "2026-12-01T18:02:13.267184+00:00", "id": 5}', '39c907a17855f8c2cc632c1e24e40e1fa8dfdef20d4638c5dfaff75d7c4196eb', '4a2d6db45391a4c5fcacca2879769ca118ac8082ca73ab4542ac5de0ca15306a', 1);
INSERT INTO public.journal VALUES (24, '2026-12-01 18:02:13.270492+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'person', 6, NULL, 'null', '{"name": "孙丽", "title": "行政复议股股长", "unit_id": 3, "role": "联络员", "phone": "0372-5101003", "email": "sfj@shifan.example.cn", "created_at": "2026-12-01T18:02:13.269855+00:00", "id": 6}', '4a2d6db45391a4c5fcacca2879769ca118ac8082ca73ab4542ac5de0ca15306a', '25f5d2b944599a3946a890dcc7bd1b35b9d5de0e77129567e266dd6b286ab70d', 1);
INSERT INTO public.journal VALUES (25, '2026-12-01 18:02:13.275276+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'person', 7, NULL, 'null', '{"name": "周明", "title": "局长", "unit_id": 3, "role": "成员", "phone": "", "email": "", "created_at": "2026-12-01T18:02:13.274465+00:00", "id": 7}', '25f5d2b944599a3946a890dcc7bd1b35b9d5de0e77129567e266dd6b286ab70d', 'e71d52fbf4e651b75b538323843957293f9ffa9fcd38a2cb03fa625ec6887578', 1);
INSERT INTO public.journal VALUES (26, '2026-12-01 18:02:13.277757+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'person', 8, NULL, 'null', '{"name": "林静", "title": "办公室工作人员", "unit_id": 3, "role": "办公室", "phone": "", "email": "", "created_at": "2026-12-01T18:02:13.277051+00:00", "id": 8}', 'e71d52fbf4e651b75b538323843957293f9ffa9fcd38a2cb03fa625ec6887578', 'dea7ea13a98467f09e403a75e9ff352fec8045f52dab1f283217f86952d361db', 1);
INSERT INTO public.journal VALUES (27, '2026-12-01 18:02:13.280296+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'person', 9, NULL, 'null', '{"name": "郭涛", "title": "法规股股长", "unit_id": 4, "role": "联络员", "phone": "0372-5101004", "email": "czj@shifan.example.cn", "created_at": "2026-12-01T18:02:13.279607+00:00", "id": 9}', 'dea7ea13a98467f09e403a75e9ff352fec8045f52dab1f283217f86952d361db', 'd0c99d849b32c0c4e4aa0cbaa5af27108b04b857bf25dc5e5ccae479aa86e38f', 1);
INSERT INTO public.journal VALUES (28, '2026-12-01 18:02:13.282715+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'person', 10, NULL, 'null', '{"name": "何芳", "title": "法规股股长", "unit_id": 5, "role": "联络员", "phone": "0372-5101005", "email": "rsj@shifan.example.cn", "created_at": "2026-12-01T18:02:13.282158+00:00", "id": 10}', 'd0c99d849b32c0c4e4aa0cbaa5af27108b04b857bf25dc5e5ccae479aa86e38f', '1e12ea45ea7ba48577bbde6876c831045ddeba9b5f95487eee8c36b5cf362e5b', 1);
INSERT INTO public.journal VALUES (29, '2026-12-01 18:02:13.28499+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'person', 11, NULL, 'null', '{"name": "高远", "title": "法规股股长", "unit_id": 6, "role": "联络员", "phone": "0372-5101006", "email": "zrzyj@shifan.example.cn", "created_at": "2026-12-01T18:02:13.284452+00:00", "id": 11}', '1e12ea45ea7ba48577bbde6876c831045ddeba9b5f95487eee8c36b5cf362e5b', 'cfedfbac6fd3ae5594e2306b2e3eab357e14f9a02884ce434fad118d6d7a7a83', 1);
INSERT INTO public.journal VALUES (30, '2026-12-01 18:02:13.287185+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'person', 12, NULL, 'null', '{"name": "罗斌", "title": "法规股股长", "unit_id": 7, "role": "联络员", "phone": "0372-5101007", "email": "zjj@shifan.example.cn", "created_at": "2026-12-01T18:02:13.286658+00:00", "id": 12}', 'cfedfbac6fd3ae5594e2306b2e3eab357e14f9a02884ce434fad118d6d7a7a83', '9cbafc75579400da1b47e17d4814b33c47fc40bc630da15c41d9d8c3fbb2b3cf', 1);
INSERT INTO public.journal VALUES (31, '2026-12-01 18:02:13.28929+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'person', 13, NULL, 'null', '{"name": "梁红", "title": "法制股股长", "unit_id": 8, "role": "联络员", "phone": "0372-5101008", "email": "swj@shifan.example.cn", "created_at": "2026-12-01T18:02:13.288761+00:00", "id": 13}', '9cbafc75579400da1b47e17d4814b33c47fc40bc630da15c41d9d8c3fbb2b3cf', '0565d959fdcb53690a57fc7b84f39e64c5724024ddaf863ba9a9574f312031b6', 1);
INSERT INTO public.journal VALUES (32, '2026-12-01 18:02:13.291627+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'person', 14, NULL, 'null', '{"name": "宋佳", "title": "法规股股长", "unit_id": 9, "role": "联络员", "phone": "0372-5101009", "email": "scjgj@shifan.example.cn", "created_at": "2026-12-01T18:02:13.290936+00:00", "id": 14}', '0565d959fdcb53690a57fc7b84f39e64c5724024ddaf863ba9a9574f312031b6', '7068e26e3d0d9407bf221f35b9a2302735db320fc68c82fdeaa349a859f0c7bd', 1);
INSERT INTO public.journal VALUES (33, '2026-12-01 18:02:13.293886+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'person', 15, NULL, 'null', '{"name": "唐亮", "title": "副局长", "unit_id": 10, "role": "联络员", "phone": "0372-5101010", "email": "xfj@shifan.example.cn", "created_at": "2026-12-01T18:02:13.293315+00:00", "id": 15}', '7068e26e3d0d9407bf221f35b9a2302735db320fc68c82fdeaa349a859f0c7bd', '9acbdc77d31f0517c7aa284eed17fa8a415cf94bf2886620596b383d07336fdc', 1);
INSERT INTO public.journal VALUES (34, '2026-12-01 18:02:13.295804+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'person', 16, NULL, 'null', '{"name": "韩冰", "title": "法制大队大队长", "unit_id": 11, "role": "联络员", "phone": "0372-5101011", "email": "gaj@shifan.example.cn", "created_at": "2026-12-01T18:02:13.295314+00:00", "id": 16}', '9acbdc77d31f0517c7aa284eed17fa8a415cf94bf2886620596b383d07336fdc', 'f2e2613bdfe38386dcca3371dff84186492a5dc8c0da8ff30850c2f67529c2ef', 1);
INSERT INTO public.journal VALUES (35, '2026-12-01 18:02:13.297752+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'person', 17, NULL, 'null', '{"name": "冯雪", "title": "法规股股长", "unit_id": 12, "role": "联络员", "phone": "0372-5101012", "email": "sthj@shifan.example.cn", "created_at": "2026-12-01T18:02:13.297201+00:00", "id": 17}', 'f2e2613bdfe38386dcca3371dff84186492a5dc8c0da8ff30850c2f67529c2ef', 'bca24e8a78e1c95a3bc31434f516ad204f13146df27130b613c28bef66910e4e', 1);
INSERT INTO public.journal VALUES (36, '2026-12-01 18:02:13.299666+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'person', 18, NULL, 'null', '{"name": "邓凯", "title": "法规股股长", "unit_id": 13, "role": "联络员", "phone": "0372-5101013", "email": "cgj@shifan.example.cn", "created_at": "2026-12-01T18:02:13.299193+00:00", "id": 18}', 'bca24e8a78e1c95a3bc31434f516ad204f13146df27130b613c28bef66910e4e', '1bccea0604b41e024e1c0189772ac04a34449d37c7b9466eff9f6e1546800b32', 1);
INSERT INTO public.journal VALUES (37, '2026-12-01 18:02:13.301545+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'person', 19, NULL, 'null', '{"name": "许文", "title": "行政审判庭庭长", "unit_id": 14, "role": "联络员", "phone": "0372-5101014", "email": "fy@shifan.example.cn", "created_at": "2026-12-01T18:02:13.301036+00:00", "id": 19}', '1bccea0604b41e024e1c0189772ac04a34449d37c7b9466eff9f6e1546800b32', 'f45d7d1e7cc5ce46068ff082eb008f9370577523c7772ef7950ec050fb2db80b', 1);
INSERT INTO public.journal VALUES (38, '2026-12-01 18:02:13.303481+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'person', 20, NULL, 'null', '{"name": "曹阳", "title": "行政检察部主任", "unit_id": 15, "role": "联络员", "phone": "0372-5101015", "email": "jcy@shifan.example.cn", "created_at": "2026-12-01T18:02:13.302942+00:00", "id": 20}', 'f45d7d1e7cc5ce46068ff082eb008f9370577523c7772ef7950ec050fb2db80b', '1ac097da381afc0e6a0571c6c26e03e33409b6439206cf6b212fe855f3d14cb4', 1);
INSERT INTO public.journal VALUES (39, '2026-12-01 18:02:13.305314+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'person', 21, NULL, 'null', '{"name": "彭程", "title": "司法所所长", "unit_id": 16, "role": "联络员", "phone": "0372-5101016", "email": "cgz@shifan.example.cn", "created_at": "2026-12-01T18:02:13.304853+00:00", "id": 21}', '1ac097da381afc0e6a0571c6c26e03e33409b6439206cf6b212fe855f3d14cb4', '1cadcabb932c0f3f6e3c3f37431b370e677a08879a79ccfe10610e5b6efcbcb9', 1);
INSERT INTO public.journal VALUES (40, '2026-12-01 18:02:13.307181+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'person', 22, NULL, 'null', '{"name": "袁媛", "title": "司法所所长", "unit_id": 17, "role": "联络员", "phone": "0372-5101017", "email": "dcjd@shifan.example.cn", "created_at": "2026-12-01T18:02:13.306720+00:00", "id": 22}', '1cadcabb932c0f3f6e3c3f37431b370e677a08879a79ccfe10610e5b6efcbcb9', '25643d3c7d12d7ba9e5730bbc007a7ee1d914179f18304e9ed901437374b1842', 1);
INSERT INTO public.journal VALUES (59, '2026-12-01 18:02:13.92492+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'case_link', 1, 3, 'null', '{"case_id": 3, "related_id": 1, "created_at": "2026-12-01T18:02:13.923004+00:00", "id": 1, "case": "（2024）豫05行终8号", "related": "（2024）豫0591行初15号"}', 'ff68f206222b9cd7b17458821080925b333a0e37a43dceeb206082f915cd7982', 'b7a0d29119fed0a7ed7ebbdbade4b43e6204448711aea9a761786b5b86956cac', 58);
INSERT INTO public.journal VALUES (41, '2026-12-01 18:02:13.388921+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'case', 1, 1, 'null', '{"category": "行政诉讼", "case_no": "（2024）豫0591行初15号", "no_kind": "案号", "year": 2024, "court_code": "豫0591", "court_level": "基层", "type_code": "行初", "type_name": "行政一审案件", "case_family": "行政", "instance": "一审", "field": "土地征收", "unit_id": 6, "court": "", "received_on": "2024-03-15", "filed_on": "2024-03-15", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "不服征收补偿决定", "created_at": "2026-12-01T18:02:13.373872+00:00", "updated_at": "2026-12-01T18:02:13.373872+00:00", "id": 1}', '25643d3c7d12d7ba9e5730bbc007a7ee1d914179f18304e9ed901437374b1842', 'c38447d91540fff14e778bf36a2bcea5bfc248567a443bc6b44aed26b25b3bc0', 41);
INSERT INTO public.journal VALUES (42, '2026-12-01 18:02:13.402551+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'party', 1, NULL, 'null', '{"name": "张三", "kind": "自然人", "id_kind": "身份证", "id_number": "410502********1232", "created_at": "2026-12-01T18:02:13.396012+00:00", "id": 1}', 'c38447d91540fff14e778bf36a2bcea5bfc248567a443bc6b44aed26b25b3bc0', 'b63686acf1273dddeaa02e062f908bb18d973aabae7e4f362e27b46b95be6e58', 41);
INSERT INTO public.journal VALUES (43, '2026-12-01 18:02:13.414249+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'case_party', 1, 1, 'null', '{"case_id": 1, "party_id": 1, "role": "原告", "id": 1, "party": "张三"}', 'b63686acf1273dddeaa02e062f908bb18d973aabae7e4f362e27b46b95be6e58', 'efe5b16d6761f2289296e33eb8e054c5d132dac50ae66f23bcb0528ac8bee003', 41);
INSERT INTO public.journal VALUES (44, '2026-12-01 18:02:13.417775+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'party', 2, NULL, 'null', '{"name": "示范县建工集团", "kind": "法人或其他组织", "id_kind": "统一社会信用代码", "id_number": "91340503MA2N0001XG", "created_at": "2026-12-01T18:02:13.415751+00:00", "id": 2}', 'efe5b16d6761f2289296e33eb8e054c5d132dac50ae66f23bcb0528ac8bee003', '576f192a460ea13db8602bf60381251e64b6f60e398c10cd34c0a530d003e0cb', 41);
INSERT INTO public.journal VALUES (45, '2026-12-01 18:02:13.422174+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'case_party', 2, 1, 'null', '{"case_id": 1, "party_id": 2, "role": "原告", "id": 2, "party": "示范县建工集团"}', '576f192a460ea13db8602bf60381251e64b6f60e398c10cd34c0a530d003e0cb', '26ab0f167ec54aecbc02093c19d058da700c36b73a7125e62d8fddc7f29a07a6', 41);
INSERT INTO public.journal VALUES (46, '2026-12-01 18:02:13.459831+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'case', 2, 2, 'null', '{"category": "行政复议", "case_no": "示政复〔2024〕12号", "no_kind": "自编号", "year": null, "court_code": null, "court_level": null, "type_code": null, "type_name": null, "case_family": null, "instance": null, "field": "", "unit_id": 5, "court": "", "received_on": "2024-04-02", "filed_on": "2024-04-02", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "", "created_at": "2026-12-01T18:02:13.456636+00:00", "updated_at": "2026-12-01T18:02:13.456636+00:00", "id": 2}', '26ab0f167ec54aecbc02093c19d058da700c36b73a7125e62d8fddc7f29a07a6', '155dd68eae429e61c941e5603346556ae8f5496aa0a41aed4ca01cf8def2a8f6', 46);
INSERT INTO public.journal VALUES (47, '2026-12-01 18:02:13.465319+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'party', 3, NULL, 'null', '{"name": "李四", "kind": "自然人", "id_kind": "", "id_number": null, "created_at": "2026-12-01T18:02:13.464636+00:00", "id": 3}', '155dd68eae429e61c941e5603346556ae8f5496aa0a41aed4ca01cf8def2a8f6', 'fb28a8e708bf75d578b28673151da2eb2eb350cdc524c68b021349b8e49dd961', 46);
INSERT INTO public.journal VALUES (48, '2026-12-01 18:02:13.46729+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'case_party', 3, 2, 'null', '{"case_id": 2, "party_id": 3, "role": "申请人", "id": 3, "party": "李四"}', 'fb28a8e708bf75d578b28673151da2eb2eb350cdc524c68b021349b8e49dd961', '4775c822291a4fcc6a1a6b2ce9041801116dcb0394f93e2746c7beb761e82d57', 46);
INSERT INTO public.journal VALUES (49, '2026-12-01 18:02:13.490813+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'case_event', 1, 1, 'null', '{"case_id": 1, "kind": "开庭", "occurred_on": "2024-05-20", "note": "", "created_at": "2026-12-01T18:02:13.487412+00:00", "id": 1}', '4775c822291a4fcc6a1a6b2ce9041801116dcb0394f93e2746c7beb761e82d57', '6c570b57995b210d7f8cb8243c551a29ab1df05ef6026a62c289434b26ced838', 49);
INSERT INTO public.journal VALUES (50, '2026-12-01 18:02:13.501867+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'update', 'case', 1, 1, '{"category": "行政诉讼", "type_name": "行政一审案件", "heard_on": null, "is_settled": false, "resolved": null, "id": 1, "case_family": "行政", "closed_on": null, "is_withdrawn": false, "group_size": null, "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "在办", "risk_level": "", "summary": "不服征收补偿决定", "no_kind": "案号", "field": "土地征收", "outcome": null, "heard": null, "created_at": "2026-12-01T18:02:13.373872+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_appeared": null, "updated_at": "2026-12-01T18:02:13.373872+00:00", "court_code": "豫0591", "court": "", "is_correction": false, "head_rank": null, "court_level": "基层", "received_on": "2024-03-15", "is_judgment": false, "claimed_fen": null, "type_code": "行初", "filed_on": "2024-03-15", "recovered_fen": null}', '{"category": "行政诉讼", "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_settled": false, "resolved": null, "id": 1, "case_family": "行政", "closed_on": null, "is_withdrawn": false, "group_size": null, "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "在办", "risk_level": "", "summary": "不服征收补偿决定", "no_kind": "案号", "field": "土地征收", "outcome": null, "heard": true, "created_at": "2026-12-01T18:02:13.373872+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_appeared": null, "updated_at": "2026-12-01T18:02:13.494698+00:00", "court_code": "豫0591", "court": "", "is_correction": false, "head_rank": null, "court_level": "基层", "received_on": "2024-03-15", "is_judgment": false, "claimed_fen": null, "type_code": "行初", "filed_on": "2024-03-15", "recovered_fen": null}', '6c570b57995b210d7f8cb8243c551a29ab1df05ef6026a62c289434b26ced838', 'ba0717f208908bfb0db87508fd890de21fdc125c1689cffc366b80371441b040', 49);
INSERT INTO public.journal VALUES (51, '2026-12-01 18:02:13.565912+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'update', 'case', 1, 1, '{"category": "行政诉讼", "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_settled": false, "resolved": null, "id": 1, "case_family": "行政", "closed_on": null, "is_withdrawn": false, "group_size": null, "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "在办", "risk_level": "", "summary": "不服征收补偿决定", "no_kind": "案号", "field": "土地征收", "outcome": null, "heard": true, "created_at": "2026-12-01T18:02:13.373872+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_appeared": null, "updated_at": "2026-12-01T18:02:13.494698+00:00", "court_code": "豫0591", "court": "", "is_correction": false, "head_rank": null, "court_level": "基层", "received_on": "2024-03-15", "is_judgment": false, "claimed_fen": null, "type_code": "行初", "filed_on": "2024-03-15", "recovered_fen": null}', '{"category": "行政诉讼", "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_settled": false, "resolved": null, "id": 1, "case_family": "行政", "closed_on": "2024-06-28", "is_withdrawn": false, "group_size": null, "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "已结", "risk_level": "", "summary": "不服征收补偿决定", "no_kind": "案号", "field": "土地征收", "outcome": "驳回诉讼请求", "heard": true, "created_at": "2026-12-01T18:02:13.373872+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_appeared": null, "updated_at": "2026-12-01T18:02:13.550034+00:00", "court_code": "豫0591", "court": "", "is_correction": false, "head_rank": null, "court_level": "基层", "received_on": "2024-03-15", "is_judgment": true, "claimed_fen": null, "type_code": "行初", "filed_on": "2024-03-15", "recovered_fen": null}', 'ba0717f208908bfb0db87508fd890de21fdc125c1689cffc366b80371441b040', 'f2a9d8b3a0055e1a27dd517d56d336fa8d642048be8f0c5af0256220baffeee4', 51);
INSERT INTO public.journal VALUES (52, '2026-12-01 18:02:13.61064+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'update', 'case', 2, 2, '{"category": "行政复议", "type_name": null, "heard_on": null, "is_settled": false, "resolved": null, "id": 2, "case_family": null, "closed_on": null, "is_withdrawn": false, "group_size": null, "case_no": "示政复〔2024〕12号", "instance": null, "status": "在办", "risk_level": "", "summary": "", "no_kind": "自编号", "field": "", "outcome": null, "heard": null, "created_at": "2026-12-01T18:02:13.456636+00:00", "year": null, "unit_id": 5, "is_loss": false, "head_appeared": null, "updated_at": "2026-12-01T18:02:13.456636+00:00", "court_code": null, "court": "", "is_correction": false, "head_rank": null, "court_level": null, "received_on": "2024-04-02", "is_judgment": false, "claimed_fen": null, "type_code": null, "filed_on": "2024-04-02", "recovered_fen": null}', '{"category": "行政复议", "type_name": null, "heard_on": null, "is_settled": false, "resolved": null, "id": 2, "case_family": null, "closed_on": "2024-06-01", "is_withdrawn": false, "group_size": null, "case_no": "示政复〔2024〕12号", "instance": null, "status": "已结", "risk_level": "", "summary": "", "no_kind": "自编号", "field": "", "outcome": "撤销", "heard": null, "created_at": "2026-12-01T18:02:13.456636+00:00", "year": null, "unit_id": 5, "is_loss": false, "head_appeared": null, "updated_at": "2026-12-01T18:02:13.603784+00:00", "court_code": null, "court": "", "is_correction": true, "head_rank": null, "court_level": null, "received_on": "2024-04-02", "is_judgment": true, "claimed_fen": null, "type_code": null, "filed_on": "2024-04-02", "recovered_fen": null}', 'f2a9d8b3a0055e1a27dd517d56d336fa8d642048be8f0c5af0256220baffeee4', '6130297cba5e90e9f80303e9c8d1ccd93ac9387a0f8d5cf82e15d738f3f852a4', 52);
INSERT INTO public.journal VALUES (53, '2026-12-01 18:02:13.72633+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'meeting', 1, NULL, 'null', '{"year": 2024, "issue_no": 1, "kind": "联席会议", "held_on": "2024-06-20", "place": "", "chair": "王县长", "topics": "征收补偿争议化解", "opening": "", "created_at": "2026-12-01T18:02:13.721719+00:00", "id": 1}', '6130297cba5e90e9f80303e9c8d1ccd93ac9387a0f8d5cf82e15d738f3f852a4', 'eb1295bf770ada785fdcdc2815091a277ed81640c283203278cd60c94b34e12d', 53);
INSERT INTO public.journal VALUES (54, '2026-12-01 18:02:13.769587+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'task', 1, NULL, 'null', '{"source": "议定事项", "content": "建立征收补偿争议会商机制", "lead_unit_id": 6, "leader": "", "due_on": "2024-09-30", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": 1, "decision_no": 1, "suggestion_id": null, "list_no": "", "note": "", "created_at": "2026-12-01T18:02:13.759945+00:00", "updated_at": "2026-12-01T18:02:13.759945+00:00", "id": 1, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": ["示范县司法局"]}', 'eb1295bf770ada785fdcdc2815091a277ed81640c283203278cd60c94b34e12d', 'bfeed51e543deba700d13a4c161ab5540e2cefb7e4ea297c26f777a88e88f53f', 54);
INSERT INTO public.journal VALUES (55, '2026-12-01 18:02:13.809683+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'task', 2, NULL, 'null', '{"source": "双清单", "content": "清理行政协议履约情况", "lead_unit_id": 5, "leader": "", "due_on": "2024-08-31", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "", "note": "", "created_at": "2026-12-01T18:02:13.806506+00:00", "updated_at": "2026-12-01T18:02:13.806506+00:00", "id": 2, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": []}', 'bfeed51e543deba700d13a4c161ab5540e2cefb7e4ea297c26f777a88e88f53f', '0cce287167133e5fe1adcfd731da4681b6034fb97e7430764817bbb7c5712e69', 55);
INSERT INTO public.journal VALUES (56, '2026-12-01 18:02:13.848193+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'task_progress', 1, NULL, 'null', '{"task_id": 1, "reported_on": "2024-10-15", "note": "已召开专题会", "author": "", "created_at": "2026-12-01T18:02:13.842283+00:00", "id": 1}', '0cce287167133e5fe1adcfd731da4681b6034fb97e7430764817bbb7c5712e69', '50acfb2968c84fd727284a1412d411fa8e16c1dfc5b92f1221d32e33e426984f', 56);
INSERT INTO public.journal VALUES (57, '2026-12-01 18:02:13.884819+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'suggestion', 1, NULL, 'null', '{"kind": "司法建议", "doc_no": "示法建〔2024〕3号", "issuer": "示范县人民法院", "unit_id": 6, "received_on": "2024-05-06", "reply_due": "2024-07-08", "reply_due_rule": "2个月", "reply_due_provisional": false, "summary": "规范征收补偿程序", "created_at": "2026-12-01T18:02:13.878088+00:00", "id": 1, "replied_on": null, "reply_summary": "", "adopted": null, "adoption": null, "verified_on": null, "cases": []}', '50acfb2968c84fd727284a1412d411fa8e16c1dfc5b92f1221d32e33e426984f', '459782993ce5d2f9779e033e62746bc7a3b32886682dba5ae077834ece27f0e0', 57);
INSERT INTO public.journal VALUES (58, '2026-12-01 18:02:13.917262+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'case', 3, 3, 'null', '{"category": "行政诉讼", "case_no": "（2024）豫05行终8号", "no_kind": "案号", "year": 2024, "court_code": "豫05", "court_level": "中级", "type_code": "行终", "type_name": "行政二审案件", "case_family": "行政", "instance": "二审", "field": "", "unit_id": 6, "court": "", "received_on": "2024-08-01", "filed_on": "2024-08-01", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "", "created_at": "2026-12-01T18:02:13.913905+00:00", "updated_at": "2026-12-01T18:02:13.913905+00:00", "id": 3}', '459782993ce5d2f9779e033e62746bc7a3b32886682dba5ae077834ece27f0e0', 'ff68f206222b9cd7b17458821080925b333a0e37a43dceeb206082f915cd7982', 58);
INSERT INTO public.journal VALUES (60, '2026-12-01 18:02:13.940954+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'update', 'suggestion', 1, NULL, '{"id": 1, "issuer": "示范县人民法院", "received_on": "2024-05-06", "reply_due_rule": "2个月", "replied_on": null, "adopted": null, "verified_on": null, "created_at": "2026-12-01T18:02:13.878088+00:00", "kind": "司法建议", "unit_id": 6, "doc_no": "示法建〔2024〕3号", "reply_due": "2024-07-08", "reply_due_provisional": false, "reply_summary": "", "adoption": null, "summary": "规范征收补偿程序"}', '{"id": 1, "issuer": "示范县人民法院", "received_on": "2024-05-06", "reply_due_rule": "2个月", "replied_on": "2024-06-01", "adopted": true, "verified_on": null, "created_at": "2026-12-01T18:02:13.878088+00:00", "kind": "司法建议", "unit_id": 6, "doc_no": "示法建〔2024〕3号", "reply_due": "2024-07-08", "reply_due_provisional": false, "reply_summary": "", "adoption": "部分采纳", "summary": "规范征收补偿程序"}', 'b7a0d29119fed0a7ed7ebbdbade4b43e6204448711aea9a761786b5b86956cac', 'aa45410b4ee2c4c9f10a7166b56e60b413d285360681ed6018ccb970c1788aad', 60);
INSERT INTO public.journal VALUES (61, '2026-12-01 18:02:14.183651+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'notice', 1, NULL, 'null', '{"stage": "督办", "unit_id": 5, "issued_on": "2024-10-15", "year": 2024, "number": 1, "reply_due": "2024-10-22", "created_at": "2026-12-01T18:02:14.165654+00:00", "id": 1, "acknowledged_on": null, "issuer": "", "tasks": [2], "suggestions": []}', 'aa45410b4ee2c4c9f10a7166b56e60b413d285360681ed6018ccb970c1788aad', '3e9bee2d6f05c50de59699a00ef98357dc4f5c5101ce4925d16889437b3d993b', 61);
INSERT INTO public.journal VALUES (62, '2026-12-01 18:02:14.190423+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'notice', 2, NULL, 'null', '{"stage": "催办", "unit_id": 6, "issued_on": "2024-10-15", "year": null, "number": null, "reply_due": null, "created_at": "2026-12-01T18:02:14.165654+00:00", "id": 2, "acknowledged_on": null, "issuer": "", "tasks": [1], "suggestions": []}', '3e9bee2d6f05c50de59699a00ef98357dc4f5c5101ce4925d16889437b3d993b', '078eff31c9ddcd58b366c9983d901d90f41bc10acc276ba565b1982f8b461d75', 61);
INSERT INTO public.journal VALUES (63, '2026-12-01 18:02:14.24805+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'notice_reply', 1, NULL, 'null', '{"notice_id": 1, "replied_on": "2024-10-15", "summary": "已书面报送办理情况", "created_at": "2026-12-01T18:02:14.243995+00:00", "id": 1, "file_name": "", "file_size": 0, "file_sha256": "", "file_data": null}', '078eff31c9ddcd58b366c9983d901d90f41bc10acc276ba565b1982f8b461d75', 'e3f2393e26c51698ddd380fac1758d77021971253ee8b54e55813ea19eb3b20d', 63);
INSERT INTO public.journal VALUES (64, '2026-12-01 18:02:14.252541+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'update', 'notice', 1, NULL, '{"id": 1, "issued_on": "2024-10-15", "number": 1, "acknowledged_on": null, "created_at": "2026-12-01T18:02:14.165654+00:00", "stage": "督办", "year": 2024, "unit_id": 5, "reply_due": "2024-10-22", "issuer": ""}', '{"id": 1, "issued_on": "2024-10-15", "number": 1, "acknowledged_on": "2024-10-15", "created_at": "2026-12-01T18:02:14.165654+00:00", "stage": "督办", "year": 2024, "unit_id": 5, "reply_due": "2024-10-22", "issuer": ""}', 'e3f2393e26c51698ddd380fac1758d77021971253ee8b54e55813ea19eb3b20d', '3ad77288dee0665862c78249132355ffbc282efdb6c934b82fdcfc2c30827865', 63);
INSERT INTO public.journal VALUES (65, '2026-12-01 18:02:14.723513+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'bulletin', 1, NULL, 'null', '{"year": 2024, "number": 1, "period_year": 2024, "quarter": 3, "issued_on": "2024-10-15", "issuer": "", "data": {"start": "2024-07-01", "end": "2024-09-30", "black": [{"unit_id": 5, "unit": "县人社局", "open_late": 1, "done_late": 0, "suggestions_late": 0, "replies_missing": 0, "replies_late": 0, "text": "逾期未办结事项1项"}], "red": [{"unit_id": 6, "unit": "县自然资源局", "due": 1}]}, "created_at": "2026-12-01T18:02:14.719464+00:00", "id": 1}', '3ad77288dee0665862c78249132355ffbc282efdb6c934b82fdcfc2c30827865', 'd0354e2d73dde97efe68631cfe4e2e853044318106bad51da69e068a5836a62e', 65);
INSERT INTO public.journal VALUES (66, '2026-12-01 18:02:14.963563+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'report_snapshot', 1, NULL, 'null', '{"year": 2024, "quarter": 2, "scope": "", "published_at": "2026-12-01T18:02:14.956792+00:00", "published_by": "测试员@postgres", "data": {"period": {"year": 2024, "quarter": 2, "code": "2024Q2", "label": "2024年第二季度", "start": "2024-04-01", "end": "2024-06-30", "as_of": "2024-06-30", "complete": true}, "compare": {"last_year": {"year": 2023, "quarter": 2, "code": "2023Q2", "label": "2023年第二季度", "start": "2023-04-01", "end": "2023-06-30"}, "previous": {"year": 2024, "quarter": 1, "code": "2024Q1", "label": "2024年第一季度", "start": "2024-01-01", "end": "2024-03-31"}}, "office": {"name": "示范县府院联动联席会议办公室", "region": "示范县", "meeting_name": "示范县府院联动联席会议"}, "scope": {"unit": null, "region": null}, "settings": {"loss_rate_denominator": "closed", "reconsideration_correction_denominator": "decided", "settlement_includes_withdrawal": false, "head_appearance_principal_only": false, "enforcement_closed_includes_terminated": false, "resolution_includes_withdrawn_suits": true, "population_region": "示范县", "population": null}, "definitions": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "kind": "count", "unit": "件", "numerator": "本期新收的一审行政诉讼案件（被告为本地行政机关或乡镇街道），按案号计", "denominator": "", "basis": "立案日期", "setting": "", "note": "", "money": false}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关败诉的案件（撤销、变更、责令履行、确认违法、确认无效、判决赔偿或补偿）", "denominator": "本期审结的一审行政诉讼案件（被告为本地行政机关或乡镇街道）", "basis": "结案日期", "setting": "indicators.loss_rate_denominator", "note": "行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "money": false}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关负责人（正职或分管副职）出庭应诉的案件", "denominator": "本期开庭审理的行政诉讼案件（书面审理不计）", "basis": "开庭日期", "setting": "indicators.head_appearance_principal_only", "note": "负责人出庭应诉率计入正职和分管副职负责人出庭", "money": false}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "kind": "rate", "unit": "%", "numerator": "其中以撤销、变更、确认违法、责令履行或确认无效决定纠错的案件", "denominator": "本期以复议决定结案的行政复议案件（不含调解、和解、撤回）", "basis": "结案日期", "setting": "indicators.reconsideration_correction_denominator", "note": "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "money": false}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "kind": "rate", "unit": "%", "numerator": "其中以调解或和解结案的案件", "denominator": "本期审结的全部行政复议案件", "basis": "结案日期", "setting": "indicators.settlement_includes_withdrawal", "note": "行政复议调解和解率不含撤回申请结案的案件", "money": false}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "kind": "rate", "unit": "%", "numerator": "其中标记为实质性化解（未再进入诉讼或信访）的案件", "denominator": "本期办结的行政争议（行政复议、诉前调解、行政调解，及标记为实质性化解的行政诉讼协调撤诉）", "basis": "结案日期", "setting": "indicators.resolution_includes_withdrawn_suits", "note": "", "money": false}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "kind": "rate", "unit": "%", "numerator": "其中调解成功的案件", "denominator": "本期办结的诉前调解案件", "basis": "结案日期", "setting": "", "note": "", "money": false}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "kind": "count", "unit": "件", "numerator": "本期执结的涉行政机关执行案件（终结本次执行不计为执结）", "denominator": "", "basis": "结案日期", "setting": "indicators.enforcement_closed_includes_terminated", "note": "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）", "money": false}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "kind": "amount", "unit": "元", "numerator": "本期执结的涉行政机关执行案件的执行到位金额", "denominator": "", "basis": "结案日期", "setting": "", "note": "", "money": true}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "kind": "rate", "unit": "%", "numerator": "执行到位金额", "denominator": "本期执结且登记了申请执行标的的涉行政机关执行案件的标的金额", "basis": "结案日期", "setting": "", "note": "", "money": true}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "kind": "rate", "unit": "%", "numerator": "其中已反馈的司法建议、检察建议（不论是否逾期）", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "kind": "rate", "unit": "%", "numerator": "其中在反馈期限内反馈的司法建议、检察建议", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "kind": "rate", "unit": "%", "numerator": "其中按期完成的事项", "denominator": "完成时限在本期（截至统计日）的双清单事项", "basis": "完成时限", "setting": "", "note": "", "money": false}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "kind": "per_10k", "unit": "件/万人", "numerator": "本期新收的一审民事、行政案件", "denominator": "常住人口（配置项 indicators.population，按万人计）", "basis": "立案日期", "setting": "indicators.population", "note": "", "money": false}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "kind": "count", "unit": "件", "numerator": "统计日已过完成时限而未完成的双清单事项（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "kind": "count", "unit": "件", "numerator": "统计日已过反馈期限而未反馈的司法建议、检察建议（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}}, "notes": ["行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "负责人出庭应诉率计入正职和分管副职负责人出庭", "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "行政复议调解和解率不含撤回申请结案的案件", "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）"], "warnings": ["未配置示范县的常住人口（配置项 indicators.population），不计算万人成讼率"], "indicators": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": -100.0, "qoq_display": "↓ -100.0%", "qoq_text": "减少100.0%", "previous": {"numerator": 1, "denominator": null, "value": 1, "display": "1"}}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "unit": "%", "numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "unit": "元", "numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "unit": "%", "numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "unit": "件/万人", "numerator": 0, "denominator": null, "value": null, "display": "—", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": null, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 1, "denominator": null, "value": null, "display": "—"}}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}}, "double_decline": {"achieved": null, "litigation_filed_down": false, "loss_rate_down": null, "text": "无法判断是否实现“双下降”：本期或去年同期没有审结的一审行政诉讼案件。行政诉讼发案量0件（去年同期0件）。"}, "units": [{"unit": "县税务局", "unit_name": "国家税务总局示范县税务局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 1}, {"unit": "东城街道", "unit_name": "示范县东城街道办事处", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 2}, {"unit": "县人社局", "unit_name": "示范县人力资源和社会保障局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 3}, {"unit": "县政府办", "unit_name": "示范县人民政府办公室", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 4}, {"unit": "县住建局", "unit_name": "示范县住房和城乡建设局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 5}, {"unit": "县信访局", "unit_name": "示范县信访局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 6}, {"unit": "县公安局", "unit_name": "示范县公安局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 7}, {"unit": "县发改委", "unit_name": "示范县发展和改革委员会", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 8}, {"unit": "县司法局", "unit_name": "示范县司法局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 9}, {"unit": "城关镇", "unit_name": "示范县城关镇人民政府", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 10}, {"unit": "县城管局", "unit_name": "示范县城市管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 11}, {"unit": "县市场监管局", "unit_name": "示范县市场监督管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 12}, {"unit": "县生态环境分局", "unit_name": "示范县生态环境分局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 13}, {"unit": "县自然资源局", "unit_name": "示范县自然资源局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": -100.0}, "loss_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 14}, {"unit": "县财政局", "unit_name": "示范县财政局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 15}], "attention": {"as_of": "2024-06-30", "losses_total": 0, "losses": [], "overdue_tasks_total": 0, "overdue_tasks": [], "unanswered_suggestions_total": 0, "unanswered_suggestions": []}, "generated_on": "2024-10-15", "trend": [{"period": "2022Q3", "label": "2022年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2022Q4", "label": "2022年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q1", "label": "2023年1季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q2", "label": "2023年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q3", "label": "2023年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q4", "label": "2023年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q1", "label": "2024年1季度", "litigation_filed": 1, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q2", "label": "2024年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 1, "loss_rate": 0.0}]}, "id": 1}', 'd0354e2d73dde97efe68631cfe4e2e853044318106bad51da69e068a5836a62e', 'e21f9d68741e841c413770da37eb3f209dbacfec08008264e7c1767b629a24c2', 66);
INSERT INTO public.journal VALUES (67, '2026-12-01 18:02:14.980231+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_perf_schema0013', 'insert', 'journal_anchor', 1, NULL, 'null', '{"at": "2026-12-01T18:02:14.977356+00:00", "kind": "report", "label": "2024年第二季度", "seq": 66, "hash": "e21f9d68741e841c413770da37eb3f209dbacfec08008264e7c1767b629a24c2", "mac": null, "id": 1}', 'e21f9d68741e841c413770da37eb3f209dbacfec08008264e7c1767b629a24c2', '7fa58941360f71efd8803dca98f89e90cb9fb27523873ee2c696b85186982ce2', 66);


--
-- Data for Name: journal_anchor; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.journal_anchor VALUES (1, '2026-12-01 18:02:14.977356+00', 'report', '2024年第二季度', 66, 'e21f9d68741e841c413770da37eb3f209dbacfec08008264e7c1767b629a24c2', NULL);


--
-- Data for Name: meeting; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.meeting VALUES (1, 2024, 1, '联席会议', '2024-06-20', '', '王县长', '征收补偿争议化解', '', '2026-12-01 18:02:13.721719+00');


--
-- Data for Name: notice; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notice VALUES (2, '催办', 6, '2024-10-15', NULL, NULL, NULL, NULL, '2026-12-01 18:02:14.165654+00', '');
INSERT INTO public.notice VALUES (1, '督办', 5, '2024-10-15', 2024, 1, '2024-10-22', '2024-10-15', '2026-12-01 18:02:14.165654+00', '');


--
-- Data for Name: notice_item; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notice_item VALUES (1, 1, '督办', 2, NULL, 28, NULL);
INSERT INTO public.notice_item VALUES (2, 2, '催办', 1, NULL, 7, NULL);


--
-- Data for Name: notice_reply; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notice_reply VALUES (1, 1, '2024-10-15', '已书面报送办理情况', '', 0, '', NULL, '2026-12-01 18:02:14.243995+00');


--
-- Data for Name: office; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.office VALUES (1, '示范县府院联动联席会议办公室', '示范县', '示范县府院联动联席会议', '2026-12-01 18:02:13.203841+00');


--
-- Data for Name: party; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.party VALUES (1, '张三', '自然人', '身份证', '410502198510151232', '2026-12-01 18:02:13.396012+00');
INSERT INTO public.party VALUES (2, '示范县建工集团', '法人或其他组织', '统一社会信用代码', '91340503MA2N0001XG', '2026-12-01 18:02:13.415751+00');
INSERT INTO public.party VALUES (3, '李四', '自然人', '', NULL, '2026-12-01 18:02:13.464636+00');


--
-- Data for Name: person; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.person VALUES (1, '王建国', '县长', NULL, '召集人', '', '', '2026-12-01 18:02:13.250035+00');
INSERT INTO public.person VALUES (2, '刘清华', '常务副县长', NULL, '副召集人', '', '', '2026-12-01 18:02:13.253772+00');
INSERT INTO public.person VALUES (3, '赵立新', '县人民法院院长', NULL, '副召集人', '', '', '2026-12-01 18:02:13.255653+00');
INSERT INTO public.person VALUES (4, '陈晓燕', '副主任', 1, '联络员', '0372-5101001', 'zfb@shifan.example.cn', '2026-12-01 18:02:13.260219+00');
INSERT INTO public.person VALUES (5, '马俊', '科长', 2, '联络员', '0372-5101002', 'fgw@shifan.example.cn', '2026-12-01 18:02:13.267184+00');
INSERT INTO public.person VALUES (6, '孙丽', '行政复议股股长', 3, '联络员', '0372-5101003', 'sfj@shifan.example.cn', '2026-12-01 18:02:13.269855+00');
INSERT INTO public.person VALUES (7, '周明', '局长', 3, '成员', '', '', '2026-12-01 18:02:13.274465+00');
INSERT INTO public.person VALUES (8, '林静', '办公室工作人员', 3, '办公室', '', '', '2026-12-01 18:02:13.277051+00');
INSERT INTO public.person VALUES (9, '郭涛', '法规股股长', 4, '联络员', '0372-5101004', 'czj@shifan.example.cn', '2026-12-01 18:02:13.279607+00');
INSERT INTO public.person VALUES (10, '何芳', '法规股股长', 5, '联络员', '0372-5101005', 'rsj@shifan.example.cn', '2026-12-01 18:02:13.282158+00');
INSERT INTO public.person VALUES (11, '高远', '法规股股长', 6, '联络员', '0372-5101006', 'zrzyj@shifan.example.cn', '2026-12-01 18:02:13.284452+00');
INSERT INTO public.person VALUES (12, '罗斌', '法规股股长', 7, '联络员', '0372-5101007', 'zjj@shifan.example.cn', '2026-12-01 18:02:13.286658+00');
INSERT INTO public.person VALUES (13, '梁红', '法制股股长', 8, '联络员', '0372-5101008', 'swj@shifan.example.cn', '2026-12-01 18:02:13.288761+00');
INSERT INTO public.person VALUES (14, '宋佳', '法规股股长', 9, '联络员', '0372-5101009', 'scjgj@shifan.example.cn', '2026-12-01 18:02:13.290936+00');
INSERT INTO public.person VALUES (15, '唐亮', '副局长', 10, '联络员', '0372-5101010', 'xfj@shifan.example.cn', '2026-12-01 18:02:13.293315+00');
INSERT INTO public.person VALUES (16, '韩冰', '法制大队大队长', 11, '联络员', '0372-5101011', 'gaj@shifan.example.cn', '2026-12-01 18:02:13.295314+00');
INSERT INTO public.person VALUES (17, '冯雪', '法规股股长', 12, '联络员', '0372-5101012', 'sthj@shifan.example.cn', '2026-12-01 18:02:13.297201+00');
INSERT INTO public.person VALUES (18, '邓凯', '法规股股长', 13, '联络员', '0372-5101013', 'cgj@shifan.example.cn', '2026-12-01 18:02:13.299193+00');
INSERT INTO public.person VALUES (19, '许文', '行政审判庭庭长', 14, '联络员', '0372-5101014', 'fy@shifan.example.cn', '2026-12-01 18:02:13.301036+00');
INSERT INTO public.person VALUES (20, '曹阳', '行政检察部主任', 15, '联络员', '0372-5101015', 'jcy@shifan.example.cn', '2026-12-01 18:02:13.302942+00');
INSERT INTO public.person VALUES (21, '彭程', '司法所所长', 16, '联络员', '0372-5101016', 'cgz@shifan.example.cn', '2026-12-01 18:02:13.304853+00');
INSERT INTO public.person VALUES (22, '袁媛', '司法所所长', 17, '联络员', '0372-5101017', 'dcjd@shifan.example.cn', '2026-12-01 18:02:13.30672+00');


--
-- Data for Name: report_snapshot; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.report_snapshot VALUES (1, 2024, 2, '', '2026-12-01 18:02:14.956792+00', '测试员@postgres', '{"period": {"year": 2024, "quarter": 2, "code": "2024Q2", "label": "2024年第二季度", "start": "2024-04-01", "end": "2024-06-30", "as_of": "2024-06-30", "complete": true}, "compare": {"last_year": {"year": 2023, "quarter": 2, "code": "2023Q2", "label": "2023年第二季度", "start": "2023-04-01", "end": "2023-06-30"}, "previous": {"year": 2024, "quarter": 1, "code": "2024Q1", "label": "2024年第一季度", "start": "2024-01-01", "end": "2024-03-31"}}, "office": {"name": "示范县府院联动联席会议办公室", "region": "示范县", "meeting_name": "示范县府院联动联席会议"}, "scope": {"unit": null, "region": null}, "settings": {"loss_rate_denominator": "closed", "reconsideration_correction_denominator": "decided", "settlement_includes_withdrawal": false, "head_appearance_principal_only": false, "enforcement_closed_includes_terminated": false, "resolution_includes_withdrawn_suits": true, "population_region": "示范县", "population": null}, "definitions": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "kind": "count", "unit": "件", "numerator": "本期新收的一审行政诉讼案件（被告为本地行政机关或乡镇街道），按案号计", "denominator": "", "basis": "立案日期", "setting": "", "note": "", "money": false}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关败诉的案件（撤销、变更、责令履行、确认违法、确认无效、判决赔偿或补偿）", "denominator": "本期审结的一审行政诉讼案件（被告为本地行政机关或乡镇街道）", "basis": "结案日期", "setting": "indicators.loss_rate_denominator", "note": "行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "money": false}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关负责人（正职或分管副职）出庭应诉的案件", "denominator": "本期开庭审理的行政诉讼案件（书面审理不计）", "basis": "开庭日期", "setting": "indicators.head_appearance_principal_only", "note": "负责人出庭应诉率计入正职和分管副职负责人出庭", "money": false}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "kind": "rate", "unit": "%", "numerator": "其中以撤销、变更、确认违法、责令履行或确认无效决定纠错的案件", "denominator": "本期以复议决定结案的行政复议案件（不含调解、和解、撤回）", "basis": "结案日期", "setting": "indicators.reconsideration_correction_denominator", "note": "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "money": false}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "kind": "rate", "unit": "%", "numerator": "其中以调解或和解结案的案件", "denominator": "本期审结的全部行政复议案件", "basis": "结案日期", "setting": "indicators.settlement_includes_withdrawal", "note": "行政复议调解和解率不含撤回申请结案的案件", "money": false}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "kind": "rate", "unit": "%", "numerator": "其中标记为实质性化解（未再进入诉讼或信访）的案件", "denominator": "本期办结的行政争议（行政复议、诉前调解、行政调解，及标记为实质性化解的行政诉讼协调撤诉）", "basis": "结案日期", "setting": "indicators.resolution_includes_withdrawn_suits", "note": "", "money": false}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "kind": "rate", "unit": "%", "numerator": "其中调解成功的案件", "denominator": "本期办结的诉前调解案件", "basis": "结案日期", "setting": "", "note": "", "money": false}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "kind": "count", "unit": "件", "numerator": "本期执结的涉行政机关执行案件（终结本次执行不计为执结）", "denominator": "", "basis": "结案日期", "setting": "indicators.enforcement_closed_includes_terminated", "note": "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）", "money": false}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "kind": "amount", "unit": "元", "numerator": "本期执结的涉行政机关执行案件的执行到位金额", "denominator": "", "basis": "结案日期", "setting": "", "note": "", "money": true}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "kind": "rate", "unit": "%", "numerator": "执行到位金额", "denominator": "本期执结且登记了申请执行标的的涉行政机关执行案件的标的金额", "basis": "结案日期", "setting": "", "note": "", "money": true}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "kind": "rate", "unit": "%", "numerator": "其中已反馈的司法建议、检察建议（不论是否逾期）", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "kind": "rate", "unit": "%", "numerator": "其中在反馈期限内反馈的司法建议、检察建议", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "kind": "rate", "unit": "%", "numerator": "其中按期完成的事项", "denominator": "完成时限在本期（截至统计日）的双清单事项", "basis": "完成时限", "setting": "", "note": "", "money": false}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "kind": "per_10k", "unit": "件/万人", "numerator": "本期新收的一审民事、行政案件", "denominator": "常住人口（配置项 indicators.population，按万人计）", "basis": "立案日期", "setting": "indicators.population", "note": "", "money": false}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "kind": "count", "unit": "件", "numerator": "统计日已过完成时限而未完成的双清单事项（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "kind": "count", "unit": "件", "numerator": "统计日已过反馈期限而未反馈的司法建议、检察建议（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}}, "notes": ["行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "负责人出庭应诉率计入正职和分管副职负责人出庭", "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "行政复议调解和解率不含撤回申请结案的案件", "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）"], "warnings": ["未配置示范县的常住人口（配置项 indicators.population），不计算万人成讼率"], "indicators": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": -100.0, "qoq_display": "↓ -100.0%", "qoq_text": "减少100.0%", "previous": {"numerator": 1, "denominator": null, "value": 1, "display": "1"}}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "unit": "%", "numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "unit": "元", "numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "unit": "%", "numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "unit": "件/万人", "numerator": 0, "denominator": null, "value": null, "display": "—", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": null, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 1, "denominator": null, "value": null, "display": "—"}}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}}, "double_decline": {"achieved": null, "litigation_filed_down": false, "loss_rate_down": null, "text": "无法判断是否实现“双下降”：本期或去年同期没有审结的一审行政诉讼案件。行政诉讼发案量0件（去年同期0件）。"}, "units": [{"unit": "县税务局", "unit_name": "国家税务总局示范县税务局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 1}, {"unit": "东城街道", "unit_name": "示范县东城街道办事处", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 2}, {"unit": "县人社局", "unit_name": "示范县人力资源和社会保障局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 3}, {"unit": "县政府办", "unit_name": "示范县人民政府办公室", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 4}, {"unit": "县住建局", "unit_name": "示范县住房和城乡建设局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 5}, {"unit": "县信访局", "unit_name": "示范县信访局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 6}, {"unit": "县公安局", "unit_name": "示范县公安局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 7}, {"unit": "县发改委", "unit_name": "示范县发展和改革委员会", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 8}, {"unit": "县司法局", "unit_name": "示范县司法局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 9}, {"unit": "城关镇", "unit_name": "示范县城关镇人民政府", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 10}, {"unit": "县城管局", "unit_name": "示范县城市管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 11}, {"unit": "县市场监管局", "unit_name": "示范县市场监督管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 12}, {"unit": "县生态环境分局", "unit_name": "示范县生态环境分局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 13}, {"unit": "县自然资源局", "unit_name": "示范县自然资源局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": -100.0}, "loss_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 14}, {"unit": "县财政局", "unit_name": "示范县财政局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "qoq": null}}, "rank": 15}], "attention": {"as_of": "2024-06-30", "losses_total": 0, "losses": [], "overdue_tasks_total": 0, "overdue_tasks": [], "unanswered_suggestions_total": 0, "unanswered_suggestions": []}, "generated_on": "2024-10-15", "trend": [{"period": "2022Q3", "label": "2022年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2022Q4", "label": "2022年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q1", "label": "2023年1季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q2", "label": "2023年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q3", "label": "2023年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q4", "label": "2023年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q1", "label": "2024年1季度", "litigation_filed": 1, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q2", "label": "2024年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 1, "loss_rate": 0.0}]}');


--
-- Data for Name: suggestion; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.suggestion VALUES (1, '司法建议', '示法建〔2024〕3号', '示范县人民法院', 6, '2024-05-06', '2024-07-08', '2个月', false, '2024-06-01', '', true, NULL, '规范征收补偿程序', '2026-12-01 18:02:13.878088+00', '部分采纳');


--
-- Data for Name: suggestion_case; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: task; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task VALUES (1, '议定事项', '建立征收补偿争议会商机制', 6, '', '2024-09-30', '', NULL, false, 1, 1, NULL, '', '', NULL, NULL, '', '2026-12-01 18:02:13.759945+00', '2026-12-01 18:02:13.759945+00');
INSERT INTO public.task VALUES (2, '双清单', '清理行政协议履约情况', 5, '', '2024-08-31', '', NULL, false, NULL, NULL, NULL, '', '', NULL, NULL, '', '2026-12-01 18:02:13.806506+00', '2026-12-01 18:02:13.806506+00');


--
-- Data for Name: task_co_unit; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task_co_unit VALUES (1, 1, 3);


--
-- Data for Name: task_progress; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task_progress VALUES (1, 1, '2024-10-15', '已召开专题会', '', '2026-12-01 18:02:13.842283+00');


--
-- Data for Name: unit; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.unit VALUES (1, '示范县人民政府办公室', '县政府办', '政府部门', '示范县', true, '陈晓燕', '0372-5101001', 'zfb@shifan.example.cn', '', '2026-12-01 18:02:13.215632+00', '2026-12-01 18:02:13.215632+00');
INSERT INTO public.unit VALUES (2, '示范县发展和改革委员会', '县发改委', '政府部门', '示范县', true, '马俊', '0372-5101002', 'fgw@shifan.example.cn', '', '2026-12-01 18:02:13.220331+00', '2026-12-01 18:02:13.220331+00');
INSERT INTO public.unit VALUES (3, '示范县司法局', '县司法局', '政府部门', '示范县', true, '孙丽', '0372-5101003', 'sfj@shifan.example.cn', '联席会议办公室设在县司法局', '2026-12-01 18:02:13.222927+00', '2026-12-01 18:02:13.222927+00');
INSERT INTO public.unit VALUES (4, '示范县财政局', '县财政局', '政府部门', '示范县', true, '郭涛', '0372-5101004', 'czj@shifan.example.cn', '', '2026-12-01 18:02:13.224965+00', '2026-12-01 18:02:13.224965+00');
INSERT INTO public.unit VALUES (5, '示范县人力资源和社会保障局', '县人社局', '政府部门', '示范县', true, '何芳', '0372-5101005', 'rsj@shifan.example.cn', '', '2026-12-01 18:02:13.226978+00', '2026-12-01 18:02:13.226978+00');
INSERT INTO public.unit VALUES (6, '示范县自然资源局', '县自然资源局', '政府部门', '示范县', true, '高远', '0372-5101006', 'zrzyj@shifan.example.cn', '', '2026-12-01 18:02:13.22885+00', '2026-12-01 18:02:13.22885+00');
INSERT INTO public.unit VALUES (7, '示范县住房和城乡建设局', '县住建局', '政府部门', '示范县', true, '罗斌', '0372-5101007', 'zjj@shifan.example.cn', '', '2026-12-01 18:02:13.230806+00', '2026-12-01 18:02:13.230806+00');
INSERT INTO public.unit VALUES (8, '国家税务总局示范县税务局', '县税务局', '政府部门', '示范县', true, '梁红', '0372-5101008', 'swj@shifan.example.cn', '', '2026-12-01 18:02:13.232501+00', '2026-12-01 18:02:13.232501+00');
INSERT INTO public.unit VALUES (9, '示范县市场监督管理局', '县市场监管局', '政府部门', '示范县', true, '宋佳', '0372-5101009', 'scjgj@shifan.example.cn', '', '2026-12-01 18:02:13.234244+00', '2026-12-01 18:02:13.234244+00');
INSERT INTO public.unit VALUES (10, '示范县信访局', '县信访局', '政府部门', '示范县', true, '唐亮', '0372-5101010', 'xfj@shifan.example.cn', '', '2026-12-01 18:02:13.235747+00', '2026-12-01 18:02:13.235747+00');
INSERT INTO public.unit VALUES (11, '示范县公安局', '县公安局', '政府部门', '示范县', true, '韩冰', '0372-5101011', 'gaj@shifan.example.cn', '', '2026-12-01 18:02:13.23721+00', '2026-12-01 18:02:13.23721+00');
INSERT INTO public.unit VALUES (12, '示范县生态环境分局', '县生态环境分局', '政府部门', '示范县', true, '冯雪', '0372-5101012', 'sthj@shifan.example.cn', '', '2026-12-01 18:02:13.238774+00', '2026-12-01 18:02:13.238774+00');
INSERT INTO public.unit VALUES (13, '示范县城市管理局', '县城管局', '政府部门', '示范县', true, '邓凯', '0372-5101013', 'cgj@shifan.example.cn', '', '2026-12-01 18:02:13.241206+00', '2026-12-01 18:02:13.241206+00');
INSERT INTO public.unit VALUES (14, '示范县人民法院', '县法院', '法院', '示范县', true, '许文', '0372-5101014', 'fy@shifan.example.cn', '', '2026-12-01 18:02:13.242842+00', '2026-12-01 18:02:13.242842+00');
INSERT INTO public.unit VALUES (15, '示范县人民检察院', '县检察院', '检察院', '示范县', true, '曹阳', '0372-5101015', 'jcy@shifan.example.cn', '', '2026-12-01 18:02:13.244462+00', '2026-12-01 18:02:13.244462+00');
INSERT INTO public.unit VALUES (16, '示范县城关镇人民政府', '城关镇', '乡镇街道', '示范县', true, '彭程', '0372-5101016', 'cgz@shifan.example.cn', '', '2026-12-01 18:02:13.245908+00', '2026-12-01 18:02:13.245908+00');
INSERT INTO public.unit VALUES (17, '示范县东城街道办事处', '东城街道', '乡镇街道', '示范县', true, '袁媛', '0372-5101017', 'dcjd@shifan.example.cn', '', '2026-12-01 18:02:13.247205+00', '2026-12-01 18:02:13.247205+00');


--
-- Data for Name: writer_lock; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.writer_lock VALUES (1);


--
-- Name: attendance_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.attendance_id_seq', 1, false);


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

SELECT pg_catalog.setval('public.journal_anchor_id_seq', 1, true);


--
-- Name: journal_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.journal_id_seq', 67, true);


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
-- Name: ix_notice_issued_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_notice_issued_id ON public.notice USING btree (issued_on, id);


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


