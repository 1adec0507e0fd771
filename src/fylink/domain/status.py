"""Status rules of tasks, suggestions and notices: pure, no database.

A task's status is never stored: it follows from its dates and the command's
:class:`Thresholds` (computed once from the working calendar), so it is right on any day
without a nightly job. ``services.tasks.status_condition`` is the same rule in SQL.
"""

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Protocol

from fylink.domain.calendar import WorkCalendar
from fylink.domain.values import parse_choice
from fylink.errors import InvalidInputError


class Dated(Protocol):
    """What :func:`task_status` reads of a task (a stored ``Task`` or a row)."""

    @property
    def due_on(self) -> date: ...
    @property
    def completed_on(self) -> date | None: ...
    @property
    def signed_off_on(self) -> date | None: ...


class Numbered(Protocol):
    """What :func:`notice_number` reads of a notice."""

    @property
    def year(self) -> int | None: ...
    @property
    def number(self) -> int | None: ...


class TaskSource(StrEnum):
    DECISION = "议定事项"
    DOUBLE_LIST = "双清单"
    SUPERVISION = "督办"
    SUGGESTION = "司法建议整改"
    OTHER = "其他"


class TaskStatus(StrEnum):
    NOT_DUE = "未到期"
    DUE_SOON = "临期"
    OVERDUE = "逾期"
    DONE = "已完成"
    SIGNED_OFF = "已销号"


#: Statuses of tasks still to be chased.
OPEN_STATUSES = (TaskStatus.OVERDUE, TaskStatus.DUE_SOON, TaskStatus.NOT_DUE)


@dataclass(frozen=True)
class Thresholds:
    """The dates statuses are measured against, derived once per command from the calendar.

    An open task is 逾期 when due before ``today``, 临期 when due on ``today`` up to the day
    before ``soon_before`` (at most ``within`` working days left), 未到期 after that.
    """

    today: date
    within: int
    soon_before: date

    @classmethod
    def compute(cls, *, calendar: WorkCalendar, today: date, within: int) -> "Thresholds":
        if within < 0:
            raise InvalidInputError("临期天数不能为负数")
        # workdays_between(today, due) <= within  <=>  due < the (within+1)-th working day after
        return cls(today=today, within=within, soon_before=calendar.add_workdays(today, within + 1))


def status_of(
    *, due_on: date, completed_on: date | None, signed_off_on: date | None, th: Thresholds
) -> TaskStatus:
    if signed_off_on is not None:
        return TaskStatus.SIGNED_OFF
    if completed_on is not None:
        return TaskStatus.DONE
    if due_on < th.today:
        return TaskStatus.OVERDUE
    if due_on < th.soon_before:
        return TaskStatus.DUE_SOON
    return TaskStatus.NOT_DUE


def task_status(task: "Dated", th: Thresholds) -> TaskStatus:
    """The status of one task on ``th.today``."""
    return status_of(
        due_on=task.due_on, completed_on=task.completed_on, signed_off_on=task.signed_off_on, th=th
    )


def parse_status(text: str) -> TaskStatus:
    return parse_choice(TaskStatus, text, what="任务状态")


def parse_source(text: str) -> TaskSource:
    return parse_choice(TaskSource, text, what="任务来源")


@dataclass
class NoticeRef:
    stage: str
    issued_on: date
    number: str
    days_overdue: int
    id: int = 0
    reply_due: date | None = None
    #: The unit's written replies to the notice: (date, summary, file name).
    replies: list[tuple[date, str, str]] = field(default_factory=list)


def notice_number(notice: "Numbered") -> str:
    """〔2025〕3号 for a numbered 督办; "" for the other stages."""
    if notice.year is None or notice.number is None:
        return ""
    return f"〔{notice.year}〕{notice.number}号"
