"""Removing a record entered by mistake: ``case|task|meeting|suggestion|person|unit remove``
and ``case event-remove``.

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
    Bankruptcy,
    CaseEvent,
    CaseParty,
    JudgmentPerformance,
    MeetingFollow,
    NoticeItem,
    ProjectCase,
    SuggestionCase,
    Task,
    TaskCoUnit,
    TaskProgress,
    TaskSubject,
    Unit,
)
from fylink.services import cases, journal, lookups, meetings, units


@dataclass
class Removed:
    #: What was removed, as the office names it (案件 （2025）豫0591行初7号).
    label: str
    #: Parts removed with it: entity -> rows.
    parts: dict[str, int] = field(default_factory=dict)
    #: Dependent records removed with it (``with_dependents``), as labels.
    dependents: list[str] = field(default_factory=list)
    #: What the clerk should know besides (a 期号 kept or free again).
    notes: list[str] = field(default_factory=list)


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
    # Issue 17: its place in projects and its 破产 and 履行 facts go with it; a task that
    # concerned it stays, without the link.
    for model in (ProjectCase, Bankruptcy, JudgmentPerformance):
        _delete_all(
            session, _rows(session, model, "case_id", case.id), why, removed, case_id=case.id
        )
    for subject in _rows(session, TaskSubject, "case_id", case.id):
        journal.update(session, subject, {"case_id": None}, case_id=case.id)
        removed.parts["task_subject"] = removed.parts.get("task_subject", 0) + 1
    units.forget_moves(session, "case", case.id)
    journal.delete(session, case, case_id=case.id, extra={"reason": why})
    return removed


def _remove_task(session: Session, task: Task, why: str, removed: Removed) -> None:
    assert task.id is not None
    _delete_all(session, _rows(session, NoticeItem, "task_id", task.id), why, removed)
    _delete_all(session, _rows(session, TaskProgress, "task_id", task.id), why, removed)
    _delete_all(session, _rows(session, TaskCoUnit, "task_id", task.id), why, removed)
    _delete_all(session, _rows(session, TaskSubject, "task_id", task.id), why, removed)
    # a topic meeting that named this task no longer reports on it
    _delete_all(session, _rows(session, MeetingFollow, "task_id", task.id), why, removed)
    units.forget_moves(session, "task", task.id)
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
    issued = meetings.was_issued(session, meeting)
    journal.delete(session, meeting, extra={"reason": why, "number_retired": issued})
    number = f"{meeting.series}{meeting.year}年第{meeting.series_no}期"
    if issued:
        removed.notes.append(f"期号 {number}已印发过纪要，不再使用")
    elif meetings.next_series_no(session, meeting.year, meeting.series) == meeting.series_no:
        removed.notes.append(f"期号 {number}未印发过纪要，下次登记的会议将重新使用")
    else:
        removed.notes.append(f"期号 {number}未印发过纪要；其后已有会议，该期号空缺")
    return removed


def remove_suggestion(
    *, session: Session, ref: str | int, reason: str, with_dependents: bool = False
) -> Removed:
    """A 司法建议/检察建议 entered by mistake: its links to cases go with it; the 整改 tasks
    and 督办 items that refer to it are dependents."""
    why = _reason(reason)
    suggestion = lookups.get_suggestion(session=session, ref=ref)
    assert suggestion.id is not None
    removed = Removed(label=f"{suggestion.kind} {suggestion.doc_no}")
    tasks = _rows(session, Task, "suggestion_id", suggestion.id)
    items = _rows(session, NoticeItem, "suggestion_id", suggestion.id)
    found = [f"整改任务 {task_label(t)}" for t in tasks]
    if items:
        found.append(f"督办事项 {len(items)} 条")
    if found and not with_dependents:
        _refuse(removed.label, found)
    for task in tasks:
        removed.dependents.append(task_label(task))
        _remove_task(session, task, why, removed)
    _delete_all(session, items, why, removed)
    for link in _rows(session, SuggestionCase, "suggestion_id", suggestion.id):
        journal.delete(session, link, case_id=link.case_id, extra={"reason": why})
        removed.parts["suggestion_case"] = removed.parts.get("suggestion_case", 0) + 1
    units.forget_moves(session, "suggestion", suggestion.id)
    journal.delete(session, suggestion, extra={"reason": why})
    return removed


def remove_person(
    *, session: Session, name: str, reason: str, with_dependents: bool = False
) -> Removed:
    """A person entered by mistake (or twice): their attendance records depend on them."""
    why = _reason(reason)
    person = units.find_person(session=session, name=name)
    assert person.id is not None
    removed = Removed(label=f"人员 {units.person_label(session, person)}")
    attended = _rows(session, Attendance, "person_id", person.id)
    if attended and not with_dependents:
        _refuse(removed.label, [f"参会记录 {len(attended)} 条"])
    if attended:
        removed.dependents.append(f"参会记录 {len(attended)} 条")
    _delete_all(session, attended, why, removed)
    journal.delete(session, person, extra={"reason": why})
    return removed


def remove_event(*, session: Session, case_no: str, event_id: str | int, reason: str) -> Removed:
    """One entry of a case's timeline; a 开庭 entry that gave the case its 开庭日期 takes the
    date with it (the next 开庭 entry's date, or none)."""
    why = _reason(reason)
    case = cases.get_case(session=session, case_no=case_no)
    event = cases.get_event(session=session, case=case, ref=event_id)
    removed = Removed(
        label=f"案件 {case.case_no} 的动态 {event.occurred_on.isoformat()} {event.kind}"
    )
    journal.delete(session, event, case_id=case.id, extra={"reason": why})
    if event.kind == "开庭" and case.heard_on == event.occurred_on:
        cases.follow_hearings(session=session, case=case)
    return removed


#: What a unit's dependents are called, by table.
_UNIT_DEPENDENTS = {
    "cases": "案件",
    "task": "牵头任务",
    "task_co_unit": "配合任务",
    "suggestion": "建议",
    "notice": "督办",
    "person": "人员",
    "attendance": "参会记录",
    "db_user_unit": "数据库登录",
    "unit_name": "曾用名",
    "unit_move": "机构改革转移记录",
}


def remove_unit(*, session: Session, name: str, reason: str) -> Removed:
    """A unit entered by mistake. A unit with cases, tasks, persons or any other record is
    refused with what depends on it (a unit that merged or was renamed keeps its history:
    ``unit update``); nothing cascades from a unit."""
    from sqlalchemy import func as sa_func
    from sqlalchemy import select as sa_select

    why = _reason(reason)
    unit = units.find_unit(session=session, name=name)
    table = Unit.__table__  # type: ignore[attr-defined]
    found: list[str] = []
    for child in SQLModel.metadata.sorted_tables:
        for key in child.foreign_keys:
            if key.column.table is not table:
                continue
            count = session.execute(
                sa_select(sa_func.count()).select_from(child).where(key.parent == unit.id)
            ).scalar_one()
            if count:
                found.append(f"{_UNIT_DEPENDENTS.get(child.name, child.name)} {count} 条")
    label = f"单位 {unit.name}"
    if found:
        listed = "、".join(found)
        raise ConflictError(
            f"不能删除{label}：{listed}依赖于它；请先删除或改派这些记录"
            "（单位更名请用 fylink unit update --name）"
        )
    journal.delete(session, unit, extra={"reason": why})
    return Removed(label=label)
