"""Issue 16: the rule engine's primitives, caps and ranking, without a database."""

from decimal import Decimal

import pytest

from fylink.domain.assessment import Facts, RulesError, parse_rules, rank_units, score_unit

D = Decimal

RULES = """
[rules]
name = "测试细则"
base = 100
bonus_cap = 3

[[tiers]]
name = "优秀"
min = 95

[[tiers]]
name = "合格"
min = 60

[[sections]]
id = "一"
name = "扣分"
points = 8

[[sections.items]]
id = "1"
name = "排名"
points = 4

[[sections.items.lines]]
id = "R"
name = "全省排名10位以后"
kind = "rank"
steps = { "11" = 1, "14" = 2, "17" = 3, "20" = 4 }

[[sections.items.lines]]
id = "L"
name = "迟报漏报"
kind = "late_missing"
late = 0.5
missing = 1

[[sections.items]]
id = "2"
name = "比率"

[[sections.items.lines]]
id = "P"
name = "结案率不低于90%"
kind = "rate"
target = 90
points = 1
round = "down"
evidence = "head_appearance"

[[sections]]
id = "加"
name = "加分"
bonus = true
points = 5

[[sections.items]]
id = "J"
name = "表彰"

[[sections.items.lines]]
id = "J1"
name = "表彰"
kind = "bonus"
levels = { "国家级" = 2, "省部级" = 1, "市级" = 0.5 }

[[sections.items.lines]]
id = "J2"
name = "经验推广"
kind = "bonus"
points = 1
cap = 1.5
"""


def _score(facts: dict[str, Facts], name: str = "县某局"):
    return score_unit(parse_rules(RULES), unit_id=1, unit=name, kind="政府部门", facts=facts)


def test_rank_steps_item_cap_and_late_missing():
    score = _score(
        {"R": Facts(count=1, largest=D(18)), "L": Facts(count=3, classes={"late": 1, "missing": 2})}
    )
    by_id = {line.line.id: line for line in score.lines}
    assert by_id["R"].counted == 3
    assert by_id["L"].counted == D("2.5")
    assert score.sections[0].items["1"] == (D("5.5"), D(4))  # the item's 4 points cap it
    assert score.total == 96


def test_rate_rounds_down_when_told_and_section_floor():
    score = _score(
        {"P": Facts(count=20, numerator=15, denominator=20), "R": Facts(count=1, largest=D(25))}
    )
    by_id = {line.line.id: line for line in score.lines}
    assert by_id["P"].counted == 15  # 75%: 15 points below, whole points only
    assert by_id["P"].note == "实际75.0%，低于90%"
    assert (score.sections[0].raw, score.sections[0].deducted) == (D(19), D(8))  # 扣完为止


def test_bonus_by_level_with_line_cap_and_overall_cap():
    score = _score(
        {
            "J1": Facts(count=2, classes={"国家级": 1, "省部级": 1}),
            "J2": Facts(count=2),
        }
    )
    by_id = {line.line.id: line for line in score.lines}
    assert by_id["J1"].counted == 3
    assert (by_id["J2"].raw, by_id["J2"].counted) == (D(2), D("1.5"))
    assert score.bonus == 3  # bonus_cap (the section allows 5)
    assert score.total == 103


def test_ranks_share_places_and_tiers():
    rules = parse_rules(RULES)
    scores = [
        score_unit(rules, unit_id=i, unit=f"单位{i}", kind="政府部门", facts=facts)
        for i, facts in enumerate(
            [{}, {"R": Facts(count=1, largest=D(12))}, {}, {"R": Facts(count=1, largest=D(30))}]
        )
    ]
    ranked = rank_units(rules, scores)
    assert [(s.unit, s.rank, s.tier) for s in ranked] == [
        ("单位0", 1, "优秀"),
        ("单位2", 1, "优秀"),
        ("单位1", 3, "优秀"),
        ("单位3", 4, "优秀"),
    ]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "缺少 [rules] 表（考核细则的名称等）"),
        ('[rules]\nname = "x"\n', "规则文件没有任何考核部分：请写 [[sections]]"),
        (
            '[rules]\nname = "x"\n[[sections]]\nid = "一"\nname = "y"\n',
            "部分“一”没有考核项：请写 [[sections.items]]",
        ),
    ],
)
def test_empty_rule_files(text, problem):
    with pytest.raises(RulesError) as caught:
        parse_rules(text)
    assert caught.value.problems[0].message == problem
