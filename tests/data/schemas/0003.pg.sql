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
    hash character varying(64) NOT NULL,
    command_id integer
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

INSERT INTO public.case_event VALUES (1, 1, '开庭', '2024-05-20', '', '2026-12-01 16:08:11.946794+00');


--
-- Data for Name: case_party; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_party VALUES (1, 1, 1, '原告');
INSERT INTO public.case_party VALUES (2, 1, 2, '原告');
INSERT INTO public.case_party VALUES (3, 2, 3, '申请人');


--
-- Data for Name: cases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cases VALUES (1, '行政诉讼', '（2024）豫0591行初15号', '案号', 2024, '豫0591', '基层', '行初', '行政一审案件', '行政', '一审', '土地征收', 6, '', '2024-03-15', '2024-03-15', '2024-05-20', '2024-06-28', '已结', '驳回诉讼请求', false, false, true, false, false, true, NULL, NULL, NULL, NULL, NULL, NULL, '', '不服征收补偿决定', '2026-12-01 16:08:11.696067+00', '2026-12-01 16:08:12.017972+00');
INSERT INTO public.cases VALUES (2, '行政复议', '示政复〔2024〕12号', '自编号', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', 5, '', '2024-04-02', '2024-04-02', NULL, '2024-06-01', '已结', '撤销', false, true, true, false, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', '', '2026-12-01 16:08:11.871602+00', '2026-12-01 16:08:12.080245+00');


--
-- Data for Name: db_user_unit; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: delivery; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: journal; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.journal VALUES (1, '2026-12-01 16:08:11.084535+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'office', 1, NULL, 'null', '{"name": "示范县府院联动联席会议办公室", "region": "示范县", "meeting_name": "示范县府院联动联席会议", "created_at": "2026-12-01T16:08:11.067147+00:00", "id": 1}', '0000000000000000000000000000000000000000000000000000000000000000', '5e3ac0b8028ce8b7f3a75496444547a4ec8f461c5c457970316f0d0c4f82fe5a', 1);
INSERT INTO public.journal VALUES (2, '2026-12-01 16:08:11.115723+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'unit', 1, NULL, 'null', '{"name": "示范县人民政府办公室", "short_name": "县政府办", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "陈晓燕", "liaison_phone": "0372-5101001", "liaison_email": "zfb@shifan.example.cn", "note": "", "created_at": "2026-12-01T16:08:11.106190+00:00", "updated_at": "2026-12-01T16:08:11.106190+00:00", "id": 1}', '5e3ac0b8028ce8b7f3a75496444547a4ec8f461c5c457970316f0d0c4f82fe5a', 'b9aece145ca75ea2f1d4dc1a5a3015f00416b8db14469b9405067af675b8056b', 1);
INSERT INTO public.journal VALUES (3, '2026-12-01 16:08:11.13266+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'unit', 2, NULL, 'null', '{"name": "示范县发展和改革委员会", "short_name": "县发改委", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "马俊", "liaison_phone": "0372-5101002", "liaison_email": "fgw@shifan.example.cn", "note": "", "created_at": "2026-12-01T16:08:11.121333+00:00", "updated_at": "2026-12-01T16:08:11.121333+00:00", "id": 2}', 'b9aece145ca75ea2f1d4dc1a5a3015f00416b8db14469b9405067af675b8056b', '991a7f140e515ff51b13b807d95f5d827c324cca6cbb1f6639e4bd54efb07af7', 1);
INSERT INTO public.journal VALUES (4, '2026-12-01 16:08:11.136076+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'unit', 3, NULL, 'null', '{"name": "示范县司法局", "short_name": "县司法局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "孙丽", "liaison_phone": "0372-5101003", "liaison_email": "sfj@shifan.example.cn", "note": "联席会议办公室设在县司法局", "created_at": "2026-12-01T16:08:11.134893+00:00", "updated_at": "2026-12-01T16:08:11.134893+00:00", "id": 3}', '991a7f140e515ff51b13b807d95f5d827c324cca6cbb1f6639e4bd54efb07af7', '3c8ce90b1617c473b7c8b9ccb9172e7915071e8d80f7bbf444b8b084c1f2d0a0', 1);
INSERT INTO public.journal VALUES (5, '2026-12-01 16:08:11.143792+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'unit', 4, NULL, 'null', '{"name": "示范县财政局", "short_name": "县财政局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "郭涛", "liaison_phone": "0372-5101004", "liaison_email": "czj@shifan.example.cn", "note": "", "created_at": "2026-12-01T16:08:11.141790+00:00", "updated_at": "2026-12-01T16:08:11.141790+00:00", "id": 4}', '3c8ce90b1617c473b7c8b9ccb9172e7915071e8d80f7bbf444b8b084c1f2d0a0', '6bb4aa7738bbff12abfe74f486238036217affef276b6f205739451fc342f3a1', 1);
INSERT INTO public.journal VALUES (6, '2026-12-01 16:08:11.151504+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'unit', 5, NULL, 'null', '{"name": "示范县人力资源和社会保障局", "short_name": "县人社局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "何芳", "liaison_phone": "0372-5101005", "liaison_email": "rsj@shifan.example.cn", "note": "", "created_at": "2026-12-01T16:08:11.149945+00:00", "updated_at": "2026-12-01T16:08:11.149945+00:00", "id": 5}', '6bb4aa7738bbff12abfe74f486238036217affef276b6f205739451fc342f3a1', 'c1d4595a6132b2a324937197980d52142468996c2ba3d182c96546970a6682ce', 1);
INSERT INTO public.journal VALUES (7, '2026-12-01 16:08:11.157302+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'unit', 6, NULL, 'null', '{"name": "示范县自然资源局", "short_name": "县自然资源局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "高远", "liaison_phone": "0372-5101006", "liaison_email": "zrzyj@shifan.example.cn", "note": "", "created_at": "2026-12-01T16:08:11.153621+00:00", "updated_at": "2026-12-01T16:08:11.153621+00:00", "id": 6}', 'c1d4595a6132b2a324937197980d52142468996c2ba3d182c96546970a6682ce', '72f28b8d9b39b53d51e1eb0521d190c1d1ae905d31a5add577a326f6eeb13290', 1);
INSERT INTO public.journal VALUES (8, '2026-12-01 16:08:11.161859+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'unit', 7, NULL, 'null', '{"name": "示范县住房和城乡建设局", "short_name": "县住建局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "罗斌", "liaison_phone": "0372-5101007", "liaison_email": "zjj@shifan.example.cn", "note": "", "created_at": "2026-12-01T16:08:11.159116+00:00", "updated_at": "2026-12-01T16:08:11.159116+00:00", "id": 7}', '72f28b8d9b39b53d51e1eb0521d190c1d1ae905d31a5add577a326f6eeb13290', 'fd1526b784287938550e61f011a1ce6fb34d5898b33ec09345e5489e2abf36bd', 1);
INSERT INTO public.journal VALUES (9, '2026-12-01 16:08:11.166784+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'unit', 8, NULL, 'null', '{"name": "国家税务总局示范县税务局", "short_name": "县税务局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "梁红", "liaison_phone": "0372-5101008", "liaison_email": "swj@shifan.example.cn", "note": "", "created_at": "2026-12-01T16:08:11.165861+00:00", "updated_at": "2026-12-01T16:08:11.165861+00:00", "id": 8}', 'fd1526b784287938550e61f011a1ce6fb34d5898b33ec09345e5489e2abf36bd', 'b4b724cb79db28589ffb79972e8192e6526e6fcdd642995e1b9f835521dce222', 1);
INSERT INTO public.journal VALUES (10, '2026-12-01 16:08:11.171385+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'unit', 9, NULL, 'null', '{"name": "示范县市场监督管理局", "short_name": "县市场监管局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "宋佳", "liaison_phone": "0372-5101009", "liaison_email": "scjgj@shifan.example.cn", "note": "", "created_at": "2026-12-01T16:08:11.170510+00:00", "updated_at": "2026-12-01T16:08:11.170510+00:00", "id": 9}', 'b4b724cb79db28589ffb79972e8192e6526e6fcdd642995e1b9f835521dce222', 'f41375111cf637f7c4568fa544bb174dbd4ba2d4483161fd494d3913188f9a5c', 1);
INSERT INTO public.journal VALUES (11, '2026-12-01 16:08:11.178794+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'unit', 10, NULL, 'null', '{"name": "示范县信访局", "short_name": "县信访局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "唐亮", "liaison_phone": "0372-5101010", "liaison_email": "xfj@shifan.example.cn", "note": "", "created_at": "2026-12-01T16:08:11.177788+00:00", "updated_at": "2026-12-01T16:08:11.177788+00:00", "id": 10}', 'f41375111cf637f7c4568fa544bb174dbd4ba2d4483161fd494d3913188f9a5c', 'd67b0b980ffc05676a6c0954efe0cab5b6ecf6249000665f4300100519ca277d', 1);
INSERT INTO public.journal VALUES (12, '2026-12-01 16:08:11.180836+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'unit', 11, NULL, 'null', '{"name": "示范县公安局", "short_name": "县公安局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "韩冰", "liaison_phone": "0372-5101011", "liaison_email": "gaj@shifan.example.cn", "note": "", "created_at": "2026-12-01T16:08:11.180102+00:00", "updated_at": "2026-12-01T16:08:11.180102+00:00", "id": 11}', 'd67b0b980ffc05676a6c0954efe0cab5b6ecf6249000665f4300100519ca277d', '962510edbc00e2894985e1b62af071130d9b14f540b9bb9c9f579026dd04b56a', 1);
INSERT INTO public.journal VALUES (13, '2026-12-01 16:08:11.186603+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'unit', 12, NULL, 'null', '{"name": "示范县生态环境分局", "short_name": "县生态环境分局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "冯雪", "liaison_phone": "0372-5101012", "liaison_email": "sthj@shifan.example.cn", "note": "", "created_at": "2026-12-01T16:08:11.185781+00:00", "updated_at": "2026-12-01T16:08:11.185781+00:00", "id": 12}', '962510edbc00e2894985e1b62af071130d9b14f540b9bb9c9f579026dd04b56a', '85d4c8ed4cf07fc09f3a30037acf95bc7e16e33046b0366ede6b1f751c2f4bc0', 1);
INSERT INTO public.journal VALUES (14, '2026-12-01 16:08:11.190442+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'unit', 13, NULL, 'null', '{"name": "示范县城市管理局", "short_name": "县城管局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "邓凯", "liaison_phone": "0372-5101013", "liaison_email": "cgj@shifan.example.cn", "note": "", "created_at": "2026-12-01T16:08:11.189692+00:00", "updated_at": "2026-12-01T16:08:11.189692+00:00", "id": 13}', '85d4c8ed4cf07fc09f3a30037acf95bc7e16e33046b0366ede6b1f751c2f4bc0', 'ea2219d3c81c7cfee70f63bfea765fb959d1155bce721f0ecd8bb30b51555dfa', 1);
INSERT INTO public.journal VALUES (15, '2026-12-01 16:08:11.193766+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'unit', 14, NULL, 'null', '{"name": "示范县人民法院", "short_name": "县法院", "kind": "法院", "region": "示范县", "is_member": true, "liaison_name": "许文", "liaison_phone": "0372-5101014", "liaison_email": "fy@shifan.example.cn", "note": "", "created_at": "2026-12-01T16:08:11.191525+00:00", "updated_at": "2026-12-01T16:08:11.191525+00:00", "id": 14}', 'ea2219d3c81c7cfee70f63bfea765fb959d1155bce721f0ecd8bb30b51555dfa', 'a1771dfe21c7da4e155bac841124a8a59ef4085b03f9309ae9183e4af11dd44b', 1);
INSERT INTO public.journal VALUES (16, '2026-12-01 16:08:11.198466+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'unit', 15, NULL, 'null', '{"name": "示范县人民检察院", "short_name": "县检察院", "kind": "检察院", "region": "示范县", "is_member": true, "liaison_name": "曹阳", "liaison_phone": "0372-5101015", "liaison_email": "jcy@shifan.example.cn", "note": "", "created_at": "2026-12-01T16:08:11.197690+00:00", "updated_at": "2026-12-01T16:08:11.197690+00:00", "id": 15}', 'a1771dfe21c7da4e155bac841124a8a59ef4085b03f9309ae9183e4af11dd44b', '35c9e66956442c55ce9f56ab54d733e3569b1a4fa89cf0bd3bfd82a22dbdf2e1', 1);
INSERT INTO public.journal VALUES (17, '2026-12-01 16:08:11.200143+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'unit', 16, NULL, 'null', '{"name": "示范县城关镇人民政府", "short_name": "城关镇", "kind": "乡镇街道", "region": "示范县", "is_member": true, "liaison_name": "彭程", "liaison_phone": "0372-5101016", "liaison_email": "cgz@shifan.example.cn", "note": "", "created_at": "2026-12-01T16:08:11.199512+00:00", "updated_at": "2026-12-01T16:08:11.199512+00:00", "id": 16}', '35c9e66956442c55ce9f56ab54d733e3569b1a4fa89cf0bd3bfd82a22dbdf2e1', '9bd7a468e87707f6aa0a8c9fc1c9f18c7d299785a17d55e674d49c0aacaabbe4', 1);
INSERT INTO public.journal VALUES (18, '2026-12-01 16:08:11.205795+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'unit', 17, NULL, 'null', '{"name": "示范县东城街道办事处", "short_name": "东城街道", "kind": "乡镇街道", "region": "示范县", "is_member": true, "liaison_name": "袁媛", "liaison_phone": "0372-5101017", "liaison_email": "dcjd@shifan.example.cn", "note": "", "created_at": "2026-12-01T16:08:11.201671+00:00", "updated_at": "2026-12-01T16:08:11.201671+00:00", "id": 17}', '9bd7a468e87707f6aa0a8c9fc1c9f18c7d299785a17d55e674d49c0aacaabbe4', '33bb0ed252a1f22689127473de275478bf70171af6fcd9a03dbc98699ca3dfeb', 1);
INSERT INTO public.journal VALUES (19, '2026-12-01 16:08:11.209532+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'person', 1, NULL, 'null', '{"name": "王建国", "title": "县长", "unit_id": null, "role": "召集人", "phone": "", "email": "", "created_at": "2026-12-01T16:08:11.206252+00:00", "id": 1}', '33bb0ed252a1f22689127473de275478bf70171af6fcd9a03dbc98699ca3dfeb', '2e35130c3930ca75c1a277aa03622aed9ae50a7caec4b5c18ad6919a6f179aaa', 1);
INSERT INTO public.journal VALUES (20, '2026-12-01 16:08:11.219875+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'person', 2, NULL, 'null', '{"name": "刘清华", "title": "常务副县长", "unit_id": null, "role": "副召集人", "phone": "", "email": "", "created_at": "2026-12-01T16:08:11.217813+00:00", "id": 2}', '2e35130c3930ca75c1a277aa03622aed9ae50a7caec4b5c18ad6919a6f179aaa', '72ad01d8addfb748229f827b67301cc5fa4af68ce90b00b353b7781a3f76ff28', 1);
INSERT INTO public.journal VALUES (21, '2026-12-01 16:08:11.221823+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'person', 3, NULL, 'null', '{"name": "赵立新", "title": "县人民法院院长", "unit_id": null, "role": "副召集人", "phone": "", "email": "", "created_at": "2026-12-01T16:08:11.220500+00:00", "id": 3}', '72ad01d8addfb748229f827b67301cc5fa4af68ce90b00b353b7781a3f76ff28', '1a803b9c50cdf0d8d08d96eb47f50d87e8ac64f20fe2d6668c5f334e6de89f44', 1);
INSERT INTO public.journal VALUES (22, '2026-12-01 16:08:11.247765+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'person', 4, NULL, 'null', '{"name": "陈晓燕", "title": "副主任", "unit_id": 1, "role": "联络员", "phone": "0372-5101001", "email": "zfb@shifan.example.cn", "created_at": "2026-12-01T16:08:11.246330+00:00", "id": 4}', '1a803b9c50cdf0d8d08d96eb47f50d87e8ac64f20fe2d6668c5f334e6de89f44', 'c28333b41cd16e83b6ded324d11b5411a17378775b4a844f51c40d567190e635', 1);
INSERT INTO public.journal VALUES (23, '2026-12-01 16:08:11.268913+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'person', 5, NULL, 'null', '{"name": "马俊", "title": "科长", "unit_id": 2, "role": "联络员", "phone": "0372-5101002", "email": "fgw@shifan.example.cn", "created_at": "2026-12-01T16:08:11.255720+00:00", "id": 5}', 'c28333b41cd16e83b6ded324d11b5411a17378775b4a844f51c40d567190e635', 'a53776388c04d9aa0ad4986c72340144a71eff0a0aea453bba28c70fbcdf98ef', 1);
INSERT INTO public.journal VALUES (24, '2026-12-01 16:08:11.281968+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'person', 6, NULL, 'null', '{"name": "孙丽", "title": "行政复议股股长", "unit_id": 3, "role": "联络员", "phone": "0372-5101003", "email": "sfj@shifan.example.cn", "created_at": "2026-12-01T16:08:11.273563+00:00", "id": 6}', 'a53776388c04d9aa0ad4986c72340144a71eff0a0aea453bba28c70fbcdf98ef', 'd009238a4226caa836e439b37b22f1996773e2e746459860761fe5272e2d7de8', 1);
INSERT INTO public.journal VALUES (25, '2026-12-01 16:08:11.302008+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'person', 7, NULL, 'null', '{"name": "周明", "title": "局长", "unit_id": 3, "role": "成员", "phone": "", "email": "", "created_at": "2026-12-01T16:08:11.293895+00:00", "id": 7}', 'd009238a4226caa836e439b37b22f1996773e2e746459860761fe5272e2d7de8', '5c9ae0d09ba56df99d47cf6dbef9dd59501ddb38d5756b78b1a99b34e469690a', 1);
INSERT INTO public.journal VALUES (26, '2026-12-01 16:08:11.312223+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'person', 8, NULL, 'null', '{"name": "林静", "title": "办公室工作人员", "unit_id": 3, "role": "办公室", "phone": "", "email": "", "created_at": "2026-12-01T16:08:11.309787+00:00", "id": 8}', '5c9ae0d09ba56df99d47cf6dbef9dd59501ddb38d5756b78b1a99b34e469690a', '6588f07db81fdf0b329f880a3ee585d909f9a60d9285bd48dce462e6497e66d9', 1);
INSERT INTO public.journal VALUES (27, '2026-12-01 16:08:11.336288+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'person', 9, NULL, 'null', '{"name": "郭涛", "title": "法规股股长", "unit_id": 4, "role": "联络员", "phone": "0372-5101004", "email": "czj@shifan.example.cn", "created_at": "2026-12-01T16:08:11.334552+00:00", "id": 9}', '6588f07db81fdf0b329f880a3ee585d909f9a60d9285bd48dce462e6497e66d9', '7cb7b35398bddfa46a30ede3f6d8986db296dd4dbdf6babacda74e448888db28', 1);
INSERT INTO public.journal VALUES (28, '2026-12-01 16:08:11.343488+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'person', 10, NULL, 'null', '{"name": "何芳", "title": "法规股股长", "unit_id": 5, "role": "联络员", "phone": "0372-5101005", "email": "rsj@shifan.example.cn", "created_at": "2026-12-01T16:08:11.338439+00:00", "id": 10}', '7cb7b35398bddfa46a30ede3f6d8986db296dd4dbdf6babacda74e448888db28', '3569e60bf77063f802d6d98f19872dc0faf8ceecc14577f98eb5954fbf24c13e', 1);
INSERT INTO public.journal VALUES (29, '2026-12-01 16:08:11.356826+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'person', 11, NULL, 'null', '{"name": "高远", "title": "法规股股长", "unit_id": 6, "role": "联络员", "phone": "0372-5101006", "email": "zrzyj@shifan.example.cn", "created_at": "2026-12-01T16:08:11.355569+00:00", "id": 11}', '3569e60bf77063f802d6d98f19872dc0faf8ceecc14577f98eb5954fbf24c13e', '2ead4a319cdeb52081b12716678f76ce56a60efd5f76d0cca8b6a5cc90a4b223', 1);
INSERT INTO public.journal VALUES (30, '2026-12-01 16:08:11.379192+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'person', 12, NULL, 'null', '{"name": "罗斌", "title": "法规股股长", "unit_id": 7, "role": "联络员", "phone": "0372-5101007", "email": "zjj@shifan.example.cn", "created_at": "2026-12-01T16:08:11.378020+00:00", "id": 12}', '2ead4a319cdeb52081b12716678f76ce56a60efd5f76d0cca8b6a5cc90a4b223', '69ccdc84143c2e0db8c3175b6bacc55ddd3606c73bf7d150e9aa01002f4f1fe0', 1);
INSERT INTO public.journal VALUES (31, '2026-12-01 16:08:11.388277+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'person', 13, NULL, 'null', '{"name": "梁红", "title": "法制股股长", "unit_id": 8, "role": "联络员", "phone": "0372-5101008", "email": "swj@shifan.example.cn", "created_at": "2026-12-01T16:08:11.381156+00:00", "id": 13}', '69ccdc84143c2e0db8c3175b6bacc55ddd3606c73bf7d150e9aa01002f4f1fe0', 'ff482f9e43167a871254008a5199b581b565d74546ab31be531402e965b13722', 1);
INSERT INTO public.journal VALUES (32, '2026-12-01 16:08:11.407312+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'person', 14, NULL, 'null', '{"name": "宋佳", "title": "法规股股长", "unit_id": 9, "role": "联络员", "phone": "0372-5101009", "email": "scjgj@shifan.example.cn", "created_at": "2026-12-01T16:08:11.406037+00:00", "id": 14}', 'ff482f9e43167a871254008a5199b581b565d74546ab31be531402e965b13722', 'cec76d0231ed57ef2ab6a606a576f28908a6fe7dc3d811a8d8e766310508dd1b', 1);
INSERT INTO public.journal VALUES (33, '2026-12-01 16:08:11.421817+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'person', 15, NULL, 'null', '{"name": "唐亮", "title": "副局长", "unit_id": 10, "role": "联络员", "phone": "0372-5101010", "email": "xfj@shifan.example.cn", "created_at": "2026-12-01T16:08:11.418861+00:00", "id": 15}', 'cec76d0231ed57ef2ab6a606a576f28908a6fe7dc3d811a8d8e766310508dd1b', '5447052a75bb709f29ffc2154eca5e43dcb21da816cfb8bd757f4e4e0e2c896b', 1);
INSERT INTO public.journal VALUES (34, '2026-12-01 16:08:11.436414+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'person', 16, NULL, 'null', '{"name": "韩冰", "title": "法制大队大队长", "unit_id": 11, "role": "联络员", "phone": "0372-5101011", "email": "gaj@shifan.example.cn", "created_at": "2026-12-01T16:08:11.434071+00:00", "id": 16}', '5447052a75bb709f29ffc2154eca5e43dcb21da816cfb8bd757f4e4e0e2c896b', '5439cb7209cc90c58530d0ecbea03dcfafe621235edaffddc2fd45db65d1ef64', 1);
INSERT INTO public.journal VALUES (35, '2026-12-01 16:08:11.452394+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'person', 17, NULL, 'null', '{"name": "冯雪", "title": "法规股股长", "unit_id": 12, "role": "联络员", "phone": "0372-5101012", "email": "sthj@shifan.example.cn", "created_at": "2026-12-01T16:08:11.445954+00:00", "id": 17}', '5439cb7209cc90c58530d0ecbea03dcfafe621235edaffddc2fd45db65d1ef64', 'e1cdf0d50ae365449b4f470013684f06d048b86e18bd6012eb362a67149c206b', 1);
INSERT INTO public.journal VALUES (36, '2026-12-01 16:08:11.45787+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'person', 18, NULL, 'null', '{"name": "邓凯", "title": "法规股股长", "unit_id": 13, "role": "联络员", "phone": "0372-5101013", "email": "cgj@shifan.example.cn", "created_at": "2026-12-01T16:08:11.455087+00:00", "id": 18}', 'e1cdf0d50ae365449b4f470013684f06d048b86e18bd6012eb362a67149c206b', 'f70ca990791081d59ff5eaa97b0f70ec48eda5064b44f8e1d863d818307f0c20', 1);
INSERT INTO public.journal VALUES (37, '2026-12-01 16:08:11.469891+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'person', 19, NULL, 'null', '{"name": "许文", "title": "行政审判庭庭长", "unit_id": 14, "role": "联络员", "phone": "0372-5101014", "email": "fy@shifan.example.cn", "created_at": "2026-12-01T16:08:11.465963+00:00", "id": 19}', 'f70ca990791081d59ff5eaa97b0f70ec48eda5064b44f8e1d863d818307f0c20', 'b9415840621d8b7a91ac61b193c38d5faf720120a2c8049e0fd886c6739fb9a7', 1);
INSERT INTO public.journal VALUES (38, '2026-12-01 16:08:11.476961+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'person', 20, NULL, 'null', '{"name": "曹阳", "title": "行政检察部主任", "unit_id": 15, "role": "联络员", "phone": "0372-5101015", "email": "jcy@shifan.example.cn", "created_at": "2026-12-01T16:08:11.473961+00:00", "id": 20}', 'b9415840621d8b7a91ac61b193c38d5faf720120a2c8049e0fd886c6739fb9a7', '9c7d44d03c3a0db7a3d18896e93df40c61f22ef8d8335207a9f0606930e48f00', 1);
INSERT INTO public.journal VALUES (39, '2026-12-01 16:08:11.493814+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'person', 21, NULL, 'null', '{"name": "彭程", "title": "司法所所长", "unit_id": 16, "role": "联络员", "phone": "0372-5101016", "email": "cgz@shifan.example.cn", "created_at": "2026-12-01T16:08:11.491923+00:00", "id": 21}', '9c7d44d03c3a0db7a3d18896e93df40c61f22ef8d8335207a9f0606930e48f00', '1dae1ecb307057327dc6f5ec93cb4d978807e36c237547c8af892fd893759b2b', 1);
INSERT INTO public.journal VALUES (40, '2026-12-01 16:08:11.507468+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'person', 22, NULL, 'null', '{"name": "袁媛", "title": "司法所所长", "unit_id": 17, "role": "联络员", "phone": "0372-5101017", "email": "dcjd@shifan.example.cn", "created_at": "2026-12-01T16:08:11.502908+00:00", "id": 22}', '1dae1ecb307057327dc6f5ec93cb4d978807e36c237547c8af892fd893759b2b', '79ad590b1c28204d4d06a060b97a422d08be764417141094e0baea6bdb086f46', 1);
INSERT INTO public.journal VALUES (41, '2026-12-01 16:08:11.723367+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'case', 1, 1, 'null', '{"category": "行政诉讼", "case_no": "（2024）豫0591行初15号", "no_kind": "案号", "year": 2024, "court_code": "豫0591", "court_level": "基层", "type_code": "行初", "type_name": "行政一审案件", "case_family": "行政", "instance": "一审", "field": "土地征收", "unit_id": 6, "court": "", "received_on": "2024-03-15", "filed_on": "2024-03-15", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "不服征收补偿决定", "created_at": "2026-12-01T16:08:11.696067+00:00", "updated_at": "2026-12-01T16:08:11.696067+00:00", "id": 1}', '79ad590b1c28204d4d06a060b97a422d08be764417141094e0baea6bdb086f46', '898e6f563cd4433485e691ede35ef3046d1ae3516fc6a92b14bdbeda77549057', 41);
INSERT INTO public.journal VALUES (42, '2026-12-01 16:08:11.738841+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'party', 1, NULL, 'null', '{"name": "张三", "kind": "自然人", "id_kind": "身份证", "id_number": "410502********1232", "created_at": "2026-12-01T16:08:11.736133+00:00", "id": 1}', '898e6f563cd4433485e691ede35ef3046d1ae3516fc6a92b14bdbeda77549057', '1108cbe5c17162b54d60d99d570c52a7e8b56b7b42dcc1b5b0b6d27a4f9b0eb6', 41);
INSERT INTO public.journal VALUES (43, '2026-12-01 16:08:11.758471+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'case_party', 1, 1, 'null', '{"case_id": 1, "party_id": 1, "role": "原告", "id": 1, "party": "张三"}', '1108cbe5c17162b54d60d99d570c52a7e8b56b7b42dcc1b5b0b6d27a4f9b0eb6', 'e8860b92775487bd57ef3f2af31582fa6ef84ac0d18781073f20821d284c2f4b', 41);
INSERT INTO public.journal VALUES (44, '2026-12-01 16:08:11.770182+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'party', 2, NULL, 'null', '{"name": "示范县建工集团", "kind": "法人或其他组织", "id_kind": "统一社会信用代码", "id_number": "91340503MA2N0001XG", "created_at": "2026-12-01T16:08:11.763381+00:00", "id": 2}', 'e8860b92775487bd57ef3f2af31582fa6ef84ac0d18781073f20821d284c2f4b', 'aeb36ca45e9bd11971ac7772d51e6e125047087f272612d3e3ddaeb77526c536', 41);
INSERT INTO public.journal VALUES (45, '2026-12-01 16:08:11.774897+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'case_party', 2, 1, 'null', '{"case_id": 1, "party_id": 2, "role": "原告", "id": 2, "party": "示范县建工集团"}', 'aeb36ca45e9bd11971ac7772d51e6e125047087f272612d3e3ddaeb77526c536', '3658536328f0b2e2e4be7d033059bb7c644d03cb83e280bfff9a4d47beb86039', 41);
INSERT INTO public.journal VALUES (46, '2026-12-01 16:08:11.882224+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'case', 2, 2, 'null', '{"category": "行政复议", "case_no": "示政复〔2024〕12号", "no_kind": "自编号", "year": null, "court_code": null, "court_level": null, "type_code": null, "type_name": null, "case_family": null, "instance": null, "field": "", "unit_id": 5, "court": "", "received_on": "2024-04-02", "filed_on": "2024-04-02", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "", "created_at": "2026-12-01T16:08:11.871602+00:00", "updated_at": "2026-12-01T16:08:11.871602+00:00", "id": 2}', '3658536328f0b2e2e4be7d033059bb7c644d03cb83e280bfff9a4d47beb86039', '5b415c244f70493402be767908859906375809f110e4580fdd99e9209971897e', 46);
INSERT INTO public.journal VALUES (47, '2026-12-01 16:08:11.890503+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'party', 3, NULL, 'null', '{"name": "李四", "kind": "自然人", "id_kind": "", "id_number": null, "created_at": "2026-12-01T16:08:11.887485+00:00", "id": 3}', '5b415c244f70493402be767908859906375809f110e4580fdd99e9209971897e', '6eef6f30f672f406992177c4c060a309ed1e05380199c1791a3c13dd05058cc5', 46);
INSERT INTO public.journal VALUES (48, '2026-12-01 16:08:11.896152+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'case_party', 3, 2, 'null', '{"case_id": 2, "party_id": 3, "role": "申请人", "id": 3, "party": "李四"}', '6eef6f30f672f406992177c4c060a309ed1e05380199c1791a3c13dd05058cc5', '8f86d67ac24a2e24af1bcc53f3ff63719eeb5b77bc8cbd85e4cf4ccc1e8fa2a7', 46);
INSERT INTO public.journal VALUES (49, '2026-12-01 16:08:11.961547+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'case_event', 1, 1, 'null', '{"case_id": 1, "kind": "开庭", "occurred_on": "2024-05-20", "note": "", "created_at": "2026-12-01T16:08:11.946794+00:00", "id": 1}', '8f86d67ac24a2e24af1bcc53f3ff63719eeb5b77bc8cbd85e4cf4ccc1e8fa2a7', 'd0ae4696f2029db06572b35a59028f5cb1cf6cb8304fa619cd945bdb12d44026', 49);
INSERT INTO public.journal VALUES (50, '2026-12-01 16:08:11.963718+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'update', 'case', 1, 1, '{"court_code": "豫0591", "court": "", "is_correction": false, "claimed_fen": null, "court_level": "基层", "received_on": "2024-03-15", "is_judgment": false, "recovered_fen": null, "type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "resolved": null, "category": "行政诉讼", "type_name": "行政一审案件", "heard_on": null, "is_withdrawn": false, "group_size": null, "id": 1, "case_family": "行政", "closed_on": null, "risk_level": "", "summary": "不服征收补偿决定", "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "在办", "heard": null, "created_at": "2026-12-01T16:08:11.696067+00:00", "no_kind": "案号", "field": "土地征收", "outcome": null, "head_appeared": null, "updated_at": "2026-12-01T16:08:11.696067+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_rank": null}', '{"court_code": "豫0591", "court": "", "is_correction": false, "claimed_fen": null, "court_level": "基层", "received_on": "2024-03-15", "is_judgment": false, "recovered_fen": null, "type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "resolved": null, "category": "行政诉讼", "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_withdrawn": false, "group_size": null, "id": 1, "case_family": "行政", "closed_on": null, "risk_level": "", "summary": "不服征收补偿决定", "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "在办", "heard": true, "created_at": "2026-12-01T16:08:11.696067+00:00", "no_kind": "案号", "field": "土地征收", "outcome": null, "head_appeared": null, "updated_at": "2026-12-01T16:08:11.962673+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_rank": null}', 'd0ae4696f2029db06572b35a59028f5cb1cf6cb8304fa619cd945bdb12d44026', '3bdce1c20246bb73588239f03c28d6a7023fa543be3dd74918304e801263faed', 49);
INSERT INTO public.journal VALUES (51, '2026-12-01 16:08:12.026183+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'update', 'case', 1, 1, '{"court_code": "豫0591", "court": "", "is_correction": false, "claimed_fen": null, "court_level": "基层", "received_on": "2024-03-15", "is_judgment": false, "recovered_fen": null, "type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "resolved": null, "category": "行政诉讼", "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_withdrawn": false, "group_size": null, "id": 1, "case_family": "行政", "closed_on": null, "risk_level": "", "summary": "不服征收补偿决定", "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "在办", "heard": true, "created_at": "2026-12-01T16:08:11.696067+00:00", "no_kind": "案号", "field": "土地征收", "outcome": null, "head_appeared": null, "updated_at": "2026-12-01T16:08:11.962673+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_rank": null}', '{"court_code": "豫0591", "court": "", "is_correction": false, "claimed_fen": null, "court_level": "基层", "received_on": "2024-03-15", "is_judgment": true, "recovered_fen": null, "type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "resolved": null, "category": "行政诉讼", "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_withdrawn": false, "group_size": null, "id": 1, "case_family": "行政", "closed_on": "2024-06-28", "risk_level": "", "summary": "不服征收补偿决定", "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "已结", "heard": true, "created_at": "2026-12-01T16:08:11.696067+00:00", "no_kind": "案号", "field": "土地征收", "outcome": "驳回诉讼请求", "head_appeared": null, "updated_at": "2026-12-01T16:08:12.017972+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_rank": null}', '3bdce1c20246bb73588239f03c28d6a7023fa543be3dd74918304e801263faed', '192e2c39654981aa86bbb1d19be3e532f4bf0eb029435e5265eae780ad30bfc1', 51);
INSERT INTO public.journal VALUES (52, '2026-12-01 16:08:12.089687+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'update', 'case', 2, 2, '{"court_code": null, "court": "", "is_correction": false, "claimed_fen": null, "court_level": null, "received_on": "2024-04-02", "is_judgment": false, "recovered_fen": null, "type_code": null, "filed_on": "2024-04-02", "is_settled": false, "resolved": null, "category": "行政复议", "type_name": null, "heard_on": null, "is_withdrawn": false, "group_size": null, "id": 2, "case_family": null, "closed_on": null, "risk_level": "", "summary": "", "case_no": "示政复〔2024〕12号", "instance": null, "status": "在办", "heard": null, "created_at": "2026-12-01T16:08:11.871602+00:00", "no_kind": "自编号", "field": "", "outcome": null, "head_appeared": null, "updated_at": "2026-12-01T16:08:11.871602+00:00", "year": null, "unit_id": 5, "is_loss": false, "head_rank": null}', '{"court_code": null, "court": "", "is_correction": true, "claimed_fen": null, "court_level": null, "received_on": "2024-04-02", "is_judgment": true, "recovered_fen": null, "type_code": null, "filed_on": "2024-04-02", "is_settled": false, "resolved": null, "category": "行政复议", "type_name": null, "heard_on": null, "is_withdrawn": false, "group_size": null, "id": 2, "case_family": null, "closed_on": "2024-06-01", "risk_level": "", "summary": "", "case_no": "示政复〔2024〕12号", "instance": null, "status": "已结", "heard": null, "created_at": "2026-12-01T16:08:11.871602+00:00", "no_kind": "自编号", "field": "", "outcome": "撤销", "head_appeared": null, "updated_at": "2026-12-01T16:08:12.080245+00:00", "year": null, "unit_id": 5, "is_loss": false, "head_rank": null}', '192e2c39654981aa86bbb1d19be3e532f4bf0eb029435e5265eae780ad30bfc1', '41cc473536a61ef43ab7edacf7bf93c7ec4a3681e06200f5c677f22a3d6d6309', 52);
INSERT INTO public.journal VALUES (53, '2026-12-01 16:08:12.22253+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'meeting', 1, NULL, 'null', '{"year": 2024, "issue_no": 1, "kind": "联席会议", "held_on": "2024-06-20", "place": "", "chair": "王县长", "topics": "征收补偿争议化解", "opening": "", "created_at": "2026-12-01T16:08:12.210476+00:00", "id": 1}', '41cc473536a61ef43ab7edacf7bf93c7ec4a3681e06200f5c677f22a3d6d6309', 'f23fe186689f5c5d8d44c1191f3a0f3caf725d28d1065cbd1313f48c9795f8f7', 53);
INSERT INTO public.journal VALUES (54, '2026-12-01 16:08:12.329765+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'task', 1, NULL, 'null', '{"source": "议定事项", "content": "建立征收补偿争议会商机制", "lead_unit_id": 6, "leader": "", "due_on": "2024-09-30", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": 1, "decision_no": 1, "suggestion_id": null, "list_no": "", "note": "", "created_at": "2026-12-01T16:08:12.312499+00:00", "updated_at": "2026-12-01T16:08:12.312499+00:00", "id": 1, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": ["示范县司法局"]}', 'f23fe186689f5c5d8d44c1191f3a0f3caf725d28d1065cbd1313f48c9795f8f7', 'fcb3e7033b5e8605ff7819767ec603475333da981a25af887d6d3cc506044ea7', 54);
INSERT INTO public.journal VALUES (55, '2026-12-01 16:08:12.457607+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'task', 2, NULL, 'null', '{"source": "双清单", "content": "清理行政协议履约情况", "lead_unit_id": 5, "leader": "", "due_on": "2024-08-31", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "", "note": "", "created_at": "2026-12-01T16:08:12.447305+00:00", "updated_at": "2026-12-01T16:08:12.447305+00:00", "id": 2, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": []}', 'fcb3e7033b5e8605ff7819767ec603475333da981a25af887d6d3cc506044ea7', 'd8e9f03f3a613ff3808657b315ef36cfd024411f7569be136db59f5ba82e555c', 55);
INSERT INTO public.journal VALUES (56, '2026-12-01 16:08:12.56024+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'task_progress', 1, NULL, 'null', '{"task_id": 1, "reported_on": "2024-10-15", "note": "已召开专题会", "author": "", "created_at": "2026-12-01T16:08:12.539003+00:00", "id": 1}', 'd8e9f03f3a613ff3808657b315ef36cfd024411f7569be136db59f5ba82e555c', '758355ee3d73051ca0a14f8bdf919d2e3b1ecce15228a2f727b01b0dda8a25ac', 56);
INSERT INTO public.journal VALUES (57, '2026-12-01 16:08:12.756142+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'suggestion', 1, NULL, 'null', '{"kind": "司法建议", "doc_no": "示法建〔2024〕3号", "issuer": "示范县人民法院", "unit_id": 6, "received_on": "2024-05-06", "reply_due": "2024-07-08", "reply_due_rule": "2个月", "reply_due_provisional": false, "summary": "规范征收补偿程序", "created_at": "2026-12-01T16:08:12.730298+00:00", "id": 1, "replied_on": null, "reply_summary": "", "adopted": null, "verified_on": null, "cases": []}', '758355ee3d73051ca0a14f8bdf919d2e3b1ecce15228a2f727b01b0dda8a25ac', 'd45fb4505a6bcc03686585bb56ce4ad932f7b1d093510d123efd36aa8c186f99', 57);
INSERT INTO public.journal VALUES (58, '2026-12-01 16:08:13.019098+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'notice', 1, NULL, 'null', '{"stage": "催办", "unit_id": 6, "issued_on": "2024-10-15", "year": null, "number": null, "reply_due": null, "created_at": "2026-12-01T16:08:12.992118+00:00", "id": 1, "acknowledged_on": null, "tasks": [1], "suggestions": []}', 'd45fb4505a6bcc03686585bb56ce4ad932f7b1d093510d123efd36aa8c186f99', '6eb882950b548e50d2a32c6aca9be2e560f443f1f6bdeb43ac93bfc2ce6c1b28', 58);
INSERT INTO public.journal VALUES (59, '2026-12-01 16:08:13.041744+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'notice', 2, NULL, 'null', '{"stage": "督办", "unit_id": 6, "issued_on": "2024-10-15", "year": 2024, "number": 1, "reply_due": "2024-10-22", "created_at": "2026-12-01T16:08:12.992118+00:00", "id": 2, "acknowledged_on": null, "tasks": [], "suggestions": ["示法建〔2024〕3号"]}', '6eb882950b548e50d2a32c6aca9be2e560f443f1f6bdeb43ac93bfc2ce6c1b28', 'a2c907698ee246b5e2aed522f1618efb82da3e82275975e33ac7be2a7425eb3f', 58);
INSERT INTO public.journal VALUES (60, '2026-12-01 16:08:13.05537+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_corr', 'insert', 'notice', 3, NULL, 'null', '{"stage": "督办", "unit_id": 5, "issued_on": "2024-10-15", "year": 2024, "number": 2, "reply_due": "2024-10-22", "created_at": "2026-12-01T16:08:12.992118+00:00", "id": 3, "acknowledged_on": null, "tasks": [2], "suggestions": []}', 'a2c907698ee246b5e2aed522f1618efb82da3e82275975e33ac7be2a7425eb3f', '1d4782734dd2269a1baffc41db96b5105aafab5a0adf3fb0fcb86747fa384a16', 58);


--
-- Data for Name: meeting; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.meeting VALUES (1, 2024, 1, '联席会议', '2024-06-20', '', '王县长', '征收补偿争议化解', '', '2026-12-01 16:08:12.210476+00');


--
-- Data for Name: notice; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notice VALUES (1, '催办', 6, '2024-10-15', NULL, NULL, NULL, NULL, '2026-12-01 16:08:12.992118+00');
INSERT INTO public.notice VALUES (2, '督办', 6, '2024-10-15', 2024, 1, '2024-10-22', NULL, '2026-12-01 16:08:12.992118+00');
INSERT INTO public.notice VALUES (3, '督办', 5, '2024-10-15', 2024, 2, '2024-10-22', NULL, '2026-12-01 16:08:12.992118+00');


--
-- Data for Name: notice_item; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notice_item VALUES (1, 1, '催办', 1, NULL, 7);
INSERT INTO public.notice_item VALUES (2, 2, '督办', NULL, 1, 67);
INSERT INTO public.notice_item VALUES (3, 3, '督办', 2, NULL, 28);


--
-- Data for Name: office; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.office VALUES (1, '示范县府院联动联席会议办公室', '示范县', '示范县府院联动联席会议', '2026-12-01 16:08:11.067147+00');


--
-- Data for Name: party; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.party VALUES (1, '张三', '自然人', '身份证', '410502198510151232', '2026-12-01 16:08:11.736133+00');
INSERT INTO public.party VALUES (2, '示范县建工集团', '法人或其他组织', '统一社会信用代码', '91340503MA2N0001XG', '2026-12-01 16:08:11.763381+00');
INSERT INTO public.party VALUES (3, '李四', '自然人', '', NULL, '2026-12-01 16:08:11.887485+00');


--
-- Data for Name: person; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.person VALUES (1, '王建国', '县长', NULL, '召集人', '', '', '2026-12-01 16:08:11.206252+00');
INSERT INTO public.person VALUES (2, '刘清华', '常务副县长', NULL, '副召集人', '', '', '2026-12-01 16:08:11.217813+00');
INSERT INTO public.person VALUES (3, '赵立新', '县人民法院院长', NULL, '副召集人', '', '', '2026-12-01 16:08:11.2205+00');
INSERT INTO public.person VALUES (4, '陈晓燕', '副主任', 1, '联络员', '0372-5101001', 'zfb@shifan.example.cn', '2026-12-01 16:08:11.24633+00');
INSERT INTO public.person VALUES (5, '马俊', '科长', 2, '联络员', '0372-5101002', 'fgw@shifan.example.cn', '2026-12-01 16:08:11.25572+00');
INSERT INTO public.person VALUES (6, '孙丽', '行政复议股股长', 3, '联络员', '0372-5101003', 'sfj@shifan.example.cn', '2026-12-01 16:08:11.273563+00');
INSERT INTO public.person VALUES (7, '周明', '局长', 3, '成员', '', '', '2026-12-01 16:08:11.293895+00');
INSERT INTO public.person VALUES (8, '林静', '办公室工作人员', 3, '办公室', '', '', '2026-12-01 16:08:11.309787+00');
INSERT INTO public.person VALUES (9, '郭涛', '法规股股长', 4, '联络员', '0372-5101004', 'czj@shifan.example.cn', '2026-12-01 16:08:11.334552+00');
INSERT INTO public.person VALUES (10, '何芳', '法规股股长', 5, '联络员', '0372-5101005', 'rsj@shifan.example.cn', '2026-12-01 16:08:11.338439+00');
INSERT INTO public.person VALUES (11, '高远', '法规股股长', 6, '联络员', '0372-5101006', 'zrzyj@shifan.example.cn', '2026-12-01 16:08:11.355569+00');
INSERT INTO public.person VALUES (12, '罗斌', '法规股股长', 7, '联络员', '0372-5101007', 'zjj@shifan.example.cn', '2026-12-01 16:08:11.37802+00');
INSERT INTO public.person VALUES (13, '梁红', '法制股股长', 8, '联络员', '0372-5101008', 'swj@shifan.example.cn', '2026-12-01 16:08:11.381156+00');
INSERT INTO public.person VALUES (14, '宋佳', '法规股股长', 9, '联络员', '0372-5101009', 'scjgj@shifan.example.cn', '2026-12-01 16:08:11.406037+00');
INSERT INTO public.person VALUES (15, '唐亮', '副局长', 10, '联络员', '0372-5101010', 'xfj@shifan.example.cn', '2026-12-01 16:08:11.418861+00');
INSERT INTO public.person VALUES (16, '韩冰', '法制大队大队长', 11, '联络员', '0372-5101011', 'gaj@shifan.example.cn', '2026-12-01 16:08:11.434071+00');
INSERT INTO public.person VALUES (17, '冯雪', '法规股股长', 12, '联络员', '0372-5101012', 'sthj@shifan.example.cn', '2026-12-01 16:08:11.445954+00');
INSERT INTO public.person VALUES (18, '邓凯', '法规股股长', 13, '联络员', '0372-5101013', 'cgj@shifan.example.cn', '2026-12-01 16:08:11.455087+00');
INSERT INTO public.person VALUES (19, '许文', '行政审判庭庭长', 14, '联络员', '0372-5101014', 'fy@shifan.example.cn', '2026-12-01 16:08:11.465963+00');
INSERT INTO public.person VALUES (20, '曹阳', '行政检察部主任', 15, '联络员', '0372-5101015', 'jcy@shifan.example.cn', '2026-12-01 16:08:11.473961+00');
INSERT INTO public.person VALUES (21, '彭程', '司法所所长', 16, '联络员', '0372-5101016', 'cgz@shifan.example.cn', '2026-12-01 16:08:11.491923+00');
INSERT INTO public.person VALUES (22, '袁媛', '司法所所长', 17, '联络员', '0372-5101017', 'dcjd@shifan.example.cn', '2026-12-01 16:08:11.502908+00');


--
-- Data for Name: report_snapshot; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: suggestion; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.suggestion VALUES (1, '司法建议', '示法建〔2024〕3号', '示范县人民法院', 6, '2024-05-06', '2024-07-08', '2个月', false, NULL, '', NULL, NULL, '规范征收补偿程序', '2026-12-01 16:08:12.730298+00');


--
-- Data for Name: suggestion_case; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: task; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task VALUES (1, '议定事项', '建立征收补偿争议会商机制', 6, '', '2024-09-30', '', NULL, false, 1, 1, NULL, '', '', NULL, NULL, '', '2026-12-01 16:08:12.312499+00', '2026-12-01 16:08:12.312499+00');
INSERT INTO public.task VALUES (2, '双清单', '清理行政协议履约情况', 5, '', '2024-08-31', '', NULL, false, NULL, NULL, NULL, '', '', NULL, NULL, '', '2026-12-01 16:08:12.447305+00', '2026-12-01 16:08:12.447305+00');


--
-- Data for Name: task_co_unit; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task_co_unit VALUES (1, 1, 3);


--
-- Data for Name: task_progress; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task_progress VALUES (1, 1, '2024-10-15', '已召开专题会', '', '2026-12-01 16:08:12.539003+00');


--
-- Data for Name: unit; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.unit VALUES (1, '示范县人民政府办公室', '县政府办', '政府部门', '示范县', true, '陈晓燕', '0372-5101001', 'zfb@shifan.example.cn', '', '2026-12-01 16:08:11.10619+00', '2026-12-01 16:08:11.10619+00');
INSERT INTO public.unit VALUES (2, '示范县发展和改革委员会', '县发改委', '政府部门', '示范县', true, '马俊', '0372-5101002', 'fgw@shifan.example.cn', '', '2026-12-01 16:08:11.121333+00', '2026-12-01 16:08:11.121333+00');
INSERT INTO public.unit VALUES (3, '示范县司法局', '县司法局', '政府部门', '示范县', true, '孙丽', '0372-5101003', 'sfj@shifan.example.cn', '联席会议办公室设在县司法局', '2026-12-01 16:08:11.134893+00', '2026-12-01 16:08:11.134893+00');
INSERT INTO public.unit VALUES (4, '示范县财政局', '县财政局', '政府部门', '示范县', true, '郭涛', '0372-5101004', 'czj@shifan.example.cn', '', '2026-12-01 16:08:11.14179+00', '2026-12-01 16:08:11.14179+00');
INSERT INTO public.unit VALUES (5, '示范县人力资源和社会保障局', '县人社局', '政府部门', '示范县', true, '何芳', '0372-5101005', 'rsj@shifan.example.cn', '', '2026-12-01 16:08:11.149945+00', '2026-12-01 16:08:11.149945+00');
INSERT INTO public.unit VALUES (6, '示范县自然资源局', '县自然资源局', '政府部门', '示范县', true, '高远', '0372-5101006', 'zrzyj@shifan.example.cn', '', '2026-12-01 16:08:11.153621+00', '2026-12-01 16:08:11.153621+00');
INSERT INTO public.unit VALUES (7, '示范县住房和城乡建设局', '县住建局', '政府部门', '示范县', true, '罗斌', '0372-5101007', 'zjj@shifan.example.cn', '', '2026-12-01 16:08:11.159116+00', '2026-12-01 16:08:11.159116+00');
INSERT INTO public.unit VALUES (8, '国家税务总局示范县税务局', '县税务局', '政府部门', '示范县', true, '梁红', '0372-5101008', 'swj@shifan.example.cn', '', '2026-12-01 16:08:11.165861+00', '2026-12-01 16:08:11.165861+00');
INSERT INTO public.unit VALUES (9, '示范县市场监督管理局', '县市场监管局', '政府部门', '示范县', true, '宋佳', '0372-5101009', 'scjgj@shifan.example.cn', '', '2026-12-01 16:08:11.17051+00', '2026-12-01 16:08:11.17051+00');
INSERT INTO public.unit VALUES (10, '示范县信访局', '县信访局', '政府部门', '示范县', true, '唐亮', '0372-5101010', 'xfj@shifan.example.cn', '', '2026-12-01 16:08:11.177788+00', '2026-12-01 16:08:11.177788+00');
INSERT INTO public.unit VALUES (11, '示范县公安局', '县公安局', '政府部门', '示范县', true, '韩冰', '0372-5101011', 'gaj@shifan.example.cn', '', '2026-12-01 16:08:11.180102+00', '2026-12-01 16:08:11.180102+00');
INSERT INTO public.unit VALUES (12, '示范县生态环境分局', '县生态环境分局', '政府部门', '示范县', true, '冯雪', '0372-5101012', 'sthj@shifan.example.cn', '', '2026-12-01 16:08:11.185781+00', '2026-12-01 16:08:11.185781+00');
INSERT INTO public.unit VALUES (13, '示范县城市管理局', '县城管局', '政府部门', '示范县', true, '邓凯', '0372-5101013', 'cgj@shifan.example.cn', '', '2026-12-01 16:08:11.189692+00', '2026-12-01 16:08:11.189692+00');
INSERT INTO public.unit VALUES (14, '示范县人民法院', '县法院', '法院', '示范县', true, '许文', '0372-5101014', 'fy@shifan.example.cn', '', '2026-12-01 16:08:11.191525+00', '2026-12-01 16:08:11.191525+00');
INSERT INTO public.unit VALUES (15, '示范县人民检察院', '县检察院', '检察院', '示范县', true, '曹阳', '0372-5101015', 'jcy@shifan.example.cn', '', '2026-12-01 16:08:11.19769+00', '2026-12-01 16:08:11.19769+00');
INSERT INTO public.unit VALUES (16, '示范县城关镇人民政府', '城关镇', '乡镇街道', '示范县', true, '彭程', '0372-5101016', 'cgz@shifan.example.cn', '', '2026-12-01 16:08:11.199512+00', '2026-12-01 16:08:11.199512+00');
INSERT INTO public.unit VALUES (17, '示范县东城街道办事处', '东城街道', '乡镇街道', '示范县', true, '袁媛', '0372-5101017', 'dcjd@shifan.example.cn', '', '2026-12-01 16:08:11.201671+00', '2026-12-01 16:08:11.201671+00');


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
-- Name: ix_case_category_heard; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_case_category_heard ON public.cases USING btree (category, heard_on);


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


