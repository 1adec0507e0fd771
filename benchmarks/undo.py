"""Speed of ``fylink undo`` against the command it undoes: a large ``case import``.

Generates a case register of N rows (as benchmarks/import_export.py does), imports it into a
fresh database, undoes the import, and undoes the undo (which imports the rows again from
the journal), each in a child process; then checks ``log --verify``. Issue 12 asks that
undoing a 100,000-row import take no longer than the import itself.

    python benchmarks/undo.py                  # 100,000 rows
    python benchmarks/undo.py --rows 10000

Results go to stdout as a Markdown table. Linux/macOS only (``os.wait4``).
"""

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_export import ROOT, ROSTER, TODAY, Result, measured, rows, write_csv


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000, help="rows to import")
    parser.add_argument("--keep", type=Path, help="folder for the files (kept)")
    options = parser.parse_args()
    folder = options.keep or Path(tempfile.mkdtemp(prefix="fylink-bench-undo-"))
    folder.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env.update(
        PYTHONPATH=str(ROOT / "src"),
        FYLINK_TODAY=TODAY,
        FYLINK_HOME=str(folder / "home"),
        NO_COLOR="1",
        FYLINK_USER="bench",
    )
    env.pop("FYLINK_DB", None)
    db = folder / "undo.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    target = ["--db", str(db)]
    subprocess.run(
        [sys.executable, "-m", "fylink", *target, "init", "--roster", str(ROSTER)],
        env=env,
        check=True,
        capture_output=True,
    )
    sheet = folder / f"cases-{options.rows}.csv"
    write_csv(sheet, rows(options.rows), "utf-8")
    size = options.rows
    results: list[Result] = []
    for label, args in (
        ("case import (csv)", ["case", "import", str(sheet)]),
        ("undo (the import)", ["undo"]),
        ("undo (the undo: import again)", ["undo"]),
        ("log --verify", ["log", "--verify"]),
    ):
        result, _output = measured(label, size, [*target, *args], env)  # type: ignore[misc]
        results.append(result)
    print("| operation | rows | wall s | cpu s | peak RSS MB |\n|---|---:|---:|---:|---:|")
    for r in results:
        print(f"| {r.operation} | {r.rows:,} | {r.wall:.1f} | {r.cpu:.1f} | {r.rss_mb:.0f} |")


if __name__ == "__main__":
    main()
