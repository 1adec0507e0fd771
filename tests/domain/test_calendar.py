"""Working days, statutory periods and deadline rules (domain.md §6)."""

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import chinese_calendar
import pytest

from fylink.domain.calendar import (
    PACKAGE_YEARS,
    CalendarOverrides,
    Deadline,
    WorkCalendar,
    add_calendar_days,
    add_months,
    add_working_days,
    add_years,
    chinese_count,
    parse_deadline,
    quarter_bounds,
    quarter_of,
    statutory_holidays,
)
from fylink.errors import InvalidInputError

VECTORS: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent.parent / "data" / "deadlines.json").read_text(encoding="utf-8")
)["vectors"]

UNRECOGNIZED = (
    "完成时限“{}”无法识别："
    "请写日期（如2025-03-31）或规则（如15日、10个工作日、2个月、季度末、年底、6月底、"
    "9月30日前、每季度末、每月25日前、长期坚持）"
)

D = date.fromisoformat


@pytest.fixture
def cal() -> WorkCalendar:
    return WorkCalendar()


def _first_uncovered_year() -> int:
    return PACKAGE_YEARS[-1] + 1


# --- the spec's vectors ------------------------------------------------------------------------


@pytest.mark.parametrize("vector", VECTORS, ids=lambda v: f"{v['rule']}@{v['start']}")
def test_spec_vector_parsed(vector: dict[str, Any], cal: WorkCalendar) -> None:
    deadline = parse_deadline(vector["rule"], start=D(vector["start"]), calendar=cal)
    assert deadline.due == D(vector["due"])
    assert deadline.rule == vector["rule"]
    assert deadline.start == D(vector["start"])
    assert not deadline.provisional
    assert deadline.steps[-1] == f"届满日 {_cn(D(vector['due']))}"


@pytest.mark.parametrize("vector", VECTORS, ids=lambda v: f"{v['rule']}@{v['start']}")
def test_spec_vector_helpers(vector: dict[str, Any], cal: WorkCalendar) -> None:
    helper = {"days": add_calendar_days, "workdays": add_working_days, "months": add_months}
    deadline = helper[vector["kind"]](D(vector["start"]), vector["n"], cal)
    assert deadline.due == D(vector["due"])


def _cn(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


# --- the calendar ------------------------------------------------------------------------------


def test_package_years_detected_from_package() -> None:
    # Probe the package independently: Jan 1 of each year until it refuses.
    year = PACKAGE_YEARS[0]
    while True:
        try:
            chinese_calendar.is_workday(date(year, 1, 1))
        except NotImplementedError:
            break
        year += 1
    assert range(2004, year) == PACKAGE_YEARS
    assert WorkCalendar.package_years() == PACKAGE_YEARS
    assert 2026 in PACKAGE_YEARS
    with pytest.raises(NotImplementedError):
        chinese_calendar.is_workday(date(PACKAGE_YEARS[0] - 1, 12, 31))


def test_agrees_with_package_every_covered_day(cal: WorkCalendar) -> None:
    day, last = date(PACKAGE_YEARS[0], 1, 1), date(PACKAGE_YEARS[-1], 12, 31)
    mismatches = []
    while day <= last:
        if cal.is_workday(day) != chinese_calendar.is_workday(day):
            mismatches.append(day)
        day += timedelta(days=1)
    assert mismatches == []
    assert cal.guessed_years == frozenset()


@pytest.mark.parametrize("makeup", ["2025-01-26", "2025-02-08", "2024-09-29", "2024-10-12"])
def test_makeup_working_weekend_is_a_workday(makeup: str, cal: WorkCalendar) -> None:
    day = D(makeup)
    assert day.weekday() >= 5
    assert cal.is_workday(day)
    assert not cal.is_rest_day(day)
    assert cal.explain(day).endswith("调休上班日")


def test_makeup_days_are_counted(cal: WorkCalendar) -> None:
    # Sunday 26 Jan 2025 is the first working day after Friday 24 Jan.
    assert cal.add_workdays(D("2025-01-24"), 1) == D("2025-01-26")
    # Saturday 8 Feb and Monday 10 Feb.
    assert cal.workdays_between(D("2025-02-07"), D("2025-02-10")) == 2


def test_rest_days(cal: WorkCalendar) -> None:
    assert cal.is_rest_day(D("2025-01-28"))  # 春节
    assert cal.is_rest_day(D("2025-03-01"))  # ordinary Saturday
    assert cal.is_rest_day(D("2025-02-03"))  # Monday in lieu
    assert cal.explain(D("2024-10-05")) == "法定节假日（国庆节）"
    assert cal.explain(D("2025-03-01")) == "周六，休息日"
    assert cal.explain(D("2025-03-03")) == "工作日"
    assert cal.holiday_name(D("2025-01-29")) == "春节"
    assert cal.holiday_name(D("2025-03-01")) is None


def test_next_workday(cal: WorkCalendar) -> None:
    assert cal.next_workday(D("2025-03-03")) == D("2025-03-03")
    assert cal.next_workday(D("2025-03-01")) == D("2025-03-03")
    assert cal.next_workday(D("2024-10-01")) == D("2024-10-08")
    # The package's find_workday is off by one on this kind of start; we are not.
    assert cal.next_workday(D("2025-10-01")) == D("2025-10-09")


def test_add_workdays_zero_and_negative(cal: WorkCalendar) -> None:
    assert cal.add_workdays(D("2025-03-01"), 0) == D("2025-03-01")
    # Back from Monday 10 Feb 2025: Saturday 8 Feb (make-up), then Friday 7 Feb.
    assert cal.add_workdays(D("2025-02-10"), -2) == D("2025-02-07")


def test_add_workdays_from_a_rest_day(cal: WorkCalendar) -> None:
    # Start on a holiday: the first working day after it is day one.
    assert cal.add_workdays(D("2024-10-01"), 1) == D("2024-10-08")
    assert cal.add_workdays(D("2025-03-01"), 1) == D("2025-03-03")


def test_workdays_between(cal: WorkCalendar) -> None:
    due = D("2025-09-30")
    assert cal.workdays_between(due, due) == 0
    assert cal.workdays_between(due, D("2025-10-09")) == 1  # the whole holiday is free
    # Friday 10, make-up Saturday 11, Monday 13 October.
    assert cal.workdays_between(D("2025-10-09"), D("2025-10-13")) == 3
    assert cal.workdays_between(D("2025-10-13"), D("2025-10-09")) == -3
    assert cal.workdays_between(D("2025-03-07"), D("2025-03-08")) == 0  # Saturday


# --- overrides and provisional years ------------------------------------------------------------


def test_uncovered_year_is_provisional_weekends_and_statutory_holidays(cal: WorkCalendar) -> None:
    year = _first_uncovered_year()
    assert not cal.is_exact(year)
    assert cal.is_exact(PACKAGE_YEARS[-1])
    jan1 = date(year, 1, 1)
    assert not cal.is_workday(jan1)  # 元旦, whatever the weekday
    assert cal.holiday_name(jan1) == "元旦"
    assert cal.explain(jan1) == "法定节假日（元旦）"
    assert year in cal.guessed_years


def test_rule_into_uncovered_year_is_provisional(cal: WorkCalendar) -> None:
    deadline = parse_deadline("20个工作日", start=D("2026-12-20"), calendar=cal)
    # 9 working days left in 2026, then Fri 1 Jan 2027 (元旦) skipped.
    assert deadline.due == D("2027-01-18")
    assert deadline.provisional
    assert deadline.provisional_years == (2027,)
    text = deadline.describe()
    assert "注意：2027年的放假安排尚未公布（日历数据只到2026年），本期限按周末和" in text
    assert "《全国年节及纪念日放假办法》规定的节日推算（未计调休、补假）" in text
    assert "暂定期限" in text
    assert "待办公室补录该年假期后自动准确" in text


def test_override_holiday_makes_year_exact(cal: WorkCalendar) -> None:
    exact = WorkCalendar(CalendarOverrides(extra_holidays=frozenset({D("2027-01-01")})))
    assert exact.is_exact(2027)
    deadline = parse_deadline("20个工作日", start=D("2026-12-20"), calendar=exact)
    assert deadline.due == D("2027-01-18")  # New Year's Day skipped
    assert not deadline.provisional
    assert "办公室补录的假日" in deadline.steps[1]
    assert exact.guessed_years == frozenset()
    assert "注意" not in deadline.describe()


def test_override_workday_on_saturday_is_counted() -> None:
    overrides = CalendarOverrides(
        extra_holidays=frozenset({D("2027-01-01")}),
        extra_workdays=frozenset({D("2027-01-09")}),  # a Saturday
    )
    cal = WorkCalendar(overrides)
    assert D("2027-01-09").weekday() == 5
    assert cal.is_workday(D("2027-01-09"))
    assert cal.explain(D("2027-01-09")) == "周六，办公室补录的工作日"
    deadline = parse_deadline("20个工作日", start=D("2026-12-20"), calendar=cal)
    assert deadline.due == D("2027-01-15")
    assert "含调休上班日" in deadline.steps[1]
    assert not deadline.provisional


def test_overrides_correct_a_covered_year() -> None:
    cal = WorkCalendar(
        CalendarOverrides(
            extra_holidays=frozenset({D("2025-03-03")}),
            extra_workdays=frozenset({D("2025-03-01")}),
        )
    )
    assert cal.is_rest_day(D("2025-03-03"))
    assert cal.is_workday(D("2025-03-01"))
    # 15 days from 16 Feb 2025 reach Monday 3 March, now a local holiday.
    deadline = add_calendar_days(D("2025-02-16"), 15, cal)
    assert deadline.due == D("2025-03-04")
    assert "系办公室补录的假日" in deadline.steps[1]


def test_extra_workdays_alone_do_not_make_a_year_exact() -> None:
    cal = WorkCalendar(CalendarOverrides(extra_workdays=frozenset({D("2027-02-20")})))
    assert not cal.is_exact(2027)
    # The entered day itself is known, so consulting it guesses nothing.
    assert cal.is_workday(D("2027-02-20"))
    assert cal.guessed_years == frozenset()
    assert cal.is_workday(D("2027-02-22"))
    assert cal.guessed_years == frozenset({2027})


def test_overrides_accept_iterables_and_reject_conflicts() -> None:
    overrides = CalendarOverrides(extra_holidays=[D("2027-01-01")])  # type: ignore[arg-type]
    assert overrides.extra_holidays == frozenset({D("2027-01-01")})
    hash(overrides)
    with pytest.raises(InvalidInputError, match="2027年1月1日同时列为假日和工作日"):
        CalendarOverrides(
            extra_holidays=frozenset({D("2027-01-01")}),
            extra_workdays=frozenset({D("2027-01-01")}),
        )


def test_track_collects_per_computation(cal: WorkCalendar) -> None:
    with cal.track() as outer:
        cal.is_workday(D("2025-06-01"))
        assert outer == set()
        with cal.track() as inner:
            cal.is_workday(D("2028-06-01"))
        cal.is_workday(D("2027-06-01"))
    assert inner == {2028}
    assert outer == {2027, 2028}
    assert cal.guessed_years == frozenset({2027, 2028})
    # A later exact computation on the same calendar is not tainted by earlier guesses.
    assert not add_calendar_days(D("2025-01-01"), 10, cal).provisional


def test_provisional_notice_names_every_year(cal: WorkCalendar) -> None:
    deadline = add_working_days(D("2026-06-01"), 450, cal)
    assert deadline.provisional_years == (2027, 2028)
    assert "2027年、2028年的放假安排尚未公布" in deadline.describe()
    assert "相应年份" in deadline.describe()


def test_year_before_package_is_provisional(cal: WorkCalendar) -> None:
    deadline = add_calendar_days(D("2003-05-01"), 10, cal)
    assert deadline.provisional_years == (2003,)
    assert "2003年不在日历数据范围内（2004—" in deadline.describe()


def test_plain_dates_and_office_deadlines_are_never_provisional(cal: WorkCalendar) -> None:
    assert not parse_deadline("2027-01-01", start=D("2026-12-01"), calendar=cal).provisional
    assert not parse_deadline("年底", start=D("2027-03-01"), calendar=cal).provisional
    assert cal.guessed_years == frozenset()


# --- periods -----------------------------------------------------------------------------------


def test_calendar_days_weekend_shift_steps(cal: WorkCalendar) -> None:
    # 15 days from 1 March 2025 end on Sunday 16 March.
    deadline = add_calendar_days(D("2025-03-01"), 15, cal)
    assert deadline.due == D("2025-03-17")
    assert deadline.steps == (
        "起算日 2025年3月1日（当日不计入）",
        "按日历日计算15日，第15日为2025年3月16日，系周日，休息日",
        "顺延至下一个工作日 2025年3月17日",
        "届满日 2025年3月17日",
    )


def test_holiday_shift_steps(cal: WorkCalendar) -> None:
    deadline = parse_deadline("15日", start=D("2024-09-20"), calendar=cal)
    assert deadline.steps[1] == "按日历日计算15日，第15日为2024年10月5日，系法定节假日（国庆节）"
    assert deadline.steps[2] == "顺延至下一个工作日 2024年10月8日"
    assert deadline.describe() == (
        "起算日 2024年9月20日（当日不计入）；"
        "按日历日计算15日，第15日为2024年10月5日，系法定节假日（国庆节）；"
        "顺延至下一个工作日 2024年10月8日；届满日 2024年10月8日。"
    )


def test_period_ending_on_makeup_day_is_not_shifted(cal: WorkCalendar) -> None:
    deadline = add_calendar_days(D("2025-09-13"), 15, cal)
    assert deadline.due == D("2025-09-28")  # a Sunday worked in lieu
    assert "顺延" not in deadline.describe()
    assert deadline.steps[1].endswith("（周日，调休上班日）")


def test_working_days_steps(cal: WorkCalendar) -> None:
    deadline = parse_deadline("10个工作日", start=D("2025-01-24"), calendar=cal)
    assert deadline.steps == (
        "起算日 2025年1月24日（当日不计入）",
        "按工作日计算10个工作日（跳过春节假期及周末，含调休上班日）",
        "届满日 2025年2月13日",
    )
    plain = add_working_days(D("2025-03-03"), 3, cal)
    assert plain.steps[1] == "按工作日计算3个工作日"


def test_month_period_steps(cal: WorkCalendar) -> None:
    short = add_months(D("2024-12-31"), 2, cal)
    assert short.steps[1] == (
        "按月计算2个月，2025年2月无对应日（31日），以月末日2025年2月28日为期间最后一日"
    )
    same = add_months(D("2025-04-30"), 6, cal)
    assert same.steps[1] == "按月计算6个月，到期月对应日为2025年10月30日"


def test_months_leap_year_and_shift(cal: WorkCalendar) -> None:
    assert add_months(D("2024-01-31"), 1, cal).due == D("2024-02-29")
    # 1 month from 1 Feb 2025 reaches Saturday 1 March.
    shifted = add_months(D("2025-02-01"), 1, cal)
    assert shifted.due == D("2025-03-03")
    assert "顺延至下一个工作日 2025年3月3日" in shifted.steps


def test_years(cal: WorkCalendar) -> None:
    deadline = add_years(D("2024-02-29"), 1, cal)
    assert deadline.due == D("2025-02-28")
    assert deadline.rule == "1年"
    assert deadline.steps[1].startswith("按年计算1年，2025年2月无对应日（29日）")


@pytest.mark.parametrize(
    ("helper", "n"), [(add_calendar_days, 0), (add_working_days, -1), (add_months, 0)]
)
def test_helpers_reject_non_positive(helper: Any, n: int, cal: WorkCalendar) -> None:
    with pytest.raises(InvalidInputError, match="期限须至少为1"):
        helper(D("2025-01-01"), n, cal)


# --- parsing -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule", "due"),
    [
        ("十五日", "15日", "2024-10-08"),
        ("15天", "15日", "2024-10-08"),
        ("15日内", "15日", "2024-10-08"),
        ("十五个自然日", "15日", "2024-10-08"),
        ("１５日", "15日", "2024-10-08"),
        (" 15 日 ", "15日", "2024-10-08"),
        ("三十日", "30日", "2024-10-21"),
        ("十个工作日", "10个工作日", "2024-10-10"),
        ("十个工作日内", "10个工作日", "2024-10-10"),
        ("二十个工作日", "20个工作日", "2024-10-23"),
        ("两个月", "2个月", "2024-11-20"),
        ("2月", "2个月", "2024-11-20"),
        ("六个月", "6个月", "2025-03-20"),
        ("半年", "6个月", "2025-03-20"),
        ("一年", "1年", "2025-09-22"),
    ],
)
def test_rule_forms(text: str, rule: str, due: str, cal: WorkCalendar) -> None:
    deadline = parse_deadline(text, start=D("2024-09-20"), calendar=cal)
    assert (deadline.rule, deadline.due) == (rule, D(due))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一", 1),
        ("两", 2),
        ("九", 9),
        ("十", 10),
        ("十五", 15),
        ("二十", 20),
        ("二十一", 21),
        ("九十九", 99),
        ("15", 15),
        ("十十", None),
        ("两十", None),
        ("二两", None),
        ("百", None),
        ("", None),
    ],
)
def test_chinese_count(text: str, value: int | None) -> None:
    assert chinese_count(text) == value


@pytest.mark.parametrize(
    "text",
    ["2025-03-31", "2025/3/31", "2025年3月31日", "2025年3月31日前", "2025-03-31前", "20250331"],
)
def test_plain_dates(text: str, cal: WorkCalendar) -> None:
    deadline = parse_deadline(text, start=D("2025-03-01"), calendar=cal)
    assert deadline == Deadline(
        due=D("2025-03-31"),
        rule=None,
        start=None,
        provisional_years=(),
        steps=("指定日期，届满日 2025年3月31日（不因休息日顺延）",),
    )


def test_plain_date_on_rest_day_is_not_shifted(cal: WorkCalendar) -> None:
    deadline = parse_deadline("2025年1月31日前", start=D("2025-01-02"), calendar=cal)
    assert deadline.due == D("2025-01-31")  # in the Spring Festival holiday, kept as written
    assert not deadline.provisional


@pytest.mark.parametrize(
    ("text", "start", "rule", "due"),
    [
        ("季度末", "2025-02-10", "季度末", "2025-03-31"),
        ("季度末前", "2025-04-01", "季度末", "2025-06-30"),
        ("本季度末", "2025-12-05", "季度末", "2025-12-31"),
        ("季度末", "2025-03-31", "季度末", "2025-03-31"),  # already the last day: same day
        ("月底", "2024-02-10", "月底", "2024-02-29"),
        ("月末", "2025-11-30", "月底", "2025-11-30"),
        ("月底前", "2025-05-06", "月底", "2025-05-31"),
        ("年底", "2023-05-01", "年底", "2023-12-31"),  # a Sunday: not moved
        ("年末", "2025-01-01", "年底", "2025-12-31"),
        ("年底前", "2025-06-30", "年底", "2025-12-31"),
    ],
)
def test_office_deadlines(text: str, start: str, rule: str, due: str, cal: WorkCalendar) -> None:
    deadline = parse_deadline(text, start=D(start), calendar=cal)
    assert (deadline.rule, deadline.due, deadline.start) == (rule, D(due), D(start))
    assert "不因休息日顺延" in deadline.steps[1]
    assert not deadline.provisional


def test_year_end_on_sunday_keeps_date(cal: WorkCalendar) -> None:
    assert D("2023-12-31").weekday() == 6
    deadline = parse_deadline("年底", start=D("2023-05-01"), calendar=cal)
    assert deadline.steps == (
        "起算日 2023年5月1日",
        "年底指起算日所在年度（2023年）的最后一日，系办公室时限，不因休息日顺延",
        "届满日 2023年12月31日",
    )


@pytest.mark.parametrize(
    "text", ["尽快", "2025年", "2025-03", "15日前", "十十日", "一百日", "每周", "10个工作", "abc"]
)
def test_unrecognized(text: str, cal: WorkCalendar) -> None:
    with pytest.raises(InvalidInputError) as raised:
        parse_deadline(text, start=D("2025-01-01"), calendar=cal)
    assert raised.value.message == UNRECOGNIZED.format(text)
    assert raised.value.exit_code == 3


def test_empty(cal: WorkCalendar) -> None:
    with pytest.raises(InvalidInputError, match=r"^完成时限不能为空"):
        parse_deadline("  ", start=D("2025-01-01"), calendar=cal)


def test_impossible_date(cal: WorkCalendar) -> None:
    with pytest.raises(InvalidInputError) as raised:
        parse_deadline("2025-02-30", start=D("2025-01-01"), calendar=cal)
    assert raised.value.message == "完成时限“2025-02-30”不是真实存在的日期"


@pytest.mark.parametrize("text", ["0日", "零日", "0个工作日", "0个月"])
def test_zero_period(text: str, cal: WorkCalendar) -> None:
    with pytest.raises(InvalidInputError):
        parse_deadline(text, start=D("2025-01-01"), calendar=cal)


@pytest.mark.parametrize("text", ["9999日", "99年"])
def test_out_of_range(text: str, cal: WorkCalendar) -> None:
    with pytest.raises(InvalidInputError, match="超出可计算的日期范围"):
        parse_deadline(text, start=D("9990-01-01"), calendar=cal)


def test_messages_are_one_line(cal: WorkCalendar) -> None:
    for text in ["尽快", "2025-02-30", "", "0日"]:
        with pytest.raises(InvalidInputError) as raised:
            parse_deadline(text, start=D("2025-01-01"), calendar=cal)
        assert "\n" not in raised.value.message


# --- quarters ----------------------------------------------------------------------------------


def test_quarters() -> None:
    assert quarter_of(D("2025-01-01")) == (2025, 1)
    assert quarter_of(D("2025-06-30")) == (2025, 2)
    assert quarter_of(D("2025-12-31")) == (2025, 4)
    assert quarter_bounds(2025, 3) == (D("2025-07-01"), D("2025-09-30"))
    assert quarter_bounds(2024, 1) == (D("2024-01-01"), D("2024-03-31"))
    with pytest.raises(InvalidInputError, match="季度须为1至4"):
        quarter_bounds(2025, 5)


def test_deadline_is_frozen_and_hashable(cal: WorkCalendar) -> None:
    deadline = add_calendar_days(D("2025-03-01"), 15, cal)
    hash(deadline)
    with pytest.raises(AttributeError):
        deadline.due = D("2025-01-01")  # type: ignore[misc]


# --- statutory holidays of a year without a notice ---------------------------------------------

STATUTORY: dict[str, Any] = json.loads(
    (Path(__file__).parent.parent / "data" / "statutory_holidays.json").read_text("utf-8")
)


def _statutory(year: str) -> dict[date, str]:
    return {D(day): name for name, days in STATUTORY["statutory"][year].items() for day in days}


@pytest.mark.parametrize("year", sorted(STATUTORY["statutory"]))
def test_statutory_holidays_of_article_2(year: str) -> None:
    # 元旦1 + 春节4 + 清明1 + 劳动节2 + 端午1 + 中秋1 + 国庆3 = 13 days (13, not 13 distinct
    # dates, when 中秋 falls in 国庆 as in 2028).
    expected = _statutory(year)
    assert statutory_holidays(int(year)) == expected


@pytest.mark.parametrize("year", sorted(STATUTORY["notices"]))
def test_statutory_holidays_fall_inside_the_published_notices(year: str) -> None:
    inside = set()
    for first, last in STATUTORY["notices"][year]:
        day = D(first)
        while day <= D(last):
            inside.add(day)
            day += timedelta(days=1)
    computed = statutory_holidays(int(year))
    assert set(computed) <= inside
    # And the package (which carries those notices) agrees day by day.
    for day in computed:
        assert chinese_calendar.is_holiday(day), day


def test_no_statutory_rules_before_the_2024_revision() -> None:
    assert statutory_holidays(2024) == {}
    assert statutory_holidays(1999) == {}


def test_the_issues_vector_15_days_from_2026_12_17(cal: WorkCalendar) -> None:
    deadline = parse_deadline("15日", start=D("2026-12-17"), calendar=cal)
    # The 15th day is Fri 2027-01-01, 元旦 by statute: the next working day, Mon 2027-01-04.
    assert deadline.due == D("2027-01-04")
    assert deadline.provisional_years == (2027,)
    assert "第15日为2027年1月1日，系法定节假日（元旦）" in deadline.steps[1]


def test_spring_festival_of_an_unknown_year_from_new_years_eve(cal: WorkCalendar) -> None:
    # 春节 2027: 除夕 Fri 5 Feb, 初一 to 初三 Sat 6 - Mon 8 Feb; no 调休 or 补假 guessed.
    assert [cal.is_workday(D(f"2027-02-{d:02d}")) for d in range(4, 10)] == [
        True,
        False,
        False,
        False,
        False,
        True,
    ]
    assert cal.explain(D("2027-02-05")) == "法定节假日（春节）"
    # 中秋 2028 falls on 10-03, inside 国庆: one rest day, named once.
    assert cal.holiday_name(D("2028-10-03")) in ("中秋", "国庆节")


def test_the_offices_table_overrides_the_statutory_guess() -> None:
    office = WorkCalendar(
        CalendarOverrides(extra_workdays=frozenset({D("2027-02-08")}))  # say, a made-up case
    )
    assert office.is_workday(D("2027-02-08"))
    assert not office.is_workday(D("2027-02-05"))
    entered = WorkCalendar(CalendarOverrides(extra_holidays=frozenset({D("2027-01-01")})))
    assert entered.is_exact(2027)
    deadline = parse_deadline("15日", start=D("2026-12-17"), calendar=entered)
    assert (deadline.due, deadline.provisional) == (D("2027-01-04"), False)
