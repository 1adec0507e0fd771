"""The office calendar's overrides from the settings and the table, without the models:
shared by services.calendar (ORM) and services.reads (the light read path, issue 21)."""

from collections.abc import Iterable
from datetime import date

from fylink.config import CalendarSettings
from fylink.domain.calendar import CalendarOverrides, WorkCalendar
from fylink.domain.dates import format_cn, parse_date
from fylink.errors import ConfigError, InvalidInputError

HOLIDAY = "休息日"
WORKDAY = "工作日"


def settings_days(values: list[str], key: str) -> set[date]:
    days = set()
    for value in values:
        try:
            days.add(parse_date(str(value), what=f"配置项 calendar.{key} 中的日期"))
        except InvalidInputError as exc:
            raise ConfigError(exc.message) from None
    return days


def merge_overrides(
    settings: CalendarSettings, rows: Iterable[tuple[date, str]]
) -> CalendarOverrides:
    """The settings lists merged with the table's (day, kind) rows (the table wins on a day
    both name)."""
    holidays = settings_days(settings.extra_holidays, "extra_holidays")
    workdays = settings_days(settings.extra_workdays, "extra_workdays")
    both = holidays & workdays
    if both:
        days = "、".join(format_cn(day) for day in sorted(both))
        raise ConfigError(f"配置项 calendar 有误：{days}同时列为假日和工作日")
    for day, kind in rows:
        if kind == HOLIDAY:
            workdays.discard(day)
            holidays.add(day)
        else:
            holidays.discard(day)
            workdays.add(day)
    return CalendarOverrides(extra_holidays=frozenset(holidays), extra_workdays=frozenset(workdays))


def settings_calendar(settings: CalendarSettings) -> WorkCalendar:
    """The calendar from the settings lists alone (when there is no database yet)."""
    return WorkCalendar(
        CalendarOverrides(
            extra_holidays=frozenset(settings_days(settings.extra_holidays, "extra_holidays")),
            extra_workdays=frozenset(settings_days(settings.extra_workdays, "extra_workdays")),
        )
    )
