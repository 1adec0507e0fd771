"""Database tables.

Values of enumerations are stored as their Chinese text (the office's own
vocabulary, also what ``--json`` prints); the enums live in
``fylink.domain.categories``. Amounts are integers in 分 so that sums in SQL
are exact on every engine. Times are stored in UTC.

Do not use ``from __future__ import annotations`` here: SQLModel needs the
real annotations.
"""

from datetime import date, datetime
from typing import Any, Optional

from pydantic import ConfigDict
from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Index,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlmodel import Field, SQLModel

# The naming convention gives every constraint a stable name, so Alembic
# migrations can refer to them on SQLite (batch mode) and PostgreSQL alike.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class _Table(SQLModel):
    """Base of every table class.

    Pydantic's validator and serializer of a class are built when first used, not when
    the module loads: most commands touch a few tables, and building all of them cost
    every command's start about 50 ms.
    """

    model_config = ConfigDict(defer_build=True)  # type: ignore[assignment]


def _text() -> Any:
    return Field(default="", sa_type=Text)


class Office(_Table, table=True):
    """The joint-meeting office using this database (one row)."""

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(max_length=100)
    region: str = Field(default="", max_length=50)
    #: The joint meeting's own name, used in document marks (……联席会议纪要).
    meeting_name: str = Field(default="", max_length=100)
    created_at: datetime


class Unit(_Table, table=True):
    """成员单位 and other units (courts, townships, …)."""

    __table_args__ = (UniqueConstraint("name"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(max_length=100)
    short_name: Optional[str] = Field(default=None, max_length=50, unique=True)
    kind: str = Field(max_length=10)
    region: str = Field(default="", max_length=50)
    is_member: bool = True
    liaison_name: str = Field(default="", max_length=50)
    liaison_phone: str = Field(default="", max_length=30)
    liaison_email: str = Field(default="", max_length=100)
    note: str = _text()
    created_at: datetime
    updated_at: datetime
    #: 机构改革: the unit in being that holds this one's work now (its current successor:
    #: followed once by report SQL), and from which day this one was merged.
    merged_into_id: Optional[int] = None
    merged_on: Optional[date] = None
    #: The unit named in this one's own merge (its direct successor, revision 0019): kept
    #: when that unit is merged on in turn, while merged_into_id moves to the new one.
    direct_successor_id: Optional[int] = None


class UnitMove(_Table, table=True):
    """A record that changed units in a merge (机构改革, ``unit merge``): it belonged to
    ``unit_id`` until the day before ``moved_on`` and to ``to_unit_id`` from that day.

    ``record`` is ``case``, ``task`` (its lead unit) or ``suggestion``. Reports count a row
    under the unit it had at the end of the period: the earliest move after that day names
    it, else the row's own unit. Undoing the merge removes its moves (they are journaled).
    """

    __tablename__ = "unit_move"
    __table_args__ = (Index("ix_unit_move_record", "record", "record_id", "moved_on"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    record: str = Field(max_length=20)
    record_id: int
    unit_id: int = Field(foreign_key="unit.id")
    to_unit_id: int = Field(foreign_key="unit.id")
    moved_on: date


class UnitName(_Table, table=True):
    """A unit's former name (机构改革, a renaming): valid until ``valid_until`` (its last
    day). Documents and reports about a past day print the name valid on that day, and a
    look-up by a former name still finds the unit."""

    __tablename__ = "unit_name"

    id: Optional[int] = Field(default=None, primary_key=True)
    unit_id: int = Field(foreign_key="unit.id", index=True)
    name: str = Field(max_length=100, index=True)
    short_name: Optional[str] = Field(default=None, max_length=50)
    #: The first day the name was valid (None: since the unit was registered).
    valid_from: Optional[date] = None
    valid_until: date


class Person(_Table, table=True):
    """A person of the roster: convener, unit head, liaison, …"""

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(max_length=50, index=True)
    title: str = Field(default="", max_length=100)
    unit_id: Optional[int] = Field(default=None, foreign_key="unit.id", index=True)
    #: 召集人 / 副召集人 / 成员 / 联络员 / 办公室
    role: str = Field(default="成员", max_length=10)
    phone: str = Field(default="", max_length=30)
    email: str = Field(default="", max_length=100)
    #: The day the person left (调离, 退休): past attendance and leadership stay.
    left_on: Optional[date] = None
    created_at: datetime


class Party(_Table, table=True):
    """当事人: a natural person or an organisation, shared between cases."""

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(max_length=100, index=True)
    #: 自然人 / 法人或其他组织
    kind: str = Field(max_length=10)
    #: 身份证 / 统一社会信用代码 / "" when unknown
    id_kind: str = Field(default="", max_length=10)
    #: Stored in full (validated); shown masked everywhere.
    id_number: Optional[str] = Field(default=None, max_length=18, unique=True)
    created_at: datetime


class Case(_Table, table=True):
    """案件/事项 of the register (案件台账)."""

    # "case" is an SQL keyword: a plural name keeps raw SQL simple.
    __tablename__ = "cases"
    __table_args__ = (
        Index("ix_case_category_filed", "category", "filed_on"),
        Index("ix_case_category_closed", "category", "closed_on"),
        # 负责人出庭应诉率 counts cases by 开庭日期.
        Index("ix_case_category_heard", "category", "heard_on"),
        Index("ix_case_unit_filed", "unit_id", "filed_on"),
        Index("ix_case_status", "status"),
        # case list's default order (newest filed first) and its keyset pages.
        Index("ix_case_filed_id", "filed_on", "id"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    category: str = Field(max_length=10)
    #: Canonical 案号 (full-width brackets) or the free number as given.
    case_no: str = Field(max_length=100, unique=True)
    #: 案号 (parsed) / 旧案号 (pre-2016, raw) / 自编号 (free number)
    no_kind: str = Field(max_length=10)
    year: Optional[int] = None
    court_code: Optional[str] = Field(default=None, max_length=10)
    court_level: Optional[str] = Field(default=None, max_length=4)
    type_code: Optional[str] = Field(default=None, max_length=10)
    type_name: Optional[str] = Field(default=None, max_length=50)
    case_family: Optional[str] = Field(default=None, max_length=10)
    #: 一审 / 二审 / 再审审查 / 再审 / 执行 / 诉前 / 其他 (None for free numbers)
    instance: Optional[str] = Field(default=None, max_length=10)
    field: str = Field(default="", max_length=20, index=True)
    unit_id: int = Field(foreign_key="unit.id")
    court: str = Field(default="", max_length=100)
    received_on: Optional[date] = None
    filed_on: date
    heard_on: Optional[date] = None
    closed_on: Optional[date] = None
    status: str = Field(default="在办", max_length=4)
    outcome: Optional[str] = Field(default=None, max_length=20)
    # Flags copied from the outcome (domain.categories.Outcome) at closing,
    # so indicators are plain SQL sums.
    is_loss: bool = False
    is_correction: bool = False
    is_judgment: bool = False
    is_settled: bool = False
    is_withdrawn: bool = False
    #: Heard in open court (开庭审理); None = not recorded.
    heard: Optional[bool] = None
    #: The agency head (正职 or 副职 in charge) appeared in court.
    head_appeared: Optional[bool] = None
    head_rank: Optional[str] = Field(default=None, max_length=4)
    claimed_fen: Optional[int] = Field(default=None, sa_type=BigInteger)
    recovered_fen: Optional[int] = Field(default=None, sa_type=BigInteger)
    #: 实质性化解: closed without going on to litigation or petition.
    resolved: Optional[bool] = None
    group_size: Optional[int] = None
    risk_level: str = Field(default="", max_length=4)
    summary: str = _text()
    created_at: datetime
    updated_at: datetime
    # 白皮书 fields (issue 18), each optional: "" / None = not recorded.
    #: 被诉行政行为类别 (domain.categories.ACT_KINDS).
    act_kind: str = Field(default="", max_length=10)
    #: 败诉原因, several joined by "、" in the order of domain.categories.LOSS_REASONS.
    loss_reasons: str = Field(default="", max_length=100)
    #: 撤诉类型: 原告主动撤诉 / 被告改变行为后撤诉.
    withdrawal_kind: str = Field(default="", max_length=12)
    #: 复议机关作共同被告.
    joint_respondent: Optional[bool] = None
    #: 规范性文件附带审查 was asked for.
    norm_review: Optional[bool] = None
    #: 典型案例, with a short text on why.
    typical: bool = False
    typical_note: str = Field(default="", max_length=200)


class CaseParty(_Table, table=True):
    __tablename__ = "case_party"
    __table_args__ = (
        UniqueConstraint("case_id", "party_id", "role"),
        # A party's cases (party show, case list --party) read from the index alone.
        Index("ix_case_party_party_case", "party_id", "case_id", "role"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", index=True)
    party_id: int = Field(foreign_key="party.id", index=True)
    #: 申请人 / 原告 / 被申请人 / 第三人 / 申请执行人 / 被执行人 / 债务人 / 债权人
    role: str = Field(default="申请人", max_length=10)


class CaseLink(_Table, table=True):
    """Another instance of the same dispute (一审 → 二审 → 再审, 破申 → 破, 行审 → 行审复)."""

    __tablename__ = "case_link"
    __table_args__ = (UniqueConstraint("case_id", "related_id"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    #: The later instance.
    case_id: int = Field(foreign_key="cases.id")
    #: The earlier instance it follows.
    related_id: int = Field(foreign_key="cases.id", index=True)
    created_at: datetime


class CaseEvent(_Table, table=True):
    """One step of a case's timeline (开庭, 调解, 判决, …)."""

    __tablename__ = "case_event"

    id: Optional[int] = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", index=True)
    kind: str = Field(max_length=10)
    occurred_on: date
    note: str = _text()
    created_at: datetime


class Meeting(_Table, table=True):
    __table_args__ = (
        UniqueConstraint("year", "issue_no"),
        Index("ux_meeting_series_year_no", "series", "year", "series_no", unique=True),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    year: int
    #: A running number of the year over all series (unique since 0001; not printed).
    issue_no: int
    #: The numbered series the meeting belongs to (联席会议, 协调会, …): a setting maps each
    #: kind to its series when the meeting is added; stored, so a later setting never
    #: renumbers an issued 纪要.
    series: str = Field(default="", max_length=20)
    #: 第N期 within the series and the year (what the 纪要 prints).
    series_no: int = 0
    kind: str = Field(max_length=10)
    held_on: date
    place: str = Field(default="", max_length=100)
    chair: str = Field(default="", max_length=100)
    topics: str = _text()
    #: Free text of the opening paragraph, when the clerk wants to word it.
    opening: str = _text()
    #: The parts of the 纪要 that are not decisions (会议听取了…, 会议认为…, 会议要求…), in order.
    parts: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    #: 印发日期: stored when the 纪要 is first issued, kept on every reprint.
    issued_on: Optional[date] = None
    created_at: datetime


class MeetingFollow(_Table, table=True):
    """What a topic meeting (协调会, 专题会议) reports on: an earlier meeting's decided
    items, or one task (``meeting add --follows``)."""

    __tablename__ = "meeting_follow"

    id: Optional[int] = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    followed_meeting_id: Optional[int] = Field(default=None, foreign_key="meeting.id")
    task_id: Optional[int] = Field(default=None, foreign_key="task.id")


class Attendance(_Table, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    #: 出席 / 列席 / 请假 / 缺席 / 迟到 / 早退 / 代会, stored as written (the assessment
    #: counts them)
    role: str = Field(max_length=4)
    person_id: Optional[int] = Field(default=None, foreign_key="person.id")
    unit_id: Optional[int] = Field(default=None, foreign_key="unit.id")
    #: Name as shown in the minutes (person name, or unit name).
    name: str = Field(max_length=100)
    note: str = Field(default="", max_length=100)
    #: Where an attendee outside the roster comes from (律师事务所, 破产管理人, 人大代表 …).
    affiliation: str = Field(default="", max_length=100)
    #: A unit attending with no named person: how many it sent (县住建局（1人）).
    headcount: Optional[int] = None


class Suggestion(_Table, table=True):
    """司法建议 (court) or 检察建议 (procuratorate) to a unit."""

    # 司法建议反馈率 and overdue replies count suggestions by their reply deadline.
    __table_args__ = (
        Index("ix_suggestion_reply_due", "reply_due", "replied_on"),
        # The report's overdue replies per unit read this index alone (as ix_task_unit_due).
        Index("ix_suggestion_unit_due", "unit_id", "reply_due", "replied_on"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    #: 司法建议 / 检察建议
    kind: str = Field(max_length=10)
    doc_no: str = Field(max_length=100, unique=True)
    issuer: str = Field(max_length=100)
    unit_id: int = Field(foreign_key="unit.id", index=True)
    received_on: date
    reply_due: date
    reply_due_rule: str = Field(default="", max_length=20)
    #: The reply due date counts through a year without an official calendar.
    reply_due_provisional: bool = False
    replied_on: Optional[date] = None
    reply_summary: str = _text()
    adopted: Optional[bool] = None
    #: 采纳 / 部分采纳 / 不采纳 (``adopted`` is true for the first two).
    adoption: Optional[str] = Field(default=None, max_length=4)
    verified_on: Optional[date] = None
    summary: str = _text()
    created_at: datetime


class SuggestionCase(_Table, table=True):
    __tablename__ = "suggestion_case"
    __table_args__ = (UniqueConstraint("suggestion_id", "case_id"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    suggestion_id: int = Field(foreign_key="suggestion.id", index=True)
    case_id: int = Field(foreign_key="cases.id", index=True)


class DoubleList(_Table, table=True):
    """A 双清单 as approved, e.g. 2026年度府院联动双清单: the tasks imported from one sheet
    belong to it, so next year's list with the same sections and 序号 is a list of its own."""

    __tablename__ = "double_list"

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(max_length=100, unique=True)
    #: The year it is for (from its name, else the year it was imported or approved).
    year: int
    #: Set on the lists the 0016 upgrade made from tasks imported before lists existed:
    #: the first sheet of that year imported with a name of its own takes the list over.
    derived: bool = False
    created_at: datetime
    updated_at: datetime


class Task(_Table, table=True):
    """双清单事项: an item with a lead unit, a deadline and a status."""

    __table_args__ = (
        Index("ix_task_due_completed", "due_on", "completed_on"),
        # Covers "overdue items per unit" (completed_on read from the index, not the table).
        Index("ix_task_unit_due", "lead_unit_id", "due_on", "completed_on"),
        # Open tasks by deadline: what the overdue check and the status filters read.
        Index("ix_task_open_due", "completed_on", "due_on"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    #: 议定事项 / 双清单 / 督办 / 司法建议整改 / 其他
    source: str = Field(max_length=10)
    content: str = Field(sa_type=Text)
    lead_unit_id: int = Field(foreign_key="unit.id")
    leader: str = Field(default="", max_length=50)
    due_on: date
    #: The rule the deadline came from (10个工作日, 季度末, …) or "" for a date.
    due_rule: str = Field(default="", max_length=20)
    due_start: Optional[date] = None
    #: The deadline falls in or counts through a year without an official calendar.
    due_provisional: bool = False
    meeting_id: Optional[int] = Field(default=None, foreign_key="meeting.id", index=True)
    #: Order of the 议定事项 within its meeting (一、二、…).
    decision_no: Optional[int] = None
    suggestion_id: Optional[int] = Field(default=None, foreign_key="suggestion.id")
    #: 序号 of the office's own 双清单 spreadsheet.
    list_no: str = Field(default="", max_length=20)
    #: The section of the approved 双清单 (一、政府需法院支持事项), "" without one.
    list_section: str = Field(default="", max_length=100)
    #: Position in the approved list (section number × 100000 + 序号), for printing it in order.
    list_order: Optional[int] = Field(default=None, index=True)
    #: Tasks made from one item (a lead of 各乡镇（街道）, or the occurrences of a recurring
    #: item) share the id of the first; None for a task on its own.
    item_id: Optional[int] = Field(default=None, index=True)
    #: The lead as written when it expanded to several units (各乡镇（街道）, 各成员单位).
    lead_group: str = Field(default="", max_length=50)
    #: The recurring rule (每季度末, 每月25日前) and this occurrence's period (2025年第3季度).
    recurrence: str = Field(default="", max_length=20)
    period: str = Field(default="", max_length=20)
    #: The joint meeting that approved the 双清单 this task came from (task approve).
    approved_meeting_id: Optional[int] = None
    #: The 双清单 the task was imported from (None for a task added on its own).
    #: (No foreign key: an added column, like item_id; see 0002.)
    list_id: Optional[int] = Field(default=None, index=True)
    #: On the first task of a recurring item: the series was closed (task close) that day,
    #: so no further occurrence is generated.
    series_closed_on: Optional[date] = None
    note: str = _text()
    completed_on: Optional[date] = None
    signed_off_on: Optional[date] = None
    signed_off_by: str = Field(default="", max_length=50)
    created_at: datetime
    updated_at: datetime


class TaskDraft(_Table, table=True):
    """A row of a 双清单 loaded as 拟定 (``task import --draft``): not a task yet, so it is
    never chased nor counted, until the joint meeting approves it (``task approve``)."""

    __tablename__ = "task_draft"

    id: Optional[int] = Field(default=None, primary_key=True)
    list_section: str = Field(default="", max_length=100)
    list_no: str = Field(default="", max_length=20)
    list_order: Optional[int] = None
    #: The 双清单 the draft was loaded into (None: the approving meeting's year decides).
    list_id: Optional[int] = None
    #: The row's cells as read (field → text), checked when loaded and again at approval.
    cells: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime
    updated_at: datetime


class TaskCoUnit(_Table, table=True):
    __tablename__ = "task_co_unit"
    __table_args__ = (UniqueConstraint("task_id", "unit_id"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    task_id: int = Field(foreign_key="task.id", index=True)
    unit_id: int = Field(foreign_key="unit.id", index=True)


class TaskProgress(_Table, table=True):
    __tablename__ = "task_progress"

    id: Optional[int] = Field(default=None, primary_key=True)
    task_id: int = Field(foreign_key="task.id", index=True)
    reported_on: date
    note: str = Field(sa_type=Text)
    author: str = Field(default="", max_length=50)
    created_at: datetime


class Notice(_Table, table=True):
    """督办 notice: one escalation step for one unit, issued once."""

    __table_args__ = (
        UniqueConstraint("year", "number"),
        # notice list, newest first.
        Index("ix_notice_issued_id", "issued_on", "id"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    #: 提醒 / 催办 / 督办 / 通报 / 约谈
    stage: str = Field(max_length=4)
    unit_id: int = Field(foreign_key="unit.id", index=True)
    issued_on: date
    #: 督办函 numbering 〔year〕number号; None for stages without a number.
    year: Optional[int] = None
    number: Optional[int] = None
    reply_due: Optional[date] = None
    #: The day the unit's first written reply (书面报送) arrived; see NoticeReply.
    acknowledged_on: Optional[date] = None
    #: Who issued it: "" for the office; the joint issuers of a 联合督查, joined by "、".
    issuer: str = Field(default="", max_length=200)
    created_at: datetime


class NoticeItem(_Table, table=True):
    """An overdue item covered by a notice (a task or a suggestion reply)."""

    __tablename__ = "notice_item"
    __table_args__ = (
        UniqueConstraint("notice_id", "task_id", "suggestion_id"),
        Index("ix_notice_item_task_stage", "task_id", "stage"),
        Index("ix_notice_item_suggestion_stage", "suggestion_id", "stage"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    notice_id: int = Field(foreign_key="notice.id", index=True)
    #: Copied from the notice so "was this step issued for this item" is one lookup.
    stage: str = Field(max_length=4)
    task_id: Optional[int] = Field(default=None, foreign_key="task.id")
    suggestion_id: Optional[int] = Field(default=None, foreign_key="suggestion.id")
    #: A missing written reply to this (earlier) notice: the item is the silence itself.
    reply_notice_id: Optional[int] = Field(default=None, index=True)
    #: A case deadline (the 应诉 clock) of this case ...
    case_id: Optional[int] = Field(default=None, index=True)
    #: ... namely this one: its rule's name and the day its trigger event occurred
    #: ("答辩状和证据@2026-11-16"): a case has several deadlines, each climbs on its own.
    case_rule: str = Field(default="", max_length=80)
    #: That deadline's day as computed when the notice was issued.
    case_due_on: Optional[date] = None
    days_overdue: int = 0


class NoticeReply(_Table, table=True):
    """A unit's written reply (书面报送) to a notice, with the file it sent, if any.

    The file is kept in the database, so a backup of the database keeps it too.
    """

    __tablename__ = "notice_reply"

    id: Optional[int] = Field(default=None, primary_key=True)
    notice_id: int = Field(foreign_key="notice.id", index=True)
    replied_on: date
    summary: str = _text()
    file_name: str = Field(default="", max_length=200)
    file_size: int = 0
    #: sha256 of the file, hex ("" without a file).
    file_sha256: str = Field(default="", max_length=64)
    file_data: Optional[bytes] = Field(default=None, sa_type=LargeBinary)
    created_at: datetime


class Bulletin(_Table, table=True):
    """A periodic 通报 of units with overdue items and missing replies, numbered per year."""

    __table_args__ = (
        UniqueConstraint("year", "number"),
        UniqueConstraint("period_year", "quarter"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    #: 〔year〕number号
    year: int
    number: int
    period_year: int
    #: 1–4, or 0 for a whole year.
    quarter: int
    issued_on: date
    issuer: str = Field(default="", max_length=200)
    #: The figures as issued (units, counts, items), frozen.
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime


class Delivery(_Table, table=True):
    """One notice to one recipient on one channel; kept until it is sent.

    At most one row per notice, channel and recipient (a unique index), and a row is
    claimed (发送中, ``claimed_at``) in its own committed transaction before it is sent,
    so two overlapping runs never send the same message twice.
    """

    __table_args__ = (
        Index(
            "ux_delivery_notice_channel_recipient", "notice_id", "channel", "recipient", unique=True
        ),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    notice_id: int = Field(foreign_key="notice.id", index=True)
    #: email / wecom / dingtalk / webhook
    channel: str = Field(max_length=10)
    #: Who: "lead:UNIT" (the unit's liaison), "co:UNIT" (a co-unit's liaison, 知会),
    #: "leader:PERSON" (cc to the unit's leader), "group" (a group robot / webhook).
    recipient: str = Field(default="", max_length=60)
    target: str = Field(max_length=300)
    #: 待发送 / 发送中 / 已发送 / 失败
    status: str = Field(default="待发送", max_length=4, index=True)
    attempts: int = 0
    last_error: str = _text()
    #: When a run claimed it for sending (None when not claimed).
    claimed_at: Optional[datetime] = None
    #: The claiming run (a random token), so only that run records the outcome.
    claim_token: str = Field(default="", max_length=32)
    sent_at: Optional[datetime] = None
    created_at: datetime


class DigestSend(_Table, table=True):
    """A leader's digest (``fylink notice digest``) sent, or being sent, on one day.

    One row per leader, address and day (a unique index), claimed (发送中) in its own
    committed transaction before the e-mail goes out: a second run the same day, or two
    overlapping runs, send it once. A failed send stays 失败 and may be tried again.
    """

    __tablename__ = "digest_send"
    __table_args__ = (
        Index("ux_digest_send_leader_target_day", "leader", "target", "day", unique=True),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    leader: str = Field(max_length=50)
    target: str = Field(max_length=300)
    day: date
    #: 发送中 / 已发送 / 失败
    status: str = Field(default="发送中", max_length=4)
    attempts: int = 0
    last_error: str = _text()
    #: How many items the digest listed (逾期 + 临期).
    items: int = 0
    claimed_at: Optional[datetime] = None
    claim_token: str = Field(default="", max_length=32)
    sent_at: Optional[datetime] = None
    created_at: datetime


class ExternalFigure(_Table, table=True):
    """A figure the register cannot count, supplied from outside with its source: the
    resident population (统计局), the court's new first-instance civil and administrative
    cases (法院) … per region and period, for 万人成讼率 (``fylink report figure set``)."""

    __tablename__ = "external_figure"
    __table_args__ = (UniqueConstraint("region", "year", "quarter", "key"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    region: str = Field(max_length=50)
    year: int
    #: 1–4, or 0 for a whole year.
    quarter: int = 0
    #: population / court_civil_first / court_admin_first
    key: str = Field(max_length=30)
    value: int = Field(sa_type=BigInteger)
    #: Where the figure came from (县统计局《2025年统计公报》, 县法院审管办 …).
    source: str = Field(max_length=200)
    note: str = _text()
    created_at: datetime
    updated_at: datetime


class CalendarOverride(_Table, table=True):
    """The office's own calendar table: extra holidays and extra working days."""

    __tablename__ = "calendar_override"

    id: Optional[int] = Field(default=None, primary_key=True)
    day: date = Field(unique=True)
    #: 休息日 / 工作日
    kind: str = Field(max_length=4)
    note: str = Field(default="", max_length=100)


class ReportSnapshot(_Table, table=True):
    """A published (frozen) set of figures for a quarter or a year."""

    __tablename__ = "report_snapshot"
    __table_args__ = (UniqueConstraint("year", "quarter", "scope"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    year: int
    #: 1–4, or 0 for an annual report.
    quarter: int
    #: "" for the whole office, otherwise a unit or region filter.
    scope: str = Field(default="", max_length=100)
    published_at: datetime
    published_by: str = Field(max_length=50)
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


# -- reporting: any period, the 工作简报 series (#18, revision 0012) ---------------------------


class PeriodSnapshot(_Table, table=True):
    """A published (frozen) set of figures for a half, a month, a run of months or any span
    of days (quarters and years: ReportSnapshot)."""

    __tablename__ = "report_period_snapshot"
    __table_args__ = (UniqueConstraint("period", "scope"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    #: The period's code: 2025H1, 2025M03, 2025M01-05, 20250101-20250315.
    period: str = Field(max_length=20)
    year: int
    #: "" for the whole office, otherwise a unit or region filter.
    scope: str = Field(default="", max_length=100)
    published_at: datetime
    published_by: str = Field(max_length=50)
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class BriefIssue(_Table, table=True):
    """One issue (第N期) of a 工作简报 / 专刊 / 增刊 series: numbered per year and kind."""

    __tablename__ = "brief_issue"
    __table_args__ = (UniqueConstraint("kind", "year", "issue_no"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    #: 工作简报 / 专刊 / 增刊
    kind: str = Field(max_length=10)
    year: int
    issue_no: int
    #: The date on the masthead (编发日期).
    issued_on: date
    #: 分送 (the 版记's distribution line); "" uses the setting documents.cc.
    distribution: str = _text()
    created_at: datetime


class BriefItem(_Table, table=True):
    """A piece of a 简报: a unit's submission (报送), adopted (采用) once it is in an issue;
    or the office's own text or figures."""

    __tablename__ = "brief_item"

    id: Optional[int] = Field(default=None, primary_key=True)
    #: The issue it was adopted into; None while a submission waits.
    issue_id: Optional[int] = Field(default=None, foreign_key="brief_issue.id", index=True)
    #: The submitting unit; None for the office's own items.
    unit_id: Optional[int] = Field(default=None, foreign_key="unit.id", index=True)
    #: 工作动态 / 经验做法 / 问题建议
    kind: str = Field(max_length=10)
    #: 报送 (a unit's submission) / 数据 (fylink's figures) / 自拟 (the office's text)
    source: str = Field(max_length=10)
    title: str = Field(default="", max_length=100)
    body: str = _text()
    submitted_on: date
    #: Order within the issue (1, 2, …); 0 while not adopted.
    seq: int = 0
    created_at: datetime


class Journal(_Table, table=True):
    """Append-only record of every change, hash-chained to its predecessor."""

    __table_args__ = (
        Index("ix_journal_entity", "entity", "entity_id"),
        # fylink log --entity, newest first.
        Index("ix_journal_entity_id", "entity", "id"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    at: datetime
    actor: str = Field(max_length=100)
    command: str = Field(max_length=200)
    #: insert / update / delete
    action: str = Field(max_length=10)
    entity: str = Field(max_length=30)
    entity_id: Optional[int] = None
    #: Set on every row that concerns a case, so ``fylink log --case`` is one lookup.
    case_id: Optional[int] = Field(default=None, index=True)
    #: Id of the first journal row of the command (transaction) that wrote this row: all
    #: rows of one command share it (``fylink undo``). NULL on rows older than 0003.
    #: Not covered by ``hash``.
    command_id: Optional[int] = Field(default=None, index=True)
    before: Optional[dict[str, Any]] = Field(default=None, sa_column=Column(JSON))
    after: Optional[dict[str, Any]] = Field(default=None, sa_column=Column(JSON))
    #: Hash of the row before this one (64 zeros for the first row): a deleted row
    #: shows as a link to a hash that is no longer there.
    prev_hash: str = Field(sa_type=String(64))
    #: sha256 over prev_hash and this row's content.
    hash: str = Field(sa_type=String(64))


class DbUserUnit(_Table, table=True):
    """PostgreSQL: which unit a database login speaks for (liaisons' row-level policy).

    Unused on SQLite. Filled by the office with SQL (see docs/database.md).
    """

    __tablename__ = "db_user_unit"
    __table_args__ = (UniqueConstraint("db_user", "unit_id"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    db_user: str = Field(max_length=63, index=True)
    unit_id: int = Field(foreign_key="unit.id", index=True)


class JournalAnchor(_Table, table=True):
    """The journal's head (``seq`` = the id of its last row, and that row's hash) when a
    report was published, a document issued or a backup taken.

    The same head is printed in the document or written beside the backup, where no one
    can change it later: ``fylink log --verify`` checks the journal against every anchor,
    so a cut tail or a chain recomputed after an edit shows. ``mac`` is an HMAC-SHA256
    of the head under the office's journal key (kept outside the database), when one is
    configured: an insider without the key cannot forge an anchor.
    """

    __tablename__ = "journal_anchor"

    id: Optional[int] = Field(default=None, primary_key=True)
    at: datetime
    #: report / minutes / notice_letter / briefing / backup
    kind: str = Field(max_length=20)
    #: What carries the anchor: a period, a document's file name, a backup's file name.
    label: str = Field(max_length=255)
    seq: int = Field(sa_type=BigInteger)
    hash: str = Field(sa_type=String(64))
    mac: Optional[str] = Field(default=None, sa_type=String(64))


class WriterLock(_Table, table=True):
    """PostgreSQL: fylink's writer lock. A writer takes ``LOCK TABLE writer_lock IN
    EXCLUSIVE MODE``, which only fylink's roles may (they alone are granted on it), so no
    other login can block the office's writes as it could hold an advisory lock key.
    One row, never changed; unused on SQLite (its write lock does the job)."""

    __tablename__ = "writer_lock"

    id: int = Field(primary_key=True)


# --- 考核 (issue 16) ---------------------------------------------------------------------------


class AssessRecord(_Table, table=True):
    """Manual evidence of an assessment line (负面曝光, 表彰, 点名批评, a higher level's
    deduction …): what the register cannot know, entered by the office with its 文号."""

    __tablename__ = "assess_record"
    __table_args__ = (Index("ix_assess_record_line_on", "line_id", "occurred_on"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    unit_id: int = Field(foreign_key="unit.id", index=True)
    #: The line of the rule file (its ``id``, e.g. 6.1).
    line_id: str = Field(max_length=30)
    occurred_on: date
    #: 文号 or other reference of the evidence (扣分依据).
    basis: str = Field(max_length=100)
    #: 省 / 市 / 县, 国家级 …, 迟报 / 漏报; "" for a line without levels.
    level: str = Field(default="", max_length=10)
    #: Points of this record in hundredths (None: the line's own points).
    points_x100: Optional[int] = None
    note: str = _text()
    #: 录入人.
    recorded_by: str = Field(default="", max_length=100)
    #: The attached file (the office keeps it in its archive): name, size and sha256, so a
    #: file shown later can be checked against what was recorded.
    file_name: str = Field(default="", max_length=200)
    file_size: int = 0
    file_sha256: str = Field(default="", max_length=64)
    created_at: datetime
    updated_at: datetime


class AssessAppeal(_Table, table=True):
    """A unit's objection (申诉) to one line of its draft result, and the office's decision."""

    __tablename__ = "assess_appeal"
    __table_args__ = (UniqueConstraint("year", "unit_id", "line_id"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    year: int
    unit_id: int = Field(foreign_key="unit.id", index=True)
    line_id: str = Field(max_length=30)
    reason: str = Field(sa_type=Text)
    filed_on: date
    #: 采纳 / 部分采纳 / 不予采纳; None while undecided.
    decision: Optional[str] = Field(default=None, max_length=4)
    decided_on: Optional[date] = None
    decision_note: str = _text()
    #: The deduction the office decided for the line, in hundredths (采纳: 0).
    points_x100: Optional[int] = None
    created_at: datetime
    updated_at: datetime


class AssessResult(_Table, table=True):
    """A published (frozen) assessment of a year, with the digest of its rule file."""

    __tablename__ = "assess_result"
    __table_args__ = (UniqueConstraint("year"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    year: int
    rules_name: str = Field(max_length=200)
    #: sha256 of the rule file's bytes, hex.
    rules_digest: str = Field(sa_type=String(64))
    #: The rule file as published (so show/diff recompute with the same rules).
    rules_text: str = Field(sa_type=Text)
    published_at: datetime
    published_by: str = Field(max_length=100)
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


# --- 一企一档、一楼一策 (issue 17) ------------------------------------------------------------


class PartyAlias(_Table, table=True):
    """A party's former name (曾用名, kept on 更名) or a name it was merged from."""

    __tablename__ = "party_alias"

    id: Optional[int] = Field(default=None, primary_key=True)
    party_id: int = Field(foreign_key="party.id", index=True)
    name: str = Field(max_length=100, index=True)
    #: 曾用名 / 合并
    kind: str = Field(default="曾用名", max_length=4)
    changed_on: Optional[date] = None
    created_at: datetime


class PartyMerge(_Table, table=True):
    """A party record merged into another (two records of the same company): its case
    links moved to ``into_id``; the record itself stays, so an undo can bring it back."""

    __tablename__ = "party_merge"

    id: Optional[int] = Field(default=None, primary_key=True)
    party_id: int = Field(foreign_key="party.id", unique=True)
    into_id: int = Field(foreign_key="party.id", index=True)
    merged_on: date
    created_at: datetime


class PartyWatch(_Table, table=True):
    """An enterprise the office watches (困难企业名册, 重点破产企业)."""

    __tablename__ = "party_watch"

    id: Optional[int] = Field(default=None, primary_key=True)
    party_id: int = Field(foreign_key="party.id", unique=True)
    #: 高 / 中 / 低
    level: str = Field(max_length=2)
    reason: str = _text()
    #: 包案领导
    leader: str = Field(default="", max_length=50)
    #: 专班
    task_force: str = Field(default="", max_length=100)
    since: date
    created_at: datetime
    updated_at: datetime


class Project(_Table, table=True):
    """A multi-case matter: a 问题楼盘, a 破产 group, a 金融风险 matter (一楼一策)."""

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(max_length=100, unique=True)
    #: 问题楼盘 / 破产 / 金融风险 / 其他
    kind: str = Field(max_length=10)
    unit_id: Optional[int] = Field(default=None, foreign_key="unit.id", index=True)
    leader: str = Field(default="", max_length=50)
    #: 涉及户数 and 涉及人数 as the 专班 counts them (None: not recorded).
    households: Optional[int] = None
    people: Optional[int] = None
    note: str = _text()
    created_at: datetime
    updated_at: datetime


class ProjectCase(_Table, table=True):
    __tablename__ = "project_case"
    __table_args__ = (UniqueConstraint("project_id", "case_id"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="project.id", index=True)
    case_id: int = Field(foreign_key="cases.id", index=True)


class TaskSubject(_Table, table=True):
    """What a task (or a 议定事项) concerns: a case, a party, a project."""

    __tablename__ = "task_subject"

    id: Optional[int] = Field(default=None, primary_key=True)
    task_id: int = Field(foreign_key="task.id", unique=True)
    case_id: Optional[int] = Field(default=None, foreign_key="cases.id", index=True)
    party_id: Optional[int] = Field(default=None, foreign_key="party.id", index=True)
    project_id: Optional[int] = Field(default=None, foreign_key="project.id", index=True)


class SuggestionParty(_Table, table=True):
    __tablename__ = "suggestion_party"
    __table_args__ = (UniqueConstraint("suggestion_id", "party_id"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    suggestion_id: int = Field(foreign_key="suggestion.id", index=True)
    party_id: int = Field(foreign_key="party.id", index=True)


class Bankruptcy(_Table, table=True):
    """A 破产 case's procedure, stage, 管理人 and its workers' claims."""

    id: Optional[int] = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", unique=True)
    #: 清算 / 重整 / 和解
    procedure: str = Field(default="", max_length=4)
    #: 申请审查 / 受理 / 债权申报 / 债权人会议 / 重整计划/清算 / 终结 / 注销
    stage: str = Field(default="", max_length=10)
    administrator: str = Field(default="", max_length=100)
    #: 职工债权 in 分.
    employee_claims_fen: Optional[int] = Field(default=None, sa_type=BigInteger)
    #: 欠薪人数
    unpaid_workers: Optional[int] = None
    created_at: datetime
    updated_at: datetime


class JudgmentPerformance(_Table, table=True):
    """Whether a lost 行政诉讼 judgment was performed (行政裁判履行联动机制)."""

    __tablename__ = "judgment_performance"

    id: Optional[int] = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", unique=True)
    #: 履行 / 未履行
    status: str = Field(max_length=4)
    marked_on: date
    note: str = _text()
    created_at: datetime
    updated_at: datetime


# -- 报送 and the 市县 roll-up (#18, revision 0017) --------------------------------------------


class RegionReturn(_Table, table=True):
    """A county's 报送包 as collected at the city: its figures for one period, verified by
    digest, with a review state (待审 → 通过 / 退回). A resubmission for the same period
    supersedes a 待审 or 退回 return (``superseded_by_id``); nothing is deleted."""

    __tablename__ = "region_return"
    __table_args__ = (UniqueConstraint("digest"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    #: The county's region (地区) as its office names it, e.g. 示范县.
    region: str = Field(max_length=50, index=True)
    #: 行政区划代码 from the county's settings ("" when not set).
    region_code: str = Field(default="", max_length=12)
    office_name: str = Field(max_length=100)
    #: The period's code (2025Q3, 2025, 2025H1, …) and year.
    period: str = Field(max_length=20, index=True)
    year: int
    #: 待审 / 通过 / 退回
    state: str = Field(max_length=4)
    #: Why it was returned (退回理由).
    reason: str = _text()
    #: sha256 / sm3, and the package's digest in hex.
    digest_algo: str = Field(max_length=10)
    digest: str = Field(max_length=128)
    #: The county journal's head when the package was made (HASH@SEQ).
    journal_head: str = Field(default="", max_length=100)
    #: 填报人 and the day the county made the package.
    filled_by: str = Field(default="", max_length=50)
    made_on: date
    #: The day the city collected it (what counts for late returns).
    received_on: date
    file_name: str = Field(default="", max_length=255)
    reviewed_on: Optional[date] = None
    reviewed_by: str = Field(default="", max_length=50)
    #: The return that superseded this one (no foreign key: a table referring to itself
    #: would need its rows copied in order by ``db copy``; as unit.merged_into_id).
    superseded_by_id: Optional[int] = None
    #: The package's figures, per-unit rows, definitions and manifest.
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime
