"""The notices the overdue check issued (提醒 / 催办 / 督办 …): find, list, show; the units'
written replies (书面报送); a 联合督查 as a 督办's issuer.

A notice is written once by ``fylink check overdue`` (services/overdue.py); here only its
reply date (from a recorded reply) and its issuer change. ``notice_detail`` gathers what
``notice show`` prints and what the 督办通知 letter needs (its items with their deadlines,
the working days overdue the ladder counted on the day the notice was issued, and the
latest progress of each task).
"""

import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import and_, case
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, func, select

from fylink.domain.categories import CaseStatus
from fylink.domain.dates import format_cn
from fylink.domain.status import Thresholds, notice_number, task_status
from fylink.domain.values import is_record_id
from fylink.errors import ConfigError, ConflictError, InvalidInputError, NotFoundError
from fylink.models import (
    Case,
    Delivery,
    Meeting,
    Notice,
    NoticeItem,
    NoticeReply,
    Suggestion,
    Task,
    TaskProgress,
    Unit,
)
from fylink.services import journal
from fylink.services.suggestions import reply_status
from fylink.services.units import find_unit

STAGES = ("提醒", "催办", "督办", "通报", "约谈", "提示", "商请")
#: Stages that are formal letters (the others are messages to the liaison).
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
    #: The meeting's series (联席会议, 协调会) when the item is a 议定事项.
    meeting_series: str = ""
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
    recipient: str
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
    replies: list[NoticeReply] = field(default_factory=list)

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
            col(Meeting.series_no),
            rectified.c.doc_no,
            col(Meeting.series),
        )
        .join(NoticeItem, col(NoticeItem.task_id) == Task.id)
        .join(Meeting, col(Meeting.id) == Task.meeting_id, isouter=True)
        .join(rectified, rectified.c.id == Task.suggestion_id, isouter=True)
        .where(col(NoticeItem.notice_id) == notice.id)
        .order_by(col(Task.due_on), col(Task.id))
    ).all()
    progress = latest_progress(session=session, task_ids=[t.id for t, *_ in task_rows if t.id])
    for task, days, meeting_year, meeting_issue, doc_no, series in task_rows:
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
                meeting_series=series or "",
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
    for item, followed in session.exec(
        select(NoticeItem, Case)
        .join(Case, col(Case.id) == NoticeItem.case_id)
        .where(NoticeItem.notice_id == notice.id)
        .order_by(col(NoticeItem.case_due_on), col(NoticeItem.id))
    ):
        lines.append(case_line(item, followed, th))
    for nid, stage, year, number, issued_on, reply_due, acknowledged, days in awaited_replies(
        session, notice.id or 0
    ):
        ref = f"〔{year}〕{number}号" if year and number else f"通知{nid}"
        if acknowledged is None:
            state = "逾期未报送" if reply_due < th.today else "待报送"
        else:
            state = "已报送（逾期）" if acknowledged > reply_due else "已报送"
        lines.append(
            NoticeLine(
                kind="reply",
                id=nid,
                ref=ref,
                content=f"书面报送{format_cn(issued_on)}{stage}{ref}的办理情况",
                due_on=reply_due,
                provisional=False,
                days_overdue=days,
                status=state,
                source="书面报送",
            )
        )
    deliveries = [
        DeliveryLine(
            channel=d.channel,
            recipient=d.recipient,
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
    replies = replies_of(session=session, notice_ids=[notice.id or 0])[notice.id or 0]
    return NoticeDetail(
        notice=notice, unit=unit, items=lines, deliveries=deliveries, replies=replies
    )


def case_line(item: NoticeItem, followed: Case, th: Thresholds) -> NoticeLine:
    """A case deadline a notice chased: 答辩状和证据（自2025年6月3日起算）."""
    rule, _, start = item.case_rule.partition("@")
    due = item.case_due_on or th.today
    if followed.status == CaseStatus.CLOSED.value:
        state = "已结案"
    else:
        state = "逾期" if due < th.today else "未到期"
    since = f"（自{format_cn(date.fromisoformat(start))}起算）" if start else ""
    return NoticeLine(
        kind="case",
        id=followed.id or 0,
        ref=followed.case_no,
        content=f"{followed.case_no}案件{rule}{since}",
        due_on=due,
        provisional=False,
        days_overdue=item.days_overdue,
        status=state,
        source="案件期限",
        summary=followed.summary,
    )


# --- written replies (书面报送) -------------------------------------------------------------------

#: The largest reply file kept in the database.
MAX_REPLY_FILE = 20 * 1024 * 1024


@dataclass
class ReplyFile:
    name: str
    data: bytes


def record_reply(
    *,
    session: Session,
    ref: str | int,
    replied_on: date,
    today: date,
    summary: str = "",
    file: ReplyFile | None = None,
) -> NoticeReply:
    """Record a unit's written reply to a notice (and keep its file in the database).

    The first reply sets ``notice.acknowledged_on``; a reply after ``reply_due`` is late and
    stays so. A reply says nothing about the tasks themselves: their progress and completion
    are recorded on the tasks.
    """
    notice = find_notice(session=session, ref=ref)
    if replied_on > today:
        raise InvalidInputError(f"报送日期 {replied_on.isoformat()} 晚于今天：请写实际收到的日期")
    if replied_on < notice.issued_on:
        raise InvalidInputError(
            f"报送日期 {replied_on.isoformat()} 早于通知发出日期 {notice.issued_on.isoformat()}"
        )
    summary = summary.strip()
    if not summary and file is None:
        raise InvalidInputError("请用 --summary 写明报送内容，或用 --file 附上报送材料")
    reply = NoticeReply(
        notice_id=notice.id,  # type: ignore[arg-type]
        replied_on=replied_on,
        summary=summary,
        created_at=datetime.now(UTC),
    )
    if file is not None:
        if len(file.data) > MAX_REPLY_FILE:
            raise InvalidInputError(
                f"报送材料 {file.name} 超过 {MAX_REPLY_FILE // 1024 // 1024} MB：请压缩后再附"
            )
        reply.file_name = file.name[:200]
        reply.file_size = len(file.data)
        reply.file_sha256 = hashlib.sha256(file.data).hexdigest()
        reply.file_data = file.data
    # The file itself stays in its row (the journal names it by size and SHA-256).
    journal.insert(session, reply, redact={"file_data": None})
    if notice.acknowledged_on is None or replied_on < notice.acknowledged_on:
        journal.update(session, notice, {"acknowledged_on": replied_on})
    return reply


def replies_of(*, session: Session, notice_ids: list[int]) -> dict[int, list[NoticeReply]]:
    """The replies to each notice, oldest first (without loading the files' bytes)."""
    from sqlalchemy.orm import defer

    result: dict[int, list[NoticeReply]] = {nid: [] for nid in notice_ids}
    if not notice_ids:
        return result
    for reply in session.exec(
        select(NoticeReply)
        .options(defer(NoticeReply.file_data))  # type: ignore[arg-type]
        .where(col(NoticeReply.notice_id).in_(notice_ids))
        .order_by(col(NoticeReply.replied_on), col(NoticeReply.id))
    ):
        result[reply.notice_id].append(reply)
    return result


def reply_file(*, session: Session, reply_id: int) -> NoticeReply:
    reply = session.get(NoticeReply, reply_id)
    if reply is None:
        raise NotFoundError(f"书面报送记录 {reply_id} 不存在：用 fylink notice show 查看")
    if reply.file_data is None:
        raise NotFoundError(f"书面报送记录 {reply_id} 没有附件")
    return reply


@dataclass
class ReplyCount:
    """Per unit: notices that asked for a written reply due in the period, and how they went."""

    unit_id: int
    unit: str
    kind: str
    asked: int
    on_time: int
    late: int
    missing: int


def reply_counts(*, session: Session, start: date, end: date, today: date) -> list[ReplyCount]:
    """Written replies per unit for notices whose reply was due in [start, end] (one GROUP BY).

    Missing: no reply yet and the deadline is past today. Not yet due ones count as asked only.
    """
    on_time = func.sum(case((col(Notice.acknowledged_on) <= col(Notice.reply_due), 1), else_=0))
    late = func.sum(case((col(Notice.acknowledged_on) > col(Notice.reply_due), 1), else_=0))
    missing = func.sum(
        case(
            (
                and_(col(Notice.acknowledged_on).is_(None), col(Notice.reply_due) < today),
                1,
            ),
            else_=0,
        )
    )
    rows = session.execute(
        sa_select(
            col(Unit.id),
            func.coalesce(Unit.short_name, Unit.name),
            col(Unit.kind),
            func.count(),
            on_time,
            late,
            missing,
        )
        .join(Unit, col(Unit.id) == Notice.unit_id)
        .where(col(Notice.reply_due).between(start, end))
        .group_by(col(Unit.id), col(Unit.name), col(Unit.short_name), col(Unit.kind))
        .order_by(col(Unit.id))
    )
    return [
        ReplyCount(
            unit_id=uid,
            unit=label,
            kind=kind,
            asked=int(asked),
            on_time=int(ok or 0),
            late=int(lt or 0),
            missing=int(miss or 0),
        )
        for uid, label, kind, asked, ok, lt, miss in rows
    ]


# --- 联合督查 -------------------------------------------------------------------------------------


def set_joint_issuer(*, session: Session, ref: str | int, issuers: list[str], undo: bool) -> Notice:
    """Record a 督办 as issued by a 联合督查 (the configured issuers), or by the office again."""
    notice = find_notice(session=session, ref=ref)
    if notice.stage != "督办":
        raise ConflictError(f"通知 {notice.id} 是{notice.stage}：只有督办可以由联合督查发出")
    names = [name.strip() for name in issuers if name.strip()]
    if not undo and not names:
        raise ConfigError(
            "未配置联合督查的发文机关：请在配置文件 [escalation] 中设置 joint_issuers"
        )
    wanted = "" if undo else "、".join(names)
    if notice.issuer == wanted:
        return notice
    return journal.update(session, notice, {"issuer": wanted})


def awaited_replies(session: Session, notice_id: int) -> list[Any]:
    """The written replies (书面报送) a notice chases: for each earlier notice whose reply
    is one of its items, (id, stage, year, number, issued_on, reply_due, acknowledged_on,
    days_overdue), by reply deadline."""
    awaited = Notice.__table__.alias("awaited")  # type: ignore[attr-defined]
    return list(
        session.execute(
            sa_select(
                awaited.c.id,
                awaited.c.stage,
                awaited.c.year,
                awaited.c.number,
                awaited.c.issued_on,
                awaited.c.reply_due,
                awaited.c.acknowledged_on,
                col(NoticeItem.days_overdue),
            )
            .join(NoticeItem, col(NoticeItem.reply_notice_id) == awaited.c.id)
            .where(col(NoticeItem.notice_id) == notice_id)
            .order_by(awaited.c.reply_due, awaited.c.id)
        )
    )
