"""The tables as SQLAlchemy Core ``Table`` objects, for commands that only read.

Generated from fylink.models by tests/test_tables.py (``FYLINK_REGENERATE=1 pytest
tests/test_tables.py`` rewrites it); that test fails whenever the two differ. Building the
SQLModel classes of fylink.models costs every command about 0.15 s, and importing the ORM
another 0.13 s; the report reads the same tables through these objects and a Core
connection (fylink.db.read_scope) without either. Columns, types and foreign keys only: the
schema itself is created by the migrations, never from this metadata. SQLModel's column
types appear as the SQLAlchemy types they decorate: a datetime read through these tables
comes back as the driver gives it (naive UTC on SQLite), not marked as UTC.
"""

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

assess_appeal = Table(
    "assess_appeal",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("year", Integer(), nullable=False),
    Column("unit_id", Integer(), ForeignKey("unit.id"), nullable=False),
    Column("line_id", String(length=30), nullable=False),
    Column("reason", Text(), nullable=False),
    Column("filed_on", Date(), nullable=False),
    Column("decision", String(length=4)),
    Column("decided_on", Date()),
    Column("decision_note", Text(), nullable=False),
    Column("points_x100", Integer()),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

assess_record = Table(
    "assess_record",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("unit_id", Integer(), ForeignKey("unit.id"), nullable=False),
    Column("line_id", String(length=30), nullable=False),
    Column("occurred_on", Date(), nullable=False),
    Column("basis", String(length=100), nullable=False),
    Column("level", String(length=10), nullable=False),
    Column("points_x100", Integer()),
    Column("note", Text(), nullable=False),
    Column("recorded_by", String(length=100), nullable=False),
    Column("file_name", String(length=200), nullable=False),
    Column("file_size", Integer(), nullable=False),
    Column("file_sha256", String(length=64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

assess_result = Table(
    "assess_result",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("year", Integer(), nullable=False),
    Column("rules_name", String(length=200), nullable=False),
    Column("rules_digest", String(length=64), nullable=False),
    Column("rules_text", Text(), nullable=False),
    Column("published_at", DateTime(timezone=True), nullable=False),
    Column("published_by", String(length=100), nullable=False),
    Column("data", JSON(), nullable=False),
)

attendance = Table(
    "attendance",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("meeting_id", Integer(), ForeignKey("meeting.id"), nullable=False),
    Column("role", String(length=4), nullable=False),
    Column("person_id", Integer(), ForeignKey("person.id")),
    Column("unit_id", Integer(), ForeignKey("unit.id")),
    Column("name", String(length=100), nullable=False),
    Column("note", String(length=100), nullable=False),
    Column("affiliation", String(length=100), nullable=False),
    Column("headcount", Integer()),
)

bankruptcy = Table(
    "bankruptcy",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("case_id", Integer(), ForeignKey("cases.id"), nullable=False),
    Column("procedure", String(length=4), nullable=False),
    Column("stage", String(length=10), nullable=False),
    Column("administrator", String(length=100), nullable=False),
    Column("employee_claims_fen", BigInteger()),
    Column("unpaid_workers", Integer()),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

brief_issue = Table(
    "brief_issue",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("kind", String(length=10), nullable=False),
    Column("year", Integer(), nullable=False),
    Column("issue_no", Integer(), nullable=False),
    Column("issued_on", Date(), nullable=False),
    Column("distribution", Text(), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

brief_item = Table(
    "brief_item",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("issue_id", Integer(), ForeignKey("brief_issue.id")),
    Column("unit_id", Integer(), ForeignKey("unit.id")),
    Column("kind", String(length=10), nullable=False),
    Column("source", String(length=10), nullable=False),
    Column("title", String(length=100), nullable=False),
    Column("body", Text(), nullable=False),
    Column("submitted_on", Date(), nullable=False),
    Column("seq", Integer(), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

bulletin = Table(
    "bulletin",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("year", Integer(), nullable=False),
    Column("number", Integer(), nullable=False),
    Column("period_year", Integer(), nullable=False),
    Column("quarter", Integer(), nullable=False),
    Column("issued_on", Date(), nullable=False),
    Column("issuer", String(length=200), nullable=False),
    Column("data", JSON(), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

calendar_override = Table(
    "calendar_override",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("day", Date(), nullable=False),
    Column("kind", String(length=4), nullable=False),
    Column("note", String(length=100), nullable=False),
)

case_event = Table(
    "case_event",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("case_id", Integer(), ForeignKey("cases.id"), nullable=False),
    Column("kind", String(length=10), nullable=False),
    Column("occurred_on", Date(), nullable=False),
    Column("note", Text(), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

case_link = Table(
    "case_link",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("case_id", Integer(), ForeignKey("cases.id"), nullable=False),
    Column("related_id", Integer(), ForeignKey("cases.id"), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

case_party = Table(
    "case_party",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("case_id", Integer(), ForeignKey("cases.id"), nullable=False),
    Column("party_id", Integer(), ForeignKey("party.id"), nullable=False),
    Column("role", String(length=10), nullable=False),
)

cases = Table(
    "cases",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("category", String(length=10), nullable=False),
    Column("case_no", String(length=100), nullable=False),
    Column("no_kind", String(length=10), nullable=False),
    Column("year", Integer()),
    Column("court_code", String(length=10)),
    Column("court_level", String(length=4)),
    Column("type_code", String(length=10)),
    Column("type_name", String(length=50)),
    Column("case_family", String(length=10)),
    Column("instance", String(length=10)),
    Column("field", String(length=20), nullable=False),
    Column("unit_id", Integer(), ForeignKey("unit.id"), nullable=False),
    Column("court", String(length=100), nullable=False),
    Column("received_on", Date()),
    Column("filed_on", Date(), nullable=False),
    Column("heard_on", Date()),
    Column("closed_on", Date()),
    Column("status", String(length=4), nullable=False),
    Column("outcome", String(length=20)),
    Column("is_loss", Boolean(), nullable=False),
    Column("is_correction", Boolean(), nullable=False),
    Column("is_judgment", Boolean(), nullable=False),
    Column("is_settled", Boolean(), nullable=False),
    Column("is_withdrawn", Boolean(), nullable=False),
    Column("heard", Boolean()),
    Column("head_appeared", Boolean()),
    Column("head_rank", String(length=4)),
    Column("claimed_fen", BigInteger()),
    Column("recovered_fen", BigInteger()),
    Column("resolved", Boolean()),
    Column("group_size", Integer()),
    Column("risk_level", String(length=4), nullable=False),
    Column("summary", Text(), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("act_kind", String(length=10), nullable=False),
    Column("loss_reasons", String(length=100), nullable=False),
    Column("withdrawal_kind", String(length=12), nullable=False),
    Column("joint_respondent", Boolean()),
    Column("norm_review", Boolean()),
    Column("typical", Boolean(), nullable=False),
    Column("typical_note", String(length=200), nullable=False),
)

db_user_unit = Table(
    "db_user_unit",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("db_user", String(length=63), nullable=False),
    Column("unit_id", Integer(), ForeignKey("unit.id"), nullable=False),
)

delivery = Table(
    "delivery",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("notice_id", Integer(), ForeignKey("notice.id"), nullable=False),
    Column("channel", String(length=10), nullable=False),
    Column("recipient", String(length=60), nullable=False),
    Column("target", String(length=300), nullable=False),
    Column("status", String(length=4), nullable=False),
    Column("attempts", Integer(), nullable=False),
    Column("last_error", Text(), nullable=False),
    Column("claimed_at", DateTime(timezone=True)),
    Column("claim_token", String(length=32), nullable=False),
    Column("sent_at", DateTime(timezone=True)),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

digest_send = Table(
    "digest_send",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("leader", String(length=50), nullable=False),
    Column("target", String(length=300), nullable=False),
    Column("day", Date(), nullable=False),
    Column("status", String(length=4), nullable=False),
    Column("attempts", Integer(), nullable=False),
    Column("last_error", Text(), nullable=False),
    Column("items", Integer(), nullable=False),
    Column("claimed_at", DateTime(timezone=True)),
    Column("claim_token", String(length=32), nullable=False),
    Column("sent_at", DateTime(timezone=True)),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

double_list = Table(
    "double_list",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("name", String(length=100), nullable=False),
    Column("year", Integer(), nullable=False),
    Column("derived", Boolean(), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

external_figure = Table(
    "external_figure",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("region", String(length=50), nullable=False),
    Column("year", Integer(), nullable=False),
    Column("quarter", Integer(), nullable=False),
    Column("key", String(length=30), nullable=False),
    Column("value", BigInteger(), nullable=False),
    Column("source", String(length=200), nullable=False),
    Column("note", Text(), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

journal = Table(
    "journal",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("actor", String(length=100), nullable=False),
    Column("command", String(length=200), nullable=False),
    Column("action", String(length=10), nullable=False),
    Column("entity", String(length=30), nullable=False),
    Column("entity_id", Integer()),
    Column("case_id", Integer()),
    Column("command_id", Integer()),
    Column("before", JSON()),
    Column("after", JSON()),
    Column("prev_hash", String(length=64), nullable=False),
    Column("hash", String(length=64), nullable=False),
)

journal_anchor = Table(
    "journal_anchor",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("kind", String(length=20), nullable=False),
    Column("label", String(length=255), nullable=False),
    Column("seq", BigInteger(), nullable=False),
    Column("hash", String(length=64), nullable=False),
    Column("mac", String(length=64)),
)

judgment_performance = Table(
    "judgment_performance",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("case_id", Integer(), ForeignKey("cases.id"), nullable=False),
    Column("status", String(length=4), nullable=False),
    Column("marked_on", Date(), nullable=False),
    Column("note", Text(), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

meeting = Table(
    "meeting",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("year", Integer(), nullable=False),
    Column("issue_no", Integer(), nullable=False),
    Column("series", String(length=20), nullable=False),
    Column("series_no", Integer(), nullable=False),
    Column("kind", String(length=10), nullable=False),
    Column("held_on", Date(), nullable=False),
    Column("place", String(length=100), nullable=False),
    Column("chair", String(length=100), nullable=False),
    Column("topics", Text(), nullable=False),
    Column("opening", Text(), nullable=False),
    Column("parts", JSON(), nullable=False),
    Column("issued_on", Date()),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

meeting_follow = Table(
    "meeting_follow",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("meeting_id", Integer(), ForeignKey("meeting.id"), nullable=False),
    Column("followed_meeting_id", Integer(), ForeignKey("meeting.id")),
    Column("task_id", Integer(), ForeignKey("task.id")),
)

notice = Table(
    "notice",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("stage", String(length=4), nullable=False),
    Column("unit_id", Integer(), ForeignKey("unit.id"), nullable=False),
    Column("issued_on", Date(), nullable=False),
    Column("year", Integer()),
    Column("number", Integer()),
    Column("reply_due", Date()),
    Column("acknowledged_on", Date()),
    Column("issuer", String(length=200), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

notice_item = Table(
    "notice_item",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("notice_id", Integer(), ForeignKey("notice.id"), nullable=False),
    Column("stage", String(length=4), nullable=False),
    Column("task_id", Integer(), ForeignKey("task.id")),
    Column("suggestion_id", Integer(), ForeignKey("suggestion.id")),
    Column("reply_notice_id", Integer()),
    Column("case_id", Integer()),
    Column("case_rule", String(length=80), nullable=False),
    Column("case_due_on", Date()),
    Column("days_overdue", Integer(), nullable=False),
)

notice_reply = Table(
    "notice_reply",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("notice_id", Integer(), ForeignKey("notice.id"), nullable=False),
    Column("replied_on", Date(), nullable=False),
    Column("summary", Text(), nullable=False),
    Column("file_name", String(length=200), nullable=False),
    Column("file_size", Integer(), nullable=False),
    Column("file_sha256", String(length=64), nullable=False),
    Column("file_data", LargeBinary()),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

office = Table(
    "office",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("name", String(length=100), nullable=False),
    Column("region", String(length=50), nullable=False),
    Column("meeting_name", String(length=100), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

party = Table(
    "party",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("name", String(length=100), nullable=False),
    Column("kind", String(length=10), nullable=False),
    Column("id_kind", String(length=10), nullable=False),
    Column("id_number", String(length=18)),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

party_alias = Table(
    "party_alias",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("party_id", Integer(), ForeignKey("party.id"), nullable=False),
    Column("name", String(length=100), nullable=False),
    Column("kind", String(length=4), nullable=False),
    Column("changed_on", Date()),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

party_merge = Table(
    "party_merge",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("party_id", Integer(), ForeignKey("party.id"), nullable=False),
    Column("into_id", Integer(), ForeignKey("party.id"), nullable=False),
    Column("merged_on", Date(), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

party_watch = Table(
    "party_watch",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("party_id", Integer(), ForeignKey("party.id"), nullable=False),
    Column("level", String(length=2), nullable=False),
    Column("reason", Text(), nullable=False),
    Column("leader", String(length=50), nullable=False),
    Column("task_force", String(length=100), nullable=False),
    Column("since", Date(), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

person = Table(
    "person",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("name", String(length=50), nullable=False),
    Column("title", String(length=100), nullable=False),
    Column("unit_id", Integer(), ForeignKey("unit.id")),
    Column("role", String(length=10), nullable=False),
    Column("phone", String(length=30), nullable=False),
    Column("email", String(length=100), nullable=False),
    Column("left_on", Date()),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

project = Table(
    "project",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("name", String(length=100), nullable=False),
    Column("kind", String(length=10), nullable=False),
    Column("unit_id", Integer(), ForeignKey("unit.id")),
    Column("leader", String(length=50), nullable=False),
    Column("households", Integer()),
    Column("people", Integer()),
    Column("note", Text(), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

project_case = Table(
    "project_case",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("project_id", Integer(), ForeignKey("project.id"), nullable=False),
    Column("case_id", Integer(), ForeignKey("cases.id"), nullable=False),
)

region_return = Table(
    "region_return",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("region", String(length=50), nullable=False),
    Column("region_code", String(length=12), nullable=False),
    Column("office_name", String(length=100), nullable=False),
    Column("period", String(length=20), nullable=False),
    Column("year", Integer(), nullable=False),
    Column("state", String(length=4), nullable=False),
    Column("reason", Text(), nullable=False),
    Column("digest_algo", String(length=10), nullable=False),
    Column("digest", String(length=128), nullable=False),
    Column("journal_head", String(length=100), nullable=False),
    Column("filled_by", String(length=50), nullable=False),
    Column("made_on", Date(), nullable=False),
    Column("received_on", Date(), nullable=False),
    Column("file_name", String(length=255), nullable=False),
    Column("reviewed_on", Date()),
    Column("reviewed_by", String(length=50), nullable=False),
    Column("superseded_by_id", Integer()),
    Column("data", JSON(), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

report_period_snapshot = Table(
    "report_period_snapshot",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("period", String(length=20), nullable=False),
    Column("year", Integer(), nullable=False),
    Column("scope", String(length=100), nullable=False),
    Column("published_at", DateTime(timezone=True), nullable=False),
    Column("published_by", String(length=50), nullable=False),
    Column("data", JSON(), nullable=False),
)

report_snapshot = Table(
    "report_snapshot",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("year", Integer(), nullable=False),
    Column("quarter", Integer(), nullable=False),
    Column("scope", String(length=100), nullable=False),
    Column("published_at", DateTime(timezone=True), nullable=False),
    Column("published_by", String(length=50), nullable=False),
    Column("data", JSON(), nullable=False),
)

suggestion = Table(
    "suggestion",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("kind", String(length=10), nullable=False),
    Column("doc_no", String(length=100), nullable=False),
    Column("issuer", String(length=100), nullable=False),
    Column("unit_id", Integer(), ForeignKey("unit.id"), nullable=False),
    Column("received_on", Date(), nullable=False),
    Column("reply_due", Date(), nullable=False),
    Column("reply_due_rule", String(length=20), nullable=False),
    Column("reply_due_provisional", Boolean(), nullable=False),
    Column("replied_on", Date()),
    Column("reply_summary", Text(), nullable=False),
    Column("adopted", Boolean()),
    Column("adoption", String(length=4)),
    Column("verified_on", Date()),
    Column("summary", Text(), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

suggestion_case = Table(
    "suggestion_case",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("suggestion_id", Integer(), ForeignKey("suggestion.id"), nullable=False),
    Column("case_id", Integer(), ForeignKey("cases.id"), nullable=False),
)

suggestion_party = Table(
    "suggestion_party",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("suggestion_id", Integer(), ForeignKey("suggestion.id"), nullable=False),
    Column("party_id", Integer(), ForeignKey("party.id"), nullable=False),
)

task = Table(
    "task",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("source", String(length=10), nullable=False),
    Column("content", Text(), nullable=False),
    Column("lead_unit_id", Integer(), ForeignKey("unit.id"), nullable=False),
    Column("leader", String(length=50), nullable=False),
    Column("due_on", Date(), nullable=False),
    Column("due_rule", String(length=20), nullable=False),
    Column("due_start", Date()),
    Column("due_provisional", Boolean(), nullable=False),
    Column("meeting_id", Integer(), ForeignKey("meeting.id")),
    Column("decision_no", Integer()),
    Column("suggestion_id", Integer(), ForeignKey("suggestion.id")),
    Column("list_no", String(length=20), nullable=False),
    Column("list_section", String(length=100), nullable=False),
    Column("list_order", Integer()),
    Column("item_id", Integer()),
    Column("lead_group", String(length=50), nullable=False),
    Column("recurrence", String(length=20), nullable=False),
    Column("period", String(length=20), nullable=False),
    Column("approved_meeting_id", Integer()),
    Column("list_id", Integer()),
    Column("series_closed_on", Date()),
    Column("note", Text(), nullable=False),
    Column("completed_on", Date()),
    Column("signed_off_on", Date()),
    Column("signed_off_by", String(length=50), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

task_co_unit = Table(
    "task_co_unit",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("task_id", Integer(), ForeignKey("task.id"), nullable=False),
    Column("unit_id", Integer(), ForeignKey("unit.id"), nullable=False),
)

task_draft = Table(
    "task_draft",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("list_section", String(length=100), nullable=False),
    Column("list_no", String(length=20), nullable=False),
    Column("list_order", Integer()),
    Column("list_id", Integer()),
    Column("cells", JSON(), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

task_progress = Table(
    "task_progress",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("task_id", Integer(), ForeignKey("task.id"), nullable=False),
    Column("reported_on", Date(), nullable=False),
    Column("note", Text(), nullable=False),
    Column("author", String(length=50), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

task_subject = Table(
    "task_subject",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("task_id", Integer(), ForeignKey("task.id"), nullable=False),
    Column("case_id", Integer(), ForeignKey("cases.id")),
    Column("party_id", Integer(), ForeignKey("party.id")),
    Column("project_id", Integer(), ForeignKey("project.id")),
)

unit = Table(
    "unit",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("name", String(length=100), nullable=False),
    Column("short_name", String(length=50)),
    Column("kind", String(length=10), nullable=False),
    Column("region", String(length=50), nullable=False),
    Column("is_member", Boolean(), nullable=False),
    Column("liaison_name", String(length=50), nullable=False),
    Column("liaison_phone", String(length=30), nullable=False),
    Column("liaison_email", String(length=100), nullable=False),
    Column("note", Text(), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("merged_into_id", Integer()),
    Column("merged_on", Date()),
    Column("direct_successor_id", Integer()),
)

unit_move = Table(
    "unit_move",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("record", String(length=20), nullable=False),
    Column("record_id", Integer(), nullable=False),
    Column("unit_id", Integer(), ForeignKey("unit.id"), nullable=False),
    Column("to_unit_id", Integer(), ForeignKey("unit.id"), nullable=False),
    Column("moved_on", Date(), nullable=False),
)

unit_name = Table(
    "unit_name",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("unit_id", Integer(), ForeignKey("unit.id"), nullable=False),
    Column("name", String(length=100), nullable=False),
    Column("short_name", String(length=50)),
    Column("valid_from", Date()),
    Column("valid_until", Date(), nullable=False),
)

writer_lock = Table(
    "writer_lock",
    metadata,
    Column("id", Integer(), primary_key=True),
)
