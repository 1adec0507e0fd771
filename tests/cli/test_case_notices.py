"""Case deadlines (the 应诉 clock) are notices too (issue 13): a late 答辩 climbs the ladder.

The defence and evidence are due 15 days after the 起诉状副本 arrived (行政诉讼法 art. 67,
34). `check overdue` issues the defendant unit a 提醒 before the deadline, a 催办 and a 督办
after it, like a task's; recording the 答辩 ends it; each deadline of a case climbs on its
own. Both engines.
"""

import json

import pytest

LIT = "（2025）豫0591行初41号"


def _check(cli, monkeypatch, day: str, *args: str):
    monkeypatch.setenv("FYLINK_TODAY", day)
    return cli("check", "overdue", *args)


def _items(result) -> list[tuple]:
    data = json.loads(result.stdout)
    return [
        (i["type"], i["ref"], i["status"], i["stage"], i["new_stage"])
        for u in data["units"]
        for i in u["items"]
    ]


@pytest.fixture
def served(cli, initialized, monkeypatch):
    """县自然资源局 is the defendant; the 起诉状副本 arrived on 2025-06-10 (due 2025-06-25)."""
    monkeypatch.setenv("FYLINK_TODAY", "2025-06-12")
    added = cli(
        "case", "add", LIT, "-c", "行政诉讼", "-u", "县自然资源局", "--filed", "2025-06-03",
        "--summary", "不服房屋征收决定",
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    event = cli("case", "event", LIT, "-k", "收到起诉状副本", "--on", "2025-06-10")
    assert event.exit_code == 0, event.output


def test_a_late_defence_climbs_the_ladder(cli, served, monkeypatch) -> None:
    # 2025-06-20 (Fri): three working days left — 临期, one 提醒 before it is late.
    soon = _check(cli, monkeypatch, "2025-06-20", "--json")
    assert soon.exit_code == 0, soon.output
    assert _items(soon) == [("case", LIT, "临期", None, "提醒")]
    again = _check(cli, monkeypatch, "2025-06-23", "--json")
    assert _items(again) == [("case", LIT, "临期", "提醒", None)]
    # Late: nothing new until 催办 (5 working days) and 督办 (10).
    late = _check(cli, monkeypatch, "2025-06-27", "--json")
    assert late.exit_code == 10
    assert _items(late) == [("case", LIT, "逾期", "提醒", None)]
    chase = _check(cli, monkeypatch, "2025-07-03", "--json")
    assert _items(chase) == [("case", LIT, "逾期", "提醒", "催办")]
    supervise = _check(cli, monkeypatch, "2025-07-10")
    assert supervise.exit_code == 10
    assert "县自然资源局 督办〔2025〕1号：1 项，限2025年7月17日前反馈" in supervise.stdout
    assert (
        "案件期限由案件动态推算（答辩、举证、上诉等），与其他事项一样逐级提醒、催办、督办被告"
        "（被申请人）单位；记录答辩等动态后即不再催办"
    ) in supervise.stdout
    shown = json.loads(cli("notice", "show", "2025-1", "--json").stdout)
    assert shown["unit"] == "县自然资源局"
    assert [
        (i["type"], i["ref"], i["content"], i["due_on"], i["status"]) for i in shown["items"]
    ] == [
        (
            "case",
            LIT,
            f"{LIT}案件答辩状和证据（自2025年6月10日起算）",
            "2025-06-25",
            "逾期",
        )
    ]
    text = cli("notice", "show", "2025-1").stdout
    assert LIT in text
    # The journal names the deadline the notice chased.
    log = json.loads(cli("log", "--json").stdout)
    notice_rows = [r for r in log if r["entity"] == "notice" and r["action"] == "insert"]
    assert notice_rows[0]["after"]["case_deadlines"] == [f"{LIT} 答辩状和证据@2025-06-10"]
    # The 答辩 is recorded: the deadline is met and nothing more is issued.
    assert cli("case", "event", LIT, "-k", "答辩", "--on", "2025-07-10").exit_code == 0
    done = _check(cli, monkeypatch, "2025-07-11", "--json")
    assert (done.exit_code, _items(done)) == (0, [])
    shown = json.loads(cli("notice", "show", "2025-1", "--json").stdout)
    assert shown["items"][0]["status"] == "逾期"  # as the letter stated it; the case is open


def test_each_deadline_of_a_case_climbs_on_its_own(cli, served, monkeypatch) -> None:
    assert _check(cli, monkeypatch, "2025-07-10").exit_code == 10  # 督办 for the 答辩
    assert cli("case", "event", LIT, "-k", "答辩", "--on", "2025-07-10").exit_code == 0
    reply = cli(
        "notice", "reply", "2025-1", "--on", "2025-07-10", "--summary", "已提交答辩状和证据"
    )
    assert reply.exit_code == 0, reply.output
    # A judgment served on 2025-07-14: the appeal period (art. 85, 15 days) ends 2025-07-29.
    monkeypatch.setenv("FYLINK_TODAY", "2025-07-14")
    assert cli("case", "event", LIT, "-k", "判决书送达", "--on", "2025-07-14").exit_code == 0
    soon = _check(cli, monkeypatch, "2025-07-24", "--json")
    assert _items(soon) == [("case", LIT, "临期", None, "提醒")]
    assert soon.exit_code == 0


def test_a_closed_case_is_not_chased(cli, served, monkeypatch) -> None:
    assert _check(cli, monkeypatch, "2025-06-20").exit_code == 0  # 提醒
    monkeypatch.setenv("FYLINK_TODAY", "2025-07-10")
    closed = cli("case", "close", LIT, "--outcome", "准予撤诉", "--closed", "2025-07-01")
    assert closed.exit_code == 0, closed.output
    done = _check(cli, monkeypatch, "2025-07-10", "--json")
    assert (done.exit_code, _items(done)) == (0, [])
