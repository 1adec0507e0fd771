"""The tables as SQLAlchemy Core ``Table`` objects, for commands that only read.

Generated from fylink.models by tests/test_tables.py (``FYLINK_REGENERATE=1 pytest
tests/test_tables.py`` rewrites it); that test fails whenever the two differ. Building the
SQLModel classes of fylink.models costs every command about 0.15 s; the report reads the
same tables through these objects without building them. Columns, types and foreign keys
only: the schema itself is created by the migrations, never from this metadata.
"""

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)
from sqlmodel.sql.sqltypes import AutoString, UTCDateTime

metadata = MetaData()

attendance = Table(
    "attendance",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("meeting_id", Integer(), ForeignKey("meeting.id"), nullable=False),
    Column("role", AutoString(length=4), nullable=False),
    Column("person_id", Integer(), ForeignKey("person.id")),
    Column("unit_id", Integer(), ForeignKey("unit.id")),
    Column("name", AutoString(length=100), nullable=False),
    Column("note", AutoString(length=100), nullable=False),
)

calendar_override = Table(
    "calendar_override",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("day", Date(), nullable=False),
    Column("kind", AutoString(length=4), nullable=False),
    Column("note", AutoString(length=100), nullable=False),
)

case_event = Table(
    "case_event",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("case_id", Integer(), ForeignKey("cases.id"), nullable=False),
    Column("kind", AutoString(length=10), nullable=False),
    Column("occurred_on", Date(), nullable=False),
    Column("note", Text(), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
)

case_party = Table(
    "case_party",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("case_id", Integer(), ForeignKey("cases.id"), nullable=False),
    Column("party_id", Integer(), ForeignKey("party.id"), nullable=False),
    Column("role", AutoString(length=10), nullable=False),
)

cases = Table(
    "cases",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("category", AutoString(length=10), nullable=False),
    Column("case_no", AutoString(length=100), nullable=False),
    Column("no_kind", AutoString(length=10), nullable=False),
    Column("year", Integer()),
    Column("court_code", AutoString(length=10)),
    Column("court_level", AutoString(length=4)),
    Column("type_code", AutoString(length=10)),
    Column("type_name", AutoString(length=50)),
    Column("case_family", AutoString(length=10)),
    Column("instance", AutoString(length=10)),
    Column("field", AutoString(length=20), nullable=False),
    Column("unit_id", Integer(), ForeignKey("unit.id"), nullable=False),
    Column("court", AutoString(length=100), nullable=False),
    Column("received_on", Date()),
    Column("filed_on", Date(), nullable=False),
    Column("heard_on", Date()),
    Column("closed_on", Date()),
    Column("status", AutoString(length=4), nullable=False),
    Column("outcome", AutoString(length=20)),
    Column("is_loss", Boolean(), nullable=False),
    Column("is_correction", Boolean(), nullable=False),
    Column("is_judgment", Boolean(), nullable=False),
    Column("is_settled", Boolean(), nullable=False),
    Column("is_withdrawn", Boolean(), nullable=False),
    Column("heard", Boolean()),
    Column("head_appeared", Boolean()),
    Column("head_rank", AutoString(length=4)),
    Column("claimed_fen", BigInteger()),
    Column("recovered_fen", BigInteger()),
    Column("resolved", Boolean()),
    Column("group_size", Integer()),
    Column("risk_level", AutoString(length=4), nullable=False),
    Column("summary", Text(), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
)

db_user_unit = Table(
    "db_user_unit",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("db_user", AutoString(length=63), nullable=False),
    Column("unit_id", Integer(), ForeignKey("unit.id"), nullable=False),
)

delivery = Table(
    "delivery",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("notice_id", Integer(), ForeignKey("notice.id"), nullable=False),
    Column("channel", AutoString(length=10), nullable=False),
    Column("target", AutoString(length=300), nullable=False),
    Column("status", AutoString(length=4), nullable=False),
    Column("attempts", Integer(), nullable=False),
    Column("last_error", Text(), nullable=False),
    Column("sent_at", UTCDateTime()),
    Column("created_at", UTCDateTime(), nullable=False),
)

journal = Table(
    "journal",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("at", UTCDateTime(), nullable=False),
    Column("actor", AutoString(length=100), nullable=False),
    Column("command", AutoString(length=200), nullable=False),
    Column("action", AutoString(length=10), nullable=False),
    Column("entity", AutoString(length=30), nullable=False),
    Column("entity_id", Integer()),
    Column("case_id", Integer()),
    Column("before", JSON()),
    Column("after", JSON()),
    Column("prev_hash", String(length=64), nullable=False),
    Column("hash", String(length=64), nullable=False),
)

meeting = Table(
    "meeting",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("year", Integer(), nullable=False),
    Column("issue_no", Integer(), nullable=False),
    Column("kind", AutoString(length=10), nullable=False),
    Column("held_on", Date(), nullable=False),
    Column("place", AutoString(length=100), nullable=False),
    Column("chair", AutoString(length=100), nullable=False),
    Column("topics", Text(), nullable=False),
    Column("opening", Text(), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
)

notice = Table(
    "notice",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("stage", AutoString(length=4), nullable=False),
    Column("unit_id", Integer(), ForeignKey("unit.id"), nullable=False),
    Column("issued_on", Date(), nullable=False),
    Column("year", Integer()),
    Column("number", Integer()),
    Column("reply_due", Date()),
    Column("acknowledged_on", Date()),
    Column("created_at", UTCDateTime(), nullable=False),
)

notice_item = Table(
    "notice_item",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("notice_id", Integer(), ForeignKey("notice.id"), nullable=False),
    Column("stage", AutoString(length=4), nullable=False),
    Column("task_id", Integer(), ForeignKey("task.id")),
    Column("suggestion_id", Integer(), ForeignKey("suggestion.id")),
    Column("days_overdue", Integer(), nullable=False),
)

office = Table(
    "office",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("name", AutoString(length=100), nullable=False),
    Column("region", AutoString(length=50), nullable=False),
    Column("meeting_name", AutoString(length=100), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
)

party = Table(
    "party",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("name", AutoString(length=100), nullable=False),
    Column("kind", AutoString(length=10), nullable=False),
    Column("id_kind", AutoString(length=10), nullable=False),
    Column("id_number", AutoString(length=18)),
    Column("created_at", UTCDateTime(), nullable=False),
)

person = Table(
    "person",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("name", AutoString(length=50), nullable=False),
    Column("title", AutoString(length=100), nullable=False),
    Column("unit_id", Integer(), ForeignKey("unit.id")),
    Column("role", AutoString(length=10), nullable=False),
    Column("phone", AutoString(length=30), nullable=False),
    Column("email", AutoString(length=100), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
)

report_snapshot = Table(
    "report_snapshot",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("year", Integer(), nullable=False),
    Column("quarter", Integer(), nullable=False),
    Column("scope", AutoString(length=100), nullable=False),
    Column("published_at", UTCDateTime(), nullable=False),
    Column("published_by", AutoString(length=50), nullable=False),
    Column("data", JSON(), nullable=False),
)

suggestion = Table(
    "suggestion",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("kind", AutoString(length=10), nullable=False),
    Column("doc_no", AutoString(length=100), nullable=False),
    Column("issuer", AutoString(length=100), nullable=False),
    Column("unit_id", Integer(), ForeignKey("unit.id"), nullable=False),
    Column("received_on", Date(), nullable=False),
    Column("reply_due", Date(), nullable=False),
    Column("reply_due_rule", AutoString(length=20), nullable=False),
    Column("reply_due_provisional", Boolean(), nullable=False),
    Column("replied_on", Date()),
    Column("reply_summary", Text(), nullable=False),
    Column("adopted", Boolean()),
    Column("verified_on", Date()),
    Column("summary", Text(), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
)

suggestion_case = Table(
    "suggestion_case",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("suggestion_id", Integer(), ForeignKey("suggestion.id"), nullable=False),
    Column("case_id", Integer(), ForeignKey("cases.id"), nullable=False),
)

task = Table(
    "task",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("source", AutoString(length=10), nullable=False),
    Column("content", Text(), nullable=False),
    Column("lead_unit_id", Integer(), ForeignKey("unit.id"), nullable=False),
    Column("leader", AutoString(length=50), nullable=False),
    Column("due_on", Date(), nullable=False),
    Column("due_rule", AutoString(length=20), nullable=False),
    Column("due_start", Date()),
    Column("due_provisional", Boolean(), nullable=False),
    Column("meeting_id", Integer(), ForeignKey("meeting.id")),
    Column("decision_no", Integer()),
    Column("suggestion_id", Integer(), ForeignKey("suggestion.id")),
    Column("list_no", AutoString(length=20), nullable=False),
    Column("note", Text(), nullable=False),
    Column("completed_on", Date()),
    Column("signed_off_on", Date()),
    Column("signed_off_by", AutoString(length=50), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
)

task_co_unit = Table(
    "task_co_unit",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("task_id", Integer(), ForeignKey("task.id"), nullable=False),
    Column("unit_id", Integer(), ForeignKey("unit.id"), nullable=False),
)

task_progress = Table(
    "task_progress",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("task_id", Integer(), ForeignKey("task.id"), nullable=False),
    Column("reported_on", Date(), nullable=False),
    Column("note", Text(), nullable=False),
    Column("author", AutoString(length=50), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
)

unit = Table(
    "unit",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("name", AutoString(length=100), nullable=False),
    Column("short_name", AutoString(length=50)),
    Column("kind", AutoString(length=10), nullable=False),
    Column("region", AutoString(length=50), nullable=False),
    Column("is_member", Boolean(), nullable=False),
    Column("liaison_name", AutoString(length=50), nullable=False),
    Column("liaison_phone", AutoString(length=30), nullable=False),
    Column("liaison_email", AutoString(length=100), nullable=False),
    Column("note", Text(), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
)
