"""Reading and writing dates the way the office writes them."""

import re
from datetime import date

from fylink.errors import InvalidInputError

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_CN = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")

#: The dates a record may carry: nothing the office handles is older than 1949, and a
#: year beyond 2100 is a typing error (year 0001 once made a notice "逾期 528279 工作日").
EARLIEST = date(1949, 1, 1)
LATEST = date(2100, 12, 31)


def parse_date(text: str, *, what: str = "日期", bounded: bool = True) -> date:
    """Parse 2025-03-31, 2025/3/31, 2025.3.31, 20250331 or 2025年3月31日.

    ``what`` names the field in the error message (e.g. "立案日期"). A date outside
    1949–2100 is refused unless ``bounded`` is false (the caller checks it itself).
    """
    cleaned = text.strip().replace(" ", "").replace("\u3000", "")
    for pattern in (_ISO, _CN, _COMPACT):
        match = pattern.match(cleaned)
        if match:
            year, month, day = (int(part) for part in match.groups())
            try:
                day_ = date(year, month, day)
            except ValueError:
                raise InvalidInputError(f"{what}“{text}”不是真实存在的日期") from None
            if bounded:
                check_range(day_, what=what, text=text)
            return day_
    raise InvalidInputError(f"{what}“{text}”无法识别，请写成 2025-03-31 或 2025年3月31日")


def check_range(day: date, *, what: str = "日期", text: str | None = None) -> None:
    """Refuse a date outside :data:`EARLIEST`–:data:`LATEST`."""
    if not EARLIEST <= day <= LATEST:
        raise InvalidInputError(
            f"{what}“{text or day.isoformat()}”超出可用范围："
            f"应在 {EARLIEST.year} 年至 {LATEST.year} 年之间"
        )


def format_cn(day: date) -> str:
    """2024年12月6日 — full year, no zero padding (GB/T 9704 §7.3.5.4)."""
    return f"{day.year}年{day.month}月{day.day}日"
