"""What a database holds, read with plain queries, for tests that run on ``fylink demo``.

The demo is generated from a seeded random sequence: which unit gets which 督办 number, which
decisions a meeting took, who sent apologies, how many tasks are overdue — all of that moves
whenever the demo changes. Tests on the demo database therefore read those facts here and
build the exact lines, numbers and statuses they expect from them, instead of pinning one
version of the demo. The queries are deliberately independent of the services under test
(no ``fylink.services``): the status and wording rules are restated from the specs.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import create_engine
from sqlmodel import Session, col, func, select

from fylink.models import (
    Attendance,
    Delivery,
    Meeting,
    Notice,
    NoticeItem,
    Person,
    Suggestion,
    Task,
    TaskCoUnit,
    TaskProgress,
    Unit,
)
from helpers import TODAY

TODAY_DATE = date.fromisoformat(TODAY)

_NUMERALS = "一二三四五六七八九"


def cn_numeral(n: int) -> str:
    """1 → 一 … 19 → 十九 (enough for the demo's decisions and items)."""
    assert 1 <= n < 20, n
    if n < 10:
        return _NUMERALS[n - 1]
    return "十" + (_NUMERALS[n - 11] if n > 10 else "")


def cn_date(day: date) -> str:
    """2025年6月3日"""
    return f"{day.year}年{day.month}月{day.day}日"


def provisional_note(day: date, provisional: bool) -> str:
    return f"（暂定：{day.year}年假期未公布）" if provisional else ""


def sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in "。！？；" else text + "。"


@contextmanager
def reading(url: str) -> Iterator[Session]:
    engine = create_engine(url)
    try:
        with Session(engine) as session:
            yield session
    finally:
        engine.dispose()


def _label(unit: Unit) -> str:
    return unit.short_name or unit.name


def task_status(task: Task, today: date = TODAY_DATE) -> str:
    """已销号 / 已完成 / 逾期, or 未到期 for an open task not yet late (临期 or not)."""
    if task.signed_off_on is not None:
        return "已销号"
    if task.completed_on is not None:
        return "已完成"
    return "逾期" if task.due_on < today else "未到期"


def reply_status(suggestion: Suggestion, today: date = TODAY_DATE) -> str:
    """已核实 / 逾期反馈 / 已反馈 / 逾期未反馈, or 待反馈 when not yet late."""
    if suggestion.verified_on is not None:
        return "已核实"
    if suggestion.replied_on is not None:
        return "逾期反馈" if suggestion.replied_on > suggestion.reply_due else "已反馈"
    return "逾期未反馈" if suggestion.reply_due < today else "待反馈"


def _latest_progress(session: Session, task_id: int) -> str:
    note = session.exec(
        select(TaskProgress.note)
        .where(TaskProgress.task_id == task_id)
        .order_by(col(TaskProgress.reported_on).desc(), col(TaskProgress.id).desc())
        .limit(1)
    ).first()
    return note or ""


def _units(session: Session, task: Task) -> list[str]:
    """Lead unit, then the co-units in the order they were given."""
    lead = session.get(Unit, task.lead_unit_id)
    assert lead is not None
    co = session.exec(
        select(Unit)
        .join(TaskCoUnit, col(TaskCoUnit.unit_id) == Unit.id)
        .where(TaskCoUnit.task_id == task.id)
        .order_by(col(TaskCoUnit.id))
    ).all()
    return [_label(lead), *(_label(unit) for unit in co)]


# -- tasks ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TaskFact:
    id: int
    content: str
    units: list[str]
    due_on: date
    provisional: bool
    completed_on: date | None
    status: str
    progress: str
    leader: str
    list_no: str = ""


def _task_fact(session: Session, task: Task) -> TaskFact:
    return TaskFact(
        id=task.id or 0,
        content=task.content,
        units=_units(session, task),
        due_on=task.due_on,
        provisional=task.due_provisional,
        completed_on=task.completed_on,
        status=task_status(task),
        progress=_latest_progress(session, task.id or 0),
        leader=task.leader,
        list_no=task.list_no,
    )


def overdue_tasks(url: str) -> list[TaskFact]:
    """Open tasks due before today, earliest deadline first (as ``task list`` orders them)."""
    with reading(url) as session:
        rows = session.exec(
            select(Task)
            .where(col(Task.completed_on).is_(None), col(Task.due_on) < TODAY_DATE)
            .order_by(col(Task.due_on), col(Task.id))
        ).all()
        return [_task_fact(session, task) for task in rows]


def task_count(url: str) -> int:
    with reading(url) as session:
        return session.exec(select(func.count()).select_from(Task)).one()


# -- meetings -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingFact:
    id: int
    year: int
    #: 第N期 within the series.
    issue_no: int
    series: str
    kind: str
    held_on: date
    place: str
    chair: str
    chair_title: str
    topics: str
    decisions: list[TaskFact]
    #: (role, as the minutes name the attendee), in the order recorded.
    attendance: list[tuple[str, str]]

    @property
    def ref(self) -> str:
        return f"{self.series}{self.year}-{self.issue_no}"

    def attendees(self, role: str) -> str:
        return "、".join(name for r, name in self.attendance if r == role)


def _attendee(session: Session, row: Attendance) -> str:
    details = []
    if row.person_id is not None:
        person = session.get(Person, row.person_id)
        assert person is not None
        name, title = person.name, person.title
        unit = session.get(Unit, person.unit_id) if person.unit_id else None
        if unit is not None and _label(unit) not in title:
            title = _label(unit) + title
        if title:
            details.append(title)
    else:
        unit = session.get(Unit, row.unit_id) if row.unit_id else None
        name = _label(unit) if unit is not None else row.name
    if row.note.strip():
        details.append(row.note.strip())
    return name + (f"（{'，'.join(details)}）" if details else "")


def meetings(url: str) -> list[MeetingFact]:
    """Every meeting, oldest first, with its decisions (in decision order) and attendance."""
    with reading(url) as session:
        facts = []
        for meeting in session.exec(
            select(Meeting).order_by(col(Meeting.held_on), col(Meeting.id))
        ).all():
            decisions = session.exec(
                select(Task)
                .where(Task.meeting_id == meeting.id)
                .order_by(col(Task.decision_no), col(Task.id))
            ).all()
            attendance = session.exec(
                select(Attendance)
                .where(Attendance.meeting_id == meeting.id)
                .order_by(col(Attendance.id))
            ).all()
            chairs = session.exec(select(Person).where(Person.name == meeting.chair)).all()
            facts.append(
                MeetingFact(
                    id=meeting.id or 0,
                    year=meeting.year,
                    issue_no=meeting.series_no,
                    series=meeting.series,
                    kind=meeting.kind,
                    held_on=meeting.held_on,
                    place=meeting.place,
                    chair=meeting.chair,
                    chair_title=chairs[0].title if len(chairs) == 1 else "",
                    topics=meeting.topics,
                    decisions=[_task_fact(session, task) for task in decisions],
                    attendance=[(row.role, _attendee(session, row)) for row in attendance],
                )
            )
        return facts


# -- notices --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemFact:
    """One item of a notice, with what ``notice show`` and the 督办通知 say about it."""

    kind: str  # task / suggestion
    id: int
    ref: str
    #: Task source (议定事项, 双清单, …) or suggestion kind (司法建议, 检察建议).
    source: str
    content: str
    due_on: date
    provisional: bool
    days_overdue: int
    status: str
    progress: str
    #: Where the item came from, as the letter names it in brackets.
    origin: str

    def public(self) -> dict:
        """The item as ``notice show --json`` gives it."""
        return {
            "type": self.kind,
            "id": self.id,
            "ref": self.ref,
            "source": self.source,
            "content": self.content,
            "due_on": self.due_on.isoformat(),
            "provisional": self.provisional,
            "workdays_overdue": self.days_overdue,
            "status": self.status,
            "progress": self.progress or None,
        }

    def letter_line(self, seq: int) -> str:
        """The item's paragraph in the 督办通知."""
        origin = f"（{self.origin}）" if self.origin else ""
        deadline = cn_date(self.due_on) + provisional_note(self.due_on, self.provisional)
        progress = f"目前进展：{sentence(self.progress)}" if self.progress else ""
        return (
            f"{seq}.{self.content}{origin}。完成时限为{deadline}，"
            f"已逾期{self.days_overdue}个工作日。{progress}"
        )


@dataclass(frozen=True)
class NoticeFact:
    id: int
    stage: str
    year: int | None
    number: int | None
    #: The unit's short name and full name.
    unit: str
    unit_name: str
    issued_on: date
    reply_due: date | None
    deliveries: dict[str, int]
    items: list[ItemFact] = field(default_factory=list)

    @property
    def number_text(self) -> str:
        """〔2025〕3号 ("" for a notice without a number)."""
        return f"〔{self.year}〕{self.number}号" if self.number is not None else ""

    @property
    def list_row(self) -> list[str]:
        """The row of ``notice list``, split on whitespace (empty cells vanish)."""
        deliveries = "、".join(f"{s}{n}" for s, n in sorted(self.deliveries.items()))
        cells = [
            str(self.id),
            self.stage,
            self.number_text,
            self.unit,
            self.issued_on.isoformat(),
            str(len(self.items)),
            self.reply_due.isoformat() if self.reply_due else "",
            deliveries or "未发送",
        ]
        return [cell for cell in cells if cell]


def _task_origin(session: Session, task: Task) -> str:
    if task.meeting_id is not None:
        meeting = session.get(Meeting, task.meeting_id)
        assert meeting is not None
        number = f"第{cn_numeral(task.decision_no)}项" if task.decision_no else ""
        series = meeting.series + ("议" if meeting.series.endswith("会") else "")
        return f"{meeting.year}年第{meeting.series_no}期{series}纪要{number}议定事项"
    if task.source == "双清单":
        return f"双清单第{task.list_no}项" if task.list_no else "双清单"
    if task.source == "司法建议整改" and task.suggestion_id is not None:
        suggestion = session.get(Suggestion, task.suggestion_id)
        assert suggestion is not None
        return f"{suggestion.doc_no}整改"
    return ""


def _items(session: Session, notice_id: int) -> list[ItemFact]:
    """Tasks by deadline, then suggestions by reply deadline."""
    items = []
    for task, days in session.exec(
        select(Task, NoticeItem.days_overdue)
        .join(NoticeItem, col(NoticeItem.task_id) == Task.id)
        .where(NoticeItem.notice_id == notice_id)
        .order_by(col(Task.due_on), col(Task.id))
    ).all():
        items.append(
            ItemFact(
                kind="task",
                id=task.id or 0,
                ref=f"任务{task.id}",
                source=task.source,
                content=task.content,
                due_on=task.due_on,
                provisional=task.due_provisional,
                days_overdue=days,
                status=task_status(task),
                progress=_latest_progress(session, task.id or 0),
                origin=_task_origin(session, task),
            )
        )
    for suggestion, days in session.exec(
        select(Suggestion, NoticeItem.days_overdue)
        .join(NoticeItem, col(NoticeItem.suggestion_id) == Suggestion.id)
        .where(NoticeItem.notice_id == notice_id)
        .order_by(col(Suggestion.reply_due), col(Suggestion.id))
    ).all():
        summary = f"“{suggestion.summary}”" if suggestion.summary else ""
        items.append(
            ItemFact(
                kind="suggestion",
                id=suggestion.id or 0,
                ref=suggestion.doc_no,
                source=suggestion.kind,
                content=f"回复{suggestion.kind}{summary}",
                due_on=suggestion.reply_due,
                provisional=suggestion.reply_due_provisional,
                days_overdue=days,
                status=reply_status(suggestion),
                progress="",
                origin=suggestion.doc_no,
            )
        )
    return items


def notices(url: str) -> list[NoticeFact]:
    """Every notice, newest first (as ``notice list``), with its items."""
    with reading(url) as session:
        facts = []
        for notice, unit in session.exec(
            select(Notice, Unit)
            .join(Unit, col(Unit.id) == Notice.unit_id)
            .order_by(col(Notice.issued_on).desc(), col(Notice.id).desc())
        ).all():
            deliveries = dict(
                session.exec(
                    select(Delivery.status, func.count())
                    .where(Delivery.notice_id == notice.id)
                    .group_by(col(Delivery.status))
                ).all()
            )
            facts.append(
                NoticeFact(
                    id=notice.id or 0,
                    stage=notice.stage,
                    year=notice.year,
                    number=notice.number,
                    unit=_label(unit),
                    unit_name=unit.name,
                    issued_on=notice.issued_on,
                    reply_due=notice.reply_due,
                    deliveries=deliveries,
                    items=_items(session, notice.id or 0),
                )
            )
        return facts


def letter_notice(url: str, *, kind: str = "议定事项") -> NoticeFact:
    """The first 督办 (by number) with an item of ``kind``: a 议定事项 with progress, or a
    suggestion reply (``kind="suggestion"``)."""

    def fits(item: ItemFact) -> bool:
        if kind == "suggestion":
            return item.kind == "suggestion"
        return item.kind == "task" and item.source == kind and bool(item.progress)

    found = [n for n in notices(url) if n.stage == "督办" and any(fits(item) for item in n.items)]
    assert found, f"the demo should hold a 督办 with a {kind} item"
    return min(found, key=lambda n: (n.year or 0, n.number or 0))
