"""corrections: group the journal's rows by the command that wrote them

``journal.command_id`` holds the id of the first journal row a command wrote (one command,
one transaction), on every row of that command, so ``fylink undo`` can find and reverse
all of a command's changes as one unit. Rows written before this revision keep NULL: they
are older than undo and cannot be undone. The column is not part of a row's hash.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ALTER TABLE … ADD COLUMN: no table is recreated (see 0002).
    op.add_column("journal", sa.Column("command_id", sa.Integer(), nullable=True))
    op.create_index("ix_journal_command_id", "journal", ["command_id"])


def downgrade() -> None:
    op.drop_index("ix_journal_command_id", table_name="journal")
    with op.batch_alter_table("journal") as batch:
        batch.drop_column("command_id")
