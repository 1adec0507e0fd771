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
    updated_at timestamp with time zone NOT NULL,
    act_kind character varying(10) NOT NULL,
    loss_reasons character varying(100) NOT NULL,
    withdrawal_kind character varying(12) NOT NULL,
    typical_note character varying(200) NOT NULL,
    joint_respondent boolean,
    norm_review boolean,
    typical boolean NOT NULL
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
    approved_meeting_id integer
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
    updated_at timestamp with time zone NOT NULL
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

INSERT INTO public.alembic_version VALUES ('0018');


--
-- Data for Name: assess_appeal; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.assess_appeal VALUES (1, 2024, 7, 'B6', '报道所涉事项不属本单位职责', '2024-10-15', NULL, NULL, '', NULL, '2026-12-01 21:17:44.344793+00', '2026-12-01 21:17:44.344793+00');


--
-- Data for Name: assess_record; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.assess_record VALUES (1, 7, 'B6', '2024-07-01', '市报曝光〔2024〕3号', '市', NULL, '', '测试员@postgres', '', 0, '', '2026-12-01 21:17:44.282095+00', '2026-12-01 21:17:44.282095+00');


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

INSERT INTO public.bankruptcy VALUES (1, 4, '重整', '受理', '', NULL, NULL, '2026-12-01 21:17:44.779925+00', '2026-12-01 21:17:44.779925+00');


--
-- Data for Name: brief_issue; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.brief_issue VALUES (1, '工作简报', 2024, 1, '2024-10-10', '各成员单位', '2026-12-01 21:17:45.121738+00');


--
-- Data for Name: brief_item; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.brief_item VALUES (1, 1, 5, '工作动态', '报送', '', '劳动争议化解情况', '2024-10-15', 1, '2026-12-01 21:17:45.160388+00');
INSERT INTO public.brief_item VALUES (2, 1, 6, '经验做法', '报送', '', '征收补偿争议会商机制', '2024-10-15', 2, '2026-12-01 21:17:45.250332+00');
INSERT INTO public.brief_item VALUES (3, NULL, 3, '问题建议', '报送', '', '行政复议案件增多', '2024-10-15', 0, '2026-12-01 21:17:45.516889+00');


--
-- Data for Name: bulletin; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.bulletin VALUES (1, 2024, 1, 2024, 3, '2024-10-15', '', '{"start": "2024-07-01", "end": "2024-09-30", "black": [{"unit_id": 5, "unit": "县人社局", "open_late": 1, "done_late": 0, "suggestions_late": 0, "replies_missing": 0, "replies_late": 0, "text": "逾期未办结事项1项"}], "red": [{"unit_id": 6, "unit": "县自然资源局", "due": 1}]}', '2026-12-01 21:17:43.669258+00');


--
-- Data for Name: calendar_override; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: case_event; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_event VALUES (1, 1, '开庭', '2024-05-20', '', '2026-12-01 21:17:42.865254+00');


--
-- Data for Name: case_link; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_link VALUES (1, 3, 1, '2026-12-01 21:17:43.230845+00');


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

INSERT INTO public.cases VALUES (2, '行政复议', '示政复〔2024〕12号', '自编号', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', 5, '', '2024-04-02', '2024-04-02', NULL, '2024-06-01', '已结', '撤销', false, true, true, false, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', '', '2026-12-01 21:17:42.820351+00', '2026-12-01 21:17:42.936888+00', '', '', '', '', NULL, NULL, false);
INSERT INTO public.cases VALUES (3, '行政诉讼', '（2024）豫05行终8号', '案号', 2024, '豫05', '中级', '行终', '行政二审案件', '行政', '二审', '', 6, '', '2024-08-01', '2024-08-01', NULL, NULL, '在办', NULL, false, false, false, false, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', '', '2026-12-01 21:17:43.222301+00', '2026-12-01 21:17:43.222301+00', '', '', '', '', NULL, NULL, false);
INSERT INTO public.cases VALUES (4, '破产', '（2024）豫0591破2号', '案号', 2024, '豫0591', '基层', '破', '破产清算案件/破产重整案件/破产和解案件', '破产', '其他', '', 5, '', '2024-07-01', '2024-07-01', NULL, NULL, '在办', NULL, false, false, false, false, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', '', '2026-12-01 21:17:44.678467+00', '2026-12-01 21:17:44.678467+00', '', '', '', '', NULL, NULL, false);
INSERT INTO public.cases VALUES (1, '行政诉讼', '（2024）豫0591行初15号', '案号', 2024, '豫0591', '基层', '行初', '行政一审案件', '行政', '一审', '土地征收', 6, '', '2024-03-15', '2024-03-15', '2024-05-20', '2024-06-28', '已结', '驳回诉讼请求', false, false, true, false, false, true, NULL, NULL, NULL, NULL, NULL, NULL, '', '不服征收补偿决定', '2026-12-01 21:17:42.754011+00', '2026-12-01 21:17:46.118128+00', '征收征用', '', '', '征收补偿争议实质性化解', false, NULL, true);


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
-- Data for Name: external_figure; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.external_figure VALUES (1, '示范县', 2023, 0, 'population', 812300, '县统计局', '', '2026-12-01 21:17:44.118274+00', '2026-12-01 21:17:44.118274+00');


--
-- Data for Name: journal; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.journal VALUES (1, '2026-12-01 21:17:42.547293+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'office', 1, NULL, 'null', '{"name": "示范县府院联动联席会议办公室", "region": "示范县", "meeting_name": "示范县府院联动联席会议", "created_at": "2026-12-01T21:17:42.540461+00:00", "id": 1}', '0000000000000000000000000000000000000000000000000000000000000000', '275d079258c97e608685e815a58a93a2782af9a02f69fd0a784bffa68bc8bac5', 1);
INSERT INTO public.journal VALUES (2, '2026-12-01 21:17:42.562134+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'unit', 1, NULL, 'null', '{"name": "示范县人民政府办公室", "short_name": "县政府办", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "陈晓燕", "liaison_phone": "0372-5101001", "liaison_email": "zfb@shifan.example.cn", "note": "", "created_at": "2026-12-01T21:17:42.558585+00:00", "updated_at": "2026-12-01T21:17:42.558585+00:00", "id": 1, "merged_into_id": null, "merged_on": null}', '275d079258c97e608685e815a58a93a2782af9a02f69fd0a784bffa68bc8bac5', '922e6f5b883dfbdb0a61a851ed676f4db3c837d4f81206cfee7dde1397e36511', 1);
INSERT INTO public.journal VALUES (3, '2026-12-01 21:17:42.566324+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'unit', 2, NULL, 'null', '{"name": "示范县发展和改革委员会", "short_name": "县发改委", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "马俊", "liaison_phone": "0372-5101002", "liaison_email": "fgw@shifan.example.cn", "note": "", "created_at": "2026-12-01T21:17:42.564788+00:00", "updated_at": "2026-12-01T21:17:42.564788+00:00", "id": 2, "merged_into_id": null, "merged_on": null}', '922e6f5b883dfbdb0a61a851ed676f4db3c837d4f81206cfee7dde1397e36511', '141d135cf1194dd7c7431b74b6960920cae304d12ade6b9ca6a64cd5e81cf3b9', 1);
INSERT INTO public.journal VALUES (4, '2026-12-01 21:17:42.568811+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'unit', 3, NULL, 'null', '{"name": "示范县司法局", "short_name": "县司法局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "孙丽", "liaison_phone": "0372-5101003", "liaison_email": "sfj@shifan.example.cn", "note": "联席会议办公室设在县司法局", "created_at": "2026-12-01T21:17:42.567923+00:00", "updated_at": "2026-12-01T21:17:42.567923+00:00", "id": 3, "merged_into_id": null, "merged_on": null}', '141d135cf1194dd7c7431b74b6960920cae304d12ade6b9ca6a64cd5e81cf3b9', '9a670bc1b9c89c89586c26c3aa26059d6ac19b99e70f0eaed5c101d6c92636a3', 1);
INSERT INTO public.journal VALUES (5, '2026-12-01 21:17:42.571123+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'unit', 4, NULL, 'null', '{"name": "示范县财政局", "short_name": "县财政局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "郭涛", "liaison_phone": "0372-5101004", "liaison_email": "czj@shifan.example.cn", "note": "", "created_at": "2026-12-01T21:17:42.570256+00:00", "updated_at": "2026-12-01T21:17:42.570256+00:00", "id": 4, "merged_into_id": null, "merged_on": null}', '9a670bc1b9c89c89586c26c3aa26059d6ac19b99e70f0eaed5c101d6c92636a3', '351941e9a72932ea1bfc4d75ed83547a332c10d94c2247f34e6c8d1128ebe1ce', 1);
INSERT INTO public.journal VALUES (6, '2026-12-01 21:17:42.573156+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'unit', 5, NULL, 'null', '{"name": "示范县人力资源和社会保障局", "short_name": "县人社局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "何芳", "liaison_phone": "0372-5101005", "liaison_email": "rsj@shifan.example.cn", "note": "", "created_at": "2026-12-01T21:17:42.572416+00:00", "updated_at": "2026-12-01T21:17:42.572416+00:00", "id": 5, "merged_into_id": null, "merged_on": null}', '351941e9a72932ea1bfc4d75ed83547a332c10d94c2247f34e6c8d1128ebe1ce', '9f0c982a2a1131b9138a41d478cb34660f1b4db70607390d621fe7a12abaad16', 1);
INSERT INTO public.journal VALUES (7, '2026-12-01 21:17:42.577094+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'unit', 6, NULL, 'null', '{"name": "示范县自然资源局", "short_name": "县自然资源局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "高远", "liaison_phone": "0372-5101006", "liaison_email": "zrzyj@shifan.example.cn", "note": "", "created_at": "2026-12-01T21:17:42.575941+00:00", "updated_at": "2026-12-01T21:17:42.575941+00:00", "id": 6, "merged_into_id": null, "merged_on": null}', '9f0c982a2a1131b9138a41d478cb34660f1b4db70607390d621fe7a12abaad16', '93ecc11f21e64cb08b5c7f9fae35c4fb135d6455f38f75f47b9cfcd15af6aaaf', 1);
INSERT INTO public.journal VALUES (8, '2026-12-01 21:17:42.580918+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'unit', 7, NULL, 'null', '{"name": "示范县住房和城乡建设局", "short_name": "县住建局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "罗斌", "liaison_phone": "0372-5101007", "liaison_email": "zjj@shifan.example.cn", "note": "", "created_at": "2026-12-01T21:17:42.579956+00:00", "updated_at": "2026-12-01T21:17:42.579956+00:00", "id": 7, "merged_into_id": null, "merged_on": null}', '93ecc11f21e64cb08b5c7f9fae35c4fb135d6455f38f75f47b9cfcd15af6aaaf', '07281470e1f65fe093efa728f247218116b2adc3d32d5b568ffdf7c3bea22fec', 1);
INSERT INTO public.journal VALUES (9, '2026-12-01 21:17:42.583988+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'unit', 8, NULL, 'null', '{"name": "国家税务总局示范县税务局", "short_name": "县税务局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "梁红", "liaison_phone": "0372-5101008", "liaison_email": "swj@shifan.example.cn", "note": "", "created_at": "2026-12-01T21:17:42.582744+00:00", "updated_at": "2026-12-01T21:17:42.582744+00:00", "id": 8, "merged_into_id": null, "merged_on": null}', '07281470e1f65fe093efa728f247218116b2adc3d32d5b568ffdf7c3bea22fec', 'c230a541c4c09f5c44077157ce91da9bc65b76083223878805c06ab7be2619e0', 1);
INSERT INTO public.journal VALUES (10, '2026-12-01 21:17:42.587895+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'unit', 9, NULL, 'null', '{"name": "示范县市场监督管理局", "short_name": "县市场监管局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "宋佳", "liaison_phone": "0372-5101009", "liaison_email": "scjgj@shifan.example.cn", "note": "", "created_at": "2026-12-01T21:17:42.586662+00:00", "updated_at": "2026-12-01T21:17:42.586662+00:00", "id": 9, "merged_into_id": null, "merged_on": null}', 'c230a541c4c09f5c44077157ce91da9bc65b76083223878805c06ab7be2619e0', '90bea63ddbbdcf2666b25cda265e39c58d8ab8d23f6fe1e5b5c1d1944b927797', 1);
INSERT INTO public.journal VALUES (11, '2026-12-01 21:17:42.590864+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'unit', 10, NULL, 'null', '{"name": "示范县信访局", "short_name": "县信访局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "唐亮", "liaison_phone": "0372-5101010", "liaison_email": "xfj@shifan.example.cn", "note": "", "created_at": "2026-12-01T21:17:42.589958+00:00", "updated_at": "2026-12-01T21:17:42.589958+00:00", "id": 10, "merged_into_id": null, "merged_on": null}', '90bea63ddbbdcf2666b25cda265e39c58d8ab8d23f6fe1e5b5c1d1944b927797', 'f1ec1fe505cc6896dfd04e18c50919f52720d24263a155ec855ff2efc8105d72', 1);
INSERT INTO public.journal VALUES (25, '2026-12-01 21:17:42.667355+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'person', 7, NULL, 'null', '{"name": "周明", "title": "局长", "unit_id": 3, "role": "成员", "phone": "", "email": "", "created_at": "2026-12-01T21:17:42.666708+00:00", "id": 7, "left_on": null}', 'e107d156249721d1775a325719b28e17c828ea0450930fe35c9795122f9e8e91', '86b8d3153e4c4be0d80965b584fc62981db1087e9fa3500257f3f310fd8e5eda', 1);
INSERT INTO public.journal VALUES (12, '2026-12-01 21:17:42.594218+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'unit', 11, NULL, 'null', '{"name": "示范县公安局", "short_name": "县公安局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "韩冰", "liaison_phone": "0372-5101011", "liaison_email": "gaj@shifan.example.cn", "note": "", "created_at": "2026-12-01T21:17:42.593291+00:00", "updated_at": "2026-12-01T21:17:42.593291+00:00", "id": 11, "merged_into_id": null, "merged_on": null}', 'f1ec1fe505cc6896dfd04e18c50919f52720d24263a155ec855ff2efc8105d72', 'fa0dcf32094858bc7a0343955dc366501b19748e3ebf7b4d29e825d7988c9657', 1);
INSERT INTO public.journal VALUES (13, '2026-12-01 21:17:42.599222+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'unit', 12, NULL, 'null', '{"name": "示范县生态环境分局", "short_name": "县生态环境分局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "冯雪", "liaison_phone": "0372-5101012", "liaison_email": "sthj@shifan.example.cn", "note": "", "created_at": "2026-12-01T21:17:42.598572+00:00", "updated_at": "2026-12-01T21:17:42.598572+00:00", "id": 12, "merged_into_id": null, "merged_on": null}', 'fa0dcf32094858bc7a0343955dc366501b19748e3ebf7b4d29e825d7988c9657', '6898800127ada5cf28d229cdc9d29d07dbe186e8122483b4f2f9b1378e37b62a', 1);
INSERT INTO public.journal VALUES (14, '2026-12-01 21:17:42.601373+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'unit', 13, NULL, 'null', '{"name": "示范县城市管理局", "short_name": "县城管局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "邓凯", "liaison_phone": "0372-5101013", "liaison_email": "cgj@shifan.example.cn", "note": "", "created_at": "2026-12-01T21:17:42.600630+00:00", "updated_at": "2026-12-01T21:17:42.600630+00:00", "id": 13, "merged_into_id": null, "merged_on": null}', '6898800127ada5cf28d229cdc9d29d07dbe186e8122483b4f2f9b1378e37b62a', '0f7888cbbe389d33e39f4b0c19ac95d3020ab46c8d44da9d06189d63c82fe5af', 1);
INSERT INTO public.journal VALUES (15, '2026-12-01 21:17:42.604157+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'unit', 14, NULL, 'null', '{"name": "示范县人民法院", "short_name": "县法院", "kind": "法院", "region": "示范县", "is_member": true, "liaison_name": "许文", "liaison_phone": "0372-5101014", "liaison_email": "fy@shifan.example.cn", "note": "", "created_at": "2026-12-01T21:17:42.603354+00:00", "updated_at": "2026-12-01T21:17:42.603354+00:00", "id": 14, "merged_into_id": null, "merged_on": null}', '0f7888cbbe389d33e39f4b0c19ac95d3020ab46c8d44da9d06189d63c82fe5af', 'b0c6eaaaf25f22dad29adebbe4100498b9fd3c573bdb2779a80e7f80cdd8823b', 1);
INSERT INTO public.journal VALUES (16, '2026-12-01 21:17:42.606894+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'unit', 15, NULL, 'null', '{"name": "示范县人民检察院", "short_name": "县检察院", "kind": "检察院", "region": "示范县", "is_member": true, "liaison_name": "曹阳", "liaison_phone": "0372-5101015", "liaison_email": "jcy@shifan.example.cn", "note": "", "created_at": "2026-12-01T21:17:42.605532+00:00", "updated_at": "2026-12-01T21:17:42.605532+00:00", "id": 15, "merged_into_id": null, "merged_on": null}', 'b0c6eaaaf25f22dad29adebbe4100498b9fd3c573bdb2779a80e7f80cdd8823b', '625a4cd2acc85e452813ade8afaf4bb2b8af1057b6dc89d5ac2962d17616493f', 1);
INSERT INTO public.journal VALUES (17, '2026-12-01 21:17:42.614866+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'unit', 16, NULL, 'null', '{"name": "示范县城关镇人民政府", "short_name": "城关镇", "kind": "乡镇街道", "region": "示范县", "is_member": true, "liaison_name": "彭程", "liaison_phone": "0372-5101016", "liaison_email": "cgz@shifan.example.cn", "note": "", "created_at": "2026-12-01T21:17:42.612059+00:00", "updated_at": "2026-12-01T21:17:42.612059+00:00", "id": 16, "merged_into_id": null, "merged_on": null}', '625a4cd2acc85e452813ade8afaf4bb2b8af1057b6dc89d5ac2962d17616493f', 'fc32991c813ebecb180d8c7d223fab2edf8c99516bacf6a76fb9f2e52a6e2883', 1);
INSERT INTO public.journal VALUES (18, '2026-12-01 21:17:42.618544+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'unit', 17, NULL, 'null', '{"name": "示范县东城街道办事处", "short_name": "东城街道", "kind": "乡镇街道", "region": "示范县", "is_member": true, "liaison_name": "袁媛", "liaison_phone": "0372-5101017", "liaison_email": "dcjd@shifan.example.cn", "note": "", "created_at": "2026-12-01T21:17:42.617768+00:00", "updated_at": "2026-12-01T21:17:42.617768+00:00", "id": 17, "merged_into_id": null, "merged_on": null}', 'fc32991c813ebecb180d8c7d223fab2edf8c99516bacf6a76fb9f2e52a6e2883', '132362b4f3a74f4eccdfe8c7dc68722883fc6256fe25b93a2cc0a6ff66b113f4', 1);
INSERT INTO public.journal VALUES (19, '2026-12-01 21:17:42.633939+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'person', 1, NULL, 'null', '{"name": "王建国", "title": "县长", "unit_id": null, "role": "召集人", "phone": "", "email": "", "created_at": "2026-12-01T21:17:42.624376+00:00", "id": 1, "left_on": null}', '132362b4f3a74f4eccdfe8c7dc68722883fc6256fe25b93a2cc0a6ff66b113f4', 'a9d5fd1e9e7f7d8e0b52be8246ee4177e83a9017b2f3eb0b0f4f331aa0b06417', 1);
INSERT INTO public.journal VALUES (20, '2026-12-01 21:17:42.641687+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'person', 2, NULL, 'null', '{"name": "刘清华", "title": "常务副县长", "unit_id": null, "role": "副召集人", "phone": "", "email": "", "created_at": "2026-12-01T21:17:42.635928+00:00", "id": 2, "left_on": null}', 'a9d5fd1e9e7f7d8e0b52be8246ee4177e83a9017b2f3eb0b0f4f331aa0b06417', 'c974afc572bd76670b655b0aba8e7fde0922f859587a4754365c2244ca73ebb2', 1);
INSERT INTO public.journal VALUES (21, '2026-12-01 21:17:42.647458+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'person', 3, NULL, 'null', '{"name": "赵立新", "title": "县人民法院院长", "unit_id": null, "role": "副召集人", "phone": "", "email": "", "created_at": "2026-12-01T21:17:42.646558+00:00", "id": 3, "left_on": null}', 'c974afc572bd76670b655b0aba8e7fde0922f859587a4754365c2244ca73ebb2', '53772599c22dd4f276dbcb24b34909558b9a9123e3709f6700a4ce833e7c758c', 1);
INSERT INTO public.journal VALUES (22, '2026-12-01 21:17:42.65644+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'person', 4, NULL, 'null', '{"name": "陈晓燕", "title": "副主任", "unit_id": 1, "role": "联络员", "phone": "0372-5101001", "email": "zfb@shifan.example.cn", "created_at": "2026-12-01T21:17:42.655267+00:00", "id": 4, "left_on": null}', '53772599c22dd4f276dbcb24b34909558b9a9123e3709f6700a4ce833e7c758c', '09bd6e081fc6ae3165af1e47386e38be21101ea668202cb8dd2bb2316b972726', 1);
INSERT INTO public.journal VALUES (23, '2026-12-01 21:17:42.661786+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'person', 5, NULL, 'null', '{"name": "马俊", "title": "科长", "unit_id": 2, "role": "联络员", "phone": "0372-5101002", "email": "fgw@shifan.example.cn", "created_at": "2026-12-01T21:17:42.658693+00:00", "id": 5, "left_on": null}', '09bd6e081fc6ae3165af1e47386e38be21101ea668202cb8dd2bb2316b972726', '2a44f7e6b2cef8dfcae8bc0142e79956b66338f1e2ed9978321e6c7337473caa', 1);
INSERT INTO public.journal VALUES (24, '2026-12-01 21:17:42.664786+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'person', 6, NULL, 'null', '{"name": "孙丽", "title": "行政复议股股长", "unit_id": 3, "role": "联络员", "phone": "0372-5101003", "email": "sfj@shifan.example.cn", "created_at": "2026-12-01T21:17:42.664062+00:00", "id": 6, "left_on": null}', '2a44f7e6b2cef8dfcae8bc0142e79956b66338f1e2ed9978321e6c7337473caa', 'e107d156249721d1775a325719b28e17c828ea0450930fe35c9795122f9e8e91', 1);
INSERT INTO public.journal VALUES (26, '2026-12-01 21:17:42.669901+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'person', 8, NULL, 'null', '{"name": "林静", "title": "办公室工作人员", "unit_id": 3, "role": "办公室", "phone": "", "email": "", "created_at": "2026-12-01T21:17:42.669193+00:00", "id": 8, "left_on": null}', '86b8d3153e4c4be0d80965b584fc62981db1087e9fa3500257f3f310fd8e5eda', '9bcaeb4f371a7c04801d505f47bf5c028e9793681dcefb339789172c4765e226', 1);
INSERT INTO public.journal VALUES (27, '2026-12-01 21:17:42.67254+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'person', 9, NULL, 'null', '{"name": "郭涛", "title": "法规股股长", "unit_id": 4, "role": "联络员", "phone": "0372-5101004", "email": "czj@shifan.example.cn", "created_at": "2026-12-01T21:17:42.671843+00:00", "id": 9, "left_on": null}', '9bcaeb4f371a7c04801d505f47bf5c028e9793681dcefb339789172c4765e226', '3defeda09ddbe8f2896f4436216a204048a729c5b5addcf342e7cd8991878b46', 1);
INSERT INTO public.journal VALUES (28, '2026-12-01 21:17:42.67501+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'person', 10, NULL, 'null', '{"name": "何芳", "title": "法规股股长", "unit_id": 5, "role": "联络员", "phone": "0372-5101005", "email": "rsj@shifan.example.cn", "created_at": "2026-12-01T21:17:42.674441+00:00", "id": 10, "left_on": null}', '3defeda09ddbe8f2896f4436216a204048a729c5b5addcf342e7cd8991878b46', '117a96834fc85738582245f508499324d7ceb0517f168812f619dcb77db6b720', 1);
INSERT INTO public.journal VALUES (29, '2026-12-01 21:17:42.677152+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'person', 11, NULL, 'null', '{"name": "高远", "title": "法规股股长", "unit_id": 6, "role": "联络员", "phone": "0372-5101006", "email": "zrzyj@shifan.example.cn", "created_at": "2026-12-01T21:17:42.676623+00:00", "id": 11, "left_on": null}', '117a96834fc85738582245f508499324d7ceb0517f168812f619dcb77db6b720', 'ecef0ee42b30709037418e49aa4c7a7893e75622110e860e62776d32f355924e', 1);
INSERT INTO public.journal VALUES (30, '2026-12-01 21:17:42.679347+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'person', 12, NULL, 'null', '{"name": "罗斌", "title": "法规股股长", "unit_id": 7, "role": "联络员", "phone": "0372-5101007", "email": "zjj@shifan.example.cn", "created_at": "2026-12-01T21:17:42.678757+00:00", "id": 12, "left_on": null}', 'ecef0ee42b30709037418e49aa4c7a7893e75622110e860e62776d32f355924e', '4dc88e1fd42fa80731c96499cebf0bf742b4059c89597f96df0054af5572da42', 1);
INSERT INTO public.journal VALUES (31, '2026-12-01 21:17:42.681429+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'person', 13, NULL, 'null', '{"name": "梁红", "title": "法制股股长", "unit_id": 8, "role": "联络员", "phone": "0372-5101008", "email": "swj@shifan.example.cn", "created_at": "2026-12-01T21:17:42.680916+00:00", "id": 13, "left_on": null}', '4dc88e1fd42fa80731c96499cebf0bf742b4059c89597f96df0054af5572da42', 'e2b4db2fb8f7cc5515d0bd9947689b9e5820f3eeaa11475f5c3e8db0b2667422', 1);
INSERT INTO public.journal VALUES (32, '2026-12-01 21:17:42.68364+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'person', 14, NULL, 'null', '{"name": "宋佳", "title": "法规股股长", "unit_id": 9, "role": "联络员", "phone": "0372-5101009", "email": "scjgj@shifan.example.cn", "created_at": "2026-12-01T21:17:42.683125+00:00", "id": 14, "left_on": null}', 'e2b4db2fb8f7cc5515d0bd9947689b9e5820f3eeaa11475f5c3e8db0b2667422', 'ea0e1c39551aa6cb979bb532660cf5774c0c7c0cb9cad0c740b9bf5f2b325769', 1);
INSERT INTO public.journal VALUES (33, '2026-12-01 21:17:42.685708+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'person', 15, NULL, 'null', '{"name": "唐亮", "title": "副局长", "unit_id": 10, "role": "联络员", "phone": "0372-5101010", "email": "xfj@shifan.example.cn", "created_at": "2026-12-01T21:17:42.685110+00:00", "id": 15, "left_on": null}', 'ea0e1c39551aa6cb979bb532660cf5774c0c7c0cb9cad0c740b9bf5f2b325769', '08fa9ae217ebffa6f4465498d579b2550c55a99a4e59c24c18b6d11c6db1c9a9', 1);
INSERT INTO public.journal VALUES (34, '2026-12-01 21:17:42.687866+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'person', 16, NULL, 'null', '{"name": "韩冰", "title": "法制大队大队长", "unit_id": 11, "role": "联络员", "phone": "0372-5101011", "email": "gaj@shifan.example.cn", "created_at": "2026-12-01T21:17:42.687341+00:00", "id": 16, "left_on": null}', '08fa9ae217ebffa6f4465498d579b2550c55a99a4e59c24c18b6d11c6db1c9a9', 'a432a74421046343e5a876004536005cff8080fdd3a6669aa849a918df5ab6d1', 1);
INSERT INTO public.journal VALUES (35, '2026-12-01 21:17:42.689863+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'person', 17, NULL, 'null', '{"name": "冯雪", "title": "法规股股长", "unit_id": 12, "role": "联络员", "phone": "0372-5101012", "email": "sthj@shifan.example.cn", "created_at": "2026-12-01T21:17:42.689295+00:00", "id": 17, "left_on": null}', 'a432a74421046343e5a876004536005cff8080fdd3a6669aa849a918df5ab6d1', '77126b8e74f3d5089c8aff912d305e89fa3dcc236ff44db97aa87df3134eb1cd', 1);
INSERT INTO public.journal VALUES (36, '2026-12-01 21:17:42.69182+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'person', 18, NULL, 'null', '{"name": "邓凯", "title": "法规股股长", "unit_id": 13, "role": "联络员", "phone": "0372-5101013", "email": "cgj@shifan.example.cn", "created_at": "2026-12-01T21:17:42.691298+00:00", "id": 18, "left_on": null}', '77126b8e74f3d5089c8aff912d305e89fa3dcc236ff44db97aa87df3134eb1cd', '8522a2b00eb4a6c79f06ea0be70ec38bdfc49c1169118a868bb187e941b36306', 1);
INSERT INTO public.journal VALUES (37, '2026-12-01 21:17:42.694397+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'person', 19, NULL, 'null', '{"name": "许文", "title": "行政审判庭庭长", "unit_id": 14, "role": "联络员", "phone": "0372-5101014", "email": "fy@shifan.example.cn", "created_at": "2026-12-01T21:17:42.693654+00:00", "id": 19, "left_on": null}', '8522a2b00eb4a6c79f06ea0be70ec38bdfc49c1169118a868bb187e941b36306', '7f1dc9cd0402e113104eca70f4230cc11018c11642ab382b4b81be2d7c886279', 1);
INSERT INTO public.journal VALUES (38, '2026-12-01 21:17:42.696658+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'person', 20, NULL, 'null', '{"name": "曹阳", "title": "行政检察部主任", "unit_id": 15, "role": "联络员", "phone": "0372-5101015", "email": "jcy@shifan.example.cn", "created_at": "2026-12-01T21:17:42.696047+00:00", "id": 20, "left_on": null}', '7f1dc9cd0402e113104eca70f4230cc11018c11642ab382b4b81be2d7c886279', '330f292b828f2ea2dbc34a5923dfe1eb1dba3bda98a9ceb8dce67339a611782c', 1);
INSERT INTO public.journal VALUES (39, '2026-12-01 21:17:42.698653+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'person', 21, NULL, 'null', '{"name": "彭程", "title": "司法所所长", "unit_id": 16, "role": "联络员", "phone": "0372-5101016", "email": "cgz@shifan.example.cn", "created_at": "2026-12-01T21:17:42.698166+00:00", "id": 21, "left_on": null}', '330f292b828f2ea2dbc34a5923dfe1eb1dba3bda98a9ceb8dce67339a611782c', '3bad315a8eca9e5dd65520da148bc0e3511a8f26e25d6b3461dc3d63e6af7a73', 1);
INSERT INTO public.journal VALUES (40, '2026-12-01 21:17:42.70071+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'person', 22, NULL, 'null', '{"name": "袁媛", "title": "司法所所长", "unit_id": 17, "role": "联络员", "phone": "0372-5101017", "email": "dcjd@shifan.example.cn", "created_at": "2026-12-01T21:17:42.700214+00:00", "id": 22, "left_on": null}', '3bad315a8eca9e5dd65520da148bc0e3511a8f26e25d6b3461dc3d63e6af7a73', '3cf0ce718c91b395381f0cd69f06841bdf81b2e771d972ef7f8c4c8116c493d8', 1);
INSERT INTO public.journal VALUES (41, '2026-12-01 21:17:42.761279+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'case', 1, 1, 'null', '{"category": "行政诉讼", "case_no": "（2024）豫0591行初15号", "no_kind": "案号", "year": 2024, "court_code": "豫0591", "court_level": "基层", "type_code": "行初", "type_name": "行政一审案件", "case_family": "行政", "instance": "一审", "field": "土地征收", "unit_id": 6, "court": "", "received_on": "2024-03-15", "filed_on": "2024-03-15", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "不服征收补偿决定", "created_at": "2026-12-01T21:17:42.754011+00:00", "updated_at": "2026-12-01T21:17:42.754011+00:00", "act_kind": "", "loss_reasons": "", "withdrawal_kind": "", "joint_respondent": null, "norm_review": null, "typical": false, "typical_note": "", "id": 1}', '3cf0ce718c91b395381f0cd69f06841bdf81b2e771d972ef7f8c4c8116c493d8', '81fdb71638f0c7663cf7c11e43918c2f3bb97651f25ef04f69ef1a3f41e40235', 41);
INSERT INTO public.journal VALUES (42, '2026-12-01 21:17:42.772067+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'party', 1, NULL, 'null', '{"name": "张三", "kind": "自然人", "id_kind": "身份证", "id_number": "410502********1232", "created_at": "2026-12-01T21:17:42.768758+00:00", "id": 1}', '81fdb71638f0c7663cf7c11e43918c2f3bb97651f25ef04f69ef1a3f41e40235', '7ef6e6cc490c916c958620acee833583669536647b5ecbe2fbba0ab37b11fb4b', 41);
INSERT INTO public.journal VALUES (43, '2026-12-01 21:17:42.777052+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'case_party', 1, 1, 'null', '{"case_id": 1, "party_id": 1, "role": "原告", "id": 1, "party": "张三"}', '7ef6e6cc490c916c958620acee833583669536647b5ecbe2fbba0ab37b11fb4b', '05115fd4a5aa3899d8133a5fd1f12ac8d60b8b2170227f81a85ef5e5a916329b', 41);
INSERT INTO public.journal VALUES (44, '2026-12-01 21:17:42.779837+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'party', 2, NULL, 'null', '{"name": "示范县建工集团", "kind": "法人或其他组织", "id_kind": "统一社会信用代码", "id_number": "91340503MA2N0001XG", "created_at": "2026-12-01T21:17:42.778623+00:00", "id": 2}', '05115fd4a5aa3899d8133a5fd1f12ac8d60b8b2170227f81a85ef5e5a916329b', '743fa074d04f4a0f27095ab141644f4e1f382e4c9b8cdf65c3ba8e3d75499dd9', 41);
INSERT INTO public.journal VALUES (45, '2026-12-01 21:17:42.782345+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'case_party', 2, 1, 'null', '{"case_id": 1, "party_id": 2, "role": "原告", "id": 2, "party": "示范县建工集团"}', '743fa074d04f4a0f27095ab141644f4e1f382e4c9b8cdf65c3ba8e3d75499dd9', '2e5988de64bd1129fc3aa5d784db4b0bad68e4444df0e5274952ecc20f8d0ba6', 41);
INSERT INTO public.journal VALUES (46, '2026-12-01 21:17:42.824005+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'case', 2, 2, 'null', '{"category": "行政复议", "case_no": "示政复〔2024〕12号", "no_kind": "自编号", "year": null, "court_code": null, "court_level": null, "type_code": null, "type_name": null, "case_family": null, "instance": null, "field": "", "unit_id": 5, "court": "", "received_on": "2024-04-02", "filed_on": "2024-04-02", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "", "created_at": "2026-12-01T21:17:42.820351+00:00", "updated_at": "2026-12-01T21:17:42.820351+00:00", "act_kind": "", "loss_reasons": "", "withdrawal_kind": "", "joint_respondent": null, "norm_review": null, "typical": false, "typical_note": "", "id": 2}', '2e5988de64bd1129fc3aa5d784db4b0bad68e4444df0e5274952ecc20f8d0ba6', 'fcb50964ce1a3d92b9cf372d6bc8fd5bb93c79cb406c270aab0eef94068fc19b', 46);
INSERT INTO public.journal VALUES (47, '2026-12-01 21:17:42.831839+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'party', 3, NULL, 'null', '{"name": "李四", "kind": "自然人", "id_kind": "", "id_number": null, "created_at": "2026-12-01T21:17:42.831006+00:00", "id": 3}', 'fcb50964ce1a3d92b9cf372d6bc8fd5bb93c79cb406c270aab0eef94068fc19b', 'b27267ec7699c1b25f9b5ee5490435a5a8b4c795055513b25ddcd345121db4b5', 46);
INSERT INTO public.journal VALUES (48, '2026-12-01 21:17:42.834656+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'case_party', 3, 2, 'null', '{"case_id": 2, "party_id": 3, "role": "申请人", "id": 3, "party": "李四"}', 'b27267ec7699c1b25f9b5ee5490435a5a8b4c795055513b25ddcd345121db4b5', 'de22c46a8394276360f1767b298ad0a0dd2beb209aceeb2c546255b616a473db', 46);
INSERT INTO public.journal VALUES (49, '2026-12-01 21:17:42.869994+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'case_event', 1, 1, 'null', '{"case_id": 1, "kind": "开庭", "occurred_on": "2024-05-20", "note": "", "created_at": "2026-12-01T21:17:42.865254+00:00", "id": 1}', 'de22c46a8394276360f1767b298ad0a0dd2beb209aceeb2c546255b616a473db', '18e42b531244aa405cba90450073ffbfa9d1b3e929aecdf33d87ce72e98a4aa9', 49);
INSERT INTO public.journal VALUES (50, '2026-12-01 21:17:42.875541+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'update', 'case', 1, 1, '{"court_code": "豫0591", "court": "", "is_correction": false, "claimed_fen": null, "loss_reasons": "", "court_level": "基层", "received_on": "2024-03-15", "is_judgment": false, "recovered_fen": null, "withdrawal_kind": "", "category": "行政诉讼", "type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "resolved": null, "joint_respondent": null, "id": 1, "type_name": "行政一审案件", "heard_on": null, "is_withdrawn": false, "group_size": null, "norm_review": null, "case_no": "（2024）豫0591行初15号", "case_family": "行政", "closed_on": null, "risk_level": "", "summary": "不服征收补偿决定", "typical": false, "no_kind": "案号", "instance": "一审", "status": "在办", "heard": null, "created_at": "2026-12-01T21:17:42.754011+00:00", "typical_note": "", "year": 2024, "field": "土地征收", "outcome": null, "head_appeared": null, "updated_at": "2026-12-01T21:17:42.754011+00:00", "unit_id": 6, "is_loss": false, "head_rank": null, "act_kind": ""}', '{"court_code": "豫0591", "court": "", "is_correction": false, "claimed_fen": null, "loss_reasons": "", "court_level": "基层", "received_on": "2024-03-15", "is_judgment": false, "recovered_fen": null, "withdrawal_kind": "", "category": "行政诉讼", "type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "resolved": null, "joint_respondent": null, "id": 1, "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_withdrawn": false, "group_size": null, "norm_review": null, "case_no": "（2024）豫0591行初15号", "case_family": "行政", "closed_on": null, "risk_level": "", "summary": "不服征收补偿决定", "typical": false, "no_kind": "案号", "instance": "一审", "status": "在办", "heard": true, "created_at": "2026-12-01T21:17:42.754011+00:00", "typical_note": "", "year": 2024, "field": "土地征收", "outcome": null, "head_appeared": null, "updated_at": "2026-12-01T21:17:42.873805+00:00", "unit_id": 6, "is_loss": false, "head_rank": null, "act_kind": ""}', '18e42b531244aa405cba90450073ffbfa9d1b3e929aecdf33d87ce72e98a4aa9', '437c6a061564af0a561665ab084615e4a45537abbc52018c667c13f01c8950b5', 49);
INSERT INTO public.journal VALUES (95, '2026-12-01 21:17:45.620318+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'attendance', 1, NULL, 'null', '{"meeting_id": 2, "role": "列席", "person_id": null, "unit_id": null, "name": "李律师", "note": "", "affiliation": "某律师事务所", "headcount": null, "id": 1}', '6249bfaf0ae3389ee0ecbaccfa45a41d198f3c44acc625afeb502905e7a98a44', 'c22d98fa6cd90733bd5b101b24ee70c6892b1b5ec6cb4237adfb60e47711ef3c', 95);
INSERT INTO public.journal VALUES (51, '2026-12-01 21:17:42.90184+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'update', 'case', 1, 1, '{"court_code": "豫0591", "court": "", "is_correction": false, "claimed_fen": null, "loss_reasons": "", "court_level": "基层", "received_on": "2024-03-15", "is_judgment": false, "recovered_fen": null, "withdrawal_kind": "", "category": "行政诉讼", "type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "resolved": null, "joint_respondent": null, "id": 1, "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_withdrawn": false, "group_size": null, "norm_review": null, "case_no": "（2024）豫0591行初15号", "case_family": "行政", "closed_on": null, "risk_level": "", "summary": "不服征收补偿决定", "typical": false, "no_kind": "案号", "instance": "一审", "status": "在办", "heard": true, "created_at": "2026-12-01T21:17:42.754011+00:00", "typical_note": "", "year": 2024, "field": "土地征收", "outcome": null, "head_appeared": null, "updated_at": "2026-12-01T21:17:42.873805+00:00", "unit_id": 6, "is_loss": false, "head_rank": null, "act_kind": ""}', '{"court_code": "豫0591", "court": "", "is_correction": false, "claimed_fen": null, "loss_reasons": "", "court_level": "基层", "received_on": "2024-03-15", "is_judgment": true, "recovered_fen": null, "withdrawal_kind": "", "category": "行政诉讼", "type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "resolved": null, "joint_respondent": null, "id": 1, "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_withdrawn": false, "group_size": null, "norm_review": null, "case_no": "（2024）豫0591行初15号", "case_family": "行政", "closed_on": "2024-06-28", "risk_level": "", "summary": "不服征收补偿决定", "typical": false, "no_kind": "案号", "instance": "一审", "status": "已结", "heard": true, "created_at": "2026-12-01T21:17:42.754011+00:00", "typical_note": "", "year": 2024, "field": "土地征收", "outcome": "驳回诉讼请求", "head_appeared": null, "updated_at": "2026-12-01T21:17:42.898286+00:00", "unit_id": 6, "is_loss": false, "head_rank": null, "act_kind": ""}', '437c6a061564af0a561665ab084615e4a45537abbc52018c667c13f01c8950b5', '981fe174477472c395ed3639b523747854280243e58ed61c4318497766074d6b', 51);
INSERT INTO public.journal VALUES (52, '2026-12-01 21:17:42.940448+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'update', 'case', 2, 2, '{"court_code": null, "court": "", "is_correction": false, "claimed_fen": null, "loss_reasons": "", "court_level": null, "received_on": "2024-04-02", "is_judgment": false, "recovered_fen": null, "withdrawal_kind": "", "category": "行政复议", "type_code": null, "filed_on": "2024-04-02", "is_settled": false, "resolved": null, "joint_respondent": null, "id": 2, "type_name": null, "heard_on": null, "is_withdrawn": false, "group_size": null, "norm_review": null, "case_no": "示政复〔2024〕12号", "case_family": null, "closed_on": null, "risk_level": "", "summary": "", "typical": false, "no_kind": "自编号", "instance": null, "status": "在办", "heard": null, "created_at": "2026-12-01T21:17:42.820351+00:00", "typical_note": "", "year": null, "field": "", "outcome": null, "head_appeared": null, "updated_at": "2026-12-01T21:17:42.820351+00:00", "unit_id": 5, "is_loss": false, "head_rank": null, "act_kind": ""}', '{"court_code": null, "court": "", "is_correction": true, "claimed_fen": null, "loss_reasons": "", "court_level": null, "received_on": "2024-04-02", "is_judgment": true, "recovered_fen": null, "withdrawal_kind": "", "category": "行政复议", "type_code": null, "filed_on": "2024-04-02", "is_settled": false, "resolved": null, "joint_respondent": null, "id": 2, "type_name": null, "heard_on": null, "is_withdrawn": false, "group_size": null, "norm_review": null, "case_no": "示政复〔2024〕12号", "case_family": null, "closed_on": "2024-06-01", "risk_level": "", "summary": "", "typical": false, "no_kind": "自编号", "instance": null, "status": "已结", "heard": null, "created_at": "2026-12-01T21:17:42.820351+00:00", "typical_note": "", "year": null, "field": "", "outcome": "撤销", "head_appeared": null, "updated_at": "2026-12-01T21:17:42.936888+00:00", "unit_id": 5, "is_loss": false, "head_rank": null, "act_kind": ""}', '981fe174477472c395ed3639b523747854280243e58ed61c4318497766074d6b', '8fb32eb654791023e7ec2e89910e5e7269c402cf6125bc2d3b4ac89186ee4ddd', 52);
INSERT INTO public.journal VALUES (53, '2026-12-01 21:17:43.020851+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'meeting', 1, NULL, 'null', '{"year": 2024, "issue_no": 1, "series": "联席会议", "series_no": 1, "kind": "联席会议", "held_on": "2024-06-20", "place": "", "chair": "王县长", "topics": "征收补偿争议化解", "opening": "", "parts": [], "created_at": "2026-12-01T21:17:43.017031+00:00", "id": 1, "issued_on": null}', '8fb32eb654791023e7ec2e89910e5e7269c402cf6125bc2d3b4ac89186ee4ddd', 'a1c1bbaa325727946e740cc6917854027fa4f78fd21062e6a1e7fe206c12fcfb', 53);
INSERT INTO public.journal VALUES (54, '2026-12-01 21:17:43.059443+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'task', 1, NULL, 'null', '{"source": "议定事项", "content": "建立征收补偿争议会商机制", "lead_unit_id": 6, "leader": "", "due_on": "2024-09-30", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": 1, "decision_no": 1, "suggestion_id": null, "list_no": "", "list_section": "", "list_order": null, "item_id": null, "lead_group": "", "recurrence": "", "period": "", "approved_meeting_id": null, "note": "", "created_at": "2026-12-01T21:17:43.054245+00:00", "updated_at": "2026-12-01T21:17:43.054245+00:00", "id": 1, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": ["示范县司法局"]}', 'a1c1bbaa325727946e740cc6917854027fa4f78fd21062e6a1e7fe206c12fcfb', '415522bb891c066a536d2a27e8b03c0db37bd5e8a027168d4504e055bcb1ca57', 54);
INSERT INTO public.journal VALUES (55, '2026-12-01 21:17:43.107628+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'task', 2, NULL, 'null', '{"source": "双清单", "content": "清理行政协议履约情况", "lead_unit_id": 5, "leader": "", "due_on": "2024-08-31", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "", "list_section": "", "list_order": null, "item_id": null, "lead_group": "", "recurrence": "", "period": "", "approved_meeting_id": null, "note": "", "created_at": "2026-12-01T21:17:43.104141+00:00", "updated_at": "2026-12-01T21:17:43.104141+00:00", "id": 2, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": []}', '415522bb891c066a536d2a27e8b03c0db37bd5e8a027168d4504e055bcb1ca57', 'baaa0763ad4bb1f46eab8f5eb1da72ea91c9d8e92dbf54419839336926a671f0', 55);
INSERT INTO public.journal VALUES (56, '2026-12-01 21:17:43.138823+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'task_progress', 1, NULL, 'null', '{"task_id": 1, "reported_on": "2024-10-15", "note": "已召开专题会", "author": "", "created_at": "2026-12-01T21:17:43.134908+00:00", "id": 1}', 'baaa0763ad4bb1f46eab8f5eb1da72ea91c9d8e92dbf54419839336926a671f0', 'debbce51d9875ac92066ec10264454d23f6ba6a8ca19936eb429f638618063f9', 56);
INSERT INTO public.journal VALUES (57, '2026-12-01 21:17:43.183008+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'suggestion', 1, NULL, 'null', '{"kind": "司法建议", "doc_no": "示法建〔2024〕3号", "issuer": "示范县人民法院", "unit_id": 6, "received_on": "2024-05-06", "reply_due": "2024-07-08", "reply_due_rule": "2个月", "reply_due_provisional": false, "summary": "规范征收补偿程序", "created_at": "2026-12-01T21:17:43.177321+00:00", "id": 1, "replied_on": null, "reply_summary": "", "adopted": null, "adoption": null, "verified_on": null, "cases": []}', 'debbce51d9875ac92066ec10264454d23f6ba6a8ca19936eb429f638618063f9', '86c48a9d4e904a183ce84b45e229cc8390ed77390474bda9ff00842478aef60a', 57);
INSERT INTO public.journal VALUES (96, '2026-12-01 21:17:45.679632+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'attendance', 2, NULL, 'null', '{"meeting_id": 2, "role": "出席", "person_id": null, "unit_id": 5, "name": "示范县人力资源局", "note": "", "affiliation": "", "headcount": 2, "id": 2}', 'c22d98fa6cd90733bd5b101b24ee70c6892b1b5ec6cb4237adfb60e47711ef3c', '68e9f312c77786603fa561b091d36366e1c82884242701f6af3954027a968b8f', 96);
INSERT INTO public.journal VALUES (58, '2026-12-01 21:17:43.224754+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'case', 3, 3, 'null', '{"category": "行政诉讼", "case_no": "（2024）豫05行终8号", "no_kind": "案号", "year": 2024, "court_code": "豫05", "court_level": "中级", "type_code": "行终", "type_name": "行政二审案件", "case_family": "行政", "instance": "二审", "field": "", "unit_id": 6, "court": "", "received_on": "2024-08-01", "filed_on": "2024-08-01", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "", "created_at": "2026-12-01T21:17:43.222301+00:00", "updated_at": "2026-12-01T21:17:43.222301+00:00", "act_kind": "", "loss_reasons": "", "withdrawal_kind": "", "joint_respondent": null, "norm_review": null, "typical": false, "typical_note": "", "id": 3}', '86c48a9d4e904a183ce84b45e229cc8390ed77390474bda9ff00842478aef60a', '488ebbeccc6ca1cd535de0c5b6e385656e23b9b3c4ba46591de1a0a368836c35', 58);
INSERT INTO public.journal VALUES (59, '2026-12-01 21:17:43.232955+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'case_link', 1, 3, 'null', '{"case_id": 3, "related_id": 1, "created_at": "2026-12-01T21:17:43.230845+00:00", "id": 1, "case": "（2024）豫05行终8号", "related": "（2024）豫0591行初15号"}', '488ebbeccc6ca1cd535de0c5b6e385656e23b9b3c4ba46591de1a0a368836c35', '3e68ea357cd8e32bad5bc3f0830356568642b256246b8d29d4d74f3c0b32e66a', 58);
INSERT INTO public.journal VALUES (60, '2026-12-01 21:17:43.350508+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'update', 'suggestion', 1, NULL, '{"id": 1, "issuer": "示范县人民法院", "received_on": "2024-05-06", "reply_due_rule": "2个月", "replied_on": null, "adopted": null, "verified_on": null, "created_at": "2026-12-01T21:17:43.177321+00:00", "unit_id": 6, "kind": "司法建议", "doc_no": "示法建〔2024〕3号", "reply_due": "2024-07-08", "reply_due_provisional": false, "reply_summary": "", "adoption": null, "summary": "规范征收补偿程序"}', '{"id": 1, "issuer": "示范县人民法院", "received_on": "2024-05-06", "reply_due_rule": "2个月", "replied_on": "2024-06-01", "adopted": true, "verified_on": null, "created_at": "2026-12-01T21:17:43.177321+00:00", "unit_id": 6, "kind": "司法建议", "doc_no": "示法建〔2024〕3号", "reply_due": "2024-07-08", "reply_due_provisional": false, "reply_summary": "", "adoption": "部分采纳", "summary": "规范征收补偿程序"}', '3e68ea357cd8e32bad5bc3f0830356568642b256246b8d29d4d74f3c0b32e66a', '7e946d29a7c960832c0f3d80ca2b3496407f95216b3376d9b6d39b2a81328c95', 60);
INSERT INTO public.journal VALUES (61, '2026-12-01 21:17:43.456957+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'notice', 1, NULL, 'null', '{"stage": "督办", "unit_id": 5, "issued_on": "2024-10-15", "year": 2024, "number": 1, "reply_due": "2024-10-22", "created_at": "2026-12-01T21:17:43.448471+00:00", "id": 1, "acknowledged_on": null, "issuer": "", "tasks": [2], "suggestions": []}', '7e946d29a7c960832c0f3d80ca2b3496407f95216b3376d9b6d39b2a81328c95', '5d1fd79196ace0de026ce08b64c7c0218c9a7f90eb418bb404bb1583718677ca', 61);
INSERT INTO public.journal VALUES (62, '2026-12-01 21:17:43.463269+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'notice', 2, NULL, 'null', '{"stage": "催办", "unit_id": 6, "issued_on": "2024-10-15", "year": null, "number": null, "reply_due": null, "created_at": "2026-12-01T21:17:43.448471+00:00", "id": 2, "acknowledged_on": null, "issuer": "", "tasks": [1], "suggestions": []}', '5d1fd79196ace0de026ce08b64c7c0218c9a7f90eb418bb404bb1583718677ca', 'b096a286976ef6fd46fc67d27dff74a0994b4badedb5b640d03b4860ed1344e9', 61);
INSERT INTO public.journal VALUES (63, '2026-12-01 21:17:43.539634+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'notice_reply', 1, NULL, 'null', '{"notice_id": 1, "replied_on": "2024-10-15", "summary": "已书面报送办理情况", "created_at": "2026-12-01T21:17:43.528588+00:00", "id": 1, "file_name": "", "file_size": 0, "file_sha256": "", "file_data": null}', 'b096a286976ef6fd46fc67d27dff74a0994b4badedb5b640d03b4860ed1344e9', '467ab7fe4ff8fa57ed055dea04920f381ce109f5fab048baed61a396d34afe6a', 63);
INSERT INTO public.journal VALUES (64, '2026-12-01 21:17:43.546355+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'update', 'notice', 1, NULL, '{"issued_on": "2024-10-15", "id": 1, "number": 1, "acknowledged_on": null, "created_at": "2026-12-01T21:17:43.448471+00:00", "year": 2024, "stage": "督办", "unit_id": 5, "reply_due": "2024-10-22", "issuer": ""}', '{"issued_on": "2024-10-15", "id": 1, "number": 1, "acknowledged_on": "2024-10-15", "created_at": "2026-12-01T21:17:43.448471+00:00", "year": 2024, "stage": "督办", "unit_id": 5, "reply_due": "2024-10-22", "issuer": ""}', '467ab7fe4ff8fa57ed055dea04920f381ce109f5fab048baed61a396d34afe6a', '203c469d56e5544f101269f615da87bbd9f0be069da8e6548b79ecc32db4adf8', 63);
INSERT INTO public.journal VALUES (65, '2026-12-01 21:17:43.673266+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'bulletin', 1, NULL, 'null', '{"year": 2024, "number": 1, "period_year": 2024, "quarter": 3, "issued_on": "2024-10-15", "issuer": "", "data": {"start": "2024-07-01", "end": "2024-09-30", "black": [{"unit_id": 5, "unit": "县人社局", "open_late": 1, "done_late": 0, "suggestions_late": 0, "replies_missing": 0, "replies_late": 0, "text": "逾期未办结事项1项"}], "red": [{"unit_id": 6, "unit": "县自然资源局", "due": 1}]}, "created_at": "2026-12-01T21:17:43.669258+00:00", "id": 1}', '203c469d56e5544f101269f615da87bbd9f0be069da8e6548b79ecc32db4adf8', '7cbe304f91216a4b66dfa3c57da5b2ce7d0d28d666d212308585db3fd7b0d8e8', 65);
INSERT INTO public.journal VALUES (66, '2026-12-01 21:17:43.859548+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'report_snapshot', 1, NULL, 'null', '{"year": 2024, "quarter": 2, "scope": "", "published_at": "2026-12-01T21:17:43.849553+00:00", "published_by": "测试员@postgres", "data": {"period": {"year": 2024, "quarter": 2, "kind": "quarter", "code": "2024Q2", "label": "2024年第二季度", "start": "2024-04-01", "end": "2024-06-30", "as_of": "2024-06-30", "complete": true}, "compare": {"last_year": {"year": 2023, "quarter": 2, "kind": "quarter", "code": "2023Q2", "label": "2023年第二季度", "start": "2023-04-01", "end": "2023-06-30"}, "previous": {"year": 2024, "quarter": 1, "kind": "quarter", "code": "2024Q1", "label": "2024年第一季度", "start": "2024-01-01", "end": "2024-03-31"}, "text": "同比与2023年第二季度比较，环比与2024年第一季度比较"}, "office": {"name": "示范县府院联动联席会议办公室", "region": "示范县", "meeting_name": "示范县府院联动联席会议"}, "scope": {"unit": null, "region": null}, "settings": {"loss_rate_denominator": "closed", "loss_rate_outcome": "first_instance", "reconsideration_correction_denominator": "decided", "settlement_includes_withdrawal": false, "head_appearance_principal_only": false, "enforcement_closed_includes_terminated": false, "resolution_includes_withdrawn_suits": true, "population_region": "示范县", "population": null, "unranked_kinds": ["法院", "检察院"], "successor": false}, "definitions": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "kind": "count", "unit": "件", "numerator": "本期新收的一审行政诉讼案件（被告为本地行政机关或乡镇街道），按案号计", "denominator": "", "basis": "立案日期", "setting": "", "note": "", "money": false}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关败诉的案件（撤销、变更、责令履行、确认违法、确认无效、判决赔偿或补偿）", "denominator": "本期审结的一审行政诉讼案件（被告为本地行政机关或乡镇街道）", "basis": "结案日期", "setting": "indicators.loss_rate_denominator", "note": "行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "money": false}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关负责人（正职或分管副职）出庭应诉的案件", "denominator": "本期开庭审理的行政诉讼案件（书面审理不计）", "basis": "开庭日期", "setting": "indicators.head_appearance_principal_only", "note": "负责人出庭应诉率计入正职和分管副职负责人出庭", "money": false}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "kind": "rate", "unit": "%", "numerator": "其中以撤销、变更、确认违法、责令履行或确认无效决定纠错的案件", "denominator": "本期以复议决定结案的行政复议案件（不含调解、和解、撤回）", "basis": "结案日期", "setting": "indicators.reconsideration_correction_denominator", "note": "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "money": false}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "kind": "rate", "unit": "%", "numerator": "其中以调解或和解结案的案件", "denominator": "本期审结的全部行政复议案件", "basis": "结案日期", "setting": "indicators.settlement_includes_withdrawal", "note": "行政复议调解和解率不含撤回申请结案的案件", "money": false}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "kind": "rate", "unit": "%", "numerator": "其中标记为实质性化解（未再进入诉讼或信访）的案件", "denominator": "本期办结的行政争议（行政复议、诉前调解、行政调解，及标记为实质性化解的行政诉讼协调撤诉）", "basis": "结案日期", "setting": "indicators.resolution_includes_withdrawn_suits", "note": "", "money": false}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "kind": "rate", "unit": "%", "numerator": "其中调解成功的案件", "denominator": "本期办结的诉前调解案件", "basis": "结案日期", "setting": "", "note": "", "money": false}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "kind": "count", "unit": "件", "numerator": "本期执结的涉行政机关执行案件（终结本次执行不计为执结）", "denominator": "", "basis": "结案日期", "setting": "indicators.enforcement_closed_includes_terminated", "note": "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）", "money": false}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "kind": "amount", "unit": "元", "numerator": "本期执结的涉行政机关执行案件的执行到位金额", "denominator": "", "basis": "结案日期", "setting": "", "note": "", "money": true}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "kind": "rate", "unit": "%", "numerator": "执行到位金额", "denominator": "本期执结且登记了申请执行标的的涉行政机关执行案件的标的金额", "basis": "结案日期", "setting": "", "note": "", "money": true}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "kind": "rate", "unit": "%", "numerator": "其中已反馈的司法建议、检察建议（不论是否逾期）", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "kind": "rate", "unit": "%", "numerator": "其中在反馈期限内反馈的司法建议、检察建议", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "kind": "rate", "unit": "%", "numerator": "其中按期完成的事项", "denominator": "完成时限在本期（截至统计日）的双清单事项", "basis": "完成时限", "setting": "", "note": "", "money": false}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "kind": "per_10k", "unit": "件/万人", "numerator": "本期新收的一审民事、行政案件（法院提供的收案数；未录入时按台账登记的案件）", "denominator": "常住人口（fylink report figure set 录入，或配置项 indicators.population；按万人计）", "basis": "立案日期", "setting": "indicators.population", "note": "", "money": false}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "kind": "count", "unit": "件", "numerator": "统计日已过完成时限而未完成的双清单事项（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "kind": "count", "unit": "件", "numerator": "统计日已过反馈期限而未反馈的司法建议、检察建议（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}}, "notes": ["行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "负责人出庭应诉率计入正职和分管副职负责人出庭", "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "行政复议调解和解率不含撤回申请结案的案件", "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）"], "warnings": ["未录入示范县的常住人口（fylink report figure set 常住人口 …，或配置项 indicators.population），不计算万人成讼率", "以下指标的比较基数不足10件，增减幅度仅供参考：行政诉讼发案量（上期1件）"], "figures": {"region": "示范县", "used": {}, "sources": [], "numerator_from": "台账"}, "indicators": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": -100.0, "qoq_display": "↓ -100.0%（基数小）", "qoq_text": "减少100.0%（基数较小：上期仅1件）", "qoq_small_base": 1, "previous": {"numerator": 1, "denominator": null, "value": 1, "display": "1"}}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "unit": "%", "numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "unit": "元", "numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "unit": "%", "numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "unit": "件/万人", "numerator": 0, "denominator": null, "value": null, "display": "—", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 1, "denominator": null, "value": null, "display": "—"}}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}}, "double_decline": {"achieved": null, "litigation_filed_down": false, "loss_rate_down": null, "text": "无法判断是否实现“双下降”：本期或去年同期没有审结的一审行政诉讼案件。行政诉讼发案量0件（去年同期0件）。"}, "units": [{"unit": "县税务局", "unit_name": "国家税务总局示范县税务局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 1}, {"unit": "东城街道", "unit_name": "示范县东城街道办事处", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 2}, {"unit": "县人社局", "unit_name": "示范县人力资源和社会保障局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 3}, {"unit": "县政府办", "unit_name": "示范县人民政府办公室", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 4}, {"unit": "县住建局", "unit_name": "示范县住房和城乡建设局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 5}, {"unit": "县信访局", "unit_name": "示范县信访局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 6}, {"unit": "县公安局", "unit_name": "示范县公安局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 7}, {"unit": "县发改委", "unit_name": "示范县发展和改革委员会", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 8}, {"unit": "县司法局", "unit_name": "示范县司法局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 9}, {"unit": "城关镇", "unit_name": "示范县城关镇人民政府", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 10}, {"unit": "县城管局", "unit_name": "示范县城市管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 11}, {"unit": "县市场监管局", "unit_name": "示范县市场监督管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 12}, {"unit": "县生态环境分局", "unit_name": "示范县生态环境分局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 13}, {"unit": "县自然资源局", "unit_name": "示范县自然资源局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": -100.0}, "loss_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 14}, {"unit": "县财政局", "unit_name": "示范县财政局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 15}], "ranking_note": "法院、检察院不是被考核单位，不列入单位排名（配置项 escalation.rank_consult_kinds = true 可列入）", "attention": {"as_of": "2024-06-30", "watched_enterprises": {"total": 0, "by_level": {"高": 0, "中": 0, "低": 0}, "in_bankruptcy": 0}, "unpaid_enforcement_total": 0, "unpaid_enforcement": [], "losses_total": 0, "losses": [], "overdue_tasks_total": 0, "overdue_tasks": [], "unanswered_suggestions_total": 0, "unanswered_suggestions": []}, "generated_on": "2024-10-15", "trend": [{"period": "2022Q3", "label": "2022年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2022Q4", "label": "2022年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q1", "label": "2023年1季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q2", "label": "2023年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q3", "label": "2023年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q4", "label": "2023年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q1", "label": "2024年1季度", "litigation_filed": 1, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q2", "label": "2024年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 1, "loss_rate": 0.0}]}, "id": 1}', '7cbe304f91216a4b66dfa3c57da5b2ce7d0d28d666d212308585db3fd7b0d8e8', '1f2c19b75fec484206be74b5149cb2710acc97ff093447c3fad85b5de5b39639', 66);
INSERT INTO public.journal VALUES (67, '2026-12-01 21:17:43.888486+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'journal_anchor', 1, NULL, 'null', '{"at": "2026-12-01T21:17:43.885643+00:00", "kind": "report", "label": "2024年第二季度", "seq": 66, "hash": "1f2c19b75fec484206be74b5149cb2710acc97ff093447c3fad85b5de5b39639", "mac": null, "id": 1}', '1f2c19b75fec484206be74b5149cb2710acc97ff093447c3fad85b5de5b39639', 'cbf54ac0cf1e3499e741ffc5060476d5bed1b6e251de7107a3bbe6c3b6e049bf', 66);
INSERT INTO public.journal VALUES (68, '2026-12-01 21:17:43.942076+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'unit_name', 1, NULL, 'null', '{"unit_id": 5, "name": "示范县人力资源和社会保障局", "short_name": "县人社局", "valid_from": null, "valid_until": "2024-08-31", "id": 1}', 'cbf54ac0cf1e3499e741ffc5060476d5bed1b6e251de7107a3bbe6c3b6e049bf', '948cad696ebc36eeb3adab9ae93618706bf67f9d0c99c12a7fe900ea9e002c9d', 68);
INSERT INTO public.journal VALUES (97, '2026-12-01 21:17:45.72942+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'attendance', 3, NULL, 'null', '{"meeting_id": 2, "role": "缺席", "person_id": null, "unit_id": 3, "name": "示范县司法局", "note": "", "affiliation": "", "headcount": null, "id": 3}', '68e9f312c77786603fa561b091d36366e1c82884242701f6af3954027a968b8f', '2b5e19ba4ac8bfd92822f8d4896770f783404ae3d0d0a5d8494bd3dd491ebf80', 97);
INSERT INTO public.journal VALUES (69, '2026-12-01 21:17:43.951707+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'update', 'unit', 5, NULL, '{"kind": "政府部门", "id": 5, "is_member": true, "liaison_phone": "0372-5101005", "note": "", "updated_at": "2026-12-01T21:17:42.572416+00:00", "merged_on": null, "name": "示范县人力资源和社会保障局", "short_name": "县人社局", "region": "示范县", "liaison_name": "何芳", "liaison_email": "rsj@shifan.example.cn", "created_at": "2026-12-01T21:17:42.572416+00:00", "merged_into_id": null}', '{"kind": "政府部门", "id": 5, "is_member": true, "liaison_phone": "0372-5101005", "note": "", "updated_at": "2026-12-01T21:17:43.950281+00:00", "merged_on": null, "name": "示范县人力资源局", "short_name": "县人社局", "region": "示范县", "liaison_name": "何芳", "liaison_email": "rsj@shifan.example.cn", "created_at": "2026-12-01T21:17:42.572416+00:00", "merged_into_id": null}', '948cad696ebc36eeb3adab9ae93618706bf67f9d0c99c12a7fe900ea9e002c9d', '0ade0caa8915e71d833476ca2ab72978b116be6dc966c4a5b8b80ac70513f70a', 68);
INSERT INTO public.journal VALUES (70, '2026-12-01 21:17:43.979186+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'person', 23, NULL, 'null', '{"name": "钱进", "title": "副局长", "unit_id": 3, "role": "成员", "phone": "", "email": "", "created_at": "2026-12-01T21:17:43.975864+00:00", "id": 23, "left_on": null}', '0ade0caa8915e71d833476ca2ab72978b116be6dc966c4a5b8b80ac70513f70a', '46b45c1ca3ad726a3424fa3ce12ceb7a2078b3b57315c90423e61cb3ed854304', 70);
INSERT INTO public.journal VALUES (71, '2026-12-01 21:17:44.056863+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'update', 'person', 23, NULL, '{"title": "副局长", "role": "成员", "name": "钱进", "email": "", "created_at": "2026-12-01T21:17:43.975864+00:00", "unit_id": 3, "id": 23, "phone": "", "left_on": null}', '{"title": "副局长", "role": "成员", "name": "钱进", "email": "", "created_at": "2026-12-01T21:17:43.975864+00:00", "unit_id": 3, "id": 23, "phone": "", "left_on": "2024-10-01", "reason": "调离"}', '46b45c1ca3ad726a3424fa3ce12ceb7a2078b3b57315c90423e61cb3ed854304', 'b7a21491d6faa9934bba91715abc662ffdfa1ba17c3592023031e8c95a9bc81c', 71);
INSERT INTO public.journal VALUES (72, '2026-12-01 21:17:44.140391+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'external_figure', 1, NULL, 'null', '{"region": "示范县", "year": 2023, "quarter": 0, "key": "population", "value": 812300, "source": "县统计局", "note": "", "created_at": "2026-12-01T21:17:44.118274+00:00", "updated_at": "2026-12-01T21:17:44.118274+00:00", "id": 1}', 'b7a21491d6faa9934bba91715abc662ffdfa1ba17c3592023031e8c95a9bc81c', '1e4ccab0eefbfeb4aa97ee773bd31938b512ba0e91b0c706c588f77b866dd9f1', 72);
INSERT INTO public.journal VALUES (73, '2026-12-01 21:17:44.291192+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'assess_record', 1, NULL, 'null', '{"unit_id": 7, "line_id": "B6", "occurred_on": "2024-07-01", "basis": "市报曝光〔2024〕3号", "level": "市", "points_x100": null, "note": "", "recorded_by": "测试员@postgres", "created_at": "2026-12-01T21:17:44.282095+00:00", "updated_at": "2026-12-01T21:17:44.282095+00:00", "id": 1, "file_name": "", "file_size": 0, "file_sha256": ""}', '1e4ccab0eefbfeb4aa97ee773bd31938b512ba0e91b0c706c588f77b866dd9f1', 'd9d1ebeb078cfebe6d91a29e83e51e5affda86b5d026bf88ffda82492a8e30a5', 73);
INSERT INTO public.journal VALUES (74, '2026-12-01 21:17:44.355863+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'assess_appeal', 1, NULL, 'null', '{"year": 2024, "unit_id": 7, "line_id": "B6", "reason": "报道所涉事项不属本单位职责", "filed_on": "2024-10-15", "created_at": "2026-12-01T21:17:44.344793+00:00", "updated_at": "2026-12-01T21:17:44.344793+00:00", "id": 1, "decision": null, "decided_on": null, "decision_note": "", "points_x100": null}', 'd9d1ebeb078cfebe6d91a29e83e51e5affda86b5d026bf88ffda82492a8e30a5', 'fcb18c9ff7ee3dd76472bed2dbe4d394c72cda3f130cfe985c449f130690448c', 74);
INSERT INTO public.journal VALUES (75, '2026-12-01 21:17:44.450991+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'party_alias', 1, NULL, 'null', '{"party_id": 2, "name": "示范县建工集团", "kind": "曾用名", "changed_on": "2024-09-01", "created_at": "2026-12-01T21:17:44.440522+00:00", "id": 1}', 'fcb18c9ff7ee3dd76472bed2dbe4d394c72cda3f130cfe985c449f130690448c', 'd22a0e59405a78494e4ad6f6c88d3e40a70d94d90567d371f024612336307286', 75);
INSERT INTO public.journal VALUES (76, '2026-12-01 21:17:44.46465+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'update', 'party', 2, NULL, '{"kind": "法人或其他组织", "id_number": "91340503MA2N0001XG", "name": "示范县建工集团", "id_kind": "统一社会信用代码", "id": 2, "created_at": "2026-12-01T21:17:42.778623+00:00"}', '{"kind": "法人或其他组织", "id_number": "91340503MA2N0001XG", "name": "示范县建工集团有限公司", "id_kind": "统一社会信用代码", "id": 2, "created_at": "2026-12-01T21:17:42.778623+00:00"}', 'd22a0e59405a78494e4ad6f6c88d3e40a70d94d90567d371f024612336307286', 'a6e92c35927b31c697a7c8bc2ce37e69202eff5c7198035c03e1c334ea573180', 75);
INSERT INTO public.journal VALUES (77, '2026-12-01 21:17:44.504249+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'party_watch', 1, NULL, 'null', '{"party_id": 2, "level": "高", "reason": "重点破产企业", "leader": "", "task_force": "", "since": "2024-10-15", "created_at": "2026-12-01T21:17:44.499256+00:00", "updated_at": "2026-12-01T21:17:44.499256+00:00", "id": 1}', 'a6e92c35927b31c697a7c8bc2ce37e69202eff5c7198035c03e1c334ea573180', '3930628e34a2d90f2737a3a340b70c9d9b8f2f280707e6f5f3e145425b12ffbc', 77);
INSERT INTO public.journal VALUES (78, '2026-12-01 21:17:44.535787+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'project', 1, NULL, 'null', '{"name": "锦绣家园小区", "kind": "问题楼盘", "unit_id": null, "leader": "", "households": 277, "people": null, "note": "", "created_at": "2026-12-01T21:17:44.530923+00:00", "updated_at": "2026-12-01T21:17:44.530923+00:00", "id": 1}', '3930628e34a2d90f2737a3a340b70c9d9b8f2f280707e6f5f3e145425b12ffbc', '9216ef2c9bfb6405aa505401a9845f2abc2fb996f612c778cf888540524f7c72', 78);
INSERT INTO public.journal VALUES (79, '2026-12-01 21:17:44.576339+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'project_case', 1, 2, 'null', '{"project_id": 1, "case_id": 2, "id": 1, "project": "锦绣家园小区", "case_no": "示政复〔2024〕12号"}', '9216ef2c9bfb6405aa505401a9845f2abc2fb996f612c778cf888540524f7c72', '51a7a1902ea53e8ea7673a9cf75e546a5cf98c422e69a46bec2d63de876c0a99', 79);
INSERT INTO public.journal VALUES (80, '2026-12-01 21:17:44.633908+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'task_subject', 1, NULL, 'null', '{"task_id": 2, "party_id": 2, "project_id": 1, "id": 1, "case_id": null}', '51a7a1902ea53e8ea7673a9cf75e546a5cf98c422e69a46bec2d63de876c0a99', '0be711b0f6275b04f313ea056e2cd62171b789edf01c965260f5045025e7134d', 80);
INSERT INTO public.journal VALUES (98, '2026-12-01 21:17:45.788606+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'task', 3, NULL, 'null', '{"source": "双清单", "content": "报送化解进展", "lead_unit_id": 6, "leader": "", "due_on": "2024-09-30", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "", "list_section": "", "list_order": null, "item_id": null, "lead_group": "", "recurrence": "每季度末", "period": "2024年第三季度", "approved_meeting_id": null, "note": "", "created_at": "2026-12-01T21:17:45.778727+00:00", "updated_at": "2026-12-01T21:17:45.778727+00:00", "id": 3, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": []}', '2b5e19ba4ac8bfd92822f8d4896770f783404ae3d0d0a5d8494bd3dd491ebf80', '8bb3ac7219110e3b4e81c4880795d89470e197f3a0cf778bba1954cfe1786007', 98);
INSERT INTO public.journal VALUES (81, '2026-12-01 21:17:44.685713+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'case', 4, 4, 'null', '{"category": "破产", "case_no": "（2024）豫0591破2号", "no_kind": "案号", "year": 2024, "court_code": "豫0591", "court_level": "基层", "type_code": "破", "type_name": "破产清算案件/破产重整案件/破产和解案件", "case_family": "破产", "instance": "其他", "field": "", "unit_id": 5, "court": "", "received_on": "2024-07-01", "filed_on": "2024-07-01", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "", "created_at": "2026-12-01T21:17:44.678467+00:00", "updated_at": "2026-12-01T21:17:44.678467+00:00", "act_kind": "", "loss_reasons": "", "withdrawal_kind": "", "joint_respondent": null, "norm_review": null, "typical": false, "typical_note": "", "id": 4}', '0be711b0f6275b04f313ea056e2cd62171b789edf01c965260f5045025e7134d', 'c473196b90f2b2d37983c98b15b2489d972a632858f7cf6d9d525e0ab63590af', 81);
INSERT INTO public.journal VALUES (82, '2026-12-01 21:17:44.697789+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'case_party', 4, 4, 'null', '{"case_id": 4, "party_id": 2, "role": "债务人", "id": 4, "party": "示范县建工集团有限公司"}', 'c473196b90f2b2d37983c98b15b2489d972a632858f7cf6d9d525e0ab63590af', '0ca0b618f810109dee17b5cba2e27d1a33f21de56f69a24cb5c23fd0ebf72aec', 81);
INSERT INTO public.journal VALUES (83, '2026-12-01 21:17:44.793292+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'bankruptcy', 1, 4, 'null', '{"case_id": 4, "procedure": "重整", "stage": "受理", "created_at": "2026-12-01T21:17:44.779925+00:00", "updated_at": "2026-12-01T21:17:44.779925+00:00", "id": 1, "administrator": "", "employee_claims_fen": null, "unpaid_workers": null}', '0ca0b618f810109dee17b5cba2e27d1a33f21de56f69a24cb5c23fd0ebf72aec', '1531701637a64494d4f38791d2b7b210643fbf84c7122536dc876fc34b373edd', 83);
INSERT INTO public.journal VALUES (84, '2026-12-01 21:17:44.883703+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'suggestion', 2, NULL, 'null', '{"kind": "司法建议", "doc_no": "示法建〔2024〕4号", "issuer": "示范县人民法院", "unit_id": 5, "received_on": "2024-09-02", "reply_due": "2024-11-04", "reply_due_rule": "2个月", "reply_due_provisional": false, "summary": "", "created_at": "2026-12-01T21:17:44.874238+00:00", "id": 2, "replied_on": null, "reply_summary": "", "adopted": null, "adoption": null, "verified_on": null, "cases": []}', '1531701637a64494d4f38791d2b7b210643fbf84c7122536dc876fc34b373edd', 'a7b6e67277ae99aad4f5525a8d489823b6f8db0e890820634033cd46928b6ca9', 84);
INSERT INTO public.journal VALUES (85, '2026-12-01 21:17:44.913144+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'suggestion_party', 1, NULL, 'null', '{"suggestion_id": 2, "party_id": 2, "id": 1, "party": "示范县建工集团有限公司"}', 'a7b6e67277ae99aad4f5525a8d489823b6f8db0e890820634033cd46928b6ca9', '4e7c14719b17e79e8d908a3a51bc705dbe43a4f6dea8f95fce7db0a4aa8dbfcd', 84);
INSERT INTO public.journal VALUES (86, '2026-12-01 21:17:45.050653+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'report_period_snapshot', 1, NULL, 'null', '{"period": "2024H1", "year": 2024, "scope": "", "published_at": "2026-12-01T21:17:45.038086+00:00", "published_by": "测试员@postgres", "data": {"period": {"year": 2024, "quarter": null, "kind": "half", "code": "2024H1", "label": "2024年上半年", "start": "2024-01-01", "end": "2024-06-30", "as_of": "2024-06-30", "complete": true}, "compare": {"last_year": {"year": 2023, "quarter": null, "kind": "half", "code": "2023H1", "label": "2023年上半年", "start": "2023-01-01", "end": "2023-06-30"}, "previous": {"year": 2023, "quarter": null, "kind": "half", "code": "2023H2", "label": "2023年下半年", "start": "2023-07-01", "end": "2023-12-31"}, "text": "同比与2023年上半年比较，环比与2023年下半年比较"}, "office": {"name": "示范县府院联动联席会议办公室", "region": "示范县", "meeting_name": "示范县府院联动联席会议"}, "scope": {"unit": null, "region": null}, "settings": {"loss_rate_denominator": "closed", "loss_rate_outcome": "first_instance", "reconsideration_correction_denominator": "decided", "settlement_includes_withdrawal": false, "head_appearance_principal_only": false, "enforcement_closed_includes_terminated": false, "resolution_includes_withdrawn_suits": true, "population_region": "示范县", "population": 812300, "unranked_kinds": ["法院", "检察院"], "successor": false}, "definitions": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "kind": "count", "unit": "件", "numerator": "本期新收的一审行政诉讼案件（被告为本地行政机关或乡镇街道），按案号计", "denominator": "", "basis": "立案日期", "setting": "", "note": "", "money": false}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关败诉的案件（撤销、变更、责令履行、确认违法、确认无效、判决赔偿或补偿）", "denominator": "本期审结的一审行政诉讼案件（被告为本地行政机关或乡镇街道）", "basis": "结案日期", "setting": "indicators.loss_rate_denominator", "note": "行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "money": false}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关负责人（正职或分管副职）出庭应诉的案件", "denominator": "本期开庭审理的行政诉讼案件（书面审理不计）", "basis": "开庭日期", "setting": "indicators.head_appearance_principal_only", "note": "负责人出庭应诉率计入正职和分管副职负责人出庭", "money": false}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "kind": "rate", "unit": "%", "numerator": "其中以撤销、变更、确认违法、责令履行或确认无效决定纠错的案件", "denominator": "本期以复议决定结案的行政复议案件（不含调解、和解、撤回）", "basis": "结案日期", "setting": "indicators.reconsideration_correction_denominator", "note": "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "money": false}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "kind": "rate", "unit": "%", "numerator": "其中以调解或和解结案的案件", "denominator": "本期审结的全部行政复议案件", "basis": "结案日期", "setting": "indicators.settlement_includes_withdrawal", "note": "行政复议调解和解率不含撤回申请结案的案件", "money": false}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "kind": "rate", "unit": "%", "numerator": "其中标记为实质性化解（未再进入诉讼或信访）的案件", "denominator": "本期办结的行政争议（行政复议、诉前调解、行政调解，及标记为实质性化解的行政诉讼协调撤诉）", "basis": "结案日期", "setting": "indicators.resolution_includes_withdrawn_suits", "note": "", "money": false}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "kind": "rate", "unit": "%", "numerator": "其中调解成功的案件", "denominator": "本期办结的诉前调解案件", "basis": "结案日期", "setting": "", "note": "", "money": false}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "kind": "count", "unit": "件", "numerator": "本期执结的涉行政机关执行案件（终结本次执行不计为执结）", "denominator": "", "basis": "结案日期", "setting": "indicators.enforcement_closed_includes_terminated", "note": "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）", "money": false}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "kind": "amount", "unit": "元", "numerator": "本期执结的涉行政机关执行案件的执行到位金额", "denominator": "", "basis": "结案日期", "setting": "", "note": "", "money": true}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "kind": "rate", "unit": "%", "numerator": "执行到位金额", "denominator": "本期执结且登记了申请执行标的的涉行政机关执行案件的标的金额", "basis": "结案日期", "setting": "", "note": "", "money": true}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "kind": "rate", "unit": "%", "numerator": "其中已反馈的司法建议、检察建议（不论是否逾期）", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "kind": "rate", "unit": "%", "numerator": "其中在反馈期限内反馈的司法建议、检察建议", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "kind": "rate", "unit": "%", "numerator": "其中按期完成的事项", "denominator": "完成时限在本期（截至统计日）的双清单事项", "basis": "完成时限", "setting": "", "note": "", "money": false}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "kind": "per_10k", "unit": "件/万人", "numerator": "本期新收的一审民事、行政案件（法院提供的收案数；未录入时按台账登记的案件）", "denominator": "常住人口（fylink report figure set 录入，或配置项 indicators.population；按万人计）", "basis": "立案日期", "setting": "indicators.population", "note": "", "money": false}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "kind": "count", "unit": "件", "numerator": "统计日已过完成时限而未完成的双清单事项（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "kind": "count", "unit": "件", "numerator": "统计日已过反馈期限而未反馈的司法建议、检察建议（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}}, "notes": ["行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "负责人出庭应诉率计入正职和分管副职负责人出庭", "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "行政复议调解和解率不含撤回申请结案的案件", "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）"], "warnings": ["未录入示范县2024年上半年法院一审民事收案、一审行政收案数（fylink report figure set），万人成讼率的分子暂按本台账登记的一审民事、行政案件计"], "figures": {"region": "示范县", "used": {"population": {"value": 812300, "source": "县统计局", "period": "2023年"}}, "sources": ["常住人口812,300人（2023年，来源：县统计局）"], "numerator_from": "台账"}, "indicators": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "unit": "件", "numerator": 1, "denominator": null, "value": 1, "display": "1", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "unit": "%", "numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "unit": "元", "numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "unit": "%", "numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "unit": "件/万人", "numerator": 1, "denominator": 812300, "value": 0.01, "display": "0.01", "fraction": "1件/81.23万人", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 812300, "value": 0.0, "display": "0.00"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 812300, "value": 0.0, "display": "0.00"}}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}}, "double_decline": {"achieved": null, "litigation_filed_down": false, "loss_rate_down": null, "text": "无法判断是否实现“双下降”：本期或去年同期没有审结的一审行政诉讼案件。行政诉讼发案量1件（去年同期0件）。"}, "units": [{"unit": "县自然资源局", "unit_name": "示范县自然资源局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 1, "denominator": null, "value": 1, "display": "1", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 1}, {"unit": "县税务局", "unit_name": "国家税务总局示范县税务局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 2}, {"unit": "东城街道", "unit_name": "示范县东城街道办事处", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 3}, {"unit": "县人社局", "unit_name": "示范县人力资源局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 4}, {"unit": "县政府办", "unit_name": "示范县人民政府办公室", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 5}, {"unit": "县住建局", "unit_name": "示范县住房和城乡建设局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 6}, {"unit": "县信访局", "unit_name": "示范县信访局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 7}, {"unit": "县公安局", "unit_name": "示范县公安局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 8}, {"unit": "县发改委", "unit_name": "示范县发展和改革委员会", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 9}, {"unit": "县司法局", "unit_name": "示范县司法局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 10}, {"unit": "城关镇", "unit_name": "示范县城关镇人民政府", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 11}, {"unit": "县城管局", "unit_name": "示范县城市管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 12}, {"unit": "县市场监管局", "unit_name": "示范县市场监督管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 13}, {"unit": "县生态环境分局", "unit_name": "示范县生态环境分局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 14}, {"unit": "县财政局", "unit_name": "示范县财政局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 15}], "ranking_note": "法院、检察院不是被考核单位，不列入单位排名（配置项 escalation.rank_consult_kinds = true 可列入）", "attention": {"as_of": "2024-06-30", "watched_enterprises": {"total": 1, "by_level": {"高": 1, "中": 0, "低": 0}, "in_bankruptcy": 1}, "unpaid_enforcement_total": 0, "unpaid_enforcement": [], "losses_total": 0, "losses": [], "overdue_tasks_total": 0, "overdue_tasks": [], "unanswered_suggestions_total": 0, "unanswered_suggestions": []}, "generated_on": "2024-10-15", "trend": [{"period": "2022Q3", "label": "2022年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2022Q4", "label": "2022年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q1", "label": "2023年1季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q2", "label": "2023年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q3", "label": "2023年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q4", "label": "2023年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q1", "label": "2024年1季度", "litigation_filed": 1, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q2", "label": "2024年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 1, "loss_rate": 0.0}]}, "id": 1}', '4e7c14719b17e79e8d908a3a51bc705dbe43a4f6dea8f95fce7db0a4aa8dbfcd', '0144d55e5e9618077abafa6009b7481524f42e1a411ccff0b8c870b6029710be', 86);
INSERT INTO public.journal VALUES (87, '2026-12-01 21:17:45.08513+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'journal_anchor', 2, NULL, 'null', '{"at": "2026-12-01T21:17:45.073974+00:00", "kind": "report", "label": "2024年上半年", "seq": 86, "hash": "0144d55e5e9618077abafa6009b7481524f42e1a411ccff0b8c870b6029710be", "mac": null, "id": 2}', '0144d55e5e9618077abafa6009b7481524f42e1a411ccff0b8c870b6029710be', 'd2fa7fa29ac35cefafa02c4245f48fa6600cbc5154b30d0637c6edd08e305e29', 86);
INSERT INTO public.journal VALUES (88, '2026-12-01 21:17:45.128295+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'brief_issue', 1, NULL, 'null', '{"kind": "工作简报", "year": 2024, "issue_no": 1, "issued_on": "2024-10-10", "distribution": "各成员单位", "created_at": "2026-12-01T21:17:45.121738+00:00", "id": 1}', 'd2fa7fa29ac35cefafa02c4245f48fa6600cbc5154b30d0637c6edd08e305e29', '8128e542571e8d1ed21ad4c20fb46f6e6b72fccfcebdc1881e30eb93b1aca7fb', 88);
INSERT INTO public.journal VALUES (89, '2026-12-01 21:17:45.169742+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'brief_item', 1, NULL, 'null', '{"unit_id": 5, "kind": "工作动态", "source": "报送", "title": "", "body": "劳动争议化解情况", "submitted_on": "2024-10-15", "created_at": "2026-12-01T21:17:45.160388+00:00", "id": 1, "issue_id": null, "seq": 0}', '8128e542571e8d1ed21ad4c20fb46f6e6b72fccfcebdc1881e30eb93b1aca7fb', '51737cfd634dbcd3b3bf50691f177dd57bb54b6e2d2ccae803c3bcc7ff5e2433', 89);
INSERT INTO public.journal VALUES (90, '2026-12-01 21:17:45.211238+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'update', 'brief_item', 1, NULL, '{"kind": "工作动态", "id": 1, "title": "", "submitted_on": "2024-10-15", "seq": 0, "issue_id": null, "unit_id": 5, "source": "报送", "body": "劳动争议化解情况", "created_at": "2026-12-01T21:17:45.160388+00:00"}', '{"kind": "工作动态", "id": 1, "title": "", "submitted_on": "2024-10-15", "seq": 1, "issue_id": 1, "unit_id": 5, "source": "报送", "body": "劳动争议化解情况", "created_at": "2026-12-01T21:17:45.160388+00:00"}', '51737cfd634dbcd3b3bf50691f177dd57bb54b6e2d2ccae803c3bcc7ff5e2433', 'ae0184dc80c22009d86643025cba288273bfc4d3ab54c8996c46c74e32bd086a', 90);
INSERT INTO public.journal VALUES (91, '2026-12-01 21:17:45.254266+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'brief_item', 2, NULL, 'null', '{"unit_id": 6, "kind": "经验做法", "source": "报送", "title": "", "body": "征收补偿争议会商机制", "submitted_on": "2024-10-15", "created_at": "2026-12-01T21:17:45.250332+00:00", "id": 2, "issue_id": 1, "seq": 2}', 'ae0184dc80c22009d86643025cba288273bfc4d3ab54c8996c46c74e32bd086a', '1de005f94a18e48491df76640fef639c272ad66602c1883c2af9d237c309824c', 91);
INSERT INTO public.journal VALUES (92, '2026-12-01 21:17:45.521864+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'brief_item', 3, NULL, 'null', '{"unit_id": 3, "kind": "问题建议", "source": "报送", "title": "", "body": "行政复议案件增多", "submitted_on": "2024-10-15", "created_at": "2026-12-01T21:17:45.516889+00:00", "id": 3, "issue_id": null, "seq": 0}', '1de005f94a18e48491df76640fef639c272ad66602c1883c2af9d237c309824c', 'b781fd9e57b3dfc0c3c9e72f4abd556588329dc674bab52bfdac35ad1807425b', 92);
INSERT INTO public.journal VALUES (93, '2026-12-01 21:17:45.551234+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'meeting', 2, NULL, 'null', '{"year": 2024, "issue_no": 2, "series": "协调会", "series_no": 1, "kind": "协调会", "held_on": "2024-07-10", "place": "", "chair": "", "topics": "", "opening": "", "parts": ["会议认为，征收补偿争议化解工作取得阶段性进展。"], "created_at": "2026-12-01T21:17:45.548920+00:00", "id": 2, "issued_on": null}', 'b781fd9e57b3dfc0c3c9e72f4abd556588329dc674bab52bfdac35ad1807425b', '08d1ca497a0af65c9ca1e6867aa6f7f6cfa94867a9a04ce34467a9e8be333bb5', 93);
INSERT INTO public.journal VALUES (94, '2026-12-01 21:17:45.557548+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'meeting_follow', 1, NULL, 'null', '{"meeting_id": 2, "followed_meeting_id": 1, "task_id": null, "id": 1}', '08d1ca497a0af65c9ca1e6867aa6f7f6cfa94867a9a04ce34467a9e8be333bb5', '6249bfaf0ae3389ee0ecbaccfa45a41d198f3c44acc625afeb502905e7a98a44', 93);
INSERT INTO public.journal VALUES (99, '2026-12-01 21:17:45.805367+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'update', 'task', 3, NULL, '{"source": "双清单", "content": "报送化解进展", "lead_unit_id": 6, "leader": "", "due_on": "2024-09-30", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "", "list_section": "", "list_order": null, "item_id": null, "lead_group": "", "recurrence": "每季度末", "period": "2024年第三季度", "approved_meeting_id": null, "note": "", "created_at": "2026-12-01T21:17:45.778727+00:00", "updated_at": "2026-12-01T21:17:45.778727+00:00", "id": 3, "completed_on": null, "signed_off_on": null, "signed_off_by": ""}', '{"source": "双清单", "content": "报送化解进展", "lead_unit_id": 6, "leader": "", "due_on": "2024-09-30", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "", "list_section": "", "list_order": null, "item_id": 3, "lead_group": "", "recurrence": "每季度末", "period": "2024年第三季度", "approved_meeting_id": null, "note": "", "created_at": "2026-12-01T21:17:45.778727+00:00", "updated_at": "2026-12-01T21:17:45.797521+00:00", "id": 3, "completed_on": null, "signed_off_on": null, "signed_off_by": ""}', '8bb3ac7219110e3b4e81c4880795d89470e197f3a0cf778bba1954cfe1786007', 'e96bd9d6730676f64244a51105be8d1ed9964ac81118614395f6d11b81ecf014', 98);
INSERT INTO public.journal VALUES (100, '2026-12-01 21:17:45.818042+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'task', 4, NULL, 'null', '{"source": "双清单", "content": "报送化解进展", "lead_unit_id": 6, "leader": "", "due_on": "2024-12-31", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "", "list_section": "", "list_order": null, "item_id": 3, "lead_group": "", "recurrence": "每季度末", "period": "2024年第四季度", "approved_meeting_id": null, "note": "", "created_at": "2026-12-01T21:17:45.778727+00:00", "updated_at": "2026-12-01T21:17:45.778727+00:00", "id": 4, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": []}', 'e96bd9d6730676f64244a51105be8d1ed9964ac81118614395f6d11b81ecf014', '41914f4d8da78c9000a3f490d53423004e2763826f9f69d149d3f92894d5e4fa', 98);
INSERT INTO public.journal VALUES (101, '2026-12-01 21:17:45.891052+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'task', 5, NULL, 'null', '{"source": "双清单", "content": "坚持府院会商", "lead_unit_id": 3, "leader": "", "due_on": "9999-12-31", "due_rule": "长期坚持", "due_start": "2024-10-15", "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "", "list_section": "", "list_order": null, "item_id": null, "lead_group": "", "recurrence": "", "period": "", "approved_meeting_id": null, "note": "", "created_at": "2026-12-01T21:17:45.882322+00:00", "updated_at": "2026-12-01T21:17:45.882322+00:00", "id": 5, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": []}', '41914f4d8da78c9000a3f490d53423004e2763826f9f69d149d3f92894d5e4fa', '83df5c66109f1d02a5f10c2854fe672c43308ead38e99abddfead47c6cb178f8', 101);
INSERT INTO public.journal VALUES (102, '2026-12-01 21:17:45.962733+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'insert', 'task', 6, NULL, 'null', '{"source": "双清单", "content": "整治占道经营", "lead_unit_id": 13, "leader": "", "due_on": "2024-12-31", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "", "list_section": "", "list_order": null, "item_id": null, "lead_group": "", "recurrence": "", "period": "", "approved_meeting_id": null, "note": "", "created_at": "2026-12-01T21:17:45.955500+00:00", "updated_at": "2026-12-01T21:17:45.955500+00:00", "id": 6, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": ["示范县住房和城乡建设局"]}', '83df5c66109f1d02a5f10c2854fe672c43308ead38e99abddfead47c6cb178f8', '88af50009c7615c1bfc756e61dde70b85c88a6718eeee035b0b290c8f688076c', 102);
INSERT INTO public.journal VALUES (103, '2026-12-01 21:17:46.037165+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'update', 'task', 6, NULL, '{"meeting_id": null, "recurrence": "", "created_at": "2026-12-01T21:17:45.955500+00:00", "period": "", "content": "整治占道经营", "decision_no": null, "lead_unit_id": 13, "suggestion_id": null, "approved_meeting_id": null, "updated_at": "2026-12-01T21:17:45.955500+00:00", "leader": "", "list_no": "", "note": "", "due_on": "2024-12-31", "list_section": "", "completed_on": null, "id": 6, "due_rule": "", "list_order": null, "signed_off_on": null, "due_start": null, "item_id": null, "signed_off_by": "", "source": "双清单", "due_provisional": false, "lead_group": ""}', '{"meeting_id": null, "recurrence": "", "created_at": "2026-12-01T21:17:45.955500+00:00", "period": "", "content": "整治占道经营", "decision_no": null, "lead_unit_id": 7, "suggestion_id": null, "approved_meeting_id": null, "updated_at": "2026-12-01T21:17:46.029691+00:00", "leader": "", "list_no": "", "note": "", "due_on": "2024-12-31", "list_section": "", "completed_on": null, "id": 6, "due_rule": "", "list_order": null, "signed_off_on": null, "due_start": null, "item_id": null, "signed_off_by": "", "source": "双清单", "due_provisional": false, "lead_group": ""}', '88af50009c7615c1bfc756e61dde70b85c88a6718eeee035b0b290c8f688076c', '9dda4d2d6ed9873e0622fc573f02af907a7bfbb2782857920c81a17518d62bc7', 103);
INSERT INTO public.journal VALUES (104, '2026-12-01 21:17:46.06416+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'update', 'person', 18, NULL, '{"title": "法规股股长", "role": "联络员", "name": "邓凯", "email": "cgj@shifan.example.cn", "created_at": "2026-12-01T21:17:42.691298+00:00", "unit_id": 13, "id": 18, "phone": "0372-5101013", "left_on": null}', '{"title": "法规股股长", "role": "成员", "name": "邓凯", "email": "cgj@shifan.example.cn", "created_at": "2026-12-01T21:17:42.691298+00:00", "unit_id": 7, "id": 18, "phone": "0372-5101013", "left_on": null}', '9dda4d2d6ed9873e0622fc573f02af907a7bfbb2782857920c81a17518d62bc7', 'bab113ed409d9be718f13b67471d31a05acb843599a26cfb5cae98ee21204bbc', 103);
INSERT INTO public.journal VALUES (105, '2026-12-01 21:17:46.069809+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'update', 'unit', 13, NULL, '{"kind": "政府部门", "id": 13, "is_member": true, "liaison_phone": "0372-5101013", "note": "", "updated_at": "2026-12-01T21:17:42.600630+00:00", "merged_on": null, "name": "示范县城市管理局", "short_name": "县城管局", "region": "示范县", "liaison_name": "邓凯", "liaison_email": "cgj@shifan.example.cn", "created_at": "2026-12-01T21:17:42.600630+00:00", "merged_into_id": null}', '{"kind": "政府部门", "id": 13, "is_member": true, "liaison_phone": "0372-5101013", "note": "", "updated_at": "2026-12-01T21:17:46.068105+00:00", "merged_on": "2024-10-01", "name": "示范县城市管理局", "short_name": "县城管局", "region": "示范县", "liaison_name": "邓凯", "liaison_email": "cgj@shifan.example.cn", "created_at": "2026-12-01T21:17:42.600630+00:00", "merged_into_id": 7, "merged_into": "示范县住房和城乡建设局"}', 'bab113ed409d9be718f13b67471d31a05acb843599a26cfb5cae98ee21204bbc', '1debcd659047057f0aaa206623f36d61fb2a66e5332bf4780ce394ccb1801ff1', 103);
INSERT INTO public.journal VALUES (106, '2026-12-01 21:17:46.123646+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/annex_schema_0018', 'update', 'case', 1, 1, '{"court_code": "豫0591", "court": "", "is_correction": false, "claimed_fen": null, "loss_reasons": "", "court_level": "基层", "received_on": "2024-03-15", "is_judgment": true, "recovered_fen": null, "withdrawal_kind": "", "category": "行政诉讼", "type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "resolved": null, "joint_respondent": null, "id": 1, "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_withdrawn": false, "group_size": null, "norm_review": null, "case_no": "（2024）豫0591行初15号", "case_family": "行政", "closed_on": "2024-06-28", "risk_level": "", "summary": "不服征收补偿决定", "typical": false, "no_kind": "案号", "instance": "一审", "status": "已结", "heard": true, "created_at": "2026-12-01T21:17:42.754011+00:00", "typical_note": "", "year": 2024, "field": "土地征收", "outcome": "驳回诉讼请求", "head_appeared": null, "updated_at": "2026-12-01T21:17:42.898286+00:00", "unit_id": 6, "is_loss": false, "head_rank": null, "act_kind": ""}', '{"court_code": "豫0591", "court": "", "is_correction": false, "claimed_fen": null, "loss_reasons": "", "court_level": "基层", "received_on": "2024-03-15", "is_judgment": true, "recovered_fen": null, "withdrawal_kind": "", "category": "行政诉讼", "type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "resolved": null, "joint_respondent": false, "id": 1, "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_withdrawn": false, "group_size": null, "norm_review": null, "case_no": "（2024）豫0591行初15号", "case_family": "行政", "closed_on": "2024-06-28", "risk_level": "", "summary": "不服征收补偿决定", "typical": true, "no_kind": "案号", "instance": "一审", "status": "已结", "heard": true, "created_at": "2026-12-01T21:17:42.754011+00:00", "typical_note": "征收补偿争议实质性化解", "year": 2024, "field": "土地征收", "outcome": "驳回诉讼请求", "head_appeared": null, "updated_at": "2026-12-01T21:17:46.118128+00:00", "unit_id": 6, "is_loss": false, "head_rank": null, "act_kind": "征收征用"}', '1debcd659047057f0aaa206623f36d61fb2a66e5332bf4780ce394ccb1801ff1', 'b4cadb9163780991c5c4e1d8cc3763b65b39f3381859610a0bbe7bb4ce62cb42', 106);


--
-- Data for Name: journal_anchor; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.journal_anchor VALUES (1, '2026-12-01 21:17:43.885643+00', 'report', '2024年第二季度', 66, '1f2c19b75fec484206be74b5149cb2710acc97ff093447c3fad85b5de5b39639', NULL);
INSERT INTO public.journal_anchor VALUES (2, '2026-12-01 21:17:45.073974+00', 'report', '2024年上半年', 86, '0144d55e5e9618077abafa6009b7481524f42e1a411ccff0b8c870b6029710be', NULL);


--
-- Data for Name: judgment_performance; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: meeting; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.meeting VALUES (1, 2024, 1, '联席会议', '2024-06-20', '', '王县长', '征收补偿争议化解', '', '2026-12-01 21:17:43.017031+00', '联席会议', 1, '[]', NULL);
INSERT INTO public.meeting VALUES (2, 2024, 2, '协调会', '2024-07-10', '', '', '', '', '2026-12-01 21:17:45.54892+00', '协调会', 1, '["会议认为，征收补偿争议化解工作取得阶段性进展。"]', NULL);


--
-- Data for Name: meeting_follow; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.meeting_follow VALUES (1, 2, 1, NULL);


--
-- Data for Name: notice; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notice VALUES (2, '催办', 6, '2024-10-15', NULL, NULL, NULL, NULL, '2026-12-01 21:17:43.448471+00', '');
INSERT INTO public.notice VALUES (1, '督办', 5, '2024-10-15', 2024, 1, '2024-10-22', '2024-10-15', '2026-12-01 21:17:43.448471+00', '');


--
-- Data for Name: notice_item; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notice_item VALUES (1, 1, '督办', 2, NULL, 28, NULL, NULL, '', NULL);
INSERT INTO public.notice_item VALUES (2, 2, '催办', 1, NULL, 7, NULL, NULL, '', NULL);


--
-- Data for Name: notice_reply; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notice_reply VALUES (1, 1, '2024-10-15', '已书面报送办理情况', '', 0, '', NULL, '2026-12-01 21:17:43.528588+00');


--
-- Data for Name: office; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.office VALUES (1, '示范县府院联动联席会议办公室', '示范县', '示范县府院联动联席会议', '2026-12-01 21:17:42.540461+00');


--
-- Data for Name: party; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.party VALUES (1, '张三', '自然人', '身份证', '410502198510151232', '2026-12-01 21:17:42.768758+00');
INSERT INTO public.party VALUES (3, '李四', '自然人', '', NULL, '2026-12-01 21:17:42.831006+00');
INSERT INTO public.party VALUES (2, '示范县建工集团有限公司', '法人或其他组织', '统一社会信用代码', '91340503MA2N0001XG', '2026-12-01 21:17:42.778623+00');


--
-- Data for Name: party_alias; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.party_alias VALUES (1, 2, '示范县建工集团', '曾用名', '2024-09-01', '2026-12-01 21:17:44.440522+00');


--
-- Data for Name: party_merge; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: party_watch; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.party_watch VALUES (1, 2, '高', '重点破产企业', '', '', '2024-10-15', '2026-12-01 21:17:44.499256+00', '2026-12-01 21:17:44.499256+00');


--
-- Data for Name: person; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.person VALUES (1, '王建国', '县长', NULL, '召集人', '', '', '2026-12-01 21:17:42.624376+00', NULL);
INSERT INTO public.person VALUES (2, '刘清华', '常务副县长', NULL, '副召集人', '', '', '2026-12-01 21:17:42.635928+00', NULL);
INSERT INTO public.person VALUES (3, '赵立新', '县人民法院院长', NULL, '副召集人', '', '', '2026-12-01 21:17:42.646558+00', NULL);
INSERT INTO public.person VALUES (4, '陈晓燕', '副主任', 1, '联络员', '0372-5101001', 'zfb@shifan.example.cn', '2026-12-01 21:17:42.655267+00', NULL);
INSERT INTO public.person VALUES (5, '马俊', '科长', 2, '联络员', '0372-5101002', 'fgw@shifan.example.cn', '2026-12-01 21:17:42.658693+00', NULL);
INSERT INTO public.person VALUES (6, '孙丽', '行政复议股股长', 3, '联络员', '0372-5101003', 'sfj@shifan.example.cn', '2026-12-01 21:17:42.664062+00', NULL);
INSERT INTO public.person VALUES (7, '周明', '局长', 3, '成员', '', '', '2026-12-01 21:17:42.666708+00', NULL);
INSERT INTO public.person VALUES (8, '林静', '办公室工作人员', 3, '办公室', '', '', '2026-12-01 21:17:42.669193+00', NULL);
INSERT INTO public.person VALUES (9, '郭涛', '法规股股长', 4, '联络员', '0372-5101004', 'czj@shifan.example.cn', '2026-12-01 21:17:42.671843+00', NULL);
INSERT INTO public.person VALUES (10, '何芳', '法规股股长', 5, '联络员', '0372-5101005', 'rsj@shifan.example.cn', '2026-12-01 21:17:42.674441+00', NULL);
INSERT INTO public.person VALUES (11, '高远', '法规股股长', 6, '联络员', '0372-5101006', 'zrzyj@shifan.example.cn', '2026-12-01 21:17:42.676623+00', NULL);
INSERT INTO public.person VALUES (12, '罗斌', '法规股股长', 7, '联络员', '0372-5101007', 'zjj@shifan.example.cn', '2026-12-01 21:17:42.678757+00', NULL);
INSERT INTO public.person VALUES (13, '梁红', '法制股股长', 8, '联络员', '0372-5101008', 'swj@shifan.example.cn', '2026-12-01 21:17:42.680916+00', NULL);
INSERT INTO public.person VALUES (14, '宋佳', '法规股股长', 9, '联络员', '0372-5101009', 'scjgj@shifan.example.cn', '2026-12-01 21:17:42.683125+00', NULL);
INSERT INTO public.person VALUES (15, '唐亮', '副局长', 10, '联络员', '0372-5101010', 'xfj@shifan.example.cn', '2026-12-01 21:17:42.68511+00', NULL);
INSERT INTO public.person VALUES (16, '韩冰', '法制大队大队长', 11, '联络员', '0372-5101011', 'gaj@shifan.example.cn', '2026-12-01 21:17:42.687341+00', NULL);
INSERT INTO public.person VALUES (17, '冯雪', '法规股股长', 12, '联络员', '0372-5101012', 'sthj@shifan.example.cn', '2026-12-01 21:17:42.689295+00', NULL);
INSERT INTO public.person VALUES (19, '许文', '行政审判庭庭长', 14, '联络员', '0372-5101014', 'fy@shifan.example.cn', '2026-12-01 21:17:42.693654+00', NULL);
INSERT INTO public.person VALUES (20, '曹阳', '行政检察部主任', 15, '联络员', '0372-5101015', 'jcy@shifan.example.cn', '2026-12-01 21:17:42.696047+00', NULL);
INSERT INTO public.person VALUES (21, '彭程', '司法所所长', 16, '联络员', '0372-5101016', 'cgz@shifan.example.cn', '2026-12-01 21:17:42.698166+00', NULL);
INSERT INTO public.person VALUES (22, '袁媛', '司法所所长', 17, '联络员', '0372-5101017', 'dcjd@shifan.example.cn', '2026-12-01 21:17:42.700214+00', NULL);
INSERT INTO public.person VALUES (23, '钱进', '副局长', 3, '成员', '', '', '2026-12-01 21:17:43.975864+00', '2024-10-01');
INSERT INTO public.person VALUES (18, '邓凯', '法规股股长', 7, '成员', '0372-5101013', 'cgj@shifan.example.cn', '2026-12-01 21:17:42.691298+00', NULL);


--
-- Data for Name: project; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.project VALUES (1, '锦绣家园小区', '问题楼盘', NULL, '', 277, NULL, '', '2026-12-01 21:17:44.530923+00', '2026-12-01 21:17:44.530923+00');


--
-- Data for Name: project_case; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.project_case VALUES (1, 1, 2);


--
-- Data for Name: report_period_snapshot; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.report_period_snapshot VALUES (1, '2024H1', 2024, '', '2026-12-01 21:17:45.038086+00', '测试员@postgres', '{"period": {"year": 2024, "quarter": null, "kind": "half", "code": "2024H1", "label": "2024年上半年", "start": "2024-01-01", "end": "2024-06-30", "as_of": "2024-06-30", "complete": true}, "compare": {"last_year": {"year": 2023, "quarter": null, "kind": "half", "code": "2023H1", "label": "2023年上半年", "start": "2023-01-01", "end": "2023-06-30"}, "previous": {"year": 2023, "quarter": null, "kind": "half", "code": "2023H2", "label": "2023年下半年", "start": "2023-07-01", "end": "2023-12-31"}, "text": "同比与2023年上半年比较，环比与2023年下半年比较"}, "office": {"name": "示范县府院联动联席会议办公室", "region": "示范县", "meeting_name": "示范县府院联动联席会议"}, "scope": {"unit": null, "region": null}, "settings": {"loss_rate_denominator": "closed", "loss_rate_outcome": "first_instance", "reconsideration_correction_denominator": "decided", "settlement_includes_withdrawal": false, "head_appearance_principal_only": false, "enforcement_closed_includes_terminated": false, "resolution_includes_withdrawn_suits": true, "population_region": "示范县", "population": 812300, "unranked_kinds": ["法院", "检察院"], "successor": false}, "definitions": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "kind": "count", "unit": "件", "numerator": "本期新收的一审行政诉讼案件（被告为本地行政机关或乡镇街道），按案号计", "denominator": "", "basis": "立案日期", "setting": "", "note": "", "money": false}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关败诉的案件（撤销、变更、责令履行、确认违法、确认无效、判决赔偿或补偿）", "denominator": "本期审结的一审行政诉讼案件（被告为本地行政机关或乡镇街道）", "basis": "结案日期", "setting": "indicators.loss_rate_denominator", "note": "行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "money": false}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关负责人（正职或分管副职）出庭应诉的案件", "denominator": "本期开庭审理的行政诉讼案件（书面审理不计）", "basis": "开庭日期", "setting": "indicators.head_appearance_principal_only", "note": "负责人出庭应诉率计入正职和分管副职负责人出庭", "money": false}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "kind": "rate", "unit": "%", "numerator": "其中以撤销、变更、确认违法、责令履行或确认无效决定纠错的案件", "denominator": "本期以复议决定结案的行政复议案件（不含调解、和解、撤回）", "basis": "结案日期", "setting": "indicators.reconsideration_correction_denominator", "note": "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "money": false}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "kind": "rate", "unit": "%", "numerator": "其中以调解或和解结案的案件", "denominator": "本期审结的全部行政复议案件", "basis": "结案日期", "setting": "indicators.settlement_includes_withdrawal", "note": "行政复议调解和解率不含撤回申请结案的案件", "money": false}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "kind": "rate", "unit": "%", "numerator": "其中标记为实质性化解（未再进入诉讼或信访）的案件", "denominator": "本期办结的行政争议（行政复议、诉前调解、行政调解，及标记为实质性化解的行政诉讼协调撤诉）", "basis": "结案日期", "setting": "indicators.resolution_includes_withdrawn_suits", "note": "", "money": false}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "kind": "rate", "unit": "%", "numerator": "其中调解成功的案件", "denominator": "本期办结的诉前调解案件", "basis": "结案日期", "setting": "", "note": "", "money": false}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "kind": "count", "unit": "件", "numerator": "本期执结的涉行政机关执行案件（终结本次执行不计为执结）", "denominator": "", "basis": "结案日期", "setting": "indicators.enforcement_closed_includes_terminated", "note": "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）", "money": false}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "kind": "amount", "unit": "元", "numerator": "本期执结的涉行政机关执行案件的执行到位金额", "denominator": "", "basis": "结案日期", "setting": "", "note": "", "money": true}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "kind": "rate", "unit": "%", "numerator": "执行到位金额", "denominator": "本期执结且登记了申请执行标的的涉行政机关执行案件的标的金额", "basis": "结案日期", "setting": "", "note": "", "money": true}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "kind": "rate", "unit": "%", "numerator": "其中已反馈的司法建议、检察建议（不论是否逾期）", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "kind": "rate", "unit": "%", "numerator": "其中在反馈期限内反馈的司法建议、检察建议", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "kind": "rate", "unit": "%", "numerator": "其中按期完成的事项", "denominator": "完成时限在本期（截至统计日）的双清单事项", "basis": "完成时限", "setting": "", "note": "", "money": false}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "kind": "per_10k", "unit": "件/万人", "numerator": "本期新收的一审民事、行政案件（法院提供的收案数；未录入时按台账登记的案件）", "denominator": "常住人口（fylink report figure set 录入，或配置项 indicators.population；按万人计）", "basis": "立案日期", "setting": "indicators.population", "note": "", "money": false}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "kind": "count", "unit": "件", "numerator": "统计日已过完成时限而未完成的双清单事项（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "kind": "count", "unit": "件", "numerator": "统计日已过反馈期限而未反馈的司法建议、检察建议（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}}, "notes": ["行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "负责人出庭应诉率计入正职和分管副职负责人出庭", "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "行政复议调解和解率不含撤回申请结案的案件", "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）"], "warnings": ["未录入示范县2024年上半年法院一审民事收案、一审行政收案数（fylink report figure set），万人成讼率的分子暂按本台账登记的一审民事、行政案件计"], "figures": {"region": "示范县", "used": {"population": {"value": 812300, "source": "县统计局", "period": "2023年"}}, "sources": ["常住人口812,300人（2023年，来源：县统计局）"], "numerator_from": "台账"}, "indicators": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "unit": "件", "numerator": 1, "denominator": null, "value": 1, "display": "1", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "unit": "%", "numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "unit": "元", "numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "unit": "%", "numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "unit": "件/万人", "numerator": 1, "denominator": 812300, "value": 0.01, "display": "0.01", "fraction": "1件/81.23万人", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 812300, "value": 0.0, "display": "0.00"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 812300, "value": 0.0, "display": "0.00"}}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}}, "double_decline": {"achieved": null, "litigation_filed_down": false, "loss_rate_down": null, "text": "无法判断是否实现“双下降”：本期或去年同期没有审结的一审行政诉讼案件。行政诉讼发案量1件（去年同期0件）。"}, "units": [{"unit": "县自然资源局", "unit_name": "示范县自然资源局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 1, "denominator": null, "value": 1, "display": "1", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 1}, {"unit": "县税务局", "unit_name": "国家税务总局示范县税务局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 2}, {"unit": "东城街道", "unit_name": "示范县东城街道办事处", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 3}, {"unit": "县人社局", "unit_name": "示范县人力资源局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 4}, {"unit": "县政府办", "unit_name": "示范县人民政府办公室", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 5}, {"unit": "县住建局", "unit_name": "示范县住房和城乡建设局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 6}, {"unit": "县信访局", "unit_name": "示范县信访局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 7}, {"unit": "县公安局", "unit_name": "示范县公安局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 8}, {"unit": "县发改委", "unit_name": "示范县发展和改革委员会", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 9}, {"unit": "县司法局", "unit_name": "示范县司法局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 10}, {"unit": "城关镇", "unit_name": "示范县城关镇人民政府", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 11}, {"unit": "县城管局", "unit_name": "示范县城市管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 12}, {"unit": "县市场监管局", "unit_name": "示范县市场监督管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 13}, {"unit": "县生态环境分局", "unit_name": "示范县生态环境分局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 14}, {"unit": "县财政局", "unit_name": "示范县财政局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 15}], "ranking_note": "法院、检察院不是被考核单位，不列入单位排名（配置项 escalation.rank_consult_kinds = true 可列入）", "attention": {"as_of": "2024-06-30", "watched_enterprises": {"total": 1, "by_level": {"高": 1, "中": 0, "低": 0}, "in_bankruptcy": 1}, "unpaid_enforcement_total": 0, "unpaid_enforcement": [], "losses_total": 0, "losses": [], "overdue_tasks_total": 0, "overdue_tasks": [], "unanswered_suggestions_total": 0, "unanswered_suggestions": []}, "generated_on": "2024-10-15", "trend": [{"period": "2022Q3", "label": "2022年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2022Q4", "label": "2022年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q1", "label": "2023年1季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q2", "label": "2023年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q3", "label": "2023年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q4", "label": "2023年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q1", "label": "2024年1季度", "litigation_filed": 1, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q2", "label": "2024年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 1, "loss_rate": 0.0}]}');


--
-- Data for Name: report_snapshot; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.report_snapshot VALUES (1, 2024, 2, '', '2026-12-01 21:17:43.849553+00', '测试员@postgres', '{"period": {"year": 2024, "quarter": 2, "kind": "quarter", "code": "2024Q2", "label": "2024年第二季度", "start": "2024-04-01", "end": "2024-06-30", "as_of": "2024-06-30", "complete": true}, "compare": {"last_year": {"year": 2023, "quarter": 2, "kind": "quarter", "code": "2023Q2", "label": "2023年第二季度", "start": "2023-04-01", "end": "2023-06-30"}, "previous": {"year": 2024, "quarter": 1, "kind": "quarter", "code": "2024Q1", "label": "2024年第一季度", "start": "2024-01-01", "end": "2024-03-31"}, "text": "同比与2023年第二季度比较，环比与2024年第一季度比较"}, "office": {"name": "示范县府院联动联席会议办公室", "region": "示范县", "meeting_name": "示范县府院联动联席会议"}, "scope": {"unit": null, "region": null}, "settings": {"loss_rate_denominator": "closed", "loss_rate_outcome": "first_instance", "reconsideration_correction_denominator": "decided", "settlement_includes_withdrawal": false, "head_appearance_principal_only": false, "enforcement_closed_includes_terminated": false, "resolution_includes_withdrawn_suits": true, "population_region": "示范县", "population": null, "unranked_kinds": ["法院", "检察院"], "successor": false}, "definitions": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "kind": "count", "unit": "件", "numerator": "本期新收的一审行政诉讼案件（被告为本地行政机关或乡镇街道），按案号计", "denominator": "", "basis": "立案日期", "setting": "", "note": "", "money": false}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关败诉的案件（撤销、变更、责令履行、确认违法、确认无效、判决赔偿或补偿）", "denominator": "本期审结的一审行政诉讼案件（被告为本地行政机关或乡镇街道）", "basis": "结案日期", "setting": "indicators.loss_rate_denominator", "note": "行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "money": false}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关负责人（正职或分管副职）出庭应诉的案件", "denominator": "本期开庭审理的行政诉讼案件（书面审理不计）", "basis": "开庭日期", "setting": "indicators.head_appearance_principal_only", "note": "负责人出庭应诉率计入正职和分管副职负责人出庭", "money": false}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "kind": "rate", "unit": "%", "numerator": "其中以撤销、变更、确认违法、责令履行或确认无效决定纠错的案件", "denominator": "本期以复议决定结案的行政复议案件（不含调解、和解、撤回）", "basis": "结案日期", "setting": "indicators.reconsideration_correction_denominator", "note": "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "money": false}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "kind": "rate", "unit": "%", "numerator": "其中以调解或和解结案的案件", "denominator": "本期审结的全部行政复议案件", "basis": "结案日期", "setting": "indicators.settlement_includes_withdrawal", "note": "行政复议调解和解率不含撤回申请结案的案件", "money": false}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "kind": "rate", "unit": "%", "numerator": "其中标记为实质性化解（未再进入诉讼或信访）的案件", "denominator": "本期办结的行政争议（行政复议、诉前调解、行政调解，及标记为实质性化解的行政诉讼协调撤诉）", "basis": "结案日期", "setting": "indicators.resolution_includes_withdrawn_suits", "note": "", "money": false}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "kind": "rate", "unit": "%", "numerator": "其中调解成功的案件", "denominator": "本期办结的诉前调解案件", "basis": "结案日期", "setting": "", "note": "", "money": false}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "kind": "count", "unit": "件", "numerator": "本期执结的涉行政机关执行案件（终结本次执行不计为执结）", "denominator": "", "basis": "结案日期", "setting": "indicators.enforcement_closed_includes_terminated", "note": "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）", "money": false}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "kind": "amount", "unit": "元", "numerator": "本期执结的涉行政机关执行案件的执行到位金额", "denominator": "", "basis": "结案日期", "setting": "", "note": "", "money": true}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "kind": "rate", "unit": "%", "numerator": "执行到位金额", "denominator": "本期执结且登记了申请执行标的的涉行政机关执行案件的标的金额", "basis": "结案日期", "setting": "", "note": "", "money": true}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "kind": "rate", "unit": "%", "numerator": "其中已反馈的司法建议、检察建议（不论是否逾期）", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "kind": "rate", "unit": "%", "numerator": "其中在反馈期限内反馈的司法建议、检察建议", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "kind": "rate", "unit": "%", "numerator": "其中按期完成的事项", "denominator": "完成时限在本期（截至统计日）的双清单事项", "basis": "完成时限", "setting": "", "note": "", "money": false}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "kind": "per_10k", "unit": "件/万人", "numerator": "本期新收的一审民事、行政案件（法院提供的收案数；未录入时按台账登记的案件）", "denominator": "常住人口（fylink report figure set 录入，或配置项 indicators.population；按万人计）", "basis": "立案日期", "setting": "indicators.population", "note": "", "money": false}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "kind": "count", "unit": "件", "numerator": "统计日已过完成时限而未完成的双清单事项（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "kind": "count", "unit": "件", "numerator": "统计日已过反馈期限而未反馈的司法建议、检察建议（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}}, "notes": ["行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "负责人出庭应诉率计入正职和分管副职负责人出庭", "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "行政复议调解和解率不含撤回申请结案的案件", "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）"], "warnings": ["未录入示范县的常住人口（fylink report figure set 常住人口 …，或配置项 indicators.population），不计算万人成讼率", "以下指标的比较基数不足10件，增减幅度仅供参考：行政诉讼发案量（上期1件）"], "figures": {"region": "示范县", "used": {}, "sources": [], "numerator_from": "台账"}, "indicators": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": -100.0, "qoq_display": "↓ -100.0%（基数小）", "qoq_text": "减少100.0%（基数较小：上期仅1件）", "qoq_small_base": 1, "previous": {"numerator": 1, "denominator": null, "value": 1, "display": "1"}}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "unit": "%", "numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "unit": "元", "numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "unit": "%", "numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "unit": "件/万人", "numerator": 0, "denominator": null, "value": null, "display": "—", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 1, "denominator": null, "value": null, "display": "—"}}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}}, "double_decline": {"achieved": null, "litigation_filed_down": false, "loss_rate_down": null, "text": "无法判断是否实现“双下降”：本期或去年同期没有审结的一审行政诉讼案件。行政诉讼发案量0件（去年同期0件）。"}, "units": [{"unit": "县税务局", "unit_name": "国家税务总局示范县税务局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 1}, {"unit": "东城街道", "unit_name": "示范县东城街道办事处", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 2}, {"unit": "县人社局", "unit_name": "示范县人力资源和社会保障局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 3}, {"unit": "县政府办", "unit_name": "示范县人民政府办公室", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 4}, {"unit": "县住建局", "unit_name": "示范县住房和城乡建设局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 5}, {"unit": "县信访局", "unit_name": "示范县信访局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 6}, {"unit": "县公安局", "unit_name": "示范县公安局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 7}, {"unit": "县发改委", "unit_name": "示范县发展和改革委员会", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 8}, {"unit": "县司法局", "unit_name": "示范县司法局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 9}, {"unit": "城关镇", "unit_name": "示范县城关镇人民政府", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 10}, {"unit": "县城管局", "unit_name": "示范县城市管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 11}, {"unit": "县市场监管局", "unit_name": "示范县市场监督管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 12}, {"unit": "县生态环境分局", "unit_name": "示范县生态环境分局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 13}, {"unit": "县自然资源局", "unit_name": "示范县自然资源局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": -100.0}, "loss_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 14}, {"unit": "县财政局", "unit_name": "示范县财政局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 15}], "ranking_note": "法院、检察院不是被考核单位，不列入单位排名（配置项 escalation.rank_consult_kinds = true 可列入）", "attention": {"as_of": "2024-06-30", "watched_enterprises": {"total": 0, "by_level": {"高": 0, "中": 0, "低": 0}, "in_bankruptcy": 0}, "unpaid_enforcement_total": 0, "unpaid_enforcement": [], "losses_total": 0, "losses": [], "overdue_tasks_total": 0, "overdue_tasks": [], "unanswered_suggestions_total": 0, "unanswered_suggestions": []}, "generated_on": "2024-10-15", "trend": [{"period": "2022Q3", "label": "2022年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2022Q4", "label": "2022年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q1", "label": "2023年1季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q2", "label": "2023年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q3", "label": "2023年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q4", "label": "2023年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q1", "label": "2024年1季度", "litigation_filed": 1, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q2", "label": "2024年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 1, "loss_rate": 0.0}]}');


--
-- Data for Name: suggestion; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.suggestion VALUES (1, '司法建议', '示法建〔2024〕3号', '示范县人民法院', 6, '2024-05-06', '2024-07-08', '2个月', false, '2024-06-01', '', true, NULL, '规范征收补偿程序', '2026-12-01 21:17:43.177321+00', '部分采纳');
INSERT INTO public.suggestion VALUES (2, '司法建议', '示法建〔2024〕4号', '示范县人民法院', 5, '2024-09-02', '2024-11-04', '2个月', false, NULL, '', NULL, NULL, '', '2026-12-01 21:17:44.874238+00', NULL);


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

INSERT INTO public.task VALUES (1, '议定事项', '建立征收补偿争议会商机制', 6, '', '2024-09-30', '', NULL, false, 1, 1, NULL, '', '', NULL, NULL, '', '2026-12-01 21:17:43.054245+00', '2026-12-01 21:17:43.054245+00', '', '', '', '', NULL, NULL, NULL);
INSERT INTO public.task VALUES (2, '双清单', '清理行政协议履约情况', 5, '', '2024-08-31', '', NULL, false, NULL, NULL, NULL, '', '', NULL, NULL, '', '2026-12-01 21:17:43.104141+00', '2026-12-01 21:17:43.104141+00', '', '', '', '', NULL, NULL, NULL);
INSERT INTO public.task VALUES (3, '双清单', '报送化解进展', 6, '', '2024-09-30', '', NULL, false, NULL, NULL, NULL, '', '', NULL, NULL, '', '2026-12-01 21:17:45.778727+00', '2026-12-01 21:17:45.797521+00', '', '', '每季度末', '2024年第三季度', NULL, 3, NULL);
INSERT INTO public.task VALUES (4, '双清单', '报送化解进展', 6, '', '2024-12-31', '', NULL, false, NULL, NULL, NULL, '', '', NULL, NULL, '', '2026-12-01 21:17:45.778727+00', '2026-12-01 21:17:45.778727+00', '', '', '每季度末', '2024年第四季度', NULL, 3, NULL);
INSERT INTO public.task VALUES (5, '双清单', '坚持府院会商', 3, '', '9999-12-31', '长期坚持', '2024-10-15', false, NULL, NULL, NULL, '', '', NULL, NULL, '', '2026-12-01 21:17:45.882322+00', '2026-12-01 21:17:45.882322+00', '', '', '', '', NULL, NULL, NULL);
INSERT INTO public.task VALUES (6, '双清单', '整治占道经营', 7, '', '2024-12-31', '', NULL, false, NULL, NULL, NULL, '', '', NULL, NULL, '', '2026-12-01 21:17:45.9555+00', '2026-12-01 21:17:46.029691+00', '', '', '', '', NULL, NULL, NULL);


--
-- Data for Name: task_co_unit; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task_co_unit VALUES (1, 1, 3);
INSERT INTO public.task_co_unit VALUES (2, 6, 7);


--
-- Data for Name: task_draft; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: task_progress; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task_progress VALUES (1, 1, '2024-10-15', '已召开专题会', '', '2026-12-01 21:17:43.134908+00');


--
-- Data for Name: task_subject; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task_subject VALUES (1, 2, NULL, 2, 1);


--
-- Data for Name: unit; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.unit VALUES (1, '示范县人民政府办公室', '县政府办', '政府部门', '示范县', true, '陈晓燕', '0372-5101001', 'zfb@shifan.example.cn', '', '2026-12-01 21:17:42.558585+00', '2026-12-01 21:17:42.558585+00', NULL, NULL);
INSERT INTO public.unit VALUES (2, '示范县发展和改革委员会', '县发改委', '政府部门', '示范县', true, '马俊', '0372-5101002', 'fgw@shifan.example.cn', '', '2026-12-01 21:17:42.564788+00', '2026-12-01 21:17:42.564788+00', NULL, NULL);
INSERT INTO public.unit VALUES (3, '示范县司法局', '县司法局', '政府部门', '示范县', true, '孙丽', '0372-5101003', 'sfj@shifan.example.cn', '联席会议办公室设在县司法局', '2026-12-01 21:17:42.567923+00', '2026-12-01 21:17:42.567923+00', NULL, NULL);
INSERT INTO public.unit VALUES (4, '示范县财政局', '县财政局', '政府部门', '示范县', true, '郭涛', '0372-5101004', 'czj@shifan.example.cn', '', '2026-12-01 21:17:42.570256+00', '2026-12-01 21:17:42.570256+00', NULL, NULL);
INSERT INTO public.unit VALUES (6, '示范县自然资源局', '县自然资源局', '政府部门', '示范县', true, '高远', '0372-5101006', 'zrzyj@shifan.example.cn', '', '2026-12-01 21:17:42.575941+00', '2026-12-01 21:17:42.575941+00', NULL, NULL);
INSERT INTO public.unit VALUES (7, '示范县住房和城乡建设局', '县住建局', '政府部门', '示范县', true, '罗斌', '0372-5101007', 'zjj@shifan.example.cn', '', '2026-12-01 21:17:42.579956+00', '2026-12-01 21:17:42.579956+00', NULL, NULL);
INSERT INTO public.unit VALUES (8, '国家税务总局示范县税务局', '县税务局', '政府部门', '示范县', true, '梁红', '0372-5101008', 'swj@shifan.example.cn', '', '2026-12-01 21:17:42.582744+00', '2026-12-01 21:17:42.582744+00', NULL, NULL);
INSERT INTO public.unit VALUES (9, '示范县市场监督管理局', '县市场监管局', '政府部门', '示范县', true, '宋佳', '0372-5101009', 'scjgj@shifan.example.cn', '', '2026-12-01 21:17:42.586662+00', '2026-12-01 21:17:42.586662+00', NULL, NULL);
INSERT INTO public.unit VALUES (10, '示范县信访局', '县信访局', '政府部门', '示范县', true, '唐亮', '0372-5101010', 'xfj@shifan.example.cn', '', '2026-12-01 21:17:42.589958+00', '2026-12-01 21:17:42.589958+00', NULL, NULL);
INSERT INTO public.unit VALUES (11, '示范县公安局', '县公安局', '政府部门', '示范县', true, '韩冰', '0372-5101011', 'gaj@shifan.example.cn', '', '2026-12-01 21:17:42.593291+00', '2026-12-01 21:17:42.593291+00', NULL, NULL);
INSERT INTO public.unit VALUES (12, '示范县生态环境分局', '县生态环境分局', '政府部门', '示范县', true, '冯雪', '0372-5101012', 'sthj@shifan.example.cn', '', '2026-12-01 21:17:42.598572+00', '2026-12-01 21:17:42.598572+00', NULL, NULL);
INSERT INTO public.unit VALUES (14, '示范县人民法院', '县法院', '法院', '示范县', true, '许文', '0372-5101014', 'fy@shifan.example.cn', '', '2026-12-01 21:17:42.603354+00', '2026-12-01 21:17:42.603354+00', NULL, NULL);
INSERT INTO public.unit VALUES (15, '示范县人民检察院', '县检察院', '检察院', '示范县', true, '曹阳', '0372-5101015', 'jcy@shifan.example.cn', '', '2026-12-01 21:17:42.605532+00', '2026-12-01 21:17:42.605532+00', NULL, NULL);
INSERT INTO public.unit VALUES (16, '示范县城关镇人民政府', '城关镇', '乡镇街道', '示范县', true, '彭程', '0372-5101016', 'cgz@shifan.example.cn', '', '2026-12-01 21:17:42.612059+00', '2026-12-01 21:17:42.612059+00', NULL, NULL);
INSERT INTO public.unit VALUES (17, '示范县东城街道办事处', '东城街道', '乡镇街道', '示范县', true, '袁媛', '0372-5101017', 'dcjd@shifan.example.cn', '', '2026-12-01 21:17:42.617768+00', '2026-12-01 21:17:42.617768+00', NULL, NULL);
INSERT INTO public.unit VALUES (5, '示范县人力资源局', '县人社局', '政府部门', '示范县', true, '何芳', '0372-5101005', 'rsj@shifan.example.cn', '', '2026-12-01 21:17:42.572416+00', '2026-12-01 21:17:43.950281+00', NULL, NULL);
INSERT INTO public.unit VALUES (13, '示范县城市管理局', '县城管局', '政府部门', '示范县', true, '邓凯', '0372-5101013', 'cgj@shifan.example.cn', '', '2026-12-01 21:17:42.60063+00', '2026-12-01 21:17:46.068105+00', 7, '2024-10-01');


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

SELECT pg_catalog.setval('public.journal_id_seq', 106, true);


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

SELECT pg_catalog.setval('public.task_co_unit_id_seq', 2, true);


--
-- Name: task_draft_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.task_draft_id_seq', 1, false);


--
-- Name: task_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.task_id_seq', 6, true);


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


