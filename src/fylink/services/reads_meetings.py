"""Read-only look-ups on the light path for notices, meetings, tasks by meeting, 双清单 and
工作简报 (issue 21): Core tables of :mod:`fylink.tables`, no ORM, no model classes.

Each function takes a ``reader``: a bare Core connection (``cli.common.reading``) or an
ORM session (anything with ``execute``). The commands that only read call them on a
connection; the services that write and need model objects call the same function on
their session and load the model by the id found (a session's ``execute`` flushes first,
so what the command added before is seen). So each query is written once.

The rows returned are Core rows: they answer the attribute names of the models
(``row.stage``, ``row.issued_on`` …), so the views print them alike.
"""

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, case, func, select

from fylink import tables
from fylink.domain.values import is_record_id
from fylink.errors import InvalidInputError, NotFoundError
from fylink.services.meeting_refs import meeting_row

if TYPE_CHECKING:
    from fylink.domain.status import Thresholds
    from fylink.services.reads import TaskRow


def _utc(moment: datetime | None) -> datetime | None:
    from fylink.services.reads import utc

    return None if moment is None else utc(moment)


def _by_id(reader: Any, table: Any, record_id: Any) -> Any:
    return reader.execute(select(table).where(table.c.id == record_id)).first()


# --- meetings (services.lookups.find_meeting, meetings.meeting_detail) ---------------------

#: The roles of attendance, in the order the minutes list them. Stored as written: the
#: assessment counts 缺席, 迟到, 早退 and 代会 from these values.
ATTENDANCE_ROLES = ("出席", "列席", "请假", "缺席", "迟到", "早退", "代会")


@dataclass
class MeetingDetail:
    """``meeting show``'s meeting, its attendance and its decided items (Core rows)."""

    meeting: Any
    attendance: list[Any]
    decisions: list["TaskRow"] = field(default_factory=list)


def meeting_detail(reader: Any, ref: str | int, *, th: "Thresholds") -> MeetingDetail:
    """The meeting, attendance by role (as the minutes list it) and its tasks by number."""
    from fylink.domain.status import task_status
    from fylink.services.reads import TaskRow
    from fylink.services.reads import _co_unit_labels as co_unit_labels

    meeting = meeting_row(reader, ref)
    a = tables.attendance
    attendance = list(
        reader.execute(
            select(a)
            .where(a.c.meeting_id == meeting.id)
            .order_by(
                case(
                    *((a.c.role == role, rank) for rank, role in enumerate(ATTENDANCE_ROLES)),
                    else_=len(ATTENDANCE_ROLES),
                ),
                a.c.id,
            )
        )
    )
    t, u = tables.task, tables.unit
    label = func.coalesce(u.c.short_name, u.c.name).label("lead_label")
    rows = list(
        reader.execute(
            select(t, label)
            .join_from(t, u, u.c.id == t.c.lead_unit_id)
            .where(t.c.meeting_id == meeting.id)
            .order_by(t.c.decision_no, t.c.id)
        )
    )
    co = co_unit_labels(reader, [row.id for row in rows])
    decisions = [
        TaskRow(task=row, lead=row.lead_label, co=co[row.id], status=task_status(row, th))
        for row in rows
    ]
    return MeetingDetail(meeting=meeting, attendance=attendance, decisions=decisions)


# --- 双清单 (services.double_lists.list_lists) ------------------------------------------------


@dataclass
class ListRow:
    """One 双清单 of ``task lists``."""

    item: Any
    #: Tasks of the list (every occurrence and unit counted) and the open ones.
    tasks: int
    open: int


def double_lists(reader: Any) -> list[ListRow]:
    """Every 双清单 with its task counts (counted in SQL), newest year first."""
    t, d = tables.task.c, tables.double_list
    counts = {
        list_id: (int(total), int(open_ or 0))
        for list_id, total, open_ in reader.execute(
            select(t.list_id, func.count(), func.sum(case((t.completed_on.is_(None), 1), else_=0)))
            .where(t.list_id.is_not(None))
            .group_by(t.list_id)
        )
    }
    lists = reader.execute(select(d).order_by(d.c.year.desc(), d.c.id))
    return [ListRow(item, *counts.get(item.id, (0, 0))) for item in lists]


# --- notices (services.notices) --------------------------------------------------------------

STAGES = ("提醒", "催办", "督办", "通报", "约谈", "提示", "商请")
#: Stages that are formal letters (the others are messages to the liaison).
LETTER_STAGES = ("督办", "通报")

# 2025-3, 2025/3, 〔2025〕3号, [2025]3号, 示府联办督〔2025〕3号, 2025年第3号
_NUMBER = re.compile(
    r"^[^\d〔\[（(]*[〔\[（(]?\s*(\d{4})\s*[〕\]）)]?\s*(?:[-/－—]|年第?)?\s*(\d{1,6})\s*号?$"
)


def notice_row(reader: Any, ref: str | int) -> Any:
    """A notice by id (5) or by its number (2025-3, 〔2025〕3号)."""
    n = tables.notice
    text = str(ref).strip()
    if is_record_id(text):
        notice = _by_id(reader, n, int(text))
        if notice is None:
            raise NotFoundError(f"通知 {text} 不存在：用 fylink notice list 查看")
        return notice
    match = _NUMBER.match(text)
    if match is None:
        raise InvalidInputError(
            f"通知“{text}”无法识别：请写通知编号（如 5）或督办文号（如 2025-3、〔2025〕3号）"
        )
    year, number = int(match[1]), int(match[2])
    found = reader.execute(select(n).where(n.c.year == year, n.c.number == number)).first()
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
    """One row of ``notice list``: the notice (a Core row), its unit's label and counts."""

    notice: Any
    unit: str
    items: int
    #: Deliveries per status (待发送 / 已发送 / 失败).
    deliveries: dict[str, int] = field(default_factory=dict)

    @property
    def number(self) -> str:
        from fylink.domain.status import notice_number

        return notice_number(self.notice)


def _delivery_counts(reader: Any, notice_ids: list[int]) -> dict[int, dict[str, int]]:
    result: dict[int, dict[str, int]] = {notice_id: {} for notice_id in notice_ids}
    if not notice_ids:
        return result
    d = tables.delivery.c
    for notice_id, status, count in reader.execute(
        select(d.notice_id, d.status, func.count())
        .where(d.notice_id.in_(notice_ids))
        .group_by(d.notice_id, d.status)
    ):
        result[notice_id][status] = count
    return result


def notices(
    reader: Any,
    *,
    stage: str | None = None,
    unit: str | None = None,
    year: int | None = None,
    limit: int = 50,
    offset: int = 0,
) -> tuple[list[NoticeRow], int]:
    """Notices, newest first, with their item and delivery counts (GROUP BY in SQL)."""
    from fylink.services.unit_names import find_unit_row

    if limit < 1 or offset < 0:
        raise InvalidInputError("每页条数应为正整数，页码应从1开始")
    n, u, item = tables.notice, tables.unit, tables.notice_item
    conditions = []
    if stage:
        conditions.append(n.c.stage == parse_stage(stage))
    if unit:
        conditions.append(n.c.unit_id == find_unit_row(reader, unit).id)
    if year is not None:
        conditions.append(n.c.issued_on.between(date(year, 1, 1), date(year, 12, 31)))
    total = reader.execute(select(func.count()).select_from(n).where(*conditions)).scalar_one()
    items = select(item.c.notice_id, func.count().label("n")).group_by(item.c.notice_id).subquery()
    rows = reader.execute(
        select(
            n,
            func.coalesce(u.c.short_name, u.c.name).label("unit_label"),
            func.coalesce(items.c.n, 0).label("item_count"),
        )
        .join_from(n, u, u.c.id == n.c.unit_id)
        .join(items, items.c.notice_id == n.c.id, isouter=True)
        .where(*conditions)
        .order_by(n.c.issued_on.desc(), n.c.id.desc())
        .limit(limit)
        .offset(offset)
    ).all()
    deliveries = _delivery_counts(reader, [row.id for row in rows])
    return [
        NoticeRow(
            notice=row,
            unit=row.unit_label,
            items=int(row.item_count),
            deliveries=deliveries[row.id],
        )
        for row in rows
    ], total


@dataclass
class NoticeLine:
    """One item of a notice: a task, a suggestion reply, a case deadline or a reply."""

    kind: str  # "task" / "suggestion" / "case" / "reply"
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


def mask_target(target: str) -> str:
    """A webhook URL without its secret (key=…, access_token=…), for people and logs."""
    return re.sub(
        r"((?:key|access_token|token|sign)=)([^&]{0,4})[^&]*", r"\1\2****", target, flags=re.I
    )


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
    notice: Any
    unit: Any
    items: list[NoticeLine]
    deliveries: list[DeliveryLine]
    replies: list[Any] = field(default_factory=list)

    @property
    def number(self) -> str:
        from fylink.domain.status import notice_number

        return notice_number(self.notice)


def latest_progress(reader: Any, task_ids: list[int]) -> dict[int, str]:
    """The latest progress note of each task (by report date, then entry), in one query."""
    if not task_ids:
        return {}
    p = tables.task_progress.c
    ranked = (
        select(
            p.task_id.label("task_id"),
            p.note.label("note"),
            func.row_number()
            .over(partition_by=p.task_id, order_by=(p.reported_on.desc(), p.id.desc()))
            .label("rank"),
        )
        .where(p.task_id.in_(task_ids))
        .subquery()
    )
    rows = reader.execute(select(ranked.c.task_id, ranked.c.note).where(ranked.c.rank == 1))
    return {row[0]: row[1] for row in rows}


#: The columns of a written reply without the file's bytes.
_REPLY_COLUMNS = tuple(c for c in tables.notice_reply.c if c.name != "file_data")


def replies_of(reader: Any, notice_ids: list[int]) -> dict[int, list[Any]]:
    """The replies to each notice, oldest first (without reading the files' bytes)."""
    result: dict[int, list[Any]] = {nid: [] for nid in notice_ids}
    if not notice_ids:
        return result
    r = tables.notice_reply.c
    for reply in reader.execute(
        select(*_REPLY_COLUMNS).where(r.notice_id.in_(notice_ids)).order_by(r.replied_on, r.id)
    ):
        result[reply.notice_id].append(reply)
    return result


def awaited_replies(reader: Any, notice_id: int) -> list[Any]:
    """The written replies (书面报送) a notice chases: for each earlier notice whose reply
    is one of its items, (id, stage, year, number, issued_on, reply_due, acknowledged_on,
    days_overdue), by reply deadline."""
    awaited, item = tables.notice.alias("awaited"), tables.notice_item
    return list(
        reader.execute(
            select(
                awaited.c.id,
                awaited.c.stage,
                awaited.c.year,
                awaited.c.number,
                awaited.c.issued_on,
                awaited.c.reply_due,
                awaited.c.acknowledged_on,
                item.c.days_overdue,
            )
            .join_from(item, awaited, item.c.reply_notice_id == awaited.c.id)
            .where(item.c.notice_id == notice_id)
            .order_by(awaited.c.reply_due, awaited.c.id)
        )
    )


def case_line(item: Any, followed: Any, th: "Thresholds") -> NoticeLine:
    """A case deadline a notice chased: 答辩状和证据（自2025年6月3日起算）."""
    from fylink.domain.categories import CaseStatus
    from fylink.domain.dates import format_cn

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


def notice_detail(reader: Any, ref: str | int, *, th: "Thresholds") -> NoticeDetail:
    """What ``notice show`` prints and the 督办通知 letter needs: the notice's items with
    their deadlines, the working days overdue the ladder counted on the day it was issued,
    each task's latest progress, its deliveries and written replies."""
    from fylink.domain.dates import format_cn
    from fylink.domain.status import task_status
    from fylink.services.suggestion_rules import reply_status

    notice = notice_row(reader, ref)
    unit = _by_id(reader, tables.unit, notice.unit_id)
    t, m, s, item = tables.task, tables.meeting, tables.suggestion, tables.notice_item
    rectified = tables.suggestion.alias("rectified")
    task_rows = reader.execute(
        select(
            t,
            item.c.days_overdue.label("notice_days_overdue"),
            m.c.year.label("meeting_year"),
            m.c.series_no.label("meeting_issue"),
            rectified.c.doc_no.label("rectified_doc_no"),
            m.c.series.label("meeting_series"),
        )
        .join_from(t, item, item.c.task_id == t.c.id)
        .join(m, m.c.id == t.c.meeting_id, isouter=True)
        .join(rectified, rectified.c.id == t.c.suggestion_id, isouter=True)
        .where(item.c.notice_id == notice.id)
        .order_by(t.c.due_on, t.c.id)
    ).all()
    progress = latest_progress(reader, [row.id for row in task_rows])
    lines = [
        NoticeLine(
            kind="task",
            id=row.id,
            ref=f"任务{row.id}",
            content=row.content,
            due_on=row.due_on,
            provisional=row.due_provisional,
            days_overdue=row.notice_days_overdue,
            status=task_status(row, th).value,
            source=row.source,
            meeting_year=row.meeting_year,
            meeting_issue=row.meeting_issue,
            meeting_series=row.meeting_series or "",
            decision_no=row.decision_no,
            list_no=row.list_no,
            suggestion_doc_no=row.rectified_doc_no or "",
            progress=progress.get(row.id, ""),
        )
        for row in task_rows
    ]
    for row in reader.execute(
        select(s, item.c.days_overdue.label("notice_days_overdue"))
        .join_from(s, item, item.c.suggestion_id == s.c.id)
        .where(item.c.notice_id == notice.id)
        .order_by(s.c.reply_due, s.c.id)
    ):
        lines.append(
            NoticeLine(
                kind="suggestion",
                id=row.id,
                ref=row.doc_no,
                content=f"回复{row.kind}" + (f"“{row.summary}”" if row.summary else ""),
                due_on=row.reply_due,
                provisional=row.reply_due_provisional,
                days_overdue=row.notice_days_overdue,
                status=reply_status(row, th).value,
                source=row.kind,
                suggestion_doc_no=row.doc_no,
                issuer=row.issuer,
                summary=row.summary,
            )
        )
    c = tables.cases
    followed_cases = reader.execute(
        select(item, c.c.id.label("case_id_"), c.c.case_no, c.c.status, c.c.summary)
        .join_from(item, c, c.c.id == item.c.case_id)
        .where(item.c.notice_id == notice.id)
        .order_by(item.c.case_due_on, item.c.id)
    )
    for row in followed_cases:
        followed = _Followed(row.case_id_, row.case_no, row.status, row.summary)
        lines.append(case_line(row, followed, th))
    for nid, stage, year, number, issued_on, reply_due, acknowledged, days in awaited_replies(
        reader, notice.id
    ):
        ref_text = f"〔{year}〕{number}号" if year and number else f"通知{nid}"
        if acknowledged is None:
            state = "逾期未报送" if reply_due < th.today else "待报送"
        else:
            state = "已报送（逾期）" if acknowledged > reply_due else "已报送"
        lines.append(
            NoticeLine(
                kind="reply",
                id=nid,
                ref=ref_text,
                content=f"书面报送{format_cn(issued_on)}{stage}{ref_text}的办理情况",
                due_on=reply_due,
                provisional=False,
                days_overdue=days,
                status=state,
                source="书面报送",
            )
        )
    d = tables.delivery
    deliveries = [
        DeliveryLine(
            channel=row.channel,
            recipient=row.recipient,
            target=row.target,
            status=row.status,
            attempts=row.attempts,
            last_error=row.last_error,
            sent_at=_utc(row.sent_at),
        )
        for row in reader.execute(select(d).where(d.c.notice_id == notice.id).order_by(d.c.id))
    ]
    replies = replies_of(reader, [notice.id])[notice.id]
    return NoticeDetail(
        notice=notice, unit=unit, items=lines, deliveries=deliveries, replies=replies
    )


@dataclass
class _Followed:
    """The columns of a followed case that :func:`case_line` reads."""

    id: int
    case_no: str
    status: str
    summary: str = ""


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


def reply_counts(reader: Any, *, start: date, end: date, today: date) -> list[ReplyCount]:
    """Written replies per unit for notices whose reply was due in [start, end] (one GROUP BY).

    Missing: no reply yet and the deadline is past today. Not yet due ones count as asked only.
    """
    n, u = tables.notice.c, tables.unit.c
    on_time = func.sum(case((n.acknowledged_on <= n.reply_due, 1), else_=0))
    late = func.sum(case((n.acknowledged_on > n.reply_due, 1), else_=0))
    missing = func.sum(case((and_(n.acknowledged_on.is_(None), n.reply_due < today), 1), else_=0))
    rows = reader.execute(
        select(
            u.id,
            func.coalesce(u.short_name, u.name),
            u.kind,
            func.count(),
            on_time,
            late,
            missing,
        )
        .join_from(tables.notice, tables.unit, u.id == n.unit_id)
        .where(n.reply_due.between(start, end))
        .group_by(u.id, u.name, u.short_name, u.kind)
        .order_by(u.id)
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


# --- 工作简报 (services.briefs) -----------------------------------------------------------------

BRIEF_KINDS = ("工作简报", "专刊", "增刊")
#: The sections of an issue, in this order.
ITEM_KINDS = ("工作动态", "经验做法", "问题建议")
#: A unit's submission (报送).
SUBMITTED = "报送"


def parse_brief_kind(text: str) -> str:
    kind = text.strip()
    if kind not in BRIEF_KINDS:
        raise InvalidInputError(f"简报类型“{text}”不存在，可选：{'、'.join(BRIEF_KINDS)}")
    return kind


def brief_label(issue: Any) -> str:
    """工作简报2025年第3期"""
    return f"{issue.kind}{issue.year}年第{issue.issue_no}期"


def brief_issue_row(reader: Any, ref: str | None = None, kind: str | None = None) -> Any:
    """An issue by ``年份-期数`` (2025-3) or 期数 (3, in the latest year of the series);
    without ``ref`` the latest issue of the series (工作简报 unless ``kind``)."""
    b = tables.brief_issue
    series = parse_brief_kind(kind) if kind else "工作简报"
    query = select(b).where(b.c.kind == series)
    if ref is None or not ref.strip():
        found = reader.execute(query.order_by(b.c.year.desc(), b.c.issue_no.desc())).first()
        if found is None:
            raise NotFoundError(f"还没有{series}：先用 fylink brief new 新建一期")
        return found
    text = ref.strip()
    year_text, _, number_text = text.rpartition("-")
    try:
        number = int(number_text)
        year = int(year_text) if year_text else None
    except ValueError:
        raise InvalidInputError(f"简报期数“{ref}”无效，应写作 3 或 2025-3") from None
    if year is None:
        year = reader.execute(select(func.max(b.c.year)).where(b.c.kind == series)).scalar_one()
        if year is None:  # not "没有工作简报年第3期": the series has no issue at all
            raise NotFoundError(f"还没有{series}：先用 fylink brief new 新建一期")
    found = reader.execute(query.where(b.c.year == year, b.c.issue_no == number)).first()
    if found is None:
        raise NotFoundError(f"没有{series}{year or ''}年第{number}期")
    return found


def brief_issue_public(issue: Any) -> dict[str, Any]:
    return {
        "id": issue.id,
        "kind": issue.kind,
        "year": issue.year,
        "issue_no": issue.issue_no,
        "label": brief_label(issue),
        "issued_on": issue.issued_on.isoformat(),
        "distribution": issue.distribution,
    }


def brief_items(reader: Any, issue_id: int) -> list[dict[str, Any]]:
    """The items of an issue with their units' names, in section and placing order."""
    i, u = tables.brief_item, tables.unit
    order = case(*((i.c.kind == k, n) for n, k in enumerate(ITEM_KINDS)), else_=9)
    rows = reader.execute(
        select(i, u.c.name.label("unit_full"), u.c.short_name.label("unit_short"))
        .join_from(i, u, u.c.id == i.c.unit_id, isouter=True)
        .where(i.c.issue_id == issue_id)
        .order_by(order, i.c.seq)
    ).all()
    return [
        {
            "id": row.id,
            "kind": row.kind,
            "source": row.source,
            "title": row.title,
            "body": row.body,
            "unit": row.unit_short or row.unit_full or "",
            "unit_name": row.unit_full or "",
            "submitted_on": row.submitted_on.isoformat(),
            "seq": row.seq,
        }
        for row in rows
    ]


def brief_issues(
    reader: Any, *, year: int | None = None, kind: str | None = None
) -> list[dict[str, Any]]:
    """Issues with their item counts (one grouped query)."""
    b, i = tables.brief_issue, tables.brief_item
    query = (
        select(b, func.count(i.c.id).label("item_count"))
        .join_from(b, i, i.c.issue_id == b.c.id, isouter=True)
        .group_by(b.c.id)
        .order_by(
            b.c.year,
            case(*((b.c.kind == k, n) for n, k in enumerate(BRIEF_KINDS)), else_=9),
            b.c.issue_no,
        )
    )
    if year is not None:
        query = query.where(b.c.year == year)
    if kind:
        query = query.where(b.c.kind == parse_brief_kind(kind))
    return [
        brief_issue_public(row) | {"items": int(row.item_count)}
        for row in reader.execute(query).all()
    ]


def brief_pending(reader: Any) -> list[dict[str, Any]]:
    """Submissions not adopted yet, oldest first."""
    i, u = tables.brief_item, tables.unit
    rows = reader.execute(
        select(i, func.coalesce(u.c.short_name, u.c.name).label("unit_label"))
        .join_from(i, u, u.c.id == i.c.unit_id)
        .where(i.c.issue_id.is_(None), i.c.source == SUBMITTED)
        .order_by(i.c.submitted_on, i.c.id)
    ).all()
    return [
        {
            "id": row.id,
            "unit": row.unit_label,
            "kind": row.kind,
            "title": row.title,
            "body": row.body,
            "submitted_on": row.submitted_on.isoformat(),
        }
        for row in rows
    ]


def brief_unit_counts(reader: Any, *, year: int) -> list[dict[str, Any]]:
    """Per unit: submissions (报送) received in ``year`` and how many were adopted (采用),
    with the adoption rate; counted in SQL (assessment evidence)."""
    i, u = tables.brief_item.c, tables.unit.c
    submitted = func.count(i.id)
    adopted = func.sum(case((i.issue_id.is_not(None), 1), else_=0))
    unit_name = func.coalesce(u.short_name, u.name)
    rows = reader.execute(
        select(unit_name, u.name, submitted, adopted)
        .join_from(tables.brief_item, tables.unit, u.id == i.unit_id)
        .where(
            i.source == SUBMITTED,
            i.submitted_on >= date(year, 1, 1),
            i.submitted_on <= date(year, 12, 31),
        )
        .group_by(u.id, unit_name, u.name)
        .order_by(adopted.desc(), submitted.desc(), u.name)
    ).all()
    out = []
    for short, name, sent, used in rows:
        sent, used = int(sent), int(used or 0)
        out.append(
            {
                "unit": short,
                "unit_name": name,
                "submitted": sent,
                "adopted": used,
                "adoption_rate": round(used * 100 / sent, 1) if sent else None,
            }
        )
    return out
