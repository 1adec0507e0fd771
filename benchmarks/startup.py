"""Start-up of every noun's main read command against the floor of this stack (issue 21).

```sh
python benchmarks/startup.py [--repeat 7] [--src OTHER/src] [--only "unit list"]
```

The floor is what any Typer + SQLAlchemy command pays before it does anything of its
own: ``python -c "import typer, sqlalchemy"`` and one Core query on a bare connection
(:data:`FLOOR`). Each fylink command runs in a fresh interpreter
(``from fylink.cli.app import main; main()``, what the ``fylink`` script runs), its
modules compiled first as an installed package's are, on a nearly empty database:
``fylink init``, one unit, one case and one task (the ``show`` commands need something to
show). Every fylink run is followed by a floor run, so a
change of the machine's load moves both alike; the figures are the CPU time (user +
system, from ``os.wait4``) and the wall time of the child, best and median of
``--repeat`` runs, and the ratio of fylink's best CPU to the best of its own floor runs.

``--src`` runs another checkout's ``src`` (``PYTHONPATH``) in the same virtualenv;
``--before OLD/src`` runs an older checkout in turn with this one (old, new, floor, old,
new, floor …), so the before/after comparison sees the same load. Prints a markdown table.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

#: The floor: the stack's own imports and one Core query on a bare connection.
FLOOR = """\
import sys
import typer, sqlalchemy
engine = sqlalchemy.create_engine(sys.argv[1])
with engine.connect() as connection:
    query = sqlalchemy.select(sqlalchemy.func.count()).select_from(sqlalchemy.table("unit"))
    print(connection.execute(query).scalar_one())
"""

FYLINK = "from fylink.cli.app import main; main()"
COMPILE = (
    "import compileall, fylink, os; "
    "compileall.compile_dir(os.path.dirname(fylink.__file__), quiet=1)"
)

#: Each noun's main read command (the case, task and unit of :data:`SEED` exist).
COMMANDS: list[tuple[str, ...]] = [
    ("log",),
    ("unit", "list"),
    ("person", "list"),
    ("case", "list"),
    ("case", "list", "--json"),
    ("case", "show", "（2026）豫0591行初1号"),
    ("task", "list"),
    ("task", "show", "1"),
    ("suggestion", "list"),
    ("meeting", "list"),
    ("notice", "list"),
    ("calendar", "deadline", "2026-11-02", "15日"),
    ("party", "list"),
    ("project", "list"),
    ("report", "quarterly", "--json"),
    ("brief", "list"),
    ("assess", "records"),
]

SEED: list[tuple[str, ...]] = [
    ("init",),
    ("unit", "add", "示范县人力资源和社会保障局", "--short", "县人社局"),
    (
        "case",
        "add",
        "（2026）豫0591行初1号",
        "-c",
        "行政诉讼",
        "-u",
        "县人社局",
        "--filed",
        "2026-03-02",
    ),
    ("task", "add", "清理拖欠农民工工资", "--lead", "县人社局", "--due", "2026-12-31"),
]


@dataclass
class Run:
    cpu: float
    wall: float


def run(command: list[str], env: dict[str, str]) -> Run:
    started = _now()
    child = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    _, status, usage = os.wait4(child.pid, 0)
    wall = _now() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    errors = child.stderr.read() if child.stderr else ""
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited {child.returncode}: {errors}")
    return Run(cpu=usage.ru_utime + usage.ru_stime, wall=wall)


def _now() -> float:
    import time

    return time.perf_counter()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--src", type=Path, help="another checkout's src directory")
    parser.add_argument(
        "--before", type=Path, help="an older checkout's src, run in turn with this one"
    )
    parser.add_argument("--only", action="append", default=[], help="a command, e.g. 'log'")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="fylink-startup-"))
    env = {
        **os.environ,
        "FYLINK_HOME": str(work),
        "FYLINK_DB": str(work / "fylink.db"),
        "FYLINK_TODAY": "2026-11-02",
        "FYLINK_USER": "bench",
        "NO_COLOR": "1",
    }
    env.pop("FYLINK_CONFIG", None)
    # An installed fylink starts from its compiled modules, as the floor's libraries do: with
    # PYTHONDONTWRITEBYTECODE set and no __pycache__, every run would compile fylink's
    # source again (tens of milliseconds of each start that no office pays).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if args.src:
        env["PYTHONPATH"] = str(args.src.resolve())
    python = [sys.executable, "-c"]
    run([*python, COMPILE], env)
    old_env = {**env, "PYTHONPATH": str(args.before.resolve())} if args.before else None
    if old_env:
        run([*python, COMPILE], old_env)
    for seed in SEED:
        run([*python, FYLINK, *seed], env)
    url = "sqlite:///" + str(work / "fylink.db")

    commands = [c for c in COMMANDS if not args.only or " ".join(c) in args.only]
    mine: dict[tuple[str, ...], list[Run]] = {c: [] for c in commands}
    floor: dict[tuple[str, ...], list[Run]] = {c: [] for c in commands}
    old: dict[tuple[str, ...], list[Run]] = {c: [] for c in commands}
    for _ in range(args.repeat):
        for command in commands:
            if old_env:
                old[command].append(run([*python, FYLINK, *command], old_env))
            mine[command].append(run([*python, FYLINK, *command], env))
            floor[command].append(run([*python, FLOOR, url], env))

    with open("/proc/loadavg") as load:
        print(f"load average {' '.join(load.read().split()[:3])}, {args.repeat} runs each")
    print()
    before_head = "before CPU s (best / median) | before ÷ floor | " if old_env else ""
    print(
        f"| command | {before_head}fylink CPU s (best / median) | floor CPU s (best) "
        "| ratio (CPU, best) | fylink wall s (best) | floor wall s (best) |"
    )
    print("|---|" + ("---:|---:|" if old_env else "") + "---:|---:|---:|---:|---:|")
    for command in commands:
        cpu = [r.cpu for r in mine[command]]
        base = [r.cpu for r in floor[command]]
        before = ""
        if old_env:
            was = [r.cpu for r in old[command]]
            before = (
                f"{min(was):.3f} / {statistics.median(was):.3f} | {min(was) / min(base):.2f} | "
            )
        print(
            f"| `{' '.join(command)}` | {before}{min(cpu):.3f} / {statistics.median(cpu):.3f} "
            f"| {min(base):.3f} | {min(cpu) / min(base):.2f} "
            f"| {min(r.wall for r in mine[command]):.3f} "
            f"| {min(r.wall for r in floor[command]):.3f} |"
        )
    every = [r.cpu for runs in floor.values() for r in runs]
    print(
        f"\nfloor over all runs: CPU best {min(every):.3f} s, median "
        f"{statistics.median(every):.3f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
