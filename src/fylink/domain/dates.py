"""Reading and writing dates the way the office writes them."""

import re
from datetime import date

from fylink.errors import InvalidInputError

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_CN = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def parse_date(text: str, *, what: str = "日期") -> date:
    """Parse 2025-03-31, 2025/3/31, 2025.3.31, 20250331 or 2025年3月31日.

    ``what`` names the field in the error message (e.g. "立案日期").
    """
    cleaned = text.strip().replace(" ", "").replace("\u3000", "")
    for pattern in (_ISO, _CN, _COMPACT):
        match = pattern.match(cleaned)
        if match:
            year, month, day = (int(part) for part in match.groups())
            try:
                return date(year, month, day)
            except ValueError:
                raise InvalidInputError(f"{what}“{text}”不是真实存在的日期") from None
    raise InvalidInputError(f"{what}“{text}”无法识别，请写成 2025-03-31 或 2025年3月31日")


def format_cn(day: date) -> str:
    """2024年12月6日 — full year, no zero padding (GB/T 9704 §7.3.5.4)."""
    return f"{day.year}年{day.month}月{day.day}日"
