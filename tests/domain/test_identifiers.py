import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from fylink.domain.identifiers import (
    COMPOUND_SURNAMES,
    CREDIT_CODE,
    RESIDENT_ID,
    check_phone,
    classify_identifier,
    credit_code_check_char,
    looks_like_resident_id,
    mask_identifier,
    mask_person_name,
    mask_phone,
    mask_resident_id,
    organization_code_check_char,
    validate_credit_code,
    validate_resident_id,
)
from fylink.errors import InvalidInputError

DATA = Path(__file__).parent.parent / "data"
VECTORS: dict[str, Any] = json.loads((DATA / "identifiers.json").read_text("utf-8"))
IDS = VECTORS["resident_id"]
CODES = VECTORS["credit_code"]

TODAY = date(2025, 6, 30)

# GB 11643 and both GB 32100 checks happen to agree on this one; the ID reading wins.
VALID_AS_BOTH = VECTORS["valid_as_both"]["text"]
# All digits, valid as a credit code, but its "birth date" 00551300 is not a date.
ALL_DIGIT_CREDIT_CODE = CODES["all_digit"]["not_id_shaped"]
# All digits, valid as a credit code, and digits 7-14 read 1990-01-01.
ID_SHAPED_CREDIT_CODE = CODES["all_digit"]["id_shaped"]


def message_of(func: Any, text: str, **kwargs: Any) -> str:
    with pytest.raises(InvalidInputError) as caught:
        func(text, **kwargs)
    assert caught.value.exit_code == 3
    assert "\n" not in caught.value.message
    return caught.value.message


# --------------------------------------------------------------------------- resident ID


@pytest.mark.parametrize("text", IDS["valid"])
def test_valid_resident_id(text: str) -> None:
    assert validate_resident_id(text, today=TODAY) == text


@pytest.mark.parametrize("vector", IDS["invalid"], ids=lambda v: v["text"])
def test_invalid_resident_id_names_the_fault(vector: dict[str, Any]) -> None:
    message = message_of(validate_resident_id, vector["text"], today=TODAY)
    assert message.startswith("身份证号码")
    assert vector["part"] in message


@pytest.mark.parametrize("vector", IDS["invalid"], ids=lambda v: v["text"])
def test_resident_id_message_never_shows_the_whole_number(vector: dict[str, Any]) -> None:
    message = message_of(validate_resident_id, vector["text"], today=TODAY)
    assert vector["text"] not in message
    assert mask_resident_id(vector["text"]) in message


def test_exact_resident_id_messages() -> None:
    assert message_of(validate_resident_id, "110105194902300020", today=TODAY) == (
        "身份证号码“110105********0020”中的出生日期“19490230”不是真实存在的日期"
    )
    assert message_of(validate_resident_id, "110105194912310021", today=TODAY) == (
        "身份证号码“110105********0021”校验码不符，请逐位核对"
    )
    assert message_of(validate_resident_id, "41050219851015123", today=TODAY) == (
        "身份证号码“410502*******5123”位数不对：应为18位，实际为17位"
    )


def test_trailing_x_is_upper_cased() -> None:
    assert validate_resident_id("11010519491231002x", today=TODAY) == "11010519491231002X"


def test_spaces_and_full_width_digits_are_normalized() -> None:
    assert validate_resident_id(" 410502 19851015 1232\u3000", today=TODAY) == "410502198510151232"
    assert validate_resident_id("４１０５０２１９８５１０１５１２３２", today=TODAY) == (
        "410502198510151232"
    )


def test_unknown_region_prefix_is_accepted() -> None:
    assert validate_resident_id("999999199001010016", today=TODAY) == "999999199001010016"


def test_birth_date_in_the_future_is_rejected() -> None:
    text = "11010520300101001X"  # checksum right, born 2030-01-01
    assert "出生日期“20300101”晚于今天" in message_of(validate_resident_id, text, today=TODAY)
    assert validate_resident_id(text, today=date(2030, 1, 1)) == text


def test_leap_day_in_a_leap_year_is_a_real_date() -> None:
    assert validate_resident_id("34050320000229004X", today=TODAY) == "34050320000229004X"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "身份证号码不能为空"),
        ("410502851015123", "实际为15位（15位的一代身份证号码请换算为18位）"),
        ("4105021985101512321", "实际为19位"),
        ("4105021985A0151232", "前17位应全部为数字"),
        ("41050219851015123Y", "最后一位（校验码）应为数字或X"),
    ],
)
def test_more_resident_id_faults(text: str, fragment: str) -> None:
    assert fragment in message_of(validate_resident_id, text, today=TODAY)


# --------------------------------------------------------------------------- credit code


@pytest.mark.parametrize("text", CODES["valid"])
def test_valid_credit_code(text: str) -> None:
    assert validate_credit_code(text) == text


@pytest.mark.parametrize("vector", CODES["invalid"], ids=lambda v: v["text"])
def test_invalid_credit_code_names_the_fault(vector: dict[str, Any]) -> None:
    message = message_of(validate_credit_code, vector["text"])
    assert message.startswith(f"统一社会信用代码“{vector['text']}”")
    assert vector["part"] in message


def test_exact_credit_code_messages() -> None:
    assert message_of(validate_credit_code, "91110108551385O82Q") == (
        "统一社会信用代码“91110108551385O82Q”第15位“O”是非法字符："
        "只能使用数字和大写字母，且不使用I、O、Z、S、V"
    )
    assert message_of(validate_credit_code, "91110108551385028Q") == (
        "统一社会信用代码“91110108551385028Q”校验码不符，请逐位核对"
    )
    assert message_of(validate_credit_code, "91340503MA2N0001X") == (
        "统一社会信用代码“91340503MA2N0001X”位数不对：应为18位，实际为17位"
    )


@pytest.mark.parametrize("letter", list("IOZSV"))
def test_each_excluded_letter_is_reported(letter: str) -> None:
    text = "91110108551385082Q"[:9] + letter + "91110108551385082Q"[10:]
    message = message_of(validate_credit_code, text)
    assert f"第10位“{letter}”是非法字符" in message


def test_credit_code_is_upper_cased() -> None:
    assert validate_credit_code("91340503ma2n0001xg") == "91340503MA2N0001XG"
    assert validate_credit_code(" 9111 0108 5513 8508 2q ") == "91110108551385082Q"


def test_empty_credit_code() -> None:
    assert message_of(validate_credit_code, " ") == "统一社会信用代码不能为空"


# --------------------------------------------------------------------------- classify


@pytest.mark.parametrize("text", IDS["valid"])
def test_classify_resident_id(text: str) -> None:
    assert classify_identifier(text.lower(), today=TODAY) == (RESIDENT_ID, text)


@pytest.mark.parametrize("text", CODES["valid"])
def test_classify_credit_code(text: str) -> None:
    assert classify_identifier(text.lower()) == (CREDIT_CODE, text)


@pytest.mark.parametrize("vector", IDS["invalid"], ids=lambda v: v["text"])
def test_classify_rejects_invalid_resident_id(vector: dict[str, Any]) -> None:
    message = message_of(classify_identifier, vector["text"], today=TODAY)
    assert vector["part"] in message
    assert vector["text"] not in message


@pytest.mark.parametrize("vector", CODES["invalid"], ids=lambda v: v["text"])
def test_classify_rejects_invalid_credit_code(vector: dict[str, Any]) -> None:
    message = message_of(classify_identifier, vector["text"])
    assert message.startswith("统一社会信用代码")
    assert vector["part"] in message


def test_classify_wrong_length_digits_mentions_both_kinds() -> None:
    message = message_of(classify_identifier, "41050219851015123", today=TODAY)
    assert message == (
        "证件号码“410502*******5123”位数不对：身份证号码和统一社会信用代码都应为18位，实际为17位"
    )


def test_classify_all_digit_credit_code() -> None:
    assert classify_identifier(ALL_DIGIT_CREDIT_CODE, today=TODAY) == (
        CREDIT_CODE,
        ALL_DIGIT_CREDIT_CODE,
    )


def test_classify_prefers_resident_id_when_both_checksums_agree() -> None:
    assert validate_credit_code(VALID_AS_BOTH) == VALID_AS_BOTH
    assert classify_identifier(VALID_AS_BOTH, today=TODAY) == (RESIDENT_ID, VALID_AS_BOTH)


@pytest.mark.parametrize(("original", "typo"), VECTORS["typos"]["mod31_only"])
def test_id_typo_passing_mod31_fails_the_organization_code_check(original: str, typo: str) -> None:
    assert credit_code_check_char(typo[:17]) == typo[17]
    assert "第9至17位（组织机构代码）校验码不符" in message_of(validate_credit_code, typo)
    message = message_of(classify_identifier, typo, today=TODAY)
    assert message.startswith("身份证号码“")
    assert typo not in message


@pytest.mark.parametrize(("original", "typo"), VECTORS["typos"]["full"])
def test_id_typo_passing_both_credit_checks_is_refused_as_an_id(original: str, typo: str) -> None:
    # Valid as a credit code by both check characters, but shaped like an ID number.
    assert validate_credit_code(typo) == typo
    assert looks_like_resident_id(typo, today=TODAY)
    assert message_of(classify_identifier, typo, today=TODAY) == (
        f"身份证号码“{mask_resident_id(typo)}”校验码不符，请逐位核对"
    )


def test_the_issues_typo_is_refused() -> None:
    assert message_of(classify_identifier, "440304199001010015", today=TODAY) == (
        "身份证号码“440304********0015”校验码不符，请逐位核对"
    )


def test_an_organisations_id_shaped_credit_code_is_accepted() -> None:
    assert looks_like_resident_id(ID_SHAPED_CREDIT_CODE, today=TODAY)
    assert message_of(classify_identifier, ID_SHAPED_CREDIT_CODE, today=TODAY) == (
        "身份证号码“911101********0697”校验码不符，请逐位核对"
    )
    assert classify_identifier(ID_SHAPED_CREDIT_CODE, today=TODAY, organisation=True) == (
        CREDIT_CODE,
        ID_SHAPED_CREDIT_CODE,
    )


def test_an_organisation_still_gets_the_id_message_when_both_fail() -> None:
    message = message_of(classify_identifier, "440304199001010015", today=TODAY, organisation=True)
    assert message == "身份证号码“440304********0015”校验码不符，请逐位核对"


@pytest.mark.parametrize(("text", "expected"), CODES["organization_code"]["valid"])
def test_organization_code_check_on_the_valid_vectors(text: str, expected: str) -> None:
    assert text[8:17] == expected
    assert organization_code_check_char(expected[:8]) == expected[8]


@pytest.mark.parametrize(
    ("body", "check"),
    [
        ("55138508", "2"),
        ("MA2N0001", "X"),  # 11 - sum mod 11 == 10
        ("00000000", "0"),  # 11 - 0 == 11
    ],
)
def test_organization_code_check_char(body: str, check: str) -> None:
    assert organization_code_check_char(body) == check


def test_wrong_organization_code_check_with_a_right_mod31() -> None:
    # 551385082 → 551385083: fix the MOD 31 character so that only GB 11714 fails.
    first17 = "91110108551385083"
    text = first17 + credit_code_check_char(first17)
    assert message_of(validate_credit_code, text) == (
        f"统一社会信用代码“{text}”第9至17位（组织机构代码）校验码不符，请逐位核对"
    )


def test_organization_check_character_must_be_a_digit_or_x() -> None:
    first17 = "9111010855138508A"
    text = first17 + credit_code_check_char(first17)
    assert message_of(validate_credit_code, text) == (
        f"统一社会信用代码“{text}”有误：第17位（组织机构代码校验码）应为数字或X"
    )


def test_division_code_must_be_digits() -> None:
    first17 = "911A0108551385082"
    text = first17 + credit_code_check_char(first17)
    assert message_of(validate_credit_code, text) == (
        f"统一社会信用代码“{text}”有误：第3至8位（登记管理机关行政区划码）应全部为数字"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("440304199001010015", True),
        ("11010519491231002x", True),
        ("911101005513000269", False),  # 00551300 is no date
        ("440304999001010011", False),  # born 9990
        ("11010518991231002X", False),  # before 1900
        ("11010520300101001X", False),  # after today
        ("91340503MA2N0001XG", False),
        ("41050219851015123", False),
    ],
)
def test_looks_like_resident_id(text: str, expected: bool) -> None:
    assert looks_like_resident_id(text, today=TODAY) is expected


def test_classify_empty() -> None:
    assert message_of(classify_identifier, "") == "证件号码不能为空"


# --------------------------------------------------------------------------- masking


@pytest.mark.parametrize(("value", "masked"), VECTORS["masks"]["resident_id"])
def test_mask_resident_id_vector(value: str, masked: str) -> None:
    assert mask_resident_id(value) == masked


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("11010519491231002X", "110105********002X"),
        ("410502851015123", "410502*****5123"),
        ("1234567890", "**********"),
        ("", ""),
    ],
)
def test_mask_resident_id_never_leaves_more_than_ten_characters(value: str, masked: str) -> None:
    assert mask_resident_id(value) == masked


def test_mask_identifier_masks_id_cards_and_unknown_kinds_but_not_credit_codes() -> None:
    assert mask_identifier(RESIDENT_ID, "410502198510151232") == "410502********1232"
    assert mask_identifier(CREDIT_CODE, "91110108551385082Q") == "91110108551385082Q"
    assert mask_identifier("护照", "410502198510151232") == "410502********1232"


def test_an_id_shaped_value_is_masked_whatever_its_recorded_kind() -> None:
    # Stored as a credit code by an older fylink (the MOD 31 fallback): still masked.
    assert mask_identifier(CREDIT_CODE, "440304199001010015") == "440304********0015"
    assert mask_identifier(CREDIT_CODE, ALL_DIGIT_CREDIT_CODE) == "911101********0269"
    assert mask_identifier(CREDIT_CODE, "12410500MB1234562Y") == "12410500MB1234562Y"


@pytest.mark.parametrize(("name", "masked"), VECTORS["masks"]["person_name"])
def test_mask_person_name_vector(name: str, masked: str) -> None:
    assert mask_person_name(name) == masked


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("张三丰", "张某"),
        ("李", "李某"),
        (" 王五 ", "王某"),
        ("欧阳修", "欧阳某"),
        ("诸葛亮", "诸葛某"),
        ("司马相如", "司马某"),
        ("欧阳", "欧某"),  # two characters: surname 欧, given name 阳
        ("张某", "张某"),
        ("", ""),
    ],
)
def test_mask_person_name(name: str, masked: str) -> None:
    assert mask_person_name(name) == masked


@pytest.mark.parametrize("surname", sorted(COMPOUND_SURNAMES))
def test_every_compound_surname_is_kept_whole(surname: str) -> None:
    assert mask_person_name(surname + "明") == surname + "某"


def test_compound_surname_list() -> None:
    listed = "欧阳司马诸葛上官东方皇甫慕容令狐夏侯尉迟公孙长孙宇文司徒端木"
    assert {listed[i : i + 2] for i in range(0, len(listed), 2)} == COMPOUND_SURNAMES


@pytest.mark.parametrize(("phone", "masked"), VECTORS["masks"]["phone"])
def test_mask_phone_vector(phone: str, masked: str) -> None:
    assert mask_phone(phone) == masked


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("138 1234 5678", "138****5678"),
        ("+86 138-1234-5678", "138****5678"),
        ("0372-5912345", "037****2345"),
        ("12345", "*****"),
        ("", ""),
    ],
)
def test_mask_phone(phone: str, masked: str) -> None:
    assert mask_phone(phone) == masked


@pytest.mark.parametrize(
    "phone",
    [
        "13907940001",
        "139-0794-0001",
        "139 0794 0001",
        "+86 139-0794-0001",
        "0794-8221234",
        "07948221234",
        "8221234",
        "0794-8221234转801",
        "0794-8221234 / 13907940001",
        "12368",
        "",
    ],
)
def test_a_phone_as_offices_write_it_passes(phone: str) -> None:
    check_phone(phone)


@pytest.mark.parametrize(
    ("phone", "error"),
    [
        ("1390794000", "联络电话“1390794000”有10位数字，手机号码应为11位"),
        ("139079400012", "联络电话“139079400012”有12位数字，手机号码应为11位"),
        ("1390794", "联络电话“1390794”有7位数字，手机号码应为11位"),
        ("0794-8221234、1390794000", "联络电话“1390794000”有10位数字，手机号码应为11位"),
        ("１３９０７９４０００", "联络电话“１３９０７９４０００”有10位数字，手机号码应为11位"),
    ],
)
def test_a_mobile_number_short_or_long_of_a_digit_is_refused(phone: str, error: str) -> None:
    with pytest.raises(InvalidInputError) as refused:
        check_phone(phone)
    assert str(refused.value) == error
