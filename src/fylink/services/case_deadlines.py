"""Case deadlines (the 应诉 clock), derived from the recorded events; nothing is stored.

:func:`deadlines_of` is pure: ``case show`` (the light read path) calls it on Core rows,
so the ORM and the models load only in :func:`open_deadlines`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from fylink.domain.calendar import WorkCalendar
from fylink.domain.case_clock import (
    DEFAULT_RULES,
    CaseDeadline,
    ClockRule,
    Event,
    case_deadlines,
    office_rules,
)
from fylink.domain.categories import CaseStatus
from fylink.errors import InvalidInputError

if TYPE_CHECKING:
    from sqlmodel import Session

    from fylink.config import CaseSettings
    from fylink.models import Case, Unit


def rules(settings: CaseSettings) -> tuple[ClockRule, ...]:
    """The statutory rules and the office's own (``cases.deadline_rules``)."""
    return DEFAULT_RULES + office_rules(settings.deadline_rules)


def deadlines_of(
    *,
    case: Any,
    events: list[Any],
    calendar: WorkCalendar,
    rules: tuple[ClockRule, ...],
    today: date,
    due_soon_workdays: int = 3,
) -> list[CaseDeadline]:
    return case_deadlines(
        category=case.category,
        instance=case.instance,
        events=[Event(e.kind, e.occurred_on) for e in events],
        closed_on=case.closed_on,
        rules=rules,
        calendar=calendar,
        today=today,
        due_soon_workdays=due_soon_workdays,
    )


@dataclass(frozen=True)
class DueItem:
    case: Case
    unit: Unit
    deadline: CaseDeadline


def open_deadlines(
    *,
    session: Session,
    calendar: WorkCalendar,
    rules: tuple[ClockRule, ...],
    today: date,
    within_days: int | None = None,
    due_soon_workdays: int = 3,
) -> list[DueItem]:
    """The deadlines still to be met by the unit (overdue ones included), by due date.

    ``within_days``: only those due on or before today + that many days. Only cases not
    closed and with at least one trigger event are read (one query for the events).
    """
    from sqlmodel import col, select

    from fylink.models import Case, CaseEvent, Unit

    if within_days is not None and within_days < 0:
        raise InvalidInputError("--due-within 应为不小于0的天数")
    triggers = sorted({rule.trigger for rule in rules if not rule.reference})
    with_triggers = select(CaseEvent.case_id).where(col(CaseEvent.kind).in_(triggers))
    rows = session.exec(
        select(Case, Unit)
        .join(Unit, col(Unit.id) == Case.unit_id)
        .where(col(Case.id).in_(with_triggers), Case.status != CaseStatus.CLOSED.value)
        .order_by(col(Case.id))
    ).all()
    if not rows:
        return []
    events: dict[int, list[CaseEvent]] = {}
    for event in session.exec(
        select(CaseEvent)
        .where(col(CaseEvent.case_id).in_([case.id for case, _ in rows]))
        .order_by(col(CaseEvent.occurred_on), col(CaseEvent.id))
    ):
        events.setdefault(event.case_id, []).append(event)
    limit = None if within_days is None else today + timedelta(days=within_days)
    found = []
    for case, unit in rows:
        assert case.id is not None
        for deadline in deadlines_of(
            case=case,
            events=events.get(case.id, []),
            calendar=calendar,
            rules=rules,
            today=today,
            due_soon_workdays=due_soon_workdays,
        ):
            if deadline.open and (limit is None or deadline.due <= limit):
                found.append(DueItem(case, unit, deadline))
    found.sort(key=lambda item: (item.deadline.due, item.case.case_no))
    return found
