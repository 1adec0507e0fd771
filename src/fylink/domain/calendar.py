"""Working days and statutory periods: when a task or a reply falls due.

Counting follows 民法典 arts. 201–203 and 民诉法 art. 85 (via 行诉法 art. 101):

* the start day is not counted (民法典 art. 201: 开始的当日不计入，自下一日开始计算);
* an N-day period ends N days after the start;
* an N-month (N-year) period ends on the same day number in the month it reaches, or on that
  month's last day where the day number does not exist (art. 202: 到期月的对应日为期间的最后
  一日；没有对应日的，月末日为期间的最后一日);
* if that last day is a rest day (a weekend or a public holiday, per the State Council's yearly
  notice including 调休) the period ends on the next working day (art. 203: 期间的最后一日是
  法定休假日的，以法定休假日结束的次日为期间的最后一日; 民诉法 art. 85 likewise);
* an N-working-day period counts only working days after the start, make-up working weekends
  included, so it always ends on a working day.

The official calendar comes from the ``chinesecalendar`` package, which only knows the years
whose notice had been published when it was released (see :data:`PACKAGE_YEARS`). Deadlines
routinely run past that: such a year gets the statutory holidays of 《全国年节及纪念日放假办法》
(see :func:`statutory_holidays`), no guessed 调休, and stays provisional; see
:class:`CalendarOverrides` for how the office makes it exact.

Office deadlines (月底, 季度末, 年底) are calendar dates, not statutory periods, and are never
moved off rest days: offices write "12月31日前" even when Dec 31 is a Sunday.

Everything here is pure: no I/O, no clock. Every rejection is an ``InvalidInputError`` with a
one-line Chinese message.
"""

import calendar as _stdlib_calendar
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta

import chinese_calendar

from fylink.domain.dates import check_range, format_cn, parse_date
from fylink.errors import InvalidInputError

# The package's tables, read once: its own is_workday() recomputes min/max over every holiday on
# each call, too slow for counting over long spans. A test checks we agree with it day by day.
_PKG_HOLIDAYS: dict[date, str] = dict(chinese_calendar.holidays)
_PKG_WORKDAYS: dict[date, str] = dict(chinese_calendar.workdays)


def _detect_package_years() -> range:
    years = {day.year for day in _PKG_HOLIDAYS}
    return range(min(years), max(years) + 1)


#: Years the installed chinesecalendar knows (2004–2026 in 1.11.0); read from the package so an
#: upgrade extends it without a code change.
PACKAGE_YEARS: range = _detect_package_years()

# ---------------------------------------------------------------------------------------------
# Statutory holidays of a year without a notice

#: 《全国年节及纪念日放假办法》 as revised by 国务院令第795号 (2024-11-10, in force 2025-01-01).
STATUTORY_RULES_FROM = 2025


@functools.cache
def statutory_holidays(year: int) -> dict[date, str]:
    """The days off 《全国年节及纪念日放假办法》 art. 2 gives every citizen in ``year``.

    元旦 1 day (1月1日); 春节 4 days (农历除夕、正月初一至初三); 清明节 1 day (农历清明当日,
    the solar term); 劳动节 2 days (5月1日、2日); 端午节 1 day (农历端午当日); 中秋节 1 day
    (农历中秋当日); 国庆节 3 days (10月1日至3日). Lunar dates and the 清明 solar term come
    from ``lunar-python`` (pure Python, MIT, computed astronomically with no year table to run
    out). The yearly notice adds 补假 (art. 6, when a holiday falls on a weekend) and 调休:
    neither is guessed here. Empty before 2025 (the older rules are not modelled; the package
    covers 2004–2024).
    """
    if year < STATUTORY_RULES_FROM:
        return {}
    from lunar_python import Lunar  # only needed past the package's years

    def solar(lunar_month: int, lunar_day: int) -> date:
        day = Lunar.fromYmd(year, lunar_month, lunar_day).getSolar()
        return date(day.getYear(), day.getMonth(), day.getDay())

    spring = solar(1, 1)  # 正月初一, between 21 Jan and 20 Feb: 除夕 is in the same year
    qingming = Lunar.fromYmd(year, 3, 1).getJieQiTable()["清明"]
    days: dict[date, str] = {date(year, 1, 1): "元旦"}
    for offset in range(-1, 3):
        days[spring + timedelta(days=offset)] = "春节"
    days[date(qingming.getYear(), qingming.getMonth(), qingming.getDay())] = "清明"
    days[date(year, 5, 1)] = days[date(year, 5, 2)] = "劳动节"
    days[solar(5, 5)] = "端午"
    days[solar(8, 15)] = "中秋"
    for day_number in (1, 2, 3):
        days[date(year, 10, day_number)] = "国庆节"
    return days


_WEEKDAY_CN = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
_QUARTER_CN = ("第一季度", "第二季度", "第三季度", "第四季度")
_OVERRIDE_HOLIDAY = "办公室补录的假日"


def _holiday_name_cn(english: str) -> str:
    try:
        return str(chinese_calendar.Holiday(english).chinese)
    except ValueError:  # a name a future package version adds before we know it
        return "法定节假日"


def _join_cn(items: list[str]) -> str:
    """["春节假期", "周末"] -> "春节假期及周末"."""
    if len(items) <= 1:
        return "".join(items)
    return "、".join(items[:-1]) + "及" + items[-1]


def _years_cn(years: Iterable[int]) -> str:
    return "、".join(f"{year}年" for year in years)


# ---------------------------------------------------------------------------------------------
# Quarters


def quarter_of(day: date) -> tuple[int, int]:
    """(year, quarter) of a day, quarter 1–4."""
    return day.year, (day.month - 1) // 3 + 1


def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    """First and last day of a calendar quarter."""
    if quarter not in (1, 2, 3, 4):
        raise InvalidInputError(f"季度“{quarter}”无效：季度须为1至4")
    first_month = 3 * (quarter - 1) + 1
    last_month = first_month + 2
    last_day = _stdlib_calendar.monthrange(year, last_month)[1]
    return date(year, first_month, 1), date(year, last_month, last_day)


# ---------------------------------------------------------------------------------------------
# The calendar


@dataclass(frozen=True)
class CalendarOverrides:
    """The office's own table of rest days and working days (kept in settings).

    An override wins over the package for that day, in any year: it can correct a covered year
    (a local holiday, a late change) or fill in a year the package does not know yet.

    Exactness of a year the package does not cover: the year counts as **exact** once
    ``extra_holidays`` contains at least one day in it — the office has entered that year's
    State Council notice (its holidays, and its make-up working days in ``extra_workdays``).
    Otherwise the year is **provisional**: weekends and the statutory holidays of
    :func:`statutory_holidays` are rest days (no 调休, no 补假), and results that depended on
    it are marked provisional. Extra working days alone do not make a year
    exact: a notice always has holidays, so working days without them are a partial entry.
    """

    extra_holidays: frozenset[date] = frozenset()
    extra_workdays: frozenset[date] = frozenset()

    def __post_init__(self) -> None:
        # Accept any iterable from settings code; store frozensets so the value stays hashable.
        object.__setattr__(self, "extra_holidays", frozenset(self.extra_holidays))
        object.__setattr__(self, "extra_workdays", frozenset(self.extra_workdays))
        both = sorted(self.extra_holidays & self.extra_workdays)
        if both:
            days = "、".join(format_cn(day) for day in both)
            raise InvalidInputError(f"日历补录有误：{days}同时列为假日和工作日")


class WorkCalendar:
    """Working days per the official calendar, corrected by the office's overrides.

    Years neither the package nor the overrides make exact are guessed (weekends and the
    statutory holidays). The
    calendar remembers every such year it consulted (:attr:`guessed_years`), and
    :meth:`track` collects those of one computation so its result can be marked provisional.
    """

    def __init__(self, overrides: CalendarOverrides = CalendarOverrides()) -> None:
        self.overrides = overrides
        self._override_years = frozenset(
            day.year for day in overrides.extra_holidays if day.year not in PACKAGE_YEARS
        )
        self._guessed: set[int] = set()
        self._trackers: list[set[int]] = []

    # -- years ---------------------------------------------------------------------------------

    @staticmethod
    def package_years() -> range:
        """Years the installed chinesecalendar covers."""
        return PACKAGE_YEARS

    def is_exact(self, year: int) -> bool:
        """True if the year's rest days are known (package, or office-entered notice)."""
        return year in PACKAGE_YEARS or year in self._override_years

    @property
    def guessed_years(self) -> frozenset[int]:
        """Every non-exact year this calendar has had to guess so far."""
        return frozenset(self._guessed)

    @contextmanager
    def track(self) -> Iterator[set[int]]:
        """Collect the non-exact years consulted inside the ``with`` block."""
        seen: set[int] = set()
        self._trackers.append(seen)
        try:
            yield seen
        finally:
            self._trackers.pop()  # blocks nest, so the last pushed is ours

    def _note_guess(self, year: int) -> None:
        self._guessed.add(year)
        for seen in self._trackers:
            seen.add(year)

    # -- days ----------------------------------------------------------------------------------

    def is_workday(self, day: date) -> bool:
        if day in self.overrides.extra_workdays:
            return True
        if day in self.overrides.extra_holidays:
            return False
        if day.year in PACKAGE_YEARS:
            return day in _PKG_WORKDAYS or (day.weekday() < 5 and day not in _PKG_HOLIDAYS)
        if day.year not in self._override_years:
            self._note_guess(day.year)
        return day.weekday() < 5 and day not in statutory_holidays(day.year)

    def is_rest_day(self, day: date) -> bool:
        return not self.is_workday(day)

    def holiday_name(self, day: date) -> str | None:
        """Chinese name of the holiday a rest day belongs to; None for a workday or a weekend."""
        if day in self.overrides.extra_workdays:
            return None
        if day in self.overrides.extra_holidays:
            return _OVERRIDE_HOLIDAY
        if day.year in PACKAGE_YEARS:
            return _holiday_name_cn(_PKG_HOLIDAYS[day]) if day in _PKG_HOLIDAYS else None
        return statutory_holidays(day.year).get(day)

    def explain(self, day: date) -> str:
        """What kind of day it is, for a clerk: 法定节假日（国庆节）, 周六, 调休上班日, 工作日."""
        weekday = _WEEKDAY_CN[day.weekday()]
        if self.is_workday(day):
            if day.weekday() < 5:
                return "工作日"
            if day in self.overrides.extra_workdays:
                return f"{weekday}，办公室补录的工作日"
            return f"{weekday}，调休上班日"
        name = self.holiday_name(day)
        if name == _OVERRIDE_HOLIDAY:
            return _OVERRIDE_HOLIDAY
        if name is not None:
            return f"法定节假日（{name}）"
        return f"{weekday}，休息日"

    def next_workday(self, day: date) -> date:
        """The day itself if it is a working day, else the first working day after it."""
        while not self.is_workday(day):
            day += timedelta(days=1)
        return day

    def add_workdays(self, start: date, n: int) -> date:
        """The n-th working day after start (start not counted); before start if n < 0.

        n == 0 returns start unchanged, working day or not.
        """
        step = timedelta(days=1 if n >= 0 else -1)
        day, remaining = start, abs(n)
        while remaining:
            day += step
            if self.is_workday(day):
                remaining -= 1
        return day

    def workdays_between(self, a: date, b: date) -> int:
        """Working days after a up to and including b; minus those after b up to a if b < a.

        With a = due date and b = today: positive = working days overdue, 0 = due today,
        negative = working days left.
        """
        if b < a:
            return -self.workdays_between(b, a)
        count = 0
        day = a + timedelta(days=1)
        while day <= b:
            if self.is_workday(day):
                count += 1
            day += timedelta(days=1)
        return count


# ---------------------------------------------------------------------------------------------
# Deadlines


@dataclass(frozen=True)
class Deadline:
    """A due date with the rule it came from and a derivation a clerk can check."""

    due: date
    #: Normalized rule ("15日", "10个工作日", "2个月", "1年", "月底", "季度末", "年底"); None
    #: for a plain date.
    rule: str | None = None
    #: The day counting started from (not itself counted); None for a plain date.
    start: date | None = None
    #: Years the computation consulted whose rest days are not yet known.
    provisional_years: tuple[int, ...] = ()
    steps: tuple[str, ...] = ()

    @property
    def provisional(self) -> bool:
        return bool(self.provisional_years)

    def describe(self) -> str:
        """The derivation as one line, with a warning when the result is provisional."""
        text = "；".join(self.steps) + "。" if self.steps else ""
        if self.provisional:
            text += _provisional_notice(self.provisional_years)
        return text


def _provisional_notice(years: tuple[int, ...]) -> str:
    first, last = PACKAGE_YEARS[0], PACKAGE_YEARS[-1]
    which = "该年" if len(years) == 1 else "相应年份"
    if all(year > last for year in years):
        why = f"{_years_cn(years)}的放假安排尚未公布（日历数据只到{last}年）"
        how = "按周末和《全国年节及纪念日放假办法》规定的节日推算（未计调休、补假）"
    else:
        why = f"{_years_cn(years)}不在日历数据范围内（{first}—{last}年）"
        how = (
            "按周末推算"
            if all(y < STATUTORY_RULES_FROM for y in years)
            else ("按周末和《全国年节及纪念日放假办法》规定的节日推算（未计调休、补假）")
        )
    return f"注意：{why}，本期限{how}，为暂定期限，待办公室补录{which}假期后自动准确。"


def _start_step(start: date) -> str:
    return f"起算日 {format_cn(start)}（当日不计入）"


def _out_of_range() -> InvalidInputError:
    return InvalidInputError("完成时限超出可计算的日期范围，请检查期限数字")


def _require_positive(n: int, unit: str) -> None:
    if n < 1:
        raise InvalidInputError(f"期限“{n}{unit}”无效：期限须至少为1{unit}")


def _settle(end: date, reached: str, calendar: WorkCalendar) -> tuple[date, list[str]]:
    """Move a period's last day off rest days (民法典 art. 203, 民诉法 art. 85) and say what
    happened."""
    if calendar.is_workday(end):
        kind = calendar.explain(end)
        note = "" if kind == "工作日" else f"（{kind}）"
        return end, [f"{reached}{note}", f"届满日 {format_cn(end)}"]
    kind = calendar.explain(end)
    due = calendar.next_workday(end)
    return due, [
        f"{reached}，系{kind}",
        f"顺延至下一个工作日 {format_cn(due)}",
        f"届满日 {format_cn(due)}",
    ]


def add_calendar_days(start: date, n: int, calendar: WorkCalendar) -> Deadline:
    """An N-day period (N日): N days after start, moved off a final rest day."""
    _require_positive(n, "日")
    with calendar.track() as guessed:
        try:
            end = start + timedelta(days=n)
            due, steps = _settle(end, f"按日历日计算{n}日，第{n}日为{format_cn(end)}", calendar)
        except OverflowError:
            raise _out_of_range() from None
    return Deadline(
        due=due,
        rule=f"{n}日",
        start=start,
        provisional_years=tuple(sorted(guessed)),
        steps=(_start_step(start), *steps),
    )


def add_working_days(start: date, n: int, calendar: WorkCalendar) -> Deadline:
    """An N-working-day period (N个工作日): ends on the N-th working day after start."""
    _require_positive(n, "个工作日")
    with calendar.track() as guessed:
        try:
            due = calendar.add_workdays(start, n)
        except OverflowError:
            raise _out_of_range() from None
        # Summarize what the count passed over, so the clerk can recount by hand.
        skipped: dict[str, None] = {}  # insertion-ordered set of holiday names
        plain_weekend = makeup = False
        day = start + timedelta(days=1)
        while day < due:
            if calendar.is_workday(day):
                makeup = makeup or day.weekday() >= 5
            else:
                name = calendar.holiday_name(day)
                if name is None:
                    plain_weekend = True
                else:
                    skipped[name if name == _OVERRIDE_HOLIDAY else f"{name}假期"] = None
            day += timedelta(days=1)
        makeup = makeup or due.weekday() >= 5
    notes = []
    passed = [*skipped, *(["周末"] if plain_weekend else [])]
    if passed:
        notes.append(f"跳过{_join_cn(passed)}")
    if makeup:
        notes.append("含调休上班日")
    detail = f"（{'，'.join(notes)}）" if notes else ""
    return Deadline(
        due=due,
        rule=f"{n}个工作日",
        start=start,
        provisional_years=tuple(sorted(guessed)),
        steps=(
            _start_step(start),
            f"按工作日计算{n}个工作日{detail}",
            f"届满日 {format_cn(due)}",
        ),
    )


def _month_period(
    start: date, months: int, rule: str, calendar: WorkCalendar, *, by: str
) -> Deadline:
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    try:
        last = _stdlib_calendar.monthrange(year, month)[1]
        end = date(year, month, min(start.day, last))
    except ValueError:  # beyond year 9999
        raise _out_of_range() from None
    if end.day == start.day:
        reached = f"按{by}计算{rule}，到期月对应日为{format_cn(end)}"
    else:
        # 民法典 art. 202: no corresponding day, so the month's last day.
        reached = (
            f"按{by}计算{rule}，{year}年{month}月无对应日（{start.day}日），"
            f"以月末日{format_cn(end)}为期间最后一日"
        )
    with calendar.track() as guessed:
        try:
            due, steps = _settle(end, reached, calendar)
        except OverflowError:
            raise _out_of_range() from None
    return Deadline(
        due=due,
        rule=rule,
        start=start,
        provisional_years=tuple(sorted(guessed)),
        steps=(_start_step(start), *steps),
    )


def add_months(start: date, n: int, calendar: WorkCalendar) -> Deadline:
    """An N-month period (N个月): same day number N months on (or month end), off rest days."""
    _require_positive(n, "个月")
    return _month_period(start, n, f"{n}个月", calendar, by="月")


def add_years(start: date, n: int, calendar: WorkCalendar) -> Deadline:
    """An N-year period (N年): like 12·N months (29 Feb -> 28 Feb), off rest days."""
    _require_positive(n, "年")
    return _month_period(start, 12 * n, f"{n}年", calendar, by="年")


def _office_deadline(start: date, due: date, rule: str, scope: str) -> Deadline:
    # Office deadlines name a date, not a period: never moved, never provisional.
    return Deadline(
        due=due,
        rule=rule,
        start=start,
        steps=(
            f"起算日 {format_cn(start)}",
            f"{rule}指起算日所在{scope}的最后一日，系办公室时限，不因休息日顺延",
            f"届满日 {format_cn(due)}",
        ),
    )


def end_of_month(start: date) -> Deadline:
    """月底: last day of the start's month (the start itself if it is that day)."""
    last = _stdlib_calendar.monthrange(start.year, start.month)[1]
    due = date(start.year, start.month, last)
    return _office_deadline(start, due, "月底", f"月份（{start.year}年{start.month}月）")


def end_of_quarter(start: date) -> Deadline:
    """季度末: last day of the start's quarter (the start itself if it is that day).

    A task handed out on 31 March "by quarter end" is due that day, not on 30 June: the rule
    names the quarter the task belongs to, which is how the quarterly report counts it.
    """
    year, quarter = quarter_of(start)
    due = quarter_bounds(year, quarter)[1]
    return _office_deadline(start, due, "季度末", f"季度（{year}年{_QUARTER_CN[quarter - 1]}）")


def end_of_year(start: date) -> Deadline:
    """年底: 31 December of the start's year, not moved even when it is a Sunday."""
    return _office_deadline(start, date(start.year, 12, 31), "年底", f"年度（{start.year}年）")


# ---------------------------------------------------------------------------------------------
# Parsing what the clerk wrote

_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def chinese_count(text: str) -> int | None:
    """一…九十九 (and 两, and ASCII digits) as an int; None if it is not such a number."""
    if text.isascii() and text.isdigit():
        return int(text)
    if text == "两":  # 两个月, 两年
        return 2
    if "十" not in text:
        return _CN_DIGITS.get(text)
    tens_text, _, ones_text = text.partition("十")
    tens = 1 if tens_text == "" else _CN_DIGITS.get(tens_text)
    ones = 0 if ones_text == "" else _CN_DIGITS.get(ones_text)
    if tens is None or ones is None:
        return None
    return tens * 10 + ones


_CN_NUM = "[一二两三四五六七八九十]{1,3}"
_WITHIN = "(?:以内|之内|内)?"
_BEFORE = "(?:以前|之前|前)?"
# Arabic widths are capped so "2025年" (a year, not 2025 years) is not read as a period.
_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"^(?P<n>[0-9]{{1,4}}|{_CN_NUM})个?工作日{_WITHIN}$"), "workdays"),
    (
        re.compile(rf"^(?P<n>[0-9]{{1,4}}|{_CN_NUM})(?:日|天|个?自然日|个?日历日){_WITHIN}$"),
        "days",
    ),
    (re.compile(rf"^(?P<n>[0-9]{{1,3}}|{_CN_NUM})个?月{_WITHIN}$"), "months"),
    (re.compile(rf"^(?P<n>[0-9]{{1,2}}|{_CN_NUM})年{_WITHIN}$"), "years"),
    (re.compile(rf"^半年{_WITHIN}$"), "half_year"),
    (re.compile(rf"^本?月(?:底|末){_BEFORE}$"), "month_end"),
    (re.compile(rf"^本?季度?(?:末|底){_BEFORE}$"), "quarter_end"),
    (re.compile(rf"^本?年(?:底|末){_BEFORE}$"), "year_end"),
    # The office's own words (6月底, 9月30日前, 2025年三季度末, 2025年底): a day of the year.
    (re.compile(rf"^(?P<m>[0-9]{{1,2}}|{_CN_NUM})月(?:底|末){_BEFORE}$"), "named_month_end"),
    (
        re.compile(rf"^(?P<m>[0-9]{{1,2}}|{_CN_NUM})月(?P<d>[0-9]{{1,2}}|{_CN_NUM})日{_BEFORE}$"),
        "named_day",
    ),
    (
        re.compile(
            rf"^(?P<y>[0-9]{{4}})年(?:第?(?P<q>[一二三四1-4])季度|(?P<h>[上下])半年)(?:末|底){_BEFORE}$"
        ),
        "named_period_end",
    ),
    (
        re.compile(rf"^(?:第?(?P<q>[一二三四1-4])季度|(?P<h>[上下])半年)(?:末|底){_BEFORE}$"),
        "period_end",
    ),
    (re.compile(rf"^(?P<y>[0-9]{{4}})年(?:底|末){_BEFORE}$"), "named_year_end"),
    (
        re.compile(rf"^(?P<y>[0-9]{{4}})年(?P<m>[0-9]{{1,2}}|{_CN_NUM})月(?:底|末){_BEFORE}$"),
        "named_year_month_end",
    ),
)

#: A standing task (长期坚持): no deadline, never overdue. Stored with this far-away day so
#: every query by deadline keeps working; shown as 长期坚持 everywhere.
STANDING_RULE = "长期坚持"
STANDING_DUE = date(9999, 12, 31)
_STANDING = re.compile(r"^(?:长期坚持|长期|持续推进|长期推进)$")


def _quarter_number(text: str) -> int:
    return "一二三四".index(text) + 1 if text in "一二三四" else int(text)


def _next_day(start: date, month: int, day: int, text: str) -> date:
    """The first day month/day on or after ``start`` (this year's, else next year's)."""
    for year in (start.year, start.year + 1):
        last = _stdlib_calendar.monthrange(year, month)[1]
        if day > last:
            raise InvalidInputError(f"完成时限“{text}”不是真实存在的日期")
        candidate = date(year, month, day)
        if candidate >= start:
            return candidate
    raise _unrecognized(text)  # pragma: no cover - the next year always matches


def _named(start: date, due: date, rule: str, text: str) -> Deadline:
    """An office's named day (6月底, 9月30日前): never moved off a rest day."""
    return Deadline(
        due=due,
        rule=rule,
        start=start,
        steps=(
            f"起算日 {format_cn(start)}",
            f"“{text}”指起算日当日或之后的第一个{rule.removesuffix('前')}，系办公室时限，"
            "不因休息日顺延",
            f"届满日 {format_cn(due)}",
        ),
    )


def _fixed(due: date, text: str) -> Deadline:
    """A day named with its year (2025年三季度末): as a date."""
    return Deadline(due=due, steps=(f"“{text}”即 {format_cn(due)}（不因休息日顺延）",))


def _period_end(year: int, quarter: str | None, half: str | None) -> date:
    if quarter:
        return quarter_bounds(year, _quarter_number(quarter))[1]
    return date(year, 6, 30) if half == "上" else date(year, 12, 31)


# ---------------------------------------------------------------------------------------------
# Recurring items (每季度末, 每月25日前)


@dataclass(frozen=True)
class Recurrence:
    """A recurring deadline: one occurrence per period, each with its own deadline."""

    #: As the office wrote it, normalized (每月25日前, 每季度末).
    rule: str
    #: month / quarter / half / year
    every: str
    #: Day of the month (month only); 0 = the period's last day.
    day: int = 0

    def occurrences(self, start: date, until: date | None = None) -> list[tuple[str, date]]:
        """(period, due) of every occurrence due on or after ``start`` up to ``until``
        (default: the end of the start's year; at least one occurrence)."""
        until = until or date(start.year, 12, 31)
        found: list[tuple[str, date]] = []
        year = start.year
        while year <= until.year + 1:
            for period, due in self._of_year(year):
                if due < start:
                    continue
                if due > until and found:
                    return found
                found.append((period, due))
            year += 1
        return found

    def _of_year(self, year: int) -> list[tuple[str, date]]:
        if self.every == "month":
            result = []
            for month in range(1, 13):
                last = _stdlib_calendar.monthrange(year, month)[1]
                day = min(self.day, last) if self.day else last
                result.append((f"{year}年{month}月", date(year, month, day)))
            return result
        if self.every == "quarter":
            return [
                (f"{year}年{_QUARTER_CN[q - 1]}", quarter_bounds(year, q)[1]) for q in range(1, 5)
            ]
        if self.every == "half":
            return [(f"{year}年上半年", date(year, 6, 30)), (f"{year}年下半年", date(year, 12, 31))]
        return [(f"{year}年", date(year, 12, 31))]


_RECURRING: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"^每(?:个)?月(?P<d>[0-9]{{1,2}}|{_CN_NUM})日{_BEFORE}$"), "month"),
    (re.compile(rf"^每(?:个)?月(?:底|末){_BEFORE}$"), "month"),
    (re.compile(rf"^每(?:个)?季度?(?:末|底){_BEFORE}$"), "quarter"),
    (re.compile(rf"^每半年(?:末|底)?{_BEFORE}$"), "half"),
    (re.compile(rf"^每年(?:末|底){_BEFORE}$"), "year"),
)


def parse_recurrence(text: str) -> Recurrence | None:
    """每月25日前, 每月底, 每季度末, 每半年, 每年底 → a Recurrence; None for anything else."""
    cleaned = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    for pattern, every in _RECURRING:
        match = pattern.match(cleaned)
        if not match:
            continue
        day = 0
        if "d" in match.groupdict() and match["d"]:
            day = chinese_count(match["d"]) or 0
            if not 1 <= day <= 31:
                raise InvalidInputError(f"完成时限“{text}”中的日期应在1日至31日之间")
        return Recurrence(rule=cleaned, every=every, day=day)
    return None


def is_standing(text: str) -> bool:
    """长期坚持 (a standing task: no deadline)."""
    return bool(_STANDING.match(re.sub(r"\s+", "", text)))


_DATE_SHAPE = re.compile(
    r"^(?:[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日?|[0-9]{8})"
    rf"{_BEFORE}$"
)
_DATE_SUFFIX = re.compile(rf"{_BEFORE}$")


def _unrecognized(text: str) -> InvalidInputError:
    return InvalidInputError(
        f"完成时限“{text}”无法识别：请写日期（如2025-03-31）"
        "或规则（如15日、10个工作日、2个月、季度末、年底、6月底、9月30日前、每季度末、"
        "每月25日前、长期坚持）"
    )


def parse_deadline(text: str, *, start: date, calendar: WorkCalendar) -> Deadline:
    """Turn what the clerk wrote into a Deadline, counting from ``start``.

    Accepted (Arabic or Chinese numerals 一…九十九, optional 内 after a period, optional 前
    after a date or an office deadline):

    * a date — 2025-03-31, 2025/3/31, 2025年3月31日, 2025年1月31日前: due that day as written,
      not moved off rest days (rule None);
    * N日 / N天 / N个自然日 — calendar days, moved off a final rest day;
    * N个工作日 — working days, make-up working weekends included;
    * N个月 / N月, N年, 半年 (= 6个月) — moved off a final rest day;
    * 月底/月末, 季度末, 年底/年末 — office deadlines in the start's month/quarter/year, never
      moved (the start itself when it is already that last day).
    """
    if is_standing(text):
        return Deadline(
            due=STANDING_DUE,
            rule=STANDING_RULE,
            start=start,
            steps=("长期坚持：没有完成时限，不计逾期",),
        )
    deadline = _parse_deadline(text, start=start, calendar=calendar)
    check_range(deadline.due, what="完成时限", text=text)
    return deadline


def _parse_deadline(text: str, *, start: date, calendar: WorkCalendar) -> Deadline:
    # NFKC folds full-width digits and punctuation (１５日, ２０２５－３－３１) typed by IME.
    cleaned = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    if not cleaned:
        raise InvalidInputError(
            "完成时限不能为空：请写日期（如2025-03-31）或规则（如15日、10个工作日、2个月、季度末、年底）"
        )
    for pattern, kind in _RULES:
        match = pattern.match(cleaned)
        if not match:
            continue
        if kind == "half_year":
            return add_months(start, 6, calendar)
        if kind == "month_end":
            return end_of_month(start)
        if kind == "quarter_end":
            return end_of_quarter(start)
        if kind == "year_end":
            return end_of_year(start)
        if kind in ("named_month_end", "named_day"):
            month = chinese_count(match["m"]) or 0
            if not 1 <= month <= 12:
                raise InvalidInputError(f"完成时限“{text}”中的月份应在1月至12月之间")
            if kind == "named_month_end":
                year = start.year
                due = date(year, month, _stdlib_calendar.monthrange(year, month)[1])
                if due < start:
                    year += 1
                    due = date(year, month, _stdlib_calendar.monthrange(year, month)[1])
                rule = f"{month}月底"
            else:
                day = chinese_count(match["d"]) or 0
                due = _next_day(start, month, day, text)
                rule = f"{month}月{day}日"
            return _named(start, due, rule + ("前" if cleaned.endswith("前") else ""), text)
        if kind == "period_end":
            due = _period_end(start.year, match["q"], match["h"])
            if due < start:
                due = _period_end(start.year + 1, match["q"], match["h"])
            return _named(start, due, cleaned, text)
        if kind == "named_period_end":
            return _fixed(_period_end(int(match["y"]), match["q"], match["h"]), text)
        if kind == "named_year_end":
            return _fixed(date(int(match["y"]), 12, 31), text)
        if kind == "named_year_month_end":
            year, month = int(match["y"]), chinese_count(match["m"]) or 0
            if not 1 <= month <= 12:
                raise InvalidInputError(f"完成时限“{text}”中的月份应在1月至12月之间")
            return _fixed(date(year, month, _stdlib_calendar.monthrange(year, month)[1]), text)
        n = chinese_count(match["n"])
        if n is None:
            raise _unrecognized(text)
        if kind == "workdays":
            return add_working_days(start, n, calendar)
        if kind == "days":
            return add_calendar_days(start, n, calendar)
        if kind == "months":
            return add_months(start, n, calendar)
        return add_years(start, n, calendar)
    if _DATE_SHAPE.match(cleaned):
        try:
            due = parse_date(_DATE_SUFFIX.sub("", cleaned), what="完成时限", bounded=False)
        except InvalidInputError:
            raise InvalidInputError(f"完成时限“{text}”不是真实存在的日期") from None
        return Deadline(due=due, steps=(f"指定日期，届满日 {format_cn(due)}（不因休息日顺延）",))
    raise _unrecognized(text)
