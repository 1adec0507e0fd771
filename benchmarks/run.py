"""Time fylink's commands against the raw-SQL floor on the same database.

    python benchmarks/generate.py /tmp/province.db
    python benchmarks/run.py /tmp/province.db [--repeat 5]

Every measurement is a fresh process, as a clerk or cron runs it: ``python -m fylink …``
against ``python benchmarks/floor.py …`` (standard library only). Both therefore pay the
interpreter's start; fylink also pays its fixed cost — importing SQLAlchemy, SQLModel and
Typer, reading the settings, opening the engine and checking the schema version, compiling
its statements — which does not grow with the data. The script measures that fixed cost
by running the same commands on a database with the same schema and roster but no records
(made with ``generate.py --cases 0 --tasks 0 --suggestions 0``), and prints two ratios:

- whole: fylink's wall time / the floor's wall time, start-up included on both sides;
- marginal: (fylink − fylink on the empty database) / (floor − floor on the empty
  database): what the records cost each side, i.e. how close fylink's queries and the
  Python around them come to hand-written SQL.

Times are the minimum of ``--repeat`` runs (fylink and floor alternate, so a busy machine
slows both alike); CPU is user + system time of the child; peak memory is the child's
maximum resident set size (``os.wait4`` in a small launcher process, see ``_LAUNCHER``).
The figures of each command are compared with the floor's before anything is timed, so a
fast wrong answer cannot pass.
"""

import argparse
import hashlib
import json
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from itertools import zip_longest
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"


@dataclass
class Run:
    wall: float
    cpu: float
    peak_mb: float
    code: int
    stdout: str


def _env(home: Path, today: str) -> dict[str, str]:
    path = os.environ.get("PYTHONPATH", "")
    return os.environ | {
        "PYTHONPATH": f"{SRC}{os.pathsep}{path}" if path else str(SRC),
        "FYLINK_HOME": str(home),
        "FYLINK_TODAY": today,
        "FYLINK_USER": "benchmark",
        "NO_COLOR": "1",
    }


#: Starts the measured command and reports its wall time and rusage (JSON on stderr). A
#: child's maximum resident set starts at its parent's peak (Linux copies the parent's
#: high-water mark into the child at fork/exec), so the measured command must not be a child
#: of this script, whose peak grows with the JSON it parses: this launcher stays at ~10 MB.
_LAUNCHER = """
import json, os, sys, time
started = time.perf_counter()
pid = os.posix_spawn(sys.argv[1], sys.argv[1:], os.environ,
                     file_actions=[(os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)])
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - started
report = [wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, os.waitstatus_to_exitcode(status)]
os.write(2, json.dumps(report).encode())
"""


def _run(command: list[str], env: dict[str, str], stdout: Path | None = None) -> Run:
    """Run ``command``; its output is returned, or left in the file ``stdout`` (a million
    cases' JSON is not read back into this process: its peak would grow with it)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as report:
        with open(stdout, "wb") if stdout else nullcontext(out) as sink:
            subprocess.run(
                [sys.executable, "-S", "-c", _LAUNCHER, *command],
                stdout=sink,
                stderr=report,
                env=env,
                check=True,
            )
        text = ""
        if stdout is None:
            out.seek(0)
            text = out.read().decode("utf-8")
        report.seek(0)
        wall, cpu, maxrss, code = json.loads(report.read())
    return Run(wall=wall, cpu=cpu, peak_mb=maxrss / 1024, code=code, stdout=text)


def fylink(db: Path, args: list[str], env: dict[str, str], stdout: Path | None = None) -> Run:
    return _run([sys.executable, "-m", "fylink", "--db", str(db), *args], env, stdout)


def floor(
    db: Path, args: list[str], env: dict[str, str], today: str, stdout: Path | None = None
) -> Run:
    command = [sys.executable, str(HERE / "floor.py"), str(db), *args, "--today", today]
    return _run(command, env, stdout)


# --- the same figures? ------------------------------------------------------------------------


def check_quarterly(mine: dict[str, Any], raw: dict[str, Any]) -> None:
    totals = raw["totals"]["0"]
    for key, figure in mine["indicators"].items():
        numerator = figure["numerator"]
        if key in ("enforcement_amount", "enforcement_recovery_rate"):
            numerator = round(numerator * 100)
        assert numerator == totals.get(f"{key}:n", 0), (key, numerator, totals.get(f"{key}:n"))
        if figure["denominator"] is not None and key != "litigation_per_10k":
            denominator = figure["denominator"]
            if key == "enforcement_recovery_rate":
                denominator = round(denominator * 100)
            assert denominator == totals.get(f"{key}:d", 0), key
    losses = [x["case_no"] for x in mine["attention"]["losses"]]
    assert losses == [row[0] for row in raw["attention"]["losses"]]
    assert len(mine["attention"]["overdue_tasks"]) == len(raw["attention"]["overdue_tasks"])


def check_case_list(mine: list[dict[str, Any]], raw: dict[str, Any]) -> None:
    assert [c["case_no"] for c in mine] == [c["case_no"] for c in raw["rows"]]


def check_page(mine: list[dict[str, Any]], raw: dict[str, Any]) -> None:
    assert len(mine) == 50, len(mine)
    check_case_list(mine, raw)


def _numbers_of_fylink(path: Path) -> Iterator[str]:
    """The case numbers of ``case list --all --json`` as it wrote them (orjson, indent 2)."""
    prefix = '    "case_no": '
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.startswith(prefix):
                yield json.loads(line[len(prefix) :].rstrip().rstrip(","))


def _numbers_of_floor(path: Path) -> Iterator[str]:
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)["case_no"]


def check_all(mine: Path, raw: Path) -> None:
    """Every case, in the same order (compared as they stream: neither file is loaded)."""
    count = 0
    for count, (a, b) in enumerate(
        zip_longest(_numbers_of_fylink(mine), _numbers_of_floor(raw)), 1
    ):
        assert a == b, (count, a, b)
    with open(mine, "rb") as head:
        assert head.read(2) == b"[\n"
    print(f"  (case list --all --json: {count:,} cases, the floor's order)")


def check_files(mine: Path, raw: Path) -> None:
    """``case export``: the floor's CSV and fylink's are the same bytes."""
    digests = []
    for path in (mine, raw):
        digest = hashlib.sha256()
        with open(path, "rb") as file:
            while block := file.read(1 << 20):
                digest.update(block)
        digests.append(digest.hexdigest())
    assert digests[0] == digests[1], f"{mine} and {raw} differ"


def _sheet_cells(path: Path) -> Iterator[list[tuple[Any, str]]]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    try:
        for row in book.active.iter_rows():
            yield [(c.value, c.number_format) for c in row]
    finally:
        book.close()


def check_workbooks(mine: Path, raw: Path) -> None:
    """``case export`` to .xlsx: the floor's workbook holds the same cells (value and number
    format), compared as they stream; the sheet's XML is the same bytes too."""
    import zipfile

    count = 0
    for count, (a, b) in enumerate(zip_longest(_sheet_cells(mine), _sheet_cells(raw)), 1):
        assert a == b, (count, a, b)
    with zipfile.ZipFile(mine) as one, zipfile.ZipFile(raw) as other:
        sheet = "xl/worksheets/sheet1.xml"
        assert one.read(sheet) == other.read(sheet), "the sheets' XML differ"
    print(f"  (case export .xlsx: {count:,} rows, the same cells)")


def check_db(mine: dict[str, Any], raw: dict[str, Any]) -> None:
    """``db check``: everything passes on both sides, the journal's rows and head agree."""
    assert mine["ok"], mine
    assert raw["ok"], raw
    details = {c["name"]: c["detail"] for c in mine["checks"]}
    assert details["变更日志"].startswith(f"{raw['checked']} 条，"), details["变更日志"]
    assert details["变更日志"].endswith(raw["head"]), details["变更日志"]
    assert details["锚点"].startswith(f"{raw['anchors']} 个"), details["锚点"]


def check_verify(mine: dict[str, Any], raw: dict[str, Any]) -> None:
    assert mine["ok"], mine["problems"][:3]
    for key in ("checked", "rows", "head", "head_seq"):
        assert mine[key] == raw[key], (key, mine[key], raw[key])


ITEM_FIELDS = (
    "type",
    "id",
    "ref",
    "source",
    "content",
    "due_on",
    "provisional",
    "status",
    "workdays_overdue",
    "workdays_left",
    "stage",
    "new_stage",
    "new_notice_number",
)
NOTICE_FIELDS = ("notice_id", "unit", "stage", "number", "reply_due", "items")


def _first_difference(got: list[Any], want: list[Any]) -> tuple[Any, Any]:
    """(fylink's, the floor's) at the first place the lists differ; None past an end."""
    return next((a, b) for a, b in zip_longest(got, want) if a != b)


def check_overdue(mine: dict[str, Any], raw: dict[str, Any]) -> None:
    """Everything `check overdue --json --dry-run` prints equals the floor's: the totals, the
    units in order with their overdue and due-soon counts, every item in order with its due
    date, working days overdue/left, the stage already issued and the stage this run issues,
    and the planned notices (unit, stage, predicted 督办 number, reply date, which items)."""
    for key in ("as_of", "within_workdays", "dry_run", "overdue", "due_soon"):
        assert mine[key] == raw[key], (key, mine[key], raw[key])
    units = [(u["unit_id"], u["unit"], u["overdue"], u["due_soon"]) for u in mine["units"]]
    expected = [(u["unit_id"], u["unit"], u["overdue"], u["due_soon"]) for u in raw["units"]]
    if units != expected:
        diff = _first_difference(units, expected)
        raise AssertionError(f"units (id, name, overdue, due soon) differ, first: {diff}")
    for unit, floor_unit in zip(mine["units"], raw["units"], strict=True):
        got = [tuple(i[f] for f in ITEM_FIELDS) for i in unit["items"]]
        want = [tuple(i[f] for f in ITEM_FIELDS) for i in floor_unit["items"]]
        if got != want:
            diff = _first_difference(got, want)
            raise AssertionError(f"{unit['unit']}: items differ, first {ITEM_FIELDS}: {diff}")
        # fylink's counts come from GROUP BYs, its items from other queries: they must agree
        late = sum(i["status"] == "逾期" for i in unit["items"])
        counts = (unit["overdue"], unit["due_soon"])
        assert (late, len(unit["items"]) - late) == counts, unit["unit"]
    notices = [tuple(n[f] for f in NOTICE_FIELDS) for n in mine["notices"]]
    planned = [tuple(n[f] for f in NOTICE_FIELDS) for n in raw["notices"]]
    if notices != planned:
        diff = _first_difference(notices, planned)
        raise AssertionError(f"planned notices differ, first {NOTICE_FIELDS}: {diff}")
    # which items each notice covers: in fylink's JSON, the unit's items with that new stage
    by_unit = {u["unit"]: u["items"] for u in mine["units"]}
    for notice in raw["notices"]:
        covered = [
            [i["type"], i["id"]]
            for i in by_unit[notice["unit"]]
            if i["new_stage"] == notice["stage"]
        ]
        assert covered == notice["covers"], (notice["unit"], notice["stage"])
    assert mine["overdue"] + mine["due_soon"] == sum(len(u["items"]) for u in mine["units"])


# --- the benchmarks ---------------------------------------------------------------------------


@dataclass
class Bench:
    name: str
    fylink_args: list[str]
    floor_args: list[str]
    check: Any
    #: Exit codes that mean success (`check overdue` exits 10 when something is overdue).
    ok: tuple[int, ...] = (0,)
    #: "json": the check compares the parsed outputs; "stream": the outputs stay in files
    #: and the check reads them (a million cases); "file": the commands write the files named
    #: by {mine} and {floor} in their arguments, and the check compares those.
    output: str = "json"


def _busy_unit(db: Path) -> tuple[int, str]:
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    unit_id, name = connection.execute(
        "SELECT u.id, COALESCE(u.short_name, u.name) FROM unit u "
        "WHERE u.kind = '政府部门' ORDER BY u.id LIMIT 1 OFFSET 7"
    ).fetchone()
    connection.close()
    return unit_id, name


def benches(db: Path) -> list[Bench]:
    _, unit_name = _busy_unit(db)
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    (cases,) = connection.execute("SELECT COUNT(*) FROM cases").fetchone()
    connection.close()
    deep = max(cases // 50 - 1, 1)  # the last full page of the register
    return [
        Bench(
            "report quarterly --json",
            ["report", "quarterly", "--json"],
            ["quarterly"],
            check_quarterly,
        ),
        Bench(
            "case list --category 行政诉讼 --year 2024 --json",
            ["case", "list", "--category", "行政诉讼", "--year", "2024", "--json"],
            ["case-list", "--category", "行政诉讼", "--year", "2024"],
            check_case_list,
        ),
        Bench(
            f"case list --unit {unit_name} --category 行政复议 --year 2024 --json",
            [
                "case",
                "list",
                "--unit",
                unit_name,
                "--category",
                "行政复议",
                "--year",
                "2024",
                "--json",
            ],
            ["case-list", "--category", "行政复议", "--year", "2024", "--unit", unit_name],
            check_case_list,
        ),
        # --dry-run: without it the check issues 督办 notices, i.e. writes on every run.
        Bench(
            "check overdue --json --dry-run",
            ["check", "overdue", "--json", "--dry-run"],
            ["overdue"],
            check_overdue,
            ok=(0, 10),
        ),
        # issue 21: a deep page, the whole register, the bulk paths
        Bench(
            "case list --page 100 --json",
            ["case", "list", "--page", "100", "--json"],
            ["page", "--page", "100"],
            check_page,
        ),
        Bench(
            f"case list --page {deep} --json",
            ["case", "list", "--page", str(deep), "--json"],
            ["page", "--page", str(deep)],
            check_page,
        ),
        Bench(
            "case list --all --json",
            ["case", "list", "--all", "--json"],
            ["all"],
            check_all,
            output="stream",
        ),
        Bench(
            "case export (CSV)",
            ["case", "export", "{mine}", "--force"],
            ["export", "--out", "{floor}"],
            check_files,
            output="file",
        ),
        Bench("log --verify --json", ["log", "--verify", "--json"], ["verify"], check_verify),
        # issue 21 (stop 25): the .xlsx export and db check against floors of their own
        Bench(
            "case export (.xlsx)",
            ["case", "export", "{mine_xlsx}", "--force"],
            ["export-xlsx", "--out", "{floor_xlsx}"],
            check_workbooks,
            output="file",
        ),
        Bench(
            "db check --json",
            ["db", "check", "--json"],
            ["check", "--reference", "{empty}"],
            check_db,
        ),
    ]


IN_PROCESS = """
import json, sqlite3, sys, time
from datetime import date
sys.path.insert(0, {here!r})
import floor
from fylink.config import load_settings
from fylink.db import read_scope, session_scope
from fylink.domain.indicators import latest_quarter
from fylink.services import calendar as calendar_service
from fylink.services import case_list, overdue, reports

db, today, repeat = {db!r}, date.fromisoformat({today!r}), {repeat}
unit_name, unit_id = {unit_name!r}, {unit_id}
only = {only!r}
raw = sqlite3.connect(f"file:{{db}}?mode=ro", uri=True)
settings = load_settings(db="sqlite:///" + db)

def best(call):
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return min(times)

def check_overdue(session):
    calendar, th = calendar_service.context(session=session, settings=settings, today=today)
    return overdue.check(
        session=session, calendar=calendar, today=today, within=th.within,
        settings=settings.escalation, dry_run=True,
    )

out = {{}}
# The report and the case list read on a Core connection, as their commands do.
with read_scope("sqlite:///" + db) as connection:
    if "report quarterly".startswith(only):
        period = latest_quarter(today)
        out["report quarterly"] = (
            best(lambda: reports.build_report(session=connection, period=period, today=today)),
            best(lambda: floor.quarterly(raw, today)),
        )
    if "case list".startswith(only):
        flt = case_list.CaseFilter(category="行政诉讼", year=2024)
        out["case list --category --year"] = (
            best(lambda: case_list.list_cases(session=connection, flt=flt)),
            best(lambda: floor.case_list(raw, "行政诉讼", 2024, None)),
        )
        flt = case_list.CaseFilter(category="行政复议", year=2024, unit=unit_name)
        out["case list --unit --category --year"] = (
            best(lambda: case_list.list_cases(session=connection, flt=flt)),
            best(lambda: floor.case_list(raw, "行政复议", 2024, unit_name)),
        )
with session_scope("sqlite:///" + db, write=False) as session:
    if "check overdue".startswith(only):
        out["check overdue (calendar, items, stages, planned notices)"] = (
            best(lambda: check_overdue(session)),
            best(lambda: floor.overdue(raw, today)),
        )
print(json.dumps(out))
"""


def in_process(
    db: Path, env: dict[str, str], today: str, repeat: int, only: str = ""
) -> dict[str, Any]:
    """The service functions against the floor's queries in one warm process: no start-up,
    no imports, no output — the SQL and the Python around it."""
    unit_id, unit_name = _busy_unit(db)
    code = IN_PROCESS.format(
        here=str(HERE),
        db=str(db),
        today=today,
        repeat=repeat,
        unit_name=unit_name,
        unit_id=unit_id,
        only=only,
    )
    run = _run([sys.executable, "-c", code], env)
    if run.code != 0:
        raise SystemExit("in-process measurement failed")
    return json.loads(run.stdout)


def _has_check_overdue(db: Path, env: dict[str, str]) -> bool:
    return fylink(db, ["check", "overdue", "--help"], env).code == 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--empty", type=Path, help="the same schema and roster, no records")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--today", default="2025-06-30")
    parser.add_argument(
        "--only",
        default="",
        metavar="NAME",
        help='only the benches whose name starts with NAME, e.g. "check overdue" or "case list"',
    )
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        metavar="NAME",
        help="leave out the benches whose name starts with NAME (repeatable)",
    )
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="fylink-bench-"))
    env = _env(work / "home", args.today)
    # An installed fylink has its bytecode compiled; a checkout run with
    # PYTHONDONTWRITEBYTECODE would recompile every module on every start.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(SRC / "fylink")], check=True)
    empty = args.empty
    if empty is None:
        empty = work / "empty.db"
        subprocess.run(
            [
                sys.executable,
                str(HERE / "generate.py"),
                str(empty),
                "--cases",
                "0",
                "--tasks",
                "0",
                "--suggestions",
                "0",
                "--today",
                args.today,
            ],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    connection = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    counts = {
        table: connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        for table in ("cases", "unit", "task", "suggestion")
    }
    connection.close()
    print(
        f"database: {args.db} ({args.db.stat().st_size / 1e6:,.0f} MB; "
        + ", ".join(f"{t} {n:,}" for t, n in counts.items())
        + ")"
    )
    print(
        f"python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}, best of {args.repeat}"
    )
    rows = []
    selected = [
        b
        for b in benches(args.db)
        if b.name.startswith(args.only) and not any(b.name.startswith(n) for n in args.skip)
    ]
    if not selected:
        parser.error(f"--only {args.only!r} matches no benchmark")
    for bench in selected:
        if bench.name.startswith("check overdue") and not _has_check_overdue(args.db, env):
            run = floor(args.db, bench.floor_args, env, args.today)
            print(
                f"\n{bench.name}: skipped — this fylink has no `check overdue` command yet "
                f"(issue 3). Raw-SQL floor: {run.wall:.2f} s, "
                f"{json.loads(run.stdout)['overdue']:,} overdue items"
            )
            continue
        mine_out, floor_out = work / "fylink.out", work / "floor.out"
        names = {
            "mine": str(work / "fylink.csv"),
            "floor": str(work / "floor.csv"),
            "mine_xlsx": str(work / "fylink.xlsx"),
            "floor_xlsx": str(work / "floor.xlsx"),
            "empty": str(empty),
        }
        f_args = [a.format(**names) for a in bench.fylink_args]
        b_args = [a.format(**names) for a in bench.floor_args]
        sink = (mine_out, floor_out) if bench.output == "stream" else (None, None)

        def mine_run(db: Path, f_args: list[str] = f_args, out: Path | None = sink[0]) -> Run:
            return fylink(db, f_args, env, out)

        def floor_run(db: Path, b_args: list[str] = b_args, out: Path | None = sink[1]) -> Run:
            return floor(db, b_args, env, args.today, out)

        first, raw = mine_run(args.db), floor_run(args.db)
        if first.code not in bench.ok:
            raise SystemExit(f"{bench.name}: fylink exited with {first.code}")
        if bench.output == "json":
            bench.check(json.loads(first.stdout), json.loads(raw.stdout))
        elif bench.output == "stream":
            bench.check(mine_out, floor_out)
        elif bench.check is check_workbooks:
            bench.check(Path(names["mine_xlsx"]), Path(names["floor_xlsx"]))
        else:
            bench.check(Path(names["mine"]), Path(names["floor"]))
        full: list[Run] = []
        base: list[Run] = []
        empty_full: list[Run] = []
        empty_base: list[Run] = []
        # Interleaved: a full run of each side, then an empty-database run of each, so a
        # change in the machine's load moves all four alike (the marginal ratio divides
        # their differences).
        for _ in range(args.repeat):
            full.append(mine_run(args.db))
            base.append(floor_run(args.db))
            empty_full.append(mine_run(empty))
            empty_base.append(floor_run(empty))
        rows.append(_row(bench.name, full, base, empty_full, empty_base))
    _print(rows)
    print("\nIn one warm process, imports and output excluded (s)\n")
    print("| work | fylink service | floor queries | ratio |")
    print("|---|---:|---:|---:|")
    warm = in_process(args.db, env, args.today, args.repeat, args.only)
    for name, (mine, raw) in warm.items():
        print(f"| {name} | {mine:.3f} | {raw:.3f} | {mine / raw:.2f} |")
    return 0


def _ratio(mine: float, raw: float) -> float:
    """NaN when the floor's part is below the clock's noise (a few milliseconds)."""
    return mine / raw if raw > 0.01 else float("nan")


def _row(name: str, full: list[Run], base: list[Run], e_full: list[Run], e_base: list[Run]) -> dict:
    f, b = min(r.wall for r in full), min(r.wall for r in base)
    ef, eb = min(r.wall for r in e_full), min(r.wall for r in e_base)
    fc, bc = min(r.cpu for r in full), min(r.cpu for r in base)
    efc, ebc = min(r.cpu for r in e_full), min(r.cpu for r in e_base)
    return {
        "name": name,
        "fylink": f,
        "floor": b,
        "whole": f / b,
        "fylink_empty": ef,
        "floor_empty": eb,
        "marginal": _ratio(f - ef, b - eb),
        "fylink_cpu": fc,
        "floor_cpu": bc,
        "cpu_whole": fc / bc,
        "fylink_empty_cpu": efc,
        "cpu_marginal": _ratio(fc - efc, bc - ebc),
        "peak": max(r.peak_mb for r in full),
        "floor_peak": max(r.peak_mb for r in base),
    }


def _fmt(value: float) -> str:
    return "—" if value != value else f"{value:.2f}"


def _print(rows: list[dict]) -> None:
    print("\nWall time (s)\n")
    print(
        "| command | fylink | floor | whole ratio | fylink, empty db | floor, empty db "
        "| marginal ratio | peak MB fylink (floor) |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(
            f"| `fylink {r['name']}` | {r['fylink']:.2f} | {r['floor']:.2f} | {r['whole']:.2f} "
            f"| {r['fylink_empty']:.2f} | {r['floor_empty']:.2f} | {_fmt(r['marginal'])} "
            f"| {r['peak']:.0f} ({r['floor_peak']:.0f}) |"
        )
    print("\nCPU time, user + system (s)\n")
    print("| command | fylink | floor | whole ratio | fylink, empty db | marginal ratio |")
    print("|---|---:|---:|---:|---:|---:|")
    for r in rows:
        print(
            f"| `fylink {r['name']}` | {r['fylink_cpu']:.2f} | {r['floor_cpu']:.2f} "
            f"| {r['cpu_whole']:.2f} | {r['fylink_empty_cpu']:.2f} | {_fmt(r['cpu_marginal'])} |"
        )


if __name__ == "__main__":
    raise SystemExit(main())
