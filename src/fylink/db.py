"""Engine, sessions and migrations, on SQLite and PostgreSQL.

One command is one transaction: :func:`session_scope` commits when the block
ends normally and rolls back on any exception. Writers are serialized on
both engines, readers never wait:

* **SQLite** — WAL journal, a 30 s busy timeout, and writers start with
  ``BEGIN IMMEDIATE`` so they take the write lock up front (two writers never
  deadlock half-way through a read-then-write). Readers use deferred
  transactions in ``query_only`` mode and read a consistent snapshot while
  someone writes.
* **PostgreSQL** — a writer first takes fylink's session-level advisory lock
  (the equivalent of ``BEGIN IMMEDIATE``, taken *before* the transaction so its
  snapshot includes every earlier writer's commit), then runs ``SERIALIZABLE``.
  Readers run ``REPEATABLE READ READ ONLY``: one consistent snapshot, never
  blocked, never aborted. A serialization failure or deadlock (possible only
  against writers that bypass fylink's lock, e.g. SQL typed in psql) surfaces
  as :class:`TransactionConflict`, and the CLI runs the whole command again
  (``cli.common.FylinkGroup``).

Because a command may be run again from the start, the code inside one
``session_scope`` must be re-runnable: it reads and writes only through the
session, and keeps effects outside the database (sending mail, writing
output files, printing results) until the transaction has committed.

:func:`read_scope` is the same read transaction as a bare Core connection, for
commands that only read through :mod:`fylink.tables` (the report): it spares them
importing the ORM (SQLAlchemy's and SQLModel's), a seventh of a command's start.
"""

from __future__ import annotations

import contextlib
import json
import operator
import os
import sqlite3
import stat
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, String, Table, create_engine, event, insert, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    NoSuchModuleError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.pool import NullPool

from fylink.domain.values import check_text
from fylink.errors import ConflictError, DatabaseError, FylinkError, InvalidInputError

if TYPE_CHECKING:
    from sqlalchemy.sql.expression import Executable
    from sqlmodel import Session

#: Head revision of the shipped migrations; a test keeps it equal to Alembic's head.
SCHEMA_HEAD = "0019"

BUSY_TIMEOUT_MS = 30_000

#: Key of fylink's writer lock on PostgreSQL (pg_advisory_lock). The journal's
#: transaction-level lock uses the same key, so a writer holding this lock
#: re-enters it for free.
WRITER_LOCK_KEY = 7_315_004_201

#: How many times the CLI runs a command whose transaction hit a serialization
#: failure or deadlock before giving up.
RETRY_ATTEMPTS = 5

#: SQLSTATEs after which the whole transaction may simply be run again.
RETRYABLE_SQLSTATES = frozenset({"40001", "40P01"})

#: Counters for tests and the curious: transactions retried in this process.
stats = {"conflicts": 0}


class TransactionConflict(DatabaseError):
    """A serialization failure or deadlock: running the command again may succeed."""


def backend(url: str) -> str:
    try:
        return make_url(url).get_backend_name()
    except ArgumentError:
        raise DatabaseError(f"数据库地址“{url}”无法识别") from None


class RawJSON(str):
    """JSON text already serialized: JSON columns store it as it is.

    Bulk writers (the journal of an import) serialize a value once and use the
    same text for its hash and its column.
    """


def json_serializer(value: object) -> str:
    """The engines' serializer for JSON columns: readable (no \\u escapes), RawJSON as is."""
    if isinstance(value, RawJSON):
        return value
    return json.dumps(value, ensure_ascii=False)


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL, or None for another engine / in-memory."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    if parsed.database.startswith("file:"):
        # URI filenames (…?mode=ro&uri=true): the path sits between "file:" and "?".
        return Path(parsed.database.removeprefix("file:").split("?", 1)[0])
    return Path(parsed.database)


def display(url: str) -> str:
    """The database as shown to people: a file path, or the URL without its password."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    return make_url(url).render_as_string(hide_password=True)


def make_engine(url: str, *, write: bool = True) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError(f"数据库地址“{url}”无法识别") from None
    try:
        if parsed.get_backend_name() == "sqlite":
            connect_args: dict[str, Any] = {
                "timeout": BUSY_TIMEOUT_MS / 1000,
                "isolation_level": None,
            }
            path = None if write else sqlite_path(url)
            if path is not None and read_only_uri(path) is not None:
                # The file (or its folder) is not ours to write: open it read-only, as
                # SQLite would refuse the -shm it needs otherwise.
                engine = create_engine(
                    url,
                    poolclass=NullPool,
                    json_serializer=json_serializer,
                    creator=lambda: connect_sqlite_for_reading(path),
                )
            else:
                engine = create_engine(
                    url,
                    poolclass=NullPool,
                    connect_args=connect_args,
                    json_serializer=json_serializer,
                )
            _prepare_sqlite(engine, write=write)
        elif parsed.get_backend_name() == "postgresql":
            engine = create_engine(
                url,
                poolclass=NullPool,
                json_serializer=json_serializer,
                # fylink has no HSTORE column: no look-up of the type on connecting
                use_native_hstore=False,
                connect_args={
                    "connect_timeout": 10,
                    "application_name": "fylink",
                    # Like SQLite's busy timeout: wait this long for a lock, then fail cleanly.
                    "options": f"-c lock_timeout={BUSY_TIMEOUT_MS}",
                },
            )
            _probe_postgres_once(engine)
        else:
            raise DatabaseError(
                f"不支持的数据库类型“{parsed.get_backend_name()}”：请使用 SQLite 文件或 PostgreSQL"
            )
    except (NoSuchModuleError, ImportError) as exc:
        raise DatabaseError(
            f"缺少数据库驱动（{exc}）；PostgreSQL 请安装：pip install 'fylink[postgres]'"
        ) from None
    return engine


#: What SQLAlchemy's PostgreSQL dialect asks the server on an engine's first connection, in
#: one statement instead of four (the server's version, the current schema, the default
#: isolation level, whether strings conform): each command opens a new engine, so these
#: round trips are part of every command's start (issue 21).
_POSTGRES_PROBE = (
    "SELECT current_setting('server_version_num')::int, current_schema(), "
    "upper(current_setting('transaction_isolation')), "
    "current_setting('standard_conforming_strings')"
)


def _probe_postgres_once(engine: Engine) -> None:
    """Answer the dialect's start-up questions from one round trip (see _POSTGRES_PROBE).

    ``initialize`` asks for the version first, through the hook replaced here; the other
    hooks read what that one query returned."""
    dialect: Any = engine.dialect
    found: dict[str, Any] = {}

    def version(connection: Connection) -> tuple[int, ...]:
        number, schema, isolation, strings = connection.exec_driver_sql(_POSTGRES_PROBE).one()
        found.update(schema=schema, isolation=isolation.replace("-", " "), strings=strings)
        major, minor = divmod(int(number), 10_000)
        return (major, minor) if major >= 10 else (major, minor // 100, minor % 100)

    def schema(connection: Connection) -> str:
        return str(found["schema"])

    def isolation(dbapi_connection: Any) -> str:
        return str(found["isolation"])

    def backslash_escapes(connection: Connection) -> None:
        dialect._backslash_escapes = found["strings"] == "off"

    dialect._get_server_version_info = version
    dialect._get_default_schema_name = schema
    dialect.get_default_isolation_level = isolation
    dialect._set_backslash_escapes = backslash_escapes


#: Engines by (url, write). Connections are never pooled (NullPool: each command
#: opens its own and closes it at the end); what an engine keeps between
#: commands run in one process (tests, a worker) is only its compiled SQL.
_engines: dict[tuple[str, bool], Engine] = {}
_ENGINE_CACHE_SIZE = 8


def engine_for(url: str, *, write: bool) -> Engine:
    key = (url, write)
    engine = _engines.pop(key, None) or make_engine(url, write=write)
    _engines[key] = engine  # most recently used last
    while len(_engines) > _ENGINE_CACHE_SIZE:
        _engines.pop(next(iter(_engines))).dispose()
    return engine


def connect_sqlite_for_reading(path: Path) -> sqlite3.Connection:
    """A driver connection that only reads ``path``: read-only where the file is not ours."""
    uri = read_only_uri(path)
    timeout = BUSY_TIMEOUT_MS / 1000
    if uri is None:
        return sqlite3.connect(path, timeout=timeout, isolation_level=None)
    return sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)


def read_only_uri(path: Path) -> str | None:
    """A ``file:`` URI that opens a database this process may not write, or None.

    A reader of a WAL database needs its -shm index: when the file or its folder is
    read-only (a copy on a share, a backup, a file the clerk may only read) SQLite would
    try to create or write it and fail. ``mode=ro`` reads through an existing -shm;
    with none there and no way to create one, ``immutable=1`` reads the file as it is —
    nobody can be writing it then, as a writer needs the same -shm.
    """
    if not path.exists():
        return None
    folder = path.resolve().parent
    shm = Path(f"{path}-shm")
    writable = os.access(path, os.W_OK) and os.access(folder, os.W_OK | os.X_OK)
    if writable and (not shm.exists() or os.access(shm, os.W_OK)):
        return None
    uri = path.resolve().as_uri() + "?mode=ro"
    if not shm.exists() and not os.access(folder, os.W_OK | os.X_OK):
        uri += "&immutable=1"
    return uri


def _prepare_sqlite(engine: Engine, *, write: bool) -> None:
    # With the driver in autocommit mode we issue BEGIN ourselves: IMMEDIATE for
    # writers takes the write lock up front (no upgrade deadlock), deferred for readers.
    begin = "BEGIN IMMEDIATE" if write else "BEGIN"

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if write:
            # WAL is a property of the file: set once (by the first writer, normally
            # `fylink init`), after which this is a read of the header.
            mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() != "wal":
                _switch_to_wal(cursor)
        else:
            cursor.execute("PRAGMA query_only = ON")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql(begin)


def _switch_to_wal(cursor: sqlite3.Cursor) -> None:
    """Put a new database file in WAL mode, waiting as a writer would for the file.

    The switch needs the file to itself, and SQLite answers "locked" at once rather than
    waiting out the busy timeout: without this, a second process opening a brand-new
    database (a clerk's second window, cron) made the first `fylink init` fail.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(0.05)


def create_sqlite_file(path: Path) -> None:
    """Create an empty database file readable by its owner alone.

    SQLite gives its -wal and -shm files the mode of the database file.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, stat.S_IRUSR | stat.S_IWUSR)
    os.close(fd)


def ensure_database_exists(url: str) -> None:
    path = sqlite_path(url)
    if path is not None and not path.exists():
        raise DatabaseError(
            f"数据库文件 {path} 不存在：请先运行 fylink init，或用 --db 指定已有的数据库"
        )


def current_revision(connection: Connection | Engine) -> str | None:
    if isinstance(connection, Engine):
        with connection.connect() as own:
            return current_revision(own)
    if connection.dialect.name == "sqlite":
        # One query, no Inspector: on SQLite a failed statement leaves the transaction
        # usable, so a missing table is told by the error (a read command's start, #21).
        try:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError as exc:
            if "no such table" in str(exc.orig):
                return None
            raise
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _revision_or_none(connection: Connection) -> str | None:
    """``alembic_version`` read at once, without asking first whether the table is there
    (a round trip to the catalog on PostgreSQL): a database without it has no revision.
    The failed statement leaves the transaction unusable; the caller refuses the database."""
    try:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError as exc:
        orig = exc.orig
        missing = getattr(orig, "sqlstate", None) == "42P01" or (  # undefined_table
            isinstance(orig, sqlite3.OperationalError) and "no such table" in str(orig)
        )
        if not missing:
            raise
        return None


def check_schema(connection: Connection | Engine) -> None:
    """Refuse to work on a database whose schema is not the one this fylink knows."""
    try:
        if isinstance(connection, Engine):
            revision = current_revision(connection)
        else:
            revision = _revision_or_none(connection)
    except SQLAlchemyError as exc:
        raise translate_error(exc) from None
    if revision == SCHEMA_HEAD:
        return
    if revision is None:
        raise DatabaseError("该数据库尚未初始化（不是 fylink 数据库）：请运行 fylink init")
    if revision < SCHEMA_HEAD:
        raise DatabaseError(
            f"数据库结构版本 {revision} 低于程序所需的 {SCHEMA_HEAD}："
            "请先备份，再运行 fylink db upgrade"
        )
    raise DatabaseError(f"数据库结构版本 {revision} 由更新版本的 fylink 创建：请升级 fylink")


#: fylink's writer lock on PostgreSQL: a table lock only fylink's roles are granted on
#: (see models.WriterLock and sql/roles.sql). EXCLUSIVE conflicts with itself and with
#: every write, not with plain reads (ACCESS SHARE), so readers never wait.
WRITER_LOCK_SQL = "LOCK TABLE writer_lock IN EXCLUSIVE MODE"


def lock_writers(connection: Connection) -> None:
    """PostgreSQL: take fylink's writer lock for the rest of this transaction (again, if
    held already: free). As a transaction's first statement it also makes the
    transaction's snapshot include every earlier writer's commit. No-op on SQLite."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(WRITER_LOCK_SQL)


def _lock_or_check(session: Session) -> None:
    """The writer lock as a writer's first statement; a database without the lock table
    (an older schema) gets check_schema's answer instead of an SQL error."""
    try:
        lock_writers(session.connection())
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) != "42P01":  # undefined_table
            raise
        session.rollback()
        check_schema(session.connection())
        raise


def _take_writer_lock(connection: Connection) -> None:
    """PostgreSQL: wait for fylink's advisory lock outside any transaction (migrations
    only, which may run before the writer_lock table exists).

    Session-level, so it is held from before the transaction's snapshot until
    it is released after COMMIT (or the connection closes, e.g. when the
    process is killed).
    """
    connection.execution_options(isolation_level="AUTOCOMMIT")
    connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": WRITER_LOCK_KEY})
    connection.commit()


def _release_writer_lock(connection: Connection) -> None:
    try:
        connection.rollback()
        connection.execution_options(isolation_level="AUTOCOMMIT")
        connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": WRITER_LOCK_KEY})
        connection.commit()
    except SQLAlchemyError:
        pass  # a broken connection: closing it releases the lock


def _database_user(session: Session) -> str:
    return str(session.execute(text("SELECT current_user")).scalar() or "")


def journal_actor(actor: str, db_user: str) -> str:
    """Who the journal names: the person, and on PostgreSQL the database login.

    ``FYLINK_USER`` is whatever the clerk typed; the database user is what the
    server authenticated. When they differ the journal keeps both, as
    ``person@dbuser`` (the liaisons' row-level policy checks that suffix).
    """
    if not db_user or actor == db_user:
        return actor or db_user
    return f"{actor or 'unknown'}@{db_user}"


@contextmanager
def session_scope(
    url: str, *, write: bool = True, actor: str = "", command: str = ""
) -> Iterator[Session]:
    """One command, one transaction. ``actor``/``command`` feed the journal."""
    from sqlmodel import Session

    ensure_database_exists(url)
    engine = engine_for(url, write=write)
    postgres = engine.dialect.name == "postgresql"
    try:
        with engine.connect() as connection:
            if postgres and write:
                connection.execution_options(isolation_level="SERIALIZABLE")
            elif postgres:
                connection.execution_options(
                    isolation_level="REPEATABLE READ", postgresql_readonly=True
                )
            with Session(bind=connection, expire_on_commit=False) as session:
                try:
                    if postgres and write:
                        _lock_or_check(session)
                    check_schema(session.connection())
                    if postgres and write:  # (a reader writes no journal row)
                        actor = journal_actor(actor, _database_user(session))
                    session.info["actor"] = actor
                    session.info["command"] = command
                    event.listen(session, "before_flush", _check_lengths)
                    yield session
                    session.commit()
                except BaseException:
                    session.rollback()
                    raise
    except DBAPIError as exc:
        raise translate_error(exc) from None


@contextmanager
def read_scope(url: str) -> Iterator[Connection]:
    """One read-only transaction on a Core connection: the reading half of
    :func:`session_scope`, without the ORM."""
    ensure_database_exists(url)
    engine = engine_for(url, write=False)
    try:
        with engine.connect() as connection:
            if engine.dialect.name == "postgresql":
                connection.execution_options(
                    isolation_level="REPEATABLE READ", postgresql_readonly=True
                )
            with connection.begin():
                check_schema(connection)
                yield connection
    except DBAPIError as exc:
        raise translate_error(exc) from None


#: What the clerk calls a stored text column, for the refusals below ("单位名称 含有…").
_FIELD_LABELS = {
    ("unit", "name"): "单位名称",
    ("unit", "short_name"): "单位简称",
    ("unit", "liaison_name"): "联络员",
    ("unit", "liaison_phone"): "联络电话",
    ("unit", "liaison_email"): "联络邮箱",
    ("person", "name"): "姓名",
    ("person", "title"): "职务",
    ("person", "phone"): "电话",
    ("person", "email"): "邮箱",
    ("party", "name"): "当事人名称",
    ("cases", "case_no"): "案号/编号",
    ("cases", "court"): "受理法院或复议机关",
    ("cases", "field"): "领域",
    ("cases", "summary"): "案情摘要",
    ("case_event", "note"): "动态说明",
    ("meeting", "place"): "会议地点",
    ("meeting", "chair"): "主持人",
    ("meeting", "topics"): "议题",
    ("meeting", "opening"): "纪要开头段落",
    ("attendance", "name"): "参会人员",
    ("attendance", "note"): "参会备注",
    ("attendance", "affiliation"): "所在单位",
    ("meeting", "series"): "会议系列",
    ("task", "list_section"): "双清单分类",
    ("task", "lead_group"): "牵头单位",
    ("task_draft", "list_section"): "双清单分类",
    ("task_draft", "list_no"): "双清单序号",
    ("double_list", "name"): "双清单名称",
    ("task", "content"): "任务内容",
    ("task", "leader"): "牵头领导",
    ("task", "list_no"): "双清单序号",
    ("task", "note"): "任务备注",
    ("task", "signed_off_by"): "销号人",
    ("task_progress", "note"): "进展情况",
    ("task_progress", "author"): "记录人",
    ("suggestion", "doc_no"): "文号",
    ("suggestion", "issuer"): "发出机关",
    ("suggestion", "summary"): "建议内容摘要",
    ("suggestion", "reply_summary"): "反馈摘要",
    ("notice_reply", "summary"): "报送内容摘要",
    ("notice_reply", "file_name"): "报送材料文件名",
    ("office", "name"): "办公室名称",
    ("office", "meeting_name"): "联席会议名称",
    ("office", "region"): "地区",
    ("calendar_override", "note"): "假日说明",
    ("report_snapshot", "published_by"): "发布人",
}
_COLUMN_LABELS = {"note": "备注", "region": "地区", "kind": "类型", "name": "名称"}


def field_label(table: str, column: str) -> str:
    """The clerk's name of a stored text column; its table.column where none is known."""
    return _FIELD_LABELS.get((table, column)) or _COLUMN_LABELS.get(column) or f"{table}.{column}"


def _check_lengths(session: Session, _context: Any, _instances: Any) -> None:
    """Refuse text longer than its column on every engine (PostgreSQL enforces
    VARCHAR lengths, SQLite does not): same input, same answer. Nothing is cut: a value
    too long is refused with its limit. Text with control characters is refused too."""
    for record in (*session.new, *session.dirty):
        table = getattr(record, "__table__", None)
        if table is None:
            continue
        for column in table.columns:
            value = getattr(record, column.key, None)
            if isinstance(value, str):
                limit = getattr(column.type, "length", None)
                check_text(value, what=field_label(table.name, column.key), limit=limit)


def is_retryable(exc: BaseException) -> bool:
    original = getattr(exc, "orig", None) or exc
    return getattr(original, "sqlstate", None) in RETRYABLE_SQLSTATES


def driver_batches(
    connection: Connection, statement: Executable, batch: int
) -> Iterator[Sequence[Sequence[Any]]]:
    """The rows of a Core ``statement``, ``batch`` at a time, holding what the driver gives
    (issue 21: a bulk read formats them itself). SQLAlchemy compiles the statement and binds
    its parameters as for any execution; its per-row result processing is skipped. SQLite:
    the rows come from the sqlite3 cursor as it steps, dates as the ISO text stored and
    booleans as 0/1. PostgreSQL: a server-side cursor; psycopg gives dates, booleans and
    numbers itself, so SQLAlchemy's rows there hold the driver's values already."""
    if connection.dialect.name == "sqlite":
        # No stream_results: SQLAlchemy then fetches nothing ahead of the caller.
        result = connection.execute(statement)
        cursor = result.cursor
        try:
            while rows := cursor.fetchmany(batch):
                yield rows
        finally:
            result.close()
        return
    streamed = statement.execution_options(stream_results=True, yield_per=batch)
    result = connection.execute(streamed)
    try:
        yield from result.partitions()
    finally:
        result.close()


def stored_date(value: Any) -> date:
    """A date as a driver gives it (:func:`driver_batches`): a date (PostgreSQL), or text
    SQLite holds, read as SQLAlchemy reads it."""
    if isinstance(value, date):
        return value
    from sqlalchemy import Date
    from sqlalchemy.dialects import sqlite

    dialect = sqlite.dialect()
    parse = Date().dialect_impl(dialect).result_processor(dialect, None)
    assert parse is not None
    parsed = parse(value)
    assert isinstance(parsed, date)
    return parsed


def driver_rows(
    connection: Connection, statement: Executable, parameters: Mapping[str, Any]
) -> Sequence[Sequence[Any]]:
    """All the rows of ``statement`` as the driver gives them (see :func:`driver_batches`),
    for a query of a few thousand rows."""
    result = connection.execute(statement, parameters)
    try:
        if connection.dialect.name == "sqlite":
            return result.cursor.fetchall()
        return result.all()
    finally:
        result.close()


def insert_many(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """INSERT many rows (all with the same keys) in one executemany, without RETURNING.

    The statement is compiled once and each value goes through the dialect's own bind
    processor, so what is stored is exactly what Core or the ORM would store; only the
    per-row bookkeeping of ``session.execute(insert(table), rows)`` is skipped, which is
    a fifth of the time of a bulk import's inserts. A column's values repeat (the same
    dates, flags, creation time), so each distinct value is processed once per call.
    """
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    keys = list(rows[0])
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    positional = compiled.positiontup is not None
    order = list(compiled.positiontup) if positional else keys  # type: ignore[arg-type]
    processors = [
        (index, _remembering(bind))
        for index, key in enumerate(order)
        if (bind := table.c[key].type.dialect_impl(dialect).bind_processor(dialect))
    ]
    values = operator.itemgetter(*order)
    # The bulk path skips the ORM's flush check: stored text is checked here, once per
    # distinct value (control characters, the column's length). A temporary table of
    # look-up keys stores nothing; its rows are checked where they go.
    temporary = "TEMPORARY" in [str(prefix).upper() for prefix in table._prefixes]
    texts = [
        (index, _remembering(_text_check(table.name, key, kind.length)))
        for index, key in enumerate(order)
        if isinstance(kind := table.c[key].type, String) and not temporary
    ]
    params: list[Any] = []
    for row in rows:
        item = list(values(row)) if len(order) > 1 else [row[order[0]]]
        for index, check in texts:
            if isinstance(item[index], str):
                check(item[index])
        for index, process in processors:
            if item[index] is not None:
                item[index] = process(item[index])
        params.append(tuple(item) if positional else dict(zip(order, item, strict=True)))
    connection.exec_driver_sql(compiled.string, params)


def _text_check(table: str, column: str, limit: int | None) -> Callable[[str], None]:
    what = field_label(table, column)

    def check(value: str) -> None:
        check_text(value, what=what, limit=limit)

    return check


def _remembering(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``process`` remembering its result per value (and type: True == 1 == 1.0)."""
    seen: dict[tuple[type, Any], Any] = {}

    def processed(value: Any) -> Any:
        try:
            key = (type(value), value)
            return seen[key]
        except KeyError:
            result = seen[key] = process(value)
            return result
        except TypeError:  # unhashable (a JSON document)
            return process(value)

    return processed


def translate_error(exc: SQLAlchemyError) -> FylinkError:
    """Turn a driver error into one Chinese line."""
    original = getattr(exc, "orig", None) or exc
    sqlstate = getattr(original, "sqlstate", None) or ""
    message = str(original).lower()
    first_line = (
        str(original).strip().splitlines()[0] if str(original).strip() else type(exc).__name__
    )
    if sqlstate in RETRYABLE_SQLSTATES:
        return TransactionConflict(
            "数据库并发冲突：其他人同时修改了相同的记录，多次重试仍未成功，请稍后再试"
        )
    if sqlstate == "55P03" or sqlstate == "57014":
        return DatabaseError("数据库正被其他进程占用，等待超时：请稍后重试")
    if sqlstate == "3D000":
        return DatabaseError(
            "数据库服务器上没有这个数据库：请先创建数据库（见手册 docs/database.md），"
            "再运行 fylink db upgrade"
        )
    if sqlstate.startswith("28"):
        return DatabaseError("数据库登录失败：请检查用户名和密码")
    if sqlstate == "42501" and "row-level security" in message:
        return DatabaseError(
            "数据库拒绝了该操作：行级安全策略不允许当前数据库用户写入这条记录"
            "（联络员只能为本单位牵头的事项记录进展）"
        )
    if sqlstate == "42501" or "permission denied" in message:
        return DatabaseError("数据库拒绝了该操作：当前数据库用户没有权限")
    if sqlstate == "23505" or "unique constraint failed" in message:
        return ConflictError(f"与已有记录重复，未写入：{first_line}")
    if sqlstate == "22001":
        return InvalidInputError(f"内容过长，未写入：{first_line}")
    if sqlstate.startswith("08") or sqlstate == "57P01":
        return DatabaseError("与数据库服务器的连接中断：请检查服务器后重试")
    if "database" in message and "does not exist" in message:
        return DatabaseError(
            "数据库服务器上没有这个数据库：请先创建数据库（见手册 docs/database.md），"
            "再运行 fylink db upgrade"
        )
    if "password authentication failed" in message or ("role" in message and "exist" in message):
        return DatabaseError("数据库登录失败：请检查用户名和密码")
    if "file is not a database" in message or "malformed" in message:
        return DatabaseError(
            "数据库文件已损坏或不是 SQLite 数据库：请从备份恢复（fylink db backup）"
        )
    if "readonly" in message or "read-only" in message:
        return DatabaseError("数据库文件只读，无法写入：请检查文件和所在文件夹的写权限")
    if "locked" in message or "busy" in message:
        return DatabaseError("数据库正被其他进程占用，等待超时：请稍后重试")
    if "unable to open" in message:
        return DatabaseError("无法打开数据库文件：请检查路径和权限")
    if (
        "could not connect" in message
        or "connection refused" in message
        or "connection failed" in message
    ):
        return DatabaseError("无法连接数据库服务器：请检查地址、端口和服务是否启动")
    return DatabaseError(f"数据库错误：{first_line}")


# --- migrations -----------------------------------------------------------


def _alembic_config(url: str):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    config.attributes["url"] = url
    return config


def upgrade(url: str, revision: str = "head") -> tuple[str | None, str | None]:
    """Run migrations; return (revision before, revision after).

    Runs under the writer lock, so two clerks upgrading at once (or a clerk
    upgrading while cron writes) simply take turns.
    """
    from alembic import command

    path = sqlite_path(url)
    if path is not None and not path.exists():
        # Another process may have created it a moment ago: the write lock sorts us out.
        with contextlib.suppress(FileExistsError):
            create_sqlite_file(path)
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            postgres = engine.dialect.name == "postgresql"
            if postgres:
                _take_writer_lock(connection)
                connection.execution_options(isolation_level="READ COMMITTED")
            try:
                with connection.begin():
                    if postgres and inspect(connection).has_table("writer_lock"):
                        lock_writers(connection)  # keep fylink's writers out meanwhile
                    before = current_revision(connection)
                    config = _alembic_config(url)
                    config.attributes["connection"] = connection
                    command.upgrade(config, revision)
                    after = current_revision(connection)
            finally:
                if postgres:
                    _release_writer_lock(connection)
    except DBAPIError as exc:
        raise translate_error(exc) from None
    finally:
        engine.dispose()
    return before, after
