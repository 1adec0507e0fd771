"""What the official documents are made of, read from the database.

Each function gathers the records of one document in a few queries and returns plain
dataclasses; ``fylink.documents.contexts`` turns them into a template's context without
touching the database. Statuses are today's (``Thresholds``), counts are GROUP BYs.
"""

from dataclasses import dataclass, field

from sqlmodel import Session, col, exists, func, or_, select

from fylink.domain.status import TaskStatus, Thresholds, task_status
from fylink.errors import ConflictError, InvalidInputError, NotFoundError
from fylink.models import Attendance, Meeting, Office, Person, Task, Unit
from fylink.services import tasks
from fylink.services.lookups import find_meeting
from fylink.services.meetings import label
from fylink.services.notices import latest_progress
from fylink.services.office import get_office
from fylink.services.unit_names import labels_on


@dataclass
class AttendanceLine:
    #: 出席 / 列席 / 请假
    role: str
    #: A person's name, or the unit's short name when a whole unit is recorded.
    name: str
    is_person: bool
    #: The person's title (职务) and unit label; "" for a unit.
    title: str = ""
    unit: str = ""
    note: str = ""


@dataclass
class DecisionLine:
    task: tasks.Task
    #: Lead unit first, then the co-units (short names).
    units: list[str]
    status: TaskStatus
    progress: str = ""


@dataclass
class PreviousMeeting:
    meeting: Meeting
    decisions: list[DecisionLine]
    #: Decisions per status, counted in SQL.
    counts: dict[str, int]


@dataclass
class MinutesSource:
    office: Office
    meeting: Meeting
    #: The chair's title when the chair is a person of the roster ("" otherwise).
    chair_title: str
    attendance: list[AttendanceLine]
    decisions: list[DecisionLine]
    previous: PreviousMeeting | None = None


def _decisions(session: Session, meeting_id: int, th: Thresholds) -> list[DecisionLine]:
    label_ = func.coalesce(Unit.short_name, Unit.name)
    rows = list(
        session.exec(
            select(Task, label_)
            .join(Unit, col(Unit.id) == Task.lead_unit_id)
            .where(Task.meeting_id == meeting_id)
            .order_by(col(Task.decision_no), col(Task.id))
        )
    )
    ids = [t.id for t, _ in rows if t.id is not None]
    co = tasks.co_unit_names(session=session, task_ids=ids)
    progress = latest_progress(session=session, task_ids=ids)
    return [
        DecisionLine(
            task=t,
            units=[lead, *co[t.id or 0]],
            status=task_status(t, th),
            progress=progress.get(t.id or 0, ""),
        )
        for t, lead in rows
    ]


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
        else:
            lines.append(
                AttendanceLine(role=row.role, name=unit or row.name, is_person=False, note=row.note)
            )
    return lines


def previous_meeting(*, session: Session, meeting: Meeting) -> Meeting | None:
    """The latest meeting before this one that decided something."""
    has_decisions = exists().where(col(Task.meeting_id) == Meeting.id)
    return session.exec(
        select(Meeting)
        .where(
            or_(
                col(Meeting.held_on) < meeting.held_on,
                (col(Meeting.held_on) == meeting.held_on) & (col(Meeting.id) < meeting.id),
            ),
            has_decisions,
        )
        .order_by(col(Meeting.held_on).desc(), col(Meeting.id).desc())
        .limit(1)
    ).first()


def minutes_source(*, session: Session, ref: str | int, th: Thresholds) -> MinutesSource:
    """Everything the 会议纪要 of a meeting shows; refuses a meeting with nothing to minute."""
    office = get_office(session=session)
    meeting = find_meeting(session=session, ref=ref)
    meeting_id = meeting.id or 0
    decisions = _decisions(session, meeting_id, th)
    if not decisions:
        raise ConflictError(
            f"{label(meeting)}会议尚无议定事项，无法生成纪要：请先用 fylink meeting decide 添加"
        )
    attendance = _attendance(session, meeting_id)
    if not any(line.role == "出席" for line in attendance):
        raise ConflictError(
            f"{label(meeting)}会议尚未登记出席人员，无法生成纪要：请先用 fylink meeting attend 登记"
        )
    chair_title = ""
    if meeting.chair:
        people = session.exec(select(Person).where(Person.name == meeting.chair).limit(2)).all()
        if len(people) == 1:
            chair_title = people[0].title
    previous = None
    earlier = previous_meeting(session=session, meeting=meeting)
    if earlier is not None:
        previous = PreviousMeeting(
            meeting=earlier,
            decisions=_decisions(session, earlier.id or 0, th),
            counts=tasks.count_by_status(session=session, th=th, meeting_id=earlier.id),
        )
    # Units renamed since print the names of the meeting's day.
    then = labels_on(session, meeting.held_on)
    if then:
        for line in attendance:
            line.unit = then.get(line.unit, line.unit)
            if not line.is_person:
                line.name = then.get(line.name, line.name)
        for decision in [*decisions, *(previous.decisions if previous else [])]:
            decision.units = [then.get(unit, unit) for unit in decision.units]
    return MinutesSource(
        office=office,
        meeting=meeting,
        chair_title=chair_title,
        attendance=attendance,
        decisions=decisions,
        previous=previous,
    )


@dataclass
class TaskListSource:
    office: Office
    rows: list[tasks.TaskRow]
    #: Latest progress note per task id.
    progress: dict[int, str]
    #: Matching tasks per status, counted in SQL.
    counts: dict[str, int] = field(default_factory=dict)


#: More rows than any office's 双清单: a Word table of this size is already unusable.
MAX_EXPORT_ROWS = 5000


def task_list_source(*, session: Session, flt: tasks.TaskFilter, th: Thresholds) -> TaskListSource:
    """The tasks of a 双清单 export, most urgent first (as ``task list``)."""
    office = get_office(session=session)
    rows, total = tasks.list_tasks(session=session, flt=flt, th=th, limit=MAX_EXPORT_ROWS)
    if total == 0:
        raise NotFoundError("没有符合条件的任务，未生成文件：请检查筛选条件（fylink task list）")
    if total > MAX_EXPORT_ROWS:
        raise InvalidInputError(
            f"符合条件的任务有 {total} 项，超过 Word 表格导出上限 {MAX_EXPORT_ROWS} 项："
            "请加筛选条件"
        )
    progress = latest_progress(
        session=session, task_ids=[r.task.id for r in rows if r.task.id is not None]
    )
    counts = tasks.count_by_status(session=session, th=th, flt=flt)
    return TaskListSource(office=office, rows=rows, progress=progress, counts=counts)
