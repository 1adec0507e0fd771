"""assessment: manual evidence, appeals and published results of the annual 考核 (#16)

The rules themselves live in a file the office edits (TOML); the database keeps what the
register cannot know (``assess_record``), the units' objections and the office's decisions
(``assess_appeal``), and each published year with the digest and text of its rule file
(``assess_result``). Attendance roles (缺席/迟到/早退/代会) are plain values of
``attendance.role`` and need no column here.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "assess_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.String(length=30), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("basis", sa.String(length=100), nullable=False),
        sa.Column("level", sa.String(length=10), nullable=False),
        sa.Column("points_x100", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("file_size", sa.Integer(), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name="fk_assess_record_unit_id_unit"),
        sa.PrimaryKeyConstraint("id", name="pk_assess_record"),
    )
    op.create_index("ix_assess_record_unit_id", "assess_record", ["unit_id"])
    op.create_index("ix_assess_record_line_on", "assess_record", ["line_id", "occurred_on"])
    op.create_table(
        "assess_appeal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.String(length=30), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("filed_on", sa.Date(), nullable=False),
        sa.Column("decision", sa.String(length=4), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=False),
        sa.Column("points_x100", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name="fk_assess_appeal_unit_id_unit"),
        sa.PrimaryKeyConstraint("id", name="pk_assess_appeal"),
        sa.UniqueConstraint("year", "unit_id", "line_id", name="uq_assess_appeal_year"),
    )
    op.create_index("ix_assess_appeal_unit_id", "assess_appeal", ["unit_id"])
    op.create_table(
        "assess_result",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("rules_name", sa.String(length=200), nullable=False),
        sa.Column("rules_digest", sa.String(length=64), nullable=False),
        sa.Column("rules_text", sa.Text(), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("published_by", sa.String(length=100), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_assess_result"),
        sa.UniqueConstraint("year", name="uq_assess_result_year"),
    )


def downgrade() -> None:
    op.drop_table("assess_result")
    op.drop_index("ix_assess_appeal_unit_id", table_name="assess_appeal")
    op.drop_table("assess_appeal")
    op.drop_index("ix_assess_record_line_on", table_name="assess_record")
    op.drop_index("ix_assess_record_unit_id", table_name="assess_record")
    op.drop_table("assess_record")
