"""Sending notices: e-mail to each unit's liaison, and 企业微信 / 钉钉 group robots.

Every send is a :class:`~fylink.models.Delivery` row: created 待发送 in the transaction that
issues the notice, then attempted outside any transaction (a slow mail server never holds the
database lock), and its outcome recorded at once in its own short transaction: 已发送, or 失败
with the error and the attempt count. ``check overdue --notify`` retries every delivery that is
not 已发送, so a failure is never lost and a sent message is never sent again. (Should the
process die between a successful send and recording it, that one message is sent again on the
next run: at least once, never silently dropped.)
"""

import json
import re
import smtplib
import ssl
import urllib.error
import urllib.request
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from fylink.config import Settings, SmtpSettings
from fylink.domain.dates import format_cn
from fylink.domain.status import Thresholds, notice_number
from fylink.errors import ConfigError
from fylink.models import Delivery, Notice, NoticeItem, Office, Suggestion, Task, Unit
from fylink.services import journal

PENDING = "待发送"
SENT = "已发送"
FAILED = "失败"

EMAIL = "email"
WECOM = "wecom"
DINGTALK = "dingtalk"
CHANNEL_NAMES = {EMAIL: "邮件", WECOM: "企业微信", DINGTALK: "钉钉"}

#: 企业微信 limits a markdown message to 4096 bytes; 钉钉 is more generous but keep it readable.
_WEBHOOK_LIMIT = {WECOM: 4000, DINGTALK: 15000}


def channels(settings: Settings) -> list[str]:
    """The channels configured in the settings."""
    found = []
    if settings.smtp.host:
        found.append(EMAIL)
    if settings.webhooks.wecom_url:
        found.append(WECOM)
    if settings.webhooks.dingtalk_url:
        found.append(DINGTALK)
    return found


def require_channels(settings: Settings) -> list[str]:
    found = channels(settings)
    if not found:
        raise ConfigError(
            "未配置任何通知渠道：请在配置文件中设置 [smtp] host，"
            "或 [webhooks] wecom_url / dingtalk_url"
        )
    return found


def mask_target(target: str) -> str:
    """A webhook URL without its secret (key=…, access_token=…), for people and logs."""
    return re.sub(
        r"((?:key|access_token|token|sign)=)([^&]{0,4})[^&]*", r"\1\2****", target, flags=re.I
    )


# --- creating deliveries --------------------------------------------------------------------------


@dataclass
class Skipped:
    unit: str
    reason: str


def create_deliveries(
    *, session: Session, settings: Settings, today: date
) -> tuple[list[Delivery], list[Skipped]]:
    """A delivery per channel for each notice issued today that has none on that channel yet.

    Notices issued today by a run without ``--notify`` are thus still sent by a later
    ``--notify`` run the same day (e.g. the clerk checked by hand before cron ran).
    """
    wanted = require_channels(settings)
    notices = session.exec(
        select(Notice, Unit)
        .join(Unit, col(Unit.id) == Notice.unit_id)
        .where(Notice.issued_on == today)
        .order_by(col(Notice.id))
    ).all()
    existing = {
        (notice_id, channel)
        for notice_id, channel in session.exec(
            select(Delivery.notice_id, Delivery.channel)
            .join(Notice, col(Notice.id) == Delivery.notice_id)
            .where(Notice.issued_on == today)
        )
    }
    created: list[Delivery] = []
    skipped: list[Skipped] = []
    now = datetime.now(UTC)
    for notice, unit in notices:
        for channel in wanted:
            if (notice.id, channel) in existing:
                continue
            if channel == EMAIL:
                target = unit.liaison_email.strip()
                if not target:
                    skipped.append(
                        Skipped(
                            unit=unit.short_name or unit.name, reason="没有联络员邮箱，未发送邮件"
                        )
                    )
                    continue
            elif channel == WECOM:
                target = settings.webhooks.wecom_url
            else:
                target = settings.webhooks.dingtalk_url
            delivery = Delivery(
                notice_id=notice.id,  # type: ignore[arg-type]
                channel=channel,
                target=target[:300],
                status=PENDING,
                created_at=now,
            )
            journal.insert(session, delivery, redact={"target": mask_target(target)})
            created.append(delivery)
    return created, skipped


def pending_deliveries(*, session: Session) -> list[Delivery]:
    """Every delivery not yet sent, oldest first (this run's and earlier failures)."""
    return list(
        session.exec(
            select(Delivery)
            .where(col(Delivery.status).in_((PENDING, FAILED)))
            .order_by(col(Delivery.id))
        )
    )


# --- messages -------------------------------------------------------------------------------------


@dataclass
class Message:
    subject: str
    #: Plain text (e-mail).
    text: str
    #: Markdown (group robots).
    markdown: str


@dataclass
class _Line:
    ref: str
    content: str
    due_on: date
    days: int
    provisional: bool = False


def _due(day: date, provisional: bool) -> str:
    return format_cn(day) + (f"（暂定：{day.year}年假期未公布）" if provisional else "")


def _shorten(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def build_message(*, session: Session, notice: Notice, th: Thresholds) -> Message:
    """The notice for its unit: the items of this step, then the unit's current due-soon list."""
    unit = session.get(Unit, notice.unit_id)
    assert unit is not None
    office = session.exec(select(Office)).first()
    office_name = office.name if office else "府院联动联席会议办公室"
    lines: list[_Line] = []
    for task_id, content, due_on, days, provisional in session.execute(
        sa_select(
            col(Task.id),
            col(Task.content),
            col(Task.due_on),
            col(NoticeItem.days_overdue),
            col(Task.due_provisional),
        )
        .join(NoticeItem, col(NoticeItem.task_id) == Task.id)
        .where(col(NoticeItem.notice_id) == notice.id)
        .order_by(col(Task.due_on), col(Task.id))
    ):
        lines.append(
            _Line(
                ref=f"任务{task_id}",
                content=content,
                due_on=due_on,
                days=days,
                provisional=provisional,
            )
        )
    for doc_no, kind, due_on, days in session.exec(
        select(
            col(Suggestion.doc_no),
            col(Suggestion.kind),
            col(Suggestion.reply_due),
            col(NoticeItem.days_overdue),
        )
        .join(NoticeItem, col(NoticeItem.suggestion_id) == Suggestion.id)
        .where(NoticeItem.notice_id == notice.id)
        .order_by(col(Suggestion.reply_due), col(Suggestion.id))
    ):
        lines.append(_Line(ref=doc_no, content=f"{kind}反馈", due_on=due_on, days=days))
    soon = list(
        session.exec(
            select(col(Task.id), col(Task.content), col(Task.due_on), col(Task.due_provisional))
            .where(
                Task.lead_unit_id == unit.id,
                col(Task.completed_on).is_(None),
                col(Task.due_on) >= th.today,
                col(Task.due_on) < th.soon_before,
            )
            .order_by(col(Task.due_on), col(Task.id))
        )
    )
    number = notice_number(notice)
    title_no = f"（{number}）" if number else ""
    stage_word = {"提醒": "逾期提醒", "催办": "催办通知", "督办": "督办通知"}.get(
        notice.stage, notice.stage
    )
    subject = f"【{notice.stage}】{unit.name}逾期事项{stage_word}{title_no}"
    lead = (
        f"根据{office_name}台账，截至{format_cn(notice.issued_on)}，"
        f"贵单位牵头的下列{len(lines)}项事项已超过完成时限，现予{notice.stage}："
    )
    item_texts = [
        f"{i}. [{line.ref}] {_shorten(line.content)}"
        f"（完成时限{_due(line.due_on, line.provisional)}，已逾期{line.days}个工作日）"
        for i, line in enumerate(lines, start=1)
    ]
    tail = []
    if notice.reply_due:
        tail.append(f"请于{format_cn(notice.reply_due)}前书面反馈办理情况。")
    else:
        tail.append("请抓紧办理，并及时报送进展情况。")
    soon_texts = [
        f"{i}. [任务{task_id}] {_shorten(content)}（完成时限{_due(due_on, provisional)}）"
        for i, (task_id, content, due_on, provisional) in enumerate(soon, start=1)
    ]
    text_parts = [f"{unit.name}：", "", lead, *item_texts, "", *tail]
    md_parts = [f"### {subject}", f"**{unit.name}**：", lead, *item_texts, "", *tail]
    if soon_texts:
        soon_head = f"另有{len(soon_texts)}项事项即将到期（{th.within}个工作日内）："
        text_parts += ["", soon_head, *soon_texts]
        md_parts += ["", soon_head, *soon_texts]
    text_parts += ["", office_name, format_cn(notice.issued_on)]
    md_parts += ["", f"> {office_name} {format_cn(notice.issued_on)}"]
    return Message(subject=subject, text="\n".join(text_parts) + "\n", markdown="\n".join(md_parts))


def _fit(markdown: str, limit: int) -> str:
    data = markdown.encode("utf-8")
    if len(data) <= limit:
        return markdown
    cut = data[: limit - 60].decode("utf-8", errors="ignore")
    return cut.rsplit("\n", 1)[0] + "\n……（内容过长，其余事项见邮件或 fylink check overdue）"


def payload(channel: str, message: Message) -> dict[str, object]:
    """The robot's JSON message (企业微信 and 钉钉 群机器人 markdown formats)."""
    content = _fit(message.markdown, _WEBHOOK_LIMIT[channel])
    if channel == WECOM:
        return {"msgtype": "markdown", "markdown": {"content": content}}
    return {"msgtype": "markdown", "markdown": {"title": message.subject, "text": content}}


# --- sending --------------------------------------------------------------------------------------


class SendError(Exception):
    """A failed send; the message is the Chinese reason kept in ``Delivery.last_error``."""


def send_email(smtp: SmtpSettings, to: str, message: Message) -> None:
    sender = smtp.sender or smtp.username or f"fylink@{smtp.host}"
    email = EmailMessage()
    email["Subject"] = message.subject
    email["From"] = sender
    email["To"] = to
    email["Date"] = formatdate(localtime=True)
    email["Message-ID"] = make_msgid(domain="fylink")
    email.set_content(message.text)
    try:
        client: smtplib.SMTP
        if smtp.ssl:
            client = smtplib.SMTP_SSL(
                smtp.host, smtp.port, timeout=smtp.timeout, context=ssl.create_default_context()
            )
        else:
            client = smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout)
        with client:
            if smtp.starttls and not smtp.ssl:
                client.starttls(context=ssl.create_default_context())
            if smtp.username:
                client.login(smtp.username, smtp.password)
            client.send_message(email)
    except smtplib.SMTPRecipientsRefused:
        raise SendError(f"邮件服务器拒收收件人 {to}") from None
    except smtplib.SMTPAuthenticationError:
        raise SendError("邮件服务器登录失败：请检查 smtp.username / smtp.password") from None
    except smtplib.SMTPException as exc:
        raise SendError(f"邮件发送失败：{exc}") from None
    except TimeoutError:
        raise SendError(f"连接邮件服务器 {smtp.host}:{smtp.port} 超时") from None
    except OSError as exc:
        raise SendError(
            f"无法连接邮件服务器 {smtp.host}:{smtp.port}：{exc.strerror or exc}"
        ) from None


def post_webhook(url: str, body: dict[str, object], timeout: float) -> None:
    data = json.dumps(body, ensure_ascii=False).encode("utf-8")
    request = urllib.request.Request(
        url, data=data, headers={"Content-Type": "application/json; charset=utf-8"}, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            raw = response.read()
    except urllib.error.HTTPError as exc:
        raise SendError(f"机器人接口返回 HTTP {exc.code}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        text = getattr(reason, "strerror", None) or str(reason)
        raise SendError(f"无法连接机器人接口：{text}") from None
    except TimeoutError:
        raise SendError("机器人接口超时") from None
    except OSError as exc:
        raise SendError(f"机器人接口连接失败：{exc.strerror or exc}") from None
    try:
        answer = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return  # both robots answer JSON; a 2xx without it is taken as delivered
    if isinstance(answer, dict) and answer.get("errcode", 0) not in (0, "0"):
        raise SendError(
            f"机器人接口拒绝：errcode={answer.get('errcode')} {answer.get('errmsg', '')}".strip()
        )


@dataclass
class Outcome:
    delivery_id: int
    notice: str
    unit: str
    channel: str
    target: str
    ok: bool
    attempts: int
    error: str = ""


SessionFactory = Callable[[bool], AbstractContextManager[Session]]


def send_pending(
    *, open_session: SessionFactory, settings: Settings, th: Thresholds
) -> list[Outcome]:
    """Attempt every unsent delivery; record each outcome in its own transaction.

    ``open_session(write)`` opens one transaction (a context manager yielding a Session).
    """
    with open_session(False) as session:
        jobs = []
        for delivery in pending_deliveries(session=session):
            notice = session.get(Notice, delivery.notice_id)
            assert notice is not None
            unit = session.get(Unit, notice.unit_id)
            assert unit is not None
            label = f"{notice.stage}{notice_number(notice)}"
            jobs.append(
                (
                    delivery.id or 0,
                    delivery.channel,
                    delivery.target,
                    label,
                    unit.short_name or unit.name,
                    build_message(session=session, notice=notice, th=th),
                )
            )
    outcomes: list[Outcome] = []
    for delivery_id, channel, target, label, unit_name, message in jobs:
        error = ""
        try:
            if channel == EMAIL:
                if not settings.smtp.host:
                    raise SendError("未配置邮件服务器（smtp.host）")
                send_email(settings.smtp, target, message)
            else:
                post_webhook(target, payload(channel, message), settings.webhooks.timeout)
        except SendError as exc:
            error = str(exc)
        with open_session(True) as session:
            row = session.get(Delivery, delivery_id)
            assert row is not None
            values: dict[str, Any] = {"attempts": row.attempts + 1}
            if error:
                values |= {"status": FAILED, "last_error": error}
            else:
                values |= {"status": SENT, "last_error": "", "sent_at": datetime.now(UTC)}
            journal.update(session, row, values, redact={"target": mask_target(row.target)})
            attempts = row.attempts
        outcomes.append(
            Outcome(
                delivery_id=delivery_id,
                notice=label,
                unit=unit_name,
                channel=channel,
                target=target if channel == EMAIL else mask_target(target),
                ok=not error,
                attempts=attempts,
                error=error,
            )
        )
    return outcomes
