"""contexts.py: service results → template contexts, without a database."""

from datetime import date

import pytest

from fylink.documents import contexts as C
from fylink.documents.render import SHIPPED_TEMPLATES, shipped_template, template_variables
from fylink.models import Meeting, Office
from fylink.services.documents import AttendanceLine, PreviousMeeting

D = date.fromisoformat


@pytest.mark.parametrize("name", SHIPPED_TEMPLATES)
def test_fylink_provides_exactly_what_the_shipped_templates_use(name: str) -> None:
    assert template_variables(shipped_template(name)) == C.PROVIDED[name]


@pytest.mark.parametrize(
    ("n", "text"),
    [(1, "一"), (9, "九"), (10, "十"), (11, "十一"), (20, "二十"), (35, "三十五"),
     (100, "一百"), (105, "一百零五"), (110, "一百一十"), (123, "一百二十三")],
)  # fmt: skip
def test_chinese_numerals(n: int, text: str) -> None:
    assert C.cn_numeral(n) == text


@pytest.mark.parametrize(
    ("content", "title", "body"),
    [
        ("制定征收补偿款支付方案", "制定征收补偿款支付方案", ""),
        ("制定征收补偿款支付方案。", "制定征收补偿款支付方案", ""),
        ("关于征收补偿。会议要求，县住建局牵头", "关于征收补偿", "会议要求，县住建局牵头。"),
        ("关于征收补偿。会议要求，尽快办理！", "关于征收补偿", "会议要求，尽快办理！"),
        ("  关于\n征收补偿。 ", "关于 征收补偿", ""),
    ],
)
def test_a_decision_splits_into_lead_sentence_and_body(content: str, title: str, body: str) -> None:
    assert C.split_decision(content) == (title, body)


@pytest.mark.parametrize(
    ("topics", "clause"),
    [
        ("", ""),
        (
            "通报上季度行政诉讼情况；研究重点案件化解",
            "会议通报上季度行政诉讼情况；研究重点案件化解",
        ),
        ("听取县法院通报\n部署下季度工作。", "会议听取县法院通报；部署下季度工作"),
        ("涉企行政争议化解", "研究了涉企行政争议化解有关事项"),
        ("涉企行政争议化解\n问题楼盘处置", "研究了涉企行政争议化解、问题楼盘处置等事项"),
    ],
)
def test_topics_end_the_opening_sentence(topics: str, clause: str) -> None:
    assert C.topics_clause(topics) == clause


def test_composed_opening_without_chair_or_place() -> None:
    args = {"held_on": "2025年6月25日", "meeting_name": "示范县府院联动联席会议协调会"}
    assert C.composed_opening(chair="", place="", topics="", **args) == (
        "2025年6月25日，示范县府院联动联席会议协调会召开。"
    )
    assert C.composed_opening(chair="", place="县法院", topics="", **args) == (
        "2025年6月25日，示范县府院联动联席会议协调会在县法院召开。"
    )
    assert C.composed_opening(chair="刘清华", place="", topics="会议研究执行", **args) == (
        "2025年6月25日，刘清华主持召开示范县府院联动联席会议协调会，会议研究执行。"
    )


def test_attendees_carry_unit_title_and_note() -> None:
    person = AttendanceLine(role="出席", name="周明", is_person=True, title="局长", unit="县司法局")
    leader = AttendanceLine(role="出席", name="王建国", is_person=True, title="县长")
    away = AttendanceLine(
        role="请假",
        name="孙伟",
        is_person=True,
        title="县公安局局长",
        unit="县公安局",
        note="公务出差",
    )
    unit = AttendanceLine(role="请假", name="县信访局", is_person=False, note="因公外出")
    bare = AttendanceLine(role="出席", name="县法院", is_person=False)
    assert [C.attendee(a) for a in (person, leader, away, unit, bare)] == [
        "周明（县司法局局长）",
        "王建国（县长）",
        "孙伟（县公安局局长，公务出差）",
        "县信访局（因公外出）",
        "县法院",
    ]


def test_deadlines_in_office_style() -> None:
    assert C.deadline_text(D("2025-01-31"), False, before=True) == "2025年1月31日前"
    # A provisional deadline prints without the system's note in an official document.
    assert C.deadline_text(D("2027-02-22"), True, before=True) == "2027年2月22日前"
    assert C.deadline_text(D("2027-02-22"), True) == "2027年2月22日"


def _office(**kw: str) -> Office:
    values = {
        "name": "示范县府院联动联席会议办公室",
        "region": "示范县",
        "meeting_name": "示范县府院联动联席会议",
    }
    values.update(kw)
    return Office(created_at=D("2025-01-01"), **values)


def _meeting(
    kind: str = "联席会议", year: int = 2025, issue: int = 3, series: str = "联席会议"
) -> Meeting:
    return Meeting(
        year=year,
        issue_no=issue,
        series=series,
        series_no=issue,
        kind=kind,
        held_on=D(f"{year}-06-10"),
        created_at=D("2025-01-01"),
    )


def test_marks_titles_and_file_names() -> None:
    office = _office()
    assert C.minutes_mark(office) == "示范县府院联动联席会议纪要"
    assert C.minutes_mark(_office(meeting_name="")) == "示范县府院联动联席会议纪要"
    assert C.meeting_title(office, _meeting()) == "示范县府院联动联席会议"
    assert C.meeting_title(office, _meeting("全体会议")) == "示范县府院联动联席会议全体会议"
    assert C.minutes_file_name(office, _meeting()) == "示范县府院联动联席会议纪要〔2025〕第3期.docx"
    # Each series has its own masthead (a setting may name it).
    coordination = _meeting("协调会", issue=1, series="协调会")
    assert C.minutes_mark(office, "协调会") == "示范县府院联动协调会议纪要"
    assert C.minutes_mark(office, "专题会议") == "示范县府院联动专题会议纪要"
    assert C.minutes_mark(office, "协调会", "示范县府院联动专题会议纪要") == (
        "示范县府院联动专题会议纪要"
    )
    assert C.meeting_title(office, coordination) == "示范县府院联动协调会"
    assert C.minutes_file_name(office, coordination) == (
        "示范县府院联动协调会议纪要〔2025〕第1期.docx"
    )
    assert C.task_list_title(office) == "示范县府院联动工作双清单"
    assert C.task_list_title(_office(region="")) == "示范县府院联动联席会议双清单"
    assert C.safe_file_name('a/b\\c:d*e?f"g<h>i|j') == "a_b_c_d_e_f_g_h_i_j"
    assert C.safe_file_name(" . ") == "文档"


def test_previous_summary_and_name() -> None:
    previous = PreviousMeeting(
        meeting=_meeting(issue=2),
        decisions=[],
        counts={"未到期": 1, "临期": 1, "逾期": 1, "已完成": 1, "已销号": 2},
    )
    assert C.previous_summary(previous) == (
        "上次会议议定事项6项，已完成3项（已销号2项），正在推进2项，逾期未完成1项。"
    )
    assert C.previous_name(previous, _meeting()) == "第2期联席会议纪要"
    older = PreviousMeeting(meeting=_meeting(year=2024, issue=5), decisions=[], counts={})
    assert C.previous_name(older, _meeting()) == "2024年第5期联席会议纪要"


def test_task_list_note_counts_most_urgent_first() -> None:
    counts = {"未到期": 2, "临期": 0, "逾期": 1, "已完成": 3, "已销号": 0}
    assert C.task_list_note(counts, False) == "共6项，其中逾期1项、未到期2项、已完成3项。"
    assert "暂定" not in C.task_list_note(counts, True)
