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
    created_at timestamp with time zone NOT NULL
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
    created_at timestamp with time zone NOT NULL
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
    days_overdue integer NOT NULL
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
    created_at timestamp with time zone NOT NULL
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
-- Name: calendar_override id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_override ALTER COLUMN id SET DEFAULT nextval('public.calendar_override_id_seq'::regclass);


--
-- Name: case_event id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_event ALTER COLUMN id SET DEFAULT nextval('public.case_event_id_seq'::regclass);


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

INSERT INTO public.alembic_version VALUES ('0001');


--
-- Data for Name: attendance; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: calendar_override; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: case_event; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_event VALUES (1, 1, '开庭', '2024-05-20', '', '2026-12-01 14:55:12.04794+00');


--
-- Data for Name: case_party; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_party VALUES (1, 1, 1, '原告');
INSERT INTO public.case_party VALUES (2, 1, 2, '原告');
INSERT INTO public.case_party VALUES (3, 2, 3, '申请人');


--
-- Data for Name: cases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cases VALUES (1, '行政诉讼', '（2024）豫0591行初15号', '案号', 2024, '豫0591', '基层', '行初', '行政一审案件', '行政', '一审', '土地征收', 6, '', '2024-03-15', '2024-03-15', '2024-05-20', '2024-06-28', '已结', '驳回诉讼请求', false, false, true, false, false, true, NULL, NULL, NULL, NULL, NULL, NULL, '', '不服征收补偿决定', '2026-12-01 14:55:11.955719+00', '2026-12-01 14:55:12.081186+00');
INSERT INTO public.cases VALUES (2, '行政复议', '示政复〔2024〕12号', '自编号', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', 5, '', '2024-04-02', '2024-04-02', NULL, '2024-06-01', '已结', '撤销', false, true, true, false, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', '', '2026-12-01 14:55:12.011198+00', '2026-12-01 14:55:12.107782+00');


--
-- Data for Name: db_user_unit; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: delivery; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: journal; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.journal VALUES (1, '2026-12-01 14:55:11.750835+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'office', 1, NULL, 'null', '{"name": "\u793a\u8303\u53bf\u5e9c\u9662\u8054\u52a8\u8054\u5e2d\u4f1a\u8bae\u529e\u516c\u5ba4", "region": "\u793a\u8303\u53bf", "meeting_name": "\u793a\u8303\u53bf\u5e9c\u9662\u8054\u52a8\u8054\u5e2d\u4f1a\u8bae", "created_at": "2026-12-01T14:55:11.745319+00:00", "id": 1}', '0000000000000000000000000000000000000000000000000000000000000000', '78f1bcc4de8c316650d35202af301141dcc41c2156c14018e0dd134fff318a96');
INSERT INTO public.journal VALUES (2, '2026-12-01 14:55:11.761667+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'unit', 1, NULL, 'null', '{"name": "\u793a\u8303\u53bf\u4eba\u6c11\u653f\u5e9c\u529e\u516c\u5ba4", "short_name": "\u53bf\u653f\u5e9c\u529e", "kind": "\u653f\u5e9c\u90e8\u95e8", "region": "\u793a\u8303\u53bf", "is_member": true, "liaison_name": "\u9648\u6653\u71d5", "liaison_phone": "0372-5101001", "liaison_email": "zfb@shifan.example.cn", "note": "", "created_at": "2026-12-01T14:55:11.758003+00:00", "updated_at": "2026-12-01T14:55:11.758003+00:00", "id": 1}', '78f1bcc4de8c316650d35202af301141dcc41c2156c14018e0dd134fff318a96', '969b8d9d58013a98e86310056a017a6d371de337150dc6ac8ef69439cba0987b');
INSERT INTO public.journal VALUES (3, '2026-12-01 14:55:11.76722+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'unit', 2, NULL, 'null', '{"name": "\u793a\u8303\u53bf\u53d1\u5c55\u548c\u6539\u9769\u59d4\u5458\u4f1a", "short_name": "\u53bf\u53d1\u6539\u59d4", "kind": "\u653f\u5e9c\u90e8\u95e8", "region": "\u793a\u8303\u53bf", "is_member": true, "liaison_name": "\u9a6c\u4fca", "liaison_phone": "0372-5101002", "liaison_email": "fgw@shifan.example.cn", "note": "", "created_at": "2026-12-01T14:55:11.764378+00:00", "updated_at": "2026-12-01T14:55:11.764378+00:00", "id": 2}', '969b8d9d58013a98e86310056a017a6d371de337150dc6ac8ef69439cba0987b', '823d1d88fcc7534f4fed228a0c2e0e851f8930593b18f77fd788ee0b7036587f');
INSERT INTO public.journal VALUES (4, '2026-12-01 14:55:11.772213+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'unit', 3, NULL, 'null', '{"name": "\u793a\u8303\u53bf\u53f8\u6cd5\u5c40", "short_name": "\u53bf\u53f8\u6cd5\u5c40", "kind": "\u653f\u5e9c\u90e8\u95e8", "region": "\u793a\u8303\u53bf", "is_member": true, "liaison_name": "\u5b59\u4e3d", "liaison_phone": "0372-5101003", "liaison_email": "sfj@shifan.example.cn", "note": "\u8054\u5e2d\u4f1a\u8bae\u529e\u516c\u5ba4\u8bbe\u5728\u53bf\u53f8\u6cd5\u5c40", "created_at": "2026-12-01T14:55:11.769657+00:00", "updated_at": "2026-12-01T14:55:11.769657+00:00", "id": 3}', '823d1d88fcc7534f4fed228a0c2e0e851f8930593b18f77fd788ee0b7036587f', '3f7a01188d72ff9811f8c5fc813a7e783624df2a20307d93faf00b33297622a6');
INSERT INTO public.journal VALUES (5, '2026-12-01 14:55:11.776251+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'unit', 4, NULL, 'null', '{"name": "\u793a\u8303\u53bf\u8d22\u653f\u5c40", "short_name": "\u53bf\u8d22\u653f\u5c40", "kind": "\u653f\u5e9c\u90e8\u95e8", "region": "\u793a\u8303\u53bf", "is_member": true, "liaison_name": "\u90ed\u6d9b", "liaison_phone": "0372-5101004", "liaison_email": "czj@shifan.example.cn", "note": "", "created_at": "2026-12-01T14:55:11.774462+00:00", "updated_at": "2026-12-01T14:55:11.774462+00:00", "id": 4}', '3f7a01188d72ff9811f8c5fc813a7e783624df2a20307d93faf00b33297622a6', '60b805edfe370318f08a2ae95175d19463b46ffca85a855aa0ad5a6fb845cac9');
INSERT INTO public.journal VALUES (6, '2026-12-01 14:55:11.781125+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'unit', 5, NULL, 'null', '{"name": "\u793a\u8303\u53bf\u4eba\u529b\u8d44\u6e90\u548c\u793e\u4f1a\u4fdd\u969c\u5c40", "short_name": "\u53bf\u4eba\u793e\u5c40", "kind": "\u653f\u5e9c\u90e8\u95e8", "region": "\u793a\u8303\u53bf", "is_member": true, "liaison_name": "\u4f55\u82b3", "liaison_phone": "0372-5101005", "liaison_email": "rsj@shifan.example.cn", "note": "", "created_at": "2026-12-01T14:55:11.778582+00:00", "updated_at": "2026-12-01T14:55:11.778582+00:00", "id": 5}', '60b805edfe370318f08a2ae95175d19463b46ffca85a855aa0ad5a6fb845cac9', '7305f5913f295e7f578e49e4d2fc015ab515f5ae16953f45cd6c8d3cf30184bd');
INSERT INTO public.journal VALUES (7, '2026-12-01 14:55:11.786554+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'unit', 6, NULL, 'null', '{"name": "\u793a\u8303\u53bf\u81ea\u7136\u8d44\u6e90\u5c40", "short_name": "\u53bf\u81ea\u7136\u8d44\u6e90\u5c40", "kind": "\u653f\u5e9c\u90e8\u95e8", "region": "\u793a\u8303\u53bf", "is_member": true, "liaison_name": "\u9ad8\u8fdc", "liaison_phone": "0372-5101006", "liaison_email": "zrzyj@shifan.example.cn", "note": "", "created_at": "2026-12-01T14:55:11.784001+00:00", "updated_at": "2026-12-01T14:55:11.784001+00:00", "id": 6}', '7305f5913f295e7f578e49e4d2fc015ab515f5ae16953f45cd6c8d3cf30184bd', '5e63b53538729428ad4578df682e362b461fca7357d6cc7803dfad0f313dae8b');
INSERT INTO public.journal VALUES (8, '2026-12-01 14:55:11.790611+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'unit', 7, NULL, 'null', '{"name": "\u793a\u8303\u53bf\u4f4f\u623f\u548c\u57ce\u4e61\u5efa\u8bbe\u5c40", "short_name": "\u53bf\u4f4f\u5efa\u5c40", "kind": "\u653f\u5e9c\u90e8\u95e8", "region": "\u793a\u8303\u53bf", "is_member": true, "liaison_name": "\u7f57\u658c", "liaison_phone": "0372-5101007", "liaison_email": "zjj@shifan.example.cn", "note": "", "created_at": "2026-12-01T14:55:11.788688+00:00", "updated_at": "2026-12-01T14:55:11.788688+00:00", "id": 7}', '5e63b53538729428ad4578df682e362b461fca7357d6cc7803dfad0f313dae8b', 'de36ef9598c3a783bdd57bf5675ec346bc9105abfdd3f02e09b61bad1000f72b');
INSERT INTO public.journal VALUES (9, '2026-12-01 14:55:11.794746+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'unit', 8, NULL, 'null', '{"name": "\u56fd\u5bb6\u7a0e\u52a1\u603b\u5c40\u793a\u8303\u53bf\u7a0e\u52a1\u5c40", "short_name": "\u53bf\u7a0e\u52a1\u5c40", "kind": "\u653f\u5e9c\u90e8\u95e8", "region": "\u793a\u8303\u53bf", "is_member": true, "liaison_name": "\u6881\u7ea2", "liaison_phone": "0372-5101008", "liaison_email": "swj@shifan.example.cn", "note": "", "created_at": "2026-12-01T14:55:11.792531+00:00", "updated_at": "2026-12-01T14:55:11.792531+00:00", "id": 8}', 'de36ef9598c3a783bdd57bf5675ec346bc9105abfdd3f02e09b61bad1000f72b', 'bdf62d463282062475d0594f82af6a404b75b8aa1418fae8db349556460b7296');
INSERT INTO public.journal VALUES (10, '2026-12-01 14:55:11.798684+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'unit', 9, NULL, 'null', '{"name": "\u793a\u8303\u53bf\u5e02\u573a\u76d1\u7763\u7ba1\u7406\u5c40", "short_name": "\u53bf\u5e02\u573a\u76d1\u7ba1\u5c40", "kind": "\u653f\u5e9c\u90e8\u95e8", "region": "\u793a\u8303\u53bf", "is_member": true, "liaison_name": "\u5b8b\u4f73", "liaison_phone": "0372-5101009", "liaison_email": "scjgj@shifan.example.cn", "note": "", "created_at": "2026-12-01T14:55:11.796818+00:00", "updated_at": "2026-12-01T14:55:11.796818+00:00", "id": 9}', 'bdf62d463282062475d0594f82af6a404b75b8aa1418fae8db349556460b7296', '41f0aed9cb87efc5b0cca9d6b1ca029e26deddf525527633cefa4be16cb7419a');
INSERT INTO public.journal VALUES (11, '2026-12-01 14:55:11.802458+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'unit', 10, NULL, 'null', '{"name": "\u793a\u8303\u53bf\u4fe1\u8bbf\u5c40", "short_name": "\u53bf\u4fe1\u8bbf\u5c40", "kind": "\u653f\u5e9c\u90e8\u95e8", "region": "\u793a\u8303\u53bf", "is_member": true, "liaison_name": "\u5510\u4eae", "liaison_phone": "0372-5101010", "liaison_email": "xfj@shifan.example.cn", "note": "", "created_at": "2026-12-01T14:55:11.800409+00:00", "updated_at": "2026-12-01T14:55:11.800409+00:00", "id": 10}', '41f0aed9cb87efc5b0cca9d6b1ca029e26deddf525527633cefa4be16cb7419a', '54573af27b5be61cc1b244eabf0631b9d87915a17c176b377a7e927308226520');
INSERT INTO public.journal VALUES (12, '2026-12-01 14:55:11.805819+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'unit', 11, NULL, 'null', '{"name": "\u793a\u8303\u53bf\u516c\u5b89\u5c40", "short_name": "\u53bf\u516c\u5b89\u5c40", "kind": "\u653f\u5e9c\u90e8\u95e8", "region": "\u793a\u8303\u53bf", "is_member": true, "liaison_name": "\u97e9\u51b0", "liaison_phone": "0372-5101011", "liaison_email": "gaj@shifan.example.cn", "note": "", "created_at": "2026-12-01T14:55:11.804007+00:00", "updated_at": "2026-12-01T14:55:11.804007+00:00", "id": 11}', '54573af27b5be61cc1b244eabf0631b9d87915a17c176b377a7e927308226520', '640b2bbc16bca4df2fcbd5025e76752ee7d383128d9f982894d0719f341ef95c');
INSERT INTO public.journal VALUES (13, '2026-12-01 14:55:11.810406+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'unit', 12, NULL, 'null', '{"name": "\u793a\u8303\u53bf\u751f\u6001\u73af\u5883\u5206\u5c40", "short_name": "\u53bf\u751f\u6001\u73af\u5883\u5206\u5c40", "kind": "\u653f\u5e9c\u90e8\u95e8", "region": "\u793a\u8303\u53bf", "is_member": true, "liaison_name": "\u51af\u96ea", "liaison_phone": "0372-5101012", "liaison_email": "sthj@shifan.example.cn", "note": "", "created_at": "2026-12-01T14:55:11.808481+00:00", "updated_at": "2026-12-01T14:55:11.808481+00:00", "id": 12}', '640b2bbc16bca4df2fcbd5025e76752ee7d383128d9f982894d0719f341ef95c', '059d746d452c82f09b939358b4fe22089a23ad8a0ace739c4148edc2209f4068');
INSERT INTO public.journal VALUES (14, '2026-12-01 14:55:11.814023+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'unit', 13, NULL, 'null', '{"name": "\u793a\u8303\u53bf\u57ce\u5e02\u7ba1\u7406\u5c40", "short_name": "\u53bf\u57ce\u7ba1\u5c40", "kind": "\u653f\u5e9c\u90e8\u95e8", "region": "\u793a\u8303\u53bf", "is_member": true, "liaison_name": "\u9093\u51ef", "liaison_phone": "0372-5101013", "liaison_email": "cgj@shifan.example.cn", "note": "", "created_at": "2026-12-01T14:55:11.812071+00:00", "updated_at": "2026-12-01T14:55:11.812071+00:00", "id": 13}', '059d746d452c82f09b939358b4fe22089a23ad8a0ace739c4148edc2209f4068', 'e644ae5f77d708be7b84c907cddb08ab657566432ee876cb00de174cbf806db5');
INSERT INTO public.journal VALUES (15, '2026-12-01 14:55:11.817386+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'unit', 14, NULL, 'null', '{"name": "\u793a\u8303\u53bf\u4eba\u6c11\u6cd5\u9662", "short_name": "\u53bf\u6cd5\u9662", "kind": "\u6cd5\u9662", "region": "\u793a\u8303\u53bf", "is_member": true, "liaison_name": "\u8bb8\u6587", "liaison_phone": "0372-5101014", "liaison_email": "fy@shifan.example.cn", "note": "", "created_at": "2026-12-01T14:55:11.815452+00:00", "updated_at": "2026-12-01T14:55:11.815452+00:00", "id": 14}', 'e644ae5f77d708be7b84c907cddb08ab657566432ee876cb00de174cbf806db5', 'be2ec88e26faa6e79ad038b6bfa1718093a7bcc848eaa9ea2140ddd77480a349');
INSERT INTO public.journal VALUES (16, '2026-12-01 14:55:11.821108+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'unit', 15, NULL, 'null', '{"name": "\u793a\u8303\u53bf\u4eba\u6c11\u68c0\u5bdf\u9662", "short_name": "\u53bf\u68c0\u5bdf\u9662", "kind": "\u68c0\u5bdf\u9662", "region": "\u793a\u8303\u53bf", "is_member": true, "liaison_name": "\u66f9\u9633", "liaison_phone": "0372-5101015", "liaison_email": "jcy@shifan.example.cn", "note": "", "created_at": "2026-12-01T14:55:11.819352+00:00", "updated_at": "2026-12-01T14:55:11.819352+00:00", "id": 15}', 'be2ec88e26faa6e79ad038b6bfa1718093a7bcc848eaa9ea2140ddd77480a349', '94ace1208465eb449981f5e4d9de5dc5cb189d1b0051a29cf62a4fe8029426ce');
INSERT INTO public.journal VALUES (17, '2026-12-01 14:55:11.824498+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'unit', 16, NULL, 'null', '{"name": "\u793a\u8303\u53bf\u57ce\u5173\u9547\u4eba\u6c11\u653f\u5e9c", "short_name": "\u57ce\u5173\u9547", "kind": "\u4e61\u9547\u8857\u9053", "region": "\u793a\u8303\u53bf", "is_member": true, "liaison_name": "\u5f6d\u7a0b", "liaison_phone": "0372-5101016", "liaison_email": "cgz@shifan.example.cn", "note": "", "created_at": "2026-12-01T14:55:11.822761+00:00", "updated_at": "2026-12-01T14:55:11.822761+00:00", "id": 16}', '94ace1208465eb449981f5e4d9de5dc5cb189d1b0051a29cf62a4fe8029426ce', '69d91c2ec50395da6d443ee9054175757d44f7c1b748fe07874f2ba56ee1fcec');
INSERT INTO public.journal VALUES (18, '2026-12-01 14:55:11.827702+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'unit', 17, NULL, 'null', '{"name": "\u793a\u8303\u53bf\u4e1c\u57ce\u8857\u9053\u529e\u4e8b\u5904", "short_name": "\u4e1c\u57ce\u8857\u9053", "kind": "\u4e61\u9547\u8857\u9053", "region": "\u793a\u8303\u53bf", "is_member": true, "liaison_name": "\u8881\u5a9b", "liaison_phone": "0372-5101017", "liaison_email": "dcjd@shifan.example.cn", "note": "", "created_at": "2026-12-01T14:55:11.826154+00:00", "updated_at": "2026-12-01T14:55:11.826154+00:00", "id": 17}', '69d91c2ec50395da6d443ee9054175757d44f7c1b748fe07874f2ba56ee1fcec', 'cedfdda1b97ca234d7aaea4b21cbd7c7b0c216d0ec180f8c656cb7e557241aa8');
INSERT INTO public.journal VALUES (19, '2026-12-01 14:55:11.83454+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'person', 1, NULL, 'null', '{"name": "\u738b\u5efa\u56fd", "title": "\u53bf\u957f", "unit_id": null, "role": "\u53ec\u96c6\u4eba", "phone": "", "email": "", "created_at": "2026-12-01T14:55:11.828687+00:00", "id": 1}', 'cedfdda1b97ca234d7aaea4b21cbd7c7b0c216d0ec180f8c656cb7e557241aa8', 'ff1cd02d36fd528952213abde57ba574c9b0b9d5084fa518ebf5a2f53b385ceb');
INSERT INTO public.journal VALUES (20, '2026-12-01 14:55:11.837225+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'person', 2, NULL, 'null', '{"name": "\u5218\u6e05\u534e", "title": "\u5e38\u52a1\u526f\u53bf\u957f", "unit_id": null, "role": "\u526f\u53ec\u96c6\u4eba", "phone": "", "email": "", "created_at": "2026-12-01T14:55:11.835554+00:00", "id": 2}', 'ff1cd02d36fd528952213abde57ba574c9b0b9d5084fa518ebf5a2f53b385ceb', '23d30a836c33c2906af0a88aa4404a13f368bbcac0d8e6ee1a866a457b1a63f4');
INSERT INTO public.journal VALUES (21, '2026-12-01 14:55:11.839685+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'person', 3, NULL, 'null', '{"name": "\u8d75\u7acb\u65b0", "title": "\u53bf\u4eba\u6c11\u6cd5\u9662\u9662\u957f", "unit_id": null, "role": "\u526f\u53ec\u96c6\u4eba", "phone": "", "email": "", "created_at": "2026-12-01T14:55:11.838068+00:00", "id": 3}', '23d30a836c33c2906af0a88aa4404a13f368bbcac0d8e6ee1a866a457b1a63f4', 'ad48f104d864201108d4cb36503e672e0f66c3630fbf3c0e546cb1290e87d085');
INSERT INTO public.journal VALUES (22, '2026-12-01 14:55:11.844536+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'person', 4, NULL, 'null', '{"name": "\u9648\u6653\u71d5", "title": "\u526f\u4e3b\u4efb", "unit_id": 1, "role": "\u8054\u7edc\u5458", "phone": "0372-5101001", "email": "zfb@shifan.example.cn", "created_at": "2026-12-01T14:55:11.842092+00:00", "id": 4}', 'ad48f104d864201108d4cb36503e672e0f66c3630fbf3c0e546cb1290e87d085', '7a0351df6fa3f098cd772a166a12749c953ab13a29a73262f31acb4317c9f94f');
INSERT INTO public.journal VALUES (23, '2026-12-01 14:55:11.848799+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'person', 5, NULL, 'null', '{"name": "\u9a6c\u4fca", "title": "\u79d1\u957f", "unit_id": 2, "role": "\u8054\u7edc\u5458", "phone": "0372-5101002", "email": "fgw@shifan.example.cn", "created_at": "2026-12-01T14:55:11.846375+00:00", "id": 5}', '7a0351df6fa3f098cd772a166a12749c953ab13a29a73262f31acb4317c9f94f', '62d54e9c85d942f0c0df50ca7491fedff62a34af01dcad208a5f3c80a1f6bec2');
INSERT INTO public.journal VALUES (24, '2026-12-01 14:55:11.852272+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'person', 6, NULL, 'null', '{"name": "\u5b59\u4e3d", "title": "\u884c\u653f\u590d\u8bae\u80a1\u80a1\u957f", "unit_id": 3, "role": "\u8054\u7edc\u5458", "phone": "0372-5101003", "email": "sfj@shifan.example.cn", "created_at": "2026-12-01T14:55:11.850567+00:00", "id": 6}', '62d54e9c85d942f0c0df50ca7491fedff62a34af01dcad208a5f3c80a1f6bec2', 'b1a84a51e18aa86d5e198ab98696d4cdf4f6e9349f6f16a22548cc5eb47950e2');
INSERT INTO public.journal VALUES (25, '2026-12-01 14:55:11.855944+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'person', 7, NULL, 'null', '{"name": "\u5468\u660e", "title": "\u5c40\u957f", "unit_id": 3, "role": "\u6210\u5458", "phone": "", "email": "", "created_at": "2026-12-01T14:55:11.854037+00:00", "id": 7}', 'b1a84a51e18aa86d5e198ab98696d4cdf4f6e9349f6f16a22548cc5eb47950e2', '48ac503977c4eb44718fb83e51da0fa6709f27ab3056a1976ab5adbce8b545a7');
INSERT INTO public.journal VALUES (26, '2026-12-01 14:55:11.860165+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'person', 8, NULL, 'null', '{"name": "\u6797\u9759", "title": "\u529e\u516c\u5ba4\u5de5\u4f5c\u4eba\u5458", "unit_id": 3, "role": "\u529e\u516c\u5ba4", "phone": "", "email": "", "created_at": "2026-12-01T14:55:11.858025+00:00", "id": 8}', '48ac503977c4eb44718fb83e51da0fa6709f27ab3056a1976ab5adbce8b545a7', 'b074fc231253d9782a0dab144f8eb0ca806bf8dad30add64293a6602e3965816');
INSERT INTO public.journal VALUES (27, '2026-12-01 14:55:11.866546+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'person', 9, NULL, 'null', '{"name": "\u90ed\u6d9b", "title": "\u6cd5\u89c4\u80a1\u80a1\u957f", "unit_id": 4, "role": "\u8054\u7edc\u5458", "phone": "0372-5101004", "email": "czj@shifan.example.cn", "created_at": "2026-12-01T14:55:11.863826+00:00", "id": 9}', 'b074fc231253d9782a0dab144f8eb0ca806bf8dad30add64293a6602e3965816', '3f0d2a6112ac3b96bc976ed598b57a54df1e9902e749a749b30035092d5ad497');
INSERT INTO public.journal VALUES (28, '2026-12-01 14:55:11.870207+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'person', 10, NULL, 'null', '{"name": "\u4f55\u82b3", "title": "\u6cd5\u89c4\u80a1\u80a1\u957f", "unit_id": 5, "role": "\u8054\u7edc\u5458", "phone": "0372-5101005", "email": "rsj@shifan.example.cn", "created_at": "2026-12-01T14:55:11.868470+00:00", "id": 10}', '3f0d2a6112ac3b96bc976ed598b57a54df1e9902e749a749b30035092d5ad497', 'b89147f9999dead06dc22de14a7b7fab0c7dd42d9f20c82f239f509436d3e4e9');
INSERT INTO public.journal VALUES (29, '2026-12-01 14:55:11.873934+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'person', 11, NULL, 'null', '{"name": "\u9ad8\u8fdc", "title": "\u6cd5\u89c4\u80a1\u80a1\u957f", "unit_id": 6, "role": "\u8054\u7edc\u5458", "phone": "0372-5101006", "email": "zrzyj@shifan.example.cn", "created_at": "2026-12-01T14:55:11.871992+00:00", "id": 11}', 'b89147f9999dead06dc22de14a7b7fab0c7dd42d9f20c82f239f509436d3e4e9', 'c698cb8bd13f4f5a21f9585f0f4f6fe924a51f25e473857d08f0caf6fcfde4f5');
INSERT INTO public.journal VALUES (30, '2026-12-01 14:55:11.876983+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'person', 12, NULL, 'null', '{"name": "\u7f57\u658c", "title": "\u6cd5\u89c4\u80a1\u80a1\u957f", "unit_id": 7, "role": "\u8054\u7edc\u5458", "phone": "0372-5101007", "email": "zjj@shifan.example.cn", "created_at": "2026-12-01T14:55:11.875406+00:00", "id": 12}', 'c698cb8bd13f4f5a21f9585f0f4f6fe924a51f25e473857d08f0caf6fcfde4f5', '9c8a3646fb842c15b702ecf4af261d65549b64271beef56e270e6b869e7d737f');
INSERT INTO public.journal VALUES (31, '2026-12-01 14:55:11.880801+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'person', 13, NULL, 'null', '{"name": "\u6881\u7ea2", "title": "\u6cd5\u5236\u80a1\u80a1\u957f", "unit_id": 8, "role": "\u8054\u7edc\u5458", "phone": "0372-5101008", "email": "swj@shifan.example.cn", "created_at": "2026-12-01T14:55:11.878588+00:00", "id": 13}', '9c8a3646fb842c15b702ecf4af261d65549b64271beef56e270e6b869e7d737f', '5e5f0b6fb7a056fed0965240d34ceb1b7d4d6e81f64d1e3e55a2601a64b0323f');
INSERT INTO public.journal VALUES (32, '2026-12-01 14:55:11.88542+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'person', 14, NULL, 'null', '{"name": "\u5b8b\u4f73", "title": "\u6cd5\u89c4\u80a1\u80a1\u957f", "unit_id": 9, "role": "\u8054\u7edc\u5458", "phone": "0372-5101009", "email": "scjgj@shifan.example.cn", "created_at": "2026-12-01T14:55:11.883115+00:00", "id": 14}', '5e5f0b6fb7a056fed0965240d34ceb1b7d4d6e81f64d1e3e55a2601a64b0323f', '1afd9ddb39f113991accecdf0ccf169608b891a0b3d3061f4cb273c856359922');
INSERT INTO public.journal VALUES (33, '2026-12-01 14:55:11.88886+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'person', 15, NULL, 'null', '{"name": "\u5510\u4eae", "title": "\u526f\u5c40\u957f", "unit_id": 10, "role": "\u8054\u7edc\u5458", "phone": "0372-5101010", "email": "xfj@shifan.example.cn", "created_at": "2026-12-01T14:55:11.887289+00:00", "id": 15}', '1afd9ddb39f113991accecdf0ccf169608b891a0b3d3061f4cb273c856359922', '0362af3c2bdb115bf4924471ca50a426133bc21dbcebb89a715bc002456cd6f3');
INSERT INTO public.journal VALUES (34, '2026-12-01 14:55:11.891433+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'person', 16, NULL, 'null', '{"name": "\u97e9\u51b0", "title": "\u6cd5\u5236\u5927\u961f\u5927\u961f\u957f", "unit_id": 11, "role": "\u8054\u7edc\u5458", "phone": "0372-5101011", "email": "gaj@shifan.example.cn", "created_at": "2026-12-01T14:55:11.890186+00:00", "id": 16}', '0362af3c2bdb115bf4924471ca50a426133bc21dbcebb89a715bc002456cd6f3', 'cc8736759c2f8cd7630676fc1dd2fb345b99d0daccb2cc9a3be722707a3c2d8b');
INSERT INTO public.journal VALUES (35, '2026-12-01 14:55:11.894074+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'person', 17, NULL, 'null', '{"name": "\u51af\u96ea", "title": "\u6cd5\u89c4\u80a1\u80a1\u957f", "unit_id": 12, "role": "\u8054\u7edc\u5458", "phone": "0372-5101012", "email": "sthj@shifan.example.cn", "created_at": "2026-12-01T14:55:11.892634+00:00", "id": 17}', 'cc8736759c2f8cd7630676fc1dd2fb345b99d0daccb2cc9a3be722707a3c2d8b', 'a7e6dc82670ed9c30669ef9aa52712a150c8033b451b4a71faaa0b37d813f0eb');
INSERT INTO public.journal VALUES (36, '2026-12-01 14:55:11.897357+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'person', 18, NULL, 'null', '{"name": "\u9093\u51ef", "title": "\u6cd5\u89c4\u80a1\u80a1\u957f", "unit_id": 13, "role": "\u8054\u7edc\u5458", "phone": "0372-5101013", "email": "cgj@shifan.example.cn", "created_at": "2026-12-01T14:55:11.895628+00:00", "id": 18}', 'a7e6dc82670ed9c30669ef9aa52712a150c8033b451b4a71faaa0b37d813f0eb', 'e97f1d387eccc1bcfa20c2f9b73d5df4accaf351b85a74def1f4f72beb8da529');
INSERT INTO public.journal VALUES (37, '2026-12-01 14:55:11.900941+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'person', 19, NULL, 'null', '{"name": "\u8bb8\u6587", "title": "\u884c\u653f\u5ba1\u5224\u5ead\u5ead\u957f", "unit_id": 14, "role": "\u8054\u7edc\u5458", "phone": "0372-5101014", "email": "fy@shifan.example.cn", "created_at": "2026-12-01T14:55:11.899142+00:00", "id": 19}', 'e97f1d387eccc1bcfa20c2f9b73d5df4accaf351b85a74def1f4f72beb8da529', '3fd53556c14bac808a28c407d36ab6fbad437937a6d1fd7bc944141444c7c9e8');
INSERT INTO public.journal VALUES (38, '2026-12-01 14:55:11.904241+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'person', 20, NULL, 'null', '{"name": "\u66f9\u9633", "title": "\u884c\u653f\u68c0\u5bdf\u90e8\u4e3b\u4efb", "unit_id": 15, "role": "\u8054\u7edc\u5458", "phone": "0372-5101015", "email": "jcy@shifan.example.cn", "created_at": "2026-12-01T14:55:11.902772+00:00", "id": 20}', '3fd53556c14bac808a28c407d36ab6fbad437937a6d1fd7bc944141444c7c9e8', '165b5f277518c6fb93a7fc5bb5d5011f414f5b5e8e8bda13df09555e2365a48a');
INSERT INTO public.journal VALUES (39, '2026-12-01 14:55:11.906854+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'person', 21, NULL, 'null', '{"name": "\u5f6d\u7a0b", "title": "\u53f8\u6cd5\u6240\u6240\u957f", "unit_id": 16, "role": "\u8054\u7edc\u5458", "phone": "0372-5101016", "email": "cgz@shifan.example.cn", "created_at": "2026-12-01T14:55:11.905557+00:00", "id": 21}', '165b5f277518c6fb93a7fc5bb5d5011f414f5b5e8e8bda13df09555e2365a48a', 'ac25e1c10c571ff35bdbc441651decdd93e27a41e76902b392e4e412521fb3a6');
INSERT INTO public.journal VALUES (40, '2026-12-01 14:55:11.909778+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'person', 22, NULL, 'null', '{"name": "\u8881\u5a9b", "title": "\u53f8\u6cd5\u6240\u6240\u957f", "unit_id": 17, "role": "\u8054\u7edc\u5458", "phone": "0372-5101017", "email": "dcjd@shifan.example.cn", "created_at": "2026-12-01T14:55:11.908192+00:00", "id": 22}', 'ac25e1c10c571ff35bdbc441651decdd93e27a41e76902b392e4e412521fb3a6', '5d55cc3ea7fec71f3a3fa9de7e1fd284d7c36b5fa5fa4c64be6b202c024aaded');
INSERT INTO public.journal VALUES (41, '2026-12-01 14:55:11.960497+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'case', 1, 1, 'null', '{"category": "\u884c\u653f\u8bc9\u8bbc", "case_no": "\uff082024\uff09\u8c6b0591\u884c\u521d15\u53f7", "no_kind": "\u6848\u53f7", "year": 2024, "court_code": "\u8c6b0591", "court_level": "\u57fa\u5c42", "type_code": "\u884c\u521d", "type_name": "\u884c\u653f\u4e00\u5ba1\u6848\u4ef6", "case_family": "\u884c\u653f", "instance": "\u4e00\u5ba1", "field": "\u571f\u5730\u5f81\u6536", "unit_id": 6, "court": "", "received_on": "2024-03-15", "filed_on": "2024-03-15", "status": "\u5728\u529e", "claimed_fen": null, "group_size": null, "risk_level": "", "summary": "\u4e0d\u670d\u5f81\u6536\u8865\u507f\u51b3\u5b9a", "created_at": "2026-12-01T14:55:11.955719+00:00", "updated_at": "2026-12-01T14:55:11.955719+00:00", "id": 1, "heard_on": null, "closed_on": null, "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "recovered_fen": null, "resolved": null}', '5d55cc3ea7fec71f3a3fa9de7e1fd284d7c36b5fa5fa4c64be6b202c024aaded', '58c1f884e4e69cd8954bdd583011c372e29543fad1692e4cabc9e57dd9f9464d');
INSERT INTO public.journal VALUES (42, '2026-12-01 14:55:11.964945+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'party', 1, NULL, 'null', '{"name": "\u5f20\u4e09", "kind": "\u81ea\u7136\u4eba", "id_kind": "\u8eab\u4efd\u8bc1", "created_at": "2026-12-01T14:55:11.962824+00:00", "id": 1, "id_number": "410502********1232"}', '58c1f884e4e69cd8954bdd583011c372e29543fad1692e4cabc9e57dd9f9464d', '77757f6b21a6302581ca52b267ea48945c07e8329086b67dfafefd96b6178b34');
INSERT INTO public.journal VALUES (43, '2026-12-01 14:55:11.970566+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'case_party', 1, 1, 'null', '{"party": "\u5f20\u4e09", "role": "\u539f\u544a"}', '77757f6b21a6302581ca52b267ea48945c07e8329086b67dfafefd96b6178b34', '92f0d7d82927023e029e5f753565c0dc63be6dcc8d9a506d1c47050af9b9b707');
INSERT INTO public.journal VALUES (44, '2026-12-01 14:55:11.973957+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'party', 2, NULL, 'null', '{"name": "\u793a\u8303\u53bf\u5efa\u5de5\u96c6\u56e2", "kind": "\u6cd5\u4eba\u6216\u5176\u4ed6\u7ec4\u7ec7", "id_kind": "\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801", "created_at": "2026-12-01T14:55:11.972228+00:00", "id": 2, "id_number": "91340503MA2N0001XG"}', '92f0d7d82927023e029e5f753565c0dc63be6dcc8d9a506d1c47050af9b9b707', '09d3db7d1f569feb2bfc93c01b8e0a0047b9036ecee5af4524a574915e6871a2');
INSERT INTO public.journal VALUES (45, '2026-12-01 14:55:11.977003+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'case_party', 2, 1, 'null', '{"party": "\u793a\u8303\u53bf\u5efa\u5de5\u96c6\u56e2", "role": "\u539f\u544a"}', '09d3db7d1f569feb2bfc93c01b8e0a0047b9036ecee5af4524a574915e6871a2', '09ad19e77d49a5ea7b65faacdd837cb8f280eadbc7a59553a9f14d337e1fa976');
INSERT INTO public.journal VALUES (46, '2026-12-01 14:55:12.014383+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'case', 2, 2, 'null', '{"category": "\u884c\u653f\u590d\u8bae", "case_no": "\u793a\u653f\u590d\u30142024\u301512\u53f7", "no_kind": "\u81ea\u7f16\u53f7", "field": "", "unit_id": 5, "court": "", "received_on": "2024-04-02", "filed_on": "2024-04-02", "status": "\u5728\u529e", "claimed_fen": null, "group_size": null, "risk_level": "", "summary": "", "created_at": "2026-12-01T14:55:12.011198+00:00", "updated_at": "2026-12-01T14:55:12.011198+00:00", "id": 2, "year": null, "court_code": null, "court_level": null, "type_code": null, "type_name": null, "case_family": null, "instance": null, "heard_on": null, "closed_on": null, "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "recovered_fen": null, "resolved": null}', '09ad19e77d49a5ea7b65faacdd837cb8f280eadbc7a59553a9f14d337e1fa976', 'a0393914bd8c685721a142a187887c9a2a348bf5262992c144fe942547706069');
INSERT INTO public.journal VALUES (47, '2026-12-01 14:55:12.018863+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'party', 3, NULL, 'null', '{"name": "\u674e\u56db", "kind": "\u81ea\u7136\u4eba", "id_kind": "", "created_at": "2026-12-01T14:55:12.017105+00:00", "id": 3, "id_number": null}', 'a0393914bd8c685721a142a187887c9a2a348bf5262992c144fe942547706069', '3b71803eff09b49edb2b3ea67f92c5e96593a2042a69b6a83a1e51ed9b5e2460');
INSERT INTO public.journal VALUES (48, '2026-12-01 14:55:12.022095+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'case_party', 3, 2, 'null', '{"party": "\u674e\u56db", "role": "\u7533\u8bf7\u4eba"}', '3b71803eff09b49edb2b3ea67f92c5e96593a2042a69b6a83a1e51ed9b5e2460', 'e91339d6a92494a549f8bc2397926cf5c9f0549e7e974c23c57ea687f518c430');
INSERT INTO public.journal VALUES (49, '2026-12-01 14:55:12.052074+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'case_event', 1, 1, 'null', '{"case_id": 1, "kind": "\u5f00\u5ead", "occurred_on": "2024-05-20", "note": "", "created_at": "2026-12-01T14:55:12.047940+00:00", "id": 1}', 'e91339d6a92494a549f8bc2397926cf5c9f0549e7e974c23c57ea687f518c430', 'f546ac97687889a0b13b7052297dedd8e41d94ee4e47570d63e9b250aa5530cb');
INSERT INTO public.journal VALUES (50, '2026-12-01 14:55:12.055856+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'update', 'case', 1, 1, '{"category": "\u884c\u653f\u8bc9\u8bbc", "case_family": "\u884c\u653f", "closed_on": null, "risk_level": "", "summary": "\u4e0d\u670d\u5f81\u6536\u8865\u507f\u51b3\u5b9a", "case_no": "\uff082024\uff09\u8c6b0591\u884c\u521d15\u53f7", "instance": "\u4e00\u5ba1", "status": "\u5728\u529e", "heard": null, "created_at": "2026-12-01T14:55:11.955719+00:00", "no_kind": "\u6848\u53f7", "field": "\u571f\u5730\u5f81\u6536", "outcome": null, "head_appeared": null, "updated_at": "2026-12-01T14:55:11.955719+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_rank": null, "court_code": "\u8c6b0591", "court": "", "is_correction": false, "claimed_fen": null, "court_level": "\u57fa\u5c42", "received_on": "2024-03-15", "is_judgment": false, "recovered_fen": null, "id": 1, "type_code": "\u884c\u521d", "filed_on": "2024-03-15", "is_settled": false, "resolved": null, "type_name": "\u884c\u653f\u4e00\u5ba1\u6848\u4ef6", "heard_on": null, "is_withdrawn": false, "group_size": null}', '{"category": "\u884c\u653f\u8bc9\u8bbc", "case_family": "\u884c\u653f", "closed_on": null, "risk_level": "", "summary": "\u4e0d\u670d\u5f81\u6536\u8865\u507f\u51b3\u5b9a", "case_no": "\uff082024\uff09\u8c6b0591\u884c\u521d15\u53f7", "instance": "\u4e00\u5ba1", "status": "\u5728\u529e", "heard": true, "created_at": "2026-12-01T14:55:11.955719+00:00", "no_kind": "\u6848\u53f7", "field": "\u571f\u5730\u5f81\u6536", "outcome": null, "head_appeared": null, "updated_at": "2026-12-01T14:55:12.053275+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_rank": null, "court_code": "\u8c6b0591", "court": "", "is_correction": false, "claimed_fen": null, "court_level": "\u57fa\u5c42", "received_on": "2024-03-15", "is_judgment": false, "recovered_fen": null, "id": 1, "type_code": "\u884c\u521d", "filed_on": "2024-03-15", "is_settled": false, "resolved": null, "type_name": "\u884c\u653f\u4e00\u5ba1\u6848\u4ef6", "heard_on": "2024-05-20", "is_withdrawn": false, "group_size": null}', 'f546ac97687889a0b13b7052297dedd8e41d94ee4e47570d63e9b250aa5530cb', '7afb3f87ac2291d18c829483f8504a2d1c090c52417280f391c16fd961de2b3a');
INSERT INTO public.journal VALUES (51, '2026-12-01 14:55:12.084572+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'update', 'case', 1, 1, '{"category": "\u884c\u653f\u8bc9\u8bbc", "case_family": "\u884c\u653f", "closed_on": null, "risk_level": "", "summary": "\u4e0d\u670d\u5f81\u6536\u8865\u507f\u51b3\u5b9a", "case_no": "\uff082024\uff09\u8c6b0591\u884c\u521d15\u53f7", "instance": "\u4e00\u5ba1", "status": "\u5728\u529e", "heard": true, "created_at": "2026-12-01T14:55:11.955719+00:00", "no_kind": "\u6848\u53f7", "field": "\u571f\u5730\u5f81\u6536", "outcome": null, "head_appeared": null, "updated_at": "2026-12-01T14:55:12.053275+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_rank": null, "court_code": "\u8c6b0591", "court": "", "is_correction": false, "claimed_fen": null, "court_level": "\u57fa\u5c42", "received_on": "2024-03-15", "is_judgment": false, "recovered_fen": null, "id": 1, "type_code": "\u884c\u521d", "filed_on": "2024-03-15", "is_settled": false, "resolved": null, "type_name": "\u884c\u653f\u4e00\u5ba1\u6848\u4ef6", "heard_on": "2024-05-20", "is_withdrawn": false, "group_size": null}', '{"category": "\u884c\u653f\u8bc9\u8bbc", "case_family": "\u884c\u653f", "closed_on": "2024-06-28", "risk_level": "", "summary": "\u4e0d\u670d\u5f81\u6536\u8865\u507f\u51b3\u5b9a", "case_no": "\uff082024\uff09\u8c6b0591\u884c\u521d15\u53f7", "instance": "\u4e00\u5ba1", "status": "\u5df2\u7ed3", "heard": true, "created_at": "2026-12-01T14:55:11.955719+00:00", "no_kind": "\u6848\u53f7", "field": "\u571f\u5730\u5f81\u6536", "outcome": "\u9a73\u56de\u8bc9\u8bbc\u8bf7\u6c42", "head_appeared": null, "updated_at": "2026-12-01T14:55:12.081186+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_rank": null, "court_code": "\u8c6b0591", "court": "", "is_correction": false, "claimed_fen": null, "court_level": "\u57fa\u5c42", "received_on": "2024-03-15", "is_judgment": true, "recovered_fen": null, "id": 1, "type_code": "\u884c\u521d", "filed_on": "2024-03-15", "is_settled": false, "resolved": null, "type_name": "\u884c\u653f\u4e00\u5ba1\u6848\u4ef6", "heard_on": "2024-05-20", "is_withdrawn": false, "group_size": null}', '7afb3f87ac2291d18c829483f8504a2d1c090c52417280f391c16fd961de2b3a', '153ba6cfdbd0f9c8bf3a20c9f4c7c98fe11c2c4536386b85d7ee92b706c1a098');
INSERT INTO public.journal VALUES (52, '2026-12-01 14:55:12.111338+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'update', 'case', 2, 2, '{"category": "\u884c\u653f\u590d\u8bae", "case_family": null, "closed_on": null, "risk_level": "", "summary": "", "case_no": "\u793a\u653f\u590d\u30142024\u301512\u53f7", "instance": null, "status": "\u5728\u529e", "heard": null, "created_at": "2026-12-01T14:55:12.011198+00:00", "no_kind": "\u81ea\u7f16\u53f7", "field": "", "outcome": null, "head_appeared": null, "updated_at": "2026-12-01T14:55:12.011198+00:00", "year": null, "unit_id": 5, "is_loss": false, "head_rank": null, "court_code": null, "court": "", "is_correction": false, "claimed_fen": null, "court_level": null, "received_on": "2024-04-02", "is_judgment": false, "recovered_fen": null, "id": 2, "type_code": null, "filed_on": "2024-04-02", "is_settled": false, "resolved": null, "type_name": null, "heard_on": null, "is_withdrawn": false, "group_size": null}', '{"category": "\u884c\u653f\u590d\u8bae", "case_family": null, "closed_on": "2024-06-01", "risk_level": "", "summary": "", "case_no": "\u793a\u653f\u590d\u30142024\u301512\u53f7", "instance": null, "status": "\u5df2\u7ed3", "heard": null, "created_at": "2026-12-01T14:55:12.011198+00:00", "no_kind": "\u81ea\u7f16\u53f7", "field": "", "outcome": "\u64a4\u9500", "head_appeared": null, "updated_at": "2026-12-01T14:55:12.107782+00:00", "year": null, "unit_id": 5, "is_loss": false, "head_rank": null, "court_code": null, "court": "", "is_correction": true, "claimed_fen": null, "court_level": null, "received_on": "2024-04-02", "is_judgment": true, "recovered_fen": null, "id": 2, "type_code": null, "filed_on": "2024-04-02", "is_settled": false, "resolved": null, "type_name": null, "heard_on": null, "is_withdrawn": false, "group_size": null}', '153ba6cfdbd0f9c8bf3a20c9f4c7c98fe11c2c4536386b85d7ee92b706c1a098', 'd3c29f4ed165f6d4c5486999f1f585624b703eb4810e43d3529b28ad426f7056');
INSERT INTO public.journal VALUES (53, '2026-12-01 14:55:12.164004+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'meeting', 1, NULL, 'null', '{"year": 2024, "issue_no": 1, "kind": "\u8054\u5e2d\u4f1a\u8bae", "held_on": "2024-06-20", "place": "", "chair": "\u738b\u53bf\u957f", "topics": "\u5f81\u6536\u8865\u507f\u4e89\u8bae\u5316\u89e3", "opening": "", "created_at": "2026-12-01T14:55:12.159409+00:00", "id": 1}', 'd3c29f4ed165f6d4c5486999f1f585624b703eb4810e43d3529b28ad426f7056', '49d0ee603bd1d404b6d112c484affda73497d3549429b3671ca0727450005ac8');
INSERT INTO public.journal VALUES (54, '2026-12-01 14:55:12.208416+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'task', 1, NULL, 'null', '{"source": "\u8bae\u5b9a\u4e8b\u9879", "content": "\u5efa\u7acb\u5f81\u6536\u8865\u507f\u4e89\u8bae\u4f1a\u5546\u673a\u5236", "lead_unit_id": 6, "leader": "", "due_on": "2024-09-30", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": 1, "decision_no": 1, "suggestion_id": null, "list_no": "", "note": "", "created_at": "2026-12-01T14:55:12.200808+00:00", "updated_at": "2026-12-01T14:55:12.200808+00:00", "id": 1, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": ["\u793a\u8303\u53bf\u53f8\u6cd5\u5c40"]}', '49d0ee603bd1d404b6d112c484affda73497d3549429b3671ca0727450005ac8', 'f7165a048b87290240363439b972528656fd02fde7798bbb791f5db3cf7ebc4d');
INSERT INTO public.journal VALUES (55, '2026-12-01 14:55:12.247977+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'task', 2, NULL, 'null', '{"source": "\u53cc\u6e05\u5355", "content": "\u6e05\u7406\u884c\u653f\u534f\u8bae\u5c65\u7ea6\u60c5\u51b5", "lead_unit_id": 5, "leader": "", "due_on": "2024-08-31", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "", "note": "", "created_at": "2026-12-01T14:55:12.242265+00:00", "updated_at": "2026-12-01T14:55:12.242265+00:00", "id": 2, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": []}', 'f7165a048b87290240363439b972528656fd02fde7798bbb791f5db3cf7ebc4d', '2169d276cd509e5d2bba3f013ed2351b98fb0e77640e9aafddad1fafdc83d580');
INSERT INTO public.journal VALUES (56, '2026-12-01 14:55:12.281519+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'task_progress', 1, NULL, 'null', '{"task_id": 1, "reported_on": "2024-10-15", "note": "\u5df2\u53ec\u5f00\u4e13\u9898\u4f1a", "author": "", "created_at": "2026-12-01T14:55:12.277311+00:00", "id": 1}', '2169d276cd509e5d2bba3f013ed2351b98fb0e77640e9aafddad1fafdc83d580', '0b72f58f611ad5fe1c3f374e6c548fd10e6b255f32bce0dc046768d2c5ca90ef');
INSERT INTO public.journal VALUES (57, '2026-12-01 14:55:12.322337+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'suggestion', 1, NULL, 'null', '{"kind": "\u53f8\u6cd5\u5efa\u8bae", "doc_no": "\u793a\u6cd5\u5efa\u30142024\u30153\u53f7", "issuer": "\u793a\u8303\u53bf\u4eba\u6c11\u6cd5\u9662", "unit_id": 6, "received_on": "2024-05-06", "reply_due": "2024-07-08", "reply_due_rule": "2\u4e2a\u6708", "reply_due_provisional": false, "summary": "\u89c4\u8303\u5f81\u6536\u8865\u507f\u7a0b\u5e8f", "created_at": "2026-12-01T14:55:12.316147+00:00", "id": 1, "replied_on": null, "reply_summary": "", "adopted": null, "verified_on": null, "cases": []}', '0b72f58f611ad5fe1c3f374e6c548fd10e6b255f32bce0dc046768d2c5ca90ef', '1e137fee693293c27519002318fa6dda1241ebfa22f22f0ee17767ebcda7b55a');
INSERT INTO public.journal VALUES (58, '2026-12-01 14:55:12.392294+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'notice', 1, NULL, 'null', '{"stage": "\u50ac\u529e", "unit_id": 6, "issued_on": "2024-10-15", "year": null, "number": null, "reply_due": null, "created_at": "2026-12-01T14:55:12.386345+00:00", "id": 1, "acknowledged_on": null, "tasks": [1], "suggestions": []}', '1e137fee693293c27519002318fa6dda1241ebfa22f22f0ee17767ebcda7b55a', '6b0335b477f6b23c517f188801f684e13ad203a85eb418c2f95301bd1fcf0c3c');
INSERT INTO public.journal VALUES (59, '2026-12-01 14:55:12.397915+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'notice', 2, NULL, 'null', '{"stage": "\u7763\u529e", "unit_id": 6, "issued_on": "2024-10-15", "year": 2024, "number": 1, "reply_due": "2024-10-22", "created_at": "2026-12-01T14:55:12.386345+00:00", "id": 2, "acknowledged_on": null, "tasks": [], "suggestions": ["\u793a\u6cd5\u5efa\u30142024\u30153\u53f7"]}', '6b0335b477f6b23c517f188801f684e13ad203a85eb418c2f95301bd1fcf0c3c', 'a73aeec467e89a698a1906515837e8b7a97b3a4902f263e03e19abd0ad219a33');
INSERT INTO public.journal VALUES (60, '2026-12-01 14:55:12.405517+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_c', 'insert', 'notice', 3, NULL, 'null', '{"stage": "\u7763\u529e", "unit_id": 5, "issued_on": "2024-10-15", "year": 2024, "number": 2, "reply_due": "2024-10-22", "created_at": "2026-12-01T14:55:12.386345+00:00", "id": 3, "acknowledged_on": null, "tasks": [2], "suggestions": []}', 'a73aeec467e89a698a1906515837e8b7a97b3a4902f263e03e19abd0ad219a33', '04fe4cbbd32893ba35aecb5608068cad0cbd3ddaee107d758317642cbad6dd31');


--
-- Data for Name: meeting; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.meeting VALUES (1, 2024, 1, '联席会议', '2024-06-20', '', '王县长', '征收补偿争议化解', '', '2026-12-01 14:55:12.159409+00');


--
-- Data for Name: notice; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notice VALUES (1, '催办', 6, '2024-10-15', NULL, NULL, NULL, NULL, '2026-12-01 14:55:12.386345+00');
INSERT INTO public.notice VALUES (2, '督办', 6, '2024-10-15', 2024, 1, '2024-10-22', NULL, '2026-12-01 14:55:12.386345+00');
INSERT INTO public.notice VALUES (3, '督办', 5, '2024-10-15', 2024, 2, '2024-10-22', NULL, '2026-12-01 14:55:12.386345+00');


--
-- Data for Name: notice_item; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notice_item VALUES (1, 1, '催办', 1, NULL, 7);
INSERT INTO public.notice_item VALUES (2, 2, '督办', NULL, 1, 67);
INSERT INTO public.notice_item VALUES (3, 3, '督办', 2, NULL, 28);


--
-- Data for Name: office; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.office VALUES (1, '示范县府院联动联席会议办公室', '示范县', '示范县府院联动联席会议', '2026-12-01 14:55:11.745319+00');


--
-- Data for Name: party; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.party VALUES (1, '张三', '自然人', '身份证', '410502198510151232', '2026-12-01 14:55:11.962824+00');
INSERT INTO public.party VALUES (2, '示范县建工集团', '法人或其他组织', '统一社会信用代码', '91340503MA2N0001XG', '2026-12-01 14:55:11.972228+00');
INSERT INTO public.party VALUES (3, '李四', '自然人', '', NULL, '2026-12-01 14:55:12.017105+00');


--
-- Data for Name: person; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.person VALUES (1, '王建国', '县长', NULL, '召集人', '', '', '2026-12-01 14:55:11.828687+00');
INSERT INTO public.person VALUES (2, '刘清华', '常务副县长', NULL, '副召集人', '', '', '2026-12-01 14:55:11.835554+00');
INSERT INTO public.person VALUES (3, '赵立新', '县人民法院院长', NULL, '副召集人', '', '', '2026-12-01 14:55:11.838068+00');
INSERT INTO public.person VALUES (4, '陈晓燕', '副主任', 1, '联络员', '0372-5101001', 'zfb@shifan.example.cn', '2026-12-01 14:55:11.842092+00');
INSERT INTO public.person VALUES (5, '马俊', '科长', 2, '联络员', '0372-5101002', 'fgw@shifan.example.cn', '2026-12-01 14:55:11.846375+00');
INSERT INTO public.person VALUES (6, '孙丽', '行政复议股股长', 3, '联络员', '0372-5101003', 'sfj@shifan.example.cn', '2026-12-01 14:55:11.850567+00');
INSERT INTO public.person VALUES (7, '周明', '局长', 3, '成员', '', '', '2026-12-01 14:55:11.854037+00');
INSERT INTO public.person VALUES (8, '林静', '办公室工作人员', 3, '办公室', '', '', '2026-12-01 14:55:11.858025+00');
INSERT INTO public.person VALUES (9, '郭涛', '法规股股长', 4, '联络员', '0372-5101004', 'czj@shifan.example.cn', '2026-12-01 14:55:11.863826+00');
INSERT INTO public.person VALUES (10, '何芳', '法规股股长', 5, '联络员', '0372-5101005', 'rsj@shifan.example.cn', '2026-12-01 14:55:11.86847+00');
INSERT INTO public.person VALUES (11, '高远', '法规股股长', 6, '联络员', '0372-5101006', 'zrzyj@shifan.example.cn', '2026-12-01 14:55:11.871992+00');
INSERT INTO public.person VALUES (12, '罗斌', '法规股股长', 7, '联络员', '0372-5101007', 'zjj@shifan.example.cn', '2026-12-01 14:55:11.875406+00');
INSERT INTO public.person VALUES (13, '梁红', '法制股股长', 8, '联络员', '0372-5101008', 'swj@shifan.example.cn', '2026-12-01 14:55:11.878588+00');
INSERT INTO public.person VALUES (14, '宋佳', '法规股股长', 9, '联络员', '0372-5101009', 'scjgj@shifan.example.cn', '2026-12-01 14:55:11.883115+00');
INSERT INTO public.person VALUES (15, '唐亮', '副局长', 10, '联络员', '0372-5101010', 'xfj@shifan.example.cn', '2026-12-01 14:55:11.887289+00');
INSERT INTO public.person VALUES (16, '韩冰', '法制大队大队长', 11, '联络员', '0372-5101011', 'gaj@shifan.example.cn', '2026-12-01 14:55:11.890186+00');
INSERT INTO public.person VALUES (17, '冯雪', '法规股股长', 12, '联络员', '0372-5101012', 'sthj@shifan.example.cn', '2026-12-01 14:55:11.892634+00');
INSERT INTO public.person VALUES (18, '邓凯', '法规股股长', 13, '联络员', '0372-5101013', 'cgj@shifan.example.cn', '2026-12-01 14:55:11.895628+00');
INSERT INTO public.person VALUES (19, '许文', '行政审判庭庭长', 14, '联络员', '0372-5101014', 'fy@shifan.example.cn', '2026-12-01 14:55:11.899142+00');
INSERT INTO public.person VALUES (20, '曹阳', '行政检察部主任', 15, '联络员', '0372-5101015', 'jcy@shifan.example.cn', '2026-12-01 14:55:11.902772+00');
INSERT INTO public.person VALUES (21, '彭程', '司法所所长', 16, '联络员', '0372-5101016', 'cgz@shifan.example.cn', '2026-12-01 14:55:11.905557+00');
INSERT INTO public.person VALUES (22, '袁媛', '司法所所长', 17, '联络员', '0372-5101017', 'dcjd@shifan.example.cn', '2026-12-01 14:55:11.908192+00');


--
-- Data for Name: report_snapshot; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: suggestion; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.suggestion VALUES (1, '司法建议', '示法建〔2024〕3号', '示范县人民法院', 6, '2024-05-06', '2024-07-08', '2个月', false, NULL, '', NULL, NULL, '规范征收补偿程序', '2026-12-01 14:55:12.316147+00');


--
-- Data for Name: suggestion_case; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: task; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task VALUES (1, '议定事项', '建立征收补偿争议会商机制', 6, '', '2024-09-30', '', NULL, false, 1, 1, NULL, '', '', NULL, NULL, '', '2026-12-01 14:55:12.200808+00', '2026-12-01 14:55:12.200808+00');
INSERT INTO public.task VALUES (2, '双清单', '清理行政协议履约情况', 5, '', '2024-08-31', '', NULL, false, NULL, NULL, NULL, '', '', NULL, NULL, '', '2026-12-01 14:55:12.242265+00', '2026-12-01 14:55:12.242265+00');


--
-- Data for Name: task_co_unit; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task_co_unit VALUES (1, 1, 3);


--
-- Data for Name: task_progress; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task_progress VALUES (1, 1, '2024-10-15', '已召开专题会', '', '2026-12-01 14:55:12.277311+00');


--
-- Data for Name: unit; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.unit VALUES (1, '示范县人民政府办公室', '县政府办', '政府部门', '示范县', true, '陈晓燕', '0372-5101001', 'zfb@shifan.example.cn', '', '2026-12-01 14:55:11.758003+00', '2026-12-01 14:55:11.758003+00');
INSERT INTO public.unit VALUES (2, '示范县发展和改革委员会', '县发改委', '政府部门', '示范县', true, '马俊', '0372-5101002', 'fgw@shifan.example.cn', '', '2026-12-01 14:55:11.764378+00', '2026-12-01 14:55:11.764378+00');
INSERT INTO public.unit VALUES (3, '示范县司法局', '县司法局', '政府部门', '示范县', true, '孙丽', '0372-5101003', 'sfj@shifan.example.cn', '联席会议办公室设在县司法局', '2026-12-01 14:55:11.769657+00', '2026-12-01 14:55:11.769657+00');
INSERT INTO public.unit VALUES (4, '示范县财政局', '县财政局', '政府部门', '示范县', true, '郭涛', '0372-5101004', 'czj@shifan.example.cn', '', '2026-12-01 14:55:11.774462+00', '2026-12-01 14:55:11.774462+00');
INSERT INTO public.unit VALUES (5, '示范县人力资源和社会保障局', '县人社局', '政府部门', '示范县', true, '何芳', '0372-5101005', 'rsj@shifan.example.cn', '', '2026-12-01 14:55:11.778582+00', '2026-12-01 14:55:11.778582+00');
INSERT INTO public.unit VALUES (6, '示范县自然资源局', '县自然资源局', '政府部门', '示范县', true, '高远', '0372-5101006', 'zrzyj@shifan.example.cn', '', '2026-12-01 14:55:11.784001+00', '2026-12-01 14:55:11.784001+00');
INSERT INTO public.unit VALUES (7, '示范县住房和城乡建设局', '县住建局', '政府部门', '示范县', true, '罗斌', '0372-5101007', 'zjj@shifan.example.cn', '', '2026-12-01 14:55:11.788688+00', '2026-12-01 14:55:11.788688+00');
INSERT INTO public.unit VALUES (8, '国家税务总局示范县税务局', '县税务局', '政府部门', '示范县', true, '梁红', '0372-5101008', 'swj@shifan.example.cn', '', '2026-12-01 14:55:11.792531+00', '2026-12-01 14:55:11.792531+00');
INSERT INTO public.unit VALUES (9, '示范县市场监督管理局', '县市场监管局', '政府部门', '示范县', true, '宋佳', '0372-5101009', 'scjgj@shifan.example.cn', '', '2026-12-01 14:55:11.796818+00', '2026-12-01 14:55:11.796818+00');
INSERT INTO public.unit VALUES (10, '示范县信访局', '县信访局', '政府部门', '示范县', true, '唐亮', '0372-5101010', 'xfj@shifan.example.cn', '', '2026-12-01 14:55:11.800409+00', '2026-12-01 14:55:11.800409+00');
INSERT INTO public.unit VALUES (11, '示范县公安局', '县公安局', '政府部门', '示范县', true, '韩冰', '0372-5101011', 'gaj@shifan.example.cn', '', '2026-12-01 14:55:11.804007+00', '2026-12-01 14:55:11.804007+00');
INSERT INTO public.unit VALUES (12, '示范县生态环境分局', '县生态环境分局', '政府部门', '示范县', true, '冯雪', '0372-5101012', 'sthj@shifan.example.cn', '', '2026-12-01 14:55:11.808481+00', '2026-12-01 14:55:11.808481+00');
INSERT INTO public.unit VALUES (13, '示范县城市管理局', '县城管局', '政府部门', '示范县', true, '邓凯', '0372-5101013', 'cgj@shifan.example.cn', '', '2026-12-01 14:55:11.812071+00', '2026-12-01 14:55:11.812071+00');
INSERT INTO public.unit VALUES (14, '示范县人民法院', '县法院', '法院', '示范县', true, '许文', '0372-5101014', 'fy@shifan.example.cn', '', '2026-12-01 14:55:11.815452+00', '2026-12-01 14:55:11.815452+00');
INSERT INTO public.unit VALUES (15, '示范县人民检察院', '县检察院', '检察院', '示范县', true, '曹阳', '0372-5101015', 'jcy@shifan.example.cn', '', '2026-12-01 14:55:11.819352+00', '2026-12-01 14:55:11.819352+00');
INSERT INTO public.unit VALUES (16, '示范县城关镇人民政府', '城关镇', '乡镇街道', '示范县', true, '彭程', '0372-5101016', 'cgz@shifan.example.cn', '', '2026-12-01 14:55:11.822761+00', '2026-12-01 14:55:11.822761+00');
INSERT INTO public.unit VALUES (17, '示范县东城街道办事处', '东城街道', '乡镇街道', '示范县', true, '袁媛', '0372-5101017', 'dcjd@shifan.example.cn', '', '2026-12-01 14:55:11.826154+00', '2026-12-01 14:55:11.826154+00');


--
-- Name: attendance_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.attendance_id_seq', 1, false);


--
-- Name: calendar_override_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.calendar_override_id_seq', 1, false);


--
-- Name: case_event_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.case_event_id_seq', 1, true);


--
-- Name: case_party_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.case_party_id_seq', 3, true);


--
-- Name: cases_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.cases_id_seq', 2, true);


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

SELECT pg_catalog.setval('public.journal_id_seq', 60, true);


--
-- Name: meeting_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.meeting_id_seq', 1, true);


--
-- Name: notice_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.notice_id_seq', 3, true);


--
-- Name: notice_item_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.notice_item_id_seq', 3, true);


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
-- Name: calendar_override uq_calendar_override_day; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_override
    ADD CONSTRAINT uq_calendar_override_day UNIQUE (day);


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
-- Name: ix_case_event_case_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_case_event_case_id ON public.case_event USING btree (case_id);


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
-- Name: ix_notice_item_suggestion_stage; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_notice_item_suggestion_stage ON public.notice_item USING btree (suggestion_id, stage);


--
-- Name: ix_notice_item_task_stage; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_notice_item_task_stage ON public.notice_item USING btree (task_id, stage);


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

CREATE INDEX ix_task_unit_due ON public.task USING btree (lead_unit_id, due_on);


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


