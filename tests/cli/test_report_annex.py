"""``fylink report annual --annex`` (issue 18): the 白皮书 data annex on a small register
whose every figure was counted by hand (below, beside each table), on SQLite and
PostgreSQL alike."""

import json

import pytest

from annexhelp import CITY, COUNTY, build_register
from annexhelp import ok as _ok


@pytest.fixture
def register(cli, initialized, monkeypatch) -> None:
    build_register(cli, monkeypatch)


def _annex(cli) -> dict:
    result = cli("report", "annual", "--year", "2025", "--annex", "--json")
    _ok(result)
    return json.loads(result.stdout)


def _table(data: dict, key: str) -> dict:
    return next(t for t in data["tables"] if t["key"] == key)


def _rows(data: dict, key: str) -> list[list]:
    table = _table(data, key)
    return [*table["rows"], *([table["total"]] if table["total"] else [])]


def test_annex_tables_match_the_hand_count(cli, register):
    data = _annex(cli)
    assert data["title"] == "2025年度示范县行政审判白皮书数据附件"
    # 县法院: 旧存 A C; 新收 D E F G H; 审结 A D E F; 未结 C G H; 4/7; 2024: A B C new, B closed.
    assert _rows(data, "court") == [
        [COUNTY, 2, 5, 4, 3, "57.1%", 3, 1, "+66.7%（基数小）"],
        [CITY, 0, 1, 1, 0, "100.0%", 0, 0, "—"],
        ["合计", 2, 6, 5, 3, "62.5%", 3, 1, "+100.0%（基数小）"],
    ]
    assert _rows(data, "region") == [
        ["城关镇", 1, 1, 0, 2, "0.0%", 1, 0, "持平"],
        ["城区", 1, 5, 5, 1, "83.3%", 2, 1, "+150.0%（基数小）"],
        ["合计", 2, 6, 5, 3, "62.5%", 3, 1, "+100.0%（基数小）"],
    ]
    assert _rows(data, "field") == [
        ["土地征收", 3, 4, 3, "75.0%"],
        ["城市管理", 1, 0, 0, "—"],
        ["社会保障", 2, 1, 0, "0.0%"],
        ["合计", 6, 5, 3, "60.0%"],
    ]
    assert _rows(data, "act_kind") == [
        ["强制", 1, 0, 0, "—"],
        ["征收征用", 2, 3, 2, "66.7%"],
        ["不履行法定职责", 1, 1, 0, "0.0%"],
        ["信息公开", 1, 0, 0, "—"],
        ["未填", 1, 1, 1, "100.0%"],
        ["合计", 6, 5, 3, "60.0%"],
    ]
    assert _rows(data, "level") == [
        ["政府部门", 5, 5, 3, "60.0%"],
        ["乡镇（街道）", 1, 0, 0, "—"],
        ["合计", 6, 5, 3, "60.0%"],
    ]
    assert _rows(data, "outcome") == [
        ["准予撤诉", 1, "20.0%"],
        ["判决赔偿", 1, "20.0%"],
        ["撤销", 1, "20.0%"],
        ["确认违法", 1, "20.0%"],
        ["驳回诉讼请求", 1, "20.0%"],
        ["其中被告改变行为后撤诉", 1, "20.0%"],
        ["审结合计", 5, "100.0%"],
    ]
    assert _rows(data, "loss_reason") == [
        ["事实不清证据不足", 1, "33.3%"],
        ["程序违法", 2, "66.7%"],
        ["适用法律错误", 1, "33.3%"],
        ["败诉案件", 3, "100.0%"],
    ]
    # 一审审结 A D E F I, of which E and F appealed; 二审: 行终6号 改判, 行终8号 维持.
    assert _rows(data, "appeal") == [
        ["一审审结", 5, ""],
        ["其中上诉", 2, "40.0%"],
        ["二审审结", 2, ""],
        ["改判", 1, "50.0%"],
        ["发回重审", 0, "0.0%"],
        ["维持及其他", 1, "50.0%"],
        ["改判发回合计", 1, "50.0%"],
    ]
    assert _rows(data, "nonlitigation") == [
        ["新收", 3, ""],
        ["审结", 2, ""],
        ["其中不准予执行", 1, "50.0%"],
        ["其中准予执行", 1, "50.0%"],
        ["不准予执行率", 1, "50.0%"],
    ]
    assert _table(data, "appearance")["columns"] == [
        "单位", "开庭", "负责人出庭", "出庭率", "正职", "副职", "分管领导", "工作人员", "下级机关",
    ]  # fmt: skip
    assert _rows(data, "appearance") == [
        ["县自然资源局", 2, 1, "50.0%", 1, 0, 0, 1, 0],
        ["县人社局", 1, 1, "100.0%", 0, 1, 0, 0, 0],
        ["合计", 3, 2, "66.7%", 1, 1, 0, 1, 0],
    ]
    assert _rows(data, "special") == [
        ["复议机关作共同被告", 1, "16.7%"],
        ["规范性文件附带审查", 1, "16.7%"],
        ["新收合计", 6, "100.0%"],
    ]
    assert _rows(data, "typical") == [
        ["（2025）豫0591行初5号", "行政诉讼", "县自然资源局", "征收征用", "确认违法",
         "征收程序违法被确认违法"],
    ]  # fmt: skip
    assert all(t["definition"] for t in data["tables"])


def test_annex_of_a_region(cli, register):
    result = cli("report", "annual", "--year", "2025", "--annex", "--region", "城关镇", "--json")
    _ok(result)
    data = json.loads(result.stdout)
    assert data["title"] == "2025年度城关镇行政审判白皮书数据附件"
    assert _rows(data, "court") == [
        [COUNTY, 1, 1, 0, 2, "0.0%", 1, 0, "持平"],
        ["合计", 1, 1, 0, 2, "0.0%", 1, 0, "持平"],
    ]
    assert _rows(data, "typical") == []


def test_annex_on_the_terminal_prints_every_table_and_its_definition(cli, register):
    result = cli("report", "annual", "--year", "2025", "--annex")
    _ok(result)
    out = result.stdout
    assert out.startswith("2025年度示范县行政审判白皮书数据附件\n")
    titles = ("表1　收结存（按受理法院）", "表8　审级监督（上诉、改判、发回）", "表12　典型案例")
    for title in titles:
        assert title in out
    assert "口径：\n" in out
    assert "表1　收结存（按受理法院）：行政诉讼一审案件" in out
    assert "结案率＝审结÷（旧存＋新收）" in out


def test_annex_refuses_options_of_the_indicator_report(cli, register):
    result = cli("report", "annual", "--year", "2025", "--annex", "--issue", "5")
    assert result.exit_code == 3
    assert result.stderr == "错误：--annex 不能与 --issue 同用\n"


def test_annex_of_a_year_not_begun_is_refused_as_the_annual_report_is(cli, register):
    result = cli("report", "annual", "--year", "2030", "--annex")
    assert (result.exit_code, result.stdout) == (3, "")
    assert result.stderr == "错误：2030年度尚未开始，无法统计\n"
    assert cli("report", "annual", "--year", "2030").stderr == result.stderr


def test_annex_workbook_has_a_sheet_per_table_and_the_definitions(cli, register, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "annex.xlsx"
    result = cli("report", "annual", "--year", "2025", "--annex", "--xlsx", str(out))
    _ok(result)
    assert result.stdout == f"已生成 Excel：{out}\n"
    book = load_workbook(out, read_only=True)
    try:
        assert len(book.sheetnames) == 13
        assert book.sheetnames[0] == "表1 收结存按受理法院"
        assert book.sheetnames[-1] == "口径"
        rows = list(book.worksheets[0].iter_rows(values_only=True))
        assert rows[0][:3] == ("受理法院", "旧存", "新收")
        # Rates and changes are numbers in their cells (Excel shows 57.1% and +66.7%).
        assert rows[1] == (COUNTY, 2, 5, 4, 3, 0.571, 3, 1, 0.667)
        assert rows[3][-1] == 1.0  # the total's +100.0%（基数小）
        sheet = book.worksheets[0]
        assert sheet.cell(row=2, column=9).number_format == (
            '+0.0%"（基数小）";-0.0%"（基数小）";0.0%"（基数小）"'
        )
        definitions = list(book["口径"].iter_rows(values_only=True))
        assert definitions[1][0] == "表1　收结存（按受理法院）"
    finally:
        book.close()
