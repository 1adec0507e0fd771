"""Periods of every kind (issue #18): labels, codes, 同比 and 环比 spans."""

from datetime import date

import pytest

from fylink.domain.indicators import Kind, Period, parse_code, parse_months, small_base
from fylink.errors import InvalidInputError

D = date.fromisoformat


@pytest.mark.parametrize(
    ("period", "kind", "code", "label", "last_year", "previous"),
    [
        (
            Period(2025, 2),
            "quarter",
            "2025Q2",
            "2025年第二季度",
            "2024年第二季度",
            "2025年第一季度",
        ),
        (
            Period(2025, 1),
            "quarter",
            "2025Q1",
            "2025年第一季度",
            "2024年第一季度",
            "2024年第四季度",
        ),
        (Period(2025), "year", "2025", "2025年度", "2024年度", None),
        (Period.half(2025, 1), "half", "2025H1", "2025年上半年", "2024年上半年", "2024年下半年"),
        (Period.half(2025, 2), "half", "2025H2", "2025年下半年", "2024年下半年", "2025年上半年"),
        (Period.month(2025, 1), "month", "2025M01", "2025年1月", "2024年1月", "2024年12月"),
        (Period.month(2024, 3), "month", "2024M03", "2024年3月", "2023年3月", "2024年2月"),
        (
            Period.months(2025, 1, 5),
            "months",
            "2025M01-05",
            "2025年1—5月",
            "2024年1—5月",
            "2024年8—12月",
        ),
        (
            Period.months(2025, 3, 7),
            "months",
            "2025M03-07",
            "2025年3—7月",
            "2024年3—7月",
            "2024年10月至2025年2月",
        ),
        (
            Period.span(D("2025-03-01"), D("2025-03-15")),
            "range",
            "20250301-20250315",
            "2025年3月1日至15日",
            "2024年3月1日至15日",
            "2025年2月14日至28日",
        ),
        (
            Period.span(D("2024-12-01"), D("2025-02-28")),
            "range",
            "20241201-20250228",
            "2024年12月至2025年2月",
            "2023年12月至2024年2月",
            "2024年9—11月",
        ),
    ],
)
def test_kinds(period, kind, code, label, last_year, previous) -> None:  # type: ignore[no-untyped-def]
    assert (period.kind, period.code, period.label) == (kind, code, label)
    assert period.same_period_last_year().label == last_year
    assert (period.previous().label if period.previous() else None) == previous
    assert parse_code(code) == period
    # the two spans compared have the length of the period (days, or whole months)
    if previous and kind in ("range",) and period.start.day != 1:
        before = period.previous()
        assert before is not None
        assert (before.end - before.start) == (period.end - period.start)
        assert (period.start - before.end).days == 1


def test_runs_of_months_that_are_quarters_or_years_are_those() -> None:
    assert Period.months(2025, 4, 6) == Period(2025, 2)
    assert Period.months(2025, 1, 12) == Period(2025)
    assert Period.span(D("2025-01-01"), D("2025-06-30")) == Period.half(2025, 1)
    assert Period.span(D("2024-02-01"), D("2024-02-29")).code == "2024M02"


def test_comparisons_are_stated() -> None:
    assert Period.months(2025, 1, 5).comparisons() == (
        "同比与2024年1—5月比较，环比与2024年8—12月比较"
    )
    assert Period(2024).comparisons() == "同比与2023年度比较（年度报告不计算环比）"


@pytest.mark.parametrize(
    ("text", "expected"), [("1-5", (1, 5)), ("1—5月", (1, 5)), ("3", (3, 3)), (" 7 至 9 ", (7, 9))]
)
def test_parse_months(text: str, expected: tuple[int, int]) -> None:
    assert parse_months(text) == expected


@pytest.mark.parametrize("text", ["5-3", "0-2", "1-13", "一至五", "1-2-3"])
def test_parse_months_refuses(text: str) -> None:
    with pytest.raises(InvalidInputError, match="月份范围"):
        parse_months(text)


def test_a_span_is_at_most_a_year_and_forwards() -> None:
    with pytest.raises(InvalidInputError, match="早于起始日期"):
        Period.span(D("2025-03-15"), D("2025-03-01"))
    with pytest.raises(InvalidInputError, match="不能超过一年"):
        Period.span(D("2024-01-01"), D("2025-01-31"))


def test_small_base() -> None:
    assert small_base(Kind.COUNT, 3, None) == 3
    assert small_base(Kind.COUNT, 10, None) is None
    assert small_base(Kind.RATE, 1, 4) == 4  # a rate's base is its denominator
    assert small_base(Kind.RATE, 1, 12) is None
    assert small_base(Kind.AMOUNT, 100, None) is None
