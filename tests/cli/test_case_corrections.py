"""``case update`` corrections (number, category, parties, hearing) and ``case reopen``."""

import json

from helpers import db_dump

OLD = "（2025）豫0591行初7号"
NEW = "（2025）豫0591行初8号"


def _add_case(cli) -> None:
    result = cli(
        "case", "add", OLD, "-c", "行政诉讼", "-u", "县自然资源局",
        "--filed", "2025-03-01", "-p", "张三:410502198510151232",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert cli("case", "event", OLD, "--kind", "开庭", "--on", "2025-04-01").exit_code == 0


def _show(cli, number: str) -> dict:
    result = cli("case", "show", number, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_renumber_then_log_by_the_old_number(cli, initialized):
    _add_case(cli)
    result = cli("case", "update", "(2025)豫0591行初7号", "--number", "(2025)豫0591行初8号")
    assert result.exit_code == 0, result.output
    assert result.stdout == (f"已修改：{NEW}\n原编号 {OLD} 已改为 {NEW}（变更日志按原号仍可查）\n")
    # `case show` follows a former number (the clerk has the old one on paper) and says so;
    # a write refuses it, naming the number to use.
    shown = cli("case", "show", "(2025)豫0591行初7号", "--json")
    assert (shown.exit_code, shown.stderr) == (
        0,
        f"注意：(2025)豫0591行初7号 已更正为 {NEW}，以下是更正后的案件\n",
    )
    assert json.loads(shown.stdout) == _show(cli, NEW)
    assert _show(cli, NEW)["case_no"] == NEW
    closed = cli("case", "close", OLD, "-o", "驳回诉讼请求", "--closed", "2025-05-01")
    assert (closed.exit_code, closed.stderr) == (
        4,
        f"错误：案件 {OLD} 已更正为 {NEW}，请用更正后的案号\n",
    )
    by_old = json.loads(cli("log", "--case", OLD, "--json").stdout)
    by_new = json.loads(cli("log", "--case", NEW, "--json").stdout)
    assert by_old == by_new
    assert by_old[0]["after"]["renumbered_from"] == OLD
    assert by_old[0]["before"]["case_no"] == OLD


def test_renumber_to_a_taken_number_is_refused(cli, initialized, db_url):
    _add_case(cli)
    other = cli(
        "case", "add", NEW, "-c", "行政诉讼", "-u", "县自然资源局", "--filed", "2025-03-02"
    )  # fmt: skip
    assert other.exit_code == 0
    before = db_dump(db_url)
    result = cli("case", "update", OLD, "--number", "(2025)豫0591行初8号")
    assert result.exit_code == 5
    assert result.stderr == f"错误：案件 {NEW} 已登记，不能改用这个编号\n"
    assert db_dump(db_url) == before


def test_heard_on_moves_the_hearing_event(cli, initialized):
    _add_case(cli)
    result = cli("case", "update", OLD, "--heard-on", "2025-04-03")
    assert result.exit_code == 0, result.output
    assert result.stdout == f"已修改：{OLD}\n开庭动态已改到 2025-04-03\n"
    shown = _show(cli, OLD)
    assert shown["heard_on"] == "2025-04-03"
    assert [e["occurred_on"] for e in shown["events"] if e["kind"] == "开庭"] == ["2025-04-03"]


def test_parties_added_removed_and_id_corrected(cli, initialized, db_url):
    _add_case(cli)
    result = cli(
        "case", "update", OLD, "--party", "李四", "--party-id", "张三:34050320000229004X"
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stdout == f"已修改：{OLD}\n已增加当事人：李四\n已更正当事人证件号码：张三\n"
    shown = cli("case", "show", OLD).stdout
    assert "原告 张三（340503********004X）；原告 李四" in shown
    entry = json.loads(cli("log", "--json", "--limit", "1").stdout)[0]
    assert entry["entity"] == "party"
    assert entry["before"]["id_number"] == "410502********1232"
    assert entry["after"]["id_number"] == "340503********004X"
    assert "34050320000229004X" not in cli("log", "--json").stdout

    removed = cli("case", "update", OLD, "--remove-party", "李四")
    assert removed.exit_code == 0, removed.output
    assert "原告 李四" not in cli("case", "show", OLD).stdout

    before = db_dump(db_url)
    bad = cli("case", "update", OLD, "--party-id", "张三:340503200002290041")
    assert bad.exit_code == 3
    assert bad.stderr.startswith("错误：身份证号码")
    missing = cli("case", "update", OLD, "--remove-party", "王五")
    assert missing.exit_code == 4
    assert missing.stderr == f"错误：当事人“王五”不是案件 {OLD} 的当事人\n"
    assert db_dump(db_url) == before


def test_category_is_revalidated_and_flags_follow(cli, initialized, db_url):
    number = "示政复〔2025〕3号"
    added = cli(
        "case", "add", number, "-c", "行政复议", "-u", "县人社局", "--filed", "2025-03-01"
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    assert cli("case", "update", OLD, "--category", "行政复议").exit_code == 4
    _add_case(cli)
    assert cli("case", "close", OLD, "-o", "撤销", "--closed", "2025-05-01").exit_code == 0
    assert _show(cli, OLD)["is_loss"] is True
    before = db_dump(db_url)
    refused = cli("case", "update", OLD, "--category", "行政复议")
    assert refused.exit_code == 3
    assert refused.stderr == f"错误：{OLD} 是法院案号，案件类别不能是行政复议\n"
    assert db_dump(db_url) == before
    # A free number cannot become a court category's 案号.
    assert cli("case", "update", number, "--category", "行政诉讼").exit_code == 3


def test_reopen(cli, initialized, db_url):
    _add_case(cli)
    assert cli("case", "close", OLD, "-o", "撤销", "--closed", "2025-05-01").exit_code == 0
    result = cli("case", "reopen", OLD, "--reason", "发回重审")
    assert result.exit_code == 0, result.output
    assert result.stdout == f"已恢复办理：{OLD}（状态：在办）\n"
    shown = _show(cli, OLD)
    assert (shown["status"], shown["closed_on"], shown["outcome"], shown["is_loss"]) == (
        "在办",
        None,
        None,
        False,
    )
    entry = json.loads(cli("log", "--json", "--limit", "1").stdout)[0]
    assert entry["after"]["reason"] == "发回重审"
    assert entry["before"]["outcome"] == "撤销"
    before = db_dump(db_url)
    again = cli("case", "reopen", OLD, "--reason", "发回重审")
    assert again.exit_code == 5
    assert again.stderr == f"错误：案件 {OLD} 尚未结案，无需恢复办理\n"
    assert db_dump(db_url) == before
    assert cli("undo").exit_code == 0
    assert _show(cli, OLD)["outcome"] == "撤销"


def test_a_former_number_of_a_case_since_removed_is_not_found(cli, initialized):
    _add_case(cli)
    assert cli("case", "update", OLD, "--number", NEW).exit_code == 0
    assert cli("case", "remove", NEW, "--reason", "重复登记").exit_code == 0
    for args in (
        ("case", "show", OLD),
        ("case", "close", OLD, "-o", "撤销", "--closed", "2025-05-01"),
    ):
        result = cli(*args)
        assert (result.exit_code, result.stderr) == (
            4,
            f"错误：案件 {OLD} 不存在：用 fylink case list 查找\n",
        )
