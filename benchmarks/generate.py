"""Generate a synthetic provincial fylink database for the benchmarks.

    python benchmarks/generate.py /tmp/province.db            # 1,000,000 cases, ~2 min
    python benchmarks/generate.py /tmp/small.db --cases 50000 --tasks 10000

The schema comes from ``fylink db upgrade`` (run as a subprocess, exactly as a clerk
would); the rows go in through raw ``sqlite3.executemany`` in large batches. The data
is random but consistent the way the report needs it: five years of cases ending on
``--today`` over ``--units`` units in ten regions, 案号 unique per court and year,
outcomes and their flags taken from fylink's own outcome table, 立案 ≤ 开庭 ≤ 结案 ≤ today,
tasks and suggestions with realistic shares completed on time, late and overdue.

The escalation history is what ``fylink check overdue`` would have left had the office run it
every week for ``--notice-runs`` weeks before today (on each week's first working day): at
each run every item late and still open then gets the 提醒/催办/督办 it has reached and never
had, one notice per unit and stage, 督办 numbered per year. The office's calendar table holds
one extra holiday (the second working day after today, so it moves the 临期 window) and one
extra working day (a Saturday three weeks back, so it changes working days overdue).
"""

import argparse
import hashlib
import os
import random
import sqlite3
import subprocess
import sys
import time
from bisect import bisect
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from fylink.config import EscalationSettings
from fylink.domain.calendar import CalendarOverrides, WorkCalendar
from fylink.domain.categories import OUTCOMES, CaseCategory

NOW = "2025-06-30 08:00:00.000000"
REGIONS = [
    f"{name}市"
    for name in ("东华", "西岭", "南湖", "北原", "中州", "安平", "永宁", "清河", "临江", "青山")
]
FIELDS = ("土地征收", "房屋征收拆迁", "社会保障", "治安管理", "市场监管", "城市管理", "生态环境")

#: (category, share of all cases)
MIX = [
    (CaseCategory.LITIGATION, 0.25),
    (CaseCategory.RECONSIDERATION, 0.30),
    (CaseCategory.PRESUIT_MEDIATION, 0.18),
    (CaseCategory.ADMIN_MEDIATION, 0.08),
    (CaseCategory.NONLITIGATION_ENFORCEMENT, 0.07),
    (CaseCategory.AGENCY_ENFORCEMENT, 0.03),
    (CaseCategory.OTHER, 0.07),  # civil 民初 cases the office follows (万人成讼率)
    (CaseCategory.PETITION, 0.02),
]
WEIGHTS: dict[CaseCategory, dict[str, float]] = {
    CaseCategory.LITIGATION: {
        "驳回诉讼请求": 45,
        "驳回起诉": 14,
        "准予撤诉": 16,
        "撤销": 9,
        "确认违法": 6,
        "责令履行": 3,
        "判决赔偿": 2,
        "调解": 5,
    },
    CaseCategory.RECONSIDERATION: {
        "维持": 48,
        "驳回": 14,
        "撤销": 9,
        "确认违法": 5,
        "责令履行": 3,
        "调解": 8,
        "和解": 5,
        "撤回申请": 8,
    },
    CaseCategory.PRESUIT_MEDIATION: {"调解成功": 52, "调解不成": 40, "撤回申请": 8},
    CaseCategory.ADMIN_MEDIATION: {"调解成功": 60, "调解不成": 35, "撤回申请": 5},
    CaseCategory.NONLITIGATION_ENFORCEMENT: {"准予执行": 10, "部分准予执行": 2, "不准予执行": 1},
    CaseCategory.AGENCY_ENFORCEMENT: {"执行完毕": 6, "和解履行": 3, "终结本次执行": 1},
    CaseCategory.OTHER: {"化解": 3, "部分化解": 2, "未化解": 1},
    CaseCategory.PETITION: {"化解": 3, "部分化解": 2, "未化解": 1},
}
FIRST, SECOND = ("行初", "行政", "一审"), ("行终", "行政", "二审")


def _words(text: str) -> list[str]:
    return text.split()


CASE_COLUMNS = _words(
    "category case_no no_kind year court_code court_level type_code type_name case_family "
    "instance field unit_id court received_on filed_on heard_on closed_on status outcome is_loss "
    "is_correction is_judgment is_settled is_withdrawn heard head_appeared head_rank claimed_fen "
    "recovered_fen resolved group_size risk_level summary created_at updated_at"
)
TASK_COLUMNS = _words(
    "source content lead_unit_id leader due_on due_rule due_start due_provisional meeting_id "
    "decision_no suggestion_id list_no note completed_on signed_off_on signed_off_by "
    "created_at updated_at"
)
SUGGESTION_COLUMNS = _words(
    "kind doc_no issuer unit_id received_on reply_due reply_due_rule replied_on reply_summary "
    "adopted verified_on summary created_at"
)


def _insert(db: sqlite3.Connection, table: str, columns: list[str], rows: list[tuple]) -> None:
    """Insert ``rows``; required columns this script does not know (added to the schema later)
    get their type's zero value."""
    extra: list[str] = []
    values: list[object] = []
    for _, name, kind, notnull, default, primary in db.execute(f"PRAGMA table_info({table})"):
        if name in columns or primary or not notnull or default is not None:
            continue
        extra.append(name)
        values.append("" if any(t in kind.upper() for t in ("CHAR", "TEXT")) else 0)
    names = [*columns, *extra]
    marks = ", ".join("?" for _ in names)
    tail = tuple(values)
    db.executemany(
        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})",
        (row + tail for row in rows) if tail else rows,
    )


def _units(db: sqlite3.Connection, count: int) -> list[tuple[int, str, str]]:
    """(id, kind, region): per region agencies, townships and a court."""
    rows = []
    for i in range(count):
        region = REGIONS[i % len(REGIONS)]
        slot = i // len(REGIONS)
        if slot == 0:
            kind, name = "法院", f"{region}人民法院"
        elif slot % 5 == 4:
            kind, name = "乡镇街道", f"{region}第{slot}街道办事处"
        else:
            kind, name = "政府部门", f"{region}第{slot}局"
        rows.append(
            (
                name,
                f"{region[:2]}{slot}号单位",
                kind,
                region,
                1,
                "联络员",
                "",
                "",
                "",
                NOW,
                NOW,
            )
        )
    _insert(
        db,
        "unit",
        _words(
            "name short_name kind region is_member liaison_name liaison_phone liaison_email "
            "note created_at updated_at"
        ),
        rows,
    )
    return [tuple(r) for r in db.execute("SELECT id, kind, region FROM unit ORDER BY id")]


class _Days:
    """Days as integers from ``start``; their ISO text computed once (a million rows)."""

    def __init__(self, start: date, count: int) -> None:
        self.start = start
        self.text = [(start + timedelta(days=i)).isoformat() for i in range(count)]
        self.year = [(start + timedelta(days=i)).year for i in range(count)]


class _Picker:
    """rng.choices for one fixed weight table, without rebuilding it per call."""

    def __init__(self, rng: random.Random, weights: dict[str, float]) -> None:
        self.rng = rng
        self.names = list(weights)
        total = sum(weights.values())
        running = 0.0
        self.cumulative = []
        for weight in weights.values():
            running += weight / total
            self.cumulative.append(running)

    def __call__(self) -> str:
        return self.names[min(bisect(self.cumulative, self.rng.random()), len(self.names) - 1)]


def _cases(
    rng: random.Random, count: int, units: list[tuple[int, str, str]], today: date
) -> Iterator[tuple]:
    span = 5 * 365
    days = _Days(today - timedelta(days=span), span + 400)
    last = span  # index of today
    agencies = [u for u in units if u[1] != "法院"]
    court_of = {region: f"豫{10 + i:02d}{i + 1:02d}" for i, region in enumerate(REGIONS)}
    serial: Counter[tuple[int, str, str]] = Counter()
    category_of = _Picker(rng, {c.value: share for c, share in MIX})
    outcome_of = {c.value: _Picker(rng, w) for c, w in WEIGHTS.items()}
    flags_of = {
        (c.value, o.name): (
            int(o.loss),
            int(o.correction),
            int(o.judgment),
            int(o.settled),
            int(o.withdrawn),
        )
        for c in OUTCOMES
        for o in OUTCOMES[c]
    }
    no_flags = (0, 0, 0, 0, 0)
    codes = {
        "其他": ("民初", "民事", "一审"),
        "涉行政机关执行": ("执", "执行", "执行"),
        "非诉执行": ("行审", "行政", "其他"),
        "诉前调解": ("民诉前调", "民事", "诉前"),
    }
    disputes = {"行政复议", "诉前调解", "行政调解"}
    randrange, random_ = rng.randrange, rng.random
    # Registered as they come: row ids grow with the filing date, as in a real register.
    for filed in sorted(randrange(last + 1) for _ in range(count)):
        category = category_of()
        unit_id, _, region = agencies[randrange(len(agencies))]
        year = days.year[filed]
        court = court_of[region]
        family = instance = type_code = None
        if category == "行政诉讼":
            first = random_() < 0.8
            type_code, family, instance = (
                ("行初", "行政", "一审") if first else ("行终", "行政", "二审")
            )
        elif category in codes:
            type_code, family, instance = codes[category]
        if type_code:
            key = (year, court, type_code)
            serial[key] += 1
            case_no = f"（{year}）{court}{type_code}{serial[key]}号"
        else:
            key = (year, region, category)
            serial[key] += 1
            case_no = f"{region}{category}〔{year}〕{serial[key]}号"
        closed = None
        if random_() < (0.92 if last - filed > 180 else 0.4):
            candidate = filed + randrange(20, 300)
            if candidate <= last:
                closed = candidate
        outcome = None
        flags = no_flags
        if closed is not None:
            outcome = outcome_of[category]()
            flags = flags_of[(category, outcome)]
        heard = heard_on = head = rank = None
        if category == "行政诉讼":
            end = closed if closed is not None else last
            if end - filed > 15 and random_() < 0.8:
                heard = 1
                heard_on = days.text[filed + randrange(10, end - filed)]
                head = int(random_() < 0.9)
                rank = ("正职" if random_() < 0.12 else "副职") if head else None
        claimed = recovered = None
        if category == "涉行政机关执行":
            claimed = randrange(10, 500) * 1_000_000
            if closed is not None:
                recovered = claimed if outcome == "执行完毕" else claimed * randrange(30, 90) // 100
        resolved = None
        if closed is not None and category in disputes:
            resolved = int(random_() < 0.8)
        filed_text = days.text[filed]
        yield (
            category,
            case_no,
            "案号" if type_code else "自编号",
            year if type_code else None,
            court if type_code else None,
            "基层" if type_code else None,
            type_code,
            type_code,
            family,
            instance,
            FIELDS[randrange(len(FIELDS))],
            unit_id,
            "",
            filed_text,
            filed_text,
            heard_on,
            days.text[closed] if closed is not None else None,
            "已结" if closed is not None else "在办",
            outcome,
            *flags,
            heard,
            head,
            rank,
            claimed,
            recovered,
            resolved,
            None,
            "",
            "",
            NOW,
            NOW,
        )


def _tasks(
    rng: random.Random, count: int, units: list[tuple[int, str, str]], today: date
) -> Iterator[tuple]:
    span = 5 * 365
    days = _Days(today - timedelta(days=span + 30), span + 200)
    last = span + 30  # index of today
    sources = ("议定事项", "双清单", "督办")
    randrange, random_ = rng.randrange, rng.random
    for i, due in enumerate(sorted(30 + randrange(span + 90) for _ in range(count))):
        # (some are due next quarter)
        completed = None
        if due <= last:
            roll = random_()
            if roll < 0.80:
                completed = due - randrange(0, 20)
            elif roll < 0.97:
                completed = min(last, due + randrange(1, 60))
        elif random_() < 0.3:
            completed = last - randrange(0, 10)
        done = days.text[completed] if completed is not None else None
        yield (
            sources[randrange(3)],
            f"推进第{i + 1}项府院联动工作任务",
            units[randrange(len(units))][0],
            "",
            days.text[due],
            "",
            None,
            0,
            None,
            None,
            None,
            str(i + 1),
            "",
            done,
            done,
            "",
            NOW,
            NOW,
        )


def _suggestions(
    rng: random.Random, count: int, units: list[tuple[int, str, str]], today: date
) -> Iterator[tuple]:
    span = 5 * 365
    days = _Days(today - timedelta(days=span), span + 200)
    for i, received in enumerate(sorted(rng.randrange(span) for _ in range(count))):
        due = received + 60
        replied: int | None = None
        roll = rng.random()
        if roll < 0.85:
            replied = received + rng.randrange(10, 60)
        elif roll < 0.97:
            replied = due + rng.randrange(1, 40)
        if replied is not None and replied > span:
            replied = None
        yield (
            "司法建议",
            f"建〔{days.year[received]}〕{i + 1}号",
            "人民法院",
            units[rng.randrange(len(units))][0],
            days.text[received],
            days.text[due],
            "2个月",
            days.text[replied] if replied is not None else None,
            "",
            None,
            None,
            "",
            NOW,
        )


def _overrides(db: sqlite3.Connection, today: date) -> WorkCalendar:
    """One extra holiday just after today, one extra working Saturday three weeks back."""
    package = WorkCalendar()
    holiday = package.add_workdays(today, 2)
    saturday = today - timedelta(days=(today.weekday() - 5) % 7 + 14)
    while package.is_workday(saturday):  # already a make-up working day: a week earlier
        saturday -= timedelta(days=7)
    _insert(
        db,
        "calendar_override",
        ["day", "kind", "note"],
        [
            (holiday.isoformat(), "休息日", "本地假日（基准测试）"),
            (saturday.isoformat(), "工作日", "补班（基准测试）"),
        ],
    )
    return WorkCalendar(
        CalendarOverrides(extra_holidays=frozenset({holiday}), extra_workdays=frozenset({saturday}))
    )


def _notices(db: sqlite3.Connection, today: date, runs: int, calendar: WorkCalendar) -> int:
    """The notices weekly runs of ``check overdue`` would have issued before today.

    Returns the number of notices written (with their items).
    """
    if runs <= 0:
        return 0
    escalation = EscalationSettings()
    thresholds = (
        (3, escalation.supervise_after_workdays),
        (2, escalation.chase_after_workdays),
        (1, escalation.remind_after_workdays),
    )
    monday = today - timedelta(days=today.weekday())
    dates = [calendar.next_workday(monday - timedelta(weeks=w)) for w in range(runs, 0, -1)]
    dates = [d for d in dates if d < today]
    if not dates:
        return 0
    first, last = dates[0].isoformat(), dates[-1].isoformat()
    # (kind, id, unit, due, completed) of every item late and open at some run
    items = [
        ("task", *row)
        for row in db.execute(
            "SELECT id, lead_unit_id, due_on, completed_on FROM task "
            "WHERE due_on < ? AND (completed_on IS NULL OR completed_on > ?)",
            (last, first),
        )
    ] + [
        ("suggestion", *row)
        for row in db.execute(
            "SELECT id, unit_id, reply_due, replied_on FROM suggestion "
            "WHERE reply_due < ? AND (replied_on IS NULL OR replied_on > ?)",
            (last, first),
        )
    ]
    if not items:
        return 0
    # working days from the earliest due date: workdays in (a, b] = index[b] - index[a]
    start = date.fromisoformat(min(item[3] for item in items))
    index: dict[str, int] = {}
    count, day = 0, start
    while day <= dates[-1]:
        count += calendar.is_workday(day)
        index[day.isoformat()] = count
        day += timedelta(days=1)
    issued: dict[tuple[str, int], int] = {}
    numbers: Counter[int] = Counter()
    stages = {1: "提醒", 2: "催办", 3: "督办"}
    notices = 0
    for run in dates:
        today_text = run.isoformat()
        now = f"{today_text} 08:30:00.000000"
        per_notice: dict[tuple[int, int], list[tuple[str, int, int]]] = {}
        for kind, item_id, unit_id, due, completed in items:
            if due >= today_text or (completed is not None and completed <= today_text):
                continue
            late = index[today_text] - index[due]
            stage = next((s for s, k in thresholds if late >= k), 0)
            if stage > issued.get((kind, item_id), 0):
                issued[(kind, item_id)] = stage
                per_notice.setdefault((unit_id, stage), []).append((kind, item_id, late))
        reply_due = calendar.add_workdays(run, escalation.reply_within_workdays).isoformat()
        for (unit_id, stage), covered in sorted(per_notice.items()):
            year = number = None
            if stage == 3:
                numbers[run.year] += 1
                year, number = run.year, numbers[run.year]
            cursor = db.execute(
                "INSERT INTO notice (stage, unit_id, issued_on, year, number, reply_due, "
                "acknowledged_on, created_at) VALUES (?, ?, ?, ?, ?, ?, NULL, ?)",
                (
                    stages[stage],
                    unit_id,
                    today_text,
                    year,
                    number,
                    reply_due if stage == 3 else None,
                    now,
                ),
            )
            db.executemany(
                "INSERT INTO notice_item (notice_id, stage, task_id, suggestion_id, days_overdue) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    (
                        cursor.lastrowid,
                        stages[stage],
                        item_id if kind == "task" else None,
                        item_id if kind == "suggestion" else None,
                        late,
                    )
                    for kind, item_id, late in covered
                ],
            )
            notices += 1
    return notices


_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _id_number(rng: random.Random) -> str:
    """A valid 18-digit 居民身份证号码 (GB 11643 check digit)."""
    birth = date(1950, 1, 1) + timedelta(days=rng.randrange(50 * 365))
    body = f"4105{rng.randrange(10, 99)}{birth:%Y%m%d}{rng.randrange(1000):03d}"
    total = sum(int(d) * w for d, w in zip(body, _ID_WEIGHTS, strict=True))
    return body + "10X98765432"[total % 11]


def _parties(db: sqlite3.Connection, rng: random.Random, count: int, cases: int) -> int:
    """``count`` parties (natural persons with an ID number, every tenth an organisation
    without one), each case linked to one or two of them as 申请人/原告."""
    surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
    given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英"
    seen: set[str] = set()
    rows = []
    for i in range(count):
        if i % 10 == 9:
            rows.append((f"示范{i}号建设有限公司", "法人或其他组织", "", None, NOW))
            continue
        number = _id_number(rng)
        while number in seen:
            number = _id_number(rng)
        seen.add(number)
        name = rng.choice(surnames) + rng.choice(given) + rng.choice(given)
        rows.append((name, "自然人", "身份证", number, NOW))
    for batch in _batches(iter(rows)):
        with db:
            _insert(db, "party", ["name", "kind", "id_kind", "id_number", "created_at"], batch)
    links = (
        (case_id, party, "申请人")
        for case_id in range(1, cases + 1)
        for party in {1 + rng.randrange(count) for _ in range(1 + (case_id % 3 == 0))}
    )
    linked = 0
    for batch in _batches(links):
        with db:
            _insert(db, "case_party", ["case_id", "party_id", "role"], batch)
        linked += len(batch)
    return linked


#: The tables journaled, their journal entity, and the column naming their case.
_JOURNALED = (("party", "party", None), ("cases", "case", "id"), ("task", "task", None))


def _journal(db: sqlite3.Connection, per_command: int = 1000) -> int:
    """The journal an office that had typed every row in would have: an insert of each party,
    case and task with its whole after image, and an update for every closed case (在办 →
    已结), hash-chained exactly as fylink chains them (``journal.record_many``), one command
    per ``per_command`` rows — so ``log --verify`` and ``db check`` have a real chain to check.
    """
    from fylink.services.journal import GENESIS, _dump, _number

    previous = GENESIS
    at = "2025-06-30 08:00:00.000000"
    fixed = _dump(["2025-06-30T08:00:00.000000+00:00", "generate.py", "fylink demo"])[1:-1]
    next_id = 1
    written = 0

    def images(table: str) -> Iterator[tuple[str, int, int | None, str, str | None, str]]:
        cursor = db.execute(f"SELECT * FROM {table} ORDER BY id")
        names = [d[0] for d in cursor.description]
        closed = "closed_on" in names
        for row in cursor:
            image = dict(zip(names, row, strict=True))
            yield "insert", image["id"], None, "null", _dump(image)
            if closed and image["closed_on"] is not None:
                before = image | {"status": "在办", "closed_on": None, "outcome": ""}
                yield "update", image["id"], None, _dump(before), _dump(image)

    for table, entity, case_column in _JOURNALED:
        rows: list[tuple] = []
        for action, entity_id, _, before, after in images(table):
            case_id = entity_id if case_column else None
            kind = _dump([action, entity])[1:-1]
            payload = (
                f'["{previous}",{fixed},{kind},'
                f"{_number(entity_id)},{_number(case_id)},{before},{after}]"
            )
            digest = hashlib.sha256(payload.encode("utf-8")).hexdigest()
            command_id = next_id - (next_id - 1) % per_command
            rows.append(
                (
                    next_id, at, "generate.py", "fylink demo", action, entity, entity_id,
                    case_id, command_id, before, after, previous, digest,
                )
            )  # fmt: skip
            previous = digest
            next_id += 1
            if len(rows) == 50_000:
                _journal_insert(db, rows)
                written += len(rows)
                print(f"\rjournal: {written:,}", end="", file=sys.stderr, flush=True)
                rows = []
        _journal_insert(db, rows)
        written += len(rows)
    print(f"\rjournal: {written:,}", file=sys.stderr)
    return written


def _journal_insert(db: sqlite3.Connection, rows: list[tuple]) -> None:
    with db:
        db.executemany(
            "INSERT INTO journal (id, at, actor, command, action, entity, entity_id, case_id, "
            "command_id, before, after, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


def _batches(rows: Iterator[tuple], size: int = 50_000) -> Iterator[list[tuple]]:
    batch: list[tuple] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--units", type=int, default=200)
    parser.add_argument("--tasks", type=int, default=200_000)
    parser.add_argument("--suggestions", type=int, default=20_000)
    parser.add_argument("--today", default="2025-06-30")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument(
        "--notice-runs",
        type=int,
        default=16,
        help="weeks of weekly `check overdue` runs before today to record notices for (0: none)",
    )
    parser.add_argument("--parties", type=int, default=300_000)
    parser.add_argument(
        "--no-journal",
        action="store_true",
        help="leave the journal empty (faster; log --verify and db check then check nothing)",
    )
    args = parser.parse_args(argv)
    if args.path.exists():
        parser.error(f"{args.path} exists: give a new file")
    today = date.fromisoformat(args.today)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "fylink", "--db", str(args.path), "db", "upgrade"],
        check=True,
        env=os.environ | {"FYLINK_TODAY": args.today},
    )
    db = sqlite3.connect(args.path)
    # A bulk load into a new file: no journal, a large page cache; WAL again at the end
    # (what fylink's writers use).
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA cache_size = -400000")
    rng = random.Random(args.seed)
    with db:
        db.execute(
            "INSERT INTO office (name, region, meeting_name, created_at) VALUES (?, ?, ?, ?)",
            ("示范省府院联动联席会议办公室", "示范省", "示范省府院联动联席会议", NOW),
        )
        units = _units(db, args.units)
    for label, table, columns, rows in (
        ("cases", "cases", CASE_COLUMNS, _cases(rng, args.cases, units, today)),
        ("tasks", "task", TASK_COLUMNS, _tasks(rng, args.tasks, units, today)),
        (
            "suggestions",
            "suggestion",
            SUGGESTION_COLUMNS,
            _suggestions(rng, args.suggestions, units, today),
        ),
    ):
        done = 0
        for batch in _batches(rows):
            with db:
                _insert(db, table, columns, batch)
            done += len(batch)
            print(f"\r{label}: {done:,}", end="", file=sys.stderr, flush=True)
        print(file=sys.stderr)
    with db:
        calendar = _overrides(db, today)
        notices = _notices(db, today, args.notice_runs, calendar)
    print(f"notices: {notices:,}", file=sys.stderr)
    parties = min(args.parties, args.cases)
    links = _parties(db, rng, parties, args.cases) if parties else 0
    print(f"parties: {parties:,} ({links:,} links to cases)", file=sys.stderr)
    journal = 0 if args.no_journal else _journal(db)
    db.execute("PRAGMA journal_mode = WAL")
    db.close()
    size = args.path.stat().st_size / 1e6
    print(
        f"{args.path}: {args.cases:,} cases, {args.units} units, {args.tasks:,} tasks, "
        f"{args.suggestions:,} suggestions, {parties:,} parties, {journal:,} journal rows, "
        f"{size:,.0f} MB in {time.perf_counter() - started:.0f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
