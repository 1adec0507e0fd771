"""Court case numbers (案号): parsing, validation and derived fields.

Rules: 最高人民法院《关于人民法院案件案号的若干规定》(法〔2015〕137号, in force 2016-01-01),
revised by 法〔2018〕335号. Structure::

    （收案年度） 法院代字 [专门审判代字] 类型代字 案件编号 号
    （2024）    豫05     [知]          行初     123     号

The type-code list is data (``fylink/data/case_type_codes.csv``: the whole 《人民法院案件类型及其
代字标准》, 215 rows of which the group headings have no 代字, 129 distinct 代字) so that an office
can add the codes it meets in practice without a code change.
"""

import csv
import functools
import io
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from typing import Any, Literal, overload

from fylink.errors import InvalidInputError

#: The modern scheme applies to cases received from this year on.
MODERN_SCHEME_START = 2016

SUPREME_COURT = "最高法"

#: Province-level abbreviations used as court codes, plus 兵 (兵团) and 军 (military courts).
PROVINCE_ABBREVIATIONS = "京津冀晋内辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔云藏陕甘青宁新兵军"

# Abbreviations people use elsewhere (car plates, maps) that courts do not.
_WRONG_ABBREVIATIONS = {
    "蒙": "内蒙古应写作“内”",
    "贵": "贵州应写作“黔”",
}

#: The only 专门审判代字 in use today (知识产权).
SPECIAL_CODES = ("知",)

COURT_LEVELS = ("最高", "高级", "中级", "基层")

FAMILIES = (
    "行政",
    "行政赔偿",
    "民事",
    "刑事",
    "执行",
    "破产",
    "强制清算",
    "保全",
    "司法制裁",
    "司法救助",
    "国家赔偿",
    "司法协助",
    "其他",
)

INSTANCES = ("一审", "诉前", "二审", "再审审查", "再审", "执行", "其他")

#: Codes used in practice but missing from the official standard; always present.
BUILTIN_EXTRA_TYPES: Mapping[str, str] = {"民诉前调": "民事诉前调解案件"}

_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_HALFWIDTH_BRACKETS = str.maketrans("()", "（）")
_DIGITS = "0123456789"
_LEADING_YEAR = re.compile(r"^[（〔\[【]?([0-9]{4})(?![0-9])")
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")


def normalize_case_number(text: str) -> str:
    """Strip spaces (ASCII, U+3000, any other whitespace) and turn () into （）.

    Full-width digits become ASCII too: an input method left in full-width mode should not
    produce a different 案号.
    """
    joined = "".join(text.split())
    return joined.translate(_FULLWIDTH_DIGITS).translate(_HALFWIDTH_BRACKETS)


# --------------------------------------------------------------------------- type codes


@dataclass(frozen=True)
class CaseType:
    """One 类型代字 and what it stands for.

    A few codes stand for several categories of the standard (破 = 破产清算/重整/和解,
    司惩 = 司法拘留/罚款): the 案号 alone cannot tell them apart, so all are kept.
    """

    code: str
    names: tuple[str, ...]
    category_codes: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return "/".join(self.names)

    @property
    def category_code(self) -> str:
        """The 4-digit category, or "" when unknown or ambiguous (see ``category_codes``)."""
        return self.category_codes[0] if len(self.category_codes) == 1 else ""

    @property
    def family(self) -> str:
        return case_family(self.code)

    @property
    def instance(self) -> str:
        return case_instance(self.code)


@functools.cache
def _packaged_types() -> dict[str, CaseType]:
    text = resources.files("fylink").joinpath("data", "case_type_codes.csv").read_text("utf-8")
    names: dict[str, list[str]] = {}
    categories: dict[str, list[str]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        code = row["type_code"].strip()
        if not code:
            continue  # a group heading of the standard (e.g. 0100 管辖案件) has no 代字
        names.setdefault(code, []).append(row["name"].strip())
        categories.setdefault(code, []).append(row["category_code"].strip())
    return {code: CaseType(code, tuple(names[code]), tuple(categories[code])) for code in names}


def _check_extra_code(code: str, name: str) -> None:
    # A code must not swallow the serial or look like the 第/号 of a legacy number.
    if not _CJK.match(code) or "第" in code or "号" in code:
        raise InvalidInputError(f"自定义类型代字“{code}”只能由汉字组成，且不能含有“第”“号”")
    if not name.strip():
        raise InvalidInputError(f"自定义类型代字“{code}”缺少案件类型名称")


class CaseTypeTable:
    """The 类型代字 an office accepts: the packaged standard, 民诉前调, and its own extras.

    ``CaseTypeTable(extra={"民诉前调": "诉前调解案件"})`` adds or renames codes; extras have no
    category code.
    """

    def __init__(self, extra: Mapping[str, str] | None = None) -> None:
        self._extra: dict[str, str] = dict(extra or {})
        types = dict(_packaged_types())
        for code, name in {**BUILTIN_EXTRA_TYPES, **self._extra}.items():
            _check_extra_code(code, name)
            types[code] = CaseType(code, (name.strip(),))
        # Longest first, so that listings and any prefix matching prefer 执恢 over 执.
        self._types = dict(sorted(types.items(), key=lambda item: (-len(item[0]), item[0])))

    @classmethod
    def default(cls) -> "CaseTypeTable":
        return _default_table()

    def with_extra(self, extra: Mapping[str, str]) -> "CaseTypeTable":
        """A new table with more codes; later extras win over earlier ones."""
        return CaseTypeTable({**self._extra, **extra})

    @property
    def extra(self) -> Mapping[str, str]:
        return dict(self._extra)

    @property
    def codes(self) -> tuple[str, ...]:
        """All codes, longest first."""
        return tuple(self._types)

    def get(self, code: str) -> CaseType | None:
        return self._types.get(code)

    def is_standard(self, code: str) -> bool:
        """Is ``code`` one of the official standard's (not 民诉前调 nor an office's own)?"""
        return code in _packaged_types() and code not in self._extra

    def __contains__(self, code: object) -> bool:
        return code in self._types

    def __iter__(self) -> Iterator[CaseType]:
        return iter(self._types.values())

    def __len__(self) -> int:
        return len(self._types)

    def __repr__(self) -> str:
        return f"CaseTypeTable(extra={self._extra!r})"


@functools.cache
def _default_table() -> CaseTypeTable:
    return CaseTypeTable()


#: Prefixes of the 区际 (06xx) and 国际 (07xx) 司法协助 codes: 认台, 请港送, 台请调, 协外认 ….
_ASSISTANCE_PREFIXES = ("认", "请", "台请", "港请", "澳请", "助移", "协")

#: The trial-supervision groups (0203, 0303, 0403, 0501): 监/申/抗 after these is a 再审审查.
_RETRIAL_REVIEW_STEMS = ("刑", "民", "行", "行赔")


def case_family(type_code: str) -> str:
    """The case family (行政, 民事, 执行, …) of a 类型代字, from its prefix."""
    # Order matters: 行赔 before 行, 执保 is an execution, 行保 is a preservation.
    if type_code.startswith(("行赔", "赔辖")):
        return "行政赔偿"
    if type_code.startswith(("法赔", "委赔", "赔")):
        return "国家赔偿"
    if type_code.startswith("司救"):
        return "司法救助"
    if type_code.startswith("司惩"):
        return "司法制裁"
    if type_code.startswith("执"):
        return "执行"
    if type_code.startswith("破"):
        return "破产"
    if type_code.startswith(("清", "强清")):
        return "强制清算"
    if type_code.endswith(("保", "保复")) and not type_code.startswith("民"):
        return "保全"
    if type_code.startswith(_ASSISTANCE_PREFIXES):
        return "司法协助"
    if type_code.startswith("刑"):
        return "刑事"
    if type_code.startswith("行"):
        return "行政"
    if type_code.startswith("民"):
        return "民事"
    return "其他"


def case_instance(type_code: str) -> str:
    """The procedural stage of a 类型代字: 一审, 诉前, 二审, 再审审查, 再审, 执行 or 其他."""
    family = case_family(type_code)
    if family == "执行":
        return "执行"
    if "诉前" in type_code:
        return "诉前"
    if type_code.endswith("初"):
        return "一审"
    if type_code.endswith("终"):
        return "二审"
    if type_code.endswith("再") or type_code == "委赔提":
        return "再审"  # 委赔提/委赔再: a compensation committee hears the case again
    # Only the 审判监督 codes (刑监, 民申, 行抗, 行赔监 …): 破申/清申 open a bankruptcy,
    # 民督监/刑医监 supervise other procedures.
    if type_code.endswith(("申", "监", "抗")) and type_code[:-1] in _RETRIAL_REVIEW_STEMS:
        return "再审审查"
    return "其他"


# --------------------------------------------------------------------------- case numbers

_Fail = Callable[[str], InvalidInputError]


@dataclass(frozen=True)
class CaseNumber:
    """A parsed modern 案号. Equality and hashing use the five identifying parts only."""

    year: int
    court_code: str
    special: str
    type_code: str
    serial: int
    type_name: str = field(default="", compare=False)
    category_code: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        # Built from stored columns without a name: fill it from the standard table.
        if not self.type_name:
            case_type = CaseTypeTable.default().get(self.type_code)
            if case_type is not None:
                object.__setattr__(self, "type_name", case_type.name)
                object.__setattr__(self, "category_code", case_type.category_code)

    @property
    def canonical(self) -> str:
        return f"（{self.year}）{self.court_code}{self.special}{self.type_code}{self.serial}号"

    @property
    def court_level(self) -> str:
        if self.court_code == SUPREME_COURT:
            return "最高"
        return {1: "高级", 3: "中级", 5: "基层"}[len(self.court_code)]

    @property
    def province(self) -> str | None:
        return None if self.court_code == SUPREME_COURT else self.court_code[0]

    @property
    def family(self) -> str:
        return case_family(self.type_code)

    @property
    def instance(self) -> str:
        return case_instance(self.type_code)

    @property
    def is_first_instance(self) -> bool:
        return self.instance == "一审"

    @property
    def is_legacy(self) -> bool:
        return False

    def as_dict(self) -> dict[str, Any]:
        return {
            "canonical": self.canonical,
            "year": self.year,
            "court_code": self.court_code,
            "court_level": self.court_level,
            "province": self.province,
            "special": self.special,
            "type_code": self.type_code,
            "type_name": self.type_name,
            "category_code": self.category_code,
            "family": self.family,
            "instance": self.instance,
            "is_first_instance": self.is_first_instance,
            "serial": self.serial,
            "legacy": False,
        }

    def __str__(self) -> str:
        return self.canonical


@dataclass(frozen=True)
class LegacyCaseNumber:
    """A pre-2016 案号 such as （2015）朝行初字第123号, kept as written (normalized)."""

    raw: str
    year: int | None = None

    @property
    def canonical(self) -> str:
        return self.raw

    @property
    def is_legacy(self) -> bool:
        return True

    def as_dict(self) -> dict[str, Any]:
        return {"canonical": self.raw, "year": self.year, "legacy": True}

    def __str__(self) -> str:
        return self.raw


@overload
def parse_case_number(
    text: str,
    *,
    types: CaseTypeTable | None = None,
    legacy: Literal[False] = False,
    today: date | None = None,
) -> CaseNumber: ...


@overload
def parse_case_number(
    text: str,
    *,
    types: CaseTypeTable | None = None,
    legacy: bool,
    today: date | None = None,
) -> CaseNumber | LegacyCaseNumber: ...


def parse_case_number(
    text: str,
    *,
    types: CaseTypeTable | None = None,
    legacy: bool = False,
    today: date | None = None,
) -> CaseNumber | LegacyCaseNumber:
    """Parse and validate a 案号; raise ``InvalidInputError`` naming the faulty part.

    With ``legacy=True`` a pre-2016 number is returned as a ``LegacyCaseNumber``; a number that
    parses under the modern rules is still returned as a ``CaseNumber``. ``today`` (default: the
    system date) bounds the year: at most next year.
    """
    shown = text.strip()
    normalized = normalize_case_number(text)
    if not normalized:
        raise InvalidInputError("案号不能为空")
    year_match = _LEADING_YEAR.match(normalized)
    leading_year = int(year_match.group(1)) if year_match else None
    if leading_year is not None and leading_year < MODERN_SCHEME_START:
        if legacy:
            return _legacy(normalized, shown, leading_year)
        raise InvalidInputError(
            f"案号“{shown}”的年份{leading_year}早于{MODERN_SCHEME_START}年，看起来是旧案号；"
            "如确为旧案号，请标记为旧案号（--legacy）后录入"
        )
    try:
        return _parse_modern(normalized, shown, types or CaseTypeTable.default(), today)
    except InvalidInputError:
        # A flagged number without a readable year may still be an old one (e.g. 朝行初字第1号).
        if legacy and leading_year is None:
            return _legacy(normalized, shown, None)
        raise


def _legacy(normalized: str, shown: str, year: int | None) -> LegacyCaseNumber:
    if not normalized.endswith("号"):
        raise InvalidInputError(f"旧案号“{shown}”缺少“号”")
    return LegacyCaseNumber(normalized, year)


def _parse_modern(s: str, shown: str, types: CaseTypeTable, today: date | None) -> CaseNumber:
    def fail(problem: str) -> InvalidInputError:
        return InvalidInputError(f"案号“{shown}”{problem}")

    if "〔" in s or "〕" in s:
        raise InvalidInputError(
            f"“{shown}”使用了〔〕，那是文书编号（如法〔2015〕137号）的写法，"
            "不是案号；案号的年份应写在括号（）内"
        )
    if not s.startswith("（"):
        raise fail("缺少括号（），应以（收案年度）开头，如（2024）")
    close = s.find("）")
    if close < 0:
        raise fail("缺少右括号“）”")

    year_text = s[1:close]
    if len(year_text) != 4 or not all(ch in _DIGITS for ch in year_text):
        raise fail(f"的年份“{year_text}”应为四位数字")
    year = int(year_text)
    latest = (today or date.today()).year + 1
    if year > latest:
        raise fail(f"的年份“{year_text}”晚于{latest}年，不可能是收案年度")

    if not s.endswith("号"):
        raise fail("缺少“号”")
    body = s[close + 1 : -1]

    court_code, rest = _split_court(body, fail)
    special, case_type, serial = _split_type_and_serial(rest, types, fail)
    return CaseNumber(
        year=year,
        court_code=court_code,
        special=special,
        type_code=case_type.code,
        serial=serial,
        type_name=case_type.name,
        category_code=case_type.category_code,
    )


def _leading_digits(text: str) -> str:
    end = 0
    while end < len(text) and text[end] in _DIGITS:
        end += 1
    return text[:end]


def _split_court(body: str, fail: _Fail) -> tuple[str, str]:
    """Return (court code, the rest) from the text between ） and 号."""
    if body.startswith(SUPREME_COURT):
        digits = _leading_digits(body[len(SUPREME_COURT) :])
        if digits:
            raise fail(f"的法院代字“{SUPREME_COURT}{digits}”有误：“{SUPREME_COURT}”后不加数字")
        return SUPREME_COURT, body[len(SUPREME_COURT) :]
    if not body:
        raise fail("缺少法院代字")
    abbr = body[0]
    if abbr in _DIGITS:
        raise fail(f"的法院代字“{_leading_digits(body)}”缺少省份简称")
    digits = _leading_digits(body[1:])
    code = abbr + digits
    if abbr in _WRONG_ABBREVIATIONS:
        raise fail(f"的法院代字“{code}”有误：{_WRONG_ABBREVIATIONS[abbr]}")
    if abbr not in PROVINCE_ABBREVIATIONS:
        raise fail(
            f"的法院代字“{abbr}”无法识别：应为“{SUPREME_COURT}”或省份简称（如京、豫、内、黔）"
        )
    # Digit count gives the level; the digits themselves are never checked against GB/T 2260,
    # because a court keeps its code when divisions change (法〔2015〕137号 art. 13).
    if len(digits) not in (0, 2, 4):
        raise fail(f"的法院代字“{code}”应为省份简称加2位（中级法院）或4位（基层法院）数字")
    return code, body[len(code) :]


def _split_type_and_serial(
    rest: str, types: CaseTypeTable, fail: _Fail
) -> tuple[str, CaseType, int]:
    """Return (special, case type, serial) from e.g. 知民终1 or 执恢89.

    The serial is all digits and no code contains a digit, so the type code is exactly the
    text before the serial: this is the longest match that lets the rest parse (执恢 not 执).
    """
    prefix = rest
    for index, ch in enumerate(rest):
        if ch in _DIGITS:
            prefix = rest[:index]
            break
    serial_text = rest[len(prefix) :]

    if "第" in prefix:
        raise fail("不应有“第”字，案件编号应紧跟类型代字")
    if not prefix:
        raise fail("缺少类型代字")
    case_type = types.get(prefix)
    special = ""
    if case_type is None and prefix[0] in SPECIAL_CODES and len(prefix) > 1:
        special = prefix[0]
        case_type = types.get(prefix[1:])
    if case_type is None:
        raise fail(f"的类型代字“{prefix[len(special) :]}”不在案件类型代字表中")

    if not serial_text:
        raise fail("缺少案件编号")
    if not all(ch in _DIGITS for ch in serial_text) or int(serial_text) == 0:
        raise fail(f"的案件编号“{serial_text}”应为正整数")
    if serial_text.startswith("0"):
        raise fail(f"的案件编号“{serial_text}”不能以0开头")
    return special, case_type, int(serial_text)
