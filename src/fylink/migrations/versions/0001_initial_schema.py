"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "calendar_override",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=4), nullable=False),
        sa.Column("note", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_override")),
        sa.UniqueConstraint("day", name=op.f("uq_calendar_override_day")),
    )
    op.create_table(
        "journal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("command", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("entity", sa.String(length=30), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal")),
    )
    with op.batch_alter_table("journal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_journal_case_id"), ["case_id"], unique=False)
        batch_op.create_index("ix_journal_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("issue_no", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=100), nullable=False),
        sa.Column("chair", sa.String(length=100), nullable=False),
        sa.Column("topics", sa.Text(), nullable=False),
        sa.Column("opening", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
        sa.UniqueConstraint("year", "issue_no", name=op.f("uq_meeting_year")),
    )
    op.create_table(
        "office",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("region", sa.String(length=50), nullable=False),
        sa.Column("meeting_name", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office")),
    )
    op.create_table(
        "party",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("id_kind", sa.String(length=10), nullable=False),
        sa.Column("id_number", sa.String(length=18), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_party")),
        sa.UniqueConstraint("id_number", name=op.f("uq_party_id_number")),
    )
    with op.batch_alter_table("party", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_party_name"), ["name"], unique=False)

    op.create_table(
        "report_snapshot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=100), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("published_by", sa.String(length=50), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_snapshot")),
        sa.UniqueConstraint("year", "quarter", "scope", name=op.f("uq_report_snapshot_year")),
    )
    op.create_table(
        "unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("short_name", sa.String(length=50), nullable=True),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("region", sa.String(length=50), nullable=False),
        sa.Column("is_member", sa.Boolean(), nullable=False),
        sa.Column("liaison_name", sa.String(length=50), nullable=False),
        sa.Column("liaison_phone", sa.String(length=30), nullable=False),
        sa.Column("liaison_email", sa.String(length=100), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit")),
        sa.UniqueConstraint("name", name=op.f("uq_unit_name")),
        sa.UniqueConstraint("short_name", name=op.f("uq_unit_short_name")),
    )
    op.create_table(
        "db_user_unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("db_user", sa.String(length=63), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["unit.id"], name=op.f("fk_db_user_unit_unit_id_unit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_db_user_unit")),
        sa.UniqueConstraint("db_user", "unit_id", name=op.f("uq_db_user_unit_db_user")),
    )
    with op.batch_alter_table("db_user_unit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_db_user_unit_db_user"), ["db_user"], unique=False)
        batch_op.create_index(batch_op.f("ix_db_user_unit_unit_id"), ["unit_id"], unique=False)

    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=10), nullable=False),
        sa.Column("case_no", sa.String(length=100), nullable=False),
        sa.Column("no_kind", sa.String(length=10), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("court_code", sa.String(length=10), nullable=True),
        sa.Column("court_level", sa.String(length=4), nullable=True),
        sa.Column("type_code", sa.String(length=10), nullable=True),
        sa.Column("type_name", sa.String(length=50), nullable=True),
        sa.Column("case_family", sa.String(length=10), nullable=True),
        sa.Column("instance", sa.String(length=10), nullable=True),
        sa.Column("field", sa.String(length=20), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("court", sa.String(length=100), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("filed_on", sa.Date(), nullable=False),
        sa.Column("heard_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=4), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=True),
        sa.Column("is_loss", sa.Boolean(), nullable=False),
        sa.Column("is_correction", sa.Boolean(), nullable=False),
        sa.Column("is_judgment", sa.Boolean(), nullable=False),
        sa.Column("is_settled", sa.Boolean(), nullable=False),
        sa.Column("is_withdrawn", sa.Boolean(), nullable=False),
        sa.Column("heard", sa.Boolean(), nullable=True),
        sa.Column("head_appeared", sa.Boolean(), nullable=True),
        sa.Column("head_rank", sa.String(length=4), nullable=True),
        sa.Column("claimed_fen", sa.BigInteger(), nullable=True),
        sa.Column("recovered_fen", sa.BigInteger(), nullable=True),
        sa.Column("resolved", sa.Boolean(), nullable=True),
        sa.Column("group_size", sa.Integer(), nullable=True),
        sa.Column("risk_level", sa.String(length=4), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_cases_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("case_no", name=op.f("uq_cases_case_no")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index("ix_case_category_closed", ["category", "closed_on"], unique=False)
        batch_op.create_index("ix_case_category_filed", ["category", "filed_on"], unique=False)
        batch_op.create_index("ix_case_category_heard", ["category", "heard_on"], unique=False)
        batch_op.create_index("ix_case_status", ["status"], unique=False)
        batch_op.create_index("ix_case_unit_filed", ["unit_id", "filed_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_field"), ["field"], unique=False)

    op.create_table(
        "notice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=4), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("reply_due", sa.Date(), nullable=True),
        sa.Column("acknowledged_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_notice_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notice")),
        sa.UniqueConstraint("year", "number", name=op.f("uq_notice_year")),
    )
    with op.batch_alter_table("notice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notice_unit_id"), ["unit_id"], unique=False)

    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("email", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_person_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_unit_id"), ["unit_id"], unique=False)

    op.create_table(
        "suggestion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("doc_no", sa.String(length=100), nullable=False),
        sa.Column("issuer", sa.String(length=100), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("reply_due", sa.Date(), nullable=False),
        sa.Column("reply_due_rule", sa.String(length=20), nullable=False),
        sa.Column("reply_due_provisional", sa.Boolean(), nullable=False),
        sa.Column("replied_on", sa.Date(), nullable=True),
        sa.Column("reply_summary", sa.Text(), nullable=False),
        sa.Column("adopted", sa.Boolean(), nullable=True),
        sa.Column("verified_on", sa.Date(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_suggestion_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_suggestion")),
        sa.UniqueConstraint("doc_no", name=op.f("uq_suggestion_doc_no")),
    )
    with op.batch_alter_table("suggestion", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_suggestion_unit_id"), ["unit_id"], unique=False)
        batch_op.create_index("ix_suggestion_reply_due", ["reply_due", "replied_on"], unique=False)

    op.create_table(
        "attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=4), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("note", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_attendance_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_attendance_person_id_person")
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_attendance_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendance_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "case_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_event_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_event")),
    )
    with op.batch_alter_table("case_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_event_case_id"), ["case_id"], unique=False)

    op.create_table(
        "case_party",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_party_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["party_id"], ["party.id"], name=op.f("fk_case_party_party_id_party")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_party")),
        sa.UniqueConstraint("case_id", "party_id", "role", name=op.f("uq_case_party_case_id")),
    )
    with op.batch_alter_table("case_party", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_party_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_party_party_id"), ["party_id"], unique=False)

    op.create_table(
        "delivery",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("notice_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("target", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=4), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["notice_id"], ["notice.id"], name=op.f("fk_delivery_notice_id_notice")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delivery")),
    )
    with op.batch_alter_table("delivery", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_delivery_notice_id"), ["notice_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_delivery_status"), ["status"], unique=False)

    op.create_table(
        "suggestion_case",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("suggestion_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_suggestion_case_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["suggestion_id"],
            ["suggestion.id"],
            name=op.f("fk_suggestion_case_suggestion_id_suggestion"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_suggestion_case")),
        sa.UniqueConstraint(
            "suggestion_id", "case_id", name=op.f("uq_suggestion_case_suggestion_id")
        ),
    )
    with op.batch_alter_table("suggestion_case", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_suggestion_case_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_suggestion_case_suggestion_id"), ["suggestion_id"], unique=False
        )

    op.create_table(
        "task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("lead_unit_id", sa.Integer(), nullable=False),
        sa.Column("leader", sa.String(length=50), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("due_rule", sa.String(length=20), nullable=False),
        sa.Column("due_start", sa.Date(), nullable=True),
        sa.Column("due_provisional", sa.Boolean(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("decision_no", sa.Integer(), nullable=True),
        sa.Column("suggestion_id", sa.Integer(), nullable=True),
        sa.Column("list_no", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("signed_off_on", sa.Date(), nullable=True),
        sa.Column("signed_off_by", sa.String(length=50), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["lead_unit_id"], ["unit.id"], name=op.f("fk_task_lead_unit_id_unit")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_task_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["suggestion_id"], ["suggestion.id"], name=op.f("fk_task_suggestion_id_suggestion")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task")),
    )
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.create_index("ix_task_due_completed", ["due_on", "completed_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_task_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index("ix_task_open_due", ["completed_on", "due_on"], unique=False)
        batch_op.create_index(
            "ix_task_unit_due", ["lead_unit_id", "due_on", "completed_on"], unique=False
        )

    op.create_table(
        "notice_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("notice_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=4), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.Column("suggestion_id", sa.Integer(), nullable=True),
        sa.Column("days_overdue", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["notice_id"], ["notice.id"], name=op.f("fk_notice_item_notice_id_notice")
        ),
        sa.ForeignKeyConstraint(
            ["suggestion_id"],
            ["suggestion.id"],
            name=op.f("fk_notice_item_suggestion_id_suggestion"),
        ),
        sa.ForeignKeyConstraint(["task_id"], ["task.id"], name=op.f("fk_notice_item_task_id_task")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notice_item")),
        sa.UniqueConstraint(
            "notice_id", "task_id", "suggestion_id", name=op.f("uq_notice_item_notice_id")
        ),
    )
    with op.batch_alter_table("notice_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notice_item_notice_id"), ["notice_id"], unique=False)
        batch_op.create_index(
            "ix_notice_item_suggestion_stage", ["suggestion_id", "stage"], unique=False
        )
        batch_op.create_index("ix_notice_item_task_stage", ["task_id", "stage"], unique=False)

    op.create_table(
        "task_co_unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["task_id"], ["task.id"], name=op.f("fk_task_co_unit_task_id_task")
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["unit.id"], name=op.f("fk_task_co_unit_unit_id_unit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task_co_unit")),
        sa.UniqueConstraint("task_id", "unit_id", name=op.f("uq_task_co_unit_task_id")),
    )
    with op.batch_alter_table("task_co_unit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_co_unit_task_id"), ["task_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_task_co_unit_unit_id"), ["unit_id"], unique=False)

    op.create_table(
        "task_progress",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=50), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["task_id"], ["task.id"], name=op.f("fk_task_progress_task_id_task")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task_progress")),
    )
    with op.batch_alter_table("task_progress", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_progress_task_id"), ["task_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("task_progress", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_task_progress_task_id"))

    op.drop_table("task_progress")
    with op.batch_alter_table("task_co_unit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_task_co_unit_unit_id"))
        batch_op.drop_index(batch_op.f("ix_task_co_unit_task_id"))

    op.drop_table("task_co_unit")
    with op.batch_alter_table("notice_item", schema=None) as batch_op:
        batch_op.drop_index("ix_notice_item_task_stage")
        batch_op.drop_index("ix_notice_item_suggestion_stage")
        batch_op.drop_index(batch_op.f("ix_notice_item_notice_id"))

    op.drop_table("notice_item")
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.drop_index("ix_task_unit_due")
        batch_op.drop_index(batch_op.f("ix_task_meeting_id"))
        batch_op.drop_index("ix_task_due_completed")

    op.drop_table("task")
    with op.batch_alter_table("suggestion_case", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_suggestion_case_suggestion_id"))
        batch_op.drop_index(batch_op.f("ix_suggestion_case_case_id"))

    op.drop_table("suggestion_case")
    with op.batch_alter_table("delivery", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_delivery_status"))
        batch_op.drop_index(batch_op.f("ix_delivery_notice_id"))

    op.drop_table("delivery")
    with op.batch_alter_table("case_party", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_party_party_id"))
        batch_op.drop_index(batch_op.f("ix_case_party_case_id"))

    op.drop_table("case_party")
    with op.batch_alter_table("case_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_event_case_id"))

    op.drop_table("case_event")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_meeting_id"))

    op.drop_table("attendance")
    with op.batch_alter_table("suggestion", schema=None) as batch_op:
        batch_op.drop_index("ix_suggestion_reply_due")
        batch_op.drop_index(batch_op.f("ix_suggestion_unit_id"))

    op.drop_table("suggestion")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_unit_id"))
        batch_op.drop_index(batch_op.f("ix_person_name"))

    op.drop_table("person")
    with op.batch_alter_table("notice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notice_unit_id"))

    op.drop_table("notice")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_field"))
        batch_op.drop_index("ix_case_unit_filed")
        batch_op.drop_index("ix_case_status")
        batch_op.drop_index("ix_case_category_heard")
        batch_op.drop_index("ix_case_category_filed")
        batch_op.drop_index("ix_case_category_closed")

    op.drop_table("cases")
    with op.batch_alter_table("db_user_unit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_db_user_unit_unit_id"))
        batch_op.drop_index(batch_op.f("ix_db_user_unit_db_user"))

    op.drop_table("db_user_unit")
    op.drop_table("unit")
    op.drop_table("report_snapshot")
    with op.batch_alter_table("party", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_party_name"))

    op.drop_table("party")
    op.drop_table("office")
    op.drop_table("meeting")
    with op.batch_alter_table("journal", schema=None) as batch_op:
        batch_op.drop_index("ix_journal_entity")
        batch_op.drop_index(batch_op.f("ix_journal_case_id"))

    op.drop_table("journal")
    op.drop_table("calendar_override")
