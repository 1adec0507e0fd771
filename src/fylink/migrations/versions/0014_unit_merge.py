"""units merged in a 机构改革 (issue 12)

* ``unit.merged_into_id``: the unit a merged unit's open work moved to (its successor);
* ``unit.merged_on``: the day the merge took effect. A merged unit stays in the record
  (its closed cases and past figures keep its name), is no longer listed by default and is
  given no new records.

Only added columns: no table is recreated (see 0002).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("unit", sa.Column("merged_into_id", sa.Integer(), nullable=True))
    op.add_column("unit", sa.Column("merged_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("unit") as batch:
        batch.drop_column("merged_on")
        batch.drop_column("merged_into_id")
