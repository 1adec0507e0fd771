"""The database layer on both engines: locks, isolation, retries, errors, files."""

import contextlib
import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from fylink import db
from fylink.errors import DatabaseError
from helpers import db_dump

SRC = Path(__file__).resolve().parents[1] / "src"
CASE = "（2025）豫0591行初5号"


def _add_case(cli, number: str = CASE):
    result = cli(
        "case",
        "add",
        number,
        "--category",
        "行政诉讼",
        "--unit",
        "县人社局",
        "--filed",
        "2025-03-01",
    )
    assert result.exit_code == 0, result.output
    return result


def _scalar(url: str, sql: str, **params: object) -> object:
    engine = create_engine(url)
    with engine.connect() as connection:
        value = connection.execute(text(sql), params).scalar()
    engine.dispose()
    return value


# --- SQLite -------------------------------------------------------------------


@pytest.mark.sqlite_only
def test_sqlite_writer_takes_the_write_lock_at_begin(db_url, initialized):
    path = db_url.removeprefix("sqlite:///")
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    with db.session_scope(db_url, write=True) as session:
        session.connection()  # BEGIN IMMEDIATE, nothing written yet
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")  # released at commit
    other.execute("ROLLBACK")
    with db.session_scope(db_url, write=False) as session:
        session.connection()
        other.execute("BEGIN IMMEDIATE")  # a reader never blocks a writer (WAL)
        other.execute("ROLLBACK")
    other.close()


@pytest.mark.sqlite_only
def test_sqlite_database_wal_and_shm_files_are_private(db_url, initialized, cli):
    old = os.umask(0o022)
    try:
        path = Path(db_url.removeprefix("sqlite:///"))
        reader = sqlite3.connect(path)  # keeps the WAL from being folded back at close
        reader.execute("SELECT count(*) FROM unit").fetchone()
        _add_case(cli)
        assert db.sqlite_path(db_url) == path
        for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            assert file.exists(), file
            assert file.stat().st_mode & 0o077 == 0, (file, oct(file.stat().st_mode))
        reader.close()
    finally:
        os.umask(old)


def test_two_upgrades_at_once_both_succeed(fresh_db_url):
    def upgrade() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "fylink", "--db", fresh_db_url, "db", "upgrade"],
            env={**os.environ, "PYTHONPATH": str(SRC)},
            capture_output=True,
            text=True,
            check=False,
        )

    results: list[subprocess.CompletedProcess[str]] = []
    threads = [threading.Thread(target=lambda: results.append(upgrade())) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [r.returncode for r in results] == [0, 0], [r.stderr for r in results]
    assert sum("已升级" in r.stdout for r in results) == 1


# --- both engines -------------------------------------------------------------


def test_reader_session_cannot_write(db_url, initialized):
    from datetime import date

    from fylink.models import CalendarOverride

    def write_in_a_read_session() -> None:
        with db.session_scope(db_url, write=False) as session:
            session.add(CalendarOverride(day=date(2025, 1, 2), kind="休息日"))
            session.flush()

    before = db_dump(db_url)
    with pytest.raises(DatabaseError):
        write_in_a_read_session()
    assert db_dump(db_url) == before


def test_journal_names_the_database_user_when_it_is_not_the_clerk(
    db_url, initialized, cli, engine_name, monkeypatch
):
    monkeypatch.setenv("FYLINK_USER", "王五")
    _add_case(cli)
    actor = _scalar(db_url, "SELECT actor FROM journal ORDER BY id DESC LIMIT 1")
    if engine_name == "postgresql":
        assert actor == "王五@测试员"  # the tests' login is called 测试员
    else:
        assert actor == "王五"


def test_journal_actor_is_the_login_alone_when_the_clerk_is_the_login():
    assert db.journal_actor("zhang", "zhang") == "zhang"
    assert db.journal_actor("张三", "liaison_rsj") == "张三@liaison_rsj"
    assert db.journal_actor("张三", "") == "张三"


def test_too_long_text_is_refused_alike_on_every_engine(db_url, initialized, cli):
    before = db_dump(db_url)
    result = cli("unit", "add", "示范县" + "很" * 120 + "局")
    assert result.exit_code == 3
    assert result.stderr.startswith("错误：内容过长：单位名称 最多 100 个字符")
    assert db_dump(db_url) == before


def test_conflict_reruns_the_whole_command(db_url, initialized, cli, monkeypatch):
    """A transaction that lost a conflict is rolled back and the command run afresh."""
    from fylink.services import cases

    original = cases.add_case
    calls = []

    def conflicted_once(**kwargs):
        calls.append(1)
        case = original(**kwargs)  # writes the case and its journal rows ...
        if len(calls) == 1:  # ... then loses the conflict: all of it is rolled back
            raise db.TransactionConflict("模拟的并发冲突")
        return case

    monkeypatch.setattr(cases, "add_case", conflicted_once)
    conflicts = db.stats["conflicts"]
    result = _add_case(cli)
    assert len(calls) == 2
    assert db.stats["conflicts"] == conflicts + 1
    assert "已登记" in result.stdout
    assert _scalar(db_url, "SELECT count(*) FROM cases") == 1
    assert _scalar(db_url, "SELECT count(*) FROM journal WHERE entity = 'case'") == 1
    assert cli("log", "--verify").exit_code == 0


def test_conflict_gives_up_after_the_last_attempt(db_url, initialized, cli, monkeypatch):
    from fylink.services import cases

    calls = []

    def always_conflicts(**kwargs):
        calls.append(1)
        raise db.TransactionConflict(db.translate_error(_sqlstate_error("40001")).message)

    monkeypatch.setattr(cases, "add_case", always_conflicts)
    monkeypatch.setattr(time, "sleep", lambda _: None)
    before = db_dump(db_url)
    result = cli(
        "case", "add", CASE, "--category", "行政诉讼", "--unit", "县人社局", "--filed", "2025-03-01"
    )
    assert result.exit_code == 6
    assert result.stderr.startswith("错误：数据库并发冲突")
    assert len(calls) == db.RETRY_ATTEMPTS
    assert db_dump(db_url) == before


def _sqlstate_error(sqlstate: str):
    from sqlalchemy.exc import DBAPIError

    class Driver(Exception):
        pass

    error = Driver("could not serialize access")
    error.sqlstate = sqlstate  # type: ignore[attr-defined]
    return DBAPIError("SELECT 1", None, error)


@pytest.mark.parametrize(
    ("sqlstate", "kind", "start"),
    [
        ("40001", db.TransactionConflict, "数据库并发冲突"),
        ("40P01", db.TransactionConflict, "数据库并发冲突"),
        ("55P03", DatabaseError, "数据库正被其他进程占用"),
        ("42501", DatabaseError, "数据库拒绝了该操作"),
        ("3D000", DatabaseError, "数据库服务器上没有这个数据库"),
    ],
)
def test_driver_errors_become_one_chinese_line(sqlstate, kind, start):
    error = db.translate_error(_sqlstate_error(sqlstate))
    assert type(error) is kind
    assert error.message.startswith(start)
    assert db.is_retryable(_sqlstate_error(sqlstate)) == (kind is db.TransactionConflict)


@pytest.mark.parametrize("tz", ["Asia/Shanghai", "America/New_York"])
def test_journal_verifies_in_any_time_zone(db_url, initialized, cli, tz, monkeypatch):
    """SQLite hands times back without their zone: they must not be read as local time."""
    monkeypatch.setenv("TZ", tz)
    time.tzset()
    try:
        _add_case(cli)
        result = cli("log", "--verify")
    finally:
        monkeypatch.undo()
        time.tzset()
    assert result.exit_code == 0, result.stderr
    assert "变更日志完好" in result.stdout


def test_unreachable_server_is_one_line(cli):
    result = cli("--db", "postgresql+psycopg://fylink@127.0.0.1:1/fylink", "case", "list")
    assert result.exit_code == 6
    assert result.stderr == "错误：无法连接数据库服务器：请检查地址、端口和服务是否启动\n"


def test_db_path_never_shows_the_password(cli):
    result = cli("--db", "postgresql+psycopg://office:s3cret@db.example/fylink", "db", "path")
    assert result.exit_code == 0
    assert "s3cret" not in result.stdout
    assert "postgresql+psycopg://office:***@db.example/fylink" in result.stdout


# --- PostgreSQL ---------------------------------------------------------------


@pytest.mark.postgres
def test_pg_missing_database_is_one_line(pg_url, cli):
    from sqlalchemy.engine import make_url

    missing = make_url(pg_url).set(database="fylink_no_such_db").render_as_string(False)
    result = cli("--db", missing, "case", "list")
    assert result.exit_code == 6
    assert result.stderr.startswith("错误：数据库服务器上没有这个数据库")


@pytest.mark.postgres
def test_pg_isolation_and_writer_lock(pg_url, pg_admin_url, initialized):
    import psycopg
    from sqlalchemy.engine import make_url

    other = psycopg.connect(
        make_url(pg_admin_url).set(drivername="postgresql").render_as_string(False),
        autocommit=True,
    )

    def lock_free() -> bool:
        held = other.execute(
            "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation"
            " WHERE c.relname = 'writer_lock' AND l.mode = 'ExclusiveLock' AND l.granted"
        ).fetchone()
        return held is not None and held[0] == 0

    with db.session_scope(pg_url, write=True) as session:
        assert session.execute(text("SHOW transaction_isolation")).scalar() == "serializable"
        assert not lock_free()  # one writer at a time, as SQLite's BEGIN IMMEDIATE
    assert lock_free()
    with db.session_scope(pg_url, write=False) as session:
        assert session.execute(text("SHOW transaction_isolation")).scalar() == "repeatable read"
        assert session.execute(text("SHOW transaction_read_only")).scalar() == "on"
        assert lock_free()  # readers never take it
    other.close()


@pytest.mark.postgres
def test_pg_serialization_failure_is_retried_transparently(pg_url, initialized, cli):
    """A writer outside fylink (psql) changes the row fylink is about to change.

    fylink's SERIALIZABLE transaction fails with 40001 when the other one
    commits; the CLI runs the command again and it succeeds on fresh data.
    """
    import psycopg
    from sqlalchemy.engine import make_url

    _add_case(cli)
    outside = psycopg.connect(make_url(pg_url).set(drivername="postgresql").render_as_string(False))
    outside.execute("UPDATE cases SET summary = '外部修改' WHERE id = 1")  # row lock held
    results = []
    conflicts = db.stats["conflicts"]
    worker = threading.Thread(
        target=lambda: results.append(cli("case", "update", CASE, "--summary", "办公室修改"))
    )
    worker.start()
    watcher = psycopg.connect(
        make_url(pg_url).set(drivername="postgresql").render_as_string(False), autocommit=True
    )
    deadline = time.monotonic() + 20
    while True:  # until fylink waits for the row lock
        waiting = watcher.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'fylink'"
            " AND wait_event_type = 'Lock'"
        ).fetchone()
        if waiting and waiting[0]:
            break
        assert time.monotonic() < deadline
        time.sleep(0.02)
    outside.commit()
    worker.join(timeout=30)
    outside.close()
    watcher.close()
    assert results[0].exit_code == 0, results[0].stderr
    assert db.stats["conflicts"] == conflicts + 1
    assert _scalar(pg_url, "SELECT summary FROM cases WHERE id = 1") == "办公室修改"
    updates = _scalar(
        pg_url, "SELECT count(*) FROM journal WHERE entity = 'case' AND action = 'update'"
    )
    assert updates == 1
    assert cli("log", "--verify").exit_code == 0


@pytest.mark.sqlite_only
def test_init_waits_for_a_brand_new_file_held_by_another_process(tmp_path):
    """Switching a new file to WAL needs it to itself; SQLite answers "locked" at once
    instead of waiting, so `fylink init` used to fail (exit 6) when another process had
    the new file open for writing at that moment. It waits, as for any writer."""
    path = tmp_path / "fylink.db"
    path.touch()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    init = subprocess.Popen(
        [sys.executable, "-m", "fylink", "--db", str(path), "init"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # Hold the file until init has it open (it is then waiting for us), not for a time.
        deadline = time.monotonic() + 60
        while not _has_open(init.pid, path):
            assert init.poll() is None, init.communicate()
            assert time.monotonic() < deadline, "init never opened the database"
            time.sleep(0.01)
        assert init.poll() is None, "init finished while the file was held"
    finally:
        holder.rollback()
        holder.close()
    _, errors = init.communicate(timeout=60)
    assert init.returncode == 0, errors


def _has_open(pid: int, path: Path) -> bool:
    """Has process ``pid`` the file ``path`` open (Linux: /proc/PID/fd)?"""
    target = str(path.resolve())
    try:
        fds = list(Path(f"/proc/{pid}/fd").iterdir())
    except FileNotFoundError:
        return False
    for fd in fds:
        with contextlib.suppress(OSError):
            if os.readlink(fd) == target:
                return True
    return False
