"""Serial numbers (第N期, 〔2025〕N号) that never repeat, even with several writers.

SQLite serializes writers already (every writing command begins with BEGIN IMMEDIATE). On
PostgreSQL two transactions could both read the same maximum, so the writer first takes the
writer lock (db.lock_writers) the journal also uses: numbering and the journal chain are
then serialized together.
"""

from typing import Any

from sqlalchemy import ColumnElement
from sqlmodel import Session, func, select

from fylink import db


def lock_writers(session: Session) -> None:
    """Serialize this transaction with other fylink writers (a no-op on SQLite)."""
    db.lock_writers(session.connection())


def next_number(session: Session, column: Any, *where: ColumnElement[bool]) -> int:
    """max(column) + 1 among the rows matching ``where`` (1 for the first)."""
    lock_writers(session)
    current = session.exec(select(func.max(column)).where(*where)).one()
    return int(current or 0) + 1
