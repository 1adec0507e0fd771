"""Meetings (第N期 per series and year), attendance and decided items (议定事项).

A 议定事项 is stored as its task (source 议定事项, ``meeting_id`` and ``decision_no`` set): the
decision and the work it orders are one record, so the minutes and the 双清单 can never
disagree.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import case
from sqlmodel import Session, col, func, or_, select

from fylink.domain.calendar import WorkCalendar
from fylink.domain.status import TaskSource, Thresholds
from fylink.errors import ConflictError, InvalidInputError, NotFoundError
from fylink.models import Attendance, Journal, Meeting, MeetingFollow, Person, Task
from fylink.services import journal, tasks
from fylink.services.lookups import find_meeting, get_task
from fylink.services.numbering import next_number
from fylink.services.reads_meetings import ATTENDANCE_ROLES
from fylink.services.units import find_person, find_unit, refuse_merged_on

#: Built-in kinds; the office adds its own (``[meetings] extra_kinds``).
MEETING_KINDS = (
    "全体会议",
    "联席会议",
    "协调会",
    "座谈会",
    "研判会",
    "专题会议",
    "通报会",
    "调度会",
)
#: Roles of those who were there (the 纪要's 出席 line).
PRESENT_ROLES = ("出席", "迟到", "早退", "代会")
#: The kinds numbered in the joint meeting's own series unless a setting says otherwise.
JOINT_SERIES = "联席会议"
_JOINT_KINDS = ("全体会议", "联席会议")


@dataclass(frozen=True)
class MeetingRules:
    """The office's meeting settings, as the services read them."""

    extra_kinds: tuple[str, ...] = ()
    #: kind → series
    series: Mapping[str, str] = field(default_factory=dict)
    topic_series: tuple[str, ...] = ("协调会", "专题会议", "座谈会", "研判会")

    @classmethod
    def of(cls, settings: Any) -> "MeetingRules":
        """From ``Settings.meetings``."""
        return cls(
            extra_kinds=tuple(k.strip() for k in settings.extra_kinds if k.strip()),
            series={k.strip(): v.strip() for k, v in settings.series.items() if v.strip()},
            topic_series=tuple(settings.topic_series),
        )

    def kinds(self) -> tuple[str, ...]:
        return MEETING_KINDS + tuple(k for k in self.extra_kinds if k not in MEETING_KINDS)

    def series_of(self, kind: str) -> str:
        if kind in self.series:
            return self.series[kind]
        return JOINT_SERIES if kind in _JOINT_KINDS else kind

    def is_topic(self, series: str) -> bool:
        return series in self.topic_series


@dataclass
class MeetingIn:
    kind: str
    held_on: date
    place: str = ""
    chair: str = ""
    topics: str = ""
    opening: str = ""
    #: 会议听取了…, 会议认为…, 会议要求… in the order the 纪要 prints them.
    parts: list[str] = field(default_factory=list)
    #: What a topic meeting reports on: meetings (2025-1, 联席会议2025-1) or tasks (#12).
    follows: list[str] = field(default_factory=list)


def label(meeting: Meeting) -> str:
    """联席会议2025年第3期"""
    return f"{meeting.series}{meeting.year}年第{meeting.series_no}期"


def ref_text(meeting: Meeting) -> str:
    """联席会议2025-3: how the clerk can name the meeting in other commands."""
    return f"{meeting.series}{meeting.year}-{meeting.series_no}"


def parse_kind(text: str, rules: MeetingRules | None = None) -> str:
    kind = text.strip()
    kinds = (rules or MeetingRules()).kinds()
    if kind not in kinds:
        raise InvalidInputError(
            f"会议类型“{text}”不存在，可选：{'、'.join(kinds)}"
            "（其他类型可在设置 [meetings] extra_kinds 中添加）"
        )
    return kind


#: The journal's action for a document that printed a meeting's 期号 (its 纪要).
ISSUED = "issue"


def next_series_no(session: Session, year: int, series: str) -> int:
    """The next 第N期 of a series in ``year``: after every meeting of the series and year, and
    after every removed one whose 期号 was printed (a 纪要 issued: never used again)."""
    after_stored = next_number(
        session, Meeting.series_no, col(Meeting.year) == year, col(Meeting.series) == series
    )
    retired = session.exec(
        select(func.max(Journal.before["series_no"].as_integer())).where(  # type: ignore[index]
            Journal.entity == "meeting",
            Journal.action == "delete",
            Journal.before["year"].as_integer() == year,  # type: ignore[index]
            Journal.before["series"].as_string() == series,  # type: ignore[index]
            Journal.before["number_retired"].as_boolean().is_(True),  # type: ignore[index]
        )
    ).one()
    return max(after_stored, int(retired or 0) + 1)


def was_issued(session: Session, meeting: Meeting) -> bool:
    """Has a document printed this meeting's 期号 (its 纪要 generated)?"""
    found = session.exec(
        select(Journal.id)
        .where(
            Journal.entity == "meeting",
            Journal.action == ISSUED,
            Journal.entity_id == meeting.id,
            Journal.after["year"].as_integer() == meeting.year,  # type: ignore[index]
            Journal.after["series"].as_string() == meeting.series,  # type: ignore[index]
            Journal.after["series_no"].as_integer() == meeting.series_no,  # type: ignore[index]
        )
        .limit(1)
    ).first()
    return found is not None


def record_issued(*, session: Session, meeting_id: int, document: str) -> None:
    """Journal that a document (a 纪要) printed the meeting's 期号."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        return
    journal.note(
        session,
        action=ISSUED,
        entity="meeting",
        entity_id=meeting.id,
        details={
            "year": meeting.year,
            "series": meeting.series,
            "series_no": meeting.series_no,
            "document": document,
        },
    )


_PART_LIMIT = 2000


def add_meeting(
    *, session: Session, meeting_in: MeetingIn, rules: MeetingRules | None = None
) -> Meeting:
    """Add a meeting; its 第N期 is the next number of its series and year."""
    rules = rules or MeetingRules()
    kind = parse_kind(meeting_in.kind, rules)
    for what, value, limit in (("地点", meeting_in.place, 100), ("主持人", meeting_in.chair, 100)):
        if len(value.strip()) > limit:
            raise InvalidInputError(f"{what}不能超过{limit}个字符")
    parts = [" ".join(p.split()) for p in meeting_in.parts if p.strip()]
    for part in parts:
        if len(part) > _PART_LIMIT:
            raise InvalidInputError(f"纪要段落不能超过{_PART_LIMIT}个字符")
    year = meeting_in.held_on.year
    series = rules.series_of(kind)
    if len(series) > 20:
        raise InvalidInputError(f"会议系列“{series}”不能超过20个字符")
    follows = [_followed(session, ref, meeting_in.held_on) for ref in meeting_in.follows]
    meeting = Meeting(
        year=year,
        # hidden running number (unique per year since 0001); the printed 期号 is series_no
        issue_no=next_number(session, Meeting.issue_no, col(Meeting.year) == year),
        series=series,
        series_no=next_series_no(session, year, series),
        kind=kind,
        held_on=meeting_in.held_on,
        place=meeting_in.place.strip(),
        chair=meeting_in.chair.strip(),
        topics=meeting_in.topics.strip(),
        opening=meeting_in.opening.strip(),
        parts=parts,
        created_at=datetime.now(UTC),
    )
    journal.insert(session, meeting)
    seen: set[tuple[int | None, int | None]] = set()
    for followed_meeting, task in follows:
        key = (followed_meeting.id if followed_meeting else None, task.id if task else None)
        if key in seen:
            continue
        seen.add(key)
        journal.insert(
            session,
            MeetingFollow(
                meeting_id=meeting.id,  # type: ignore[arg-type]
                followed_meeting_id=key[0],
                task_id=key[1],
            ),
        )
    return meeting


def _followed(session: Session, ref: str, held_on: date) -> tuple[Meeting | None, Task | None]:
    """``--follows``: a meeting (2025-1) or a task (#12), decided before ``held_on``."""
    text = ref.strip()
    if text.startswith(("#", "＃")):
        return None, get_task(session=session, ref=text)
    earlier = find_meeting(session=session, ref=text)
    if earlier.held_on > held_on:
        raise InvalidInputError(f"{label(earlier)}会议晚于本次会议，不能作为跟进的会议")
    return earlier, None


def attend(
    *,
    session: Session,
    ref: str | int,
    role: str,
    person: str | None = None,
    unit: str | None = None,
    name: str | None = None,
    affiliation: str = "",
    headcount: int | None = None,
    note: str = "",
) -> Attendance:
    """Record that a person of the roster, a unit, or someone outside the roster (name and
    affiliation: 破产管理人, 律师, 专家, 人大代表) attended (出席, 列席, 代会, 迟到, 早退) or not
    (请假, 缺席)."""
    meeting = find_meeting(session=session, ref=ref)
    role = _attendance_role(role)
    if sum(1 for given in (person, unit, name) if given) != 1:
        raise InvalidInputError(
            "请给出参会人员（--person）、参会单位（--unit）或名册外人员（--name）之一"
        )
    if headcount is not None and (not unit or headcount < 1 or headcount > 999):
        raise InvalidInputError("--count 只用于未写明人员的单位，应为1至999的人数")
    if affiliation.strip() and not name:
        raise InvalidInputError("--affiliation 只用于名册外人员（--name）")
    who: Person | None = None
    unit_id: int | None = None
    if person:
        who = find_person(session=session, name=person)
        if who.left_on is not None and meeting.held_on > who.left_on:
            raise ConflictError(
                f"{who.name}已于{who.left_on.isoformat()}离任，不能登记为{label(meeting)}会议的参会人员"
            )
        unit_id = who.unit_id
        shown = who.name
        clash = select(Attendance).where(
            Attendance.meeting_id == meeting.id, Attendance.person_id == who.id
        )
    elif unit:
        found = find_unit(session=session, name=unit)
        refuse_merged_on(session, found, meeting.held_on)
        unit_id, shown = found.id, found.name
        clash = select(Attendance).where(
            Attendance.meeting_id == meeting.id,
            Attendance.unit_id == found.id,
            col(Attendance.person_id).is_(None),
        )
    else:
        shown = " ".join((name or "").split())
        if not shown or len(shown) > 100:
            raise InvalidInputError("姓名不能为空，也不能超过100个字符")
        clash = select(Attendance).where(
            Attendance.meeting_id == meeting.id,
            col(Attendance.person_id).is_(None),
            col(Attendance.unit_id).is_(None),
            Attendance.name == shown,
            Attendance.affiliation == affiliation.strip(),
        )
    existing = session.exec(clash).first()
    if existing is not None:
        raise ConflictError(f"{shown}已登记为{label(meeting)}会议的{existing.role}人员")
    row = Attendance(
        meeting_id=meeting.id,  # type: ignore[arg-type]
        role=role,
        person_id=who.id if who else None,
        unit_id=unit_id,
        name=shown,
        note=note.strip(),
        affiliation=affiliation.strip(),
        headcount=headcount,
    )
    return journal.insert(session, row)


def _attendance_role(role: str) -> str:
    role = role.strip()
    if role not in ATTENDANCE_ROLES:
        raise InvalidInputError(f"参会情况“{role}”不存在，可选：{'、'.join(ATTENDANCE_ROLES)}")
    return role


def attend_units(
    *, session: Session, ref: str | int, units: Sequence[tuple[str, str, str]]
) -> list[Attendance]:
    """:func:`attend` for many units of one meeting — (unit, role, note) each, in order —
    with its rules and refusals, inserted in one statement and journaled in one batch (the
    demo's roll call, issue 21)."""
    meeting = find_meeting(session=session, ref=ref)
    taken = dict(
        session.exec(
            select(Attendance.unit_id, Attendance.role).where(
                Attendance.meeting_id == meeting.id, col(Attendance.person_id).is_(None)
            )
        ).all()
    )
    rows = []
    for unit, role, note in units:
        role = _attendance_role(role)
        found = find_unit(session=session, name=unit)
        refuse_merged_on(session, found, meeting.held_on)
        if found.id in taken:
            raise ConflictError(f"{found.name}已登记为{label(meeting)}会议的{taken[found.id]}人员")
        taken[found.id] = role
        rows.append(
            Attendance(
                meeting_id=meeting.id,  # type: ignore[arg-type]
                role=role,
                person_id=None,
                unit_id=found.id,
                name=found.name,
                note=note.strip(),
                affiliation="",
                headcount=None,
            )
        )
    journal.insert_many_journaled(session, Attendance.__table__, rows, key="unit_id")  # type: ignore[attr-defined]
    return rows


def decide(
    *,
    session: Session,
    ref: str | int,
    content: str,
    lead: str,
    due: str,
    calendar: WorkCalendar,
    today: date,
    co: list[str] | None = None,
    leader: str = "",
    note: str = "",
    units: tasks.UnitLookup | None = None,
) -> Task:
    """Add a 议定事项 to a meeting, with its task, in the caller's transaction.

    A rule deadline (15日, 1个月, 季度末) counts from the meeting's date.
    """
    meeting = find_meeting(session=session, ref=ref)
    number = next_number(session, Task.decision_no, col(Task.meeting_id) == meeting.id)
    return tasks.add_task(
        session=session,
        task_in=tasks.TaskIn(
            content=content,
            lead=lead,
            due=due,
            co=list(co or []),
            leader=leader,
            source=TaskSource.DECISION.value,
            start=meeting.held_on,
            note=note,
            meeting_id=meeting.id,
            decision_no=number,
        ),
        calendar=calendar,
        today=today,
        units=units,
    )


@dataclass
class MeetingRow:
    meeting: Meeting
    decisions: int
    open: int
    overdue: int


def list_meetings(
    *,
    session: Session,
    th: Thresholds,
    year: int | None = None,
    kind: str | None = None,
) -> list[MeetingRow]:
    """Meetings, newest first, with their decisions counted in SQL."""
    open_ = col(Task.completed_on).is_(None) & col(Task.id).is_not(None)
    overdue = open_ & (col(Task.due_on) < th.today)
    query = (
        select(
            Meeting,
            func.count(col(Task.id)),
            func.sum(case((open_, 1), else_=0)),
            func.sum(case((overdue, 1), else_=0)),
        )
        .join(Task, col(Task.meeting_id) == Meeting.id, isouter=True)
        .group_by(col(Meeting.id))
        .order_by(col(Meeting.held_on).desc(), col(Meeting.id).desc())
    )
    if year is not None:
        query = query.where(Meeting.year == year)
    if kind:
        query = query.where(or_(Meeting.kind == kind.strip(), Meeting.series == kind.strip()))
    # An item of several tasks counts once (its first task stands for it).
    query = query.where(
        col(Task.id).is_(None) | col(Task.item_id).is_(None) | (col(Task.item_id) == col(Task.id))
    )
    return [
        MeetingRow(meeting=m, decisions=n, open=int(o or 0), overdue=int(d or 0))
        for m, n, o, d in session.exec(query)
    ]


#: What ``meeting update`` may change.
MEETING_FIELDS = ("kind", "held_on", "place", "chair", "topics", "opening")


@dataclass
class MeetingChange:
    meeting: Meeting
    #: Decisions whose deadline counted from the old date, recomputed from the new one.
    moved: list[Task] = field(default_factory=list)
    #: The former 期号 when a new kind moved the meeting to another series.
    renumbered_from: str = ""


def update_meeting(
    *,
    session: Session,
    ref: str | int,
    changes: dict[str, Any],
    calendar: WorkCalendar,
    today: date,
    rules: MeetingRules | None = None,
) -> MeetingChange:
    """Correct a meeting (kind, date, place, chair, topics, opening). Its 期号 stays: a date
    in another year is refused (the numbers run per year). A kind of another series moves
    the meeting to that series' next number, unless its 纪要 printed the old one. Decisions
    whose 完成时限 was a rule counted from the meeting's date are counted again from the new
    date."""
    rules = rules or MeetingRules()
    meeting = find_meeting(session=session, ref=ref)
    old_label = label(meeting)
    unknown = set(changes) - set(MEETING_FIELDS)
    if unknown:
        raise InvalidInputError(f"不能修改会议的字段：{'、'.join(sorted(unknown))}")
    values: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "kind":
            values[key] = parse_kind(value, rules)
            series = rules.series_of(values[key])
            if series != meeting.series:
                if was_issued(session, meeting):
                    raise ConflictError(
                        f"{old_label}已印发过纪要，不能改为{values[key]}（属{series}系列）："
                        "期号已印发，不再更改"
                    )
                values["series"] = series
                values["series_no"] = next_series_no(session, meeting.year, series)
        elif key == "held_on":
            if value.year != meeting.year:
                raise InvalidInputError(
                    f"会议日期不能改到另一年份：{label(meeting)}的期号按{meeting.year}年编排；"
                    "请删除后在新的年份重新登记"
                )
            values[key] = value
        else:
            text = value.strip()
            if key in ("place", "chair") and len(text) > 100:
                what = "地点" if key == "place" else "主持人"
                raise InvalidInputError(f"{what}不能超过100个字符")
            values[key] = text
    changed = {k: v for k, v in values.items() if getattr(meeting, k) != v}
    if not changed:
        raise InvalidInputError("会议没有变化：给出的各项与原记录相同")
    old_day = meeting.held_on
    journal.update(session, meeting, changed)
    result = MeetingChange(meeting=meeting)
    if "series" in changed:
        result.renumbered_from = old_label
    if "held_on" in changed:
        decisions = session.exec(
            select(Task)
            .where(Task.meeting_id == meeting.id, Task.due_start == old_day, Task.due_rule != "")
            .order_by(col(Task.decision_no), col(Task.id))
        )
        for task in decisions:
            deadline = tasks.parse_due(task.due_rule, start=meeting.held_on, calendar=calendar)
            journal.update(session, task, tasks.deadline_values(deadline))
            result.moved.append(task)
    return result


def unattend(
    *, session: Session, ref: str | int, person: str | None = None, unit: str | None = None
) -> Attendance:
    """Take back an attendance record entered by mistake (a person or a unit)."""
    meeting = find_meeting(session=session, ref=ref)
    if bool(person) == bool(unit):
        raise InvalidInputError("请给出参会人员（--person）或参会单位（--unit）之一")
    if person:
        who = find_person(session=session, name=person)
        query = select(Attendance).where(
            Attendance.meeting_id == meeting.id, Attendance.person_id == who.id
        )
        name = who.name
    else:
        found = find_unit(session=session, name=unit or "")
        query = select(Attendance).where(
            Attendance.meeting_id == meeting.id,
            Attendance.unit_id == found.id,
            col(Attendance.person_id).is_(None),
        )
        name = found.name
    row = session.exec(query).first()
    if row is None:
        raise NotFoundError(f"{name}没有登记为{label(meeting)}会议的参会人员或单位")
    journal.delete(session, row)
    return row
