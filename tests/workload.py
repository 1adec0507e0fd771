"""One clerk of the concurrency test: a process that runs fylink commands in a loop.

Run by tests/test_concurrency.py as ``python tests/workload.py WORKER OPS LOG GO``
with FYLINK_DB pointing at the shared database. It waits for the file GO to
appear (so every worker starts at once), then runs OPS commands through the
real CLI entry (the Typer app, in this process, one fresh engine and one
transaction per command as from a shell), and writes one JSON line per
command to LOG: what it ran, the exit code and stderr. The test then checks
the database against the log.

To add a command to the mix (issue 3: ``check overdue``, ``task progress``),
append an :class:`Operation` to ``OPERATIONS`` — with the exit codes that
count as success — and, for a write, a check in test_concurrency.py.
"""

import json
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

#: Parties shared by every worker: concurrent "create the party unless it exists".
PARTIES = (
    "王建国:110101199003074514",
    "李秀英:11010519491231002X",
    "示范县宏达建材有限公司",
    "赵敏",
)
UNITS = ("县人社局", "县住建局", "县自然资源局", "县公安局", "县市场监管局")


@dataclass
class Worker:
    number: int
    rng: random.Random
    seq: int = 0
    #: Cases this worker has added (successfully), in order.
    cases: list[str] | None = None
    #: Ids of the tasks this worker has added (successfully).
    tasks: list[str] | None = None

    def token(self) -> str:
        return f"w{self.number}-{self.seq}"


@dataclass(frozen=True)
class Operation:
    name: str
    weight: int
    #: argv for this worker, or None when the operation cannot run yet.
    build: Callable[[Worker], list[str] | None]
    ok_codes: tuple[int, ...] = (0,)
    write: bool = True


def _case_add(w: Worker) -> list[str]:
    if w.rng.random() < 0.5:
        number = f"（2025）豫0591行初{w.number * 100000 + w.seq}号"
        category = "行政诉讼"
    else:
        number = f"示政复〔2025〕{w.number * 100000 + w.seq}号"
        category = "行政复议"
    argv = ["case", "add", number, "--category", category, "--unit", w.rng.choice(UNITS)]
    argv += ["--filed", "2025-05-06", "--summary", w.token(), "--party", w.rng.choice(PARTIES)]
    return argv


def _own_case(w: Worker) -> str | None:
    return w.rng.choice(w.cases) if w.cases else None


def _case_event(w: Worker) -> list[str] | None:
    case = _own_case(w)
    if case is None:
        return None
    return ["case", "event", case, "--kind", "协调", "--on", "2025-06-01", "--note", w.token()]


def _case_update(w: Worker) -> list[str] | None:
    case = _own_case(w)
    if case is None:
        return None
    return ["case", "update", case, "--summary", w.token()]


def _task_add(w: Worker) -> list[str]:
    # Due in the past, so the concurrent `check overdue` runs escalate them.
    due = w.rng.choice(("2025-05-20", "2025-06-10", "2025-06-27", "2025-07-03"))
    return [
        "task",
        "add",
        f"整改事项 {w.token()}",
        "--lead",
        w.rng.choice(UNITS),
        "--due",
        due,
        "--json",
    ]


def _task_progress(w: Worker) -> list[str] | None:
    if not w.tasks:
        return None
    return ["task", "progress", w.rng.choice(w.tasks), f"进展 {w.token()}"]


def _case_show(w: Worker) -> list[str] | None:
    case = _own_case(w)
    return None if case is None else ["case", "show", case, "--json"]


OPERATIONS: list[Operation] = [
    Operation("case add", 8, _case_add),
    Operation("case event", 5, _case_event),
    Operation("case update", 3, _case_update),
    Operation("case list", 2, lambda w: ["case", "list", "--json", "--limit", "20"], write=False),
    Operation("case show", 2, _case_show, write=False),
    Operation("log", 1, lambda w: ["log", "--limit", "5", "--json"], write=False),
    Operation("unit list", 1, lambda w: ["unit", "list", "--json"], write=False),
    Operation("task add", 3, _task_add),
    Operation("task progress", 2, _task_progress),
    Operation("check overdue", 2, lambda w: ["check", "overdue", "--json"], ok_codes=(0, 10)),
]


def main(number: int, ops: int, log_path: Path, go: Path) -> None:
    from typer.testing import CliRunner

    from fylink import db
    from fylink.cli.app import app
    from fylink.cli.common import command_line

    runner = CliRunner()
    worker = Worker(number=number, rng=random.Random(number), cases=[], tasks=[])
    # Imported and ready: the test starts every worker at once when all are.
    go.with_name(f"ready{number}").touch()
    deadline = time.monotonic() + 600
    while not go.exists():
        if time.monotonic() > deadline:
            raise SystemExit("no go signal")
        time.sleep(0.01)
    weights = [op.weight for op in OPERATIONS]
    with log_path.open("w", encoding="utf-8") as log:
        while worker.seq < ops:
            op = worker.rng.choices(OPERATIONS, weights=weights)[0]
            argv = op.build(worker)
            if argv is None:
                continue
            worker.seq += 1
            sys.argv = ["fylink", *argv]  # what the journal records as the command
            started = time.monotonic()
            result = runner.invoke(app, argv, catch_exceptions=True)
            entry = {
                "worker": number,
                "op": op.name,
                "write": op.write,
                "argv": argv,
                # exactly what the journal records as the command
                "command": command_line(),
                "code": result.exit_code,
                "ok": result.exit_code in op.ok_codes,
                "stderr": result.stderr.strip(),
                "seconds": round(time.monotonic() - started, 4),
            }
            if result.exception is not None and not isinstance(result.exception, SystemExit):
                entry["exception"] = repr(result.exception)
            if op.name == "case add" and entry["ok"]:
                assert worker.cases is not None
                worker.cases.append(argv[2])
            if op.name == "task add" and entry["ok"]:
                assert worker.tasks is not None
                worker.tasks.append(str(json.loads(result.stdout)["id"]))
            log.write(json.dumps(entry, ensure_ascii=False) + "\n")
            log.flush()
        log.write(json.dumps({"worker": number, "conflicts": db.stats["conflicts"]}) + "\n")


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]))
