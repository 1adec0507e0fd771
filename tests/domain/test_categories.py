"""Which 类型代字 each case category accepts (《人民法院案件类型及其代字标准》)."""

import pytest

from fylink.domain.case_numbers import CaseTypeTable
from fylink.domain.categories import (
    CATEGORY_TYPE_CODES,
    HEAD_RANKS_COUNTED,
    OUTCOMES,
    CaseCategory,
    HeadRank,
    category_accepts,
    check_category_type,
    outcome_for,
    outcomes_of,
)
from fylink.errors import InvalidInputError

TABLE = CaseTypeTable.default()


def refusal(category: CaseCategory, code: str, table: CaseTypeTable = TABLE) -> str:
    case_type = table.get(code)
    assert case_type is not None
    with pytest.raises(InvalidInputError) as caught:
        check_category_type(
            category,
            f"（2025）豫0502{code}77号",
            code,
            case_type.name,
            table.codes,
            standard=table.is_standard(code),
        )
    assert caught.value.exit_code == 3
    return caught.value.message


def test_every_listed_code_is_in_the_standard() -> None:
    for codes in CATEGORY_TYPE_CODES.values():
        for code in codes:
            assert TABLE.is_standard(code), code


def test_a_civil_first_instance_is_no_administrative_suit() -> None:
    assert refusal(CaseCategory.LITIGATION, "民初") == (
        "案号“（2025）豫0502民初77号”的类型代字“民初”（民事一审案件）不属于行政诉讼案件；"
        "行政诉讼案件的类型代字应为：行初、行终、行再、行申、行监、行抗、行他、行辖、行辖终、"
        "行赔初、行赔终、行赔再、行赔申、行赔监、行赔抗、行赔他、赔辖、赔辖终"
        "（如只需跟踪该案，可登记为“其他”）"
    )


@pytest.mark.parametrize(
    ("category", "accepted", "refused"),
    [
        (
            CaseCategory.LITIGATION,
            ["行初", "行终", "行再", "行申", "行赔初", "行赔终", "行赔他"],
            ["民初", "刑初", "行审", "行审复", "执", "行保", "司救行", "民诉前调"],
        ),
        (CaseCategory.NONLITIGATION_ENFORCEMENT, ["行审", "行审复"], ["行初", "执", "财保"]),
        (
            CaseCategory.AGENCY_ENFORCEMENT,
            ["执", "执恢", "执异", "执复", "执保", "执监", "执协", "执他"],
            ["行审", "行初", "财保", "司救执"],
        ),
        (
            CaseCategory.BANKRUPTCY,
            ["破申", "破", "破终", "破监", "强清", "清申", "清终", "清监"],
            ["执", "民初", "司救民"],
        ),
        (CaseCategory.PRESUIT_MEDIATION, ["民诉前调"], ["民初", "行初"]),
        (CaseCategory.OTHER, ["民初", "刑初", "行初", "执", "破", "司救访", "认港"], []),
        (CaseCategory.PETITION, ["民初", "行申", "司救访"], []),
    ],
)
def test_category_accepts(category: CaseCategory, accepted: list[str], refused: list[str]) -> None:
    for code in accepted:
        assert category_accepts(category, code), code
    for code in refused:
        assert not category_accepts(category, code), code


def test_presuit_mediation_accepts_the_offices_presuit_codes() -> None:
    table = TABLE.with_extra({"行诉前调": "行政诉前调解案件"})
    assert category_accepts(CaseCategory.PRESUIT_MEDIATION, "行诉前调", standard=False)
    assert "诉前调解案件的类型代字应为：民诉前调、行诉前调" in refusal(
        CaseCategory.PRESUIT_MEDIATION, "民初", table
    )
    assert "诉前调解案件的类型代字应为：民诉前调（" in refusal(
        CaseCategory.PRESUIT_MEDIATION, "行初"
    )


def test_an_offices_own_code_fits_the_category_of_its_family() -> None:
    table = TABLE.with_extra({"行非": "测试类型", "执联": "执行联动案件"})
    assert category_accepts(CaseCategory.LITIGATION, "行非", standard=table.is_standard("行非"))
    assert category_accepts(
        CaseCategory.AGENCY_ENFORCEMENT, "执联", standard=table.is_standard("执联")
    )
    assert not category_accepts(CaseCategory.LITIGATION, "执联", standard=False)
    assert "“行非”（测试类型）不属于破产案件" in refusal(CaseCategory.BANKRUPTCY, "行非", table)


def test_is_standard() -> None:
    assert TABLE.is_standard("行初")
    assert not TABLE.is_standard("民诉前调")
    assert not TABLE.with_extra({"行诉前调": "x"}).is_standard("行诉前调")


# --------------------------------------------------------------------------- outcomes


def test_second_instance_outcomes_of_article_89() -> None:
    names = [o.name for o in outcomes_of(CaseCategory.LITIGATION, "二审")]
    for name in ("驳回上诉、维持原判", "改判", "部分改判", "发回重审", "撤回上诉", "准予撤回上诉"):
        assert name in names
    assert outcome_for(CaseCategory.LITIGATION, "准予撤回上诉", "二审").withdrawn
    assert not outcome_for(CaseCategory.LITIGATION, "改判", "二审").loss


def test_retrial_outcomes() -> None:
    names = [o.name for o in outcomes_of(CaseCategory.LITIGATION, "再审")]
    for name in ("维持原判", "改判", "部分改判", "发回重审"):
        assert name in names
    assert "驳回再审申请" in [o.name for o in outcomes_of(CaseCategory.LITIGATION, "再审审查")]


def test_a_first_instance_outcome_is_refused_on_appeal_naming_the_choices() -> None:
    with pytest.raises(InvalidInputError) as caught:
        outcome_for(CaseCategory.LITIGATION, "撤销", "二审")
    assert caught.value.message.startswith(
        "“撤销”不是二审行政诉讼案件的结案结果，可选：驳回上诉、维持原判、改判、部分改判、"
        "发回重审、撤回上诉、准予撤回上诉"
    )


@pytest.mark.parametrize(
    "name",
    # 行政诉讼法 art. 73 (给付) and art. 78 (行政协议).
    ["判决履行给付义务", "判决继续履行协议", "判决采取补救措施", "判决赔偿损失"],
)
def test_payment_and_agreement_judgments_are_losses(name: str) -> None:
    outcome = outcome_for(CaseCategory.LITIGATION, name, "一审")
    assert (outcome.loss, outcome.judgment) == (True, True)


@pytest.mark.parametrize(
    ("name", "correction"),
    [
        ("变更", True),  # 行政复议法 (2023) art. 63
        ("撤销", True),  # art. 64
        ("确认违法", True),  # art. 65
        ("责令履行", True),  # art. 66
        ("确认无效", True),  # art. 67
        ("责令承担协议责任", True),  # art. 71
        ("维持", False),  # art. 68
        ("驳回", False),  # art. 69
        ("调解", False),  # art. 73
        ("和解", False),  # art. 74
        ("终止", False),  # art. 41
    ],
)
def test_reconsideration_decisions_of_2023(name: str, correction: bool) -> None:
    assert outcome_for(CaseCategory.RECONSIDERATION, name).correction is correction


def test_other_categories_ignore_the_instance() -> None:
    assert (
        outcomes_of(CaseCategory.RECONSIDERATION, "二审") == OUTCOMES[CaseCategory.RECONSIDERATION]
    )


def test_head_ranks_that_count() -> None:
    # 法释〔2020〕3号 art. 2: 正职、副职、其他参与分管的负责人 of the defendant count.
    assert {r.value for r in HEAD_RANKS_COUNTED} == {"正职", "副职", "分管领导"}
    assert {r.value for r in HeadRank} - {r.value for r in HEAD_RANKS_COUNTED} == {
        "工作人员",
        "下级机关",
    }
    assert all(len(r.value) <= 4 for r in HeadRank)  # the column is String(4)
