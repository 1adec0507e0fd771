"""region returns: counties' 报送包 collected at the city (issue 18)

``region_return`` keeps each county's package for a period as the city collected it: the
figures (JSON), the digest it was verified by, who filled it and when, and the review state
(待审 → 通过 / 退回 with a reason). A resubmission supersedes the earlier return, which is
kept (``superseded_by_id``). Only a new table: nothing existing is altered (see 0002).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "region_return",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("region", sa.String(length=50), nullable=False),
        sa.Column("region_code", sa.String(length=12), nullable=False),
        sa.Column("office_name", sa.String(length=100), nullable=False),
        sa.Column("period", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=4), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("digest_algo", sa.String(length=10), nullable=False),
        sa.Column("digest", sa.String(length=128), nullable=False),
        sa.Column("journal_head", sa.String(length=100), nullable=False),
        sa.Column("filled_by", sa.String(length=50), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("reviewed_by", sa.String(length=50), nullable=False),
        sa.Column("superseded_by_id", sa.Integer(), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_region_return")),
        sa.UniqueConstraint("digest", name=op.f("uq_region_return_digest")),
    )
    op.create_index(op.f("ix_region_return_region"), "region_return", ["region"])
    op.create_index(op.f("ix_region_return_period"), "region_return", ["period"])


def downgrade() -> None:
    op.drop_index(op.f("ix_region_return_period"), table_name="region_return")
    op.drop_index(op.f("ix_region_return_region"), table_name="region_return")
    op.drop_table("region_return")
