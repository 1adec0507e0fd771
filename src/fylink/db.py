"""Engine, sessions and migrations.

One command is one transaction: :func:`session_scope` commits when the
block ends normally and rolls back on any exception. On SQLite, a writing
command takes the write lock at ``BEGIN IMMEDIATE`` so two clerks (or cron)
never deadlock half-way; readers use deferred transactions and WAL lets them
read while someone writes.
"""

import json
import operator
import os
import sqlite3
import stat
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Table, create_engine, event, insert, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlmodel import Session

from fylink.errors import DatabaseError

#: Head revision of the shipped migrations; a test keeps it equal to Alembic's head.
SCHEMA_HEAD = "0001"

BUSY_TIMEOUT_MS = 30_000


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
    return Path(parsed.database)


def make_engine(url: str, *, write: bool = True) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError(f"数据库地址“{url}”无法识别") from None
    try:
        if parsed.get_backend_name() == "sqlite":
            engine = create_engine(
                url,
                connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "isolation_level": None},
                json_serializer=json_serializer,
            )
            _prepare_sqlite(engine, write=write)
        else:
            engine = create_engine(url, pool_pre_ping=True, json_serializer=json_serializer)
    except (NoSuchModuleError, ImportError) as exc:
        raise DatabaseError(
            f"缺少数据库驱动（{exc}）；PostgreSQL 请安装：pip install 'fylink[postgres]'"
        ) from None
    return engine


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
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: object) -> None:
        connection.exec_driver_sql(begin)  # type: ignore[attr-defined]


def create_sqlite_file(path: Path) -> None:
    """Create an empty database file readable by its owner alone."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, stat.S_IRUSR | stat.S_IWUSR)
    os.close(fd)


def ensure_database_exists(url: str) -> None:
    path = sqlite_path(url)
    if path is not None and not path.exists():
        raise DatabaseError(
            f"数据库文件 {path} 不存在：请先运行 fylink init，或用 --db 指定已有的数据库"
        )


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check_schema(engine: Engine) -> None:
    """Refuse to work on a database whose schema is not the one this fylink knows."""
    try:
        revision = current_revision(engine)
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


@contextmanager
def session_scope(
    url: str, *, write: bool = True, actor: str = "", command: str = ""
) -> Iterator[Session]:
    """One command, one transaction. ``actor``/``command`` feed the journal."""
    ensure_database_exists(url)
    engine = make_engine(url, write=write)
    try:
        check_schema(engine)
        with Session(engine, expire_on_commit=False) as session:
            session.info["actor"] = actor
            session.info["command"] = command
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise
    except DBAPIError as exc:
        raise translate_error(exc) from None
    finally:
        engine.dispose()


def insert_many(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """INSERT many rows (all with the same keys) in one executemany, without RETURNING.

    The statement is compiled once and each value goes through the dialect's own bind
    processor, so what is stored is exactly what Core or the ORM would store; only the
    per-row bookkeeping of ``session.execute(insert(table), rows)`` is skipped, which is
    a fifth of the time of a bulk import's inserts.
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
        (index, process)
        for index, key in enumerate(order)
        if (process := table.c[key].type.dialect_impl(dialect).bind_processor(dialect))
    ]
    values = operator.itemgetter(*order)
    params: list[Any] = []
    for row in rows:
        item = list(values(row)) if len(order) > 1 else [row[order[0]]]
        for index, process in processors:
            if item[index] is not None:
                item[index] = process(item[index])
        params.append(tuple(item) if positional else dict(zip(order, item, strict=True)))
    connection.exec_driver_sql(compiled.string, params)


def translate_error(exc: SQLAlchemyError) -> DatabaseError:
    """Turn a driver error into one Chinese line."""
    original = getattr(exc, "orig", None) or exc
    message = str(original).lower()
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
    if "could not connect" in message or "connection refused" in message:
        return DatabaseError("无法连接数据库服务器：请检查地址、端口和服务是否启动")
    if "password authentication failed" in message or ("role" in message and "exist" in message):
        return DatabaseError("数据库登录失败：请检查用户名和密码")
    if "permission denied" in message:
        return DatabaseError("数据库拒绝了该操作：当前数据库用户没有权限")
    first_line = (
        str(original).strip().splitlines()[0] if str(original).strip() else type(exc).__name__
    )
    return DatabaseError(f"数据库错误：{first_line}")


# --- migrations -----------------------------------------------------------


def _alembic_config(url: str):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    config.attributes["url"] = url
    return config


def upgrade(url: str, revision: str = "head") -> tuple[str | None, str | None]:
    """Run migrations; return (revision before, revision after)."""
    from alembic import command

    path = sqlite_path(url)
    if path is not None and not path.exists():
        create_sqlite_file(path)
    engine = make_engine(url)
    try:
        before = current_revision(engine)
        config = _alembic_config(url)
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
        after = current_revision(engine)
    except DBAPIError as exc:
        raise translate_error(exc) from None
    finally:
        engine.dispose()
    return before, after
