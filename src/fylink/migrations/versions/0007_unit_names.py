"""unit names: a unit's former names with the days they were valid; persons who left

``unit_name`` keeps each former name (and short name) of a unit with the last day it was
valid, written by ``unit update --name/--short`` (机构改革): documents about a past day
print the name of that day, and a look-up by a former name still finds the unit.
``person.left_on`` is the day a person left (``person remove --left-on``): the person stays
in the record of past meetings and tasks, and is no longer listed.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "unit_name",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("short_name", sa.String(length=50), nullable=True),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_unit_name_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_name")),
    )
    op.create_index(op.f("ix_unit_name_unit_id"), "unit_name", ["unit_id"])
    op.create_index(op.f("ix_unit_name_name"), "unit_name", ["name"])
    # ALTER TABLE … ADD COLUMN: no table is recreated (see 0002).
    op.add_column("person", sa.Column("left_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.drop_column("left_on")
    op.drop_index(op.f("ix_unit_name_name"), table_name="unit_name")
    op.drop_index(op.f("ix_unit_name_unit_id"), table_name="unit_name")
    op.drop_table("unit_name")
