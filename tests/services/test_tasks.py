"""双清单 tasks: statuses from dates, validation, filters and the order of urgency."""

from datetime import date, timedelta

import pytest
from sqlmodel import select

from fylink.domain.status import TaskStatus, status_of, task_status
from fylink.errors import ConflictError, InvalidInputError, NotFoundError
from fylink.models import Journal, Task, TaskCoUnit
from fylink.services import lookups, reads, tasks
from fylink.services.tasks import status_condition
from loophelp import CAL, TODAY, D, add, th


def test_thresholds_count_working_days():
    # 2025-06-30 is a Monday: 3 working days left reach Thursday 3 July.
    t = th(3)
    assert t.soon_before == D("2025-07-04")
    assert CAL.workdays_between(TODAY, D("2025-07-03")) == 3
    assert CAL.workdays_between(TODAY, D("2025-07-04")) == 4


def test_thresholds_skip_holidays():
    # Before 国庆: 2025-09-30 (Tue) + 1 working day is 2025-10-09.
    t = th(1, today=D("2025-09-30"))
    assert t.soon_before == D("2025-10-10")


@pytest.mark.parametrize(
    ("due", "completed", "signed", "expected"),
    [
        ("2025-06-27", None, None, TaskStatus.OVERDUE),
        ("2025-06-30", None, None, TaskStatus.DUE_SOON),
        ("2025-07-03", None, None, TaskStatus.DUE_SOON),
        ("2025-07-04", None, None, TaskStatus.NOT_DUE),
        ("2025-06-01", "2025-06-20", None, TaskStatus.DONE),
        ("2025-06-01", "2025-06-20", "2025-06-25", TaskStatus.SIGNED_OFF),
    ],
)
def test_status_from_dates(due, completed, signed, expected):
    status = status_of(
        due_on=D(due),
        completed_on=D(completed) if completed else None,
        signed_off_on=D(signed) if signed else None,
        th=th(3),
    )
    assert status is expected


def test_sql_status_filter_agrees_with_python(session):
    t = th(3)
    start = D("2025-06-01")
    for offset in range(0, 60, 2):
        task = add(session, due=(start + timedelta(days=offset)).isoformat())
        if offset % 6 == 0:
            tasks.complete_task(session=session, ref=task.id, completed_on=TODAY, today=TODAY)
        if offset % 12 == 0:
            tasks.sign_off_task(
                session=session, ref=task.id, signed_off_on=TODAY, by="x", today=TODAY
            )
    every = session.exec(select(Task)).all()
    for status in TaskStatus:
        in_sql = {task.id for task in session.exec(select(Task).where(status_condition(status, t)))}
        in_python = {task.id for task in every if task_status(task, t) is status}
        assert in_sql == in_python, status
        assert tasks.count_by_status(session=session, th=t)[status.value] == len(in_python)


def test_add_task_keeps_rule_start_and_co_units(session):
    task = add(session, due="10个工作日", co=["县财政局", "示范县自然资源局"], leader="刘清华")
    assert task.due_on == CAL.add_workdays(TODAY, 10)
    assert (task.due_rule, task.due_start, task.due_provisional) == ("10个工作日", TODAY, False)
    co = session.exec(select(TaskCoUnit).where(TaskCoUnit.task_id == task.id)).all()
    assert len(co) == 2
    entry = session.exec(select(Journal).where(Journal.entity == "task")).one()
    assert entry.after["co_units"] == ["示范县财政局", "示范县自然资源局"]


def test_plain_date_deadline_has_no_rule(session):
    task = add(session, due="2025年7月31日")
    assert (task.due_on, task.due_rule, task.due_start) == (D("2025-07-31"), "", None)


def test_provisional_deadline_is_marked(session):
    task = add(session, due="2个月", start=D("2026-11-20"))
    assert task.due_on == D("2027-01-20")
    assert task.due_provisional is True


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"lead": "县不存在局"}, NotFoundError, "单位“县不存在局”不存在"),
        ({"co": ["县住建局"]}, InvalidInputError, "已是牵头单位"),
        ({"due": "下周"}, InvalidInputError, "完成时限“下周”无法识别"),
        ({"content": "  "}, InvalidInputError, "任务内容不能为空"),
        ({"source": "临时"}, InvalidInputError, "任务来源“临时”不存在"),
        ({"source": "议定事项"}, InvalidInputError, "fylink meeting decide"),
        ({"suggestion": "无此文号"}, NotFoundError, "建议 无此文号 不存在"),
    ],
)
def test_prepare_task_refuses_bad_input_without_writing(session, kwargs, error, message):
    task_in = tasks.TaskIn(**({"content": "任务", "lead": "县住建局", "due": "15日"} | kwargs))
    with pytest.raises(error, match=message):
        tasks.prepare_task(session=session, task_in=task_in, calendar=CAL, today=TODAY)
    assert session.exec(select(Task)).all() == []


def test_prepared_rows_insert_later_with_a_shared_unit_lookup(session):
    # What the 双清单 import does: validate every row first, then insert the good ones.
    lookup = tasks.UnitLookup(session)
    rows = [
        tasks.TaskIn(
            content="甲",
            lead="县住建局",
            due="季度末",
            co=tasks.split_unit_names("县财政局、县司法局"),
        ),
        tasks.TaskIn(content="乙", lead="县住建局", due="2025-12-31", list_no="2"),
    ]
    prepared = [
        tasks.prepare_task(session=session, task_in=r, calendar=CAL, today=TODAY, units=lookup)
        for r in rows
    ]
    assert session.exec(select(Task)).all() == []
    made = [tasks.insert_task(session=session, prepared=p) for p in prepared]
    assert [t.due_on for t in made] == [D("2025-06-30"), D("2025-12-31")]
    assert made[1].list_no == "2"


def test_split_unit_names():
    assert tasks.split_unit_names("县财政局、县司法局，县人社局; 县公安局") == [
        "县财政局",
        "县司法局",
        "县人社局",
        "县公安局",
    ]
    assert tasks.split_unit_names("") == []


def _listed(session, flt, *, limit=50, offset=0):
    """A page of ``task list`` (the light path's query, on the session's connection)."""
    session.flush()
    return reads.tasks(session.connection(), flt=flt, th=th(), limit=limit, offset=offset)


def test_list_filters_unit_as_lead_or_co_and_sorts_by_urgency(session):
    late = add(session, "逾期", lead="县财政局", due="2025-06-20")
    soon = add(session, "临期", lead="县住建局", co=["县财政局"], due="2025-07-02")
    later = add(session, "未到期", lead="县财政局", due="2025-09-30")
    done = add(session, "已完成", lead="县财政局", due="2025-06-01")
    tasks.complete_task(session=session, ref=done.id, completed_on=D("2025-06-10"), today=TODAY)
    add(session, "别的单位", lead="县公安局", due="2025-06-01")
    rows, total = _listed(session, tasks.TaskFilter(unit="县财政局"))
    assert total == 4
    assert [r.task.id for r in rows] == [late.id, soon.id, later.id, done.id]
    assert [r.status.value for r in rows] == ["逾期", "临期", "未到期", "已完成"]
    assert rows[1].co == ["县财政局"]
    rows, total = _listed(session, tasks.TaskFilter(unit="县财政局", lead_only=True))
    assert total == 3
    rows, _ = _listed(session, tasks.TaskFilter(status="逾期"))
    assert {r.task.content for r in rows} == {"逾期", "别的单位"}
    rows, _ = _listed(session, tasks.TaskFilter(due_from=D("2025-07-01"), due_to=D("2025-12-31")))
    assert [r.task.content for r in rows] == ["临期", "未到期"]


def test_signoff_only_after_done_and_reopen(session):
    task = add(session, due="2025-07-10")
    with pytest.raises(ConflictError, match="尚未完成，不能销号"):
        tasks.sign_off_task(
            session=session, ref=task.id, signed_off_on=TODAY, by="林静", today=TODAY
        )
    tasks.complete_task(session=session, ref=task.id, completed_on=TODAY, today=TODAY)
    with pytest.raises(ConflictError, match="已于2025-06-30完成"):
        tasks.complete_task(session=session, ref=task.id, completed_on=TODAY, today=TODAY)
    tasks.sign_off_task(session=session, ref=task.id, signed_off_on=TODAY, by="林静", today=TODAY)
    assert task_status(task, th()) is TaskStatus.SIGNED_OFF
    tasks.reopen_task(
        session=session,
        ref=task.id,
        reason="复查发现未落实",
        today=TODAY,
        due="5个工作日",
        calendar=CAL,
    )
    assert (task.completed_on, task.signed_off_on, task.due_rule) == (None, None, "5个工作日")
    assert task.due_on == D("2025-07-07")
    detail = tasks.task_detail(session=session, ref=task.id, th=th(), calendar=CAL)
    assert detail.progress[-1].note == "重新打开：复查发现未落实"


def test_dates_of_progress_and_completion_are_checked(session):
    task = add(session, due="15日")
    with pytest.raises(InvalidInputError, match="完成日期不能晚于今天"):
        tasks.complete_task(session=session, ref=task.id, completed_on=D("2025-07-01"), today=TODAY)
    with pytest.raises(InvalidInputError, match="不能早于任务的起算日期"):
        tasks.add_progress(
            session=session, ref=task.id, note="x", reported_on=D("2025-06-01"), today=TODAY
        )
    with pytest.raises(NotFoundError, match="任务 999 不存在"):
        lookups.get_task(session=session, ref="#999")
    with pytest.raises(InvalidInputError, match="应为数字"):
        lookups.get_task(session=session, ref="abc")


def test_detail_recounts_the_derivation(session):
    task = add(session, due="10个工作日", start=date(2025, 1, 24))
    detail = tasks.task_detail(session=session, ref=task.id, th=th(), calendar=CAL)
    assert detail.deadline.due == D("2025-02-13")
    assert "跳过春节假期及周末" in detail.deadline.describe()


def test_paging_crosses_from_open_to_finished_tasks(session):
    made = [add(session, str(n), due=f"2025-07-{10 + n:02d}") for n in range(5)]
    for task in made[:2]:
        tasks.complete_task(session=session, ref=task.id, completed_on=TODAY, today=TODAY)
    pages = [
        [r.task.content for r in _listed(session, tasks.TaskFilter(), limit=2, offset=offset)[0]]
        for offset in (0, 2, 4, 6)
    ]
    assert pages == [["2", "3"], ["4", "0"], ["1"], []]
