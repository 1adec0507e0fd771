"""The office calendar table: merged with the settings, and provisional deadlines made exact."""

import pytest
from sqlmodel import select

from fylink.config import CalendarSettings
from fylink.errors import ConfigError, ConflictError, NotFoundError
from fylink.models import Journal
from fylink.services import calendar as calendar_service
from fylink.services import reads_registers, suggestions
from loophelp import TODAY, D, add


def _cal(session, **settings):
    return calendar_service.work_calendar(session=session, settings=CalendarSettings(**settings))


def test_table_and_settings_are_merged(session):
    calendar_service.add_override(session=session, day=D("2027-01-01"), kind="休息日", note="元旦")
    calendar = _cal(session, extra_workdays=["2027-02-06"], extra_holidays=["2027-02-08"])
    assert calendar.is_rest_day(D("2027-01-01"))
    assert calendar.is_workday(D("2027-02-06"))  # a Saturday
    assert calendar.is_rest_day(D("2027-02-08"))  # a Monday
    assert calendar.is_exact(2027)
    assert not calendar.is_exact(2028)


def test_table_wins_over_settings_and_bad_settings_are_a_config_error(session):
    calendar_service.add_override(session=session, day=D("2027-02-08"), kind="工作日")
    assert _cal(session, extra_holidays=["2027-02-08"]).is_workday(D("2027-02-08"))
    with pytest.raises(ConfigError, match=r"calendar\.extra_holidays"):
        _cal(session, extra_holidays=["2027-02-30"])
    with pytest.raises(ConfigError, match="同时列为假日和工作日"):
        _cal(session, extra_holidays=["2027-03-01"], extra_workdays=["2027-03-01"])


def test_one_override_per_day_and_remove(session):
    calendar_service.add_override(session=session, day=D("2027-01-01"), kind="休息日")
    with pytest.raises(ConflictError, match="已补录为休息日"):
        calendar_service.add_override(session=session, day=D("2027-01-01"), kind="工作日")
    calendar_service.remove_override(session=session, day=D("2027-01-01"))
    with pytest.raises(NotFoundError, match="没有补录记录"):
        calendar_service.remove_override(session=session, day=D("2027-01-01"))
    actions = [
        j.action
        for j in session.exec(
            select(Journal).where(Journal.entity == "calendar_override").order_by(Journal.id)
        )
    ]
    assert actions == ["insert", "delete"]


def test_entering_a_years_holidays_makes_its_deadlines_exact(session):
    calendar = _cal(session)
    task = add(session, due="10个工作日", start=D("2026-12-25"), calendar=calendar)
    dated = add(session, due="2027-01-08")
    item = suggestions.add_suggestion(
        session=session,
        suggestion_in=suggestions.SuggestionIn(
            kind="司法建议",
            doc_no="示法建〔2025〕9号",
            unit="县住建局",
            received_on=TODAY,
            due="19个月",
        ),
        calendar=calendar,
        default_rule="2个月",
        today=TODAY,
    )
    # 2027 unknown: weekends and 元旦 (by statute) are rest days, so 10 working days after
    # Fri 2026-12-25 is Mon 2027-01-11, provisional until the office enters the notice.
    assert (task.due_on, task.due_provisional) == (D("2027-01-11"), True)
    assert item.reply_due_provisional
    session.flush()
    status = reads_registers.calendar_status(
        session.connection(), settings=CalendarSettings(), today=TODAY
    )
    assert {y.year: (y.exact, y.provisional_items) for y in status}[2027] == (False, 2)
    calendar_service.add_override(session=session, day=D("2027-01-01"), kind="休息日", note="元旦")
    changed = calendar_service.refresh_deadlines(
        session=session, calendar=_cal(session), day=D("2027-01-01")
    )
    assert (changed.tasks, changed.suggestions) == (1, 1)
    assert (task.due_on, task.due_provisional) == (D("2027-01-11"), False)
    assert not item.reply_due_provisional
    assert dated.due_on == D("2027-01-08")  # a date the office wrote is never moved
    session.flush()
    status = reads_registers.calendar_status(
        session.connection(), settings=CalendarSettings(), today=TODAY
    )
    assert {y.year: (y.exact, y.source) for y in status}[2027] == (True, "办公室补录")


def test_a_local_holiday_moves_open_deadlines_that_count_through_it(session):
    task = add(session, due="5个工作日")  # 2025-07-07
    done = add(session, due="5个工作日")
    from fylink.services import tasks

    tasks.complete_task(session=session, ref=done.id, completed_on=TODAY, today=TODAY)
    calendar_service.add_override(session=session, day=D("2025-07-02"), kind="休息日")
    changed = calendar_service.refresh_deadlines(
        session=session, calendar=_cal(session), day=D("2025-07-02")
    )
    assert changed.tasks == 1
    assert task.due_on == D("2025-07-08")
    assert done.due_on == D("2025-07-07")


def test_a_refresh_moves_many_deadlines_with_one_flush(session):
    """The bulk path (issue 21): every moved row in one flush, their journal rows after
    it, each with the row's before and after image."""
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    moved = [add(session, due="5个工作日") for _ in range(3)]  # 2025-07-07
    calendar_service.add_override(session=session, day=D("2025-07-02"), kind="休息日")
    session.flush()
    flushes: list[int] = []
    listener = lambda *_: flushes.append(1)  # noqa: E731
    event.listen(Session, "after_flush", listener)
    try:
        changed = calendar_service.refresh_deadlines(
            session=session, calendar=_cal(session), day=D("2025-07-02")
        )
    finally:
        event.remove(Session, "after_flush", listener)
    assert changed.tasks == 3
    assert len(flushes) == 1
    assert [t.due_on for t in moved] == [D("2025-07-08")] * 3
    rows = session.exec(
        select(Journal).where(Journal.entity == "task", Journal.action == "update")
    ).all()
    assert [(r.entity_id, r.before["due_on"], r.after["due_on"]) for r in rows] == [
        (t.id, "2025-07-07", "2025-07-08") for t in moved
    ]
