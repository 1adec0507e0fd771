"""Meetings and the 双清单 as offices keep them (issue 15), on SQLite and PostgreSQL alike.

One numbered series per meeting kind; the carry-over of a series (the previous meeting's
items and every older one still open); a topic meeting that reports only on what it names;
the 纪要 printing 牵头单位, 配合单位 and 牵头领导 apart; a two-section office sheet with the
office's own deadlines, imported, re-imported after edits, exported to .docx in its
approved order; the occurrences of a recurring item in ``check overdue``; drafts.
"""

import json
from pathlib import Path

import pytest

from dochelp import ok, paragraphs, table_rows
from helpers import db_dump
from loophelp import write_config

FIRST_ITEMS = (
    ("制定征收补偿款支付方案", "县住建局", "2025-02-28"),
    ("建立诉前化解机制", "县司法局", "2025-03-31"),
)


def _meeting(cli, kind: str, day: str, *more: str) -> None:
    ok(cli("meeting", "add", "--kind", kind, "--date", day, "--chair", "刘清华", *more))


@pytest.fixture
def series(cli, initialized, monkeypatch) -> None:
    """联席会议 第1期 (two items, one done), 协调会 第1期 in between, 联席会议 第2期 (one
    item), 联席会议 第3期 (the 纪要 under test)."""
    monkeypatch.setenv("FYLINK_TODAY", "2025-06-30")
    _meeting(cli, "联席会议", "2025-01-20", "--place", "县政府三楼会议室")
    for content, lead, due in FIRST_ITEMS:
        ok(cli("meeting", "decide", "1", content, "--lead", lead, "--due", due))
    ok(cli("task", "done", "2", "--on", "2025-03-20"))
    _meeting(cli, "协调会", "2025-02-15", "--place", "县司法局会议室")
    ok(cli("meeting", "decide", "2", "协调涉企执行案件", "--lead", "县法院", "--due", "15日"))
    _meeting(cli, "联席会议", "2025-04-10", "--place", "县政府三楼会议室")
    ok(
        cli(
            "meeting", "decide", "3", "推进问题楼盘风险化解", "--lead", "县住建局",
            "--co", "县自然资源局", "--co", "县法院", "--leader", "王副县长",
            "--due", "2025-09-30",
        )
    )  # fmt: skip
    _meeting(
        cli,
        "联席会议",
        "2025-06-20",
        "--place",
        "县政府三楼会议室",
        "--part",
        "会议听取了县住建局关于问题楼盘处置情况的汇报。",
        "--part",
        "会议认为，问题楼盘处置关系群众切身利益，必须压实责任。",
    )
    ok(
        cli(
            "meeting", "decide", "4", "关于阳光花园项目复工。会议要求，加快续建资金筹措",
            "--lead", "县住建局", "--co", "县自然资源局", "--co", "县法院",
            "--leader", "王副县长", "--due", "9月30日前",
        )
    )  # fmt: skip
    ok(cli("meeting", "attend", "4", "--person", "刘清华", "--unit", "县财政局"))
    ok(cli("meeting", "attend", "4", "--unit", "县住建局", "--count", "1"))
    ok(
        cli(
            "meeting", "attend", "4", "--role", "列席", "--name", "张律师",
            "--affiliation", "示范县某律师事务所律师",
        )
    )  # fmt: skip
    ok(cli("meeting", "attend", "4", "--role", "缺席", "--unit", "县信访局"))
    ok(cli("meeting", "attend", "4", "--role", "代会", "--unit", "县人社局", "--note", "副局长代"))


def test_each_kind_is_numbered_in_its_own_series(cli, series) -> None:
    rows = json.loads(cli("meeting", "list", "--json").stdout)
    assert [(r["id"], r["series"], r["issue_no"], r["label"]) for r in rows] == [
        (4, "联席会议", 3, "联席会议2025年第3期"),
        (3, "联席会议", 2, "联席会议2025年第2期"),
        (2, "协调会", 1, "协调会2025年第1期"),
        (1, "联席会议", 1, "联席会议2025年第1期"),
    ]
    # 2025-1 is the joint meeting's; another series is named
    assert json.loads(cli("meeting", "show", "2025-1", "--json").stdout)["id"] == 1
    assert json.loads(cli("meeting", "show", "协调会2025-1", "--json").stdout)["id"] == 2
    result = cli("meeting", "add", "--kind", "通报会", "--date", "2025-06-25")
    assert result.stdout == "已登记：通报会2025年第1期，会议编号 5，可写作 通报会2025-1\n"
    ok(cli("meeting", "add", "--kind", "调度会", "--date", "2025-06-26"))
    refused = cli("meeting", "add", "--kind", "现场会", "--date", "2025-06-27")
    assert refused.exit_code == 3
    assert "会议类型“现场会”不存在" in refused.stderr


def test_a_kind_the_office_adds_and_a_series_it_sets(cli, series, isolated_home) -> None:
    write_config(
        isolated_home,
        '[meetings]\nextra_kinds = ["现场推进会"]\n'
        'series = {"协调会" = "专题会议", "现场推进会" = "专题会议"}\n'
        'mastheads = {"专题会议" = "示范县府院联动专题会议纪要"}\n',
    )
    ok(cli("meeting", "add", "--kind", "现场推进会", "--date", "2025-06-25"))
    ok(cli("meeting", "add", "--kind", "协调会", "--date", "2025-06-26"))
    rows = json.loads(cli("meeting", "list", "--json").stdout)
    assert [(r["kind"], r["label"]) for r in rows[:2]] == [
        ("协调会", "专题会议2025年第2期"),
        ("现场推进会", "专题会议2025年第1期"),
    ]


def test_the_minutes_report_on_their_series(cli, series, tmp_path) -> None:
    out = tmp_path / "第3期.docx"
    ok(cli("meeting", "minutes", "2025-3", "-o", str(out), "--date", "2025-06-25"))
    lines = [line for line in paragraphs(out) if line]
    assert lines[:3] == [
        "示范县府院联动联席会议纪要",
        "第3期",
        "\t示范县府院联动联席会议办公室\t2025年6月25日",
    ]
    start = lines.index("一、上次会议议定事项落实情况")
    assert lines[start - 3 : start + 6] == [
        # the parts that are not decisions, in order
        "会议听取了县住建局关于问题楼盘处置情况的汇报。",
        "会议认为，问题楼盘处置关系群众切身利益，必须压实责任。",
        "现将会议主要情况纪要如下：",
        "一、上次会议议定事项落实情况",
        # 第2期 (the previous of the series, not the 协调会), and 第1期's item still open
        "会议听取了第2期联席会议纪要议定事项落实情况汇报。上次会议议定事项1项，正在推进1项；"
        "此前会议尚未完成的议定事项1项，一并报告。",
        "（一）推进问题楼盘风险化解。正在推进，完成时限为2025年9月30日。"
        "（牵头单位：县住建局；配合单位：县自然资源局、县法院）",
        "（二）制定征收补偿款支付方案。（第1期联席会议纪要第一项议定事项）"
        "尚未完成，已超过完成时限（2025年2月28日）。（牵头单位：县住建局）",
        "二、会议议定事项",
        "（一）关于阳光花园项目复工。会议要求，加快续建资金筹措。"
        "（牵头单位：县住建局；配合单位：县自然资源局、县法院；牵头领导：王副县长；"
        "完成时限：2025年9月30日）",
    ]
    assert not any("协调涉企执行案件" in line or "建立诉前化解机制" in line for line in lines)
    assert "出席：刘清华（常务副县长）、县财政局、县住建局（1人）、县人社局（副局长代）" in lines
    assert "缺席：县信访局" in lines
    assert "列席：张律师（示范县某律师事务所律师）" in lines


def test_a_topic_meeting_reports_only_on_what_it_names(cli, series, tmp_path) -> None:
    ok(cli("meeting", "attend", "2", "--unit", "县法院"))
    out = tmp_path / "协调会.docx"
    ok(cli("meeting", "minutes", "协调会2025-1", "-o", str(out)))
    lines = [line for line in paragraphs(out) if line]
    assert lines[:2] == ["示范县府院联动协调会议纪要", "第1期"]
    assert not any("落实情况" in line for line in lines)
    assert "一、协调涉企执行案件。（牵头单位：县法院；完成时限：2025年3月3日）" in lines
    # a later 协调会 follows the first joint meeting's items and one task by number
    _meeting(cli, "协调会", "2025-06-28", "--follows", "2025-1", "--follows", "#4")
    ok(cli("meeting", "decide", "5", "督促住建局复工", "--lead", "县住建局", "--due", "7月底前"))
    ok(cli("meeting", "attend", "5", "--unit", "县住建局"))
    out = tmp_path / "协调会2.docx"
    ok(cli("meeting", "minutes", "协调会2025-2", "-o", str(out)))
    lines = [line for line in paragraphs(out) if line]
    start = lines.index("一、有关事项落实情况")
    assert lines[start + 1 : start + 6] == [
        "会议听取了第1期联席会议纪要议定事项落实情况汇报。有关事项3项，已完成1项，"
        "正在推进1项，逾期未完成1项。",
        "（一）制定征收补偿款支付方案。（第1期联席会议纪要第一项议定事项）"
        "尚未完成，已超过完成时限（2025年2月28日）。（牵头单位：县住建局）",
        "（二）建立诉前化解机制。（第1期联席会议纪要第二项议定事项）"
        "已于2025年3月20日完成。（牵头单位：县司法局）",
        "（三）推进问题楼盘风险化解。（第2期联席会议纪要第一项议定事项）"
        "正在推进，完成时限为2025年9月30日。（牵头单位：县住建局；配合单位：县自然资源局、县法院）",
        "二、会议议定事项",
    ]
    assert "（一）督促住建局复工。（牵头单位：县住建局；完成时限：2025年7月31日）" in lines
    # a meeting another one follows can still be removed, its follow-up with it
    removed = cli("meeting", "remove", "2025-1", "--reason", "误录", "--with-dependents")
    ok(removed)
    assert "会议跟进事项 1 条" in removed.stdout
    ok(cli("task", "remove", "4", "--reason", "误录"))
    assert json.loads(cli("meeting", "show", "5", "--json").stdout)["id"] == 5


def test_the_issue_date_is_kept_on_reprint(cli, series, tmp_path, monkeypatch, db_url) -> None:
    ok(cli("meeting", "minutes", "2025-3", "-o", str(tmp_path / "a.docx")))
    monkeypatch.setenv("FYLINK_TODAY", "2025-07-03")
    ok(cli("meeting", "minutes", "2025-3", "-o", str(tmp_path / "b.docx")))
    assert paragraphs(tmp_path / "b.docx")[2] == "\t示范县府院联动联席会议办公室\t2025年6月30日"
    assert json.loads(cli("meeting", "show", "2025-3", "--json").stdout)["issued_on"] == (
        "2025-06-30"
    )
    ok(cli("meeting", "minutes", "2025-3", "-o", str(tmp_path / "c.docx"), "--date", "2025-07-02"))
    assert paragraphs(tmp_path / "c.docx")[2] == "\t示范县府院联动联席会议办公室\t2025年7月2日"
    ok(cli("meeting", "minutes", "2025-3", "-o", str(tmp_path / "d.docx")))
    assert paragraphs(tmp_path / "d.docx")[2] == "\t示范县府院联动联席会议办公室\t2025年7月2日"
    # a failed document stores no date
    before = db_dump(db_url)
    failed = cli("meeting", "minutes", "2025-3", "-o", "x.doc", "--date", "2025-07-03")
    assert failed.exit_code == 3
    assert db_dump(db_url) == before


def test_attendance_roles_are_stored_as_written(cli, series) -> None:
    data = json.loads(cli("meeting", "show", "2025-3", "--json").stdout)
    assert [
        (a["role"], a["name"], a["affiliation"], a["headcount"]) for a in data["attendance"]
    ] == [
        ("出席", "刘清华", "", None),
        ("出席", "示范县财政局", "", None),
        ("出席", "示范县住房和城乡建设局", "", 1),
        ("列席", "张律师", "示范县某律师事务所律师", None),
        ("缺席", "示范县信访局", "", None),
        ("代会", "示范县人力资源和社会保障局", "", None),
    ]
    refused = cli("meeting", "attend", "4", "--role", "旷会", "--unit", "县司法局")
    assert refused.exit_code == 3
    assert refused.stderr == (
        "错误：参会情况“旷会”不存在，可选：出席、列席、请假、缺席、迟到、早退、代会\n"
    )
    for args, message in (
        (("--name", "周代表", "--count", "2"), "--count 只用于未写明人员的单位（--unit）"),
        (("--unit", "县财政局", "--affiliation", "县人大"), "--affiliation 只用于名册外人员"),
        (("--unit", "县财政局", "--count", "0"), "--count 只用于未写明人员的单位"),
    ):
        refused = cli("meeting", "attend", "4", *args)
        assert refused.exit_code == 3
        assert message in refused.stderr
    # someone outside the roster is not added to it
    assert "张律师" not in cli("person", "list").stdout


# -- the 双清单 as an office sheet -----------------------------------------------------------------

HEADER = ["序号", "事项内容", "牵头单位", "配合单位", "牵头领导", "完成时限", "备注"]


def _sheet(path: Path, rows: list[list[str]]) -> Path:
    """The workbook as offices keep it: merged title, a note, the header, sections, blanks."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["示范县2025年府院联动“双清单”"])
    sheet.merge_cells("A1:G1")
    sheet.append(["（经2025年第2期联席会议审定）"])
    sheet.merge_cells("A2:G2")
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
        if len(row) == 1 and row[0]:
            line = sheet.max_row
            sheet.merge_cells(f"A{line}:G{line}")
    book.save(path)
    return path


ROWS = [
    ["一、政府需法院支持事项"],
    ["1", "对征收补偿类案件开展诉前化解", "县法院", "县司法局", "赵立新", "6月底"],
    ["2.", "办理涉企非诉执行积案", "县法院", "县市场监管局", "赵立新", "9月30日前"],
    ["（3）", "每季度通报行政诉讼情况", "县法院", "", "赵立新", "每季度末"],
    [],
    ["二、法院需政府支持事项"],
    ["1", "落实行政机关负责人出庭应诉", "县司法局", "", "刘清华", "长期坚持"],
    ["2", "配合做好问题楼盘处置", "各乡镇（街道）", "县住建局", "刘清华", "年底前"],
    ["3", "协助查找被执行人财产线索", "县住建局", "县法院", "", "2025年三季度末"],
    ["注：完成时限以联席会议审定为准。"],
]


def test_a_two_section_sheet_imported_reimported_and_exported(cli, initialized, tmp_path):
    sheet = _sheet(tmp_path / "双清单.xlsx", ROWS)
    result = cli("task", "import", str(sheet), "--json")
    ok(result)
    report = json.loads(result.stdout)
    assert (report["header_row"], report["created"], report["errors"]) == (3, 6, [])
    listed = json.loads(cli("task", "list", "--json", "-n", "100").stdout)
    by_place = {
        (t["list_section"][:1], t["list_no"], t["lead_unit"], t["period"]): (
            t["due_on"],
            t["status"],
            t["standing"],
        )
        for t in listed
    }
    assert by_place == {
        ("一", "1", "县法院", None): ("2025-06-30", "临期", False),
        ("一", "2", "县法院", None): ("2025-09-30", "未到期", False),
        ("一", "3", "县法院", "2025年第二季度"): ("2025-06-30", "临期", False),
        ("一", "3", "县法院", "2025年第三季度"): ("2025-09-30", "未到期", False),
        ("一", "3", "县法院", "2025年第四季度"): ("2025-12-31", "未到期", False),
        ("二", "1", "县司法局", None): ("9999-12-31", "未到期", True),
        ("二", "2", "城关镇", None): ("2025-12-31", "未到期", False),
        ("二", "2", "东城街道", None): ("2025-12-31", "未到期", False),
        ("二", "3", "县住建局", None): ("2025-09-30", "未到期", False),
    }
    # the place in the approved list shows in task list
    table = cli("task", "list", "--source", "双清单", "-n", "3").stdout.splitlines()
    assert [line.split()[:4] for line in table[2:5]] == [
        ["1", "一-1", "临期", "双清单"],
        ["3", "一-3", "临期", "双清单"],
        ["2", "一-2", "未到期", "双清单"],
    ]
    assert "每季度通报行政诉讼情况（2025年第二季度）" in table[3]
    # the same sheet again: nothing new
    again = json.loads(cli("task", "import", str(sheet), "--json").stdout)
    assert (again["created"], again["unchanged"], again["differing"]) == (0, 6, 0)
    # edited: a content, a co-unit, a 序号 written another way; a new row at the end
    edited = [list(row) for row in ROWS]
    edited[1][1] = "对征收补偿类案件全面开展诉前化解"
    edited[2][0] = "2"
    edited[7][3] = "县住建局、县自然资源局"
    edited.insert(9, ["4", "推动府院数据共享", "县政府办", "县法院", "刘清华", "12月31日前"])
    sheet2 = _sheet(tmp_path / "双清单（修改）.xlsx", edited)
    report = json.loads(cli("task", "import", str(sheet2), "--json", "--update").stdout)
    assert (report["created"], report["updated"], report["unchanged"]) == (1, 2, 4)
    listed = json.loads(cli("task", "list", "--json", "-n", "100").stdout)
    assert len(listed) == 10
    assert {t["content"] for t in listed if t["list_no"] == "1" and t["lead_unit"] == "县法院"} == {
        "对征收补偿类案件全面开展诉前化解"
    }
    towns = [t for t in listed if t["lead_group"] == "各乡镇（街道）"]
    assert [t["co_units"] for t in towns] == [["县住建局", "县自然资源局"]] * 2
    # the .docx: the approved order and sections, the 序号 as approved, an item once
    out = tmp_path / "双清单.docx"
    ok(cli("task", "export", str(out)))
    assert [row[:3] + row[5:6] for row in table_rows(out, 0)] == [
        ["序号", "任务内容", "牵头单位", "完成时限"],
        ["1", "对征收补偿类案件全面开展诉前化解", "县法院", "2025年6月30日"],
        ["2", "办理涉企非诉执行积案", "县法院", "2025年9月30日"],
        ["3", "每季度通报行政诉讼情况", "县法院", "每季度末"],
    ]
    assert [row[:3] + row[5:6] for row in table_rows(out, 1)[1:]] == [
        ["1", "落实行政机关负责人出庭应诉", "县司法局", "长期坚持"],
        ["2", "配合做好问题楼盘处置", "各乡镇（街道）", "2025年12月31日"],
        ["3", "协助查找被执行人财产线索", "县住建局", "2025年9月30日"],
        ["4", "推动府院数据共享", "县政府办", "2025年12月31日"],
    ]
    text = paragraphs(out)
    assert text.index("一、政府需法院支持事项") < text.index("二、法院需政府支持事项")


def test_unreadable_cells_name_row_and_column(cli, initialized, tmp_path, db_url) -> None:
    rows = [list(row) for row in ROWS]
    rows[2][5] = "下个月"
    rows[6][2] = "各村委会"
    before = db_dump(db_url)
    result = cli("task", "import", str(_sheet(tmp_path / "错.xlsx", rows)), "--json")
    assert result.exit_code == 3
    errors = [(e["row"], e["column"]) for e in json.loads(result.stdout)["errors"]]
    assert errors == [(6, "完成时限（F列）"), (10, "牵头单位（C列）")]
    assert db_dump(db_url) == before


def test_a_recurring_item_is_chased_per_occurrence(cli, initialized, tmp_path, monkeypatch):
    monkeypatch.setenv("FYLINK_TODAY", "2025-06-20")
    sheet = _sheet(
        tmp_path / "月报.xlsx",
        [["1", "报送涉诉信访化解台账", "县信访局", "", "", "每月25日前"]],
    )
    ok(cli("task", "import", str(sheet)))
    listed = json.loads(cli("task", "list", "--json", "-n", "20").stdout)
    assert [(t["period"], t["due_on"]) for t in listed] == [
        (f"2025年{m}月", f"2025-{m:02d}-25") for m in range(6, 13)
    ]
    monkeypatch.setenv("FYLINK_TODAY", "2025-06-27")
    overdue = cli("check", "overdue", "--json")
    assert overdue.exit_code == 10
    assert _late(overdue) == [(listed[0]["id"], "报送涉诉信访化解台账（2025年6月）", "2025-06-25")]
    # the June report arrives; July's occurrence is its own
    ok(cli("task", "done", str(listed[0]["id"]), "--on", "2025-06-27"))
    monkeypatch.setenv("FYLINK_TODAY", "2025-07-28")
    assert _late(cli("check", "overdue", "--json")) == [
        (listed[1]["id"], "报送涉诉信访化解台账（2025年7月）", "2025-07-25")
    ]
    # a standing task never goes overdue
    ok(cli("task", "add", "坚持府院会商", "--lead", "县司法局", "--due", "长期坚持"))
    monkeypatch.setenv("FYLINK_TODAY", "2026-12-31")
    late = _late(cli("check", "overdue", "--json"))
    # July to December 2025, and every month of 2026 (generated by this run, #15)
    assert len(late) == 18
    assert "坚持府院会商" not in {content for _, content, _ in late}


def _late(result) -> list[tuple[int, str, str]]:
    return [
        (i["id"], i["content"], i["due_on"])
        for unit in json.loads(result.stdout)["units"]
        for i in unit["items"]
        if i["status"] == "逾期"
    ]


def test_a_draft_list_waits_for_the_joint_meeting(cli, initialized, tmp_path) -> None:
    sheet = _sheet(tmp_path / "送审稿.xlsx", ROWS)
    ok(cli("task", "import", str(sheet), "--draft"))
    assert json.loads(cli("task", "list", "--json").stdout) == []  # not chased, not counted
    drafts = json.loads(cli("task", "list", "--draft", "--json").stdout)
    assert [(d["list_section"][:1], d["list_no"], d["status"]) for d in drafts] == [
        ("一", "1", "拟定"),
        ("一", "2", "拟定"),
        ("一", "3", "拟定"),
        ("二", "1", "拟定"),
        ("二", "2", "拟定"),
        ("二", "3", "拟定"),
    ]
    # the office edits the draft: re-imported, updated in place
    edited = [list(row) for row in ROWS]
    edited[1][1] = "对征收补偿类案件全面开展诉前化解"
    report = json.loads(
        cli("task", "import", str(_sheet(tmp_path / "2.xlsx", edited)), "--draft", "--update",
            "--json").stdout
    )  # fmt: skip
    assert (report["created"], report["updated"]) == (0, 1)
    _meeting(cli, "联席会议", "2025-06-25")
    approved = cli("task", "approve", "--meeting", "2025-1")
    ok(approved)
    assert approved.stdout.startswith("已审定：联席会议2025年第1期会议审定双清单 6 项")
    assert cli("task", "list", "--draft", "--json").stdout.strip() == "[]"
    listed = json.loads(cli("task", "list", "--json", "-n", "100").stdout)
    assert len(listed) == 9
    assert "对征收补偿类案件全面开展诉前化解" in {t["content"] for t in listed}
    # rules count from the approving meeting: 每季度末 from 25 June is June, Sept, Dec
    quarterly = [t["due_on"] for t in listed if t["recurrence"] == "每季度末"]
    assert sorted(quarterly) == ["2025-06-30", "2025-09-30", "2025-12-31"]
    again = cli("task", "approve", "--meeting", "2025-1")
    assert again.exit_code == 5
    assert "没有拟定的双清单事项" in again.stderr


def test_how_a_unit_with_no_named_person_prints_is_a_setting(
    cli, series, isolated_home, tmp_path
) -> None:
    write_config(isolated_home, '[meetings]\nunit_attendance = "{unit}（{count}名同志）"\n')
    out = tmp_path / "纪要.docx"
    ok(cli("meeting", "minutes", "2025-3", "-o", str(out)))
    assert "出席：刘清华（常务副县长）、县财政局、县住建局（1名同志）、县人社局（副局长代）" in (
        paragraphs(out)
    )
