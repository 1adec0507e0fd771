"""Look-ups shared by several services: a task, a meeting or a suggestion as the clerk names it.

Kept apart from the services that write these records so that any service can find one
without importing another service that imports it back.
"""

import re

from sqlmodel import Session, col, func, or_, select

from fylink.domain.free_numbers import normalize_free_number
from fylink.domain.values import is_record_id
from fylink.errors import InvalidInputError, NotFoundError
from fylink.models import Meeting, Suggestion, Task

_YEAR_ISSUE = re.compile(
    r"^(?P<series>[^\d\s]{0,20}?)\s*(?P<year>\d{4})\s*(?:[-/]|年第?)\s*(?P<issue>\d{1,4})\s*期?"
    r"\s*(?P<after>[^\d\s]{0,20})$"
)


def get_task(*, session: Session, ref: str | int) -> Task:
    """A task by its number (as shown in ``task list``: 12 or #12)."""
    text = str(ref).strip().lstrip("#＃")
    if not (text.isascii() and text.isdigit()):
        raise InvalidInputError(f"任务编号“{ref}”应为数字，如 12（见 fylink task list）")
    task = session.get(Task, int(text)) if is_record_id(text) else None
    if task is None:
        raise NotFoundError(f"任务 {text} 不存在：用 fylink task list 查找")
    return task


def find_meeting(*, session: Session, ref: str | int) -> Meeting:
    """A meeting by id (12) or by series, year and issue (2025-3, 联席会议2025-3,
    2025年第1期协调会); without a series, the 联席会议 series' issue, or the only one."""
    text = str(ref).strip()
    match = _YEAR_ISSUE.match(text)
    if match:
        series = (match["series"] or match["after"] or "").strip()
        year, issue = int(match["year"]), int(match["issue"])
        query = select(Meeting).where(Meeting.year == year, Meeting.series_no == issue)
        if series:
            query = query.where(or_(Meeting.series == series, Meeting.kind == series))
        found = list(session.exec(query.order_by(col(Meeting.id)).limit(10)))
        if not found:
            raise NotFoundError(
                f"{series}{year}年第{issue}期会议不存在：用 fylink meeting list 查看"
            )
        joint = [m for m in found if m.series == "联席会议"]
        if not series and joint:
            # Without a series, YEAR-N is the joint meeting's (as before series existed).
            return joint[0]
        if len({m.series for m in found}) > 1:
            choices = "、".join(f"{m.series}{year}-{issue}" for m in found)
            raise InvalidInputError(
                f"{year}年第{issue}期有{len(found)}次会议：请写明系列，如 {choices}，或写会议编号"
            )
        return found[0]
    if is_record_id(text):
        by_id = session.get(Meeting, int(text))
        if by_id is None:
            raise NotFoundError(f"会议 {text} 不存在：用 fylink meeting list 查看")
        return by_id
    raise InvalidInputError(
        f"会议“{text}”无法识别：请写会议编号（如 3）或 年份-期数（如 2025-2、协调会2025-1）"
    )


def get_suggestion(*, session: Session, ref: str | int) -> Suggestion:
    """By document number as typed (spaces ignored) or by id."""
    text = str(ref).strip()
    candidates = {text, normalize_free_number(text)}
    found = session.exec(select(Suggestion).where(col(Suggestion.doc_no).in_(candidates))).first()
    if found is None and is_record_id(text):
        found = session.get(Suggestion, int(text))
    if found is None:
        compact = text.replace(" ", "").replace("\u3000", "")
        found = session.exec(
            select(Suggestion).where(func.replace(Suggestion.doc_no, " ", "") == compact)
        ).first()
    if found is None:
        raise NotFoundError(f"建议 {text} 不存在：用 fylink suggestion list 查找")
    return found
