"""CPU start-up of read commands against the floor of the stack (issue 21, stop 25).

```sh
PYTHONPATH=src python benchmarks/light_startup.py [--before DIR] [--repeat 5]
```

Each command runs as a child process on an empty database (``fylink init``); the CPU time
is the child's user + system time (``os.wait4``), the wall time is taken around it. The
runs alternate — before (``--before``: the ``src`` folder of an older fylink, put first on
``PYTHONPATH``), after (this fylink), floor — so the machine's load falls on all three
alike. The floor is ``python -c "import typer, sqlalchemy"`` plus one Core query on the
same database. A show command on an empty database takes its not-found path: the same
imports, the look-up that fails and the one-line error.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COMMANDS = [
    ["calendar", "status"],
    ["calendar", "list"],
    ["party", "show", "示范县恒信商贸有限公司"],
    ["project", "show", "锦绣家园小区"],
    ["assess", "records"],
    ["assess", "appeals", "--year", "2025"],
    ["assess", "show", "--year", "2025"],
    ["assess", "diff", "--year", "2025"],
    ["report", "show", "--year", "2025", "--quarter", "3"],
    ["report", "diff", "--year", "2025", "--quarter", "3"],
]

FLOOR = (
    "import typer, sqlalchemy, sys; "
    "engine = sqlalchemy.create_engine(sys.argv[1]); "
    "connection = engine.connect(); "
    "connection.execute(sqlalchemy.text('select count(*) from unit')).scalar()"
)


def run(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """CPU seconds (user + system of the child) and wall seconds of one run."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    return usage.ru_utime + usage.ru_stime, wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, help="src folder of the fylink to compare with")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    here = Path(__file__).resolve().parent.parent / "src"
    folder = Path(tempfile.mkdtemp(prefix="fylink-startup-"))
    db = folder / "empty.db"
    env = dict(os.environ, FYLINK_DB=str(db), FYLINK_HOME=str(folder), NO_COLOR="1")
    env["PYTHONPATH"] = str(here)
    subprocess.run([sys.executable, "-m", "fylink", "init"], env=env, check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    variants = {"after": env}
    if args.before:
        variants = {"before": dict(env, PYTHONPATH=str(args.before)), "after": env}
    floor = [sys.executable, "-c", FLOOR, f"sqlite:///{db}"]
    print(f"load average: {Path('/proc/loadavg').read_text().split()[:3]}")
    print("| command | " + " | ".join(f"{v} CPU s (min / median)" for v in variants)
          + " | after ÷ floor (min) |")  # fmt: skip
    print("|---|" + "---:|" * (len(variants) + 1))
    floors: list[float] = []
    rows = []
    for command in COMMANDS:
        times: dict[str, list[float]] = {v: [] for v in variants}
        for _ in range(args.repeat):
            for name, variant_env in variants.items():
                cpu, _wall = run([sys.executable, "-m", "fylink", *command], variant_env)
                times[name].append(cpu)
            floors.append(run(floor, env)[0])
        rows.append((command, times))
    best_floor = min(floors)
    for command, times in rows:
        cells = [f"{min(t):.3f} / {statistics.median(t):.3f}" for t in times.values()]
        ratio = min(times["after"]) / best_floor
        print(f"| `{' '.join(command)}` | " + " | ".join(cells) + f" | {ratio:.2f} |")
    print(f"| floor | {min(floors):.3f} / {statistics.median(floors):.3f} | | 1.00 |")
    print(f"load average: {Path('/proc/loadavg').read_text().split()[:3]}")


if __name__ == "__main__":
    main()
