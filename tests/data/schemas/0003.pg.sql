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

INSERT INTO public.alembic_version VALUES ('0003');


--
-- Data for Name: attendance; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: calendar_override; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: case_event; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_event VALUES (1, 1, '开庭', '2024-05-20', '', '2026-12-01 15:42:54.044548+00');


--
-- Data for Name: case_link; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_link VALUES (1, 3, 1, '2026-12-01 15:42:55.015033+00');


--
-- Data for Name: case_party; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_party VALUES (1, 1, 1, '原告');
INSERT INTO public.case_party VALUES (2, 1, 2, '原告');
INSERT INTO public.case_party VALUES (3, 2, 3, '申请人');


--
-- Data for Name: cases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cases VALUES (1, '行政诉讼', '（2024）豫0591行初15号', '案号', 2024, '豫0591', '基层', '行初', '行政一审案件', '行政', '一审', '土地征收', 6, '', '2024-03-15', '2024-03-15', '2024-05-20', '2024-06-28', '已结', '驳回诉讼请求', false, false, true, false, false, true, NULL, NULL, NULL, NULL, NULL, NULL, '', '不服征收补偿决定', '2026-12-01 15:42:53.740968+00', '2026-12-01 15:42:54.139398+00');
INSERT INTO public.cases VALUES (2, '行政复议', '示政复〔2024〕12号', '自编号', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', 5, '', '2024-04-02', '2024-04-02', NULL, '2024-06-01', '已结', '撤销', false, true, true, false, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', '', '2026-12-01 15:42:53.901988+00', '2026-12-01 15:42:54.196266+00');
INSERT INTO public.cases VALUES (3, '行政诉讼', '（2024）豫05行终8号', '案号', 2024, '豫05', '中级', '行终', '行政二审案件', '行政', '二审', '', 6, '', '2024-08-01', '2024-08-01', NULL, NULL, '在办', NULL, false, false, false, false, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', '', '2026-12-01 15:42:54.983664+00', '2026-12-01 15:42:54.983664+00');


--
-- Data for Name: db_user_unit; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: delivery; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: journal; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.journal VALUES (1, '2026-12-01 15:42:53.100393+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'office', 1, NULL, 'null', '{"name": "示范县府院联动联席会议办公室", "region": "示范县", "meeting_name": "示范县府院联动联席会议", "created_at": "2026-12-01T15:42:53.077693+00:00", "id": 1}', '0000000000000000000000000000000000000000000000000000000000000000', '3d138413d106e1873a5fa568ae8eacfd05ff0681ebf20f456013f37a8c559a68');
INSERT INTO public.journal VALUES (2, '2026-12-01 15:42:53.135503+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'unit', 1, NULL, 'null', '{"name": "示范县人民政府办公室", "short_name": "县政府办", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "陈晓燕", "liaison_phone": "0372-5101001", "liaison_email": "zfb@shifan.example.cn", "note": "", "created_at": "2026-12-01T15:42:53.120362+00:00", "updated_at": "2026-12-01T15:42:53.120362+00:00", "id": 1}', '3d138413d106e1873a5fa568ae8eacfd05ff0681ebf20f456013f37a8c559a68', '677c3a428dfbfda2dc9bb6112ddb1ab078487accc0dccb3bfe0aaedc5aee576b');
INSERT INTO public.journal VALUES (3, '2026-12-01 15:42:53.156643+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'unit', 2, NULL, 'null', '{"name": "示范县发展和改革委员会", "short_name": "县发改委", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "马俊", "liaison_phone": "0372-5101002", "liaison_email": "fgw@shifan.example.cn", "note": "", "created_at": "2026-12-01T15:42:53.144115+00:00", "updated_at": "2026-12-01T15:42:53.144115+00:00", "id": 2}', '677c3a428dfbfda2dc9bb6112ddb1ab078487accc0dccb3bfe0aaedc5aee576b', '0cbd689c0b6a4b73cfbc02f196c95c4d353a9f467f39be6b6c20fbbaec6df390');
INSERT INTO public.journal VALUES (4, '2026-12-01 15:42:53.172373+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'unit', 3, NULL, 'null', '{"name": "示范县司法局", "short_name": "县司法局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "孙丽", "liaison_phone": "0372-5101003", "liaison_email": "sfj@shifan.example.cn", "note": "联席会议办公室设在县司法局", "created_at": "2026-12-01T15:42:53.170538+00:00", "updated_at": "2026-12-01T15:42:53.170538+00:00", "id": 3}', '0cbd689c0b6a4b73cfbc02f196c95c4d353a9f467f39be6b6c20fbbaec6df390', '47685545a320134e0ee8a286b42350f12f3980dc3a5864f2d08d2a19051f6057');
INSERT INTO public.journal VALUES (5, '2026-12-01 15:42:53.194138+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'unit', 4, NULL, 'null', '{"name": "示范县财政局", "short_name": "县财政局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "郭涛", "liaison_phone": "0372-5101004", "liaison_email": "czj@shifan.example.cn", "note": "", "created_at": "2026-12-01T15:42:53.182515+00:00", "updated_at": "2026-12-01T15:42:53.182515+00:00", "id": 4}', '47685545a320134e0ee8a286b42350f12f3980dc3a5864f2d08d2a19051f6057', 'f93d95ef444e6a7ed69d350d4cc57fdf819c05933bb931502beccf93518d5e3f');
INSERT INTO public.journal VALUES (6, '2026-12-01 15:42:53.210537+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'unit', 5, NULL, 'null', '{"name": "示范县人力资源和社会保障局", "short_name": "县人社局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "何芳", "liaison_phone": "0372-5101005", "liaison_email": "rsj@shifan.example.cn", "note": "", "created_at": "2026-12-01T15:42:53.201034+00:00", "updated_at": "2026-12-01T15:42:53.201034+00:00", "id": 5}', 'f93d95ef444e6a7ed69d350d4cc57fdf819c05933bb931502beccf93518d5e3f', 'b1958b2be8d426dfdf79bd44e58b3e76b8935ae7bb1218e96852eeaa811679ab');
INSERT INTO public.journal VALUES (7, '2026-12-01 15:42:53.22612+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'unit', 6, NULL, 'null', '{"name": "示范县自然资源局", "short_name": "县自然资源局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "高远", "liaison_phone": "0372-5101006", "liaison_email": "zrzyj@shifan.example.cn", "note": "", "created_at": "2026-12-01T15:42:53.217785+00:00", "updated_at": "2026-12-01T15:42:53.217785+00:00", "id": 6}', 'b1958b2be8d426dfdf79bd44e58b3e76b8935ae7bb1218e96852eeaa811679ab', 'ff8267a8d65fa166797b94cc90a0f3c398250b0457acec4e8cc57a0d55982a9e');
INSERT INTO public.journal VALUES (8, '2026-12-01 15:42:53.234168+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'unit', 7, NULL, 'null', '{"name": "示范县住房和城乡建设局", "short_name": "县住建局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "罗斌", "liaison_phone": "0372-5101007", "liaison_email": "zjj@shifan.example.cn", "note": "", "created_at": "2026-12-01T15:42:53.227603+00:00", "updated_at": "2026-12-01T15:42:53.227603+00:00", "id": 7}', 'ff8267a8d65fa166797b94cc90a0f3c398250b0457acec4e8cc57a0d55982a9e', '56569e5ac7a6aae167e9426048434538bb849c779adf55ef38e1dc794f89516d');
INSERT INTO public.journal VALUES (9, '2026-12-01 15:42:53.236424+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'unit', 8, NULL, 'null', '{"name": "国家税务总局示范县税务局", "short_name": "县税务局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "梁红", "liaison_phone": "0372-5101008", "liaison_email": "swj@shifan.example.cn", "note": "", "created_at": "2026-12-01T15:42:53.235632+00:00", "updated_at": "2026-12-01T15:42:53.235632+00:00", "id": 8}', '56569e5ac7a6aae167e9426048434538bb849c779adf55ef38e1dc794f89516d', '9180d035916a6110d055db6e310ad9935cd939f22db087209fdd44678f1154a2');
INSERT INTO public.journal VALUES (10, '2026-12-01 15:42:53.238309+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'unit', 9, NULL, 'null', '{"name": "示范县市场监督管理局", "short_name": "县市场监管局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "宋佳", "liaison_phone": "0372-5101009", "liaison_email": "scjgj@shifan.example.cn", "note": "", "created_at": "2026-12-01T15:42:53.237595+00:00", "updated_at": "2026-12-01T15:42:53.237595+00:00", "id": 9}', '9180d035916a6110d055db6e310ad9935cd939f22db087209fdd44678f1154a2', '624be9988fe7d04d74fe829ddf6e8d296a837579134c0b20331d6793eae79cdb');
INSERT INTO public.journal VALUES (11, '2026-12-01 15:42:53.242073+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'unit', 10, NULL, 'null', '{"name": "示范县信访局", "short_name": "县信访局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "唐亮", "liaison_phone": "0372-5101010", "liaison_email": "xfj@shifan.example.cn", "note": "", "created_at": "2026-12-01T15:42:53.239882+00:00", "updated_at": "2026-12-01T15:42:53.239882+00:00", "id": 10}', '624be9988fe7d04d74fe829ddf6e8d296a837579134c0b20331d6793eae79cdb', '87e550ba028572518627ec63c067b6904cb2a0d4a227836d890afb96b79ed8fc');
INSERT INTO public.journal VALUES (12, '2026-12-01 15:42:53.246183+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'unit', 11, NULL, 'null', '{"name": "示范县公安局", "short_name": "县公安局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "韩冰", "liaison_phone": "0372-5101011", "liaison_email": "gaj@shifan.example.cn", "note": "", "created_at": "2026-12-01T15:42:53.245396+00:00", "updated_at": "2026-12-01T15:42:53.245396+00:00", "id": 11}', '87e550ba028572518627ec63c067b6904cb2a0d4a227836d890afb96b79ed8fc', '7ff562f938017c7ca4ac888cbe7226e266a002b592c7c9c583fd5680de16bff6');
INSERT INTO public.journal VALUES (13, '2026-12-01 15:42:53.250762+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'unit', 12, NULL, 'null', '{"name": "示范县生态环境分局", "short_name": "县生态环境分局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "冯雪", "liaison_phone": "0372-5101012", "liaison_email": "sthj@shifan.example.cn", "note": "", "created_at": "2026-12-01T15:42:53.250052+00:00", "updated_at": "2026-12-01T15:42:53.250052+00:00", "id": 12}', '7ff562f938017c7ca4ac888cbe7226e266a002b592c7c9c583fd5680de16bff6', '84ded55ab8e932ecee5da38e427c5c9c3610a294e7573a370c871e14a9a0fc31');
INSERT INTO public.journal VALUES (14, '2026-12-01 15:42:53.256858+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'unit', 13, NULL, 'null', '{"name": "示范县城市管理局", "short_name": "县城管局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "邓凯", "liaison_phone": "0372-5101013", "liaison_email": "cgj@shifan.example.cn", "note": "", "created_at": "2026-12-01T15:42:53.252566+00:00", "updated_at": "2026-12-01T15:42:53.252566+00:00", "id": 13}', '84ded55ab8e932ecee5da38e427c5c9c3610a294e7573a370c871e14a9a0fc31', '111b35c1234d3d1e32909a05f7dc6584121cd07f2b4c8abe8ecf1a4a54630762');
INSERT INTO public.journal VALUES (15, '2026-12-01 15:42:53.258711+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'unit', 14, NULL, 'null', '{"name": "示范县人民法院", "short_name": "县法院", "kind": "法院", "region": "示范县", "is_member": true, "liaison_name": "许文", "liaison_phone": "0372-5101014", "liaison_email": "fy@shifan.example.cn", "note": "", "created_at": "2026-12-01T15:42:53.258069+00:00", "updated_at": "2026-12-01T15:42:53.258069+00:00", "id": 14}', '111b35c1234d3d1e32909a05f7dc6584121cd07f2b4c8abe8ecf1a4a54630762', '8888bac753cf3611c4d319d33f3c15f0fb344eadf398075f1307aaab848745c5');
INSERT INTO public.journal VALUES (16, '2026-12-01 15:42:53.262405+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'unit', 15, NULL, 'null', '{"name": "示范县人民检察院", "short_name": "县检察院", "kind": "检察院", "region": "示范县", "is_member": true, "liaison_name": "曹阳", "liaison_phone": "0372-5101015", "liaison_email": "jcy@shifan.example.cn", "note": "", "created_at": "2026-12-01T15:42:53.259600+00:00", "updated_at": "2026-12-01T15:42:53.259600+00:00", "id": 15}', '8888bac753cf3611c4d319d33f3c15f0fb344eadf398075f1307aaab848745c5', 'c94fba6f70e786606f1aeb67b6029e55d3a590a070098df2ff0c452583f7e936');
INSERT INTO public.journal VALUES (17, '2026-12-01 15:42:53.266265+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'unit', 16, NULL, 'null', '{"name": "示范县城关镇人民政府", "short_name": "城关镇", "kind": "乡镇街道", "region": "示范县", "is_member": true, "liaison_name": "彭程", "liaison_phone": "0372-5101016", "liaison_email": "cgz@shifan.example.cn", "note": "", "created_at": "2026-12-01T15:42:53.264080+00:00", "updated_at": "2026-12-01T15:42:53.264080+00:00", "id": 16}', 'c94fba6f70e786606f1aeb67b6029e55d3a590a070098df2ff0c452583f7e936', 'ca3f3bbe1fb7ce3e77c29a091ccb1d4aebb6fd95097ae714069c761a36292ab9');
INSERT INTO public.journal VALUES (18, '2026-12-01 15:42:53.271187+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'unit', 17, NULL, 'null', '{"name": "示范县东城街道办事处", "short_name": "东城街道", "kind": "乡镇街道", "region": "示范县", "is_member": true, "liaison_name": "袁媛", "liaison_phone": "0372-5101017", "liaison_email": "dcjd@shifan.example.cn", "note": "", "created_at": "2026-12-01T15:42:53.270370+00:00", "updated_at": "2026-12-01T15:42:53.270370+00:00", "id": 17}', 'ca3f3bbe1fb7ce3e77c29a091ccb1d4aebb6fd95097ae714069c761a36292ab9', 'e38d27c3a7753f2090342e5b1384f2b3a1869c849bf185bf40fbe4d05d07c244');
INSERT INTO public.journal VALUES (19, '2026-12-01 15:42:53.281921+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'person', 1, NULL, 'null', '{"name": "王建国", "title": "县长", "unit_id": null, "role": "召集人", "phone": "", "email": "", "created_at": "2026-12-01T15:42:53.271626+00:00", "id": 1}', 'e38d27c3a7753f2090342e5b1384f2b3a1869c849bf185bf40fbe4d05d07c244', '29e18a350a0f5eae991eedb31c02a85254dc4740a5172348d3cf75652a669a0e');
INSERT INTO public.journal VALUES (20, '2026-12-01 15:42:53.290757+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'person', 2, NULL, 'null', '{"name": "刘清华", "title": "常务副县长", "unit_id": null, "role": "副召集人", "phone": "", "email": "", "created_at": "2026-12-01T15:42:53.282942+00:00", "id": 2}', '29e18a350a0f5eae991eedb31c02a85254dc4740a5172348d3cf75652a669a0e', '3e3a43fccf2a6095b34c75418b0474677086c710f3525c1adc9ce877f054e833');
INSERT INTO public.journal VALUES (21, '2026-12-01 15:42:53.297968+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'person', 3, NULL, 'null', '{"name": "赵立新", "title": "县人民法院院长", "unit_id": null, "role": "副召集人", "phone": "", "email": "", "created_at": "2026-12-01T15:42:53.294146+00:00", "id": 3}', '3e3a43fccf2a6095b34c75418b0474677086c710f3525c1adc9ce877f054e833', '1188159cd1aa65dd3fccc7941d5e99699323a6a9e33c1065486a9ecc3ca5ad65');
INSERT INTO public.journal VALUES (22, '2026-12-01 15:42:53.326182+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'person', 4, NULL, 'null', '{"name": "陈晓燕", "title": "副主任", "unit_id": 1, "role": "联络员", "phone": "0372-5101001", "email": "zfb@shifan.example.cn", "created_at": "2026-12-01T15:42:53.317848+00:00", "id": 4}', '1188159cd1aa65dd3fccc7941d5e99699323a6a9e33c1065486a9ecc3ca5ad65', 'c16afe44e6f5294815627b13fc2909ffb39d9ab14e7f3289072444e4c5539131');
INSERT INTO public.journal VALUES (23, '2026-12-01 15:42:53.34117+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'person', 5, NULL, 'null', '{"name": "马俊", "title": "科长", "unit_id": 2, "role": "联络员", "phone": "0372-5101002", "email": "fgw@shifan.example.cn", "created_at": "2026-12-01T15:42:53.339490+00:00", "id": 5}', 'c16afe44e6f5294815627b13fc2909ffb39d9ab14e7f3289072444e4c5539131', 'a64ff974c9fed43d82df9b33f2e6462c58ad2bfb6115f8575c861dd7bb878eb6');
INSERT INTO public.journal VALUES (24, '2026-12-01 15:42:53.366921+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'person', 6, NULL, 'null', '{"name": "孙丽", "title": "行政复议股股长", "unit_id": 3, "role": "联络员", "phone": "0372-5101003", "email": "sfj@shifan.example.cn", "created_at": "2026-12-01T15:42:53.355658+00:00", "id": 6}', 'a64ff974c9fed43d82df9b33f2e6462c58ad2bfb6115f8575c861dd7bb878eb6', 'ed9ac22cd225a85dab66787f8a9ececafb7e45cb97c0ece7d641bdec0ebcbf0c');
INSERT INTO public.journal VALUES (25, '2026-12-01 15:42:53.382277+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'person', 7, NULL, 'null', '{"name": "周明", "title": "局长", "unit_id": 3, "role": "成员", "phone": "", "email": "", "created_at": "2026-12-01T15:42:53.375355+00:00", "id": 7}', 'ed9ac22cd225a85dab66787f8a9ececafb7e45cb97c0ece7d641bdec0ebcbf0c', '05ba2846909c97a8e308ad13572492cea0c4da8022a01c7510c351f20e4c3b8d');
INSERT INTO public.journal VALUES (26, '2026-12-01 15:42:53.399173+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'person', 8, NULL, 'null', '{"name": "林静", "title": "办公室工作人员", "unit_id": 3, "role": "办公室", "phone": "", "email": "", "created_at": "2026-12-01T15:42:53.394152+00:00", "id": 8}', '05ba2846909c97a8e308ad13572492cea0c4da8022a01c7510c351f20e4c3b8d', '44b1173a3a7f3e245f5c47dd856ac50e6c0245d74c795489f57cd4e795d22801');
INSERT INTO public.journal VALUES (27, '2026-12-01 15:42:53.410485+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'person', 9, NULL, 'null', '{"name": "郭涛", "title": "法规股股长", "unit_id": 4, "role": "联络员", "phone": "0372-5101004", "email": "czj@shifan.example.cn", "created_at": "2026-12-01T15:42:53.406845+00:00", "id": 9}', '44b1173a3a7f3e245f5c47dd856ac50e6c0245d74c795489f57cd4e795d22801', '14cf57517903901b84cf48aa968293b915e699b0c09f21075bbb7438386ee882');
INSERT INTO public.journal VALUES (28, '2026-12-01 15:42:53.426251+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'person', 10, NULL, 'null', '{"name": "何芳", "title": "法规股股长", "unit_id": 5, "role": "联络员", "phone": "0372-5101005", "email": "rsj@shifan.example.cn", "created_at": "2026-12-01T15:42:53.423035+00:00", "id": 10}', '14cf57517903901b84cf48aa968293b915e699b0c09f21075bbb7438386ee882', 'a78b28f2d609e27b54fbd5bf91ad3266e75783f09b1dd3446c2620810ba92b5b');
INSERT INTO public.journal VALUES (29, '2026-12-01 15:42:53.441045+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'person', 11, NULL, 'null', '{"name": "高远", "title": "法规股股长", "unit_id": 6, "role": "联络员", "phone": "0372-5101006", "email": "zrzyj@shifan.example.cn", "created_at": "2026-12-01T15:42:53.439539+00:00", "id": 11}', 'a78b28f2d609e27b54fbd5bf91ad3266e75783f09b1dd3446c2620810ba92b5b', '1f1509f79534dd5aba72fff3c458cbae0930c93c53631138bee8db5b011905e7');
INSERT INTO public.journal VALUES (30, '2026-12-01 15:42:53.462205+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'person', 12, NULL, 'null', '{"name": "罗斌", "title": "法规股股长", "unit_id": 7, "role": "联络员", "phone": "0372-5101007", "email": "zjj@shifan.example.cn", "created_at": "2026-12-01T15:42:53.457643+00:00", "id": 12}', '1f1509f79534dd5aba72fff3c458cbae0930c93c53631138bee8db5b011905e7', '5e1f6807449517ee1a0962f18965077d8307c5e9bb21676cc3242fc48bce76fd');
INSERT INTO public.journal VALUES (31, '2026-12-01 15:42:53.47486+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'person', 13, NULL, 'null', '{"name": "梁红", "title": "法制股股长", "unit_id": 8, "role": "联络员", "phone": "0372-5101008", "email": "swj@shifan.example.cn", "created_at": "2026-12-01T15:42:53.471041+00:00", "id": 13}', '5e1f6807449517ee1a0962f18965077d8307c5e9bb21676cc3242fc48bce76fd', '7f60a4fdf1c2f7a1726eaa1b0ec6dc1ec6f02c89c0f5d8b70224ec7ba262fc56');
INSERT INTO public.journal VALUES (32, '2026-12-01 15:42:53.49045+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'person', 14, NULL, 'null', '{"name": "宋佳", "title": "法规股股长", "unit_id": 9, "role": "联络员", "phone": "0372-5101009", "email": "scjgj@shifan.example.cn", "created_at": "2026-12-01T15:42:53.486047+00:00", "id": 14}', '7f60a4fdf1c2f7a1726eaa1b0ec6dc1ec6f02c89c0f5d8b70224ec7ba262fc56', '351c4c896b6079c235e7e25ea1e65522040777e97774c191e8817d7519f4888e');
INSERT INTO public.journal VALUES (33, '2026-12-01 15:42:53.508019+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'person', 15, NULL, 'null', '{"name": "唐亮", "title": "副局长", "unit_id": 10, "role": "联络员", "phone": "0372-5101010", "email": "xfj@shifan.example.cn", "created_at": "2026-12-01T15:42:53.506843+00:00", "id": 15}', '351c4c896b6079c235e7e25ea1e65522040777e97774c191e8817d7519f4888e', 'd468475c1ae9ca879288d2ad73f793ab5d299521f90a1109715721a9899fc857');
INSERT INTO public.journal VALUES (34, '2026-12-01 15:42:53.520305+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'person', 16, NULL, 'null', '{"name": "韩冰", "title": "法制大队大队长", "unit_id": 11, "role": "联络员", "phone": "0372-5101011", "email": "gaj@shifan.example.cn", "created_at": "2026-12-01T15:42:53.519202+00:00", "id": 16}', 'd468475c1ae9ca879288d2ad73f793ab5d299521f90a1109715721a9899fc857', '8404f23b99fefefac070048ee39ca6962a1816a2c99e1ae4ba083f36767e1f52');
INSERT INTO public.journal VALUES (35, '2026-12-01 15:42:53.532264+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'person', 17, NULL, 'null', '{"name": "冯雪", "title": "法规股股长", "unit_id": 12, "role": "联络员", "phone": "0372-5101012", "email": "sthj@shifan.example.cn", "created_at": "2026-12-01T15:42:53.531014+00:00", "id": 17}', '8404f23b99fefefac070048ee39ca6962a1816a2c99e1ae4ba083f36767e1f52', '460c0bf213be75525985e5e53b9ac8f85aaa3e555b32a4630201bd6e25bc7504');
INSERT INTO public.journal VALUES (36, '2026-12-01 15:42:53.544997+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'person', 18, NULL, 'null', '{"name": "邓凯", "title": "法规股股长", "unit_id": 13, "role": "联络员", "phone": "0372-5101013", "email": "cgj@shifan.example.cn", "created_at": "2026-12-01T15:42:53.543678+00:00", "id": 18}', '460c0bf213be75525985e5e53b9ac8f85aaa3e555b32a4630201bd6e25bc7504', '37ff803b0d04c02a052070ca947cab162ea28b8979158086f90db283d3f2c346');
INSERT INTO public.journal VALUES (37, '2026-12-01 15:42:53.558227+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'person', 19, NULL, 'null', '{"name": "许文", "title": "行政审判庭庭长", "unit_id": 14, "role": "联络员", "phone": "0372-5101014", "email": "fy@shifan.example.cn", "created_at": "2026-12-01T15:42:53.556826+00:00", "id": 19}', '37ff803b0d04c02a052070ca947cab162ea28b8979158086f90db283d3f2c346', '607279ccd26d4a2c428e77468d9ad4a4e2078633342acf6fa74eada6958e6346');
INSERT INTO public.journal VALUES (38, '2026-12-01 15:42:53.562481+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'person', 20, NULL, 'null', '{"name": "曹阳", "title": "行政检察部主任", "unit_id": 15, "role": "联络员", "phone": "0372-5101015", "email": "jcy@shifan.example.cn", "created_at": "2026-12-01T15:42:53.560861+00:00", "id": 20}', '607279ccd26d4a2c428e77468d9ad4a4e2078633342acf6fa74eada6958e6346', 'e26087d303ca49c288f12627839b2ba2effe92906f2dba4f957d44014373943f');
INSERT INTO public.journal VALUES (39, '2026-12-01 15:42:53.578134+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'person', 21, NULL, 'null', '{"name": "彭程", "title": "司法所所长", "unit_id": 16, "role": "联络员", "phone": "0372-5101016", "email": "cgz@shifan.example.cn", "created_at": "2026-12-01T15:42:53.571075+00:00", "id": 21}', 'e26087d303ca49c288f12627839b2ba2effe92906f2dba4f957d44014373943f', '483e7c4c0d7d87186bf811595727223c4de7a72043583ee168b48d01799ddb72');
INSERT INTO public.journal VALUES (40, '2026-12-01 15:42:53.584999+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'person', 22, NULL, 'null', '{"name": "袁媛", "title": "司法所所长", "unit_id": 17, "role": "联络员", "phone": "0372-5101017", "email": "dcjd@shifan.example.cn", "created_at": "2026-12-01T15:42:53.582607+00:00", "id": 22}', '483e7c4c0d7d87186bf811595727223c4de7a72043583ee168b48d01799ddb72', '3363530521bb293d0353634ffadc4225e85601d9fa59b879df78ea6fe4c374b2');
INSERT INTO public.journal VALUES (59, '2026-12-01 15:42:55.018649+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'case_link', 1, 3, 'null', '{"case": "（2024）豫05行终8号", "related": "（2024）豫0591行初15号"}', 'deecc9e7b450f9a4cbc32404df9ac16d27399feee59c742f656880c8d34cf435', '8fd3b4e197ab230573a044b1b8b20771cf594c01db21109a638595ce938c6ace');
INSERT INTO public.journal VALUES (41, '2026-12-01 15:42:53.755073+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'case', 1, 1, 'null', '{"category": "行政诉讼", "case_no": "（2024）豫0591行初15号", "no_kind": "案号", "year": 2024, "court_code": "豫0591", "court_level": "基层", "type_code": "行初", "type_name": "行政一审案件", "case_family": "行政", "instance": "一审", "field": "土地征收", "unit_id": 6, "court": "", "received_on": "2024-03-15", "filed_on": "2024-03-15", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "不服征收补偿决定", "created_at": "2026-12-01T15:42:53.740968+00:00", "updated_at": "2026-12-01T15:42:53.740968+00:00", "id": 1}', '3363530521bb293d0353634ffadc4225e85601d9fa59b879df78ea6fe4c374b2', '9d5e01964d9f98dea9cd22889ba0e4e0b326c34f6f5668b9b06b20a9ec4dfff7');
INSERT INTO public.journal VALUES (42, '2026-12-01 15:42:53.769128+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'party', 1, NULL, 'null', '{"id": 1, "name": "张三", "kind": "自然人", "id_kind": "身份证", "id_number": "410502********1232", "created_at": "2026-12-01T15:42:53.766045+00:00"}', '9d5e01964d9f98dea9cd22889ba0e4e0b326c34f6f5668b9b06b20a9ec4dfff7', '43252c10fb5a9a83d4f81a76f7b44dba28cf4c55f017c2828845a22282df1393');
INSERT INTO public.journal VALUES (43, '2026-12-01 15:42:53.781138+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'case_party', 1, 1, 'null', '{"party": "张三", "role": "原告"}', '43252c10fb5a9a83d4f81a76f7b44dba28cf4c55f017c2828845a22282df1393', '1a10eb11cc318629cf964d2b6fef8662053f57f73dcc649e618f665f1266b9df');
INSERT INTO public.journal VALUES (44, '2026-12-01 15:42:53.78665+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'party', 2, NULL, 'null', '{"id": 2, "name": "示范县建工集团", "kind": "法人或其他组织", "id_kind": "统一社会信用代码", "id_number": "91340503MA2N0001XG", "created_at": "2026-12-01T15:42:53.785743+00:00"}', '1a10eb11cc318629cf964d2b6fef8662053f57f73dcc649e618f665f1266b9df', 'b9a4e51a5e2f1ec185dac191e355f8e54a6f063493fad7591734604b3a30c308');
INSERT INTO public.journal VALUES (45, '2026-12-01 15:42:53.790561+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'case_party', 2, 1, 'null', '{"party": "示范县建工集团", "role": "原告"}', 'b9a4e51a5e2f1ec185dac191e355f8e54a6f063493fad7591734604b3a30c308', '1da0778bb6f3950988e896942df9223192cb9b9dce2b30555f195c064c8cdb89');
INSERT INTO public.journal VALUES (46, '2026-12-01 15:42:53.92638+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'case', 2, 2, 'null', '{"category": "行政复议", "case_no": "示政复〔2024〕12号", "no_kind": "自编号", "year": null, "court_code": null, "court_level": null, "type_code": null, "type_name": null, "case_family": null, "instance": null, "field": "", "unit_id": 5, "court": "", "received_on": "2024-04-02", "filed_on": "2024-04-02", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "", "created_at": "2026-12-01T15:42:53.901988+00:00", "updated_at": "2026-12-01T15:42:53.901988+00:00", "id": 2}', '1da0778bb6f3950988e896942df9223192cb9b9dce2b30555f195c064c8cdb89', '16c6e49715860ad8ae0fc8d746e7118cec4334c1f75c572afebd131e24b600e9');
INSERT INTO public.journal VALUES (47, '2026-12-01 15:42:53.942216+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'party', 3, NULL, 'null', '{"id": 3, "name": "李四", "kind": "自然人", "id_kind": "", "id_number": null, "created_at": "2026-12-01T15:42:53.937891+00:00"}', '16c6e49715860ad8ae0fc8d746e7118cec4334c1f75c572afebd131e24b600e9', 'ac9202264202c08fd095e134155eb5e42135762744082a2db147f1009a662e90');
INSERT INTO public.journal VALUES (48, '2026-12-01 15:42:53.954374+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'case_party', 3, 2, 'null', '{"party": "李四", "role": "申请人"}', 'ac9202264202c08fd095e134155eb5e42135762744082a2db147f1009a662e90', 'b73a3ae13460050ab791e354a137a9eb9461af6ef8bef81b8141b9d16c6c9dfd');
INSERT INTO public.journal VALUES (49, '2026-12-01 15:42:54.06711+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'case_event', 1, 1, 'null', '{"case_id": 1, "kind": "开庭", "occurred_on": "2024-05-20", "note": "", "created_at": "2026-12-01T15:42:54.044548+00:00", "id": 1}', 'b73a3ae13460050ab791e354a137a9eb9461af6ef8bef81b8141b9d16c6c9dfd', 'c795fbf7897d751f90287b58bfed2b72cf71eabf659973d2089fa149112ba0d2');
INSERT INTO public.journal VALUES (50, '2026-12-01 15:42:54.072361+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'update', 'case', 1, 1, '{"type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "recovered_fen": null, "category": "行政诉讼", "type_name": "行政一审案件", "heard_on": null, "is_withdrawn": false, "resolved": null, "id": 1, "case_family": "行政", "closed_on": null, "group_size": null, "summary": "不服征收补偿决定", "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "在办", "heard": null, "risk_level": "", "no_kind": "案号", "field": "土地征收", "outcome": null, "head_appeared": null, "created_at": "2026-12-01T15:42:53.740968+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_rank": null, "updated_at": "2026-12-01T15:42:53.740968+00:00", "court_code": "豫0591", "court": "", "is_correction": false, "claimed_fen": null, "court_level": "基层", "received_on": "2024-03-15", "is_judgment": false}', '{"type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "recovered_fen": null, "category": "行政诉讼", "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_withdrawn": false, "resolved": null, "id": 1, "case_family": "行政", "closed_on": null, "group_size": null, "summary": "不服征收补偿决定", "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "在办", "heard": true, "risk_level": "", "no_kind": "案号", "field": "土地征收", "outcome": null, "head_appeared": null, "created_at": "2026-12-01T15:42:53.740968+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_rank": null, "updated_at": "2026-12-01T15:42:54.067894+00:00", "court_code": "豫0591", "court": "", "is_correction": false, "claimed_fen": null, "court_level": "基层", "received_on": "2024-03-15", "is_judgment": false}', 'c795fbf7897d751f90287b58bfed2b72cf71eabf659973d2089fa149112ba0d2', '3fc7c4f6abf5f79cb251ef9f9442dc5470ca2f7c761f2f01d0170264281669c0');
INSERT INTO public.journal VALUES (51, '2026-12-01 15:42:54.149731+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'update', 'case', 1, 1, '{"type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "recovered_fen": null, "category": "行政诉讼", "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_withdrawn": false, "resolved": null, "id": 1, "case_family": "行政", "closed_on": null, "group_size": null, "summary": "不服征收补偿决定", "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "在办", "heard": true, "risk_level": "", "no_kind": "案号", "field": "土地征收", "outcome": null, "head_appeared": null, "created_at": "2026-12-01T15:42:53.740968+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_rank": null, "updated_at": "2026-12-01T15:42:54.067894+00:00", "court_code": "豫0591", "court": "", "is_correction": false, "claimed_fen": null, "court_level": "基层", "received_on": "2024-03-15", "is_judgment": false}', '{"type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "recovered_fen": null, "category": "行政诉讼", "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_withdrawn": false, "resolved": null, "id": 1, "case_family": "行政", "closed_on": "2024-06-28", "group_size": null, "summary": "不服征收补偿决定", "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "已结", "heard": true, "risk_level": "", "no_kind": "案号", "field": "土地征收", "outcome": "驳回诉讼请求", "head_appeared": null, "created_at": "2026-12-01T15:42:53.740968+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_rank": null, "updated_at": "2026-12-01T15:42:54.139398+00:00", "court_code": "豫0591", "court": "", "is_correction": false, "claimed_fen": null, "court_level": "基层", "received_on": "2024-03-15", "is_judgment": true}', '3fc7c4f6abf5f79cb251ef9f9442dc5470ca2f7c761f2f01d0170264281669c0', 'b5a4628f612bd7b4638713fe70f51dbea92c54ecca26f84a073cb15dd3414990');
INSERT INTO public.journal VALUES (52, '2026-12-01 15:42:54.207687+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'update', 'case', 2, 2, '{"type_code": null, "filed_on": "2024-04-02", "is_settled": false, "recovered_fen": null, "category": "行政复议", "type_name": null, "heard_on": null, "is_withdrawn": false, "resolved": null, "id": 2, "case_family": null, "closed_on": null, "group_size": null, "summary": "", "case_no": "示政复〔2024〕12号", "instance": null, "status": "在办", "heard": null, "risk_level": "", "no_kind": "自编号", "field": "", "outcome": null, "head_appeared": null, "created_at": "2026-12-01T15:42:53.901988+00:00", "year": null, "unit_id": 5, "is_loss": false, "head_rank": null, "updated_at": "2026-12-01T15:42:53.901988+00:00", "court_code": null, "court": "", "is_correction": false, "claimed_fen": null, "court_level": null, "received_on": "2024-04-02", "is_judgment": false}', '{"type_code": null, "filed_on": "2024-04-02", "is_settled": false, "recovered_fen": null, "category": "行政复议", "type_name": null, "heard_on": null, "is_withdrawn": false, "resolved": null, "id": 2, "case_family": null, "closed_on": "2024-06-01", "group_size": null, "summary": "", "case_no": "示政复〔2024〕12号", "instance": null, "status": "已结", "heard": null, "risk_level": "", "no_kind": "自编号", "field": "", "outcome": "撤销", "head_appeared": null, "created_at": "2026-12-01T15:42:53.901988+00:00", "year": null, "unit_id": 5, "is_loss": false, "head_rank": null, "updated_at": "2026-12-01T15:42:54.196266+00:00", "court_code": null, "court": "", "is_correction": true, "claimed_fen": null, "court_level": null, "received_on": "2024-04-02", "is_judgment": true}', 'b5a4628f612bd7b4638713fe70f51dbea92c54ecca26f84a073cb15dd3414990', '67e72247bd880a851a6b8a597f2ae100220637a84803bbb565471ee2fb5b85c2');
INSERT INTO public.journal VALUES (53, '2026-12-01 15:42:54.389764+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'meeting', 1, NULL, 'null', '{"year": 2024, "issue_no": 1, "kind": "联席会议", "held_on": "2024-06-20", "place": "", "chair": "王县长", "topics": "征收补偿争议化解", "opening": "", "created_at": "2026-12-01T15:42:54.369812+00:00", "id": 1}', '67e72247bd880a851a6b8a597f2ae100220637a84803bbb565471ee2fb5b85c2', '5bbe0bc7218f40acfcc382141e85c743dc5e9934a429bdd53f44555eb0ea6ba5');
INSERT INTO public.journal VALUES (54, '2026-12-01 15:42:54.527438+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'task', 1, NULL, 'null', '{"source": "议定事项", "content": "建立征收补偿争议会商机制", "lead_unit_id": 6, "leader": "", "due_on": "2024-09-30", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": 1, "decision_no": 1, "suggestion_id": null, "list_no": "", "note": "", "created_at": "2026-12-01T15:42:54.490634+00:00", "updated_at": "2026-12-01T15:42:54.490634+00:00", "id": 1, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": ["示范县司法局"]}', '5bbe0bc7218f40acfcc382141e85c743dc5e9934a429bdd53f44555eb0ea6ba5', '40bccf10da8892c3c050cff72ebfd5803a9f7aed0118dae98050524c27f71306');
INSERT INTO public.journal VALUES (55, '2026-12-01 15:42:54.672753+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'task', 2, NULL, 'null', '{"source": "双清单", "content": "清理行政协议履约情况", "lead_unit_id": 5, "leader": "", "due_on": "2024-08-31", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "", "note": "", "created_at": "2026-12-01T15:42:54.658125+00:00", "updated_at": "2026-12-01T15:42:54.658125+00:00", "id": 2, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": []}', '40bccf10da8892c3c050cff72ebfd5803a9f7aed0118dae98050524c27f71306', 'a6fc4967fcfd6795d9e6b8d5685cf2d8c9ab420021ab5f65681d07ff29396ec0');
INSERT INTO public.journal VALUES (56, '2026-12-01 15:42:54.775344+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'task_progress', 1, NULL, 'null', '{"task_id": 1, "reported_on": "2024-10-15", "note": "已召开专题会", "author": "", "created_at": "2026-12-01T15:42:54.757037+00:00", "id": 1}', 'a6fc4967fcfd6795d9e6b8d5685cf2d8c9ab420021ab5f65681d07ff29396ec0', 'd321ebee5f388b482e8a1b50cb662e0ad344eaa2346183bdb18ce02dc8629338');
INSERT INTO public.journal VALUES (57, '2026-12-01 15:42:54.881897+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'suggestion', 1, NULL, 'null', '{"kind": "司法建议", "doc_no": "示法建〔2024〕3号", "issuer": "示范县人民法院", "unit_id": 6, "received_on": "2024-05-06", "reply_due": "2024-07-08", "reply_due_rule": "2个月", "reply_due_provisional": false, "summary": "规范征收补偿程序", "created_at": "2026-12-01T15:42:54.867371+00:00", "id": 1, "replied_on": null, "reply_summary": "", "adopted": null, "adoption": null, "verified_on": null, "cases": []}', 'd321ebee5f388b482e8a1b50cb662e0ad344eaa2346183bdb18ce02dc8629338', '064697d6ebde179b0410f932c27270342837774413b1dc58b1b3953bd7df1b48');
INSERT INTO public.journal VALUES (58, '2026-12-01 15:42:54.995943+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'case', 3, 3, 'null', '{"category": "行政诉讼", "case_no": "（2024）豫05行终8号", "no_kind": "案号", "year": 2024, "court_code": "豫05", "court_level": "中级", "type_code": "行终", "type_name": "行政二审案件", "case_family": "行政", "instance": "二审", "field": "", "unit_id": 6, "court": "", "received_on": "2024-08-01", "filed_on": "2024-08-01", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "", "created_at": "2026-12-01T15:42:54.983664+00:00", "updated_at": "2026-12-01T15:42:54.983664+00:00", "id": 3}', '064697d6ebde179b0410f932c27270342837774413b1dc58b1b3953bd7df1b48', 'deecc9e7b450f9a4cbc32404df9ac16d27399feee59c742f656880c8d34cf435');
INSERT INTO public.journal VALUES (60, '2026-12-01 15:42:55.101747+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'update', 'suggestion', 1, NULL, '{"kind": "司法建议", "doc_no": "示法建〔2024〕3号", "unit_id": 6, "reply_due": "2024-07-08", "reply_due_provisional": false, "reply_summary": "", "adoption": null, "summary": "规范征收补偿程序", "issuer": "示范县人民法院", "id": 1, "received_on": "2024-05-06", "reply_due_rule": "2个月", "replied_on": null, "adopted": null, "verified_on": null, "created_at": "2026-12-01T15:42:54.867371+00:00"}', '{"kind": "司法建议", "doc_no": "示法建〔2024〕3号", "unit_id": 6, "reply_due": "2024-07-08", "reply_due_provisional": false, "reply_summary": "", "adoption": "部分采纳", "summary": "规范征收补偿程序", "issuer": "示范县人民法院", "id": 1, "received_on": "2024-05-06", "reply_due_rule": "2个月", "replied_on": "2024-06-01", "adopted": true, "verified_on": null, "created_at": "2026-12-01T15:42:54.867371+00:00"}', '8fd3b4e197ab230573a044b1b8b20771cf594c01db21109a638595ce938c6ace', '38fad58d5214396bba7e89d5de4550fbaad9d23873804b3616f6fb586f371779');
INSERT INTO public.journal VALUES (61, '2026-12-01 15:42:55.319201+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'notice', 1, NULL, 'null', '{"stage": "督办", "unit_id": 5, "issued_on": "2024-10-15", "year": 2024, "number": 1, "reply_due": "2024-10-22", "created_at": "2026-12-01T15:42:55.285971+00:00", "id": 1, "acknowledged_on": null, "tasks": [2], "suggestions": []}', '38fad58d5214396bba7e89d5de4550fbaad9d23873804b3616f6fb586f371779', '07f98710c40c12cebc176f92be4b54639f22299cbecf165d3fc0336d4d8e3be9');
INSERT INTO public.journal VALUES (62, '2026-12-01 15:42:55.332004+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_domain_make_0003', 'insert', 'notice', 2, NULL, 'null', '{"stage": "催办", "unit_id": 6, "issued_on": "2024-10-15", "year": null, "number": null, "reply_due": null, "created_at": "2026-12-01T15:42:55.285971+00:00", "id": 2, "acknowledged_on": null, "tasks": [1], "suggestions": []}', '07f98710c40c12cebc176f92be4b54639f22299cbecf165d3fc0336d4d8e3be9', '2ef492d7848601d5c526876928e8d575de15e2df0649aeffda319b12c31363e2');


--
-- Data for Name: meeting; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.meeting VALUES (1, 2024, 1, '联席会议', '2024-06-20', '', '王县长', '征收补偿争议化解', '', '2026-12-01 15:42:54.369812+00');


--
-- Data for Name: notice; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notice VALUES (1, '督办', 5, '2024-10-15', 2024, 1, '2024-10-22', NULL, '2026-12-01 15:42:55.285971+00');
INSERT INTO public.notice VALUES (2, '催办', 6, '2024-10-15', NULL, NULL, NULL, NULL, '2026-12-01 15:42:55.285971+00');


--
-- Data for Name: notice_item; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notice_item VALUES (1, 1, '督办', 2, NULL, 28);
INSERT INTO public.notice_item VALUES (2, 2, '催办', 1, NULL, 7);


--
-- Data for Name: office; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.office VALUES (1, '示范县府院联动联席会议办公室', '示范县', '示范县府院联动联席会议', '2026-12-01 15:42:53.077693+00');


--
-- Data for Name: party; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.party VALUES (1, '张三', '自然人', '身份证', '410502198510151232', '2026-12-01 15:42:53.766045+00');
INSERT INTO public.party VALUES (2, '示范县建工集团', '法人或其他组织', '统一社会信用代码', '91340503MA2N0001XG', '2026-12-01 15:42:53.785743+00');
INSERT INTO public.party VALUES (3, '李四', '自然人', '', NULL, '2026-12-01 15:42:53.937891+00');


--
-- Data for Name: person; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.person VALUES (1, '王建国', '县长', NULL, '召集人', '', '', '2026-12-01 15:42:53.271626+00');
INSERT INTO public.person VALUES (2, '刘清华', '常务副县长', NULL, '副召集人', '', '', '2026-12-01 15:42:53.282942+00');
INSERT INTO public.person VALUES (3, '赵立新', '县人民法院院长', NULL, '副召集人', '', '', '2026-12-01 15:42:53.294146+00');
INSERT INTO public.person VALUES (4, '陈晓燕', '副主任', 1, '联络员', '0372-5101001', 'zfb@shifan.example.cn', '2026-12-01 15:42:53.317848+00');
INSERT INTO public.person VALUES (5, '马俊', '科长', 2, '联络员', '0372-5101002', 'fgw@shifan.example.cn', '2026-12-01 15:42:53.33949+00');
INSERT INTO public.person VALUES (6, '孙丽', '行政复议股股长', 3, '联络员', '0372-5101003', 'sfj@shifan.example.cn', '2026-12-01 15:42:53.355658+00');
INSERT INTO public.person VALUES (7, '周明', '局长', 3, '成员', '', '', '2026-12-01 15:42:53.375355+00');
INSERT INTO public.person VALUES (8, '林静', '办公室工作人员', 3, '办公室', '', '', '2026-12-01 15:42:53.394152+00');
INSERT INTO public.person VALUES (9, '郭涛', '法规股股长', 4, '联络员', '0372-5101004', 'czj@shifan.example.cn', '2026-12-01 15:42:53.406845+00');
INSERT INTO public.person VALUES (10, '何芳', '法规股股长', 5, '联络员', '0372-5101005', 'rsj@shifan.example.cn', '2026-12-01 15:42:53.423035+00');
INSERT INTO public.person VALUES (11, '高远', '法规股股长', 6, '联络员', '0372-5101006', 'zrzyj@shifan.example.cn', '2026-12-01 15:42:53.439539+00');
INSERT INTO public.person VALUES (12, '罗斌', '法规股股长', 7, '联络员', '0372-5101007', 'zjj@shifan.example.cn', '2026-12-01 15:42:53.457643+00');
INSERT INTO public.person VALUES (13, '梁红', '法制股股长', 8, '联络员', '0372-5101008', 'swj@shifan.example.cn', '2026-12-01 15:42:53.471041+00');
INSERT INTO public.person VALUES (14, '宋佳', '法规股股长', 9, '联络员', '0372-5101009', 'scjgj@shifan.example.cn', '2026-12-01 15:42:53.486047+00');
INSERT INTO public.person VALUES (15, '唐亮', '副局长', 10, '联络员', '0372-5101010', 'xfj@shifan.example.cn', '2026-12-01 15:42:53.506843+00');
INSERT INTO public.person VALUES (16, '韩冰', '法制大队大队长', 11, '联络员', '0372-5101011', 'gaj@shifan.example.cn', '2026-12-01 15:42:53.519202+00');
INSERT INTO public.person VALUES (17, '冯雪', '法规股股长', 12, '联络员', '0372-5101012', 'sthj@shifan.example.cn', '2026-12-01 15:42:53.531014+00');
INSERT INTO public.person VALUES (18, '邓凯', '法规股股长', 13, '联络员', '0372-5101013', 'cgj@shifan.example.cn', '2026-12-01 15:42:53.543678+00');
INSERT INTO public.person VALUES (19, '许文', '行政审判庭庭长', 14, '联络员', '0372-5101014', 'fy@shifan.example.cn', '2026-12-01 15:42:53.556826+00');
INSERT INTO public.person VALUES (20, '曹阳', '行政检察部主任', 15, '联络员', '0372-5101015', 'jcy@shifan.example.cn', '2026-12-01 15:42:53.560861+00');
INSERT INTO public.person VALUES (21, '彭程', '司法所所长', 16, '联络员', '0372-5101016', 'cgz@shifan.example.cn', '2026-12-01 15:42:53.571075+00');
INSERT INTO public.person VALUES (22, '袁媛', '司法所所长', 17, '联络员', '0372-5101017', 'dcjd@shifan.example.cn', '2026-12-01 15:42:53.582607+00');


--
-- Data for Name: report_snapshot; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: suggestion; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.suggestion VALUES (1, '司法建议', '示法建〔2024〕3号', '示范县人民法院', 6, '2024-05-06', '2024-07-08', '2个月', false, '2024-06-01', '', true, NULL, '规范征收补偿程序', '2026-12-01 15:42:54.867371+00', '部分采纳');


--
-- Data for Name: suggestion_case; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: task; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task VALUES (1, '议定事项', '建立征收补偿争议会商机制', 6, '', '2024-09-30', '', NULL, false, 1, 1, NULL, '', '', NULL, NULL, '', '2026-12-01 15:42:54.490634+00', '2026-12-01 15:42:54.490634+00');
INSERT INTO public.task VALUES (2, '双清单', '清理行政协议履约情况', 5, '', '2024-08-31', '', NULL, false, NULL, NULL, NULL, '', '', NULL, NULL, '', '2026-12-01 15:42:54.658125+00', '2026-12-01 15:42:54.658125+00');


--
-- Data for Name: task_co_unit; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task_co_unit VALUES (1, 1, 3);


--
-- Data for Name: task_progress; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task_progress VALUES (1, 1, '2024-10-15', '已召开专题会', '', '2026-12-01 15:42:54.757037+00');


--
-- Data for Name: unit; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.unit VALUES (1, '示范县人民政府办公室', '县政府办', '政府部门', '示范县', true, '陈晓燕', '0372-5101001', 'zfb@shifan.example.cn', '', '2026-12-01 15:42:53.120362+00', '2026-12-01 15:42:53.120362+00');
INSERT INTO public.unit VALUES (2, '示范县发展和改革委员会', '县发改委', '政府部门', '示范县', true, '马俊', '0372-5101002', 'fgw@shifan.example.cn', '', '2026-12-01 15:42:53.144115+00', '2026-12-01 15:42:53.144115+00');
INSERT INTO public.unit VALUES (3, '示范县司法局', '县司法局', '政府部门', '示范县', true, '孙丽', '0372-5101003', 'sfj@shifan.example.cn', '联席会议办公室设在县司法局', '2026-12-01 15:42:53.170538+00', '2026-12-01 15:42:53.170538+00');
INSERT INTO public.unit VALUES (4, '示范县财政局', '县财政局', '政府部门', '示范县', true, '郭涛', '0372-5101004', 'czj@shifan.example.cn', '', '2026-12-01 15:42:53.182515+00', '2026-12-01 15:42:53.182515+00');
INSERT INTO public.unit VALUES (5, '示范县人力资源和社会保障局', '县人社局', '政府部门', '示范县', true, '何芳', '0372-5101005', 'rsj@shifan.example.cn', '', '2026-12-01 15:42:53.201034+00', '2026-12-01 15:42:53.201034+00');
INSERT INTO public.unit VALUES (6, '示范县自然资源局', '县自然资源局', '政府部门', '示范县', true, '高远', '0372-5101006', 'zrzyj@shifan.example.cn', '', '2026-12-01 15:42:53.217785+00', '2026-12-01 15:42:53.217785+00');
INSERT INTO public.unit VALUES (7, '示范县住房和城乡建设局', '县住建局', '政府部门', '示范县', true, '罗斌', '0372-5101007', 'zjj@shifan.example.cn', '', '2026-12-01 15:42:53.227603+00', '2026-12-01 15:42:53.227603+00');
INSERT INTO public.unit VALUES (8, '国家税务总局示范县税务局', '县税务局', '政府部门', '示范县', true, '梁红', '0372-5101008', 'swj@shifan.example.cn', '', '2026-12-01 15:42:53.235632+00', '2026-12-01 15:42:53.235632+00');
INSERT INTO public.unit VALUES (9, '示范县市场监督管理局', '县市场监管局', '政府部门', '示范县', true, '宋佳', '0372-5101009', 'scjgj@shifan.example.cn', '', '2026-12-01 15:42:53.237595+00', '2026-12-01 15:42:53.237595+00');
INSERT INTO public.unit VALUES (10, '示范县信访局', '县信访局', '政府部门', '示范县', true, '唐亮', '0372-5101010', 'xfj@shifan.example.cn', '', '2026-12-01 15:42:53.239882+00', '2026-12-01 15:42:53.239882+00');
INSERT INTO public.unit VALUES (11, '示范县公安局', '县公安局', '政府部门', '示范县', true, '韩冰', '0372-5101011', 'gaj@shifan.example.cn', '', '2026-12-01 15:42:53.245396+00', '2026-12-01 15:42:53.245396+00');
INSERT INTO public.unit VALUES (12, '示范县生态环境分局', '县生态环境分局', '政府部门', '示范县', true, '冯雪', '0372-5101012', 'sthj@shifan.example.cn', '', '2026-12-01 15:42:53.250052+00', '2026-12-01 15:42:53.250052+00');
INSERT INTO public.unit VALUES (13, '示范县城市管理局', '县城管局', '政府部门', '示范县', true, '邓凯', '0372-5101013', 'cgj@shifan.example.cn', '', '2026-12-01 15:42:53.252566+00', '2026-12-01 15:42:53.252566+00');
INSERT INTO public.unit VALUES (14, '示范县人民法院', '县法院', '法院', '示范县', true, '许文', '0372-5101014', 'fy@shifan.example.cn', '', '2026-12-01 15:42:53.258069+00', '2026-12-01 15:42:53.258069+00');
INSERT INTO public.unit VALUES (15, '示范县人民检察院', '县检察院', '检察院', '示范县', true, '曹阳', '0372-5101015', 'jcy@shifan.example.cn', '', '2026-12-01 15:42:53.2596+00', '2026-12-01 15:42:53.2596+00');
INSERT INTO public.unit VALUES (16, '示范县城关镇人民政府', '城关镇', '乡镇街道', '示范县', true, '彭程', '0372-5101016', 'cgz@shifan.example.cn', '', '2026-12-01 15:42:53.26408+00', '2026-12-01 15:42:53.26408+00');
INSERT INTO public.unit VALUES (17, '示范县东城街道办事处', '东城街道', '乡镇街道', '示范县', true, '袁媛', '0372-5101017', 'dcjd@shifan.example.cn', '', '2026-12-01 15:42:53.27037+00', '2026-12-01 15:42:53.27037+00');


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

SELECT pg_catalog.setval('public.journal_id_seq', 62, true);


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


