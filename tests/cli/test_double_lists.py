"""Each 双清单 is its own list, and recurring items go on past the year (issue 15), on
SQLite and PostgreSQL alike.

The re-import key is (list, section, 序号): next year's sheet with the same sections and
序号 adds tasks of its own, and re-importing it updates only its own. A recurring item's
next occurrence is opened by ``check overdue`` once the last one is due, across the year
end, until the series is closed (``task close``).
"""

import json
from pathlib import Path

import pytest

from dochelp import ok, paragraphs, table_rows
from helpers import db_dump

HEADER = ["序号", "任务内容", "牵头单位", "配合单位", "牵头领导", "完成时限", "备注"]


def _sheet(path: Path, title: str | None, rows: list[list[str]]) -> Path:
    """An office workbook: a merged title row (when given), the header, sections, rows."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    if title:
        sheet.append([title])
        sheet.merge_cells("A1:G1")
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _rows(year: int, *, first: str = "对征收补偿类案件开展诉前化解") -> list[list[str]]:
    return [
        ["一、政府需法院支持事项"],
        ["1", first, "县法院", "县司法局", "赵立新", f"{year}年6月30日"],
        ["2", f"办理{year}年涉企非诉执行案件", "县法院", "", "赵立新", f"{year}年9月30日"],
        ["二、法院需政府支持事项"],
        ["1", f"落实{year}年行政机关负责人出庭应诉", "县司法局", "", "刘清华", "长期坚持"],
    ]


def _listed(cli, *args: str) -> list[dict]:
    return json.loads(cli("task", "list", "--json", "-n", "100", *args).stdout)


def _import(cli, sheet: Path, *args: str) -> dict:
    result = cli("task", "import", str(sheet), "--json", *args)
    ok(result)
    return json.loads(result.stdout)


def test_next_years_sheet_is_a_list_of_its_own(cli, initialized, tmp_path, monkeypatch, db_url):
    monkeypatch.setenv("FYLINK_TODAY", "2025-03-10")
    sheet_2025 = _sheet(tmp_path / "2025.xlsx", "示范县2025年度府院联动双清单", _rows(2025))
    report = _import(cli, sheet_2025)
    assert report["created"] == 3
    assert report["notes"] == ["新增的任务归入双清单：示范县2025年度府院联动双清单"]
    monkeypatch.setenv("FYLINK_TODAY", "2026-02-16")
    # the same sections and 序号, next year: new tasks, not updates of 2025's
    sheet_2026 = _sheet(tmp_path / "2026.xlsx", "示范县2026年度府院联动双清单", _rows(2026))
    report = _import(cli, sheet_2026, "--update")
    assert (report["created"], report["updated"], report["unchanged"]) == (3, 0, 0)
    assert len(_listed(cli)) == 6
    lists = cli("task", "lists")
    ok(lists)
    assert [line.split() for line in lists.stdout.splitlines()] == [
        ["双清单"],
        ["编号", "双清单", "年度", "任务数", "未完成"],
        ["2", "示范县2026年度府院联动双清单", "2026", "3", "3"],
        ["1", "示范县2025年度府院联动双清单", "2025", "3", "3"],
        ["共", "2", "份"],
    ]
    # 2026's sheet edited and re-imported: only 2026's task changes
    edited = _sheet(
        tmp_path / "2026（修改）.xlsx",
        "示范县2026年度府院联动双清单",
        _rows(2026, first="对征收补偿类案件全面开展诉前化解"),
    )
    before_2025 = _listed(cli, "--list", "示范县2025年度府院联动双清单")
    report = _import(cli, edited, "--update")
    assert (report["created"], report["updated"], report["unchanged"]) == (0, 1, 2)
    assert _listed(cli, "--list", "2025") == before_2025
    contents = {t["content"] for t in _listed(cli, "--list", "2026")}
    assert "对征收补偿类案件全面开展诉前化解" in contents
    assert "对征收补偿类案件开展诉前化解" not in contents
    # again: nothing changes, nothing is duplicated (no list is made either)
    before = db_dump(db_url)
    report = _import(cli, edited, "--update")
    assert (report["created"], report["updated"], report["unchanged"]) == (0, 0, 3)
    assert report["notes"] == []
    assert db_dump(db_url) == before
    # the 2025 sheet once more: still 2025's tasks
    assert _import(cli, sheet_2025)["unchanged"] == 3
    assert len(_listed(cli)) == 6


def test_the_list_comes_from_the_option_or_the_year(cli, initialized, tmp_path, monkeypatch):
    monkeypatch.setenv("FYLINK_TODAY", "2025-03-10")
    plain = _sheet(tmp_path / "无标题.xlsx", None, _rows(2025))
    assert _import(cli, plain)["notes"] == ["新增的任务归入双清单：2025年度双清单"]
    # --list wins over the title row; a sheet of 2027 named by --list
    titled = _sheet(tmp_path / "2027.xlsx", "某某标题双清单", _rows(2027))
    report = _import(cli, titled, "--list", "2027年度府院联动双清单")
    assert (report["created"], report["notes"]) == (
        3,
        ["新增的任务归入双清单：2027年度府院联动双清单"
         "（2027年度清单：按期和按日数的完成时限自2027年1月1日起算）"],
    )  # fmt: skip
    listed = json.loads(cli("task", "lists", "--json").stdout)
    assert [(x["name"], x["year"], x["tasks"]) for x in listed] == [
        ("2027年度府院联动双清单", 2027, 3),
        ("2025年度双清单", 2025, 3),
    ]
    unknown = cli("task", "list", "--list", "2024年度双清单")
    assert unknown.exit_code == 4
    assert (
        unknown.stderr
        == "错误：没有双清单“2024年度双清单”：用 fylink task lists 查看已有的双清单\n"
    )


def test_the_docx_exports_one_list(cli, initialized, tmp_path, monkeypatch):
    monkeypatch.setenv("FYLINK_TODAY", "2025-03-10")
    _import(cli, _sheet(tmp_path / "a.xlsx", "示范县2025年度府院联动双清单", _rows(2025)))
    monkeypatch.setenv("FYLINK_TODAY", "2026-02-16")
    _import(cli, _sheet(tmp_path / "b.xlsx", "示范县2026年度府院联动双清单", _rows(2026)))
    out = tmp_path / "out.docx"
    ok(cli("task", "export", str(out), "--list", "2026"))
    assert paragraphs(out)[0] == "示范县2026年度府院联动双清单"
    assert [row[:3] for row in table_rows(out, 0)[1:]] == [
        ["1", "对征收补偿类案件开展诉前化解", "县法院"],
        ["2", "办理2026年涉企非诉执行案件", "县法院"],
    ]
    assert [row[:3] for row in table_rows(out, 1)[1:]] == [
        ["1", "落实2026年行政机关负责人出庭应诉", "县司法局"],
    ]


def test_a_draft_goes_into_the_approving_meetings_year(cli, initialized, tmp_path, monkeypatch):
    monkeypatch.setenv("FYLINK_TODAY", "2025-12-20")
    ok(cli("task", "import", str(_sheet(tmp_path / "d.xlsx", None, _rows(2026))), "--draft"))
    monkeypatch.setenv("FYLINK_TODAY", "2026-01-12")
    ok(cli("meeting", "add", "--kind", "联席会议", "--date", "2026-01-12", "--chair", "刘清华"))
    ok(cli("task", "approve", "--meeting", "2026-1"))
    listed = json.loads(cli("task", "lists", "--json").stdout)
    assert [(x["name"], x["tasks"]) for x in listed] == [("2026年度双清单", 3)]


def _opened(result) -> list[tuple[str, str]]:
    return [(o["period"], o["due_on"]) for o in json.loads(result.stdout)["opened"]]


def test_recurring_items_go_on_past_the_year(cli, initialized, tmp_path, monkeypatch, db_url):
    monkeypatch.setenv("FYLINK_TODAY", "2026-11-20")
    rows = [
        ["1", "每季度通报行政诉讼情况", "县法院", "县司法局", "赵立新", "每季度末"],
        ["2", "报送涉诉信访化解台账", "县信访局", "", "", "每月25日前"],
    ]
    _import(cli, _sheet(tmp_path / "r.xlsx", "示范县2026年度府院联动双清单", rows))
    quarterly = [t for t in _listed(cli) if t["recurrence"] == "每季度末"]
    assert [t["period"] for t in quarterly] == ["2026年第四季度"]
    monkeypatch.setenv("FYLINK_TODAY", "2026-11-26")
    # November's report is late: December's occurrence is there already (to the year end)
    assert _opened(cli("check", "overdue", "--json")) == []
    monkeypatch.setenv("FYLINK_TODAY", "2026-12-28")
    # December's is due: January's is opened, the next one always there
    first = cli("check", "overdue")
    assert first.exit_code == 10
    lines = first.stdout.splitlines()
    assert lines[1:3] == [
        "周期性事项新一期已生成 1 项：",
        "  任务 4 县信访局：报送涉诉信访化解台账（2027年1月，2027年1月25日前）",
    ]
    monkeypatch.setenv("FYLINK_TODAY", "2027-01-04")
    # the cron run in January opens the first quarter's occurrence, with its co-unit
    run = cli("check", "overdue", "--json")
    assert run.exit_code == 10
    assert _opened(run) == [("2027年第一季度", "2027-03-31")]
    q1 = [t for t in _listed(cli) if t["period"] == "2027年第一季度"]
    assert [(t["lead_unit"], t["co_units"], t["list_no"]) for t in q1] == [
        ("县法院", ["县司法局"], "1")
    ]
    late = {
        (i["content"], i["due_on"])
        for unit in json.loads(run.stdout)["units"]
        for i in unit["items"]
        if i["status"] == "逾期"
    }
    assert ("每季度通报行政诉讼情况（2026年第四季度）", "2026-12-31") in late
    # a second run the same day opens nothing more and writes nothing
    before = db_dump(db_url)
    assert _opened(cli("check", "overdue", "--json")) == []
    assert db_dump(db_url) == before
    # the series is closed: no second quarter, the first still chased
    closed = cli("task", "close", str(q1[0]["id"]), "--on", "2027-01-04")
    ok(closed)
    assert closed.stdout == (
        "已结束周期性事项：任务 1（每季度末），2027年1月4日（周一）起不再生成新的一期；"
        "已生成的各期中尚有 2 期未完成，照常督办\n"
    )
    again = cli("task", "close", "1")
    assert again.exit_code == 5
    assert again.stderr == "错误：任务 1 这一周期性事项已于2027-01-04停止\n"
    monkeypatch.setenv("FYLINK_TODAY", "2027-04-06")
    run = cli("check", "overdue", "--json")
    assert _opened(run) == [
        ("2027年2月", "2027-02-25"),
        ("2027年3月", "2027-03-25"),
        ("2027年4月", "2027-04-25"),
    ]
    periods = {t["period"] for t in _listed(cli) if t["recurrence"] == "每季度末"}
    assert periods == {"2026年第四季度", "2027年第一季度"}
    ok(cli("log", "--verify"))


def test_a_standing_task_is_ended_and_a_plain_one_refused(cli, initialized, monkeypatch):
    monkeypatch.setenv("FYLINK_TODAY", "2026-03-02")
    ok(cli("task", "add", "坚持府院会商", "--lead", "县司法局", "--due", "长期坚持"))
    ok(cli("task", "add", "整治占道经营", "--lead", "县住建局", "--due", "2026-06-30"))
    ended = cli("task", "close", "1")
    ok(ended)
    assert ended.stdout == "已结束长期坚持事项：任务 1，2026年3月2日（周一）\n"
    assert _listed(cli)[-1]["status"] == "已完成"
    plain = cli("task", "close", "2")
    assert plain.exit_code == 5
    assert plain.stderr == (
        "错误：任务 2 不是周期性或长期坚持的事项：办结请用 fylink task done 2\n"
    )


@pytest.mark.parametrize("rule", ["每季度末"])
def test_a_merged_unit_gets_no_new_occurrence(cli, initialized, monkeypatch, rule):
    monkeypatch.setenv("FYLINK_TODAY", "2026-11-20")
    ok(cli("task", "add", "报送化解进展", "--lead", "县住建局", "--due", rule))
    ok(cli("unit", "add", "示范县住房和城乡建设局（新）", "--short", "县住建局新"))
    ok(cli("unit", "merge", "县住建局", "并入", "县住建局新", "--on", "2026-11-20"))
    monkeypatch.setenv("FYLINK_TODAY", "2027-01-04")
    opened = cli("check", "overdue", "--json")
    assert [(o["unit"], o["period"]) for o in json.loads(opened.stdout)["opened"]] == [
        ("县住建局新", "2027年第一季度")
    ]


def test_next_years_list_carries_a_recurring_item_on(cli, initialized, tmp_path, monkeypatch):
    item = ["1", "每季度通报行政诉讼情况", "县法院", "", "赵立新", "每季度末"]
    monkeypatch.setenv("FYLINK_TODAY", "2025-11-20")
    _import(cli, _sheet(tmp_path / "2025.xlsx", "示范县2025年度府院联动双清单", [item]))
    monkeypatch.setenv("FYLINK_TODAY", "2026-01-05")
    assert _opened(cli("check", "overdue", "--json")) == [("2026年第一季度", "2026-03-31")]
    report = _import(cli, _sheet(tmp_path / "2026.xlsx", "示范县2026年度府院联动双清单", [item]))
    assert report["notes"] == [
        "新增的任务归入双清单：示范县2026年度府院联动双清单",
        "任务 1（每季度通报行政诉讼情况，每季度末）属另一份双清单，仍在按期生成："
        "如由本清单接续，请用 fylink task close 1 --remove-later 结束",
    ]
    closed = cli("task", "close", "1", "--remove-later", "--on", "2025-12-31")
    ok(closed)
    assert closed.stdout == (
        "已结束周期性事项：任务 1（每季度末），2025年12月31日（周三）起不再生成新的一期；"
        "已删除此后到期、尚未办理的 1 期；已生成的各期中尚有 1 期未完成，照常督办\n"
    )
    # one first-quarter occurrence left: 2026's own
    q1 = [t for t in _listed(cli) if t["period"] == "2026年第一季度"]
    assert [t["list_id"] for t in q1] == [2]
    monkeypatch.setenv("FYLINK_TODAY", "2027-01-04")
    assert _opened(cli("check", "overdue", "--json")) == [("2027年第一季度", "2027-03-31")]
    assert {t["list_id"] for t in _listed(cli) if t["period"] == "2027年第一季度"} == {2}


def test_next_years_sheet_imported_in_november_counts_from_its_year(
    cli, initialized, tmp_path, monkeypatch
):
    # The 2027 list is approved in November 2026: its 每季度末 are 2027's quarters, its
    # 30日 counts from 2027-01-01; 配合单位 各成员单位 is every member but the lead.
    monkeypatch.setenv("FYLINK_TODAY", "2026-11-10")
    rows = [
        ["1", "协助化解涉诉纠纷", "县法院", "县住建局", "", "每季度末"],
        ["2", "制定负责人出庭应诉工作方案", "县司法局", "各成员单位", "", "30日"],
    ]
    report = _import(cli, _sheet(tmp_path / "2027.xlsx", "示范县2027年度府院联动双清单", rows))
    assert report["created"] == 2  # rows; the recurring one opens four tasks
    listed = _listed(cli, "--list", "2027")
    assert [(t["content"][:4], t["due_on"]) for t in listed] == [
        ("制定负责", "2027-02-01"),  # 30日 is Sunday 2027-01-31: the next working day
        ("协助化解", "2027-03-31"),
        ("协助化解", "2027-06-30"),
        ("协助化解", "2027-09-30"),
        ("协助化解", "2027-12-31"),
    ]
    members = json.loads(cli("unit", "list", "--json").stdout)
    expected = [u["short_name"] or u["name"] for u in members if u["is_member"]]
    plan = next(t for t in listed if t["content"].startswith("制定"))
    assert "县司法局" not in plan["co_units"]
    assert plan["co_units"] == [name for name in expected if name != "县司法局"]
    # This year's sheet keeps counting from today.
    this_year = _sheet(tmp_path / "2026.xlsx", "示范县2026年度府院联动双清单", rows[1:])
    assert _import(cli, this_year)["notes"] == [
        "新增的任务归入双清单：示范县2026年度府院联动双清单"
    ]
    assert _listed(cli, "--list", "2026")[0]["due_on"] == "2026-12-10"
