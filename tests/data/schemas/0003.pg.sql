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

INSERT INTO public.alembic_version VALUES ('0003');


--
-- Data for Name: attendance; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: bulletin; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.bulletin VALUES (1, 2024, 1, 2024, 3, '2024-10-15', '', '{"start": "2024-07-01", "end": "2024-09-30", "black": [{"unit_id": 5, "unit": "县人社局", "open_late": 1, "done_late": 0, "suggestions_late": 0, "replies_missing": 0, "replies_late": 0, "text": "逾期未办结事项1项"}, {"unit_id": 6, "unit": "县自然资源局", "open_late": 0, "done_late": 0, "suggestions_late": 1, "replies_missing": 0, "replies_late": 0, "text": "逾期未反馈司法（检察）建议1件"}], "red": []}', '2026-12-01 15:37:14.125895+00');


--
-- Data for Name: calendar_override; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: case_event; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_event VALUES (1, 1, '开庭', '2024-05-20', '', '2026-12-01 15:37:12.803938+00');


--
-- Data for Name: case_party; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_party VALUES (1, 1, 1, '原告');
INSERT INTO public.case_party VALUES (2, 1, 2, '原告');
INSERT INTO public.case_party VALUES (3, 2, 3, '申请人');


--
-- Data for Name: cases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cases VALUES (1, '行政诉讼', '（2024）豫0591行初15号', '案号', 2024, '豫0591', '基层', '行初', '行政一审案件', '行政', '一审', '土地征收', 6, '', '2024-03-15', '2024-03-15', '2024-05-20', '2024-06-28', '已结', '驳回诉讼请求', false, false, true, false, false, true, NULL, NULL, NULL, NULL, NULL, NULL, '', '不服征收补偿决定', '2026-12-01 15:37:12.62665+00', '2026-12-01 15:37:12.876962+00');
INSERT INTO public.cases VALUES (2, '行政复议', '示政复〔2024〕12号', '自编号', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', 5, '', '2024-04-02', '2024-04-02', NULL, '2024-06-01', '已结', '撤销', false, true, true, false, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '', '', '2026-12-01 15:37:12.731657+00', '2026-12-01 15:37:12.929185+00');


--
-- Data for Name: db_user_unit; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: delivery; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: journal; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.journal VALUES (1, '2026-12-01 15:37:12.264166+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'office', 1, NULL, 'null', '{"name": "示范县府院联动联席会议办公室", "region": "示范县", "meeting_name": "示范县府院联动联席会议", "created_at": "2026-12-01T15:37:12.251291+00:00", "id": 1}', '0000000000000000000000000000000000000000000000000000000000000000', 'abf3df185d00c06b38d29a6b5ef42d61f7bdcba3e4ee914367884b0ac53ec995');
INSERT INTO public.journal VALUES (2, '2026-12-01 15:37:12.287137+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'unit', 1, NULL, 'null', '{"name": "示范县人民政府办公室", "short_name": "县政府办", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "陈晓燕", "liaison_phone": "0372-5101001", "liaison_email": "zfb@shifan.example.cn", "note": "", "created_at": "2026-12-01T15:37:12.278054+00:00", "updated_at": "2026-12-01T15:37:12.278054+00:00", "id": 1}', 'abf3df185d00c06b38d29a6b5ef42d61f7bdcba3e4ee914367884b0ac53ec995', '7c0c3dfcfd41b311fcafa99a3c61f1ceb631f4f7435c379b287c0aed1d358530');
INSERT INTO public.journal VALUES (3, '2026-12-01 15:37:12.302567+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'unit', 2, NULL, 'null', '{"name": "示范县发展和改革委员会", "short_name": "县发改委", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "马俊", "liaison_phone": "0372-5101002", "liaison_email": "fgw@shifan.example.cn", "note": "", "created_at": "2026-12-01T15:37:12.289165+00:00", "updated_at": "2026-12-01T15:37:12.289165+00:00", "id": 2}', '7c0c3dfcfd41b311fcafa99a3c61f1ceb631f4f7435c379b287c0aed1d358530', 'bc947e8424833fa8ddd6c79ec1f3f2ecce07aaf45dae5959fecbf1316bf17daa');
INSERT INTO public.journal VALUES (4, '2026-12-01 15:37:12.315751+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'unit', 3, NULL, 'null', '{"name": "示范县司法局", "short_name": "县司法局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "孙丽", "liaison_phone": "0372-5101003", "liaison_email": "sfj@shifan.example.cn", "note": "联席会议办公室设在县司法局", "created_at": "2026-12-01T15:37:12.314112+00:00", "updated_at": "2026-12-01T15:37:12.314112+00:00", "id": 3}', 'bc947e8424833fa8ddd6c79ec1f3f2ecce07aaf45dae5959fecbf1316bf17daa', '6ff2f3d29c5ace38f0333b787cb0131c846ad37b221aa67f433bfd5323c84aa6');
INSERT INTO public.journal VALUES (5, '2026-12-01 15:37:12.322648+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'unit', 4, NULL, 'null', '{"name": "示范县财政局", "short_name": "县财政局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "郭涛", "liaison_phone": "0372-5101004", "liaison_email": "czj@shifan.example.cn", "note": "", "created_at": "2026-12-01T15:37:12.317681+00:00", "updated_at": "2026-12-01T15:37:12.317681+00:00", "id": 4}', '6ff2f3d29c5ace38f0333b787cb0131c846ad37b221aa67f433bfd5323c84aa6', 'd1dce9153c8b08cf7389bbbed90aea74fcfc52386e31eb989d90da8382592046');
INSERT INTO public.journal VALUES (6, '2026-12-01 15:37:12.334069+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'unit', 5, NULL, 'null', '{"name": "示范县人力资源和社会保障局", "short_name": "县人社局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "何芳", "liaison_phone": "0372-5101005", "liaison_email": "rsj@shifan.example.cn", "note": "", "created_at": "2026-12-01T15:37:12.324392+00:00", "updated_at": "2026-12-01T15:37:12.324392+00:00", "id": 5}', 'd1dce9153c8b08cf7389bbbed90aea74fcfc52386e31eb989d90da8382592046', '8d86e02534bd838d2047cf0e97f9385d52e5e90c7ea3261121872911b454f7e8');
INSERT INTO public.journal VALUES (7, '2026-12-01 15:37:12.33741+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'unit', 6, NULL, 'null', '{"name": "示范县自然资源局", "short_name": "县自然资源局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "高远", "liaison_phone": "0372-5101006", "liaison_email": "zrzyj@shifan.example.cn", "note": "", "created_at": "2026-12-01T15:37:12.336327+00:00", "updated_at": "2026-12-01T15:37:12.336327+00:00", "id": 6}', '8d86e02534bd838d2047cf0e97f9385d52e5e90c7ea3261121872911b454f7e8', '3549cd5ea37707771c95ce27e0f6a015ea609669478f6e8a138687308c944bfd');
INSERT INTO public.journal VALUES (8, '2026-12-01 15:37:12.346134+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'unit', 7, NULL, 'null', '{"name": "示范县住房和城乡建设局", "short_name": "县住建局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "罗斌", "liaison_phone": "0372-5101007", "liaison_email": "zjj@shifan.example.cn", "note": "", "created_at": "2026-12-01T15:37:12.341924+00:00", "updated_at": "2026-12-01T15:37:12.341924+00:00", "id": 7}', '3549cd5ea37707771c95ce27e0f6a015ea609669478f6e8a138687308c944bfd', '45caecb4c354020f75a0e70896fd22059ddb30166738cc0d3803e4c2e1f5b058');
INSERT INTO public.journal VALUES (9, '2026-12-01 15:37:12.3542+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'unit', 8, NULL, 'null', '{"name": "国家税务总局示范县税务局", "short_name": "县税务局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "梁红", "liaison_phone": "0372-5101008", "liaison_email": "swj@shifan.example.cn", "note": "", "created_at": "2026-12-01T15:37:12.347722+00:00", "updated_at": "2026-12-01T15:37:12.347722+00:00", "id": 8}', '45caecb4c354020f75a0e70896fd22059ddb30166738cc0d3803e4c2e1f5b058', 'de0a009201c65d9a3c6ebd7d412634bd5c664356c27d0ec7ee80980ebd485208');
INSERT INTO public.journal VALUES (10, '2026-12-01 15:37:12.359926+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'unit', 9, NULL, 'null', '{"name": "示范县市场监督管理局", "short_name": "县市场监管局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "宋佳", "liaison_phone": "0372-5101009", "liaison_email": "scjgj@shifan.example.cn", "note": "", "created_at": "2026-12-01T15:37:12.358995+00:00", "updated_at": "2026-12-01T15:37:12.358995+00:00", "id": 9}', 'de0a009201c65d9a3c6ebd7d412634bd5c664356c27d0ec7ee80980ebd485208', '33e1734524ce219dfd19a19d2cfe0db9fa6023d045e03ff9074c420f902bbf00');
INSERT INTO public.journal VALUES (11, '2026-12-01 15:37:12.370981+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'unit', 10, NULL, 'null', '{"name": "示范县信访局", "short_name": "县信访局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "唐亮", "liaison_phone": "0372-5101010", "liaison_email": "xfj@shifan.example.cn", "note": "", "created_at": "2026-12-01T15:37:12.369986+00:00", "updated_at": "2026-12-01T15:37:12.369986+00:00", "id": 10}', '33e1734524ce219dfd19a19d2cfe0db9fa6023d045e03ff9074c420f902bbf00', '286b4e13be4e1e638ccfe999d1e81b7f737cb4e2fed47359a1ef3d14253be0e6');
INSERT INTO public.journal VALUES (12, '2026-12-01 15:37:12.378471+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'unit', 11, NULL, 'null', '{"name": "示范县公安局", "short_name": "县公安局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "韩冰", "liaison_phone": "0372-5101011", "liaison_email": "gaj@shifan.example.cn", "note": "", "created_at": "2026-12-01T15:37:12.372381+00:00", "updated_at": "2026-12-01T15:37:12.372381+00:00", "id": 11}', '286b4e13be4e1e638ccfe999d1e81b7f737cb4e2fed47359a1ef3d14253be0e6', '6fb6386494a3b2a1983b8f755700b64af8dfde84e69d740b4983ce594c0c8a38');
INSERT INTO public.journal VALUES (13, '2026-12-01 15:37:12.380706+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'unit', 12, NULL, 'null', '{"name": "示范县生态环境分局", "short_name": "县生态环境分局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "冯雪", "liaison_phone": "0372-5101012", "liaison_email": "sthj@shifan.example.cn", "note": "", "created_at": "2026-12-01T15:37:12.379898+00:00", "updated_at": "2026-12-01T15:37:12.379898+00:00", "id": 12}', '6fb6386494a3b2a1983b8f755700b64af8dfde84e69d740b4983ce594c0c8a38', '2cf690e8ac7b6a11c5ce6ea7a599f9f0387f44fb5b28ad3c45d8e585d97f0ee0');
INSERT INTO public.journal VALUES (14, '2026-12-01 15:37:12.386462+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'unit', 13, NULL, 'null', '{"name": "示范县城市管理局", "short_name": "县城管局", "kind": "政府部门", "region": "示范县", "is_member": true, "liaison_name": "邓凯", "liaison_phone": "0372-5101013", "liaison_email": "cgj@shifan.example.cn", "note": "", "created_at": "2026-12-01T15:37:12.385682+00:00", "updated_at": "2026-12-01T15:37:12.385682+00:00", "id": 13}', '2cf690e8ac7b6a11c5ce6ea7a599f9f0387f44fb5b28ad3c45d8e585d97f0ee0', 'd77031b8f27e5ac556185e995d8144560f6c578f146b274067d09e8756678d44');
INSERT INTO public.journal VALUES (15, '2026-12-01 15:37:12.391225+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'unit', 14, NULL, 'null', '{"name": "示范县人民法院", "short_name": "县法院", "kind": "法院", "region": "示范县", "is_member": true, "liaison_name": "许文", "liaison_phone": "0372-5101014", "liaison_email": "fy@shifan.example.cn", "note": "", "created_at": "2026-12-01T15:37:12.390544+00:00", "updated_at": "2026-12-01T15:37:12.390544+00:00", "id": 14}', 'd77031b8f27e5ac556185e995d8144560f6c578f146b274067d09e8756678d44', 'cb20ff147cb5429a9fc9c12da115b80fd06d88de913e44d0564de7869e85f0b3');
INSERT INTO public.journal VALUES (16, '2026-12-01 15:37:12.397922+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'unit', 15, NULL, 'null', '{"name": "示范县人民检察院", "short_name": "县检察院", "kind": "检察院", "region": "示范县", "is_member": true, "liaison_name": "曹阳", "liaison_phone": "0372-5101015", "liaison_email": "jcy@shifan.example.cn", "note": "", "created_at": "2026-12-01T15:37:12.392146+00:00", "updated_at": "2026-12-01T15:37:12.392146+00:00", "id": 15}', 'cb20ff147cb5429a9fc9c12da115b80fd06d88de913e44d0564de7869e85f0b3', '0110005397250c636963a3ebd42cc8a10fd8027e4df6e122dc21306e24c2e912');
INSERT INTO public.journal VALUES (17, '2026-12-01 15:37:12.399992+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'unit', 16, NULL, 'null', '{"name": "示范县城关镇人民政府", "short_name": "城关镇", "kind": "乡镇街道", "region": "示范县", "is_member": true, "liaison_name": "彭程", "liaison_phone": "0372-5101016", "liaison_email": "cgz@shifan.example.cn", "note": "", "created_at": "2026-12-01T15:37:12.399235+00:00", "updated_at": "2026-12-01T15:37:12.399235+00:00", "id": 16}', '0110005397250c636963a3ebd42cc8a10fd8027e4df6e122dc21306e24c2e912', '291aff900fe3ab3778aa559071d33a8c4957f24e1ebdf78f8b03905fc6e48e5c');
INSERT INTO public.journal VALUES (18, '2026-12-01 15:37:12.401789+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'unit', 17, NULL, 'null', '{"name": "示范县东城街道办事处", "short_name": "东城街道", "kind": "乡镇街道", "region": "示范县", "is_member": true, "liaison_name": "袁媛", "liaison_phone": "0372-5101017", "liaison_email": "dcjd@shifan.example.cn", "note": "", "created_at": "2026-12-01T15:37:12.401087+00:00", "updated_at": "2026-12-01T15:37:12.401087+00:00", "id": 17}', '291aff900fe3ab3778aa559071d33a8c4957f24e1ebdf78f8b03905fc6e48e5c', '07909e29b3b07220207742422803d0d7eeb079b95a77327273de64e6f48796ba');
INSERT INTO public.journal VALUES (19, '2026-12-01 15:37:12.411073+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'person', 1, NULL, 'null', '{"name": "王建国", "title": "县长", "unit_id": null, "role": "召集人", "phone": "", "email": "", "created_at": "2026-12-01T15:37:12.402165+00:00", "id": 1}', '07909e29b3b07220207742422803d0d7eeb079b95a77327273de64e6f48796ba', 'f3c266630506bc085e999a9ed1bc601937c3b0d9933bfc3f5b151b634d479ea4');
INSERT INTO public.journal VALUES (20, '2026-12-01 15:37:12.413392+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'person', 2, NULL, 'null', '{"name": "刘清华", "title": "常务副县长", "unit_id": null, "role": "副召集人", "phone": "", "email": "", "created_at": "2026-12-01T15:37:12.411757+00:00", "id": 2}', 'f3c266630506bc085e999a9ed1bc601937c3b0d9933bfc3f5b151b634d479ea4', '7e2f73c5a664bf0311efc67340e6221da9c4fbe7b995489febf287dd2329eb63');
INSERT INTO public.journal VALUES (21, '2026-12-01 15:37:12.414613+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'person', 3, NULL, 'null', '{"name": "赵立新", "title": "县人民法院院长", "unit_id": null, "role": "副召集人", "phone": "", "email": "", "created_at": "2026-12-01T15:37:12.413910+00:00", "id": 3}', '7e2f73c5a664bf0311efc67340e6221da9c4fbe7b995489febf287dd2329eb63', '5a598dcb3601c6802b1c1a8c54bb023f601b8eee95da92ceb2b70020c9fd0bdc');
INSERT INTO public.journal VALUES (22, '2026-12-01 15:37:12.426589+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'person', 4, NULL, 'null', '{"name": "陈晓燕", "title": "副主任", "unit_id": 1, "role": "联络员", "phone": "0372-5101001", "email": "zfb@shifan.example.cn", "created_at": "2026-12-01T15:37:12.421211+00:00", "id": 4}', '5a598dcb3601c6802b1c1a8c54bb023f601b8eee95da92ceb2b70020c9fd0bdc', '4201e70ba9bfe94c5cab58ca8dbc43a003d228c7e4af075ed3bf54e897f60a69');
INSERT INTO public.journal VALUES (23, '2026-12-01 15:37:12.434291+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'person', 5, NULL, 'null', '{"name": "马俊", "title": "科长", "unit_id": 2, "role": "联络员", "phone": "0372-5101002", "email": "fgw@shifan.example.cn", "created_at": "2026-12-01T15:37:12.428379+00:00", "id": 5}', '4201e70ba9bfe94c5cab58ca8dbc43a003d228c7e4af075ed3bf54e897f60a69', '0830e7c17db219712bfa6d05e3b6ffcf4280b69bc76e464c1d84d28928fa4c55');
INSERT INTO public.journal VALUES (24, '2026-12-01 15:37:12.437313+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'person', 6, NULL, 'null', '{"name": "孙丽", "title": "行政复议股股长", "unit_id": 3, "role": "联络员", "phone": "0372-5101003", "email": "sfj@shifan.example.cn", "created_at": "2026-12-01T15:37:12.436465+00:00", "id": 6}', '0830e7c17db219712bfa6d05e3b6ffcf4280b69bc76e464c1d84d28928fa4c55', 'a310ce3f8af12952b6aa5ee397463b8386087f4097027ece22cc405cbd86933a');
INSERT INTO public.journal VALUES (25, '2026-12-01 15:37:12.442119+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'person', 7, NULL, 'null', '{"name": "周明", "title": "局长", "unit_id": 3, "role": "成员", "phone": "", "email": "", "created_at": "2026-12-01T15:37:12.438944+00:00", "id": 7}', 'a310ce3f8af12952b6aa5ee397463b8386087f4097027ece22cc405cbd86933a', 'cfde5faa425dd27340b024b7f865278aa7e5da80a147a7ca1827bd57de1147f6');
INSERT INTO public.journal VALUES (26, '2026-12-01 15:37:12.445422+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'person', 8, NULL, 'null', '{"name": "林静", "title": "办公室工作人员", "unit_id": 3, "role": "办公室", "phone": "", "email": "", "created_at": "2026-12-01T15:37:12.443654+00:00", "id": 8}', 'cfde5faa425dd27340b024b7f865278aa7e5da80a147a7ca1827bd57de1147f6', 'c2259278975f26e440c1d16a2796b34ea63be0d46aa33eb0298cae2fdcf3a3cb');
INSERT INTO public.journal VALUES (27, '2026-12-01 15:37:12.452867+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'person', 9, NULL, 'null', '{"name": "郭涛", "title": "法规股股长", "unit_id": 4, "role": "联络员", "phone": "0372-5101004", "email": "czj@shifan.example.cn", "created_at": "2026-12-01T15:37:12.451933+00:00", "id": 9}', 'c2259278975f26e440c1d16a2796b34ea63be0d46aa33eb0298cae2fdcf3a3cb', 'a41af15e3fdb5af5a84e139c87d6e5bee2a63a3dd2c0e1b1b062ed65d247c658');
INSERT INTO public.journal VALUES (28, '2026-12-01 15:37:12.459127+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'person', 10, NULL, 'null', '{"name": "何芳", "title": "法规股股长", "unit_id": 5, "role": "联络员", "phone": "0372-5101005", "email": "rsj@shifan.example.cn", "created_at": "2026-12-01T15:37:12.458330+00:00", "id": 10}', 'a41af15e3fdb5af5a84e139c87d6e5bee2a63a3dd2c0e1b1b062ed65d247c658', '2ad833774cb04d813da2e1db5e63ca7db194cb9b7a52cf97f43c9da39a7a4c73');
INSERT INTO public.journal VALUES (29, '2026-12-01 15:37:12.461507+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'person', 11, NULL, 'null', '{"name": "高远", "title": "法规股股长", "unit_id": 6, "role": "联络员", "phone": "0372-5101006", "email": "zrzyj@shifan.example.cn", "created_at": "2026-12-01T15:37:12.460780+00:00", "id": 11}', '2ad833774cb04d813da2e1db5e63ca7db194cb9b7a52cf97f43c9da39a7a4c73', 'ffe526fa329afc7d3d741692438d1dc42b4554bb3214788a8fc0e05972ef657c');
INSERT INTO public.journal VALUES (30, '2026-12-01 15:37:12.466835+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'person', 12, NULL, 'null', '{"name": "罗斌", "title": "法规股股长", "unit_id": 7, "role": "联络员", "phone": "0372-5101007", "email": "zjj@shifan.example.cn", "created_at": "2026-12-01T15:37:12.466165+00:00", "id": 12}', 'ffe526fa329afc7d3d741692438d1dc42b4554bb3214788a8fc0e05972ef657c', '1ed8544796a6611cb282e2ba0bd1350f7c7a94da8f25e22caf805663f33fcaac');
INSERT INTO public.journal VALUES (31, '2026-12-01 15:37:12.469749+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'person', 13, NULL, 'null', '{"name": "梁红", "title": "法制股股长", "unit_id": 8, "role": "联络员", "phone": "0372-5101008", "email": "swj@shifan.example.cn", "created_at": "2026-12-01T15:37:12.468141+00:00", "id": 13}', '1ed8544796a6611cb282e2ba0bd1350f7c7a94da8f25e22caf805663f33fcaac', 'eca5047e6f80e8fdb7878963a9a63f4425f894c8c714eee8208471a6becd9b92');
INSERT INTO public.journal VALUES (32, '2026-12-01 15:37:12.475705+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'person', 14, NULL, 'null', '{"name": "宋佳", "title": "法规股股长", "unit_id": 9, "role": "联络员", "phone": "0372-5101009", "email": "scjgj@shifan.example.cn", "created_at": "2026-12-01T15:37:12.474990+00:00", "id": 14}', 'eca5047e6f80e8fdb7878963a9a63f4425f894c8c714eee8208471a6becd9b92', 'a0cb476adf7b81200c4d83968c1fd7d12dbb44971f209c8394131e12b34b2d90');
INSERT INTO public.journal VALUES (33, '2026-12-01 15:37:12.479126+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'person', 15, NULL, 'null', '{"name": "唐亮", "title": "副局长", "unit_id": 10, "role": "联络员", "phone": "0372-5101010", "email": "xfj@shifan.example.cn", "created_at": "2026-12-01T15:37:12.478517+00:00", "id": 15}', 'a0cb476adf7b81200c4d83968c1fd7d12dbb44971f209c8394131e12b34b2d90', '8edbd0c04af09027c1533a1c0684157ab7f839d44ad0f96b22f95bff98c7dc71');
INSERT INTO public.journal VALUES (34, '2026-12-01 15:37:12.4833+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'person', 16, NULL, 'null', '{"name": "韩冰", "title": "法制大队大队长", "unit_id": 11, "role": "联络员", "phone": "0372-5101011", "email": "gaj@shifan.example.cn", "created_at": "2026-12-01T15:37:12.482665+00:00", "id": 16}', '8edbd0c04af09027c1533a1c0684157ab7f839d44ad0f96b22f95bff98c7dc71', 'd9b4a3f8404cd31282247b7bff94f9ef03fa3624549e8b4a1d37f746e27d4327');
INSERT INTO public.journal VALUES (35, '2026-12-01 15:37:12.486676+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'person', 17, NULL, 'null', '{"name": "冯雪", "title": "法规股股长", "unit_id": 12, "role": "联络员", "phone": "0372-5101012", "email": "sthj@shifan.example.cn", "created_at": "2026-12-01T15:37:12.486070+00:00", "id": 17}', 'd9b4a3f8404cd31282247b7bff94f9ef03fa3624549e8b4a1d37f746e27d4327', '30140cdb9aa44b9c1806f20164d93b3abe99d0795def0b67c406758574367da7');
INSERT INTO public.journal VALUES (36, '2026-12-01 15:37:12.490687+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'person', 18, NULL, 'null', '{"name": "邓凯", "title": "法规股股长", "unit_id": 13, "role": "联络员", "phone": "0372-5101013", "email": "cgj@shifan.example.cn", "created_at": "2026-12-01T15:37:12.490065+00:00", "id": 18}', '30140cdb9aa44b9c1806f20164d93b3abe99d0795def0b67c406758574367da7', 'bf5b54500cf96628564b2f06e1f30f9553f6128e175a8a81809885f5e94fc9af');
INSERT INTO public.journal VALUES (37, '2026-12-01 15:37:12.5003+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'person', 19, NULL, 'null', '{"name": "许文", "title": "行政审判庭庭长", "unit_id": 14, "role": "联络员", "phone": "0372-5101014", "email": "fy@shifan.example.cn", "created_at": "2026-12-01T15:37:12.492808+00:00", "id": 19}', 'bf5b54500cf96628564b2f06e1f30f9553f6128e175a8a81809885f5e94fc9af', '6c36cae153f668ded154bd429b6d3c13f5f67b61763d00f462c6ab434f051d00');
INSERT INTO public.journal VALUES (38, '2026-12-01 15:37:12.502947+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'person', 20, NULL, 'null', '{"name": "曹阳", "title": "行政检察部主任", "unit_id": 15, "role": "联络员", "phone": "0372-5101015", "email": "jcy@shifan.example.cn", "created_at": "2026-12-01T15:37:12.502205+00:00", "id": 20}', '6c36cae153f668ded154bd429b6d3c13f5f67b61763d00f462c6ab434f051d00', 'e12383253f4e24e7784ace8c2557537517651b3d7f8ce693e1db70c27c576d4b');
INSERT INTO public.journal VALUES (39, '2026-12-01 15:37:12.506827+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'person', 21, NULL, 'null', '{"name": "彭程", "title": "司法所所长", "unit_id": 16, "role": "联络员", "phone": "0372-5101016", "email": "cgz@shifan.example.cn", "created_at": "2026-12-01T15:37:12.506119+00:00", "id": 21}', 'e12383253f4e24e7784ace8c2557537517651b3d7f8ce693e1db70c27c576d4b', 'fad89b3e9de91ed286fdc4adf7f29d8ceae65e19ca8b0985b7c3f6a6d378bf41');
INSERT INTO public.journal VALUES (40, '2026-12-01 15:37:12.511138+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'person', 22, NULL, 'null', '{"name": "袁媛", "title": "司法所所长", "unit_id": 17, "role": "联络员", "phone": "0372-5101017", "email": "dcjd@shifan.example.cn", "created_at": "2026-12-01T15:37:12.510471+00:00", "id": 22}', 'fad89b3e9de91ed286fdc4adf7f29d8ceae65e19ca8b0985b7c3f6a6d378bf41', 'd33819741ef601cd304e09ea305db1d7a5273a06118ef25941ff457a71ccaa6f');
INSERT INTO public.journal VALUES (60, '2026-12-01 15:37:13.616594+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'notice', 3, NULL, 'null', '{"stage": "督办", "unit_id": 5, "issued_on": "2024-10-15", "year": 2024, "number": 2, "reply_due": "2024-10-22", "created_at": "2026-12-01T15:37:13.575656+00:00", "id": 3, "acknowledged_on": null, "issuer": "", "tasks": [2], "suggestions": []}', '190d3f09b651a6b0b34c8643fb1a2933a35679054b93155db5e0bd03f12bca02', 'e9827f2fc6fe01f898a01b362f6467deaf369e602082a392e91a8037ec6e42d8');
INSERT INTO public.journal VALUES (41, '2026-12-01 15:37:12.64289+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'case', 1, 1, 'null', '{"category": "行政诉讼", "case_no": "（2024）豫0591行初15号", "no_kind": "案号", "year": 2024, "court_code": "豫0591", "court_level": "基层", "type_code": "行初", "type_name": "行政一审案件", "case_family": "行政", "instance": "一审", "field": "土地征收", "unit_id": 6, "court": "", "received_on": "2024-03-15", "filed_on": "2024-03-15", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "不服征收补偿决定", "created_at": "2026-12-01T15:37:12.626650+00:00", "updated_at": "2026-12-01T15:37:12.626650+00:00", "id": 1}', 'd33819741ef601cd304e09ea305db1d7a5273a06118ef25941ff457a71ccaa6f', '89522b99dacb9399d0c932e62fb39ae1fec834f4718712404ad6505a1bd1d8e6');
INSERT INTO public.journal VALUES (42, '2026-12-01 15:37:12.651177+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'party', 1, NULL, 'null', '{"id": 1, "name": "张三", "kind": "自然人", "id_kind": "身份证", "id_number": "410502********1232", "created_at": "2026-12-01T15:37:12.645903+00:00"}', '89522b99dacb9399d0c932e62fb39ae1fec834f4718712404ad6505a1bd1d8e6', '694c0fa587fcfe35e69748764bdcd199a9defb53bb9a61569a389cae00f33695');
INSERT INTO public.journal VALUES (43, '2026-12-01 15:37:12.660029+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'case_party', 1, 1, 'null', '{"party": "张三", "role": "原告"}', '694c0fa587fcfe35e69748764bdcd199a9defb53bb9a61569a389cae00f33695', 'ab4a20ff5af54345bd192b699a373985bff9df5db7e17d6f52bf5492708a8b63');
INSERT INTO public.journal VALUES (44, '2026-12-01 15:37:12.662191+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'party', 2, NULL, 'null', '{"id": 2, "name": "示范县建工集团", "kind": "法人或其他组织", "id_kind": "统一社会信用代码", "id_number": "91340503MA2N0001XG", "created_at": "2026-12-01T15:37:12.661368+00:00"}', 'ab4a20ff5af54345bd192b699a373985bff9df5db7e17d6f52bf5492708a8b63', 'a36afd8b04d4c492e09f03298c6ecd3866cd7e53d2d54859455e8c9424818af9');
INSERT INTO public.journal VALUES (45, '2026-12-01 15:37:12.667397+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'case_party', 2, 1, 'null', '{"party": "示范县建工集团", "role": "原告"}', 'a36afd8b04d4c492e09f03298c6ecd3866cd7e53d2d54859455e8c9424818af9', 'f52409317dfc98cab5d0c6ab1ef1e887bb585a3e387ad3895972e11ef8516705');
INSERT INTO public.journal VALUES (46, '2026-12-01 15:37:12.739621+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'case', 2, 2, 'null', '{"category": "行政复议", "case_no": "示政复〔2024〕12号", "no_kind": "自编号", "year": null, "court_code": null, "court_level": null, "type_code": null, "type_name": null, "case_family": null, "instance": null, "field": "", "unit_id": 5, "court": "", "received_on": "2024-04-02", "filed_on": "2024-04-02", "heard_on": null, "closed_on": null, "status": "在办", "outcome": null, "is_loss": false, "is_correction": false, "is_judgment": false, "is_settled": false, "is_withdrawn": false, "heard": null, "head_appeared": null, "head_rank": null, "claimed_fen": null, "recovered_fen": null, "resolved": null, "group_size": null, "risk_level": "", "summary": "", "created_at": "2026-12-01T15:37:12.731657+00:00", "updated_at": "2026-12-01T15:37:12.731657+00:00", "id": 2}', 'f52409317dfc98cab5d0c6ab1ef1e887bb585a3e387ad3895972e11ef8516705', '0f979ce32f2775fa7f33d11c9fff34fac2a778b8abb9460747521cdb8d1053c2');
INSERT INTO public.journal VALUES (47, '2026-12-01 15:37:12.746807+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'party', 3, NULL, 'null', '{"id": 3, "name": "李四", "kind": "自然人", "id_kind": "", "id_number": null, "created_at": "2026-12-01T15:37:12.744654+00:00"}', '0f979ce32f2775fa7f33d11c9fff34fac2a778b8abb9460747521cdb8d1053c2', '915a01d614b50de70dadc0b2dfaa61a4634f823f509be3712ea8bbbb0eb52249');
INSERT INTO public.journal VALUES (48, '2026-12-01 15:37:12.752193+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'case_party', 3, 2, 'null', '{"party": "李四", "role": "申请人"}', '915a01d614b50de70dadc0b2dfaa61a4634f823f509be3712ea8bbbb0eb52249', '47d019079c1379afd7135728d2242b73e1514468a880dfd20a97c01a42c5825c');
INSERT INTO public.journal VALUES (49, '2026-12-01 15:37:12.813851+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'case_event', 1, 1, 'null', '{"case_id": 1, "kind": "开庭", "occurred_on": "2024-05-20", "note": "", "created_at": "2026-12-01T15:37:12.803938+00:00", "id": 1}', '47d019079c1379afd7135728d2242b73e1514468a880dfd20a97c01a42c5825c', 'f72d9e2afb0add336b27baca63a4da5a3f65d24d2434cd0084cdcc9db3a9f29f');
INSERT INTO public.journal VALUES (50, '2026-12-01 15:37:12.825143+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'update', 'case', 1, 1, '{"court_code": "豫0591", "court": "", "is_correction": false, "head_rank": null, "court_level": "基层", "received_on": "2024-03-15", "is_judgment": false, "claimed_fen": null, "type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "recovered_fen": null, "category": "行政诉讼", "type_name": "行政一审案件", "heard_on": null, "is_withdrawn": false, "resolved": null, "id": 1, "case_family": "行政", "closed_on": null, "group_size": null, "summary": "不服征收补偿决定", "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "在办", "heard": null, "risk_level": "", "no_kind": "案号", "field": "土地征收", "outcome": null, "head_appeared": null, "created_at": "2026-12-01T15:37:12.626650+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "updated_at": "2026-12-01T15:37:12.626650+00:00"}', '{"court_code": "豫0591", "court": "", "is_correction": false, "head_rank": null, "court_level": "基层", "received_on": "2024-03-15", "is_judgment": false, "claimed_fen": null, "type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "recovered_fen": null, "category": "行政诉讼", "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_withdrawn": false, "resolved": null, "id": 1, "case_family": "行政", "closed_on": null, "group_size": null, "summary": "不服征收补偿决定", "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "在办", "heard": true, "risk_level": "", "no_kind": "案号", "field": "土地征收", "outcome": null, "head_appeared": null, "created_at": "2026-12-01T15:37:12.626650+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "updated_at": "2026-12-01T15:37:12.818381+00:00"}', 'f72d9e2afb0add336b27baca63a4da5a3f65d24d2434cd0084cdcc9db3a9f29f', 'acc2835303805abd79c64a4d58ca7ec5a835ad7ca261fea888bb5c1c2ebb37ef');
INSERT INTO public.journal VALUES (61, '2026-12-01 15:37:13.784038+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'notice_reply', 1, NULL, 'null', '{"notice_id": 1, "replied_on": "2024-10-15", "summary": "已书面报送办理情况", "created_at": "2026-12-01T15:37:13.770313+00:00", "id": 1, "file_name": "", "file_size": 0, "file_sha256": ""}', 'e9827f2fc6fe01f898a01b362f6467deaf369e602082a392e91a8037ec6e42d8', '1a91a45c2e4406724e7460e2148e1fbf8a5b49ab846898af2b6fe66dc1b9d74a');
INSERT INTO public.journal VALUES (51, '2026-12-01 15:37:12.883805+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'update', 'case', 1, 1, '{"court_code": "豫0591", "court": "", "is_correction": false, "head_rank": null, "court_level": "基层", "received_on": "2024-03-15", "is_judgment": false, "claimed_fen": null, "type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "recovered_fen": null, "category": "行政诉讼", "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_withdrawn": false, "resolved": null, "id": 1, "case_family": "行政", "closed_on": null, "group_size": null, "summary": "不服征收补偿决定", "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "在办", "heard": true, "risk_level": "", "no_kind": "案号", "field": "土地征收", "outcome": null, "head_appeared": null, "created_at": "2026-12-01T15:37:12.626650+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "updated_at": "2026-12-01T15:37:12.818381+00:00"}', '{"court_code": "豫0591", "court": "", "is_correction": false, "head_rank": null, "court_level": "基层", "received_on": "2024-03-15", "is_judgment": true, "claimed_fen": null, "type_code": "行初", "filed_on": "2024-03-15", "is_settled": false, "recovered_fen": null, "category": "行政诉讼", "type_name": "行政一审案件", "heard_on": "2024-05-20", "is_withdrawn": false, "resolved": null, "id": 1, "case_family": "行政", "closed_on": "2024-06-28", "group_size": null, "summary": "不服征收补偿决定", "case_no": "（2024）豫0591行初15号", "instance": "一审", "status": "已结", "heard": true, "risk_level": "", "no_kind": "案号", "field": "土地征收", "outcome": "驳回诉讼请求", "head_appeared": null, "created_at": "2026-12-01T15:37:12.626650+00:00", "year": 2024, "unit_id": 6, "is_loss": false, "updated_at": "2026-12-01T15:37:12.876962+00:00"}', 'acc2835303805abd79c64a4d58ca7ec5a835ad7ca261fea888bb5c1c2ebb37ef', '390df38d7628c205c437d2a031f2ea7d1eb370f0177231f171fee24b71d6d703');
INSERT INTO public.journal VALUES (52, '2026-12-01 15:37:12.937622+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'update', 'case', 2, 2, '{"court_code": null, "court": "", "is_correction": false, "head_rank": null, "court_level": null, "received_on": "2024-04-02", "is_judgment": false, "claimed_fen": null, "type_code": null, "filed_on": "2024-04-02", "is_settled": false, "recovered_fen": null, "category": "行政复议", "type_name": null, "heard_on": null, "is_withdrawn": false, "resolved": null, "id": 2, "case_family": null, "closed_on": null, "group_size": null, "summary": "", "case_no": "示政复〔2024〕12号", "instance": null, "status": "在办", "heard": null, "risk_level": "", "no_kind": "自编号", "field": "", "outcome": null, "head_appeared": null, "created_at": "2026-12-01T15:37:12.731657+00:00", "year": null, "unit_id": 5, "is_loss": false, "updated_at": "2026-12-01T15:37:12.731657+00:00"}', '{"court_code": null, "court": "", "is_correction": true, "head_rank": null, "court_level": null, "received_on": "2024-04-02", "is_judgment": true, "claimed_fen": null, "type_code": null, "filed_on": "2024-04-02", "is_settled": false, "recovered_fen": null, "category": "行政复议", "type_name": null, "heard_on": null, "is_withdrawn": false, "resolved": null, "id": 2, "case_family": null, "closed_on": "2024-06-01", "group_size": null, "summary": "", "case_no": "示政复〔2024〕12号", "instance": null, "status": "已结", "heard": null, "risk_level": "", "no_kind": "自编号", "field": "", "outcome": "撤销", "head_appeared": null, "created_at": "2026-12-01T15:37:12.731657+00:00", "year": null, "unit_id": 5, "is_loss": false, "updated_at": "2026-12-01T15:37:12.929185+00:00"}', '390df38d7628c205c437d2a031f2ea7d1eb370f0177231f171fee24b71d6d703', '193f4153a1ba8fa74b8f837959b678703b79c5cfdf2648ee57d37fbd2f6543ef');
INSERT INTO public.journal VALUES (53, '2026-12-01 15:37:13.038581+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'meeting', 1, NULL, 'null', '{"year": 2024, "issue_no": 1, "kind": "联席会议", "held_on": "2024-06-20", "place": "", "chair": "王县长", "topics": "征收补偿争议化解", "opening": "", "created_at": "2026-12-01T15:37:13.033940+00:00", "id": 1}', '193f4153a1ba8fa74b8f837959b678703b79c5cfdf2648ee57d37fbd2f6543ef', '875a0c50ef5a116e4b6af126fc405afc8d3314e54aa39cbd6e8115c57af81cce');
INSERT INTO public.journal VALUES (54, '2026-12-01 15:37:13.106768+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'task', 1, NULL, 'null', '{"source": "议定事项", "content": "建立征收补偿争议会商机制", "lead_unit_id": 6, "leader": "", "due_on": "2024-09-30", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": 1, "decision_no": 1, "suggestion_id": null, "list_no": "", "note": "", "created_at": "2026-12-01T15:37:13.089334+00:00", "updated_at": "2026-12-01T15:37:13.089334+00:00", "id": 1, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": ["示范县司法局"]}', '875a0c50ef5a116e4b6af126fc405afc8d3314e54aa39cbd6e8115c57af81cce', 'c911c5f3bc078da1d93844f3f078d864733db3f43e524a0139a1a4cc751738d3');
INSERT INTO public.journal VALUES (55, '2026-12-01 15:37:13.211442+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'task', 2, NULL, 'null', '{"source": "双清单", "content": "清理行政协议履约情况", "lead_unit_id": 5, "leader": "", "due_on": "2024-08-31", "due_rule": "", "due_start": null, "due_provisional": false, "meeting_id": null, "decision_no": null, "suggestion_id": null, "list_no": "", "note": "", "created_at": "2026-12-01T15:37:13.201321+00:00", "updated_at": "2026-12-01T15:37:13.201321+00:00", "id": 2, "completed_on": null, "signed_off_on": null, "signed_off_by": "", "co_units": []}', 'c911c5f3bc078da1d93844f3f078d864733db3f43e524a0139a1a4cc751738d3', 'ea890e3fd4e1c138729c2d512307e79221d023736da0ceefc784c3ac2bc3d22d');
INSERT INTO public.journal VALUES (56, '2026-12-01 15:37:13.269529+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'task_progress', 1, NULL, 'null', '{"task_id": 1, "reported_on": "2024-10-15", "note": "已召开专题会", "author": "", "created_at": "2026-12-01T15:37:13.261728+00:00", "id": 1}', 'ea890e3fd4e1c138729c2d512307e79221d023736da0ceefc784c3ac2bc3d22d', '2b428ee8ce40bd61a295dbce2f1406e6fe94fba0c76faeab9d85fe31973e8cce');
INSERT INTO public.journal VALUES (57, '2026-12-01 15:37:13.348906+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'suggestion', 1, NULL, 'null', '{"kind": "司法建议", "doc_no": "示法建〔2024〕3号", "issuer": "示范县人民法院", "unit_id": 6, "received_on": "2024-05-06", "reply_due": "2024-07-08", "reply_due_rule": "2个月", "reply_due_provisional": false, "summary": "规范征收补偿程序", "created_at": "2026-12-01T15:37:13.338385+00:00", "id": 1, "replied_on": null, "reply_summary": "", "adopted": null, "verified_on": null, "cases": []}', '2b428ee8ce40bd61a295dbce2f1406e6fe94fba0c76faeab9d85fe31973e8cce', 'fa820aa5bc6b47c2e344b8c1280680e5bbfa0cf14e20dd88a741f92d5dce7117');
INSERT INTO public.journal VALUES (58, '2026-12-01 15:37:13.592709+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'notice', 1, NULL, 'null', '{"stage": "催办", "unit_id": 6, "issued_on": "2024-10-15", "year": null, "number": null, "reply_due": null, "created_at": "2026-12-01T15:37:13.575656+00:00", "id": 1, "acknowledged_on": null, "issuer": "", "tasks": [1], "suggestions": []}', 'fa820aa5bc6b47c2e344b8c1280680e5bbfa0cf14e20dd88a741f92d5dce7117', '98a71ddf0673dda016382dfcc035a06e1b9394d41e1423faa17b93aaa4eee71a');
INSERT INTO public.journal VALUES (59, '2026-12-01 15:37:13.605931+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'notice', 2, NULL, 'null', '{"stage": "督办", "unit_id": 6, "issued_on": "2024-10-15", "year": 2024, "number": 1, "reply_due": "2024-10-22", "created_at": "2026-12-01T15:37:13.575656+00:00", "id": 2, "acknowledged_on": null, "issuer": "", "tasks": [], "suggestions": ["示法建〔2024〕3号"]}', '98a71ddf0673dda016382dfcc035a06e1b9394d41e1423faa17b93aaa4eee71a', '190d3f09b651a6b0b34c8643fb1a2933a35679054b93155db5e0bd03f12bca02');
INSERT INTO public.journal VALUES (62, '2026-12-01 15:37:13.78989+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'update', 'notice', 1, NULL, '{"issued_on": "2024-10-15", "id": 1, "number": null, "acknowledged_on": null, "created_at": "2026-12-01T15:37:13.575656+00:00", "unit_id": 6, "year": null, "stage": "催办", "reply_due": null, "issuer": ""}', '{"issued_on": "2024-10-15", "id": 1, "number": null, "acknowledged_on": "2024-10-15", "created_at": "2026-12-01T15:37:13.575656+00:00", "unit_id": 6, "year": null, "stage": "催办", "reply_due": null, "issuer": ""}', '1a91a45c2e4406724e7460e2148e1fbf8a5b49ab846898af2b6fe66dc1b9d74a', 'bf65d88587c9f460dfd505ed6716a3e0d93e0fc87f38756b85c72584b6b9af35');
INSERT INTO public.journal VALUES (63, '2026-12-01 15:37:14.133858+00', '测试员@postgres', 'fylink postgresql+psycopg://postgres@127.0.0.1:55432/fylink_make_0003_notify', 'insert', 'bulletin', 1, NULL, 'null', '{"year": 2024, "number": 1, "period_year": 2024, "quarter": 3, "issued_on": "2024-10-15", "issuer": "", "data": {"start": "2024-07-01", "end": "2024-09-30", "black": [{"unit_id": 5, "unit": "县人社局", "open_late": 1, "done_late": 0, "suggestions_late": 0, "replies_missing": 0, "replies_late": 0, "text": "逾期未办结事项1项"}, {"unit_id": 6, "unit": "县自然资源局", "open_late": 0, "done_late": 0, "suggestions_late": 1, "replies_missing": 0, "replies_late": 0, "text": "逾期未反馈司法（检察）建议1件"}], "red": []}, "created_at": "2026-12-01T15:37:14.125895+00:00", "id": 1}', 'bf65d88587c9f460dfd505ed6716a3e0d93e0fc87f38756b85c72584b6b9af35', '99fb7f8707d3cfe1215e26c2b9d916dcc13682c754c9878fc442363449217cce');


--
-- Data for Name: meeting; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.meeting VALUES (1, 2024, 1, '联席会议', '2024-06-20', '', '王县长', '征收补偿争议化解', '', '2026-12-01 15:37:13.03394+00');


--
-- Data for Name: notice; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notice VALUES (2, '督办', 6, '2024-10-15', 2024, 1, '2024-10-22', NULL, '2026-12-01 15:37:13.575656+00', '');
INSERT INTO public.notice VALUES (3, '督办', 5, '2024-10-15', 2024, 2, '2024-10-22', NULL, '2026-12-01 15:37:13.575656+00', '');
INSERT INTO public.notice VALUES (1, '催办', 6, '2024-10-15', NULL, NULL, NULL, '2024-10-15', '2026-12-01 15:37:13.575656+00', '');


--
-- Data for Name: notice_item; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notice_item VALUES (1, 1, '催办', 1, NULL, 7, NULL);
INSERT INTO public.notice_item VALUES (2, 2, '督办', NULL, 1, 67, NULL);
INSERT INTO public.notice_item VALUES (3, 3, '督办', 2, NULL, 28, NULL);


--
-- Data for Name: notice_reply; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notice_reply VALUES (1, 1, '2024-10-15', '已书面报送办理情况', '', 0, '', NULL, '2026-12-01 15:37:13.770313+00');


--
-- Data for Name: office; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.office VALUES (1, '示范县府院联动联席会议办公室', '示范县', '示范县府院联动联席会议', '2026-12-01 15:37:12.251291+00');


--
-- Data for Name: party; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.party VALUES (1, '张三', '自然人', '身份证', '410502198510151232', '2026-12-01 15:37:12.645903+00');
INSERT INTO public.party VALUES (2, '示范县建工集团', '法人或其他组织', '统一社会信用代码', '91340503MA2N0001XG', '2026-12-01 15:37:12.661368+00');
INSERT INTO public.party VALUES (3, '李四', '自然人', '', NULL, '2026-12-01 15:37:12.744654+00');


--
-- Data for Name: person; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.person VALUES (1, '王建国', '县长', NULL, '召集人', '', '', '2026-12-01 15:37:12.402165+00');
INSERT INTO public.person VALUES (2, '刘清华', '常务副县长', NULL, '副召集人', '', '', '2026-12-01 15:37:12.411757+00');
INSERT INTO public.person VALUES (3, '赵立新', '县人民法院院长', NULL, '副召集人', '', '', '2026-12-01 15:37:12.41391+00');
INSERT INTO public.person VALUES (4, '陈晓燕', '副主任', 1, '联络员', '0372-5101001', 'zfb@shifan.example.cn', '2026-12-01 15:37:12.421211+00');
INSERT INTO public.person VALUES (5, '马俊', '科长', 2, '联络员', '0372-5101002', 'fgw@shifan.example.cn', '2026-12-01 15:37:12.428379+00');
INSERT INTO public.person VALUES (6, '孙丽', '行政复议股股长', 3, '联络员', '0372-5101003', 'sfj@shifan.example.cn', '2026-12-01 15:37:12.436465+00');
INSERT INTO public.person VALUES (7, '周明', '局长', 3, '成员', '', '', '2026-12-01 15:37:12.438944+00');
INSERT INTO public.person VALUES (8, '林静', '办公室工作人员', 3, '办公室', '', '', '2026-12-01 15:37:12.443654+00');
INSERT INTO public.person VALUES (9, '郭涛', '法规股股长', 4, '联络员', '0372-5101004', 'czj@shifan.example.cn', '2026-12-01 15:37:12.451933+00');
INSERT INTO public.person VALUES (10, '何芳', '法规股股长', 5, '联络员', '0372-5101005', 'rsj@shifan.example.cn', '2026-12-01 15:37:12.45833+00');
INSERT INTO public.person VALUES (11, '高远', '法规股股长', 6, '联络员', '0372-5101006', 'zrzyj@shifan.example.cn', '2026-12-01 15:37:12.46078+00');
INSERT INTO public.person VALUES (12, '罗斌', '法规股股长', 7, '联络员', '0372-5101007', 'zjj@shifan.example.cn', '2026-12-01 15:37:12.466165+00');
INSERT INTO public.person VALUES (13, '梁红', '法制股股长', 8, '联络员', '0372-5101008', 'swj@shifan.example.cn', '2026-12-01 15:37:12.468141+00');
INSERT INTO public.person VALUES (14, '宋佳', '法规股股长', 9, '联络员', '0372-5101009', 'scjgj@shifan.example.cn', '2026-12-01 15:37:12.47499+00');
INSERT INTO public.person VALUES (15, '唐亮', '副局长', 10, '联络员', '0372-5101010', 'xfj@shifan.example.cn', '2026-12-01 15:37:12.478517+00');
INSERT INTO public.person VALUES (16, '韩冰', '法制大队大队长', 11, '联络员', '0372-5101011', 'gaj@shifan.example.cn', '2026-12-01 15:37:12.482665+00');
INSERT INTO public.person VALUES (17, '冯雪', '法规股股长', 12, '联络员', '0372-5101012', 'sthj@shifan.example.cn', '2026-12-01 15:37:12.48607+00');
INSERT INTO public.person VALUES (18, '邓凯', '法规股股长', 13, '联络员', '0372-5101013', 'cgj@shifan.example.cn', '2026-12-01 15:37:12.490065+00');
INSERT INTO public.person VALUES (19, '许文', '行政审判庭庭长', 14, '联络员', '0372-5101014', 'fy@shifan.example.cn', '2026-12-01 15:37:12.492808+00');
INSERT INTO public.person VALUES (20, '曹阳', '行政检察部主任', 15, '联络员', '0372-5101015', 'jcy@shifan.example.cn', '2026-12-01 15:37:12.502205+00');
INSERT INTO public.person VALUES (21, '彭程', '司法所所长', 16, '联络员', '0372-5101016', 'cgz@shifan.example.cn', '2026-12-01 15:37:12.506119+00');
INSERT INTO public.person VALUES (22, '袁媛', '司法所所长', 17, '联络员', '0372-5101017', 'dcjd@shifan.example.cn', '2026-12-01 15:37:12.510471+00');


--
-- Data for Name: report_snapshot; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: suggestion; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.suggestion VALUES (1, '司法建议', '示法建〔2024〕3号', '示范县人民法院', 6, '2024-05-06', '2024-07-08', '2个月', false, NULL, '', NULL, NULL, '规范征收补偿程序', '2026-12-01 15:37:13.338385+00');


--
-- Data for Name: suggestion_case; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: task; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task VALUES (1, '议定事项', '建立征收补偿争议会商机制', 6, '', '2024-09-30', '', NULL, false, 1, 1, NULL, '', '', NULL, NULL, '', '2026-12-01 15:37:13.089334+00', '2026-12-01 15:37:13.089334+00');
INSERT INTO public.task VALUES (2, '双清单', '清理行政协议履约情况', 5, '', '2024-08-31', '', NULL, false, NULL, NULL, NULL, '', '', NULL, NULL, '', '2026-12-01 15:37:13.201321+00', '2026-12-01 15:37:13.201321+00');


--
-- Data for Name: task_co_unit; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task_co_unit VALUES (1, 1, 3);


--
-- Data for Name: task_progress; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task_progress VALUES (1, 1, '2024-10-15', '已召开专题会', '', '2026-12-01 15:37:13.261728+00');


--
-- Data for Name: unit; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.unit VALUES (1, '示范县人民政府办公室', '县政府办', '政府部门', '示范县', true, '陈晓燕', '0372-5101001', 'zfb@shifan.example.cn', '', '2026-12-01 15:37:12.278054+00', '2026-12-01 15:37:12.278054+00');
INSERT INTO public.unit VALUES (2, '示范县发展和改革委员会', '县发改委', '政府部门', '示范县', true, '马俊', '0372-5101002', 'fgw@shifan.example.cn', '', '2026-12-01 15:37:12.289165+00', '2026-12-01 15:37:12.289165+00');
INSERT INTO public.unit VALUES (3, '示范县司法局', '县司法局', '政府部门', '示范县', true, '孙丽', '0372-5101003', 'sfj@shifan.example.cn', '联席会议办公室设在县司法局', '2026-12-01 15:37:12.314112+00', '2026-12-01 15:37:12.314112+00');
INSERT INTO public.unit VALUES (4, '示范县财政局', '县财政局', '政府部门', '示范县', true, '郭涛', '0372-5101004', 'czj@shifan.example.cn', '', '2026-12-01 15:37:12.317681+00', '2026-12-01 15:37:12.317681+00');
INSERT INTO public.unit VALUES (5, '示范县人力资源和社会保障局', '县人社局', '政府部门', '示范县', true, '何芳', '0372-5101005', 'rsj@shifan.example.cn', '', '2026-12-01 15:37:12.324392+00', '2026-12-01 15:37:12.324392+00');
INSERT INTO public.unit VALUES (6, '示范县自然资源局', '县自然资源局', '政府部门', '示范县', true, '高远', '0372-5101006', 'zrzyj@shifan.example.cn', '', '2026-12-01 15:37:12.336327+00', '2026-12-01 15:37:12.336327+00');
INSERT INTO public.unit VALUES (7, '示范县住房和城乡建设局', '县住建局', '政府部门', '示范县', true, '罗斌', '0372-5101007', 'zjj@shifan.example.cn', '', '2026-12-01 15:37:12.341924+00', '2026-12-01 15:37:12.341924+00');
INSERT INTO public.unit VALUES (8, '国家税务总局示范县税务局', '县税务局', '政府部门', '示范县', true, '梁红', '0372-5101008', 'swj@shifan.example.cn', '', '2026-12-01 15:37:12.347722+00', '2026-12-01 15:37:12.347722+00');
INSERT INTO public.unit VALUES (9, '示范县市场监督管理局', '县市场监管局', '政府部门', '示范县', true, '宋佳', '0372-5101009', 'scjgj@shifan.example.cn', '', '2026-12-01 15:37:12.358995+00', '2026-12-01 15:37:12.358995+00');
INSERT INTO public.unit VALUES (10, '示范县信访局', '县信访局', '政府部门', '示范县', true, '唐亮', '0372-5101010', 'xfj@shifan.example.cn', '', '2026-12-01 15:37:12.369986+00', '2026-12-01 15:37:12.369986+00');
INSERT INTO public.unit VALUES (11, '示范县公安局', '县公安局', '政府部门', '示范县', true, '韩冰', '0372-5101011', 'gaj@shifan.example.cn', '', '2026-12-01 15:37:12.372381+00', '2026-12-01 15:37:12.372381+00');
INSERT INTO public.unit VALUES (12, '示范县生态环境分局', '县生态环境分局', '政府部门', '示范县', true, '冯雪', '0372-5101012', 'sthj@shifan.example.cn', '', '2026-12-01 15:37:12.379898+00', '2026-12-01 15:37:12.379898+00');
INSERT INTO public.unit VALUES (13, '示范县城市管理局', '县城管局', '政府部门', '示范县', true, '邓凯', '0372-5101013', 'cgj@shifan.example.cn', '', '2026-12-01 15:37:12.385682+00', '2026-12-01 15:37:12.385682+00');
INSERT INTO public.unit VALUES (14, '示范县人民法院', '县法院', '法院', '示范县', true, '许文', '0372-5101014', 'fy@shifan.example.cn', '', '2026-12-01 15:37:12.390544+00', '2026-12-01 15:37:12.390544+00');
INSERT INTO public.unit VALUES (15, '示范县人民检察院', '县检察院', '检察院', '示范县', true, '曹阳', '0372-5101015', 'jcy@shifan.example.cn', '', '2026-12-01 15:37:12.392146+00', '2026-12-01 15:37:12.392146+00');
INSERT INTO public.unit VALUES (16, '示范县城关镇人民政府', '城关镇', '乡镇街道', '示范县', true, '彭程', '0372-5101016', 'cgz@shifan.example.cn', '', '2026-12-01 15:37:12.399235+00', '2026-12-01 15:37:12.399235+00');
INSERT INTO public.unit VALUES (17, '示范县东城街道办事处', '东城街道', '乡镇街道', '示范县', true, '袁媛', '0372-5101017', 'dcjd@shifan.example.cn', '', '2026-12-01 15:37:12.401087+00', '2026-12-01 15:37:12.401087+00');


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

SELECT pg_catalog.setval('public.journal_id_seq', 63, true);


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


