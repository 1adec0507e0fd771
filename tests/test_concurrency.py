"""Several clerks at once: nothing lost, nothing doubled, no lock errors.

Runs on whichever engine the suite runs on (SQLite, or PostgreSQL with
FYLINK_TEST_PG_URL). WORKERS processes (tests/workload.py) each run OPS
commands — adding cases with shared parties, recording timeline events,
updating summaries, reading lists and the journal — all at the same time,
while this process takes online backups. Afterwards every command must have
succeeded, every successful write must be in the database exactly once, the
journal chain must be intact, and each backup must be a consistent snapshot.
"""

import json
import os
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

import workload

WORKERS = 4
OPS = int(os.environ.get("FYLINK_TEST_CONCURRENCY_OPS", "50"))
SRC = Path(__file__).resolve().parents[1] / "src"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(SRC), str(Path(__file__).parent)])
    return env


def _fylink(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fylink", *args],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _journal_mode(db_url: str) -> str:
    import sqlite3

    connection = sqlite3.connect(db_url.removeprefix("sqlite:///"))
    try:
        return str(connection.execute("PRAGMA journal_mode").fetchone()[0])
    finally:
        connection.close()


@pytest.mark.slow
def test_concurrent_clerks_lose_nothing(
    db_url, initialized, engine_name, pg_server, tmp_path, cli, capsys
):
    if engine_name == "sqlite":
        # Let the workers' very first commands race to switch the file to WAL.
        import sqlite3

        connection = sqlite3.connect(db_url.removeprefix("sqlite:///"))
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.close()
        assert _journal_mode(db_url) == "delete"

    go = tmp_path / "go"
    logs = [tmp_path / f"worker{n}.jsonl" for n in range(WORKERS)]
    workers = [
        subprocess.Popen(
            [sys.executable, workload.__file__, str(n), str(OPS), str(log), str(go)],
            env=_env(),
            stderr=subprocess.PIPE,
            text=True,
        )
        for n, log in enumerate(logs)
    ]
    backups: list[tuple[Path, subprocess.CompletedProcess[str]]] = []
    stop = threading.Event()

    def take_backups() -> None:
        # The first at once, while the workers start; then one a second until they end.
        while len(backups) < 3:
            target = tmp_path / f"backup{len(backups)}.db"
            backups.append((target, _fylink("db", "backup", str(target))))
            if stop.wait(1.0):
                break

    backup_thread = threading.Thread(target=take_backups)
    # Every worker has imported fylink: then all start together.
    deadline = time.monotonic() + 600
    while not all((tmp_path / f"ready{n}").exists() for n in range(WORKERS)):
        for process in workers:
            assert process.poll() is None, process.communicate()[1]
        assert time.monotonic() < deadline, "the workers never got ready"
        time.sleep(0.01)
    started = time.monotonic()
    go.touch()
    backup_thread.start()
    for process in workers:
        _, errors = process.communicate(timeout=600)
        assert process.returncode == 0, errors
    elapsed = time.monotonic() - started
    stop.set()
    backup_thread.join()

    entries = [json.loads(line) for log in logs for line in log.read_text("utf-8").splitlines()]
    conflicts = sum(e["conflicts"] for e in entries if "conflicts" in e)
    ops = [e for e in entries if "op" in e]
    failed = [e for e in ops if not e["ok"]]
    assert failed == [], failed[:5]
    assert len(ops) == WORKERS * OPS

    engine = create_engine(db_url)
    with engine.connect() as connection:

        def count(sql: str, **params: object) -> int:
            return int(connection.execute(text(sql), params).scalar() or 0)

        for e in ops:
            command = e["command"]
            if e["op"] == "case add":
                assert count("SELECT count(*) FROM cases WHERE case_no = :n", n=e["argv"][2]) == 1
                assert (
                    count(
                        "SELECT count(*) FROM journal WHERE entity = 'case' "
                        "AND action = 'insert' AND command = :c",
                        c=command,
                    )
                    == 1
                )
            elif e["op"] == "case event":
                note = e["argv"][-1]
                assert count("SELECT count(*) FROM case_event WHERE note = :n", n=note) == 1
                assert (
                    count(
                        "SELECT count(*) FROM journal WHERE entity = 'case_event' AND command = :c",
                        c=command,
                    )
                    == 1
                )
            elif e["op"] == "case update":
                assert (
                    count(
                        "SELECT count(*) FROM journal WHERE entity = 'case' "
                        "AND action = 'update' AND command = :c",
                        c=command,
                    )
                    == 1
                )
            elif e["op"] == "task add":
                assert count("SELECT count(*) FROM task WHERE content = :c", c=e["argv"][2]) == 1
            elif e["op"] == "task progress":
                assert (
                    count("SELECT count(*) FROM task_progress WHERE note = :n", n=e["argv"][-1])
                    == 1
                )
        # However many `check overdue` ran at once, no item got the same step twice,
        # and 督办 numbers are unique within a year.
        assert (
            count(
                "SELECT count(*) FROM (SELECT task_id, stage FROM notice_item "
                "WHERE task_id IS NOT NULL GROUP BY task_id, stage HAVING count(*) > 1) AS twice"
            )
            == 0
        )
        if any(e["op"] == "check overdue" for e in ops) and any(e["op"] == "task add" for e in ops):
            assert count("SELECT count(*) FROM notice") > 0
        # The last successful update of each case is what the case says.
        last_summary: dict[str, str] = {}
        for e in ops:
            if e["op"] == "case add":
                last_summary[e["argv"][2]] = e["argv"][e["argv"].index("--summary") + 1]
            elif e["op"] == "case update":
                last_summary[e["argv"][2]] = e["argv"][-1]
        stored = dict(connection.execute(text("SELECT case_no, summary FROM cases")).all())
        assert stored == last_summary
        # Shared parties were created once, whoever got there first.
        names = Counter(connection.execute(text("SELECT name FROM party")).scalars())
        assert all(n == 1 for n in names.values()), names
        journal_rows = count("SELECT count(*) FROM journal")
    engine.dispose()

    verify = cli("log", "--verify")
    assert verify.exit_code == 0, verify.stderr
    check = cli("db", "check")
    assert check.exit_code == 0, check.stdout + check.stderr
    if engine_name == "sqlite":
        assert _journal_mode(db_url) == "wal"

    assert backups, "no backup was taken during the run"
    for target, result in backups:
        assert result.returncode == 0, result.stderr
        assert target.stat().st_mode & 0o077 == 0
        if engine_name == "sqlite":
            _check_sqlite_backup(cli, target)
    if engine_name == "postgresql":
        _check_pg_backup(cli, pg_server, backups[-1][0])

    writes = Counter(e["op"] for e in ops if e["write"])
    with capsys.disabled():
        print(
            f"\n[concurrency/{engine_name}] {WORKERS} workers × {OPS} commands in {elapsed:.1f} s"
            f" ({len(ops) / elapsed:.0f}/s): {dict(writes)} writes, "
            f"{len(ops) - sum(writes.values())} reads, 0 failed, {conflicts} retried, "
            f"{journal_rows} journal rows, {len(backups)} online backups"
        )


def _check_sqlite_backup(cli, target: Path) -> None:
    """A backup is one moment: every case in it has its journal row, and vice versa."""
    check = cli("--db", str(target), "db", "check")
    assert check.exit_code == 0, check.stdout + check.stderr
    engine = create_engine("sqlite:///" + str(target))
    with engine.connect() as connection:
        cases = connection.execute(text("SELECT count(*) FROM cases")).scalar()
        journaled = connection.execute(
            text("SELECT count(*) FROM journal WHERE entity = 'case' AND action = 'insert'")
        ).scalar()
        events = connection.execute(text("SELECT count(*) FROM case_event")).scalar()
        journaled_events = connection.execute(
            text("SELECT count(*) FROM journal WHERE entity = 'case_event'")
        ).scalar()
    engine.dispose()
    assert cases == journaled
    assert events == journaled_events


def _check_pg_backup(cli, pg_server, target: Path) -> None:
    """Restore the last dump into a new database: it verifies and checks clean."""
    import shutil

    from sqlalchemy.engine import make_url

    restore = shutil.which("pg_restore")
    if restore is None:
        pytest.skip("pg_restore not installed")
    name = pg_server.create(template=None)
    try:
        restored = pg_server.url(name)
        libpq = (
            make_url(restored).set(drivername="postgresql").render_as_string(hide_password=False)
        )
        done = subprocess.run(
            [restore, "--no-owner", "--exit-on-error", f"--dbname={libpq}", str(target)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        check = cli("--db", restored, "db", "check")
        assert check.exit_code == 0, check.stdout + check.stderr
    finally:
        pg_server.drop(name)
