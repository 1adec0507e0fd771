"""meetings and the 双清单 as offices keep them (issue 15)

* ``meeting.series`` / ``meeting.series_no``: each kind of meeting is numbered in its own
  series (第N期 per series and year). ``issue_no`` stays the year's running number (its
  UNIQUE constraint is part of the SQLite table and cannot go without recreating the table);
  existing meetings keep the 期数 they were printed with (``series_no = issue_no``), in
  the series 联席会议 for 全体会议/联席会议 and their own kind's otherwise;
* ``meeting.parts`` (会议听取了…, 会议认为…, 会议要求…) and ``meeting.issued_on`` (印发日期);
* ``meeting_follow``: what a topic meeting reports on;
* ``attendance.affiliation`` / ``attendance.headcount``: attendees outside the roster and
  units with no named person;
* ``task``: the approved list's section and order, linked items (an expanded lead, the
  occurrences of a recurring item), the recurring rule and period, the approving meeting;
* ``task_draft``: a 双清单 loaded as 拟定.

Only new tables, added columns and new indexes: no table is recreated (see 0002).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "meeting",
        sa.Column("series", sa.String(length=20), nullable=False, server_default=""),
    )
    op.add_column(
        "meeting", sa.Column("series_no", sa.Integer(), nullable=False, server_default="0")
    )
    op.add_column("meeting", sa.Column("parts", sa.JSON(), nullable=False, server_default="[]"))
    op.add_column("meeting", sa.Column("issued_on", sa.Date(), nullable=True))
    op.execute(
        "UPDATE meeting SET series_no = issue_no, series = CASE WHEN kind IN "
        "('全体会议', '联席会议') THEN '联席会议' ELSE kind END"
    )
    op.create_index(
        "ux_meeting_series_year_no", "meeting", ["series", "year", "series_no"], unique=True
    )
    op.create_table(
        "meeting_follow",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("followed_meeting_id", sa.Integer(), nullable=True),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_meeting_follow_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["followed_meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_follow_followed_meeting_id_meeting"),
        ),
        sa.ForeignKeyConstraint(
            ["task_id"], ["task.id"], name=op.f("fk_meeting_follow_task_id_task")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_follow")),
    )
    op.create_index(
        op.f("ix_meeting_follow_meeting_id"), "meeting_follow", ["meeting_id"], unique=False
    )
    op.add_column(
        "attendance",
        sa.Column("affiliation", sa.String(length=100), nullable=False, server_default=""),
    )
    op.add_column("attendance", sa.Column("headcount", sa.Integer(), nullable=True))
    for name, length in (("list_section", 100), ("lead_group", 50)):
        op.add_column(
            "task", sa.Column(name, sa.String(length=length), nullable=False, server_default="")
        )
    for name in ("recurrence", "period"):
        op.add_column(
            "task", sa.Column(name, sa.String(length=20), nullable=False, server_default="")
        )
    for name in ("list_order", "item_id", "approved_meeting_id"):
        op.add_column("task", sa.Column(name, sa.Integer(), nullable=True))
    op.create_index(op.f("ix_task_list_order"), "task", ["list_order"], unique=False)
    op.create_index(op.f("ix_task_item_id"), "task", ["item_id"], unique=False)
    op.create_table(
        "task_draft",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("list_section", sa.String(length=100), nullable=False),
        sa.Column("list_no", sa.String(length=20), nullable=False),
        sa.Column("list_order", sa.Integer(), nullable=True),
        sa.Column("cells", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task_draft")),
    )


def downgrade() -> None:
    op.drop_table("task_draft")
    op.drop_index(op.f("ix_task_item_id"), table_name="task")
    op.drop_index(op.f("ix_task_list_order"), table_name="task")
    with op.batch_alter_table("task") as batch:
        for name in (
            "approved_meeting_id",
            "item_id",
            "list_order",
            "period",
            "recurrence",
            "lead_group",
            "list_section",
        ):
            batch.drop_column(name)
    with op.batch_alter_table("attendance") as batch:
        batch.drop_column("headcount")
        batch.drop_column("affiliation")
    op.drop_index(op.f("ix_meeting_follow_meeting_id"), table_name="meeting_follow")
    op.drop_table("meeting_follow")
    op.drop_index("ux_meeting_series_year_no", table_name="meeting")
    with op.batch_alter_table("meeting") as batch:
        batch.drop_column("issued_on")
        batch.drop_column("parts")
        batch.drop_column("series_no")
        batch.drop_column("series")
