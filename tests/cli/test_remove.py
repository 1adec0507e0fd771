"""``case remove``, ``task remove``, ``meeting remove``: gone, journaled with the reason,
refused while others depend on it, undoable."""

import json

from helpers import db_dump

NUMBER = "（2025）豫0591行初7号"


def _add_case(cli) -> None:
    result = cli(
        "case", "add", NUMBER, "-c", "行政诉讼", "-u", "县自然资源局",
        "--filed", "2025-03-01", "-p", "张三:410502198510151232",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert cli("case", "event", NUMBER, "--kind", "开庭", "--on", "2025-04-01").exit_code == 0


def test_case_remove_then_undo(cli, initialized, db_url):
    _add_case(cli)
    before = db_dump(db_url)
    result = cli(
        "case", "remove", NUMBER.replace("（", "(").replace("）", ")"), "--reason", "重复登记"
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        f"已删除案件 {NUMBER}（原因已记入变更日志，可用 fylink undo 恢复）\n"
        "一并删除：案件动态 1 条、案件当事人 1 条\n"
    )
    assert cli("case", "show", NUMBER).exit_code == 4
    assert json.loads(cli("case", "list", "--json").stdout) == []
    entry = json.loads(cli("log", "--json", "--limit", "1").stdout)[0]
    assert entry["action"] == "delete"
    assert entry["entity"] == "case"
    assert entry["before"]["reason"] == "重复登记"
    assert entry["before"]["case_no"] == NUMBER
    assert cli("undo").exit_code == 0
    restored = [row for row in db_dump(db_url) if row[0] != "journal"]
    assert restored == [row for row in before if row[0] != "journal"]
    assert cli("case", "show", NUMBER).exit_code == 0
    assert cli("log", "--verify").exit_code == 0


def test_remove_needs_a_reason(cli, initialized, db_url):
    _add_case(cli)
    before = db_dump(db_url)
    result = cli("case", "remove", NUMBER, "--reason", " ")
    assert result.exit_code == 3
    assert result.stderr == "错误：请用 --reason 写明删除原因（记入变更日志）\n"
    assert db_dump(db_url) == before


def test_meeting_with_decisions_is_refused_then_cascades(cli, demo_db, db_url):
    before = db_dump(db_url)
    refused = cli("meeting", "remove", "12", "--reason", "测试会议")
    assert refused.exit_code == 5
    assert refused.stderr.startswith("错误：不能删除会议 联席会议2025年第3期：议定事项 任务 30（")
    assert refused.stderr.endswith("依赖于它；确需一并删除请加 --with-dependents\n")
    assert db_dump(db_url) == before

    result = cli("meeting", "remove", "2025-3", "--reason", "测试会议", "--with-dependents")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == (
        "已删除会议 联席会议2025年第3期（原因已记入变更日志，可用 fylink undo 恢复）"
    )
    assert lines[1].startswith("一并删除：")
    assert [line for line in lines if line.startswith("一并删除依赖项：任务 ")] == lines[2:-1]
    assert len(lines[2:-1]) == 4
    # The demo never printed its 纪要: the 期号 is free again, and the clerk is told.
    assert lines[-1] == "期号 联席会议2025年第3期未印发过纪要，下次登记的会议将重新使用"
    assert cli("meeting", "show", "2025-3").exit_code == 4
    assert cli("task", "show", "30").exit_code == 4
    assert cli("undo").exit_code == 0
    assert [r for r in db_dump(db_url) if r[0] != "journal"] == [
        r for r in before if r[0] != "journal"
    ]


def test_task_remove(cli, demo_db, db_url):
    result = cli("task", "remove", "#1", "--reason", "误录")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("已删除任务 1（")
    assert cli("task", "show", "1").exit_code == 4
    assert cli("task", "remove", "1", "--reason", "误录").exit_code == 4
