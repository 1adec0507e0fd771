"""``fylink db copy``: a whole office from one database into another, across engines.

SQLite → PostgreSQL when the office outgrows a file, and back for a backup a clerk can open.
Every row of every table is copied with its id, in an order that satisfies the foreign keys
(the journal before its anchors), from one consistent snapshot of the source into one
transaction on the target: all or nothing. The journal's rows keep their hashes, so the
chain verifies on the copy (``fylink log --verify``); on PostgreSQL the database's own check
of every new journal row (``fylink_journal_check``) is switched off for the copy's
transaction where the login owns the tables, and the copy checks the chain itself as it
writes it (the trigger accepts each row as it comes otherwise). Sequences
are set past the copied ids on PostgreSQL, so the next insert takes the next id.

The target must be empty: a new SQLite file (created), a database without tables (migrated
to the current schema first) or one migrated but holding no record. A database with records
is refused before anything is written.

Times: the source gives a stored time as its driver reads it (naive UTC from SQLite, in the
session's zone from PostgreSQL); each is written as the target stores UTC, so a row's time —
and its journal hash — is the same instant on both sides.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Connection, DateTime, Table, func, insert, inspect, select, text
from sqlalchemy.exc import DBAPIError

from fylink import db, tables
from fylink.errors import ConflictError, DatabaseError

#: Rows read from the source and inserted into the target at a time.
BATCH = 5000
#: Rows the migrations themselves store (the PostgreSQL writer lock's one row): not copied.
_SEEDED = frozenset({"writer_lock"})
_NOT_DATA = _SEEDED | {"alembic_version"}

#: progress(rows copied so far, rows in all)
Progress = Callable[[int, int], None]


@dataclass
class CopyResult:
    source: str
    target: str
    #: table → rows copied, in the order copied
    counts: dict[str, int] = field(default_factory=dict)
    #: (id, hash) of the journal's last row on the target: equal to the source's
    journal_head: tuple[int, str] | None = None

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def copy_order() -> list[Table]:
    """The tables in an order that satisfies every foreign key; the journal's anchors after
    the journal (PostgreSQL checks that an anchor names a journal row that is there)."""
    order = [t for t in tables.metadata.sorted_tables if t.name not in _SEEDED]
    anchors = [t for t in order if t.name == "journal_anchor"]
    return [t for t in order if t.name != "journal_anchor"] + anchors


def copy_database(*, source: str, target: str, progress: Progress | None = None) -> CopyResult:
    """Copy every row of ``source`` into the empty ``target`` (URLs)."""
    if _same_database(source, target):
        raise ConflictError("源数据库与目标数据库相同：请给出另一个数据库")
    db.ensure_database_exists(source)
    created = _prepare_target(target)
    result = CopyResult(source=source, target=target)
    try:
        with db.read_scope(source) as reader:
            totals = {t.name: _count(reader, t) for t in copy_order()}
            engine = db.make_engine(target, write=True)
            try:
                with engine.begin() as writer:
                    db.lock_writers(writer)
                    _refuse_records(writer, target)
                    done = 0
                    whole = sum(totals.values())
                    if progress:
                        progress(0, whole)
                    # PostgreSQL: the journal's rows are checked here, as they are copied,
                    # instead of one by one by the database's trigger (see _ChainCheck)
                    chain = None
                    if writer.dialect.name == "postgresql" and _suspend_journal_check(writer):
                        chain = _ChainCheck()
                    for table in copy_order():
                        check = chain if table.name == "journal" else None
                        for copied in _copy_table(reader, writer, table, totals[table.name], check):
                            done += copied
                            if progress:
                                progress(done, whole)
                        result.counts[table.name] = totals[table.name]
                        if check is not None:
                            _resume_journal_check(writer)
                    if writer.dialect.name == "postgresql":
                        _set_sequences(writer)
                    _check_counts(writer, totals)
                    result.journal_head = _journal_head(writer)
                    if result.journal_head != _journal_head(reader):
                        raise DatabaseError("复制后变更日志的最新记录与源数据库不一致：已放弃复制")
            finally:
                engine.dispose()
    except DBAPIError as exc:
        _remove_created(created)
        raise db.translate_error(exc) from None
    except BaseException:
        _remove_created(created)
        raise
    return result


def _same_database(source: str, target: str) -> bool:
    from sqlalchemy.engine import make_url

    left, right = db.sqlite_path(source), db.sqlite_path(target)
    if left is not None or right is not None:
        return left is not None and right is not None and left.resolve() == right.resolve()
    a, b = make_url(source), make_url(target)
    return (a.host, a.port, a.database) == (b.host, b.port, b.database)


def _prepare_target(target: str) -> Path | None:
    """Give the target the current schema unless it has tables; refuse one with records or
    another schema. Returns the SQLite file created here (removed if the copy fails)."""
    path = db.sqlite_path(target)
    created = None
    if path is not None:
        if path.is_dir():
            raise ConflictError(f"{path} 是文件夹：请给出新的数据库文件名，如 {path / '副本.db'}")
        if not path.exists():  # (its folder is made too, as for a backup)
            try:
                db.create_sqlite_file(path)
            except OSError as exc:
                raise DatabaseError(f"无法创建数据库文件 {path}：{exc.strerror}") from None
            created = path
    try:
        engine = db.make_engine(target, write=False)
        try:
            with engine.connect() as connection:
                names = set(inspect(connection).get_table_names())
                if names:
                    _refuse_records(connection, target)
                    db.check_schema(connection)
        finally:
            engine.dispose()
        if not names:
            db.upgrade(target)
    except DBAPIError as exc:
        _remove_created(created)
        raise db.translate_error(exc) from None
    except BaseException:
        _remove_created(created)
        raise
    return created


def _refuse_records(connection: Connection, target: str) -> None:
    present = set(inspect(connection).get_table_names())
    for name in sorted(present - _NOT_DATA):
        if connection.execute(text(f'SELECT 1 FROM "{name}" LIMIT 1')).first() is not None:
            raise ConflictError(
                f"目标数据库 {db.display(target)} 已有数据：只能复制到空数据库，"
                "请新建一个数据库再复制（不会覆盖已有数据）"
            )


def _remove_created(path: Path | None) -> None:
    if path is None:
        return
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _count(connection: Connection, table: Table) -> int:
    return int(connection.execute(select(func.count()).select_from(table)).scalar() or 0)


def _copy_table(
    reader: Connection,
    writer: Connection,
    table: Table,
    total: int,
    check: "Callable[[list[dict[str, Any]]], None] | None" = None,
) -> Iterator[int]:
    """Insert ``table``'s rows, in id order, a batch at a time; yields each batch's size.
    ``check`` sees each batch as it will be written, before it is."""
    if not total:
        return
    times = [c.name for c in table.columns if isinstance(c.type, DateTime)]
    to_utc = _naive_utc if writer.dialect.name == "sqlite" else _aware_utc
    order = list(table.primary_key.columns) or list(table.columns)
    rows = reader.execute(
        select(table).order_by(*order).execution_options(stream_results=True, yield_per=BATCH)
    )
    statement = insert(table)
    for batch in rows.mappings().partitions():
        values = [dict(row) for row in batch]
        if times:
            for row in values:
                for name in times:
                    if row[name] is not None:
                        row[name] = to_utc(row[name])
        if check is not None:
            check(values)
        writer.execute(statement, values)
        yield len(values)


#: The PostgreSQL trigger that checks each new journal row (revision 0005).
_JOURNAL_TRIGGER = "fylink_journal_check"


def _suspend_journal_check(writer: Connection) -> bool:
    """PostgreSQL: switch the journal's row trigger off for this transaction, if this login
    may (the tables' owner); False, and nothing changed, otherwise.

    The trigger takes the writer lock, reads the head and recomputes the row's hash in
    PL/pgSQL for every row: nine tenths of a copy's time. The copy holds the writer lock
    already, and ALTER TABLE locks the journal against every other session until COMMIT,
    so no row but the copy's can arrive meanwhile; the copy checks its rows itself
    (:class:`_ChainCheck`) and the database re-checks a sample (:func:`_resume_journal_check`).
    The change is part of the transaction: if the copy fails, the trigger was never off."""
    try:
        with writer.begin_nested():
            writer.exec_driver_sql(f"ALTER TABLE journal DISABLE TRIGGER {_JOURNAL_TRIGGER}")
    except DBAPIError:
        return False
    return True


#: The database's own hash (``fylink_journal_digest``, revision 0005) of a sample of the
#: copied rows: the first, the last and every thousandth. Equal to fylink's on each, or the
#: copy is given up: the two computations agree on these rows' times and JSON as stored.
_SAMPLE_CHECK = text(
    "SELECT id FROM journal WHERE (mod(id, 1000) = 0"
    " OR id = (SELECT min(id) FROM journal) OR id = (SELECT max(id) FROM journal))"
    " AND hash IS DISTINCT FROM fylink_journal_digest(prev_hash, at, actor, command, action,"
    ' entity, entity_id, case_id, "before", "after") ORDER BY id LIMIT 1'
)


def _resume_journal_check(writer: Connection) -> None:
    writer.exec_driver_sql(f"ALTER TABLE journal ENABLE TRIGGER {_JOURNAL_TRIGGER}")
    wrong = writer.execute(_SAMPLE_CHECK).scalar()
    if wrong is not None:
        raise DatabaseError(f"复制后变更日志第 {wrong} 条的哈希经目标数据库核算不符：已放弃复制")


class _ChainCheck:
    """What the trigger checks, for the journal's rows as the copy writes them: each row
    follows the last (a higher id), links to its hash, and carries the hash of its own
    content (``journal._digest``, the hash ``log --verify`` recomputes)."""

    def __init__(self) -> None:
        from fylink.services import journal

        self.digest = journal._digest
        self.previous = journal.GENESIS
        self.last = 0

    def __call__(self, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            intact = row["id"] > self.last and row["prev_hash"] == self.previous
            if not intact or self.digest(self.previous, SimpleNamespace(**row)) != row["hash"]:
                raise DatabaseError(
                    f"源数据库的变更日志第 {row['id']} 条不在完整的哈希链上：已放弃复制"
                    "（请在源数据库运行 fylink log --verify 查看）"
                )
            self.previous, self.last = row["hash"], row["id"]


def _naive_utc(moment: datetime) -> datetime:
    """SQLite stores UTC without a zone (as SQLAlchemy writes datetime.now(UTC))."""
    return moment if moment.tzinfo is None else moment.astimezone(UTC).replace(tzinfo=None)


def _aware_utc(moment: datetime) -> datetime:
    """PostgreSQL: a time without a zone came from SQLite, where it is UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _set_sequences(writer: Connection) -> None:
    """Each id sequence continues after the largest id copied (at 1 for an empty table)."""
    for table in copy_order():
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        writer.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', 'id'), "
                f'coalesce(max(id), 1), max(id) IS NOT NULL) FROM "{table.name}"'
            )
        )


def _check_counts(writer: Connection, totals: dict[str, int]) -> None:
    for table in copy_order():
        copied = _count(writer, table)
        if copied != totals[table.name]:
            raise DatabaseError(
                f"复制后 {table.name} 表有 {copied} 条记录，源数据库有 {totals[table.name]} 条："
                "已放弃复制"
            )


def _journal_head(connection: Connection) -> tuple[int, str] | None:
    journal = tables.journal
    row = connection.execute(
        select(journal.c.id, journal.c.hash).order_by(journal.c.id.desc()).limit(1)
    ).first()
    return None if row is None else (int(row[0]), str(row[1]))
