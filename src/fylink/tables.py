"""The tables as SQLAlchemy Core ``Table`` objects, for commands that only read.

Generated from fylink.models by tests/test_tables.py (``FYLINK_REGENERATE=1 pytest
tests/test_tables.py`` rewrites it); that test fails whenever the two differ. Building the
SQLModel classes of fylink.models costs every command about 0.15 s, and importing the ORM
another 0.13 s; the report reads the same tables through these objects and a Core
connection (fylink.db.read_scope) without either. Columns, types and foreign keys only: the
schema itself is created by the migrations, never from this metadata. SQLModel's column
types appear as the SQLAlchemy types they decorate: a datetime read through these tables
comes back as the driver gives it (naive UTC on SQLite), not marked as UTC.

Each table is built the first time a command names it (``from fylink.tables import
cases``, through the module's ``__getattr__``): building all fifty cost every read command
about 40 ms of its start, most of it SQLAlchemy's per-column event set-up, for the three or
four tables it reads. ``metadata`` builds them all (``db copy`` walks every table). A
foreign key to a table not built yet is resolved when that table is built; a join between
two tables names both, so both exist by then.
"""

from collections.abc import Callable
from typing import Any

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

_metadata = MetaData()


def _make_assess_appeal() -> Table:
    return Table(
        "assess_appeal",
        _metadata,
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


def _make_assess_record() -> Table:
    return Table(
        "assess_record",
        _metadata,
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


def _make_assess_result() -> Table:
    return Table(
        "assess_result",
        _metadata,
        Column("id", Integer(), primary_key=True),
        Column("year", Integer(), nullable=False),
        Column("rules_name", String(length=200), nullable=False),
        Column("rules_digest", String(length=64), nullable=False),
        Column("rules_text", Text(), nullable=False),
        Column("published_at", DateTime(timezone=True), nullable=False),
        Column("published_by", String(length=100), nullable=False),
        Column("data", JSON(), nullable=False),
    )


def _make_attendance() -> Table:
    return Table(
        "attendance",
        _metadata,
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


def _make_bankruptcy() -> Table:
    return Table(
        "bankruptcy",
        _metadata,
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


def _make_brief_issue() -> Table:
    return Table(
        "brief_issue",
        _metadata,
        Column("id", Integer(), primary_key=True),
        Column("kind", String(length=10), nullable=False),
        Column("year", Integer(), nullable=False),
        Column("issue_no", Integer(), nullable=False),
        Column("issued_on", Date(), nullable=False),
        Column("distribution", Text(), nullable=False),
        Column("created_at", DateTime(timezone=True), nullable=False),
    )


def _make_brief_item() -> Table:
    return Table(
        "brief_item",
        _metadata,
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


def _make_bulletin() -> Table:
    return Table(
        "bulletin",
        _metadata,
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


def _make_calendar_override() -> Table:
    return Table(
        "calendar_override",
        _metadata,
        Column("id", Integer(), primary_key=True),
        Column("day", Date(), nullable=False),
        Column("kind", String(length=4), nullable=False),
        Column("note", String(length=100), nullable=False),
    )


def _make_case_event() -> Table:
    return Table(
        "case_event",
        _metadata,
        Column("id", Integer(), primary_key=True),
        Column("case_id", Integer(), ForeignKey("cases.id"), nullable=False),
        Column("kind", String(length=10), nullable=False),
        Column("occurred_on", Date(), nullable=False),
        Column("note", Text(), nullable=False),
        Column("created_at", DateTime(timezone=True), nullable=False),
    )


def _make_case_link() -> Table:
    return Table(
        "case_link",
        _metadata,
        Column("id", Integer(), primary_key=True),
        Column("case_id", Integer(), ForeignKey("cases.id"), nullable=False),
        Column("related_id", Integer(), ForeignKey("cases.id"), nullable=False),
        Column("created_at", DateTime(timezone=True), nullable=False),
    )


def _make_case_party() -> Table:
    return Table(
        "case_party",
        _metadata,
        Column("id", Integer(), primary_key=True),
        Column("case_id", Integer(), ForeignKey("cases.id"), nullable=False),
        Column("party_id", Integer(), ForeignKey("party.id"), nullable=False),
        Column("role", String(length=10), nullable=False),
    )


def _make_cases() -> Table:
    return Table(
        "cases",
        _metadata,
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


def _make_db_user_unit() -> Table:
    return Table(
        "db_user_unit",
        _metadata,
        Column("id", Integer(), primary_key=True),
        Column("db_user", String(length=63), nullable=False),
        Column("unit_id", Integer(), ForeignKey("unit.id"), nullable=False),
    )


def _make_delivery() -> Table:
    return Table(
        "delivery",
        _metadata,
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


def _make_digest_send() -> Table:
    return Table(
        "digest_send",
        _metadata,
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


def _make_double_list() -> Table:
    return Table(
        "double_list",
        _metadata,
        Column("id", Integer(), primary_key=True),
        Column("name", String(length=100), nullable=False),
        Column("year", Integer(), nullable=False),
        Column("derived", Boolean(), nullable=False),
        Column("created_at", DateTime(timezone=True), nullable=False),
        Column("updated_at", DateTime(timezone=True), nullable=False),
    )


def _make_external_figure() -> Table:
    return Table(
        "external_figure",
        _metadata,
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


def _make_journal() -> Table:
    return Table(
        "journal",
        _metadata,
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


def _make_journal_anchor() -> Table:
    return Table(
        "journal_anchor",
        _metadata,
        Column("id", Integer(), primary_key=True),
        Column("at", DateTime(timezone=True), nullable=False),
        Column("kind", String(length=20), nullable=False),
        Column("label", String(length=255), nullable=False),
        Column("seq", BigInteger(), nullable=False),
        Column("hash", String(length=64), nullable=False),
        Column("mac", String(length=64)),
    )


def _make_judgment_performance() -> Table:
    return Table(
        "judgment_performance",
        _metadata,
        Column("id", Integer(), primary_key=True),
        Column("case_id", Integer(), ForeignKey("cases.id"), nullable=False),
        Column("status", String(length=4), nullable=False),
        Column("marked_on", Date(), nullable=False),
        Column("note", Text(), nullable=False),
        Column("created_at", DateTime(timezone=True), nullable=False),
        Column("updated_at", DateTime(timezone=True), nullable=False),
    )


def _make_meeting() -> Table:
    return Table(
        "meeting",
        _metadata,
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


def _make_meeting_follow() -> Table:
    return Table(
        "meeting_follow",
        _metadata,
        Column("id", Integer(), primary_key=True),
        Column("meeting_id", Integer(), ForeignKey("meeting.id"), nullable=False),
        Column("followed_meeting_id", Integer(), ForeignKey("meeting.id")),
        Column("task_id", Integer(), ForeignKey("task.id")),
    )


def _make_notice() -> Table:
    return Table(
        "notice",
        _metadata,
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


def _make_notice_item() -> Table:
    return Table(
        "notice_item",
        _metadata,
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


def _make_notice_reply() -> Table:
    return Table(
        "notice_reply",
        _metadata,
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


def _make_office() -> Table:
    return Table(
        "office",
        _metadata,
        Column("id", Integer(), primary_key=True),
        Column("name", String(length=100), nullable=False),
        Column("region", String(length=50), nullable=False),
        Column("meeting_name", String(length=100), nullable=False),
        Column("created_at", DateTime(timezone=True), nullable=False),
    )


def _make_party() -> Table:
    return Table(
        "party",
        _metadata,
        Column("id", Integer(), primary_key=True),
        Column("name", String(length=100), nullable=False),
        Column("kind", String(length=10), nullable=False),
        Column("id_kind", String(length=10), nullable=False),
        Column("id_number", String(length=18)),
        Column("created_at", DateTime(timezone=True), nullable=False),
    )


def _make_party_alias() -> Table:
    return Table(
        "party_alias",
        _metadata,
        Column("id", Integer(), primary_key=True),
        Column("party_id", Integer(), ForeignKey("party.id"), nullable=False),
        Column("name", String(length=100), nullable=False),
        Column("kind", String(length=4), nullable=False),
        Column("changed_on", Date()),
        Column("created_at", DateTime(timezone=True), nullable=False),
    )


def _make_party_merge() -> Table:
    return Table(
        "party_merge",
        _metadata,
        Column("id", Integer(), primary_key=True),
        Column("party_id", Integer(), ForeignKey("party.id"), nullable=False),
        Column("into_id", Integer(), ForeignKey("party.id"), nullable=False),
        Column("merged_on", Date(), nullable=False),
        Column("created_at", DateTime(timezone=True), nullable=False),
    )


def _make_party_watch() -> Table:
    return Table(
        "party_watch",
        _metadata,
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


def _make_person() -> Table:
    return Table(
        "person",
        _metadata,
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


def _make_project() -> Table:
    return Table(
        "project",
        _metadata,
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


def _make_project_case() -> Table:
    return Table(
        "project_case",
        _metadata,
        Column("id", Integer(), primary_key=True),
        Column("project_id", Integer(), ForeignKey("project.id"), nullable=False),
        Column("case_id", Integer(), ForeignKey("cases.id"), nullable=False),
    )


def _make_region_return() -> Table:
    return Table(
        "region_return",
        _metadata,
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


def _make_report_period_snapshot() -> Table:
    return Table(
        "report_period_snapshot",
        _metadata,
        Column("id", Integer(), primary_key=True),
        Column("period", String(length=20), nullable=False),
        Column("year", Integer(), nullable=False),
        Column("scope", String(length=100), nullable=False),
        Column("published_at", DateTime(timezone=True), nullable=False),
        Column("published_by", String(length=50), nullable=False),
        Column("data", JSON(), nullable=False),
    )


def _make_report_snapshot() -> Table:
    return Table(
        "report_snapshot",
        _metadata,
        Column("id", Integer(), primary_key=True),
        Column("year", Integer(), nullable=False),
        Column("quarter", Integer(), nullable=False),
        Column("scope", String(length=100), nullable=False),
        Column("published_at", DateTime(timezone=True), nullable=False),
        Column("published_by", String(length=50), nullable=False),
        Column("data", JSON(), nullable=False),
    )


def _make_suggestion() -> Table:
    return Table(
        "suggestion",
        _metadata,
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


def _make_suggestion_case() -> Table:
    return Table(
        "suggestion_case",
        _metadata,
        Column("id", Integer(), primary_key=True),
        Column("suggestion_id", Integer(), ForeignKey("suggestion.id"), nullable=False),
        Column("case_id", Integer(), ForeignKey("cases.id"), nullable=False),
    )


def _make_suggestion_party() -> Table:
    return Table(
        "suggestion_party",
        _metadata,
        Column("id", Integer(), primary_key=True),
        Column("suggestion_id", Integer(), ForeignKey("suggestion.id"), nullable=False),
        Column("party_id", Integer(), ForeignKey("party.id"), nullable=False),
    )


def _make_task() -> Table:
    return Table(
        "task",
        _metadata,
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


def _make_task_co_unit() -> Table:
    return Table(
        "task_co_unit",
        _metadata,
        Column("id", Integer(), primary_key=True),
        Column("task_id", Integer(), ForeignKey("task.id"), nullable=False),
        Column("unit_id", Integer(), ForeignKey("unit.id"), nullable=False),
    )


def _make_task_draft() -> Table:
    return Table(
        "task_draft",
        _metadata,
        Column("id", Integer(), primary_key=True),
        Column("list_section", String(length=100), nullable=False),
        Column("list_no", String(length=20), nullable=False),
        Column("list_order", Integer()),
        Column("list_id", Integer()),
        Column("cells", JSON(), nullable=False),
        Column("created_at", DateTime(timezone=True), nullable=False),
        Column("updated_at", DateTime(timezone=True), nullable=False),
    )


def _make_task_progress() -> Table:
    return Table(
        "task_progress",
        _metadata,
        Column("id", Integer(), primary_key=True),
        Column("task_id", Integer(), ForeignKey("task.id"), nullable=False),
        Column("reported_on", Date(), nullable=False),
        Column("note", Text(), nullable=False),
        Column("author", String(length=50), nullable=False),
        Column("created_at", DateTime(timezone=True), nullable=False),
    )


def _make_task_subject() -> Table:
    return Table(
        "task_subject",
        _metadata,
        Column("id", Integer(), primary_key=True),
        Column("task_id", Integer(), ForeignKey("task.id"), nullable=False),
        Column("case_id", Integer(), ForeignKey("cases.id")),
        Column("party_id", Integer(), ForeignKey("party.id")),
        Column("project_id", Integer(), ForeignKey("project.id")),
    )


def _make_unit() -> Table:
    return Table(
        "unit",
        _metadata,
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


def _make_unit_move() -> Table:
    return Table(
        "unit_move",
        _metadata,
        Column("id", Integer(), primary_key=True),
        Column("record", String(length=20), nullable=False),
        Column("record_id", Integer(), nullable=False),
        Column("unit_id", Integer(), ForeignKey("unit.id"), nullable=False),
        Column("to_unit_id", Integer(), ForeignKey("unit.id"), nullable=False),
        Column("moved_on", Date(), nullable=False),
    )


def _make_unit_name() -> Table:
    return Table(
        "unit_name",
        _metadata,
        Column("id", Integer(), primary_key=True),
        Column("unit_id", Integer(), ForeignKey("unit.id"), nullable=False),
        Column("name", String(length=100), nullable=False),
        Column("short_name", String(length=50)),
        Column("valid_from", Date()),
        Column("valid_until", Date(), nullable=False),
    )


def _make_writer_lock() -> Table:
    return Table(
        "writer_lock",
        _metadata,
        Column("id", Integer(), primary_key=True),
    )


_BUILDERS: dict[str, Callable[[], Table]] = {
    "assess_appeal": _make_assess_appeal,
    "assess_record": _make_assess_record,
    "assess_result": _make_assess_result,
    "attendance": _make_attendance,
    "bankruptcy": _make_bankruptcy,
    "brief_issue": _make_brief_issue,
    "brief_item": _make_brief_item,
    "bulletin": _make_bulletin,
    "calendar_override": _make_calendar_override,
    "case_event": _make_case_event,
    "case_link": _make_case_link,
    "case_party": _make_case_party,
    "cases": _make_cases,
    "db_user_unit": _make_db_user_unit,
    "delivery": _make_delivery,
    "digest_send": _make_digest_send,
    "double_list": _make_double_list,
    "external_figure": _make_external_figure,
    "journal": _make_journal,
    "journal_anchor": _make_journal_anchor,
    "judgment_performance": _make_judgment_performance,
    "meeting": _make_meeting,
    "meeting_follow": _make_meeting_follow,
    "notice": _make_notice,
    "notice_item": _make_notice_item,
    "notice_reply": _make_notice_reply,
    "office": _make_office,
    "party": _make_party,
    "party_alias": _make_party_alias,
    "party_merge": _make_party_merge,
    "party_watch": _make_party_watch,
    "person": _make_person,
    "project": _make_project,
    "project_case": _make_project_case,
    "region_return": _make_region_return,
    "report_period_snapshot": _make_report_period_snapshot,
    "report_snapshot": _make_report_snapshot,
    "suggestion": _make_suggestion,
    "suggestion_case": _make_suggestion_case,
    "suggestion_party": _make_suggestion_party,
    "task": _make_task,
    "task_co_unit": _make_task_co_unit,
    "task_draft": _make_task_draft,
    "task_progress": _make_task_progress,
    "task_subject": _make_task_subject,
    "unit": _make_unit,
    "unit_move": _make_unit_move,
    "unit_name": _make_unit_name,
    "writer_lock": _make_writer_lock,
}

# The tables, each built by __getattr__ when first named.
assess_appeal: Table
assess_record: Table
assess_result: Table
attendance: Table
bankruptcy: Table
brief_issue: Table
brief_item: Table
bulletin: Table
calendar_override: Table
case_event: Table
case_link: Table
case_party: Table
cases: Table
db_user_unit: Table
delivery: Table
digest_send: Table
double_list: Table
external_figure: Table
journal: Table
journal_anchor: Table
judgment_performance: Table
meeting: Table
meeting_follow: Table
notice: Table
notice_item: Table
notice_reply: Table
office: Table
party: Table
party_alias: Table
party_merge: Table
party_watch: Table
person: Table
project: Table
project_case: Table
region_return: Table
report_period_snapshot: Table
report_snapshot: Table
suggestion: Table
suggestion_case: Table
suggestion_party: Table
task: Table
task_co_unit: Table
task_draft: Table
task_progress: Table
task_subject: Table
unit: Table
unit_move: Table
unit_name: Table
writer_lock: Table
metadata: MetaData


def __getattr__(name: str) -> Any:
    """A table, built when first named; ``metadata``: every table built (PEP 562)."""
    if name == "metadata":
        for table_name in _BUILDERS:
            _table(table_name)
        globals()["metadata"] = _metadata
        return _metadata
    if name in _BUILDERS:
        return _table(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _table(name: str) -> Table:
    table = globals().get(name)
    if table is None:
        table = globals()[name] = _BUILDERS[name]()
    return table
