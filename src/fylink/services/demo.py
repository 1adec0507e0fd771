"""``fylink demo``: a believable 示范县 office to try every command on.

Everything is written from a fixed random seed, relative to today: the last two
years of cases, consistent dates (立案 ≤ 开庭 ≤ 结案 ≤ today) and outcomes valid for
each category. The journal is filled as in real use, row for row. Meetings, tasks and
suggestions go through their services; the bulk of the rows take the importer's bulk
path (issue 21): the roster (``init --roster``'s), each meeting's roll call of units
(:func:`meetings.attend_units`), and the cases — each built in memory by the rules
``case add``, ``case event``, ``case update`` and ``case close`` apply
(:func:`cases.build_case`, :func:`cases.check_event`, :func:`cases.apply_changes`,
:func:`cases.apply_closure`), then all inserted in a few batched statements with the
journal rows those four commands would have written, one by one, in the same order
(tests/cli/test_demo_bulk.py holds the result to the service path's, table by table).
"""

import random
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from importlib import resources
from typing import Any

from sqlalchemy import func as sa_func
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, func, select

from fylink import tables
from fylink.db import insert_many
from fylink.domain import identifiers
from fylink.domain.categories import OUTCOMES, CaseCategory
from fylink.domain.indicators import Period, latest_quarter
from fylink.errors import ConflictError
from fylink.models import Case, Meeting, Office, Task, Unit
from fylink.services import cases, journal, office, units
from fylink.services.units import UnitIndex

#: A fictional basic court (digits are never checked against the division list).
COURT = "豫0591"
COURT_NAME = "示范县人民法院"
REVIEW_BODY = "示范县人民政府"

# (unit short name, fields, weight as defendant)
DEFENDANTS: list[tuple[str, tuple[str, ...], int]] = [
    ("县自然资源局", ("土地征收", "自然资源"), 9),
    ("县住建局", ("房屋征收拆迁",), 8),
    ("县人社局", ("社会保障", "劳动人事"), 6),
    ("县公安局", ("治安管理",), 5),
    ("县市场监管局", ("市场监管",), 4),
    ("城关镇", ("房屋征收拆迁", "城市管理"), 4),
    ("县城管局", ("城市管理",), 3),
    ("县生态环境分局", ("生态环境",), 2),
    ("县税务局", ("税务",), 2),
    ("东城街道", ("房屋征收拆迁",), 2),
    ("县政府办", ("信息公开",), 2),
]

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘"
GIVEN = "建国伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍鹏辉玲"
COMPANIES = (
    "示范县宏达建材有限公司",
    "示范县顺通物流有限公司",
    "示范县绿源农业专业合作社",
    "示范县金利房地产开发有限公司",
    "示范县恒信商贸有限公司",
    "示范县天成机械制造有限公司",
)
SUMMARIES = {
    "土地征收": "不服集体土地征收补偿安置决定",
    "自然资源": "不服土地违法行政处罚决定",
    "房屋征收拆迁": "不服房屋征收补偿决定",
    "社会保障": "不服工伤认定决定",
    "劳动人事": "不服劳动保障监察处理决定",
    "治安管理": "不服治安管理处罚决定",
    "市场监管": "不服市场监管行政处罚决定",
    "城市管理": "不服限期拆除违法建筑决定",
    "生态环境": "不服环境行政处罚决定",
    "税务": "不服税务处理决定",
    "信息公开": "不服政府信息公开答复",
}


def _person(rng: random.Random) -> str:
    name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
    born = date(1955, 1, 1) + timedelta(days=rng.randrange(0, 45 * 365))
    first17 = f"41059{rng.randrange(1, 9)}{born:%Y%m%d}{rng.randrange(0, 1000):03d}"
    return f"{name}:{first17}{identifiers.resident_id_check_char(first17)}"


def _company(rng: random.Random) -> str:
    name = rng.choice(COMPANIES)
    # Derive a stable, valid 统一社会信用代码 per company name.
    index = COMPANIES.index(name)
    body = f"MA{index:02d}K7Q{index}"  # positions 9-16; 17 is its GB 11714 check
    first17 = f"9141059{index}{body}{identifiers.organization_code_check_char(body)}"
    return f"{name}:{first17}{identifiers.credit_code_check_char(first17)}"


def _pick_defendant(rng: random.Random) -> tuple[str, str]:
    unit, fields, _ = rng.choices(DEFENDANTS, weights=[w for *_, w in DEFENDANTS])[0]
    return unit, rng.choice(fields)


def _outcome(rng: random.Random, category: CaseCategory, weights: Mapping[str, float]) -> str:
    names = [o.name for o in OUTCOMES[category]]
    return rng.choices(names, weights=[weights.get(n, 0.0) for n in names])[0]


LITIGATION_OUTCOMES = {
    "驳回诉讼请求": 46,
    "驳回起诉": 14,
    "准予撤诉": 16,
    "撤销": 9,
    "确认违法": 6,
    "责令履行": 3,
    "判决赔偿": 2,
    "调解": 4,
}
RECONSIDERATION_OUTCOMES = {
    "维持": 48,
    "驳回": 14,
    "撤销": 9,
    "确认违法": 5,
    "责令履行": 3,
    "调解": 8,
    "和解": 5,
    "撤回申请": 8,
}


class _Numbers:
    """Serial numbers per (year, type) so 案号 look like a real court's."""

    def __init__(self) -> None:
        self.counter: Counter[tuple[int, str]] = Counter()

    def next(self, year: int, code: str, start: int = 1) -> int:
        self.counter[(year, code)] += 1
        return start + self.counter[(year, code)] * 3 - 3


def fill(*, session: Session, today: date, seed: int = 2025) -> dict[str, int]:
    """Fill an empty database; refuse one that already holds records."""
    for table in (Unit, Case, Meeting, Task):
        if session.exec(select(func.count()).select_from(table)).one():
            raise ConflictError(
                "演示数据只能写入空数据库：请用 --db 指定一个新文件，如 fylink --db demo.db demo"
            )
    # The bulk path (issue 21): each unit name resolved once, the journal rows of the whole
    # command appended in one batch at the end (the demo reads no journal row it writes).
    with units.cached_unit_names(session), journal.deferred(session):
        return _fill(session=session, today=today, seed=seed)


def _fill(*, session: Session, today: date, seed: int) -> dict[str, int]:
    import yaml

    roster_text = resources.files("fylink.data").joinpath("demo_roster.yaml").read_text("utf-8")
    roster = office.roster_from_mapping(yaml.safe_load(roster_text), "demo_roster.yaml")
    if session.exec(select(Office)).first() is None:
        office.init_office(
            session=session,
            name=roster["office"]["name"],
            region=roster["office"]["region"],
            meeting_name=roster["office"]["meeting_name"],
        )
    loaded = office.load_roster(session=session, roster=roster)
    rng = random.Random(seed)
    counts = _cases(session, rng, today)
    loop = _closed_loop(session, rng, today)
    return {"成员单位": loaded.units, "人员": loaded.persons, **counts, **loop}


def _quarter_volume(filed: date, today: date) -> float:
    """Fewer new disputes in the most recent year: the office's work shows."""
    age_days = (today - filed).days
    return 0.8 if age_days < 365 else 1.0


#: 行政诉讼 filed per quarter, by quarters before the latest finished one (0 = that quarter).
#: The latest quarter files fewer than a year earlier (13 < 17), the one before more (18 > 16).
LITIGATION_FILED = {7: 17, 6: 18, 5: 16, 4: 17, 3: 16, 2: 14, 1: 18, 0: 13, -1: 15}
#: Share of the quarter's closed 行政诉讼 that the agency loses, by the same offsets: the
#: latest quarter's loss rate falls against a year earlier (双下降), the previous one's rises.
LITIGATION_LOSS_SHARE = {
    7: 0.20,
    6: 0.22,
    5: 0.15,
    4: 0.25,
    3: 0.20,
    2: 0.18,
    1: 0.22,
    0: 0.12,
    -1: 0.15,
}
LOSS_OUTCOMES = {"撤销": 9, "确认违法": 6, "责令履行": 3, "判决赔偿": 2}
OTHER_LITIGATION_OUTCOMES = {"驳回诉讼请求": 46, "驳回起诉": 14, "准予撤诉": 16, "调解": 4}


def _closing(rng: random.Random, today: date, filed: date) -> tuple[int, date | None]:
    """(duration in days, closing day or None while open) — as for every demo case."""
    age = (today - filed).days
    closes = rng.random() < (0.95 if age > 200 else 0.35)
    duration = rng.randrange(25, min(180, max(26, age)))
    closed_on = filed + timedelta(days=duration)
    return duration, closed_on if closes and closed_on <= today else None


def _litigation_plan(
    rng: random.Random, today: date
) -> list[tuple[date, tuple[int, date | None, str | None]]]:
    """行政诉讼 with counts and loss shares fixed per quarter, so the demo report shows a
    “双下降” in the latest finished quarter and none in the quarter before it.

    Returns (filed, (duration, closed_on, outcome)) in filing order.
    """
    latest = latest_quarter(today)
    trailing = latest.trailing_quarters(8)  # offsets 7 … 0, oldest first
    quarters = {7 - i: quarter for i, quarter in enumerate(trailing)}
    quarters[-1] = Period(latest.year + latest.quarter // 4, latest.quarter % 4 + 1)
    filings: list[date] = []
    for offset, count in LITIGATION_FILED.items():
        quarter = quarters[offset]
        last = min(quarter.end, today)
        if quarter.start > last:
            continue
        span = (last - quarter.start).days + 1
        if offset == -1:  # the quarter under way: its share so far
            count = round(count * span / ((quarter.end - quarter.start).days + 1))
        filings.extend(quarter.start + timedelta(days=rng.randrange(span)) for _ in range(count))
    filings.sort()
    closings = [_closing(rng, today, filed) for filed in filings]
    by_quarter: dict[int, list[int]] = {}
    offsets = {quarter: offset for offset, quarter in quarters.items()}
    for index, (_, closed_on) in enumerate(closings):
        if closed_on is None:
            continue
        quarter = Period(closed_on.year, (closed_on.month - 1) // 3 + 1)
        by_quarter.setdefault(offsets.get(quarter, 99), []).append(index)
    losses: set[int] = set()
    for offset, indices in by_quarter.items():
        share = LITIGATION_LOSS_SHARE.get(offset, 0.2)
        losses.update(rng.sample(indices, round(share * len(indices))))
    plan = []
    for index, filed in enumerate(filings):
        duration, closed_on = closings[index]
        outcome = None
        if closed_on is not None:
            weights = LOSS_OUTCOMES if index in losses else OTHER_LITIGATION_OUTCOMES
            outcome = _outcome(rng, CaseCategory.LITIGATION, weights)
        plan.append((filed, (duration, closed_on, outcome)))
    return plan


def _cases(session: Session, rng: random.Random, today: date) -> dict[str, int]:
    numbers = _Numbers()
    batch = _CaseBatch(units=UnitIndex.load(session), types=cases.type_table(), today=today)
    start = today - timedelta(days=730)
    made: Counter[str] = Counter()
    for filed, planned in _litigation_plan(rng, today):
        _one_case(batch, rng, today, CaseCategory.LITIGATION, filed, numbers, planned=planned)
        made[CaseCategory.LITIGATION.value] += 1
    plan = [
        (CaseCategory.RECONSIDERATION, 95),
        (CaseCategory.PRESUIT_MEDIATION, 45),
        (CaseCategory.AGENCY_ENFORCEMENT, 8),
        (CaseCategory.NONLITIGATION_ENFORCEMENT, 14),
        (CaseCategory.BANKRUPTCY, 3),
        (CaseCategory.PROBLEM_HOUSING, 3),
        (CaseCategory.FINANCIAL_RISK, 2),
    ]
    for category, per_year in plan:
        # Sorted dates give serial numbers that grow through the year, as at a court.
        days = sorted(start + timedelta(days=rng.randrange(0, 729)) for _ in range(per_year * 2))
        for filed in days:
            if rng.random() > _quarter_volume(filed, today):
                continue
            _one_case(batch, rng, today, category, filed, numbers)
            made[category.value] += 1
    _write_cases(session, batch.plans)
    return {f"{k}案件": v for k, v in made.items()}


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass
class _CaseRows:
    """One demo case as ``case add`` and the commands after it would store it, in memory."""

    case: cases.CaseDraft
    parties: list[cases.PartySpec]
    role: str
    #: The case's columns as ``case add`` inserts them (its journal row's after image).
    added: dict[str, Any]
    #: The 开庭 event's columns (``case event``), if any.
    event: dict[str, Any] | None = None
    #: Each later change of the case, in order: its columns before and after.
    changes: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)

    def change(self, apply: Callable[[cases.CaseDraft], None]) -> None:
        """A change as :func:`journal.changing` records it: the whole row before, the
        change applied (and checked by ``apply``), ``updated_at`` set, the row after."""
        self.changes.append(journal.draft_change(self.case, apply))


@dataclass
class _CaseBatch:
    units: UnitIndex
    types: Any
    today: date
    plans: list[_CaseRows] = field(default_factory=list)
    numbers: set[str] = field(default_factory=set)

    def add(self, case_in: cases.CaseIn) -> _CaseRows:
        """``case add`` in memory: the same rules, the same refusals."""
        unit = self.units.resolve(case_in.unit)
        assert unit.id is not None
        draft = cases.build_case(case_in, unit_id=unit.id, today=self.today, types=self.types)
        if draft.case_no in self.numbers:
            raise ConflictError(f"案件 {draft.case_no} 已登记，不能重复添加")
        self.numbers.add(draft.case_no)
        plan = _CaseRows(
            case=draft,
            parties=[cases.parse_party(spec) for spec in case_in.parties],
            role=cases.default_role(draft.category),
            added=draft.values(),
        )
        self.plans.append(plan)
        return plan

    def event(self, plan: _CaseRows, kind: str, occurred_on: date, note: str) -> None:
        """``case event`` in memory (one event a case: the demo's 开庭)."""
        kind = cases.check_event(kind, occurred_on, self.today)
        plan.event = {
            "kind": kind,
            "occurred_on": occurred_on,
            "note": note.strip(),
            "created_at": _now(),
        }
        if follows := cases.event_follows(plan.case, kind, occurred_on):
            plan.change(lambda case: _set(case, follows))

    def update(self, plan: _CaseRows, changes: dict[str, Any]) -> None:
        """``case update`` in memory (no unit change)."""
        plan.change(lambda case: cases.apply_changes(case, changes, today=self.today))

    def close(self, plan: _CaseRows, **closure: Any) -> None:
        """``case close`` in memory."""

        def apply(case: cases.CaseDraft) -> None:
            cases.apply_closure(case, **closure)
            cases.check_case(case, self.today)

        plan.change(apply)


def _set(case: cases.CaseDraft, values: dict[str, Any]) -> None:
    for key, value in values.items():
        setattr(case, key, value)


def _write_cases(session: Session, plans: Sequence[_CaseRows]) -> None:
    """Insert the cases, their parties, links and events in a few batched statements and
    journal them as the commands would have, one row per change, in the same order."""
    if not plans:
        return
    party_t, cases_t, link_t, event_t = (
        tables.party,
        tables.cases,
        tables.case_party,
        tables.case_event,
    )
    floors = dict(
        zip(
            ("party", "cases", "case_party", "case_event"),
            session.execute(
                sa_select(
                    *(
                        sa_select(sa_func.coalesce(sa_func.max(t.c.id), 0)).scalar_subquery()
                        for t in (party_t, cases_t, link_t, event_t)
                    )
                )
            ).one(),
            strict=True,
        )
    )
    # Parties: as ``case add`` finds them (an ID number names one party; without one, the
    # party of that name and kind recorded without an ID), new ones in order of first use.
    specs = [spec for plan in plans for spec in plan.parties]
    wanted_ids = sorted({s.id_number for s in specs if s.id_number})
    wanted_names = sorted({s.name for s in specs if not s.id_number})
    known: dict[tuple[str | None, str, str], Any] = {}
    by_id: dict[str, Any] = {}
    party_columns = (party_t.c.id, party_t.c.name, party_t.c.kind, party_t.c.id_number)
    for start in range(0, len(wanted_ids), 500):
        for row in session.execute(
            sa_select(*party_columns).where(
                party_t.c.id_number.in_(wanted_ids[start : start + 500])
            )
        ):
            by_id[row.id_number] = row
    for start in range(0, len(wanted_names), 500):
        for row in session.execute(
            sa_select(*party_columns)
            .where(
                party_t.c.name.in_(wanted_names[start : start + 500]),
                party_t.c.id_number.is_(None),
            )
            .order_by(party_t.c.id)
        ):
            known.setdefault((None, row.name, row.kind), row)
    new_parties: list[cases.PartyDraft] = []
    chosen: list[list[tuple[Any, bool]]] = []  # per plan: (party, new here)
    for plan in plans:
        picked: list[tuple[Any, bool]] = []
        for spec in plan.parties:
            found = by_id.get(spec.id_number) if spec.id_number else None
            if found is None and not spec.id_number:
                found = known.get((None, spec.name, spec.kind))
            if found is not None:
                cases.check_same_party(found, spec)
                picked.append((found, False))
                continue
            draft = cases.new_party(spec, _now())
            new_parties.append(draft)
            if spec.id_number:
                by_id[spec.id_number] = draft
            else:
                known[(None, spec.name, spec.kind)] = draft
            picked.append((draft, True))
        chosen.append(picked)
    if new_parties:
        insert_many(session, party_t, [p.values() for p in new_parties])
        ids = _new_ids(session, party_t, floors["party"], ("id_number", "name", "kind"))
        for party in new_parties:
            party.id = ids[(party.id_number, party.name, party.kind)]
    # Cases, as they stand after their last change.
    insert_many(session, cases_t, [plan.case.values() for plan in plans])
    case_ids = _new_ids(session, cases_t, floors["cases"], ("case_no",))
    links = [
        {"case_id": case_ids[(plan.case.case_no,)], "party_id": party.id, "role": plan.role}
        for plan, picked in zip(plans, chosen, strict=True)
        for party, _ in picked
    ]
    insert_many(session, link_t, links)
    link_ids = _new_ids(session, link_t, floors["case_party"], ("case_id", "party_id", "role"))
    events = [
        {"case_id": case_ids[(plan.case.case_no,)], **plan.event}
        for plan in plans
        if plan.event is not None
    ]
    insert_many(session, event_t, events)
    event_ids = _new_ids(session, event_t, floors["case_event"], ("case_id",))
    # The journal: per case, the rows of case add (the case, each new party, each link),
    # case event (the event, the case's 开庭日期) and each case update / case close.
    entries: list[journal.Entry] = []
    for plan, picked in zip(plans, chosen, strict=True):
        case_id = case_ids[(plan.case.case_no,)]
        plan.case.id = case_id
        entries.append(
            journal.Entry(
                "insert", "case", case_id, after={"id": case_id, **plan.added}, case_id=case_id
            )
        )
        for party, new in picked:
            if new:
                entries.append(
                    journal.Entry(
                        "insert", "party", party.id, after=cases.party_journal_after(party)
                    )
                )
            link_id = link_ids[(case_id, party.id, plan.role)]
            link = {"id": link_id, "case_id": case_id, "party_id": party.id, "role": plan.role}
            entries.append(
                journal.Entry(
                    "insert",
                    "case_party",
                    link_id,
                    after=link | {"party": party.name},
                    case_id=case_id,
                )
            )
        if plan.event is not None:
            event_id = event_ids[(case_id,)]
            after = {"id": event_id, "case_id": case_id, **plan.event}
            entries.append(
                journal.Entry("insert", "case_event", event_id, after=after, case_id=case_id)
            )
        for before, after in plan.changes:
            entries.append(
                journal.Entry(
                    "update",
                    "case",
                    case_id,
                    before={"id": case_id, **before},
                    after={"id": case_id, **after},
                    case_id=case_id,
                )
            )
    journal.record_many(session, entries)


def _new_ids(
    session: Session, table: Any, floor: int, key: tuple[str, ...]
) -> dict[tuple[Any, ...], int]:
    """The ids of the rows just inserted into ``table`` (all above ``floor``: the writer
    lock is held), by ``key``, columns unique among them."""
    rows = session.execute(
        sa_select(table.c.id, *(table.c[k] for k in key)).where(table.c.id > floor)
    ).all()
    return {tuple(row[1:]): row[0] for row in rows}


def _one_case(
    batch: _CaseBatch,
    rng: random.Random,
    today: date,
    category: CaseCategory,
    filed: date,
    numbers: _Numbers,
    planned: tuple[int, date | None, str | None] | None = None,
) -> None:
    """One case; ``planned`` fixes (duration, closing day, outcome) decided beforehand."""
    unit, field = _pick_defendant(rng)
    party = _company(rng) if rng.random() < 0.25 else _person(rng)
    summary = SUMMARIES.get(field, "行政争议")
    claimed = None
    court = COURT_NAME
    if category is CaseCategory.LITIGATION:
        case_no = f"（{filed.year}）{COURT}行初{numbers.next(filed.year, '行初', 5)}号"
    elif category is CaseCategory.RECONSIDERATION:
        case_no = f"示政复〔{filed.year}〕{numbers.next(filed.year, '复', 1)}号"
        court = REVIEW_BODY
    elif category is CaseCategory.PRESUIT_MEDIATION:
        case_no = f"（{filed.year}）{COURT}民诉前调{numbers.next(filed.year, '民诉前调', 100)}号"
        summary = "行政协议纠纷诉前调解" if rng.random() < 0.5 else f"{field}争议诉前化解"
    elif category is CaseCategory.AGENCY_ENFORCEMENT:
        case_no = f"（{filed.year}）{COURT}执{numbers.next(filed.year, '执', 200)}号"
        summary = "申请执行行政机关支付征收补偿款"
        claimed = rng.randrange(20, 300) * 10_000 * 100
    elif category is CaseCategory.NONLITIGATION_ENFORCEMENT:
        case_no = f"（{filed.year}）{COURT}行审{numbers.next(filed.year, '行审', 1)}号"
        summary = "申请强制执行行政处罚决定"
        claimed = rng.randrange(1, 50) * 1_000 * 100
    elif category is CaseCategory.BANKRUPTCY:
        case_no = f"（{filed.year}）{COURT}破申{numbers.next(filed.year, '破申', 1)}号"
        party, unit, field = _company(rng), "县发改委", "其他"
        summary = "企业破产重整，涉职工安置和税费处置"
    elif category is CaseCategory.PROBLEM_HOUSING:
        case_no = f"示楼盘〔{filed.year}〕{numbers.next(filed.year, '楼盘', 1)}号"
        unit, field = "县住建局", "房屋征收拆迁"
        summary = "问题楼盘逾期交房，购房群众集中反映"
    else:
        case_no = f"示金风〔{filed.year}〕{numbers.next(filed.year, '金风', 1)}号"
        unit, field = "县发改委", "其他"
        summary = "非法集资风险处置"
    group = (
        rng.randrange(12, 300)
        if category in (CaseCategory.PROBLEM_HOUSING, CaseCategory.FINANCIAL_RISK)
        else None
    )
    plan = batch.add(
        cases.CaseIn(
            case_no=case_no,
            category=category.value,
            unit=unit,
            filed_on=filed,
            field=field,
            court=court,
            parties=[party],
            summary=summary,
            claimed_fen=claimed,
            group_size=group,
            risk_level=rng.choice(("高", "中")) if group else "",
        )
    )
    duration, closed_on = planned[:2] if planned else _closing(rng, today, filed)
    if category is CaseCategory.LITIGATION:
        heard = rng.random() < 0.85
        if heard and duration > 20:
            hearing = filed + timedelta(days=rng.randrange(15, max(16, duration - 5)))
            if hearing <= today:
                batch.event(plan, "开庭", hearing, f"{COURT_NAME}第二审判庭")
                appeared = rng.random() < 0.93
                changes: dict[str, Any] = {"head_appeared": appeared}
                if appeared:
                    changes["head_rank"] = "正职" if rng.random() < 0.15 else "副职"
                batch.update(plan, changes)
        elif not heard:
            batch.update(plan, {"heard": False})
    if closed_on is None:
        return
    resolved: bool | None = None
    recovered: int | None = None
    if planned is not None and planned[2] is not None:
        outcome = planned[2]
    elif category is CaseCategory.LITIGATION:
        outcome = _outcome(rng, category, LITIGATION_OUTCOMES)
    elif category is CaseCategory.RECONSIDERATION:
        outcome = _outcome(rng, category, RECONSIDERATION_OUTCOMES)
        resolved = rng.random() < 0.82
    elif category is CaseCategory.PRESUIT_MEDIATION:
        outcome = _outcome(rng, category, {"调解成功": 52, "调解不成": 40, "撤回申请": 8})
        resolved = outcome == "调解成功"
    elif category is CaseCategory.AGENCY_ENFORCEMENT:
        outcome = _outcome(rng, category, {"执行完毕": 6, "和解履行": 3, "终结本次执行": 1})
        if claimed:
            recovered = claimed if outcome == "执行完毕" else claimed * rng.randrange(40, 90) // 100
    elif category is CaseCategory.NONLITIGATION_ENFORCEMENT:
        outcome = _outcome(rng, category, {"准予执行": 10, "部分准予执行": 2, "不准予执行": 1})
    elif category is CaseCategory.BANKRUPTCY:
        outcome = _outcome(rng, category, {"重整成功": 2, "宣告破产": 1})
    else:
        outcome = _outcome(rng, category, {"化解": 3, "部分化解": 2})
        resolved = outcome == "化解"
    batch.close(
        plan, outcome=outcome, closed_on=closed_on, resolved=resolved, recovered_fen=recovered
    )


# --- the closed loop: meetings, decisions, 双清单, suggestions (issue 3) --------------------------

#: (lead, co-units, content) of believable 议定事项 / 双清单 items.
DECISIONS: list[tuple[str, tuple[str, ...], str]] = [
    ("县住建局", ("县财政局", "城关镇"), "制定房屋征收补偿款分期支付方案，报县政府审定"),
    ("县自然资源局", ("县司法局",), "对集体土地征收补偿安置程序开展合法性自查，形成自查报告"),
    ("县人社局", ("县法院",), "建立工伤认定行政争议诉前化解工作机制"),
    ("县市场监管局", ("县司法局",), "规范行政处罚案件法制审核，报送整改清单"),
    ("县财政局", ("县发改委",), "落实涉行政机关执行案件款项保障，建立执行款预算机制"),
    ("县住建局", ("县自然资源局", "县信访局"), "推进问题楼盘风险化解，制定“保交楼”工作方案"),
    ("县司法局", ("县法院", "县检察院"), "组织行政机关负责人出庭应诉专项培训"),
    ("县公安局", (), "梳理治安管理处罚类行政诉讼败诉原因，提出整改措施"),
    ("城关镇", ("县住建局",), "化解城中村改造项目群体性诉求，落实专人包案"),
    ("县城管局", ("县司法局",), "规范限期拆除违法建筑决定的送达程序"),
    ("县税务局", ("县法院",), "配合做好破产企业税费债权申报与信用修复"),
    ("县发改委", ("县财政局", "县人社局"), "牵头做好破产重整企业职工安置"),
    ("县信访局", ("县司法局",), "建立涉诉信访案件诉访分离移交机制"),
    ("县政府办", ("县司法局",), "完善政府信息公开申请答复审核流程"),
    ("县生态环境分局", (), "对环境行政处罚案件开展案卷评查"),
    ("东城街道", ("县住建局",), "推进老旧小区改造征收协议履行，减少协议类诉讼"),
]
DUE_RULES = ("1个月", "2个月", "30日", "20个工作日", "季度末", "3个月")
#: (days before today, kind, chair)
MEETINGS: list[tuple[int, str, str]] = [
    (700, "全体会议", "王建国"),
    (610, "联席会议", "刘清华"),
    (520, "联席会议", "刘清华"),
    (480, "协调会", "刘清华"),
    (430, "联席会议", "刘清华"),
    (345, "全体会议", "王建国"),
    (255, "联席会议", "刘清华"),
    (165, "联席会议", "刘清华"),
    (130, "协调会", "刘清华"),
    (75, "联席会议", "刘清华"),
    (45, "研判会", "赵立新"),
    (20, "联席会议", "刘清华"),
]
TOPICS = {
    "全体会议": "通报上年度府院联动工作情况；部署本年度重点工作",
    "联席会议": "通报上季度行政诉讼、行政复议情况；研究重点案件化解",
    "协调会": "协调涉企行政争议和涉行政机关执行案件",
    "研判会": "研判问题楼盘和群体性纠纷风险",
}


def _closed_loop(session: Session, rng: random.Random, today: date) -> dict[str, int]:
    from fylink.config import CalendarSettings, EscalationSettings
    from fylink.services import calendar as calendar_service
    from fylink.services import meetings, overdue, tasks

    calendar = calendar_service.work_calendar(session=session, settings=CalendarSettings())
    counts: Counter[str] = Counter()
    members = list(
        session.exec(select(Unit).where(col(Unit.is_member).is_(True)).order_by(col(Unit.id)))
    )
    pick = 0

    def fate(task: Task, old: bool) -> None:
        """Complete, sign off or leave open a task, consistently with its dates."""
        start = task.due_start or task.created_at.date()
        late = task.due_on < today
        weights = (
            {"signed": 60, "late": 20, "done": 10, "open": 10}
            if old
            else ({"signed": 30, "done": 20, "open": 50} if late else {"done": 25, "open": 75})
        )
        choice = rng.choices(list(weights), weights=list(weights.values()))[0]
        if choice == "open":
            note_day = start + timedelta(days=10)
            if note_day <= today:
                tasks.add_progress(
                    session=session,
                    ref=task.id or 0,
                    note="已制定工作方案，正在推进",
                    reported_on=note_day,
                    today=today,
                    author="联络员",
                )
            return
        if choice == "late":
            done_on = min(today, task.due_on + timedelta(days=rng.randrange(5, 30)))
        else:
            latest = min(task.due_on, today)
            span = max(1, (latest - start).days - 7)
            done_on = min(latest, start + timedelta(days=7 + rng.randrange(span)))
        tasks.complete_task(
            session=session,
            ref=task.id or 0,
            completed_on=done_on,
            today=today,
            note="已按要求完成，报送完成情况",
        )
        counts["已完成任务"] += 1
        if choice in ("signed", "late"):
            signed = min(today, done_on + timedelta(days=rng.randrange(3, 11)))
            tasks.sign_off_task(
                session=session, ref=task.id or 0, signed_off_on=signed, by="林静", today=today
            )
            counts["已销号任务"] += 1

    for days_before, kind, chair in MEETINGS:
        held = calendar.next_workday(today - timedelta(days=days_before))
        if held > today:
            held = today
        meeting = meetings.add_meeting(
            session=session,
            meeting_in=meetings.MeetingIn(
                kind=kind,
                held_on=held,
                place="县政府三楼会议室" if kind != "协调会" else "县司法局会议室",
                chair=chair,
                topics=TOPICS.get(kind, "研究府院联动重点工作"),
            ),
        )
        counts["会议"] += 1
        ref = meeting.id or 0
        for leader in ("王建国", "刘清华", "赵立新") if kind == "全体会议" else (chair,):
            meetings.attend(session=session, ref=ref, role="出席", person=leader)
        roll: list[tuple[str, str, str]] = []
        for unit in members:
            if unit.short_name in ("县法院", "县检察院") or rng.random() < 0.9:
                roll.append((unit.short_name or unit.name, "出席", ""))
            else:
                roll.append((unit.short_name or unit.name, "请假", "因公外出"))
        meetings.attend_units(session=session, ref=ref, units=roll)
        for _ in range(rng.choice((2, 3))):
            lead, co, content = DECISIONS[pick % len(DECISIONS)]
            pick += 1
            task = meetings.decide(
                session=session,
                ref=ref,
                content=content,
                lead=lead,
                co=list(co),
                leader="刘清华",
                due=rng.choice(DUE_RULES),
                calendar=calendar,
                today=today,
            )
            counts["议定事项"] += 1
            fate(task, old=task.due_on < today - timedelta(days=30))
        if days_before == 75:
            # One that stays late long enough to reach 督办.
            meetings.decide(
                session=session,
                ref=ref,
                content="清理拖欠中小企业账款，逐笔明确偿还计划",
                lead="县财政局",
                co=["县发改委"],
                leader="刘清华",
                due="30日",
                calendar=calendar,
                today=today,
            )
            counts["议定事项"] += 1
        if days_before == 20:
            # Late by a few working days (提醒) and due within the week (临期).
            meetings.decide(
                session=session,
                ref=ref,
                content="报送本单位行政诉讼案件败诉原因分析",
                lead="县人社局",
                leader="刘清华",
                due="10个工作日",
                calendar=calendar,
                today=today,
            )
            meetings.decide(
                session=session,
                ref=ref,
                content="完成重点涉企案件“一案一策”化解方案",
                lead="县市场监管局",
                co=["县法院"],
                leader="刘清华",
                due=calendar.add_workdays(today, 2).isoformat(),
                calendar=calendar,
                today=today,
            )
            counts["议定事项"] += 2
    # The office's own 双清单 items.
    start = today - timedelta(days=100)
    for number, (lead, co, content) in enumerate(DECISIONS[-4:], start=1):
        task = tasks.add_task(
            session=session,
            task_in=tasks.TaskIn(
                content=content,
                lead=lead,
                co=list(co),
                due=("季度末", "年底", "60日", "90日")[number - 1],
                source="双清单",
                start=start,
                list_no=str(number),
                leader="刘清华",
            ),
            calendar=calendar,
            today=today,
        )
        counts["双清单任务"] += 1
        fate(task, old=False)
    counts.update(_demo_suggestions(session, calendar, today))
    # Last week's cron run: notices already issued, so today's run escalates further.
    overdue.check(
        session=session,
        calendar=calendar,
        today=today - timedelta(days=7),
        within=3,
        settings=EscalationSettings(),
        dry_run=False,
    )
    return dict(counts)


def _demo_suggestions(session: Session, calendar: Any, today: date) -> Counter[str]:
    from fylink.services import suggestions, tasks

    counts: Counter[str] = Counter()

    def case_of(short_name: str) -> list[str]:
        unit = session.exec(select(Unit).where(Unit.short_name == short_name)).one()
        found = session.exec(
            select(Case.case_no)
            .where(Case.unit_id == unit.id, Case.category == "行政诉讼")
            .order_by(col(Case.filed_on))
            .limit(1)
        ).first()
        return [found] if found else []

    def add(kind: str, number: int, unit: str, received_days: int, summary: str) -> Any:
        received = calendar.next_workday(today - timedelta(days=received_days))
        prefix = "示法建" if kind == "司法建议" else "示检行建"
        item = suggestions.add_suggestion(
            session=session,
            suggestion_in=suggestions.SuggestionIn(
                kind=kind,
                doc_no=f"{prefix}〔{received.year}〕{number}号",
                unit=unit,
                received_on=received,
                summary=summary,
                cases=case_of(unit),
            ),
            calendar=calendar,
            default_rule="2个月",
            today=today,
        )
        counts[kind] += 1
        return item

    first = add("司法建议", 1, "县自然资源局", 400, "规范集体土地征收补偿安置程序")
    suggestions.reply(
        session=session,
        ref=first.doc_no,
        replied_on=first.reply_due - timedelta(days=12),
        summary="已完成程序自查并修订工作规程",
        adopted=True,
        today=today,
    )
    suggestions.verify(
        session=session,
        ref=first.doc_no,
        verified_on=first.reply_due + timedelta(days=40),
        today=today,
    )
    second = add("司法建议", 2, "县住建局", 300, "加强征收补偿协议履行管理")
    suggestions.reply(
        session=session,
        ref=second.doc_no,
        replied_on=second.reply_due + timedelta(days=10),
        summary="已建立协议履行台账",
        adopted=True,
        today=today,
    )
    rectify = tasks.add_task(
        session=session,
        task_in=tasks.TaskIn(
            content="落实司法建议，建立征收补偿协议履行台账",
            lead="县住建局",
            due="1个月",
            source="司法建议整改",
            start=second.reply_due,
            suggestion=second.doc_no,
        ),
        calendar=calendar,
        today=today,
    )
    tasks.complete_task(
        session=session,
        ref=rectify.id or 0,
        completed_on=rectify.due_on - timedelta(days=3),
        today=today,
    )
    third = add("检察建议", 1, "县市场监管局", 200, "规范行政处罚自由裁量权行使")
    suggestions.reply(
        session=session,
        ref=third.doc_no,
        replied_on=third.reply_due - timedelta(days=5),
        summary="经研究暂不采纳，已说明理由",
        adopted=False,
        today=today,
    )
    add("司法建议", 3, "县人社局", 120, "完善工伤认定调查核实程序")  # unanswered, long overdue
    add("检察建议", 2, "县城管局", 75, "规范违法建筑强制拆除程序")  # unanswered, overdue
    add("司法建议", 4, "县公安局", 50, "规范治安案件证据收集")  # reply not yet due
    return counts
