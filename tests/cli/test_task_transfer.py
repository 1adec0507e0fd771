"""``fylink task import|export`` and ``fylink suggestion export`` with spreadsheets."""

import csv
import json
from pathlib import Path

from helpers import db_dump

HEADER = ["序号", "任务内容", "牵头单位", "配合单位", "牵头领导", "完成时限", "备注"]
GOOD = [
    HEADER,
    ["1", "化解征地补偿行政争议积案", "县自然资源局", "县司法局、县财政局", "刘清华", "2025-09-30"],
    ["2", "规范行政执法程序", "示范县司法局", "", "刘清华", "30日", "每月报送进展"],
    ["", "清理拖欠企业账款", "县财政局", "", "", "年底", ""],
]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def read_csv(path: Path) -> list[list[str]]:
    return list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))


def tasks_json(cli) -> list[dict]:
    return json.loads(cli("task", "list", "--json").stdout)


def test_a_good_list_is_imported_and_reimport_is_idempotent(cli, initialized, tmp_path, db_url):
    source = write_csv(tmp_path / "list.csv", GOOD)
    result = cli("task", "import", str(source))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "读取 list.csv（UTF-8 编码，第1行为表头）：3 行",
        "  新增 3，更新 0，未变 0",
        "  新增的任务归入双清单：2025年度双清单",
    ]
    listed = {t["content"]: t for t in tasks_json(cli)}
    assert listed["化解征地补偿行政争议积案"]["due_on"] == "2025-09-30"
    assert listed["化解征地补偿行政争议积案"]["co_units"] == ["县司法局", "县财政局"]
    assert listed["规范行政执法程序"]["due_on"] == "2025-07-30"  # 30日 from 2025-06-30
    assert listed["清理拖欠企业账款"]["due_on"] == "2025-12-31"  # 年底
    before = db_dump(db_url)
    again = cli("task", "import", str(source))
    assert again.exit_code == 0
    assert "新增 0，更新 0，未变 3" in again.stdout
    assert db_dump(db_url) == before


def test_start_counts_rules_from_another_day(cli, initialized, tmp_path):
    rows = [HEADER, ["9", "专项整治", "县住建局", "", "", "10日", ""]]
    source = write_csv(tmp_path / "list.csv", rows)
    assert cli("task", "import", str(source), "--start", "2025-06-01").exit_code == 0
    assert tasks_json(cli)[0]["due_on"] == "2025-06-11"


def test_an_unknown_unit_is_reported_by_row_and_nothing_is_written(
    cli, initialized, tmp_path, db_url
):
    rows = [*GOOD, ["4", "新任务", "县不存在局", "", "", "2025-09-30", ""]]
    before = db_dump(db_url)
    result = cli("task", "import", str(write_csv(tmp_path / "list.csv", rows)))
    assert result.exit_code == 3
    lines = result.stderr.splitlines()
    assert lines[0].startswith("第5行 牵头单位（C列）：单位“县不存在局”不存在")
    assert lines[-1] == (
        "错误：1 行有误，未导入任何数据：修正后重新导入，或加 --skip-invalid 只导入无误的行"
    )
    assert db_dump(db_url) == before


def test_a_bad_deadline_and_a_lead_as_co_unit_are_reported(cli, initialized, tmp_path, db_url):
    rows = [
        HEADER,
        ["1", "任务甲", "县司法局", "", "", "下辈子", ""],
        ["2", "任务乙", "县司法局", "示范县司法局", "", "2025-09-30", ""],
        ["3", "", "县司法局", "", "", "", ""],
    ]
    before = db_dump(db_url)
    result = cli("task", "import", str(write_csv(tmp_path / "list.csv", rows)))
    assert result.exit_code == 3
    assert result.stderr.splitlines()[:-1] == [
        "第2行 完成时限（F列）：完成时限“下辈子”无法识别：请写日期（如2025-03-31）"
        "或规则（如15日、10个工作日、2个月、季度末、年底、6月底、9月30日前、每季度末、"
        "每月25日前、长期坚持）",
        "第3行：“县司法局”已是牵头单位，不能同时是配合单位",
        "第4行 任务内容（B列）：任务内容不能为空",
        "第4行 完成时限（F列）：完成时限不能为空",
    ]
    assert db_dump(db_url) == before


def test_skip_invalid_imports_the_good_rows(cli, initialized, tmp_path):
    rows = [*GOOD, ["4", "新任务", "县司法局", "", "", "明年某天", ""]]
    result = cli("task", "import", str(write_csv(tmp_path / "list.csv", rows)), "--skip-invalid")
    assert result.exit_code == 0
    assert "新增 3，更新 0，未变 0，有误 1" in result.stdout
    assert "已导入无误的行；跳过有误的 1 行" in result.stdout
    assert len(tasks_json(cli)) == 3


def test_update_changes_a_deadline_and_journals_it(cli, initialized, tmp_path):
    assert cli("task", "import", str(write_csv(tmp_path / "a.csv", GOOD))).exit_code == 0
    row = ["1", "化解征地补偿行政争议积案", "县自然资源局", "县司法局", "", "2025-10-31"]
    changed = [HEADER, row]
    source = write_csv(tmp_path / "b.csv", changed)
    result = cli("task", "import", str(source))
    assert "有差异未更新 1" in result.stdout
    assert "已登记但内容不同（未修改，加 --update 更新）：1" in result.stdout
    result = cli("task", "import", str(source), "--update")
    assert "更新 1，未变 0" in result.stdout
    task = next(t for t in tasks_json(cli) if t["list_no"] == "1")
    assert task["due_on"] == "2025-10-31"
    assert task["co_units"] == ["县司法局"]
    assert task["leader"] == "刘清华"  # an empty cell changes nothing
    log = json.loads(cli("log", "--entity", "task", "--json", "--limit", "1").stdout)
    assert log[0]["action"] == "update"


def test_export_imports_back_unchanged(cli, demo_db, tmp_path, db_url):
    for suffix in (".csv", ".xlsx"):
        first = tmp_path / f"1{suffix}"
        result = cli("task", "export", str(first))
        assert result.exit_code == 0, result.output
        assert result.stdout.startswith("已导出 ")
        before = db_dump(db_url)
        back = cli("task", "import", str(first))
        assert back.exit_code == 0, back.output
        assert "新增 0，更新 0，未变" in back.stdout
        assert db_dump(db_url) == before
    rows = read_csv(tmp_path / "1.csv")
    assert rows[0] == [*HEADER, "来源", "进展情况", "状态", "分类", "任务编号"]
    assert rows[-1][0].startswith("#")  # no 序号 (listed last): the task number, read back
    assert {r[7] for r in rows[1:]} >= {"议定事项", "双清单"}


def test_docx_export_still_works_and_other_suffixes_are_refused(cli, demo_db, tmp_path):
    assert cli("task", "export", str(tmp_path / "list.docx")).exit_code == 0
    result = cli("task", "export", str(tmp_path / "list.pdf"))
    assert result.exit_code == 3
    assert result.stderr == (
        "错误：暂不支持导出为“.pdf”文件：可导出 Word 表格（.docx）或表格（.xlsx、.csv）\n"
    )


def test_suggestion_export(cli, demo_db, tmp_path):
    path = tmp_path / "s.csv"
    result = cli("suggestion", "export", str(path))
    assert result.exit_code == 0, result.output
    rows = read_csv(path)
    assert rows[0] == [
        "文号",
        "类别",
        "发出机关",
        "单位",
        "收到日期",
        "反馈期限",
        "反馈日期",
        "是否采纳",
        "整改核实日期",
        "状态",
        "摘要",
    ]
    listed = json.loads(cli("suggestion", "list", "--json").stdout)
    assert result.stdout == f"已导出 {len(rows) - 1} 条建议到 {path}\n"
    assert {r[0] for r in rows[1:]} == {s["doc_no"] for s in listed}
    xlsx = tmp_path / "s.xlsx"
    assert cli("suggestion", "export", str(xlsx)).exit_code == 0
    again = cli("suggestion", "export", str(xlsx))
    assert again.exit_code == 5
