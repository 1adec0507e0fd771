"""Small cell values the office writes in words: 是/否, one of a fixed list."""

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
