"""notice delivery per recipient, written replies, 通报, joint issuers

* ``delivery``: a ``recipient`` (lead / co-unit liaison, the unit's leader, a group robot),
  a claim (``claimed_at``, ``claim_token``) taken before sending, and one row per notice,
  channel and recipient (unique index). Existing rows get their recipient from their
  channel: an e-mail went to the notice's unit's liaison, a robot message to the group.
* ``notice.issuer``: "" for the office, or the joint issuers of a 联合督查.
* ``notice_item.reply_notice_id``: an item that is a missing written reply to a notice.
* ``notice_reply``: a unit's written reply (书面报送), with its file kept in the database.
* ``bulletin``: the numbered periodic 通报.

Columns are added with ``ALTER TABLE … ADD COLUMN`` and a default, never by recreating a
table (see 0002).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"

    op.add_column(
        "delivery",
        sa.Column("recipient", sa.String(length=60), nullable=False, server_default=""),
    )
    op.add_column("delivery", sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column(
        "delivery",
        sa.Column("claim_token", sa.String(length=32), nullable=False, server_default=""),
    )
    op.execute(
        sa.text(
            "UPDATE delivery SET recipient = CASE WHEN channel = 'email' THEN "
            "'lead:' || CAST((SELECT notice.unit_id FROM notice WHERE notice.id = "
            "delivery.notice_id) AS VARCHAR(20)) ELSE 'group' END"
        )
    )
    op.create_index(
        "ux_delivery_notice_channel_recipient",
        "delivery",
        ["notice_id", "channel", "recipient"],
        unique=True,
    )

    op.add_column(
        "notice", sa.Column("issuer", sa.String(length=200), nullable=False, server_default="")
    )
    op.add_column("notice_item", sa.Column("reply_notice_id", sa.Integer(), nullable=True))
    op.create_index(op.f("ix_notice_item_reply_notice_id"), "notice_item", ["reply_notice_id"])
    if postgres:  # SQLite cannot drop a default without recreating the table
        op.alter_column("delivery", "recipient", server_default=None)
        op.alter_column("delivery", "claim_token", server_default=None)
        op.alter_column("notice", "issuer", server_default=None)

    op.create_table(
        "notice_reply",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("notice_id", sa.Integer(), nullable=False),
        sa.Column("replied_on", sa.Date(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("file_size", sa.Integer(), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("file_data", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["notice_id"], ["notice.id"], name=op.f("fk_notice_reply_notice_id_notice")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notice_reply")),
    )
    op.create_index(op.f("ix_notice_reply_notice_id"), "notice_reply", ["notice_id"])

    op.create_table(
        "bulletin",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("period_year", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("issuer", sa.String(length=200), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bulletin")),
        sa.UniqueConstraint("year", "number", name=op.f("uq_bulletin_year")),
        sa.UniqueConstraint("period_year", "quarter", name=op.f("uq_bulletin_period_year")),
    )


def downgrade() -> None:
    op.drop_table("bulletin")
    op.drop_index(op.f("ix_notice_reply_notice_id"), table_name="notice_reply")
    op.drop_table("notice_reply")
    op.drop_index(op.f("ix_notice_item_reply_notice_id"), table_name="notice_item")
    with op.batch_alter_table("notice_item") as batch:
        batch.drop_column("reply_notice_id")
    with op.batch_alter_table("notice") as batch:
        batch.drop_column("issuer")
    op.drop_index("ux_delivery_notice_channel_recipient", table_name="delivery")
    with op.batch_alter_table("delivery") as batch:
        batch.drop_column("claim_token")
        batch.drop_column("claimed_at")
        batch.drop_column("recipient")
