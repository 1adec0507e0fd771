"""The journal: an append-only, hash-chained record of every change.

Each row's hash covers its own content and the previous row's hash, so an
edited or deleted row breaks the chain at that point (``fylink log --verify``).
Writers are serialized — SQLite by its write lock (BEGIN IMMEDIATE), PostgreSQL
by a transaction-scoped advisory lock — so the chain never forks.
"""

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, SQLModel, col, select

from fylink.models import Journal

GENESIS = "0" * 64
#: Arbitrary constant naming fylink's advisory lock on PostgreSQL.
_PG_LOCK_KEY = 7_315_004_201


def snapshot(record: SQLModel | None, *, exclude: tuple[str, ...] = ()) -> dict[str, Any] | None:
    """A JSON-ready copy of a record's columns, for before/after."""
    if record is None:
        return None
    data = record.model_dump(exclude=set(exclude))
    return {key: _jsonable(value) for key, value in data.items()}


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def _digest(previous: str, row: Journal) -> str:
    payload = json.dumps(
        [
            previous,
            row.at.astimezone(UTC).isoformat(timespec="microseconds"),
            row.actor,
            row.command,
            row.action,
            row.entity,
            row.entity_id,
            row.case_id,
            row.before,
            row.after,
        ],
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    session: Session,
    *,
    action: str,
    entity: str,
    entity_id: int | None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    case_id: int | None = None,
) -> Journal:
    """Append one journal row for a change made in this session's transaction."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
    previous = session.exec(select(Journal.hash).order_by(col(Journal.id).desc()).limit(1)).first()
    row = Journal(
        at=datetime.now(UTC),
        actor=str(session.info.get("actor") or "unknown"),
        command=str(session.info.get("command") or ""),
        action=action,
        entity=entity,
        entity_id=entity_id,
        case_id=case_id,
        before=before,
        after=after,
        hash="",
    )
    row.hash = _digest(previous or GENESIS, row)
    session.add(row)
    session.flush()
    return row


def list_entries(
    *,
    session: Session,
    case_id: int | None = None,
    entity: str | None = None,
    limit: int = 50,
) -> list[Journal]:
    """Newest first."""
    query = select(Journal)
    if case_id is not None:
        query = query.where(Journal.case_id == case_id)
    if entity:
        query = query.where(Journal.entity == entity)
    query = query.order_by(col(Journal.id).desc()).limit(limit)
    return list(session.exec(query))


@dataclass(frozen=True)
class VerifyResult:
    checked: int
    #: id of the first row whose hash does not match its chain, None when intact.
    broken_at: int | None
    reason: str = ""


def verify(*, session: Session, batch: int = 5000) -> VerifyResult:
    """Recompute the chain; streams the journal in id order, a batch at a time."""
    previous = GENESIS
    checked = 0
    last_id = 0
    while True:
        rows = list(
            session.exec(
                select(Journal)
                .where(col(Journal.id) > last_id)
                .order_by(col(Journal.id))
                .limit(batch)
            )
        )
        if not rows:
            return VerifyResult(checked=checked, broken_at=None)
        for row in rows:
            expected = _digest(previous, row)
            if expected != row.hash:
                return VerifyResult(
                    checked=checked,
                    broken_at=row.id,
                    reason="内容被修改，或其前一条记录被删除",
                )
            previous = row.hash
            checked += 1
            assert row.id is not None
            last_id = row.id
        session.expunge_all()
