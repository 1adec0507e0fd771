"""``fylink report``: what the clerk sees, the JSON promise, exports and bad input."""

import json
import re
from pathlib import Path

import pytest

from fylink.domain.indicators import KEYS
from helpers import db_dump
from report_fixture import build_template, copy_database

# The office is a copied SQLite file (fast to prepare); the report service's figures on
# PostgreSQL are checked against SQLite's by tests/services/test_reports_postgres.py.
pytestmark = pytest.mark.sqlite_only

CONFIG = '[indicators.population]\n"示范县" = 80000\n'


@pytest.fixture(scope="module")
def office_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_template(tmp_path_factory.mktemp("cli") / "office.db", with_office=True)


@pytest.fixture
def office(office_template: Path, tmp_path: Path, isolated_home: Path) -> str:
    """The small office of report_fixture in the database in use, population configured."""
    copy_database(office_template, tmp_path / "fylink.db")
    isolated_home.mkdir(parents=True, exist_ok=True)
    (isolated_home / "config.toml").write_text(CONFIG, encoding="utf-8")
    return "sqlite:///" + str(tmp_path / "fylink.db")


def _row(stdout: str, label: str) -> list[str]:
    """The cells of the plain-text table row starting with ``label``."""
    for line in stdout.splitlines():
        if line.startswith(label + " "):
            return re.split(r"\s{2,}", line.strip())
    raise AssertionError(f"no row {label!r} in:\n{stdout}")


# --- the terminal report ----------------------------------------------------------------------


def test_quarterly_report_for_the_clerk(cli, office) -> None:
    result = cli("report", "quarterly", "--year", "2025", "--quarter", "2")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith(
        "示范县2025年第二季度府院联动工作指标\n统计期间 2025-04-01 至 2025-06-30\n"
    )
    assert _row(out, "行政诉讼发案量") == [
        "行政诉讼发案量",
        "6",
        "—",
        "7",
        "↓ -14.3%（基数小）",
        "2",
        "↑ +200.0%（基数小）",
    ]
    assert _row(out, "行政机关败诉率") == [
        "行政机关败诉率",
        "33.3%",
        "2/6",
        "40.0%",
        "↓ -6.7个百分点（基数小）",
        "—",
        "—",
    ]
    assert _row(out, "执行到位率")[1:3] == ["80.0%", "1,200,000.00/1,500,000.00"]
    assert _row(out, "万人成讼率")[1] == "1.00"
    assert _row(out, "双清单完成率")[1:3] == ["25.0%", "1/4"]
    assert "口径：行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）" in out
    assert (
        "双下降：实现“双下降”：行政诉讼发案量6件，同比减少14.3%（基数较小：去年同期仅7件），"
        "行政机关败诉率33.3%，同比下降6.7个百分点（基数较小：去年同期仅5件）。"
    ) in out
    assert "比较：同比与2024年第二季度比较，环比与2025年第一季度比较\n" in out
    assert _row(out, "1")[:6] == ["1", "县自然资源局", "3", "1", "25.0%", "66.7%"]
    # The court leads a task but is not an assessed unit: not ranked, and the report says so.
    ranking = out[out.index("各单位情况") : out.index("需要关注")]
    assert "县法院" not in ranking
    assert (
        "说明：法院、检察院不是被考核单位，不列入单位排名"
        "（配置项 escalation.rank_consult_kinds = true 可列入）\n"
    ) in ranking
    assert "需要关注（截至 2025-06-30）" in out
    assert "逾期未完成事项" in out
    assert "上季度逾期的事项" in out
    assert "示法建〔2025〕3号" in out


def test_default_is_the_latest_finished_quarter(cli, office) -> None:
    result = cli("report", "quarterly")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("示范县2025年第二季度")


def test_unit_report(cli, office) -> None:
    result = cli("report", "quarterly", "--unit", "县住建局")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("县住建局2025年第二季度府院联动工作指标")
    assert _row(result.stdout, "行政机关败诉率")[1:3] == ["50.0%", "1/2"]
    assert "说明：单位报告不计算万人成讼率" in result.stdout


def test_annual_report(cli, office) -> None:
    result = cli("report", "annual", "--year", "2024")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("示范县2024年度府院联动工作指标")
    header = _row(result.stdout, "指标")
    assert header == ["指标", "本期", "分子/分母", "上年", "同比"]


# --- JSON -------------------------------------------------------------------------------------


def test_json_shape(cli, office) -> None:
    result = cli("report", "quarterly", "--year", "2025", "--quarter", "2", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["period"]["code"] == "2025Q2"
    assert data["period"]["start"] == "2025-04-01"
    assert set(data["definitions"]) == set(KEYS)
    assert list(data["indicators"]) == list(KEYS)
    for figure in data["indicators"].values():
        assert {"numerator", "denominator", "value", "yoy", "qoq"} <= set(figure)
    loss = data["indicators"]["loss_rate"]
    assert (loss["numerator"], loss["denominator"], loss["value"], loss["yoy"]) == (
        2,
        6,
        33.3,
        -6.7,
    )
    assert loss["qoq"] is None
    assert data["units"][0]["unit"] == "县自然资源局"
    assert data["units"][0]["indicators"]["loss_rate"]["value"] == 25.0
    assert data["double_decline"]["achieved"] is True
    assert data["settings"]["loss_rate_denominator"] == "closed"


def test_settings_from_the_config_file(cli, office, isolated_home) -> None:
    config = '[indicators]\nloss_rate_denominator = "judgment"\n' + CONFIG
    (isolated_home / "config.toml").write_text(config, encoding="utf-8")
    result = cli("report", "quarterly", "--json")
    data = json.loads(result.stdout)
    assert data["indicators"]["loss_rate"]["denominator"] == 3
    assert "最高人民法院口径" in data["definitions"]["loss_rate"]["note"]


def test_bad_setting_is_a_config_error(cli, office, isolated_home) -> None:
    (isolated_home / "config.toml").write_text(
        '[indicators]\nloss_rate_denominator = "received"\n', encoding="utf-8"
    )
    result = cli("report", "quarterly")
    assert result.exit_code == 7
    assert result.stderr.startswith("错误：配置项 indicators.loss_rate_denominator 有误")


# --- explain ----------------------------------------------------------------------------------


def test_explain_lists_case_numbers(cli, office) -> None:
    result = cli("report", "quarterly", "--explain", "loss_rate")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("行政机关败诉率（loss_rate）· 2025年第二季度\n数值：33.3% = 2/6\n")
    assert "分母中的记录" in out
    assert out.count("（2024）豫0591行初") == 6
    assert out.count("仅分母") == 4
    assert "共 6 条，显示第 1–6 条" in out


def test_explain_pages_and_json(cli, office) -> None:
    result = cli(
        "report", "quarterly", "--explain", "loss_rate", "--limit", "4", "--page", "2", "--json"
    )
    data = json.loads(result.stdout)
    assert (data["total"], data["offset"], len(data["records"])) == (6, 4, 2)
    assert {"case_no", "unit", "closed_on", "outcome", "in_numerator"} <= set(data["records"][0])


def test_explain_tasks(cli, office) -> None:
    result = cli("report", "quarterly", "--explain", "task_completion_rate")
    assert result.exit_code == 0, result.output
    assert _row(result.stdout, "1")[1:] == [
        "按期完成的事项",
        "县自然资源局",
        "2025-04-10",
        "2025-04-09",
        "分子",
    ]


def test_explain_unknown_key(cli, office) -> None:
    result = cli("report", "quarterly", "--explain", "loss")
    assert result.exit_code == 3
    assert result.stderr.startswith("错误：指标“loss”不存在，可选：litigation_filed、loss_rate")


# --- bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--unit", "县交通局"], 4, "错误：单位“县交通局”不存在"),
        (["--region", "南区"], 4, "错误：地区“南区”下没有单位"),
        (["--year", "2025", "--quarter", "3"], 3, "错误：2025年第三季度尚未开始，无法统计"),
        (["--year", "2025"], 3, "错误：请同时给出季度：--quarter 1至4"),
        (["--unit", "县住建局", "--region", "示范县"], 3, "错误：--unit 和 --region 只能选一个"),
    ],
)
def test_bad_input(cli, office, args, code, message) -> None:
    result = cli("report", "quarterly", *args)
    assert result.exit_code == code, result.output
    assert result.stderr.startswith(message)


def test_quarter_out_of_range_is_a_usage_error(cli, office) -> None:
    result = cli("report", "quarterly", "--quarter", "5")
    assert result.exit_code == 2


def test_report_without_database(cli) -> None:
    result = cli("report", "quarterly")
    assert result.exit_code == 6
    assert result.stderr.startswith("错误：数据库文件")


# --- Excel ------------------------------------------------------------------------------------


def test_xlsx_export(cli, office, tmp_path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "通报.xlsx"
    result = cli("report", "quarterly", "--xlsx", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout == f"已生成 Excel：{out}\n"
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == [
        "主要指标",
        "各单位",
        "败诉案件",
        "逾期事项",
        "逾期未反馈建议",
        "涉行政机关执行未履行",
        "重点关注企业",
        "季度趋势",
        "口径说明",
    ]
    rows = list(book["主要指标"].iter_rows(values_only=True))
    loss = next(r for r in rows if r[0] == "loss_rate")
    assert loss[1:7] == ("行政机关败诉率", 33.3, "%", "33.3%", 2, 6)
    units = list(book["各单位"].iter_rows(values_only=True))
    assert units[1][:6] == (1, "县自然资源局", "示范县自然资源局", "政府部门", 1, 3)
    losses = list(book["败诉案件"].iter_rows(values_only=True))
    assert len(losses) == 3
    trend = list(book["季度趋势"].iter_rows(values_only=True))
    assert trend[-1] == ("2025Q2", 6, 2, 6, 33.3)
    book.close()


def test_xlsx_into_a_missing_folder(cli, office, tmp_path) -> None:
    out = tmp_path / "没有" / "r.xlsx"
    result = cli("report", "quarterly", "--xlsx", str(out))
    assert result.exit_code == 8
    assert result.stderr.startswith(f"错误：无法写入 {out}：文件夹 {out.parent} 不存在")


# --- Word -------------------------------------------------------------------------------------


def test_docx_briefing(cli, office, tmp_path) -> None:
    pytest.importorskip("fylink.documents.render", reason="the documents layer is not merged")
    from docx import Document

    out = tmp_path / "通报.docx"
    result = cli("report", "quarterly", "--docx", str(out), "--issue", "7")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"已生成季度通报：{out}")
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "2025年第二季度示范县\n府院联动工作情况通报" in text  # broken between words
    assert "第7期" in text
    assert "实现“双下降”" in text
    assert "本期行政机关败诉案件2件" in text


# --- publish, show, diff -----------------------------------------------------------------------


def test_publish_show_and_diff(cli, office) -> None:
    result = cli("report", "publish", "--year", "2025", "--quarter", "2")
    assert result.exit_code == 0, result.output
    first, anchor = result.stdout.splitlines()
    assert first == "已发布：2025年第二季度，行政诉讼发案量6件，行政机关败诉率33.3%"
    assert anchor.startswith("  变更日志锚点：")  # the journal's head, its own row included
    shown = cli("report", "show", "--year", "2025", "--quarter", "2")
    assert shown.exit_code == 0, shown.output
    assert "已发布的报告：" in shown.stdout
    assert _row(shown.stdout, "行政机关败诉率")[1:3] == ["33.3%", "2/6"]
    same = cli("report", "diff", "--year", "2025", "--quarter", "2")
    assert "与发布时一致：没有数字变化" in same.stdout
    # the clerk records one more lost case after publication
    added = cli(
        "case",
        "add",
        "(2025)豫0591行初999号",
        "--category",
        "行政诉讼",
        "--unit",
        "县住建局",
        "--filed",
        "2025-01-05",
    )
    assert added.exit_code == 0, added.output
    closed = cli(
        "case", "close", "（2025）豫0591行初999号", "--outcome", "撤销", "--closed", "2025-06-25"
    )
    assert closed.exit_code == 0, closed.output
    live = cli("report", "quarterly")
    assert _row(live.stdout, "行政机关败诉率")[1:3] == ["42.9%", "3/7"]
    frozen = json.loads(cli("report", "show", "--year", "2025", "--quarter", "2", "--json").stdout)
    assert frozen["indicators"]["loss_rate"]["fraction"] == "2/6"
    assert frozen["published"]["by"] == "测试员"
    diff = cli("report", "diff", "--year", "2025", "--quarter", "2")
    assert diff.exit_code == 0, diff.output
    assert "发布后的修改记录：case 2 条" in diff.stdout
    assert _row(diff.stdout, "全部")[1:] == ["行政机关败诉率", "33.3%（2/6）", "42.9%（3/7）"]
    assert _row(diff.stdout, "县住建局")[1:] == ["行政机关败诉率", "50.0%（1/2）", "66.7%（2/3）"]


def test_publishing_twice_is_refused_and_changes_nothing(cli, office) -> None:
    assert cli("report", "publish", "--year", "2025", "--quarter", "2").exit_code == 0
    before = db_dump(office)
    again = cli("report", "publish", "--year", "2025", "--quarter", "2")
    assert again.exit_code == 5
    assert re.match(
        r"错误：2025年第二季度报告已于\d{4}-\d\d-\d\d发布；如需按当前数据重新发布请加 --replace",
        again.stderr,
    )
    assert db_dump(office) == before
    replaced = cli("report", "publish", "--year", "2025", "--quarter", "2", "--replace")
    assert replaced.exit_code == 0, replaced.output


@pytest.mark.parametrize(
    ("command", "args", "code", "message"),
    [
        ("show", ["--year", "2025", "--quarter", "1"], 4, "错误：2025年第一季度报告尚未发布"),
        ("diff", ["--year", "2025", "--quarter", "1"], 4, "错误：2025年第一季度报告尚未发布"),
        (
            "publish",
            ["--year", "2025"],
            3,
            "错误：请给出季度（--quarter 1至4），年度报告请加 --annual",
        ),
        ("publish", ["--quarter", "2"], 3, "错误：请给出年度：--year 2025"),
        ("publish", ["--year", "2025", "--annual"], 5, "错误：2025年度尚未结束"),
        (
            "publish",
            ["--year", "2025", "--quarter", "2", "--annual"],
            3,
            "错误：--annual 和 --quarter 只能选一个",
        ),
    ],
)
def test_publish_show_diff_errors(cli, office, command, args, code, message) -> None:
    before = db_dump(office)
    result = cli("report", command, *args)
    assert result.exit_code == code, result.output
    assert result.stderr.startswith(message)
    assert db_dump(office) == before


def test_annual_publish(cli, office) -> None:
    result = cli("report", "publish", "--year", "2024", "--annual")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("已发布：2024年度")
    shown = cli("report", "show", "--year", "2024", "--annual", "--json")
    assert json.loads(shown.stdout)["period"]["label"] == "2024年度"


# --- the demo ---------------------------------------------------------------------------------


@pytest.mark.slow
def test_demo_report_shows_a_double_decline_in_one_quarter_only(cli, demo_db) -> None:
    latest = cli("report", "quarterly")
    assert latest.exit_code == 0, latest.output
    assert "双下降：实现“双下降”" in latest.stdout
    before = cli("report", "quarterly", "--year", "2025", "--quarter", "1")
    assert "双下降：未实现“双下降”" in before.stdout
    data = json.loads(cli("report", "quarterly", "--json").stdout)
    assert data["indicators"]["loss_rate"]["denominator"] >= 5
    assert len(data["units"]) >= 10
