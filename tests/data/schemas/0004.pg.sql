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
    hash character varying(64) NOT NULL
);


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
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.alembic_version VALUES ('0004');


--
-- Data for Name: attendance; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: bulletin; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.bulletin VALUES (1, 2024, 1, 2024, 3, '2024-10-15', '', '{"start": "2024-07-01", "end": "2024-09-30", "black": [{"unit_id": 5, "unit": "县人社局", "open_late": 1, "done_late": 0, "suggestions_late": 0, "replies_missing": 0, "replies_late": 0, "text": "逾期未办结事项1项"}], "red": [{"unit_id": 6, "unit": "县自然资源局", "due": 1}]}', '2026-12-01 16:29:26.245793+00');


--
-- Data for Name: calendar_override; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: case_event; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_event VALUES (1, 1, '开庭', '2024-05-20', '', '2026-12-01 16:29:25.338131+00');


--
-- Data for Name: case_link; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_link VALUES (1, 3, 1, '2026-12-01 16:29:25.78596+00');


--
-- Data for Name: case_party; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_party VALUES (1, 1, 1, '原告');
INSERT INTO public.case_party VALUES (2, 1, 2, '原告');
INSERT INTO public.case_party VALUES (3, 2, 3, '申请人');


--
-- Data for Name: cases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cases VALUES (1, '行政诉讼', '（2024）豫0591行初15号', '案号', 2024, '豫0591', '基层', '行初', '行政一审案件', '行政', '一审', '土地征收', 6, '', '2024-03-15', '2024-03-15', '2024-05-20', '2024-06-28', '已结', '驳回诉讼请求', false, false, true, false, false, true, NULL, NULL, NULL, NULL, NULL, NULL, '', '不服征收补偿决定', '2026-12-01 16:29:25.251855+00', '2026-12-01 16:29:25.379855+00');
INSERT INTO public.cases VALUES (2, '行政复议', '示政复〔2024〕12号', '自编号', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', 5, '', '2024-04-02', '2024-04-02', NULL, '2024-06-01', '已结', '撤销', false, true, true, false, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', '', '2026-12-01 16:29:25.299428+00', '2026-12-01 16:29:25.413344+00');
INSERT INTO public.cases VALUES (3, '行政诉讼', '（2024）豫05行终8号', '案号', 2024, '豫05', '中级', '行终', '行政二审案件', '行政', '二审', '', 6, '', '2024-08-01', '2024-08-01', NULL, NULL, '在办', NULL, false, false, false, false, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', '', '2026-12-01 16:29:25.773881+00', '2026-12-01 16:29:25.773881+00');


--
-- Data for Name: db_user_unit; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: delivery; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: journal; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.journal VALUES (1, '2026-12-01 16:29:24.969968+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'office', 1, NULL, 'null', '{"name": "示范县府院联动联席会议办公室", "region": "示范县", "meeting_name": "示范县府院联动联席会议", "created_at": "2026-12-01T16:29:24.947993+00:00", "id": 1}', '0000000000000000000000000000000000000000000000000000000000000000', '9512ef18a79501bfad647f7f1d4d2790faa3427ebb934312255049aa562f03b6');
INSERT INTO public.journal VALUES (2, '2026-12-01 16:29:24.982913+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'unit', 1, NULL, 'null', '{"name": "示范县人民政府办公室", "short_name": "县政府办", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "陈晓燕", "liaison_phone": "0372-5101001", "liaison_email": "zfb@shifan.example.cn", "note": "", "created_at": "2026-12-01T16:29:24.977617+00:00", "updated_at": "2026-12-01T16:29:24.977617+00:00", "id": 1}', '9512ef18a79501bfad647f7f1d4d2790faa3427ebb934312255049aa562f03b6', 'db83babe3672eee2b871a2b39a48513d081528aa6765148cd232619e6e7e9246');
INSERT INTO public.journal VALUES (3, '2026-12-01 16:29:24.991059+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'unit', 2, NULL, 'null', '{"name": "示范县发展和改革委员会", "short_name": "县发改委", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "马俊", "liaison_phone": "0372-5101002", "liaison_email": "fgw@shifan.example.cn", "note": "", "created_at": "2026-12-01T16:29:24.984880+00:00", "updated_at": "2026-12-01T16:29:24.984880+00:00", "id": 2}', 'db83babe3672eee2b871a2b39a48513d081528aa6765148cd232619e6e7e9246', '653e1303819588f5453f00e856884615b121f8c5367a04ca0a194aa5c7a46911');
INSERT INTO public.journal VALUES (4, '2026-12-01 16:29:24.996268+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'unit', 3, NULL, 'null', '{"name": "示范县司法局", "short_name": "县司法局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "孙丽", "liaison_phone": "0372-5101003", "liaison_email": "sfj@shifan.example.cn", "note": "联席会议办公室设在县司法局", "created_at": "2026-12-01T16:29:24.995044+00:00", "updated_at": "2026-12-01T16:29:24.995044+00:00", "id": 3}', '653e1303819588f5453f00e856884615b121f8c5367a04ca0a194aa5c7a46911', '50031a27fd47f8ecbbc43f0adc7dcabfb274bff32d635a71e5e7ec0c25f48801');
INSERT INTO public.journal VALUES (5, '2026-12-01 16:29:25.002208+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'unit', 4, NULL, 'null', '{"name": "示范县财政局", "short_name": "县财政局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "郭涛", "liaison_phone": "0372-5101004", "liaison_email": "czj@shifan.example.cn", "note": "", "created_at": "2026-12-01T16:29:24.997978+00:00", "updated_at": "2026-12-01T16:29:24.997978+00:00", "id": 4}', '50031a27fd47f8ecbbc43f0adc7dcabfb274bff32d635a71e5e7ec0c25f48801', '4119458c224cf7515bffdcaea6df1c4898e102bac06bb3dbfd6624f5d88f9e60');
INSERT INTO public.journal VALUES (6, '2026-12-01 16:29:25.005882+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'unit', 5, NULL, 'null', '{"name": "示范县人力资源和社会保障局", "short_name": "县人社局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "何芳", "liaison_phone": "0372-5101005", "liaison_email": "rsj@shifan.example.cn", "note": "", "created_at": "2026-12-01T16:29:25.003917+00:00", "updated_at": "2026-12-01T16:29:25.003917+00:00", "id": 5}', '4119458c224cf7515bffdcaea6df1c4898e102bac06bb3dbfd6624f5d88f9e60', '562346278367a33e8b22ba325a1e97f0a997ffa456d0301fb7d3c5af380aaf3e');
INSERT INTO public.journal VALUES (7, '2026-12-01 16:29:25.014351+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'unit', 6, NULL, 'null', '{"name": "示范县自然资源局", "short_name": "县自然资源局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "高远", "liaison_phone": "0372-5101006", "liaison_email": "zrzyj@shifan.example.cn", "note": "", "created_at": "2026-12-01T16:29:25.007797+00:00", "updated_at": "2026-12-01T16:29:25.007797+00:00", "id": 6}', '562346278367a33e8b22ba325a1e97f0a997ffa456d0301fb7d3c5af380aaf3e', '6ad5e2450843b51362b6d4e884acd12cd9f2f1f0259f1c84e3cd1f9db00a311b');
INSERT INTO public.journal VALUES (8, '2026-12-01 16:29:25.018805+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'unit', 7, NULL, 'null', '{"name": "示范县住房和城乡建设局", "short_name": "县住建局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "罗斌", "liaison_phone": "0372-5101007", "liaison_email": "zjj@shifan.example.cn", "note": "", "created_at": "2026-12-01T16:29:25.017717+00:00", "updated_at": "2026-12-01T16:29:25.017717+00:00", "id": 7}', '6ad5e2450843b51362b6d4e884acd12cd9f2f1f0259f1c84e3cd1f9db00a311b', 'd616458012ffd4f8b9c75b2284f7102345c3bf1bfa86be534f7d910fe8658364');
INSERT INTO public.journal VALUES (9, '2026-12-01 16:29:25.020724+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'unit', 8, NULL, 'null', '{"name": "国家税务总局示范县税务局", "short_name": "县税务局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "梁红", "liaison_phone": "0372-5101008", "liaison_email": "swj@shifan.example.cn", "note": "", "created_at": "2026-12-01T16:29:25.020090+00:00", "updated_at": "2026-12-01T16:29:25.020090+00:00", "id": 8}', 'd616458012ffd4f8b9c75b2284f7102345c3bf1bfa86be534f7d910fe8658364', 'aa060d3403b6cee5d309592cf3fa26634060a0d4d553d4766c61ff698ffb8c0d');
INSERT INTO public.journal VALUES (10, '2026-12-01 16:29:25.030183+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'unit', 9, NULL, 'null', '{"name": "示范县市场监督管理局", "short_name": "县市场监管局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "宋佳", "liaison_phone": "0372-5101009", "liaison_email": "scjgj@shifan.example.cn", "note": "", "created_at": "2026-12-01T16:29:25.024975+00:00", "updated_at": "2026-12-01T16:29:25.024975+00:00", "id": 9}', 'aa060d3403b6cee5d309592cf3fa26634060a0d4d553d4766c61ff698ffb8c0d', '99fd07a1d658200e20d530e226a65b4f4c97a50d13eda0a5ce9148f9d1aaec50');
INSERT INTO public.journal VALUES (11, '2026-12-01 16:29:25.032841+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'unit', 10, NULL, 'null', '{"name": "示范县信访局", "short_name": "县信访局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "唐亮", "liaison_phone": "0372-5101010", "liaison_email": "xfj@shifan.example.cn", "note": "", "created_at": "2026-12-01T16:29:25.031728+00:00", "updated_at": "2026-12-01T16:29:25.031728+00:00", "id": 10}', '99fd07a1d658200e20d530e226a65b4f4c97a50d13eda0a5ce9148f9d1aaec50', '11b2a6d647604a0e80d1d53ccf9e05356e67835bff6381321ca3f0c85f1b961b');
INSERT INTO public.journal VALUES (12, '2026-12-01 16:29:25.035139+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'unit', 11, NULL, 'null', '{"name": "示范县公安局", "short_name": "县公安局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "韩冰", "liaison_phone": "0372-5101011", "liaison_email": "gaj@shifan.example.cn", "note": "", "created_at": "2026-12-01T16:29:25.034264+00:00", "updated_at": "2026-12-01T16:29:25.034264+00:00", "id": 11}', '11b2a6d647604a0e80d1d53ccf9e05356e67835bff6381321ca3f0c85f1b961b', 'e3b578893047a0a0febb5fd6e087460bf9510311da87fd2ae63135d025d32adc');
INSERT INTO public.journal VALUES (42, '2026-12-01 16:29:25.262644+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'party', 1, NULL, 'null', '{"name": "张三", "kind": "自然人", "id_kind": "身份证", "id_number": "410502********1232", "created_at": "2026-12-01T16:29:25.260428+00:00", "id": 1}', '24f3a144799fbd32c04fbf92744bc9dc2c17606219d989dd24467a9394ef1fe7', 'fea968179f71ed4d09b382510004a45fcc33d0a75ce7fb666886dd7ec93d75a6');
INSERT INTO public.journal VALUES (13, '2026-12-01 16:29:25.037668+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'unit', 12, NULL, 'null', '{"name": "示范县生态环境分局", "short_name": "县生态环境分局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "冯雪", "liaison_phone": "0372-5101012", "liaison_email": "sthj@shifan.example.cn", "note": "", "created_at": "2026-12-01T16:29:25.036394+00:00", "updated_at": "2026-12-01T16:29:25.036394+00:00", "id": 12}', 'e3b578893047a0a0febb5fd6e087460bf9510311da87fd2ae63135d025d32adc', '9911d0d3048da4726b6e69beca5c74d0f96ec0d5d781dc82b7c35ac968a35dcc');
INSERT INTO public.journal VALUES (14, '2026-12-01 16:29:25.040201+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'unit', 13, NULL, 'null', '{"name": "示范县城市管理局", "short_name": "县城管局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "邓凯", "liaison_phone": "0372-5101013", "liaison_email": "cgj@shifan.example.cn", "note": "", "created_at": "2026-12-01T16:29:25.039581+00:00", "updated_at": "2026-12-01T16:29:25.039581+00:00", "id": 13}', '9911d0d3048da4726b6e69beca5c74d0f96ec0d5d781dc82b7c35ac968a35dcc', 'd2e9ebb59dd98115c56d4c3ce1633c9ef32322d20ed3384b794444ba2bedc457');
INSERT INTO public.journal VALUES (15, '2026-12-01 16:29:25.046241+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'unit', 14, NULL, 'null', '{"name": "示范县人民法院", "short_name": "县法院", "kind": "法院", "region": "示范县", "is_member": true, "liaison_name": "许文", "liaison_phone": "0372-5101014", "liaison_email": "fy@shifan.example.cn", "note": "", "created_at": "2026-12-01T16:29:25.045036+00:00", "updated_at": "2026-12-01T16:29:25.045036+00:00", "id": 14}', 'd2e9ebb59dd98115c56d4c3ce1633c9ef32322d20ed3384b794444ba2bedc457', 'ae34b393dfce9a2a7b97f41de66b08c97f72d7d0350b4cf49a6a96406bcda3f6');
INSERT INTO public.journal VALUES (16, '2026-12-01 16:29:25.04841+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'unit', 15, NULL, 'null', '{"name": "示范县人民检察院", "short_name": "县检察院", "kind": "检察院", "region": "示范县", "is_member": true, "liaison_name": "曹阳", "liaison_phone": "0372-5101015", "liaison_email": "jcy@shifan.example.cn", "note": "", "created_at": "2026-12-01T16:29:25.047790+00:00", "updated_at": "2026-12-01T16:29:25.047790+00:00", "id": 15}', 'ae34b393dfce9a2a7b97f41de66b08c97f72d7d0350b4cf49a6a96406bcda3f6', '5a8026b6cb3aa00caadba11577f78ba2d2f8819262c5496863a6236628189a5b');
INSERT INTO public.journal VALUES (17, '2026-12-01 16:29:25.050409+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'unit', 16, NULL, 'null', '{"name": "示范县城关镇人民政府", "short_name": "城关镇", "kind": "乡镇街道", "region": "示范县", "is_member": true, "liaison_name": "彭程", "liaison_phone": "0372-5101016", "liaison_email": "cgz@shifan.example.cn", "note": "", "created_at": "2026-12-01T16:29:25.049526+00:00", "updated_at": "2026-12-01T16:29:25.049526+00:00", "id": 16}', '5a8026b6cb3aa00caadba11577f78ba2d2f8819262c5496863a6236628189a5b', '2355ed17ba8eefeb51fa7d2e9c089d8e40f7cb82ec1f361255c7166ea360c1a4');
INSERT INTO public.journal VALUES (18, '2026-12-01 16:29:25.058934+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'unit', 17, NULL, 'null', '{"name": "示范县东城街道办事处", "short_name": "东城街道", "kind": "乡镇街道", "region": "示范县", "is_member": true, "liaison_name": "袁媛", "liaison_phone": "0372-5101017", "liaison_email": "dcjd@shifan.example.cn", "note": "", "created_at": "2026-12-01T16:29:25.057789+00:00", "updated_at": "2026-12-01T16:29:25.057789+00:00", "id": 17}', '2355ed17ba8eefeb51fa7d2e9c089d8e40f7cb82ec1f361255c7166ea360c1a4', '233d3d8d4daa0e28b553420cecaf35175a0d98685711d632c8a673722ffe204b');
INSERT INTO public.journal VALUES (19, '2026-12-01 16:29:25.062905+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'person', 1, NULL, 'null', '{"name": "王建国", "title": "县长", "unit_id": null, "role": "召集人", "phone": "", "email": "", "created_at": "2026-12-01T16:29:25.059458+00:00", "id": 1}', '233d3d8d4daa0e28b553420cecaf35175a0d98685711d632c8a673722ffe204b', '3495c34e000a3dcc76b17c49b02916519901dc762b5c01ee4a312abb2e620a19');
INSERT INTO public.journal VALUES (20, '2026-12-01 16:29:25.067142+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'person', 2, NULL, 'null', '{"name": "刘清华", "title": "常务副县长", "unit_id": null, "role": "副召集人", "phone": "", "email": "", "created_at": "2026-12-01T16:29:25.065644+00:00", "id": 2}', '3495c34e000a3dcc76b17c49b02916519901dc762b5c01ee4a312abb2e620a19', '9819c6510b60e92f6ce7061deb9d445dc73eb3eae47e515b9362f676bad46222');
INSERT INTO public.journal VALUES (21, '2026-12-01 16:29:25.068841+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'person', 3, NULL, 'null', '{"name": "赵立新", "title": "县人民法院院长", "unit_id": null, "role": "副召集人", "phone": "", "email": "", "created_at": "2026-12-01T16:29:25.068003+00:00", "id": 3}', '9819c6510b60e92f6ce7061deb9d445dc73eb3eae47e515b9362f676bad46222', 'db234c1e5d6b4cc2e628b90de479da2350fd54bff927227bf39c0ce3fc66de09');
INSERT INTO public.journal VALUES (22, '2026-12-01 16:29:25.081747+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'person', 4, NULL, 'null', '{"name": "陈晓燕", "title": "副主任", "unit_id": 1, "role": "联络员", "phone": "0372-5101001", "email": "zfb@shifan.example.cn", "created_at": "2026-12-01T16:29:25.080408+00:00", "id": 4}', 'db234c1e5d6b4cc2e628b90de479da2350fd54bff927227bf39c0ce3fc66de09', '4140ada18dc53ad9f26886b35305be3aadc2e15629242b0161f0377de31625b2');
INSERT INTO public.journal VALUES (23, '2026-12-01 16:29:25.098453+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'person', 5, NULL, 'null', '{"name": "马俊", "title": "科长", "unit_id": 2, "role": "联络员", "phone": "0372-5101002", "email": "fgw@shifan.example.cn", "created_at": "2026-12-01T16:29:25.094328+00:00", "id": 5}', '4140ada18dc53ad9f26886b35305be3aadc2e15629242b0161f0377de31625b2', '9c75e4244bb65d719f0ef46d9477eb46d8d116e829c012eecaf9351fb0657e1a');
INSERT INTO public.journal VALUES (24, '2026-12-01 16:29:25.108343+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'person', 6, NULL, 'null', '{"name": "孙丽", "title": "行政复议股股长", "unit_id": 3, "role": "联络员", "phone": "0372-5101003", "email": "sfj@shifan.example.cn", "created_at": "2026-12-01T16:29:25.105168+00:00", "id": 6}', '9c75e4244bb65d719f0ef46d9477eb46d8d116e829c012eecaf9351fb0657e1a', '96cea31a3fa7bd7c657632f99803776253b42de1d1bf1636aefac86d6f872353');
INSERT INTO public.journal VALUES (25, '2026-12-01 16:29:25.115239+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'person', 7, NULL, 'null', '{"name": "周明", "title": "局长", "unit_id": 3, "role": "成员", "phone": "", "email": "", "created_at": "2026-12-01T16:29:25.111996+00:00", "id": 7}', '96cea31a3fa7bd7c657632f99803776253b42de1d1bf1636aefac86d6f872353', '4115a80437ffad6d903a2131384f8956b69e907b93d069fa1fadf06c07964bc6');
INSERT INTO public.journal VALUES (26, '2026-12-01 16:29:25.118183+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'person', 8, NULL, 'null', '{"name": "林静", "title": "办公室工作人员", "unit_id": 3, "role": "办公室", "phone": "", "email": "", "created_at": "2026-12-01T16:29:25.117296+00:00", "id": 8}', '4115a80437ffad6d903a2131384f8956b69e907b93d069fa1fadf06c07964bc6', 'b743debecad1f49f7ae7b191711f692ae123ff55cd0c27c637cb2249de0cc4f6');
INSERT INTO public.journal VALUES (43, '2026-12-01 16:29:25.267105+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'case_party', 1, 1, 'null', '{"case_id": 1, "party_id": 1, "role": "原告", "id": 1, "party": "张三"}', 'fea968179f71ed4d09b382510004a45fcc33d0a75ce7fb666886dd7ec93d75a6', '09c6db80cacd15f677cd579adcd68bde481f7cd41a3182e46074818d2481066f');
INSERT INTO public.journal VALUES (27, '2026-12-01 16:29:25.129174+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'person', 9, NULL, 'null', '{"name": "郭涛", "title": "法规股股长", "unit_id": 4, "role": "联络员", "phone": "0372-5101004", "email": "czj@shifan.example.cn", "created_at": "2026-12-01T16:29:25.123628+00:00", "id": 9}', 'b743debecad1f49f7ae7b191711f692ae123ff55cd0c27c637cb2249de0cc4f6', 'f96533a75d0ee965d50a5d31ecc392c9f5129411216ab169985ae0d1d27636d8');
INSERT INTO public.journal VALUES (28, '2026-12-01 16:29:25.136347+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'person', 10, NULL, 'null', '{"name": "何芳", "title": "法规股股长", "unit_id": 5, "role": "联络员", "phone": "0372-5101005", "email": "rsj@shifan.example.cn", "created_at": "2026-12-01T16:29:25.135484+00:00", "id": 10}', 'f96533a75d0ee965d50a5d31ecc392c9f5129411216ab169985ae0d1d27636d8', 'dd31d89507b13cfcc7427fdee453f2580508cf5e4246879b8313279cabd98cf8');
INSERT INTO public.journal VALUES (29, '2026-12-01 16:29:25.139009+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'person', 11, NULL, 'null', '{"name": "高远", "title": "法规股股长", "unit_id": 6, "role": "联络员", "phone": "0372-5101006", "email": "zrzyj@shifan.example.cn", "created_at": "2026-12-01T16:29:25.138268+00:00", "id": 11}', 'dd31d89507b13cfcc7427fdee453f2580508cf5e4246879b8313279cabd98cf8', '938074303b9196a27ec7d0c888c8de86fb356c81ac99786e7b5c79737caeda8e');
INSERT INTO public.journal VALUES (30, '2026-12-01 16:29:25.141099+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'person', 12, NULL, 'null', '{"name": "罗斌", "title": "法规股股长", "unit_id": 7, "role": "联络员", "phone": "0372-5101007", "email": "zjj@shifan.example.cn", "created_at": "2026-12-01T16:29:25.140430+00:00", "id": 12}', '938074303b9196a27ec7d0c888c8de86fb356c81ac99786e7b5c79737caeda8e', '34e028ea579fed329b81d50fc0635e0a0bc2413a2a5fad03f3f982f6792ab202');
INSERT INTO public.journal VALUES (31, '2026-12-01 16:29:25.146383+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'person', 13, NULL, 'null', '{"name": "梁红", "title": "法制股股长", "unit_id": 8, "role": "联络员", "phone": "0372-5101008", "email": "swj@shifan.example.cn", "created_at": "2026-12-01T16:29:25.145319+00:00", "id": 13}', '34e028ea579fed329b81d50fc0635e0a0bc2413a2a5fad03f3f982f6792ab202', '1d2a580f78ab26787a030fe77efcef1149243716deb2e6d780bd1aa7526531d6');
INSERT INTO public.journal VALUES (32, '2026-12-01 16:29:25.155523+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'person', 14, NULL, 'null', '{"name": "宋佳", "title": "法规股股长", "unit_id": 9, "role": "联络员", "phone": "0372-5101009", "email": "scjgj@shifan.example.cn", "created_at": "2026-12-01T16:29:25.154380+00:00", "id": 14}', '1d2a580f78ab26787a030fe77efcef1149243716deb2e6d780bd1aa7526531d6', '54be3a54089981f3ba1ddea4c92c6d8ba8a917623799fa993898ecbbdacc09c9');
INSERT INTO public.journal VALUES (33, '2026-12-01 16:29:25.161843+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'person', 15, NULL, 'null', '{"name": "唐亮", "title": "副局长", "unit_id": 10, "role": "联络员", "phone": "0372-5101010", "email": "xfj@shifan.example.cn", "created_at": "2026-12-01T16:29:25.157288+00:00", "id": 15}', '54be3a54089981f3ba1ddea4c92c6d8ba8a917623799fa993898ecbbdacc09c9', '36327581cd8a8c99016d20414fd20893d10684a4d1400d640e240310f52f66d5');
INSERT INTO public.journal VALUES (34, '2026-12-01 16:29:25.168165+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'person', 16, NULL, 'null', '{"name": "韩冰", "title": "法制大队大队长", "unit_id": 11, "role": "联络员", "phone": "0372-5101011", "email": "gaj@shifan.example.cn", "created_at": "2026-12-01T16:29:25.167336+00:00", "id": 16}', '36327581cd8a8c99016d20414fd20893d10684a4d1400d640e240310f52f66d5', 'ee04492b899102f4fc19df0b141fac98dfddb39c39b2c4e783244b95a19cf4ad');
INSERT INTO public.journal VALUES (35, '2026-12-01 16:29:25.170222+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'person', 17, NULL, 'null', '{"name": "冯雪", "title": "法规股股长", "unit_id": 12, "role": "联络员", "phone": "0372-5101012", "email": "sthj@shifan.example.cn", "created_at": "2026-12-01T16:29:25.169570+00:00", "id": 17}', 'ee04492b899102f4fc19df0b141fac98dfddb39c39b2c4e783244b95a19cf4ad', '9a4fec6066593a765fa8a220787a816c7320c19bfc0918452c428884c8bf9f6e');
INSERT INTO public.journal VALUES (36, '2026-12-01 16:29:25.172184+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'person', 18, NULL, 'null', '{"name": "邓凯", "title": "法规股股长", "unit_id": 13, "role": "联络员", "phone": "0372-5101013", "email": "cgj@shifan.example.cn", "created_at": "2026-12-01T16:29:25.171489+00:00", "id": 18}', '9a4fec6066593a765fa8a220787a816c7320c19bfc0918452c428884c8bf9f6e', '7a2abf57ff182cdffeee19874d6a368ea33d8829606d086ba7c468d248031dd0');
INSERT INTO public.journal VALUES (37, '2026-12-01 16:29:25.174651+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'person', 19, NULL, 'null', '{"name": "许文", "title": "行政审判庭庭长", "unit_id": 14, "role": "联络员", "phone": "0372-5101014", "email": "fy@shifan.example.cn", "created_at": "2026-12-01T16:29:25.174027+00:00", "id": 19}', '7a2abf57ff182cdffeee19874d6a368ea33d8829606d086ba7c468d248031dd0', '6e1aa559f38c1eacddba2ce98673b8482dd00be5fd26b4585bc4c920dcd9d206');
INSERT INTO public.journal VALUES (38, '2026-12-01 16:29:25.179351+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'person', 20, NULL, 'null', '{"name": "曹阳", "title": "行政检察部主任", "unit_id": 15, "role": "联络员", "phone": "0372-5101015", "email": "jcy@shifan.example.cn", "created_at": "2026-12-01T16:29:25.178669+00:00", "id": 20}', '6e1aa559f38c1eacddba2ce98673b8482dd00be5fd26b4585bc4c920dcd9d206', 'd0500a0237ce03896cf941bf4a593d1ee3dd4e99d406e0689a4fcb53bb322630');
INSERT INTO public.journal VALUES (39, '2026-12-01 16:29:25.181136+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'person', 21, NULL, 'null', '{"name": "彭程", "title": "司法所所长", "unit_id": 16, "role": "联络员", "phone": "0372-5101016", "email": "cgz@shifan.example.cn", "created_at": "2026-12-01T16:29:25.180579+00:00", "id": 21}', 'd0500a0237ce03896cf941bf4a593d1ee3dd4e99d406e0689a4fcb53bb322630', 'c8b32ecc833a770a6283083af811ae3c33a075649caaf435fe29939aa3d8136a');
INSERT INTO public.journal VALUES (40, '2026-12-01 16:29:25.183017+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'person', 22, NULL, 'null', '{"name": "袁媛", "title": "司法所所长", "unit_id": 17, "role": "联络员", "phone": "0372-5101017", "email": "dcjd@shifan.example.cn", "created_at": "2026-12-01T16:29:25.182390+00:00", "id": 22}', 'c8b32ecc833a770a6283083af811ae3c33a075649caaf435fe29939aa3d8136a', '69a926f815611c968e37c4e960c4d80fc21aea80528c467ab0513d2aed4cfa1d');
INSERT INTO public.journal VALUES (41, '2026-12-01 16:29:25.258334+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'case', 1, 1, 'null', '{"category": "行政诉讼", "case_no": "（2024）豫0591行初15号", "no_kind": "案号", "year": 2024, "court_code": "豫0591", "court_level": "基层", "type_code": "行初", "type_name": "行政一审案件", "case_family": "行政", "instance": "一审", "field": "土地征收", "unit_id": 6, "court": "", "received_on": "2024-03-15", "filed_on": "2024-03-15", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "不服征收补偿决定", "created_at": "2026-12-01T16:29:25.251855+00:00", "updated_at": "2026-12-01T16:29:25.251855+00:00", "id": 1}', '69a926f815611c968e37c4e960c4d80fc21aea80528c467ab0513d2aed4cfa1d', '24f3a144799fbd32c04fbf92744bc9dc2c17606219d989dd24467a9394ef1fe7');
INSERT INTO public.journal VALUES (44, '2026-12-01 16:29:25.269177+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'party', 2, NULL, 'null', '{"name": "示范县建工集团", "kind": "法人或其他组织", "id_kind": "统一社会信用代码", "id_number": "91340503MA2N0001XG", "created_at": "2026-12-01T16:29:25.268196+00:00", "id": 2}', '09c6db80cacd15f677cd579adcd68bde481f7cd41a3182e46074818d2481066f', 'af2a3826b492f651fa4539c2462eedb3a8e9082f9079ce8a5f8cf32bfa049ea4');
INSERT INTO public.journal VALUES (45, '2026-12-01 16:29:25.27132+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'case_party', 2, 1, 'null', '{"case_id": 1, "party_id": 2, "role": "原告", "id": 2, "party": "示范县建工集团"}', 'af2a3826b492f651fa4539c2462eedb3a8e9082f9079ce8a5f8cf32bfa049ea4', '2819f0d415c10cf25b68c3daf7b5b82c1351b33fda55608e38c9abab226da0c6');
INSERT INTO public.journal VALUES (46, '2026-12-01 16:29:25.303498+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'case', 2, 2, 'null', '{"category": "行政复议", "case_no": "示政复〔2024〕12号", "no_kind": "自编号", "year": null, "court_code": null, "court_level": null, "type_code": null, "type_name": null, "case_family": null, "instance": null, "field": "", "unit_id": 5, "court": "", "received_on": "2024-04-02", "filed_on": "2024-04-02", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "", "created_at": "2026-12-01T16:29:25.299428+00:00", "updated_at": "2026-12-01T16:29:25.299428+00:00", "id": 2}', '2819f0d415c10cf25b68c3daf7b5b82c1351b33fda55608e38c9abab226da0c6', '80e5f223e8aff23d911a535c1343ce7b038a89e51dabdd6c4cd4529323e153d9');
INSERT INTO public.journal VALUES (47, '2026-12-01 16:29:25.306516+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'party', 3, NULL, 'null', '{"name": "李四", "kind": "自然人", "id_kind": "", "id_number": null, "created_at": "2026-12-01T16:29:25.305760+00:00", "id": 3}', '80e5f223e8aff23d911a535c1343ce7b038a89e51dabdd6c4cd4529323e153d9', '7c42831dd96d1aca4ab8e0e6a2d1fac5f4bb23e2d952de510a426f2cc15dc5f6');
INSERT INTO public.journal VALUES (48, '2026-12-01 16:29:25.308445+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'case_party', 3, 2, 'null', '{"case_id": 2, "party_id": 3, "role": "申请人", "id": 3, "party": "李四"}', '7c42831dd96d1aca4ab8e0e6a2d1fac5f4bb23e2d952de510a426f2cc15dc5f6', '2b057784f123f5face6e6bebad377f0cab14a35b320ee3a3994327e9b5bcdb23');
INSERT INTO public.journal VALUES (49, '2026-12-01 16:29:25.348319+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'case_event', 1, 1, 'null', '{"case_id": 1, "kind": "开庭", "occurred_on": "2024-05-20", "note": "", "created_at": "2026-12-01T16:29:25.338131+00:00", "id": 1}', '2b057784f123f5face6e6bebad377f0cab14a35b320ee3a3994327e9b5bcdb23', '96274e54627c8f9ab6a13a1b16d7aa640d34ce21bce191d00543a33906a920e7');
INSERT INTO public.journal VALUES (50, '2026-12-01 16:29:25.35057+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'update', 'case', 1, 1, '{"court_code": "豫0591", "court": "", "is_correction": false, "head_rank": null, "court_level": "基层", "received_on": "2024-03-15", "is_judgment": false, "claimed_fen": null, "type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "recovered_fen": null, "category": "行政诉讼", "type_name": "行政一审案件", "heard_on": null, "is_withdrawn": false, "resolved": null, "id": 1, "case_family": "行政", "closed_on": null, "group_size": null, "summary": "不服征收补偿决定", "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "在办", "heard": null, "risk_level": "", "no_kind": "案号", "field": "土地征收", "outcome": null, "head_appeared": null, "created_at": "2026-12-01T16:29:25.251855+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "updated_at": "2026-12-01T16:29:25.251855+00:00"}', '{"court_code": "豫0591", "court": "", "is_correction": false, "head_rank": null, "court_level": "基层", "received_on": "2024-03-15", "is_judgment": false, "claimed_fen": null, "type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "recovered_fen": null, "category": "行政诉讼", "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_withdrawn": false, "resolved": null, "id": 1, "case_family": "行政", "closed_on": null, "group_size": null, "summary": "不服征收补偿决定", "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "在办", "heard": true, "risk_level": "", "no_kind": "案号", "field": "土地征收", "outcome": null, "head_appeared": null, "created_at": "2026-12-01T16:29:25.251855+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "updated_at": "2026-12-01T16:29:25.349079+00:00"}', '96274e54627c8f9ab6a13a1b16d7aa640d34ce21bce191d00543a33906a920e7', '1ecd79c1a174b24f0d97bdf6904c23c00ef9e188e6845b813944fb2cec38228e');
INSERT INTO public.journal VALUES (51, '2026-12-01 16:29:25.387925+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'update', 'case', 1, 1, '{"court_code": "豫0591", "court": "", "is_correction": false, "head_rank": null, "court_level": "基层", "received_on": "2024-03-15", "is_judgment": false, "claimed_fen": null, "type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "recovered_fen": null, "category": "行政诉讼", "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_withdrawn": false, "resolved": null, "id": 1, "case_family": "行政", "closed_on": null, "group_size": null, "summary": "不服征收补偿决定", "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "在办", "heard": true, "risk_level": "", "no_kind": "案号", "field": "土地征收", "outcome": null, "head_appeared": null, "created_at": "2026-12-01T16:29:25.251855+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "updated_at": "2026-12-01T16:29:25.349079+00:00"}', '{"court_code": "豫0591", "court": "", "is_correction": false, "head_rank": null, "court_level": "基层", "received_on": "2024-03-15", "is_judgment": true, "claimed_fen": null, "type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "recovered_fen": null, "category": "行政诉讼", "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_withdrawn": false, "resolved": null, "id": 1, "case_family": "行政", "closed_on": "2024-06-28", "group_size": null, "summary": "不服征收补偿决定", "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "已结", "heard": true, "risk_level": "", "no_kind": "案号", "field": "土地征收", "outcome": "驳回诉讼请求", "head_appeared": null, "created_at": "2026-12-01T16:29:25.251855+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "updated_at": "2026-12-01T16:29:25.379855+00:00"}', '1ecd79c1a174b24f0d97bdf6904c23c00ef9e188e6845b813944fb2cec38228e', '300edbdd28c974145789d372b66e0a39367f08d56a3fdffca126aee2af59ebd0');
INSERT INTO public.journal VALUES (61, '2026-12-01 16:29:25.940946+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'notice', 1, NULL, 'null', '{"stage": "督办", "unit_id": 5, "issued_on": "2024-10-15", "year": 2024, "number": 1, "reply_due": "2024-10-22", "created_at": "2026-12-01T16:29:25.934005+00:00", "id": 1, "acknowledged_on": null, "issuer": "", "tasks": [2], "suggestions": []}', 'bed1686805316e5da3a984eb66b9ba24c25daeb4eb16aa25a67bcaf4a2997fef', 'b3390b9bf96e388653d763d4b5610ce1ffcb71cc5c10ec5f1ae20165c7ac108c');
INSERT INTO public.journal VALUES (52, '2026-12-01 16:29:25.419154+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'update', 'case', 2, 2, '{"court_code": null, "court": "", "is_correction": false, "head_rank": null, "court_level": null, "received_on": "2024-04-02", "is_judgment": false, "claimed_fen": null, "type_code": null, "filed_on": "2024-04-02", "is_settled": false, "recovered_fen": null, "category": "行政复议", "type_name": null, "heard_on": null, "is_withdrawn": false, "resolved": null, "id": 2, "case_family": null, "closed_on": null, "group_size": null, "summary": "", "case_no": "示政复〔2024〕12号", "instance": null, "status": "在办", "heard": null, "risk_level": "", "no_kind": "自编号", "field": "", "outcome": null, "head_appeared": null, "created_at": "2026-12-01T16:29:25.299428+00:00", "year": null, "unit_id": 5, "is_loss": false, "updated_at": "2026-12-01T16:29:25.299428+00:00"}', '{"court_code": null, "court": "", "is_correction": true, "head_rank": null, "court_level": null, "received_on": "2024-04-02", "is_judgment": true, "claimed_fen": null, "type_code": null, "filed_on": "2024-04-02", "is_settled": false, "recovered_fen": null, "category": "行政复议", "type_name": null, "heard_on": null, "is_withdrawn": false, "resolved": null, "id": 2, "case_family": null, "closed_on": "2024-06-01", "group_size": null, "summary": "", "case_no": "示政复〔2024〕12号", "instance": null, "status": "已结", "heard": null, "risk_level": "", "no_kind": "自编号", "field": "", "outcome": "撤销", "head_appeared": null, "created_at": "2026-12-01T16:29:25.299428+00:00", "year": null, "unit_id": 5, "is_loss": false, "updated_at": "2026-12-01T16:29:25.413344+00:00"}', '300edbdd28c974145789d372b66e0a39367f08d56a3fdffca126aee2af59ebd0', '8e69f3fb9fe4f04cfdf5e2d7eae9aaca77a41e797fe6ec1caf54a45aef5bd0d4');
INSERT INTO public.journal VALUES (53, '2026-12-01 16:29:25.496634+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'meeting', 1, NULL, 'null', '{"year": 2024, "issue_no": 1, "kind": "联席会议", "held_on": "2024-06-20", "place": "", "chair": "王县长", "topics": "征收补偿争议化解", "opening": "", "created_at": "2026-12-01T16:29:25.485898+00:00", "id": 1}', '8e69f3fb9fe4f04cfdf5e2d7eae9aaca77a41e797fe6ec1caf54a45aef5bd0d4', '9fcbc6775f6ec1e7a2621ee6d2e951d36860149ea0f17c353b5ee8b2f584ca92');
INSERT INTO public.journal VALUES (54, '2026-12-01 16:29:25.546732+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'task', 1, NULL, 'null', '{"source": "议定事项", "content": "建立征收补偿争议会商机制", "lead_unit_id": 6, "leader": "", "due_on": "2024-09-30", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": 1, "decision_no": 1, "suggestion_id": null, "list_no": "", "note": "", "created_at": "2026-12-01T16:29:25.535792+00:00", "updated_at": "2026-12-01T16:29:25.535792+00:00", "id": 1, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": ["示范县司法局"]}', '9fcbc6775f6ec1e7a2621ee6d2e951d36860149ea0f17c353b5ee8b2f584ca92', '689ebedb983a0e5d58d1996bc3bde215f49b0db953ed3ed0d50f285c6b2bd7ec');
INSERT INTO public.journal VALUES (55, '2026-12-01 16:29:25.623449+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'task', 2, NULL, 'null', '{"source": "双清单", "content": "清理行政协议履约情况", "lead_unit_id": 5, "leader": "", "due_on": "2024-08-31", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "", "note": "", "created_at": "2026-12-01T16:29:25.618037+00:00", "updated_at": "2026-12-01T16:29:25.618037+00:00", "id": 2, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": []}', '689ebedb983a0e5d58d1996bc3bde215f49b0db953ed3ed0d50f285c6b2bd7ec', '60638915a24400e1469410367c6709bb5402591f3383f1dfca91b93d32bb7b92');
INSERT INTO public.journal VALUES (56, '2026-12-01 16:29:25.668555+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'task_progress', 1, NULL, 'null', '{"task_id": 1, "reported_on": "2024-10-15", "note": "已召开专题会", "author": "", "created_at": "2026-12-01T16:29:25.661532+00:00", "id": 1}', '60638915a24400e1469410367c6709bb5402591f3383f1dfca91b93d32bb7b92', '59d5462a8f581f6c7f2d9185a336b10ac7fb1bea173ab0427d1bc539f5c09764');
INSERT INTO public.journal VALUES (57, '2026-12-01 16:29:25.722826+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'suggestion', 1, NULL, 'null', '{"kind": "司法建议", "doc_no": "示法建〔2024〕3号", "issuer": "示范县人民法院", "unit_id": 6, "received_on": "2024-05-06", "reply_due": "2024-07-08", "reply_due_rule": "2个月", "reply_due_provisional": false, "summary": "规范征收补偿程序", "created_at": "2026-12-01T16:29:25.717828+00:00", "id": 1, "replied_on": null, "reply_summary": "", "adopted": null, "adoption": null, "verified_on": null, "cases": []}', '59d5462a8f581f6c7f2d9185a336b10ac7fb1bea173ab0427d1bc539f5c09764', '44267484ff6a79d58455fac73113e25998f5c549387c49cf25d478209cf6144e');
INSERT INTO public.journal VALUES (58, '2026-12-01 16:29:25.777422+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'case', 3, 3, 'null', '{"category": "行政诉讼", "case_no": "（2024）豫05行终8号", "no_kind": "案号", "year": 2024, "court_code": "豫05", "court_level": "中级", "type_code": "行终", "type_name": "行政二审案件", "case_family": "行政", "instance": "二审", "field": "", "unit_id": 6, "court": "", "received_on": "2024-08-01", "filed_on": "2024-08-01", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "", "created_at": "2026-12-01T16:29:25.773881+00:00", "updated_at": "2026-12-01T16:29:25.773881+00:00", "id": 3}', '44267484ff6a79d58455fac73113e25998f5c549387c49cf25d478209cf6144e', '891c4c7e880e33b72b75a772f69b8c2f7c1fba567ab22e6ecdd7a9fe351f5ec1');
INSERT INTO public.journal VALUES (59, '2026-12-01 16:29:25.789336+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'case_link', 1, 3, 'null', '{"case_id": 3, "related_id": 1, "created_at": "2026-12-01T16:29:25.785960+00:00", "id": 1, "case": "（2024）豫05行终8号", "related": "（2024）豫0591行初15号"}', '891c4c7e880e33b72b75a772f69b8c2f7c1fba567ab22e6ecdd7a9fe351f5ec1', 'bb41b4f364b34f9ccc8ef9043209c8b62d1af8ca8b4f9a9be2eee92b7f9937d8');
INSERT INTO public.journal VALUES (60, '2026-12-01 16:29:25.820436+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'update', 'suggestion', 1, NULL, '{"unit_id": 6, "kind": "司法建议", "doc_no": "示法建〔2024〕3号", "reply_due": "2024-07-08", "reply_due_provisional": false, "reply_summary": "", "adoption": null, "summary": "规范征收补偿程序", "id": 1, "issuer": "示范县人民法院", "received_on": "2024-05-06", "reply_due_rule": "2个月", "replied_on": null, "adopted": null, "verified_on": null, "created_at": "2026-12-01T16:29:25.717828+00:00"}', '{"unit_id": 6, "kind": "司法建议", "doc_no": "示法建〔2024〕3号", "reply_due": "2024-07-08", "reply_due_provisional": false, "reply_summary": "", "adoption": "部分采纳", "summary": "规范征收补偿程序", "id": 1, "issuer": "示范县人民法院", "received_on": "2024-05-06", "reply_due_rule": "2个月", "replied_on": "2024-06-01", "adopted": true, "verified_on": null, "created_at": "2026-12-01T16:29:25.717828+00:00"}', 'bb41b4f364b34f9ccc8ef9043209c8b62d1af8ca8b4f9a9be2eee92b7f9937d8', 'bed1686805316e5da3a984eb66b9ba24c25daeb4eb16aa25a67bcaf4a2997fef');
INSERT INTO public.journal VALUES (62, '2026-12-01 16:29:25.947085+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'notice', 2, NULL, 'null', '{"stage": "催办", "unit_id": 6, "issued_on": "2024-10-15", "year": null, "number": null, "reply_due": null, "created_at": "2026-12-01T16:29:25.934005+00:00", "id": 2, "acknowledged_on": null, "issuer": "", "tasks": [1], "suggestions": []}', 'b3390b9bf96e388653d763d4b5610ce1ffcb71cc5c10ec5f1ae20165c7ac108c', 'e45e389ed5fc7e7b6ea9b9ce456ffbb69c824b6162154d6e8d2af5a391d76316');
INSERT INTO public.journal VALUES (63, '2026-12-01 16:29:26.061499+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'notice_reply', 1, NULL, 'null', '{"notice_id": 1, "replied_on": "2024-10-15", "summary": "已书面报送办理情况", "created_at": "2026-12-01T16:29:26.048256+00:00", "id": 1, "file_name": "", "file_size": 0, "file_sha256": "", "file_data": null}', 'e45e389ed5fc7e7b6ea9b9ce456ffbb69c824b6162154d6e8d2af5a391d76316', '7d3e3f8ea05a810d5cc470e13e4eed5d30dd8fcfbba98638c0f6b97fe7241fd8');
INSERT INTO public.journal VALUES (64, '2026-12-01 16:29:26.067557+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'update', 'notice', 1, NULL, '{"year": 2024, "stage": "督办", "unit_id": 5, "reply_due": "2024-10-22", "issuer": "", "id": 1, "issued_on": "2024-10-15", "number": 1, "acknowledged_on": null, "created_at": "2026-12-01T16:29:25.934005+00:00"}', '{"year": 2024, "stage": "督办", "unit_id": 5, "reply_due": "2024-10-22", "issuer": "", "id": 1, "issued_on": "2024-10-15", "number": 1, "acknowledged_on": "2024-10-15", "created_at": "2026-12-01T16:29:25.934005+00:00"}', '7d3e3f8ea05a810d5cc470e13e4eed5d30dd8fcfbba98638c0f6b97fe7241fd8', 'f6f0498cf96e56a56614f22ff4fef02811bf3efcd5c403fb17b095534fc9cbfe');
INSERT INTO public.journal VALUES (65, '2026-12-01 16:29:26.250136+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0004', 'insert', 'bulletin', 1, NULL, 'null', '{"year": 2024, "number": 1, "period_year": 2024, "quarter": 3, "issued_on": "2024-10-15", "issuer": "", "data": {"start": "2024-07-01", "end": "2024-09-30", "black": [{"unit_id": 5, "unit": "县人社局", "open_late": 1, "done_late": 0, "suggestions_late": 0, "replies_missing": 0, "replies_late": 0, "text": "逾期未办结事项1项"}], "red": [{"unit_id": 6, "unit": "县自然资源局", "due": 1}]}, "created_at": "2026-12-01T16:29:26.245793+00:00", "id": 1}', 'f6f0498cf96e56a56614f22ff4fef02811bf3efcd5c403fb17b095534fc9cbfe', '507bb68b815ade31271f210521b3d36eb1c711a93b8b24cdf3b2b28490c8d9bf');


--
-- Data for Name: meeting; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.meeting VALUES (1, 2024, 1, '联席会议', '2024-06-20', '', '王县长', '征收补偿争议化解', '', '2026-12-01 16:29:25.485898+00');


--
-- Data for Name: notice; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notice VALUES (2, '催办', 6, '2024-10-15', NULL, NULL, NULL, NULL, '2026-12-01 16:29:25.934005+00', '');
INSERT INTO public.notice VALUES (1, '督办', 5, '2024-10-15', 2024, 1, '2024-10-22', '2024-10-15', '2026-12-01 16:29:25.934005+00', '');


--
-- Data for Name: notice_item; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notice_item VALUES (1, 1, '督办', 2, NULL, 28, NULL);
INSERT INTO public.notice_item VALUES (2, 2, '催办', 1, NULL, 7, NULL);


--
-- Data for Name: notice_reply; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notice_reply VALUES (1, 1, '2024-10-15', '已书面报送办理情况', '', 0, '', NULL, '2026-12-01 16:29:26.048256+00');


--
-- Data for Name: office; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.office VALUES (1, '示范县府院联动联席会议办公室', '示范县', '示范县府院联动联席会议', '2026-12-01 16:29:24.947993+00');


--
-- Data for Name: party; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.party VALUES (1, '张三', '自然人', '身份证', '410502198510151232', '2026-12-01 16:29:25.260428+00');
INSERT INTO public.party VALUES (2, '示范县建工集团', '法人或其他组织', '统一社会信用代码', '91340503MA2N0001XG', '2026-12-01 16:29:25.268196+00');
INSERT INTO public.party VALUES (3, '李四', '自然人', '', NULL, '2026-12-01 16:29:25.30576+00');


--
-- Data for Name: person; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.person VALUES (1, '王建国', '县长', NULL, '召集人', '', '', '2026-12-01 16:29:25.059458+00');
INSERT INTO public.person VALUES (2, '刘清华', '常务副县长', NULL, '副召集人', '', '', '2026-12-01 16:29:25.065644+00');
INSERT INTO public.person VALUES (3, '赵立新', '县人民法院院长', NULL, '副召集人', '', '', '2026-12-01 16:29:25.068003+00');
INSERT INTO public.person VALUES (4, '陈晓燕', '副主任', 1, '联络员', '0372-5101001', 'zfb@shifan.example.cn', '2026-12-01 16:29:25.080408+00');
INSERT INTO public.person VALUES (5, '马俊', '科长', 2, '联络员', '0372-5101002', 'fgw@shifan.example.cn', '2026-12-01 16:29:25.094328+00');
INSERT INTO public.person VALUES (6, '孙丽', '行政复议股股长', 3, '联络员', '0372-5101003', 'sfj@shifan.example.cn', '2026-12-01 16:29:25.105168+00');
INSERT INTO public.person VALUES (7, '周明', '局长', 3, '成员', '', '', '2026-12-01 16:29:25.111996+00');
INSERT INTO public.person VALUES (8, '林静', '办公室工作人员', 3, '办公室', '', '', '2026-12-01 16:29:25.117296+00');
INSERT INTO public.person VALUES (9, '郭涛', '法规股股长', 4, '联络员', '0372-5101004', 'czj@shifan.example.cn', '2026-12-01 16:29:25.123628+00');
INSERT INTO public.person VALUES (10, '何芳', '法规股股长', 5, '联络员', '0372-5101005', 'rsj@shifan.example.cn', '2026-12-01 16:29:25.135484+00');
INSERT INTO public.person VALUES (11, '高远', '法规股股长', 6, '联络员', '0372-5101006', 'zrzyj@shifan.example.cn', '2026-12-01 16:29:25.138268+00');
INSERT INTO public.person VALUES (12, '罗斌', '法规股股长', 7, '联络员', '0372-5101007', 'zjj@shifan.example.cn', '2026-12-01 16:29:25.14043+00');
INSERT INTO public.person VALUES (13, '梁红', '法制股股长', 8, '联络员', '0372-5101008', 'swj@shifan.example.cn', '2026-12-01 16:29:25.145319+00');
INSERT INTO public.person VALUES (14, '宋佳', '法规股股长', 9, '联络员', '0372-5101009', 'scjgj@shifan.example.cn', '2026-12-01 16:29:25.15438+00');
INSERT INTO public.person VALUES (15, '唐亮', '副局长', 10, '联络员', '0372-5101010', 'xfj@shifan.example.cn', '2026-12-01 16:29:25.157288+00');
INSERT INTO public.person VALUES (16, '韩冰', '法制大队大队长', 11, '联络员', '0372-5101011', 'gaj@shifan.example.cn', '2026-12-01 16:29:25.167336+00');
INSERT INTO public.person VALUES (17, '冯雪', '法规股股长', 12, '联络员', '0372-5101012', 'sthj@shifan.example.cn', '2026-12-01 16:29:25.16957+00');
INSERT INTO public.person VALUES (18, '邓凯', '法规股股长', 13, '联络员', '0372-5101013', 'cgj@shifan.example.cn', '2026-12-01 16:29:25.171489+00');
INSERT INTO public.person VALUES (19, '许文', '行政审判庭庭长', 14, '联络员', '0372-5101014', 'fy@shifan.example.cn', '2026-12-01 16:29:25.174027+00');
INSERT INTO public.person VALUES (20, '曹阳', '行政检察部主任', 15, '联络员', '0372-5101015', 'jcy@shifan.example.cn', '2026-12-01 16:29:25.178669+00');
INSERT INTO public.person VALUES (21, '彭程', '司法所所长', 16, '联络员', '0372-5101016', 'cgz@shifan.example.cn', '2026-12-01 16:29:25.180579+00');
INSERT INTO public.person VALUES (22, '袁媛', '司法所所长', 17, '联络员', '0372-5101017', 'dcjd@shifan.example.cn', '2026-12-01 16:29:25.18239+00');


--
-- Data for Name: report_snapshot; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: suggestion; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.suggestion VALUES (1, '司法建议', '示法建〔2024〕3号', '示范县人民法院', 6, '2024-05-06', '2024-07-08', '2个月', false, '2024-06-01', '', true, NULL, '规范征收补偿程序', '2026-12-01 16:29:25.717828+00', '部分采纳');


--
-- Data for Name: suggestion_case; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: task; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task VALUES (1, '议定事项', '建立征收补偿争议会商机制', 6, '', '2024-09-30', '', NULL, false, 1, 1, NULL, '', '', NULL, NULL, '', '2026-12-01 16:29:25.535792+00', '2026-12-01 16:29:25.535792+00');
INSERT INTO public.task VALUES (2, '双清单', '清理行政协议履约情况', 5, '', '2024-08-31', '', NULL, false, NULL, NULL, NULL, '', '', NULL, NULL, '', '2026-12-01 16:29:25.618037+00', '2026-12-01 16:29:25.618037+00');


--
-- Data for Name: task_co_unit; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task_co_unit VALUES (1, 1, 3);


--
-- Data for Name: task_progress; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task_progress VALUES (1, 1, '2024-10-15', '已召开专题会', '', '2026-12-01 16:29:25.661532+00');


--
-- Data for Name: unit; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.unit VALUES (1, '示范县人民政府办公室', '县政府办', '政府部门', '示范县', true, '陈晓燕', '0372-5101001', 'zfb@shifan.example.cn', '', '2026-12-01 16:29:24.977617+00', '2026-12-01 16:29:24.977617+00');
INSERT INTO public.unit VALUES (2, '示范县发展和改革委员会', '县发改委', '政府部门', '示范县', true, '马俊', '0372-5101002', 'fgw@shifan.example.cn', '', '2026-12-01 16:29:24.98488+00', '2026-12-01 16:29:24.98488+00');
INSERT INTO public.unit VALUES (3, '示范县司法局', '县司法局', '政府部门', '示范县', true, '孙丽', '0372-5101003', 'sfj@shifan.example.cn', '联席会议办公室设在县司法局', '2026-12-01 16:29:24.995044+00', '2026-12-01 16:29:24.995044+00');
INSERT INTO public.unit VALUES (4, '示范县财政局', '县财政局', '政府部门', '示范县', true, '郭涛', '0372-5101004', 'czj@shifan.example.cn', '', '2026-12-01 16:29:24.997978+00', '2026-12-01 16:29:24.997978+00');
INSERT INTO public.unit VALUES (5, '示范县人力资源和社会保障局', '县人社局', '政府部门', '示范县', true, '何芳', '0372-5101005', 'rsj@shifan.example.cn', '', '2026-12-01 16:29:25.003917+00', '2026-12-01 16:29:25.003917+00');
INSERT INTO public.unit VALUES (6, '示范县自然资源局', '县自然资源局', '政府部门', '示范县', true, '高远', '0372-5101006', 'zrzyj@shifan.example.cn', '', '2026-12-01 16:29:25.007797+00', '2026-12-01 16:29:25.007797+00');
INSERT INTO public.unit VALUES (7, '示范县住房和城乡建设局', '县住建局', '政府部门', '示范县', true, '罗斌', '0372-5101007', 'zjj@shifan.example.cn', '', '2026-12-01 16:29:25.017717+00', '2026-12-01 16:29:25.017717+00');
INSERT INTO public.unit VALUES (8, '国家税务总局示范县税务局', '县税务局', '政府部门', '示范县', true, '梁红', '0372-5101008', 'swj@shifan.example.cn', '', '2026-12-01 16:29:25.02009+00', '2026-12-01 16:29:25.02009+00');
INSERT INTO public.unit VALUES (9, '示范县市场监督管理局', '县市场监管局', '政府部门', '示范县', true, '宋佳', '0372-5101009', 'scjgj@shifan.example.cn', '', '2026-12-01 16:29:25.024975+00', '2026-12-01 16:29:25.024975+00');
INSERT INTO public.unit VALUES (10, '示范县信访局', '县信访局', '政府部门', '示范县', true, '唐亮', '0372-5101010', 'xfj@shifan.example.cn', '', '2026-12-01 16:29:25.031728+00', '2026-12-01 16:29:25.031728+00');
INSERT INTO public.unit VALUES (11, '示范县公安局', '县公安局', '政府部门', '示范县', true, '韩冰', '0372-5101011', 'gaj@shifan.example.cn', '', '2026-12-01 16:29:25.034264+00', '2026-12-01 16:29:25.034264+00');
INSERT INTO public.unit VALUES (12, '示范县生态环境分局', '县生态环境分局', '政府部门', '示范县', true, '冯雪', '0372-5101012', 'sthj@shifan.example.cn', '', '2026-12-01 16:29:25.036394+00', '2026-12-01 16:29:25.036394+00');
INSERT INTO public.unit VALUES (13, '示范县城市管理局', '县城管局', '政府部门', '示范县', true, '邓凯', '0372-5101013', 'cgj@shifan.example.cn', '', '2026-12-01 16:29:25.039581+00', '2026-12-01 16:29:25.039581+00');
INSERT INTO public.unit VALUES (14, '示范县人民法院', '县法院', '法院', '示范县', true, '许文', '0372-5101014', 'fy@shifan.example.cn', '', '2026-12-01 16:29:25.045036+00', '2026-12-01 16:29:25.045036+00');
INSERT INTO public.unit VALUES (15, '示范县人民检察院', '县检察院', '检察院', '示范县', true, '曹阳', '0372-5101015', 'jcy@shifan.example.cn', '', '2026-12-01 16:29:25.04779+00', '2026-12-01 16:29:25.04779+00');
INSERT INTO public.unit VALUES (16, '示范县城关镇人民政府', '城关镇', '乡镇街道', '示范县', true, '彭程', '0372-5101016', 'cgz@shifan.example.cn', '', '2026-12-01 16:29:25.049526+00', '2026-12-01 16:29:25.049526+00');
INSERT INTO public.unit VALUES (17, '示范县东城街道办事处', '东城街道', '乡镇街道', '示范县', true, '袁媛', '0372-5101017', 'dcjd@shifan.example.cn', '', '2026-12-01 16:29:25.057789+00', '2026-12-01 16:29:25.057789+00');


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
-- Name: journal_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.journal_id_seq', 65, true);


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

SELECT pg_catalog.setval('public.report_snapshot_id_seq', 1, false);


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


