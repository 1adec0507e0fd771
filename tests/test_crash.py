"""Pulling the plug: a long write killed (SIGKILL) midway leaves all or nothing.

Each long-running write command is started as a real process and killed
while its transaction is open — once as soon as it holds the write lock and
has begun writing, then later and later. After every kill the database must
pass ``fylink db check`` (storage integrity, foreign keys, journal chain) and
hold either none of the command's rows or all of them; finally the command
is run again and completes.

To add a command, append a :class:`LongWrite`.
"""

import csv
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from helpers import DATA

SRC = Path(__file__).resolve().parents[1] / "src"
#: Seconds after the command has begun writing at which it is killed.
KILL_AFTER = (0.0, 0.5, 1.5)


@dataclass(frozen=True)
class LongWrite:
    id: str
    #: The command's arguments; may write its input files under the given folder.
    argv: Callable[[Path], list[str]]
    #: Commands run first (e.g. init before an import), as argument lists.
    setup: tuple[tuple[str, ...], ...] = ()
    #: Exit codes of the final run when a kill came too late (the command had finished).
    rerun_codes: tuple[int, ...] = (0,)


def _big_roster(folder: Path) -> list[str]:
    """600 units with a liaison each: ~2400 rows (with the journal) in one transaction."""
    lines = ["office:", "  name: 压力县府院联动联席会议办公室", "  region: 压力县", "units:"]
    for n in range(600):
        lines += [
            f"  - name: 压力县第{n}单位",
            f"    short_name: 压{n}",
            "    kind: 政府部门",
            "    liaison:",
            f"      name: 联络员{n}",
            f"      phone: '0371-{n:07d}'",
        ]
    path = folder / "big_roster.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ["init", "--roster", str(path)]


def _big_case_sheet(folder: Path) -> list[str]:
    """20,000 cases against roster units: one long import transaction (batched writes)."""
    path = folder / "big_cases.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f)
        out.writerow(["案号", "类别", "被申请人/被告", "申请人/原告", "立案日期"])
        for n in range(1, 20_001):
            out.writerow(
                [f"（2024）豫0591行初{n}号", "行政诉讼", "县自然资源局", f"原告{n}", "2024-03-01"]
            )
    return ["case", "import", str(path)]


LONG_WRITES = [
    # The schema is created first: the killed transaction is the demo's own data.
    LongWrite("demo", lambda _: ["demo"], setup=(("db", "upgrade"),), rerun_codes=(0, 5)),
    LongWrite("init-roster", _big_roster, rerun_codes=(0, 5)),
    # A rerun after a kill that came too late finds every case on file: "unchanged", exit 0.
    LongWrite(
        "case-import",
        _big_case_sheet,
        setup=(("init", "--roster", str(DATA / "roster.yaml")),),
    ),
]
assert DATA.exists()


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC)
    return env


def _rows(db_url: str) -> dict[str, int]:
    """Rows per table (no tables at all, or a file not there yet: {})."""
    path = db_url.removeprefix("sqlite:///") if db_url.startswith("sqlite") else None
    if path is not None and not Path(path).exists():
        return {}
    engine = create_engine(db_url)
    try:
        with engine.connect() as connection:
            # writer_lock's one row comes with the schema (migration 0003), not with a write.
            tables = [
                t
                for t in inspect(connection).get_table_names()
                if t not in ("alembic_version", "writer_lock")
            ]
            return {
                t: int(connection.execute(text(f'SELECT count(*) FROM "{t}"')).scalar() or 0)
                for t in sorted(tables)
            }
    finally:
        engine.dispose()


def _writing(db_url: str, process: subprocess.Popen) -> bool:
    """Is the command inside its write transaction, having written something?"""
    if db_url.startswith("sqlite"):
        path = db_url.removeprefix("sqlite:///")
        if not Path(path).exists():
            return False
        probe = sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=0)
        try:
            probe.execute("BEGIN IMMEDIATE")
            probe.rollback()
            return False
        except sqlite3.OperationalError:
            return True  # the write lock is held: by our command, the only writer
        finally:
            probe.close()
    engine = create_engine(db_url)
    try:
        with engine.connect() as connection:
            return bool(
                connection.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                        " AND application_name = 'fylink' AND backend_xid IS NOT NULL"
                    )
                ).scalar()
            )
    finally:
        engine.dispose()


def _kill_while_writing(argv: list[str], db_url: str, after: float) -> int:
    process = subprocess.Popen(
        [sys.executable, "-m", "fylink", *argv],
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while process.poll() is None and not _writing(db_url, process):
        assert time.monotonic() < deadline, "the command never started writing"
        time.sleep(0.02)
    time.sleep(after)
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.stderr is not None
    process.stderr.close()
    return process.returncode


@pytest.mark.slow
@pytest.mark.parametrize("long_write", LONG_WRITES, ids=lambda w: w.id)
def test_killed_write_leaves_all_or_nothing(long_write, db_url, cli, tmp_path, capsys):
    for setup in long_write.setup:
        assert cli(*setup).exit_code == 0
    before = _rows(db_url)
    argv = long_write.argv(tmp_path)
    seen: list[dict[str, int]] = []
    killed = 0
    for after in KILL_AFTER:
        code = _kill_while_writing(argv, db_url, after)
        state = _rows(db_url)
        if state and sum(state.values()) > sum(before.values()):
            # Too late: the command had committed before the kill reached it. The kill may
            # still land between the commit and the process's exit (-9 then), so the exit
            # code proves nothing; what must hold is that the whole write is there — this
            # state is compared with the complete run's below, and it checks clean now.
            assert code in (0, -signal.SIGKILL), code
            check = cli("db", "check")
            assert check.exit_code == 0, check.stdout + check.stderr
            seen.append(state)
            break
        assert code == -signal.SIGKILL
        killed += 1
        assert sum(state.values()) == sum(before.values()), f"partial write: {state}"
        if state:  # the schema exists: the whole check must pass
            check = cli("db", "check")
            assert check.exit_code == 0, check.stdout + check.stderr
        elif db_url.startswith("sqlite"):
            path = db_url.removeprefix("sqlite:///")
            if Path(path).exists():
                connection = sqlite3.connect(path)
                assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                connection.close()
    # The first kill comes as soon as the command holds the write lock: always midway. The
    # later ones may come after the commit on a fast machine, which is checked above.
    assert killed >= 1, "the command was never killed midway"

    final = cli(*argv)
    assert final.exit_code in long_write.rerun_codes, final.stdout + final.stderr
    complete = _rows(db_url)
    assert sum(complete.values()) > sum(before.values())
    assert all(state == complete for state in seen)
    check = cli("db", "check")
    assert check.exit_code == 0, check.stdout + check.stderr
    verify = cli("log", "--verify")
    assert verify.exit_code == 0
    with capsys.disabled():
        print(
            f"\n[crash/{long_write.id}] killed {killed}× mid-transaction, nothing partial; "
            f"rerun wrote {sum(complete.values()) - sum(before.values())} rows"
        )
