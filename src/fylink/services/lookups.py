"""Look-ups shared by several services: a task, a meeting or a suggestion as the clerk names it.

Kept apart from the services that write these records so that any service can find one
without importing another service that imports it back.
"""

from sqlmodel import Session, col, func, select

from fylink.domain.free_numbers import normalize_free_number
from fylink.domain.values import is_record_id
from fylink.errors import InvalidInputError, NotFoundError
from fylink.models import Meeting, Suggestion, Task


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
    2025年第1期协调会): the look-up of ``meeting_refs.meeting_row``, as a model."""
    from fylink.services.meeting_refs import meeting_row

    meeting = session.get(Meeting, meeting_row(session, ref).id)
    assert meeting is not None
    return meeting


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
