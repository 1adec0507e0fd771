"""``fylink unit import|export`` and ``fylink init --roster`` with spreadsheets: one reader."""

import csv
from pathlib import Path

from helpers import db_dump

HEADER = ["单位名称", "简称", "类型", "区域", "成员单位", "联络员", "联络电话", "联络邮箱", "备注"]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def test_roster_export_imports_back_unchanged(cli, initialized, tmp_path):
    first = tmp_path / "1.csv"
    assert cli("unit", "export", str(first)).stdout == f"已导出 17 条单位到 {first}\n"
    fresh = ["--db", str(tmp_path / "fresh.db")]
    cli(*fresh, "init", "--region", "示范县")
    assert "新增 17" in cli(*fresh, "unit", "import", str(first)).stdout
    assert "未变 17" in cli(*fresh, "unit", "import", str(first)).stdout
    second = tmp_path / "2.csv"
    cli(*fresh, "unit", "export", str(second))
    assert second.read_bytes() == first.read_bytes()
    rows = list(csv.reader(first.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == HEADER
    assert rows[1][:5] == ["示范县人民政府办公室", "县政府办", "政府部门", "示范县", "是"]


def test_export_of_members_of_one_kind(cli, initialized, tmp_path):
    path = tmp_path / "courts.xlsx"
    assert cli("unit", "export", str(path), "--kind", "法院").exit_code == 0
    from openpyxl import load_workbook

    sheet = load_workbook(path)["单位名册"]
    assert [c.value for c in sheet["A"]] == ["单位名称", "示范县人民法院"]


def test_bad_roster_rows_are_reported_and_nothing_is_added(cli, initialized, tmp_path, db_url):
    rows = [
        HEADER,
        ["示范县应急管理局", "县应急局", "政府部门", "示范县", "是", "", "", "", ""],
        ["示范县档案馆", "", "事业单位", "", "", "", "", "", ""],
        ["示范县教育局", "", "", "", "可能", "", "", "jyj-at-example", ""],
        ["示范县医保局", "县财政局", "", "", "", "", "", "", ""],
    ]
    before = db_dump(db_url)
    result = cli("unit", "import", str(write_csv(tmp_path / "in.csv", rows)))
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [
        "第3行 类型（C列）：单位类型“事业单位”不存在，可选：政府部门、法院、检察院、乡镇街道、其他",
        "第4行 成员单位（E列）：成员单位应填“是”或“否”，而不是“可能”",
        "第4行 联络邮箱（H列）：联络员邮箱“jyj-at-example”格式不正确",
        "第5行 简称（B列）：单位名称或简称与已有单位“示范县财政局”重复",
        "错误：3 行有误，未导入任何数据：修正后重新导入，或加 --skip-invalid 只导入无误的行",
    ]
    assert db_dump(db_url) == before


def test_update_changes_a_liaison_and_journals_it(cli, initialized, tmp_path):
    rows = [
        ["单位名称", "联络员", "联络电话"],
        ["示范县司法局", "孙丽", "0372-5101003"],
        ["示范县财政局", "郭小涛", "0372-5109999"],
    ]
    path = write_csv(tmp_path / "in.csv", rows)
    result = cli("unit", "import", str(path))
    assert "未变 1，有差异未更新 1" in result.stdout
    result = cli("unit", "import", str(path), "--update")
    assert "更新 1，未变 1" in result.stdout
    shown = cli("unit", "show", "县财政局").stdout
    assert "郭小涛" in shown
    assert "0372-5109999" in shown
    log = cli("log", "--entity", "unit", "--json", "--limit", "1").stdout
    assert '"liaison_name": "郭涛"' in log
    assert '"liaison_name": "郭小涛"' in log


def test_init_reads_an_xlsx_roster_with_the_import_reader(cli, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    units = book.active
    units.title = "单位"
    units.append(["示范县成员单位名册（2025年）"])
    units.append(
        ["单位名称", " 简 称 ", "单位类型", "所属地区", "是否成员单位", "联络人", "联系电话", ""]
    )
    units.append(
        ["示范县自然资源局", "县自然资源局", "政府部门", "示范县", "是", "李明", 13812345678]
    )
    units.append(["示范县人民法院", "县法院", "法院", "示范县", "否"])
    people = book.create_sheet("人员")
    people.append(["姓名", "职务", "单位", "角色"])
    people.append(["王建国", "县长", None, "召集人"])
    people.append(["周明", "局长", "县自然资源局", None])
    path = tmp_path / "roster.xlsx"
    book.save(path)
    result = cli("init", "--roster", str(path), "--region", "示范县")
    assert result.exit_code == 0, result.output
    assert "已导入名册：2 个单位，2 名人员" in result.stdout
    listed = cli("unit", "list").stdout
    assert "13812345678" in listed
    assert "县法院" in listed
    people_listed = cli("person", "list").stdout
    assert "召集人" in people_listed
    assert "示范县自然资源局" in people_listed


def test_init_reads_a_csv_roster(cli, tmp_path):
    rows = [HEADER, ["示范县司法局", "县司法局", "", "示范县", "", "孙丽", "", "", ""]]
    result = cli("init", "--roster", str(write_csv(tmp_path / "roster.csv", rows)))
    assert result.exit_code == 0, result.output
    assert "已导入名册：1 个单位，0 名人员" in result.stdout


def test_a_roster_sheet_without_unit_names_is_refused(cli, tmp_path):
    path = write_csv(tmp_path / "roster.csv", [["名称", "简称"], ["a", "b"]])
    result = cli("init", "--roster", str(path))
    assert result.exit_code == 3
    assert result.stderr == "错误：roster.csv 缺少必需的列：单位名称（表头在第1行）\n"
    assert not (tmp_path / "fylink.db").exists()


def test_a_roster_in_the_office_s_own_words_imports(cli, initialized, tmp_path):
    # Rosters say 单位类别 / 手机 and 行政机关 / 乡镇 as often as fylink's own words.
    rows = [
        ["单位全称", "单位类别", "联络员", "手机"],
        ["示范县应急管理局", "行政机关", "高明", "13907941234"],
        ["示范县石桥镇人民政府", "乡镇", "石磊", "0372-5108888"],
    ]
    result = cli("unit", "import", str(write_csv(tmp_path / "in.csv", rows)))
    assert result.exit_code == 0, result.stderr
    assert "新增 2" in result.stdout
    shown = cli("unit", "show", "示范县石桥镇人民政府", "--json")
    assert '"kind": "乡镇街道"' in shown.stdout
    assert '"liaison_phone": "0372-5108888"' in shown.stdout
    assert '"kind": "政府部门"' in cli("unit", "show", "示范县应急管理局", "--json").stdout


def test_a_mobile_number_a_digit_short_is_refused_on_import(cli, initialized, tmp_path, db_url):
    rows = [["单位名称", "联络员", "手机"], ["示范县应急管理局", "高明", "1390794123"]]
    before = db_dump(db_url)
    result = cli("unit", "import", str(write_csv(tmp_path / "in.csv", rows)))
    assert result.exit_code == 3
    assert result.stderr.splitlines()[0] == (
        "第2行 手机（C列）：联络电话“1390794123”有10位数字，手机号码应为11位"
    )
    assert db_dump(db_url) == before
