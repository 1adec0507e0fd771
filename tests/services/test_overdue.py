"""The overdue check: items per unit, the escalation ladder, notices issued once."""

from datetime import timedelta

import pytest
from sqlmodel import func, select

from fylink.config import EscalationSettings
from fylink.domain import status
from fylink.models import Notice, NoticeItem
from fylink.services import overdue, suggestions, tasks
from fylink.services.overdue import Ladder, OverdueCounter
from helpers import db_dump
from loophelp import CAL, LADDER_SETTINGS, TODAY, D, add


def _check(session, today=TODAY, dry_run=False, settings=LADDER_SETTINGS, within=3):
    return overdue.check(
        session=session,
        calendar=CAL,
        today=today,
        within=within,
        settings=settings,
        dry_run=dry_run,
    )


@pytest.mark.parametrize("today", ["2025-06-30", "2025-10-08", "2025-10-11", "2026-02-16"])
def test_ladder_cutoffs_match_counted_working_days(today):
    day = D(today)
    ladder = Ladder.compute(
        calendar=CAL,
        today=day,
        settings=EscalationSettings(
            remind_after_workdays=0, chase_after_workdays=3, supervise_after_workdays=7
        ),
    )
    counter = OverdueCounter(CAL, day)
    for back in range(1, 40):
        due = day - timedelta(days=back)
        late = CAL.workdays_between(due, day)
        assert counter(due) == late
        expected = "督办" if late >= 7 else "催办" if late >= 3 else "提醒"
        assert ladder.stage_for(due) == expected, (due, late)
    assert ladder.stage_for(day) is None


def test_items_grouped_by_unit_with_counts(session):
    add(session, "甲", lead="县住建局", due="2025-06-27")  # 1 working day late
    add(session, "乙", lead="县住建局", due="2025-07-02")  # due soon
    add(session, "丙", lead="县财政局", due="2025-06-16")  # 10 working days late
    add(session, "丁", lead="县财政局", due="2025-08-01")  # not due
    done = add(session, "戊", lead="县财政局", due="2025-06-01")
    tasks.complete_task(session=session, ref=done.id, completed_on=TODAY, today=TODAY)
    suggestions.add_suggestion(
        session=session,
        suggestion_in=suggestions.SuggestionIn(
            kind="司法建议",
            doc_no="示法建〔2025〕1号",
            unit="县财政局",
            received_on=D("2025-04-10"),
        ),
        calendar=CAL,
        default_rule="2个月",
        today=TODAY,
    )
    result = _check(session, dry_run=True)
    assert (result.overdue, result.due_soon) == (3, 1)
    summary = [(g.unit, g.overdue, g.due_soon, [i.content for i in g.items]) for g in result.units]
    assert summary == [
        ("县财政局", 2, 0, ["反馈司法建议", "丙"]),
        ("县住建局", 1, 1, ["甲", "乙"]),
    ]
    fin = result.units[0].items
    assert [(i.workdays_overdue, i.new_stage) for i in fin] == [(14, "督办"), (10, "督办")]
    assert [i.workdays_left for i in result.units[1].items] == [0, 2]


def test_dry_run_writes_nothing(session, db_url):
    add(session, due="2025-06-16")
    session.commit()
    before = db_dump(db_url)
    result = _check(session, dry_run=True)
    session.commit()
    assert [(n.stage, n.number) for n in result.issued] == [("督办", "〔2025〕1号")]
    assert db_dump(db_url) == before


def test_each_step_is_issued_once_and_climbs(session):
    task = add(session, due="2025-06-27")
    first = _check(session, today=D("2025-06-30"))
    assert [(n.stage, len(n.items)) for n in first.issued] == [("提醒", 1)]
    assert _check(session, today=D("2025-06-30")).issued == []
    assert _check(session, today=D("2025-07-03")).issued == []  # 4 working days late
    chase = _check(session, today=D("2025-07-04"))  # 5
    assert [n.stage for n in chase.issued] == ["催办"]
    assert _check(session, today=D("2025-07-10")).issued == []  # 9
    supervise = _check(session, today=D("2025-07-11"))  # 10
    assert [(n.stage, n.number) for n in supervise.issued] == [("督办", "〔2025〕1号")]
    # The task's ladder is done; the 督办's written reply (due 2025-07-18) is missing:
    # the silence is an item of its own, 催办 when late and 通报 after 5 working days.
    assert [
        (n.stage, [i.kind for i in n.items]) for n in _check(session, today=D("2025-07-21")).issued
    ] == [("催办", ["reply"])]
    assert [n.stage for n in _check(session, today=D("2025-07-30")).issued] == ["通报"]
    assert _check(session, today=D("2025-07-31")).issued == []
    stages = session.exec(
        select(NoticeItem.stage).where(NoticeItem.task_id == task.id).order_by(NoticeItem.id)
    ).all()
    assert stages == ["提醒", "催办", "督办"]
    notice = session.exec(select(Notice).where(Notice.stage == "督办")).one()
    assert notice.reply_due == D("2025-07-18")  # 5 working days to answer
    detail = tasks.task_detail(
        session=session,
        ref=task.id,
        th=status.Thresholds.compute(calendar=CAL, today=TODAY, within=3),
        calendar=CAL,
    )
    assert [n.stage for n in detail.notices] == ["提醒", "催办", "督办"]


def test_first_seen_late_item_goes_straight_to_its_stage(session):
    add(session, "甲", lead="县住建局", due="2025-05-30")
    add(session, "乙", lead="县住建局", due="2025-06-20")
    add(session, "丙", lead="县财政局", due="2025-05-01")
    result = _check(session)
    assert [(n.unit, n.stage, n.number, len(n.items)) for n in result.issued] == [
        ("县住建局", "催办", "", 1),
        ("县住建局", "督办", "〔2025〕1号", 1),
        ("县财政局", "督办", "〔2025〕2号", 1),
    ] or [(n.unit, n.stage, n.number, len(n.items)) for n in result.issued] == [
        ("县财政局", "督办", "〔2025〕1号", 1),
        ("县住建局", "催办", "", 1),
        ("县住建局", "督办", "〔2025〕2号", 1),
    ]
    assert session.exec(select(func.count()).select_from(Notice)).one() == 3


def test_supervision_numbers_run_per_year(session):
    add(session, "甲", due="2025-12-01")
    add(session, "乙", lead="县财政局", due="2025-12-01")
    december = _check(session, today=D("2025-12-31"), within=0)
    assert sorted(n.number for n in december.issued) == ["〔2025〕1号", "〔2025〕2号"]
    add(session, "丙", due="2025-12-15")
    january = _check(session, today=D("2026-01-20"), within=0)
    assert [n.number for n in january.issued if n.stage == "督办"] == ["〔2026〕1号"]


def test_completed_items_leave_the_list(session):
    task = add(session, due="2025-06-16")
    _check(session)
    tasks.complete_task(session=session, ref=task.id, completed_on=TODAY, today=TODAY)
    result = _check(session)
    assert (result.overdue, result.units, result.issued) == (0, [], [])


def test_reply_of_a_suggestion_counts_as_its_own_item(session):
    item = suggestions.add_suggestion(
        session=session,
        suggestion_in=suggestions.SuggestionIn(
            kind="检察建议",
            doc_no="示检行建〔2025〕1号",
            unit="县城管局",
            received_on=D("2025-04-25"),
        ),
        calendar=CAL,
        default_rule="2个月",
        today=TODAY,
    )
    result = _check(session)
    assert [(i.kind, i.ref, i.new_stage) for i in result.units[0].items] == [
        ("suggestion", "示检行建〔2025〕1号", "提醒")
    ]
    suggestions.reply(
        session=session, ref=item.id, replied_on=TODAY, summary="", adopted=True, today=TODAY
    )
    assert _check(session).overdue == 0
