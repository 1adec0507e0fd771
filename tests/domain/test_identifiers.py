import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from fylink.domain.identifiers import (
    COMPOUND_SURNAMES,
    CREDIT_CODE,
    RESIDENT_ID,
    classify_identifier,
    mask_identifier,
    mask_person_name,
    mask_phone,
    mask_resident_id,
    validate_credit_code,
    validate_resident_id,
)
from fylink.errors import InvalidInputError

DATA = Path(__file__).parent.parent / "data"
VECTORS: dict[str, Any] = json.loads((DATA / "identifiers.json").read_text("utf-8"))
IDS = VECTORS["resident_id"]
CODES = VECTORS["credit_code"]

TODAY = date(2025, 6, 30)

# Both checksums happen to agree on this one; the ID reading wins.
VALID_AS_BOTH = "110105199001010299"
# All digits, valid as a credit code, but its "birth date" 00551300 is not a date.
ALL_DIGIT_CREDIT_CODE = "911101005513000041"


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
