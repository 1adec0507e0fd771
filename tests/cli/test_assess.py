"""Issue 16: the rule file's checks, refusals that change nothing, and the output files."""

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from documents.docx_checks import (
    all_problems,
    body_problems,
    mark_problems,
    open_docx,
)
from fylink.documents.layout import DEFAULT_FONTS
from helpers import DATA, db_dump

RULE_B = str(DATA / "assessment" / "rule_set_b.toml")


def test_export_writes_an_example_that_checks(cli, tmp_path):
    out = tmp_path / "考核细则.toml"
    result = cli("assess", "rules", "export", str(out))
    assert result.exit_code == 0
    assert result.stdout == f"已导出考核细则示例：{out}\n"
    assert out.read_text(encoding="utf-8").startswith("# 考核细则（示例）")
    checked = cli("assess", "rules", "check", str(out))
    assert checked.exit_code == 0
    assert checked.stdout == (
        "考核细则无误：示范县府院联动工作年度考核细则，6个部分、9项、13条，基础分100\n"
    )
    assert cli("assess", "rules", "export", str(out)).exit_code == 5  # exists: --force


BAD = """[rules]
name = "有误的细则"
colour = "红"

[[sections]]
id = "一"
name = "扣分"
points = -2

[[sections.items]]
id = "1"
name = "任务"

[[sections.items.lines]]
id = "1.1"
name = "逾期"
kind = "per_event"
points = 2
evidence = "overdue_tasks"

[[sections.items.lines]]
id = "1.2"
name = "曝光"
kind = "per_level"
levels = { "省" = 0 }
evidence = "manual"

[[sections.items.lines]]
id = "1.3"
name = "研究"
kind = "shortfall"
points = 0.5
evidence = "manual"
"""


def test_check_names_each_problem_with_its_line(cli, tmp_path):
    path = tmp_path / "细则.toml"
    path.write_text(BAD, encoding="utf-8")
    result = cli("assess", "rules", "check", str(path))
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "错误：细则.toml第3行：不认识的键“colour”（可用：base、bonus_cap、exclude、kinds、name、"
        "rank_by、units、veto_tier、year）",
        "错误：细则.toml第8行：“points”应是大于0的数，而不是 -2",
        "错误：细则.toml第19行：条目“1.1”的依据“overdue_tasks”不存在，可选：tasks_overdue、"
        "notices_unreplied、suggestions_unreplied、cases_lost、head_appearance、attendance、manual、"
        "region_returns、brief_submitted、brief_adopted",
        "错误：细则.toml第25行：“levels”中“省”的分值应是大于0的数",
        "错误：细则.toml第28行：条目“1.3”缺少应达到的次数“required”（正整数）",
    ]


def test_a_toml_syntax_error_names_its_line(cli, tmp_path):
    path = tmp_path / "细则.toml"
    path.write_text('[rules]\nname = "x"\nbase = 一百\n', encoding="utf-8")
    result = cli("assess", "rules", "check", str(path))
    assert result.exit_code == 3
    assert result.stderr == (
        "错误：细则.toml第3行：不是有效的 TOML：值的写法不对（文字要加英文双引号）\n"
    )


def test_a_missing_rule_file(cli, tmp_path):
    result = cli("assess", "rules", "check", str(tmp_path / "无.toml"))
    assert result.exit_code == 4
    assert result.stderr == f"错误：找不到考核细则文件：{tmp_path / '无.toml'}\n"


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            ("assess", "--year", "2025", "--rules", "BAD"),
            3,
            "错误：考核细则有误：细则.toml第3行：不认识的键“colour”",
        ),
        (
            ("assess", "record", "县某局", "--line", "B6", "--on", "2025-05-01", "--basis", "x",
             "--level", "省", "--rules", RULE_B),
            4,
            "错误：单位“县某局”不存在",
        ),
        (
            ("assess", "record", "县住建局", "--line", "B9", "--on", "2025-05-01", "--basis", "x",
             "--rules", RULE_B),
            4,
            "错误：考核细则中没有条目“B9”（可录入的条目：B1.1、B2.2、B6、B7、B8.2、F4）",
        ),
        (
            ("assess", "record", "县住建局", "--line", "B1.2", "--on", "2025-05-01", "--basis",
             "x", "--rules", RULE_B),
            3,
            "错误：条目“B1.2”（不按时完成上级决定、决议）的依据取自台账（tasks_overdue），不需要录入",
        ),
        (
            ("assess", "record", "县住建局", "--line", "B6", "--on", "2025-05-01", "--basis", "x",
             "--level", "国家", "--rules", RULE_B),
            3,
            "错误：条目“B6”按级别计分：--level 请写 省、市、县",
        ),
        (
            ("assess", "record", "县住建局", "--line", "B7", "--on", "2025-05-01", "--basis", "x",
             "--rules", RULE_B),
            3,
            "错误：条目“B7”是上级考核扣分：请用 --points 写上级扣的分数",
        ),
        (
            ("assess", "record", "县住建局", "--line", "B7", "--on", "2025-05-01", "--basis", "x",
             "--points", "一分", "--rules", RULE_B),
            3,
            "错误：--points 应是数，如 0.5，而不是“一分”",
        ),
        (("assess", "--year", "2025"), 3, "错误：请用 --rules 指定考核细则文件"),
        (("assess", "show", "--year", "2025"), 4, "错误：2025年度考核结果尚未发布"),
        (("assess", "decide", "9", "--decision", "采纳"), 4, "错误：申诉 9 不存在"),
        (("assess", "remove", "9", "--reason", "误录"), 4, "错误：考核依据 9 不存在"),
        (
            ("assess", "publish", "--year", "2026", "--rules", RULE_B),
            5,
            "错误：2026年度尚未结束（截至2026-12-31），不能发布考核结果",
        ),
    ],
)  # fmt: skip
def test_refusals_change_nothing(
    cli, initialized, db_url, tmp_path, monkeypatch, args, code, message
):
    monkeypatch.setenv("FYLINK_TODAY", "2026-01-10")
    bad = tmp_path / "细则.toml"
    bad.write_text(BAD, encoding="utf-8")
    args = tuple(str(bad) if a == "BAD" else a for a in args)
    before = db_dump(db_url)
    result = cli(*args)
    assert result.exit_code == code, result.output
    assert result.stderr.startswith(message), result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert db_dump(db_url) == before


def _some_evidence(cli, monkeypatch) -> None:
    monkeypatch.setenv("FYLINK_TODAY", "2025-03-01")
    assert (
        cli(
            "task", "add", "制定征收补偿方案", "--lead", "县住建局", "--due", "2025-03-31"
        ).exit_code
        == 0
    )
    exposed = ("--basis", "市报曝光〔2025〕3号", "--level", "市", "--rules", RULE_B)
    assert cli("assess", "record", "县住建局", "--line", "B6", "--on", "2025-03-01",
               *exposed).exit_code == 0  # fmt: skip
    assert cli("assess", "record", "县财政局", "--line", "F4", "--on", "2025-03-01", "--basis",
               "示法函〔2025〕4号", "--rules", RULE_B).exit_code == 0  # fmt: skip
    monkeypatch.setenv("FYLINK_TODAY", "2026-01-10")


def test_the_docx_is_a_gbt9704_notice(cli, initialized, monkeypatch, tmp_path):
    _some_evidence(cli, monkeypatch)
    out = tmp_path / "考核结果通报.docx"
    result = cli("assess", "--year", "2025", "--rules", RULE_B, "--docx", str(out), "--number", "2")
    assert result.exit_code == 0, result.output
    assert result.stdout == f"已生成考核结果通报：{out}\n"
    title = "关于2025年度成员单位府院联动工作考核结果的通报"
    problems = all_problems(
        out, fonts=DEFAULT_FONTS, title=title, author="示范县府院联动联席会议办公室"
    )
    doc = open_docx(out)
    assert problems + body_problems(doc) == []
    assert mark_problems(doc, DEFAULT_FONTS, "示范县府院联动联席会议办公室") == []
    texts = [p.text.replace("\n", "") for p in doc.paragraphs if p.text.strip()]
    assert "〔2026〕2号" in texts
    assert title in texts
    assert "一、考核结果" in texts
    assert (
        "（一）县住建局：不按时完成上级决定、决议扣2分（任务1）；被新闻媒体负面曝光扣2分（市报曝光〔2025〕3号）。"
        in texts
    )
    assert "三、一票否决" in texts
    assert "县财政局发生一票否决事项，本年度考核等次定为不合格。" in texts
    cells = [c.text for row in doc.tables[0].rows for c in row.cells]
    assert cells[:5] == ["序号", "单位", "得分", "排名", "等次"]
    assert cells[cells.index("县住建局") : cells.index("县住建局") + 4] == [
        "县住建局",
        "96",
        "14",
        "优秀",
    ]


def test_the_workbook_has_a_sheet_per_section_and_the_details(
    cli, initialized, monkeypatch, tmp_path
):
    _some_evidence(cli, monkeypatch)
    out = tmp_path / "考核.xlsx"
    result = cli("assess", "--year", "2025", "--rules", RULE_B, "--xlsx", str(out))
    assert result.exit_code == 0, result.output
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == [
        "总表", "1 执行上级决定、决议", "2 专项督办件、领导批示件", "6 负面曝光", "7 上级考核",
        "8 会议", "9 府院联动", "扣分明细",
    ]  # fmt: skip
    details = [tuple(r) for r in book["扣分明细"].iter_rows(min_row=2, values_only=True)]
    assert ("县住建局", "B1.2", "不按时完成上级决定、决议", "任务1", "2025-03-31", "逾期未完成",
            None, None) in details  # fmt: skip
    summary = [tuple(r) for r in book["总表"].iter_rows(min_row=2, values_only=True)]
    assert summary[-1][:4] == (15, "县财政局", "政府部门", 100)


def test_drafts_one_file_per_unit(cli, initialized, monkeypatch, tmp_path):
    _some_evidence(cli, monkeypatch)
    result = cli("assess", "draft", "--year", "2025", "--rules", RULE_B, "-o", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == "共 15 个单位"
    one = tmp_path / "2025年度考核情况（县住建局）.xlsx"
    book = load_workbook(one, read_only=True)
    assert [r[1] for r in book["总表"].iter_rows(min_row=2, values_only=True)] == ["县住建局"]
    word = cli("assess", "draft", "--year", "2025", "--rules", RULE_B, "-o", str(tmp_path),
               "--format", "docx", "--unit", "县住建局")  # fmt: skip
    assert word.exit_code == 0, word.output
    assert Path(tmp_path / "2025年度考核情况（县住建局）.docx").is_file()


def test_json_is_stable(cli, initialized, monkeypatch):
    _some_evidence(cli, monkeypatch)
    data = json.loads(cli("assess", "--year", "2025", "--rules", RULE_B, "--json").stdout)
    assert set(data) == {"year", "as_of", "rules", "units"}
    unit = data["units"][0]
    assert set(unit) == {
        "unit", "unit_name", "kind", "score", "score_text", "rank", "tier", "vetoed",
        "deducted", "bonus", "sections", "lines",
    }  # fmt: skip
