"""Read-only registers on the light path: the office calendar, projects (issue 21).

Like :mod:`fylink.services.reads`: Core queries on :mod:`fylink.tables` over a bare
connection (:func:`fylink.db.read_scope`), so the commands that only read these registers
import neither the ORM nor the model classes. These functions are the only implementation
of what they read; the writers keep their own look-ups of model objects.
"""

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, select

from fylink import tables

if TYPE_CHECKING:
    from fylink.config import CalendarSettings


# --- the office calendar (fylink calendar list / status) -----------------------------------


def calendar_overrides(connection: Connection, *, year: int | None = None) -> list[Any]:
    """The days the office entered in the database (``day``, ``kind``, ``note``), by day."""
    o = tables.calendar_override
    query = select(o.c.day, o.c.kind, o.c.note)
    if year is not None:
        query = query.where(o.c.day.between(date(year, 1, 1), date(year, 12, 31)))
    return list(connection.execute(query.order_by(o.c.day)))


@dataclass(frozen=True)
class YearStatus:
    year: int
    #: 官方日历 / 办公室补录 / 暂定
    source: str
    exact: bool
    holidays: int
    workdays: int
    #: Open tasks and unanswered suggestions whose deadline is provisional because of it.
    provisional_items: int


def calendar_status(
    connection: Connection, *, settings: "CalendarSettings", today: date, ahead: int = 2
) -> list[YearStatus]:
    """Which years are exact: the package's last years, every year with overrides, and the
    years from today up to ``ahead`` years on."""
    from fylink.domain.calendar import PACKAGE_YEARS, WorkCalendar
    from fylink.services.calendar_rules import merge_overrides

    o = tables.calendar_override
    cal_overrides = merge_overrides(
        settings, ((row.day, row.kind) for row in connection.execute(select(o.c.day, o.c.kind)))
    )
    calendar = WorkCalendar(cal_overrides)
    years = {PACKAGE_YEARS[-1], *range(today.year, today.year + ahead + 1)}
    years |= {day.year for day in cal_overrides.extra_holidays | cal_overrides.extra_workdays}
    # Provisional items per year of their deadline, counted in SQL.
    provisional: dict[int, int] = {}
    t = tables.task
    task_year = func.extract("year", t.c.due_on)
    for year, count in connection.execute(
        select(task_year, func.count())
        .where(t.c.due_provisional.is_(True), t.c.completed_on.is_(None))
        .group_by(task_year)
    ):
        provisional[int(year)] = provisional.get(int(year), 0) + count
    s = tables.suggestion
    reply_year = func.extract("year", s.c.reply_due)
    for year, count in connection.execute(
        select(reply_year, func.count())
        .where(s.c.reply_due_provisional.is_(True), s.c.replied_on.is_(None))
        .group_by(reply_year)
    ):
        provisional[int(year)] = provisional.get(int(year), 0) + count
    years |= set(provisional)
    result = []
    for year in sorted(years):
        holidays = sum(1 for day in cal_overrides.extra_holidays if day.year == year)
        workdays = sum(1 for day in cal_overrides.extra_workdays if day.year == year)
        if year in PACKAGE_YEARS:
            source = "官方日历" + ("（含办公室补录）" if holidays or workdays else "")
        elif calendar.is_exact(year):
            source = "办公室补录"
        else:
            source = "暂定（按周末和法定节日推算）"
        result.append(
            YearStatus(
                year=year,
                source=source,
                exact=calendar.is_exact(year),
                holidays=holidays,
                workdays=workdays,
                provisional_items=provisional.get(year, 0),
            )
        )
    return result
