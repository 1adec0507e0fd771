"""Typer's and Click's own messages reach the clerk in Chinese: one "错误：" line, the
usage line, exit code 2 — for every kind of usage error."""

import pytest
from typer.testing import CliRunner

from fylink.cli.app import app


def run(*args: str):
    return CliRunner().invoke(app, list(args), prog_name="fylink", catch_exceptions=False)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["delete"],
            "错误：没有这个命令“delete”\n用法：fylink [选项] 命令 [参数]…（详见 fylink -h）\n",
        ),
        (
            ["cas", "list"],
            "错误：没有这个命令“cas”，是否指：case\n"
            "用法：fylink [选项] 命令 [参数]…（详见 fylink -h）\n",
        ),
        (
            ["case", "delete", "x"],
            "错误：没有这个命令“delete”\n"
            "用法：fylink case [选项] 命令 [参数]…（详见 fylink case -h）\n",
        ),
        (
            ["case", "list", "--owner", "张某某"],
            "错误：没有这个选项“--owner”，是否指：--json、--sort、--year\n"
            "用法：fylink case list [选项]（详见 fylink case list -h）\n",
        ),
        (
            ["case", "list", "-x"],
            "错误：没有这个选项“-x”\n用法：fylink case list [选项]（详见 fylink case list -h）\n",
        ),
        (
            ["case", "close", "（2026）豫0591行初201号", "--closed", "2026-11-21"],
            "错误：缺少必填的选项 --outcome（-o）\n"
            "用法：fylink case close [选项] 案号（详见 fylink case close -h）\n",
        ),
        (
            ["case", "show"],
            "错误：缺少必填的参数 案号\n"
            "用法：fylink case show [选项] 案号（详见 fylink case show -h）\n",
        ),
        (
            ["case", "list", "-n", "abc"],
            "错误：选项 --limit（-n）的值“abc”无效：应为整数\n"
            "用法：fylink case list [选项]（详见 fylink case list -h）\n",
        ),
        (
            ["report", "quarterly", "--quarter", "5"],
            "错误：选项 --quarter（-q）的值“5”无效：不能大于 4\n"
            "用法：fylink report quarterly [选项]（详见 fylink report quarterly -h）\n",
        ),
        (
            ["case", "list", "--page", "0"],
            "错误：选项 --page 的值“0”无效：不能小于 1\n"
            "用法：fylink case list [选项]（详见 fylink case list -h）\n",
        ),
        (
            ["report", "quarterly", "--year"],
            "错误：选项 --year 后面缺少值\n"
            "用法：fylink report quarterly [选项]（详见 fylink report quarterly -h）\n",
        ),
        (
            ["log", "--json=1"],
            "错误：选项 --json 不带值\n用法：fylink log [选项]（详见 fylink log -h）\n",
        ),
        (
            ["case", "show", "（2025）豫0591行初95号", "多余"],
            "错误：多余的参数：多余\n"
            "用法：fylink case show [选项] 案号（详见 fylink case show -h）\n",
        ),
        (
            ["--db", "x.db"],
            "错误：缺少命令\n用法：fylink [选项] 命令 [参数]…（详见 fylink -h）\n",
        ),
        (
            ["--bogus"],
            "错误：没有这个选项“--bogus”\n用法：fylink [选项] 命令 [参数]…（详见 fylink -h）\n",
        ),
    ],
)
def test_a_usage_error_is_told_in_chinese(args, expected):
    result = run(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == expected


def test_a_bare_noun_shows_its_help():
    result = run("case")
    assert result.exit_code == 2
    assert result.stderr.startswith("用法：fylink case [选项] 命令 [参数]…\n")
    assert "\n命令：\n  add " in result.stderr


def test_a_usage_error_writes_nothing(cli, initialized, db_url):
    from helpers import db_dump

    before = db_dump(db_url)
    result = cli("unit", "add", "示范县档案馆", "--short", "县档案馆", "--kind")
    assert result.exit_code == 2
    assert result.stderr.startswith("错误：选项 --kind 后面缺少值\n")
    assert db_dump(db_url) == before


def test_help_text_wraps_by_display_width():
    from fylink.cli.chinese import display_width, wrap

    assert display_width("案号 ab") == 7
    lines = wrap("完成时限：日期（2025-09-30 或 2025年9月30日）或规则", 20)
    assert all(display_width(line) <= 20 for line in lines)
    assert "".join(lines).replace(" ", "") == "完成时限：日期（2025-09-30或2025年9月30日）或规则"
    assert "2025-09-30" in "".join(lines)  # an ASCII word is never cut
    # a line never starts with a closing mark, nor ends with an opening one
    assert wrap("一二三四五，六七", 10) == ["一二三四五，", "六七"]
    assert wrap("一二三四（五六七", 10) == ["一二三四", "（五六七"]
