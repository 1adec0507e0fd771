"""records moved by a unit merge, with the day they moved (issue 12)

``unit_move``: one row per case, task (lead unit) and suggestion that ``unit merge`` moved
from the merged unit to its successor, with the day of the merge. A report counts such a
row under the unit it had at the end of the period (the merged unit in periods that end
before the merge date), not under the unit it has now.

Merges made before this revision are read back from the journal: each merge command's
updates of a case's, task's or suggestion's unit become moves on the merge date. No
existing table is recreated (see 0002).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-01
"""

import json
from datetime import date
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

#: The journal's entity -> the column of its unit.
UNIT_COLUMNS = {"case": "unit_id", "task": "lead_unit_id", "suggestion": "unit_id"}


def upgrade() -> None:
    op.create_table(
        "unit_move",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("to_unit_id", sa.Integer(), nullable=False),
        sa.Column("moved_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_unit_move_unit_id_unit")),
        sa.ForeignKeyConstraint(
            ["to_unit_id"], ["unit.id"], name=op.f("fk_unit_move_to_unit_id_unit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_move")),
    )
    op.create_index(
        "ix_unit_move_record", "unit_move", ["record", "record_id", "moved_on"], unique=False
    )
    _moves_of_earlier_merges()


def _image(value: Any) -> dict[str, Any]:
    if isinstance(value, str):
        value = json.loads(value)
    return value if isinstance(value, dict) else {}


def _moves_of_earlier_merges() -> None:
    bind = op.get_bind()
    meta = sa.MetaData()
    unit = sa.Table("unit", meta, autoload_with=bind)
    journal = sa.Table("journal", meta, autoload_with=bind)
    moves = sa.Table("unit_move", meta, autoload_with=bind)
    merged = bind.execute(
        sa.select(unit.c.id, unit.c.merged_on).where(unit.c.merged_on.is_not(None))
    ).all()
    rows: list[dict[str, Any]] = []
    for unit_id, merged_on in merged:
        if isinstance(merged_on, str):
            merged_on = date.fromisoformat(merged_on)
        # The merge command: the one that set the unit's merged_on (the latest, if undone
        # and merged again; a later merge into its successor rewrote merged_into_id only).
        marks = bind.execute(
            sa.select(journal.c.command_id, journal.c.before, journal.c.after)
            .where(
                journal.c.entity == "unit",
                journal.c.entity_id == unit_id,
                journal.c.action == "update",
                journal.c.command_id.is_not(None),
            )
            .order_by(journal.c.id.desc())
        ).all()
        command = next(
            (
                c
                for c, before, after in marks
                if _image(before).get("merged_on") is None
                and _image(after).get("merged_on") is not None
            ),
            None,
        )
        if command is None:
            continue
        for entity, entity_id, before, after in bind.execute(
            sa.select(journal.c.entity, journal.c.entity_id, journal.c.before, journal.c.after)
            .where(
                journal.c.command_id == command,
                journal.c.action == "update",
                journal.c.entity.in_(sorted(UNIT_COLUMNS)),
            )
            .order_by(journal.c.id)
        ):
            column = UNIT_COLUMNS[entity]
            old, new = _image(before).get(column), _image(after).get(column)
            if old == unit_id and new is not None and new != old and entity_id is not None:
                rows.append(
                    {
                        "record": entity,
                        "record_id": entity_id,
                        "unit_id": old,
                        "to_unit_id": new,
                        "moved_on": merged_on,
                    }
                )
    if rows:
        bind.execute(moves.insert(), rows)


def downgrade() -> None:
    op.drop_index("ix_unit_move_record", table_name="unit_move")
    op.drop_table("unit_move")
