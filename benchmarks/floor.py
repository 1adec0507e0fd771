"""The raw-SQL floor: hand-written sqlite3 queries computing what fylink's commands compute.

    python benchmarks/floor.py DB quarterly [--today 2025-06-30]
    python benchmarks/floor.py DB case-list --category 行政诉讼 --year 2024 [--unit ID]
    python benchmarks/floor.py DB overdue [--today 2025-06-30]

Only the standard library: no SQLAlchemy, no fylink imports, so the process costs the
interpreter's start and the queries, nothing else. Each prints JSON on stdout (the
figures fylink must match; ``run.py`` compares them).

The queries are what an engineer would write by hand against the same schema and
indexes: one pass per source (cases by filing, closing and hearing date; tasks;
suggestions) and period, grouped by unit, with SQLite's boolean sums; the headline totals
are summed from the unit groups in Python, which is cheaper than any SQL rollup.
"""

import argparse
import calendar
import json
import sqlite3
import sys
from datetime import date, timedelta
from typing import Any

AGENCY = "('政府部门', '乡镇街道')"
ALL_CATEGORIES = (
    "('行政复议', '行政诉讼', '诉前调解', '行政调解', '非诉执行', '涉行政机关执行', '破产', "
    "'问题楼盘', '金融风险', '涉诉信访', '其他')"
)


def _quarter(day: date) -> tuple[date, date]:
    last_month = 3 * ((day.month - 1) // 3) + 3
    start = date(day.year, last_month - 2, 1)
    return start, date(day.year, last_month, calendar.monthrange(day.year, last_month)[1])


def _windows(today: date) -> list[tuple[date, date]]:
    """The latest finished quarter, the same quarter a year earlier, the previous quarter."""
    start, end = _quarter(today)
    if end > today:
        start, end = _quarter(start - timedelta(days=1))
    last_year = _quarter(date(start.year - 1, start.month, 1))
    previous = _quarter(start - timedelta(days=1))
    return [(start, min(end, today)), last_year, previous]


FILED = f"""
SELECT c.unit_id,
       SUM(c.category = '行政诉讼' AND c.instance = '一审' AND u.kind IN {AGENCY}),
       SUM(c.instance = '一审' AND c.case_family IN ('行政', '行政赔偿', '民事'))
FROM cases c JOIN unit u ON u.id = c.unit_id
WHERE c.category IN {ALL_CATEGORIES} AND c.filed_on BETWEEN ? AND ?
GROUP BY c.unit_id
"""

CLOSED = f"""
SELECT c.unit_id,
       SUM(c.category = '行政诉讼' AND c.instance = '一审' AND u.kind IN {AGENCY} AND c.is_loss),
       SUM(c.category = '行政诉讼' AND c.instance = '一审' AND u.kind IN {AGENCY}),
       SUM(c.category = '行政复议' AND c.is_correction),
       SUM(c.category = '行政复议' AND c.is_judgment),
       SUM(c.category = '行政复议' AND c.is_settled),
       SUM(c.category = '行政复议'),
       SUM(c.category IN ('行政复议', '诉前调解', '行政调解') AND c.resolved IS 1),
       SUM(c.category IN ('行政复议', '诉前调解', '行政调解')),
       SUM(c.category = '诉前调解' AND c.is_settled),
       SUM(c.category = '诉前调解'),
       SUM(c.category = '涉行政机关执行'),
       SUM(CASE WHEN c.category = '涉行政机关执行' THEN COALESCE(c.recovered_fen, 0) END),
       SUM(CASE WHEN c.category = '涉行政机关执行' AND c.claimed_fen > 0
                THEN COALESCE(c.recovered_fen, 0) END),
       SUM(CASE WHEN c.category = '涉行政机关执行' AND c.claimed_fen > 0
                THEN c.claimed_fen END)
FROM cases c JOIN unit u ON u.id = c.unit_id
WHERE c.category IN ('行政诉讼', '行政复议', '诉前调解', '行政调解', '涉行政机关执行')
  AND c.closed_on BETWEEN ? AND ?
GROUP BY c.unit_id
"""
CLOSED_KEYS = [
    ("loss_rate", "n"),
    ("loss_rate", "d"),
    ("reconsideration_correction_rate", "n"),
    ("reconsideration_correction_rate", "d"),
    ("reconsideration_settlement_rate", "n"),
    ("reconsideration_settlement_rate", "d"),
    ("substantive_resolution_rate", "n"),
    ("substantive_resolution_rate", "d"),
    ("presuit_mediation_success_rate", "n"),
    ("presuit_mediation_success_rate", "d"),
    ("enforcement_closed", "n"),
    ("enforcement_amount", "n"),
    ("enforcement_recovery_rate", "n"),
    ("enforcement_recovery_rate", "d"),
]

HEARD = f"""
SELECT c.unit_id, SUM(c.head_appeared IS 1), COUNT(*)
FROM cases c JOIN unit u ON u.id = c.unit_id
WHERE c.category = '行政诉讼' AND c.heard_on BETWEEN ? AND ? AND c.heard IS 1
  AND u.kind IN {AGENCY}
GROUP BY c.unit_id
"""

TASKS = """
SELECT lead_unit_id, SUM(completed_on IS NOT NULL AND completed_on <= due_on), COUNT(*)
FROM task WHERE due_on BETWEEN ? AND ? GROUP BY lead_unit_id
"""

SUGGESTIONS = """
SELECT unit_id, SUM(replied_on IS NOT NULL AND replied_on <= reply_due), COUNT(*)
FROM suggestion WHERE reply_due BETWEEN ? AND ? GROUP BY unit_id
"""

OVERDUE_TASKS = """
SELECT lead_unit_id,
       SUM(due_on < :a0 AND (completed_on IS NULL OR completed_on > :a0)),
       SUM(due_on < :a1 AND (completed_on IS NULL OR completed_on > :a1)),
       SUM(due_on < :a2 AND (completed_on IS NULL OR completed_on > :a2))
FROM task
WHERE due_on < :latest AND (completed_on IS NULL OR completed_on > :earliest)
GROUP BY lead_unit_id
"""

OVERDUE_SUGGESTIONS = """
SELECT unit_id,
       SUM(reply_due < :a0 AND (replied_on IS NULL OR replied_on > :a0)),
       SUM(reply_due < :a1 AND (replied_on IS NULL OR replied_on > :a1)),
       SUM(reply_due < :a2 AND (replied_on IS NULL OR replied_on > :a2))
FROM suggestion
WHERE reply_due < :latest AND (replied_on IS NULL OR replied_on > :earliest)
GROUP BY unit_id
"""

LOSSES = f"""
SELECT c.case_no, COALESCE(u.short_name, u.name), c.outcome, c.closed_on, c.field
FROM cases c JOIN unit u ON u.id = c.unit_id
WHERE c.closed_on BETWEEN ? AND ? AND c.category = '行政诉讼' AND c.instance = '一审'
  AND u.kind IN {AGENCY} AND c.is_loss
ORDER BY c.closed_on, c.case_no LIMIT 20
"""

OVERDUE_TASK_LIST = """
SELECT t.id, t.content, COALESCE(u.short_name, u.name), t.due_on, t.list_no
FROM task t JOIN unit u ON u.id = t.lead_unit_id
WHERE t.due_on < ? AND (t.completed_on IS NULL OR t.completed_on > ?)
ORDER BY t.due_on, t.id LIMIT 20
"""

OVERDUE_SUGGESTION_LIST = """
SELECT s.doc_no, s.issuer, COALESCE(u.short_name, u.name), s.reply_due
FROM suggestion s JOIN unit u ON u.id = s.unit_id
WHERE s.reply_due < ? AND (s.replied_on IS NULL OR s.replied_on > ?)
ORDER BY s.reply_due, s.doc_no LIMIT 20
"""


def quarterly(db: sqlite3.Connection, today: date) -> dict[str, Any]:
    windows = _windows(today)
    # per (unit, window): {"key:n" or "key:d": sum}
    figures: dict[tuple[int, int], dict[str, int]] = {}

    def add(unit_id: int, window: int, key: str, value: Any) -> None:
        cell = figures.setdefault((unit_id, window), {})
        cell[key] = cell.get(key, 0) + int(value or 0)

    for w, (start, end) in enumerate(windows):
        bounds = (start.isoformat(), end.isoformat())
        for unit_id, filed, per_10k in db.execute(FILED, bounds):
            add(unit_id, w, "litigation_filed:n", filed)
            add(unit_id, w, "litigation_per_10k:n", per_10k)
        for row in db.execute(CLOSED, bounds):
            for (key, part), value in zip(CLOSED_KEYS, row[1:], strict=True):
                add(row[0], w, f"{key}:{part}", value)
        for unit_id, appeared, heard in db.execute(HEARD, bounds):
            add(unit_id, w, "head_appearance_rate:n", appeared)
            add(unit_id, w, "head_appearance_rate:d", heard)
        for unit_id, done, due in db.execute(TASKS, bounds):
            add(unit_id, w, "task_completion_rate:n", done)
            add(unit_id, w, "task_completion_rate:d", due)
        for unit_id, replied, due in db.execute(SUGGESTIONS, bounds):
            add(unit_id, w, "suggestion_reply_rate:n", replied)
            add(unit_id, w, "suggestion_reply_rate:d", due)
    as_of = [end.isoformat() for _, end in windows]
    params = {"a0": as_of[0], "a1": as_of[1], "a2": as_of[2]}
    params |= {"latest": max(as_of), "earliest": min(as_of)}
    for query, key in (
        (OVERDUE_TASKS, "tasks_overdue:n"),
        (OVERDUE_SUGGESTIONS, "suggestions_unanswered:n"),
    ):
        for unit_id, *counts in db.execute(query, params):
            for w, count in enumerate(counts):
                add(unit_id, w, key, count)
    units = db.execute("SELECT id, name, short_name, kind, region FROM unit ORDER BY id").fetchall()
    office = db.execute("SELECT name, region FROM office").fetchone()
    current = windows[0]
    attention = {
        "losses": db.execute(LOSSES, (current[0].isoformat(), current[1].isoformat())).fetchall(),
        "overdue_tasks": db.execute(OVERDUE_TASK_LIST, (as_of[0], as_of[0])).fetchall(),
        "unanswered_suggestions": db.execute(
            OVERDUE_SUGGESTION_LIST, (as_of[0], as_of[0])
        ).fetchall(),
    }
    totals: dict[int, dict[str, int]] = {}
    for (_, w), cell in figures.items():
        for key, value in cell.items():
            totals.setdefault(w, {})[key] = totals.setdefault(w, {}).get(key, 0) + value
    return {
        "office": office,
        "windows": [(s.isoformat(), e.isoformat()) for s, e in windows],
        "totals": {str(w): values for w, values in sorted(totals.items())},
        "units": {str(unit_id): dict(figures.get((unit_id, 0), {})) for unit_id, *_ in units},
        "unit_count": len(units),
        "attention": attention,
    }


CASE_LIST_WHERE = "c.category = ? AND c.filed_on BETWEEN ? AND ?"


def case_list(db: sqlite3.Connection, category: str, year: int, unit: int | None) -> Any:
    where = CASE_LIST_WHERE
    params: list[Any] = [category, f"{year}-01-01", f"{year}-12-31"]
    if unit is not None:
        where += " AND c.unit_id = ?"
        params.append(unit)
    total = db.execute(f"SELECT COUNT(*) FROM cases c WHERE {where}", params).fetchone()[0]
    cursor = db.execute(
        f"SELECT c.*, COALESCE(u.short_name, u.name) AS unit_label "
        f"FROM cases c JOIN unit u ON u.id = c.unit_id WHERE {where} "
        "ORDER BY c.filed_on DESC, c.id DESC LIMIT 50",
        params,
    )
    names = [d[0] for d in cursor.description]
    return {"total": total, "rows": [dict(zip(names, row, strict=True)) for row in cursor]}


OVERDUE_BY_UNIT = """
SELECT t.lead_unit_id, COALESCE(u.short_name, u.name), COUNT(*), MIN(t.due_on)
FROM task t JOIN unit u ON u.id = t.lead_unit_id
WHERE t.completed_on IS NULL AND t.due_on < ?
GROUP BY t.lead_unit_id
ORDER BY COUNT(*) DESC
"""


def overdue(db: sqlite3.Connection, today: date) -> Any:
    rows = db.execute(OVERDUE_BY_UNIT, (today.isoformat(),)).fetchall()
    return {"units": rows, "total": sum(r[2] for r in rows)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("what", choices=("quarterly", "case-list", "overdue"))
    parser.add_argument("--today", default="2025-06-30")
    parser.add_argument("--category", default="行政诉讼")
    parser.add_argument("--year", type=int, default=2024)
    parser.add_argument("--unit", type=int)
    args = parser.parse_args(argv)
    db = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    today = date.fromisoformat(args.today)
    if args.what == "quarterly":
        result = quarterly(db, today)
    elif args.what == "case-list":
        result = case_list(db, args.category, args.year, args.unit)
    else:
        result = overdue(db, today)
    json.dump(result, sys.stdout, ensure_ascii=False, default=str)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
