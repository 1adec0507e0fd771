"""Issue 18: 工作简报 submissions (报送) and adoptions (采用) as 考核 evidence.

By hand, for 2025 (shortfall: 3 submissions a year, 0.5 per one short; bonus 0.5 per
adopted item):
* 县住建局: 3 submitted in 2025 (one adopted in 工作简报2025年第1期) → 100 + 0.5 = 100.5;
  its 2024 submission does not count.
* 县人社局: 1 submitted, adopted → 2 short = −1, +0.5 → 99.5.
* 县司法局 (and every unit that sent nothing): 3 short → 98.5.

Runs on SQLite, and on PostgreSQL with FYLINK_TEST_PG_URL.
"""

import json

import pytest

from helpers import DATA

RULES = str(DATA / "assessment" / "brief_items.toml")


@pytest.fixture
def office(cli, initialized, monkeypatch):
    # the roster's 县住建局, 县人社局 and 县司法局
    monkeypatch.setenv("FYLINK_TODAY", "2025-06-30")
    sent = [
        ("县住建局", "2024-12-20", "去年的稿件"),
        ("县住建局", "2025-03-02", "征收补偿争议专项排查"),
        ("县住建局", "2025-04-11", "问题楼盘化解进展"),
        ("县住建局", "2025-05-20", "物业纠纷诉前调解"),
        ("县人社局", "2025-03-15", "欠薪案件府院联动处置"),
    ]
    for unit, day, title in sent:
        result = cli(
            "brief", "submit", "-u", unit, "-k", "工作动态", "-t", title, "--date", day, "稿件正文"
        )
        assert result.exit_code == 0, result.output
    assert cli("brief", "new", "--date", "2025-06-10").exit_code == 0
    for number in (2, 5):  # 县住建局's 征收补偿争议专项排查, 县人社局's only one
        result = cli("brief", "item", "add", "--submission", str(number))
        assert result.exit_code == 0, result.output
    monkeypatch.setenv("FYLINK_TODAY", "2026-01-10")


def test_submissions_and_adoptions_are_scored_by_hand(cli, office):
    result = cli("assess", "--year", "2025", "--rules", RULES, "--json")
    assert result.exit_code == 0, result.output
    units = {u["unit"]: u for u in json.loads(result.stdout)["units"]}
    wanted = ("县住建局", "县人社局", "县司法局", "县发改委")
    assert {name: units[name]["score"] for name in wanted} == {
        "县住建局": 100.5,
        "县人社局": 99.5,
        "县司法局": 98.5,
        "县发改委": 98.5,  # like every unit that sent nothing
    }
    housing = {line["id"]: line for line in units["县住建局"]["lines"]}
    assert [r["ref"] for r in housing["J1.1"]["records"]] == [
        "工作简报2025年第1期：征收补偿争议专项排查"
    ]
    assert housing["J1.1"]["records"][0]["on"] == "2025-06-10"


def test_the_terminal_names_the_adopted_item(cli, office):
    result = cli("assess", "--year", "2025", "--rules", RULES, "--unit", "县人社局")
    assert result.exit_code == 0, result.output
    assert "工作简报2025年第1期：欠薪案件府院联动处置" in result.stdout
