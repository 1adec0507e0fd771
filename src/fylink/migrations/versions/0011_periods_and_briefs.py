"""periods and briefs: published reports of any period; the 工作简报 series

``report_period_snapshot`` freezes a half, a month, a run of months or any span of days
(quarters and years stay in ``report_snapshot``), one per period code and scope.
``brief_issue`` numbers the 工作简报/专刊/增刊 (第N期 per year and kind); ``brief_item``
holds the units' submissions (报送) and what each issue adopted (采用), the office's own
texts and figures. Only new tables: nothing existing is altered (see 0002).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_period_snapshot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=100), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("published_by", sa.String(length=50), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_period_snapshot")),
        sa.UniqueConstraint("period", "scope", name=op.f("uq_report_period_snapshot_period")),
    )
    op.create_table(
        "brief_issue",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("issue_no", sa.Integer(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("distribution", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_brief_issue")),
        sa.UniqueConstraint("kind", "year", "issue_no", name=op.f("uq_brief_issue_kind")),
    )
    op.create_table(
        "brief_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("issue_id", sa.Integer(), nullable=True),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("submitted_on", sa.Date(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["issue_id"], ["brief_issue.id"], name=op.f("fk_brief_item_issue_id_brief_issue")
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_brief_item_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_brief_item")),
    )
    op.create_index(op.f("ix_brief_item_issue_id"), "brief_item", ["issue_id"])
    op.create_index(op.f("ix_brief_item_unit_id"), "brief_item", ["unit_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_brief_item_unit_id"), table_name="brief_item")
    op.drop_index(op.f("ix_brief_item_issue_id"), table_name="brief_item")
    op.drop_table("brief_item")
    op.drop_table("brief_issue")
    op.drop_table("report_period_snapshot")
