"""Time fylink's commands against the raw-SQL floor on the same database.

    python benchmarks/generate.py /tmp/province.db
    python benchmarks/run.py /tmp/province.db [--repeat 5]
    # the same office in PostgreSQL too (createdb …; fylink db copy /tmp/province.db URL):
    python benchmarks/run.py /tmp/province.db --pg URL [--pg-only]

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
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
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


def fylink(db: Path | str, args: list[str], env: dict[str, str], stdout: Path | None = None) -> Run:
    return _run([sys.executable, "-m", "fylink", "--db", str(db), *args], env, stdout)


def floor(
    db: Path | str, args: list[str], env: dict[str, str], today: str, stdout: Path | None = None
) -> Run:
    command = [sys.executable, str(HERE / "floor.py"), str(db), *args, "--today", today]
    return _run(command, env, stdout)


# --- the same figures? ------------------------------------------------------------------------


#: How each indicator of the report is measured (domain.md §4): a rate is numerator /
#: denominator in %, an amount is summed in 分 and printed in 元, 万人成讼率 needs a
#: population (none in a generated database), the rest are counts.
RATES = {
    "loss_rate",
    "head_appearance_rate",
    "reconsideration_correction_rate",
    "reconsideration_settlement_rate",
    "substantive_resolution_rate",
    "presuit_mediation_success_rate",
    "enforcement_recovery_rate",
    "suggestion_feedback_rate",
    "suggestion_reply_rate",
    "task_completion_rate",
}
AMOUNTS = {"enforcement_amount", "enforcement_recovery_rate"}
ATTENTION_LIMIT = 20


def _half_up(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.1"), ROUND_HALF_UP)


def _published(key: str, n: int, d: int | None) -> Decimal | None:
    """The value the report prints, from the floor's sums: a rate with one decimal rounded
    half up (None over a zero denominator), an amount in 元, a count as it is."""
    if key in RATES:
        return _half_up(Decimal(n) * 100 / d) if d else None
    if key == "litigation_per_10k":
        return None  # no population recorded in a generated database
    if key in AMOUNTS:
        return Decimal(n) / 100
    return Decimal(n)


def _change(key: str, old: Decimal | None, new: Decimal | None) -> Decimal | None:
    """同比/环比: a rate in percentage points between the published values, anything else
    relative in %; None ("—") without both values or over a zero base."""
    if old is None or new is None:
        return None
    if key in RATES:
        return _half_up(new - old)
    return None if old == 0 else _half_up((new - old) * 100 / old)


def _json_number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _floor_figure(key: str, cells: list[dict[str, int] | None]) -> dict[str, Any]:
    """One indicator as the report prints it (numerator, denominator, value, 同比, 环比),
    computed from the floor's sums for the three windows (this, a year earlier, previous)."""
    sums = [cell or {} for cell in cells]
    n = [cell.get(f"{key}:n", 0) for cell in sums]
    d: list[int | None] = [cell.get(f"{key}:d", 0) for cell in sums]
    if key not in RATES:
        d = [None, None, None]
    values = [_published(key, n[w], d[w]) for w in range(3)]
    scale = Decimal(100) if key in AMOUNTS else Decimal(1)
    yoy, qoq = _change(key, values[1], values[0]), _change(key, values[2], values[0])
    return {
        "numerator": [float(Decimal(x) / scale) for x in n],
        "denominator": [None if x is None else float(Decimal(x) / scale) for x in d],
        "value": [_json_number(v) for v in values],
        "yoy": _json_number(yoy),
        "qoq": _json_number(qoq),
        # a change on a base of fewer than 10 cases (a rate's denominator, a count's number)
        # comes with a caveat
        "yoy_small_base": None if yoy is None else _small_base(key, n[1], d[1]),
        "qoq_small_base": None if qoq is None else _small_base(key, n[2], d[2]),
    }


def _small_base(key: str, n: int, d: int | None) -> int | None:
    if key in AMOUNTS:
        return None  # money has no case count
    cases = d if key in RATES else n
    return cases if cases is not None and cases < 10 else None


def _mine_figure(figure: dict[str, Any], windows: bool) -> dict[str, Any]:
    parts = [figure, figure.get("last_year", {}), figure.get("previous", {})]
    if not windows:  # per unit: the report prints this period's figures and the changes
        parts = [figure]
    return {
        "numerator": [p.get("numerator") for p in parts],
        "denominator": [p.get("denominator") for p in parts],
        "value": [p.get("value") for p in parts],
        "yoy": figure["yoy"],
        "qoq": figure["qoq"],
    } | {key: figure[key] for key in ("yoy_small_base", "qoq_small_base") if key in figure}


def _same_figure(where: str, key: str, mine: dict[str, Any], raw: dict[str, Any]) -> None:
    for part, got in mine.items():
        want = raw[part][: len(got)] if isinstance(got, list) else raw[part]
        assert got == want, f"{where} {key} {part}: fylink {got}, floor {want}"


def check_quarterly(mine: dict[str, Any], raw: dict[str, Any]) -> None:
    """Every figure of `report quarterly --json` against the floor's: each indicator's
    numerator, denominator and value in the three windows and its 同比/环比, 双下降; every
    unit's figures, which units are listed and their rank; the attention lists in full
    (losses, overdue tasks, unanswered suggestions, money still owed, watched enterprises)
    with their totals."""
    windows = raw["windows"]
    assert [mine["period"]["start"], mine["period"]["as_of"]] == windows[0], mine["period"]
    compare = mine["compare"]
    assert [compare["last_year"]["start"], compare["last_year"]["end"]] == windows[1]
    assert [compare["previous"]["start"], compare["previous"]["end"]] == windows[2]
    totals = [raw["totals"].get(str(w), {}) for w in range(3)]
    expected: dict[str, dict[str, Any]] = {}
    for key, figure in mine["indicators"].items():
        expected[key] = _floor_figure(key, totals)
        _same_figure("total", key, _mine_figure(figure, windows=True), expected[key])
    # 双下降: 发案量 and 败诉率 (published values) both below a year earlier
    filed, loss = expected["litigation_filed"], expected["loss_rate"]
    filed_down = filed["numerator"][0] < filed["numerator"][1]
    loss_down = None
    if loss["value"][0] is not None and loss["value"][1] is not None:
        loss_down = loss["value"][0] < loss["value"][1]
    decline = mine["double_decline"]
    assert decline["litigation_filed_down"] == filed_down, decline
    assert decline["loss_rate_down"] == bool(loss_down), decline
    assert decline["achieved"] == (filed_down and bool(loss_down)), decline
    # units: the court and the procuratorate are not ranked; a unit without a record is
    # listed only when it is an agency still in being; ranked by 发案量, 败诉数, 败诉率,
    # 逾期事项, 逾期建议 (most first), then by name
    listed = []
    for unit in raw["units"].values():
        if unit["kind"] in ("法院", "检察院"):
            continue
        present = any(cell is not None for cell in unit["windows"])
        if not present and (unit["kind"] not in ("政府部门", "乡镇街道") or unit["merged"]):
            continue
        figures = {key: _floor_figure(key, unit["windows"]) for key in expected}
        listed.append((unit, figures))

    def rank(entry: tuple[dict[str, Any], dict[str, Any]]) -> tuple[Any, ...]:
        unit, f = entry
        return (
            -f["litigation_filed"]["numerator"][0],
            -f["loss_rate"]["numerator"][0],
            -(f["loss_rate"]["value"][0] or 0),
            -f["tasks_overdue"]["numerator"][0],
            -f["suggestions_unanswered"]["numerator"][0],
            unit["name"],
        )

    listed.sort(key=rank)
    got_units = [(u["rank"], u["unit"], u["unit_name"], u["kind"]) for u in mine["units"]]
    want_units = [(i, u["label"], u["name"], u["kind"]) for i, (u, _) in enumerate(listed, 1)]
    if got_units != want_units:
        diff = _first_difference(got_units, want_units)
        raise AssertionError(f"units (rank, unit, name, kind) differ, first: {diff}")
    for unit, (_, figures) in zip(mine["units"], listed, strict=True):
        for key, figure in unit["indicators"].items():
            _same_figure(unit["unit"], key, _mine_figure(figure, windows=False), figures[key])
    # what needs attention
    attention, floor_attention = mine["attention"], raw["attention"]
    as_of = date.fromisoformat(windows[0][1])
    lists = {
        "losses": [
            {"case_no": no, "unit": unit, "outcome": outcome, "closed_on": day, "field": fld}
            for no, unit, outcome, day, fld in floor_attention["losses"]
        ],
        "overdue_tasks": [
            {
                "id": task_id,
                "list_no": list_no,
                "content": content,
                "unit": unit,
                "due_on": due,
                "days_overdue": (as_of - date.fromisoformat(due)).days,
            }
            for task_id, content, unit, due, list_no in floor_attention["overdue_tasks"]
        ],
        "unanswered_suggestions": [
            {
                "doc_no": doc_no,
                "issuer": issuer,
                "unit": unit,
                "reply_due": due,
                "days_overdue": (as_of - date.fromisoformat(due)).days,
            }
            for doc_no, issuer, unit, due in floor_attention["unanswered_suggestions"]
        ],
        "unpaid_enforcement": [
            {
                "unit": unit,
                "cases": cases,
                "claimed": _yuan(claimed),
                "recovered": _yuan(recovered),
                "unpaid": _yuan(unpaid),
            }
            for unit, cases, claimed, recovered, unpaid in floor_attention["unpaid_enforcement"]
        ],
    }
    for name, rows in lists.items():
        got = attention[name]
        if got != rows[:ATTENTION_LIMIT]:
            diff = _first_difference(got, rows[:ATTENTION_LIMIT])
            raise AssertionError(f"attention {name} differs, first: {diff}")
    assert attention["losses_total"] == expected["loss_rate"]["numerator"][0]
    assert attention["overdue_tasks_total"] == expected["tasks_overdue"]["numerator"][0]
    unanswered = expected["suggestions_unanswered"]["numerator"][0]
    assert attention["unanswered_suggestions_total"] == unanswered
    assert attention["unpaid_enforcement_total"] == len(floor_attention["unpaid_enforcement"])
    levels = {level: n for level, n, _ in floor_attention["watched"]}
    assert attention["watched_enterprises"] == {
        "total": sum(levels.values()),
        "by_level": {level: levels.get(level, 0) for level in ("高", "中", "低")},
        "in_bankruptcy": sum(b or 0 for _, _, b in floor_attention["watched"]),
    }, attention["watched_enterprises"]


def _yuan(fen: int) -> str:
    return f"{Decimal(fen) / 100:,.2f}"


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
    units in order with their overdue and due-soon counts, every item (tasks, suggestions,
    the written replies 督办 notices asked for) in order with its due date, working days
    overdue/left, the stage already issued and the stage this run issues (提醒 before the
    deadline, 提示/商请 for a court or procuratorate, 通报 for a reply long overdue), and
    the planned notices (unit, stage, predicted 督办 number, reply date, which items)."""
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
    assert mine["opened"] == raw["opened"], mine["opened"]  # a dry run opens nothing
    if raw["deliveries"] == 0:  # nothing ever sent: nothing can be stuck
        assert mine["deliveries_stuck"] == 0, mine["deliveries_stuck"]


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


# --- PostgreSQL (issue 21) ---------------------------------------------------------------------
#
# The same office in PostgreSQL (loaded with ``fylink db copy DB URL``): each command is run on
# PostgreSQL and on the SQLite file, and the floor on both (floor.py reads a PostgreSQL URL
# through psycopg), alternating; fylink's output on PostgreSQL must equal the floor's there and
# its own on SQLite. The target is fylink on PostgreSQL ≤ 1.5× fylink on SQLite, whole command.


def pg_benches(db: Path) -> list[Bench]:
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    (cases,) = connection.execute("SELECT COUNT(*) FROM cases").fetchone()
    connection.close()
    deep = max(cases // 50 - 1, 1)
    return [
        Bench(
            "check overdue --json --dry-run",
            ["check", "overdue", "--json", "--dry-run"],
            ["overdue"],
            check_overdue,
            ok=(0, 10),
        ),
        Bench(
            "case list --category 行政诉讼 --year 2024 --json",
            ["case", "list", "--category", "行政诉讼", "--year", "2024", "--json"],
            ["case-list", "--category", "行政诉讼", "--year", "2024"],
            check_case_list,
        ),
        Bench(
            f"case list --page {deep} --json",
            ["case", "list", "--page", str(deep), "--json"],
            ["page", "--page", str(deep)],
            check_page,
        ),
        Bench(
            "report quarterly --json",
            ["report", "quarterly", "--json"],
            ["quarterly"],
            check_quarterly,
        ),
        Bench("log --verify --json", ["log", "--verify", "--json"], ["verify"], check_verify),
    ]


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def run_pg(args: argparse.Namespace, env: dict[str, str], selected: list[Bench]) -> None:
    url = args.pg
    print(f"\nPostgreSQL: {url} against SQLite {args.db}, best (median) of {args.repeat}")
    print(
        "CPU is the client process's (fylink's, the floor's): the server's work on PostgreSQL "
        "shows in the wall time only\n"
    )
    print(
        "| command | fylink PG wall | fylink SQLite wall | **PG ÷ SQLite (wall)** "
        "| fylink PG CPU | fylink SQLite CPU | PG ÷ SQLite (CPU) | floor PG wall "
        "| floor SQLite wall | fylink PG ÷ floor PG (wall) |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for bench in selected:
        on_pg = fylink(url, bench.fylink_args, env)
        on_sqlite = fylink(args.db, bench.fylink_args, env)
        raw_pg = floor(url, bench.floor_args, env, args.today)
        for run in (on_pg, on_sqlite):
            if run.code not in bench.ok:
                raise SystemExit(f"{bench.name}: fylink exited with {run.code}")
        mine = json.loads(on_pg.stdout)
        bench.check(mine, json.loads(raw_pg.stdout))
        if mine != json.loads(on_sqlite.stdout):
            raise SystemExit(f"{bench.name}: fylink prints differently on PostgreSQL and SQLite")
        runs: dict[str, list[Run]] = {"pg": [], "sqlite": [], "floor_pg": [], "floor_sqlite": []}
        for _ in range(args.repeat):
            runs["pg"].append(fylink(url, bench.fylink_args, env))
            runs["sqlite"].append(fylink(args.db, bench.fylink_args, env))
            runs["floor_pg"].append(floor(url, bench.floor_args, env, args.today))
            runs["floor_sqlite"].append(floor(args.db, bench.floor_args, env, args.today))

        def best(
            side: str, what: str = "wall", runs: dict[str, list[Run]] = runs
        ) -> tuple[float, float]:
            values = [getattr(r, what) for r in runs[side]]
            return min(values), _median(values)

        pg, sq = best("pg"), best("sqlite")
        pg_cpu, sq_cpu = best("pg", "cpu"), best("sqlite", "cpu")
        fpg, fsq = best("floor_pg"), best("floor_sqlite")
        print(
            f"| `fylink {bench.name}` | {pg[0]:.2f} ({pg[1]:.2f}) | {sq[0]:.2f} ({sq[1]:.2f}) "
            f"| **{pg[0] / sq[0]:.2f}** ({pg[1] / sq[1]:.2f}) "
            f"| {pg_cpu[0]:.2f} ({pg_cpu[1]:.2f}) | {sq_cpu[0]:.2f} ({sq_cpu[1]:.2f}) "
            f"| {pg_cpu[0] / sq_cpu[0]:.2f} | {fpg[0]:.2f} ({fpg[1]:.2f}) "
            f"| {fsq[0]:.2f} ({fsq[1]:.2f}) | {pg[0] / fpg[0]:.2f} |",
            flush=True,
        )


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
    parser.add_argument(
        "--pg",
        metavar="URL",
        help="the same office in PostgreSQL (fylink db copy DB URL): time the PostgreSQL "
        "benches too, against the same commands on DB",
    )
    parser.add_argument(
        "--pg-only", action="store_true", help="with --pg: only the PostgreSQL benches"
    )
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="fylink-bench-"))
    env = _env(work / "home", args.today)
    if args.pg_only:
        if not args.pg:
            parser.error("--pg-only needs --pg URL")
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(SRC / "fylink")], check=True)
        load = " ".join(f"{x:.1f}" for x in os.getloadavg())
        print(f"python {platform.python_version()}, {os.cpu_count()} CPUs, load average {load}")
        run_pg(args, env, _pg_selected(args, parser))
        return 0
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
    if args.pg:
        run_pg(args, env, _pg_selected(args, parser))
    print("\nIn one warm process, imports and output excluded (s)\n")
    print("| work | fylink service | floor queries | ratio |")
    print("|---|---:|---:|---:|")
    warm = in_process(args.db, env, args.today, args.repeat, args.only)
    for name, (mine, raw) in warm.items():
        print(f"| {name} | {mine:.3f} | {raw:.3f} | {mine / raw:.2f} |")
    return 0


def _pg_selected(args: argparse.Namespace, parser: argparse.ArgumentParser) -> list[Bench]:
    selected = [
        b
        for b in pg_benches(args.db)
        if b.name.startswith(args.only) and not any(b.name.startswith(n) for n in args.skip)
    ]
    if not selected:
        parser.error(f"--only {args.only!r} matches no PostgreSQL benchmark")
    return selected


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
