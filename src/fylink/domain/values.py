"""Small cell values the office writes in words: 是/否."""

from fylink.errors import InvalidInputError

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
