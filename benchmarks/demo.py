"""``fylink demo`` against its floor (issue 21): the same database, then the time of each.

    PYTHONPATH=src python benchmarks/demo.py [--repeat 5] [--before OLD/src] [--keep DIR]

1. An empty database with fylink's schema (the migrations, run once): both sides start
   from a copy of it, so neither is timed making the schema.
2. ``fylink demo`` on a copy (the reference); every row it wrote is read off into
   ROWS.json for the floor (benchmarks/demo_floor.py: raw sqlite3, one executemany a table,
   the journal chained as ``journal.record_many`` chains it).
3. The floor on another copy. Both databases must be equal table by table, with the
   clock's times, the journal's hashes and who ran it masked, and ``fylink log --verify``
   must pass on the floor's: only then is anything timed.
4. fylink and the floor alternately, ``--repeat`` times each, every run in a child process
   on a fresh copy: wall time and CPU time (user + system of the child, ``os.wait4``).
   ``--before`` times a second fylink source tree (the code before a change) in the same
   rotation.
5. Statements and flushes of ``fylink demo``, counted in one more run
   (``before_cursor_execute`` on the engine, ``after_flush`` on the session).

Prints a Markdown table. Linux only (``os.wait4``).
"""

import argparse
import json
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TODAY = "2025-06-30"
_TIME = re.compile(r"^\d{4}-\d\d-\d\d[ T]\d\d:\d\d")
_JOURNAL_VOLATILE = ("at", "actor", "command", "prev_hash", "hash")
_SKIPPED = ("alembic_version", "writer_lock")

_COUNT = """
import runpy, sys
from collections import Counter
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session
seen = Counter()
event.listen(Engine, "before_cursor_execute", lambda *a: seen.update(["statements"]))
event.listen(Session, "after_flush", lambda *a: seen.update(["flushes"]))
sys.argv = ["fylink", "--db", sys.argv[1], "demo"]
try:
    runpy.run_module("fylink", run_name="__main__")
except SystemExit as exc:
    assert not exc.code, exc.code
print(dict(seen), file=sys.stderr)
"""


def _env(home: Path, src: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PYTHONPATH=str(src),
        FYLINK_TODAY=TODAY,
        FYLINK_HOME=str(home),
        FYLINK_USER="bench",
        NO_COLOR="1",
    )
    env.pop("FYLINK_DB", None)
    return env


def _timed(command: list[str], env: dict[str, str], code: int = 0) -> tuple[float, float, str]:
    """(wall s, CPU s of the child: user + system, from os.wait4, stdout)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        child = subprocess.Popen(command, env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if child.returncode != code:
            raise SystemExit(f"{' '.join(command)} failed:\n{err.read().decode()}")
        return wall, usage.ru_utime + usage.ru_stime, out.read().decode()


def _fresh(empty: Path, target: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(empty, target)
    return target


def _rows(db: Path, empty: Path) -> dict[str, Any]:
    """What the demo wrote, for the floor: every table's rows (FK order), the journal's
    content."""
    sys.path.insert(0, str(ROOT / "src"))
    from fylink import tables

    src = sqlite3.connect(db)
    base = sqlite3.connect(empty)
    out: dict[str, Any] = {"tables": [], "journal": []}
    for table in tables.metadata.sorted_tables:
        if table.name in (*_SKIPPED, "journal"):
            continue
        assert not base.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()[0], table.name
        cursor = src.execute(f'SELECT * FROM "{table.name}" ORDER BY id')
        rows = [list(r) for r in cursor]
        if rows:
            out["tables"].append([table.name, [d[0] for d in cursor.description], rows])
    for action, entity, entity_id, case_id, before, after in src.execute(
        "SELECT action, entity, entity_id, case_id, before, after FROM journal ORDER BY id"
    ):
        out["journal"].append(
            [action, entity, entity_id, case_id, json.loads(before), json.loads(after)]
        )
    return out


def _masked(value: Any) -> Any:
    if isinstance(value, str) and _TIME.match(value):
        return "*"
    if isinstance(value, dict):
        return {k: _masked(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_masked(v) for v in value]
    return value


def contents(db: Path) -> dict[str, list[list[Any]]]:
    """Every table, rows in id order, times, hashes and who ran it masked."""
    connection = sqlite3.connect(db)
    names = [
        r[0]
        for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if r[0] not in _SKIPPED and not r[0].startswith("sqlite_")
    ]
    found = {}
    for name in sorted(names):
        cursor = connection.execute(f'SELECT * FROM "{name}" ORDER BY 1')
        columns = [d[0] for d in cursor.description]
        rows = []
        for row in cursor:
            values = dict(zip(columns, row, strict=True))
            if name == "journal":
                values |= dict.fromkeys(_JOURNAL_VOLATILE, "*")
                for key in ("before", "after"):
                    values[key] = json.loads(values[key])
            rows.append([_masked(values[c]) for c in columns])
        found[name] = rows
    connection.close()
    return found


def _compare(mine: Path, floor: Path) -> None:
    a, b = contents(mine), contents(floor)
    for name in sorted(set(a) | set(b)):
        if a.get(name) != b.get(name):
            raise SystemExit(f"the floor's {name} differs from fylink's")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--before", type=Path, help="another fylink src/ to time alongside")
    parser.add_argument("--keep", type=Path, help="folder for the files (kept)")
    options = parser.parse_args()
    folder = options.keep or Path(tempfile.mkdtemp(prefix="fylink-bench-demo-"))
    folder.mkdir(parents=True, exist_ok=True)
    home = folder / "home"
    sides = {"fylink": _env(home, ROOT / "src")}
    if options.before:
        sides["before"] = _env(home, options.before.resolve())
    python = sys.executable
    empty = folder / "empty.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{empty}{suffix}").unlink(missing_ok=True)
    subprocess.run(
        [python, "-c", f"from fylink import db; db.upgrade('sqlite:///{empty}')"],
        env=sides["fylink"],
        check=True,
    )
    reference = _fresh(empty, folder / "reference.db")
    _timed([python, "-m", "fylink", "--db", str(reference), "demo"], sides["fylink"])
    rows_file = folder / "rows.json"
    rows_file.write_text(json.dumps(_rows(reference, empty), ensure_ascii=False), "utf-8")
    floor_db = _fresh(empty, folder / "floor.db")
    floor_cmd = [python, str(HERE / "demo_floor.py"), str(floor_db), str(rows_file)]
    _, _, floor_out = _timed(floor_cmd, sides["fylink"])
    _compare(reference, floor_db)
    _, _, verified = _timed(
        [python, "-m", "fylink", "--db", str(floor_db), "log", "--verify", "--json"],
        sides["fylink"],
    )
    assert json.loads(verified)["ok"], verified
    print(f"floor = fylink, table by table; log --verify on the floor: ok ({floor_out.strip()})")

    # Start-up of each side: fylink's demo refusing a database that holds records (the
    # imports, the schema check, the four counts, exit 5); the floor's interpreter with its
    # imports and the rows file read.
    start_names = {"fylink": "fylink start-up (demo refused, exit 5)", "floor": "floor start-up"}
    floor_start = [
        python,
        "-c",
        "import hashlib, json, sqlite3, sys; json.load(open(sys.argv[1], encoding='utf-8'))",
        str(rows_file),
    ]
    order = [*sides, "floor", *start_names.values()]
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in order}
    for _ in range(options.repeat):
        for name, env in sides.items():
            db = _fresh(empty, folder / f"{name}.db")
            wall, cpu, _ = _timed([python, "-m", "fylink", "--db", str(db), "demo"], env)
            times[name].append((wall, cpu))
            db = _fresh(empty, folder / "floor.db")
            floor_cmd[2] = str(db)
            wall, cpu, _ = _timed(floor_cmd, env)
            times["floor"].append((wall, cpu))
        refused = [python, "-m", "fylink", "--db", str(reference), "demo"]
        times[start_names["fylink"]].append(_timed(refused, sides["fylink"], code=5)[:2])
        times[start_names["floor"]].append(_timed(floor_start, sides["fylink"])[:2])
    counts = {}
    for name, env in sides.items():
        db = _fresh(empty, folder / f"{name}-count.db")
        done = subprocess.run(
            [python, "-c", _COUNT, str(db)], env=env, capture_output=True, text=True, check=True
        )
        counts[name] = eval(done.stderr.strip().splitlines()[-1])  # a dict literal we printed

    with open("/proc/loadavg") as handle:
        load = handle.read().split()[:3]
    print(f"\nload average {' '.join(load)}, {options.repeat} runs each, alternating\n")
    print(
        "| | statements | flushes | CPU s best / median"
        " | wall s best / median | ÷ floor (CPU best) |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    floor_best = min(c for _, c in times["floor"])
    floor_statements = json.loads(floor_out)["statements"]
    for name, runs in times.items():
        cpu = [c for _, c in runs]
        wall = [w for w, _ in runs]
        if name == "floor":
            statements, flushes = str(floor_statements), "–"
        elif name in start_names.values():
            statements, flushes = "", ""
        else:
            statements = f"{counts[name].get('statements', 0):,}"
            flushes = f"{counts[name].get('flushes', 0):,}"
        print(
            f"| {name} | {statements} | {flushes} | {min(cpu):.3f} / {statistics.median(cpu):.3f}"
            f" | {min(wall):.3f} / {statistics.median(wall):.3f} | {min(cpu) / floor_best:.2f} |"
        )
    best = {name: min(c for _, c in runs) for name, runs in times.items()}
    mine = best["fylink"] - best[start_names["fylink"]]
    raw = best["floor"] - best[start_names["floor"]]
    print(
        f"\nmarginal (CPU best, start-up taken off): fylink {mine:.3f} s, floor {raw:.3f} s,"
        f" ratio {mine / raw:.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
