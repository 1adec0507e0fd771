"""The documents fylink writes from a real database, read back and measured (issue 4).

`fylink meeting minutes`, `fylink notice letter` and `fylink task export --docx` run on the demo
database or on a small office built through the CLI; every file is checked against
documents.md with docx_checks (page, margins, fonts incl. East Asian, 16 pt on 28.95 pt, red
mark, labels, footers) and for its content.
"""

from pathlib import Path

import docx_checks as checks
import pytest
from doc_samples import OTHER_FONTS

import demofacts
from dochelp import MARKUP, document_xml, ok, paragraphs, table_rows
from fylink.documents.layout import DEFAULT_FONTS
from loophelp import write_config

OFFICE = "示范县府院联动联席会议办公室"


def _numbers(path: Path, *, title: str, fonts=DEFAULT_FONTS, landscape: bool = False) -> list[str]:
    doc = checks.open_docx(path)
    return checks.all_problems(
        path, fonts=fonts, title=title, author=OFFICE, landscape=landscape
    ) + checks.body_problems(doc)


# -- 会议纪要 from the demo database -------------------------------------------------------------


def _previous_summary(decisions: list[demofacts.TaskFact]) -> str:
    """上次会议议定事项3项，已完成1项（已销号1项），正在推进2项。 (documents.md)"""
    statuses = [d.status for d in decisions]
    done = statuses.count("已完成") + statuses.count("已销号")
    signed = statuses.count("已销号")
    parts = []
    if done:
        parts.append(f"已完成{done}项" + (f"（已销号{signed}项）" if signed else ""))
    if statuses.count("未到期"):  # open and not late: 未到期 or 临期
        parts.append(f"正在推进{statuses.count('未到期')}项")
    if statuses.count("逾期"):
        parts.append(f"逾期未完成{statuses.count('逾期')}项")
    return f"上次会议议定事项{len(decisions)}项，" + "，".join(parts) + "。"


def _previous_line(number: int, d: demofacts.TaskFact, source: str = "") -> str:
    """（一）<title>。<status today>。<latest progress>（牵头单位：…；配合单位：…）"""
    deadline = demofacts.cn_date(d.due_on)
    done_on = demofacts.cn_date(d.completed_on) if d.completed_on else ""
    status = {
        "已销号": f"已于{done_on}完成并销号",
        "已完成": f"已于{done_on}完成",
        "逾期": f"尚未完成，已超过完成时限（{deadline}）",
        "未到期": f"正在推进，完成时限为{deadline}",
    }[d.status]
    title = d.content.partition("。")[0]
    progress = demofacts.sentence(d.progress)
    return (
        f"（{demofacts.cn_numeral(number)}）{title}。{source}{status}。{progress}"
        f"（{_duty(d, leader=False, deadline=False)}）"
    )


def _duty(d: demofacts.TaskFact, *, leader: bool = True, deadline: bool = True) -> str:
    """牵头单位：…；配合单位：…；牵头领导：…；完成时限：2025年7月8日 (no system note)."""
    parts = [f"牵头单位：{d.units[0]}"]
    if d.units[1:]:
        parts.append(f"配合单位：{'、'.join(d.units[1:])}")
    if leader and d.leader:
        parts.append(f"牵头领导：{d.leader}")
    if deadline:
        parts.append(f"完成时限：{demofacts.cn_date(d.due_on)}")
    return "；".join(parts)


def _decision_line(number: int, d: demofacts.TaskFact) -> str:
    """（一）<lead sentence>。<body>（牵头单位：…；完成时限：2025年7月8日）"""
    title, _, body = d.content.partition("。")
    return f"（{demofacts.cn_numeral(number)}）{title}。{demofacts.sentence(body)}（{_duty(d)}）"


def _word(series: str) -> str:
    """协调会 → 协调会议 (联席会议 stays)."""
    return series + "议" if series.endswith("会") else series


#: Series whose 纪要 report only on what the meeting names (the default setting).
TOPIC_SERIES = ("协调会", "专题会议", "座谈会", "研判会")


def _with_previous(every: list[demofacts.MeetingFact], which: str):
    """(meeting, the previous meeting of its series with decisions, the items of earlier
    meetings of the series still open) for the meetings whose minutes carry over."""
    found = []
    for index, meeting in enumerate(every):
        if meeting.series in TOPIC_SERIES:
            continue
        earlier = [m for m in every[:index] if m.decisions and m.series == meeting.series]
        if meeting.decisions and earlier:
            still_open = [
                (m, number, d)
                for m in earlier[:-1]
                for number, d in enumerate(m.decisions, start=1)
                if d.completed_on is None
            ]
            found.append((meeting, earlier[-1], still_open))
    if which == "signed off":
        found = [f for f in found if any(d.status == "已销号" for d in f[1].decisions)]
    assert found, f"the demo should hold a meeting to minute ({which})"
    return found[-1]


@pytest.mark.parametrize("which", ["latest", "signed off"])
def test_demo_minutes(cli, demo_db, db_url, tmp_path, monkeypatch, which) -> None:
    """The latest meeting, as the clerk would minute it, and the latest one that reports a
    decision signed off (完成并销号) since the previous meeting."""
    monkeypatch.chdir(tmp_path)
    meeting, previous, still_open = _with_previous(demofacts.meetings(db_url), which)
    result = cli("meeting", "minutes", meeting.ref)
    ok(result)
    title = f"示范县府院联动联席会议纪要〔{meeting.year}〕第{meeting.issue_no}期"
    path = tmp_path / f"{title}.docx"
    assert result.stdout == f"已生成会议纪要：{path}\n"
    assert _numbers(path, title=title) == []
    doc = checks.open_docx(path)
    assert checks.mark_problems(doc, DEFAULT_FONTS, "示范县府院联动联席会议纪要") == []
    roles = tuple(r for r in ("出席", "请假", "列席") if meeting.attendees(r))
    assert checks.attendance_problems(doc, DEFAULT_FONTS, roles) == []
    lines = paragraphs(path)
    assert lines[:3] == [
        "示范县府院联动联席会议纪要",
        f"第{meeting.issue_no}期",
        f"\t{OFFICE}\t2025年6月30日",
    ]
    name = "示范县府院联动联席会议"
    name += "" if name.endswith(meeting.kind) else meeting.kind
    assert meeting.topics.startswith(("通报", "研究", "研判", "协调"))  # a clause: 会议通报……
    assert (
        f"{demofacts.cn_date(meeting.held_on)}，{meeting.chair_title}{meeting.chair}"
        f"在{meeting.place}主持召开{name}，会议{meeting.topics}。" in lines
    )
    # 上次议定事项落实情况: every decision of the previous meeting, with today's status
    year = f"{previous.year}年" if previous.year != meeting.year else ""
    summary = _previous_summary(previous.decisions)
    if still_open:
        summary = summary.removesuffix("。") + (
            f"；此前会议尚未完成的议定事项{len(still_open)}项，一并报告。"
        )
    opening = lines.index(
        f"会议听取了{year}第{previous.issue_no}期{_word(previous.series)}纪要议定事项落实情况汇报。"
        + summary
    )
    assert lines[opening - 2 : opening] == [
        "现将会议主要情况纪要如下：",
        "一、上次会议议定事项落实情况",
    ]
    reported = [_previous_line(n, d) for n, d in enumerate(previous.decisions, start=1)]
    for m, number, d in still_open:
        earlier_year = f"{m.year}年" if m.year != meeting.year else ""
        source = (
            f"（{earlier_year}第{m.issue_no}期{_word(m.series)}纪要第{demofacts.cn_numeral(number)}项"
            "议定事项）"
        )
        reported.append(_previous_line(len(reported) + 1, d, source))
    assert lines[opening + 1 : opening + 1 + len(reported)] == reported
    assert lines[opening + 1 + len(reported)] == "二、会议议定事项"
    decided = [_decision_line(n, d) for n, d in enumerate(meeting.decisions, start=1)]
    start = lines.index("二、会议议定事项") + 1
    assert lines[start : start + len(decided)] == decided
    # the attendance, as recorded: the chair with the roster's title, units by short name,
    # apologies with their reason
    assert meeting.attendees("出席").startswith(f"{meeting.chair}（{meeting.chair_title}）、")
    expected = [f"{role}：{meeting.attendees(role)}" for role in roles]
    assert [line for line in lines[start + len(decided) :] if line][: len(roles)] == expected
    assert lines[-2] == f"{OFFICE}\t2025年6月30日印发"  # the 版记, then the spacer


# -- 会议纪要 from an office built through the CLI ------------------------------------------------


@pytest.fixture
def office(office_db) -> None:
    """Three meetings built through the CLI (dochelp.build_office)."""


def test_minutes_content(cli, office, tmp_path) -> None:
    write_config(
        tmp_path / "home",
        '[documents]\ncc = "县委办公室，县政府办公室。"\n'
        '[documents.fonts]\nbody = "仿宋"\ntitle = "华文中宋"\nheading = "SimHei"\n'
        'kai = "楷体"\npage_number = "SimSun"\n',
    )
    out = tmp_path / "纪要.docx"
    ok(cli("meeting", "minutes", "2025-2", "-o", str(out), "--date", "2025-06-27"))
    assert _numbers(out, title="示范县府院联动联席会议纪要〔2025〕第2期", fonts=OTHER_FONTS) == []
    doc = checks.open_docx(out)
    assert checks.attendance_problems(doc, OTHER_FONTS, ("出席", "请假", "列席")) == []
    assert checks.mark_problems(doc, OTHER_FONTS, "示范县府院联动联席会议纪要") == []
    lines = paragraphs(out)
    assert lines[1:3] == ["第2期", f"\t{OFFICE}\t2025年6月27日"]
    assert (
        "2025年6月20日，常务副县长刘清华在县政府三楼会议室主持召开示范县府院联动联席会议，"
        "会议研究涉企行政争议化解；部署问题楼盘处置。" in lines
    )
    # 上次议定事项落实情况: 第1期's decisions with today's status and latest progress
    assert (
        "会议听取了第1期联席会议纪要议定事项落实情况汇报。"
        "上次会议议定事项3项，已完成1项，正在推进1项，逾期未完成1项。" in lines
    )
    start = lines.index("一、上次会议议定事项落实情况")
    assert lines[start - 1] == "现将会议主要情况纪要如下："
    assert lines[start + 2 : start + 6] == [
        "（一）制定征收补偿款支付方案。尚未完成，已超过完成时限（2025年6月15日）。"
        "初稿已报县政府。（牵头单位：县住建局；配合单位：县财政局）",
        "（二）建立诉前化解机制。正在推进，完成时限为2025年7月31日。"
        "（牵头单位：县司法局；配合单位：县法院）",
        "（三）报送败诉原因分析。已于2025年6月5日完成。（牵头单位：县人社局）",
        "二、会议议定事项",
    ]
    # 议定事项: 楷体 lead sentence under 二、, body, 牵头/配合 apart; escaped markup; a
    # provisional deadline without the system's note
    assert (
        f"（一）关于涉企行政争议化解。会议要求，县市场监管局会同县法院对{MARKUP}公司系列案件"
        "逐案提出化解方案。（牵头单位：县市场监管局；配合单位：县法院、县司法局；"
        "完成时限：2025年7月31日）" in lines
    )
    assert "（二）推进问题楼盘风险化解。（牵头单位：县住建局；完成时限：2027年2月22日）" in lines
    assert not any("暂定" in line for line in lines)
    assert "A&amp;B &lt;C&gt;" in document_xml(out)
    decision = next(p for p in doc.paragraphs if p.text.startswith("（一）关于"))
    lead = decision.runs[0]
    assert lead.text == "（一）关于涉企行政争议化解。"
    assert checks.east_asian_font(doc, decision, lead) == "楷体"
    assert checks.east_asian_font(doc, decision, decision.runs[1]) == "仿宋"
    # attendance: persons with unit and title, units by short name, the reason of a 请假
    assert "出席：刘清华（常务副县长）、周明（县司法局局长）、县住建局、县市场监管局" in lines
    assert "列席：林静（县司法局办公室工作人员）" in lines
    assert "请假：王建国（县长，公务出差）" in lines
    assert "抄送：县委办公室，县政府办公室。" in lines
    assert lines[-2] == f"{OFFICE}\t2025年6月27日印发"


def test_minutes_without_chair_or_place_and_without_previous(cli, office, tmp_path) -> None:
    out = tmp_path / "协调会.docx"
    ok(cli("meeting", "minutes", "协调会2025-1", "-o", str(out)))
    lines = paragraphs(out)
    assert lines[:2] == ["示范县府院联动协调会议纪要", "第1期"]
    assert "2025年6月25日，示范县府院联动协调会召开。" in lines
    # a topic meeting reports only on what it names: here nothing
    assert not any("会议听取了" in line or "落实情况" in line for line in lines)
    assert "一、协调涉企执行案件。（牵头单位：县法院；完成时限：2025年7月10日）" in lines
    assert "出席：县法院" in lines
    assert not any(line.startswith(("请假", "列席", "抄送")) for line in lines)
    first = tmp_path / "first.docx"
    ok(cli("meeting", "minutes", "2025-1", "-o", str(first)))
    assert not any("上次" in line or "会议听取了" in line for line in paragraphs(first))


def test_the_clerks_opening_replaces_the_composed_one(cli, initialized, tmp_path) -> None:
    ok(
        cli(
            "meeting", "add", "--kind", "座谈会", "--date", "2025-06-05", "--chair", "刘清华",
            "--place", "县法院", "--opening", "6月5日下午，县府院联动联席会议办公室召开座谈会",
        )
    )  # fmt: skip
    ok(cli("meeting", "attend", "1", "--unit", "县法院"))
    ok(cli("meeting", "decide", "1", "整理座谈意见", "--lead", "县司法局", "--due", "10日"))
    out = tmp_path / "座谈会.docx"
    ok(cli("meeting", "minutes", "1", "-o", str(out)))
    lines = paragraphs(out)
    assert "6月5日下午，县府院联动联席会议办公室召开座谈会。" in lines
    assert not any("主持召开" in line for line in lines)


# -- 督办通知 -------------------------------------------------------------------------------------


def test_demo_notice_letter(cli, demo_db, db_url, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_config(
        tmp_path / "home",
        '[documents]\nnumber_prefix = "示府联办督"\ncontact = "林静，电话：0372-5101003"\n'
        'cc = "县委政法委"\n',
    )
    notice = demofacts.letter_notice(db_url)  # a 督办 of a 议定事项 with progress
    assert notice.reply_due is not None
    result = cli("notice", "letter", notice.number_text)
    ok(result)
    path = tmp_path / f"督办通知示府联办督{notice.number_text}（{notice.unit}）.docx"
    assert result.stdout == f"已生成督办通知：{path}\n"
    title = f"关于督促办理逾期事项的通知（示府联办督{notice.number_text}）"
    assert _numbers(path, title=title) == []
    doc = checks.open_docx(path)
    assert checks.mark_problems(doc, DEFAULT_FONTS, OFFICE) == []
    lines = [line for line in paragraphs(path) if line]
    issued = demofacts.cn_date(notice.issued_on)
    assert lines[:4] == [
        OFFICE,
        f"示府联办督{notice.number_text}",
        "关于督促办理逾期事项的通知",
        f"{notice.unit_name}：",
    ]
    assert lines[4] == f"经核查，截至{issued}，你单位牵头承办的下列事项已超过完成时限，现予督办："
    # the working days overdue as the ladder counted them when it issued the notice
    items = [item.letter_line(n) for n, item in enumerate(notice.items, start=1)]
    assert lines[5 : 5 + len(items)] == items
    assert any("会议纪要第" in line and "目前进展：" in line for line in items)
    assert f"并于{demofacts.cn_date(notice.reply_due)}前将办理情况" in lines[5 + len(items)]
    assert "（联系人：林静，电话：0372-5101003）" in lines
    assert lines[-4:-1] == [issued, "抄送：县委政法委。", f"{OFFICE}\t{issued}印发"]
    assert lines[-1].startswith("变更日志锚点 ")  # the journal's head, after the 版记


def test_letter_of_a_suggestion_reply(cli, demo_db, db_url, tmp_path) -> None:
    notice = demofacts.letter_notice(db_url, kind="suggestion")
    out = tmp_path / "n.docx"
    ok(cli("notice", "letter", f"{notice.year}-{notice.number}", "-o", str(out)))
    lines = paragraphs(out)
    assert f"{notice.unit_name}：" in lines
    for number, item in enumerate(notice.items, start=1):
        assert item.letter_line(number) in lines
    # 1.回复司法建议“……”（示法建〔2025〕3号）。完成时限为……，已逾期33个工作日。
    suggestion = next(item for item in notice.items if item.kind == "suggestion")
    assert suggestion.content.startswith(f"回复{suggestion.source}“")
    assert suggestion.origin == suggestion.ref


# -- 双清单 ---------------------------------------------------------------------------------------


def test_task_export_docx(cli, office, tmp_path) -> None:
    out = tmp_path / "清单.docx"
    result = cli("task", "export", "--docx", str(out))
    ok(result)
    assert result.stdout == f"已生成双清单：{out}\n"
    assert _numbers(out, title="示范县府院联动工作双清单", landscape=True) == []
    rows = table_rows(out)
    assert rows[0] == [
        "序号", "任务内容", "牵头单位", "配合单位", "牵头领导", "完成时限", "进展情况", "状态",
    ]  # fmt: skip
    assert len(rows) == 1 + 6
    # most urgent first, as `task list`: the overdue task leads, with its latest progress
    assert rows[1] == [
        "1", "制定征收补偿款支付方案", "县住建局", "县财政局", "", "2025年6月15日",
        "初稿已报县政府。", "逾期",
    ]  # fmt: skip
    markup = next(row for row in rows if MARKUP in row[1])
    assert markup[2:4] == ["县市场监管局", "县法院、县司法局"]
    provisional = next(row for row in rows if row[1] == "推进问题楼盘风险化解")
    assert provisional[5] == "2027年2月22日"  # no system note in an official document
    assert rows[-1][7] == "已完成"
    lines = paragraphs(out)
    assert lines[:2] == ["示范县府院联动工作双清单", "（截至2025年6月30日）"]
    assert lines[-1] == "共6项，其中逾期1项、未到期4项、已完成1项。"
    assert "A&amp;B &lt;C&gt;" in document_xml(out)


def test_task_export_filters_like_task_list(cli, office, tmp_path) -> None:
    out = tmp_path / "住建局.docx"
    ok(
        cli(
            "task", "export", str(out), "--unit", "县住建局", "--lead-only",
            "--title", "县住建局承办事项清单",
        )
    )  # fmt: skip
    rows = table_rows(out)
    assert [row[1] for row in rows[1:]] == ["制定征收补偿款支付方案", "推进问题楼盘风险化解"]
    assert paragraphs(out)[0] == "县住建局承办事项清单"
    assert (
        checks.core_problems(checks.open_docx(out), title="县住建局承办事项清单", author=OFFICE)
        == []
    )


def test_task_export_of_the_demo(cli, demo_db, db_url, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    late = demofacts.overdue_tasks(db_url)
    assert late, "the demo should hold overdue tasks"
    ok(cli("task", "export", "逾期.docx", "--status", "逾期"))
    rows = table_rows(tmp_path / "逾期.docx")
    # every overdue task: those of the approved list first, by 序号 (printed as approved),
    # then the others earliest deadline first, with its units, leader and progress
    listed = sorted((t for t in late if t.list_no.isdigit()), key=lambda t: int(t.list_no))
    late = listed + [t for t in late if not t.list_no.isdigit()]
    assert rows[1:] == [
        [
            t.list_no or str(number), t.content, t.units[0], "、".join(t.units[1:]), t.leader,
            demofacts.cn_date(t.due_on), demofacts.sentence(t.progress), "逾期",
        ]
        for number, t in enumerate(late, start=1)
    ]  # fmt: skip
    assert paragraphs(tmp_path / "逾期.docx")[-1] == f"共{len(late)}项，其中逾期{len(late)}项。"
