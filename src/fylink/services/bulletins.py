"""The periodic 通报 (the last stage of 督办): units with overdue items and missing replies.

``issue_bulletin`` counts, per unit and in SQL, what was late in a quarter (or a year) as of
the day of issue: tasks still open past their deadline, tasks completed late, suggestion
replies overdue, written replies (书面报送) missing or late. Units with late items form the
黑榜 list, units whose every item due in the period was done on time the 红榜 list (both
headings are settings). Units of a consulted kind (法院, 检察院) are left out of both
unless ``escalation.rank_consult_kinds``. The 通报 is numbered 〔year〕N号 per year of
issue, its figures frozen in the row, and journaled; issuing the same period again gives
back the same 通报.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import and_, case
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, func, select

from fylink.config import Settings
from fylink.domain.calendar import WorkCalendar, quarter_bounds
from fylink.domain.dates import format_cn
from fylink.errors import ConflictError, InvalidInputError
from fylink.models import Bulletin, Notice, Suggestion, Task, Unit
from fylink.services import journal
from fylink.services.numbering import next_number


@dataclass
class UnitLine:
    unit_id: int
    name: str
    open_late: int = 0
    done_late: int = 0
    due: int = 0
    suggestions_late: int = 0
    replies_missing: int = 0
    replies_late: int = 0

    @property
    def late_total(self) -> int:
        return (
            self.open_late
            + self.done_late
            + self.suggestions_late
            + self.replies_missing
            + self.replies_late
        )

    def text(self) -> str:
        parts = []
        if self.open_late:
            parts.append(f"逾期未办结事项{self.open_late}项")
        if self.done_late:
            parts.append(f"逾期办结事项{self.done_late}项")
        if self.suggestions_late:
            parts.append(f"逾期未反馈司法（检察）建议{self.suggestions_late}件")
        if self.replies_missing:
            parts.append(f"督办后未书面报送{self.replies_missing}次")
        if self.replies_late:
            parts.append(f"逾期书面报送{self.replies_late}次")
        return "、".join(parts)


def period_bounds(year: int, quarter: int) -> tuple[date, date]:
    if quarter == 0:
        return date(year, 1, 1), date(year, 12, 31)
    if not 1 <= quarter <= 4:
        raise InvalidInputError("季度应为1至4")
    return quarter_bounds(year, quarter)


def period_label(year: int, quarter: int) -> str:
    return f"{year}年" if quarter == 0 else f"{year}年第{'一二三四'[quarter - 1]}季度"


def collect(
    *,
    session: Session,
    start: date,
    end: date,
    today: date,
    include_consulted: bool,
    consult_kinds: list[str],
) -> list[UnitLine]:
    """Per unit: what was late in [start, end], as of ``today`` (GROUP BYs in SQL)."""
    lines: dict[int, UnitLine] = {}
    label = func.coalesce(Unit.short_name, Unit.name)
    units = sa_select(col(Unit.id), label).where(col(Unit.is_member))
    if not include_consulted and consult_kinds:
        units = units.where(col(Unit.kind).not_in(consult_kinds))
    for uid, name in session.execute(units.order_by(col(Unit.id))):
        lines[uid] = UnitLine(unit_id=uid, name=name)
    last = min(end, today)
    in_period = col(Task.due_on).between(start, end)
    for uid, due, open_late, done_late in session.execute(
        sa_select(
            col(Task.lead_unit_id),
            func.sum(case((in_period, 1), else_=0)),
            func.sum(
                case(
                    (and_(col(Task.completed_on).is_(None), col(Task.due_on) < last), 1),
                    else_=0,
                )
            ),
            func.sum(
                case(
                    (and_(in_period, col(Task.completed_on) > col(Task.due_on)), 1),
                    else_=0,
                )
            ),
        )
        .where(col(Task.due_on) <= end)
        .group_by(col(Task.lead_unit_id))
    ):
        if uid in lines:
            lines[uid].due = int(due or 0)
            lines[uid].open_late = int(open_late or 0)
            lines[uid].done_late = int(done_late or 0)
    for uid, late in session.execute(
        sa_select(col(Suggestion.unit_id), func.count())
        .where(col(Suggestion.replied_on).is_(None), col(Suggestion.reply_due) < last)
        .group_by(col(Suggestion.unit_id))
    ):
        if uid in lines:
            lines[uid].suggestions_late = int(late)
    for uid, missing, late in session.execute(
        sa_select(
            col(Notice.unit_id),
            func.sum(case((col(Notice.acknowledged_on).is_(None), 1), else_=0)),
            func.sum(case((col(Notice.acknowledged_on) > col(Notice.reply_due), 1), else_=0)),
        )
        .where(col(Notice.reply_due).between(start, end), col(Notice.reply_due) < today)
        .group_by(col(Notice.unit_id))
    ):
        if uid in lines:
            lines[uid].replies_missing = int(missing or 0)
            lines[uid].replies_late = int(late or 0)
    return list(lines.values())


def bulletin_number(bulletin: Bulletin) -> str:
    return f"〔{bulletin.year}〕{bulletin.number}号"


def find_bulletin(*, session: Session, year: int, quarter: int) -> Bulletin | None:
    return session.exec(
        select(Bulletin).where(Bulletin.period_year == year, Bulletin.quarter == quarter)
    ).first()


def issue_bulletin(
    *,
    session: Session,
    settings: Settings,
    calendar: WorkCalendar,
    year: int,
    quarter: int,
    today: date,
    joint: bool = False,
) -> tuple[Bulletin, bool]:
    """The 通报 of a period: issued now (numbered, frozen, journaled), or the one already
    issued. Returns it and whether it is new."""
    start, end = period_bounds(year, quarter)
    existing = find_bulletin(session=session, year=year, quarter=quarter)
    if existing is not None:
        return existing, False
    if today < start:
        raise InvalidInputError(f"{period_label(year, quarter)}尚未开始，不能通报")
    if not calendar.is_workday(today):
        raise ConflictError(f"{format_cn(today)}是休息日：通报不落款于休息日，请在工作日签发")
    issuer = ""
    if joint:
        names = [n.strip() for n in settings.escalation.joint_issuers if n.strip()]
        if not names:
            from fylink.errors import ConfigError

            raise ConfigError(
                "未配置联合督查的发文机关：请在配置文件 [escalation] 中设置 joint_issuers"
            )
        issuer = "、".join(names)
    lines = collect(
        session=session,
        start=start,
        end=end,
        today=today,
        include_consulted=settings.escalation.rank_consult_kinds,
        consult_kinds=settings.escalation.consult_kinds,
    )
    black = sorted(
        (line for line in lines if line.late_total),
        key=lambda line: (-line.late_total, line.unit_id),
    )
    red = [line for line in lines if line.due and not line.late_total]
    data: dict[str, Any] = {
        "start": start.isoformat(),
        "end": end.isoformat(),
        "black": [
            {
                "unit_id": line.unit_id,
                "unit": line.name,
                "open_late": line.open_late,
                "done_late": line.done_late,
                "suggestions_late": line.suggestions_late,
                "replies_missing": line.replies_missing,
                "replies_late": line.replies_late,
                "text": line.text(),
            }
            for line in black
        ],
        "red": [{"unit_id": line.unit_id, "unit": line.name, "due": line.due} for line in red],
    }
    bulletin = Bulletin(
        year=today.year,
        number=next_number(session, Bulletin.number, col(Bulletin.year) == today.year),
        period_year=year,
        quarter=quarter,
        issued_on=today,
        issuer=issuer,
        data=data,
        created_at=datetime.now(UTC),
    )
    journal.insert(session, bulletin)
    return bulletin, True
