"""The journal: an append-only, hash-chained record of every change.

Each row's hash covers its own content and the previous row's hash, so an
edited or deleted row breaks the chain at that point (``fylink log --verify``).
Writers are serialized — SQLite by its write lock (BEGIN IMMEDIATE), PostgreSQL
by a transaction-scoped advisory lock — so the chain never forks.
"""

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, SQLModel, col, select

from fylink.db import RawJSON, insert_many
from fylink.models import Journal

GENESIS = "0" * 64
#: Arbitrary constant naming fylink's advisory lock on PostgreSQL.
_PG_LOCK_KEY = 7_315_004_201


def snapshot(record: SQLModel | None, *, exclude: tuple[str, ...] = ()) -> dict[str, Any] | None:
    """A JSON-ready copy of a record's columns, for before/after."""
    if record is None:
        return None
    return jsonable(record.model_dump(exclude=set(exclude)))


def jsonable(data: dict[str, Any]) -> dict[str, Any]:
    """A JSON-ready copy of column values (dates as ISO text), as :func:`snapshot` makes."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, date):  # datetime too
            value = value.isoformat()
        elif isinstance(value, dict | list | tuple):
            value = _jsonable(value)
        out[key] = value
    return out


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def _digest(previous: str, row: Journal) -> str:
    return _digest_values(
        previous,
        row.at,
        row.actor,
        row.command,
        row.action,
        row.entity,
        row.entity_id,
        row.case_id,
        row.before,
        row.after,
    )


def _digest_values(previous: str, at: datetime, *fields: Any) -> str:
    payload = _dump([previous, at.astimezone(UTC).isoformat(timespec="microseconds"), *fields])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _number(value: int | None) -> str:
    return "null" if value is None else str(int(value))


def _lock_and_last_hash(session: Session) -> str:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
    previous = session.exec(select(Journal.hash).order_by(col(Journal.id).desc()).limit(1)).first()
    return previous or GENESIS


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
    previous = _lock_and_last_hash(session)
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
    row.hash = _digest(previous, row)
    session.add(row)
    session.flush()
    return row


@dataclass(frozen=True)
class Entry:
    """One change to journal with :func:`record_many`."""

    action: str
    entity: str
    entity_id: int | None
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    case_id: int | None = None


def record_many(session: Session, entries: Sequence[Entry]) -> int:
    """Append many journal rows at once (bulk imports): one lookup, one batched insert.

    The rows are chained exactly as :func:`record` chains them, in the order given, so
    :func:`verify` cannot tell them apart from rows written one by one.
    """
    if not entries:
        return 0
    session.flush()
    previous = _lock_and_last_hash(session)
    actor = str(session.info.get("actor") or "unknown")
    command = str(session.info.get("command") or "")
    at = datetime.now(UTC)
    # Each value is serialized once: the same text goes into the hash and the column. The
    # hashed payload is the JSON array _digest_values dumps, built from its items' texts
    # (a compact JSON array is exactly its items' texts joined by commas); the previous
    # hash is hexadecimal, so it needs no escaping.
    fixed = _dump([at.isoformat(timespec="microseconds"), actor, command])[1:-1]
    kinds: dict[tuple[str, str], str] = {}
    rows = []
    for entry in entries:
        before = "null" if entry.before is None else _dump(entry.before)
        after = "null" if entry.after is None else _dump(entry.after)
        kind = kinds.get((entry.action, entry.entity))
        if kind is None:
            kind = kinds[(entry.action, entry.entity)] = _dump([entry.action, entry.entity])[1:-1]
        payload = (
            f'["{previous}",{fixed},{kind},'
            f"{_number(entry.entity_id)},{_number(entry.case_id)},{before},{after}]"
        )
        digest = hashlib.sha256(payload.encode("utf-8")).hexdigest()
        rows.append(
            {
                "at": at,
                "actor": actor,
                "command": command,
                "action": entry.action,
                "entity": entry.entity,
                "entity_id": entry.entity_id,
                "case_id": entry.case_id,
                "before": RawJSON(before),
                "after": RawJSON(after),
                "hash": digest,
            }
        )
        previous = digest
    insert_many(session, Journal.__table__, rows)  # type: ignore[attr-defined]
    return len(rows)


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
