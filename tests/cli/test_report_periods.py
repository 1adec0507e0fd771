"""``fylink report period`` and publish/show/diff of any period (issue #18): what the clerk
sees and the refusals. The figures themselves are counted by hand in
tests/services/test_report_periods.py on both engines."""

import json
from pathlib import Path

import pytest

from report_fixture import build_template, copy_database

pytestmark = pytest.mark.sqlite_only


@pytest.fixture(scope="module")
def office_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_template(tmp_path_factory.mktemp("cli") / "office.db", with_office=True)


@pytest.fixture
def office(office_template: Path, tmp_path: Path) -> None:
    copy_database(office_template, tmp_path / "fylink.db")


def test_months_report_states_its_comparisons(cli, office) -> None:
    result = cli("report", "period", "--year", "2025", "--months", "1-5")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[:4] == [
        "示范县2025年1—5月府院联动工作指标",
        "统计期间 2025-01-01 至 2025-05-31",
        "比较：同比与2024年1—5月比较，环比与2024年8—12月比较",
        "主要指标",
    ]
    header = result.stdout.splitlines()[4].split()
    assert header == ["指标", "本期", "分子/分母", "去年同期", "同比", "上期", "环比"]


def test_half_year_json_and_the_days_of_a_span(cli, office) -> None:
    data = json.loads(cli("report", "period", "--year", "2025", "--half", "1", "--json").stdout)
    assert data["period"]["label"] == "2025年上半年"
    assert data["compare"]["text"] == "同比与2024年上半年比较，环比与2024年下半年比较"
    data = json.loads(
        cli("report", "period", "--from", "2025-03-01", "--to", "2025-03-15", "--json").stdout
    )
    assert data["period"]["code"] == "20250301-20250315"
    assert data["compare"]["previous"]["label"] == "2025年2月14日至28日"
    data = json.loads(cli("report", "period", "--month", "3", "--year", "2025", "--json").stdout)
    assert (data["period"]["label"], data["compare"]["previous"]["label"]) == (
        "2025年3月",
        "2025年2月",
    )


def test_publish_show_diff_a_half_year(cli, office) -> None:
    published = cli("report", "publish", "--year", "2025", "--half", "1")
    assert published.exit_code == 0, published.stderr
    assert published.stdout.startswith("已发布：2025年上半年，行政诉讼发案量")
    again = cli("report", "publish", "--year", "2025", "--half", "1")
    assert again.exit_code == 5
    assert again.stderr.startswith("错误：2025年上半年报告已于")
    shown = json.loads(cli("report", "show", "--year", "2025", "--half", "1", "--json").stdout)
    assert shown["period"]["code"] == "2025H1"
    assert shown["published"]["by"] == "测试员"
    diff = cli("report", "diff", "--year", "2025", "--half", "1")
    assert diff.stdout.splitlines()[1:] == ["发布后没有修改记录", "与发布时一致：没有数字变化"]
    missing = cli("report", "show", "--year", "2025", "--months", "1-5")
    assert (missing.exit_code, missing.stderr) == (
        4,
        "错误：2025年1—5月报告尚未发布：用 fylink report publish 发布后再查看\n",
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("period",), "错误：请给出期间：--half、--month、--months 或 --from/--to"),
        (("period", "--half", "1", "--month", "3"), "错误：--half、--month 只能选一个"),
        (("period", "--from", "2025-03-01"), "错误：请同时给出起止日期：--from 和 --to"),
        (
            ("period", "--from", "2025-03-15", "--to", "2025-03-01"),
            "错误：截止日期 2025-03-01 早于起始日期 2025-03-15",
        ),
        (
            ("period", "--months", "5-3"),
            "错误：月份范围“5-3”无效，应写作 1-5（1至12月，起始月不晚于截止月）",
        ),
        (
            ("period", "--year", "2025", "--half", "1", "--docx", "x.docx"),
            "错误：2025年上半年的通报请用 --issue 给出期数（季度通报为第1—4期，年度为第5期）",
        ),
        (("publish", "--half", "1"), "错误：请给出年度：--year 2025"),
    ],
)
def test_refusals(cli, office, args: tuple[str, ...], message: str) -> None:
    result = cli("report", *args)
    assert result.exit_code == 3, result.stdout
    assert result.stderr == message + "\n"
