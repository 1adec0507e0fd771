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

INSERT INTO public.case_event VALUES (1, 1, '开庭', '2024-05-20', '', '2026-12-01 14:55:14.891502+00');


--
-- Data for Name: case_party; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_party VALUES (1, 1, 1, '原告');
INSERT INTO public.case_party VALUES (2, 1, 2, '原告');
INSERT INTO public.case_party VALUES (3, 2, 3, '申请人');


--
-- Data for Name: cases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cases VALUES (1, '行政诉讼', '（2024）豫0591行初15号', '案号', 2024, '豫0591', '基层', '行初', '行政一审案件', '行政', '一审', '土地征收', 6, '', '2024-03-15', '2024-03-15', '2024-05-20', '2024-06-28', '已结', '驳回诉讼请求', false, false, true, false, false, true, NULL, NULL, NULL, NULL, NULL, NULL, '', '不服征收补偿决定', '2026-12-01 14:55:14.825932+00', '2026-12-01 14:55:14.913976+00');
INSERT INTO public.cases VALUES (2, '行政复议', '示政复〔2024〕12号', '自编号', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', 5, '', '2024-04-02', '2024-04-02', NULL, '2024-06-01', '已结', '撤销', false, true, true, false, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', '', '2026-12-01 14:55:14.864442+00', '2026-12-01 14:55:14.932311+00');


--
-- Data for Name: db_user_unit; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: delivery; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: journal; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.journal VALUES (1, '2026-12-01 14:55:14.703895+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'office', 1, NULL, 'null', '{"name": "示范县府院联动联席会议办公室", "region": "示范县", "meeting_name": "示范县府院联动联席会议", "created_at": "2026-12-01T14:55:14.698591+00:00", "id": 1}', '0000000000000000000000000000000000000000000000000000000000000000', '06ea217c3f3ff47574dde707b7db7022e7431331f882d7c61bdea7bd349be66f');
INSERT INTO public.journal VALUES (2, '2026-12-01 14:55:14.713654+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'unit', 1, NULL, 'null', '{"name": "示范县人民政府办公室", "short_name": "县政府办", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "陈晓燕", "liaison_phone": "0372-5101001", "liaison_email": "zfb@shifan.example.cn", "note": "", "created_at": "2026-12-01T14:55:14.710511+00:00", "updated_at": "2026-12-01T14:55:14.710511+00:00", "id": 1}', '06ea217c3f3ff47574dde707b7db7022e7431331f882d7c61bdea7bd349be66f', '5eb3e02bcf76ee049066d5c1c73e9f70a664fdf570dd2bfb527f363717b95ea0');
INSERT INTO public.journal VALUES (3, '2026-12-01 14:55:14.716558+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'unit', 2, NULL, 'null', '{"name": "示范县发展和改革委员会", "short_name": "县发改委", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "马俊", "liaison_phone": "0372-5101002", "liaison_email": "fgw@shifan.example.cn", "note": "", "created_at": "2026-12-01T14:55:14.715134+00:00", "updated_at": "2026-12-01T14:55:14.715134+00:00", "id": 2}', '5eb3e02bcf76ee049066d5c1c73e9f70a664fdf570dd2bfb527f363717b95ea0', 'df00923815afbaadd0fce9bc2e9efd4ef4481e5b212cf15169f47393501873dd');
INSERT INTO public.journal VALUES (4, '2026-12-01 14:55:14.718654+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'unit', 3, NULL, 'null', '{"name": "示范县司法局", "short_name": "县司法局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "孙丽", "liaison_phone": "0372-5101003", "liaison_email": "sfj@shifan.example.cn", "note": "联席会议办公室设在县司法局", "created_at": "2026-12-01T14:55:14.717815+00:00", "updated_at": "2026-12-01T14:55:14.717815+00:00", "id": 3}', 'df00923815afbaadd0fce9bc2e9efd4ef4481e5b212cf15169f47393501873dd', 'c1327ac2616a0635d6a152d29edbe22b5f9dc22cc41668a1219d40ae3629596d');
INSERT INTO public.journal VALUES (5, '2026-12-01 14:55:14.720559+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'unit', 4, NULL, 'null', '{"name": "示范县财政局", "short_name": "县财政局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "郭涛", "liaison_phone": "0372-5101004", "liaison_email": "czj@shifan.example.cn", "note": "", "created_at": "2026-12-01T14:55:14.719848+00:00", "updated_at": "2026-12-01T14:55:14.719848+00:00", "id": 4}', 'c1327ac2616a0635d6a152d29edbe22b5f9dc22cc41668a1219d40ae3629596d', 'c528c50ceceda8da6a3cd25155e9caed1f60edbde5d1f07fefedcb76f2616e86');
INSERT INTO public.journal VALUES (6, '2026-12-01 14:55:14.722368+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'unit', 5, NULL, 'null', '{"name": "示范县人力资源和社会保障局", "short_name": "县人社局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "何芳", "liaison_phone": "0372-5101005", "liaison_email": "rsj@shifan.example.cn", "note": "", "created_at": "2026-12-01T14:55:14.721665+00:00", "updated_at": "2026-12-01T14:55:14.721665+00:00", "id": 5}', 'c528c50ceceda8da6a3cd25155e9caed1f60edbde5d1f07fefedcb76f2616e86', '01cd8f47fa27850037d695d4967c264fe8d954e7976f90eed1a98b89ca9db9d3');
INSERT INTO public.journal VALUES (7, '2026-12-01 14:55:14.724456+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'unit', 6, NULL, 'null', '{"name": "示范县自然资源局", "short_name": "县自然资源局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "高远", "liaison_phone": "0372-5101006", "liaison_email": "zrzyj@shifan.example.cn", "note": "", "created_at": "2026-12-01T14:55:14.723692+00:00", "updated_at": "2026-12-01T14:55:14.723692+00:00", "id": 6}', '01cd8f47fa27850037d695d4967c264fe8d954e7976f90eed1a98b89ca9db9d3', '1cd2e52d7fec59c14be16f89b6b4fdc5e2648b0f39eca219d527ea7733b8a609');
INSERT INTO public.journal VALUES (8, '2026-12-01 14:55:14.726155+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'unit', 7, NULL, 'null', '{"name": "示范县住房和城乡建设局", "short_name": "县住建局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "罗斌", "liaison_phone": "0372-5101007", "liaison_email": "zjj@shifan.example.cn", "note": "", "created_at": "2026-12-01T14:55:14.725424+00:00", "updated_at": "2026-12-01T14:55:14.725424+00:00", "id": 7}', '1cd2e52d7fec59c14be16f89b6b4fdc5e2648b0f39eca219d527ea7733b8a609', '38d27c3e67abab3ed9d0cb90c768779504c9280b31e92016fb927e253e964a75');
INSERT INTO public.journal VALUES (9, '2026-12-01 14:55:14.727791+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'unit', 8, NULL, 'null', '{"name": "国家税务总局示范县税务局", "short_name": "县税务局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "梁红", "liaison_phone": "0372-5101008", "liaison_email": "swj@shifan.example.cn", "note": "", "created_at": "2026-12-01T14:55:14.727196+00:00", "updated_at": "2026-12-01T14:55:14.727196+00:00", "id": 8}', '38d27c3e67abab3ed9d0cb90c768779504c9280b31e92016fb927e253e964a75', '07e96207d75554a2c9ccb86f02df758281a130a0cae557201789c685e06a577a');
INSERT INTO public.journal VALUES (10, '2026-12-01 14:55:14.729323+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'unit', 9, NULL, 'null', '{"name": "示范县市场监督管理局", "short_name": "县市场监管局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "宋佳", "liaison_phone": "0372-5101009", "liaison_email": "scjgj@shifan.example.cn", "note": "", "created_at": "2026-12-01T14:55:14.728731+00:00", "updated_at": "2026-12-01T14:55:14.728731+00:00", "id": 9}', '07e96207d75554a2c9ccb86f02df758281a130a0cae557201789c685e06a577a', '1dbbd2c4213e34e53ce2fc0052d0d2cdcf7a28ddf070f1768b68916b68f9fbd3');
INSERT INTO public.journal VALUES (11, '2026-12-01 14:55:14.730877+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'unit', 10, NULL, 'null', '{"name": "示范县信访局", "short_name": "县信访局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "唐亮", "liaison_phone": "0372-5101010", "liaison_email": "xfj@shifan.example.cn", "note": "", "created_at": "2026-12-01T14:55:14.730287+00:00", "updated_at": "2026-12-01T14:55:14.730287+00:00", "id": 10}', '1dbbd2c4213e34e53ce2fc0052d0d2cdcf7a28ddf070f1768b68916b68f9fbd3', '460ad61876b7db1a8326354070d524c2743003aa3e23209a9ce9cd727ee4be8b');
INSERT INTO public.journal VALUES (12, '2026-12-01 14:55:14.732419+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'unit', 11, NULL, 'null', '{"name": "示范县公安局", "short_name": "县公安局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "韩冰", "liaison_phone": "0372-5101011", "liaison_email": "gaj@shifan.example.cn", "note": "", "created_at": "2026-12-01T14:55:14.731835+00:00", "updated_at": "2026-12-01T14:55:14.731835+00:00", "id": 11}', '460ad61876b7db1a8326354070d524c2743003aa3e23209a9ce9cd727ee4be8b', '6c0c5595fe131bff8307786d659b5afe96c723deb999059074b9e56e61dbfb4b');
INSERT INTO public.journal VALUES (13, '2026-12-01 14:55:14.734044+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'unit', 12, NULL, 'null', '{"name": "示范县生态环境分局", "short_name": "县生态环境分局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "冯雪", "liaison_phone": "0372-5101012", "liaison_email": "sthj@shifan.example.cn", "note": "", "created_at": "2026-12-01T14:55:14.733374+00:00", "updated_at": "2026-12-01T14:55:14.733374+00:00", "id": 12}', '6c0c5595fe131bff8307786d659b5afe96c723deb999059074b9e56e61dbfb4b', '8b03a29858c3cc26e4f7cae6034d223b2627207994d229de708bdbecdc9f1013');
INSERT INTO public.journal VALUES (14, '2026-12-01 14:55:14.735845+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'unit', 13, NULL, 'null', '{"name": "示范县城市管理局", "short_name": "县城管局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "邓凯", "liaison_phone": "0372-5101013", "liaison_email": "cgj@shifan.example.cn", "note": "", "created_at": "2026-12-01T14:55:14.735273+00:00", "updated_at": "2026-12-01T14:55:14.735273+00:00", "id": 13}', '8b03a29858c3cc26e4f7cae6034d223b2627207994d229de708bdbecdc9f1013', '840ee29234c223a01714e4ed0e23aefca1872b17347ecba3f342df5d9f6b6012');
INSERT INTO public.journal VALUES (15, '2026-12-01 14:55:14.737519+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'unit', 14, NULL, 'null', '{"name": "示范县人民法院", "short_name": "县法院", "kind": "法院", "region": "示范县", "is_member": true, "liaison_name": "许文", "liaison_phone": "0372-5101014", "liaison_email": "fy@shifan.example.cn", "note": "", "created_at": "2026-12-01T14:55:14.736861+00:00", "updated_at": "2026-12-01T14:55:14.736861+00:00", "id": 14}', '840ee29234c223a01714e4ed0e23aefca1872b17347ecba3f342df5d9f6b6012', '29be00365e9c09bf74f7aed98ddbd1c4dabc11d8583acb13541fdd675d3c12a5');
INSERT INTO public.journal VALUES (16, '2026-12-01 14:55:14.739145+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'unit', 15, NULL, 'null', '{"name": "示范县人民检察院", "short_name": "县检察院", "kind": "检察院", "region": "示范县", "is_member": true, "liaison_name": "曹阳", "liaison_phone": "0372-5101015", "liaison_email": "jcy@shifan.example.cn", "note": "", "created_at": "2026-12-01T14:55:14.738492+00:00", "updated_at": "2026-12-01T14:55:14.738492+00:00", "id": 15}', '29be00365e9c09bf74f7aed98ddbd1c4dabc11d8583acb13541fdd675d3c12a5', '947e69f871e7cf4499bc7d28f12e686a65f148814445016d9eb8bc54163b4e69');
INSERT INTO public.journal VALUES (17, '2026-12-01 14:55:14.740553+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'unit', 16, NULL, 'null', '{"name": "示范县城关镇人民政府", "short_name": "城关镇", "kind": "乡镇街道", "region": "示范县", "is_member": true, "liaison_name": "彭程", "liaison_phone": "0372-5101016", "liaison_email": "cgz@shifan.example.cn", "note": "", "created_at": "2026-12-01T14:55:14.739997+00:00", "updated_at": "2026-12-01T14:55:14.739997+00:00", "id": 16}', '947e69f871e7cf4499bc7d28f12e686a65f148814445016d9eb8bc54163b4e69', 'aaec67a0ec56609a7cb30d6cfb50a8a179c4fdccc8340c2ab0afdd1fd2d349f9');
INSERT INTO public.journal VALUES (18, '2026-12-01 14:55:14.742033+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'unit', 17, NULL, 'null', '{"name": "示范县东城街道办事处", "short_name": "东城街道", "kind": "乡镇街道", "region": "示范县", "is_member": true, "liaison_name": "袁媛", "liaison_phone": "0372-5101017", "liaison_email": "dcjd@shifan.example.cn", "note": "", "created_at": "2026-12-01T14:55:14.741409+00:00", "updated_at": "2026-12-01T14:55:14.741409+00:00", "id": 17}', 'aaec67a0ec56609a7cb30d6cfb50a8a179c4fdccc8340c2ab0afdd1fd2d349f9', '2a95a27f8324ef9b23d5f1849b2938e30ce9e11f7317dba2c364b2bbd4601e1a');
INSERT INTO public.journal VALUES (19, '2026-12-01 14:55:14.745233+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'person', 1, NULL, 'null', '{"name": "王建国", "title": "县长", "unit_id": null, "role": "召集人", "phone": "", "email": "", "created_at": "2026-12-01T14:55:14.742376+00:00", "id": 1}', '2a95a27f8324ef9b23d5f1849b2938e30ce9e11f7317dba2c364b2bbd4601e1a', '6a5bca900760ab90d972e50ea83ed73e82252ee98a45ab49cded12dd36b3ae8a');
INSERT INTO public.journal VALUES (20, '2026-12-01 14:55:14.746668+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'person', 2, NULL, 'null', '{"name": "刘清华", "title": "常务副县长", "unit_id": null, "role": "副召集人", "phone": "", "email": "", "created_at": "2026-12-01T14:55:14.745636+00:00", "id": 2}', '6a5bca900760ab90d972e50ea83ed73e82252ee98a45ab49cded12dd36b3ae8a', '4bd9b14d9cecb7169111d31bbeada80698b9ffe58e4d84b666efe7218410d6ac');
INSERT INTO public.journal VALUES (21, '2026-12-01 14:55:14.747577+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'person', 3, NULL, 'null', '{"name": "赵立新", "title": "县人民法院院长", "unit_id": null, "role": "副召集人", "phone": "", "email": "", "created_at": "2026-12-01T14:55:14.747007+00:00", "id": 3}', '4bd9b14d9cecb7169111d31bbeada80698b9ffe58e4d84b666efe7218410d6ac', 'b59811a1289f21fdbda39c78bba348910865b6afc41bd40211d7404726e79014');
INSERT INTO public.journal VALUES (22, '2026-12-01 14:55:14.751443+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'person', 4, NULL, 'null', '{"name": "陈晓燕", "title": "副主任", "unit_id": 1, "role": "联络员", "phone": "0372-5101001", "email": "zfb@shifan.example.cn", "created_at": "2026-12-01T14:55:14.750702+00:00", "id": 4}', 'b59811a1289f21fdbda39c78bba348910865b6afc41bd40211d7404726e79014', '2cff1ff28041e36a65b5dc3e72ad3766ad4909667991b01f88ca642931838513');
INSERT INTO public.journal VALUES (23, '2026-12-01 14:55:14.753704+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'person', 5, NULL, 'null', '{"name": "马俊", "title": "科长", "unit_id": 2, "role": "联络员", "phone": "0372-5101002", "email": "fgw@shifan.example.cn", "created_at": "2026-12-01T14:55:14.752972+00:00", "id": 5}', '2cff1ff28041e36a65b5dc3e72ad3766ad4909667991b01f88ca642931838513', '2b9eac568bc8b7df5ebedf019aa49710b6c372df7d457308464df8ff5c4909b6');
INSERT INTO public.journal VALUES (24, '2026-12-01 14:55:14.755793+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'person', 6, NULL, 'null', '{"name": "孙丽", "title": "行政复议股股长", "unit_id": 3, "role": "联络员", "phone": "0372-5101003", "email": "sfj@shifan.example.cn", "created_at": "2026-12-01T14:55:14.755161+00:00", "id": 6}', '2b9eac568bc8b7df5ebedf019aa49710b6c372df7d457308464df8ff5c4909b6', '6e8638408fd42e1736082876709cc463dedb122815d581840765de2da8730ff5');
INSERT INTO public.journal VALUES (25, '2026-12-01 14:55:14.757804+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'person', 7, NULL, 'null', '{"name": "周明", "title": "局长", "unit_id": 3, "role": "成员", "phone": "", "email": "", "created_at": "2026-12-01T14:55:14.757146+00:00", "id": 7}', '6e8638408fd42e1736082876709cc463dedb122815d581840765de2da8730ff5', '8a7a41e0818bd43a680fe6b79651c7fcc97632822fa1065354ab59304a968047');
INSERT INTO public.journal VALUES (26, '2026-12-01 14:55:14.759742+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'person', 8, NULL, 'null', '{"name": "林静", "title": "办公室工作人员", "unit_id": 3, "role": "办公室", "phone": "", "email": "", "created_at": "2026-12-01T14:55:14.759134+00:00", "id": 8}', '8a7a41e0818bd43a680fe6b79651c7fcc97632822fa1065354ab59304a968047', 'b411414cbb5fe9243b2e5c5fa84ff2c17526c7581dd826f32f02a59db72d117c');
INSERT INTO public.journal VALUES (27, '2026-12-01 14:55:14.76206+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'person', 9, NULL, 'null', '{"name": "郭涛", "title": "法规股股长", "unit_id": 4, "role": "联络员", "phone": "0372-5101004", "email": "czj@shifan.example.cn", "created_at": "2026-12-01T14:55:14.761273+00:00", "id": 9}', 'b411414cbb5fe9243b2e5c5fa84ff2c17526c7581dd826f32f02a59db72d117c', 'da101ace336c0f98b21e2276d92db05427e473124723d718c17fb8602cd196fa');
INSERT INTO public.journal VALUES (28, '2026-12-01 14:55:14.763994+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'person', 10, NULL, 'null', '{"name": "何芳", "title": "法规股股长", "unit_id": 5, "role": "联络员", "phone": "0372-5101005", "email": "rsj@shifan.example.cn", "created_at": "2026-12-01T14:55:14.763446+00:00", "id": 10}', 'da101ace336c0f98b21e2276d92db05427e473124723d718c17fb8602cd196fa', '296f9b7ab817e112a55c3cbf7221690699a3eac5984da71c31a919c5266b7e40');
INSERT INTO public.journal VALUES (29, '2026-12-01 14:55:14.765825+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'person', 11, NULL, 'null', '{"name": "高远", "title": "法规股股长", "unit_id": 6, "role": "联络员", "phone": "0372-5101006", "email": "zrzyj@shifan.example.cn", "created_at": "2026-12-01T14:55:14.765253+00:00", "id": 11}', '296f9b7ab817e112a55c3cbf7221690699a3eac5984da71c31a919c5266b7e40', '77be13402bb5b5db7388e0191af385ed9de9f7ba440f6ce87ca78a7f8fd01db5');
INSERT INTO public.journal VALUES (30, '2026-12-01 14:55:14.767743+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'person', 12, NULL, 'null', '{"name": "罗斌", "title": "法规股股长", "unit_id": 7, "role": "联络员", "phone": "0372-5101007", "email": "zjj@shifan.example.cn", "created_at": "2026-12-01T14:55:14.767208+00:00", "id": 12}', '77be13402bb5b5db7388e0191af385ed9de9f7ba440f6ce87ca78a7f8fd01db5', '6879ffc1cb7f4bbdf39bd5583dfe7365e918affe71d002a12fb5a347e1aa3b30');
INSERT INTO public.journal VALUES (31, '2026-12-01 14:55:14.769528+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'person', 13, NULL, 'null', '{"name": "梁红", "title": "法制股股长", "unit_id": 8, "role": "联络员", "phone": "0372-5101008", "email": "swj@shifan.example.cn", "created_at": "2026-12-01T14:55:14.768958+00:00", "id": 13}', '6879ffc1cb7f4bbdf39bd5583dfe7365e918affe71d002a12fb5a347e1aa3b30', 'b0848277db3e502e65fe2e0216513eda40c349adaffc7378ead9f2129f17bfa8');
INSERT INTO public.journal VALUES (32, '2026-12-01 14:55:14.77131+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'person', 14, NULL, 'null', '{"name": "宋佳", "title": "法规股股长", "unit_id": 9, "role": "联络员", "phone": "0372-5101009", "email": "scjgj@shifan.example.cn", "created_at": "2026-12-01T14:55:14.770760+00:00", "id": 14}', 'b0848277db3e502e65fe2e0216513eda40c349adaffc7378ead9f2129f17bfa8', '2d729f8e2b52eb8b1c485b24be26697e44fe6fa3c753bd22d702e0ee12bbc8b5');
INSERT INTO public.journal VALUES (33, '2026-12-01 14:55:14.773011+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'person', 15, NULL, 'null', '{"name": "唐亮", "title": "副局长", "unit_id": 10, "role": "联络员", "phone": "0372-5101010", "email": "xfj@shifan.example.cn", "created_at": "2026-12-01T14:55:14.772460+00:00", "id": 15}', '2d729f8e2b52eb8b1c485b24be26697e44fe6fa3c753bd22d702e0ee12bbc8b5', '66b6b84478e98f4e14c107ba804c4e4db5bb5922807b0c534642a2ecd44de5c5');
INSERT INTO public.journal VALUES (34, '2026-12-01 14:55:14.774746+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'person', 16, NULL, 'null', '{"name": "韩冰", "title": "法制大队大队长", "unit_id": 11, "role": "联络员", "phone": "0372-5101011", "email": "gaj@shifan.example.cn", "created_at": "2026-12-01T14:55:14.774227+00:00", "id": 16}', '66b6b84478e98f4e14c107ba804c4e4db5bb5922807b0c534642a2ecd44de5c5', '501273014467ae959fb61804fe8d128ce6baef6c6f490c679de9d98427885bec');
INSERT INTO public.journal VALUES (35, '2026-12-01 14:55:14.776347+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'person', 17, NULL, 'null', '{"name": "冯雪", "title": "法规股股长", "unit_id": 12, "role": "联络员", "phone": "0372-5101012", "email": "sthj@shifan.example.cn", "created_at": "2026-12-01T14:55:14.775853+00:00", "id": 17}', '501273014467ae959fb61804fe8d128ce6baef6c6f490c679de9d98427885bec', '59c87db811efa8f4c8bed50477534f8fa9eb0d1dc85ff9cac591f70811828583');
INSERT INTO public.journal VALUES (36, '2026-12-01 14:55:14.777996+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'person', 18, NULL, 'null', '{"name": "邓凯", "title": "法规股股长", "unit_id": 13, "role": "联络员", "phone": "0372-5101013", "email": "cgj@shifan.example.cn", "created_at": "2026-12-01T14:55:14.777500+00:00", "id": 18}', '59c87db811efa8f4c8bed50477534f8fa9eb0d1dc85ff9cac591f70811828583', '10fb5bf862104c84761beb5fd7d293b7369e557299b925f8293252f49e278943');
INSERT INTO public.journal VALUES (37, '2026-12-01 14:55:14.779627+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'person', 19, NULL, 'null', '{"name": "许文", "title": "行政审判庭庭长", "unit_id": 14, "role": "联络员", "phone": "0372-5101014", "email": "fy@shifan.example.cn", "created_at": "2026-12-01T14:55:14.779119+00:00", "id": 19}', '10fb5bf862104c84761beb5fd7d293b7369e557299b925f8293252f49e278943', 'be9b8b77eae4214e941621cfc3dd1de3e1c9da73350efabcd20685d97dc62f45');
INSERT INTO public.journal VALUES (38, '2026-12-01 14:55:14.781274+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'person', 20, NULL, 'null', '{"name": "曹阳", "title": "行政检察部主任", "unit_id": 15, "role": "联络员", "phone": "0372-5101015", "email": "jcy@shifan.example.cn", "created_at": "2026-12-01T14:55:14.780761+00:00", "id": 20}', 'be9b8b77eae4214e941621cfc3dd1de3e1c9da73350efabcd20685d97dc62f45', '83518f02507e75349068d71f426ad1f1ed9d5839ba901d12b2cc7842dc89c7b2');
INSERT INTO public.journal VALUES (39, '2026-12-01 14:55:14.782957+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'person', 21, NULL, 'null', '{"name": "彭程", "title": "司法所所长", "unit_id": 16, "role": "联络员", "phone": "0372-5101016", "email": "cgz@shifan.example.cn", "created_at": "2026-12-01T14:55:14.782425+00:00", "id": 21}', '83518f02507e75349068d71f426ad1f1ed9d5839ba901d12b2cc7842dc89c7b2', 'db0b38ae2ba3f563d0a9a36ddf6930631ad0502fc7dc861b738f74c595e3d4c3');
INSERT INTO public.journal VALUES (40, '2026-12-01 14:55:14.784787+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'person', 22, NULL, 'null', '{"name": "袁媛", "title": "司法所所长", "unit_id": 17, "role": "联络员", "phone": "0372-5101017", "email": "dcjd@shifan.example.cn", "created_at": "2026-12-01T14:55:14.784243+00:00", "id": 22}', 'db0b38ae2ba3f563d0a9a36ddf6930631ad0502fc7dc861b738f74c595e3d4c3', '33599250f001db33c5b6edc88fc31f4384674d7e8a1638aaf8f5c5186b818569');
INSERT INTO public.journal VALUES (41, '2026-12-01 14:55:14.832099+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'case', 1, 1, 'null', '{"category": "行政诉讼", "case_no": "（2024）豫0591行初15号", "no_kind": "案号", "year": 2024, "court_code": "豫0591", "court_level": "基层", "type_code": "行初", "type_name": "行政一审案件", "case_family": "行政", "instance": "一审", "field": "土地征收", "unit_id": 6, "court": "", "received_on": "2024-03-15", "filed_on": "2024-03-15", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "不服征收补偿决定", "created_at": "2026-12-01T14:55:14.825932+00:00", "updated_at": "2026-12-01T14:55:14.825932+00:00", "id": 1}', '33599250f001db33c5b6edc88fc31f4384674d7e8a1638aaf8f5c5186b818569', '0e6b64465524ebd553c3b63541ce059f9de27909fc940a47d0894f29bee7efd0');
INSERT INTO public.journal VALUES (42, '2026-12-01 14:55:14.835833+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'party', 1, NULL, 'null', '{"id": 1, "name": "张三", "kind": "自然人", "id_kind": "身份证", "id_number": "410502********1232", "created_at": "2026-12-01T14:55:14.834266+00:00"}', '0e6b64465524ebd553c3b63541ce059f9de27909fc940a47d0894f29bee7efd0', '8d54b8e668faa5b131e0406e0846d49f33353efde6005de30ee8bfaab6ef2de7');
INSERT INTO public.journal VALUES (43, '2026-12-01 14:55:14.839072+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'case_party', 1, 1, 'null', '{"party": "张三", "role": "原告"}', '8d54b8e668faa5b131e0406e0846d49f33353efde6005de30ee8bfaab6ef2de7', '846232ea81302feec6e147e5537fdc2a296989e7c0b63e511b81997c3e26831f');
INSERT INTO public.journal VALUES (44, '2026-12-01 14:55:14.840511+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'party', 2, NULL, 'null', '{"id": 2, "name": "示范县建工集团", "kind": "法人或其他组织", "id_kind": "统一社会信用代码", "id_number": "91340503MA2N0001XG", "created_at": "2026-12-01T14:55:14.839980+00:00"}', '846232ea81302feec6e147e5537fdc2a296989e7c0b63e511b81997c3e26831f', '8fb86477630a80f4119f1c56b7685db43a5f995ffff0c00f3b4eb990e2a44759');
INSERT INTO public.journal VALUES (45, '2026-12-01 14:55:14.841848+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'case_party', 2, 1, 'null', '{"party": "示范县建工集团", "role": "原告"}', '8fb86477630a80f4119f1c56b7685db43a5f995ffff0c00f3b4eb990e2a44759', 'a6d3ad820f369dd1f50139a469fcca0d28eb819e9788550051650c50a4cb54bc');
INSERT INTO public.journal VALUES (46, '2026-12-01 14:55:14.868151+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'case', 2, 2, 'null', '{"category": "行政复议", "case_no": "示政复〔2024〕12号", "no_kind": "自编号", "year": null, "court_code": null, "court_level": null, "type_code": null, "type_name": null, "case_family": null, "instance": null, "field": "", "unit_id": 5, "court": "", "received_on": "2024-04-02", "filed_on": "2024-04-02", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "", "created_at": "2026-12-01T14:55:14.864442+00:00", "updated_at": "2026-12-01T14:55:14.864442+00:00", "id": 2}', 'a6d3ad820f369dd1f50139a469fcca0d28eb819e9788550051650c50a4cb54bc', 'edc7c0a86dfb2f276c0cd0d6c8d03d30f8512841799ede95c6c2a36a1880d499');
INSERT INTO public.journal VALUES (47, '2026-12-01 14:55:14.870981+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'party', 3, NULL, 'null', '{"id": 3, "name": "李四", "kind": "自然人", "id_kind": "", "id_number": null, "created_at": "2026-12-01T14:55:14.870259+00:00"}', 'edc7c0a86dfb2f276c0cd0d6c8d03d30f8512841799ede95c6c2a36a1880d499', '32a435e98630a6e9fa9ad5fe54aa915e3949954612d556910e40e336b882925c');
INSERT INTO public.journal VALUES (48, '2026-12-01 14:55:14.87314+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'case_party', 3, 2, 'null', '{"party": "李四", "role": "申请人"}', '32a435e98630a6e9fa9ad5fe54aa915e3949954612d556910e40e336b882925c', 'b61250c434b180ae6c5df535a95caf8eef286987dc45ab1955faa0d2923e8028');
INSERT INTO public.journal VALUES (49, '2026-12-01 14:55:14.895693+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'case_event', 1, 1, 'null', '{"case_id": 1, "kind": "开庭", "occurred_on": "2024-05-20", "note": "", "created_at": "2026-12-01T14:55:14.891502+00:00", "id": 1}', 'b61250c434b180ae6c5df535a95caf8eef286987dc45ab1955faa0d2923e8028', '91219388ba69a701f7296642a0024c57857c58dad296cdd98c8bed47d4d9b372');
INSERT INTO public.journal VALUES (50, '2026-12-01 14:55:14.897661+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'update', 'case', 1, 1, '{"type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "recovered_fen": null, "category": "行政诉讼", "type_name": "行政一审案件", "heard_on": null, "is_withdrawn": false, "resolved": null, "id": 1, "case_family": "行政", "closed_on": null, "group_size": null, "summary": "不服征收补偿决定", "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "在办", "heard": null, "risk_level": "", "no_kind": "案号", "field": "土地征收", "outcome": null, "head_appeared": null, "created_at": "2026-12-01T14:55:14.825932+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_rank": null, "updated_at": "2026-12-01T14:55:14.825932+00:00", "court_code": "豫0591", "court": "", "is_correction": false, "claimed_fen": null, "court_level": "基层", "received_on": "2024-03-15", "is_judgment": false}', '{"type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "recovered_fen": null, "category": "行政诉讼", "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_withdrawn": false, "resolved": null, "id": 1, "case_family": "行政", "closed_on": null, "group_size": null, "summary": "不服征收补偿决定", "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "在办", "heard": true, "risk_level": "", "no_kind": "案号", "field": "土地征收", "outcome": null, "head_appeared": null, "created_at": "2026-12-01T14:55:14.825932+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_rank": null, "updated_at": "2026-12-01T14:55:14.896353+00:00", "court_code": "豫0591", "court": "", "is_correction": false, "claimed_fen": null, "court_level": "基层", "received_on": "2024-03-15", "is_judgment": false}', '91219388ba69a701f7296642a0024c57857c58dad296cdd98c8bed47d4d9b372', 'a109ed63af846d8970cdfa252deee8945eb17080e690d7a458c6aaec90982aec');
INSERT INTO public.journal VALUES (51, '2026-12-01 14:55:14.916844+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'update', 'case', 1, 1, '{"type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "recovered_fen": null, "category": "行政诉讼", "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_withdrawn": false, "resolved": null, "id": 1, "case_family": "行政", "closed_on": null, "group_size": null, "summary": "不服征收补偿决定", "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "在办", "heard": true, "risk_level": "", "no_kind": "案号", "field": "土地征收", "outcome": null, "head_appeared": null, "created_at": "2026-12-01T14:55:14.825932+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_rank": null, "updated_at": "2026-12-01T14:55:14.896353+00:00", "court_code": "豫0591", "court": "", "is_correction": false, "claimed_fen": null, "court_level": "基层", "received_on": "2024-03-15", "is_judgment": false}', '{"type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "recovered_fen": null, "category": "行政诉讼", "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_withdrawn": false, "resolved": null, "id": 1, "case_family": "行政", "closed_on": "2024-06-28", "group_size": null, "summary": "不服征收补偿决定", "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "已结", "heard": true, "risk_level": "", "no_kind": "案号", "field": "土地征收", "outcome": "驳回诉讼请求", "head_appeared": null, "created_at": "2026-12-01T14:55:14.825932+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "head_rank": null, "updated_at": "2026-12-01T14:55:14.913976+00:00", "court_code": "豫0591", "court": "", "is_correction": false, "claimed_fen": null, "court_level": "基层", "received_on": "2024-03-15", "is_judgment": true}', 'a109ed63af846d8970cdfa252deee8945eb17080e690d7a458c6aaec90982aec', '14b96e2ce01602da67179428fdbe00d126d908e957d38e92a927d6eb28f966fb');
INSERT INTO public.journal VALUES (52, '2026-12-01 14:55:14.935246+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'update', 'case', 2, 2, '{"type_code": null, "filed_on": "2024-04-02", "is_settled": false, "recovered_fen": null, "category": "行政复议", "type_name": null, "heard_on": null, "is_withdrawn": false, "resolved": null, "id": 2, "case_family": null, "closed_on": null, "group_size": null, "summary": "", "case_no": "示政复〔2024〕12号", "instance": null, "status": "在办", "heard": null, "risk_level": "", "no_kind": "自编号", "field": "", "outcome": null, "head_appeared": null, "created_at": "2026-12-01T14:55:14.864442+00:00", "year": null, "unit_id": 5, "is_loss": false, "head_rank": null, "updated_at": "2026-12-01T14:55:14.864442+00:00", "court_code": null, "court": "", "is_correction": false, "claimed_fen": null, "court_level": null, "received_on": "2024-04-02", "is_judgment": false}', '{"type_code": null, "filed_on": "2024-04-02", "is_settled": false, "recovered_fen": null, "category": "行政复议", "type_name": null, "heard_on": null, "is_withdrawn": false, "resolved": null, "id": 2, "case_family": null, "closed_on": "2024-06-01", "group_size": null, "summary": "", "case_no": "示政复〔2024〕12号", "instance": null, "status": "已结", "heard": null, "risk_level": "", "no_kind": "自编号", "field": "", "outcome": "撤销", "head_appeared": null, "created_at": "2026-12-01T14:55:14.864442+00:00", "year": null, "unit_id": 5, "is_loss": false, "head_rank": null, "updated_at": "2026-12-01T14:55:14.932311+00:00", "court_code": null, "court": "", "is_correction": true, "claimed_fen": null, "court_level": null, "received_on": "2024-04-02", "is_judgment": true}', '14b96e2ce01602da67179428fdbe00d126d908e957d38e92a927d6eb28f966fb', '9aeb93fd89a66fdc3c6e839fd313d0e7894711d8303352790587192e695730e5');
INSERT INTO public.journal VALUES (53, '2026-12-01 14:55:14.980163+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'meeting', 1, NULL, 'null', '{"year": 2024, "issue_no": 1, "kind": "联席会议", "held_on": "2024-06-20", "place": "", "chair": "王县长", "topics": "征收补偿争议化解", "opening": "", "created_at": "2026-12-01T14:55:14.974328+00:00", "id": 1}', '9aeb93fd89a66fdc3c6e839fd313d0e7894711d8303352790587192e695730e5', 'add8327d10a0610e7c2f03b6b09e1634d49c8dca8c1d979785f4089313501a3a');
INSERT INTO public.journal VALUES (54, '2026-12-01 14:55:15.013977+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'task', 1, NULL, 'null', '{"source": "议定事项", "content": "建立征收补偿争议会商机制", "lead_unit_id": 6, "leader": "", "due_on": "2024-09-30", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": 1, "decision_no": 1, "suggestion_id": null, "list_no": "", "note": "", "created_at": "2026-12-01T14:55:15.007247+00:00", "updated_at": "2026-12-01T14:55:15.007247+00:00", "id": 1, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": ["示范县司法局"]}', 'add8327d10a0610e7c2f03b6b09e1634d49c8dca8c1d979785f4089313501a3a', 'ccab73e83526b2a9466147658bc9ee61aae3dc5dad10d4c77ec7123cace025d6');
INSERT INTO public.journal VALUES (55, '2026-12-01 14:55:15.04706+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'task', 2, NULL, 'null', '{"source": "双清单", "content": "清理行政协议履约情况", "lead_unit_id": 5, "leader": "", "due_on": "2024-08-31", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "", "note": "", "created_at": "2026-12-01T14:55:15.043634+00:00", "updated_at": "2026-12-01T14:55:15.043634+00:00", "id": 2, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": []}', 'ccab73e83526b2a9466147658bc9ee61aae3dc5dad10d4c77ec7123cace025d6', 'ffc1198e754b4c4cec51796d53e8aa7e4f18e8459ab19579e4b4c625e7e251ab');
INSERT INTO public.journal VALUES (56, '2026-12-01 14:55:15.069943+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'task_progress', 1, NULL, 'null', '{"task_id": 1, "reported_on": "2024-10-15", "note": "已召开专题会", "author": "", "created_at": "2026-12-01T14:55:15.065805+00:00", "id": 1}', 'ffc1198e754b4c4cec51796d53e8aa7e4f18e8459ab19579e4b4c625e7e251ab', '9cc9e39e7f8a76226876b5778fe81926f4d1f1f4f69f1c10e5edf26f49a3ef7c');
INSERT INTO public.journal VALUES (57, '2026-12-01 14:55:15.102042+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'suggestion', 1, NULL, 'null', '{"kind": "司法建议", "doc_no": "示法建〔2024〕3号", "issuer": "示范县人民法院", "unit_id": 6, "received_on": "2024-05-06", "reply_due": "2024-07-08", "reply_due_rule": "2个月", "reply_due_provisional": false, "summary": "规范征收补偿程序", "created_at": "2026-12-01T14:55:15.095282+00:00", "id": 1, "replied_on": null, "reply_summary": "", "adopted": null, "verified_on": null, "cases": []}', '9cc9e39e7f8a76226876b5778fe81926f4d1f1f4f69f1c10e5edf26f49a3ef7c', '7e241f4c7c36b30a57e90522ad4e14cdb88cf479f80ad56afbe1ecf34899f0ce');
INSERT INTO public.journal VALUES (58, '2026-12-01 14:55:15.153766+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'notice', 1, NULL, 'null', '{"stage": "催办", "unit_id": 6, "issued_on": "2024-10-15", "year": null, "number": null, "reply_due": null, "created_at": "2026-12-01T14:55:15.148307+00:00", "id": 1, "acknowledged_on": null, "tasks": [1], "suggestions": []}', '7e241f4c7c36b30a57e90522ad4e14cdb88cf479f80ad56afbe1ecf34899f0ce', '4435c5aea0134a1808586d4c976ff54378346516c71a0aa557ae02fe7f0dfb9a');
INSERT INTO public.journal VALUES (59, '2026-12-01 14:55:15.157141+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'notice', 2, NULL, 'null', '{"stage": "督办", "unit_id": 6, "issued_on": "2024-10-15", "year": 2024, "number": 1, "reply_due": "2024-10-22", "created_at": "2026-12-01T14:55:15.148307+00:00", "id": 2, "acknowledged_on": null, "tasks": [], "suggestions": ["示法建〔2024〕3号"]}', '4435c5aea0134a1808586d4c976ff54378346516c71a0aa557ae02fe7f0dfb9a', 'df5b59818cd154eef66c28178226cc3bca0d4bd9f3fb968b4d9c90c551107dd1');
INSERT INTO public.journal VALUES (60, '2026-12-01 14:55:15.159694+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fx_0001_d', 'insert', 'notice', 3, NULL, 'null', '{"stage": "督办", "unit_id": 5, "issued_on": "2024-10-15", "year": 2024, "number": 2, "reply_due": "2024-10-22", "created_at": "2026-12-01T14:55:15.148307+00:00", "id": 3, "acknowledged_on": null, "tasks": [2], "suggestions": []}', 'df5b59818cd154eef66c28178226cc3bca0d4bd9f3fb968b4d9c90c551107dd1', '8f6af26c362c72375908027067c565b4d73c742a0a2849667cb6152386cae951');


--
-- Data for Name: meeting; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.meeting VALUES (1, 2024, 1, '联席会议', '2024-06-20', '', '王县长', '征收补偿争议化解', '', '2026-12-01 14:55:14.974328+00');


--
-- Data for Name: notice; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notice VALUES (1, '催办', 6, '2024-10-15', NULL, NULL, NULL, NULL, '2026-12-01 14:55:15.148307+00');
INSERT INTO public.notice VALUES (2, '督办', 6, '2024-10-15', 2024, 1, '2024-10-22', NULL, '2026-12-01 14:55:15.148307+00');
INSERT INTO public.notice VALUES (3, '督办', 5, '2024-10-15', 2024, 2, '2024-10-22', NULL, '2026-12-01 14:55:15.148307+00');


--
-- Data for Name: notice_item; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notice_item VALUES (1, 1, '催办', 1, NULL, 7);
INSERT INTO public.notice_item VALUES (2, 2, '督办', NULL, 1, 67);
INSERT INTO public.notice_item VALUES (3, 3, '督办', 2, NULL, 28);


--
-- Data for Name: office; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.office VALUES (1, '示范县府院联动联席会议办公室', '示范县', '示范县府院联动联席会议', '2026-12-01 14:55:14.698591+00');


--
-- Data for Name: party; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.party VALUES (1, '张三', '自然人', '身份证', '410502198510151232', '2026-12-01 14:55:14.834266+00');
INSERT INTO public.party VALUES (2, '示范县建工集团', '法人或其他组织', '统一社会信用代码', '91340503MA2N0001XG', '2026-12-01 14:55:14.83998+00');
INSERT INTO public.party VALUES (3, '李四', '自然人', '', NULL, '2026-12-01 14:55:14.870259+00');


--
-- Data for Name: person; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.person VALUES (1, '王建国', '县长', NULL, '召集人', '', '', '2026-12-01 14:55:14.742376+00');
INSERT INTO public.person VALUES (2, '刘清华', '常务副县长', NULL, '副召集人', '', '', '2026-12-01 14:55:14.745636+00');
INSERT INTO public.person VALUES (3, '赵立新', '县人民法院院长', NULL, '副召集人', '', '', '2026-12-01 14:55:14.747007+00');
INSERT INTO public.person VALUES (4, '陈晓燕', '副主任', 1, '联络员', '0372-5101001', 'zfb@shifan.example.cn', '2026-12-01 14:55:14.750702+00');
INSERT INTO public.person VALUES (5, '马俊', '科长', 2, '联络员', '0372-5101002', 'fgw@shifan.example.cn', '2026-12-01 14:55:14.752972+00');
INSERT INTO public.person VALUES (6, '孙丽', '行政复议股股长', 3, '联络员', '0372-5101003', 'sfj@shifan.example.cn', '2026-12-01 14:55:14.755161+00');
INSERT INTO public.person VALUES (7, '周明', '局长', 3, '成员', '', '', '2026-12-01 14:55:14.757146+00');
INSERT INTO public.person VALUES (8, '林静', '办公室工作人员', 3, '办公室', '', '', '2026-12-01 14:55:14.759134+00');
INSERT INTO public.person VALUES (9, '郭涛', '法规股股长', 4, '联络员', '0372-5101004', 'czj@shifan.example.cn', '2026-12-01 14:55:14.761273+00');
INSERT INTO public.person VALUES (10, '何芳', '法规股股长', 5, '联络员', '0372-5101005', 'rsj@shifan.example.cn', '2026-12-01 14:55:14.763446+00');
INSERT INTO public.person VALUES (11, '高远', '法规股股长', 6, '联络员', '0372-5101006', 'zrzyj@shifan.example.cn', '2026-12-01 14:55:14.765253+00');
INSERT INTO public.person VALUES (12, '罗斌', '法规股股长', 7, '联络员', '0372-5101007', 'zjj@shifan.example.cn', '2026-12-01 14:55:14.767208+00');
INSERT INTO public.person VALUES (13, '梁红', '法制股股长', 8, '联络员', '0372-5101008', 'swj@shifan.example.cn', '2026-12-01 14:55:14.768958+00');
INSERT INTO public.person VALUES (14, '宋佳', '法规股股长', 9, '联络员', '0372-5101009', 'scjgj@shifan.example.cn', '2026-12-01 14:55:14.77076+00');
INSERT INTO public.person VALUES (15, '唐亮', '副局长', 10, '联络员', '0372-5101010', 'xfj@shifan.example.cn', '2026-12-01 14:55:14.77246+00');
INSERT INTO public.person VALUES (16, '韩冰', '法制大队大队长', 11, '联络员', '0372-5101011', 'gaj@shifan.example.cn', '2026-12-01 14:55:14.774227+00');
INSERT INTO public.person VALUES (17, '冯雪', '法规股股长', 12, '联络员', '0372-5101012', 'sthj@shifan.example.cn', '2026-12-01 14:55:14.775853+00');
INSERT INTO public.person VALUES (18, '邓凯', '法规股股长', 13, '联络员', '0372-5101013', 'cgj@shifan.example.cn', '2026-12-01 14:55:14.7775+00');
INSERT INTO public.person VALUES (19, '许文', '行政审判庭庭长', 14, '联络员', '0372-5101014', 'fy@shifan.example.cn', '2026-12-01 14:55:14.779119+00');
INSERT INTO public.person VALUES (20, '曹阳', '行政检察部主任', 15, '联络员', '0372-5101015', 'jcy@shifan.example.cn', '2026-12-01 14:55:14.780761+00');
INSERT INTO public.person VALUES (21, '彭程', '司法所所长', 16, '联络员', '0372-5101016', 'cgz@shifan.example.cn', '2026-12-01 14:55:14.782425+00');
INSERT INTO public.person VALUES (22, '袁媛', '司法所所长', 17, '联络员', '0372-5101017', 'dcjd@shifan.example.cn', '2026-12-01 14:55:14.784243+00');


--
-- Data for Name: report_snapshot; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: suggestion; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.suggestion VALUES (1, '司法建议', '示法建〔2024〕3号', '示范县人民法院', 6, '2024-05-06', '2024-07-08', '2个月', false, NULL, '', NULL, NULL, '规范征收补偿程序', '2026-12-01 14:55:15.095282+00');


--
-- Data for Name: suggestion_case; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: task; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task VALUES (1, '议定事项', '建立征收补偿争议会商机制', 6, '', '2024-09-30', '', NULL, false, 1, 1, NULL, '', '', NULL, NULL, '', '2026-12-01 14:55:15.007247+00', '2026-12-01 14:55:15.007247+00');
INSERT INTO public.task VALUES (2, '双清单', '清理行政协议履约情况', 5, '', '2024-08-31', '', NULL, false, NULL, NULL, NULL, '', '', NULL, NULL, '', '2026-12-01 14:55:15.043634+00', '2026-12-01 14:55:15.043634+00');


--
-- Data for Name: task_co_unit; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task_co_unit VALUES (1, 1, 3);


--
-- Data for Name: task_progress; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task_progress VALUES (1, 1, '2024-10-15', '已召开专题会', '', '2026-12-01 14:55:15.065805+00');


--
-- Data for Name: unit; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.unit VALUES (1, '示范县人民政府办公室', '县政府办', '政府部门', '示范县', true, '陈晓燕', '0372-5101001', 'zfb@shifan.example.cn', '', '2026-12-01 14:55:14.710511+00', '2026-12-01 14:55:14.710511+00');
INSERT INTO public.unit VALUES (2, '示范县发展和改革委员会', '县发改委', '政府部门', '示范县', true, '马俊', '0372-5101002', 'fgw@shifan.example.cn', '', '2026-12-01 14:55:14.715134+00', '2026-12-01 14:55:14.715134+00');
INSERT INTO public.unit VALUES (3, '示范县司法局', '县司法局', '政府部门', '示范县', true, '孙丽', '0372-5101003', 'sfj@shifan.example.cn', '联席会议办公室设在县司法局', '2026-12-01 14:55:14.717815+00', '2026-12-01 14:55:14.717815+00');
INSERT INTO public.unit VALUES (4, '示范县财政局', '县财政局', '政府部门', '示范县', true, '郭涛', '0372-5101004', 'czj@shifan.example.cn', '', '2026-12-01 14:55:14.719848+00', '2026-12-01 14:55:14.719848+00');
INSERT INTO public.unit VALUES (5, '示范县人力资源和社会保障局', '县人社局', '政府部门', '示范县', true, '何芳', '0372-5101005', 'rsj@shifan.example.cn', '', '2026-12-01 14:55:14.721665+00', '2026-12-01 14:55:14.721665+00');
INSERT INTO public.unit VALUES (6, '示范县自然资源局', '县自然资源局', '政府部门', '示范县', true, '高远', '0372-5101006', 'zrzyj@shifan.example.cn', '', '2026-12-01 14:55:14.723692+00', '2026-12-01 14:55:14.723692+00');
INSERT INTO public.unit VALUES (7, '示范县住房和城乡建设局', '县住建局', '政府部门', '示范县', true, '罗斌', '0372-5101007', 'zjj@shifan.example.cn', '', '2026-12-01 14:55:14.725424+00', '2026-12-01 14:55:14.725424+00');
INSERT INTO public.unit VALUES (8, '国家税务总局示范县税务局', '县税务局', '政府部门', '示范县', true, '梁红', '0372-5101008', 'swj@shifan.example.cn', '', '2026-12-01 14:55:14.727196+00', '2026-12-01 14:55:14.727196+00');
INSERT INTO public.unit VALUES (9, '示范县市场监督管理局', '县市场监管局', '政府部门', '示范县', true, '宋佳', '0372-5101009', 'scjgj@shifan.example.cn', '', '2026-12-01 14:55:14.728731+00', '2026-12-01 14:55:14.728731+00');
INSERT INTO public.unit VALUES (10, '示范县信访局', '县信访局', '政府部门', '示范县', true, '唐亮', '0372-5101010', 'xfj@shifan.example.cn', '', '2026-12-01 14:55:14.730287+00', '2026-12-01 14:55:14.730287+00');
INSERT INTO public.unit VALUES (11, '示范县公安局', '县公安局', '政府部门', '示范县', true, '韩冰', '0372-5101011', 'gaj@shifan.example.cn', '', '2026-12-01 14:55:14.731835+00', '2026-12-01 14:55:14.731835+00');
INSERT INTO public.unit VALUES (12, '示范县生态环境分局', '县生态环境分局', '政府部门', '示范县', true, '冯雪', '0372-5101012', 'sthj@shifan.example.cn', '', '2026-12-01 14:55:14.733374+00', '2026-12-01 14:55:14.733374+00');
INSERT INTO public.unit VALUES (13, '示范县城市管理局', '县城管局', '政府部门', '示范县', true, '邓凯', '0372-5101013', 'cgj@shifan.example.cn', '', '2026-12-01 14:55:14.735273+00', '2026-12-01 14:55:14.735273+00');
INSERT INTO public.unit VALUES (14, '示范县人民法院', '县法院', '法院', '示范县', true, '许文', '0372-5101014', 'fy@shifan.example.cn', '', '2026-12-01 14:55:14.736861+00', '2026-12-01 14:55:14.736861+00');
INSERT INTO public.unit VALUES (15, '示范县人民检察院', '县检察院', '检察院', '示范县', true, '曹阳', '0372-5101015', 'jcy@shifan.example.cn', '', '2026-12-01 14:55:14.738492+00', '2026-12-01 14:55:14.738492+00');
INSERT INTO public.unit VALUES (16, '示范县城关镇人民政府', '城关镇', '乡镇街道', '示范县', true, '彭程', '0372-5101016', 'cgz@shifan.example.cn', '', '2026-12-01 14:55:14.739997+00', '2026-12-01 14:55:14.739997+00');
INSERT INTO public.unit VALUES (17, '示范县东城街道办事处', '东城街道', '乡镇街道', '示范县', true, '袁媛', '0372-5101017', 'dcjd@shifan.example.cn', '', '2026-12-01 14:55:14.741409+00', '2026-12-01 14:55:14.741409+00');


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


