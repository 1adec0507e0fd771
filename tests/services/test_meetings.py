"""Meetings: 第N期 per year, lookup by id or YEAR-N, attendance, 议定事项 with their tasks."""

import pytest
from sqlmodel import select

from fylink.errors import ConflictError, InvalidInputError, NotFoundError
from fylink.models import Journal, Task
from fylink.services import lookups, meetings, reads_meetings
from loophelp import CAL, TODAY, D, th


def _meeting(session, held="2025-06-10", kind="联席会议"):
    return meetings.add_meeting(
        session=session, meeting_in=meetings.MeetingIn(kind=kind, held_on=D(held), chair="刘清华")
    )


def test_issue_numbers_restart_each_year(session):
    numbers = [
        (m.year, m.issue_no)
        for m in (
            _meeting(session, "2024-11-20"),
            _meeting(session, "2024-12-20", "协调会"),
            _meeting(session, "2025-01-15", "全体会议"),
            _meeting(session, "2025-03-15"),
        )
    ]
    assert numbers == [(2024, 1), (2024, 2), (2025, 1), (2025, 2)]


@pytest.mark.parametrize("ref", ["2025-2", "2025/2", "2025年第2期", "2025年2期", "2"])
def test_find_meeting_by_year_issue_or_id(session, ref):
    _meeting(session, "2025-01-15")
    second = _meeting(session, "2025-03-15")
    assert lookups.find_meeting(session=session, ref=ref).id == second.id


def test_unknown_meeting_and_bad_reference(session):
    with pytest.raises(NotFoundError, match="2025年第9期会议不存在"):
        lookups.find_meeting(session=session, ref="2025-9")
    with pytest.raises(NotFoundError, match="会议 9 不存在"):
        lookups.find_meeting(session=session, ref="9")
    with pytest.raises(InvalidInputError, match="无法识别"):
        lookups.find_meeting(session=session, ref="上次会议")


def test_meeting_kind_is_checked(session):
    with pytest.raises(InvalidInputError, match="会议类型“茶话会”不存在"):
        _meeting(session, kind="茶话会")


def test_attendance_by_person_and_unit_once(session):
    meeting = _meeting(session)
    person = meetings.attend(session=session, ref=meeting.id, role="出席", person="王建国")
    unit = meetings.attend(
        session=session, ref=meeting.id, role="请假", unit="县住建局", note="出差"
    )
    assert (person.name, person.role) == ("王建国", "出席")
    assert (unit.name, unit.unit_id is not None, unit.note) == (
        "示范县住房和城乡建设局",
        True,
        "出差",
    )
    with pytest.raises(ConflictError, match="已登记为联席会议2025年第1期会议的出席人员"):
        meetings.attend(session=session, ref=meeting.id, role="列席", person="王建国")
    with pytest.raises(InvalidInputError, match="参会情况“旷会”不存在"):
        meetings.attend(session=session, ref=meeting.id, role="旷会", unit="县财政局")
    with pytest.raises(InvalidInputError, match="之一"):
        meetings.attend(session=session, ref=meeting.id, role="出席")
    detail = reads_meetings.meeting_detail(session, meeting.id, th=th())
    assert [a.role for a in detail.attendance] == ["出席", "请假"]


def test_a_roll_call_of_units_is_attend_for_each(session):
    """attend_units (the demo's bulk path, issue 21): the rows and journal rows attend
    writes one by one, and its refusals."""
    meeting = _meeting(session)
    meetings.attend(session=session, ref=meeting.id, role="出席", person="王建国")
    rows = meetings.attend_units(
        session=session,
        ref=meeting.id,
        units=[("县住建局", "出席", ""), ("示范县财政局", "请假", " 出差 ")],
    )
    assert [(r.name, r.role, r.note) for r in rows] == [
        ("示范县住房和城乡建设局", "出席", ""),
        ("示范县财政局", "请假", "出差"),
    ]
    logged = session.exec(
        select(Journal).where(Journal.entity == "attendance").order_by(Journal.id)
    ).all()
    assert [(j.action, j.entity_id, j.after["unit_id"], j.after["note"]) for j in logged[1:]] == [
        ("insert", r.id, r.unit_id, r.note) for r in rows
    ]
    assert set(logged[1].after) == set(logged[0].after)  # every column, as attend journals
    with pytest.raises(
        ConflictError, match="示范县财政局已登记为联席会议2025年第1期会议的请假人员"
    ):
        meetings.attend_units(session=session, ref=meeting.id, units=[("县财政局", "出席", "")])
    with pytest.raises(
        ConflictError, match="示范县司法局已登记为联席会议2025年第1期会议的出席人员"
    ):
        meetings.attend_units(
            session=session,
            ref=meeting.id,
            units=[("县司法局", "出席", ""), ("示范县司法局", "列席", "")],
        )
    with pytest.raises(InvalidInputError, match="参会情况“旷会”不存在"):
        meetings.attend_units(session=session, ref=meeting.id, units=[("县人社局", "旷会", "")])


def test_decide_creates_the_task_counting_from_the_meeting(session):
    meeting = _meeting(session, "2025-06-10")
    first = meetings.decide(
        session=session,
        ref="2025-1",
        content="制定支付方案",
        lead="县住建局",
        due="15日",
        co=["县财政局"],
        leader="刘清华",
        calendar=CAL,
        today=TODAY,
    )
    second = meetings.decide(
        session=session,
        ref=meeting.id,
        content="研究化解方案",
        lead="县自然资源局",
        due="2025-09-30",
        calendar=CAL,
        today=TODAY,
    )
    assert (first.source, first.meeting_id, first.decision_no) == ("议定事项", meeting.id, 1)
    assert (first.due_on, first.due_start) == (D("2025-06-25"), D("2025-06-10"))
    assert second.decision_no == 2
    detail = reads_meetings.meeting_detail(session, meeting.id, th=th())
    assert [(r.task.decision_no, r.status.value, r.co) for r in detail.decisions] == [
        (1, "逾期", ["县财政局"]),
        (2, "未到期", []),
    ]
    rows = meetings.list_meetings(session=session, th=th())
    assert [(r.decisions, r.open, r.overdue) for r in rows] == [(2, 2, 1)]
    entities = [j.entity for j in session.exec(select(Journal).order_by(Journal.id))]
    assert entities[-3:] == ["meeting", "task", "task"]


def test_failed_decision_writes_nothing(session):
    meeting = _meeting(session)
    with pytest.raises(NotFoundError):
        meetings.decide(
            session=session,
            ref=meeting.id,
            content="x",
            lead="县无此局",
            due="15日",
            calendar=CAL,
            today=TODAY,
        )
    assert session.exec(select(Task)).all() == []


def test_list_meetings_filters(session):
    _meeting(session, "2024-12-20", "协调会")
    _meeting(session, "2025-03-15")
    assert [r.meeting.year for r in meetings.list_meetings(session=session, th=th())] == [
        2025,
        2024,
    ]
    assert len(meetings.list_meetings(session=session, th=th(), year=2024)) == 1
    assert len(meetings.list_meetings(session=session, th=th(), kind="协调会")) == 1
