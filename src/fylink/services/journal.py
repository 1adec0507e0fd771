"""The journal: an append-only, hash-chained record of every change.

Each row stores the previous row's hash (``prev_hash``) and its own hash over
``prev_hash`` and its content. ``verify`` walks the chain in id order: an
edited row no longer matches its hash, a deleted (or replaced) row leaves the
next row pointing at a hash that is not there. Writers are serialized —
SQLite by its write lock (BEGIN IMMEDIATE), PostgreSQL by fylink's writer
lock (``LOCK TABLE writer_lock``, taken by ``db.session_scope`` as a writer's
first statement; :func:`record` takes it again for sessions opened some other
way; the database's own check of every new row takes it too) —
so the chain never forks.

Within one transaction the head of the chain is kept in the session
(``session.info``) after the first lookup: no one else can append while the
transaction holds the writer lock, so each further row needs no query. The
cached head is dropped whenever a transaction (or savepoint) of the session
ends — committed or rolled back — so a new transaction, or the rest of one
whose savepoint was rolled back, looks the head up again.

The write path: a stored row changes only through :func:`insert`, :func:`changing` (or
:func:`update`) and :func:`delete`, which store the change and append its row with whole
images of the row (every column, so that an undo can restore it) and set ``updated_at``. Bulk
imports collect the same :class:`Entry` objects (``into=``) and append them with
:func:`record_many`. tests/test_architecture.py keeps other modules from calling
:func:`record` or setting ``updated_at`` themselves.
"""

import hashlib
import json
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from types import SimpleNamespace
from typing import Any, TypeVar

from sqlalchemy import event, func, text
from sqlalchemy import insert as sa_insert
from sqlalchemy import select as sa_select
from sqlalchemy import update as sa_update
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import SessionTransaction
from sqlmodel import Session, SQLModel, col, select

from fylink.db import WRITER_LOCK_KEY, RawJSON, insert_many, lock_writers
from fylink.models import Journal

GENESIS = "0" * 64
_JOURNAL = Journal.__table__  # type: ignore[attr-defined]
#: The advisory lock's key under its earlier name (services/numbering.py on main uses it).
_PG_LOCK_KEY = WRITER_LOCK_KEY
_ACTOR_MAX = 100
_COMMAND_MAX = 200
#: session.info key of the chain's head (the last hash) in the current transaction.
_HEAD = "fylink_journal_head"
#: session.info keys of the command id of the current transaction (the id of its first
#: journal row) and of the flag that a savepoint ended since it was taken.
_COMMAND_ID = "fylink_journal_command_id"
_COMMAND_RECHECK = "fylink_journal_command_recheck"


def snapshot(record: SQLModel | None, *, exclude: tuple[str, ...] = ()) -> dict[str, Any] | None:
    """A JSON-ready copy of a record's columns, for before/after."""
    if record is None:
        return None
    return jsonable(record.model_dump(exclude=set(exclude)))


#: Entity names that differ from their table's name.
_ENTITY = {"cases": "case"}

_Row = TypeVar("_Row", bound=SQLModel)


def entity_of(row: SQLModel) -> str:
    """The journal's name for a row's kind: its table's name (``case`` for ``cases``)."""
    table = str(row.__tablename__)
    return _ENTITY.get(table, table)


def _image(row: SQLModel, extra: dict[str, Any] | None, redact: dict[str, Any] | None) -> Any:
    image = snapshot(row) or {}
    if extra:
        image |= jsonable(extra)
    if redact:
        image |= redact
    return image


# --- the one write path ---------------------------------------------------------------------
#
# A stored row changes only through :func:`insert`, :func:`changing` (or :func:`update`)
# and :func:`delete`: each writes the change and its journal row, with images of the whole
# row (every column) so that a later undo can restore what was there. ``updated_at``, on
# models that have it, is set here and nowhere else when a row changes.


def insert(
    session: Session,
    row: _Row,
    *,
    case_id: int | None = None,
    extra: dict[str, Any] | None = None,
    redact: dict[str, Any] | None = None,
    entity: str | None = None,
) -> _Row:
    """Store a new row and journal it; ``extra`` adds related facts (co-units, linked cases).

    ``redact`` replaces columns the journal must not keep in the clear (a webhook's key).
    """
    session.add(row)
    session.flush()
    entry = Entry(
        action="insert",
        entity=entity or entity_of(row),
        entity_id=getattr(row, "id", None),
        case_id=case_id,
        after=_image(row, extra, redact),
    )
    _record_entry(session, entry)
    return row


@dataclass
class Changing:
    """An update in progress (see :func:`changing`)."""

    row: SQLModel
    #: The whole row as it was (every column), plus any extra facts the caller adds.
    before: dict[str, Any]
    #: Extra facts to add to the after image (set inside the ``with`` block).
    after_extra: dict[str, Any] = field(default_factory=dict)


@contextmanager
def changing(
    session: Session,
    row: _Row,
    *,
    case_id: int | None = None,
    redact: dict[str, Any] | None = None,
    entity: str | None = None,
    into: list["Entry"] | None = None,
    redact_after: dict[str, Any] | None = None,
) -> Iterator[Changing]:
    """Change ``row`` inside the ``with`` block; on leaving it, store and journal the change.

    The before image is taken on entry (the whole row); if the block raises, nothing is
    journaled. ``redact`` masks columns in both images, unless ``redact_after`` is given
    for the after image (a corrected ID number: each image masks its own value, which the
    block sets in ``after_extra``). ``into`` (bulk imports): the entry is appended there for one
    :func:`record_many` later instead of being recorded now.
    """
    change = Changing(row=row, before=_image(row, None, redact))
    yield change
    if "updated_at" in type(row).model_fields:
        row.updated_at = datetime.now(UTC)
    session.add(row)
    entry = Entry(
        action="update",
        entity=entity or entity_of(row),
        entity_id=getattr(row, "id", None),
        case_id=case_id,
        before=change.before,
        after=_image(row, change.after_extra, redact if redact_after is None else redact_after),
    )
    if into is not None:
        into.append(entry)
        return
    session.flush()
    _record_entry(session, entry)


def draft_change(draft: Any, apply: Callable[[Any], None]) -> tuple[dict[str, Any], dict[str, Any]]:
    """A change to a row not stored yet (a :class:`~fylink.services.cases.CaseDraft` of the
    demo's bulk path, issue 21), as :func:`changing` records one: the row's column values
    (``draft.values()``) before, ``apply`` run, ``updated_at`` set, the values after. The
    caller stores the last values and journals the pair once the row has its id."""
    before = draft.values()
    apply(draft)
    draft.updated_at = datetime.now(UTC)
    return before, draft.values()


def update(
    session: Session,
    row: _Row,
    values: dict[str, Any],
    *,
    case_id: int | None = None,
    redact: dict[str, Any] | None = None,
) -> _Row:
    """Set ``values`` on ``row``, store and journal it (:func:`changing` for one step)."""
    with changing(session, row, case_id=case_id, redact=redact):
        for key, value in values.items():
            setattr(row, key, value)
    return row


def delete(
    session: Session,
    row: _Row,
    *,
    case_id: int | None = None,
    extra: dict[str, Any] | None = None,
    entity: str | None = None,
    into: list["Entry"] | None = None,
) -> _Row:
    """Delete a stored row and journal it with its whole before image (``into``: as for
    :func:`changing`; the deletion is then flushed with the session's next flush)."""
    entry = Entry(
        action="delete",
        entity=entity or entity_of(row),
        entity_id=getattr(row, "id", None),
        case_id=case_id,
        before=_image(row, extra, None),
    )
    session.delete(row)
    if into is not None:
        into.append(entry)
        return row
    session.flush()
    _record_entry(session, entry)
    return row


def note(
    session: Session,
    *,
    action: str,
    entity: str,
    details: dict[str, Any],
    entity_id: int | None = None,
) -> None:
    """Journal something done that changes no stored row (an export of full ID numbers:
    who, why, which file; a 纪要 that printed a meeting's 期号), so the record shows it
    like every change. ``fylink undo`` has nothing to reverse in such a row."""
    record(session, action=action, entity=entity, entity_id=entity_id, after=jsonable(details))


def _record_entry(session: Session, entry: "Entry") -> None:
    record(
        session,
        action=entry.action,
        entity=entry.entity,
        entity_id=entry.entity_id,
        case_id=entry.case_id,
        before=entry.before,
        after=entry.after,
    )


def jsonable(data: dict[str, Any]) -> dict[str, Any]:
    """A JSON-ready copy of column values (dates as ISO text), as :func:`snapshot` makes."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, date):  # datetime too
            value = value.isoformat()
        elif isinstance(value, bytes):
            # The journal never keeps a file's content (a reply's attachment): the row's
            # name, size and sha256 columns stand for it.
            value = None
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


def _utc(moment: datetime) -> datetime:
    # SQLite hands back the stored UTC time without its zone; PostgreSQL in the
    # session's zone. Both are the same instant.
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _iso(value: Any) -> str:
    if isinstance(value, date):  # datetime too
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


#: Canonical JSON: the text hashed, and stored by :func:`record_many`. Dates and times
#: become ISO text, as :func:`jsonable` makes them.
_dump = json.JSONEncoder(
    ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=_iso
).encode


def _number(value: int | None) -> str:
    return "null" if value is None else str(int(value))


def _digest(previous: str, row: Any) -> str:
    """sha256 of the previous hash and the row's content (a Journal or a Core row)."""
    payload = json.dumps(
        [
            previous,
            _utc(row.at).isoformat(timespec="microseconds"),
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


def _lock_and_last_hash(session: Session) -> str:
    """The hash the next row links to; the first call in a transaction takes the lock."""
    head = session.info.get(_HEAD)
    if head is not None:
        return str(head)
    lock_writers(session.connection())
    previous = session.exec(select(Journal.hash).order_by(col(Journal.id).desc()).limit(1)).first()
    return previous or GENESIS


@event.listens_for(OrmSession, "after_transaction_end")
def _forget_head(session: OrmSession, transaction: SessionTransaction) -> None:
    # The transaction or a savepoint ended, committed (others may write next) or rolled
    # back (our last rows may be gone). Not the subtransaction of every flush.
    if transaction.parent is None or transaction.nested:
        session.info.pop(_HEAD, None)
    if transaction.parent is None:
        session.info.pop(_COMMAND_ID, None)
        session.info.pop(_COMMAND_RECHECK, None)
    elif transaction.nested and _COMMAND_ID in session.info:
        # Rolled back, the savepoint may have taken the command's first row with it.
        session.info[_COMMAND_RECHECK] = True


def _current_command_id(session: Session) -> int | None:
    """The command id of this transaction's journal rows; None before its first row."""
    command_id = session.info.get(_COMMAND_ID)
    if command_id is not None and session.info.pop(_COMMAND_RECHECK, False):
        found = session.execute(sa_select(_JOURNAL.c.id).where(_JOURNAL.c.id == command_id)).first()
        if found is None:
            session.info.pop(_COMMAND_ID, None)
            return None
    return None if command_id is None else int(command_id)


def _insert_first(session: Session, row: dict[str, Any]) -> int:
    """Insert a transaction's first journal row; its id becomes the command id.

    The journal is append-only for PostgreSQL's restricted roles (INSERT, no UPDATE): there
    the id is drawn from the sequence first and the row inserted with it. SQLite has no
    roles; the row is inserted, then given its own id.
    """
    if session.get_bind().dialect.name == "postgresql":
        drawn = session.execute(text("SELECT nextval(pg_get_serial_sequence('journal', 'id'))"))
        command_id = int(drawn.scalar_one())
        session.execute(sa_insert(_JOURNAL), row | {"id": command_id, "command_id": command_id})
    else:
        result = session.execute(sa_insert(_JOURNAL), row)
        command_id = int(result.inserted_primary_key[0])  # type: ignore[attr-defined]
        session.execute(
            sa_update(_JOURNAL).where(_JOURNAL.c.id == command_id).values(command_id=command_id)
        )
    session.info[_COMMAND_ID] = command_id
    return command_id


def record(
    session: Session,
    *,
    action: str,
    entity: str,
    entity_id: int | None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    case_id: int | None = None,
) -> None:
    """Append one journal row for a change made in this session's transaction."""
    session.flush()  # the change itself first, as the ORM would order it
    pending = session.info.get(_DEFERRED)
    if pending is not None:
        pending.append(Entry(action, entity, entity_id, before, after, case_id))
        return
    previous = _lock_and_last_hash(session)
    row = {
        "at": datetime.now(UTC),
        "actor": _clip(str(session.info.get("actor") or "unknown"), _ACTOR_MAX),
        "command": _clip(str(session.info.get("command") or ""), _COMMAND_MAX),
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "case_id": case_id,
        "before": before,
        "after": after,
        "prev_hash": previous,
    }
    row["hash"] = digest = _digest(previous, SimpleNamespace(**row))
    # A Core insert: a Journal model object and an ORM flush cost several times more.
    command_id = _current_command_id(session)
    if command_id is None:
        _insert_first(session, row)
    else:
        session.execute(sa_insert(_JOURNAL), row | {"command_id": command_id})
    session.info[_HEAD] = digest


@dataclass(frozen=True)
class Entry:
    """One change to journal with :func:`record_many`."""

    action: str
    entity: str
    entity_id: int | None
    #: Column values; dates and times may be left as they are (stored as ISO text).
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    case_id: int | None = None


def record_many(session: Session, entries: Sequence[Entry]) -> int:
    """Append many journal rows at once (bulk imports): one lookup, one batched insert.

    The rows are chained exactly as :func:`record` chains them, in the order given, so
    :func:`verify` cannot tell them apart from rows written one by one. Inside a
    :func:`deferred` block they join the block's rows, in order, and are appended with them.
    """
    if not entries:
        return 0
    pending = session.info.get(_DEFERRED)
    if pending is not None:
        pending.extend(entries)
        return len(entries)
    session.flush()
    previous = _lock_and_last_hash(session)
    actor = _clip(str(session.info.get("actor") or "unknown"), _ACTOR_MAX)
    command = _clip(str(session.info.get("command") or ""), _COMMAND_MAX)
    at = datetime.now(UTC)
    # Each value is serialized once: the same text goes into the hash and the column. The
    # hashed payload is the JSON array _digest dumps, built from its items' texts (a
    # compact JSON array is exactly its items' texts joined by commas); the previous
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
                "prev_hash": previous,
                "hash": digest,
            }
        )
        previous = digest
    command_id = _current_command_id(session)
    if command_id is None:
        command_id = _insert_first(session, rows.pop(0))
    for item in rows:
        item["command_id"] = command_id
    insert_many(session, _JOURNAL, rows)
    session.info[_HEAD] = previous
    return len(rows)


def insert_many_journaled(session: Session, table: Any, rows: list[Any], key: str | None) -> None:
    """Insert new model objects in one statement, set their ids, and journal each as
    :func:`insert` would (its whole row). ``key`` names a column unique among the
    rows to match the new ids by; without one, the ids above the table's largest before
    are taken in order (the writer lock is held: no one else inserts meanwhile)."""
    if not rows:
        return
    floor = session.execute(sa_select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
    columns = [c.name for c in table.columns if c.name != "id"]
    insert_many(session, table, [{c: getattr(r, c) for c in columns} for r in rows])
    found = session.execute(
        sa_select(table.c.id, table.c[key] if key else table.c.id)
        .where(table.c.id > floor)
        .order_by(table.c.id)
    ).all()
    if key:
        ids = {value: row_id for row_id, value in found}
        for row in rows:
            row.id = ids[getattr(row, key)]
    else:
        for row, (row_id, _) in zip(rows, found, strict=True):
            row.id = row_id
    record_many(
        session,
        [Entry("insert", entity_of(r), r.id, after=snapshot(r)) for r in rows],
    )


#: session.info key of the rows :func:`deferred` collects.
_DEFERRED = "fylink.journal_deferred"


@contextmanager
def deferred(session: Session) -> Iterator[None]:
    """Collect the journal rows of the block and append them at its end with
    :func:`record_many` (one batched insert): the bulk path of ``demo``, ``init --roster``
    and ``calendar refresh`` (issue 21). The rows are the ones :func:`record` would write,
    chained alike, with the command's one time. Nothing inside the block may read the
    journal's newest rows (they are not written yet); a block inside another adds to it.
    """
    if _DEFERRED in session.info:
        yield
        return
    _lock_and_last_hash(session)  # the writer lock first, as the first record would take it
    pending: list[Entry] = []
    session.info[_DEFERRED] = pending
    try:
        yield
    finally:
        session.info.pop(_DEFERRED, None)
    record_many(session, pending)


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


def _clip(value: str, limit: int) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


@dataclass(frozen=True)
class Problem:
    """One break of the chain: the row where it shows, and what happened, in Chinese."""

    at: int | None
    reason: str


@dataclass(frozen=True)
class VerifyResult:
    #: Rows found intact before the first break (all rows when the chain is intact).
    checked: int
    #: id of the first row where the chain is broken, None when intact.
    broken_at: int | None = None
    reason: str = ""
    #: Hash of the last row checked: note it down to detect later truncation.
    head: str = GENESIS
    #: Every break, in id order (the first is ``broken_at``/``reason``).
    problems: tuple[Problem, ...] = ()
    #: Rows read in all.
    total: int = 0
    #: id of the last row.
    head_id: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


#: At most this many breaks are listed one by one (a chain cut in thousands of places
#: says so once).
MAX_PROBLEMS = 100


def verify(*, session: Session, batch: int = 1000) -> VerifyResult:
    """Recompute the whole chain in id order and report every break, not only the first.

    The rows stream from the driver (:func:`_chain_rows`, ``batch`` at a time: constant
    memory): no ORM object, no SQLAlchemy row, no column the hash does not cover.
    """
    previous = GENESIS
    checked = 0
    total = 0
    last_id = 0
    problems: list[Problem] = []
    more = 0
    sha256 = hashlib.sha256
    canonical = _CANONICAL

    def found(at: int, reason: str) -> None:
        nonlocal more
        if len(problems) < MAX_PROBLEMS:
            problems.append(Problem(at, reason))
        else:
            more += 1

    for row_id, content, prev_hash, row_hash in _chain_rows(session, batch):
        total += 1
        intact = True
        # The payload of _digest: [prev_hash, at, actor, command, action, entity,
        # entity_id, case_id, before, after], dumped as _digest dumps it.
        payload = canonical([prev_hash, *content])
        if sha256(payload.encode("utf-8")).hexdigest() != row_hash:
            found(row_id, f"第 {row_id} 条记录的内容被修改（与其哈希不符）")
            intact = False
        if prev_hash != previous:
            where = f"第 {last_id} 条与第 {row_id} 条之间" if last_id else f"第 {row_id} 条之前"
            found(
                row_id,
                f"{where}的记录被删除或替换（第 {row_id} 条链接的上一条记录不存在）",
            )
            intact = False
        if intact and not problems:
            checked += 1
        previous = row_hash
        last_id = row_id
    if more:
        problems.append(Problem(None, f"另有 {more} 处断裂未逐一列出"))
    first = problems[0] if problems else None
    return VerifyResult(
        checked=checked,
        broken_at=first.at if first else None,
        reason=first.reason if first else "",
        head=previous,
        problems=tuple(problems),
        total=total,
        head_id=last_id,
    )


#: What :func:`_digest` dumps with (json.dumps with these options builds this very encoder).
_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode

#: How SQLAlchemy stores a DateTime in SQLite (UTC, as :func:`record` gives it).
_SQLITE_AT = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}")

_CHAIN_SQL = (
    'SELECT id, at, actor, command, action, entity, entity_id, case_id, "before", "after", '
    "prev_hash, hash FROM journal ORDER BY id"
)


#: PostgreSQL gives ``at`` as the very text :func:`_digest` hashes (UTC, microseconds), so
#: no row's time is built into a datetime in the session's zone only to be written out again.
_CHAIN_SQL_PG = _CHAIN_SQL.replace(
    "SELECT id, at,",
    "SELECT id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"+00:00\"'),",
)


def _chain_rows(session: Session, batch: int) -> Iterator[tuple[int, list[Any], str, str]]:
    """(id, [at, actor, command, action, entity, entity_id, case_id, before, after],
    prev_hash, hash) of every journal row in id order, straight from the driver's cursor
    (PostgreSQL: a server-side cursor), with ``at`` as the ISO text :func:`_digest` hashes
    and before/after as the values SQLAlchemy would have given (JSON parsed)."""
    connection = session.connection()
    dialect = connection.dialect
    raw: Any = connection.connection.driver_connection
    if dialect.name == "postgresql":
        cursor = raw.cursor(name="fylink_journal_verify")
        cursor.itersize = batch
        cursor.execute(_CHAIN_SQL_PG)
        loads = None  # psycopg parses json itself, as SQLAlchemy lets it
    else:
        cursor = raw.cursor()
        cursor.execute(_CHAIN_SQL)
        loads = json.loads
    # SQLAlchemy's own reading of a stored time, for any text but its usual form.
    parse_at = _JOURNAL.c.at.type.dialect_impl(dialect).result_processor(dialect, None)
    fullmatch = _SQLITE_AT.fullmatch
    formatted = dialect.name == "postgresql"  # at: the hashed text already
    try:
        while rows := cursor.fetchmany(batch):
            for row_id, at, actor, command, action, entity, eid, cid, bef, aft, ph, h in rows:
                if formatted:
                    pass
                elif at.__class__ is str and fullmatch(at):
                    at = f"{at[:10]}T{at[11:]}+00:00"
                else:  # a datetime (PostgreSQL), or a value SQLite stored some other way
                    if parse_at is not None and not isinstance(at, datetime):
                        at = parse_at(at)
                    at = _utc(at).isoformat(timespec="microseconds")
                if loads is not None:
                    bef = None if bef is None else loads(bef)
                    aft = None if aft is None else loads(aft)
                yield row_id, [at, actor, command, action, entity, eid, cid, bef, aft], ph, h
    finally:
        cursor.close()
