"""Party identifiers and privacy masking.

- 居民身份证号码, GB 11643-1999: 17 digits + a check character (0-9 or X).
- 统一社会信用代码, GB 32100-2015: 18 characters over 0-9 and 26 letters minus I O Z S V.
  Positions 3–8 are the registering authority's GB/T 2260 division code (6 digits) and
  positions 9–17 the 主体标识码, which GB 32100 takes from GB 11714-1997 (全国组织机构代码编制
  规则): 8 characters and their own check character, so a code carries two check characters.
  The second one is what keeps a mistyped 身份证号 (about one in 31 passes MOD 31 alone) from
  passing as a company's code.

Natural persons' ID numbers, phone numbers and names are personal information (个人信息保护法
art. 28; 法释〔2016〕19号): error messages here never repeat a full ID number, and the mask_*
helpers are what reports and documents show.
"""

import unicodedata
from datetime import date

from fylink.errors import InvalidInputError

RESIDENT_ID = "身份证"
CREDIT_CODE = "统一社会信用代码"

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"

CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_CREDIT_EXCLUDED = "IOZSV"

#: GB 11714-1997 weights of the 8 body characters of an organisation code.
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)

_DIGITS = "0123456789"
_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

#: Birth years an ID-shaped value is read as (see :func:`looks_like_resident_id`).
_EARLIEST_BIRTH_YEAR = 1900

#: Two-character surnames kept whole when a name is masked (欧阳修 → 欧阳某).
COMPOUND_SURNAMES = frozenset(
    {
        "欧阳",
        "司马",
        "诸葛",
        "上官",
        "东方",
        "皇甫",
        "慕容",
        "令狐",
        "夏侯",
        "尉迟",
        "公孙",
        "长孙",
        "宇文",
        "司徒",
        "端木",
    }
)


def _clean(text: str) -> str:
    # NFKC folds full-width digits and letters (input methods) to ASCII.
    return "".join(unicodedata.normalize("NFKC", text).split()).upper()


def _is_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def resident_id_check_char(first17: str) -> str:
    """The GB 11643 check character for 17 digits."""
    total = sum(int(ch) * weight for ch, weight in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def credit_code_check_char(first17: str) -> str:
    """The GB 32100 check character for 17 characters of the credit-code alphabet."""
    total = sum(
        CREDIT_CODE_ALPHABET.index(ch) * weight
        for ch, weight in zip(first17, _CREDIT_WEIGHTS, strict=True)
    )
    return CREDIT_CODE_ALPHABET[(31 - total % 31) % 31]


def organization_code_check_char(body: str) -> str:
    """The GB 11714-1997 check character for an 8-character organisation-code body.

    Digits count as themselves and letters A–Z as 10–35; C9 = 11 − (Σ Ci·Wi mod 11) with the
    weights 3 7 9 10 5 8 4 2, written X for 10 and 0 for 11.
    """
    total = sum(
        (_DIGITS + _UPPER).index(ch) * weight for ch, weight in zip(body, _ORG_WEIGHTS, strict=True)
    )
    check = 11 - total % 11
    return {10: "X", 11: "0"}.get(check, str(check))


def looks_like_resident_id(text: str, *, today: date | None = None) -> bool:
    """Is ``text`` shaped like a 身份证号: 17 digits + digit or X, digits 7–14 a plausible
    birth date (a real date from 1900 up to ``today``)?

    Such a value that fails GB 11643 is a mistyped ID number, never a credit code.
    """
    value = _clean(text)
    if len(value) != 18 or not _is_digits(value[:17]) or value[17] not in _DIGITS + "X":
        return False
    try:
        born = date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    return date(_EARLIEST_BIRTH_YEAR, 1, 1) <= born <= (today or date.today())


def _id_shaped(value: str) -> bool:
    """17 digits and a digit or X, whatever the date (masking needs no more than that)."""
    return len(value) == 18 and _is_digits(value[:17]) and value[17] in _DIGITS + "X"


def validate_resident_id(text: str, *, today: date | None = None) -> str:
    """Return the normalized 18-character ID number (trailing x upper-cased) or raise.

    The region prefix is not checked: old and new division codes both occur on valid cards.
    """
    value = _clean(text)
    if not value:
        raise InvalidInputError("身份证号码不能为空")
    shown = mask_resident_id(value)
    if len(value) != 18:
        hint = "（15位的一代身份证号码请换算为18位）" if len(value) == 15 else ""
        raise InvalidInputError(
            f"身份证号码“{shown}”位数不对：应为18位，实际为{len(value)}位{hint}"
        )
    if not _is_digits(value[:17]):
        raise InvalidInputError(f"身份证号码“{shown}”有误：前17位应全部为数字")
    if value[17] not in _DIGITS + "X":
        raise InvalidInputError(f"身份证号码“{shown}”有误：最后一位（校验码）应为数字或X")
    birth = value[6:14]
    try:
        born = date(int(birth[:4]), int(birth[4:6]), int(birth[6:]))
    except ValueError:
        raise InvalidInputError(
            f"身份证号码“{shown}”中的出生日期“{birth}”不是真实存在的日期"
        ) from None
    if born > (today or date.today()):
        raise InvalidInputError(f"身份证号码“{shown}”中的出生日期“{birth}”晚于今天")
    # Do not say which check character is expected: that invites "fixing" the last digit
    # when the typo is elsewhere.
    if resident_id_check_char(value[:17]) != value[17]:
        raise InvalidInputError(f"身份证号码“{shown}”校验码不符，请逐位核对")
    return value


def validate_credit_code(text: str) -> str:
    """Return the normalized (upper-case) 统一社会信用代码 or raise."""
    value = _clean(text)
    if not value:
        raise InvalidInputError("统一社会信用代码不能为空")
    if len(value) != 18:
        raise InvalidInputError(
            f"统一社会信用代码“{value}”位数不对：应为18位，实际为{len(value)}位"
        )
    for position, ch in enumerate(value, start=1):
        if ch not in CREDIT_CODE_ALPHABET:
            raise InvalidInputError(
                f"统一社会信用代码“{value}”第{position}位“{ch}”是非法字符："
                f"只能使用数字和大写字母，且不使用{'、'.join(_CREDIT_EXCLUDED)}"
            )
    if not _is_digits(value[2:8]):
        raise InvalidInputError(
            f"统一社会信用代码“{value}”有误：第3至8位（登记管理机关行政区划码）应全部为数字"
        )
    if credit_code_check_char(value[:17]) != value[17]:
        raise InvalidInputError(f"统一社会信用代码“{value}”校验码不符，请逐位核对")
    # GB 32100 art. 4.3: positions 9–17 are a GB 11714 organisation code, check included.
    if value[16] not in _DIGITS + "X":
        raise InvalidInputError(
            f"统一社会信用代码“{value}”有误：第17位（组织机构代码校验码）应为数字或X"
        )
    if organization_code_check_char(value[8:16]) != value[16]:
        raise InvalidInputError(
            f"统一社会信用代码“{value}”第9至17位（组织机构代码）校验码不符，请逐位核对"
        )
    return value


def classify_identifier(
    text: str, *, today: date | None = None, organisation: bool = False
) -> tuple[str, str]:
    """Return (RESIDENT_ID, value) or (CREDIT_CODE, value), validated and normalized.

    The shape decides: 17 digits + digit/X is an ID card, anything else a credit code. A
    value that :func:`looks_like_resident_id` (its digits 7–14 a plausible birth date) and
    fails GB 11643 is refused as a mistyped ID number, never read as a credit code — unless
    the party's name is an organisation's (``organisation``): an all-digit credit code can
    look like an ID by chance, and then passes as one only with both of its check
    characters right. Other all-digit values (their "birth date" no date) that fail as an
    ID card are tried as a credit code.
    """
    value = _clean(text)
    if not value:
        raise InvalidInputError("证件号码不能为空")
    id_shaped = _is_digits(value[:-1]) and value[-1] in _DIGITS + "X"
    if id_shaped and len(value) == 18:
        try:
            return RESIDENT_ID, validate_resident_id(value, today=today)
        except InvalidInputError as id_error:
            if looks_like_resident_id(value, today=today) and not organisation:
                raise
            try:
                return CREDIT_CODE, validate_credit_code(value)
            except InvalidInputError:
                raise id_error from None
    if id_shaped:
        raise InvalidInputError(
            f"证件号码“{mask_resident_id(value)}”位数不对：身份证号码和统一社会信用代码"
            f"都应为18位，实际为{len(value)}位"
        )
    return CREDIT_CODE, validate_credit_code(value)


def mask_resident_id(value: str) -> str:
    """410502198510151232 → 410502********1232 (first 6 and last 4 kept).

    Never raises: whatever the input, at most 10 characters of it remain readable, and a
    short value is masked whole.
    """
    value = value.strip()
    if len(value) <= 10:
        return "*" * len(value)
    return value[:6] + "*" * (len(value) - 10) + value[-4:]


def mask_identifier(kind: str, value: str) -> str:
    """Mask a party's identifier for display.

    A credit code identifies an organisation and is public; everything else (ID cards, and
    any kind this module does not know) is masked. So is a value shaped like an ID number
    whatever its recorded kind: whether it is shown must not depend on how it was once
    classified (an all-digit credit code loses nothing by being masked).
    """
    if kind == CREDIT_CODE and not _id_shaped(_clean(value)):
        return value
    return mask_resident_id(value)


def mask_person_name(name: str) -> str:
    """张三 → 张某, 欧阳修 → 欧阳某: the surname followed by 某."""
    name = name.strip()
    if not name:
        return ""
    # A two-character name is surname + given name even if it spells a compound surname.
    surname = name[:2] if len(name) > 2 and name[:2] in COMPOUND_SURNAMES else name[0]
    return surname + "某"


def mask_phone(phone: str) -> str:
    """13812345678 → 138****5678: the first 3 and last 4 digits stay readable."""
    digits = "".join(ch for ch in _clean(phone) if ch in _DIGITS)
    if len(digits) == 13 and digits.startswith("861"):
        digits = digits[2:]  # +86 country code before a mobile number
    if len(digits) < 7:
        return "*" * len(digits)
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]


_PHONE_SEPARATORS = "/、，,;；"


def check_phone(text: str, *, what: str = "联络电话") -> None:
    """Refuse the one phone typo that is certain: a mobile number (all digits, starting
    with 1) that is not 11 digits long; service numbers (12345, 12368) are shorter than 6.
    Landlines (0794-8221234, 8221234), extensions,
    several numbers in one cell (0794-8221234 / 13907940001) and notes pass as written.
    """
    tokens = [text]
    for separator in _PHONE_SEPARATORS:
        tokens = [part for token in tokens for part in token.split(separator)]
    for token in tokens:
        compact = "".join(ch for ch in _clean(token) if ch not in " -－")
        mobile = compact.isascii() and compact.isdigit() and compact.startswith("1")
        if mobile and 6 <= len(compact) <= 13 and len(compact) != 11:
            raise InvalidInputError(
                f"{what}“{token.strip()}”有{len(compact)}位数字，手机号码应为11位"
            )
