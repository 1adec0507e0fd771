"""Sending notices: e-mail to the liaisons, 企业微信 / 钉钉 group robots, any webhook.

Every message is a :class:`~fylink.models.Delivery` row, one per notice, channel and
recipient (a unique index): the lead unit's liaison, the co-units' liaisons (a 知会 copy),
optionally the unit's leader (cc), or a group robot. Rows are created 待发送 in the
transaction that issues the notice (or by a later ``--notify`` run, whatever day the notice
was issued), then:

1. **claimed** in a short committed transaction of their own (发送中, with this run's
   token): a run that overlaps another skips what the other has claimed;
2. sent outside any transaction (a slow mail server never holds the database lock);
3. their outcome recorded at once, in a transaction of its own, by the run holding the
   claim: 已发送, or 失败 with the error and the attempt count.

Cron retries a failed row up to ``notify.max_attempts`` times. A row claimed by a run that
died before recording its outcome stays 发送中 (it may have been sent): after
``notify.claim_timeout_minutes`` it is stuck, and only ``fylink notice send`` sends it
again, by the clerk's decision. So nothing is sent twice by cron, and nothing is lost
silently: ``check overdue`` exits 9 while anything is stuck.
"""

import base64
import hashlib
import hmac
import json
import re
import secrets
import smtplib
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, func, select

from fylink.config import Settings, SmtpSettings
from fylink.domain.dates import format_cn
from fylink.domain.status import Thresholds, notice_number
from fylink.errors import ConfigError
from fylink.models import (
    Case,
    Delivery,
    DigestSend,
    Notice,
    NoticeItem,
    Office,
    Person,
    Suggestion,
    Task,
    TaskCoUnit,
    Unit,
)
from fylink.services import journal
from fylink.services.notices import awaited_replies
from fylink.services.reads_meetings import mask_target

PENDING = "待发送"
CLAIMED = "发送中"
SENT = "已发送"
FAILED = "失败"

EMAIL = "email"
WECOM = "wecom"
DINGTALK = "dingtalk"
WEBHOOK = "webhook"
CHANNEL_NAMES = {EMAIL: "邮件", WECOM: "企业微信", DINGTALK: "钉钉", WEBHOOK: "接口"}
#: Who a recipient key names, for people.
ROLE_NAMES = {"lead": "联络员", "co": "协办单位联络员", "leader": "单位领导（抄送）", "group": "群"}

#: 企业微信 limits a markdown message to 4096 bytes; 钉钉 is more generous but keep it readable.
_WEBHOOK_LIMIT = {WECOM: 4000, DINGTALK: 15000, WEBHOOK: 60000}


def channels(settings: Settings) -> list[str]:
    """The channels configured in the settings."""
    found = []
    if settings.smtp.host:
        found.append(EMAIL)
    if settings.webhooks.wecom_url:
        found.append(WECOM)
    if settings.webhooks.dingtalk_url:
        found.append(DINGTALK)
    if settings.webhooks.url:
        found.append(WEBHOOK)
    return found


def require_channels(settings: Settings) -> list[str]:
    found = channels(settings)
    if not found:
        raise ConfigError(
            "未配置任何通知渠道：请在配置文件中设置 [smtp] host，"
            "或 [webhooks] wecom_url / dingtalk_url / url"
        )
    return found


def role_of(recipient: str) -> str:
    return recipient.split(":", 1)[0]


# --- creating deliveries --------------------------------------------------------------------------


@dataclass
class Skipped:
    unit: str
    reason: str


@dataclass
class _Recipient:
    key: str
    target: str
    #: The unit the message is about for this recipient (a co-unit for "co:").
    unit: Unit


def _co_units(session: Session, notice_id: int) -> list[Unit]:
    """The co-units named in a notice's tasks (each once, in order of first mention)."""
    rows = session.exec(
        select(Unit)
        .join(TaskCoUnit, col(TaskCoUnit.unit_id) == Unit.id)
        .join(NoticeItem, col(NoticeItem.task_id) == TaskCoUnit.task_id)
        .where(NoticeItem.notice_id == notice_id)
        .order_by(col(TaskCoUnit.id))
    ).all()
    seen: dict[int, Unit] = {}
    for unit in rows:
        seen.setdefault(unit.id or 0, unit)
    return list(seen.values())


def _leaders(session: Session, unit_id: int) -> list[Person]:
    return list(
        session.exec(
            select(Person)
            .where(Person.unit_id == unit_id, Person.role == "成员", Person.email != "")
            .order_by(col(Person.id))
        )
    )


def recipients(
    *, session: Session, settings: Settings, notice: Notice, unit: Unit, channel: str
) -> tuple[list[_Recipient], list[Skipped]]:
    """Who gets a notice on a channel: the group, or the liaisons (and the leader)."""
    if channel == WECOM:
        return [_Recipient("group", settings.webhooks.wecom_url, unit)], []
    if channel == DINGTALK:
        return [_Recipient("group", settings.webhooks.dingtalk_url, unit)], []
    if channel == WEBHOOK:
        return [_Recipient("group", settings.webhooks.url, unit)], []
    found: list[_Recipient] = []
    skipped: list[Skipped] = []
    label = unit.short_name or unit.name
    if unit.liaison_email.strip():
        found.append(_Recipient(f"lead:{unit.id}", unit.liaison_email.strip(), unit))
    else:
        skipped.append(Skipped(unit=label, reason="没有联络员邮箱，未发送邮件"))
    if settings.notify.cc_leader:
        for person in _leaders(session, unit.id or 0):
            found.append(_Recipient(f"leader:{person.id}", person.email.strip(), unit))
    if settings.notify.inform_co_units:
        for co in _co_units(session, notice.id or 0):
            if co.id == unit.id:
                continue
            if co.liaison_email.strip():
                found.append(_Recipient(f"co:{co.id}", co.liaison_email.strip(), co))
            else:
                skipped.append(
                    Skipped(unit=co.short_name or co.name, reason="没有联络员邮箱，未发送知会邮件")
                )
    return found, skipped


def create_deliveries(
    *,
    session: Session,
    settings: Settings,
    today: date,
    notice_ids: list[int] | None = None,
) -> tuple[list[Delivery], list[Skipped]]:
    """A delivery per channel and recipient for each notice that has none there yet.

    Without ``notice_ids``: every notice issued in the last ``notify.catch_up_days`` days,
    whatever run issued it (a run without ``--notify``, a day the mail server was down …).
    A recipient whose address changed before the message went out gets it at the new one.
    """
    wanted = require_channels(settings)
    query = select(Notice, Unit).join(Unit, col(Unit.id) == Notice.unit_id)
    if notice_ids is not None:
        query = query.where(col(Notice.id).in_(notice_ids))
    else:
        query = query.where(
            col(Notice.issued_on) >= today - timedelta(days=settings.notify.catch_up_days)
        )
    notices = session.exec(query.order_by(col(Notice.id))).all()
    ids = [n.id for n, _ in notices]
    existing: dict[tuple[int, str, str], Delivery] = {}
    if ids:
        for row in session.exec(select(Delivery).where(col(Delivery.notice_id).in_(ids))):
            existing[(row.notice_id, row.channel, row.recipient)] = row
    created: list[Delivery] = []
    skipped: list[Skipped] = []
    now = datetime.now(UTC)
    for notice, unit in notices:
        for channel in wanted:
            found, missing = recipients(
                session=session, settings=settings, notice=notice, unit=unit, channel=channel
            )
            skipped += missing
            for recipient in found:
                target = recipient.target[:300]
                old = existing.get((notice.id or 0, channel, recipient.key))
                if old is not None:
                    if old.status in (PENDING, FAILED) and old.target != target:
                        journal.update(
                            session, old, {"target": target}, redact={"target": mask_target(target)}
                        )
                    continue
                delivery = Delivery(
                    notice_id=notice.id,  # type: ignore[arg-type]
                    channel=channel,
                    recipient=recipient.key,
                    target=target,
                    status=PENDING,
                    created_at=now,
                )
                journal.insert(session, delivery, redact={"target": mask_target(target)})
                existing[(notice.id or 0, channel, recipient.key)] = delivery
                created.append(delivery)
    # One line per unit and reason is enough.
    unique = list({(s.unit, s.reason): s for s in skipped}.values())
    return created, unique


def pending_deliveries(*, session: Session) -> list[Delivery]:
    """Every delivery not yet sent, oldest first (this run's and earlier failures)."""
    return list(
        session.exec(
            select(Delivery)
            .where(col(Delivery.status).in_((PENDING, FAILED)))
            .order_by(col(Delivery.id))
        )
    )


@dataclass
class Stuck:
    """A delivery that is not sent and that cron will not send by itself."""

    delivery: Delivery
    notice: Notice
    unit: str
    #: 已达重试上限 / 中断（结果未知）
    reason: str


def delivery_state(delivery: Delivery, settings: Settings, now: datetime) -> str:
    """待发送 / 发送中 / 已发送 / 失败 (will be retried) / 已达重试上限 / 中断."""
    if delivery.status == FAILED and delivery.attempts >= settings.notify.max_attempts:
        return "已达重试上限"
    if delivery.status == CLAIMED and delivery.claimed_at is not None:
        claimed = delivery.claimed_at
        if claimed.tzinfo is None:
            claimed = claimed.replace(tzinfo=UTC)
        if now - claimed > timedelta(minutes=settings.notify.claim_timeout_minutes):
            return "中断"
    return delivery.status


def undelivered(
    *, session: Session, settings: Settings, notice_ids: list[int] | None = None
) -> list[tuple[Delivery, Notice, str, str]]:
    """Every delivery not sent: (delivery, notice, unit label, state), oldest first."""
    now = datetime.now(UTC)
    query = (
        select(Delivery, Notice, func.coalesce(Unit.short_name, Unit.name))
        .join(Notice, col(Notice.id) == Delivery.notice_id)
        .join(Unit, col(Unit.id) == Notice.unit_id)
        .where(col(Delivery.status) != SENT)
    )
    if notice_ids is not None:
        query = query.where(col(Delivery.notice_id).in_(notice_ids))
    return [
        (d, n, label, delivery_state(d, settings, now))
        for d, n, label in session.exec(query.order_by(col(Delivery.id)))
    ]


def stuck(*, session: Session, settings: Settings) -> list[tuple[Delivery, Notice, str, str]]:
    """What needs someone: failed (retries left or not) or interrupted deliveries."""
    return [
        row
        for row in undelivered(session=session, settings=settings)
        if row[3] in (FAILED, "已达重试上限", "中断")
    ]


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
    #: A written reply (书面报送) asked for by an earlier notice.
    reply: bool = False


def _due(day: date, provisional: bool) -> str:
    return format_cn(day) + (f"（暂定：{day.year}年假期未公布）" if provisional else "")


def _shorten(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


#: The opening sentence of each stage's message; ``notify.wording`` may replace any of them.
#: Placeholders: {office} {date} {count} {unit}.
WORDING = {
    "提醒": "根据{office}台账，截至{date}，贵单位牵头的下列{count}项事项{state}，现予提醒：",
    "催办": "根据{office}台账，截至{date}，贵单位牵头的下列{count}项事项已超过完成时限，现予催办：",
    "督办": "根据{office}台账，截至{date}，贵单位牵头的下列{count}项事项已超过完成时限，现予督办：",
    "提示": "根据{office}台账，截至{date}，下列{count}项事项已超过商定的完成时限，特此提示，"
    "敬请贵院（单位）予以关注：",
    "商请": "根据{office}台账，截至{date}，下列{count}项事项已超过商定的完成时限。"
    "为共同推进府院联动工作，现商请贵院（单位）协助推进并函告办理情况：",
    "通报": "根据{office}台账，截至{date}，贵单位下列{count}项事项逾期未办结或未按时书面报送，"
    "将列入季度通报：",
    "知会": "根据{office}台账，截至{date}，由{unit}牵头、贵单位协办的下列{count}项事项已向牵头单位"
    "发出{stage}，现予知会，请配合推进：",
}
STAGE_WORDS = {
    "提醒": "事项提醒",
    "催办": "催办通知",
    "督办": "督办通知",
    "提示": "工作提示",
    "商请": "商请函",
    "通报": "通报预告",
}


def _lines(session: Session, notice: Notice, only_co_unit: int | None) -> list[_Line]:
    lines: list[_Line] = []
    query = (
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
    )
    if only_co_unit is not None:
        query = query.where(
            col(Task.id).in_(
                sa_select(col(TaskCoUnit.task_id)).where(col(TaskCoUnit.unit_id) == only_co_unit)
            )
        )
    for task_id, content, due_on, days, provisional in session.execute(query):
        lines.append(
            _Line(
                ref=f"任务{task_id}",
                content=content,
                due_on=due_on,
                days=days,
                provisional=provisional,
            )
        )
    if only_co_unit is not None:
        return lines
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
    for case_no, rule, due_on, days in session.exec(
        select(
            col(Case.case_no),
            col(NoticeItem.case_rule),
            col(NoticeItem.case_due_on),
            col(NoticeItem.days_overdue),
        )
        .join(NoticeItem, col(NoticeItem.case_id) == Case.id)
        .where(NoticeItem.notice_id == notice.id)
        .order_by(col(NoticeItem.case_due_on), col(NoticeItem.id))
    ):
        name = rule.partition("@")[0]
        lines.append(
            _Line(
                ref=case_no,
                content=f"案件期限：{name}",
                due_on=due_on or notice.issued_on,
                days=days,
            )
        )
    for nid, stage, year, number, issued_on, due_on, _, days in awaited_replies(
        session, notice.id or 0
    ):
        ref = f"{stage}〔{year}〕{number}号" if year and number else f"{stage}（通知{nid}）"
        lines.append(
            _Line(
                ref=ref,
                content=f"书面报送{format_cn(issued_on)}{stage}的办理情况",
                due_on=due_on,
                days=days,
                reply=True,
            )
        )
    return lines


def _state(lines: list[_Line], issued_on: date) -> str:
    late = sum(1 for line in lines if line.due_on < issued_on)
    if late == len(lines):
        return "已超过完成时限"
    return "即将到达完成时限" if not late else "即将到达或已超过完成时限"


def _line_text(i: int, line: _Line, issued_on: date) -> str:
    what = "报送期限" if line.reply else "完成时限"
    if line.due_on >= issued_on:
        tail = "，尚未到期" if line.due_on > issued_on else "，今日到期"
    elif line.days:
        tail = f"，已逾期{line.days}个工作日"
    else:
        tail = "，已逾期"
    due = _due(line.due_on, line.provisional)
    return f"{i}. [{line.ref}] {_shorten(line.content)}（{what}{due}{tail}）"


def build_message(
    *,
    session: Session,
    notice: Notice,
    th: Thresholds,
    recipient: str = "lead",
    wording: dict[str, str] | None = None,
) -> Message:
    """The notice for one recipient: its unit's liaison (the items of this step, then the
    unit's current due-soon list), a co-unit's liaison (知会: the items naming it), the
    unit's leader (a copy) or a group robot."""
    unit = session.get(Unit, notice.unit_id)
    assert unit is not None
    office = session.exec(select(Office)).first()
    office_name = office.name if office else "府院联动联席会议办公室"
    issuer = notice.issuer or office_name
    role = role_of(recipient)
    co_unit: Unit | None = None
    if role == "co":
        co_unit = session.get(Unit, int(recipient.split(":", 1)[1]))
    texts = WORDING | (wording or {})
    lines = _lines(session, notice, co_unit.id if co_unit is not None else None)
    number = notice_number(notice)
    title_no = f"（{number}）" if number else ""
    stage_word = STAGE_WORDS.get(notice.stage, notice.stage)
    values = {
        "office": issuer,
        "date": format_cn(notice.issued_on),
        "count": str(len(lines)),
        "unit": unit.name,
        "stage": notice.stage,
        "state": _state(lines, notice.issued_on),
    }
    if co_unit is not None:
        subject = f"【知会】{unit.name}牵头事项{stage_word}{title_no}"
        addressee = co_unit.name
        lead = texts["知会"].format(**values)
    else:
        subject = f"【{notice.stage}】{unit.name}{stage_word}{title_no}"
        if notice.stage in ("催办", "督办"):
            subject = f"【{notice.stage}】{unit.name}逾期事项{stage_word}{title_no}"
        addressee = unit.name
        lead = texts.get(notice.stage, texts["督办"]).format(**values)
    item_texts = [_line_text(i, line, notice.issued_on) for i, line in enumerate(lines, start=1)]
    tail = []
    if co_unit is not None:
        tail.append("本知会无需回复。")
    elif notice.reply_due:
        tail.append(f"请于{format_cn(notice.reply_due)}前书面反馈办理情况。")
    else:
        tail.append("请抓紧办理，并及时报送进展情况。")
    soon: list[Any] = []
    if co_unit is None:
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
    soon_texts = [
        f"{i}. [任务{task_id}] {_shorten(content)}（完成时限{_due(due_on, provisional)}）"
        for i, (task_id, content, due_on, provisional) in enumerate(soon, start=1)
    ]
    head = [f"{addressee}："]
    if role == "leader":
        head = [f"{unit.name}（抄送单位负责同志）："]
    text_parts = [*head, "", lead, *item_texts, "", *tail]
    md_parts = [f"### {subject}", f"**{addressee}**：", lead, *item_texts, "", *tail]
    if soon_texts and notice.stage != "提醒":
        soon_head = f"另有{len(soon_texts)}项事项即将到期（{th.within}个工作日内）："
        text_parts += ["", soon_head, *soon_texts]
        md_parts += ["", soon_head, *soon_texts]
    text_parts += ["", issuer, format_cn(notice.issued_on)]
    md_parts += ["", f"> {issuer} {format_cn(notice.issued_on)}"]
    return Message(subject=subject, text="\n".join(text_parts) + "\n", markdown="\n".join(md_parts))


def _fit(markdown: str, limit: int) -> str:
    data = markdown.encode("utf-8")
    if len(data) <= limit:
        return markdown
    cut = data[: limit - 60].decode("utf-8", errors="ignore")
    return cut.rsplit("\n", 1)[0] + "\n……（内容过长，其余事项见邮件或 fylink check overdue）"


def payload(channel: str, message: Message, notice: Notice | None = None) -> dict[str, object]:
    """The robot's JSON message (企业微信 and 钉钉 群机器人 markdown formats), or for any
    other webhook the notice as data with its text."""
    content = _fit(message.markdown, _WEBHOOK_LIMIT[channel])
    if channel == WECOM:
        return {"msgtype": "markdown", "markdown": {"content": content}}
    if channel == DINGTALK:
        return {"msgtype": "markdown", "markdown": {"title": message.subject, "text": content}}
    data: dict[str, object] = {"subject": message.subject, "text": message.text}
    if notice is not None:
        data["notice"] = {
            "id": notice.id,
            "stage": notice.stage,
            "number": notice_number(notice) or None,
            "unit_id": notice.unit_id,
            "issued_on": notice.issued_on.isoformat(),
            "reply_due": notice.reply_due.isoformat() if notice.reply_due else None,
            "issuer": notice.issuer or None,
        }
    return data


def dingtalk_signed(url: str, secret: str, timestamp_ms: int | None = None) -> str:
    """The robot URL with 钉钉 加签: timestamp and sign = base64(HMAC-SHA256(secret,
    "timestamp\\nsecret")), URL-encoded."""
    if not secret:
        return url
    stamp = str(timestamp_ms if timestamp_ms is not None else int(time.time() * 1000))
    digest = hmac.new(
        secret.encode("utf-8"), f"{stamp}\n{secret}".encode(), hashlib.sha256
    ).digest()
    sign = urllib.parse.quote_plus(base64.b64encode(digest).decode("ascii"))
    joiner = "&" if "?" in url else "?"
    return f"{url}{joiner}timestamp={stamp}&sign={sign}"


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
    except smtplib.SMTPServerDisconnected as exc:
        if "timed out" in str(exc):  # no greeting or answer within smtp.timeout
            raise SendError(f"连接邮件服务器 {smtp.host}:{smtp.port} 超时") from None
        raise SendError(f"邮件服务器断开了连接：{exc}") from None
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
    recipient: str = ""


@dataclass
class SendReport:
    outcomes: list[Outcome]
    #: Deliveries another run is sending right now (claimed, not stale): left to it.
    busy: int = 0


SessionFactory = Callable[[bool], AbstractContextManager[Session]]


def _claimable(
    session: Session, settings: Settings, *, notice_ids: list[int] | None, manual: bool
) -> list[Delivery]:
    rows = []
    for delivery, _notice, _unit, state in undelivered(
        session=session, settings=settings, notice_ids=notice_ids
    ):
        if state in (PENDING, FAILED) or (manual and state in ("已达重试上限", "中断")):
            rows.append(delivery)
    return rows


def claim(
    *,
    session: Session,
    settings: Settings,
    token: str,
    notice_ids: list[int] | None = None,
    manual: bool = False,
) -> tuple[list[int], int]:
    """Mark every sendable delivery 发送中 with this run's token (the caller commits).

    Writers are serialized (SQLite BEGIN IMMEDIATE, PostgreSQL's writer lock), so a run
    that starts while another has claimed a row sees it 发送中 and leaves it alone. Returns
    the claimed ids and how many rows another run is sending.
    """
    now = datetime.now(UTC)
    claimed: list[int] = []
    for delivery in _claimable(session, settings, notice_ids=notice_ids, manual=manual):
        journal.update(
            session,
            delivery,
            {"status": CLAIMED, "claimed_at": now, "claim_token": token},
            redact={"target": mask_target(delivery.target)},
        )
        claimed.append(delivery.id or 0)
    busy = sum(
        1
        for _d, _n, _u, state in undelivered(
            session=session, settings=settings, notice_ids=notice_ids
        )
        if state == CLAIMED
    ) - len(claimed)
    return claimed, busy


def _send_one(
    settings: Settings, channel: str, target: str, message: Message, notice: Notice
) -> None:
    if channel == EMAIL:
        if not settings.smtp.host:
            raise SendError("未配置邮件服务器（smtp.host）")
        send_email(settings.smtp, target, message)
    elif channel == DINGTALK:
        post_webhook(
            dingtalk_signed(target, settings.webhooks.dingtalk_secret),
            payload(channel, message),
            settings.webhooks.timeout,
        )
    else:
        post_webhook(target, payload(channel, message, notice), settings.webhooks.timeout)


def send_pending(
    *,
    open_session: SessionFactory,
    settings: Settings,
    th: Thresholds,
    notice_ids: list[int] | None = None,
    manual: bool = False,
) -> SendReport:
    """Claim every sendable delivery, send each, record each outcome in its own transaction.

    ``open_session(write)`` opens one transaction (a context manager yielding a Session).
    ``manual`` (``fylink notice send``) also takes deliveries past their retry limit and
    interrupted ones.
    """
    token = secrets.token_hex(16)
    with open_session(True) as session:
        ids, busy = claim(
            session=session, settings=settings, token=token, notice_ids=notice_ids, manual=manual
        )
    with open_session(False) as session:
        jobs = []
        for delivery_id in ids:
            delivery = session.get(Delivery, delivery_id)
            assert delivery is not None
            notice = session.get(Notice, delivery.notice_id)
            assert notice is not None
            unit = session.get(Unit, notice.unit_id)
            assert unit is not None
            label = f"{notice.stage}{notice_number(notice)}"
            message = build_message(
                session=session,
                notice=notice,
                th=th,
                recipient=delivery.recipient,
                wording=settings.notify.wording,
            )
            jobs.append(
                (
                    delivery_id,
                    delivery.channel,
                    delivery.target,
                    delivery.recipient,
                    label,
                    unit.short_name or unit.name,
                    message,
                    notice,
                )
            )
    outcomes: list[Outcome] = []
    for delivery_id, channel, target, recipient, label, unit_name, message, notice in jobs:
        error = ""
        try:
            _send_one(settings, channel, target, message, notice)
        except SendError as exc:
            error = str(exc)
        with open_session(True) as session:
            row = session.get(Delivery, delivery_id)
            assert row is not None
            attempts = row.attempts + 1
            if row.claim_token == token:
                values: dict[str, Any] = {
                    "attempts": attempts,
                    "claimed_at": None,
                    "claim_token": "",
                }
                if error:
                    values |= {"status": FAILED, "last_error": error}
                else:
                    values |= {"status": SENT, "last_error": "", "sent_at": datetime.now(UTC)}
                journal.update(session, row, values, redact={"target": mask_target(row.target)})
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
                recipient=recipient,
            )
        )
    return SendReport(outcomes=outcomes, busy=max(busy, 0))


# --- leaders' digest ------------------------------------------------------------------------------


def leader_digest(*, session: Session, th: Thresholds, leader: str) -> Message | None:
    """The open late and due-soon tasks a leader leads (牵头领导), or None when there are none."""
    rows = session.execute(
        sa_select(
            col(Task.id),
            col(Task.content),
            col(Task.due_on),
            col(Task.due_provisional),
            func.coalesce(Unit.short_name, Unit.name),
        )
        .join(Unit, col(Unit.id) == Task.lead_unit_id)
        .where(
            col(Task.leader) == leader,
            col(Task.completed_on).is_(None),
            col(Task.due_on) < th.soon_before,
        )
        .order_by(col(Task.due_on), col(Task.id))
    ).all()
    if not rows:
        return None
    office = session.exec(select(Office)).first()
    office_name = office.name if office else "府院联动联席会议办公室"
    late = [r for r in rows if r[2] < th.today]
    soon = [r for r in rows if r[2] >= th.today]
    subject = f"【督办摘要】{leader}牵头事项：逾期{len(late)}项，临期{len(soon)}项"
    parts = [f"{leader}同志：", ""]
    parts.append(
        f"截至{format_cn(th.today)}，您牵头的事项中逾期{len(late)}项、"
        f"{th.within}个工作日内到期{len(soon)}项："
    )
    for i, (task_id, content, due_on, provisional, unit) in enumerate(rows, start=1):
        state = "已逾期" if due_on < th.today else "临期"
        parts.append(
            f"{i}. [任务{task_id}] {_shorten(content)}（牵头单位{unit}，完成时限"
            f"{_due(due_on, provisional)}，{state}）"
        )
    parts += ["", office_name, format_cn(th.today)]
    text = "\n".join(parts) + "\n"
    return Message(subject=subject, text=text, markdown="\n".join(parts))


@dataclass
class DigestOutcome:
    leader: str
    to: str
    ok: bool
    error: str = ""
    #: False when nothing was sent by this run (nothing to say, sent already, being sent).
    sent: bool = True
    #: Sent already today (by an earlier run): not sent again.
    already: bool = False
    #: Another run is sending it right now: left to it.
    busy: bool = False


def _claim_digest(
    session: Session, *, leader: str, to: str, day: date, items: int, token: str, stale: datetime
) -> tuple[int | None, str]:
    """Claim today's digest to ``to`` (writers are serialized, so this is a safe check and
    set): (row id, "") when claimed; (None, "already" / "busy") when it is not ours to send."""
    now = datetime.now(UTC)
    row = session.exec(
        select(DigestSend).where(
            DigestSend.leader == leader, DigestSend.target == to, DigestSend.day == day
        )
    ).first()
    if row is None:
        row = DigestSend(
            leader=leader,
            target=to,
            day=day,
            status=CLAIMED,
            items=items,
            claimed_at=now,
            claim_token=token,
            created_at=now,
        )
        journal.insert(session, row)
        return row.id, ""
    if row.status == SENT:
        return None, "already"
    claimed_at = row.claimed_at
    if claimed_at is not None and claimed_at.tzinfo is None:
        claimed_at = claimed_at.replace(tzinfo=UTC)
    if row.status == CLAIMED and claimed_at is not None and claimed_at > stale:
        return None, "busy"
    journal.update(
        session,
        row,
        {"status": CLAIMED, "claimed_at": now, "claim_token": token, "items": items},
    )
    return row.id, ""


def send_digests(
    *, open_session: SessionFactory, settings: Settings, th: Thresholds, leader: str | None
) -> list[DigestOutcome]:
    """E-mail each configured leader (``notify.leader_emails``) the digest of their items,
    once a day: each send is claimed and recorded (``digest_send``), so a second run the
    same day — or one overlapping this run — does not send it again; a failed one may be."""
    if not settings.smtp.host:
        raise ConfigError("领导摘要通过邮件发送：请在配置文件中设置 [smtp] host")
    wanted = dict(settings.notify.leader_emails)
    if leader is not None:
        if leader not in wanted:
            raise ConfigError(f"未配置“{leader}”的邮箱：请在 [notify.leader_emails] 中添加")
        wanted = {leader: wanted[leader]}
    if not wanted:
        raise ConfigError("未配置任何领导的邮箱：请在配置文件 [notify.leader_emails] 中添加")
    token = secrets.token_hex(16)
    stale = datetime.now(UTC) - timedelta(minutes=settings.notify.claim_timeout_minutes)
    claims: dict[str, tuple[int | None, str]] = {}
    with open_session(True) as session:
        messages = {name: leader_digest(session=session, th=th, leader=name) for name in wanted}
        for name, to in wanted.items():
            message = messages[name]
            if message is not None:
                items = len(re.findall(r"^\d+\. ", message.text, flags=re.MULTILINE))
                claims[name] = _claim_digest(
                    session, leader=name, to=to, day=th.today, items=items, token=token, stale=stale
                )
    outcomes = []
    for name, to in wanted.items():
        message = messages[name]
        if message is None:
            outcomes.append(DigestOutcome(leader=name, to=to, ok=True, sent=False))
            continue
        row_id, state = claims[name]
        if row_id is None:
            outcomes.append(
                DigestOutcome(
                    leader=name,
                    to=to,
                    ok=True,
                    sent=False,
                    already=state == "already",
                    busy=state == "busy",
                )
            )
            continue
        error = ""
        try:
            send_email(settings.smtp, to, message)
        except SendError as exc:
            error = str(exc)
        with open_session(True) as session:
            row = session.get(DigestSend, row_id)
            assert row is not None
            if row.claim_token == token:
                values: dict[str, Any] = {
                    "attempts": row.attempts + 1,
                    "claimed_at": None,
                    "claim_token": "",
                }
                if error:
                    values |= {"status": FAILED, "last_error": error}
                else:
                    values |= {"status": SENT, "last_error": "", "sent_at": datetime.now(UTC)}
                journal.update(session, row, values)
        outcomes.append(DigestOutcome(leader=name, to=to, ok=not error, error=error))
    return outcomes
