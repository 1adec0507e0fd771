"""``fylink case import|export`` through the command line, real files and databases."""

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import db_dump

ID_ZHANG = "410502198510151232"


def xlsx_values(path: Path) -> list[tuple]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    try:
        return list(book.worksheets[0].iter_rows(values_only=True))
    finally:
        book.close()


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8-sig") -> Path:
    with open(path, "w", encoding=encoding, newline="") as f:
        csv.writer(f).writerows(rows)
    return path


HEADER = ["案号", "类别", "被申请人/被告", "申请人/原告", "立案日期", "案情摘要"]
ROW = ["（2024）豫0591行初5号", "行政诉讼", "县自然资源局", f"张三:{ID_ZHANG}", "2024-03-01", "x"]


# --- the round trip ---------------------------------------------------------------


def test_export_imports_back_unchanged_into_a_new_database(cli, demo_db, tmp_path, db_url):
    first_csv, first_xlsx = tmp_path / "1.csv", tmp_path / "1.xlsx"
    units = tmp_path / "units.xlsx"
    assert cli("unit", "export", str(units)).exit_code == 0
    result = cli("case", "export", str(first_csv), "--unmasked", "--reason", "往返测试")
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("警告：导出文件含未脱敏的身份证号码")
    assert (
        cli("case", "export", str(first_xlsx), "--unmasked", "--reason", "往返测试").exit_code == 0
    )
    total = int(result.stdout.split()[1])
    assert total > 300

    fresh = ["--db", str(tmp_path / "fresh.db")]
    assert cli(*fresh, "init", "--region", "示范县").exit_code == 0
    assert "新增 17" in cli(*fresh, "unit", "import", str(units)).stdout
    result = cli(*fresh, "case", "import", str(first_xlsx))
    assert result.exit_code == 0, result.output
    assert f"新增 {total}，更新 0，未变 0" in result.stdout
    assert f"未变 {total}" in cli(*fresh, "case", "import", str(first_csv)).stdout

    second_csv, second_xlsx = tmp_path / "2.csv", tmp_path / "2.xlsx"
    assert (
        cli(
            *fresh, "case", "export", str(second_csv), "--unmasked", "--reason", "往返测试"
        ).exit_code
        == 0
    )
    assert (
        cli(
            *fresh, "case", "export", str(second_xlsx), "--unmasked", "--reason", "往返测试"
        ).exit_code
        == 0
    )
    assert second_csv.read_bytes() == first_csv.read_bytes()
    assert xlsx_values(second_xlsx) == xlsx_values(first_xlsx)


def test_masked_export_imports_back_into_the_same_database(cli, demo_db, tmp_path, db_url):
    path = tmp_path / "masked.csv"
    result = cli("case", "export", str(path))
    assert result.exit_code == 0
    assert result.stderr == ""
    text = path.read_text(encoding="utf-8-sig")
    assert "********" in text
    words = text.replace(":", " ").replace(",", " ").split()
    assert not any(len(word) == 18 and word[:17].isdigit() for word in words)
    before = db_dump(db_url)
    result = cli("case", "import", str(path))
    assert result.exit_code == 0, result.output
    assert "新增 0，更新 0，未变" in result.stdout
    assert "证件号码是脱敏形式" in result.stdout
    assert db_dump(db_url) == before


def test_export_filters_like_case_list(cli, demo_db, tmp_path):
    args = ["--category", "行政诉讼", "--unit", "县住建局", "--status", "已结", "--year", "2024"]
    listed = json.loads(cli("case", "list", *args, "--limit", "10000", "--json").stdout)
    path = tmp_path / "some.csv"
    result = cli("case", "export", str(path), *args)
    assert result.stdout == f"已导出 {len(listed)} 条案件到 {path}\n"
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert {r[0] for r in rows[1:]} == {c["case_no"] for c in listed}
    assert {(r[1], r[3]) for r in rows[1:]} == {("行政诉讼", "示范县住房和城乡建设局")}


def test_formula_like_cells_are_neutralised_and_read_back(cli, initialized, tmp_path, db_url):
    cli("case", "add", "X-1", "-c", "行政复议", "-u", "县人社局", "--filed", "2024-01-02")
    cli("case", "update", "X-1", "--summary", '=HYPERLINK("http://x","点此")')
    path = tmp_path / "out.csv"
    cli("case", "export", str(path))
    assert "'=HYPERLINK" in path.read_text(encoding="utf-8-sig")
    xlsx = tmp_path / "out.xlsx"
    cli("case", "export", str(xlsx))
    values = xlsx_values(xlsx)
    assert values[1][values[0].index("案情摘要")] == '\'=HYPERLINK("http://x","点此")'
    before = db_dump(db_url)
    assert "未变 1" in cli("case", "import", str(path)).stdout
    assert "未变 1" in cli("case", "import", str(xlsx)).stdout
    assert db_dump(db_url) == before


def test_gbk_export_opens_as_gbk_and_imports_back(cli, initialized, tmp_path):
    source = write_csv(tmp_path / "in.csv", [HEADER, ROW])
    assert cli("case", "import", str(source)).exit_code == 0
    path = tmp_path / "gbk.csv"
    assert cli("case", "export", str(path), "--encoding", "gbk").exit_code == 0
    assert path.read_bytes().decode("gbk").startswith("案号,类别")
    result = cli("case", "import", str(path))
    assert "GBK/GB18030 编码" in result.stdout
    assert "未变 1" in result.stdout


def test_export_does_not_overwrite_without_force(cli, initialized, tmp_path):
    path = tmp_path / "out.xlsx"
    path.write_text("keep")
    result = cli("case", "export", str(path))
    assert result.exit_code == 5
    assert result.stderr == f"错误：文件 {path} 已存在：加 --force 覆盖\n"
    assert path.read_text() == "keep"
    assert cli("case", "export", str(path), "--force").exit_code == 0


# --- bad files and bad rows --------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "code", "message"),
    [
        ("none.xlsx", None, 4, "错误：文件 {path} 不存在\n"),
        (
            "old.xls",
            b"\xd0\xcf",
            3,
            "错误：old.xls 是旧版 Excel（.xls）文件：请在 Excel 中另存为 .xlsx 或 CSV 后导入\n",
        ),
        ("data.json", b"{}", 3, "错误：data.json 不是表格文件：只能导入 .xlsx 或 .csv 文件\n"),
        (
            "broken.xlsx",
            b"PK\x03\x04garbage",
            3,
            "错误：broken.xlsx 不是有效的 .xlsx 文件（文件可能已损坏，或是改了扩展名的其他文件）\n",
        ),
        ("blank.csv", b"", 3, "错误：blank.csv 是空表：没有表头，也没有数据\n"),
        (
            "other.csv",
            "姓名,电话\n张三,1\n".encode(),
            3,
            "错误：other.csv 的前10行中找不到案件表的表头（应有 案号、类别、被申请人/被告、"
            "立案日期 等列）；其他表头请用 --map 原表头=案号 对应\n",
        ),
    ],
)
def test_unusable_files_end_in_one_line_and_change_nothing(
    cli, initialized, tmp_path, db_url, name, content, code, message
):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    before = db_dump(db_url)
    result = cli("case", "import", str(path))
    assert result.exit_code == code
    assert result.stderr == message.format(path=path)
    assert result.stdout == ""
    assert db_dump(db_url) == before


def test_bad_rows_are_listed_and_nothing_is_imported(cli, initialized, tmp_path, db_url):
    bad = ["（2024）豫0591行初6号", "行政诉讼", "县国土局", "张三", "2024-02-30", ""]
    source = write_csv(tmp_path / "in.csv", [HEADER, ROW, bad])
    errors = tmp_path / "errors.xlsx"
    before = db_dump(db_url)
    result = cli("case", "import", str(source), "--errors", str(errors))
    assert result.exit_code == 3
    assert "可新增 1，可更新 0，未变 0，有误 1（未写入）" in result.stdout
    assert result.stderr.splitlines() == [
        f"已把 1 行的错误写入 {errors}（“错误”列）",
        "第3行 被申请人/被告（C列）：单位“县国土局”不存在，是否指：县财政局（示范县财政局）、"
        "县税务局（国家税务总局示范县税务局）、县城管局（示范县城市管理局）",
        "第3行 立案日期（E列）：立案日期“2024-02-30”不是真实存在的日期",
        "错误：1 行有误，未导入任何数据：修正后重新导入，或加 --skip-invalid 只导入无误的行",
    ]
    assert db_dump(db_url) == before
    marked = xlsx_values(errors)
    assert marked[0] == (*HEADER, "错误")
    assert marked[2][-1].startswith("被申请人/被告（C列）：单位“县国土局”不存在")

    result = cli("case", "import", str(source), "--skip-invalid")
    assert result.exit_code == 0
    assert "新增 1，更新 0，未变 0，有误 1" in result.stdout
    assert "已导入无误的行；跳过有误的 1 行" in result.stdout


def test_a_persons_name_with_a_company_code_is_warned(cli, initialized, tmp_path):
    """Issue 13: as `case add` warns, so does `case import` (the row is imported)."""
    rows = [
        HEADER,
        ROW,
        ["（2024）豫0591行初7号", "行政诉讼", "县自然资源局", "李四:91340503MA2N0001XG",
         "2024-03-02", "x"],
        ["（2024）豫0591行初8号", "行政诉讼", "县自然资源局", "示范县建工集团:91110108551385082Q",
         "2024-03-03", "x"],
    ]  # fmt: skip
    source = write_csv(tmp_path / "in.csv", rows)
    result = cli("case", "import", str(source))
    assert result.exit_code == 0, result.output
    assert (
        "  提示：（2024）豫0591行初7号：当事人“李四”看起来是自然人，却填写了统一社会信用代码"
        "“91340503MA2N0001XG”，已按单位登记；如是身份证号码，请核对后更正\n"
    ) in result.stdout
    assert result.stdout.count("看起来是自然人") == 1
    report = json.loads(cli("case", "import", str(source), "--dry-run", "--json").stdout)
    assert report["notes"] == [
        "提示：（2024）豫0591行初7号：当事人“李四”看起来是自然人，却填写了统一社会信用代码"
        "“91340503MA2N0001XG”，已按单位登记；如是身份证号码，请核对后更正"
    ]
    shown = json.loads(cli("case", "show", "（2024）豫0591行初7号", "--json").stdout)
    assert [(p["name"], p["kind"]) for p in shown["parties"]] == [("李四", "法人或其他组织")]


def test_the_errors_file_must_not_be_the_input(cli, initialized, tmp_path):
    source = write_csv(tmp_path / "in.csv", [HEADER, ROW])
    result = cli("case", "import", str(source), "--errors", str(source))
    assert result.exit_code == 3
    assert "不能是要导入的文件本身" in result.stderr


def test_dry_run_reports_and_writes_nothing(cli, initialized, tmp_path, db_url):
    source = write_csv(tmp_path / "in.csv", [HEADER, ROW])
    before = db_dump(db_url)
    result = cli("case", "import", str(source), "--dry-run")
    assert result.exit_code == 0
    assert "可新增 1" in result.stdout
    assert "检查完毕（--dry-run）：没有写入任何数据" in result.stdout
    assert db_dump(db_url) == before


def test_json_report(cli, initialized, tmp_path):
    source = write_csv(tmp_path / "in.csv", [["备注", *HEADER], ["1", *ROW]])
    report = json.loads(cli("case", "import", str(source), "--json").stdout)
    assert report | {"errors": [], "notes": []} == {
        "file": "in.csv",
        "sheet": None,
        "encoding": "UTF-8",
        "header_row": 1,
        "rows": 1,
        "created": 1,
        "updated": 0,
        "unchanged": 0,
        "differing": 0,
        "invalid": 0,
        "written": True,
        "errors": [],
        "differing_keys": [],
        "ignored_columns": ["备注"],
        "notes": [],
    }


# --- other layouts ------------------------------------------------------------------

THEIRS = [
    ["案件编号", "案件性质", "责任单位", "受理时间"],
    ["X-1", "行政复议", "县人社局", "2024-03-01"],
]


def test_map_options_name_other_headers(cli, initialized, tmp_path):
    source = write_csv(tmp_path / "in.csv", THEIRS)
    maps = ["--map", "案件性质=类别", "--map", "责任单位＝被申请人/被告"]
    maps += ["--map", "受理时间=立案日期"]
    result = cli("case", "import", str(source), *maps)
    assert result.exit_code == 0, result.output
    assert "新增 1" in result.stdout


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("map.yaml", "columns:\n  案件性质: 类别\n  责任单位: 被申请人/被告\n  受理时间: 立案日期"),
        ("map.toml", '"案件性质" = "类别"\n"责任单位" = "被申请人/被告"\n"受理时间" = "立案日期"'),
    ],
)
def test_a_mapping_file_names_other_headers(cli, initialized, tmp_path, name, text):
    source = write_csv(tmp_path / "in.csv", THEIRS)
    mapping = tmp_path / name
    mapping.write_text(text, encoding="utf-8")
    result = cli("case", "import", str(source), "--mapping", str(mapping))
    assert result.exit_code == 0, result.output
    assert "新增 1" in result.stdout


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            ["--map", "案件性质"],
            3,
            "错误：--map “案件性质”应写成 原表头=本系统表头，如 案件编号=案号\n",
        ),
        (["--mapping", "nowhere.yaml"], 4, "错误：列对应文件 nowhere.yaml 不存在\n"),
        (["--sheet", "台账"], 3, "错误：CSV 文件没有工作表：--sheet 只用于 .xlsx 文件\n"),
    ],
)
def test_bad_mapping_options(cli, initialized, tmp_path, args, code, message):
    source = write_csv(tmp_path / "in.csv", THEIRS)
    result = cli("case", "import", str(source), *args)
    assert (result.exit_code, result.stderr) == (code, message)


# --- the command line stays light ------------------------------------------------------


def test_no_progress_bar_when_stderr_is_not_a_terminal(cli, initialized, tmp_path):
    from fylink.cli import transfer

    rows = [HEADER]
    rows += [[f"X-{n}", "行政复议", "县人社局", "", "2024-03-01", "摘要" * 20] for n in range(3000)]
    source = write_csv(tmp_path / "big.csv", rows)
    assert source.stat().st_size > transfer.PROGRESS_MIN_BYTES
    result = cli("case", "import", str(source))
    assert result.exit_code == 0
    assert result.stderr == ""
    with transfer.progress_bar("导入", show=True) as bar:
        assert bar is None


def test_help_still_loads_no_heavy_module():
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from fylink.cli.app import app\n"
        "CliRunner().invoke(app, ['case', 'import', '--help'])\n"
        "heavy = {'sqlmodel', 'sqlalchemy', 'openpyxl', 'docx', 'jinja2',"
        " 'fylink.transfer.sheets'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
