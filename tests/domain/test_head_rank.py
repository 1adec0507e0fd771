"""The head-rank rule, kept once for ``case update --head-rank`` and the import."""

import pytest

from fylink.domain.categories import head_appeared_for, parse_head_rank
from fylink.domain.values import parse_choice
from fylink.errors import InvalidInputError


def test_a_rank_is_one_of_who_may_appear():
    assert parse_head_rank(" 正职 ") == "正职"
    assert parse_head_rank("副职") == "副职"
    assert parse_head_rank("工作人员") == "工作人员"
    with pytest.raises(InvalidInputError) as caught:
        parse_head_rank("科长")
    assert (caught.value.message, caught.value.field) == (
        "出庭人员应为：正职、副职、分管领导、工作人员、下级机关",
        "head_rank",
    )


@pytest.mark.parametrize(
    ("rank", "appeared", "expected"),
    [
        ("正职", None, True),  # a rank recorded means the head appeared
        ("正职", False, False),  # unless the office said otherwise (check_case refuses it)
        ("副职", True, True),
        ("分管领导", None, True),
        ("工作人员", None, False),  # 法释〔2020〕3号 art. 2: staff sent instead do not count
        ("下级机关", None, False),
        (None, None, None),
        (None, False, False),
    ],
)
def test_a_rank_implies_the_head_appeared(rank, appeared, expected):
    assert head_appeared_for(rank, appeared) is expected


def test_parse_choice_names_the_choices():
    from fylink.domain.status import TaskStatus

    assert parse_choice(TaskStatus, " 逾期", what="任务状态") is TaskStatus.OVERDUE
    with pytest.raises(InvalidInputError) as caught:
        parse_choice(TaskStatus, "过期", what="任务状态")
    assert caught.value.message == "任务状态“过期”不存在，可选：未到期、临期、逾期、已完成、已销号"
