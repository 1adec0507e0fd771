"""双清单 tasks: add, find, list, progress, completion, sign-off (销号), reopen.

A task's status is never stored: it follows from its dates and the settings
(:func:`fylink.domain.status.task_status` in Python, :func:`status_condition` here in SQL, both
from the same :class:`~fylink.domain.status.Thresholds`), so it is right on any day without a
nightly job.

For importers (the 双清单 spreadsheet): validate a row with :func:`prepare_task` (no write,
raises ``FylinkError`` with a one-line reason), keep the :class:`PreparedTask`, and write the good
ones with :func:`insert_task`; :func:`add_task` is both in one.
:func:`~fylink.domain.status.parse_source`, :func:`parse_due`, :func:`split_unit_names` and
:class:`UnitLookup` work on one cell each.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import ColumnElement, Connection, case
from sqlmodel import Session, col, func, or_, select

from fylink.domain.calendar import (
    Deadline,
    WorkCalendar,
    parse_deadline,
    parse_recurrence,
)
from fylink.domain.lists import list_order
from fylink.domain.status import (
    TaskSource,
    TaskStatus,
    Thresholds,
    parse_source,
    parse_status,
)
from fylink.errors import ConflictError, InvalidInputError
from fylink.models import (
    Meeting,
    Task,
    TaskCoUnit,
    TaskProgress,
    Unit,
)
from fylink.services import journal
from fylink.services.double_lists import find_list
from fylink.services.lookups import find_meeting, get_suggestion, get_task
from fylink.services.task_filter import TaskFilter
from fylink.services.units import find_unit, forget_moves, leader_name, open_unit

if TYPE_CHECKING:
    from fylink.services import reads


def _now() -> datetime:
    return datetime.now(UTC)


def status_condition(status: TaskStatus, th: Thresholds) -> ColumnElement[bool]:
    """The SQL condition equivalent to ``task_status(task, th) == status``."""
    open_ = col(Task.completed_on).is_(None)
    if status is TaskStatus.SIGNED_OFF:
        return col(Task.signed_off_on).is_not(None)
    if status is TaskStatus.DONE:
        return col(Task.completed_on).is_not(None) & col(Task.signed_off_on).is_(None)
    if status is TaskStatus.OVERDUE:
        return open_ & (col(Task.due_on) < th.today)
    if status is TaskStatus.DUE_SOON:
        return open_ & (col(Task.due_on) >= th.today) & (col(Task.due_on) < th.soon_before)
    return open_ & (col(Task.due_on) >= th.soon_before)


# --- input --------------------------------------------------------------------------------------


def parse_due(text: str, *, start: date, calendar: WorkCalendar) -> Deadline:
    """A 完成时限 cell or option: a date, or a rule counted from ``start``."""
    return parse_deadline(text, start=start, calendar=calendar)


_UNIT_SEPARATORS = re.compile(r"[、，,；;/\s]+")


def split_unit_names(text: str) -> list[str]:
    """ "县住建局、县财政局" -> ["县住建局", "县财政局"] (a 配合单位 cell)."""
    return [name for name in _UNIT_SEPARATORS.split(text.strip()) if name]


#: A lead naming every member unit.
ALL_MEMBERS = ("各成员单位", "各联席会议成员单位")


@dataclass(frozen=True)
class UnitGroups:
    """Leads that name several units (``[task_list]`` settings)."""

    #: 各乡镇（街道） → 乡镇街道 (a unit kind)
    kinds: dict[str, str] = field(
        default_factory=lambda: {"各乡镇（街道）": "乡镇街道", "各乡镇街道": "乡镇街道"}
    )
    #: 各执法部门 → [县公安局, …]
    named: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, settings: Any) -> "UnitGroups":
        """From ``Settings.task_list``."""
        return cls(kinds=dict(settings.unit_kinds), named=dict(settings.unit_groups))


def _group_key(text: str) -> str:
    return text.strip().replace("(", "（").replace(")", "）")


class UnitLookup:
    """Unit names resolved once per command (an import resolves the same names many times)."""

    def __init__(self, session: Session, groups: UnitGroups | None = None) -> None:
        self.session = session
        self.groups = groups or UnitGroups()
        self._cache: dict[str, Unit] = {}
        self._groups: dict[str, list[Unit]] = {}

    def get(self, name: str) -> Unit:
        key = name.strip()
        if key not in self._cache:
            self._cache[key] = open_unit(session=self.session, name=key)
        return self._cache[key]

    def is_group(self, name: str) -> bool:
        key = _group_key(name)
        kinds = {_group_key(k) for k in self.groups.kinds}
        named = {_group_key(k) for k in self.groups.named}
        return key in ALL_MEMBERS or key in kinds or key in named

    def expand(self, name: str) -> list[Unit]:
        """The units a group lead names (各乡镇（街道） → every unit of that kind), by name."""
        key = _group_key(name)
        if key in self._groups:
            return self._groups[key]
        kinds = {_group_key(k): v for k, v in self.groups.kinds.items()}
        named = {_group_key(k): v for k, v in self.groups.named.items()}
        # A unit merged into another (机构改革) is no longer one of a group.
        in_being = col(Unit.merged_into_id).is_(None)
        if key in ALL_MEMBERS:
            query = select(Unit).where(col(Unit.is_member).is_(True), in_being)
            units = list(self.session.exec(query.order_by(col(Unit.id))))
        elif key in kinds:
            query = select(Unit).where(Unit.kind == kinds[key], in_being)
            units = list(self.session.exec(query.order_by(col(Unit.id))))
        else:
            units = [self.get(n) for n in named[key]]
        if not units:
            raise InvalidInputError(f"“{name.strip()}”没有对应的单位：请先用 fylink unit add 登记")
        self._groups[key] = units
        return units


@dataclass
class TaskIn:
    """What a clerk (or a spreadsheet row) gives for one task."""

    content: str
    #: 牵头单位: full name, short name or id.
    lead: str
    #: 完成时限: a date (2025-03-31, 2025年3月31日) or a rule (15日, 10个工作日, 2个月,
    #: 季度末, 年底).
    due: str
    co: list[str] = field(default_factory=list)
    leader: str = ""
    source: str = TaskSource.DOUBLE_LIST.value
    #: The day a rule counts from (not itself counted); defaults to today.
    start: date | None = None
    list_no: str = ""
    note: str = ""
    meeting_id: int | None = None
    decision_no: int | None = None
    #: Document number (or id) of the 司法建议 this task rectifies.
    suggestion: str | None = None
    #: The approved 双清单's section (一、政府需法院支持事项) and order.
    list_section: str = ""
    list_order: int | None = None
    approved_meeting_id: int | None = None
    #: The 双清单 (DoubleList id) the task is imported into.
    list_id: int | None = None


@dataclass
class PreparedTask:
    """A validated item, ready to insert; nothing is written yet.

    One item is one task, or several linked ones: one per unit of a group lead
    (各乡镇（街道）), and one per period of a recurring deadline (每季度末).
    """

    source: TaskSource
    content: str
    lead: Unit
    co: list[Unit]
    leader: str
    deadline: Deadline
    list_no: str
    note: str
    meeting_id: int | None
    decision_no: int | None
    suggestion_id: int | None
    #: Every lead unit (just ``lead`` unless the lead was a group).
    leads: list[Unit] = field(default_factory=list)
    #: The group lead as written ("" for one unit).
    lead_group: str = ""
    #: The recurring rule ("" for one deadline) and its occurrences (period, deadline).
    recurrence: str = ""
    occurrences: list[tuple[str, Deadline]] = field(default_factory=list)
    list_section: str = ""
    list_order: int | None = None
    approved_meeting_id: int | None = None
    list_id: int | None = None

    @property
    def due_text(self) -> str:
        """The deadline as the office wrote it, for comparing a re-imported row."""
        if self.recurrence:
            return self.recurrence
        return self.deadline.rule or self.deadline.due.isoformat()


def prepare_task(
    *,
    session: Session,
    task_in: TaskIn,
    calendar: WorkCalendar,
    today: date,
    units: UnitLookup | None = None,
) -> PreparedTask:
    """Validate one task without writing; raises the first problem as a FylinkError."""
    lookup = units or UnitLookup(session)
    source = parse_source(task_in.source)
    content = task_in.content.strip()
    if not content:
        raise InvalidInputError("任务内容不能为空")
    lead_group = ""
    if lookup.is_group(task_in.lead):
        lead_group = _group_key(task_in.lead)
        leads = lookup.expand(task_in.lead)
    else:
        leads = [lookup.get(task_in.lead)]
    lead = leads[0]
    co: list[Unit] = []
    for name in task_in.co:
        # 配合单位 各成员单位 (every member but the lead) is as common as a named list.
        group = lookup.is_group(name)
        for unit in lookup.expand(name) if group else [lookup.get(name)]:
            if unit.id == lead.id and not (lead_group or group):
                raise InvalidInputError(
                    f"“{unit.short_name or unit.name}”已是牵头单位，不能同时是配合单位"
                )
            if all(u.id != unit.id for u in co) and (unit.id != lead.id or lead_group):
                co.append(unit)
    start = task_in.start or today
    recurrence = parse_recurrence(task_in.due)
    occurrences: list[tuple[str, Deadline]] = []
    if recurrence is not None:
        for period, due in recurrence.occurrences(start):
            occurrences.append(
                (
                    period,
                    Deadline(
                        due=due,
                        steps=(f"{recurrence.rule}：{period}的完成时限为 {due.isoformat()}",),
                    ),
                )
            )
        deadline = occurrences[0][1]
    else:
        deadline = parse_due(task_in.due, start=start, calendar=calendar)
    if len(task_in.list_section.strip()) > 100:
        raise InvalidInputError("清单分类不能超过100个字符")
    if source is TaskSource.DECISION and task_in.meeting_id is None:
        raise InvalidInputError("议定事项须属于一次会议：请用 fylink meeting decide 添加")
    suggestion_id = None
    if task_in.suggestion:
        suggestion_id = get_suggestion(session=session, ref=task_in.suggestion).id
    if len(task_in.list_no.strip()) > 20:
        raise InvalidInputError("序号不能超过20个字符")
    if len(task_in.leader.strip()) > 50:
        raise InvalidInputError("牵头领导不能超过50个字符")
    return PreparedTask(
        source=source,
        content=content,
        lead=lead,
        co=co,
        leader=task_in.leader.strip(),
        deadline=deadline,
        list_no=task_in.list_no.strip(),
        note=task_in.note.strip(),
        meeting_id=task_in.meeting_id,
        decision_no=task_in.decision_no,
        suggestion_id=suggestion_id,
        leads=leads,
        lead_group=lead_group,
        recurrence=recurrence.rule if recurrence else "",
        occurrences=occurrences,
        list_section=task_in.list_section.strip(),
        list_order=task_in.list_order
        if task_in.list_order is not None
        else list_order(task_in.list_section, task_in.list_no),
        approved_meeting_id=task_in.approved_meeting_id,
        list_id=task_in.list_id,
    )


def insert_task(*, session: Session, prepared: PreparedTask) -> Task:
    """Write a prepared item: its task(s), their co-units and journal rows; returns the first.

    A group lead makes one task per unit, a recurring deadline one per period (each with
    its own deadline, status and progress): they share ``item_id``, the first one's id.
    """
    now = _now()
    periods = prepared.occurrences or [("", prepared.deadline)]
    leads = prepared.leads or [prepared.lead]
    linked = len(leads) > 1 or bool(prepared.recurrence) or bool(prepared.lead_group)
    first: Task | None = None
    for lead in leads:
        co = [unit for unit in prepared.co if unit.id != lead.id]
        for period, deadline in periods:
            task = Task(
                source=prepared.source.value,
                content=prepared.content,
                lead_unit_id=lead.id,  # type: ignore[arg-type]
                leader=prepared.leader,
                due_on=deadline.due,
                due_rule=deadline.rule or "",
                due_start=deadline.start,
                due_provisional=deadline.provisional,
                meeting_id=prepared.meeting_id,
                decision_no=prepared.decision_no,
                suggestion_id=prepared.suggestion_id,
                list_no=prepared.list_no,
                list_section=prepared.list_section,
                list_order=prepared.list_order,
                item_id=first.id if first is not None else None,
                lead_group=prepared.lead_group,
                recurrence=prepared.recurrence,
                period=period,
                approved_meeting_id=prepared.approved_meeting_id,
                list_id=prepared.list_id,
                note=prepared.note,
                created_at=now,
                updated_at=now,
            )
            journal.insert(session, task, extra={"co_units": [unit.name for unit in co]})
            for unit in co:
                session.add(TaskCoUnit(task_id=task.id, unit_id=unit.id))  # type: ignore[arg-type]
            session.flush()
            if first is None:
                first = task
                if linked:
                    journal.update(session, task, {"item_id": task.id})
    assert first is not None
    return first


def add_task(
    *,
    session: Session,
    task_in: TaskIn,
    calendar: WorkCalendar,
    today: date,
    units: UnitLookup | None = None,
) -> Task:
    """Validate and add one task (source 双清单 unless the input says otherwise)."""
    prepared = prepare_task(
        session=session, task_in=task_in, calendar=calendar, today=today, units=units
    )
    prepared.leader = leader_name(session=session, text=prepared.leader)
    return insert_task(session=session, prepared=prepared)


def unit_label(unit: Unit) -> str:
    return unit.short_name or unit.name


@dataclass
class TaskRow:
    task: Task
    lead: str
    co: list[str]
    status: TaskStatus


def _conditions(session: Session, flt: TaskFilter, th: Thresholds) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if flt.unit:
        unit_id = find_unit(session=session, name=flt.unit).id
        lead = col(Task.lead_unit_id) == unit_id
        if flt.lead_only:
            conditions.append(lead)
        else:
            co = col(Task.id).in_(select(TaskCoUnit.task_id).where(TaskCoUnit.unit_id == unit_id))
            conditions.append(or_(lead, co))
    if flt.status:
        conditions.append(status_condition(parse_status(flt.status), th))
    if flt.source:
        conditions.append(col(Task.source) == parse_source(flt.source).value)
    if flt.meeting:
        conditions.append(col(Task.meeting_id) == find_meeting(session=session, ref=flt.meeting).id)
    if flt.due_from:
        conditions.append(col(Task.due_on) >= flt.due_from)
    if flt.due_to:
        conditions.append(col(Task.due_on) <= flt.due_to)
    if flt.due_from and flt.due_to and flt.due_from > flt.due_to:
        raise InvalidInputError("完成时限的起始日期不能晚于截止日期")
    if flt.list_name:
        conditions.append(col(Task.list_id) == find_list(session=session, ref=flt.list_name).id)
    if flt.text:
        conditions.append(col(Task.content).like(f"%{flt.text.strip()}%"))
    if flt.leader:
        # A namesake is stored as 姓名（单位简称）: the bare name finds every one of them.
        wanted = flt.leader.strip()
        conditions.append(
            or_(
                col(Task.leader) == wanted,
                col(Task.leader).startswith(f"{wanted}（", autoescape=True),
            )
        )
    return conditions


def count_by_status(
    *,
    session: Session,
    th: Thresholds,
    meeting_id: int | None = None,
    flt: TaskFilter | None = None,
) -> dict[str, int]:
    """How many tasks (of a meeting, or matching ``flt``) are in each status (one GROUP BY)."""
    status = case(
        (col(Task.signed_off_on).is_not(None), TaskStatus.SIGNED_OFF.value),
        (col(Task.completed_on).is_not(None), TaskStatus.DONE.value),
        (col(Task.due_on) < th.today, TaskStatus.OVERDUE.value),
        (col(Task.due_on) < th.soon_before, TaskStatus.DUE_SOON.value),
        else_=TaskStatus.NOT_DUE.value,
    )
    query = select(status, func.count()).group_by(status)
    if meeting_id is not None:
        query = query.where(Task.meeting_id == meeting_id)
    if flt is not None:
        query = query.where(*_conditions(session, flt, th))
    counts = {s.value: 0 for s in TaskStatus}
    for name, count in session.exec(query):
        counts[name] = count
    return counts


# --- detail ---------------------------------------------------------------------------------------


def derivation(task: Task, calendar: WorkCalendar) -> Deadline:
    """How the task's deadline was derived, as the calendar now reads it."""
    if task.due_rule and task.due_start is not None:
        return parse_deadline(task.due_rule, start=task.due_start, calendar=calendar)
    return parse_deadline(task.due_on.isoformat(), start=task.due_on, calendar=calendar)


def task_detail(
    *, session: Session, ref: str | int, th: Thresholds, calendar: WorkCalendar
) -> "reads.TaskDetail":
    """What ``task show`` reads (services.reads.task_detail: one implementation), on the
    command's own session, so a writer shows what it has just written (flushed first)."""
    from fylink.services import reads

    session.flush()
    return reads.task_detail(session.connection(), ref, th=th, calendar=calendar)


def _check_day(day: date, today: date, what: str, task: Task) -> None:
    if day > today:
        raise InvalidInputError(f"{what}不能晚于今天")
    if task.due_start is not None and day < task.due_start:
        raise InvalidInputError(f"{what}不能早于任务的起算日期（{task.due_start.isoformat()}）")


#: For the other task services (series): a day given for a task, refused when impossible.
check_day = _check_day


def add_progress(
    *, session: Session, ref: str | int, note: str, reported_on: date, today: date, author: str = ""
) -> TaskProgress:
    task = get_task(session=session, ref=ref)
    if not note.strip():
        raise InvalidInputError("进展情况不能为空")
    if task.signed_off_on is not None:
        raise ConflictError(
            f"任务 {task.id} 已销号，不能再报送进展；如需继续请先 fylink task reopen"
        )
    _check_day(reported_on, today, "报送日期", task)
    item = TaskProgress(
        task_id=task.id,  # type: ignore[arg-type]
        reported_on=reported_on,
        note=note.strip(),
        author=author.strip(),
        created_at=_now(),
    )
    return journal.insert(session, item)


def complete_task(
    *, session: Session, ref: str | int, completed_on: date, today: date, note: str = ""
) -> Task:
    task = get_task(session=session, ref=ref)
    if task.completed_on is not None:
        raise ConflictError(f"任务 {task.id} 已于{task.completed_on.isoformat()}完成")
    _check_day(completed_on, today, "完成日期", task)
    journal.update(session, task, {"completed_on": completed_on})
    if note.strip():
        add_progress(
            session=session, ref=task.id or 0, note=note, reported_on=completed_on, today=today
        )
    return task


def sign_off_task(
    *, session: Session, ref: str | int, signed_off_on: date, by: str, today: date
) -> Task:
    """销号: the office confirms a completed task is closed."""
    task = get_task(session=session, ref=ref)
    if task.signed_off_on is not None:
        raise ConflictError(f"任务 {task.id} 已于{task.signed_off_on.isoformat()}销号")
    if task.completed_on is None:
        raise ConflictError(f"任务 {task.id} 尚未完成，不能销号：请先 fylink task done {task.id}")
    if signed_off_on > today:
        raise InvalidInputError("销号日期不能晚于今天")
    if signed_off_on < task.completed_on:
        raise InvalidInputError("销号日期不能早于完成日期")
    return journal.update(
        session, task, {"signed_off_on": signed_off_on, "signed_off_by": by.strip()}
    )


def reopen_task(
    *,
    session: Session,
    ref: str | int,
    reason: str,
    today: date,
    due: str | None = None,
    calendar: WorkCalendar | None = None,
) -> Task:
    """Undo completion (and sign-off); optionally give a new deadline counted from today."""
    task = get_task(session=session, ref=ref)
    if task.completed_on is None:
        raise ConflictError(f"任务 {task.id} 尚未完成，无需重新打开")
    if not reason.strip():
        raise InvalidInputError("请用 --reason 说明重新打开的原因")
    values: dict[str, Any] = {"completed_on": None, "signed_off_on": None, "signed_off_by": ""}
    if due is not None:
        assert calendar is not None
        values |= deadline_values(parse_due(due, start=today, calendar=calendar))
    journal.update(session, task, values)
    add_progress(
        session=session,
        ref=task.id or 0,
        note=f"重新打开：{reason.strip()}",
        reported_on=today,
        today=today,
    )
    return task


def filter_conditions(
    *, session: Session, flt: TaskFilter, th: Thresholds
) -> list[ColumnElement[bool]]:
    """The SQL conditions of ``flt`` (what ``task list`` filters by), for exports."""
    return _conditions(session, flt, th)


def update_task(
    *, session: Session, task_id: int, prepared: PreparedTask, fields: Iterable[str]
) -> Task:
    """Set the given fields of a task from a prepared (validated) one, journaled.

    ``fields`` are among list_no, content, lead, co, leader, due, note, source (an importer's
    changed cells); completion, sign-off and progress are left as they are.
    """
    task = get_task(session=session, ref=task_id)
    wanted = set(fields)
    columns: dict[str, dict[str, Any]] = {
        "content": {"content": prepared.content},
        "lead": {"lead_unit_id": prepared.lead.id},
        "leader": {"leader": prepared.leader},
        "note": {"note": prepared.note},
        "list_no": {"list_no": prepared.list_no, "list_order": prepared.list_order},
        "list_section": {"list_section": prepared.list_section, "list_order": prepared.list_order},
        "source": {"source": prepared.source.value},
        "due": deadline_values(prepared.deadline),
    }
    if "lead" in wanted and prepared.lead.id != task.lead_unit_id:
        forget_moves(session, "task", task.id)
    with journal.changing(session, task) as change:
        change.before["co_units"] = co_unit_names(session=session, task_ids=[task_id])[task_id]
        for name in wanted & columns.keys():
            for key, value in columns[name].items():
                setattr(task, key, value)
        if "co" in wanted:
            # Each link through the journal, so that an undo of the import puts them back.
            links = list(session.exec(select(TaskCoUnit).where(TaskCoUnit.task_id == task_id)))
            for link in links:
                journal.delete(session, link)
            for unit in prepared.co:
                if unit.id != task.lead_unit_id:
                    link = TaskCoUnit(task_id=task_id, unit_id=unit.id)  # type: ignore[arg-type]
                    journal.insert(session, link)
        session.flush()
        change.after_extra["co_units"] = co_unit_names(session=session, task_ids=[task_id])[task_id]
    return task


def update_item(
    *, session: Session, task_id: int, prepared: PreparedTask, fields: Iterable[str]
) -> list[Task]:
    """:func:`update_task` for an item: all its tasks when it has several (an expanded lead,
    the occurrences of a recurring deadline), whose lead and deadline cannot be changed
    from one row."""
    task = get_task(session=session, ref=task_id)
    wanted = set(fields)
    if task.item_id is None:
        if prepared.lead_group or prepared.recurrence:
            raise InvalidInputError(
                "该事项原为单项任务，不能改为按单位展开或周期办理：请删除后重新添加"
            )
        return [update_task(session=session, task_id=task_id, prepared=prepared, fields=wanted)]
    if wanted & {"lead", "due"}:
        raise InvalidInputError(
            "该事项已按单位或周期分为多项任务，牵头单位和完成时限请逐项修改（fylink task list）"
        )
    members = list(
        session.exec(select(Task).where(Task.item_id == task.item_id).order_by(col(Task.id)))
    )
    return [
        update_task(session=session, task_id=member.id or 0, prepared=prepared, fields=wanted)
        for member in members
    ]


@dataclass
class ItemSize:
    """How many units and periods an item of several tasks spans (1 and 1 for one task)."""

    units: int = 1
    periods: int = 1


def item_size(*, session: Session, task: Task) -> ItemSize:
    if task.item_id is None:
        return ItemSize()
    units, periods = session.exec(
        select(
            func.count(func.distinct(Task.lead_unit_id)), func.count(func.distinct(Task.period))
        ).where(Task.item_id == task.item_id)
    ).one()
    return ItemSize(units=int(units), periods=max(1, int(periods)))


def deadline_values(deadline: Deadline) -> dict[str, Any]:
    """A task's deadline columns for ``deadline``."""
    return {
        "due_on": deadline.due,
        "due_rule": deadline.rule or "",
        "due_start": deadline.start,
        "due_provisional": deadline.provisional,
    }


def co_unit_names(*, session: Session, task_ids: Iterable[int]) -> dict[int, list[str]]:
    """Co-unit labels per task (for exports and documents): the query of the light path."""
    from fylink.services.reads import _co_unit_labels

    # The session reads what was flushed of this command: it executes Core statements too.
    return _co_unit_labels(cast("Connection", session), list(task_ids))


#: What ``task update`` may change (the options' names).
TASK_FIELDS = ("content", "lead", "co", "leader", "due", "start", "source", "list_no", "note")


@dataclass
class TaskCorrection:
    task: Task
    #: Co-units added and removed, as labels.
    added: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)


def correct_task(
    *,
    session: Session,
    ref: str | int,
    changes: dict[str, Any],
    calendar: WorkCalendar,
    today: date,
) -> TaskCorrection:
    """``task update``: correct a task's text, lead and co-units, leader, deadline (a date,
    or a rule counted from ``start``: by default the day the stored rule counted from, the
    meeting's date for a 议定事项), source, 序号 and note; validated as a new task is.
    The co-units given replace the old ones (each link journaled, so undo restores them)."""
    task = get_task(session=session, ref=ref)
    unknown = set(changes) - set(TASK_FIELDS)
    if unknown:
        raise InvalidInputError(f"不能修改任务的字段：{'、'.join(sorted(unknown))}")
    if not changes:
        raise InvalidInputError("没有要修改的内容：请给出至少一个选项，如 --due 2025-09-30")
    assert task.id is not None
    old_co = list(
        session.exec(
            select(TaskCoUnit, Unit)
            .join(Unit, col(Unit.id) == TaskCoUnit.unit_id)
            .where(TaskCoUnit.task_id == task.id)
            .order_by(col(TaskCoUnit.id))
        )
    )
    lead = session.get(Unit, task.lead_unit_id)
    assert lead is not None
    meeting = session.get(Meeting, task.meeting_id) if task.meeting_id else None
    start = changes.get("start") or task.due_start or (meeting.held_on if meeting else None)
    if "start" in changes and "due" not in changes and not task.due_rule:
        raise InvalidInputError("任务的完成时限是日期，不按规则起算：请同时用 --due 给出规则")
    source = changes.get("source", task.source)
    if meeting is not None and parse_source(source) is not TaskSource.DECISION:
        raise InvalidInputError("议定事项的来源不能修改（它属于会议的纪要）")
    task_in = TaskIn(
        content=changes.get("content", task.content),
        lead=changes.get("lead") or str(lead.id),
        due=changes.get("due") or (task.due_rule or task.due_on.isoformat()),
        co=changes["co"] if "co" in changes else [str(unit.id) for _, unit in old_co],
        leader=changes.get("leader", task.leader),
        source=source,
        start=start,
        list_no=changes.get("list_no", task.list_no),
        note=changes.get("note", task.note),
        meeting_id=task.meeting_id,
        decision_no=task.decision_no,
    )
    prepared = prepare_task(session=session, task_in=task_in, calendar=calendar, today=today)
    values: dict[str, Any] = {
        "content": prepared.content,
        "lead_unit_id": prepared.lead.id,
        "leader": leader_name(session=session, text=prepared.leader)
        if "leader" in changes
        else task.leader,
        "source": prepared.source.value,
        "list_no": prepared.list_no,
        "note": prepared.note,
    }
    if "due" in changes or "start" in changes:
        values |= deadline_values(prepared.deadline)
    changed = {k: v for k, v in values.items() if getattr(task, k) != v}
    result = TaskCorrection(task=task)
    wanted_co = {unit.id: unit for unit in prepared.co}
    had_co = {unit.id for _, unit in old_co}
    for link, unit in old_co:
        if unit.id not in wanted_co:
            journal.delete(session, link, extra={"unit": unit.name})
            result.dropped.append(unit_label(unit))
    for unit_id, unit in wanted_co.items():
        if unit_id not in had_co:
            link = TaskCoUnit(task_id=task.id, unit_id=unit_id)  # type: ignore[arg-type]
            journal.insert(session, link, extra={"unit": unit.name})
            result.added.append(unit_label(unit))
    if not changed and not result.added and not result.dropped:
        raise InvalidInputError("任务没有变化：给出的各项与原记录相同")
    if "lead_unit_id" in changed:
        forget_moves(session, "task", task.id)
    if changed:
        journal.update(session, task, changed)
    return result


# --- recurring items beyond the year ------------------------------------------------------


@dataclass
class Occurrence:
    """An occurrence written by :func:`extend_recurring`."""

    task: Task
    lead: str


def extend_recurring(*, session: Session, today: date) -> list[Occurrence]:
    """Keep the next occurrence of every open recurring item on file: for each lead unit
    of an item whose latest occurrence is due before ``today``, write the following ones
    (journaled) up to the first due on or after ``today``. So a cron run in January opens
    the first quarter's occurrence of a 每季度末 item. Closed series (:func:`close_series`)
    and merged units get none. The latest occurrences are found in SQL (GROUP BY)."""
    closed = select(Task.id).where(col(Task.series_closed_on).is_not(None))
    merged = select(Unit.id).where(col(Unit.merged_into_id).is_not(None))
    latest = list(
        session.exec(
            select(Task.item_id, Task.lead_unit_id, func.max(Task.due_on))
            .where(
                col(Task.recurrence) != "",
                col(Task.item_id).is_not(None),
                col(Task.item_id).not_in(closed),
                col(Task.lead_unit_id).not_in(merged),
            )
            .group_by(col(Task.item_id), col(Task.lead_unit_id))
            .having(func.max(Task.due_on) < today)
            .order_by(col(Task.item_id), col(Task.lead_unit_id))
        )
    )
    written: list[Occurrence] = []
    for item_id, unit_id, last_due in latest:
        model = session.exec(
            select(Task)
            .where(Task.item_id == item_id, Task.lead_unit_id == unit_id, Task.due_on == last_due)
            .order_by(col(Task.id).desc())
        ).first()
        assert model is not None
        recurrence = parse_recurrence(model.recurrence)
        if recurrence is None:
            continue
        co = list(
            session.exec(
                select(TaskCoUnit.unit_id)
                .where(TaskCoUnit.task_id == model.id)
                .order_by(col(TaskCoUnit.id))
            )
        )
        co_names: dict[int, str] = {
            unit_id_: name
            for unit_id_, name in session.exec(
                select(Unit.id, Unit.name).where(col(Unit.id).in_(co or [0]))
            )
            if unit_id_ is not None
        }
        lead = session.get(Unit, unit_id)
        assert lead is not None
        due = model.due_on
        while due < today:
            period, due = recurrence.occurrences(due + timedelta(days=1), due + timedelta(days=1))[
                0
            ]
            now = _now()
            task = Task(
                source=model.source,
                content=model.content,
                lead_unit_id=unit_id,
                leader=model.leader,
                due_on=due,
                due_rule="",
                due_provisional=False,
                meeting_id=model.meeting_id,
                decision_no=model.decision_no,
                suggestion_id=model.suggestion_id,
                list_no=model.list_no,
                list_section=model.list_section,
                list_order=model.list_order,
                item_id=item_id,
                lead_group=model.lead_group,
                recurrence=model.recurrence,
                period=period,
                approved_meeting_id=model.approved_meeting_id,
                list_id=model.list_id,
                note=model.note,
                created_at=now,
                updated_at=now,
            )
            journal.insert(session, task, extra={"co_units": [co_names[u] for u in co]})
            for unit in co:
                session.add(TaskCoUnit(task_id=task.id, unit_id=unit))  # type: ignore[arg-type]
            session.flush()
            written.append(Occurrence(task, unit_label(lead)))
    return written


def open_series_elsewhere(
    *, session: Session, contents: Iterable[str], list_id: int | None
) -> list[Task]:
    """Recurring items of other lists still generating, with one of these contents: the
    same item carried on by a new year's list (the office closes the old series)."""
    wanted = sorted(set(contents))
    if not wanted or list_id is None:
        return []
    return list(
        session.exec(
            select(Task)
            .where(
                col(Task.content).in_(wanted),
                col(Task.recurrence) != "",
                col(Task.id) == col(Task.item_id),
                col(Task.series_closed_on).is_(None),
                col(Task.list_id).is_not(None),
                col(Task.list_id) != list_id,
            )
            .order_by(col(Task.id))
        )
    )
