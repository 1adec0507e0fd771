"""A 司法建议's or 检察建议's reply status and the list filter, without the models: shared by
services.suggestions (ORM) and services.reads (the light read path, issue 21)."""

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement

from fylink.domain.status import Thresholds
from fylink.domain.values import parse_choice
from fylink.errors import InvalidInputError

KINDS = ("司法建议", "检察建议")


class ReplyStatus(StrEnum):
    PENDING = "待反馈"
    DUE_SOON = "临期"
    OVERDUE = "逾期未反馈"
    REPLIED = "已反馈"
    REPLIED_LATE = "逾期反馈"
    VERIFIED = "已核实"


def parse_kind(text: str) -> str:
    kind = text.strip()
    if kind not in KINDS:
        raise InvalidInputError(f"建议类型“{text}”不存在，可选：{'、'.join(KINDS)}")
    return kind


def reply_status(suggestion: Any, th: Thresholds) -> ReplyStatus:
    """The status of a suggestion (a model or a Core row) on ``th.today``."""
    if suggestion.verified_on is not None:
        return ReplyStatus.VERIFIED
    if suggestion.replied_on is not None:
        if suggestion.replied_on > suggestion.reply_due:
            return ReplyStatus.REPLIED_LATE
        return ReplyStatus.REPLIED
    if suggestion.reply_due < th.today:
        return ReplyStatus.OVERDUE
    if suggestion.reply_due < th.soon_before:
        return ReplyStatus.DUE_SOON
    return ReplyStatus.PENDING


def status_condition_on(columns: Any, status: ReplyStatus, th: Thresholds) -> ColumnElement[bool]:
    """SQL equivalent of ``reply_status(s, th) == status``; ``columns`` is the model class
    or the Core table's ``.c``."""
    verified = columns.verified_on.is_not(None)
    replied = columns.replied_on.is_not(None) & columns.verified_on.is_(None)
    waiting = columns.replied_on.is_(None) & columns.verified_on.is_(None)
    due = columns.reply_due
    if status is ReplyStatus.VERIFIED:
        result: ColumnElement[bool] = verified
    elif status is ReplyStatus.REPLIED_LATE:
        result = replied & (columns.replied_on > due)
    elif status is ReplyStatus.REPLIED:
        result = replied & (columns.replied_on <= due)
    elif status is ReplyStatus.OVERDUE:
        result = waiting & (due < th.today)
    elif status is ReplyStatus.DUE_SOON:
        result = waiting & (due >= th.today) & (due < th.soon_before)
    else:
        result = waiting & (due >= th.soon_before)
    return result


def parse_status(text: str) -> ReplyStatus:
    return parse_choice(ReplyStatus, text, what="反馈状态")


@dataclass
class SuggestionFilter:
    unit: str | None = None
    kind: str | None = None
    status: str | None = None
    year: int | None = None
    text: str | None = None
