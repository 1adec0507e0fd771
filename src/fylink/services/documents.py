"""What the official documents are made of, read from the database.

Each function gathers the records of one document in a few queries and returns plain
dataclasses; ``fylink.documents.contexts`` turns them into a template's context without
touching the database. Statuses are today's (``Thresholds``), counts are GROUP BYs.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlmodel import Session, col, exists, func, or_, select

from fylink.domain.status import TaskStatus, Thresholds, task_status
from fylink.errors import ConflictError, InvalidInputError, NotFoundError
from fylink.models import Attendance, Meeting, MeetingFollow, Office, Person, Task, Unit
from fylink.services import journal, tasks
from fylink.services.lookups import find_meeting
from fylink.services.meetings import PRESENT_ROLES, MeetingRules, label
from fylink.services.notices import latest_progress
from fylink.services.office import get_office
from fylink.services.unit_names import labels_on


@dataclass
class AttendanceLine:
    #: 出席 / 列席 / 请假 / 缺席 / 迟到 / 早退 / 代会
    role: str
    #: A person's name, or the unit's short name when a whole unit is recorded.
    name: str
    is_person: bool
    #: The person's title (职务) and unit label; "" for a unit.
    title: str = ""
    unit: str = ""
    note: str = ""
    #: Where someone outside the roster comes from (律师事务所 …).
    affiliation: str = ""
    #: A unit with no named person: how many it sent.
    headcount: int | None = None


@dataclass
class DecisionLine:
    task: tasks.Task
    #: Lead unit first, then the co-units (short names); the lead is the group as written
    #: (各乡镇（街道）) when the item expanded to several units.
    units: list[str]
    status: TaskStatus
    progress: str = ""
    #: The meeting that decided it, when it is not the meeting the 纪要 is about.
    meeting: Meeting | None = None

    @property
    def lead(self) -> str:
        return self.units[0] if self.units else ""

    @property
    def co(self) -> list[str]:
        return self.units[1:]


@dataclass
class PreviousMeeting:
    """What the 纪要 reports on besides its own decisions (上次议定事项落实情况)."""

    #: The previous meeting of the series (None for a topic meeting that names only tasks).
    meeting: Meeting | None
    #: The previous meeting's decided items (or those a topic meeting names).
    decisions: list[DecisionLine]
    #: Those decisions per status.
    counts: dict[str, int]
    #: Items of earlier meetings of the series still open.
    earlier: list[DecisionLine] = field(default_factory=list)
    #: A topic meeting: the meetings it follows (its decisions are then theirs).
    followed: list[Meeting] = field(default_factory=list)


@dataclass
class MinutesSource:
    office: Office
    meeting: Meeting
    #: The chair's title when the chair is a person of the roster ("" otherwise).
    chair_title: str
    attendance: list[AttendanceLine]
    decisions: list[DecisionLine]
    previous: PreviousMeeting | None = None
    #: The 纪要标志 of the meeting's series ("" for the default).
    masthead: str = ""
    #: How a unit with no named person is printed ({unit}, {count}).
    unit_attendance: str = "{unit}（{count}人）"


#: Worst first: an item of several tasks shows the status of its least advanced task.
_STATUS_RANK = ("逾期", "临期", "未到期", "已完成", "已销号")


def _lines(
    session: Session, th: Thresholds, *where: Any, with_meeting: bool = False
) -> list[DecisionLine]:
    """Decided items matching ``where``, one line per item (an expanded or recurring item
    is printed once), in the order of their meetings and decisions."""
    label_ = func.coalesce(Unit.short_name, Unit.name)
    rows = list(
        session.exec(
            select(Task, label_, Meeting)
            .join(Unit, col(Unit.id) == Task.lead_unit_id)
            .join(Meeting, col(Meeting.id) == Task.meeting_id, isouter=True)
            .where(*where)
            .order_by(col(Meeting.held_on), col(Meeting.id), col(Task.decision_no), col(Task.id))
        )
    )
    ids = [t.id for t, _, _ in rows if t.id is not None]
    co = tasks.co_unit_names(session=session, task_ids=ids)
    progress = latest_progress(session=session, task_ids=ids)
    lines: list[DecisionLine] = []
    by_item: dict[int, DecisionLine] = {}
    for t, lead, meeting in rows:
        status = task_status(t, th)
        if t.item_id is not None and t.item_id in by_item:
            line = by_item[t.item_id]
            if _STATUS_RANK.index(status.value) < _STATUS_RANK.index(line.status.value):
                line.status = status
            if not line.progress and progress.get(t.id or 0):
                line.progress = progress[t.id or 0]
            continue
        line = DecisionLine(
            task=t,
            units=[t.lead_group or lead, *co[t.id or 0]],
            status=status,
            progress=progress.get(t.id or 0, ""),
            meeting=meeting if with_meeting else None,
        )
        if t.item_id is not None:
            by_item[t.item_id] = line
        lines.append(line)
    return lines


def _decisions(session: Session, meeting_id: int, th: Thresholds) -> list[DecisionLine]:
    return _lines(session, th, Task.meeting_id == meeting_id)


def _attendance(session: Session, meeting_id: int) -> list[AttendanceLine]:
    unit_label = func.coalesce(Unit.short_name, Unit.name)
    rows = session.exec(
        select(Attendance, Person, unit_label)
        .join(Person, col(Person.id) == Attendance.person_id, isouter=True)
        .join(Unit, col(Unit.id) == Attendance.unit_id, isouter=True)
        .where(Attendance.meeting_id == meeting_id)
        .order_by(col(Attendance.id))
    )
    lines = []
    for row, person, unit in rows:
        if person is not None:
            lines.append(
                AttendanceLine(
                    role=row.role,
                    name=person.name,
                    is_person=True,
                    title=person.title,
                    unit=unit or "",
                    note=row.note,
                )
            )
        elif unit is not None:
            lines.append(
                AttendanceLine(
                    role=row.role,
                    name=unit,
                    is_person=False,
                    note=row.note,
                    headcount=row.headcount,
                )
            )
        else:
            lines.append(
                AttendanceLine(
                    role=row.role,
                    name=row.name,
                    is_person=True,
                    note=row.note,
                    affiliation=row.affiliation,
                )
            )
    return lines


def _before(meeting: Meeting) -> Any:
    return or_(
        col(Meeting.held_on) < meeting.held_on,
        (col(Meeting.held_on) == meeting.held_on) & (col(Meeting.id) < meeting.id),
    )


def previous_meeting(*, session: Session, meeting: Meeting) -> Meeting | None:
    """The latest meeting of the same series before this one that decided something."""
    has_decisions = exists().where(col(Task.meeting_id) == Meeting.id)
    return session.exec(
        select(Meeting)
        .where(_before(meeting), Meeting.series == meeting.series, has_decisions)
        .order_by(col(Meeting.held_on).desc(), col(Meeting.id).desc())
        .limit(1)
    ).first()


def _counts(lines: list[DecisionLine]) -> dict[str, int]:
    counts = {s.value: 0 for s in TaskStatus}
    for line in lines:
        counts[line.status.value] += 1
    return counts


def carry_over(
    *, session: Session, meeting: Meeting, th: Thresholds, topic: bool
) -> PreviousMeeting | None:
    """What the 纪要 of ``meeting`` reports on.

    A meeting of a series: the decided items of the previous meeting of its series, and
    every item of the series' earlier meetings still open. A topic meeting (``topic``):
    only what it names (``meeting add --follows``). Either may name more with --follows.
    """
    follows = list(
        session.exec(select(MeetingFollow).where(MeetingFollow.meeting_id == meeting.id))
    )
    followed_ids = [f.followed_meeting_id for f in follows if f.followed_meeting_id]
    task_ids = [f.task_id for f in follows if f.task_id]
    previous = None if topic else previous_meeting(session=session, meeting=meeting)
    decisions: list[DecisionLine] = []
    earlier: list[DecisionLine] = []
    followed: list[Meeting] = []
    if previous is not None:
        decisions = _decisions(session, previous.id or 0, th)
        before_previous = select(Meeting.id).where(
            Meeting.series == meeting.series, _before(previous)
        )
        earlier = _lines(
            session,
            th,
            col(Task.meeting_id).in_(before_previous),
            col(Task.completed_on).is_(None),
            with_meeting=True,
        )
    if followed_ids:
        followed = list(
            session.exec(
                select(Meeting)
                .where(col(Meeting.id).in_(followed_ids))
                .order_by(col(Meeting.held_on), col(Meeting.id))
            )
        )
        named = [m.id for m in followed if previous is None or m.id != previous.id]
        extra = _lines(session, th, col(Task.meeting_id).in_(named), with_meeting=True)
        if previous is None:
            decisions += extra
        else:
            earlier += extra
    if task_ids:
        seen = {line.task.id for line in decisions + earlier}
        extra = [
            line
            for line in _lines(session, th, col(Task.id).in_(task_ids), with_meeting=True)
            if line.task.id not in seen
        ]
        if previous is None:
            decisions += extra
        else:
            earlier += extra
    if previous is None and not decisions:
        return None
    return PreviousMeeting(
        meeting=previous,
        decisions=decisions,
        counts=_counts(decisions),
        earlier=earlier,
        followed=followed,
    )


def minutes_source(
    *,
    session: Session,
    ref: str | int,
    th: Thresholds,
    rules: MeetingRules | None = None,
    mastheads: Mapping[str, str] | None = None,
    unit_attendance: str = "{unit}（{count}人）",
) -> MinutesSource:
    """Everything the 会议纪要 of a meeting shows; refuses a meeting with nothing to minute."""
    rules = rules or MeetingRules()
    office = get_office(session=session)
    meeting = find_meeting(session=session, ref=ref)
    meeting_id = meeting.id or 0
    decisions = _decisions(session, meeting_id, th)
    if not decisions:
        raise ConflictError(
            f"{label(meeting)}会议尚无议定事项，无法生成纪要：请先用 fylink meeting decide 添加"
        )
    attendance = _attendance(session, meeting_id)
    if not any(line.role in PRESENT_ROLES for line in attendance):
        raise ConflictError(
            f"{label(meeting)}会议尚未登记出席人员，无法生成纪要：请先用 fylink meeting attend 登记"
        )
    chair_title = ""
    if meeting.chair:
        people = session.exec(select(Person).where(Person.name == meeting.chair).limit(2)).all()
        if len(people) == 1:
            chair_title = people[0].title
    previous = carry_over(
        session=session, meeting=meeting, th=th, topic=rules.is_topic(meeting.series)
    )
    # Units renamed since print the names of the meeting's day.
    then = labels_on(session, meeting.held_on)
    if then:
        for line in attendance:
            line.unit = then.get(line.unit, line.unit)
            if not line.is_person:
                line.name = then.get(line.name, line.name)
        carried = [*previous.decisions, *previous.earlier] if previous else []
        for decision in [*decisions, *carried]:
            decision.units = [then.get(unit, unit) for unit in decision.units]
    return MinutesSource(
        office=office,
        meeting=meeting,
        chair_title=chair_title,
        attendance=attendance,
        decisions=decisions,
        previous=previous,
        masthead=(mastheads or {}).get(meeting.series, "").strip(),
        unit_attendance=unit_attendance,
    )


def minutes_date(*, meeting: Meeting, given: date | None, today: date) -> date:
    """The 纪要's 印发日期: the one stored when it was first issued, unless a date is given;
    today for a first issue."""
    if given is None and meeting.issued_on is not None:
        return meeting.issued_on
    issued_on = given or today
    if issued_on < meeting.held_on:
        raise InvalidInputError(f"印发日期不能早于会议日期（{meeting.held_on.isoformat()}）")
    return issued_on


def record_issue(*, session: Session, meeting_id: int, issued_on: date) -> None:
    """Store the 印发日期 of a 纪要 just written (kept for every reprint)."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is not None and meeting.issued_on != issued_on:
        journal.update(session, meeting, {"issued_on": issued_on})


@dataclass
class TaskListSource:
    office: Office
    rows: list[tasks.TaskRow]
    #: Latest progress note per task id.
    progress: dict[int, str]
    #: Matching items per status.
    counts: dict[str, int] = field(default_factory=dict)
    #: The 双清单 exported (``--list``): its name is the table's title.
    list_name: str = ""


#: More rows than any office's 双清单: a Word table of this size is already unusable.
MAX_EXPORT_ROWS = 5000


def task_list_source(*, session: Session, flt: tasks.TaskFilter, th: Thresholds) -> TaskListSource:
    """The tasks of a 双清单 export in the approved order: by section and 序号 (tasks not on
    an approved list after them, by deadline); an item of several tasks (各乡镇（街道）, a
    recurring deadline) is one row, with the status of its least advanced task."""
    office = get_office(session=session)
    conditions = tasks.filter_conditions(session=session, flt=flt, th=th)
    total = session.exec(select(func.count()).select_from(Task).where(*conditions)).one()
    if total == 0:
        raise NotFoundError("没有符合条件的任务，未生成文件：请检查筛选条件（fylink task list）")
    if total > MAX_EXPORT_ROWS:
        raise InvalidInputError(
            f"符合条件的任务有 {total} 项，超过 Word 表格导出上限 {MAX_EXPORT_ROWS} 项："
            "请加筛选条件"
        )
    label_ = func.coalesce(Unit.short_name, Unit.name)
    found = list(
        session.exec(
            select(Task, label_)
            .join(Unit, col(Unit.id) == Task.lead_unit_id)
            .where(*conditions)
            .order_by(
                col(Task.list_order).is_(None),
                col(Task.list_order),
                # the rest most urgent first, as ``task list``: open by deadline, then done
                col(Task.completed_on).is_not(None),
                col(Task.due_on),
                col(Task.id),
            )
        )
    )
    ids = [t.id for t, _ in found if t.id is not None]
    co = tasks.co_unit_names(session=session, task_ids=ids)
    progress = latest_progress(session=session, task_ids=ids)
    rows: list[tasks.TaskRow] = []
    by_item: dict[int, tasks.TaskRow] = {}
    for task, lead in found:
        status = task_status(task, th)
        if task.item_id is not None and task.item_id in by_item:
            row = by_item[task.item_id]
            if _STATUS_RANK.index(status.value) < _STATUS_RANK.index(row.status.value):
                row.status = status
            if not progress.get(row.task.id or 0) and progress.get(task.id or 0):
                progress[row.task.id or 0] = progress[task.id or 0]
            continue
        row = tasks.TaskRow(
            task=task, lead=task.lead_group or lead, co=co[task.id or 0], status=status
        )
        if task.item_id is not None:
            by_item[task.item_id] = row
        rows.append(row)
    counts = {s.value: 0 for s in TaskStatus}
    for row in rows:
        counts[row.status.value] += 1
    list_name = ""
    if flt.list_name:
        from fylink.services.double_lists import find_list

        list_name = find_list(session=session, ref=flt.list_name).name
    return TaskListSource(
        office=office, rows=rows, progress=progress, counts=counts, list_name=list_name
    )
