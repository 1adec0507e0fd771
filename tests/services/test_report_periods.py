"""Reports of any period (issue #18): a 1–5月 and a 上半年 report with their 同比 and 环比
counted by hand, a small comparison base said so, publish/show/diff of such a period.

Runs on SQLite and, with FYLINK_TEST_PG_URL, on PostgreSQL (the ``db_url`` fixture).
"""

from datetime import date, timedelta
from typing import Any

import pytest

from fylink import db
from fylink.domain.indicators import Period
from fylink.services import office as office_service
from fylink.services import reports
from helpers import DATA
from report_fixture import case_row, insert_cases, unit_ids

TODAY = date(2025, 7, 2)
FIRST_FIVE = Period.months(2025, 1, 5)
FIRST_HALF = Period.half(2025, 1)
OLD = date(2023, 6, 1)  # filed outside every window below


def _days(first: date, last: date, count: int) -> list[date]:
    """``count`` days from ``first`` to ``last`` (both included)."""
    span = (last - first).days
    return [first + timedelta(days=(i * span) // max(count - 1, 1)) for i in range(count)]


#: (first day, last day, cases filed, [closed: (losses, others)])
FILED = [
    # 2025: 1–5月 12 cases, June 3 → 上半年 15
    (date(2025, 1, 2), date(2025, 5, 31), 12),
    (date(2025, 6, 1), date(2025, 6, 30), 3),
    # 2024: 1–5月 10, June 2 → 上半年 12; July 4, 8–12月 16 → 下半年 20
    (date(2024, 1, 1), date(2024, 5, 31), 10),
    (date(2024, 6, 1), date(2024, 6, 30), 2),
    (date(2024, 7, 1), date(2024, 7, 31), 4),
    (date(2024, 8, 1), date(2024, 12, 31), 16),
]
CLOSED = [
    # first day, last day, losses (撤销), others (驳回诉讼请求)
    (date(2025, 1, 10), date(2025, 5, 30), 2, 6),  # 1–5月: 2/8 = 25.0%
    (date(2025, 6, 2), date(2025, 6, 28), 0, 2),  # 上半年: 2/10 = 20.0%
    (date(2024, 1, 10), date(2024, 5, 30), 1, 3),  # 2024年1—5月: 1/4 = 25.0%
    (date(2024, 6, 3), date(2024, 6, 20), 1, 0),  # 2024上半年: 2/5 = 40.0%
    (date(2024, 8, 5), date(2024, 12, 20), 1, 9),  # 8–12月 and 下半年: 1/10 = 10.0%
]


@pytest.fixture
def office(db_url: str) -> str:
    db.upgrade(db_url)
    roster = office_service.read_roster(DATA / "roster.yaml")
    with db.session_scope(db_url, actor="测试员", command="pytest") as session:
        office_service.init_office(
            session=session, name=roster["office"]["name"], region=roster["office"]["region"]
        )
        office_service.load_roster(session=session, roster=roster)
        unit = unit_ids(session)["县住建局"]
        rows = [
            case_row(unit_id=unit, filed_on=day)
            for first, last, count in FILED
            for day in _days(first, last, count)
        ]
        for first, last, losses, others in CLOSED:
            days = _days(first, last, losses + others)
            rows += [
                case_row(
                    unit_id=unit,
                    filed_on=OLD,
                    closed_on=day,
                    outcome="撤销" if i < losses else "驳回诉讼请求",
                )
                for i, day in enumerate(days)
            ]
        insert_cases(session, rows)
    return db_url


def _report(url: str, period: Period) -> dict[str, Any]:
    with db.session_scope(url, write=False) as session:
        return reports.build_report(session=session, period=period, today=TODAY)


def test_first_five_months(office: str) -> None:
    data = _report(office, FIRST_FIVE)
    assert data["period"]["label"] == "2025年1—5月"
    assert (data["period"]["start"], data["period"]["end"]) == ("2025-01-01", "2025-05-31")
    assert data["compare"]["last_year"]["label"] == "2024年1—5月"
    assert data["compare"]["previous"]["label"] == "2024年8—12月"
    assert data["compare"]["text"] == "同比与2024年1—5月比较，环比与2024年8—12月比较"
    filed = data["indicators"]["litigation_filed"]
    # 12 against 10 a year earlier (+20.0%) and 16 in 2024年8—12月 (-25.0%)
    assert (filed["numerator"], filed["last_year"]["numerator"]) == (12, 10)
    assert filed["previous"]["numerator"] == 16
    assert (filed["yoy"], filed["qoq"]) == (20.0, -25.0)
    assert (filed["yoy_text"], filed["qoq_text"]) == ("增加20.0%", "减少25.0%")
    loss = data["indicators"]["loss_rate"]
    # 2/8 = 25.0% against 1/4 = 25.0% (持平, on 4 cases: a caveat) and 1/10 = 10.0%
    assert (loss["fraction"], loss["last_year"]["display"]) == ("2/8", "25.0%")
    assert loss["previous"]["display"] == "10.0%"
    assert (loss["yoy"], loss["qoq"]) == (0.0, 15.0)
    assert loss["yoy_text"] == "持平（基数较小：去年同期仅4件）"
    assert loss["yoy_display"] == "持平（基数小）"
    assert loss["yoy_small_base"] == 4
    assert loss["qoq_text"] == "上升15.0个百分点"
    assert loss["qoq_small_base"] is None
    assert any(w.startswith("以下指标的比较基数不足10件") for w in data["warnings"])


def test_first_half(office: str) -> None:
    data = _report(office, FIRST_HALF)
    assert data["period"]["label"] == "2025年上半年"
    assert data["period"]["code"] == "2025H1"
    assert data["compare"]["text"] == "同比与2024年上半年比较，环比与2024年下半年比较"
    filed = data["indicators"]["litigation_filed"]
    # 15 against 12 (+25.0%) and 20 in 2024年下半年 (-25.0%)
    assert (filed["numerator"], filed["last_year"]["numerator"]) == (15, 12)
    assert filed["previous"]["numerator"] == 20
    assert (filed["yoy"], filed["qoq"]) == (25.0, -25.0)
    loss = data["indicators"]["loss_rate"]
    # 2/10 = 20.0% against 2/5 = 40.0% (-20.0 points, on 5 cases) and 1/10 = 10.0% (+10.0)
    assert loss["fraction"] == "2/10"
    assert (loss["last_year"]["display"], loss["previous"]["display"]) == ("40.0%", "10.0%")
    assert (loss["yoy"], loss["qoq"]) == (-20.0, 10.0)
    assert loss["yoy_text"] == "下降20.0个百分点（基数较小：去年同期仅5件）"
    assert data["double_decline"]["achieved"] is False  # more cases filed


def test_a_period_of_days_compares_with_the_days_before(office: str) -> None:
    data = _report(office, Period.span(date(2024, 8, 1), date(2024, 8, 31)))
    assert data["period"]["kind"] == "month"  # whole months are months
    data = _report(office, Period.span(date(2025, 3, 1), date(2025, 3, 15)))
    assert data["period"]["label"] == "2025年3月1日至15日"
    assert data["compare"]["previous"]["label"] == "2025年2月14日至28日"
    assert data["compare"]["last_year"]["label"] == "2024年3月1日至15日"


def test_publish_show_and_diff_a_half_year(office: str) -> None:
    with db.session_scope(office, actor="测试员", command="pytest") as session:
        reports.publish(session=session, period=FIRST_HALF, today=TODAY)
        reports.publish(session=session, period=FIRST_FIVE, today=TODAY)
    with db.session_scope(office, actor="测试员", command="pytest") as session:
        unit = unit_ids(session)["县住建局"]
        insert_cases(session, [case_row(unit_id=unit, filed_on=date(2025, 6, 30))])
    with db.session_scope(office, write=False) as session:
        half = reports.snapshot_public(reports.published(session=session, period=FIRST_HALF))
        five = reports.published(session=session, period=FIRST_FIVE)
        changed = reports.diff(session=session, period=FIRST_HALF, today=TODAY)
        same = reports.diff(session=session, period=FIRST_FIVE, today=TODAY)
    assert half["indicators"]["litigation_filed"]["numerator"] == 15
    assert half["period"]["code"] == "2025H1"
    assert five.data["period"]["code"] == "2025M01-05"
    filed = next(
        c for c in changed["changes"] if c["unit"] == "" and c["key"] == "litigation_filed"
    )
    assert (filed["published"]["numerator"], filed["now"]["numerator"]) == (15, 16)
    assert same["changed"] is False
