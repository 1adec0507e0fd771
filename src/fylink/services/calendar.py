"""The office's calendar: the official one, corrected by the office's own override table.

Overrides come from two places, merged: the ``calendar_override`` table (managed with
``fylink calendar add-holiday/add-workday/remove``, shared by every clerk of the database) and
the settings lists ``calendar.extra_holidays`` / ``calendar.extra_workdays``. When an override
changes, the deadlines that depend on it (open tasks and unanswered suggestions counted by a
rule, provisional ones first of all) are recomputed, so a provisional deadline becomes exact as
soon as the office enters that year's holidays.
"""

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlmodel import Session, col, or_, select

from fylink.config import CalendarSettings
from fylink.domain.calendar import CalendarOverrides, WorkCalendar, parse_deadline
from fylink.domain.dates import format_cn
from fylink.domain.status import Thresholds
from fylink.errors import ConflictError, InvalidInputError, NotFoundError
from fylink.models import CalendarOverride, Suggestion, Task
from fylink.services import journal
from fylink.services.calendar_rules import (  # noqa: F401 (re-exported)
    HOLIDAY,
    WORKDAY,
    merge_overrides,
    settings_calendar,
    settings_days,
)

if TYPE_CHECKING:
    from fylink.config import Settings


def overrides(*, session: Session, settings: CalendarSettings) -> CalendarOverrides:
    """The settings lists merged with the table (the table wins on a day both name)."""
    rows = session.exec(select(CalendarOverride))
    return merge_overrides(settings, ((row.day, row.kind) for row in rows))


def work_calendar(*, session: Session, settings: CalendarSettings) -> WorkCalendar:
    """The calendar every deadline and status of this database is computed with."""
    return WorkCalendar(overrides(session=session, settings=settings))


def add_override(*, session: Session, day: date, kind: str, note: str = "") -> CalendarOverride:
    if kind not in (HOLIDAY, WORKDAY):
        raise InvalidInputError(f"日历补录类型应为“{HOLIDAY}”或“{WORKDAY}”")
    existing = session.exec(select(CalendarOverride).where(CalendarOverride.day == day)).first()
    if existing is not None:
        raise ConflictError(
            f"{format_cn(day)}已补录为{existing.kind}；如需更改，请先运行 "
            f"fylink calendar remove {day.isoformat()}"
        )
    return journal.insert(session, CalendarOverride(day=day, kind=kind, note=note.strip()))


def remove_override(*, session: Session, day: date) -> CalendarOverride:
    row = session.exec(select(CalendarOverride).where(CalendarOverride.day == day)).first()
    if row is None:
        raise NotFoundError(f"{format_cn(day)}没有补录记录：用 fylink calendar list 查看")
    return journal.delete(session, row)


@dataclass(frozen=True)
class Recomputed:
    tasks: int
    suggestions: int


def refresh_deadlines(
    *, session: Session, calendar: WorkCalendar, day: date | None = None
) -> Recomputed:
    """Recount the rule-based deadlines a calendar change may move.

    Open tasks and unanswered suggestions whose deadline came from a rule are recomputed when
    they are provisional, or (given ``day``) when their counted span reaches that day. Plain
    dates are never moved: the office wrote them.
    """
    # The journal rows appended in one batch at the end (issue 21).
    with journal.deferred(session):
        return _refresh_deadlines(session=session, calendar=calendar, day=day)


def _refresh_deadlines(*, session: Session, calendar: WorkCalendar, day: date | None) -> Recomputed:
    task_query = select(Task).where(
        col(Task.completed_on).is_(None), Task.due_rule != "", col(Task.due_start).is_not(None)
    )
    suggestion_query = select(Suggestion).where(
        col(Suggestion.replied_on).is_(None), Suggestion.reply_due_rule != ""
    )
    if day is None:
        task_query = task_query.where(col(Task.due_provisional).is_(True))
        suggestion_query = suggestion_query.where(col(Suggestion.reply_due_provisional).is_(True))
    else:
        task_query = task_query.where(
            or_(
                col(Task.due_provisional).is_(True),
                (col(Task.due_start) < day) & (col(Task.due_on) >= day),
            )
        )
        suggestion_query = suggestion_query.where(
            or_(
                col(Suggestion.reply_due_provisional).is_(True),
                (col(Suggestion.received_on) < day) & (col(Suggestion.reply_due) >= day),
            )
        )
    entries: list[journal.Entry] = []
    changed_tasks = 0
    for task in session.exec(task_query).all():
        assert task.due_start is not None
        deadline = parse_deadline(task.due_rule, start=task.due_start, calendar=calendar)
        if deadline.due == task.due_on and deadline.provisional == task.due_provisional:
            continue
        with journal.changing(session, task, into=entries):
            task.due_on, task.due_provisional = deadline.due, deadline.provisional
        changed_tasks += 1
    changed_suggestions = 0
    for suggestion in session.exec(suggestion_query).all():
        deadline = parse_deadline(
            suggestion.reply_due_rule, start=suggestion.received_on, calendar=calendar
        )
        if (
            deadline.due == suggestion.reply_due
            and deadline.provisional == suggestion.reply_due_provisional
        ):
            continue
        with journal.changing(session, suggestion, into=entries):
            suggestion.reply_due = deadline.due
            suggestion.reply_due_provisional = deadline.provisional
        changed_suggestions += 1
    # One flush for all the changed rows, then their journal rows (issue 21).
    journal.record_many(session, entries)
    return Recomputed(tasks=changed_tasks, suggestions=changed_suggestions)


def context(
    *, session: Session, settings: "Settings", today: date, within: int | None = None
) -> tuple[WorkCalendar, Thresholds]:
    """The calendar and the status thresholds of one command."""
    calendar = work_calendar(session=session, settings=settings.calendar)
    days = settings.tasks.due_soon_workdays if within is None else within
    return calendar, Thresholds.compute(calendar=calendar, today=today, within=days)
