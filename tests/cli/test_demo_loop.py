"""``fylink demo`` includes meetings, decisions, tasks in every state, and suggestions."""

import json


def test_demo_has_the_closed_loop(cli, demo_db):
    meetings = json.loads(cli("meeting", "list", "--json").stdout)
    assert len(meetings) >= 10
    assert {m["kind"] for m in meetings} >= {"全体会议", "联席会议", "协调会"}
    latest = json.loads(cli("meeting", "show", str(meetings[0]["id"]), "--json").stdout)
    assert {a["role"] for a in latest["attendance"]} >= {"出席"}
    assert len(latest["attendance"]) > 10
    statuses = {
        status: len(
            json.loads(cli("task", "list", "--status", status, "--json", "-n", "500").stdout)
        )
        for status in ("逾期", "临期", "未到期", "已完成", "已销号")
    }
    assert all(statuses.values()), statuses
    rows = json.loads(cli("suggestion", "list", "--json").stdout)
    assert {r["status"] for r in rows} >= {"逾期未反馈", "逾期反馈", "已反馈", "已核实", "待反馈"}
    # Last week's run already issued notices; today escalates further.
    result = cli("check", "overdue", "--dry-run")
    assert result.exit_code == 10
    assert "督办" in result.stdout
