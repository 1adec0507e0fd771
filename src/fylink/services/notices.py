"""The notices the overdue check issued (提醒 / 催办 / 督办 …): find, list, show; the units'
written replies (书面报送); a 联合督查 as a 督办's issuer.

A notice is written once by ``fylink check overdue`` (services/overdue.py); here only its
reply date (from a recorded reply) and its issuer change. What the commands that only read
show (``notice list``, ``notice show``, ``notice replies``) is read on the light path, in
:mod:`fylink.services.reads_meetings`; the functions here that read call the same queries
on the session.
"""

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlmodel import Session

from fylink.domain.status import Thresholds
from fylink.errors import ConfigError, ConflictError, InvalidInputError, NotFoundError
from fylink.models import Notice, NoticeReply
from fylink.services import journal, reads_meetings
from fylink.services.reads_meetings import NoticeDetail, notice_row


def find_notice(*, session: Session, ref: str | int) -> Notice:
    """A notice by id (5) or by its number (2025-3, 〔2025〕3号): the look-up of
    ``reads_meetings.notice_row``, as a model."""
    notice = session.get(Notice, notice_row(session, ref).id)
    assert notice is not None
    return notice


def latest_progress(*, session: Session, task_ids: list[int]) -> dict[int, str]:
    """The latest progress note of each task (by report date, then entry), in one query."""
    return reads_meetings.latest_progress(session, task_ids)


def notice_detail(*, session: Session, ref: str | int, th: Thresholds) -> NoticeDetail:
    """What the 督办通知 letter needs (``reads_meetings.notice_detail``: Core rows)."""
    return reads_meetings.notice_detail(session, ref, th=th)


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


def replies_of(*, session: Session, notice_ids: list[int]) -> dict[int, list[Any]]:
    """The replies to each notice, oldest first (Core rows, without the files' bytes)."""
    return reads_meetings.replies_of(session, notice_ids)


def reply_file(*, session: Session, reply_id: int) -> NoticeReply:
    reply = session.get(NoticeReply, reply_id)
    if reply is None:
        raise NotFoundError(f"书面报送记录 {reply_id} 不存在：用 fylink notice show 查看")
    if reply.file_data is None:
        raise NotFoundError(f"书面报送记录 {reply_id} 没有附件")
    return reply


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
    """The written replies (书面报送) a notice chases (``reads_meetings.awaited_replies``)."""
    return reads_meetings.awaited_replies(session, notice_id)
