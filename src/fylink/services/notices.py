"""The notices the overdue check issued (提醒 / 催办 / 督办): find, list, show.

A notice is written once by ``fylink check overdue`` (services/overdue.py) and never changed
here: these functions only read. ``notice_detail`` gathers what ``notice show`` prints and
what the 督办通知 letter needs (its items with their deadlines, the working days overdue the
ladder counted on the day the notice was issued, and the latest progress of each task).
"""

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, func, select

from fylink.domain.values import is_record_id
from fylink.errors import InvalidInputError, NotFoundError
from fylink.models import (
    Delivery,
    Meeting,
    Notice,
    NoticeItem,
    Suggestion,
    Task,
    TaskProgress,
    Unit,
)
from fylink.services.tasks import Thresholds, notice_number, task_status
from fylink.services.units import find_unit

STAGES = ("提醒", "催办", "督办", "通报", "约谈")
#: Stages that are formal letters with a number (the others are messages to the liaison).
LETTER_STAGES = ("督办", "通报")

# 2025-3, 2025/3, 〔2025〕3号, [2025]3号, 示府联办督〔2025〕3号, 2025年第3号
_NUMBER = re.compile(
    r"^[^\d〔\[（(]*[〔\[（(]?\s*(\d{4})\s*[〕\]）)]?\s*(?:[-/－—]|年第?)?\s*(\d{1,6})\s*号?$"
)


def find_notice(*, session: Session, ref: str | int) -> Notice:
    """A notice by id (5) or by its number (2025-3, 〔2025〕3号)."""
    text = str(ref).strip()
    if is_record_id(text):
        notice = session.get(Notice, int(text))
        if notice is None:
            raise NotFoundError(f"通知 {text} 不存在：用 fylink notice list 查看")
        return notice
    match = _NUMBER.match(text)
    if match is None:
        raise InvalidInputError(
            f"通知“{text}”无法识别：请写通知编号（如 5）或督办文号（如 2025-3、〔2025〕3号）"
        )
    year, number = int(match[1]), int(match[2])
    found = session.exec(select(Notice).where(Notice.year == year, Notice.number == number)).first()
    if found is None:
        raise NotFoundError(f"督办〔{year}〕{number}号不存在：用 fylink notice list 查看")
    return found


def parse_stage(text: str) -> str:
    stage = text.strip()
    if stage not in STAGES:
        raise InvalidInputError(f"督办阶段“{text}”不存在，可选：{'、'.join(STAGES)}")
    return stage


@dataclass
class NoticeRow:
    notice: Notice
    unit: str
    items: int
    #: Deliveries per status (待发送 / 已发送 / 失败).
    deliveries: dict[str, int] = field(default_factory=dict)

    @property
    def number(self) -> str:
        return notice_number(self.notice)


def _label() -> object:
    return func.coalesce(Unit.short_name, Unit.name)


def _delivery_counts(session: Session, notice_ids: list[int]) -> dict[int, dict[str, int]]:
    result: dict[int, dict[str, int]] = {notice_id: {} for notice_id in notice_ids}
    if not notice_ids:
        return result
    for notice_id, status, count in session.exec(
        select(Delivery.notice_id, Delivery.status, func.count())
        .where(col(Delivery.notice_id).in_(notice_ids))
        .group_by(col(Delivery.notice_id), col(Delivery.status))
    ):
        result[notice_id][status] = count
    return result


def list_notices(
    *,
    session: Session,
    stage: str | None = None,
    unit: str | None = None,
    year: int | None = None,
    limit: int = 50,
    offset: int = 0,
) -> tuple[list[NoticeRow], int]:
    """Notices, newest first, with their item and delivery counts (GROUP BY in SQL)."""
    if limit < 1 or offset < 0:
        raise InvalidInputError("每页条数应为正整数，页码应从1开始")
    conditions = []
    if stage:
        conditions.append(col(Notice.stage) == parse_stage(stage))
    if unit:
        conditions.append(col(Notice.unit_id) == find_unit(session=session, name=unit).id)
    if year is not None:
        conditions.append(col(Notice.issued_on).between(date(year, 1, 1), date(year, 12, 31)))
    total = session.exec(select(func.count()).select_from(Notice).where(*conditions)).one()
    items = (
        select(NoticeItem.notice_id, func.count().label("n"))
        .group_by(col(NoticeItem.notice_id))
        .subquery()
    )
    rows = session.exec(
        select(Notice, _label(), func.coalesce(items.c.n, 0))  # type: ignore[call-overload]
        .join(Unit, col(Unit.id) == Notice.unit_id)
        .join(items, items.c.notice_id == Notice.id, isouter=True)
        .where(*conditions)
        .order_by(col(Notice.issued_on).desc(), col(Notice.id).desc())
        .limit(limit)
        .offset(offset)
    ).all()
    deliveries = _delivery_counts(session, [n.id for n, _, _ in rows if n.id is not None])
    return [
        NoticeRow(notice=n, unit=label, items=int(count), deliveries=deliveries[n.id or 0])
        for n, label, count in rows
    ], total


@dataclass
class NoticeLine:
    """One item of a notice: a task or a suggestion reply."""

    kind: str  # "task" / "suggestion"
    id: int
    #: "任务12" or the suggestion's document number.
    ref: str
    content: str
    due_on: date
    provisional: bool
    #: Working days overdue on the day the notice was issued (as the ladder counted them).
    days_overdue: int
    #: Status today: 逾期 / 已完成 / … for a task, 逾期未反馈 / 已反馈 / … for a suggestion.
    status: str
    #: Task source (议定事项, 双清单, …) or the suggestion kind (司法建议, 检察建议).
    source: str = ""
    #: 议定事项: the meeting's year and 第N期, and the decision's number.
    meeting_year: int | None = None
    meeting_issue: int | None = None
    decision_no: int | None = None
    list_no: str = ""
    #: The 司法建议 a 整改 task answers, or the suggestion's own number.
    suggestion_doc_no: str = ""
    issuer: str = ""
    summary: str = ""
    #: Latest progress note of a task ("" when none).
    progress: str = ""


@dataclass
class DeliveryLine:
    channel: str
    target: str
    status: str
    attempts: int
    last_error: str
    sent_at: datetime | None


@dataclass
class NoticeDetail:
    notice: Notice
    unit: Unit
    items: list[NoticeLine]
    deliveries: list[DeliveryLine]

    @property
    def number(self) -> str:
        return notice_number(self.notice)


def latest_progress(*, session: Session, task_ids: list[int]) -> dict[int, str]:
    """The latest progress note of each task (by report date, then entry), in one query."""
    if not task_ids:
        return {}
    ranked = (
        sa_select(
            col(TaskProgress.task_id).label("task_id"),
            col(TaskProgress.note).label("note"),
            func.row_number()
            .over(
                partition_by=col(TaskProgress.task_id),
                order_by=(col(TaskProgress.reported_on).desc(), col(TaskProgress.id).desc()),
            )
            .label("rank"),
        )
        .where(col(TaskProgress.task_id).in_(task_ids))
        .subquery()
    )
    rows = session.execute(sa_select(ranked.c.task_id, ranked.c.note).where(ranked.c.rank == 1))
    return {row[0]: row[1] for row in rows}


def notice_detail(*, session: Session, ref: str | int, th: Thresholds) -> NoticeDetail:
    from fylink.services.suggestions import reply_status

    notice = find_notice(session=session, ref=ref)
    unit = session.get(Unit, notice.unit_id)
    assert unit is not None
    lines: list[NoticeLine] = []
    rectified = Suggestion.__table__.alias("rectified")  # type: ignore[attr-defined]
    task_rows = session.execute(
        sa_select(
            Task,
            col(NoticeItem.days_overdue),
            col(Meeting.year),
            col(Meeting.issue_no),
            rectified.c.doc_no,
        )
        .join(NoticeItem, col(NoticeItem.task_id) == Task.id)
        .join(Meeting, col(Meeting.id) == Task.meeting_id, isouter=True)
        .join(rectified, rectified.c.id == Task.suggestion_id, isouter=True)
        .where(col(NoticeItem.notice_id) == notice.id)
        .order_by(col(Task.due_on), col(Task.id))
    ).all()
    progress = latest_progress(session=session, task_ids=[t.id for t, *_ in task_rows if t.id])
    for task, days, meeting_year, meeting_issue, doc_no in task_rows:
        lines.append(
            NoticeLine(
                kind="task",
                id=task.id or 0,
                ref=f"任务{task.id}",
                content=task.content,
                due_on=task.due_on,
                provisional=task.due_provisional,
                days_overdue=days,
                status=task_status(task, th).value,
                source=task.source,
                meeting_year=meeting_year,
                meeting_issue=meeting_issue,
                decision_no=task.decision_no,
                list_no=task.list_no,
                suggestion_doc_no=doc_no or "",
                progress=progress.get(task.id or 0, ""),
            )
        )
    for suggestion, days in session.exec(
        select(Suggestion, NoticeItem.days_overdue)
        .join(NoticeItem, col(NoticeItem.suggestion_id) == Suggestion.id)
        .where(NoticeItem.notice_id == notice.id)
        .order_by(col(Suggestion.reply_due), col(Suggestion.id))
    ):
        lines.append(
            NoticeLine(
                kind="suggestion",
                id=suggestion.id or 0,
                ref=suggestion.doc_no,
                content=f"回复{suggestion.kind}"
                + (f"“{suggestion.summary}”" if suggestion.summary else ""),
                due_on=suggestion.reply_due,
                provisional=suggestion.reply_due_provisional,
                days_overdue=days,
                status=reply_status(suggestion, th).value,
                source=suggestion.kind,
                suggestion_doc_no=suggestion.doc_no,
                issuer=suggestion.issuer,
                summary=suggestion.summary,
            )
        )
    deliveries = [
        DeliveryLine(
            channel=d.channel,
            target=d.target,
            status=d.status,
            attempts=d.attempts,
            last_error=d.last_error,
            sent_at=d.sent_at,
        )
        for d in session.exec(
            select(Delivery).where(Delivery.notice_id == notice.id).order_by(col(Delivery.id))
        )
    ]
    return NoticeDetail(notice=notice, unit=unit, items=lines, deliveries=deliveries)
