"""The 应诉 clock: case deadlines derived from events (issue #13's table)."""

from datetime import date

import pytest

from fylink.domain.calendar import WorkCalendar
from fylink.domain.case_clock import (
    DEFAULT_RULES,
    DUE_SOON,
    MET,
    OVERDUE,
    PENDING,
    REFERENCE,
    Event,
    case_deadlines,
    office_rules,
)
from fylink.errors import InvalidInputError

D = date.fromisoformat
CAL = WorkCalendar()


def deadlines(category: str, instance: str | None, events, today: str, closed=None, rules=None):
    return case_deadlines(
        category=category,
        instance=instance,
        events=[Event(kind, D(day)) for kind, day in events],
        closed_on=D(closed) if closed else None,
        rules=rules or DEFAULT_RULES,
        calendar=CAL,
        today=D(today),
    )


@pytest.mark.parametrize(
    ("category", "instance", "trigger", "start", "name", "due"),
    [
        # 行政诉讼法 art. 67: 15 days; the vector 2024-09-20 + 15日 of domain.md §6.
        ("行政诉讼", "一审", "收到起诉状副本", "2024-09-20", "答辩状和证据", "2024-10-08"),
        # art. 85: 15 days against a judgment, 10 against a ruling.
        ("行政诉讼", "一审", "判决书送达", "2025-09-23", "上诉期（判决）", "2025-10-09"),
        ("行政诉讼", "一审", "裁定书送达", "2025-06-03", "上诉期（裁定）", "2025-06-13"),
        # 行政复议法 (2023) arts. 48, 88: 10 working days (2025-01-24 → 2025-02-13 over 春节).
        ("行政复议", None, "收到复议申请书副本", "2025-01-24", "复议书面答复和证据", "2025-02-13"),
        # 行政强制法 art. 53: 3 months.
        ("非诉执行", None, "行政决定期满", "2025-03-31", "申请法院强制执行", "2025-06-30"),
        # 检察建议: 2 months (2024-12-31 → 2025-02-28, 检察建议工作规定 art. 19); 15 days
        # only for an urgent 行政公益诉讼 诉前检察建议 (法释〔2018〕6号 art. 21).
        ("行政诉讼", "一审", "收到检察建议", "2024-12-31", "检察建议书面回复", "2025-02-28"),
        (
            "其他",
            None,
            "收到检察建议（紧急）",
            "2025-06-03",
            "诉前检察建议书面回复（紧急）",
            "2025-06-18",
        ),
    ],
)
def test_statutory_deadline(category, instance, trigger, start, name, due) -> None:
    found = deadlines(category, instance, [(trigger, start)], today=start)
    assert [(d.rule.name, d.due) for d in found] == [(name, D(due))]
    assert found[0].status in (PENDING, DUE_SOON)
    assert found[0].rule.basis


def test_time_limits_of_the_court_are_reference_only() -> None:
    first = deadlines("行政诉讼", "一审", [("立案", "2025-04-30")], today="2026-01-01")
    # 行政诉讼法 art. 81: 6 months (2025-04-30 → 2025-10-30, domain.md §6).
    assert [(d.rule.name, d.due, d.status) for d in first] == [
        ("一审审限", D("2025-10-30"), REFERENCE)
    ]
    second = deadlines("行政诉讼", "二审", [("立案", "2025-04-30")], today="2025-05-01")
    assert [(d.rule.name, d.due) for d in second] == [("二审审限", D("2025-07-30"))]
    decision = deadlines("行政复议", None, [("复议受理", "2025-08-05")], today="2025-08-05")
    # 行政复议法 art. 62: 60 days (2025-08-05 → 2025-10-09 over 国庆, domain.md §6).
    assert [(d.rule.name, d.due, d.status) for d in decision] == [
        ("复议决定", D("2025-10-09"), REFERENCE)
    ]


def test_status_follows_the_events() -> None:
    events = [("收到起诉状副本", "2025-03-03")]
    assert deadlines("行政诉讼", "一审", events, today="2025-03-05")[0].status == PENDING
    assert deadlines("行政诉讼", "一审", events, today="2025-03-17")[0].status == DUE_SOON
    assert deadlines("行政诉讼", "一审", events, today="2025-03-19")[0].status == OVERDUE
    met = deadlines("行政诉讼", "一审", [*events, ("答辩", "2025-03-10")], today="2025-03-19")
    assert (met[0].status, met[0].met_on) == (MET, D("2025-03-10"))
    closed = deadlines("行政诉讼", "一审", events, today="2025-04-01", closed="2025-03-12")
    assert closed[0].status == MET


def test_an_answer_before_the_copy_does_not_meet_it() -> None:
    events = [("答辩", "2025-01-10"), ("收到起诉状副本", "2025-03-03")]
    assert deadlines("行政诉讼", "一审", events, today="2025-03-19")[0].status == OVERDUE


def test_each_trigger_starts_its_own_period() -> None:
    events = [("判决书送达", "2025-03-03"), ("上诉", "2025-03-10"), ("判决书送达", "2025-09-01")]
    found = deadlines("行政诉讼", "一审", events, today="2025-09-02")
    assert [(d.started_on, d.status) for d in found] == [
        (D("2025-03-03"), MET),
        (D("2025-09-01"), PENDING),
    ]


def test_category_scoped_rules() -> None:
    # The reconsideration reply rule is for 行政复议 cases only.
    assert deadlines("行政诉讼", "一审", [("收到复议申请书副本", "2025-03-03")], "2025-03-03") == []


def test_office_rules_from_settings() -> None:
    rules = office_rules(
        [
            {
                "name": "报送应诉方案",
                "trigger": "收到起诉状副本",
                "period": "5个工作日",
                "basis": "示范县府院联动工作规则第8条",
                "met_by": "答辩",
            }
        ]
    )
    found = deadlines(
        "行政诉讼", "一审", [("收到起诉状副本", "2025-03-03")], "2025-03-03", rules=rules
    )
    assert [(d.rule.name, d.due, d.rule.basis) for d in found] == [
        ("报送应诉方案", D("2025-03-10"), "示范县府院联动工作规则第8条")
    ]


def test_office_rules_are_checked() -> None:
    with pytest.raises(InvalidInputError, match="缺少“period”"):
        office_rules([{"name": "x", "trigger": "立案"}])
    with pytest.raises(InvalidInputError, match="无法识别"):
        office_rules([{"name": "x", "trigger": "立案", "period": "三周"}])


def test_procuratorial_suggestion_citations_follow_the_texts() -> None:
    """检察建议工作规定 art. 19 sets two months and no fixed urgent period; the 15 days of an
    urgent reply are 法释〔2018〕6号 art. 21's, for a 行政公益诉讼 诉前检察建议 only."""
    rules = {rule.name: rule for rule in DEFAULT_RULES}
    general = rules["检察建议书面回复"]
    assert general.period == "2个月"
    assert "《人民检察院检察建议工作规定》第十九条" in general.basis
    assert "十五日" not in general.basis
    urgent = rules["诉前检察建议书面回复（紧急）"]
    assert urgent.period == "15日"
    assert urgent.basis.startswith("法释〔2018〕6号第二十一条（行政公益诉讼诉前检察建议")
