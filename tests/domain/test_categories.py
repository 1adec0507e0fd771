"""Which 类型代字 each case category accepts (《人民法院案件类型及其代字标准》)."""

import pytest

from fylink.domain.case_numbers import CaseTypeTable
from fylink.domain.categories import (
    CATEGORY_TYPE_CODES,
    CaseCategory,
    category_accepts,
    check_category_type,
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
