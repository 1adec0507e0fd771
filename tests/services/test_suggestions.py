"""司法建议 / 检察建议: reply due by the settings rule, reply, adoption, 整改 verification."""

import pytest
from sqlmodel import select

from fylink.errors import ConflictError, InvalidInputError
from fylink.models import Suggestion, SuggestionCase
from fylink.services import cases, suggestions
from fylink.services.suggestions import ReplyStatus
from loophelp import CAL, TODAY, D, add, th


def _add(session, doc_no="示法建〔2025〕3号", received="2025-03-20", **kw):
    return suggestions.add_suggestion(
        session=session,
        suggestion_in=suggestions.SuggestionIn(
            kind=kw.pop("kind", "司法建议"),
            doc_no=doc_no,
            unit=kw.pop("unit", "县住建局"),
            received_on=D(received),
            **kw,
        ),
        calendar=CAL,
        default_rule="2个月",
        today=TODAY,
    )


def test_reply_due_defaults_to_the_settings_rule(session):
    item = _add(session, received="2025-03-03")
    # 2 months reach Saturday 3 May, inside the 劳动节 holiday: moved to Tuesday 6 May.
    assert (item.reply_due, item.reply_due_rule) == (D("2025-05-06"), "2个月")
    assert item.issuer == "示范县人民法院"
    assert _add(session, "示检行建〔2025〕1号", kind="检察建议").issuer == "示范县人民检察院"


def test_explicit_due_and_issuer(session):
    item = _add(session, due="30日", issuer="示范市中级人民法院")
    assert (item.reply_due, item.reply_due_rule, item.issuer) == (
        D("2025-04-21"),
        "30日",
        "示范市中级人民法院",
    )
    dated = _add(session, "示法建〔2025〕4号", due="2025-05-31")
    assert (dated.reply_due, dated.reply_due_rule) == (D("2025-05-31"), "")


def test_provisional_reply_due_is_marked(session):
    item = _add(session, received="2025-06-30", due="2026年12月31日")
    assert not item.reply_due_provisional
    late = _add(session, "示法建〔2025〕5号", received="2025-06-30", due="19个月")
    assert late.reply_due_provisional


def test_document_number_is_unique_and_inputs_checked(session):
    _add(session)
    with pytest.raises(ConflictError, match="已登记，不能重复添加"):
        _add(session)
    with pytest.raises(InvalidInputError, match="建议类型“法律建议”不存在"):
        _add(session, "x1", kind="法律建议")
    with pytest.raises(InvalidInputError, match="收到日期不能晚于今天"):
        _add(session, "x2", received="2025-07-01")
    assert session.exec(select(Suggestion)).all() != []


def test_linked_cases(session):
    case = cases.add_case(
        session=session,
        case_in=cases.CaseIn(
            case_no="（2025）豫0591行初5号",
            category="行政诉讼",
            unit="县住建局",
            filed_on=D("2025-01-10"),
        ),
        today=TODAY,
        types=cases.type_table(),
    )
    item = _add(session, cases=["(2025)豫0591行初5号"])
    links = session.exec(
        select(SuggestionCase).where(SuggestionCase.suggestion_id == item.id)
    ).all()
    assert [link.case_id for link in links] == [case.id]
    detail = suggestions.suggestion_detail(session=session, ref=item.doc_no, th=th(), calendar=CAL)
    assert [c.case_no for c in detail.cases] == ["（2025）豫0591行初5号"]


def test_reply_adopt_verify_and_statuses(session):
    item = _add(session)  # due 2025-05-20
    assert suggestions.reply_status(item, th()) is ReplyStatus.OVERDUE
    with pytest.raises(ConflictError, match="尚未反馈"):
        suggestions.verify(session=session, ref=item.doc_no, verified_on=TODAY, today=TODAY)
    suggestions.reply(
        session=session,
        ref="示法建〔2025〕3号",
        replied_on=D("2025-05-30"),
        summary="已整改",
        adopted=True,
        today=TODAY,
    )
    assert suggestions.reply_status(item, th()) is ReplyStatus.REPLIED_LATE
    with pytest.raises(ConflictError, match="如需更正请加 --correct"):
        suggestions.reply(
            session=session, ref=item.id, replied_on=TODAY, summary="", adopted=True, today=TODAY
        )
    with pytest.raises(InvalidInputError, match="核实日期不能早于反馈日期"):
        suggestions.verify(session=session, ref=item.id, verified_on=D("2025-05-01"), today=TODAY)
    suggestions.verify(session=session, ref=item.id, verified_on=TODAY, today=TODAY)
    assert suggestions.reply_status(item, th()) is ReplyStatus.VERIFIED


def test_not_adopted_cannot_be_verified(session):
    item = _add(session)
    suggestions.reply(
        session=session,
        ref=item.id,
        replied_on=D("2025-04-01"),
        summary="不采纳",
        adopted=False,
        today=TODAY,
    )
    with pytest.raises(ConflictError, match="未采纳"):
        suggestions.verify(session=session, ref=item.id, verified_on=TODAY, today=TODAY)


def test_sql_status_agrees_with_python(session):
    received = ["2025-02-01", "2025-03-01", "2025-04-30", "2025-04-01", "2025-05-20", "2025-06-20"]
    for n, day in enumerate(received):
        item = _add(session, f"示法建〔2025〕{n + 10}号", received=day)
        if n == 1:
            suggestions.reply(
                session=session,
                ref=item.id,
                replied_on=D("2025-04-01"),
                summary="",
                adopted=True,
                today=TODAY,
            )
        if n == 0:
            suggestions.reply(
                session=session,
                ref=item.id,
                replied_on=D("2025-06-01"),
                summary="",
                adopted=True,
                today=TODAY,
            )
    every = session.exec(select(Suggestion)).all()
    seen = set()
    for status in ReplyStatus:
        rows, _total = suggestions.list_suggestions(
            session=session, flt=suggestions.SuggestionFilter(status=status.value), th=th()
        )
        expected = {s.id for s in every if suggestions.reply_status(s, th()) is status}
        assert {s.id for s, _, _ in rows} == expected, status
        seen |= {status} if expected else set()
    assert {
        ReplyStatus.OVERDUE,
        ReplyStatus.REPLIED,
        ReplyStatus.REPLIED_LATE,
        ReplyStatus.DUE_SOON,
        ReplyStatus.PENDING,
    } <= seen


def test_rectification_task_links_the_suggestion(session):
    item = _add(session)
    task = add(session, "建立台账", source="司法建议整改", suggestion=item.doc_no)
    detail = suggestions.suggestion_detail(session=session, ref=item.id, th=th(), calendar=CAL)
    assert [t.id for t in detail.tasks] == [task.id]
