"""The 白皮书 fields of a case (issue 18): set, shown, validated, journaled, undone,
imported and exported."""

import csv
import json
from pathlib import Path

from helpers import db_dump

CASE = "（2025）豫0591行初21号"


def _add(cli, *extra: str):
    return cli(
        "case", "add", CASE, "-c", "行政诉讼", "-u", "县自然资源局", "--filed", "2025-03-01",
        *extra,
    )  # fmt: skip


def _show(cli) -> dict:
    result = cli("case", "show", CASE, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_add_sets_every_field_and_show_prints_them(cli, initialized):
    result = _add(
        cli, "--act", "征收征用", "--loss-reason", "程序违法、事实不清证据不足",
        "--joint-respondent", "是", "--norm-review", "否",
        "--typical-note", "征收补偿程序违法被确认违法",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    data = _show(cli)
    assert data["act_kind"] == "征收征用"
    # Stored in the fixed order of the list, whatever order they were typed in.
    assert data["loss_reasons"] == ["事实不清证据不足", "程序违法"]
    assert data["withdrawal_kind"] is None
    assert data["joint_respondent"] is True
    assert data["norm_review"] is False
    assert data["typical"] is True
    assert data["typical_note"] == "征收补偿程序违法被确认违法"
    shown = cli("case", "show", CASE).stdout
    for line in (
        "被诉行政行为类别",
        "征收征用",
        "事实不清证据不足、程序违法",
        "复议机关作共同被告",
        "是（征收补偿程序违法被确认违法）",
    ):
        assert line in shown


def test_a_case_without_them_shows_none(cli, initialized):
    assert _add(cli).exit_code == 0
    shown = cli("case", "show", CASE).stdout
    assert "被诉行政行为类别" not in shown
    assert "典型案例" not in shown
    data = _show(cli)
    assert (data["act_kind"], data["loss_reasons"], data["typical"]) == (None, [], False)


def test_bad_values_are_one_chinese_line_and_change_nothing(cli, initialized, db_url):
    before = db_dump(db_url)
    result = _add(cli, "--act", "处分")
    assert result.exit_code == 3
    assert result.stderr == (
        "错误：被诉行政行为类别“处分”不在可选范围内，应为：处罚、许可、强制、征收征用、确认、"
        "不履行法定职责、信息公开、行政协议、赔偿补偿、其他\n"
    )
    result = _add(cli, "--loss-reason", "程序违法、证据不足")
    assert result.exit_code == 3
    assert result.stderr.startswith(
        "错误：败诉原因“证据不足”不在可选范围内，应为：事实不清证据不足"
    )
    assert result.stderr.count("\n") == 1
    result = _add(cli, "--withdrawal", "主动撤诉")
    assert result.exit_code == 3
    assert (
        result.stderr
        == "错误：撤诉类型“主动撤诉”不在可选范围内，应为：原告主动撤诉、被告改变行为后撤诉\n"
    )
    result = _add(cli, "--joint-respondent", "也许")
    assert result.exit_code == 3
    assert result.stderr == "错误：复议机关是否作共同被告应填“是”或“否”，而不是“也许”\n"
    result = _add(cli, "--typical", "否", "--typical-note", "说明")
    assert result.exit_code == 3
    assert result.stderr == "错误：不是典型案例就不能填写典型案例说明\n"
    result = _add(cli, "--typical-note", "长" * 201)
    assert result.stderr == "错误：典型案例说明不能超过 200 个字（现有 201 个字）\n"
    assert db_dump(db_url) == before


def test_update_corrects_a_typo_is_journaled_and_undone(cli, initialized):
    assert _add(cli, "--act", "处罚").exit_code == 0
    result = cli("case", "update", CASE, "--act", "许可", "--loss-reason", "超越职权")
    assert result.exit_code == 0, result.output
    assert (_show(cli)["act_kind"], _show(cli)["loss_reasons"]) == ("许可", ["超越职权"])
    log = json.loads(cli("log", "--json", "--limit", "1").stdout)[0]
    assert log["action"] == "update"
    assert log["before"]["act_kind"] == "处罚"
    assert log["after"]["act_kind"] == "许可"
    assert log["after"]["loss_reasons"] == "超越职权"
    # A second update replaces the list; 无 clears it; 否 clears the 典型案例 and its note.
    cli("case", "update", CASE, "--loss-reason", "明显不当", "--loss-reason", "程序违法")
    assert _show(cli)["loss_reasons"] == ["程序违法", "明显不当"]
    cli("case", "update", CASE, "--typical-note", "许可程序")
    assert (_show(cli)["typical"], _show(cli)["typical_note"]) == (True, "许可程序")
    cli("case", "update", CASE, "--loss-reason", "无", "--typical", "否")
    data = _show(cli)
    assert (data["loss_reasons"], data["typical"], data["typical_note"]) == ([], False, "")
    assert cli("undo").exit_code == 0
    data = _show(cli)
    assert (data["loss_reasons"], data["typical"], data["typical_note"]) == (
        ["程序违法", "明显不当"],
        True,
        "许可程序",
    )


def _write_csv(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


HEADER = [
    "案号", "类别", "被申请人/被告", "立案日期", "结案日期", "结果", "被诉行政行为类别",
    "败诉原因", "撤诉类型", "复议机关作共同被告", "规范性文件附带审查", "典型案例", "典型案例说明",
]  # fmt: skip


def test_import_reads_the_columns_and_export_writes_them_back(cli, initialized, tmp_path, db_url):
    source = _write_csv(
        tmp_path / "in.csv",
        [
            HEADER,
            [CASE, "行政诉讼", "县自然资源局", "2025-03-01", "2025-06-30", "撤销",
             "征收征用", "程序违法；超越职权", "", "是", "否", "是", "征收程序"],
            ["（2025）豫0591行初22号", "行政诉讼", "县人社局", "2025-03-02", "2025-05-10",
             "准予撤诉", "不履行法定职责", "", "被告改变行为后撤诉", "", "", "", ""],
        ],
    )  # fmt: skip
    result = cli("case", "import", str(source))
    assert result.exit_code == 0, result.output
    assert "新增 2" in result.stdout
    data = _show(cli)
    assert data["loss_reasons"] == ["程序违法", "超越职权"]
    assert (data["joint_respondent"], data["norm_review"], data["typical_note"]) == (
        True,
        False,
        "征收程序",
    )
    out = tmp_path / "out.csv"
    assert cli("case", "export", str(out)).exit_code == 0
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    header = rows[0]
    assert header[-7:] == HEADER[-7:]
    by_no = {r[0]: dict(zip(header, r, strict=True)) for r in rows[1:]}
    assert by_no[CASE]["败诉原因"] == "程序违法、超越职权"
    assert by_no[CASE]["典型案例"] == "是"
    assert by_no["（2025）豫0591行初22号"]["撤诉类型"] == "被告改变行为后撤诉"
    assert by_no["（2025）豫0591行初22号"]["典型案例"] == ""
    before = db_dump(db_url)
    assert "未变 2" in cli("case", "import", str(out)).stdout
    assert db_dump(db_url) == before


def test_import_refuses_a_bad_cell_with_its_row_and_column(cli, initialized, tmp_path, db_url):
    source = _write_csv(
        tmp_path / "bad.csv",
        [HEADER, [CASE, "行政诉讼", "县自然资源局", "2025-03-01", "", "", "处分",
                  "", "", "", "", "", ""]],
    )  # fmt: skip
    before = db_dump(db_url)
    result = cli("case", "import", str(source))
    assert result.exit_code != 0
    assert "被诉行政行为类别" in result.stderr
    assert "第2行" in result.stderr or "第 2 行" in result.stderr
    assert db_dump(db_url) == before
