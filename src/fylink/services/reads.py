"""Read-only look-ups on the light path: Core tables and a bare connection (issue 21).

Commands that only read (``log``, ``unit list`` …) open the database with
:func:`fylink.db.read_scope` and read through :mod:`fylink.tables`, so they import neither
the ORM nor the model classes of :mod:`fylink.models` (about a third of a command's
start). The rows returned are Core rows: they answer the same attribute names as the
models (``row.name``, ``row.after`` …), so the views that print a model print them alike.

Each function here reads what its ORM counterpart in the service named in its docstring
reads, in the same order; keep them in step.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Connection, String, cast, func, or_, select

from fylink import tables
from fylink.domain import case_numbers
from fylink.domain.categories import parse_unit_kind
from fylink.domain.free_numbers import normalize_free_number
from fylink.errors import InvalidInputError, NotFoundError

if TYPE_CHECKING:
    from fylink.config import CalendarSettings, Settings
    from fylink.domain.calendar import WorkCalendar
    from fylink.domain.status import TaskStatus, Thresholds
    from fylink.services.suggestion_rules import ReplyStatus, SuggestionFilter
    from fylink.services.task_filter import TaskFilter


def utc(moment: datetime) -> datetime:
    """A stored time as the models give it: SQLite's driver returns naive UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


# --- the journal (services.journal.list_entries) ------------------------------------------


class JournalRow:
    """One journal row as ``fylink log`` shows it (the attributes of ``models.Journal``)."""

    __slots__ = (
        "action",
        "actor",
        "after",
        "at",
        "before",
        "case_id",
        "command",
        "command_id",
        "entity",
        "entity_id",
        "id",
    )

    def __init__(self, row: Any) -> None:
        for name in self.__slots__:
            setattr(self, name, getattr(row, name))
        self.at = utc(row.at)


def journal_entries(
    connection: Connection,
    *,
    case_id: int | None = None,
    entity: str | None = None,
    limit: int = 50,
) -> list[Any]:
    """Newest first (as :func:`fylink.services.journal.list_entries`)."""
    j = tables.journal
    query = select(*(j.c[name] for name in JournalRow.__slots__))
    if case_id is not None:
        query = query.where(j.c.case_id == case_id)
    if entity:
        query = query.where(j.c.entity == entity)
    query = query.order_by(j.c.id.desc()).limit(limit)
    return [JournalRow(row) for row in connection.execute(query)]


# --- cases by number (services.cases.get_case, corrections.case_id_by_former_number) ------


def case_id(connection: Connection, case_no: str) -> int:
    """The id of the case numbered ``case_no`` as typed, or of a number it had before a
    renumbering; not found as ``cases.get_case`` says it."""
    text = case_no.strip()
    c = tables.cases
    candidates = {text, case_numbers.normalize_case_number(text), normalize_free_number(text)}
    found = connection.execute(select(c.c.id).where(c.c.case_no.in_(candidates))).first()
    if found is not None:
        return int(found.id)
    j = tables.journal
    former = {text, case_numbers.normalize_case_number(text)}
    renumbered = connection.execute(
        select(j.c.entity_id)
        .where(
            j.c.entity == "case",
            j.c.action == "update",
            cast(j.c.after["renumbered_from"].as_string(), String).in_(former),
        )
        .order_by(j.c.id.desc())
        .limit(1)
    ).first()
    if renumbered is None or renumbered.entity_id is None:
        raise NotFoundError(f"案件 {text} 不存在：用 fylink case list 查找")
    return int(renumbered.entity_id)


# --- the roster (services.units.list_units) --------------------------------------------------


def units(
    connection: Connection,
    *,
    kind: str | None = None,
    members_only: bool = False,
    with_merged: bool = False,
) -> list[Any]:
    """The roster by id; units merged into another (机构改革) only ``with_merged``."""
    u = tables.unit
    query = select(u)
    if not with_merged:
        query = query.where(u.c.merged_into_id.is_(None))
    if kind:
        query = query.where(u.c.kind == parse_unit_kind(kind).value)
    if members_only:
        query = query.where(u.c.is_member.is_(True))
    return list(connection.execute(query.order_by(u.c.id)))


# --- the office calendar (services.calendar.overrides / work_calendar) ----------------------


def work_calendar(connection: Connection, *, settings: "CalendarSettings") -> "WorkCalendar":
    """The calendar every deadline and status of this database is computed with."""
    from fylink.domain.calendar import WorkCalendar
    from fylink.services.calendar_rules import merge_overrides

    o = tables.calendar_override
    rows = connection.execute(select(o.c.day, o.c.kind))
    return WorkCalendar(merge_overrides(settings, ((row.day, row.kind) for row in rows)))


def thresholds(
    connection: Connection, *, settings: "Settings", today: date
) -> tuple["WorkCalendar", "Thresholds"]:
    """The calendar and the status thresholds of one command (services.calendar.context)."""
    from fylink.domain.status import Thresholds

    calendar = work_calendar(connection, settings=settings.calendar)
    days = settings.tasks.due_soon_workdays
    return calendar, Thresholds.compute(calendar=calendar, today=today, within=days)


# --- tasks (services.tasks.list_tasks) -------------------------------------------------------


@dataclass
class TaskRow:
    """One row of ``task list``: the task (a Core row), its lead and co-units' labels."""

    task: Any
    lead: str
    co: list[str]
    status: "TaskStatus"


def _task_status_condition(status: "TaskStatus", th: "Thresholds") -> ColumnElement[bool]:
    """As services.tasks.status_condition, on the Core table."""
    from fylink.domain.status import TaskStatus

    t = tables.task.c
    open_ = t.completed_on.is_(None)
    if status is TaskStatus.SIGNED_OFF:
        return t.signed_off_on.is_not(None)
    if status is TaskStatus.DONE:
        return t.completed_on.is_not(None) & t.signed_off_on.is_(None)
    if status is TaskStatus.OVERDUE:
        return open_ & (t.due_on < th.today)
    if status is TaskStatus.DUE_SOON:
        return open_ & (t.due_on >= th.today) & (t.due_on < th.soon_before)
    return open_ & (t.due_on >= th.soon_before)


def _task_conditions(
    connection: Connection, flt: "TaskFilter", th: "Thresholds"
) -> list[ColumnElement[bool]]:
    """As services.tasks._conditions, on the Core tables."""
    from fylink.domain.status import parse_source, parse_status
    from fylink.services.unit_names import find_unit_row

    t = tables.task.c
    conditions: list[ColumnElement[bool]] = []
    if flt.unit:
        unit_id = find_unit_row(connection, flt.unit).id
        lead = t.lead_unit_id == unit_id
        if flt.lead_only:
            conditions.append(lead)
        else:
            co_unit = tables.task_co_unit.c
            co = t.id.in_(select(co_unit.task_id).where(co_unit.unit_id == unit_id))
            conditions.append(or_(lead, co))
    if flt.status:
        conditions.append(_task_status_condition(parse_status(flt.status), th))
    if flt.source:
        conditions.append(t.source == parse_source(flt.source).value)
    if flt.meeting:  # task list --meeting (services.meeting_refs)
        from fylink.services.meeting_refs import meeting_row

        conditions.append(t.meeting_id == meeting_row(connection, flt.meeting).id)
    if flt.due_from:
        conditions.append(t.due_on >= flt.due_from)
    if flt.due_to:
        conditions.append(t.due_on <= flt.due_to)
    if flt.due_from and flt.due_to and flt.due_from > flt.due_to:
        raise InvalidInputError("完成时限的起始日期不能晚于截止日期")
    if flt.text:
        conditions.append(t.content.like(f"%{flt.text.strip()}%"))
    if flt.list_name:
        from fylink.services.list_lookup import find_list_row

        conditions.append(t.list_id == find_list_row(connection, flt.list_name).id)
    if flt.leader:
        # A namesake is stored as 姓名（单位简称）: the bare name finds every one of them.
        wanted = flt.leader.strip()
        conditions.append(
            or_(t.leader == wanted, t.leader.startswith(f"{wanted}（", autoescape=True))
        )
    return conditions


def _co_unit_labels(connection: Connection, task_ids: list[int]) -> dict[int, list[str]]:
    result: dict[int, list[str]] = {task_id: [] for task_id in task_ids}
    if not task_ids:
        return result
    co, u = tables.task_co_unit.c, tables.unit.c
    for task_id, name in connection.execute(
        select(co.task_id, func.coalesce(u.short_name, u.name))
        .join_from(tables.task_co_unit, tables.unit, u.id == co.unit_id)
        .where(co.task_id.in_(task_ids))
        .order_by(co.id)
    ):
        result[task_id].append(name)
    return result


def tasks(
    connection: Connection, *, flt: "TaskFilter", th: "Thresholds", limit: int, offset: int
) -> tuple[list[TaskRow], int]:
    """One page of tasks, most urgent first, and the number matching (as list_tasks)."""
    from fylink.domain.status import task_status

    if limit < 1 or offset < 0:
        raise InvalidInputError("每页条数应为正整数，页码应从1开始")
    t, u = tables.task, tables.unit
    conditions = _task_conditions(connection, flt, th)
    total = connection.execute(select(func.count()).select_from(t).where(*conditions)).scalar_one()
    # Open tasks by deadline (the overdue first), then finished ones: two index-ordered
    # queries, as list_tasks reads them.
    open_ = t.c.completed_on.is_(None)
    open_total = connection.execute(
        select(func.count()).select_from(t).where(*conditions, open_)
    ).scalar_one()
    label = func.coalesce(u.c.short_name, u.c.name).label("lead_label")

    def page(extra: ColumnElement[bool], skip: int, take: int) -> list[Any]:
        return list(
            connection.execute(
                select(t, label)
                .join_from(t, u, u.c.id == t.c.lead_unit_id)
                .where(*conditions, extra)
                .order_by(t.c.due_on, t.c.id)
                .limit(take)
                .offset(skip)
            )
        )

    rows: list[Any] = []
    if offset < open_total:
        rows = page(open_, offset, limit)
    if len(rows) < limit and total > open_total:
        rows += page(t.c.completed_on.is_not(None), max(0, offset - open_total), limit - len(rows))
    co = _co_unit_labels(connection, [row.id for row in rows])
    return [
        TaskRow(task=row, lead=row.lead_label, co=co[row.id], status=task_status(row, th))
        for row in rows
    ], total


# --- suggestions (services.suggestions.list_suggestions) ------------------------------------


def suggestions(
    connection: Connection,
    *,
    flt: "SuggestionFilter",
    th: "Thresholds",
    limit: int = 50,
    offset: int = 0,
) -> tuple[list[tuple[Any, str, "ReplyStatus"]], int]:
    """Unanswered first by reply due date, then the answered ones, newest first."""
    from sqlalchemy import case

    from fylink.services.suggestion_rules import (
        parse_kind,
        parse_status,
        reply_status,
        status_condition_on,
    )
    from fylink.services.unit_names import find_unit_row

    if limit < 1 or offset < 0:
        raise InvalidInputError("每页条数应为正整数，页码应从1开始")
    s, u = tables.suggestion, tables.unit
    conditions: list[ColumnElement[bool]] = []
    if flt.unit:
        conditions.append(s.c.unit_id == find_unit_row(connection, flt.unit).id)
    if flt.kind:
        conditions.append(s.c.kind == parse_kind(flt.kind))
    if flt.status:
        conditions.append(status_condition_on(s.c, parse_status(flt.status), th))
    if flt.year:
        conditions.append(s.c.received_on.between(date(flt.year, 1, 1), date(flt.year, 12, 31)))
    if flt.text:
        pattern = f"%{flt.text.strip()}%"
        conditions.append(or_(s.c.doc_no.like(pattern), s.c.summary.like(pattern)))
    total = connection.execute(select(func.count()).select_from(s).where(*conditions)).scalar_one()
    label = func.coalesce(u.c.short_name, u.c.name).label("unit_label")
    rows = connection.execute(
        select(s, label)
        .join_from(s, u, u.c.id == s.c.unit_id)
        .where(*conditions)
        .order_by(
            case((s.c.replied_on.is_(None), 0), else_=1),
            case((s.c.replied_on.is_(None), s.c.reply_due), else_=None),
            s.c.received_on.desc(),
            s.c.id.desc(),
        )
        .limit(limit)
        .offset(offset)
    )
    return [(row, row.unit_label, reply_status(row, th)) for row in rows], total


# --- meetings (services.meetings.list_meetings) ----------------------------------------------


@dataclass
class MeetingRow:
    """One row of ``meeting list``: the meeting (a Core row) and its decisions counted."""

    meeting: Any
    decisions: int
    open: int
    overdue: int


def meeting_label(meeting: Any) -> str:
    """联席会议2025年第3期 (as services.meetings.label)."""
    return f"{meeting.series}{meeting.year}年第{meeting.series_no}期"


def meetings(
    connection: Connection, *, th: "Thresholds", year: int | None = None, kind: str | None = None
) -> list[MeetingRow]:
    """Meetings, newest first, with their decisions counted in SQL."""
    from sqlalchemy import case

    m, t = tables.meeting, tables.task
    open_ = t.c.completed_on.is_(None) & t.c.id.is_not(None)
    overdue = open_ & (t.c.due_on < th.today)
    query = (
        select(
            m,
            func.count(t.c.id).label("n_decisions"),
            func.sum(case((open_, 1), else_=0)).label("n_open"),
            func.sum(case((overdue, 1), else_=0)).label("n_overdue"),
        )
        .join_from(m, t, t.c.meeting_id == m.c.id, isouter=True)
        .group_by(m.c.id)
        .order_by(m.c.held_on.desc(), m.c.id.desc())
    )
    if year is not None:
        query = query.where(m.c.year == year)
    if kind:
        query = query.where(or_(m.c.kind == kind.strip(), m.c.series == kind.strip()))
    # An item of several tasks counts once (its first task stands for it).
    query = query.where(t.c.id.is_(None) | t.c.item_id.is_(None) | (t.c.item_id == t.c.id))
    return [
        MeetingRow(
            meeting=row,
            decisions=row.n_decisions,
            open=int(row.n_open or 0),
            overdue=int(row.n_overdue or 0),
        )
        for row in connection.execute(query)
    ]


# --- persons (services.units.list_persons) ----------------------------------------------------


@dataclass(frozen=True)
class UnitName:
    """A person's unit as ``person list`` prints it (its full name)."""

    name: str


def persons(
    connection: Connection, *, unit: str | None = None, with_left: bool = False
) -> list[tuple[Any, Any]]:
    """The roster of persons by id; persons who left only ``with_left``."""
    from fylink.services.unit_names import find_unit_row

    p, u = tables.person, tables.unit
    query = select(p, u.c.name.label("unit_name")).join_from(
        p, u, p.c.unit_id == u.c.id, isouter=True
    )
    if not with_left:
        query = query.where(p.c.left_on.is_(None))
    if unit:
        query = query.where(p.c.unit_id == find_unit_row(connection, unit).id)
    return [
        (row, None if row.unit_name is None else UnitName(row.unit_name))
        for row in connection.execute(query.order_by(p.c.id))
    ]


# --- one unit (services.units.find_unit, former_names, renamed_note, merged_note …) -----------


def unit(connection: Connection, name: str) -> Any:
    """A unit (every column) by full name, short name, id or former name; unknown names
    answered as ``units.find_unit`` answers them."""
    from fylink.services.unit_names import find_unit_row

    unit_id = find_unit_row(connection, name).id
    return connection.execute(select(tables.unit).where(tables.unit.c.id == unit_id)).one()


def former_names(connection: Connection, unit_id: int) -> list[Any]:
    """A unit's former names, oldest first (as units.former_names)."""
    f = tables.unit_name
    return list(
        connection.execute(select(f).where(f.c.unit_id == unit_id).order_by(f.c.valid_until))
    )


def renamed_note(connection: Connection, *, wanted: str, unit: Any) -> str:
    """What to tell a clerk who named a unit by a former name (as units.renamed_note)."""
    from datetime import timedelta

    from fylink.services.unit_names import former_name

    row = former_name(connection, wanted, unit.id or 0)
    if row is None:
        return ""
    day = (row.valid_until + timedelta(days=1)).isoformat()
    return f"注意：“{wanted.strip()}”是曾用名，该单位自 {day} 起更名为“{unit.name}”"


def _unit_by_id(connection: Connection, unit_id: Any) -> Any:
    return connection.execute(select(tables.unit).where(tables.unit.c.id == unit_id)).first()


def _unit_name(connection: Connection, unit_id: Any) -> str:
    name = connection.execute(select(tables.unit.c.name).where(tables.unit.c.id == unit_id))
    found = name.scalar()
    return found if found is not None else str(unit_id)


def successor_name(connection: Connection, unit: Any) -> str | None:
    """The unit in being that holds ``unit``'s work now (as units.successor_name)."""
    if unit.merged_into_id is None:
        return None
    return _unit_name(connection, unit.merged_into_id)


def direct_successor_name(connection: Connection, unit: Any) -> str | None:
    """The unit named in ``unit``'s own merge (as units.direct_successor_name)."""
    unit_id = unit.direct_successor_id or unit.merged_into_id
    if unit_id is None:
        return None
    return _unit_name(connection, unit_id)


def merged_note(connection: Connection, unit: Any) -> str:
    """What to tell a clerk who named a merged unit, each merge of a chain told (as
    units.merged_note)."""
    from fylink.services.unit_names import merged_text

    text = merged_text(unit, lambda unit_id: _unit_by_id(connection, unit_id))
    return f"注意：{text}" if text else ""


def unit_case_counts(connection: Connection, unit_id: int) -> dict[str, int]:
    """Cases of a unit by category, counted in SQL (as units.unit_case_counts)."""
    c = tables.cases.c
    rows = connection.execute(
        select(c.category, func.count())
        .where(c.unit_id == unit_id)
        .group_by(c.category)
        .order_by(c.category)
    )
    # dict(rows) would take the Result for a mapping (it has .keys()).
    return dict(rows.all())


# --- one case (services.cases.case_detail, related_cases) -------------------------------------


@dataclass
class CaseDetail:
    """A case, its unit, its parties with their roles and its events (Core rows)."""

    case: Any
    unit: Any
    parties: list[tuple[Any, str]]
    events: list[Any]
    #: The number as typed when it was the case's number before a renumbering.
    renumbered_from: str | None = None


def reads_full_ids(connection: Connection) -> bool:
    """May this login read ``party.id_number``? (as cases.reads_full_ids)"""
    if connection.dialect.name != "postgresql":
        return True
    from sqlalchemy import text

    query = text("SELECT has_column_privilege('party', 'id_number', 'SELECT')")
    return bool(connection.execute(query).scalar())


def case_detail(connection: Connection, case_no: str) -> CaseDetail:
    """A case by its number as typed, or by a number it had before a renumbering (the
    detail says which); not found as ``cases.get_case`` says it."""
    c, u = tables.cases, tables.unit
    text = case_no.strip()
    candidates = {text, case_numbers.normalize_case_number(text), normalize_free_number(text)}
    case = connection.execute(select(c).where(c.c.case_no.in_(candidates))).first()
    renumbered_from = None
    if case is None:
        case = connection.execute(select(c).where(c.c.id == case_id(connection, text))).first()
        if case is None:  # renumbered, then removed
            raise NotFoundError(f"案件 {text} 不存在：用 fylink case list 查找")
        renumbered_from = text
    unit = connection.execute(select(u).where(u.c.id == case.unit_id)).one()
    p, cp = tables.party, tables.case_party
    if reads_full_ids(connection):
        id_number: Any = p.c.id_number
    else:  # a liaison's login on PostgreSQL reads the masked numbers (sql/roles.sql)
        from sqlalchemy import column
        from sqlalchemy import table as sa_table

        masked = sa_table("party_masked", column("id"), column("id_number"))
        id_number = (
            select(masked.c.id_number)
            .where(masked.c.id == p.c.id)
            .scalar_subquery()
            .label("id_number")
        )
    parties = [
        (row, row.role)
        for row in connection.execute(
            select(p.c.id, p.c.name, p.c.kind, p.c.id_kind, id_number, p.c.created_at, cp.c.role)
            .join_from(p, cp, cp.c.party_id == p.c.id)
            .where(cp.c.case_id == case.id)
            .order_by(cp.c.id)
        )
    ]
    e = tables.case_event
    events = list(
        connection.execute(
            select(e).where(e.c.case_id == case.id).order_by(e.c.occurred_on, e.c.id)
        )
    )
    return CaseDetail(
        case=case, unit=unit, parties=parties, events=events, renumbered_from=renumbered_from
    )


def related_cases(connection: Connection, case_id: int) -> list[tuple[Any, str]]:
    """The linked instances of a case: (case, 前审 / 后续) by filing date (as
    cases.related_cases)."""
    c, link = tables.cases, tables.case_link
    earlier = connection.execute(
        select(c).join_from(c, link, link.c.related_id == c.c.id).where(link.c.case_id == case_id)
    ).all()
    later = connection.execute(
        select(c).join_from(c, link, link.c.case_id == c.c.id).where(link.c.related_id == case_id)
    ).all()
    found = [(row, "前审") for row in earlier] + [(row, "后续") for row in later]
    return sorted(found, key=lambda item: (item[0].filed_on, item[0].case_no))


# --- one task (services.lookups.get_task, services.tasks.task_detail) -------------------------


@dataclass
class TaskDetail:
    """``task show``'s task and what it reads around it (Core rows; as tasks.TaskDetail)."""

    task: Any
    status: "TaskStatus"
    lead: Any
    co: list[Any]
    progress: list[Any]
    meeting: Any
    suggestion: Any
    deadline: Any
    notices: list[Any]
    list_name: str = ""
    series_closed_on: date | None = None


def _by_id(connection: Connection, table: Any, record_id: int) -> Any:
    return connection.execute(select(table).where(table.c.id == record_id)).first()


def task_row(connection: Connection, ref: str | int) -> Any:
    """A task by its number (12 or #12), refused as ``lookups.get_task`` refuses it."""
    from fylink.domain.values import is_record_id

    text = str(ref).strip().lstrip("#＃")
    if not (text.isascii() and text.isdigit()):
        raise InvalidInputError(f"任务编号“{ref}”应为数字，如 12（见 fylink task list）")
    task = _by_id(connection, tables.task, int(text)) if is_record_id(text) else None
    if task is None:
        raise NotFoundError(f"任务 {text} 不存在：用 fylink task list 查找")
    return task


def task_detail(
    connection: Connection, ref: str | int, *, th: "Thresholds", calendar: "WorkCalendar"
) -> TaskDetail:
    """As tasks.task_detail, query for query."""
    from fylink.domain.calendar import parse_deadline
    from fylink.domain.status import NoticeRef, notice_number, task_status

    t = tables.task
    task = task_row(connection, ref)
    lead = _by_id(connection, tables.unit, task.lead_unit_id)
    u, co_unit = tables.unit, tables.task_co_unit
    co = list(
        connection.execute(
            select(u)
            .join_from(u, co_unit, co_unit.c.unit_id == u.c.id)
            .where(co_unit.c.task_id == task.id)
            .order_by(co_unit.c.id)
        )
    )
    p = tables.task_progress
    progress = list(
        connection.execute(
            select(p).where(p.c.task_id == task.id).order_by(p.c.reported_on, p.c.id)
        )
    )
    n, item = tables.notice, tables.notice_item
    notices = [
        NoticeRef(
            stage=row.stage,
            issued_on=row.issued_on,
            number=notice_number(row),
            days_overdue=row.days_overdue,
            id=row.id or 0,
            reply_due=row.reply_due,
        )
        for row in connection.execute(
            select(n, item.c.days_overdue)
            .join_from(n, item, item.c.notice_id == n.c.id)
            .where(item.c.task_id == task.id)
            .order_by(n.c.issued_on, n.c.id)
        )
    ]
    if notices:
        r = tables.notice_reply
        replies: dict[int, list[tuple[date, str, str]]] = {seen.id: [] for seen in notices}
        for reply in connection.execute(
            select(r.c.notice_id, r.c.replied_on, r.c.summary, r.c.file_name)
            .where(r.c.notice_id.in_(list(replies)))
            .order_by(r.c.replied_on, r.c.id)
        ):
            replies[reply.notice_id].append((reply.replied_on, reply.summary, reply.file_name))
        for seen in notices:
            seen.replies = replies[seen.id]
    if task.due_rule and task.due_start is not None:
        deadline = parse_deadline(task.due_rule, start=task.due_start, calendar=calendar)
    else:
        deadline = parse_deadline(task.due_on.isoformat(), start=task.due_on, calendar=calendar)
    found_list = _by_id(connection, tables.double_list, task.list_id) if task.list_id else None
    series_closed_on = None
    if task.recurrence:
        first = _by_id(connection, t, task.item_id) if task.item_id else task
        series_closed_on = first.series_closed_on if first else None
    return TaskDetail(
        task=task,
        status=task_status(task, th),
        lead=lead,
        co=co,
        progress=progress,
        meeting=_by_id(connection, tables.meeting, task.meeting_id) if task.meeting_id else None,
        suggestion=(
            _by_id(connection, tables.suggestion, task.suggestion_id)
            if task.suggestion_id
            else None
        ),
        deadline=deadline,
        notices=notices,
        list_name=found_list.name if found_list else "",
        series_closed_on=series_closed_on,
    )


# --- one suggestion (services.lookups.get_suggestion, suggestions.suggestion_detail) ----------


@dataclass
class SuggestionDetail:
    """``suggestion show``'s suggestion and what it reads around it (Core rows)."""

    suggestion: Any
    unit: Any
    status: "ReplyStatus"
    deadline: Any
    cases: list[Any]
    tasks: list[Any]
    notices: list[Any]


def suggestion_row(connection: Connection, ref: str | int) -> Any:
    """By document number as typed (spaces ignored) or by id (as lookups.get_suggestion)."""
    from fylink.domain.values import is_record_id

    s = tables.suggestion
    text = str(ref).strip()
    candidates = {text, normalize_free_number(text)}
    found = connection.execute(select(s).where(s.c.doc_no.in_(candidates))).first()
    if found is None and is_record_id(text):
        found = _by_id(connection, s, int(text))
    if found is None:
        compact = text.replace(" ", "").replace("\u3000", "")
        found = connection.execute(
            select(s).where(func.replace(s.c.doc_no, " ", "") == compact)
        ).first()
    if found is None:
        raise NotFoundError(f"建议 {text} 不存在：用 fylink suggestion list 查找")
    return found


def suggestion_detail(
    connection: Connection, ref: str | int, *, th: "Thresholds", calendar: "WorkCalendar"
) -> SuggestionDetail:
    """As suggestions.suggestion_detail, query for query."""
    from fylink.domain.calendar import parse_deadline
    from fylink.domain.status import NoticeRef, notice_number
    from fylink.services.suggestion_rules import reply_status

    suggestion = suggestion_row(connection, ref)
    unit = _by_id(connection, tables.unit, suggestion.unit_id)
    c, link = tables.cases, tables.suggestion_case
    linked = list(
        connection.execute(
            select(c)
            .join_from(c, link, link.c.case_id == c.c.id)
            .where(link.c.suggestion_id == suggestion.id)
            .order_by(link.c.id)
        )
    )
    t = tables.task
    rectification = list(
        connection.execute(select(t).where(t.c.suggestion_id == suggestion.id).order_by(t.c.id))
    )
    n, item = tables.notice, tables.notice_item
    notices = [
        NoticeRef(
            stage=row.stage,
            issued_on=row.issued_on,
            number=notice_number(row),
            days_overdue=row.days_overdue,
        )
        for row in connection.execute(
            select(n, item.c.days_overdue)
            .join_from(n, item, item.c.notice_id == n.c.id)
            .where(item.c.suggestion_id == suggestion.id)
            .order_by(n.c.issued_on, n.c.id)
        )
    ]
    rule = suggestion.reply_due_rule or suggestion.reply_due.isoformat()
    deadline = parse_deadline(rule, start=suggestion.received_on, calendar=calendar)
    return SuggestionDetail(
        suggestion=suggestion,
        unit=unit,
        status=reply_status(suggestion, th),
        deadline=deadline,
        cases=linked,
        tasks=rectification,
        notices=notices,
    )
