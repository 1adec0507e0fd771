"""Records a unit merge moved (机构改革, #12): the unit a row had on a day, in SQL.

``unit merge OLD INTO NEW --on DATE`` moves OLD's open cases, tasks (lead unit) and
suggestions to NEW and writes one ``unit_move`` row per record moved. A report or an
assessment about a period counts a row under the unit it had at the period's end: the
earliest move after that day names it (A→B→C: A before the first merge date, B between,
C after); a row never moved counts under its own unit.
"""

from datetime import date
from typing import Any

from sqlalchemy import func, select

from fylink import tables

MOVES = tables.unit_move


def has_moves(reader: Any) -> bool:
    """Whether a merge moved any record (else a row's own unit is the unit of every day)."""
    return reader.execute(select(MOVES.c.id).limit(1)).first() is not None


def held_unit(table: Any, unit_col: Any, record: str, as_of: date) -> Any:
    """The unit a row of ``table`` had on ``as_of``: a correlated look-up on
    ``ix_unit_move_record (record, record_id, moved_on)``, else ``unit_col``."""
    before = (
        select(MOVES.c.unit_id)
        .where(
            MOVES.c.record == record,
            MOVES.c.record_id == table.c.id,
            MOVES.c.moved_on > as_of,
        )
        .order_by(MOVES.c.moved_on, MOVES.c.id)
        .limit(1)
        .correlate(table)
        .scalar_subquery()
    )
    return func.coalesce(before, unit_col)
