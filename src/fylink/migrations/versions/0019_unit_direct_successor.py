"""the unit a merged unit was merged into directly (issue 12)

``unit.direct_successor_id``: the unit named in the unit's own ``unit merge`` (A in "并入B"),
kept when its successor is merged on in turn; ``unit.merged_into_id`` stays the unit in
being that now holds its work (the ultimate successor, one level for report SQL).

Existing merged units are read back from the journal: the update of the unit that set its
``merged_on`` (the latest, if a merge was undone and made again) names the unit it was
merged into then. A merged unit without such a row keeps ``merged_into_id``. Only an added
column: no table is recreated (see 0002).

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-01
"""

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("unit", sa.Column("direct_successor_id", sa.Integer(), nullable=True))
    _fill_from_journal()


def _image(value: Any) -> dict[str, Any]:
    if isinstance(value, str):
        value = json.loads(value)
    return value if isinstance(value, dict) else {}


def _fill_from_journal() -> None:
    bind = op.get_bind()
    meta = sa.MetaData()
    unit = sa.Table("unit", meta, autoload_with=bind)
    journal = sa.Table("journal", meta, autoload_with=bind)
    merged = bind.execute(
        sa.select(unit.c.id, unit.c.merged_into_id)
        .where(unit.c.merged_into_id.is_not(None))
        .order_by(unit.c.id)
    ).all()
    for unit_id, merged_into_id in merged:
        direct = merged_into_id
        for before, after in bind.execute(
            sa.select(journal.c.before, journal.c.after)
            .where(
                journal.c.entity == "unit",
                journal.c.entity_id == unit_id,
                journal.c.action == "update",
            )
            .order_by(journal.c.id.desc())
        ):
            old, new = _image(before), _image(after)
            if old.get("merged_on") is None and new.get("merged_on") is not None:
                direct = new.get("merged_into_id") or merged_into_id
                break
        bind.execute(unit.update().where(unit.c.id == unit_id).values(direct_successor_id=direct))


def downgrade() -> None:
    with op.batch_alter_table("unit") as batch:
        batch.drop_column("direct_successor_id")
