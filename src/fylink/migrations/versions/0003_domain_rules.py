"""domain rules of issue 13: linked instances of a case, partly adopted suggestions

* ``case_link``: a case and another instance of the same dispute (一审 → 二审 → 再审,
  破申 → 破, 行审 → 行审复), recorded with ``case add/update --related``;
* ``suggestion.adoption``: 采纳 / 部分采纳 / 不采纳 (``suggestion reply --adopted``); the
  boolean ``adopted`` stays (部分采纳 is adopted), so nothing reading it changes.

Only new tables and a nullable column: no table is recreated, nothing is rewritten.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("related_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_case_link_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["related_id"], ["cases.id"], name=op.f("fk_case_link_related_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_link")),
        sa.UniqueConstraint("case_id", "related_id", name=op.f("uq_case_link_case_id")),
    )
    op.create_index(op.f("ix_case_link_related_id"), "case_link", ["related_id"], unique=False)
    op.add_column("suggestion", sa.Column("adoption", sa.String(length=4), nullable=True))


def downgrade() -> None:
    op.drop_column("suggestion", "adoption")
    op.drop_index(op.f("ix_case_link_related_id"), table_name="case_link")
    op.drop_table("case_link")
