"""Amounts of money, kept as integer 分 (cents) so SQL sums are exact."""

import re
from decimal import Decimal, InvalidOperation

from fylink.errors import InvalidInputError

_UNITS = {"": Decimal(1), "元": Decimal(1), "万": Decimal(10_000), "万元": Decimal(10_000)}
_AMOUNT = re.compile(r"^([0-9][0-9,，]*(?:\.[0-9]+)?)(万元|万|元)?$")


def parse_amount(text: str, *, what: str = "金额") -> int:
    """'125000', '125,000.50元', '12.5万' → 分. Negative amounts are refused."""
    cleaned = text.strip().replace(" ", "").replace("¥", "").replace("￥", "")
    match = _AMOUNT.match(cleaned)
    if not match:
        raise InvalidInputError(f"{what}“{text}”无法识别，请写成 125000、125000.50元 或 12.5万")
    number, unit = match.groups()
    try:
        yuan = Decimal(number.replace(",", "").replace("，", "")) * _UNITS[unit or ""]
    except InvalidOperation:
        raise InvalidInputError(f"{what}“{text}”无法识别") from None
    fen = yuan * 100
    if fen != fen.to_integral_value():
        raise InvalidInputError(f"{what}“{text}”精确到分即可")
    return int(fen)


def format_yuan(fen: int | None) -> str:
    """1234567 → '12,345.67' (元); None → ''."""
    if fen is None:
        return ""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}{whole:,}.{cents:02d}"
