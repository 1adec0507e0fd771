"""败诉率 on the final outcome after 二审/再审 (issue 13), a setting; both engines.

Five first-instance cases closed in 2025Q1, four of them appealed (linked with --related):

======================  ===========  =====================================  =========
一审                     result       later instances                        final
======================  ===========  =====================================  =========
（2025）豫0591行初1号    撤销 (loss)  二审 改判, the agency won              not lost
（2025）豫0591行初2号    驳回         二审 改判, the agency lost             lost
（2025）豫0591行初3号    确认违法     二审 驳回上诉、维持原判                 lost
（2025）豫0591行初4号    驳回         二审 发回重审                          not counted
（2025）豫0591行初5号    撤销         二审 改判 (won), 再审 改判 (lost)      lost
======================  ===========  =====================================  =========

First-instance results (the default): 3/5 = 60.0%. Final outcomes: 3/4 = 75.0%.
"""

import json

import pytest

from loophelp import write_config

UNIT = "县自然资源局"


def _add(cli, number: str, filed: str, *related: str) -> None:
    args = ["case", "add", number, "-c", "行政诉讼", "-u", UNIT, "--filed", filed]
    for earlier in related:
        args += ["--related", earlier]
    result = cli(*args)
    assert result.exit_code == 0, result.output


def _close(cli, number: str, outcome: str, day: str, *flags: str) -> None:
    result = cli("case", "close", number, "--outcome", outcome, "--closed", day, *flags)
    assert result.exit_code == 0, result.output


@pytest.fixture
def appealed(cli, initialized) -> None:
    first = {
        "1": ("撤销", "2025-03-10"),
        "2": ("驳回诉讼请求", "2025-03-12"),
        "3": ("确认违法", "2025-03-15"),
        "4": ("驳回诉讼请求", "2025-03-20"),
        "5": ("撤销", "2025-02-01"),
    }
    for n, (outcome, closed) in first.items():
        _add(cli, f"（2025）豫0591行初{n}号", "2025-01-05")
        _close(cli, f"（2025）豫0591行初{n}号", outcome, closed)
    later = {
        "1": ("改判", "2025-05-20", "--agency-won"),
        "2": ("改判", "2025-06-10", "--agency-lost"),
        "3": ("驳回上诉、维持原判", "2025-05-01"),
        "4": ("发回重审", "2025-04-20"),
        "5": ("改判", "2025-04-01", "--agency-won"),
    }
    for n, (outcome, closed, *flags) in later.items():
        _add(cli, f"（2025）豫05行终{n}号", "2025-03-25", f"（2025）豫0591行初{n}号")
        _close(cli, f"（2025）豫05行终{n}号", outcome, closed, *flags)
    _add(cli, "（2025）豫行再1号", "2025-04-10", "（2025）豫05行终5号")
    _close(cli, "（2025）豫行再1号", "改判", "2025-06-20", "--agency-lost")


def _loss(cli) -> dict:
    result = cli("report", "quarterly", "--year", "2025", "--quarter", "1", "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_first_instance_results_by_default(cli, appealed) -> None:
    data = _loss(cli)
    loss = data["indicators"]["loss_rate"]
    assert (loss["numerator"], loss["denominator"], loss["value"]) == (3, 5, 60.0)
    assert data["settings"]["loss_rate_outcome"] == "first_instance"


def test_final_outcomes_as_a_setting(cli, appealed, isolated_home) -> None:
    write_config(isolated_home, '[indicators]\nloss_rate_outcome = "final"\n')
    data = _loss(cli)
    loss = data["indicators"]["loss_rate"]
    assert (loss["numerator"], loss["denominator"], loss["value"]) == (3, 4, 75.0)
    assert data["settings"]["loss_rate_outcome"] == "final"
    assert data["notes"][0] == (
        "行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）；"
        "按二审、再审后的最终结果计算（改判的按改判结果，发回重审的不计）"
    )
    # By first-instance closing date.
    assert [x["case_no"] for x in data["attention"]["losses"]] == [
        "（2025）豫0591行初5号",
        "（2025）豫0591行初2号",
        "（2025）豫0591行初3号",
    ]
    explained = cli(
        "report", "quarterly", "--year", "2025", "--quarter", "1",
        "--explain", "loss_rate", "--json",
    )  # fmt: skip
    records = json.loads(explained.stdout)["records"]
    assert sorted((r["case_no"], r["in_numerator"]) for r in records) == [
        ("（2025）豫0591行初1号", False),
        ("（2025）豫0591行初2号", True),
        ("（2025）豫0591行初3号", True),
        ("（2025）豫0591行初5号", True),
    ]


def test_a_published_report_keeps_its_basis(cli, appealed, isolated_home, monkeypatch) -> None:
    assert cli("report", "publish", "--year", "2025", "--quarter", "1").exit_code == 0
    write_config(isolated_home, '[indicators]\nloss_rate_outcome = "final"\n')
    shown = json.loads(cli("report", "show", "--year", "2025", "--quarter", "1", "--json").stdout)
    assert shown["indicators"]["loss_rate"]["value"] == 60.0
    diff = json.loads(cli("report", "diff", "--year", "2025", "--quarter", "1", "--json").stdout)
    assert diff["changed"] is False


def test_agency_lost_only_for_a_later_instance_that_changed_the_judgment(cli, initialized):
    _add(cli, "（2025）豫0591行初9号", "2025-01-05")
    result = cli(
        "case", "close", "（2025）豫0591行初9号", "--outcome", "撤销", "--closed", "2025-03-01",
        "--agency-won",
    )  # fmt: skip
    assert result.exit_code == 3
    assert result.stderr == (
        "错误：--agency-lost / --agency-won 只用于以改判、部分改判结案的二审、再审行政诉讼案件\n"
    )
    shown = json.loads(cli("case", "show", "（2025）豫0591行初9号", "--json").stdout)
    assert shown["status"] == "在办"
