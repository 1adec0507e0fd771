"""The head-rank rule, kept once for ``case update --head-rank`` and the import."""

import pytest

from fylink.domain.categories import head_appeared_for, parse_head_rank
from fylink.domain.values import parse_choice
from fylink.errors import InvalidInputError


def test_a_rank_is_正职_or_副职():
    assert parse_head_rank(" 正职 ") == "正职"
    assert parse_head_rank("副职") == "副职"
    with pytest.raises(InvalidInputError) as caught:
        parse_head_rank("科长")
    assert (caught.value.message, caught.value.field) == (
        "出庭负责人应为“正职”或“副职”",
        "head_rank",
    )


@pytest.mark.parametrize(
    ("rank", "appeared", "expected"),
    [
        ("正职", None, True),  # a rank recorded means the head appeared
        ("正职", False, False),  # unless the office said otherwise (check_case refuses it)
        ("副职", True, True),
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
