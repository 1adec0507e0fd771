"""Small cell values the office writes in words: 是/否, one of a fixed list; checks every
stored text passes."""

import re
from enum import StrEnum
from typing import TypeVar

from fylink.errors import InvalidInputError

_Choice = TypeVar("_Choice", bound=StrEnum)

_YES = frozenset({"是", "y", "yes", "true", "1", "有", "√", "✓"})
_NO = frozenset({"否", "n", "no", "false", "0", "无", "×", "✗"})


def parse_yes_no(text: str, *, what: str) -> bool:
    """是/否 (and y/n, yes/no, 1/0, 有/无, √/×) → True/False."""
    value = text.strip().lower()
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise InvalidInputError(f"{what}应填“是”或“否”，而不是“{text}”")


def format_yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return "是" if value else "否"


def parse_choice(kind: type[_Choice], text: str, *, what: str) -> _Choice:
    """One of ``kind``'s values as written (spaces around it ignored), or a one-line error
    naming the choices: 任务状态“x”不存在，可选：未到期、临期、…"""
    try:
        return kind(text.strip())
    except ValueError:
        choices = "、".join(choice.value for choice in kind)
        raise InvalidInputError(f"{what}“{text}”不存在，可选：{choices}") from None


#: The largest record id a database stores (a signed 64-bit integer on both engines).
MAX_RECORD_ID = 2**63 - 1


def is_record_id(text: str) -> bool:
    """Is ``text`` a record number a database can hold (ASCII digits, at most 2⁶³−1)?

    ``str.isdigit`` alone also accepts "²" or "١" (``int`` refuses them) and numbers no
    database column holds (SQLite's driver raises OverflowError on them).
    """
    return text.isascii() and text.isdigit() and int(text) <= MAX_RECORD_ID


#: Characters no stored text may hold: control characters XML 1.0 forbids (a unit name
#: with one made every Excel export and Word document fail) and lone surrogates (bytes
#: of a command line that are no UTF-8, which no database stores).
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


def check_text(value: str, *, what: str, limit: int | None = None) -> None:
    """Refuse text with a control character, or longer than ``limit`` characters."""
    bad = _FORBIDDEN.search(value)
    if bad is not None:
        raise InvalidInputError(
            f"{what} 含有不可见的控制字符（U+{ord(bad.group()):04X}）：请删去后重试"
        )
    if limit and len(value) > limit:
        raise InvalidInputError(f"内容过长：{what} 最多 {limit} 个字符，收到 {len(value)} 个")
