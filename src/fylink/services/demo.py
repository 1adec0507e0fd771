"""``fylink demo``: a believable 示范县 office to try every command on.

Everything is written through the services (so the journal is filled as in
real use) from a fixed random seed, relative to today: the last two years of
cases, consistent dates (立案 ≤ 开庭 ≤ 结案 ≤ today) and outcomes valid for
each category.
"""

import random
from collections import Counter
from collections.abc import Mapping
from datetime import date, timedelta
from importlib import resources
from typing import Any

from sqlmodel import Session, func, select

from fylink.domain import identifiers
from fylink.domain.categories import OUTCOMES, CaseCategory
from fylink.domain.indicators import Period, latest_quarter
from fylink.errors import ConflictError
from fylink.models import Case, Meeting, Office, Task, Unit
from fylink.services import cases, office

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
    first17 = f"9141059{index}MA{index:02d}K7Q{index}0"
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
    return {"成员单位": loaded.units, "人员": loaded.persons, **counts}


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
    types = cases.type_table()
    start = today - timedelta(days=730)
    made: Counter[str] = Counter()
    for filed, planned in _litigation_plan(rng, today):
        _one_case(
            session, rng, today, CaseCategory.LITIGATION, filed, numbers, types, planned=planned
        )
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
            _one_case(session, rng, today, category, filed, numbers, types)
            made[category.value] += 1
    return {f"{k}案件": v for k, v in made.items()}


def _one_case(
    session: Session,
    rng: random.Random,
    today: date,
    category: CaseCategory,
    filed: date,
    numbers: _Numbers,
    types: Any,
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
    case = cases.add_case(
        session=session,
        case_in=cases.CaseIn(
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
        ),
        today=today,
        types=types,
    )
    duration, closed_on = planned[:2] if planned else _closing(rng, today, filed)
    if category is CaseCategory.LITIGATION:
        heard = rng.random() < 0.85
        if heard and duration > 20:
            hearing = filed + timedelta(days=rng.randrange(15, max(16, duration - 5)))
            if hearing <= today:
                cases.add_event(
                    session=session,
                    case_no=case.case_no,
                    kind="开庭",
                    occurred_on=hearing,
                    note=f"{COURT_NAME}第二审判庭",
                    today=today,
                )
                appeared = rng.random() < 0.93
                changes: dict[str, Any] = {"head_appeared": appeared}
                if appeared:
                    changes["head_rank"] = "正职" if rng.random() < 0.15 else "副职"
                cases.update_case(
                    session=session, case_no=case.case_no, changes=changes, today=today
                )
        elif not heard:
            cases.update_case(
                session=session, case_no=case.case_no, changes={"heard": False}, today=today
            )
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
    cases.close_case(
        session=session,
        case_no=case.case_no,
        outcome=outcome,
        closed_on=closed_on,
        today=today,
        resolved=resolved,
        recovered_fen=recovered,
    )
