"""A year's assessment with rule set B plus the 府院联动 lines, against hand-written SQL.

    PYTHONPATH=src python benchmarks/generate.py /tmp/province.db --today 2026-01-15
    PYTHONPATH=src python benchmarks/assessment.py /tmp/province.db [--repeat 5]

The generated register has no meetings and no manual evidence: the first run adds, for
the assessed year, 48 meetings with one attendance row per unit (about 10% of them 缺席,
迟到, 早退 or 代会) and 400 manual records (曝光 by level, 点名批评, 不执行, 上级扣分,
拒不履行), marked so a second run does not add them again.

Both sides run in this one warm process, imports excluded: fylink's
``services.assessment.compute_scores`` (every line one SQL aggregation, then the rule
engine) against ``floor()`` — one hand-written sqlite3 query per line and the arithmetic
of rule set B written out in Python. The scores of every unit are compared before
anything is timed. Times are the best of ``--repeat`` runs, alternating.
"""

import argparse
import math
import random
import sqlite3
import sys
import time
from collections import defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
RULES = HERE.parent / "tests" / "data" / "assessment" / "rule_set_b.toml"
MARK = "基准测试"


def add_evidence(db: sqlite3.Connection, year: int, seed: int = 16) -> None:
    """Meetings with attendance roles and manual records for ``year`` (once)."""
    if db.execute("SELECT 1 FROM meeting WHERE place = ? LIMIT 1", (MARK,)).fetchone():
        return
    rng = random.Random(seed)
    units = [
        r[0]
        for r in db.execute(
            "SELECT id FROM unit WHERE is_member AND kind NOT IN ('法院', '检察院')"
        )
    ]
    now = f"{year}-01-02 08:00:00.000000"
    roles = ["缺席", "迟到", "早退", "代会"]
    with db:
        issue = 1 + (
            db.execute("SELECT max(issue_no) FROM meeting WHERE year = ?", (year,)).fetchone()[0]
            or 0
        )
        for n in range(48):
            held = date(year, 1 + n // 4, 5 + 5 * (n % 4)).isoformat()
            cursor = db.execute(
                "INSERT INTO meeting (year, issue_no, kind, held_on, place, chair, topics, opening,"
                " created_at) VALUES (?, ?, '联席会议', ?, ?, '', '', '', ?)",
                (year, issue + n, held, MARK, now),
            )
            meeting_id = cursor.lastrowid
            rows = []
            for unit in units:
                role = roles[rng.randrange(4)] if rng.random() < 0.1 else "出席"
                rows.append((meeting_id, role, unit, f"单位{unit}", ""))
            db.executemany(
                "INSERT INTO attendance (meeting_id, role, unit_id, name, note)"
                " VALUES (?, ?, ?, ?, ?)",
                rows,
            )
        records = []
        for i in range(400):
            line = ("B1.1", "B2.2", "B6", "B7", "B8.2", "F4")[rng.randrange(6)]
            if line == "F4" and rng.random() < 0.8:
                line = "B8.2"
            level = ("省", "市", "县")[rng.randrange(3)] if line == "B6" else ""
            points = 50 * (1 + rng.randrange(4)) if line == "B7" else None
            day = date(year, 1 + rng.randrange(12), 1 + rng.randrange(28)).isoformat()
            records.append(
                (units[rng.randrange(len(units))], line, day, f"{MARK}〔{year}〕{i + 1}号", level,
                 points, MARK, now, now)
            )  # fmt: skip
        db.executemany(
            "INSERT INTO assess_record (unit_id, line_id, occurred_on, basis, level, points_x100,"
            " note, recorded_by, file_name, file_size, file_sha256, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, '', '', 0, '', ?, ?)",
            records,
        )


def _by_unit(db: sqlite3.Connection, sql: str, *args: object) -> dict[int, tuple]:
    return {row[0]: row[1:] for row in db.execute(sql, args)}


def floor(db: sqlite3.Connection, year: int, today: date) -> dict[int, tuple[Decimal, bool]]:
    """Every assessed unit's score under rule set B, by hand-written SQL per line."""
    start, end = f"{year}-01-01", f"{year}-12-31"
    as_of = min(today, date(year, 12, 31)).isoformat()
    units = [
        r[0]
        for r in db.execute(
            "SELECT id FROM unit WHERE is_member AND kind NOT IN ('法院', '检察院')"
        )
    ]
    tasks = _by_unit(
        db,
        "SELECT lead_unit_id, count(*) FROM task WHERE due_on BETWEEN ? AND ? AND due_on < ?"
        " AND (completed_on IS NULL OR completed_on > due_on) GROUP BY lead_unit_id",
        start, end, as_of,
    )  # fmt: skip
    notices = _by_unit(
        db,
        "SELECT unit_id, count(*) FROM notice WHERE reply_due IS NOT NULL"
        " AND reply_due BETWEEN ? AND ?"
        " AND reply_due < ? AND (acknowledged_on IS NULL OR acknowledged_on > reply_due)"
        " GROUP BY unit_id",
        start, end, as_of,
    )  # fmt: skip
    manual: dict[str, dict[int, list[tuple]]] = defaultdict(lambda: defaultdict(list))
    for unit, line, level, n, points in db.execute(
        "SELECT unit_id, line_id, level, count(*), sum(coalesce(points_x100, 100))"
        " FROM assess_record"
        " WHERE occurred_on BETWEEN ? AND ? GROUP BY unit_id, line_id, level",
        (start, as_of),
    ):
        manual[line][unit].append((level, n, points))
    roles: dict[int, dict[str, int]] = defaultdict(dict)
    for unit, role, n in db.execute(
        "SELECT coalesce(a.unit_id, p.unit_id), a.role, count(*) FROM attendance a"
        " JOIN meeting m ON m.id = a.meeting_id LEFT JOIN person p ON p.id = a.person_id"
        " WHERE a.role IN ('缺席', '迟到', '早退', '代会') AND m.held_on BETWEEN ? AND ?"
        " GROUP BY 1, 2",
        (start, as_of),
    ):
        roles[unit][role] = n
    heard = _by_unit(
        db,
        "SELECT unit_id, count(*), sum(head_appeared IS 1) FROM cases WHERE category = '行政诉讼'"
        " AND heard IS 1 AND heard_on BETWEEN ? AND ? GROUP BY unit_id",
        start, as_of,
    )  # fmt: skip
    lost = _by_unit(
        db,
        "SELECT unit_id, count(*) FROM cases WHERE category = '行政诉讼' AND instance = '一审'"
        " AND is_loss IS 1 AND closed_on BETWEEN ? AND ? GROUP BY unit_id",
        start, as_of,
    )  # fmt: skip
    replies = _by_unit(
        db,
        "SELECT unit_id, sum(replied_on IS NOT NULL AND replied_on <= ?),"
        " sum(replied_on IS NULL OR replied_on > ?) FROM suggestion WHERE reply_due BETWEEN ? AND ?"
        " AND reply_due < ? AND (replied_on IS NULL OR replied_on > reply_due) GROUP BY unit_id",
        as_of, as_of, start, end, as_of,
    )  # fmt: skip
    d = Decimal
    levels = {"省": d(3), "市": d(2), "县": d(1)}
    role_points = {"缺席": d(1), "迟到": d("0.5"), "早退": d("0.5"), "代会": d("0.5")}
    scores = {}
    for unit in units:

        def count(line: str) -> int:
            return sum(n for _, n, _ in manual[line].get(unit, []))  # noqa: B023

        section_1 = min(d(10), 5 * count("B1.1") + 2 * (tasks.get(unit, (0,))[0]))
        section_2 = d("0.5") * (notices.get(unit, (0,))[0] + count("B2.2"))
        section_6 = sum((levels[level] * n for level, n, _ in manual["B6"].get(unit, [])), d(0))
        section_7 = 2 * sum((d(p) / 100 for _, _, p in manual["B7"].get(unit, [])), d(0))
        section_8 = sum((role_points[r] * n for r, n in roles.get(unit, {}).items()), d(0))
        section_8 += count("B8.2")
        rate_points = d(0)
        total_heard, appeared = heard.get(unit, (0, 0))
        if total_heard:
            gap = d(90) - d(appeared * 100) / d(total_heard)
            if gap > 0:
                rate_points = min(d(3), d("0.5") * math.ceil(gap))
        item_1 = min(d(10), rate_points + lost.get(unit, (0,))[0])
        late, missing = replies.get(unit, (0, 0))
        item_2 = d("0.5") * late + missing
        deducted = section_1 + section_2 + section_6 + section_7 + section_8 + item_1 + item_2
        scores[unit] = (d(100) - deducted, count("F4") > 0)
    return scores


def fylink_scores(
    connection: object, rule_file: object, year: int, today: date
) -> dict[int, tuple[Decimal, bool]]:
    from fylink.services import assessment

    ranked, _, _ = assessment.compute_scores(connection, rule_file, year=year, today=today)  # type: ignore[arg-type]
    return {s.unit_id: (s.total, s.vetoed) for s in ranked}


def best(call, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--year", type=int, default=2025)
    parser.add_argument("--today", default="2026-01-15")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    today = date.fromisoformat(args.today)
    db = sqlite3.connect(args.path)
    add_evidence(db, args.year)
    url = f"sqlite:///{args.path.resolve()}"
    from fylink.db import read_scope
    from fylink.services import assessment

    started = time.perf_counter()
    rule_file = assessment.load_rules(RULES)
    parse = time.perf_counter() - started
    scope = read_scope(url)
    connection = scope.__enter__()
    mine = fylink_scores(connection, rule_file, args.year, today)
    raw = floor(db, args.year, today)
    if mine != raw:
        wrong = sorted(u for u in raw if mine.get(u) != raw[u])[:5]
        sys.exit(f"scores differ for units {wrong}: {[(mine.get(u), raw[u]) for u in wrong]}")
    sizes = {
        table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in (
            "unit",
            "cases",
            "task",
            "suggestion",
            "notice",
            "attendance",
            "assess_record",
        )
    }
    fylink_times, floor_times = [], []
    for _ in range(args.repeat):
        fylink_times.append(best(lambda: fylink_scores(connection, rule_file, args.year, today), 1))
        floor_times.append(best(lambda: floor(db, args.year, today), 1))
    scope.__exit__(None, None, None)
    f, r = min(fylink_times), min(floor_times)
    vetoed = sum(1 for _, v in mine.values() if v)
    print(f"rows: {sizes}")
    print(f"{len(mine)} units assessed, {vetoed} vetoed; scores equal to the floor's")
    print(f"reading and checking the rule file: {parse * 1000:.1f} ms (once per command)")
    print("| work | fylink s | floor s | ratio |\n|---|---:|---:|---:|")
    print(
        f"| assess {args.year}, rule set B + 府院联动 (12 lines)"
        f" | {f:.3f} | {r:.3f} | {f / r:.2f} |"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
