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

from dochelp import MARKUP, document_xml, ok, paragraphs, table_rows, text
from fylink.documents.layout import DEFAULT_FONTS
from loophelp import write_config

OFFICE = "示范县府院联动联席会议办公室"


def _numbers(path: Path, *, title: str, fonts=DEFAULT_FONTS, landscape: bool = False) -> list[str]:
    doc = checks.open_docx(path)
    return checks.all_problems(
        path, fonts=fonts, title=title, author=OFFICE, landscape=landscape
    ) + checks.body_problems(doc)


# -- 会议纪要 from the demo database -------------------------------------------------------------


def test_demo_minutes(cli, demo_db, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = cli("meeting", "minutes", "2025-5")
    ok(result)
    path = tmp_path / "示范县府院联动联席会议纪要〔2025〕第5期.docx"
    assert result.stdout == f"已生成会议纪要：{path}\n"
    assert _numbers(path, title="示范县府院联动联席会议纪要〔2025〕第5期") == []
    doc = checks.open_docx(path)
    assert checks.mark_problems(doc, DEFAULT_FONTS, "示范县府院联动联席会议纪要") == []
    assert checks.attendance_problems(doc, DEFAULT_FONTS, ("出席", "请假")) == []
    lines = paragraphs(path)
    assert lines[:3] == [
        "示范县府院联动联席会议纪要",
        "第5期",
        f"{OFFICE}\t2025年6月30日",
    ]
    assert (
        "2025年6月10日，常务副县长刘清华在县政府三楼会议室主持召开示范县府院联动联席会议，"
        "会议通报上季度行政诉讼、行政复议情况；研究重点案件化解。" in lines
    )
    # the previous meeting with decisions is 第4期 (a 研判会); statuses as of today
    assert (
        "会议听取了第4期研判会纪要议定事项落实情况汇报。"
        "上次会议议定事项3项，已完成1项（已销号1项），正在推进2项。" in lines
    )
    assert (
        "（三）牵头做好破产重整企业职工安置。已于2025年5月29日完成并销号。"
        "已按要求完成，报送完成情况。（责任单位：县发改委、县财政局、县人社局）" in lines
    )
    assert "现将会议议定事项纪要如下：" in lines
    assert (
        "一、建立涉诉信访案件诉访分离移交机制。"
        "（责任单位：县信访局、县司法局；完成时限：2025年7月8日前）" in lines
    )
    assert "四、完成重点涉企案件“一案一策”化解方案。" in text(path)
    present = next(line for line in lines if line.startswith("出席："))
    assert present.startswith("出席：刘清华（常务副县长）、县发改委、")
    assert "请假：县政府办（因公外出）、" in text(path)
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
    assert lines[1:3] == ["第2期", f"{OFFICE}\t2025年6月27日"]
    assert (
        "2025年6月20日，常务副县长刘清华在县政府三楼会议室主持召开示范县府院联动联席会议，"
        "会议研究涉企行政争议化解；部署问题楼盘处置。" in lines
    )
    # 上次议定事项落实情况: 第1期's decisions with today's status and latest progress
    assert (
        "会议听取了第1期联席会议纪要议定事项落实情况汇报。"
        "上次会议议定事项3项，已完成1项，正在推进1项，逾期未完成1项。" in lines
    )
    assert lines[lines.index("现将会议议定事项纪要如下：") - 3 :][:3] == [
        "（一）制定征收补偿款支付方案。尚未完成，已超过完成时限（2025年6月15日）。"
        "初稿已报县政府。（责任单位：县住建局、县财政局）",
        "（二）建立诉前化解机制。正在推进，完成时限为2025年7月31日。（责任单位：县司法局、县法院）",
        "（三）报送败诉原因分析。已于2025年6月5日完成。（责任单位：县人社局）",
    ]
    # 议定事项: 黑体 lead sentence, body, responsibility line; escaped markup; provisional year
    assert (
        f"一、关于涉企行政争议化解。会议要求，县市场监管局会同县法院对{MARKUP}公司系列案件"
        "逐案提出化解方案。（责任单位：县市场监管局、县法院、县司法局；完成时限：2025年7月31日前）"
        in lines
    )
    assert (
        "二、推进问题楼盘风险化解。（责任单位：县住建局；"
        "完成时限：2027年2月22日前（暂定：2027年假期未公布））" in lines
    )
    assert "A&amp;B &lt;C&gt;" in document_xml(out)
    decision = next(p for p in doc.paragraphs if p.text.startswith("一、关于"))
    lead = decision.runs[0]
    assert lead.text == "一、关于涉企行政争议化解。"
    assert checks.east_asian_font(doc, decision, lead) == "SimHei"
    assert checks.east_asian_font(doc, decision, decision.runs[1]) == "仿宋"
    # attendance: persons with unit and title, units by short name, the reason of a 请假
    assert "出席：刘清华（常务副县长）、周明（县司法局局长）、县住建局、县市场监管局" in lines
    assert "列席：林静（县司法局办公室工作人员）" in lines
    assert "请假：王建国（县长，公务出差）" in lines
    assert "抄送：县委办公室，县政府办公室。" in lines
    assert lines[-2] == f"{OFFICE}\t2025年6月27日印发"


def test_minutes_without_chair_or_place_and_without_previous(cli, office, tmp_path) -> None:
    out = tmp_path / "协调会.docx"
    ok(cli("meeting", "minutes", "2025-3", "-o", str(out)))
    lines = paragraphs(out)
    assert "2025年6月25日，示范县府院联动联席会议协调会召开。" in lines
    # the previous meeting with decisions is 第2期
    assert any(line.startswith("会议听取了第2期联席会议纪要") for line in lines)
    assert "一、协调涉企执行案件。（责任单位：县法院；完成时限：2025年7月10日前）" in lines
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


def test_demo_notice_letter(cli, demo_db, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_config(
        tmp_path / "home",
        '[documents]\nnumber_prefix = "示府联办督"\ncontact = "林静，电话：0372-5101003"\n'
        'cc = "县委政法委"\n',
    )
    result = cli("notice", "letter", "〔2025〕3号")
    ok(result)
    path = tmp_path / "督办通知示府联办督〔2025〕3号（县司法局）.docx"
    assert result.stdout == f"已生成督办通知：{path}\n"
    title = "关于督促办理逾期事项的通知（示府联办督〔2025〕3号）"
    assert _numbers(path, title=title) == []
    doc = checks.open_docx(path)
    assert checks.mark_problems(doc, DEFAULT_FONTS, OFFICE) == []
    lines = [line for line in paragraphs(path) if line]
    assert lines[:4] == [
        OFFICE,
        "示府联办督〔2025〕3号",
        "关于督促办理逾期事项的通知",
        "示范县司法局：",
    ]
    assert lines[4] == (
        "经核查，截至2025年6月23日，你单位牵头承办的下列事项已超过完成时限，现予督办："
    )
    # the working days overdue as the ladder counted them when it issued the notice
    assert lines[5] == (
        "1.组织行政机关负责人出庭应诉专项培训（2025年第2期会议纪要第二项议定事项）。"
        "完成时限为2025年4月21日，已逾期42个工作日。目前进展：已制定工作方案，正在推进。"
    )
    assert "并于2025年6月30日前将办理情况" in lines[6]
    assert "（联系人：林静，电话：0372-5101003）" in lines
    assert lines[-3:] == ["2025年6月23日", "抄送：县委政法委。", f"{OFFICE}\t2025年6月23日印发"]


def test_letter_of_a_suggestion_reply(cli, demo_db, tmp_path) -> None:
    out = tmp_path / "n1.docx"
    ok(cli("notice", "letter", "2025-1", "-o", str(out)))
    assert (
        "1.回复司法建议“完善工伤认定调查核实程序”（示法建〔2025〕3号）。"
        "完成时限为2025年5月6日，已逾期33个工作日。" in paragraphs(out)
    )
    assert "示范县人力资源和社会保障局：" in paragraphs(out)


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
    assert provisional[5] == "2027年2月22日（暂定：2027年假期未公布）"
    assert rows[-1][7] == "已完成"
    lines = paragraphs(out)
    assert lines[:2] == ["示范县府院联动工作双清单", "（截至2025年6月30日）"]
    assert lines[-1].startswith("共6项，其中逾期1项、未到期4项、已完成1项。标注“暂定”")
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


def test_task_export_of_the_demo(cli, demo_db, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    ok(cli("task", "export", "逾期.docx", "--status", "逾期"))
    rows = table_rows(tmp_path / "逾期.docx")
    assert len(rows) == 1 + 5
    assert {row[7] for row in rows[1:]} == {"逾期"}
    assert paragraphs(tmp_path / "逾期.docx")[-1] == "共5项，其中逾期5项。"
