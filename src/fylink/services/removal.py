"""Removing a record entered by mistake: ``case remove``, ``task remove``, ``meeting remove``.

A removed row is deleted through the journal's write path: its delete row keeps the whole
before image and the reason (``reason`` beside the columns), so ``fylink log`` shows what
went and why, and ``fylink undo`` puts it back. A record's own parts go with it (a case's
party links and events; a task's co-units and progress notes; a meeting's attendance).
Records that depend on it (a meeting's decided tasks, a task's 督办 items, a case's links to
suggestions) are refused, named, unless ``with_dependents`` is given: then they go too and
are listed.
"""

from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, SQLModel, col, select

from fylink.errors import ConflictError, InvalidInputError
from fylink.models import (
    Attendance,
    CaseEvent,
    CaseParty,
    MeetingFollow,
    NoticeItem,
    SuggestionCase,
    Task,
    TaskCoUnit,
    TaskProgress,
)
from fylink.services import cases, journal, lookups


@dataclass
class Removed:
    #: What was removed, as the office names it (案件 （2025）豫0591行初7号).
    label: str
    #: Parts removed with it: entity -> rows.
    parts: dict[str, int] = field(default_factory=dict)
    #: Dependent records removed with it (``with_dependents``), as labels.
    dependents: list[str] = field(default_factory=list)


def _reason(reason: str) -> str:
    text = reason.strip()
    if not text:
        raise InvalidInputError("请用 --reason 写明删除原因（记入变更日志）")
    return text


def _rows(session: Session, model: type[SQLModel], column: str, value: int) -> list[Any]:
    attribute = getattr(model, column)
    return list(session.exec(select(model).where(col(attribute) == value).order_by(model.id)))  # type: ignore[attr-defined]


def _delete_all(
    session: Session,
    rows: list[Any],
    reason: str,
    removed: Removed,
    *,
    case_id: int | None = None,
) -> None:
    for row in rows:
        journal.delete(session, row, case_id=case_id, extra={"reason": reason})
        entity = journal.entity_of(row)
        removed.parts[entity] = removed.parts.get(entity, 0) + 1


def _refuse(label: str, found: list[str]) -> None:
    listed = "、".join(found[:5]) + (f" 等 {len(found)} 项" if len(found) > 5 else "")
    raise ConflictError(f"不能删除{label}：{listed}依赖于它；确需一并删除请加 --with-dependents")


def task_label(task: Task) -> str:
    return f"任务 {task.id}（{task.content[:20]}）"


def remove_case(
    *, session: Session, case_no: str, reason: str, with_dependents: bool = False
) -> Removed:
    why = _reason(reason)
    case = cases.get_case(session=session, case_no=case_no)
    assert case.id is not None
    removed = Removed(label=f"案件 {case.case_no}")
    links = _rows(session, SuggestionCase, "case_id", case.id)
    if links and not with_dependents:
        _refuse(removed.label, [f"建议关联 {len(links)} 条"])
    if links:
        removed.dependents.append(f"建议关联 {len(links)} 条")
    _delete_all(session, links, why, removed, case_id=case.id)
    _delete_all(
        session, _rows(session, CaseEvent, "case_id", case.id), why, removed, case_id=case.id
    )
    _delete_all(
        session, _rows(session, CaseParty, "case_id", case.id), why, removed, case_id=case.id
    )
    journal.delete(session, case, case_id=case.id, extra={"reason": why})
    return removed


def _remove_task(session: Session, task: Task, why: str, removed: Removed) -> None:
    assert task.id is not None
    _delete_all(session, _rows(session, NoticeItem, "task_id", task.id), why, removed)
    _delete_all(session, _rows(session, TaskProgress, "task_id", task.id), why, removed)
    _delete_all(session, _rows(session, TaskCoUnit, "task_id", task.id), why, removed)
    # a topic meeting that named this task no longer reports on it
    _delete_all(session, _rows(session, MeetingFollow, "task_id", task.id), why, removed)
    journal.delete(session, task, extra={"reason": why})


def remove_task(
    *, session: Session, ref: str | int, reason: str, with_dependents: bool = False
) -> Removed:
    why = _reason(reason)
    task = lookups.get_task(session=session, ref=ref)
    assert task.id is not None
    removed = Removed(label=task_label(task))
    items = _rows(session, NoticeItem, "task_id", task.id)
    if items and not with_dependents:
        _refuse(removed.label, [f"督办事项 {len(items)} 条"])
    if items:
        removed.dependents.append(f"督办事项 {len(items)} 条")
    _remove_task(session, task, why, removed)
    return removed


def remove_meeting(
    *, session: Session, ref: str | int, reason: str, with_dependents: bool = False
) -> Removed:
    why = _reason(reason)
    meeting = lookups.find_meeting(session=session, ref=ref)
    assert meeting.id is not None
    removed = Removed(label=f"会议 {meeting.series}{meeting.year}年第{meeting.series_no}期")
    tasks = _rows(session, Task, "meeting_id", meeting.id)
    if tasks and not with_dependents:
        _refuse(removed.label, [f"议定事项 {task_label(t)}" for t in tasks])
    for task in tasks:
        removed.dependents.append(task_label(task))
        _remove_task(session, task, why, removed)
    _delete_all(session, _rows(session, Attendance, "meeting_id", meeting.id), why, removed)
    # what it followed, and the follow-up of later meetings that named it
    _delete_all(session, _rows(session, MeetingFollow, "meeting_id", meeting.id), why, removed)
    _delete_all(
        session, _rows(session, MeetingFollow, "followed_meeting_id", meeting.id), why, removed
    )
    journal.delete(session, meeting, extra={"reason": why})
    return removed
