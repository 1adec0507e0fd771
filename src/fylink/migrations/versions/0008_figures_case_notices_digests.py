"""external figures, notices of case deadlines, leaders' digests recorded

* ``external_figure``: figures supplied from outside the register with their source (the
  resident population, the court's new first-instance civil and administrative cases) per
  region and period, for 万人成讼率 (``fylink report figure set``).
* ``notice_item.case_id``, ``case_rule`` and ``case_due_on``: a notice item that is a case
  deadline of the 应诉 clock (答辩状和证据 …), named by its rule and its start day, with
  its due day as computed when the notice was issued.
* ``digest_send``: a leader's digest sent on a day, claimed before sending, so a second run
  the same day does not send it again (unique per leader, address and day).

Columns are added with ``ALTER TABLE … ADD COLUMN`` and a default, never by recreating a
table (see 0002).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"

    op.create_table(
        "external_figure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("region", sa.String(length=50), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=30), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_external_figure")),
        sa.UniqueConstraint(
            "region", "year", "quarter", "key", name=op.f("uq_external_figure_region")
        ),
    )

    op.add_column("notice_item", sa.Column("case_id", sa.Integer(), nullable=True))
    op.add_column(
        "notice_item",
        sa.Column("case_rule", sa.String(length=80), nullable=False, server_default=""),
    )
    op.add_column("notice_item", sa.Column("case_due_on", sa.Date(), nullable=True))
    # No foreign key (as reply_notice_id): SQLite cannot add one without a new table.
    if postgres:  # SQLite cannot drop a default without recreating the table
        op.alter_column("notice_item", "case_rule", server_default=None)
    op.create_index(op.f("ix_notice_item_case_id"), "notice_item", ["case_id"])

    op.create_table(
        "digest_send",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("leader", sa.String(length=50), nullable=False),
        sa.Column("target", sa.String(length=300), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=4), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("items", sa.Integer(), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("claim_token", sa.String(length=32), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_digest_send")),
    )
    op.create_index(
        "ux_digest_send_leader_target_day",
        "digest_send",
        ["leader", "target", "day"],
        unique=True,
    )


def downgrade() -> None:
    op.drop_index("ux_digest_send_leader_target_day", table_name="digest_send")
    op.drop_table("digest_send")
    op.drop_index(op.f("ix_notice_item_case_id"), table_name="notice_item")
    with op.batch_alter_table("notice_item") as batch:
        batch.drop_column("case_due_on")
        batch.drop_column("case_rule")
        batch.drop_column("case_id")
    op.drop_table("external_figure")
