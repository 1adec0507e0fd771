"""A meeting as the clerk names it (12, 2025-3, 联席会议2025-3, 2025年第1期协调会), found on
the Core tables (issue 21).

Kept in a module of its own, below both light read modules: ``reads`` filters ``task list
--meeting`` with it and ``reads_meetings`` shows the meeting, and ``lookups.find_meeting``
loads the model by the id it finds.
"""

import re
from typing import Any

from sqlalchemy import or_, select

from fylink import tables
from fylink.domain.values import is_record_id
from fylink.errors import InvalidInputError, NotFoundError

_YEAR_ISSUE = re.compile(
    r"^(?P<series>[^\d\s]{0,20}?)\s*(?P<year>\d{4})\s*(?:[-/]|年第?)\s*(?P<issue>\d{1,4})\s*期?"
    r"\s*(?P<after>[^\d\s]{0,20})$"
)


def meeting_row(reader: Any, ref: str | int) -> Any:
    """A meeting by id (12) or by series, year and issue (2025-3, 联席会议2025-3,
    2025年第1期协调会); without a series, the 联席会议 series' issue, or the only one."""
    m = tables.meeting
    text = str(ref).strip()
    match = _YEAR_ISSUE.match(text)
    if match:
        series = (match["series"] or match["after"] or "").strip()
        year, issue = int(match["year"]), int(match["issue"])
        query = select(m).where(m.c.year == year, m.c.series_no == issue)
        if series:
            query = query.where(or_(m.c.series == series, m.c.kind == series))
        found = list(reader.execute(query.order_by(m.c.id).limit(10)))
        if not found:
            raise NotFoundError(
                f"{series}{year}年第{issue}期会议不存在：用 fylink meeting list 查看"
            )
        joint = [row for row in found if row.series == "联席会议"]
        if not series and joint:
            # Without a series, YEAR-N is the joint meeting's (as before series existed).
            return joint[0]
        if len({row.series for row in found}) > 1:
            choices = "、".join(f"{row.series}{year}-{issue}" for row in found)
            raise InvalidInputError(
                f"{year}年第{issue}期有{len(found)}次会议：请写明系列，如 {choices}，或写会议编号"
            )
        return found[0]
    if is_record_id(text):
        by_id = reader.execute(select(m).where(m.c.id == int(text))).first()
        if by_id is None:
            raise NotFoundError(f"会议 {text} 不存在：用 fylink meeting list 查看")
        return by_id
    raise InvalidInputError(
        f"会议“{text}”无法识别：请写会议编号（如 3）或 年份-期数（如 2025-2、协调会2025-1）"
    )
