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
-- Name: region_return; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.region_return (
    id integer NOT NULL,
    region character varying(50) NOT NULL,
    region_code character varying(12) NOT NULL,
    office_name character varying(100) NOT NULL,
    period character varying(20) NOT NULL,
    year integer NOT NULL,
    state character varying(4) NOT NULL,
    reason text NOT NULL,
    digest_algo character varying(10) NOT NULL,
    digest character varying(128) NOT NULL,
    journal_head character varying(100) NOT NULL,
    filled_by character varying(50) NOT NULL,
    made_on date NOT NULL,
    received_on date NOT NULL,
    file_name character varying(255) NOT NULL,
    reviewed_on date,
    reviewed_by character varying(50) NOT NULL,
    superseded_by_id integer,
    data json NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: region_return_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.region_return_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: region_return_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.region_return_id_seq OWNED BY public.region_return.id;


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
    merged_on date,
    direct_successor_id integer
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
-- Name: unit_move; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.unit_move (
    id integer NOT NULL,
    record character varying(20) NOT NULL,
    record_id integer NOT NULL,
    unit_id integer NOT NULL,
    to_unit_id integer NOT NULL,
    moved_on date NOT NULL
);


--
-- Name: unit_move_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.unit_move_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: unit_move_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.unit_move_id_seq OWNED BY public.unit_move.id;


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
-- Name: region_return id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.region_return ALTER COLUMN id SET DEFAULT nextval('public.region_return_id_seq'::regclass);


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
-- Name: unit_move id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unit_move ALTER COLUMN id SET DEFAULT nextval('public.unit_move_id_seq'::regclass);


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

INSERT INTO public.alembic_version VALUES ('0019');


--
-- Data for Name: assess_appeal; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.assess_appeal VALUES (1, 2024, 7, 'B6', '报道所涉事项不属本单位职责', '2024-10-15', NULL, NULL, '', NULL, '2026-12-01 22:34:52.969832+00', '2026-12-01 22:34:52.969832+00');


--
-- Data for Name: assess_record; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.assess_record VALUES (1, 7, 'B6', '2024-07-01', '市报曝光〔2024〕3号', '市', NULL, '', '测试员@postgres', '', 0, '', '2026-12-01 22:34:52.873138+00', '2026-12-01 22:34:52.873138+00');


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

INSERT INTO public.bankruptcy VALUES (1, 4, '重整', '受理', '', NULL, NULL, '2026-12-01 22:34:53.523006+00', '2026-12-01 22:34:53.523006+00');


--
-- Data for Name: brief_issue; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.brief_issue VALUES (1, '工作简报', 2024, 1, '2024-10-10', '各成员单位', '2026-12-01 22:34:54.092744+00');


--
-- Data for Name: brief_item; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.brief_item VALUES (1, 1, 5, '工作动态', '报送', '', '劳动争议化解情况', '2024-10-15', 1, '2026-12-01 22:34:54.149201+00');
INSERT INTO public.brief_item VALUES (2, 1, 6, '经验做法', '报送', '', '征收补偿争议会商机制', '2024-10-15', 2, '2026-12-01 22:34:54.286361+00');
INSERT INTO public.brief_item VALUES (3, NULL, 3, '问题建议', '报送', '', '行政复议案件增多', '2024-10-15', 0, '2026-12-01 22:34:54.354975+00');


--
-- Data for Name: bulletin; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.bulletin VALUES (1, 2024, 1, 2024, 3, '2024-10-15', '', '{"start": "2024-07-01", "end": "2024-09-30", "black": [{"unit_id": 5, "unit": "县人社局", "open_late": 1, "done_late": 0, "suggestions_late": 0, "replies_missing": 0, "replies_late": 0, "text": "逾期未办结事项1项"}], "red": [{"unit_id": 6, "unit": "县自然资源局", "due": 1}]}', '2026-12-01 22:34:52.090002+00');


--
-- Data for Name: calendar_override; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: case_event; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_event VALUES (1, 1, '开庭', '2024-05-20', '', '2026-12-01 22:34:49.963587+00');


--
-- Data for Name: case_link; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_link VALUES (1, 3, 1, '2026-12-01 22:34:51.229755+00');


--
-- Data for Name: case_party; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_party VALUES (1, 1, 1, '原告');
INSERT INTO public.case_party VALUES (2, 1, 2, '原告');
INSERT INTO public.case_party VALUES (3, 2, 3, '申请人');
INSERT INTO public.case_party VALUES (4, 4, 2, '债务人');
INSERT INTO public.case_party VALUES (5, 5, 4, '原告');


--
-- Data for Name: cases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cases VALUES (2, '行政复议', '示政复〔2024〕12号', '自编号', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', 5, '', '2024-04-02', '2024-04-02', NULL, '2024-06-01', '已结', '撤销', false, true, true, false, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', '', '2026-12-01 22:34:49.825563+00', '2026-12-01 22:34:50.174229+00', '', '', '', '', NULL, NULL, false);
INSERT INTO public.cases VALUES (3, '行政诉讼', '（2024）豫05行终8号', '案号', 2024, '豫05', '中级', '行终', '行政二审案件', '行政', '二审', '', 6, '', '2024-08-01', '2024-08-01', NULL, NULL, '在办', NULL, false, false, false, false, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', '', '2026-12-01 22:34:51.207092+00', '2026-12-01 22:34:51.207092+00', '', '', '', '', NULL, NULL, false);
INSERT INTO public.cases VALUES (4, '破产', '（2024）豫0591破2号', '案号', 2024, '豫0591', '基层', '破', '破产清算案件/破产重整案件/破产和解案件', '破产', '其他', '', 5, '', '2024-07-01', '2024-07-01', NULL, NULL, '在办', NULL, false, false, false, false, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', '', '2026-12-01 22:34:53.425997+00', '2026-12-01 22:34:53.425997+00', '', '', '', '', NULL, NULL, false);
INSERT INTO public.cases VALUES (1, '行政诉讼', '（2024）豫0591行初15号', '案号', 2024, '豫0591', '基层', '行初', '行政一审案件', '行政', '一审', '土地征收', 6, '', '2024-03-15', '2024-03-15', '2024-05-20', '2024-06-28', '已结', '驳回诉讼请求', false, false, true, false, false, true, NULL, NULL, NULL, NULL, NULL, NULL, '', '不服征收补偿决定', '2026-12-01 22:34:49.622319+00', '2026-12-01 22:34:55.369516+00', '征收征用', '', '', '征收补偿争议实质性化解', false, NULL, true);
INSERT INTO public.cases VALUES (5, '行政诉讼', '（2024）豫0591行初20号', '案号', 2024, '豫0591', '基层', '行初', '行政一审案件', '行政', '一审', '', 6, '', '2024-09-10', '2024-09-10', NULL, NULL, '在办', NULL, false, false, false, false, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', '', '2026-12-01 22:34:54.913951+00', '2026-12-01 22:34:55.448581+00', '', '', '', '', NULL, NULL, false);


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

INSERT INTO public.double_list VALUES (1, '2024年度府院联动双清单', 2024, false, '2026-12-01 22:34:55.182593+00', '2026-12-01 22:34:55.182593+00');


--
-- Data for Name: external_figure; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.external_figure VALUES (1, '示范县', 2023, 0, 'population', 812300, '县统计局', '', '2026-12-01 22:34:52.732387+00', '2026-12-01 22:34:52.732387+00');


--
-- Data for Name: journal; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.journal VALUES (1, '2026-12-01 22:34:49.13659+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'office', 1, NULL, 'null', '{"name": "示范县府院联动联席会议办公室", "region": "示范县", "meeting_name": "示范县府院联动联席会议", "created_at": "2026-12-01T22:34:49.118246+00:00", "id": 1}', '0000000000000000000000000000000000000000000000000000000000000000', '8e93a33f5b30004acef4aed1a47dd888eb1f4449ccf42f9bf7ddf1177fc063a9', 1);
INSERT INTO public.journal VALUES (2, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'unit', 1, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.163410+00:00","direct_successor_id":null,"id":1,"is_member":true,"kind":"政府部门","liaison_email":"zfb@shifan.example.cn","liaison_name":"陈晓燕","liaison_phone":"0372-5101001","merged_into_id":null,"merged_on":null,"name":"示范县人民政府办公室","note":"","region":"示范县","short_name":"县政府办","updated_at":"2026-12-01T22:34:49.163410+00:00"}', '8e93a33f5b30004acef4aed1a47dd888eb1f4449ccf42f9bf7ddf1177fc063a9', '1c54ffb83e491caee5167d0d4d9d4a8b187c202ce3c522f2103200550b2c6557', 1);
INSERT INTO public.journal VALUES (3, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'unit', 2, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.186886+00:00","direct_successor_id":null,"id":2,"is_member":true,"kind":"政府部门","liaison_email":"fgw@shifan.example.cn","liaison_name":"马俊","liaison_phone":"0372-5101002","merged_into_id":null,"merged_on":null,"name":"示范县发展和改革委员会","note":"","region":"示范县","short_name":"县发改委","updated_at":"2026-12-01T22:34:49.186886+00:00"}', '1c54ffb83e491caee5167d0d4d9d4a8b187c202ce3c522f2103200550b2c6557', '8020076ca942b7ddeec2147e3e84b874cf390f2c18137638ae459b220abd5e80', 1);
INSERT INTO public.journal VALUES (4, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'unit', 3, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.196001+00:00","direct_successor_id":null,"id":3,"is_member":true,"kind":"政府部门","liaison_email":"sfj@shifan.example.cn","liaison_name":"孙丽","liaison_phone":"0372-5101003","merged_into_id":null,"merged_on":null,"name":"示范县司法局","note":"联席会议办公室设在县司法局","region":"示范县","short_name":"县司法局","updated_at":"2026-12-01T22:34:49.196001+00:00"}', '8020076ca942b7ddeec2147e3e84b874cf390f2c18137638ae459b220abd5e80', 'b8ae504ade18f5e202983b46f589556aa326a101efa93063d214b3a5ebe934a3', 1);
INSERT INTO public.journal VALUES (5, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'unit', 4, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.203821+00:00","direct_successor_id":null,"id":4,"is_member":true,"kind":"政府部门","liaison_email":"czj@shifan.example.cn","liaison_name":"郭涛","liaison_phone":"0372-5101004","merged_into_id":null,"merged_on":null,"name":"示范县财政局","note":"","region":"示范县","short_name":"县财政局","updated_at":"2026-12-01T22:34:49.203821+00:00"}', 'b8ae504ade18f5e202983b46f589556aa326a101efa93063d214b3a5ebe934a3', '0f6a4434ffa5208e52af2c784b194cd188a9e91a062632bfcefe76a6a94ef4e8', 1);
INSERT INTO public.journal VALUES (6, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'unit', 5, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.209776+00:00","direct_successor_id":null,"id":5,"is_member":true,"kind":"政府部门","liaison_email":"rsj@shifan.example.cn","liaison_name":"何芳","liaison_phone":"0372-5101005","merged_into_id":null,"merged_on":null,"name":"示范县人力资源和社会保障局","note":"","region":"示范县","short_name":"县人社局","updated_at":"2026-12-01T22:34:49.209776+00:00"}', '0f6a4434ffa5208e52af2c784b194cd188a9e91a062632bfcefe76a6a94ef4e8', '0952b7debb437722a06d03b4061532020e16aec57a0d86695c84b801d1532c08', 1);
INSERT INTO public.journal VALUES (7, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'unit', 6, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.218125+00:00","direct_successor_id":null,"id":6,"is_member":true,"kind":"政府部门","liaison_email":"zrzyj@shifan.example.cn","liaison_name":"高远","liaison_phone":"0372-5101006","merged_into_id":null,"merged_on":null,"name":"示范县自然资源局","note":"","region":"示范县","short_name":"县自然资源局","updated_at":"2026-12-01T22:34:49.218125+00:00"}', '0952b7debb437722a06d03b4061532020e16aec57a0d86695c84b801d1532c08', 'c37a9fac31d8d29158ee950f05b35d6a711978e23f334c9ee8848488b52777eb', 1);
INSERT INTO public.journal VALUES (8, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'unit', 7, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.221755+00:00","direct_successor_id":null,"id":7,"is_member":true,"kind":"政府部门","liaison_email":"zjj@shifan.example.cn","liaison_name":"罗斌","liaison_phone":"0372-5101007","merged_into_id":null,"merged_on":null,"name":"示范县住房和城乡建设局","note":"","region":"示范县","short_name":"县住建局","updated_at":"2026-12-01T22:34:49.221755+00:00"}', 'c37a9fac31d8d29158ee950f05b35d6a711978e23f334c9ee8848488b52777eb', '7ce4422c05e011b8f803247354c891c472adbb6d0ae01af0404a315c63114dd6', 1);
INSERT INTO public.journal VALUES (9, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'unit', 8, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.234338+00:00","direct_successor_id":null,"id":8,"is_member":true,"kind":"政府部门","liaison_email":"swj@shifan.example.cn","liaison_name":"梁红","liaison_phone":"0372-5101008","merged_into_id":null,"merged_on":null,"name":"国家税务总局示范县税务局","note":"","region":"示范县","short_name":"县税务局","updated_at":"2026-12-01T22:34:49.234338+00:00"}', '7ce4422c05e011b8f803247354c891c472adbb6d0ae01af0404a315c63114dd6', '2a7352f1bb1fda0743ecb9d0b90b72453a0c4979603fdfb3a6555778842b2fad', 1);
INSERT INTO public.journal VALUES (10, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'unit', 9, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.241874+00:00","direct_successor_id":null,"id":9,"is_member":true,"kind":"政府部门","liaison_email":"scjgj@shifan.example.cn","liaison_name":"宋佳","liaison_phone":"0372-5101009","merged_into_id":null,"merged_on":null,"name":"示范县市场监督管理局","note":"","region":"示范县","short_name":"县市场监管局","updated_at":"2026-12-01T22:34:49.241874+00:00"}', '2a7352f1bb1fda0743ecb9d0b90b72453a0c4979603fdfb3a6555778842b2fad', 'c59599c39fb30fac527e6df20408b336be4ea96d9e99425c48ba43f3be2f0b00', 1);
INSERT INTO public.journal VALUES (11, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'unit', 10, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.246970+00:00","direct_successor_id":null,"id":10,"is_member":true,"kind":"政府部门","liaison_email":"xfj@shifan.example.cn","liaison_name":"唐亮","liaison_phone":"0372-5101010","merged_into_id":null,"merged_on":null,"name":"示范县信访局","note":"","region":"示范县","short_name":"县信访局","updated_at":"2026-12-01T22:34:49.246970+00:00"}', 'c59599c39fb30fac527e6df20408b336be4ea96d9e99425c48ba43f3be2f0b00', '42ad8764ee5ed9f40ee79719189ce8f1216af83c07f09f080e5d9672f01d2d57', 1);
INSERT INTO public.journal VALUES (25, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'person', 7, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.342469+00:00","email":"","id":7,"left_on":null,"name":"周明","phone":"","role":"成员","title":"局长","unit_id":3}', '3164317a81cd971a9fc0a7e77ba44ed31b9d4c8c793cbf3bff62fbaf8200ca6b', '3a338e7a19db4df5afe766274125b9e265a5f7ef707325e8143ae9b6209ba4ce', 1);
INSERT INTO public.journal VALUES (12, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'unit', 11, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.249668+00:00","direct_successor_id":null,"id":11,"is_member":true,"kind":"政府部门","liaison_email":"gaj@shifan.example.cn","liaison_name":"韩冰","liaison_phone":"0372-5101011","merged_into_id":null,"merged_on":null,"name":"示范县公安局","note":"","region":"示范县","short_name":"县公安局","updated_at":"2026-12-01T22:34:49.249668+00:00"}', '42ad8764ee5ed9f40ee79719189ce8f1216af83c07f09f080e5d9672f01d2d57', 'af8fc64deda33a4155941a6bfe920ffc586d7f653915b80e7901588d118a7284', 1);
INSERT INTO public.journal VALUES (13, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'unit', 12, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.251120+00:00","direct_successor_id":null,"id":12,"is_member":true,"kind":"政府部门","liaison_email":"sthj@shifan.example.cn","liaison_name":"冯雪","liaison_phone":"0372-5101012","merged_into_id":null,"merged_on":null,"name":"示范县生态环境分局","note":"","region":"示范县","short_name":"县生态环境分局","updated_at":"2026-12-01T22:34:49.251120+00:00"}', 'af8fc64deda33a4155941a6bfe920ffc586d7f653915b80e7901588d118a7284', '1c2661729d8c31bd9936d4f0bd34e265e14b3e4b572ce9286d7d79c7b8e86a2e', 1);
INSERT INTO public.journal VALUES (14, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'unit', 13, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.257720+00:00","direct_successor_id":null,"id":13,"is_member":true,"kind":"政府部门","liaison_email":"cgj@shifan.example.cn","liaison_name":"邓凯","liaison_phone":"0372-5101013","merged_into_id":null,"merged_on":null,"name":"示范县城市管理局","note":"","region":"示范县","short_name":"县城管局","updated_at":"2026-12-01T22:34:49.257720+00:00"}', '1c2661729d8c31bd9936d4f0bd34e265e14b3e4b572ce9286d7d79c7b8e86a2e', '862902ecccbf386318a3590642b00dd5ba90f4de342f6f8139ade72d7ed50226', 1);
INSERT INTO public.journal VALUES (15, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'unit', 14, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.261845+00:00","direct_successor_id":null,"id":14,"is_member":true,"kind":"法院","liaison_email":"fy@shifan.example.cn","liaison_name":"许文","liaison_phone":"0372-5101014","merged_into_id":null,"merged_on":null,"name":"示范县人民法院","note":"","region":"示范县","short_name":"县法院","updated_at":"2026-12-01T22:34:49.261845+00:00"}', '862902ecccbf386318a3590642b00dd5ba90f4de342f6f8139ade72d7ed50226', '43d07868e1d0734a5b96fc60e5904fc55b741b50ae914b3746a2e086d5d2f87a', 1);
INSERT INTO public.journal VALUES (16, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'unit', 15, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.263438+00:00","direct_successor_id":null,"id":15,"is_member":true,"kind":"检察院","liaison_email":"jcy@shifan.example.cn","liaison_name":"曹阳","liaison_phone":"0372-5101015","merged_into_id":null,"merged_on":null,"name":"示范县人民检察院","note":"","region":"示范县","short_name":"县检察院","updated_at":"2026-12-01T22:34:49.263438+00:00"}', '43d07868e1d0734a5b96fc60e5904fc55b741b50ae914b3746a2e086d5d2f87a', '5061dbc9753439a363341392462caa56e7e6e663f3e7a1a13dc3cf51213abe96', 1);
INSERT INTO public.journal VALUES (17, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'unit', 16, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.265649+00:00","direct_successor_id":null,"id":16,"is_member":true,"kind":"乡镇街道","liaison_email":"cgz@shifan.example.cn","liaison_name":"彭程","liaison_phone":"0372-5101016","merged_into_id":null,"merged_on":null,"name":"示范县城关镇人民政府","note":"","region":"示范县","short_name":"城关镇","updated_at":"2026-12-01T22:34:49.265649+00:00"}', '5061dbc9753439a363341392462caa56e7e6e663f3e7a1a13dc3cf51213abe96', '649b5889bffb187fc365568612c4cecd8b932c943096d82b8ff7d90e4f7e0e3f', 1);
INSERT INTO public.journal VALUES (18, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'unit', 17, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.273909+00:00","direct_successor_id":null,"id":17,"is_member":true,"kind":"乡镇街道","liaison_email":"dcjd@shifan.example.cn","liaison_name":"袁媛","liaison_phone":"0372-5101017","merged_into_id":null,"merged_on":null,"name":"示范县东城街道办事处","note":"","region":"示范县","short_name":"东城街道","updated_at":"2026-12-01T22:34:49.273909+00:00"}', '649b5889bffb187fc365568612c4cecd8b932c943096d82b8ff7d90e4f7e0e3f', '9f82483a14869e21f7fbf22cc439ba5db04617c9349b1d58ea985d8254f4b81c', 1);
INSERT INTO public.journal VALUES (19, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'person', 1, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.281741+00:00","email":"","id":1,"left_on":null,"name":"王建国","phone":"","role":"召集人","title":"县长","unit_id":null}', '9f82483a14869e21f7fbf22cc439ba5db04617c9349b1d58ea985d8254f4b81c', 'e3a1e37493befc7c1efb6168ca181b889ff6f69cce7381a321495065265caec6', 1);
INSERT INTO public.journal VALUES (20, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'person', 2, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.293909+00:00","email":"","id":2,"left_on":null,"name":"刘清华","phone":"","role":"副召集人","title":"常务副县长","unit_id":null}', 'e3a1e37493befc7c1efb6168ca181b889ff6f69cce7381a321495065265caec6', '3f67f7aca174ee929606eaa093640e1a52b28fba65f57d4dab45ac5ba0f0da23', 1);
INSERT INTO public.journal VALUES (21, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'person', 3, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.299359+00:00","email":"","id":3,"left_on":null,"name":"赵立新","phone":"","role":"副召集人","title":"县人民法院院长","unit_id":null}', '3f67f7aca174ee929606eaa093640e1a52b28fba65f57d4dab45ac5ba0f0da23', 'b8eb669443e59ea1ecbe0943db68eb9b998fd52b0bf164210e04073ef46204ec', 1);
INSERT INTO public.journal VALUES (22, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'person', 4, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.319892+00:00","email":"zfb@shifan.example.cn","id":4,"left_on":null,"name":"陈晓燕","phone":"0372-5101001","role":"联络员","title":"副主任","unit_id":1}', 'b8eb669443e59ea1ecbe0943db68eb9b998fd52b0bf164210e04073ef46204ec', 'da20635ead3faf7097ac8ce1ac04103c9166fa0c0ca6962f895b3c00823c3b80', 1);
INSERT INTO public.journal VALUES (23, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'person', 5, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.334503+00:00","email":"fgw@shifan.example.cn","id":5,"left_on":null,"name":"马俊","phone":"0372-5101002","role":"联络员","title":"科长","unit_id":2}', 'da20635ead3faf7097ac8ce1ac04103c9166fa0c0ca6962f895b3c00823c3b80', '807ff7a97afd968b9a3d67252599132a20d2ba16d9cf88d12c143d3f7c99c620', 1);
INSERT INTO public.journal VALUES (24, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'person', 6, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.338027+00:00","email":"sfj@shifan.example.cn","id":6,"left_on":null,"name":"孙丽","phone":"0372-5101003","role":"联络员","title":"行政复议股股长","unit_id":3}', '807ff7a97afd968b9a3d67252599132a20d2ba16d9cf88d12c143d3f7c99c620', '3164317a81cd971a9fc0a7e77ba44ed31b9d4c8c793cbf3bff62fbaf8200ca6b', 1);
INSERT INTO public.journal VALUES (26, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'person', 8, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.343788+00:00","email":"","id":8,"left_on":null,"name":"林静","phone":"","role":"办公室","title":"办公室工作人员","unit_id":3}', '3a338e7a19db4df5afe766274125b9e265a5f7ef707325e8143ae9b6209ba4ce', '50d75741d6d5e563bb2b327fcfdfca42cb38a027d248f005ca85581bcc7d7dcd', 1);
INSERT INTO public.journal VALUES (27, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'person', 9, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.346298+00:00","email":"czj@shifan.example.cn","id":9,"left_on":null,"name":"郭涛","phone":"0372-5101004","role":"联络员","title":"法规股股长","unit_id":4}', '50d75741d6d5e563bb2b327fcfdfca42cb38a027d248f005ca85581bcc7d7dcd', 'a63e73bfc16bec85b7e07455255f770656ebc46aed922904ef3e82c41b73e332', 1);
INSERT INTO public.journal VALUES (28, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'person', 10, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.350144+00:00","email":"rsj@shifan.example.cn","id":10,"left_on":null,"name":"何芳","phone":"0372-5101005","role":"联络员","title":"法规股股长","unit_id":5}', 'a63e73bfc16bec85b7e07455255f770656ebc46aed922904ef3e82c41b73e332', '65c8fd2ecb925fd2ca624383abcf376695d6c7c9006d0c6052f193dbb111ec6a', 1);
INSERT INTO public.journal VALUES (29, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'person', 11, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.352479+00:00","email":"zrzyj@shifan.example.cn","id":11,"left_on":null,"name":"高远","phone":"0372-5101006","role":"联络员","title":"法规股股长","unit_id":6}', '65c8fd2ecb925fd2ca624383abcf376695d6c7c9006d0c6052f193dbb111ec6a', 'cf4bb2c1dedf93634bad2c06eee6b16f7d500871c828f56140d0a99bd9fc2f29', 1);
INSERT INTO public.journal VALUES (30, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'person', 12, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.355406+00:00","email":"zjj@shifan.example.cn","id":12,"left_on":null,"name":"罗斌","phone":"0372-5101007","role":"联络员","title":"法规股股长","unit_id":7}', 'cf4bb2c1dedf93634bad2c06eee6b16f7d500871c828f56140d0a99bd9fc2f29', 'dd7d1dfe6d214ae890fe2b81fe96426fb9e44056e7c6c92116885deae5a7d4ff', 1);
INSERT INTO public.journal VALUES (31, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'person', 13, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.359061+00:00","email":"swj@shifan.example.cn","id":13,"left_on":null,"name":"梁红","phone":"0372-5101008","role":"联络员","title":"法制股股长","unit_id":8}', 'dd7d1dfe6d214ae890fe2b81fe96426fb9e44056e7c6c92116885deae5a7d4ff', 'c9bdcb0938b8ef2e633953524934e0cb37402c834e5d0d1a2674100fdb85b437', 1);
INSERT INTO public.journal VALUES (32, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'person', 14, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.360915+00:00","email":"scjgj@shifan.example.cn","id":14,"left_on":null,"name":"宋佳","phone":"0372-5101009","role":"联络员","title":"法规股股长","unit_id":9}', 'c9bdcb0938b8ef2e633953524934e0cb37402c834e5d0d1a2674100fdb85b437', '78c281919ee61b5187699a4fe8c8c45528514f43b6c57b2077775d2ffd0fcfcc', 1);
INSERT INTO public.journal VALUES (33, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'person', 15, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.370616+00:00","email":"xfj@shifan.example.cn","id":15,"left_on":null,"name":"唐亮","phone":"0372-5101010","role":"联络员","title":"副局长","unit_id":10}', '78c281919ee61b5187699a4fe8c8c45528514f43b6c57b2077775d2ffd0fcfcc', 'bb61d97fdb32f7525a99fbebf6d84be0a405a6d6027191ff696ee572401a856a', 1);
INSERT INTO public.journal VALUES (34, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'person', 16, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.374197+00:00","email":"gaj@shifan.example.cn","id":16,"left_on":null,"name":"韩冰","phone":"0372-5101011","role":"联络员","title":"法制大队大队长","unit_id":11}', 'bb61d97fdb32f7525a99fbebf6d84be0a405a6d6027191ff696ee572401a856a', 'f95ed34041dac540ac0d235ae031dc71cdb9bcf164dc5eb29e6a7e9876a693b8', 1);
INSERT INTO public.journal VALUES (35, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'person', 17, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.380654+00:00","email":"sthj@shifan.example.cn","id":17,"left_on":null,"name":"冯雪","phone":"0372-5101012","role":"联络员","title":"法规股股长","unit_id":12}', 'f95ed34041dac540ac0d235ae031dc71cdb9bcf164dc5eb29e6a7e9876a693b8', '6bcf6a627270e91d377e118d1da792cff6d7d45f516d47d515fce3ab7081e351', 1);
INSERT INTO public.journal VALUES (36, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'person', 18, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.389637+00:00","email":"cgj@shifan.example.cn","id":18,"left_on":null,"name":"邓凯","phone":"0372-5101013","role":"联络员","title":"法规股股长","unit_id":13}', '6bcf6a627270e91d377e118d1da792cff6d7d45f516d47d515fce3ab7081e351', 'dedcc68aa2a2dbb448878b7bddef3968a4d1668b7515691708cf3c80bdaa31b8', 1);
INSERT INTO public.journal VALUES (37, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'person', 19, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.402048+00:00","email":"fy@shifan.example.cn","id":19,"left_on":null,"name":"许文","phone":"0372-5101014","role":"联络员","title":"行政审判庭庭长","unit_id":14}', 'dedcc68aa2a2dbb448878b7bddef3968a4d1668b7515691708cf3c80bdaa31b8', 'b6c403285a823200a5ba95b3f0608163d6c247bc8abb29d6e2da0a0953135ce3', 1);
INSERT INTO public.journal VALUES (38, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'person', 20, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.409907+00:00","email":"jcy@shifan.example.cn","id":20,"left_on":null,"name":"曹阳","phone":"0372-5101015","role":"联络员","title":"行政检察部主任","unit_id":15}', 'b6c403285a823200a5ba95b3f0608163d6c247bc8abb29d6e2da0a0953135ce3', '3bd5f2781ab15631f88b01b026b5db7e91bca166c62b471e69948e9f17bc86ee', 1);
INSERT INTO public.journal VALUES (39, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'person', 21, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.426217+00:00","email":"cgz@shifan.example.cn","id":21,"left_on":null,"name":"彭程","phone":"0372-5101016","role":"联络员","title":"司法所所长","unit_id":16}', '3bd5f2781ab15631f88b01b026b5db7e91bca166c62b471e69948e9f17bc86ee', 'f479ec03f7e4ddef03c21f926a400d167c91adb94afb7819d70ffda537e478af', 1);
INSERT INTO public.journal VALUES (40, '2026-12-01 22:34:49.438528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'person', 22, NULL, 'null', '{"created_at":"2026-12-01T22:34:49.436850+00:00","email":"dcjd@shifan.example.cn","id":22,"left_on":null,"name":"袁媛","phone":"0372-5101017","role":"联络员","title":"司法所所长","unit_id":17}', 'f479ec03f7e4ddef03c21f926a400d167c91adb94afb7819d70ffda537e478af', 'c0a2818a8d93f5f8e3126414f4ee131386ea8b6e66b6a60f39bb4408330aadfc', 1);
INSERT INTO public.journal VALUES (95, '2026-12-01 22:34:54.494948+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'attendance', 1, NULL, 'null', '{"meeting_id": 2, "role": "列席", "person_id": null, "unit_id": null, "name": "李律师", "note": "", "affiliation": "某律师事务所", "headcount": null, "id": 1}', 'a8d3bfaf1c876a9f401f6cf686ffc64962e6a80f3a648bdabef547ef92551639', 'c89f56775196aa8246b4724e42a4821bfffd89eb23f7bfb8fbbb3911d4812a10', 95);
INSERT INTO public.journal VALUES (41, '2026-12-01 22:34:49.65866+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'case', 1, 1, 'null', '{"category": "行政诉讼", "case_no": "（2024）豫0591行初15号", "no_kind": "案号", "year": 2024, "court_code": "豫0591", "court_level": "基层", "type_code": "行初", "type_name": "行政一审案件", "case_family": "行政", "instance": "一审", "field": "土地征收", "unit_id": 6, "court": "", "received_on": "2024-03-15", "filed_on": "2024-03-15", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "不服征收补偿决定", "created_at": "2026-12-01T22:34:49.622319+00:00", "updated_at": "2026-12-01T22:34:49.622319+00:00", "act_kind": "", "loss_reasons": "", "withdrawal_kind": "", "joint_respondent": null, "norm_review": null, "typical": false, "typical_note": "", "id": 1}', 'c0a2818a8d93f5f8e3126414f4ee131386ea8b6e66b6a60f39bb4408330aadfc', '73bdb31184cc34068ddda2d92f483e33146ed9ad86c62c2acf5c510f0a16f3f0', 41);
INSERT INTO public.journal VALUES (42, '2026-12-01 22:34:49.686916+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'party', 1, NULL, 'null', '{"name": "张三", "kind": "自然人", "id_kind": "身份证", "id_number": "410502********1232", "created_at": "2026-12-01T22:34:49.681939+00:00", "id": 1}', '73bdb31184cc34068ddda2d92f483e33146ed9ad86c62c2acf5c510f0a16f3f0', '5323472ac99f4ae8db0329577468d23db32895dd9d6f6594ace4296062ac31ad', 41);
INSERT INTO public.journal VALUES (43, '2026-12-01 22:34:49.715453+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'case_party', 1, 1, 'null', '{"case_id": 1, "party_id": 1, "role": "原告", "id": 1, "party": "张三"}', '5323472ac99f4ae8db0329577468d23db32895dd9d6f6594ace4296062ac31ad', 'f6f986b0ef744fd92c6d4065654be20f5f86fd6fafa5d6ac9b570423db5b5d86', 41);
INSERT INTO public.journal VALUES (44, '2026-12-01 22:34:49.731467+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'party', 2, NULL, 'null', '{"name": "示范县建工集团", "kind": "法人或其他组织", "id_kind": "统一社会信用代码", "id_number": "91340503MA2N0001XG", "created_at": "2026-12-01T22:34:49.729997+00:00", "id": 2}', 'f6f986b0ef744fd92c6d4065654be20f5f86fd6fafa5d6ac9b570423db5b5d86', '40db816e552e9cd8f41824209b100de1407340aa3ef94350607ea9b82aebd0f2', 41);
INSERT INTO public.journal VALUES (45, '2026-12-01 22:34:49.734461+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'case_party', 2, 1, 'null', '{"case_id": 1, "party_id": 2, "role": "原告", "id": 2, "party": "示范县建工集团"}', '40db816e552e9cd8f41824209b100de1407340aa3ef94350607ea9b82aebd0f2', '71da4332d550519dda88aac9f2ec1b79cd1b7e6329bf8bc032885d0945dba68a', 41);
INSERT INTO public.journal VALUES (46, '2026-12-01 22:34:49.841962+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'case', 2, 2, 'null', '{"category": "行政复议", "case_no": "示政复〔2024〕12号", "no_kind": "自编号", "year": null, "court_code": null, "court_level": null, "type_code": null, "type_name": null, "case_family": null, "instance": null, "field": "", "unit_id": 5, "court": "", "received_on": "2024-04-02", "filed_on": "2024-04-02", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "", "created_at": "2026-12-01T22:34:49.825563+00:00", "updated_at": "2026-12-01T22:34:49.825563+00:00", "act_kind": "", "loss_reasons": "", "withdrawal_kind": "", "joint_respondent": null, "norm_review": null, "typical": false, "typical_note": "", "id": 2}', '71da4332d550519dda88aac9f2ec1b79cd1b7e6329bf8bc032885d0945dba68a', '64b079a3aa1246dbcfdd43839c0fe352d3e5f551c08244820c22431825344d1f', 46);
INSERT INTO public.journal VALUES (47, '2026-12-01 22:34:49.863612+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'party', 3, NULL, 'null', '{"name": "李四", "kind": "自然人", "id_kind": "", "id_number": null, "created_at": "2026-12-01T22:34:49.862348+00:00", "id": 3}', '64b079a3aa1246dbcfdd43839c0fe352d3e5f551c08244820c22431825344d1f', 'a4189f7fd7854b11552c056a2121c8eb0771f51c3b87e311931449abf300a5ac', 46);
INSERT INTO public.journal VALUES (48, '2026-12-01 22:34:49.867791+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'case_party', 3, 2, 'null', '{"case_id": 2, "party_id": 3, "role": "申请人", "id": 3, "party": "李四"}', 'a4189f7fd7854b11552c056a2121c8eb0771f51c3b87e311931449abf300a5ac', '486f46f5fcce2de9e58f3ad50adcf71d810a031b25b85d7a9c0dd785ffc9e8ed', 46);
INSERT INTO public.journal VALUES (49, '2026-12-01 22:34:49.971445+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'case_event', 1, 1, 'null', '{"case_id": 1, "kind": "开庭", "occurred_on": "2024-05-20", "note": "", "created_at": "2026-12-01T22:34:49.963587+00:00", "id": 1}', '486f46f5fcce2de9e58f3ad50adcf71d810a031b25b85d7a9c0dd785ffc9e8ed', 'aa62de4968374e77f0cf9a6fdeb8f8f59d74aa3bf247b9b43270b6030e58bc4f', 49);
INSERT INTO public.journal VALUES (50, '2026-12-01 22:34:49.990758+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'update', 'case', 1, 1, '{"category": "行政诉讼", "type_name": "行政一审案件", "heard_on": null, "is_withdrawn": false, "group_size": null, "norm_review": null, "id": 1, "case_family": "行政", "closed_on": null, "risk_level": "", "summary": "不服征收补偿决定", "typical": false, "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "在办", "heard": null, "created_at": "2026-12-01T22:34:49.622319+00:00", "typical_note": "", "no_kind": "案号", "field": "土地征收", "outcome": null, "head_appeared": null, "updated_at": "2026-12-01T22:34:49.622319+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_rank": null, "act_kind": "", "court_code": "豫0591", "court": "", "is_correction": false, "claimed_fen": null, "loss_reasons": "", "court_level": "基层", "received_on": "2024-03-15", "is_judgment": false, "recovered_fen": null, "withdrawal_kind": "", "type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "resolved": null, "joint_respondent": null}', '{"category": "行政诉讼", "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_withdrawn": false, "group_size": null, "norm_review": null, "id": 1, "case_family": "行政", "closed_on": null, "risk_level": "", "summary": "不服征收补偿决定", "typical": false, "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "在办", "heard": true, "created_at": "2026-12-01T22:34:49.622319+00:00", "typical_note": "", "no_kind": "案号", "field": "土地征收", "outcome": null, "head_appeared": null, "updated_at": "2026-12-01T22:34:49.986092+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_rank": null, "act_kind": "", "court_code": "豫0591", "court": "", "is_correction": false, "claimed_fen": null, "loss_reasons": "", "court_level": "基层", "received_on": "2024-03-15", "is_judgment": false, "recovered_fen": null, "withdrawal_kind": "", "type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "resolved": null, "joint_respondent": null}', 'aa62de4968374e77f0cf9a6fdeb8f8f59d74aa3bf247b9b43270b6030e58bc4f', '2198ccc52d8152fde240084c07c597a439a3fa5ae4cb7771d0c54900d26b8e57', 49);
INSERT INTO public.journal VALUES (96, '2026-12-01 22:34:54.567592+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'attendance', 2, NULL, 'null', '{"meeting_id": 2, "role": "出席", "person_id": null, "unit_id": 5, "name": "示范县人力资源局", "note": "", "affiliation": "", "headcount": 2, "id": 2}', 'c89f56775196aa8246b4724e42a4821bfffd89eb23f7bfb8fbbb3911d4812a10', 'aed07152c6ecd6b0056ef366f4815a269bdceb40e7f0426e262e01e1e04d58b4', 96);
INSERT INTO public.journal VALUES (51, '2026-12-01 22:34:50.074683+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'update', 'case', 1, 1, '{"category": "行政诉讼", "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_withdrawn": false, "group_size": null, "norm_review": null, "id": 1, "case_family": "行政", "closed_on": null, "risk_level": "", "summary": "不服征收补偿决定", "typical": false, "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "在办", "heard": true, "created_at": "2026-12-01T22:34:49.622319+00:00", "typical_note": "", "no_kind": "案号", "field": "土地征收", "outcome": null, "head_appeared": null, "updated_at": "2026-12-01T22:34:49.986092+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_rank": null, "act_kind": "", "court_code": "豫0591", "court": "", "is_correction": false, "claimed_fen": null, "loss_reasons": "", "court_level": "基层", "received_on": "2024-03-15", "is_judgment": false, "recovered_fen": null, "withdrawal_kind": "", "type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "resolved": null, "joint_respondent": null}', '{"category": "行政诉讼", "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_withdrawn": false, "group_size": null, "norm_review": null, "id": 1, "case_family": "行政", "closed_on": "2024-06-28", "risk_level": "", "summary": "不服征收补偿决定", "typical": false, "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "已结", "heard": true, "created_at": "2026-12-01T22:34:49.622319+00:00", "typical_note": "", "no_kind": "案号", "field": "土地征收", "outcome": "驳回诉讼请求", "head_appeared": null, "updated_at": "2026-12-01T22:34:50.069882+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_rank": null, "act_kind": "", "court_code": "豫0591", "court": "", "is_correction": false, "claimed_fen": null, "loss_reasons": "", "court_level": "基层", "received_on": "2024-03-15", "is_judgment": true, "recovered_fen": null, "withdrawal_kind": "", "type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "resolved": null, "joint_respondent": null}', '2198ccc52d8152fde240084c07c597a439a3fa5ae4cb7771d0c54900d26b8e57', '1fd59e67fffbeea3cd32799d08fa0fb8689e5b669f804b664a942174ec2a7998', 51);
INSERT INTO public.journal VALUES (52, '2026-12-01 22:34:50.182029+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'update', 'case', 2, 2, '{"category": "行政复议", "type_name": null, "heard_on": null, "is_withdrawn": false, "group_size": null, "norm_review": null, "id": 2, "case_family": null, "closed_on": null, "risk_level": "", "summary": "", "typical": false, "case_no": "示政复〔2024〕12号", "instance": null, "status": "在办", "heard": null, "created_at": "2026-12-01T22:34:49.825563+00:00", "typical_note": "", "no_kind": "自编号", "field": "", "outcome": null, "head_appeared": null, "updated_at": "2026-12-01T22:34:49.825563+00:00", "year": null, "unit_id": 5, "is_loss": false, "head_rank": null, "act_kind": "", "court_code": null, "court": "", "is_correction": false, "claimed_fen": null, "loss_reasons": "", "court_level": null, "received_on": "2024-04-02", "is_judgment": false, "recovered_fen": null, "withdrawal_kind": "", "type_code": null, "filed_on": "2024-04-02", "is_settled": false, "resolved": null, "joint_respondent": null}', '{"category": "行政复议", "type_name": null, "heard_on": null, "is_withdrawn": false, "group_size": null, "norm_review": null, "id": 2, "case_family": null, "closed_on": "2024-06-01", "risk_level": "", "summary": "", "typical": false, "case_no": "示政复〔2024〕12号", "instance": null, "status": "已结", "heard": null, "created_at": "2026-12-01T22:34:49.825563+00:00", "typical_note": "", "no_kind": "自编号", "field": "", "outcome": "撤销", "head_appeared": null, "updated_at": "2026-12-01T22:34:50.174229+00:00", "year": null, "unit_id": 5, "is_loss": false, "head_rank": null, "act_kind": "", "court_code": null, "court": "", "is_correction": true, "claimed_fen": null, "loss_reasons": "", "court_level": null, "received_on": "2024-04-02", "is_judgment": true, "recovered_fen": null, "withdrawal_kind": "", "type_code": null, "filed_on": "2024-04-02", "is_settled": false, "resolved": null, "joint_respondent": null}', '1fd59e67fffbeea3cd32799d08fa0fb8689e5b669f804b664a942174ec2a7998', '04a8c830ce3b6ceef08aaf320ba513f969b0507594234b068ce0257f6f3bb4c9', 52);
INSERT INTO public.journal VALUES (53, '2026-12-01 22:34:50.40741+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'meeting', 1, NULL, 'null', '{"year": 2024, "issue_no": 1, "series": "联席会议", "series_no": 1, "kind": "联席会议", "held_on": "2024-06-20", "place": "", "chair": "王县长", "topics": "征收补偿争议化解", "opening": "", "parts": [], "created_at": "2026-12-01T22:34:50.391312+00:00", "id": 1, "issued_on": null}', '04a8c830ce3b6ceef08aaf320ba513f969b0507594234b068ce0257f6f3bb4c9', '613e4fe37867f009d8aedfa54a6deaf96ee8abae17f97607ff6523624feb93af', 53);
INSERT INTO public.journal VALUES (54, '2026-12-01 22:34:50.575125+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'task', 1, NULL, 'null', '{"source": "议定事项", "content": "建立征收补偿争议会商机制", "lead_unit_id": 6, "leader": "", "due_on": "2024-09-30", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": 1, "decision_no": 1, "suggestion_id": null, "list_no": "", "list_section": "", "list_order": null, "item_id": null, "lead_group": "", "recurrence": "", "period": "", "approved_meeting_id": null, "list_id": null, "note": "", "created_at": "2026-12-01T22:34:50.546713+00:00", "updated_at": "2026-12-01T22:34:50.546713+00:00", "id": 1, "series_closed_on": null, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": ["示范县司法局"]}', '613e4fe37867f009d8aedfa54a6deaf96ee8abae17f97607ff6523624feb93af', '9a7b2f81cb6536de7441c0ed2d0755d7e19820d6b7b7a00883c0cb477ae38ae7', 54);
INSERT INTO public.journal VALUES (55, '2026-12-01 22:34:50.95373+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'task', 2, NULL, 'null', '{"source": "双清单", "content": "清理行政协议履约情况", "lead_unit_id": 5, "leader": "", "due_on": "2024-08-31", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "", "list_section": "", "list_order": null, "item_id": null, "lead_group": "", "recurrence": "", "period": "", "approved_meeting_id": null, "list_id": null, "note": "", "created_at": "2026-12-01T22:34:50.945643+00:00", "updated_at": "2026-12-01T22:34:50.945643+00:00", "id": 2, "series_closed_on": null, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": []}', '9a7b2f81cb6536de7441c0ed2d0755d7e19820d6b7b7a00883c0cb477ae38ae7', '8d7ff21791421d36bd6dce035fabe940e08436fa5543f438edf34ca967518527', 55);
INSERT INTO public.journal VALUES (56, '2026-12-01 22:34:51.017809+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'task_progress', 1, NULL, 'null', '{"task_id": 1, "reported_on": "2024-10-15", "note": "已召开专题会", "author": "", "created_at": "2026-12-01T22:34:51.010141+00:00", "id": 1}', '8d7ff21791421d36bd6dce035fabe940e08436fa5543f438edf34ca967518527', '8d9c59f8b53d1469abe9ce094983c457371098cb85cd0005454b0f2855e5645d', 56);
INSERT INTO public.journal VALUES (57, '2026-12-01 22:34:51.108595+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'suggestion', 1, NULL, 'null', '{"kind": "司法建议", "doc_no": "示法建〔2024〕3号", "issuer": "示范县人民法院", "unit_id": 6, "received_on": "2024-05-06", "reply_due": "2024-07-08", "reply_due_rule": "2个月", "reply_due_provisional": false, "summary": "规范征收补偿程序", "created_at": "2026-12-01T22:34:51.098355+00:00", "id": 1, "replied_on": null, "reply_summary": "", "adopted": null, "adoption": null, "verified_on": null, "cases": []}', '8d9c59f8b53d1469abe9ce094983c457371098cb85cd0005454b0f2855e5645d', '1bdfac32132c9cbfe0d36a06277d3ffbb276d40a5ad961b60145561005f851c5', 57);
INSERT INTO public.journal VALUES (97, '2026-12-01 22:34:54.631206+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'attendance', 3, NULL, 'null', '{"meeting_id": 2, "role": "缺席", "person_id": null, "unit_id": 3, "name": "示范县司法局", "note": "", "affiliation": "", "headcount": null, "id": 3}', 'aed07152c6ecd6b0056ef366f4815a269bdceb40e7f0426e262e01e1e04d58b4', '5b2e4a647febfd0ff6b14f40465c78276f081be1d9624a59089ed5ac49d34229', 97);
INSERT INTO public.journal VALUES (58, '2026-12-01 22:34:51.215618+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'case', 3, 3, 'null', '{"category": "行政诉讼", "case_no": "（2024）豫05行终8号", "no_kind": "案号", "year": 2024, "court_code": "豫05", "court_level": "中级", "type_code": "行终", "type_name": "行政二审案件", "case_family": "行政", "instance": "二审", "field": "", "unit_id": 6, "court": "", "received_on": "2024-08-01", "filed_on": "2024-08-01", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "", "created_at": "2026-12-01T22:34:51.207092+00:00", "updated_at": "2026-12-01T22:34:51.207092+00:00", "act_kind": "", "loss_reasons": "", "withdrawal_kind": "", "joint_respondent": null, "norm_review": null, "typical": false, "typical_note": "", "id": 3}', '1bdfac32132c9cbfe0d36a06277d3ffbb276d40a5ad961b60145561005f851c5', '927cb6fed6ccd087af39ff16666349fa5b32454d6a52c793319394887598e7bf', 58);
INSERT INTO public.journal VALUES (59, '2026-12-01 22:34:51.23319+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'case_link', 1, 3, 'null', '{"case_id": 3, "related_id": 1, "created_at": "2026-12-01T22:34:51.229755+00:00", "id": 1, "case": "（2024）豫05行终8号", "related": "（2024）豫0591行初15号"}', '927cb6fed6ccd087af39ff16666349fa5b32454d6a52c793319394887598e7bf', '4ca559aa1a4e918de4cb4db0ce3e0fc717c95d8e9abc9c5af7f660bae9f1510c', 58);
INSERT INTO public.journal VALUES (60, '2026-12-01 22:34:51.283148+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'update', 'suggestion', 1, NULL, '{"kind": "司法建议", "doc_no": "示法建〔2024〕3号", "unit_id": 6, "reply_due": "2024-07-08", "reply_due_provisional": false, "reply_summary": "", "adoption": null, "summary": "规范征收补偿程序", "id": 1, "issuer": "示范县人民法院", "received_on": "2024-05-06", "reply_due_rule": "2个月", "replied_on": null, "adopted": null, "verified_on": null, "created_at": "2026-12-01T22:34:51.098355+00:00"}', '{"kind": "司法建议", "doc_no": "示法建〔2024〕3号", "unit_id": 6, "reply_due": "2024-07-08", "reply_due_provisional": false, "reply_summary": "", "adoption": "部分采纳", "summary": "规范征收补偿程序", "id": 1, "issuer": "示范县人民法院", "received_on": "2024-05-06", "reply_due_rule": "2个月", "replied_on": "2024-06-01", "adopted": true, "verified_on": null, "created_at": "2026-12-01T22:34:51.098355+00:00"}', '4ca559aa1a4e918de4cb4db0ce3e0fc717c95d8e9abc9c5af7f660bae9f1510c', 'cc1b6913dae5f0b4cfd3e18b4d98f6d4cebb9e5ec3acb8d5b294e4412ae4c6de', 60);
INSERT INTO public.journal VALUES (61, '2026-12-01 22:34:51.421703+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'notice', 1, NULL, 'null', '{"stage": "督办", "unit_id": 5, "issued_on": "2024-10-15", "year": 2024, "number": 1, "reply_due": "2024-10-22", "created_at": "2026-12-01T22:34:51.409721+00:00", "id": 1, "acknowledged_on": null, "issuer": "", "tasks": [2], "suggestions": []}', 'cc1b6913dae5f0b4cfd3e18b4d98f6d4cebb9e5ec3acb8d5b294e4412ae4c6de', '280bb84b3c750f2875e603a7292c991d06366fde93dd307203b75909d89d1ade', 61);
INSERT INTO public.journal VALUES (62, '2026-12-01 22:34:51.432184+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'notice', 2, NULL, 'null', '{"stage": "催办", "unit_id": 6, "issued_on": "2024-10-15", "year": null, "number": null, "reply_due": null, "created_at": "2026-12-01T22:34:51.409721+00:00", "id": 2, "acknowledged_on": null, "issuer": "", "tasks": [1], "suggestions": []}', '280bb84b3c750f2875e603a7292c991d06366fde93dd307203b75909d89d1ade', 'f9c95332c1678905f6d16626f70fffc966fa482e320cc5e6a54f2bd2dbe34360', 61);
INSERT INTO public.journal VALUES (63, '2026-12-01 22:34:51.527817+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'notice_reply', 1, NULL, 'null', '{"notice_id": 1, "replied_on": "2024-10-15", "summary": "已书面报送办理情况", "created_at": "2026-12-01T22:34:51.517822+00:00", "id": 1, "file_name": "", "file_size": 0, "file_sha256": "", "file_data": null}', 'f9c95332c1678905f6d16626f70fffc966fa482e320cc5e6a54f2bd2dbe34360', 'c1060169edf461701c9dc1dc376b9325fdd15f8600b8ee732e61f6b3d5c90678', 63);
INSERT INTO public.journal VALUES (64, '2026-12-01 22:34:51.532891+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'update', 'notice', 1, NULL, '{"id": 1, "issued_on": "2024-10-15", "number": 1, "acknowledged_on": null, "created_at": "2026-12-01T22:34:51.409721+00:00", "year": 2024, "stage": "督办", "unit_id": 5, "reply_due": "2024-10-22", "issuer": ""}', '{"id": 1, "issued_on": "2024-10-15", "number": 1, "acknowledged_on": "2024-10-15", "created_at": "2026-12-01T22:34:51.409721+00:00", "year": 2024, "stage": "督办", "unit_id": 5, "reply_due": "2024-10-22", "issuer": ""}', 'c1060169edf461701c9dc1dc376b9325fdd15f8600b8ee732e61f6b3d5c90678', 'bd150530ddf94bd0aafe070bfe14bdcd4584eb38d171d9e2bacd4c127f14e181', 63);
INSERT INTO public.journal VALUES (65, '2026-12-01 22:34:52.103776+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'bulletin', 1, NULL, 'null', '{"year": 2024, "number": 1, "period_year": 2024, "quarter": 3, "issued_on": "2024-10-15", "issuer": "", "data": {"start": "2024-07-01", "end": "2024-09-30", "black": [{"unit_id": 5, "unit": "县人社局", "open_late": 1, "done_late": 0, "suggestions_late": 0, "replies_missing": 0, "replies_late": 0, "text": "逾期未办结事项1项"}], "red": [{"unit_id": 6, "unit": "县自然资源局", "due": 1}]}, "created_at": "2026-12-01T22:34:52.090002+00:00", "id": 1}', 'bd150530ddf94bd0aafe070bfe14bdcd4584eb38d171d9e2bacd4c127f14e181', '40401b8d667981fcbe3b9906b74a687903145e49029e4420c70b10c92188afae', 65);
INSERT INTO public.journal VALUES (66, '2026-12-01 22:34:52.456693+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'report_snapshot', 1, NULL, 'null', '{"year": 2024, "quarter": 2, "scope": "", "published_at": "2026-12-01T22:34:52.447647+00:00", "published_by": "测试员@postgres", "data": {"period": {"year": 2024, "quarter": 2, "kind": "quarter", "code": "2024Q2", "label": "2024年第二季度", "start": "2024-04-01", "end": "2024-06-30", "as_of": "2024-06-30", "complete": true}, "compare": {"last_year": {"year": 2023, "quarter": 2, "kind": "quarter", "code": "2023Q2", "label": "2023年第二季度", "start": "2023-04-01", "end": "2023-06-30"}, "previous": {"year": 2024, "quarter": 1, "kind": "quarter", "code": "2024Q1", "label": "2024年第一季度", "start": "2024-01-01", "end": "2024-03-31"}, "text": "同比与2023年第二季度比较，环比与2024年第一季度比较"}, "office": {"name": "示范县府院联动联席会议办公室", "region": "示范县", "meeting_name": "示范县府院联动联席会议"}, "scope": {"unit": null, "region": null}, "settings": {"loss_rate_denominator": "closed", "loss_rate_outcome": "first_instance", "reconsideration_correction_denominator": "decided", "settlement_includes_withdrawal": false, "head_appearance_principal_only": false, "enforcement_closed_includes_terminated": false, "resolution_includes_withdrawn_suits": true, "population_region": "示范县", "population": null, "unranked_kinds": ["法院", "检察院"], "successor": false}, "definitions": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "kind": "count", "unit": "件", "numerator": "本期新收的一审行政诉讼案件（被告为本地行政机关或乡镇街道），按案号计", "denominator": "", "basis": "立案日期", "setting": "", "note": "", "money": false}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关败诉的案件（撤销、变更、责令履行、确认违法、确认无效、判决赔偿或补偿）", "denominator": "本期审结的一审行政诉讼案件（被告为本地行政机关或乡镇街道）", "basis": "结案日期", "setting": "indicators.loss_rate_denominator", "note": "行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "money": false}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关负责人（正职或分管副职）出庭应诉的案件", "denominator": "本期开庭审理的行政诉讼案件（书面审理不计）", "basis": "开庭日期", "setting": "indicators.head_appearance_principal_only", "note": "负责人出庭应诉率计入正职和分管副职负责人出庭", "money": false}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "kind": "rate", "unit": "%", "numerator": "其中以撤销、变更、确认违法、责令履行或确认无效决定纠错的案件", "denominator": "本期以复议决定结案的行政复议案件（不含调解、和解、撤回）", "basis": "结案日期", "setting": "indicators.reconsideration_correction_denominator", "note": "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "money": false}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "kind": "rate", "unit": "%", "numerator": "其中以调解或和解结案的案件", "denominator": "本期审结的全部行政复议案件", "basis": "结案日期", "setting": "indicators.settlement_includes_withdrawal", "note": "行政复议调解和解率不含撤回申请结案的案件", "money": false}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "kind": "rate", "unit": "%", "numerator": "其中标记为实质性化解（未再进入诉讼或信访）的案件", "denominator": "本期办结的行政争议（行政复议、诉前调解、行政调解，及标记为实质性化解的行政诉讼协调撤诉）", "basis": "结案日期", "setting": "indicators.resolution_includes_withdrawn_suits", "note": "", "money": false}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "kind": "rate", "unit": "%", "numerator": "其中调解成功的案件", "denominator": "本期办结的诉前调解案件", "basis": "结案日期", "setting": "", "note": "", "money": false}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "kind": "count", "unit": "件", "numerator": "本期执结的涉行政机关执行案件（终结本次执行不计为执结）", "denominator": "", "basis": "结案日期", "setting": "indicators.enforcement_closed_includes_terminated", "note": "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）", "money": false}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "kind": "amount", "unit": "元", "numerator": "本期执结的涉行政机关执行案件的执行到位金额", "denominator": "", "basis": "结案日期", "setting": "", "note": "", "money": true}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "kind": "rate", "unit": "%", "numerator": "执行到位金额", "denominator": "本期执结且登记了申请执行标的的涉行政机关执行案件的标的金额", "basis": "结案日期", "setting": "", "note": "", "money": true}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "kind": "rate", "unit": "%", "numerator": "其中已反馈的司法建议、检察建议（不论是否逾期）", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "kind": "rate", "unit": "%", "numerator": "其中在反馈期限内反馈的司法建议、检察建议", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "kind": "rate", "unit": "%", "numerator": "其中按期完成的事项", "denominator": "完成时限在本期（截至统计日）的双清单事项", "basis": "完成时限", "setting": "", "note": "", "money": false}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "kind": "per_10k", "unit": "件/万人", "numerator": "本期新收的一审民事、行政案件（法院提供的收案数；未录入时按台账登记的案件）", "denominator": "常住人口（fylink report figure set 录入，或配置项 indicators.population；按万人计）", "basis": "立案日期", "setting": "indicators.population", "note": "", "money": false}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "kind": "count", "unit": "件", "numerator": "统计日已过完成时限而未完成的双清单事项（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "kind": "count", "unit": "件", "numerator": "统计日已过反馈期限而未反馈的司法建议、检察建议（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}}, "notes": ["行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "负责人出庭应诉率计入正职和分管副职负责人出庭", "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "行政复议调解和解率不含撤回申请结案的案件", "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）"], "warnings": ["未录入示范县的常住人口（fylink report figure set 常住人口 …，或配置项 indicators.population），不计算万人成讼率", "以下指标的比较基数不足10件，增减幅度仅供参考：行政诉讼发案量（上期1件）"], "figures": {"region": "示范县", "used": {}, "sources": [], "numerator_from": "台账"}, "indicators": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": -100.0, "qoq_display": "↓ -100.0%（基数小）", "qoq_text": "减少100.0%（基数较小：上期仅1件）", "qoq_small_base": 1, "previous": {"numerator": 1, "denominator": null, "value": 1, "display": "1"}}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "unit": "%", "numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "unit": "元", "numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "unit": "%", "numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "unit": "件/万人", "numerator": 0, "denominator": null, "value": null, "display": "—", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 1, "denominator": null, "value": null, "display": "—"}}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}}, "double_decline": {"achieved": null, "litigation_filed_down": false, "loss_rate_down": null, "text": "无法判断是否实现“双下降”：本期或去年同期没有审结的一审行政诉讼案件。行政诉讼发案量0件（去年同期0件）。"}, "units": [{"unit": "县税务局", "unit_name": "国家税务总局示范县税务局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 1}, {"unit": "东城街道", "unit_name": "示范县东城街道办事处", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 2}, {"unit": "县人社局", "unit_name": "示范县人力资源和社会保障局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 3}, {"unit": "县政府办", "unit_name": "示范县人民政府办公室", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 4}, {"unit": "县住建局", "unit_name": "示范县住房和城乡建设局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 5}, {"unit": "县信访局", "unit_name": "示范县信访局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 6}, {"unit": "县公安局", "unit_name": "示范县公安局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 7}, {"unit": "县发改委", "unit_name": "示范县发展和改革委员会", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 8}, {"unit": "县司法局", "unit_name": "示范县司法局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 9}, {"unit": "城关镇", "unit_name": "示范县城关镇人民政府", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 10}, {"unit": "县城管局", "unit_name": "示范县城市管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 11}, {"unit": "县市场监管局", "unit_name": "示范县市场监督管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 12}, {"unit": "县生态环境分局", "unit_name": "示范县生态环境分局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 13}, {"unit": "县自然资源局", "unit_name": "示范县自然资源局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": -100.0}, "loss_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 14}, {"unit": "县财政局", "unit_name": "示范县财政局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 15}], "ranking_note": "法院、检察院不是被考核单位，不列入单位排名（配置项 escalation.rank_consult_kinds = true 可列入）", "attention": {"as_of": "2024-06-30", "watched_enterprises": {"total": 0, "by_level": {"高": 0, "中": 0, "低": 0}, "in_bankruptcy": 0}, "unpaid_enforcement_total": 0, "unpaid_enforcement": [], "losses_total": 0, "losses": [], "overdue_tasks_total": 0, "overdue_tasks": [], "unanswered_suggestions_total": 0, "unanswered_suggestions": []}, "generated_on": "2024-10-15", "trend": [{"period": "2022Q3", "label": "2022年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2022Q4", "label": "2022年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q1", "label": "2023年1季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q2", "label": "2023年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q3", "label": "2023年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q4", "label": "2023年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q1", "label": "2024年1季度", "litigation_filed": 1, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q2", "label": "2024年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 1, "loss_rate": 0.0}]}, "id": 1}', '40401b8d667981fcbe3b9906b74a687903145e49029e4420c70b10c92188afae', 'b5002e0c0538681beb9920939bf4076591d790627fb96201a268fbf76f197941', 66);
INSERT INTO public.journal VALUES (67, '2026-12-01 22:34:52.48246+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'journal_anchor', 1, NULL, 'null', '{"at": "2026-12-01T22:34:52.478158+00:00", "kind": "report", "label": "2024年第二季度", "seq": 66, "hash": "b5002e0c0538681beb9920939bf4076591d790627fb96201a268fbf76f197941", "mac": null, "id": 1}', 'b5002e0c0538681beb9920939bf4076591d790627fb96201a268fbf76f197941', 'f72c3c70f1698e97d0216b82b38a0b94a29fc490e3c03b85c5950a80c0526958', 66);
INSERT INTO public.journal VALUES (68, '2026-12-01 22:34:52.5525+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'unit_name', 1, NULL, 'null', '{"unit_id": 5, "name": "示范县人力资源和社会保障局", "short_name": "县人社局", "valid_from": null, "valid_until": "2024-08-31", "id": 1}', 'f72c3c70f1698e97d0216b82b38a0b94a29fc490e3c03b85c5950a80c0526958', 'ac42a4eb8f175a919a7fef3944ab89d59c762749efb5be191e55928f08421136', 68);
INSERT INTO public.journal VALUES (120, '2026-12-01 22:34:55.443394+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'delete', 'task_co_unit', 2, NULL, '{"task_id": 6, "unit_id": 7, "id": 2}', 'null', '3398c8c13c3f2bff30685d74082c7579eaa922b561e0d0b3507279e2c8fe8fa3', '532e2f65ccfabb2237c76561008d025f69162133e04a5987552b7e9e9bb48e80', 118);
INSERT INTO public.journal VALUES (69, '2026-12-01 22:34:52.55823+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'update', 'unit', 5, NULL, '{"kind": "政府部门", "id": 5, "is_member": true, "liaison_phone": "0372-5101005", "note": "", "updated_at": "2026-12-01T22:34:49.209776+00:00", "merged_on": null, "name": "示范县人力资源和社会保障局", "short_name": "县人社局", "region": "示范县", "liaison_name": "何芳", "liaison_email": "rsj@shifan.example.cn", "created_at": "2026-12-01T22:34:49.209776+00:00", "merged_into_id": null, "direct_successor_id": null}', '{"kind": "政府部门", "id": 5, "is_member": true, "liaison_phone": "0372-5101005", "note": "", "updated_at": "2026-12-01T22:34:52.556575+00:00", "merged_on": null, "name": "示范县人力资源局", "short_name": "县人社局", "region": "示范县", "liaison_name": "何芳", "liaison_email": "rsj@shifan.example.cn", "created_at": "2026-12-01T22:34:49.209776+00:00", "merged_into_id": null, "direct_successor_id": null}', 'ac42a4eb8f175a919a7fef3944ab89d59c762749efb5be191e55928f08421136', '232e3a7ec34857e76f90e8c943b1079faccc74fd857e0c1fa53826aa4692d290', 68);
INSERT INTO public.journal VALUES (70, '2026-12-01 22:34:52.614495+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'person', 23, NULL, 'null', '{"name": "钱进", "title": "副局长", "unit_id": 3, "role": "成员", "phone": "", "email": "", "created_at": "2026-12-01T22:34:52.609010+00:00", "id": 23, "left_on": null}', '232e3a7ec34857e76f90e8c943b1079faccc74fd857e0c1fa53826aa4692d290', '5475275d3872b5d6052c69af34ab0787d73ef61f9bbda93843366996e317b0f7', 70);
INSERT INTO public.journal VALUES (71, '2026-12-01 22:34:52.673927+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'update', 'person', 23, NULL, '{"unit_id": 3, "id": 23, "phone": "", "left_on": null, "name": "钱进", "title": "副局长", "role": "成员", "email": "", "created_at": "2026-12-01T22:34:52.609010+00:00"}', '{"unit_id": 3, "id": 23, "phone": "", "left_on": "2024-10-01", "name": "钱进", "title": "副局长", "role": "成员", "email": "", "created_at": "2026-12-01T22:34:52.609010+00:00", "reason": "调离"}', '5475275d3872b5d6052c69af34ab0787d73ef61f9bbda93843366996e317b0f7', '0dc21fd6e4d84900265e74406ff79d50dc3abc069c9edbd6032bf7fafdabaa5d', 71);
INSERT INTO public.journal VALUES (72, '2026-12-01 22:34:52.752177+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'external_figure', 1, NULL, 'null', '{"region": "示范县", "year": 2023, "quarter": 0, "key": "population", "value": 812300, "source": "县统计局", "note": "", "created_at": "2026-12-01T22:34:52.732387+00:00", "updated_at": "2026-12-01T22:34:52.732387+00:00", "id": 1}', '0dc21fd6e4d84900265e74406ff79d50dc3abc069c9edbd6032bf7fafdabaa5d', 'af3cec520e9a1154eb4af41a42e2a25dab5399aa2c834cddd1abfe8f387334a5', 72);
INSERT INTO public.journal VALUES (73, '2026-12-01 22:34:52.889843+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'assess_record', 1, NULL, 'null', '{"unit_id": 7, "line_id": "B6", "occurred_on": "2024-07-01", "basis": "市报曝光〔2024〕3号", "level": "市", "points_x100": null, "note": "", "recorded_by": "测试员@postgres", "created_at": "2026-12-01T22:34:52.873138+00:00", "updated_at": "2026-12-01T22:34:52.873138+00:00", "id": 1, "file_name": "", "file_size": 0, "file_sha256": ""}', 'af3cec520e9a1154eb4af41a42e2a25dab5399aa2c834cddd1abfe8f387334a5', '21d71a8696eb5399b349d32e49cbadbaeb144fb9834e9162bc8e6f65ab02886d', 73);
INSERT INTO public.journal VALUES (74, '2026-12-01 22:34:52.987446+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'assess_appeal', 1, NULL, 'null', '{"year": 2024, "unit_id": 7, "line_id": "B6", "reason": "报道所涉事项不属本单位职责", "filed_on": "2024-10-15", "created_at": "2026-12-01T22:34:52.969832+00:00", "updated_at": "2026-12-01T22:34:52.969832+00:00", "id": 1, "decision": null, "decided_on": null, "decision_note": "", "points_x100": null}', '21d71a8696eb5399b349d32e49cbadbaeb144fb9834e9162bc8e6f65ab02886d', 'b8590a44a26f255d595871ec707b8c4313079cffdee5c7febb6ee7d0b2c5299f', 74);
INSERT INTO public.journal VALUES (75, '2026-12-01 22:34:53.069246+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'party_alias', 1, NULL, 'null', '{"party_id": 2, "name": "示范县建工集团", "kind": "曾用名", "changed_on": "2024-09-01", "created_at": "2026-12-01T22:34:53.063892+00:00", "id": 1}', 'b8590a44a26f255d595871ec707b8c4313079cffdee5c7febb6ee7d0b2c5299f', 'c35a41db022ebbee450bd10dc5732a8fb342df3be65431cac2335b5f7f66abd9', 75);
INSERT INTO public.journal VALUES (76, '2026-12-01 22:34:53.079818+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'update', 'party', 2, NULL, '{"id_kind": "统一社会信用代码", "id": 2, "created_at": "2026-12-01T22:34:49.729997+00:00", "kind": "法人或其他组织", "id_number": "91340503MA2N0001XG", "name": "示范县建工集团"}', '{"id_kind": "统一社会信用代码", "id": 2, "created_at": "2026-12-01T22:34:49.729997+00:00", "kind": "法人或其他组织", "id_number": "91340503MA2N0001XG", "name": "示范县建工集团有限公司"}', 'c35a41db022ebbee450bd10dc5732a8fb342df3be65431cac2335b5f7f66abd9', '6e4c56bb78312571ddc0b5cd35dd68b15f23cc297c466b9c60c8db2e090ea9ee', 75);
INSERT INTO public.journal VALUES (77, '2026-12-01 22:34:53.136296+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'party_watch', 1, NULL, 'null', '{"party_id": 2, "level": "高", "reason": "重点破产企业", "leader": "", "task_force": "", "since": "2024-10-15", "created_at": "2026-12-01T22:34:53.113964+00:00", "updated_at": "2026-12-01T22:34:53.113964+00:00", "id": 1}', '6e4c56bb78312571ddc0b5cd35dd68b15f23cc297c466b9c60c8db2e090ea9ee', '99f7fae7749e1050050ec46326733798dee6655ab7d055d814a1cd7d213f5b95', 77);
INSERT INTO public.journal VALUES (78, '2026-12-01 22:34:53.235815+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'project', 1, NULL, 'null', '{"name": "锦绣家园小区", "kind": "问题楼盘", "unit_id": null, "leader": "", "households": 277, "people": null, "note": "", "created_at": "2026-12-01T22:34:53.222657+00:00", "updated_at": "2026-12-01T22:34:53.222657+00:00", "id": 1}', '99f7fae7749e1050050ec46326733798dee6655ab7d055d814a1cd7d213f5b95', 'd3a846d43f7f58f781f58221a989c343401b14ee86eeb93b8377c5cbbdf60479', 78);
INSERT INTO public.journal VALUES (79, '2026-12-01 22:34:53.307868+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'project_case', 1, 2, 'null', '{"project_id": 1, "case_id": 2, "id": 1, "project": "锦绣家园小区", "case_no": "示政复〔2024〕12号"}', 'd3a846d43f7f58f781f58221a989c343401b14ee86eeb93b8377c5cbbdf60479', '79c59fb0f7b62cf9b6b91f6d99216fa7229932a675de65dbbf841f5a48f930a3', 79);
INSERT INTO public.journal VALUES (80, '2026-12-01 22:34:53.378496+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'task_subject', 1, NULL, 'null', '{"task_id": 2, "party_id": 2, "project_id": 1, "id": 1, "case_id": null}', '79c59fb0f7b62cf9b6b91f6d99216fa7229932a675de65dbbf841f5a48f930a3', 'eb9c05395498cda445a2622a4d29a279088032d813922ca420b933f5abe13540', 80);
INSERT INTO public.journal VALUES (81, '2026-12-01 22:34:53.43091+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'case', 4, 4, 'null', '{"category": "破产", "case_no": "（2024）豫0591破2号", "no_kind": "案号", "year": 2024, "court_code": "豫0591", "court_level": "基层", "type_code": "破", "type_name": "破产清算案件/破产重整案件/破产和解案件", "case_family": "破产", "instance": "其他", "field": "", "unit_id": 5, "court": "", "received_on": "2024-07-01", "filed_on": "2024-07-01", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "", "created_at": "2026-12-01T22:34:53.425997+00:00", "updated_at": "2026-12-01T22:34:53.425997+00:00", "act_kind": "", "loss_reasons": "", "withdrawal_kind": "", "joint_respondent": null, "norm_review": null, "typical": false, "typical_note": "", "id": 4}', 'eb9c05395498cda445a2622a4d29a279088032d813922ca420b933f5abe13540', '3268badfe4670e576ee49b83e842cbb1b62b54a6ce301e31c69197bfca48a52b', 81);
INSERT INTO public.journal VALUES (82, '2026-12-01 22:34:53.443964+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'case_party', 4, 4, 'null', '{"case_id": 4, "party_id": 2, "role": "债务人", "id": 4, "party": "示范县建工集团有限公司"}', '3268badfe4670e576ee49b83e842cbb1b62b54a6ce301e31c69197bfca48a52b', '8b16d88940db95ab6bce3df410dec562ebaafee9015ff9099cdd02de010a8727', 81);
INSERT INTO public.journal VALUES (83, '2026-12-01 22:34:53.533801+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'bankruptcy', 1, 4, 'null', '{"case_id": 4, "procedure": "重整", "stage": "受理", "created_at": "2026-12-01T22:34:53.523006+00:00", "updated_at": "2026-12-01T22:34:53.523006+00:00", "id": 1, "administrator": "", "employee_claims_fen": null, "unpaid_workers": null}', '8b16d88940db95ab6bce3df410dec562ebaafee9015ff9099cdd02de010a8727', '2b4554a44ac6ff5aca24a5a50e1468dc39d94bc6f964325eae987cab4f5c19e6', 83);
INSERT INTO public.journal VALUES (84, '2026-12-01 22:34:53.589164+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'suggestion', 2, NULL, 'null', '{"kind": "司法建议", "doc_no": "示法建〔2024〕4号", "issuer": "示范县人民法院", "unit_id": 5, "received_on": "2024-09-02", "reply_due": "2024-11-04", "reply_due_rule": "2个月", "reply_due_provisional": false, "summary": "", "created_at": "2026-12-01T22:34:53.585831+00:00", "id": 2, "replied_on": null, "reply_summary": "", "adopted": null, "adoption": null, "verified_on": null, "cases": []}', '2b4554a44ac6ff5aca24a5a50e1468dc39d94bc6f964325eae987cab4f5c19e6', '3ca43ed5b2d09c775c3f732223275d6333b242217ea887d148958c409d5031e3', 84);
INSERT INTO public.journal VALUES (85, '2026-12-01 22:34:53.61061+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'suggestion_party', 1, NULL, 'null', '{"suggestion_id": 2, "party_id": 2, "id": 1, "party": "示范县建工集团有限公司"}', '3ca43ed5b2d09c775c3f732223275d6333b242217ea887d148958c409d5031e3', '5a2c3a23f50590521dd7d5b7b871b5dca8c41289fea66d8ae3dbffba69a5c900', 84);
INSERT INTO public.journal VALUES (86, '2026-12-01 22:34:53.974474+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'report_period_snapshot', 1, NULL, 'null', '{"period": "2024H1", "year": 2024, "scope": "", "published_at": "2026-12-01T22:34:53.960097+00:00", "published_by": "测试员@postgres", "data": {"period": {"year": 2024, "quarter": null, "kind": "half", "code": "2024H1", "label": "2024年上半年", "start": "2024-01-01", "end": "2024-06-30", "as_of": "2024-06-30", "complete": true}, "compare": {"last_year": {"year": 2023, "quarter": null, "kind": "half", "code": "2023H1", "label": "2023年上半年", "start": "2023-01-01", "end": "2023-06-30"}, "previous": {"year": 2023, "quarter": null, "kind": "half", "code": "2023H2", "label": "2023年下半年", "start": "2023-07-01", "end": "2023-12-31"}, "text": "同比与2023年上半年比较，环比与2023年下半年比较"}, "office": {"name": "示范县府院联动联席会议办公室", "region": "示范县", "meeting_name": "示范县府院联动联席会议"}, "scope": {"unit": null, "region": null}, "settings": {"loss_rate_denominator": "closed", "loss_rate_outcome": "first_instance", "reconsideration_correction_denominator": "decided", "settlement_includes_withdrawal": false, "head_appearance_principal_only": false, "enforcement_closed_includes_terminated": false, "resolution_includes_withdrawn_suits": true, "population_region": "示范县", "population": 812300, "unranked_kinds": ["法院", "检察院"], "successor": false}, "definitions": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "kind": "count", "unit": "件", "numerator": "本期新收的一审行政诉讼案件（被告为本地行政机关或乡镇街道），按案号计", "denominator": "", "basis": "立案日期", "setting": "", "note": "", "money": false}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关败诉的案件（撤销、变更、责令履行、确认违法、确认无效、判决赔偿或补偿）", "denominator": "本期审结的一审行政诉讼案件（被告为本地行政机关或乡镇街道）", "basis": "结案日期", "setting": "indicators.loss_rate_denominator", "note": "行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "money": false}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关负责人（正职或分管副职）出庭应诉的案件", "denominator": "本期开庭审理的行政诉讼案件（书面审理不计）", "basis": "开庭日期", "setting": "indicators.head_appearance_principal_only", "note": "负责人出庭应诉率计入正职和分管副职负责人出庭", "money": false}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "kind": "rate", "unit": "%", "numerator": "其中以撤销、变更、确认违法、责令履行或确认无效决定纠错的案件", "denominator": "本期以复议决定结案的行政复议案件（不含调解、和解、撤回）", "basis": "结案日期", "setting": "indicators.reconsideration_correction_denominator", "note": "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "money": false}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "kind": "rate", "unit": "%", "numerator": "其中以调解或和解结案的案件", "denominator": "本期审结的全部行政复议案件", "basis": "结案日期", "setting": "indicators.settlement_includes_withdrawal", "note": "行政复议调解和解率不含撤回申请结案的案件", "money": false}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "kind": "rate", "unit": "%", "numerator": "其中标记为实质性化解（未再进入诉讼或信访）的案件", "denominator": "本期办结的行政争议（行政复议、诉前调解、行政调解，及标记为实质性化解的行政诉讼协调撤诉）", "basis": "结案日期", "setting": "indicators.resolution_includes_withdrawn_suits", "note": "", "money": false}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "kind": "rate", "unit": "%", "numerator": "其中调解成功的案件", "denominator": "本期办结的诉前调解案件", "basis": "结案日期", "setting": "", "note": "", "money": false}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "kind": "count", "unit": "件", "numerator": "本期执结的涉行政机关执行案件（终结本次执行不计为执结）", "denominator": "", "basis": "结案日期", "setting": "indicators.enforcement_closed_includes_terminated", "note": "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）", "money": false}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "kind": "amount", "unit": "元", "numerator": "本期执结的涉行政机关执行案件的执行到位金额", "denominator": "", "basis": "结案日期", "setting": "", "note": "", "money": true}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "kind": "rate", "unit": "%", "numerator": "执行到位金额", "denominator": "本期执结且登记了申请执行标的的涉行政机关执行案件的标的金额", "basis": "结案日期", "setting": "", "note": "", "money": true}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "kind": "rate", "unit": "%", "numerator": "其中已反馈的司法建议、检察建议（不论是否逾期）", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "kind": "rate", "unit": "%", "numerator": "其中在反馈期限内反馈的司法建议、检察建议", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "kind": "rate", "unit": "%", "numerator": "其中按期完成的事项", "denominator": "完成时限在本期（截至统计日）的双清单事项", "basis": "完成时限", "setting": "", "note": "", "money": false}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "kind": "per_10k", "unit": "件/万人", "numerator": "本期新收的一审民事、行政案件（法院提供的收案数；未录入时按台账登记的案件）", "denominator": "常住人口（fylink report figure set 录入，或配置项 indicators.population；按万人计）", "basis": "立案日期", "setting": "indicators.population", "note": "", "money": false}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "kind": "count", "unit": "件", "numerator": "统计日已过完成时限而未完成的双清单事项（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "kind": "count", "unit": "件", "numerator": "统计日已过反馈期限而未反馈的司法建议、检察建议（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}}, "notes": ["行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "负责人出庭应诉率计入正职和分管副职负责人出庭", "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "行政复议调解和解率不含撤回申请结案的案件", "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）"], "warnings": ["未录入示范县2024年上半年法院一审民事收案、一审行政收案数（fylink report figure set），万人成讼率的分子暂按本台账登记的一审民事、行政案件计"], "figures": {"region": "示范县", "used": {"population": {"value": 812300, "source": "县统计局", "period": "2023年"}}, "sources": ["常住人口812,300人（2023年，来源：县统计局）"], "numerator_from": "台账"}, "indicators": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "unit": "件", "numerator": 1, "denominator": null, "value": 1, "display": "1", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "unit": "%", "numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "unit": "元", "numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "unit": "%", "numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "unit": "件/万人", "numerator": 1, "denominator": 812300, "value": 0.01, "display": "0.01", "fraction": "1件/81.23万人", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 812300, "value": 0.0, "display": "0.00"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 812300, "value": 0.0, "display": "0.00"}}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}}, "double_decline": {"achieved": null, "litigation_filed_down": false, "loss_rate_down": null, "text": "无法判断是否实现“双下降”：本期或去年同期没有审结的一审行政诉讼案件。行政诉讼发案量1件（去年同期0件）。"}, "units": [{"unit": "县自然资源局", "unit_name": "示范县自然资源局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 1, "denominator": null, "value": 1, "display": "1", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 1}, {"unit": "县税务局", "unit_name": "国家税务总局示范县税务局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 2}, {"unit": "东城街道", "unit_name": "示范县东城街道办事处", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 3}, {"unit": "县人社局", "unit_name": "示范县人力资源局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 4}, {"unit": "县政府办", "unit_name": "示范县人民政府办公室", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 5}, {"unit": "县住建局", "unit_name": "示范县住房和城乡建设局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 6}, {"unit": "县信访局", "unit_name": "示范县信访局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 7}, {"unit": "县公安局", "unit_name": "示范县公安局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 8}, {"unit": "县发改委", "unit_name": "示范县发展和改革委员会", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 9}, {"unit": "县司法局", "unit_name": "示范县司法局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 10}, {"unit": "城关镇", "unit_name": "示范县城关镇人民政府", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 11}, {"unit": "县城管局", "unit_name": "示范县城市管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 12}, {"unit": "县市场监管局", "unit_name": "示范县市场监督管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 13}, {"unit": "县生态环境分局", "unit_name": "示范县生态环境分局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 14}, {"unit": "县财政局", "unit_name": "示范县财政局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 15}], "ranking_note": "法院、检察院不是被考核单位，不列入单位排名（配置项 escalation.rank_consult_kinds = true 可列入）", "attention": {"as_of": "2024-06-30", "watched_enterprises": {"total": 1, "by_level": {"高": 1, "中": 0, "低": 0}, "in_bankruptcy": 1}, "unpaid_enforcement_total": 0, "unpaid_enforcement": [], "losses_total": 0, "losses": [], "overdue_tasks_total": 0, "overdue_tasks": [], "unanswered_suggestions_total": 0, "unanswered_suggestions": []}, "generated_on": "2024-10-15", "trend": [{"period": "2022Q3", "label": "2022年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2022Q4", "label": "2022年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q1", "label": "2023年1季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q2", "label": "2023年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q3", "label": "2023年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q4", "label": "2023年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q1", "label": "2024年1季度", "litigation_filed": 1, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q2", "label": "2024年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 1, "loss_rate": 0.0}]}, "id": 1}', '5a2c3a23f50590521dd7d5b7b871b5dca8c41289fea66d8ae3dbffba69a5c900', '9d2c2ecd986ce3130e75e835e3a8890f445887cf3cd2bf675f4eafa828a883a7', 86);
INSERT INTO public.journal VALUES (87, '2026-12-01 22:34:54.019624+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'journal_anchor', 2, NULL, 'null', '{"at": "2026-12-01T22:34:54.013305+00:00", "kind": "report", "label": "2024年上半年", "seq": 86, "hash": "9d2c2ecd986ce3130e75e835e3a8890f445887cf3cd2bf675f4eafa828a883a7", "mac": null, "id": 2}', '9d2c2ecd986ce3130e75e835e3a8890f445887cf3cd2bf675f4eafa828a883a7', 'a4b43109b808fae027579363e114cbad38604cef238ab56170f9668c32db0d8a', 86);
INSERT INTO public.journal VALUES (88, '2026-12-01 22:34:54.103277+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'brief_issue', 1, NULL, 'null', '{"kind": "工作简报", "year": 2024, "issue_no": 1, "issued_on": "2024-10-10", "distribution": "各成员单位", "created_at": "2026-12-01T22:34:54.092744+00:00", "id": 1}', 'a4b43109b808fae027579363e114cbad38604cef238ab56170f9668c32db0d8a', 'afb02958d8f808ce43208c14d4e55187bf13351fe9f52163729bbfad70856102', 88);
INSERT INTO public.journal VALUES (89, '2026-12-01 22:34:54.163289+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'brief_item', 1, NULL, 'null', '{"unit_id": 5, "kind": "工作动态", "source": "报送", "title": "", "body": "劳动争议化解情况", "submitted_on": "2024-10-15", "created_at": "2026-12-01T22:34:54.149201+00:00", "id": 1, "issue_id": null, "seq": 0}', 'afb02958d8f808ce43208c14d4e55187bf13351fe9f52163729bbfad70856102', 'fbe3bf90dff4e3863bec5cea7d31ce271be8318f0a26598c85d59fabd95a5ea8', 89);
INSERT INTO public.journal VALUES (90, '2026-12-01 22:34:54.235162+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'update', 'brief_item', 1, NULL, '{"issue_id": null, "unit_id": 5, "source": "报送", "body": "劳动争议化解情况", "seq": 0, "kind": "工作动态", "id": 1, "title": "", "submitted_on": "2024-10-15", "created_at": "2026-12-01T22:34:54.149201+00:00"}', '{"issue_id": 1, "unit_id": 5, "source": "报送", "body": "劳动争议化解情况", "seq": 1, "kind": "工作动态", "id": 1, "title": "", "submitted_on": "2024-10-15", "created_at": "2026-12-01T22:34:54.149201+00:00"}', 'fbe3bf90dff4e3863bec5cea7d31ce271be8318f0a26598c85d59fabd95a5ea8', '3743402849c5722492216998fa19b2a55288216c202b487f771d49b934cb82e6', 90);
INSERT INTO public.journal VALUES (91, '2026-12-01 22:34:54.290657+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'brief_item', 2, NULL, 'null', '{"unit_id": 6, "kind": "经验做法", "source": "报送", "title": "", "body": "征收补偿争议会商机制", "submitted_on": "2024-10-15", "created_at": "2026-12-01T22:34:54.286361+00:00", "id": 2, "issue_id": 1, "seq": 2}', '3743402849c5722492216998fa19b2a55288216c202b487f771d49b934cb82e6', '7b7084ab1615d8e8f6287487794c256ce7b2363b8fcad0f3660b2057e9f48b2c', 91);
INSERT INTO public.journal VALUES (92, '2026-12-01 22:34:54.364496+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'brief_item', 3, NULL, 'null', '{"unit_id": 3, "kind": "问题建议", "source": "报送", "title": "", "body": "行政复议案件增多", "submitted_on": "2024-10-15", "created_at": "2026-12-01T22:34:54.354975+00:00", "id": 3, "issue_id": null, "seq": 0}', '7b7084ab1615d8e8f6287487794c256ce7b2363b8fcad0f3660b2057e9f48b2c', '6b77fae3884b581538da35f00fc466904c5dca11f64114efae28a18b678d4c9f', 92);
INSERT INTO public.journal VALUES (93, '2026-12-01 22:34:54.427095+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'meeting', 2, NULL, 'null', '{"year": 2024, "issue_no": 2, "series": "协调会", "series_no": 1, "kind": "协调会", "held_on": "2024-07-10", "place": "", "chair": "", "topics": "", "opening": "", "parts": ["会议认为，征收补偿争议化解工作取得阶段性进展。"], "created_at": "2026-12-01T22:34:54.422041+00:00", "id": 2, "issued_on": null}', '6b77fae3884b581538da35f00fc466904c5dca11f64114efae28a18b678d4c9f', '97fafc2b9ebd7cd748dd5361212e88fba7672e35f92e3502326a3086bfe868d4', 93);
INSERT INTO public.journal VALUES (94, '2026-12-01 22:34:54.438896+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'meeting_follow', 1, NULL, 'null', '{"meeting_id": 2, "followed_meeting_id": 1, "task_id": null, "id": 1}', '97fafc2b9ebd7cd748dd5361212e88fba7672e35f92e3502326a3086bfe868d4', 'a8d3bfaf1c876a9f401f6cf686ffc64962e6a80f3a648bdabef547ef92551639', 93);
INSERT INTO public.journal VALUES (98, '2026-12-01 22:34:54.683488+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'task', 3, NULL, 'null', '{"source": "双清单", "content": "报送化解进展", "lead_unit_id": 6, "leader": "", "due_on": "2024-09-30", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "", "list_section": "", "list_order": null, "item_id": null, "lead_group": "", "recurrence": "每季度末", "period": "2024年第三季度", "approved_meeting_id": null, "list_id": null, "note": "", "created_at": "2026-12-01T22:34:54.674061+00:00", "updated_at": "2026-12-01T22:34:54.674061+00:00", "id": 3, "series_closed_on": null, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": []}', '5b2e4a647febfd0ff6b14f40465c78276f081be1d9624a59089ed5ac49d34229', 'da88f7998a5129d624aff3b29e41f968a7d76630494809da6ebb3888fc4e616f', 98);
INSERT INTO public.journal VALUES (99, '2026-12-01 22:34:54.694449+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'update', 'task', 3, NULL, '{"source": "双清单", "content": "报送化解进展", "lead_unit_id": 6, "leader": "", "due_on": "2024-09-30", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "", "list_section": "", "list_order": null, "item_id": null, "lead_group": "", "recurrence": "每季度末", "period": "2024年第三季度", "approved_meeting_id": null, "list_id": null, "note": "", "created_at": "2026-12-01T22:34:54.674061+00:00", "updated_at": "2026-12-01T22:34:54.674061+00:00", "id": 3, "series_closed_on": null, "completed_on": null, "signed_off_on": null, "signed_off_by": ""}', '{"source": "双清单", "content": "报送化解进展", "lead_unit_id": 6, "leader": "", "due_on": "2024-09-30", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "", "list_section": "", "list_order": null, "item_id": 3, "lead_group": "", "recurrence": "每季度末", "period": "2024年第三季度", "approved_meeting_id": null, "list_id": null, "note": "", "created_at": "2026-12-01T22:34:54.674061+00:00", "updated_at": "2026-12-01T22:34:54.688915+00:00", "id": 3, "series_closed_on": null, "completed_on": null, "signed_off_on": null, "signed_off_by": ""}', 'da88f7998a5129d624aff3b29e41f968a7d76630494809da6ebb3888fc4e616f', '71f43dd8df70552c199629ae2552bb9876263432418d13a90ce2b4080cd2dc3b', 98);
INSERT INTO public.journal VALUES (100, '2026-12-01 22:34:54.700443+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'task', 4, NULL, 'null', '{"source": "双清单", "content": "报送化解进展", "lead_unit_id": 6, "leader": "", "due_on": "2024-12-31", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "", "list_section": "", "list_order": null, "item_id": 3, "lead_group": "", "recurrence": "每季度末", "period": "2024年第四季度", "approved_meeting_id": null, "list_id": null, "note": "", "created_at": "2026-12-01T22:34:54.674061+00:00", "updated_at": "2026-12-01T22:34:54.674061+00:00", "id": 4, "series_closed_on": null, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": []}', '71f43dd8df70552c199629ae2552bb9876263432418d13a90ce2b4080cd2dc3b', '7cb756ee96d6ce029d57438f1e4f099c4c283d89654ce362c6f38f9fb1039841', 98);
INSERT INTO public.journal VALUES (101, '2026-12-01 22:34:54.758996+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'task', 5, NULL, 'null', '{"source": "双清单", "content": "坚持府院会商", "lead_unit_id": 3, "leader": "", "due_on": "9999-12-31", "due_rule": "长期坚持", "due_start": "2024-10-15", "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "", "list_section": "", "list_order": null, "item_id": null, "lead_group": "", "recurrence": "", "period": "", "approved_meeting_id": null, "list_id": null, "note": "", "created_at": "2026-12-01T22:34:54.754059+00:00", "updated_at": "2026-12-01T22:34:54.754059+00:00", "id": 5, "series_closed_on": null, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": []}', '7cb756ee96d6ce029d57438f1e4f099c4c283d89654ce362c6f38f9fb1039841', '4b3b4560f181d324ccf193e8759683e00bece3667f186eaecd610df2d446f362', 101);
INSERT INTO public.journal VALUES (102, '2026-12-01 22:34:54.830346+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'task', 6, NULL, 'null', '{"source": "双清单", "content": "整治占道经营", "lead_unit_id": 13, "leader": "", "due_on": "2024-12-31", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "", "list_section": "", "list_order": null, "item_id": null, "lead_group": "", "recurrence": "", "period": "", "approved_meeting_id": null, "list_id": null, "note": "", "created_at": "2026-12-01T22:34:54.826676+00:00", "updated_at": "2026-12-01T22:34:54.826676+00:00", "id": 6, "series_closed_on": null, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": ["示范县住房和城乡建设局"]}', '4b3b4560f181d324ccf193e8759683e00bece3667f186eaecd610df2d446f362', '4a42877571b3c5e457b5938ad1a0c070ecd266f2a8d4ca0299574149eb8e034d', 102);
INSERT INTO public.journal VALUES (103, '2026-12-01 22:34:54.918292+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'case', 5, 5, 'null', '{"category": "行政诉讼", "case_no": "（2024）豫0591行初20号", "no_kind": "案号", "year": 2024, "court_code": "豫0591", "court_level": "基层", "type_code": "行初", "type_name": "行政一审案件", "case_family": "行政", "instance": "一审", "field": "", "unit_id": 13, "court": "", "received_on": "2024-09-10", "filed_on": "2024-09-10", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "", "created_at": "2026-12-01T22:34:54.913951+00:00", "updated_at": "2026-12-01T22:34:54.913951+00:00", "act_kind": "", "loss_reasons": "", "withdrawal_kind": "", "joint_respondent": null, "norm_review": null, "typical": false, "typical_note": "", "id": 5}', '4a42877571b3c5e457b5938ad1a0c070ecd266f2a8d4ca0299574149eb8e034d', 'dc584298e0ee05782a57221560950951a68f67fb04661fdd65ae5ca01d41384b', 103);
INSERT INTO public.journal VALUES (104, '2026-12-01 22:34:54.935356+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'party', 4, NULL, 'null', '{"name": "周七", "kind": "自然人", "id_kind": "", "id_number": null, "created_at": "2026-12-01T22:34:54.931534+00:00", "id": 4}', 'dc584298e0ee05782a57221560950951a68f67fb04661fdd65ae5ca01d41384b', 'faf54f8f55a7724fc9f88c20d635e857e27c7af3f51a6c7f07bcec656b7607d0', 103);
INSERT INTO public.journal VALUES (105, '2026-12-01 22:34:54.938497+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'case_party', 5, 5, 'null', '{"case_id": 5, "party_id": 4, "role": "原告", "id": 5, "party": "周七"}', 'faf54f8f55a7724fc9f88c20d635e857e27c7af3f51a6c7f07bcec656b7607d0', '3805e2586d3245942723550d52b623b7fe3b15312f64de19c565eee94497bc23', 103);
INSERT INTO public.journal VALUES (106, '2026-12-01 22:34:55.011214+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'update', 'task', 6, NULL, '{"id": 6, "due_rule": "", "list_section": "", "series_closed_on": null, "due_start": null, "list_order": null, "note": "", "due_provisional": false, "item_id": null, "completed_on": null, "source": "双清单", "meeting_id": null, "lead_group": "", "signed_off_on": null, "content": "整治占道经营", "decision_no": null, "recurrence": "", "lead_unit_id": 13, "suggestion_id": null, "period": "", "signed_off_by": "", "leader": "", "list_no": "", "approved_meeting_id": null, "created_at": "2026-12-01T22:34:54.826676+00:00", "due_on": "2024-12-31", "list_id": null, "updated_at": "2026-12-01T22:34:54.826676+00:00"}', '{"id": 6, "due_rule": "", "list_section": "", "series_closed_on": null, "due_start": null, "list_order": null, "note": "", "due_provisional": false, "item_id": null, "completed_on": null, "source": "双清单", "meeting_id": null, "lead_group": "", "signed_off_on": null, "content": "整治占道经营", "decision_no": null, "recurrence": "", "lead_unit_id": 7, "suggestion_id": null, "period": "", "signed_off_by": "", "leader": "", "list_no": "", "approved_meeting_id": null, "created_at": "2026-12-01T22:34:54.826676+00:00", "due_on": "2024-12-31", "list_id": null, "updated_at": "2026-12-01T22:34:55.003585+00:00"}', '3805e2586d3245942723550d52b623b7fe3b15312f64de19c565eee94497bc23', 'd08918cc4d7fe2b2b356dab648870f7e9da8115455684a14699c2db2f07e9d9f', 106);
INSERT INTO public.journal VALUES (107, '2026-12-01 22:34:55.027602+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'unit_move', 1, NULL, 'null', '{"record": "task", "record_id": 6, "unit_id": 13, "to_unit_id": 7, "moved_on": "2024-10-01", "id": 1}', 'd08918cc4d7fe2b2b356dab648870f7e9da8115455684a14699c2db2f07e9d9f', 'ffbbcdff701174f9ff587700ee6758048b395f9b2fdec7477518e8098a11519a', 106);
INSERT INTO public.journal VALUES (108, '2026-12-01 22:34:55.047527+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'update', 'case', 5, 5, '{"category": "行政诉讼", "type_name": "行政一审案件", "heard_on": null, "is_withdrawn": false, "group_size": null, "norm_review": null, "id": 5, "case_family": "行政", "closed_on": null, "risk_level": "", "summary": "", "typical": false, "case_no": "（2024）豫0591行初20号", "instance": "一审", "status": "在办", "heard": null, "created_at": "2026-12-01T22:34:54.913951+00:00", "typical_note": "", "no_kind": "案号", "field": "", "outcome": null, "head_appeared": null, "updated_at": "2026-12-01T22:34:54.913951+00:00", "year": 2024, "unit_id": 13, "is_loss": false, "head_rank": null, "act_kind": "", "court_code": "豫0591", "court": "", "is_correction": false, "claimed_fen": null, "loss_reasons": "", "court_level": "基层", "received_on": "2024-09-10", "is_judgment": false, "recovered_fen": null, "withdrawal_kind": "", "type_code": "行初", "filed_on": "2024-09-10", "is_settled": false, "resolved": null, "joint_respondent": null}', '{"category": "行政诉讼", "type_name": "行政一审案件", "heard_on": null, "is_withdrawn": false, "group_size": null, "norm_review": null, "id": 5, "case_family": "行政", "closed_on": null, "risk_level": "", "summary": "", "typical": false, "case_no": "（2024）豫0591行初20号", "instance": "一审", "status": "在办", "heard": null, "created_at": "2026-12-01T22:34:54.913951+00:00", "typical_note": "", "no_kind": "案号", "field": "", "outcome": null, "head_appeared": null, "updated_at": "2026-12-01T22:34:55.042780+00:00", "year": 2024, "unit_id": 7, "is_loss": false, "head_rank": null, "act_kind": "", "court_code": "豫0591", "court": "", "is_correction": false, "claimed_fen": null, "loss_reasons": "", "court_level": "基层", "received_on": "2024-09-10", "is_judgment": false, "recovered_fen": null, "withdrawal_kind": "", "type_code": "行初", "filed_on": "2024-09-10", "is_settled": false, "resolved": null, "joint_respondent": null}', 'ffbbcdff701174f9ff587700ee6758048b395f9b2fdec7477518e8098a11519a', 'c6f41d68a61a6679d9e1e37d0dec42094ca17a0d8e5f9faaba328768456989b6', 106);
INSERT INTO public.journal VALUES (109, '2026-12-01 22:34:55.051141+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'unit_move', 2, 5, 'null', '{"record": "case", "record_id": 5, "unit_id": 13, "to_unit_id": 7, "moved_on": "2024-10-01", "id": 2}', 'c6f41d68a61a6679d9e1e37d0dec42094ca17a0d8e5f9faaba328768456989b6', '04b7b24349055b8e309a1d4ff19c171ac70e84f3476c2d0b59a6e488b00a98e4', 106);
INSERT INTO public.journal VALUES (110, '2026-12-01 22:34:55.069008+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'update', 'person', 18, NULL, '{"unit_id": 13, "id": 18, "phone": "0372-5101013", "left_on": null, "name": "邓凯", "title": "法规股股长", "role": "联络员", "email": "cgj@shifan.example.cn", "created_at": "2026-12-01T22:34:49.389637+00:00"}', '{"unit_id": 7, "id": 18, "phone": "0372-5101013", "left_on": null, "name": "邓凯", "title": "法规股股长", "role": "成员", "email": "cgj@shifan.example.cn", "created_at": "2026-12-01T22:34:49.389637+00:00"}', '04b7b24349055b8e309a1d4ff19c171ac70e84f3476c2d0b59a6e488b00a98e4', '9fdb1a4c4f4e8b825b776257c97eb9f42d858598022379950bae5842ea8e3432', 106);
INSERT INTO public.journal VALUES (111, '2026-12-01 22:34:55.079397+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'update', 'unit', 13, NULL, '{"kind": "政府部门", "id": 13, "is_member": true, "liaison_phone": "0372-5101013", "note": "", "updated_at": "2026-12-01T22:34:49.257720+00:00", "merged_on": null, "name": "示范县城市管理局", "short_name": "县城管局", "region": "示范县", "liaison_name": "邓凯", "liaison_email": "cgj@shifan.example.cn", "created_at": "2026-12-01T22:34:49.257720+00:00", "merged_into_id": null, "direct_successor_id": null}', '{"kind": "政府部门", "id": 13, "is_member": true, "liaison_phone": "0372-5101013", "note": "", "updated_at": "2026-12-01T22:34:55.077581+00:00", "merged_on": "2024-10-01", "name": "示范县城市管理局", "short_name": "县城管局", "region": "示范县", "liaison_name": "邓凯", "liaison_email": "cgj@shifan.example.cn", "created_at": "2026-12-01T22:34:49.257720+00:00", "merged_into_id": 7, "direct_successor_id": 7, "merged_into": "示范县住房和城乡建设局"}', '9fdb1a4c4f4e8b825b776257c97eb9f42d858598022379950bae5842ea8e3432', '3a44a3e0cfcc8675248743e02a6313bbee11d2013fd9002132c1e8fb9601d278', 106);
INSERT INTO public.journal VALUES (112, '2026-12-01 22:34:55.193949+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'double_list', 1, NULL, 'null', '{"name": "2024年度府院联动双清单", "year": 2024, "created_at": "2026-12-01T22:34:55.182593+00:00", "updated_at": "2026-12-01T22:34:55.182593+00:00", "id": 1, "derived": false}', '3a44a3e0cfcc8675248743e02a6313bbee11d2013fd9002132c1e8fb9601d278', '487f6fc07cd295c02f508cd03411f7385b6b8c0a70f0a1c77e7f740a5bedb5d0', 112);
INSERT INTO public.journal VALUES (113, '2026-12-01 22:34:55.206267+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'task', 7, NULL, 'null', '{"source": "双清单", "content": "对征收补偿类案件开展诉前化解", "lead_unit_id": 14, "leader": "", "due_on": "2024-12-31", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "1", "list_section": "一、政府需法院支持事项", "list_order": 100001, "item_id": null, "lead_group": "", "recurrence": "", "period": "", "approved_meeting_id": null, "list_id": 1, "note": "", "created_at": "2026-12-01T22:34:55.203940+00:00", "updated_at": "2026-12-01T22:34:55.203940+00:00", "id": 7, "series_closed_on": null, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": ["示范县司法局"]}', '487f6fc07cd295c02f508cd03411f7385b6b8c0a70f0a1c77e7f740a5bedb5d0', '0e4aefd35aca15ef67072b6257204898127959d1d3ffed0802887bc86396f3fd', 112);
INSERT INTO public.journal VALUES (114, '2026-12-01 22:34:55.219835+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'task', 8, NULL, 'null', '{"source": "双清单", "content": "每季度通报行政诉讼情况", "lead_unit_id": 14, "leader": "", "due_on": "2024-12-31", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "2", "list_section": "一、政府需法院支持事项", "list_order": 100002, "item_id": null, "lead_group": "", "recurrence": "每季度末", "period": "2024年第四季度", "approved_meeting_id": null, "list_id": 1, "note": "", "created_at": "2026-12-01T22:34:55.218070+00:00", "updated_at": "2026-12-01T22:34:55.218070+00:00", "id": 8, "series_closed_on": null, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": []}', '0e4aefd35aca15ef67072b6257204898127959d1d3ffed0802887bc86396f3fd', 'beeda01710d8fd8fa49ee3524b61256bdd54fe2ff34a0805dd449d0aa2aae415', 112);
INSERT INTO public.journal VALUES (115, '2026-12-01 22:34:55.22247+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'update', 'task', 8, NULL, '{"source": "双清单", "content": "每季度通报行政诉讼情况", "lead_unit_id": 14, "leader": "", "due_on": "2024-12-31", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "2", "list_section": "一、政府需法院支持事项", "list_order": 100002, "item_id": null, "lead_group": "", "recurrence": "每季度末", "period": "2024年第四季度", "approved_meeting_id": null, "list_id": 1, "note": "", "created_at": "2026-12-01T22:34:55.218070+00:00", "updated_at": "2026-12-01T22:34:55.218070+00:00", "id": 8, "series_closed_on": null, "completed_on": null, "signed_off_on": null, "signed_off_by": ""}', '{"source": "双清单", "content": "每季度通报行政诉讼情况", "lead_unit_id": 14, "leader": "", "due_on": "2024-12-31", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "2", "list_section": "一、政府需法院支持事项", "list_order": 100002, "item_id": 8, "lead_group": "", "recurrence": "每季度末", "period": "2024年第四季度", "approved_meeting_id": null, "list_id": 1, "note": "", "created_at": "2026-12-01T22:34:55.218070+00:00", "updated_at": "2026-12-01T22:34:55.221250+00:00", "id": 8, "series_closed_on": null, "completed_on": null, "signed_off_on": null, "signed_off_by": ""}', 'beeda01710d8fd8fa49ee3524b61256bdd54fe2ff34a0805dd449d0aa2aae415', '971cb7244243028378afd30a436b38dd6ff4fc98ae8b8cca2d0c4f0339ad94f7', 112);
INSERT INTO public.journal VALUES (116, '2026-12-01 22:34:55.283343+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'update', 'task', 3, NULL, '{"id": 3, "due_rule": "", "list_section": "", "series_closed_on": null, "due_start": null, "list_order": null, "note": "", "due_provisional": false, "item_id": 3, "completed_on": null, "source": "双清单", "meeting_id": null, "lead_group": "", "signed_off_on": null, "content": "报送化解进展", "decision_no": null, "recurrence": "每季度末", "lead_unit_id": 6, "suggestion_id": null, "period": "2024年第三季度", "signed_off_by": "", "leader": "", "list_no": "", "approved_meeting_id": null, "created_at": "2026-12-01T22:34:54.674061+00:00", "due_on": "2024-09-30", "list_id": null, "updated_at": "2026-12-01T22:34:54.688915+00:00"}', '{"id": 3, "due_rule": "", "list_section": "", "series_closed_on": "2024-10-15", "due_start": null, "list_order": null, "note": "", "due_provisional": false, "item_id": 3, "completed_on": null, "source": "双清单", "meeting_id": null, "lead_group": "", "signed_off_on": null, "content": "报送化解进展", "decision_no": null, "recurrence": "每季度末", "lead_unit_id": 6, "suggestion_id": null, "period": "2024年第三季度", "signed_off_by": "", "leader": "", "list_no": "", "approved_meeting_id": null, "created_at": "2026-12-01T22:34:54.674061+00:00", "due_on": "2024-09-30", "list_id": null, "updated_at": "2026-12-01T22:34:55.277096+00:00"}', '971cb7244243028378afd30a436b38dd6ff4fc98ae8b8cca2d0c4f0339ad94f7', 'e0ed9e2675be5a19875a79e2ecd312a90c7024efb776ff7778451abd59740919', 116);
INSERT INTO public.journal VALUES (117, '2026-12-01 22:34:55.375291+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'update', 'case', 1, 1, '{"category": "行政诉讼", "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_withdrawn": false, "group_size": null, "norm_review": null, "id": 1, "case_family": "行政", "closed_on": "2024-06-28", "risk_level": "", "summary": "不服征收补偿决定", "typical": false, "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "已结", "heard": true, "created_at": "2026-12-01T22:34:49.622319+00:00", "typical_note": "", "no_kind": "案号", "field": "土地征收", "outcome": "驳回诉讼请求", "head_appeared": null, "updated_at": "2026-12-01T22:34:50.069882+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_rank": null, "act_kind": "", "court_code": "豫0591", "court": "", "is_correction": false, "claimed_fen": null, "loss_reasons": "", "court_level": "基层", "received_on": "2024-03-15", "is_judgment": true, "recovered_fen": null, "withdrawal_kind": "", "type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "resolved": null, "joint_respondent": null}', '{"category": "行政诉讼", "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_withdrawn": false, "group_size": null, "norm_review": null, "id": 1, "case_family": "行政", "closed_on": "2024-06-28", "risk_level": "", "summary": "不服征收补偿决定", "typical": true, "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "已结", "heard": true, "created_at": "2026-12-01T22:34:49.622319+00:00", "typical_note": "征收补偿争议实质性化解", "no_kind": "案号", "field": "土地征收", "outcome": "驳回诉讼请求", "head_appeared": null, "updated_at": "2026-12-01T22:34:55.369516+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_rank": null, "act_kind": "征收征用", "court_code": "豫0591", "court": "", "is_correction": false, "claimed_fen": null, "loss_reasons": "", "court_level": "基层", "received_on": "2024-03-15", "is_judgment": true, "recovered_fen": null, "withdrawal_kind": "", "type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "resolved": null, "joint_respondent": false}', 'e0ed9e2675be5a19875a79e2ecd312a90c7024efb776ff7778451abd59740919', '9fef5dee1f67316f0b54c41043a235f60429315ff87aafa67414e7bfb1e5928f', 117);
INSERT INTO public.journal VALUES (118, '2026-12-01 22:34:55.430908+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'update', 'task', 6, NULL, '{"id": 6, "due_rule": "", "list_section": "", "series_closed_on": null, "due_start": null, "list_order": null, "note": "", "due_provisional": false, "item_id": null, "completed_on": null, "source": "双清单", "meeting_id": null, "lead_group": "", "signed_off_on": null, "content": "整治占道经营", "decision_no": null, "recurrence": "", "lead_unit_id": 7, "suggestion_id": null, "period": "", "signed_off_by": "", "leader": "", "list_no": "", "approved_meeting_id": null, "created_at": "2026-12-01T22:34:54.826676+00:00", "due_on": "2024-12-31", "list_id": null, "updated_at": "2026-12-01T22:34:55.003585+00:00"}', '{"id": 6, "due_rule": "", "list_section": "", "series_closed_on": null, "due_start": null, "list_order": null, "note": "", "due_provisional": false, "item_id": null, "completed_on": null, "source": "双清单", "meeting_id": null, "lead_group": "", "signed_off_on": null, "content": "整治占道经营", "decision_no": null, "recurrence": "", "lead_unit_id": 6, "suggestion_id": null, "period": "", "signed_off_by": "", "leader": "", "list_no": "", "approved_meeting_id": null, "created_at": "2026-12-01T22:34:54.826676+00:00", "due_on": "2024-12-31", "list_id": null, "updated_at": "2026-12-01T22:34:55.424018+00:00"}', '9fef5dee1f67316f0b54c41043a235f60429315ff87aafa67414e7bfb1e5928f', '200b2455257e0f97c032726471c038390ea2f5757e2d7228c07cb8d1a1cc0493', 118);
INSERT INTO public.journal VALUES (119, '2026-12-01 22:34:55.436391+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'unit_move', 3, NULL, 'null', '{"record": "task", "record_id": 6, "unit_id": 7, "to_unit_id": 6, "moved_on": "2024-10-10", "id": 3}', '200b2455257e0f97c032726471c038390ea2f5757e2d7228c07cb8d1a1cc0493', '3398c8c13c3f2bff30685d74082c7579eaa922b561e0d0b3507279e2c8fe8fa3', 118);
INSERT INTO public.journal VALUES (121, '2026-12-01 22:34:55.449894+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'update', 'case', 5, 5, '{"category": "行政诉讼", "type_name": "行政一审案件", "heard_on": null, "is_withdrawn": false, "group_size": null, "norm_review": null, "id": 5, "case_family": "行政", "closed_on": null, "risk_level": "", "summary": "", "typical": false, "case_no": "（2024）豫0591行初20号", "instance": "一审", "status": "在办", "heard": null, "created_at": "2026-12-01T22:34:54.913951+00:00", "typical_note": "", "no_kind": "案号", "field": "", "outcome": null, "head_appeared": null, "updated_at": "2026-12-01T22:34:55.042780+00:00", "year": 2024, "unit_id": 7, "is_loss": false, "head_rank": null, "act_kind": "", "court_code": "豫0591", "court": "", "is_correction": false, "claimed_fen": null, "loss_reasons": "", "court_level": "基层", "received_on": "2024-09-10", "is_judgment": false, "recovered_fen": null, "withdrawal_kind": "", "type_code": "行初", "filed_on": "2024-09-10", "is_settled": false, "resolved": null, "joint_respondent": null}', '{"category": "行政诉讼", "type_name": "行政一审案件", "heard_on": null, "is_withdrawn": false, "group_size": null, "norm_review": null, "id": 5, "case_family": "行政", "closed_on": null, "risk_level": "", "summary": "", "typical": false, "case_no": "（2024）豫0591行初20号", "instance": "一审", "status": "在办", "heard": null, "created_at": "2026-12-01T22:34:54.913951+00:00", "typical_note": "", "no_kind": "案号", "field": "", "outcome": null, "head_appeared": null, "updated_at": "2026-12-01T22:34:55.448581+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_rank": null, "act_kind": "", "court_code": "豫0591", "court": "", "is_correction": false, "claimed_fen": null, "loss_reasons": "", "court_level": "基层", "received_on": "2024-09-10", "is_judgment": false, "recovered_fen": null, "withdrawal_kind": "", "type_code": "行初", "filed_on": "2024-09-10", "is_settled": false, "resolved": null, "joint_respondent": null}', '532e2f65ccfabb2237c76561008d025f69162133e04a5987552b7e9e9bb48e80', '210708c49e4a878db22b78a9c8437460868431e752e1dc37a17530e2aea0cf09', 118);
INSERT INTO public.journal VALUES (122, '2026-12-01 22:34:55.45196+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'unit_move', 4, 5, 'null', '{"record": "case", "record_id": 5, "unit_id": 7, "to_unit_id": 6, "moved_on": "2024-10-10", "id": 4}', '210708c49e4a878db22b78a9c8437460868431e752e1dc37a17530e2aea0cf09', 'd12536e5de63b18c18ca195f6ff0beb6cb35ba9d18fc86b8e76f9dd5e0827d9c', 118);
INSERT INTO public.journal VALUES (123, '2026-12-01 22:34:55.457715+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'update', 'person', 12, NULL, '{"unit_id": 7, "id": 12, "phone": "0372-5101007", "left_on": null, "name": "罗斌", "title": "法规股股长", "role": "联络员", "email": "zjj@shifan.example.cn", "created_at": "2026-12-01T22:34:49.355406+00:00"}', '{"unit_id": 6, "id": 12, "phone": "0372-5101007", "left_on": null, "name": "罗斌", "title": "法规股股长", "role": "成员", "email": "zjj@shifan.example.cn", "created_at": "2026-12-01T22:34:49.355406+00:00"}', 'd12536e5de63b18c18ca195f6ff0beb6cb35ba9d18fc86b8e76f9dd5e0827d9c', '3b0a25541954d22e36d46de1ebdc919c588090331f156a27f18f328718e33d0e', 118);
INSERT INTO public.journal VALUES (124, '2026-12-01 22:34:55.459537+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'update', 'person', 18, NULL, '{"unit_id": 7, "id": 18, "phone": "0372-5101013", "left_on": null, "name": "邓凯", "title": "法规股股长", "role": "成员", "email": "cgj@shifan.example.cn", "created_at": "2026-12-01T22:34:49.389637+00:00"}', '{"unit_id": 6, "id": 18, "phone": "0372-5101013", "left_on": null, "name": "邓凯", "title": "法规股股长", "role": "成员", "email": "cgj@shifan.example.cn", "created_at": "2026-12-01T22:34:49.389637+00:00"}', '3b0a25541954d22e36d46de1ebdc919c588090331f156a27f18f328718e33d0e', 'ca614cad4286c9897859419134b43147874f7e77e0d6707426a16363c9fc20bd', 118);
INSERT INTO public.journal VALUES (125, '2026-12-01 22:34:55.462947+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'update', 'unit', 13, NULL, '{"kind": "政府部门", "id": 13, "is_member": true, "liaison_phone": "0372-5101013", "note": "", "updated_at": "2026-12-01T22:34:55.077581+00:00", "merged_on": "2024-10-01", "name": "示范县城市管理局", "short_name": "县城管局", "region": "示范县", "liaison_name": "邓凯", "liaison_email": "cgj@shifan.example.cn", "created_at": "2026-12-01T22:34:49.257720+00:00", "merged_into_id": 7, "direct_successor_id": 7}', '{"kind": "政府部门", "id": 13, "is_member": true, "liaison_phone": "0372-5101013", "note": "", "updated_at": "2026-12-01T22:34:55.461915+00:00", "merged_on": "2024-10-01", "name": "示范县城市管理局", "short_name": "县城管局", "region": "示范县", "liaison_name": "邓凯", "liaison_email": "cgj@shifan.example.cn", "created_at": "2026-12-01T22:34:49.257720+00:00", "merged_into_id": 6, "direct_successor_id": 7}', 'ca614cad4286c9897859419134b43147874f7e77e0d6707426a16363c9fc20bd', '3365ee127a5eb81da4b66487f1e2ac9eb248224f60ce2e549ee8c5081641b2d3', 118);
INSERT INTO public.journal VALUES (126, '2026-12-01 22:34:55.466353+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'update', 'unit', 7, NULL, '{"kind": "政府部门", "id": 7, "is_member": true, "liaison_phone": "0372-5101007", "note": "", "updated_at": "2026-12-01T22:34:49.221755+00:00", "merged_on": null, "name": "示范县住房和城乡建设局", "short_name": "县住建局", "region": "示范县", "liaison_name": "罗斌", "liaison_email": "zjj@shifan.example.cn", "created_at": "2026-12-01T22:34:49.221755+00:00", "merged_into_id": null, "direct_successor_id": null}', '{"kind": "政府部门", "id": 7, "is_member": true, "liaison_phone": "0372-5101007", "note": "", "updated_at": "2026-12-01T22:34:55.465700+00:00", "merged_on": "2024-10-10", "name": "示范县住房和城乡建设局", "short_name": "县住建局", "region": "示范县", "liaison_name": "罗斌", "liaison_email": "zjj@shifan.example.cn", "created_at": "2026-12-01T22:34:49.221755+00:00", "merged_into_id": 6, "direct_successor_id": 6, "merged_into": "示范县自然资源局"}', '3365ee127a5eb81da4b66487f1e2ac9eb248224f60ce2e549ee8c5081641b2d3', '05b056bdf317bcda0b214d4296317f08742b8bd48d853aed9dbdbac53d50805b', 118);
INSERT INTO public.journal VALUES (127, '2026-12-01 22:34:57.342867+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'insert', 'region_return', 1, NULL, 'null', '{"region": "东山县", "region_code": "", "office_name": "东山县府院联动办公室", "period": "2024Q3", "year": 2024, "state": "待审", "reason": "", "digest_algo": "sha256", "digest": "198c7248a5906e33ddc101887bb63893ddde6d6a7a9e22ab76d8603e1cf1d5a2", "journal_head": "4ad25b4783afb3a5a0184c6a9d996b10d7791d958d6fd629b7f2293dc9766f3f@1", "filled_by": "测试员", "made_on": "2024-10-15", "received_on": "2024-10-15", "file_name": "dongshan.zip", "data": {"manifest": {"format": "fylink-报送包/1", "office": {"name": "东山县府院联动办公室", "region": "东山县", "region_code": ""}, "to": "", "period": {"year": 2024, "quarter": 3, "kind": "quarter", "code": "2024Q3", "label": "2024年第三季度", "start": "2024-07-01", "end": "2024-09-30"}, "filled_by": "测试员", "made_on": "2024-10-15", "journal_head": {"seq": 1, "hash": "4ad25b4783afb3a5a0184c6a9d996b10d7791d958d6fd629b7f2293dc9766f3f"}, "digest_algo": "sha256", "members": {"figures.json": "5cebdd0f245eb366ea3684508ece1d1f6ee1b622bf426a97c73960fd20d7a605", "figures.xlsx": "79bbe59c54190f338d4572cd753969cf06238de8f98ba59247a5f3cb26a26879"}, "digest": "198c7248a5906e33ddc101887bb63893ddde6d6a7a9e22ab76d8603e1cf1d5a2"}, "figures": {"keys": ["litigation_filed", "loss_rate", "head_appearance_rate", "reconsideration_correction_rate", "reconsideration_settlement_rate", "substantive_resolution_rate", "presuit_mediation_success_rate", "enforcement_closed", "enforcement_amount", "enforcement_recovery_rate", "suggestion_feedback_rate", "suggestion_reply_rate", "task_completion_rate", "tasks_overdue", "suggestions_unanswered"], "report": {"attention": {"as_of": "2024-09-30", "losses": [], "losses_total": 0, "overdue_tasks": [], "overdue_tasks_total": 0, "unanswered_suggestions": [], "unanswered_suggestions_total": 0, "unpaid_enforcement": [], "unpaid_enforcement_total": 0, "watched_enterprises": {"by_level": {"中": 0, "低": 0, "高": 0}, "in_bankruptcy": 0, "total": 0}}, "compare": {"last_year": {"code": "2023Q3", "end": "2023-09-30", "kind": "quarter", "label": "2023年第三季度", "quarter": 3, "start": "2023-07-01", "year": 2023}, "previous": {"code": "2024Q2", "end": "2024-06-30", "kind": "quarter", "label": "2024年第二季度", "quarter": 2, "start": "2024-04-01", "year": 2024}, "text": "同比与2023年第三季度比较，环比与2024年第二季度比较"}, "definitions": {"enforcement_amount": {"basis": "结案日期", "denominator": "", "key": "enforcement_amount", "kind": "amount", "money": true, "name": "执行到位金额", "note": "", "numerator": "本期执结的涉行政机关执行案件的执行到位金额", "setting": "", "unit": "元"}, "enforcement_closed": {"basis": "结案日期", "denominator": "", "key": "enforcement_closed", "kind": "count", "money": false, "name": "涉行政机关执行案件执结数", "note": "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）", "numerator": "本期执结的涉行政机关执行案件（终结本次执行不计为执结）", "setting": "indicators.enforcement_closed_includes_terminated", "unit": "件"}, "enforcement_recovery_rate": {"basis": "结案日期", "denominator": "本期执结且登记了申请执行标的的涉行政机关执行案件的标的金额", "key": "enforcement_recovery_rate", "kind": "rate", "money": true, "name": "执行到位率", "note": "", "numerator": "执行到位金额", "setting": "", "unit": "%"}, "head_appearance_rate": {"basis": "开庭日期", "denominator": "本期开庭审理的行政诉讼案件（书面审理不计）", "key": "head_appearance_rate", "kind": "rate", "money": false, "name": "负责人出庭应诉率", "note": "负责人出庭应诉率计入正职和分管副职负责人出庭", "numerator": "其中行政机关负责人（正职或分管副职）出庭应诉的案件", "setting": "indicators.head_appearance_principal_only", "unit": "%"}, "litigation_filed": {"basis": "立案日期", "denominator": "", "key": "litigation_filed", "kind": "count", "money": false, "name": "行政诉讼发案量", "note": "", "numerator": "本期新收的一审行政诉讼案件（被告为本地行政机关或乡镇街道），按案号计", "setting": "", "unit": "件"}, "litigation_per_10k": {"basis": "立案日期", "denominator": "常住人口（fylink report figure set 录入，或配置项 indicators.population；按万人计）", "key": "litigation_per_10k", "kind": "per_10k", "money": false, "name": "万人成讼率", "note": "", "numerator": "本期新收的一审民事、行政案件（法院提供的收案数；未录入时按台账登记的案件）", "setting": "indicators.population", "unit": "件/万人"}, "loss_rate": {"basis": "结案日期", "denominator": "本期审结的一审行政诉讼案件（被告为本地行政机关或乡镇街道）", "key": "loss_rate", "kind": "rate", "money": false, "name": "行政机关败诉率", "note": "行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "numerator": "其中行政机关败诉的案件（撤销、变更、责令履行、确认违法、确认无效、判决赔偿或补偿）", "setting": "indicators.loss_rate_denominator", "unit": "%"}, "presuit_mediation_success_rate": {"basis": "结案日期", "denominator": "本期办结的诉前调解案件", "key": "presuit_mediation_success_rate", "kind": "rate", "money": false, "name": "诉前调解成功率", "note": "", "numerator": "其中调解成功的案件", "setting": "", "unit": "%"}, "reconsideration_correction_rate": {"basis": "结案日期", "denominator": "本期以复议决定结案的行政复议案件（不含调解、和解、撤回）", "key": "reconsideration_correction_rate", "kind": "rate", "money": false, "name": "行政复议纠错率", "note": "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "numerator": "其中以撤销、变更、确认违法、责令履行或确认无效决定纠错的案件", "setting": "indicators.reconsideration_correction_denominator", "unit": "%"}, "reconsideration_settlement_rate": {"basis": "结案日期", "denominator": "本期审结的全部行政复议案件", "key": "reconsideration_settlement_rate", "kind": "rate", "money": false, "name": "行政复议调解和解率", "note": "行政复议调解和解率不含撤回申请结案的案件", "numerator": "其中以调解或和解结案的案件", "setting": "indicators.settlement_includes_withdrawal", "unit": "%"}, "substantive_resolution_rate": {"basis": "结案日期", "denominator": "本期办结的行政争议（行政复议、诉前调解、行政调解，及标记为实质性化解的行政诉讼协调撤诉）", "key": "substantive_resolution_rate", "kind": "rate", "money": false, "name": "实质性化解率", "note": "", "numerator": "其中标记为实质性化解（未再进入诉讼或信访）的案件", "setting": "indicators.resolution_includes_withdrawn_suits", "unit": "%"}, "suggestion_feedback_rate": {"basis": "反馈期限", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "key": "suggestion_feedback_rate", "kind": "rate", "money": false, "name": "司法建议反馈率", "note": "", "numerator": "其中已反馈的司法建议、检察建议（不论是否逾期）", "setting": "", "unit": "%"}, "suggestion_reply_rate": {"basis": "反馈期限", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "key": "suggestion_reply_rate", "kind": "rate", "money": false, "name": "司法建议按期反馈率", "note": "", "numerator": "其中在反馈期限内反馈的司法建议、检察建议", "setting": "", "unit": "%"}, "suggestions_unanswered": {"basis": "统计日", "denominator": "", "key": "suggestions_unanswered", "kind": "count", "money": false, "name": "逾期未反馈建议", "note": "", "numerator": "统计日已过反馈期限而未反馈的司法建议、检察建议（含以前各期结转）", "setting": "", "unit": "件"}, "task_completion_rate": {"basis": "完成时限", "denominator": "完成时限在本期（截至统计日）的双清单事项", "key": "task_completion_rate", "kind": "rate", "money": false, "name": "双清单完成率", "note": "", "numerator": "其中按期完成的事项", "setting": "", "unit": "%"}, "tasks_overdue": {"basis": "统计日", "denominator": "", "key": "tasks_overdue", "kind": "count", "money": false, "name": "逾期未完成事项", "note": "", "numerator": "统计日已过完成时限而未完成的双清单事项（含以前各期结转）", "setting": "", "unit": "件"}}, "double_decline": {"achieved": null, "litigation_filed_down": false, "loss_rate_down": null, "text": "无法判断是否实现“双下降”：本期或去年同期没有审结的一审行政诉讼案件。行政诉讼发案量0件（去年同期0件）。"}, "figures": {"numerator_from": "台账", "region": "东山县", "sources": [], "used": {}}, "generated_on": "2024-10-15", "indicators": {"enforcement_amount": {"denominator": null, "display": "0.00", "fraction": "", "key": "enforcement_amount", "last_year": {"denominator": null, "display": "0.00", "numerator": 0.0, "value": 0.0}, "name": "执行到位金额", "numerator": 0.0, "previous": {"denominator": null, "display": "0.00", "numerator": 0.0, "value": 0.0}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "元", "value": 0.0, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "enforcement_closed": {"denominator": null, "display": "0", "fraction": "", "key": "enforcement_closed", "last_year": {"denominator": null, "display": "0", "numerator": 0, "value": 0}, "name": "涉行政机关执行案件执结数", "numerator": 0, "previous": {"denominator": null, "display": "0", "numerator": 0, "value": 0}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "件", "value": 0, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "enforcement_recovery_rate": {"denominator": 0.0, "display": "—", "fraction": "0.00/0.00", "key": "enforcement_recovery_rate", "last_year": {"denominator": 0.0, "display": "—", "numerator": 0.0, "value": null}, "name": "执行到位率", "numerator": 0.0, "previous": {"denominator": 0.0, "display": "—", "numerator": 0.0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "head_appearance_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "head_appearance_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "负责人出庭应诉率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "litigation_filed": {"denominator": null, "display": "0", "fraction": "", "key": "litigation_filed", "last_year": {"denominator": null, "display": "0", "numerator": 0, "value": 0}, "name": "行政诉讼发案量", "numerator": 0, "previous": {"denominator": null, "display": "0", "numerator": 0, "value": 0}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "件", "value": 0, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "litigation_per_10k": {"denominator": null, "display": "—", "fraction": "", "key": "litigation_per_10k", "last_year": {"denominator": null, "display": "—", "numerator": 0, "value": null}, "name": "万人成讼率", "numerator": 0, "previous": {"denominator": null, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "件/万人", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "loss_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "loss_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "行政机关败诉率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "presuit_mediation_success_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "presuit_mediation_success_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "诉前调解成功率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "reconsideration_correction_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "reconsideration_correction_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "行政复议纠错率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "reconsideration_settlement_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "reconsideration_settlement_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "行政复议调解和解率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "substantive_resolution_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "substantive_resolution_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "实质性化解率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "suggestion_feedback_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "suggestion_feedback_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "司法建议反馈率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "suggestion_reply_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "suggestion_reply_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "司法建议按期反馈率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "suggestions_unanswered": {"denominator": null, "display": "0", "fraction": "", "key": "suggestions_unanswered", "last_year": {"denominator": null, "display": "0", "numerator": 0, "value": 0}, "name": "逾期未反馈建议", "numerator": 0, "previous": {"denominator": null, "display": "0", "numerator": 0, "value": 0}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "件", "value": 0, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "task_completion_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "task_completion_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "双清单完成率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "tasks_overdue": {"denominator": null, "display": "0", "fraction": "", "key": "tasks_overdue", "last_year": {"denominator": null, "display": "0", "numerator": 0, "value": 0}, "name": "逾期未完成事项", "numerator": 0, "previous": {"denominator": null, "display": "0", "numerator": 0, "value": 0}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "件", "value": 0, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}}, "notes": ["行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "负责人出庭应诉率计入正职和分管副职负责人出庭", "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "行政复议调解和解率不含撤回申请结案的案件", "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）"], "office": {"meeting_name": "东山县府院联动", "name": "东山县府院联动办公室", "region": "东山县"}, "period": {"as_of": "2024-09-30", "code": "2024Q3", "complete": true, "end": "2024-09-30", "kind": "quarter", "label": "2024年第三季度", "quarter": 3, "start": "2024-07-01", "year": 2024}, "ranking_note": "法院、检察院不是被考核单位，不列入单位排名（配置项 escalation.rank_consult_kinds = true 可列入）", "scope": {"region": null, "unit": null}, "settings": {"enforcement_closed_includes_terminated": false, "head_appearance_principal_only": false, "loss_rate_denominator": "closed", "loss_rate_outcome": "first_instance", "population": null, "population_region": "东山县", "reconsideration_correction_denominator": "decided", "resolution_includes_withdrawn_suits": true, "settlement_includes_withdrawal": false, "successor": false, "unranked_kinds": ["法院", "检察院"]}, "units": [], "warnings": ["未录入东山县的常住人口（fylink report figure set 常住人口 …，或配置项 indicators.population），不计算万人成讼率"]}, "sums": {"current": {"enforcement_amount__n": 0, "enforcement_closed__n": 0, "enforcement_recovery_rate__d": 0, "enforcement_recovery_rate__n": 0, "head_appearance_rate__d": 0, "head_appearance_rate__n": 0, "litigation_filed__n": 0, "loss_rate__d": 0, "loss_rate__n": 0, "presuit_mediation_success_rate__d": 0, "presuit_mediation_success_rate__n": 0, "reconsideration_correction_rate__d": 0, "reconsideration_correction_rate__n": 0, "reconsideration_settlement_rate__d": 0, "reconsideration_settlement_rate__n": 0, "substantive_resolution_rate__d": 0, "substantive_resolution_rate__n": 0, "suggestion_feedback_rate__d": 0, "suggestion_feedback_rate__n": 0, "suggestion_reply_rate__d": 0, "suggestion_reply_rate__n": 0, "suggestions_unanswered__n": 0, "task_completion_rate__d": 0, "task_completion_rate__n": 0, "tasks_overdue__n": 0}, "last_year": {"enforcement_amount__n": 0, "enforcement_closed__n": 0, "enforcement_recovery_rate__d": 0, "enforcement_recovery_rate__n": 0, "head_appearance_rate__d": 0, "head_appearance_rate__n": 0, "litigation_filed__n": 0, "loss_rate__d": 0, "loss_rate__n": 0, "presuit_mediation_success_rate__d": 0, "presuit_mediation_success_rate__n": 0, "reconsideration_correction_rate__d": 0, "reconsideration_correction_rate__n": 0, "reconsideration_settlement_rate__d": 0, "reconsideration_settlement_rate__n": 0, "substantive_resolution_rate__d": 0, "substantive_resolution_rate__n": 0, "suggestion_feedback_rate__d": 0, "suggestion_feedback_rate__n": 0, "suggestion_reply_rate__d": 0, "suggestion_reply_rate__n": 0, "suggestions_unanswered__n": 0, "task_completion_rate__d": 0, "task_completion_rate__n": 0, "tasks_overdue__n": 0}}}}, "created_at": "2026-12-01T22:34:57.317868+00:00", "id": 1, "reviewed_on": null, "reviewed_by": "", "superseded_by_id": null}', '05b056bdf317bcda0b214d4296317f08742b8bd48d853aed9dbdbac53d50805b', 'b7a375a66d4134f150d44769d297dd50354d317dcaeb44e1260075f0879758bc', 127);
INSERT INTO public.journal VALUES (128, '2026-12-01 22:34:57.446793+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_chain_0019', 'update', 'region_return', 1, NULL, '{"office_name": "东山县府院联动办公室", "filled_by": "测试员", "created_at": "2026-12-01T22:34:57.317868+00:00", "period": "2024Q3", "made_on": "2024-10-15", "year": 2024, "received_on": "2024-10-15", "state": "待审", "file_name": "dongshan.zip", "reason": "", "reviewed_on": null, "region": "东山县", "digest_algo": "sha256", "reviewed_by": "", "id": 1, "digest": "198c7248a5906e33ddc101887bb63893ddde6d6a7a9e22ab76d8603e1cf1d5a2", "superseded_by_id": null, "region_code": "", "journal_head": "4ad25b4783afb3a5a0184c6a9d996b10d7791d958d6fd629b7f2293dc9766f3f@1", "data": {"manifest": {"format": "fylink-报送包/1", "office": {"name": "东山县府院联动办公室", "region": "东山县", "region_code": ""}, "to": "", "period": {"year": 2024, "quarter": 3, "kind": "quarter", "code": "2024Q3", "label": "2024年第三季度", "start": "2024-07-01", "end": "2024-09-30"}, "filled_by": "测试员", "made_on": "2024-10-15", "journal_head": {"seq": 1, "hash": "4ad25b4783afb3a5a0184c6a9d996b10d7791d958d6fd629b7f2293dc9766f3f"}, "digest_algo": "sha256", "members": {"figures.json": "5cebdd0f245eb366ea3684508ece1d1f6ee1b622bf426a97c73960fd20d7a605", "figures.xlsx": "79bbe59c54190f338d4572cd753969cf06238de8f98ba59247a5f3cb26a26879"}, "digest": "198c7248a5906e33ddc101887bb63893ddde6d6a7a9e22ab76d8603e1cf1d5a2"}, "figures": {"keys": ["litigation_filed", "loss_rate", "head_appearance_rate", "reconsideration_correction_rate", "reconsideration_settlement_rate", "substantive_resolution_rate", "presuit_mediation_success_rate", "enforcement_closed", "enforcement_amount", "enforcement_recovery_rate", "suggestion_feedback_rate", "suggestion_reply_rate", "task_completion_rate", "tasks_overdue", "suggestions_unanswered"], "report": {"attention": {"as_of": "2024-09-30", "losses": [], "losses_total": 0, "overdue_tasks": [], "overdue_tasks_total": 0, "unanswered_suggestions": [], "unanswered_suggestions_total": 0, "unpaid_enforcement": [], "unpaid_enforcement_total": 0, "watched_enterprises": {"by_level": {"中": 0, "低": 0, "高": 0}, "in_bankruptcy": 0, "total": 0}}, "compare": {"last_year": {"code": "2023Q3", "end": "2023-09-30", "kind": "quarter", "label": "2023年第三季度", "quarter": 3, "start": "2023-07-01", "year": 2023}, "previous": {"code": "2024Q2", "end": "2024-06-30", "kind": "quarter", "label": "2024年第二季度", "quarter": 2, "start": "2024-04-01", "year": 2024}, "text": "同比与2023年第三季度比较，环比与2024年第二季度比较"}, "definitions": {"enforcement_amount": {"basis": "结案日期", "denominator": "", "key": "enforcement_amount", "kind": "amount", "money": true, "name": "执行到位金额", "note": "", "numerator": "本期执结的涉行政机关执行案件的执行到位金额", "setting": "", "unit": "元"}, "enforcement_closed": {"basis": "结案日期", "denominator": "", "key": "enforcement_closed", "kind": "count", "money": false, "name": "涉行政机关执行案件执结数", "note": "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）", "numerator": "本期执结的涉行政机关执行案件（终结本次执行不计为执结）", "setting": "indicators.enforcement_closed_includes_terminated", "unit": "件"}, "enforcement_recovery_rate": {"basis": "结案日期", "denominator": "本期执结且登记了申请执行标的的涉行政机关执行案件的标的金额", "key": "enforcement_recovery_rate", "kind": "rate", "money": true, "name": "执行到位率", "note": "", "numerator": "执行到位金额", "setting": "", "unit": "%"}, "head_appearance_rate": {"basis": "开庭日期", "denominator": "本期开庭审理的行政诉讼案件（书面审理不计）", "key": "head_appearance_rate", "kind": "rate", "money": false, "name": "负责人出庭应诉率", "note": "负责人出庭应诉率计入正职和分管副职负责人出庭", "numerator": "其中行政机关负责人（正职或分管副职）出庭应诉的案件", "setting": "indicators.head_appearance_principal_only", "unit": "%"}, "litigation_filed": {"basis": "立案日期", "denominator": "", "key": "litigation_filed", "kind": "count", "money": false, "name": "行政诉讼发案量", "note": "", "numerator": "本期新收的一审行政诉讼案件（被告为本地行政机关或乡镇街道），按案号计", "setting": "", "unit": "件"}, "litigation_per_10k": {"basis": "立案日期", "denominator": "常住人口（fylink report figure set 录入，或配置项 indicators.population；按万人计）", "key": "litigation_per_10k", "kind": "per_10k", "money": false, "name": "万人成讼率", "note": "", "numerator": "本期新收的一审民事、行政案件（法院提供的收案数；未录入时按台账登记的案件）", "setting": "indicators.population", "unit": "件/万人"}, "loss_rate": {"basis": "结案日期", "denominator": "本期审结的一审行政诉讼案件（被告为本地行政机关或乡镇街道）", "key": "loss_rate", "kind": "rate", "money": false, "name": "行政机关败诉率", "note": "行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "numerator": "其中行政机关败诉的案件（撤销、变更、责令履行、确认违法、确认无效、判决赔偿或补偿）", "setting": "indicators.loss_rate_denominator", "unit": "%"}, "presuit_mediation_success_rate": {"basis": "结案日期", "denominator": "本期办结的诉前调解案件", "key": "presuit_mediation_success_rate", "kind": "rate", "money": false, "name": "诉前调解成功率", "note": "", "numerator": "其中调解成功的案件", "setting": "", "unit": "%"}, "reconsideration_correction_rate": {"basis": "结案日期", "denominator": "本期以复议决定结案的行政复议案件（不含调解、和解、撤回）", "key": "reconsideration_correction_rate", "kind": "rate", "money": false, "name": "行政复议纠错率", "note": "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "numerator": "其中以撤销、变更、确认违法、责令履行或确认无效决定纠错的案件", "setting": "indicators.reconsideration_correction_denominator", "unit": "%"}, "reconsideration_settlement_rate": {"basis": "结案日期", "denominator": "本期审结的全部行政复议案件", "key": "reconsideration_settlement_rate", "kind": "rate", "money": false, "name": "行政复议调解和解率", "note": "行政复议调解和解率不含撤回申请结案的案件", "numerator": "其中以调解或和解结案的案件", "setting": "indicators.settlement_includes_withdrawal", "unit": "%"}, "substantive_resolution_rate": {"basis": "结案日期", "denominator": "本期办结的行政争议（行政复议、诉前调解、行政调解，及标记为实质性化解的行政诉讼协调撤诉）", "key": "substantive_resolution_rate", "kind": "rate", "money": false, "name": "实质性化解率", "note": "", "numerator": "其中标记为实质性化解（未再进入诉讼或信访）的案件", "setting": "indicators.resolution_includes_withdrawn_suits", "unit": "%"}, "suggestion_feedback_rate": {"basis": "反馈期限", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "key": "suggestion_feedback_rate", "kind": "rate", "money": false, "name": "司法建议反馈率", "note": "", "numerator": "其中已反馈的司法建议、检察建议（不论是否逾期）", "setting": "", "unit": "%"}, "suggestion_reply_rate": {"basis": "反馈期限", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "key": "suggestion_reply_rate", "kind": "rate", "money": false, "name": "司法建议按期反馈率", "note": "", "numerator": "其中在反馈期限内反馈的司法建议、检察建议", "setting": "", "unit": "%"}, "suggestions_unanswered": {"basis": "统计日", "denominator": "", "key": "suggestions_unanswered", "kind": "count", "money": false, "name": "逾期未反馈建议", "note": "", "numerator": "统计日已过反馈期限而未反馈的司法建议、检察建议（含以前各期结转）", "setting": "", "unit": "件"}, "task_completion_rate": {"basis": "完成时限", "denominator": "完成时限在本期（截至统计日）的双清单事项", "key": "task_completion_rate", "kind": "rate", "money": false, "name": "双清单完成率", "note": "", "numerator": "其中按期完成的事项", "setting": "", "unit": "%"}, "tasks_overdue": {"basis": "统计日", "denominator": "", "key": "tasks_overdue", "kind": "count", "money": false, "name": "逾期未完成事项", "note": "", "numerator": "统计日已过完成时限而未完成的双清单事项（含以前各期结转）", "setting": "", "unit": "件"}}, "double_decline": {"achieved": null, "litigation_filed_down": false, "loss_rate_down": null, "text": "无法判断是否实现“双下降”：本期或去年同期没有审结的一审行政诉讼案件。行政诉讼发案量0件（去年同期0件）。"}, "figures": {"numerator_from": "台账", "region": "东山县", "sources": [], "used": {}}, "generated_on": "2024-10-15", "indicators": {"enforcement_amount": {"denominator": null, "display": "0.00", "fraction": "", "key": "enforcement_amount", "last_year": {"denominator": null, "display": "0.00", "numerator": 0.0, "value": 0.0}, "name": "执行到位金额", "numerator": 0.0, "previous": {"denominator": null, "display": "0.00", "numerator": 0.0, "value": 0.0}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "元", "value": 0.0, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "enforcement_closed": {"denominator": null, "display": "0", "fraction": "", "key": "enforcement_closed", "last_year": {"denominator": null, "display": "0", "numerator": 0, "value": 0}, "name": "涉行政机关执行案件执结数", "numerator": 0, "previous": {"denominator": null, "display": "0", "numerator": 0, "value": 0}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "件", "value": 0, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "enforcement_recovery_rate": {"denominator": 0.0, "display": "—", "fraction": "0.00/0.00", "key": "enforcement_recovery_rate", "last_year": {"denominator": 0.0, "display": "—", "numerator": 0.0, "value": null}, "name": "执行到位率", "numerator": 0.0, "previous": {"denominator": 0.0, "display": "—", "numerator": 0.0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "head_appearance_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "head_appearance_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "负责人出庭应诉率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "litigation_filed": {"denominator": null, "display": "0", "fraction": "", "key": "litigation_filed", "last_year": {"denominator": null, "display": "0", "numerator": 0, "value": 0}, "name": "行政诉讼发案量", "numerator": 0, "previous": {"denominator": null, "display": "0", "numerator": 0, "value": 0}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "件", "value": 0, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "litigation_per_10k": {"denominator": null, "display": "—", "fraction": "", "key": "litigation_per_10k", "last_year": {"denominator": null, "display": "—", "numerator": 0, "value": null}, "name": "万人成讼率", "numerator": 0, "previous": {"denominator": null, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "件/万人", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "loss_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "loss_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "行政机关败诉率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "presuit_mediation_success_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "presuit_mediation_success_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "诉前调解成功率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "reconsideration_correction_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "reconsideration_correction_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "行政复议纠错率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "reconsideration_settlement_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "reconsideration_settlement_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "行政复议调解和解率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "substantive_resolution_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "substantive_resolution_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "实质性化解率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "suggestion_feedback_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "suggestion_feedback_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "司法建议反馈率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "suggestion_reply_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "suggestion_reply_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "司法建议按期反馈率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "suggestions_unanswered": {"denominator": null, "display": "0", "fraction": "", "key": "suggestions_unanswered", "last_year": {"denominator": null, "display": "0", "numerator": 0, "value": 0}, "name": "逾期未反馈建议", "numerator": 0, "previous": {"denominator": null, "display": "0", "numerator": 0, "value": 0}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "件", "value": 0, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "task_completion_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "task_completion_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "双清单完成率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "tasks_overdue": {"denominator": null, "display": "0", "fraction": "", "key": "tasks_overdue", "last_year": {"denominator": null, "display": "0", "numerator": 0, "value": 0}, "name": "逾期未完成事项", "numerator": 0, "previous": {"denominator": null, "display": "0", "numerator": 0, "value": 0}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "件", "value": 0, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}}, "notes": ["行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "负责人出庭应诉率计入正职和分管副职负责人出庭", "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "行政复议调解和解率不含撤回申请结案的案件", "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）"], "office": {"meeting_name": "东山县府院联动", "name": "东山县府院联动办公室", "region": "东山县"}, "period": {"as_of": "2024-09-30", "code": "2024Q3", "complete": true, "end": "2024-09-30", "kind": "quarter", "label": "2024年第三季度", "quarter": 3, "start": "2024-07-01", "year": 2024}, "ranking_note": "法院、检察院不是被考核单位，不列入单位排名（配置项 escalation.rank_consult_kinds = true 可列入）", "scope": {"region": null, "unit": null}, "settings": {"enforcement_closed_includes_terminated": false, "head_appearance_principal_only": false, "loss_rate_denominator": "closed", "loss_rate_outcome": "first_instance", "population": null, "population_region": "东山县", "reconsideration_correction_denominator": "decided", "resolution_includes_withdrawn_suits": true, "settlement_includes_withdrawal": false, "successor": false, "unranked_kinds": ["法院", "检察院"]}, "units": [], "warnings": ["未录入东山县的常住人口（fylink report figure set 常住人口 …，或配置项 indicators.population），不计算万人成讼率"]}, "sums": {"current": {"enforcement_amount__n": 0, "enforcement_closed__n": 0, "enforcement_recovery_rate__d": 0, "enforcement_recovery_rate__n": 0, "head_appearance_rate__d": 0, "head_appearance_rate__n": 0, "litigation_filed__n": 0, "loss_rate__d": 0, "loss_rate__n": 0, "presuit_mediation_success_rate__d": 0, "presuit_mediation_success_rate__n": 0, "reconsideration_correction_rate__d": 0, "reconsideration_correction_rate__n": 0, "reconsideration_settlement_rate__d": 0, "reconsideration_settlement_rate__n": 0, "substantive_resolution_rate__d": 0, "substantive_resolution_rate__n": 0, "suggestion_feedback_rate__d": 0, "suggestion_feedback_rate__n": 0, "suggestion_reply_rate__d": 0, "suggestion_reply_rate__n": 0, "suggestions_unanswered__n": 0, "task_completion_rate__d": 0, "task_completion_rate__n": 0, "tasks_overdue__n": 0}, "last_year": {"enforcement_amount__n": 0, "enforcement_closed__n": 0, "enforcement_recovery_rate__d": 0, "enforcement_recovery_rate__n": 0, "head_appearance_rate__d": 0, "head_appearance_rate__n": 0, "litigation_filed__n": 0, "loss_rate__d": 0, "loss_rate__n": 0, "presuit_mediation_success_rate__d": 0, "presuit_mediation_success_rate__n": 0, "reconsideration_correction_rate__d": 0, "reconsideration_correction_rate__n": 0, "reconsideration_settlement_rate__d": 0, "reconsideration_settlement_rate__n": 0, "substantive_resolution_rate__d": 0, "substantive_resolution_rate__n": 0, "suggestion_feedback_rate__d": 0, "suggestion_feedback_rate__n": 0, "suggestion_reply_rate__d": 0, "suggestion_reply_rate__n": 0, "suggestions_unanswered__n": 0, "task_completion_rate__d": 0, "task_completion_rate__n": 0, "tasks_overdue__n": 0}}}}}', '{"office_name": "东山县府院联动办公室", "filled_by": "测试员", "created_at": "2026-12-01T22:34:57.317868+00:00", "period": "2024Q3", "made_on": "2024-10-15", "year": 2024, "received_on": "2024-10-15", "state": "退回", "file_name": "dongshan.zip", "reason": "请补报执行案件", "reviewed_on": "2024-10-15", "region": "东山县", "digest_algo": "sha256", "reviewed_by": "测试员", "id": 1, "digest": "198c7248a5906e33ddc101887bb63893ddde6d6a7a9e22ab76d8603e1cf1d5a2", "superseded_by_id": null, "region_code": "", "journal_head": "4ad25b4783afb3a5a0184c6a9d996b10d7791d958d6fd629b7f2293dc9766f3f@1", "data": {"manifest": {"format": "fylink-报送包/1", "office": {"name": "东山县府院联动办公室", "region": "东山县", "region_code": ""}, "to": "", "period": {"year": 2024, "quarter": 3, "kind": "quarter", "code": "2024Q3", "label": "2024年第三季度", "start": "2024-07-01", "end": "2024-09-30"}, "filled_by": "测试员", "made_on": "2024-10-15", "journal_head": {"seq": 1, "hash": "4ad25b4783afb3a5a0184c6a9d996b10d7791d958d6fd629b7f2293dc9766f3f"}, "digest_algo": "sha256", "members": {"figures.json": "5cebdd0f245eb366ea3684508ece1d1f6ee1b622bf426a97c73960fd20d7a605", "figures.xlsx": "79bbe59c54190f338d4572cd753969cf06238de8f98ba59247a5f3cb26a26879"}, "digest": "198c7248a5906e33ddc101887bb63893ddde6d6a7a9e22ab76d8603e1cf1d5a2"}, "figures": {"keys": ["litigation_filed", "loss_rate", "head_appearance_rate", "reconsideration_correction_rate", "reconsideration_settlement_rate", "substantive_resolution_rate", "presuit_mediation_success_rate", "enforcement_closed", "enforcement_amount", "enforcement_recovery_rate", "suggestion_feedback_rate", "suggestion_reply_rate", "task_completion_rate", "tasks_overdue", "suggestions_unanswered"], "report": {"attention": {"as_of": "2024-09-30", "losses": [], "losses_total": 0, "overdue_tasks": [], "overdue_tasks_total": 0, "unanswered_suggestions": [], "unanswered_suggestions_total": 0, "unpaid_enforcement": [], "unpaid_enforcement_total": 0, "watched_enterprises": {"by_level": {"中": 0, "低": 0, "高": 0}, "in_bankruptcy": 0, "total": 0}}, "compare": {"last_year": {"code": "2023Q3", "end": "2023-09-30", "kind": "quarter", "label": "2023年第三季度", "quarter": 3, "start": "2023-07-01", "year": 2023}, "previous": {"code": "2024Q2", "end": "2024-06-30", "kind": "quarter", "label": "2024年第二季度", "quarter": 2, "start": "2024-04-01", "year": 2024}, "text": "同比与2023年第三季度比较，环比与2024年第二季度比较"}, "definitions": {"enforcement_amount": {"basis": "结案日期", "denominator": "", "key": "enforcement_amount", "kind": "amount", "money": true, "name": "执行到位金额", "note": "", "numerator": "本期执结的涉行政机关执行案件的执行到位金额", "setting": "", "unit": "元"}, "enforcement_closed": {"basis": "结案日期", "denominator": "", "key": "enforcement_closed", "kind": "count", "money": false, "name": "涉行政机关执行案件执结数", "note": "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）", "numerator": "本期执结的涉行政机关执行案件（终结本次执行不计为执结）", "setting": "indicators.enforcement_closed_includes_terminated", "unit": "件"}, "enforcement_recovery_rate": {"basis": "结案日期", "denominator": "本期执结且登记了申请执行标的的涉行政机关执行案件的标的金额", "key": "enforcement_recovery_rate", "kind": "rate", "money": true, "name": "执行到位率", "note": "", "numerator": "执行到位金额", "setting": "", "unit": "%"}, "head_appearance_rate": {"basis": "开庭日期", "denominator": "本期开庭审理的行政诉讼案件（书面审理不计）", "key": "head_appearance_rate", "kind": "rate", "money": false, "name": "负责人出庭应诉率", "note": "负责人出庭应诉率计入正职和分管副职负责人出庭", "numerator": "其中行政机关负责人（正职或分管副职）出庭应诉的案件", "setting": "indicators.head_appearance_principal_only", "unit": "%"}, "litigation_filed": {"basis": "立案日期", "denominator": "", "key": "litigation_filed", "kind": "count", "money": false, "name": "行政诉讼发案量", "note": "", "numerator": "本期新收的一审行政诉讼案件（被告为本地行政机关或乡镇街道），按案号计", "setting": "", "unit": "件"}, "litigation_per_10k": {"basis": "立案日期", "denominator": "常住人口（fylink report figure set 录入，或配置项 indicators.population；按万人计）", "key": "litigation_per_10k", "kind": "per_10k", "money": false, "name": "万人成讼率", "note": "", "numerator": "本期新收的一审民事、行政案件（法院提供的收案数；未录入时按台账登记的案件）", "setting": "indicators.population", "unit": "件/万人"}, "loss_rate": {"basis": "结案日期", "denominator": "本期审结的一审行政诉讼案件（被告为本地行政机关或乡镇街道）", "key": "loss_rate", "kind": "rate", "money": false, "name": "行政机关败诉率", "note": "行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "numerator": "其中行政机关败诉的案件（撤销、变更、责令履行、确认违法、确认无效、判决赔偿或补偿）", "setting": "indicators.loss_rate_denominator", "unit": "%"}, "presuit_mediation_success_rate": {"basis": "结案日期", "denominator": "本期办结的诉前调解案件", "key": "presuit_mediation_success_rate", "kind": "rate", "money": false, "name": "诉前调解成功率", "note": "", "numerator": "其中调解成功的案件", "setting": "", "unit": "%"}, "reconsideration_correction_rate": {"basis": "结案日期", "denominator": "本期以复议决定结案的行政复议案件（不含调解、和解、撤回）", "key": "reconsideration_correction_rate", "kind": "rate", "money": false, "name": "行政复议纠错率", "note": "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "numerator": "其中以撤销、变更、确认违法、责令履行或确认无效决定纠错的案件", "setting": "indicators.reconsideration_correction_denominator", "unit": "%"}, "reconsideration_settlement_rate": {"basis": "结案日期", "denominator": "本期审结的全部行政复议案件", "key": "reconsideration_settlement_rate", "kind": "rate", "money": false, "name": "行政复议调解和解率", "note": "行政复议调解和解率不含撤回申请结案的案件", "numerator": "其中以调解或和解结案的案件", "setting": "indicators.settlement_includes_withdrawal", "unit": "%"}, "substantive_resolution_rate": {"basis": "结案日期", "denominator": "本期办结的行政争议（行政复议、诉前调解、行政调解，及标记为实质性化解的行政诉讼协调撤诉）", "key": "substantive_resolution_rate", "kind": "rate", "money": false, "name": "实质性化解率", "note": "", "numerator": "其中标记为实质性化解（未再进入诉讼或信访）的案件", "setting": "indicators.resolution_includes_withdrawn_suits", "unit": "%"}, "suggestion_feedback_rate": {"basis": "反馈期限", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "key": "suggestion_feedback_rate", "kind": "rate", "money": false, "name": "司法建议反馈率", "note": "", "numerator": "其中已反馈的司法建议、检察建议（不论是否逾期）", "setting": "", "unit": "%"}, "suggestion_reply_rate": {"basis": "反馈期限", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "key": "suggestion_reply_rate", "kind": "rate", "money": false, "name": "司法建议按期反馈率", "note": "", "numerator": "其中在反馈期限内反馈的司法建议、检察建议", "setting": "", "unit": "%"}, "suggestions_unanswered": {"basis": "统计日", "denominator": "", "key": "suggestions_unanswered", "kind": "count", "money": false, "name": "逾期未反馈建议", "note": "", "numerator": "统计日已过反馈期限而未反馈的司法建议、检察建议（含以前各期结转）", "setting": "", "unit": "件"}, "task_completion_rate": {"basis": "完成时限", "denominator": "完成时限在本期（截至统计日）的双清单事项", "key": "task_completion_rate", "kind": "rate", "money": false, "name": "双清单完成率", "note": "", "numerator": "其中按期完成的事项", "setting": "", "unit": "%"}, "tasks_overdue": {"basis": "统计日", "denominator": "", "key": "tasks_overdue", "kind": "count", "money": false, "name": "逾期未完成事项", "note": "", "numerator": "统计日已过完成时限而未完成的双清单事项（含以前各期结转）", "setting": "", "unit": "件"}}, "double_decline": {"achieved": null, "litigation_filed_down": false, "loss_rate_down": null, "text": "无法判断是否实现“双下降”：本期或去年同期没有审结的一审行政诉讼案件。行政诉讼发案量0件（去年同期0件）。"}, "figures": {"numerator_from": "台账", "region": "东山县", "sources": [], "used": {}}, "generated_on": "2024-10-15", "indicators": {"enforcement_amount": {"denominator": null, "display": "0.00", "fraction": "", "key": "enforcement_amount", "last_year": {"denominator": null, "display": "0.00", "numerator": 0.0, "value": 0.0}, "name": "执行到位金额", "numerator": 0.0, "previous": {"denominator": null, "display": "0.00", "numerator": 0.0, "value": 0.0}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "元", "value": 0.0, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "enforcement_closed": {"denominator": null, "display": "0", "fraction": "", "key": "enforcement_closed", "last_year": {"denominator": null, "display": "0", "numerator": 0, "value": 0}, "name": "涉行政机关执行案件执结数", "numerator": 0, "previous": {"denominator": null, "display": "0", "numerator": 0, "value": 0}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "件", "value": 0, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "enforcement_recovery_rate": {"denominator": 0.0, "display": "—", "fraction": "0.00/0.00", "key": "enforcement_recovery_rate", "last_year": {"denominator": 0.0, "display": "—", "numerator": 0.0, "value": null}, "name": "执行到位率", "numerator": 0.0, "previous": {"denominator": 0.0, "display": "—", "numerator": 0.0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "head_appearance_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "head_appearance_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "负责人出庭应诉率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "litigation_filed": {"denominator": null, "display": "0", "fraction": "", "key": "litigation_filed", "last_year": {"denominator": null, "display": "0", "numerator": 0, "value": 0}, "name": "行政诉讼发案量", "numerator": 0, "previous": {"denominator": null, "display": "0", "numerator": 0, "value": 0}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "件", "value": 0, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "litigation_per_10k": {"denominator": null, "display": "—", "fraction": "", "key": "litigation_per_10k", "last_year": {"denominator": null, "display": "—", "numerator": 0, "value": null}, "name": "万人成讼率", "numerator": 0, "previous": {"denominator": null, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "件/万人", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "loss_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "loss_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "行政机关败诉率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "presuit_mediation_success_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "presuit_mediation_success_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "诉前调解成功率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "reconsideration_correction_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "reconsideration_correction_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "行政复议纠错率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "reconsideration_settlement_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "reconsideration_settlement_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "行政复议调解和解率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "substantive_resolution_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "substantive_resolution_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "实质性化解率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "suggestion_feedback_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "suggestion_feedback_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "司法建议反馈率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "suggestion_reply_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "suggestion_reply_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "司法建议按期反馈率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "suggestions_unanswered": {"denominator": null, "display": "0", "fraction": "", "key": "suggestions_unanswered", "last_year": {"denominator": null, "display": "0", "numerator": 0, "value": 0}, "name": "逾期未反馈建议", "numerator": 0, "previous": {"denominator": null, "display": "0", "numerator": 0, "value": 0}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "件", "value": 0, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "task_completion_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "task_completion_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "双清单完成率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "tasks_overdue": {"denominator": null, "display": "0", "fraction": "", "key": "tasks_overdue", "last_year": {"denominator": null, "display": "0", "numerator": 0, "value": 0}, "name": "逾期未完成事项", "numerator": 0, "previous": {"denominator": null, "display": "0", "numerator": 0, "value": 0}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "件", "value": 0, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}}, "notes": ["行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "负责人出庭应诉率计入正职和分管副职负责人出庭", "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "行政复议调解和解率不含撤回申请结案的案件", "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）"], "office": {"meeting_name": "东山县府院联动", "name": "东山县府院联动办公室", "region": "东山县"}, "period": {"as_of": "2024-09-30", "code": "2024Q3", "complete": true, "end": "2024-09-30", "kind": "quarter", "label": "2024年第三季度", "quarter": 3, "start": "2024-07-01", "year": 2024}, "ranking_note": "法院、检察院不是被考核单位，不列入单位排名（配置项 escalation.rank_consult_kinds = true 可列入）", "scope": {"region": null, "unit": null}, "settings": {"enforcement_closed_includes_terminated": false, "head_appearance_principal_only": false, "loss_rate_denominator": "closed", "loss_rate_outcome": "first_instance", "population": null, "population_region": "东山县", "reconsideration_correction_denominator": "decided", "resolution_includes_withdrawn_suits": true, "settlement_includes_withdrawal": false, "successor": false, "unranked_kinds": ["法院", "检察院"]}, "units": [], "warnings": ["未录入东山县的常住人口（fylink report figure set 常住人口 …，或配置项 indicators.population），不计算万人成讼率"]}, "sums": {"current": {"enforcement_amount__n": 0, "enforcement_closed__n": 0, "enforcement_recovery_rate__d": 0, "enforcement_recovery_rate__n": 0, "head_appearance_rate__d": 0, "head_appearance_rate__n": 0, "litigation_filed__n": 0, "loss_rate__d": 0, "loss_rate__n": 0, "presuit_mediation_success_rate__d": 0, "presuit_mediation_success_rate__n": 0, "reconsideration_correction_rate__d": 0, "reconsideration_correction_rate__n": 0, "reconsideration_settlement_rate__d": 0, "reconsideration_settlement_rate__n": 0, "substantive_resolution_rate__d": 0, "substantive_resolution_rate__n": 0, "suggestion_feedback_rate__d": 0, "suggestion_feedback_rate__n": 0, "suggestion_reply_rate__d": 0, "suggestion_reply_rate__n": 0, "suggestions_unanswered__n": 0, "task_completion_rate__d": 0, "task_completion_rate__n": 0, "tasks_overdue__n": 0}, "last_year": {"enforcement_amount__n": 0, "enforcement_closed__n": 0, "enforcement_recovery_rate__d": 0, "enforcement_recovery_rate__n": 0, "head_appearance_rate__d": 0, "head_appearance_rate__n": 0, "litigation_filed__n": 0, "loss_rate__d": 0, "loss_rate__n": 0, "presuit_mediation_success_rate__d": 0, "presuit_mediation_success_rate__n": 0, "reconsideration_correction_rate__d": 0, "reconsideration_correction_rate__n": 0, "reconsideration_settlement_rate__d": 0, "reconsideration_settlement_rate__n": 0, "substantive_resolution_rate__d": 0, "substantive_resolution_rate__n": 0, "suggestion_feedback_rate__d": 0, "suggestion_feedback_rate__n": 0, "suggestion_reply_rate__d": 0, "suggestion_reply_rate__n": 0, "suggestions_unanswered__n": 0, "task_completion_rate__d": 0, "task_completion_rate__n": 0, "tasks_overdue__n": 0}}}}}', 'b7a375a66d4134f150d44769d297dd50354d317dcaeb44e1260075f0879758bc', '5df3f77355020833ed02eb582b402751bb8f3ad18ffc9605489136ad36205f2e', 128);


--
-- Data for Name: journal_anchor; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.journal_anchor VALUES (1, '2026-12-01 22:34:52.478158+00', 'report', '2024年第二季度', 66, 'b5002e0c0538681beb9920939bf4076591d790627fb96201a268fbf76f197941', NULL);
INSERT INTO public.journal_anchor VALUES (2, '2026-12-01 22:34:54.013305+00', 'report', '2024年上半年', 86, '9d2c2ecd986ce3130e75e835e3a8890f445887cf3cd2bf675f4eafa828a883a7', NULL);


--
-- Data for Name: judgment_performance; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: meeting; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.meeting VALUES (1, 2024, 1, '联席会议', '2024-06-20', '', '王县长', '征收补偿争议化解', '', '2026-12-01 22:34:50.391312+00', '联席会议', 1, '[]', NULL);
INSERT INTO public.meeting VALUES (2, 2024, 2, '协调会', '2024-07-10', '', '', '', '', '2026-12-01 22:34:54.422041+00', '协调会', 1, '["会议认为，征收补偿争议化解工作取得阶段性进展。"]', NULL);


--
-- Data for Name: meeting_follow; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.meeting_follow VALUES (1, 2, 1, NULL);


--
-- Data for Name: notice; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notice VALUES (2, '催办', 6, '2024-10-15', NULL, NULL, NULL, NULL, '2026-12-01 22:34:51.409721+00', '');
INSERT INTO public.notice VALUES (1, '督办', 5, '2024-10-15', 2024, 1, '2024-10-22', '2024-10-15', '2026-12-01 22:34:51.409721+00', '');


--
-- Data for Name: notice_item; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notice_item VALUES (1, 1, '督办', 2, NULL, 28, NULL, NULL, '', NULL);
INSERT INTO public.notice_item VALUES (2, 2, '催办', 1, NULL, 7, NULL, NULL, '', NULL);


--
-- Data for Name: notice_reply; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notice_reply VALUES (1, 1, '2024-10-15', '已书面报送办理情况', '', 0, '', NULL, '2026-12-01 22:34:51.517822+00');


--
-- Data for Name: office; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.office VALUES (1, '示范县府院联动联席会议办公室', '示范县', '示范县府院联动联席会议', '2026-12-01 22:34:49.118246+00');


--
-- Data for Name: party; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.party VALUES (1, '张三', '自然人', '身份证', '410502198510151232', '2026-12-01 22:34:49.681939+00');
INSERT INTO public.party VALUES (3, '李四', '自然人', '', NULL, '2026-12-01 22:34:49.862348+00');
INSERT INTO public.party VALUES (2, '示范县建工集团有限公司', '法人或其他组织', '统一社会信用代码', '91340503MA2N0001XG', '2026-12-01 22:34:49.729997+00');
INSERT INTO public.party VALUES (4, '周七', '自然人', '', NULL, '2026-12-01 22:34:54.931534+00');


--
-- Data for Name: party_alias; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.party_alias VALUES (1, 2, '示范县建工集团', '曾用名', '2024-09-01', '2026-12-01 22:34:53.063892+00');


--
-- Data for Name: party_merge; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: party_watch; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.party_watch VALUES (1, 2, '高', '重点破产企业', '', '', '2024-10-15', '2026-12-01 22:34:53.113964+00', '2026-12-01 22:34:53.113964+00');


--
-- Data for Name: person; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.person VALUES (1, '王建国', '县长', NULL, '召集人', '', '', '2026-12-01 22:34:49.281741+00', NULL);
INSERT INTO public.person VALUES (2, '刘清华', '常务副县长', NULL, '副召集人', '', '', '2026-12-01 22:34:49.293909+00', NULL);
INSERT INTO public.person VALUES (3, '赵立新', '县人民法院院长', NULL, '副召集人', '', '', '2026-12-01 22:34:49.299359+00', NULL);
INSERT INTO public.person VALUES (4, '陈晓燕', '副主任', 1, '联络员', '0372-5101001', 'zfb@shifan.example.cn', '2026-12-01 22:34:49.319892+00', NULL);
INSERT INTO public.person VALUES (5, '马俊', '科长', 2, '联络员', '0372-5101002', 'fgw@shifan.example.cn', '2026-12-01 22:34:49.334503+00', NULL);
INSERT INTO public.person VALUES (6, '孙丽', '行政复议股股长', 3, '联络员', '0372-5101003', 'sfj@shifan.example.cn', '2026-12-01 22:34:49.338027+00', NULL);
INSERT INTO public.person VALUES (7, '周明', '局长', 3, '成员', '', '', '2026-12-01 22:34:49.342469+00', NULL);
INSERT INTO public.person VALUES (8, '林静', '办公室工作人员', 3, '办公室', '', '', '2026-12-01 22:34:49.343788+00', NULL);
INSERT INTO public.person VALUES (9, '郭涛', '法规股股长', 4, '联络员', '0372-5101004', 'czj@shifan.example.cn', '2026-12-01 22:34:49.346298+00', NULL);
INSERT INTO public.person VALUES (10, '何芳', '法规股股长', 5, '联络员', '0372-5101005', 'rsj@shifan.example.cn', '2026-12-01 22:34:49.350144+00', NULL);
INSERT INTO public.person VALUES (11, '高远', '法规股股长', 6, '联络员', '0372-5101006', 'zrzyj@shifan.example.cn', '2026-12-01 22:34:49.352479+00', NULL);
INSERT INTO public.person VALUES (13, '梁红', '法制股股长', 8, '联络员', '0372-5101008', 'swj@shifan.example.cn', '2026-12-01 22:34:49.359061+00', NULL);
INSERT INTO public.person VALUES (14, '宋佳', '法规股股长', 9, '联络员', '0372-5101009', 'scjgj@shifan.example.cn', '2026-12-01 22:34:49.360915+00', NULL);
INSERT INTO public.person VALUES (15, '唐亮', '副局长', 10, '联络员', '0372-5101010', 'xfj@shifan.example.cn', '2026-12-01 22:34:49.370616+00', NULL);
INSERT INTO public.person VALUES (16, '韩冰', '法制大队大队长', 11, '联络员', '0372-5101011', 'gaj@shifan.example.cn', '2026-12-01 22:34:49.374197+00', NULL);
INSERT INTO public.person VALUES (17, '冯雪', '法规股股长', 12, '联络员', '0372-5101012', 'sthj@shifan.example.cn', '2026-12-01 22:34:49.380654+00', NULL);
INSERT INTO public.person VALUES (19, '许文', '行政审判庭庭长', 14, '联络员', '0372-5101014', 'fy@shifan.example.cn', '2026-12-01 22:34:49.402048+00', NULL);
INSERT INTO public.person VALUES (20, '曹阳', '行政检察部主任', 15, '联络员', '0372-5101015', 'jcy@shifan.example.cn', '2026-12-01 22:34:49.409907+00', NULL);
INSERT INTO public.person VALUES (21, '彭程', '司法所所长', 16, '联络员', '0372-5101016', 'cgz@shifan.example.cn', '2026-12-01 22:34:49.426217+00', NULL);
INSERT INTO public.person VALUES (22, '袁媛', '司法所所长', 17, '联络员', '0372-5101017', 'dcjd@shifan.example.cn', '2026-12-01 22:34:49.43685+00', NULL);
INSERT INTO public.person VALUES (23, '钱进', '副局长', 3, '成员', '', '', '2026-12-01 22:34:52.60901+00', '2024-10-01');
INSERT INTO public.person VALUES (12, '罗斌', '法规股股长', 6, '成员', '0372-5101007', 'zjj@shifan.example.cn', '2026-12-01 22:34:49.355406+00', NULL);
INSERT INTO public.person VALUES (18, '邓凯', '法规股股长', 6, '成员', '0372-5101013', 'cgj@shifan.example.cn', '2026-12-01 22:34:49.389637+00', NULL);


--
-- Data for Name: project; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.project VALUES (1, '锦绣家园小区', '问题楼盘', NULL, '', 277, NULL, '', '2026-12-01 22:34:53.222657+00', '2026-12-01 22:34:53.222657+00');


--
-- Data for Name: project_case; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.project_case VALUES (1, 1, 2);


--
-- Data for Name: region_return; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.region_return VALUES (1, '东山县', '', '东山县府院联动办公室', '2024Q3', 2024, '退回', '请补报执行案件', 'sha256', '198c7248a5906e33ddc101887bb63893ddde6d6a7a9e22ab76d8603e1cf1d5a2', '4ad25b4783afb3a5a0184c6a9d996b10d7791d958d6fd629b7f2293dc9766f3f@1', '测试员', '2024-10-15', '2024-10-15', 'dongshan.zip', '2024-10-15', '测试员', NULL, '{"manifest": {"format": "fylink-报送包/1", "office": {"name": "东山县府院联动办公室", "region": "东山县", "region_code": ""}, "to": "", "period": {"year": 2024, "quarter": 3, "kind": "quarter", "code": "2024Q3", "label": "2024年第三季度", "start": "2024-07-01", "end": "2024-09-30"}, "filled_by": "测试员", "made_on": "2024-10-15", "journal_head": {"seq": 1, "hash": "4ad25b4783afb3a5a0184c6a9d996b10d7791d958d6fd629b7f2293dc9766f3f"}, "digest_algo": "sha256", "members": {"figures.json": "5cebdd0f245eb366ea3684508ece1d1f6ee1b622bf426a97c73960fd20d7a605", "figures.xlsx": "79bbe59c54190f338d4572cd753969cf06238de8f98ba59247a5f3cb26a26879"}, "digest": "198c7248a5906e33ddc101887bb63893ddde6d6a7a9e22ab76d8603e1cf1d5a2"}, "figures": {"keys": ["litigation_filed", "loss_rate", "head_appearance_rate", "reconsideration_correction_rate", "reconsideration_settlement_rate", "substantive_resolution_rate", "presuit_mediation_success_rate", "enforcement_closed", "enforcement_amount", "enforcement_recovery_rate", "suggestion_feedback_rate", "suggestion_reply_rate", "task_completion_rate", "tasks_overdue", "suggestions_unanswered"], "report": {"attention": {"as_of": "2024-09-30", "losses": [], "losses_total": 0, "overdue_tasks": [], "overdue_tasks_total": 0, "unanswered_suggestions": [], "unanswered_suggestions_total": 0, "unpaid_enforcement": [], "unpaid_enforcement_total": 0, "watched_enterprises": {"by_level": {"中": 0, "低": 0, "高": 0}, "in_bankruptcy": 0, "total": 0}}, "compare": {"last_year": {"code": "2023Q3", "end": "2023-09-30", "kind": "quarter", "label": "2023年第三季度", "quarter": 3, "start": "2023-07-01", "year": 2023}, "previous": {"code": "2024Q2", "end": "2024-06-30", "kind": "quarter", "label": "2024年第二季度", "quarter": 2, "start": "2024-04-01", "year": 2024}, "text": "同比与2023年第三季度比较，环比与2024年第二季度比较"}, "definitions": {"enforcement_amount": {"basis": "结案日期", "denominator": "", "key": "enforcement_amount", "kind": "amount", "money": true, "name": "执行到位金额", "note": "", "numerator": "本期执结的涉行政机关执行案件的执行到位金额", "setting": "", "unit": "元"}, "enforcement_closed": {"basis": "结案日期", "denominator": "", "key": "enforcement_closed", "kind": "count", "money": false, "name": "涉行政机关执行案件执结数", "note": "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）", "numerator": "本期执结的涉行政机关执行案件（终结本次执行不计为执结）", "setting": "indicators.enforcement_closed_includes_terminated", "unit": "件"}, "enforcement_recovery_rate": {"basis": "结案日期", "denominator": "本期执结且登记了申请执行标的的涉行政机关执行案件的标的金额", "key": "enforcement_recovery_rate", "kind": "rate", "money": true, "name": "执行到位率", "note": "", "numerator": "执行到位金额", "setting": "", "unit": "%"}, "head_appearance_rate": {"basis": "开庭日期", "denominator": "本期开庭审理的行政诉讼案件（书面审理不计）", "key": "head_appearance_rate", "kind": "rate", "money": false, "name": "负责人出庭应诉率", "note": "负责人出庭应诉率计入正职和分管副职负责人出庭", "numerator": "其中行政机关负责人（正职或分管副职）出庭应诉的案件", "setting": "indicators.head_appearance_principal_only", "unit": "%"}, "litigation_filed": {"basis": "立案日期", "denominator": "", "key": "litigation_filed", "kind": "count", "money": false, "name": "行政诉讼发案量", "note": "", "numerator": "本期新收的一审行政诉讼案件（被告为本地行政机关或乡镇街道），按案号计", "setting": "", "unit": "件"}, "litigation_per_10k": {"basis": "立案日期", "denominator": "常住人口（fylink report figure set 录入，或配置项 indicators.population；按万人计）", "key": "litigation_per_10k", "kind": "per_10k", "money": false, "name": "万人成讼率", "note": "", "numerator": "本期新收的一审民事、行政案件（法院提供的收案数；未录入时按台账登记的案件）", "setting": "indicators.population", "unit": "件/万人"}, "loss_rate": {"basis": "结案日期", "denominator": "本期审结的一审行政诉讼案件（被告为本地行政机关或乡镇街道）", "key": "loss_rate", "kind": "rate", "money": false, "name": "行政机关败诉率", "note": "行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "numerator": "其中行政机关败诉的案件（撤销、变更、责令履行、确认违法、确认无效、判决赔偿或补偿）", "setting": "indicators.loss_rate_denominator", "unit": "%"}, "presuit_mediation_success_rate": {"basis": "结案日期", "denominator": "本期办结的诉前调解案件", "key": "presuit_mediation_success_rate", "kind": "rate", "money": false, "name": "诉前调解成功率", "note": "", "numerator": "其中调解成功的案件", "setting": "", "unit": "%"}, "reconsideration_correction_rate": {"basis": "结案日期", "denominator": "本期以复议决定结案的行政复议案件（不含调解、和解、撤回）", "key": "reconsideration_correction_rate", "kind": "rate", "money": false, "name": "行政复议纠错率", "note": "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "numerator": "其中以撤销、变更、确认违法、责令履行或确认无效决定纠错的案件", "setting": "indicators.reconsideration_correction_denominator", "unit": "%"}, "reconsideration_settlement_rate": {"basis": "结案日期", "denominator": "本期审结的全部行政复议案件", "key": "reconsideration_settlement_rate", "kind": "rate", "money": false, "name": "行政复议调解和解率", "note": "行政复议调解和解率不含撤回申请结案的案件", "numerator": "其中以调解或和解结案的案件", "setting": "indicators.settlement_includes_withdrawal", "unit": "%"}, "substantive_resolution_rate": {"basis": "结案日期", "denominator": "本期办结的行政争议（行政复议、诉前调解、行政调解，及标记为实质性化解的行政诉讼协调撤诉）", "key": "substantive_resolution_rate", "kind": "rate", "money": false, "name": "实质性化解率", "note": "", "numerator": "其中标记为实质性化解（未再进入诉讼或信访）的案件", "setting": "indicators.resolution_includes_withdrawn_suits", "unit": "%"}, "suggestion_feedback_rate": {"basis": "反馈期限", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "key": "suggestion_feedback_rate", "kind": "rate", "money": false, "name": "司法建议反馈率", "note": "", "numerator": "其中已反馈的司法建议、检察建议（不论是否逾期）", "setting": "", "unit": "%"}, "suggestion_reply_rate": {"basis": "反馈期限", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "key": "suggestion_reply_rate", "kind": "rate", "money": false, "name": "司法建议按期反馈率", "note": "", "numerator": "其中在反馈期限内反馈的司法建议、检察建议", "setting": "", "unit": "%"}, "suggestions_unanswered": {"basis": "统计日", "denominator": "", "key": "suggestions_unanswered", "kind": "count", "money": false, "name": "逾期未反馈建议", "note": "", "numerator": "统计日已过反馈期限而未反馈的司法建议、检察建议（含以前各期结转）", "setting": "", "unit": "件"}, "task_completion_rate": {"basis": "完成时限", "denominator": "完成时限在本期（截至统计日）的双清单事项", "key": "task_completion_rate", "kind": "rate", "money": false, "name": "双清单完成率", "note": "", "numerator": "其中按期完成的事项", "setting": "", "unit": "%"}, "tasks_overdue": {"basis": "统计日", "denominator": "", "key": "tasks_overdue", "kind": "count", "money": false, "name": "逾期未完成事项", "note": "", "numerator": "统计日已过完成时限而未完成的双清单事项（含以前各期结转）", "setting": "", "unit": "件"}}, "double_decline": {"achieved": null, "litigation_filed_down": false, "loss_rate_down": null, "text": "无法判断是否实现“双下降”：本期或去年同期没有审结的一审行政诉讼案件。行政诉讼发案量0件（去年同期0件）。"}, "figures": {"numerator_from": "台账", "region": "东山县", "sources": [], "used": {}}, "generated_on": "2024-10-15", "indicators": {"enforcement_amount": {"denominator": null, "display": "0.00", "fraction": "", "key": "enforcement_amount", "last_year": {"denominator": null, "display": "0.00", "numerator": 0.0, "value": 0.0}, "name": "执行到位金额", "numerator": 0.0, "previous": {"denominator": null, "display": "0.00", "numerator": 0.0, "value": 0.0}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "元", "value": 0.0, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "enforcement_closed": {"denominator": null, "display": "0", "fraction": "", "key": "enforcement_closed", "last_year": {"denominator": null, "display": "0", "numerator": 0, "value": 0}, "name": "涉行政机关执行案件执结数", "numerator": 0, "previous": {"denominator": null, "display": "0", "numerator": 0, "value": 0}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "件", "value": 0, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "enforcement_recovery_rate": {"denominator": 0.0, "display": "—", "fraction": "0.00/0.00", "key": "enforcement_recovery_rate", "last_year": {"denominator": 0.0, "display": "—", "numerator": 0.0, "value": null}, "name": "执行到位率", "numerator": 0.0, "previous": {"denominator": 0.0, "display": "—", "numerator": 0.0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "head_appearance_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "head_appearance_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "负责人出庭应诉率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "litigation_filed": {"denominator": null, "display": "0", "fraction": "", "key": "litigation_filed", "last_year": {"denominator": null, "display": "0", "numerator": 0, "value": 0}, "name": "行政诉讼发案量", "numerator": 0, "previous": {"denominator": null, "display": "0", "numerator": 0, "value": 0}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "件", "value": 0, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "litigation_per_10k": {"denominator": null, "display": "—", "fraction": "", "key": "litigation_per_10k", "last_year": {"denominator": null, "display": "—", "numerator": 0, "value": null}, "name": "万人成讼率", "numerator": 0, "previous": {"denominator": null, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "件/万人", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "loss_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "loss_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "行政机关败诉率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "presuit_mediation_success_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "presuit_mediation_success_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "诉前调解成功率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "reconsideration_correction_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "reconsideration_correction_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "行政复议纠错率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "reconsideration_settlement_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "reconsideration_settlement_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "行政复议调解和解率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "substantive_resolution_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "substantive_resolution_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "实质性化解率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "suggestion_feedback_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "suggestion_feedback_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "司法建议反馈率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "suggestion_reply_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "suggestion_reply_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "司法建议按期反馈率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "suggestions_unanswered": {"denominator": null, "display": "0", "fraction": "", "key": "suggestions_unanswered", "last_year": {"denominator": null, "display": "0", "numerator": 0, "value": 0}, "name": "逾期未反馈建议", "numerator": 0, "previous": {"denominator": null, "display": "0", "numerator": 0, "value": 0}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "件", "value": 0, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "task_completion_rate": {"denominator": 0, "display": "—", "fraction": "0/0", "key": "task_completion_rate", "last_year": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "name": "双清单完成率", "numerator": 0, "previous": {"denominator": 0, "display": "—", "numerator": 0, "value": null}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "%", "value": null, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}, "tasks_overdue": {"denominator": null, "display": "0", "fraction": "", "key": "tasks_overdue", "last_year": {"denominator": null, "display": "0", "numerator": 0, "value": 0}, "name": "逾期未完成事项", "numerator": 0, "previous": {"denominator": null, "display": "0", "numerator": 0, "value": 0}, "qoq": null, "qoq_display": "—", "qoq_small_base": null, "qoq_text": "", "unit": "件", "value": 0, "yoy": null, "yoy_display": "—", "yoy_small_base": null, "yoy_text": ""}}, "notes": ["行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "负责人出庭应诉率计入正职和分管副职负责人出庭", "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "行政复议调解和解率不含撤回申请结案的案件", "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）"], "office": {"meeting_name": "东山县府院联动", "name": "东山县府院联动办公室", "region": "东山县"}, "period": {"as_of": "2024-09-30", "code": "2024Q3", "complete": true, "end": "2024-09-30", "kind": "quarter", "label": "2024年第三季度", "quarter": 3, "start": "2024-07-01", "year": 2024}, "ranking_note": "法院、检察院不是被考核单位，不列入单位排名（配置项 escalation.rank_consult_kinds = true 可列入）", "scope": {"region": null, "unit": null}, "settings": {"enforcement_closed_includes_terminated": false, "head_appearance_principal_only": false, "loss_rate_denominator": "closed", "loss_rate_outcome": "first_instance", "population": null, "population_region": "东山县", "reconsideration_correction_denominator": "decided", "resolution_includes_withdrawn_suits": true, "settlement_includes_withdrawal": false, "successor": false, "unranked_kinds": ["法院", "检察院"]}, "units": [], "warnings": ["未录入东山县的常住人口（fylink report figure set 常住人口 …，或配置项 indicators.population），不计算万人成讼率"]}, "sums": {"current": {"enforcement_amount__n": 0, "enforcement_closed__n": 0, "enforcement_recovery_rate__d": 0, "enforcement_recovery_rate__n": 0, "head_appearance_rate__d": 0, "head_appearance_rate__n": 0, "litigation_filed__n": 0, "loss_rate__d": 0, "loss_rate__n": 0, "presuit_mediation_success_rate__d": 0, "presuit_mediation_success_rate__n": 0, "reconsideration_correction_rate__d": 0, "reconsideration_correction_rate__n": 0, "reconsideration_settlement_rate__d": 0, "reconsideration_settlement_rate__n": 0, "substantive_resolution_rate__d": 0, "substantive_resolution_rate__n": 0, "suggestion_feedback_rate__d": 0, "suggestion_feedback_rate__n": 0, "suggestion_reply_rate__d": 0, "suggestion_reply_rate__n": 0, "suggestions_unanswered__n": 0, "task_completion_rate__d": 0, "task_completion_rate__n": 0, "tasks_overdue__n": 0}, "last_year": {"enforcement_amount__n": 0, "enforcement_closed__n": 0, "enforcement_recovery_rate__d": 0, "enforcement_recovery_rate__n": 0, "head_appearance_rate__d": 0, "head_appearance_rate__n": 0, "litigation_filed__n": 0, "loss_rate__d": 0, "loss_rate__n": 0, "presuit_mediation_success_rate__d": 0, "presuit_mediation_success_rate__n": 0, "reconsideration_correction_rate__d": 0, "reconsideration_correction_rate__n": 0, "reconsideration_settlement_rate__d": 0, "reconsideration_settlement_rate__n": 0, "substantive_resolution_rate__d": 0, "substantive_resolution_rate__n": 0, "suggestion_feedback_rate__d": 0, "suggestion_feedback_rate__n": 0, "suggestion_reply_rate__d": 0, "suggestion_reply_rate__n": 0, "suggestions_unanswered__n": 0, "task_completion_rate__d": 0, "task_completion_rate__n": 0, "tasks_overdue__n": 0}}}}', '2026-12-01 22:34:57.317868+00');


--
-- Data for Name: report_period_snapshot; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.report_period_snapshot VALUES (1, '2024H1', 2024, '', '2026-12-01 22:34:53.960097+00', '测试员@postgres', '{"period": {"year": 2024, "quarter": null, "kind": "half", "code": "2024H1", "label": "2024年上半年", "start": "2024-01-01", "end": "2024-06-30", "as_of": "2024-06-30", "complete": true}, "compare": {"last_year": {"year": 2023, "quarter": null, "kind": "half", "code": "2023H1", "label": "2023年上半年", "start": "2023-01-01", "end": "2023-06-30"}, "previous": {"year": 2023, "quarter": null, "kind": "half", "code": "2023H2", "label": "2023年下半年", "start": "2023-07-01", "end": "2023-12-31"}, "text": "同比与2023年上半年比较，环比与2023年下半年比较"}, "office": {"name": "示范县府院联动联席会议办公室", "region": "示范县", "meeting_name": "示范县府院联动联席会议"}, "scope": {"unit": null, "region": null}, "settings": {"loss_rate_denominator": "closed", "loss_rate_outcome": "first_instance", "reconsideration_correction_denominator": "decided", "settlement_includes_withdrawal": false, "head_appearance_principal_only": false, "enforcement_closed_includes_terminated": false, "resolution_includes_withdrawn_suits": true, "population_region": "示范县", "population": 812300, "unranked_kinds": ["法院", "检察院"], "successor": false}, "definitions": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "kind": "count", "unit": "件", "numerator": "本期新收的一审行政诉讼案件（被告为本地行政机关或乡镇街道），按案号计", "denominator": "", "basis": "立案日期", "setting": "", "note": "", "money": false}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关败诉的案件（撤销、变更、责令履行、确认违法、确认无效、判决赔偿或补偿）", "denominator": "本期审结的一审行政诉讼案件（被告为本地行政机关或乡镇街道）", "basis": "结案日期", "setting": "indicators.loss_rate_denominator", "note": "行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "money": false}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关负责人（正职或分管副职）出庭应诉的案件", "denominator": "本期开庭审理的行政诉讼案件（书面审理不计）", "basis": "开庭日期", "setting": "indicators.head_appearance_principal_only", "note": "负责人出庭应诉率计入正职和分管副职负责人出庭", "money": false}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "kind": "rate", "unit": "%", "numerator": "其中以撤销、变更、确认违法、责令履行或确认无效决定纠错的案件", "denominator": "本期以复议决定结案的行政复议案件（不含调解、和解、撤回）", "basis": "结案日期", "setting": "indicators.reconsideration_correction_denominator", "note": "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "money": false}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "kind": "rate", "unit": "%", "numerator": "其中以调解或和解结案的案件", "denominator": "本期审结的全部行政复议案件", "basis": "结案日期", "setting": "indicators.settlement_includes_withdrawal", "note": "行政复议调解和解率不含撤回申请结案的案件", "money": false}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "kind": "rate", "unit": "%", "numerator": "其中标记为实质性化解（未再进入诉讼或信访）的案件", "denominator": "本期办结的行政争议（行政复议、诉前调解、行政调解，及标记为实质性化解的行政诉讼协调撤诉）", "basis": "结案日期", "setting": "indicators.resolution_includes_withdrawn_suits", "note": "", "money": false}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "kind": "rate", "unit": "%", "numerator": "其中调解成功的案件", "denominator": "本期办结的诉前调解案件", "basis": "结案日期", "setting": "", "note": "", "money": false}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "kind": "count", "unit": "件", "numerator": "本期执结的涉行政机关执行案件（终结本次执行不计为执结）", "denominator": "", "basis": "结案日期", "setting": "indicators.enforcement_closed_includes_terminated", "note": "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）", "money": false}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "kind": "amount", "unit": "元", "numerator": "本期执结的涉行政机关执行案件的执行到位金额", "denominator": "", "basis": "结案日期", "setting": "", "note": "", "money": true}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "kind": "rate", "unit": "%", "numerator": "执行到位金额", "denominator": "本期执结且登记了申请执行标的的涉行政机关执行案件的标的金额", "basis": "结案日期", "setting": "", "note": "", "money": true}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "kind": "rate", "unit": "%", "numerator": "其中已反馈的司法建议、检察建议（不论是否逾期）", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "kind": "rate", "unit": "%", "numerator": "其中在反馈期限内反馈的司法建议、检察建议", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "kind": "rate", "unit": "%", "numerator": "其中按期完成的事项", "denominator": "完成时限在本期（截至统计日）的双清单事项", "basis": "完成时限", "setting": "", "note": "", "money": false}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "kind": "per_10k", "unit": "件/万人", "numerator": "本期新收的一审民事、行政案件（法院提供的收案数；未录入时按台账登记的案件）", "denominator": "常住人口（fylink report figure set 录入，或配置项 indicators.population；按万人计）", "basis": "立案日期", "setting": "indicators.population", "note": "", "money": false}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "kind": "count", "unit": "件", "numerator": "统计日已过完成时限而未完成的双清单事项（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "kind": "count", "unit": "件", "numerator": "统计日已过反馈期限而未反馈的司法建议、检察建议（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}}, "notes": ["行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "负责人出庭应诉率计入正职和分管副职负责人出庭", "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "行政复议调解和解率不含撤回申请结案的案件", "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）"], "warnings": ["未录入示范县2024年上半年法院一审民事收案、一审行政收案数（fylink report figure set），万人成讼率的分子暂按本台账登记的一审民事、行政案件计"], "figures": {"region": "示范县", "used": {"population": {"value": 812300, "source": "县统计局", "period": "2023年"}}, "sources": ["常住人口812,300人（2023年，来源：县统计局）"], "numerator_from": "台账"}, "indicators": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "unit": "件", "numerator": 1, "denominator": null, "value": 1, "display": "1", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "unit": "%", "numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "unit": "元", "numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "unit": "%", "numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "unit": "件/万人", "numerator": 1, "denominator": 812300, "value": 0.01, "display": "0.01", "fraction": "1件/81.23万人", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 812300, "value": 0.0, "display": "0.00"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 812300, "value": 0.0, "display": "0.00"}}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}}, "double_decline": {"achieved": null, "litigation_filed_down": false, "loss_rate_down": null, "text": "无法判断是否实现“双下降”：本期或去年同期没有审结的一审行政诉讼案件。行政诉讼发案量1件（去年同期0件）。"}, "units": [{"unit": "县自然资源局", "unit_name": "示范县自然资源局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 1, "denominator": null, "value": 1, "display": "1", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 1}, {"unit": "县税务局", "unit_name": "国家税务总局示范县税务局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 2}, {"unit": "东城街道", "unit_name": "示范县东城街道办事处", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 3}, {"unit": "县人社局", "unit_name": "示范县人力资源局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 4}, {"unit": "县政府办", "unit_name": "示范县人民政府办公室", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 5}, {"unit": "县住建局", "unit_name": "示范县住房和城乡建设局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 6}, {"unit": "县信访局", "unit_name": "示范县信访局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 7}, {"unit": "县公安局", "unit_name": "示范县公安局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 8}, {"unit": "县发改委", "unit_name": "示范县发展和改革委员会", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 9}, {"unit": "县司法局", "unit_name": "示范县司法局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 10}, {"unit": "城关镇", "unit_name": "示范县城关镇人民政府", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 11}, {"unit": "县城管局", "unit_name": "示范县城市管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 12}, {"unit": "县市场监管局", "unit_name": "示范县市场监督管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 13}, {"unit": "县生态环境分局", "unit_name": "示范县生态环境分局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 14}, {"unit": "县财政局", "unit_name": "示范县财政局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 15}], "ranking_note": "法院、检察院不是被考核单位，不列入单位排名（配置项 escalation.rank_consult_kinds = true 可列入）", "attention": {"as_of": "2024-06-30", "watched_enterprises": {"total": 1, "by_level": {"高": 1, "中": 0, "低": 0}, "in_bankruptcy": 1}, "unpaid_enforcement_total": 0, "unpaid_enforcement": [], "losses_total": 0, "losses": [], "overdue_tasks_total": 0, "overdue_tasks": [], "unanswered_suggestions_total": 0, "unanswered_suggestions": []}, "generated_on": "2024-10-15", "trend": [{"period": "2022Q3", "label": "2022年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2022Q4", "label": "2022年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q1", "label": "2023年1季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q2", "label": "2023年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q3", "label": "2023年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q4", "label": "2023年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q1", "label": "2024年1季度", "litigation_filed": 1, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q2", "label": "2024年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 1, "loss_rate": 0.0}]}');


--
-- Data for Name: report_snapshot; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.report_snapshot VALUES (1, 2024, 2, '', '2026-12-01 22:34:52.447647+00', '测试员@postgres', '{"period": {"year": 2024, "quarter": 2, "kind": "quarter", "code": "2024Q2", "label": "2024年第二季度", "start": "2024-04-01", "end": "2024-06-30", "as_of": "2024-06-30", "complete": true}, "compare": {"last_year": {"year": 2023, "quarter": 2, "kind": "quarter", "code": "2023Q2", "label": "2023年第二季度", "start": "2023-04-01", "end": "2023-06-30"}, "previous": {"year": 2024, "quarter": 1, "kind": "quarter", "code": "2024Q1", "label": "2024年第一季度", "start": "2024-01-01", "end": "2024-03-31"}, "text": "同比与2023年第二季度比较，环比与2024年第一季度比较"}, "office": {"name": "示范县府院联动联席会议办公室", "region": "示范县", "meeting_name": "示范县府院联动联席会议"}, "scope": {"unit": null, "region": null}, "settings": {"loss_rate_denominator": "closed", "loss_rate_outcome": "first_instance", "reconsideration_correction_denominator": "decided", "settlement_includes_withdrawal": false, "head_appearance_principal_only": false, "enforcement_closed_includes_terminated": false, "resolution_includes_withdrawn_suits": true, "population_region": "示范县", "population": null, "unranked_kinds": ["法院", "检察院"], "successor": false}, "definitions": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "kind": "count", "unit": "件", "numerator": "本期新收的一审行政诉讼案件（被告为本地行政机关或乡镇街道），按案号计", "denominator": "", "basis": "立案日期", "setting": "", "note": "", "money": false}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关败诉的案件（撤销、变更、责令履行、确认违法、确认无效、判决赔偿或补偿）", "denominator": "本期审结的一审行政诉讼案件（被告为本地行政机关或乡镇街道）", "basis": "结案日期", "setting": "indicators.loss_rate_denominator", "note": "行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "money": false}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "kind": "rate", "unit": "%", "numerator": "其中行政机关负责人（正职或分管副职）出庭应诉的案件", "denominator": "本期开庭审理的行政诉讼案件（书面审理不计）", "basis": "开庭日期", "setting": "indicators.head_appearance_principal_only", "note": "负责人出庭应诉率计入正职和分管副职负责人出庭", "money": false}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "kind": "rate", "unit": "%", "numerator": "其中以撤销、变更、确认违法、责令履行或确认无效决定纠错的案件", "denominator": "本期以复议决定结案的行政复议案件（不含调解、和解、撤回）", "basis": "结案日期", "setting": "indicators.reconsideration_correction_denominator", "note": "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "money": false}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "kind": "rate", "unit": "%", "numerator": "其中以调解或和解结案的案件", "denominator": "本期审结的全部行政复议案件", "basis": "结案日期", "setting": "indicators.settlement_includes_withdrawal", "note": "行政复议调解和解率不含撤回申请结案的案件", "money": false}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "kind": "rate", "unit": "%", "numerator": "其中标记为实质性化解（未再进入诉讼或信访）的案件", "denominator": "本期办结的行政争议（行政复议、诉前调解、行政调解，及标记为实质性化解的行政诉讼协调撤诉）", "basis": "结案日期", "setting": "indicators.resolution_includes_withdrawn_suits", "note": "", "money": false}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "kind": "rate", "unit": "%", "numerator": "其中调解成功的案件", "denominator": "本期办结的诉前调解案件", "basis": "结案日期", "setting": "", "note": "", "money": false}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "kind": "count", "unit": "件", "numerator": "本期执结的涉行政机关执行案件（终结本次执行不计为执结）", "denominator": "", "basis": "结案日期", "setting": "indicators.enforcement_closed_includes_terminated", "note": "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）", "money": false}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "kind": "amount", "unit": "元", "numerator": "本期执结的涉行政机关执行案件的执行到位金额", "denominator": "", "basis": "结案日期", "setting": "", "note": "", "money": true}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "kind": "rate", "unit": "%", "numerator": "执行到位金额", "denominator": "本期执结且登记了申请执行标的的涉行政机关执行案件的标的金额", "basis": "结案日期", "setting": "", "note": "", "money": true}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "kind": "rate", "unit": "%", "numerator": "其中已反馈的司法建议、检察建议（不论是否逾期）", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "kind": "rate", "unit": "%", "numerator": "其中在反馈期限内反馈的司法建议、检察建议", "denominator": "反馈期限在本期（截至统计日）的司法建议、检察建议", "basis": "反馈期限", "setting": "", "note": "", "money": false}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "kind": "rate", "unit": "%", "numerator": "其中按期完成的事项", "denominator": "完成时限在本期（截至统计日）的双清单事项", "basis": "完成时限", "setting": "", "note": "", "money": false}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "kind": "per_10k", "unit": "件/万人", "numerator": "本期新收的一审民事、行政案件（法院提供的收案数；未录入时按台账登记的案件）", "denominator": "常住人口（fylink report figure set 录入，或配置项 indicators.population；按万人计）", "basis": "立案日期", "setting": "indicators.population", "note": "", "money": false}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "kind": "count", "unit": "件", "numerator": "统计日已过完成时限而未完成的双清单事项（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "kind": "count", "unit": "件", "numerator": "统计日已过反馈期限而未反馈的司法建议、检察建议（含以前各期结转）", "denominator": "", "basis": "统计日", "setting": "", "note": "", "money": false}}, "notes": ["行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）", "负责人出庭应诉率计入正职和分管副职负责人出庭", "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）", "行政复议调解和解率不含撤回申请结案的案件", "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）"], "warnings": ["未录入示范县的常住人口（fylink report figure set 常住人口 …，或配置项 indicators.population），不计算万人成讼率", "以下指标的比较基数不足10件，增减幅度仅供参考：行政诉讼发案量（上期1件）"], "figures": {"region": "示范县", "used": {}, "sources": [], "numerator_from": "台账"}, "indicators": {"litigation_filed": {"key": "litigation_filed", "name": "行政诉讼发案量", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": -100.0, "qoq_display": "↓ -100.0%（基数小）", "qoq_text": "减少100.0%（基数较小：上期仅1件）", "qoq_small_base": 1, "previous": {"numerator": 1, "denominator": null, "value": 1, "display": "1"}}, "loss_rate": {"key": "loss_rate", "name": "行政机关败诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "head_appearance_rate": {"key": "head_appearance_rate", "name": "负责人出庭应诉率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_correction_rate": {"key": "reconsideration_correction_rate", "name": "行政复议纠错率", "unit": "%", "numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "reconsideration_settlement_rate": {"key": "reconsideration_settlement_rate", "name": "行政复议调解和解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "substantive_resolution_rate": {"key": "substantive_resolution_rate", "name": "实质性化解率", "unit": "%", "numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "presuit_mediation_success_rate": {"key": "presuit_mediation_success_rate", "name": "诉前调解成功率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "enforcement_closed": {"key": "enforcement_closed", "name": "涉行政机关执行案件执结数", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "enforcement_amount": {"key": "enforcement_amount", "name": "执行到位金额", "unit": "元", "numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00"}}, "enforcement_recovery_rate": {"key": "enforcement_recovery_rate", "name": "执行到位率", "unit": "%", "numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—"}}, "suggestion_feedback_rate": {"key": "suggestion_feedback_rate", "name": "司法建议反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "suggestion_reply_rate": {"key": "suggestion_reply_rate", "name": "司法建议按期反馈率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "task_completion_rate": {"key": "task_completion_rate", "name": "双清单完成率", "unit": "%", "numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": 0, "value": null, "display": "—"}}, "litigation_per_10k": {"key": "litigation_per_10k", "name": "万人成讼率", "unit": "件/万人", "numerator": 0, "denominator": null, "value": null, "display": "—", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": null, "display": "—"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 1, "denominator": null, "value": null, "display": "—"}}, "tasks_overdue": {"key": "tasks_overdue", "name": "逾期未完成事项", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}, "suggestions_unanswered": {"key": "suggestions_unanswered", "name": "逾期未反馈建议", "unit": "件", "numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_display": "—", "yoy_text": "", "yoy_small_base": null, "last_year": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}, "qoq": null, "qoq_display": "—", "qoq_text": "", "qoq_small_base": null, "previous": {"numerator": 0, "denominator": null, "value": 0, "display": "0"}}}, "double_decline": {"achieved": null, "litigation_filed_down": false, "loss_rate_down": null, "text": "无法判断是否实现“双下降”：本期或去年同期没有审结的一审行政诉讼案件。行政诉讼发案量0件（去年同期0件）。"}, "units": [{"unit": "县税务局", "unit_name": "国家税务总局示范县税务局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 1}, {"unit": "东城街道", "unit_name": "示范县东城街道办事处", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 2}, {"unit": "县人社局", "unit_name": "示范县人力资源和社会保障局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 1, "denominator": 1, "value": 100.0, "display": "100.0%", "fraction": "1/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 3}, {"unit": "县政府办", "unit_name": "示范县人民政府办公室", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 4}, {"unit": "县住建局", "unit_name": "示范县住房和城乡建设局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 5}, {"unit": "县信访局", "unit_name": "示范县信访局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 6}, {"unit": "县公安局", "unit_name": "示范县公安局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 7}, {"unit": "县发改委", "unit_name": "示范县发展和改革委员会", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 8}, {"unit": "县司法局", "unit_name": "示范县司法局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 9}, {"unit": "城关镇", "unit_name": "示范县城关镇人民政府", "kind": "乡镇街道", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 10}, {"unit": "县城管局", "unit_name": "示范县城市管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 11}, {"unit": "县市场监管局", "unit_name": "示范县市场监督管理局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 12}, {"unit": "县生态环境分局", "unit_name": "示范县生态环境分局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 13}, {"unit": "县自然资源局", "unit_name": "示范县自然资源局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": -100.0}, "loss_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 1, "value": 0.0, "display": "0.0%", "fraction": "0/1", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 14}, {"unit": "县财政局", "unit_name": "示范县财政局", "kind": "政府部门", "region": "示范县", "indicators": {"litigation_filed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "loss_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "head_appearance_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_correction_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "reconsideration_settlement_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "substantive_resolution_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "presuit_mediation_success_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_closed": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_amount": {"numerator": 0.0, "denominator": null, "value": 0.0, "display": "0.00", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "enforcement_recovery_rate": {"numerator": 0.0, "denominator": 0.0, "value": null, "display": "—", "fraction": "0.00/0.00", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_feedback_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestion_reply_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "task_completion_rate": {"numerator": 0, "denominator": 0, "value": null, "display": "—", "fraction": "0/0", "yoy": null, "yoy_small_base": null, "qoq": null}, "tasks_overdue": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}, "suggestions_unanswered": {"numerator": 0, "denominator": null, "value": 0, "display": "0", "fraction": "", "yoy": null, "yoy_small_base": null, "qoq": null}}, "rank": 15}], "ranking_note": "法院、检察院不是被考核单位，不列入单位排名（配置项 escalation.rank_consult_kinds = true 可列入）", "attention": {"as_of": "2024-06-30", "watched_enterprises": {"total": 0, "by_level": {"高": 0, "中": 0, "低": 0}, "in_bankruptcy": 0}, "unpaid_enforcement_total": 0, "unpaid_enforcement": [], "losses_total": 0, "losses": [], "overdue_tasks_total": 0, "overdue_tasks": [], "unanswered_suggestions_total": 0, "unanswered_suggestions": []}, "generated_on": "2024-10-15", "trend": [{"period": "2022Q3", "label": "2022年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2022Q4", "label": "2022年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q1", "label": "2023年1季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q2", "label": "2023年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q3", "label": "2023年3季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2023Q4", "label": "2023年4季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q1", "label": "2024年1季度", "litigation_filed": 1, "loss_numerator": 0, "loss_denominator": 0, "loss_rate": null}, {"period": "2024Q2", "label": "2024年2季度", "litigation_filed": 0, "loss_numerator": 0, "loss_denominator": 1, "loss_rate": 0.0}]}');


--
-- Data for Name: suggestion; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.suggestion VALUES (1, '司法建议', '示法建〔2024〕3号', '示范县人民法院', 6, '2024-05-06', '2024-07-08', '2个月', false, '2024-06-01', '', true, NULL, '规范征收补偿程序', '2026-12-01 22:34:51.098355+00', '部分采纳');
INSERT INTO public.suggestion VALUES (2, '司法建议', '示法建〔2024〕4号', '示范县人民法院', 5, '2024-09-02', '2024-11-04', '2个月', false, NULL, '', NULL, NULL, '', '2026-12-01 22:34:53.585831+00', NULL);


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

INSERT INTO public.task VALUES (1, '议定事项', '建立征收补偿争议会商机制', 6, '', '2024-09-30', '', NULL, false, 1, 1, NULL, '', '', NULL, NULL, '', '2026-12-01 22:34:50.546713+00', '2026-12-01 22:34:50.546713+00', '', '', '', '', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.task VALUES (2, '双清单', '清理行政协议履约情况', 5, '', '2024-08-31', '', NULL, false, NULL, NULL, NULL, '', '', NULL, NULL, '', '2026-12-01 22:34:50.945643+00', '2026-12-01 22:34:50.945643+00', '', '', '', '', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.task VALUES (4, '双清单', '报送化解进展', 6, '', '2024-12-31', '', NULL, false, NULL, NULL, NULL, '', '', NULL, NULL, '', '2026-12-01 22:34:54.674061+00', '2026-12-01 22:34:54.674061+00', '', '', '每季度末', '2024年第四季度', NULL, 3, NULL, NULL, NULL);
INSERT INTO public.task VALUES (5, '双清单', '坚持府院会商', 3, '', '9999-12-31', '长期坚持', '2024-10-15', false, NULL, NULL, NULL, '', '', NULL, NULL, '', '2026-12-01 22:34:54.754059+00', '2026-12-01 22:34:54.754059+00', '', '', '', '', NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.task VALUES (7, '双清单', '对征收补偿类案件开展诉前化解', 14, '', '2024-12-31', '', NULL, false, NULL, NULL, NULL, '1', '', NULL, NULL, '', '2026-12-01 22:34:55.20394+00', '2026-12-01 22:34:55.20394+00', '一、政府需法院支持事项', '', '', '', 100001, NULL, NULL, 1, NULL);
INSERT INTO public.task VALUES (8, '双清单', '每季度通报行政诉讼情况', 14, '', '2024-12-31', '', NULL, false, NULL, NULL, NULL, '2', '', NULL, NULL, '', '2026-12-01 22:34:55.21807+00', '2026-12-01 22:34:55.22125+00', '一、政府需法院支持事项', '', '每季度末', '2024年第四季度', 100002, 8, NULL, 1, NULL);
INSERT INTO public.task VALUES (3, '双清单', '报送化解进展', 6, '', '2024-09-30', '', NULL, false, NULL, NULL, NULL, '', '', NULL, NULL, '', '2026-12-01 22:34:54.674061+00', '2026-12-01 22:34:55.277096+00', '', '', '每季度末', '2024年第三季度', NULL, 3, NULL, NULL, '2024-10-15');
INSERT INTO public.task VALUES (6, '双清单', '整治占道经营', 6, '', '2024-12-31', '', NULL, false, NULL, NULL, NULL, '', '', NULL, NULL, '', '2026-12-01 22:34:54.826676+00', '2026-12-01 22:34:55.424018+00', '', '', '', '', NULL, NULL, NULL, NULL, NULL);


--
-- Data for Name: task_co_unit; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task_co_unit VALUES (1, 1, 3);
INSERT INTO public.task_co_unit VALUES (3, 7, 3);


--
-- Data for Name: task_draft; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: task_progress; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task_progress VALUES (1, 1, '2024-10-15', '已召开专题会', '', '2026-12-01 22:34:51.010141+00');


--
-- Data for Name: task_subject; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task_subject VALUES (1, 2, NULL, 2, 1);


--
-- Data for Name: unit; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.unit VALUES (1, '示范县人民政府办公室', '县政府办', '政府部门', '示范县', true, '陈晓燕', '0372-5101001', 'zfb@shifan.example.cn', '', '2026-12-01 22:34:49.16341+00', '2026-12-01 22:34:49.16341+00', NULL, NULL, NULL);
INSERT INTO public.unit VALUES (2, '示范县发展和改革委员会', '县发改委', '政府部门', '示范县', true, '马俊', '0372-5101002', 'fgw@shifan.example.cn', '', '2026-12-01 22:34:49.186886+00', '2026-12-01 22:34:49.186886+00', NULL, NULL, NULL);
INSERT INTO public.unit VALUES (3, '示范县司法局', '县司法局', '政府部门', '示范县', true, '孙丽', '0372-5101003', 'sfj@shifan.example.cn', '联席会议办公室设在县司法局', '2026-12-01 22:34:49.196001+00', '2026-12-01 22:34:49.196001+00', NULL, NULL, NULL);
INSERT INTO public.unit VALUES (4, '示范县财政局', '县财政局', '政府部门', '示范县', true, '郭涛', '0372-5101004', 'czj@shifan.example.cn', '', '2026-12-01 22:34:49.203821+00', '2026-12-01 22:34:49.203821+00', NULL, NULL, NULL);
INSERT INTO public.unit VALUES (6, '示范县自然资源局', '县自然资源局', '政府部门', '示范县', true, '高远', '0372-5101006', 'zrzyj@shifan.example.cn', '', '2026-12-01 22:34:49.218125+00', '2026-12-01 22:34:49.218125+00', NULL, NULL, NULL);
INSERT INTO public.unit VALUES (8, '国家税务总局示范县税务局', '县税务局', '政府部门', '示范县', true, '梁红', '0372-5101008', 'swj@shifan.example.cn', '', '2026-12-01 22:34:49.234338+00', '2026-12-01 22:34:49.234338+00', NULL, NULL, NULL);
INSERT INTO public.unit VALUES (9, '示范县市场监督管理局', '县市场监管局', '政府部门', '示范县', true, '宋佳', '0372-5101009', 'scjgj@shifan.example.cn', '', '2026-12-01 22:34:49.241874+00', '2026-12-01 22:34:49.241874+00', NULL, NULL, NULL);
INSERT INTO public.unit VALUES (10, '示范县信访局', '县信访局', '政府部门', '示范县', true, '唐亮', '0372-5101010', 'xfj@shifan.example.cn', '', '2026-12-01 22:34:49.24697+00', '2026-12-01 22:34:49.24697+00', NULL, NULL, NULL);
INSERT INTO public.unit VALUES (11, '示范县公安局', '县公安局', '政府部门', '示范县', true, '韩冰', '0372-5101011', 'gaj@shifan.example.cn', '', '2026-12-01 22:34:49.249668+00', '2026-12-01 22:34:49.249668+00', NULL, NULL, NULL);
INSERT INTO public.unit VALUES (12, '示范县生态环境分局', '县生态环境分局', '政府部门', '示范县', true, '冯雪', '0372-5101012', 'sthj@shifan.example.cn', '', '2026-12-01 22:34:49.25112+00', '2026-12-01 22:34:49.25112+00', NULL, NULL, NULL);
INSERT INTO public.unit VALUES (14, '示范县人民法院', '县法院', '法院', '示范县', true, '许文', '0372-5101014', 'fy@shifan.example.cn', '', '2026-12-01 22:34:49.261845+00', '2026-12-01 22:34:49.261845+00', NULL, NULL, NULL);
INSERT INTO public.unit VALUES (15, '示范县人民检察院', '县检察院', '检察院', '示范县', true, '曹阳', '0372-5101015', 'jcy@shifan.example.cn', '', '2026-12-01 22:34:49.263438+00', '2026-12-01 22:34:49.263438+00', NULL, NULL, NULL);
INSERT INTO public.unit VALUES (16, '示范县城关镇人民政府', '城关镇', '乡镇街道', '示范县', true, '彭程', '0372-5101016', 'cgz@shifan.example.cn', '', '2026-12-01 22:34:49.265649+00', '2026-12-01 22:34:49.265649+00', NULL, NULL, NULL);
INSERT INTO public.unit VALUES (17, '示范县东城街道办事处', '东城街道', '乡镇街道', '示范县', true, '袁媛', '0372-5101017', 'dcjd@shifan.example.cn', '', '2026-12-01 22:34:49.273909+00', '2026-12-01 22:34:49.273909+00', NULL, NULL, NULL);
INSERT INTO public.unit VALUES (5, '示范县人力资源局', '县人社局', '政府部门', '示范县', true, '何芳', '0372-5101005', 'rsj@shifan.example.cn', '', '2026-12-01 22:34:49.209776+00', '2026-12-01 22:34:52.556575+00', NULL, NULL, NULL);
INSERT INTO public.unit VALUES (13, '示范县城市管理局', '县城管局', '政府部门', '示范县', true, '邓凯', '0372-5101013', 'cgj@shifan.example.cn', '', '2026-12-01 22:34:49.25772+00', '2026-12-01 22:34:55.461915+00', 6, '2024-10-01', 7);
INSERT INTO public.unit VALUES (7, '示范县住房和城乡建设局', '县住建局', '政府部门', '示范县', true, '罗斌', '0372-5101007', 'zjj@shifan.example.cn', '', '2026-12-01 22:34:49.221755+00', '2026-12-01 22:34:55.4657+00', 6, '2024-10-10', 6);


--
-- Data for Name: unit_move; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.unit_move VALUES (1, 'task', 6, 13, 7, '2024-10-01');
INSERT INTO public.unit_move VALUES (2, 'case', 5, 13, 7, '2024-10-01');
INSERT INTO public.unit_move VALUES (3, 'task', 6, 7, 6, '2024-10-10');
INSERT INTO public.unit_move VALUES (4, 'case', 5, 7, 6, '2024-10-10');


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

SELECT pg_catalog.setval('public.case_party_id_seq', 5, true);


--
-- Name: cases_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.cases_id_seq', 5, true);


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

SELECT pg_catalog.setval('public.journal_id_seq', 128, true);


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

SELECT pg_catalog.setval('public.party_id_seq', 4, true);


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
-- Name: region_return_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.region_return_id_seq', 1, true);


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
-- Name: unit_move_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.unit_move_id_seq', 4, true);


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
-- Name: region_return pk_region_return; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.region_return
    ADD CONSTRAINT pk_region_return PRIMARY KEY (id);


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
-- Name: unit_move pk_unit_move; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unit_move
    ADD CONSTRAINT pk_unit_move PRIMARY KEY (id);


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
-- Name: region_return uq_region_return_digest; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.region_return
    ADD CONSTRAINT uq_region_return_digest UNIQUE (digest);


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
-- Name: ix_region_return_period; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_region_return_period ON public.region_return USING btree (period);


--
-- Name: ix_region_return_region; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_region_return_region ON public.region_return USING btree (region);


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
-- Name: ix_unit_move_record; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_unit_move_record ON public.unit_move USING btree (record, record_id, moved_on);


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
-- Name: unit_move fk_unit_move_to_unit_id_unit; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unit_move
    ADD CONSTRAINT fk_unit_move_to_unit_id_unit FOREIGN KEY (to_unit_id) REFERENCES public.unit(id);


--
-- Name: unit_move fk_unit_move_unit_id_unit; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unit_move
    ADD CONSTRAINT fk_unit_move_unit_id_unit FOREIGN KEY (unit_id) REFERENCES public.unit(id);


--
-- Name: unit_name fk_unit_name_unit_id_unit; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unit_name
    ADD CONSTRAINT fk_unit_name_unit_id_unit FOREIGN KEY (unit_id) REFERENCES public.unit(id);


--
-- PostgreSQL database dump complete
--


