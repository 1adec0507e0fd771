"""Deadlines as offices write them in a 双清单, and the approved list's 序号 (issue 15)."""

from datetime import date

import pytest

from fylink.domain.calendar import (
    STANDING_DUE,
    WorkCalendar,
    is_standing,
    parse_deadline,
    parse_recurrence,
)
from fylink.domain.lists import list_order, normalize_list_no, section_label, section_number
from fylink.errors import InvalidInputError

D = date.fromisoformat
START = D("2025-07-10")


@pytest.mark.parametrize(
    ("text", "due", "rule"),
    [
        ("6月底", "2026-06-30", "6月底"),  # past this year: next year's
        ("7月底前", "2025-07-31", "7月底前"),
        ("九月底", "2025-09-30", "9月底"),
        ("9月30日前", "2025-09-30", "9月30日前"),
        ("12月31日", "2025-12-31", "12月31日"),
        ("年底前", "2025-12-31", "年底"),
        ("三季度末", "2025-09-30", "三季度末"),
        ("2025年三季度末", "2025-09-30", None),
        ("2025年第四季度末", "2025-12-31", None),
        ("2025年上半年末", "2025-06-30", None),
        ("2025年底", "2025-12-31", None),
        ("2026年6月底", "2026-06-30", None),
    ],
)
def test_office_deadlines(text: str, due: str, rule: str | None) -> None:
    deadline = parse_deadline(text, start=START, calendar=WorkCalendar())
    assert (deadline.due, deadline.rule) == (D(due), rule)
    # a stored rule recounts to the same day (task show, calendar refresh)
    if rule:
        again = parse_deadline(rule, start=START, calendar=WorkCalendar())
        assert again.due == D(due)


def test_a_standing_task_has_no_deadline() -> None:
    deadline = parse_deadline("长期坚持", start=START, calendar=WorkCalendar())
    assert (deadline.due, deadline.rule, deadline.provisional) == (STANDING_DUE, "长期坚持", False)
    assert is_standing("长期")
    assert not is_standing("长期坚持到年底")


def test_impossible_office_days_are_refused() -> None:
    with pytest.raises(InvalidInputError, match="不是真实存在的日期"):
        parse_deadline("2月30日前", start=START, calendar=WorkCalendar())
    with pytest.raises(InvalidInputError, match="月份应在1月至12月之间"):
        parse_deadline("13月底", start=START, calendar=WorkCalendar())


def test_recurring_deadlines_have_one_occurrence_per_period() -> None:
    quarterly = parse_recurrence("每季度末")
    assert quarterly is not None
    assert quarterly.occurrences(START) == [
        ("2025年第三季度", D("2025-09-30")),
        ("2025年第四季度", D("2025-12-31")),
    ]
    monthly = parse_recurrence("每月25日前")
    assert monthly is not None
    assert monthly.occurrences(D("2025-10-26")) == [
        ("2025年11月", D("2025-11-25")),
        ("2025年12月", D("2025-12-25")),
    ]
    # at least one occurrence, even at the end of the year
    assert monthly.occurrences(D("2025-12-26")) == [("2026年1月", D("2026-01-25"))]
    month_end = parse_recurrence("每月底")
    assert month_end is not None
    assert month_end.occurrences(D("2025-11-01"))[0] == ("2025年11月", D("2025-11-30"))
    assert parse_recurrence("6月底") is None
    with pytest.raises(InvalidInputError, match="1日至31日"):
        parse_recurrence("每月35日前")


def test_list_numbers_and_sections() -> None:
    assert [normalize_list_no(t) for t in ("1", "1.", "1、", "（1）", "(12)", "2025-3")] == [
        "1",
        "1",
        "1",
        "1",
        "12",
        "2025-3",
    ]
    assert section_number("二、法院需政府支持事项") == 2
    assert section_number("（三）其他事项") == 3
    assert section_label("一、政府需法院支持事项") == "一"
    assert list_order("二、法院需政府支持事项", "3") == 200003
    assert list_order("", "2025-3") is None
