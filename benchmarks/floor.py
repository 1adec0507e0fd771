"""The raw-SQL floor: hand-written sqlite3 queries computing what fylink's commands compute.

    python benchmarks/floor.py DB quarterly [--today 2025-06-30]
    python benchmarks/floor.py DB case-list --category 行政诉讼 --year 2024 [--unit ID]
    python benchmarks/floor.py DB overdue [--today 2025-06-30]
    python benchmarks/floor.py DB page --page 100            # a deep page of the register
    python benchmarks/floor.py DB all                        # every case, JSON lines
    python benchmarks/floor.py DB export --out FILE.csv      # what `case export` writes
    python benchmarks/floor.py DB verify                     # the journal's hash chain

Only the standard library — plus, for ``overdue``, the ``chinesecalendar`` package fylink
itself depends on, for the official holidays — no SQLAlchemy, no fylink imports, so the
process costs the interpreter's start and the queries, nothing else. Each prints JSON on
stdout (the figures fylink must match; ``run.py`` compares them).

The queries are what an engineer would write by hand against the same schema and
indexes: one pass per source (cases by filing, closing and hearing date; tasks;
suggestions) and period, grouped by unit, with SQLite's boolean sums; the headline totals
are summed from the unit groups in Python, which is cheaper than any SQL rollup.

``overdue`` computes everything ``fylink check overdue --json --dry-run`` prints, in the same
shape: two indexed queries fetch the open tasks and unanswered suggestions due before the end
of the 临期 window, each with the highest 提醒/催办/督办 already issued for it (a correlated MAX
over notice_item's (item, stage) index); the working days overdue and left are differences of
a running count of working days (chinesecalendar plus the ``calendar_override`` rows), built
once over the span of the due dates; per-unit counts are counted from those rows, the stage
this run reaches compared with the one issued, and the notices planned per unit and stage with
their predicted 督办 numbers (after ``MAX(number)`` of the year).
"""

import argparse
import calendar
import csv
import hashlib
import json
import re
import sqlite3
import sys
import unicodedata
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
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
       -- disputes: 行政复议, 诉前调解, 行政调解, and a suit withdrawn after coordination
       -- (协调撤诉) marked resolved (indicators.resolution_includes_withdrawn_suits)
       SUM(c.resolved IS 1 AND (c.category IN ('行政复议', '诉前调解', '行政调解')
                                OR (c.category = '行政诉讼' AND c.is_withdrawn IS 1))),
       SUM(c.category IN ('行政复议', '诉前调解', '行政调解')
           OR (c.category = '行政诉讼' AND c.is_withdrawn IS 1 AND c.resolved IS 1)),
       SUM(c.category = '诉前调解' AND c.is_settled),
       SUM(c.category = '诉前调解'),
       -- 终结本次执行 is not 执结 (indicators.enforcement_closed_includes_terminated)
       SUM(c.category = '涉行政机关执行' AND c.outcome != '终结本次执行'),
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

# 反馈率 counts every reply, 按期反馈率 only those by the due date (issue 13)
SUGGESTIONS = """
SELECT unit_id, SUM(replied_on IS NOT NULL),
       SUM(replied_on IS NOT NULL AND replied_on <= reply_due), COUNT(*)
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

# Money still owed, per debtor unit, whatever the period (a state of today): 标的 − 到位
UNPAID = """
SELECT COALESCE(u.short_name, u.name), COUNT(*), SUM(COALESCE(c.claimed_fen, 0)),
       SUM(COALESCE(c.recovered_fen, 0)),
       SUM(COALESCE(c.claimed_fen, 0) - COALESCE(c.recovered_fen, 0)) AS unpaid
FROM cases c JOIN unit u ON u.id = c.unit_id
WHERE c.category = '涉行政机关执行'
  AND COALESCE(c.claimed_fen, 0) - COALESCE(c.recovered_fen, 0) > 0
GROUP BY u.id
ORDER BY unpaid DESC, 1
"""

# 重点关注企业 not merged into another party, by level; those in a 破产 case
WATCHED = """
SELECT w.level, COUNT(*),
       SUM(EXISTS (SELECT 1 FROM case_party cp JOIN cases c ON c.id = cp.case_id
                   WHERE cp.party_id = w.party_id AND c.category = '破产'))
FROM party_watch w
WHERE NOT EXISTS (SELECT 1 FROM party_merge m WHERE m.party_id = w.party_id)
GROUP BY w.level
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
        for unit_id, replied, in_time, due in db.execute(SUGGESTIONS, bounds):
            add(unit_id, w, "suggestion_feedback_rate:n", replied)
            add(unit_id, w, "suggestion_feedback_rate:d", due)
            add(unit_id, w, "suggestion_reply_rate:n", in_time)
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
    units = db.execute(
        "SELECT id, name, short_name, kind, region, merged_into_id FROM unit ORDER BY id"
    ).fetchall()
    office = db.execute("SELECT name, region FROM office").fetchone()
    current = windows[0]
    attention = {
        "losses": db.execute(LOSSES, (current[0].isoformat(), current[1].isoformat())).fetchall(),
        "overdue_tasks": db.execute(OVERDUE_TASK_LIST, (as_of[0], as_of[0])).fetchall(),
        "unanswered_suggestions": db.execute(
            OVERDUE_SUGGESTION_LIST, (as_of[0], as_of[0])
        ).fetchall(),
        "unpaid_enforcement": db.execute(UNPAID).fetchall(),
        "watched": db.execute(WATCHED).fetchall(),
    }
    totals: dict[int, dict[str, int]] = {}
    for (_, w), cell in figures.items():
        for key, value in cell.items():
            totals.setdefault(w, {})[key] = totals.setdefault(w, {}).get(key, 0) + value
    return {
        "office": office,
        "windows": [(s.isoformat(), e.isoformat()) for s, e in windows],
        "totals": {str(w): values for w, values in sorted(totals.items())},
        # per unit: its figures in each window ({} where it has no rows), and who it is
        "units": {
            str(unit_id): {
                "name": name,
                "label": short or name,
                "kind": kind,
                "merged": merged is not None,
                "windows": [figures.get((unit_id, w)) for w in range(len(windows))],
            }
            for unit_id, name, short, kind, _, merged in units
        },
        "unit_count": len(units),
        "attention": attention,
    }


CASE_LIST_WHERE = "c.category = ? AND c.filed_on BETWEEN ? AND ?"


def case_list(db: sqlite3.Connection, category: str, year: int, unit: str | None) -> Any:
    where = CASE_LIST_WHERE
    params: list[Any] = [category, f"{year}-01-01", f"{year}-12-31"]
    if unit is not None:
        # The unit is named, as the clerk names it to fylink: look it up first.
        (unit_id,) = db.execute(
            "SELECT id FROM unit WHERE name = ? OR short_name = ?", (unit, unit)
        ).fetchone()
        where += " AND c.unit_id = ?"
        params.append(unit_id)
    total = db.execute(f"SELECT COUNT(*) FROM cases c WHERE {where}", params).fetchone()[0]
    cursor = db.execute(
        f"SELECT c.*, COALESCE(u.short_name, u.name) AS unit_label "
        f"FROM cases c JOIN unit u ON u.id = c.unit_id WHERE {where} "
        "ORDER BY c.filed_on DESC, c.id DESC LIMIT 50",
        params,
    )
    names = [d[0] for d in cursor.description]
    return {"total": total, "rows": [dict(zip(names, row, strict=True)) for row in cursor]}


# --- check overdue --------------------------------------------------------------------------
#
# fylink's default settings (src/fylink/config.py); the benchmark's FYLINK_HOME has no config
# file, so these are what `check overdue` runs with.
DUE_SOON_WORKDAYS = 3  # tasks.due_soon_workdays
#: (stage, escalation.*_after_workdays), highest first
LADDER = (("督办", 10), ("催办", 5), ("提醒", 0))
#: a written reply (书面报送) a 督办 asked for: 催办 once late, 通报 after
#: escalation.bulletin_after_workdays
REPLY_LADDER = (("通报", 5), ("催办", 0))
REPLY_WITHIN_WORKDAYS = 5  # escalation.reply_within_workdays
#: escalation.consult_kinds: a court or procuratorate is not 督办'd: 提示 / 商请, no 文号,
#: and not 通报'd (its late reply stays at 提示)
CONSULT_KINDS = ("法院", "检察院")
CONSULT = {"催办": "提示", "督办": "商请"}
STAGES = ("提醒", "催办", "督办", "通报")
RANK = {"提醒": 1, "催办": 2, "提示": 2, "督办": 3, "商请": 3, "通报": 4}
#: the notices that ask for a written reply by a date
REPLY_STAGES = ("督办", "商请")
_RANK_SQL = (
    "CASE n.stage WHEN '提醒' THEN 1 WHEN '催办' THEN 2 WHEN '提示' THEN 2 WHEN '督办' THEN 3 "
    "WHEN '商请' THEN 3 WHEN '通报' THEN 4 END"
)

# Open items due before the end of the 临期 window, each with the highest stage already issued
# for it (a correlated MAX over the (task_id, stage) index: one index probe per item, inside
# the one statement). ix_task_open_due / ix_suggestion_reply_due give the ranges.
OPEN_TASKS = f"""
SELECT t.id, t.source, t.content, t.period, t.lead_unit_id, t.due_on, t.due_provisional,
       (SELECT MAX({_RANK_SQL}) FROM notice_item n WHERE n.task_id = t.id)
FROM task t
WHERE t.completed_on IS NULL AND t.due_on < ?
"""
OPEN_SUGGESTIONS = f"""
SELECT s.id, s.doc_no, s.kind, s.summary, s.unit_id, s.reply_due, s.reply_due_provisional,
       (SELECT MAX({_RANK_SQL}) FROM notice_item n WHERE n.suggestion_id = s.id)
FROM suggestion s
WHERE s.replied_on IS NULL AND s.reply_due < ?
"""
# The written replies awaited: notices with a reply date, not acknowledged, about something
# still open (a task not completed, a suggestion not answered, a case not closed)
AWAITED_REPLIES = f"""
SELECT w.id, w.stage, w.year, w.number, w.issued_on, w.unit_id, w.reply_due,
       (SELECT MAX({_RANK_SQL}) FROM notice_item n WHERE n.reply_notice_id = w.id)
FROM notice w
WHERE w.reply_due IS NOT NULL AND w.acknowledged_on IS NULL AND w.reply_due < ?
  AND EXISTS (SELECT 1 FROM notice_item i
              LEFT JOIN task t ON t.id = i.task_id
              LEFT JOIN suggestion s ON s.id = i.suggestion_id
              LEFT JOIN cases c ON c.id = i.case_id
              WHERE i.notice_id = w.id
                AND (t.completed_on IS NULL AND t.id IS NOT NULL
                     OR s.replied_on IS NULL AND s.id IS NOT NULL
                     OR c.status != '已结'))
"""
#: items in a unit: late first, by due date, tasks, suggestions, replies, then by id
KIND_ORDER = {"task": 0, "suggestion": 1, "reply": 2, "case": 3}


class _Calendar:
    """Working days: chinesecalendar's holidays and 调休 working days, the office's
    ``calendar_override`` rows winning over them; weekends only in years the package does not
    know (what fylink calls provisional)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        import chinese_calendar

        self.holidays = set(chinese_calendar.holidays)
        self.workdays = set(chinese_calendar.workdays)
        years = {day.year for day in self.holidays}
        self.years = range(min(years), max(years) + 1)
        self.extra_holidays: set[date] = set()
        self.extra_workdays: set[date] = set()
        for day, kind in db.execute("SELECT day, kind FROM calendar_override"):
            target = self.extra_holidays if kind == "休息日" else self.extra_workdays
            target.add(date.fromisoformat(day))

    def is_workday(self, day: date) -> bool:
        if day in self.extra_workdays:
            return True
        if day in self.extra_holidays:
            return False
        if day.year in self.years:
            return day in self.workdays or (day.weekday() < 5 and day not in self.holidays)
        return day.weekday() < 5

    def add_workdays(self, start: date, n: int) -> date:
        """The n-th working day after start (n >= 0)."""
        day = start
        while n:
            day += timedelta(days=1)
            n -= self.is_workday(day)
        return day

    def numbering(self, first: date, last: date) -> dict[str, int]:
        """ISO day -> working days in (first, day]; workdays in (a, b] = n[b] - n[a]."""
        numbers, count, day = {}, 0, first
        while day <= last:
            if day > first and self.is_workday(day):
                count += 1
            numbers[day.isoformat()] = count
            day += timedelta(days=1)
        return numbers


def overdue(db: sqlite3.Connection, today: date) -> Any:
    """What `check overdue --json --dry-run` prints, in the same shape."""
    calendar = _Calendar(db)
    soon_before = calendar.add_workdays(today, DUE_SOON_WORKDAYS + 1)
    today_text, soon_text = today.isoformat(), soon_before.isoformat()
    units = {
        uid: (label, kind in CONSULT_KINDS)
        for uid, label, kind in db.execute("SELECT id, COALESCE(short_name, name), kind FROM unit")
    }
    # (kind, id, ref, source, content, unit, due, provisional, issued rank)
    rows: list[tuple[Any, ...]] = [
        ("task", i, str(i), source, f"{content}（{period}）" if period else content, unit, due,
         provisional, rank)
        for i, source, content, period, unit, due, provisional, rank
        in db.execute(OPEN_TASKS, (soon_text,))
    ]  # fmt: skip
    for i, doc_no, kind, summary, unit, due, provisional, rank in db.execute(
        OPEN_SUGGESTIONS, (soon_text,)
    ):
        content = f"反馈{kind}" + (f"：{summary}" if summary else "")
        rows.append(("suggestion", i, doc_no, kind, content, unit, due, provisional, rank))
    for i, stage, year, number, issued, unit, due, rank in db.execute(
        AWAITED_REPLIES, (soon_text,)
    ):
        ref = f"〔{year}〕{number}号" if year and number else f"通知{i}"
        day = date.fromisoformat(issued)
        content = (
            f"书面报送{stage}{ref if year and number else ''}"
            f"（{day.year}年{day.month}月{day.day}日发出）的办理情况"
        )
        rows.append(("reply", i, ref, "书面报送", content, unit, due, False, rank))
    first = min([today_text, *(row[6] for row in rows)])
    workno = calendar.numbering(date.fromisoformat(first), soon_before)
    now = workno[today_text]
    groups: dict[int, dict[str, Any]] = {}
    for kind, i, ref, source, content, unit, due, provisional, rank in rows:
        label, consult = units[unit]
        late = due < today_text
        rank = rank or 0
        stage = None
        if rank:
            stage = STAGES[rank - 1]
            stage = CONSULT.get(stage, stage) if consult else stage
        new_stage = None
        if not late:
            # 临期: one 提醒 before the deadline (escalation.remind_before_due), if nothing yet
            if kind != "reply" and not rank:
                new_stage = "提醒"
        else:
            days_late = now - workno[due]
            ladder = REPLY_LADDER if kind == "reply" else LADDER
            target = next((s for s, k in ladder if days_late >= k), None)
            if consult and kind == "reply" and target == "通报":
                target = "催办"
            if target is not None and rank < RANK[target]:
                new_stage = CONSULT.get(target, target) if consult else target
        group = groups.get(unit)
        if group is None:
            group = groups[unit] = {
                "unit_id": unit,
                "unit": label,
                "overdue": 0,
                "due_soon": 0,
                "items": [],
            }
        group["overdue" if late else "due_soon"] += 1
        group["items"].append(
            {
                "type": kind,
                "id": i,
                "ref": ref,
                "source": source,
                "content": content,
                "due_on": due,
                "provisional": bool(provisional),
                "status": "逾期" if late else "临期",
                "workdays_overdue": now - workno[due] if late else 0,
                "workdays_left": 0 if late else workno[due] - now,
                "stage": stage,
                "new_stage": new_stage,
                "new_notice_number": None,
            }
        )
    ordered = sorted(groups.values(), key=lambda g: (-g["overdue"], -g["due_soon"], g["unit"]))
    (last_number,) = db.execute(
        "SELECT MAX(number) FROM notice WHERE year = ?", (today.year,)
    ).fetchone()
    number = last_number or 0
    reply_due = calendar.add_workdays(today, REPLY_WITHIN_WORKDAYS).isoformat()
    notices = []
    by_rank = sorted(RANK, key=lambda stage: (RANK[stage], stage))
    for group in ordered:
        items = group["items"]
        items.sort(
            key=lambda i: (i["status"] != "逾期", i["due_on"], KIND_ORDER[i["type"]], i["id"])
        )
        for stage in by_rank:
            covered = [item for item in items if item["new_stage"] == stage]
            if not covered:
                continue
            label = None
            if stage == "督办":
                number += 1
                label = f"〔{today.year}〕{number}号"
                for item in covered:
                    item["new_notice_number"] = label
            notices.append(
                {
                    "notice_id": None,
                    "unit": group["unit"],
                    "stage": stage,
                    "number": label,
                    "reply_due": reply_due if stage in REPLY_STAGES else None,
                    "items": len(covered),
                    # not in fylink's JSON: which items, for the comparison
                    "covers": [[item["type"], item["id"]] for item in covered],
                }
            )
    (deliveries,) = db.execute("SELECT COUNT(*) FROM delivery").fetchone()
    return {
        "as_of": today_text,
        "within_workdays": DUE_SOON_WORKDAYS,
        "dry_run": True,
        "overdue": sum(g["overdue"] for g in ordered),
        "due_soon": sum(g["due_soon"] for g in ordered),
        "units": ordered,
        "notices": notices,
        # a dry run opens no recurring item; no delivery was ever made in a generated database
        "opened": [],
        "deliveries": deliveries,
    }


# --- deep pages, the whole register, export, the journal (issue 21) --------------------------

PAGE = (
    "SELECT c.*, COALESCE(u.short_name, u.name) AS unit_label FROM cases c "
    "JOIN unit u ON u.id = c.unit_id ORDER BY c.filed_on DESC, c.id DESC LIMIT ? OFFSET ?"
)


def page(db: sqlite3.Connection, number: int, limit: int = 50) -> Any:
    """``case list --page N``: the count and one page, read along ix_case_filed_id."""
    total = db.execute("SELECT COUNT(*) FROM cases").fetchone()[0]
    cursor = db.execute(PAGE, (limit, (number - 1) * limit))
    names = [d[0] for d in cursor.description]
    return {"total": total, "rows": [dict(zip(names, row, strict=True)) for row in cursor]}


def all_cases(db: sqlite3.Connection, out: Any) -> None:
    """``case list --all --json``: every case in the list's order, one JSON object a line,
    written a chunk at a time."""
    cursor = db.execute(PAGE.replace(" LIMIT ? OFFSET ?", ""))
    names = [d[0] for d in cursor.description]
    dumps = json.dumps
    while rows := cursor.fetchmany(1000):
        out.write(
            "".join(
                dumps(dict(zip(names, row, strict=True)), ensure_ascii=False) + "\n" for row in rows
            )
        )


#: The roles ``case export`` names a case's parties by (services/cases.py DEFAULT_ROLE).
DEFAULT_ROLE = {
    "行政复议": "申请人",
    "行政诉讼": "原告",
    "诉前调解": "申请人",
    "行政调解": "申请人",
    "非诉执行": "被执行人",
    "涉行政机关执行": "申请执行人",
    "破产": "债务人",
}
EXPORT_HEADERS = [
    "案号",
    "类别",
    "领域",
    "被申请人/被告",
    "申请人/原告",
    "受理机关",
    "收案日期",
    "立案日期",
    "开庭日期",
    "是否开庭",
    "负责人是否出庭",
    "出庭负责人职级",
    "结案日期",
    "结果",
    "标的金额",
    "执行到位金额",
    "实质性化解",
    "涉及人数",
    "风险等级",
    "案情摘要",
    "所属项目",
    "被诉行政行为类别",
    "败诉原因",
    "撤诉类型",
    "复议机关作共同被告",
    "规范性文件附带审查",
    "典型案例",
    "典型案例说明",
]
EXPORT_CASES = (
    "SELECT c.id, c.case_no, c.category, c.field, u.name, c.court, c.received_on, c.filed_on, "
    "c.heard_on, c.heard, c.head_appeared, c.head_rank, c.closed_on, c.outcome, c.claimed_fen, "
    "c.recovered_fen, c.resolved, c.group_size, c.risk_level, c.summary, c.act_kind, "
    "c.loss_reasons, c.withdrawal_kind, c.joint_respondent, c.norm_review, c.typical, "
    "c.typical_note FROM cases c JOIN unit u ON u.id = c.unit_id ORDER BY c.filed_on, c.id"
)
EXPORT_PARTIES = (
    "SELECT cp.case_id, cp.role, p.name, p.id_kind, p.id_number FROM case_party cp "
    "JOIN party p ON p.id = cp.party_id WHERE cp.case_id IN ({}) ORDER BY cp.id"
)
EXPORT_PROJECTS = (
    "SELECT pc.case_id, p.name FROM project_case pc JOIN project p ON p.id = pc.project_id "
    "WHERE pc.case_id IN ({}) ORDER BY pc.id"
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _guard(text: str | None) -> str:
    if text is None:
        return ""
    rest = text.lstrip("'")
    return "'" + text if rest and rest[0] in FORMULA_STARTS else text


def _masked(kind: str, value: str) -> str:
    clean = "".join(unicodedata.normalize("NFKC", value).split()).upper()
    shaped = len(clean) == 18 and clean[:17].isascii() and clean[:17].isdigit()
    if kind == "统一社会信用代码" and not (shaped and clean[17] in "0123456789X"):
        return value
    value = value.strip()
    if len(value) <= 10:
        return "*" * len(value)
    return value[:6] + "*" * (len(value) - 10) + value[-4:]


def _export_chunks(db: sqlite3.Connection) -> Iterator[tuple[list[Any], dict, dict]]:
    """The export's cases a chunk at a time, with each case's parties of its default role
    (masked, in linking order) and its projects."""
    cursor = db.execute(EXPORT_CASES)
    while rows := cursor.fetchmany(1000):
        roles = {row[0]: DEFAULT_ROLE.get(row[2], "当事人") for row in rows}
        names: dict[int, list[str]] = {}
        marks = ",".join("?" * len(roles))
        for case_id, role, name, kind, number in db.execute(
            EXPORT_PARTIES.format(marks), list(roles)
        ):
            if role == roles[case_id]:
                shown = f"{name}:{_masked(kind, number)}" if number else name
                names.setdefault(case_id, []).append(shown)
        projects: dict[int, list[str]] = {}
        for case_id, name in db.execute(EXPORT_PROJECTS.format(marks), list(roles)):
            projects.setdefault(case_id, []).append(name)
        yield rows, names, projects


def export(db: sqlite3.Connection, path: str) -> int:
    """``case export FILE.csv``: the same bytes (headers, masked IDs, 是/否, amounts in yuan,
    formula guards), cases in filing order, their parties a chunk at a time."""
    yes_no = {None: "", 0: "否", 1: "是"}
    text = {None: ""}.get
    with open(path, "w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, lineterminator="\r\n")
        writer.writerow(EXPORT_HEADERS)
        count = 0
        for rows, names, projects in _export_chunks(db):
            out = []
            for (
                case_id, case_no, category, field, unit, court, received, filed, heard_on,
                heard, appeared, rank, closed, outcome, claimed, recovered, resolved, size,
                risk, summary, act_kind, reasons, withdrawal, joint, norm, typical, note,
            ) in rows:  # fmt: skip
                out.append(
                    [
                        _guard(case_no), _guard(category), _guard(field), _guard(unit),
                        _guard("、".join(names.get(case_id, ()))), _guard(court),
                        text(received, received), text(filed, filed), text(heard_on, heard_on),
                        yes_no[heard], yes_no[appeared], _guard(rank), text(closed, closed),
                        _guard(outcome),
                        "" if claimed is None else format(Decimal(claimed).scaleb(-2), "f"),
                        "" if recovered is None else format(Decimal(recovered).scaleb(-2), "f"),
                        yes_no[resolved], "" if size is None else str(size), _guard(risk),
                        _guard(summary), _guard("、".join(projects.get(case_id, ()))),
                        _guard(act_kind), _guard(reasons), _guard(withdrawal), yes_no[joint],
                        yes_no[norm], "是" if typical else "", _guard(note),
                    ]
                )  # fmt: skip
            writer.writerows(out)
            count += len(out)
    return count


def export_xlsx(db: sqlite3.Connection, path: str) -> int:
    """``case export FILE.xlsx``: the same workbook, written with openpyxl's write-only mode
    (the one library the floor uses besides the standard one): bold headers, the column
    widths, the frozen header row, dates as dates, amounts as numbers shown #,##0.00."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet("案件台账")
    sheet.freeze_panes = "A2"
    for index, width in enumerate(EXPORT_WIDTHS, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    bold = Font(bold=True)
    header = []
    for title in EXPORT_HEADERS:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    yes_no = {None: None, 0: "否", 1: "是"}
    days: dict[Any, Any] = {None: None}

    def day(value: str | None) -> Any:
        if value not in days:
            days[value] = date.fromisoformat(value)  # type: ignore[arg-type]
        return days[value]

    def money(fen: int | None) -> Any:
        if fen is None:
            return None
        cell = WriteOnlyCell(sheet, value=Decimal(fen).scaleb(-2))
        cell.number_format = "#,##0.00"
        return cell

    def guard(value: str | None) -> str | None:
        return None if value is None else _guard(_ILLEGAL_XML.sub("", value))

    count = 0
    for rows, names, projects in _export_chunks(db):
        for (
            case_id, case_no, category, field, unit, court, received, filed, heard_on,
            heard, appeared, rank, closed, outcome, claimed, recovered, resolved, size,
            risk, summary, act_kind, reasons, withdrawal, joint, norm, typical, note,
        ) in rows:  # fmt: skip
            sheet.append(
                [
                    guard(case_no), guard(category), guard(field), guard(unit),
                    guard("、".join(names.get(case_id, ()))), guard(court), day(received),
                    day(filed), day(heard_on), yes_no[heard], yes_no[appeared], guard(rank),
                    day(closed), guard(outcome), money(claimed), money(recovered),
                    yes_no[resolved], size, guard(risk), guard(summary),
                    guard("、".join(projects.get(case_id, ()))), guard(act_kind),
                    guard(reasons), guard(withdrawal), yes_no[joint], yes_no[norm],
                    "是" if typical else None, guard(note),
                ]
            )  # fmt: skip
            count += 1
    book.save(path)
    return count


#: Column widths of the exported .xlsx (transfer/cases.py COLUMNS).
EXPORT_WIDTHS = [28, 12, 12, 22, 30, 18, 12, 12, 12, 10, 14, 14, 12, 14, 16, 16, 12, 10, 10, 40]
EXPORT_WIDTHS += [20, 14, 24, 18, 10, 10, 10, 30]
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def verify(db: sqlite3.Connection) -> Any:
    """``log --verify``: recompute every row's hash over the canonical JSON fylink hashes
    and follow the links, in id order."""
    dumps = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode
    loads, sha256 = json.loads, hashlib.sha256
    previous, checked, total, last, intact = "0" * 64, 0, 0, 0, True
    cursor = db.execute(
        'SELECT id, at, actor, command, action, entity, entity_id, case_id, "before", "after", '
        "prev_hash, hash FROM journal ORDER BY id"
    )
    while rows := cursor.fetchmany(5000):
        for row_id, at, actor, command, action, entity, eid, cid, bef, aft, ph, h in rows:
            payload = dumps(
                [
                    ph, f"{at[:10]}T{at[11:]}+00:00", actor, command, action, entity, eid, cid,
                    None if bef is None else loads(bef), None if aft is None else loads(aft),
                ]
            )  # fmt: skip
            ok = sha256(payload.encode("utf-8")).hexdigest() == h and ph == previous
            intact = intact and ok
            checked += intact
            total += 1
            previous, last = h, row_id
    return {"checked": checked, "rows": total, "head": previous, "head_seq": last}


def _schema(db: sqlite3.Connection) -> dict[str, Any]:
    """Every table's columns (name, type, not null, key), indexes (name, unique, columns)
    and foreign keys, read with SQLite's pragmas."""
    found: dict[str, Any] = {}
    tables = [
        name
        for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    for table in tables:
        columns = db.execute(f'PRAGMA table_info("{table}")').fetchall()
        indexes = []
        for _, name, unique, origin, _ in db.execute(f'PRAGMA index_list("{table}")'):
            parts = [row[2] for row in db.execute(f'PRAGMA index_info("{name}")')]
            indexes.append((name, unique, origin, parts))
        keys = db.execute(f'PRAGMA foreign_key_list("{table}")').fetchall()
        found[table] = (
            [(c[1], c[2].upper(), c[3], c[5]) for c in columns],
            sorted(indexes),
            sorted(k[2:5] for k in keys),
        )
    return found


_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
_YEAR_BRACKETS = re.compile(r"[\[(（［〔【](\d{4})[\])）］〕】]")


def check(db: sqlite3.Connection, reference: str | None) -> Any:
    """``db check``: SQLite's integrity and foreign-key checks, the schema's revision, the
    schema compared table by table with the one ``fylink db upgrade`` makes (the
    ``reference`` database: the benchmark's empty one), self-assigned numbers stored in two
    forms, the journal's chain (:func:`verify`) and its anchors."""
    integrity = [row[0] for row in db.execute("PRAGMA integrity_check")]
    broken_links = db.execute("PRAGMA foreign_key_check").fetchall()
    (revision,) = db.execute("SELECT version_num FROM alembic_version").fetchone()
    schema = _schema(db)
    wanted = schema
    if reference:
        other = sqlite3.connect(f"file:{reference}?mode=ro", uri=True)
        wanted = _schema(other)
        other.close()
    differences = sorted(t for t in schema.keys() | wanted.keys() if schema.get(t) != wanted.get(t))
    collisions = 0
    for query in (
        "SELECT case_no FROM cases WHERE no_kind = '自编号' ORDER BY id",
        "SELECT doc_no FROM suggestion ORDER BY id",
    ):
        forms: dict[str, int] = {}
        for (number,) in db.execute(query):
            form = _YEAR_BRACKETS.sub(r"〔\1〕", "".join(number.split()).translate(_FULLWIDTH))
            forms[form] = forms.get(form, 0) + 1
        collisions += sum(n > 1 for n in forms.values())
    chain = verify(db)
    anchors = db.execute("SELECT id, seq, hash FROM journal_anchor ORDER BY id").fetchall()
    for _, seq, digest in anchors:
        row = db.execute("SELECT hash FROM journal WHERE id = ?", (seq,)).fetchone()
        assert row is not None, seq
        assert row[0].startswith(digest), seq
    return {
        "ok": integrity == ["ok"] and not broken_links and not differences and not collisions,
        "integrity": integrity[:5],
        "revision": revision,
        "differences": differences,
        "collisions": collisions,
        "anchors": len(anchors),
        **chain,
    }


# --- PostgreSQL (issue 21): the same queries through psycopg --------------------------------


class _Postgres:
    """A psycopg connection that answers as the ``sqlite3`` one above does, so the floor's
    queries and Python run unchanged on PostgreSQL: ``?`` and ``:name`` parameters become
    psycopg's; SQLite's boolean sums (``SUM(a = b)``) and ``IS 1`` become PostgreSQL's
    (``SUM((a = b)::int)``, ``IS TRUE``); dates, times, numerics and booleans come back as
    SQLite stores them (ISO text, integers), JSON as its text. The conversion of each row is
    the floor's only cost above the driver's."""

    def __init__(self, url: str) -> None:
        import psycopg
        from psycopg.types.json import set_json_loads

        self.connection = psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"))
        set_json_loads(lambda data: bytes(data).decode("utf-8"), self.connection)

    def execute(self, sql: str, params: Any = ()) -> "_PostgresCursor":
        cursor = self.connection.cursor()
        cursor.execute(_postgres_sql(sql), params if params else None)
        return _PostgresCursor(cursor)


class _PostgresCursor:
    def __init__(self, cursor: Any) -> None:
        self.cursor = cursor
        self.description = cursor.description

    def fetchone(self) -> Any:
        row = self.cursor.fetchone()
        return None if row is None else _sqlite_row(row)

    def fetchall(self) -> list[Any]:
        return [_sqlite_row(row) for row in self.cursor.fetchall()]

    def fetchmany(self, size: int) -> list[Any]:
        return [_sqlite_row(row) for row in self.cursor.fetchmany(size)]

    def __iter__(self) -> Any:
        return (_sqlite_row(row) for row in self.cursor)


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


_PLAIN = (str, int, float, type(None))


def _sqlite_row(row: tuple[Any, ...]) -> tuple[Any, ...]:
    if all(type(value) in _PLAIN for value in row):
        return row
    return tuple(_sqlite_value(value) for value in row)


def _postgres_sql(sql: str) -> str:
    sql = re.sub(r"(?<![:\w]):(\w+)", r"%(\1)s", sql.replace("%", "%%")).replace("?", "%s")
    sql = sql.replace(" IS 1", " IS TRUE")
    out, at = [], 0
    for match in re.finditer(r"\bSUM\(", sql):
        start = match.end()
        if start < at:
            continue
        depth, end = 1, start
        while depth:
            depth += {"(": 1, ")": -1}.get(sql[end], 0)
            end += 1
        inner = sql[start : end - 1]
        if not inner.lstrip().upper().startswith(("CASE", "COALESCE")):
            out.append(sql[at:start] + f"({inner})::int)")
            at = end
    return "".join(out) + sql[at:]


def connect(db: str) -> Any:
    """The database: a SQLite file (read-only) or a PostgreSQL URL."""
    if db.startswith("postgresql"):
        return _Postgres(db)
    return sqlite3.connect(f"file:{db}?mode=ro", uri=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument(
        "what",
        choices=(
            "quarterly", "case-list", "overdue", "page", "all", "export", "export-xlsx",
            "verify", "check",
        ),
    )  # fmt: skip
    parser.add_argument("--page", type=int, default=100)
    parser.add_argument("--out", help="export: the CSV (export-xlsx: .xlsx) file to write")
    parser.add_argument("--reference", help="check: a database with the schema fylink makes")
    parser.add_argument("--today", default="2025-06-30")
    parser.add_argument("--category", default="行政诉讼")
    parser.add_argument("--year", type=int, default=2024)
    parser.add_argument("--unit", help="the unit's name or short name")
    args = parser.parse_args(argv)
    db = connect(args.db)
    today = date.fromisoformat(args.today)
    if args.what == "quarterly":
        result = quarterly(db, today)
    elif args.what == "case-list":
        result = case_list(db, args.category, args.year, args.unit)
    elif args.what == "page":
        result = page(db, args.page)
    elif args.what == "all":
        all_cases(db, sys.stdout)
        return 0
    elif args.what == "export":
        result = {"count": export(db, args.out)}
    elif args.what == "export-xlsx":
        result = {"count": export_xlsx(db, args.out)}
    elif args.what == "verify":
        result = verify(db)
    elif args.what == "check":
        result = check(db, args.reference)
    else:
        result = overdue(db, today)
    # Compact, in one piece: json.dumps without indent is the C encoder (json.dump and any
    # indent take the pure-Python one, ~4x slower for a province's report or overdue list).
    sys.stdout.write(json.dumps(result, ensure_ascii=False, default=str) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
