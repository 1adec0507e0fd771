"""The 双清单 in spreadsheets: the task schema of the transfer engine.

A 双清单 has tens to a few thousand rows, so, like the unit schema, this one writes
row by row through the task services: every row is checked by
:func:`tasks.prepare_task` (the rules of ``fylink task add``) and written by
:func:`tasks.insert_task` or :func:`tasks.update_task`.

A sheet as offices keep it: a merged title and notes above the header; sections
("一、政府需法院支持事项", "二、法院需政府支持事项") as heading rows, each numbered from 1;
blank rows; notes under the table; 序号 written "1", "1." or "（1）" (all read as 1). The
section and 序号 are kept on each task (its place in the approved list).

The natural key: the 任务编号 column when the row has one; else the section and 序号
(序号 alone without sections, so keep it unique then, e.g. 2025-3); otherwise
牵头单位 + 任务内容 (the same content led by the same unit is the same task; a row
without 序号 also finds a stored task that has one). The export writes a task without
序号 as ``#任务编号`` (#12, the number ``task list`` shows), which the import reads
as that task and never stores as a 序号: so an export imports back unchanged even when
two tasks share their content (a 议定事项 and its 督办 twin). The 任务编号 column does
the same for every row.

进展情况 and 状态 are written by the export and ignored by the import.
"""

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, func, select

from fylink.domain.calendar import STANDING_RULE, WorkCalendar, parse_recurrence
from fylink.domain.lists import SECTION as _SECTION
from fylink.domain.lists import list_order, list_title, normalize_list_no
from fylink.domain.status import TaskSource, Thresholds, parse_source, task_status
from fylink.errors import ConflictError, FylinkError, InvalidInputError
from fylink.models import Task, TaskDraft, TaskProgress, Unit
from fylink.services import double_lists, journal, tasks
from fylink.services.tasks import PreparedTask, TaskFilter, TaskIn, UnitLookup
from fylink.transfer import engine
from fylink.transfer.engine import Change, Column, Item, Problem, RowReader
from fylink.transfer.sheets import Cell

COLUMNS: tuple[Column, ...] = (
    Column("序号", "list_no", aliases=("编号",), width=8),
    Column(
        "任务内容",
        "content",
        required=True,
        aliases=(
            "工作任务",
            "任务",
            "事项",
            "事项内容",
            "工作内容",
            "具体事项",
            "重点任务",
            "工作事项",
            "任务事项",
            "协调事项",
            "工作措施",
        ),
        width=48,
    ),
    Column("牵头单位", "lead", required=True, aliases=("责任单位", "牵头部门"), width=18),
    Column(
        "配合单位", "co", aliases=("配合部门", "协办单位", "协同单位", "配合责任单位"), width=24
    ),
    Column(
        "牵头领导",
        "leader",
        aliases=("责任领导", "分管领导", "牵头县领导", "牵头区领导", "牵头市领导", "责任人"),
        width=12,
    ),
    Column(
        "完成时限",
        "due",
        required=True,
        aliases=("完成时间", "时限", "时间节点", "完成期限", "时限要求", "完成时限要求"),
        width=14,
    ),
    Column("备注", "note", width=20),
    Column("来源", "source", aliases=("任务来源",), width=10),
    Column("进展情况", "progress", width=30),
    Column("状态", "status", width=8),
    Column("分类", "list_section", aliases=("类别", "清单分类"), width=20),
    Column("任务编号", "task_id", width=10),
)

DECISION_REFUSED = "议定事项须属于一次会议：请用 fylink meeting decide 添加"

#: Columns the export writes and the import ignores.
EXPORT_ONLY = frozenset({"progress", "status", "task_id"})

#: A note under (or inside) the table: 注：…, 说明：…, 填报说明…, 合计….
_NOTE = re.compile(r"^(?:注|说明|备注|填报|填表|合计|小计)")
#: What a key joins section and 序号 with.
_KEY_JOIN = "｜"


@dataclass
class TaskRecord:
    """One task as a row: units by label (简称 or 全称), the deadline as a date."""

    list_no: str
    content: str
    lead: str
    co: list[str]
    leader: str
    #: A date, or the office's words for a recurring (每季度末) or standing (长期坚持) item.
    due: date | str
    note: str
    source: str
    progress: str = ""
    status: str = ""
    task_id: int | None = None
    list_section: str = ""
    #: Part of an item of several tasks (an expanded lead, the occurrences).
    linked: bool = False
    #: The stored draft (拟定) this record is.
    draft_id: int | None = None
    #: The row's cells as read (import only; what a draft keeps).
    raw: dict[str, str] = field(default_factory=dict, repr=False)
    #: The validated row, ready to insert (import only).
    prepared: PreparedTask | None = field(default=None, repr=False)


_TASK_REF = re.compile(r"^[#＃](\d+)$")


def _task_ref(list_no: str) -> int | None:
    """12 for a 序号 cell "#12" (a task's number, as the export writes it)."""
    found = _TASK_REF.match(list_no.strip())
    return int(found.group(1)) if found else None


def _content_key(lead: str, content: str) -> str:
    return f"{lead}：{content}"


def _resolver(units: UnitLookup, name: str) -> Callable[[str], object]:
    """Resolve one name of a 配合单位 cell (the cell holds several; 各成员单位 is a group)."""
    return lambda _: units.expand(name) if units.is_group(name) else units.get(name)


class TaskSheet(engine.Schema[TaskRecord]):
    entity = "task"
    noun = "任务"
    title = "双清单"
    columns = COLUMNS
    key_field = "list_no"

    def __init__(
        self,
        *,
        calendar: WorkCalendar | None = None,
        today: date | None = None,
        start: date | None = None,
        th: Thresholds | None = None,
        groups: tasks.UnitGroups | None = None,
        list_name: str | None = None,
    ) -> None:
        self.calendar = calendar
        #: ``--list``: the 双清单 to import into (else the sheet's title row, else its year).
        self.list_name = list_name
        #: The 双清单 the rows are keyed in and written to (set by found_layout).
        self.choice: double_lists.ListChoice | None = None
        #: Contents of the recurring items this import added.
        self.recurring_added: set[str] = set()
        self.today = today
        self.start_day = start
        #: The start day was set to the list's year (a later year's list, no --start).
        self.started_at_year = False
        self.th = th
        self.groups = groups
        self.session: Session | None = None
        self.units: UnitLookup | None = None
        #: Keys made of 牵头单位 + 任务内容 (the others are 序号).
        self._content_keys: set[str] = set()
        #: The section of the rows read so far (its heading row came last).
        self.section = ""

    def start(self, session: Session) -> None:
        self.session = session
        self.units = UnitLookup(session, self.groups)

    def list_name_of(self, layout: engine.Layout) -> str | None:
        """``--list``, else the sheet's title row (2026年度府院联动双清单), else None."""
        return self.list_name or list_title(layout.preamble)

    @property
    def list_id(self) -> int | None:
        return self.choice.list_id if self.choice else None

    def found_layout(self, session: Session, layout: engine.Layout) -> list[str]:
        year = (self.start_day or self.today or date.today()).year
        self.choice = double_lists.choose_list(
            session=session, name=self.list_name_of(layout), year=year
        )
        today = self.today or date.today()
        if self.start_day is None and self.choice.year > today.year:
            # Next year's list imported in November: 每季度末 means its quarters, and a
            # rule (30日) counts from its first day.
            self.start_day = date(self.choice.year, 1, 1)
            self.started_at_year = True
        return []

    def list_note(self) -> str | None:
        """Which list the new rows went into, for the report."""
        if self.choice is None:
            return None
        note = f"新增的任务归入双清单：{self.choice.name}"
        if self.started_at_year:
            year = self.choice.year
            note += f"（{year}年度清单：按期和按日数的完成时限自{year}年1月1日起算）"
        return note

    def _use_list(self, session: Session) -> int | None:
        if self.choice is None:
            return None
        return double_lists.use_list(session=session, choice=self.choice).id

    def _layout_row(self, row: RowReader) -> None:
        """A section heading sets the section of the rows below it; a note is skipped."""
        values = {text.strip() for text in row.cells.values() if text.strip()}
        if len(values) != 1:
            return
        text = values.pop()
        if "lead" in row.cells and "due" in row.cells:
            return
        if _SECTION.match(text):
            self.section = " ".join(text.split())
            raise engine.SkipRow
        if _NOTE.match(text):
            raise engine.SkipRow

    def parse(self, row: RowReader) -> TaskRecord:
        assert self.session is not None
        assert self.units is not None
        assert self.calendar is not None
        assert self.today is not None
        units, calendar = self.units, self.calendar
        begin = self.start_day or self.today
        self._layout_row(row)
        row.required("content", "任务内容")
        row.required("lead", "牵头单位")
        row.required("due", "完成时限")
        # Cell by cell first (the helpers prepare_task uses), so a problem names its column.
        row.value("source", parse_source)
        row.value("lead", lambda text: None if units.is_group(text) else units.get(text))
        co_names = tasks.split_unit_names(row.text("co"))
        for name in co_names:
            row.value("co", _resolver(units, name))
        row.value("due", lambda text: _check_due(text, begin, calendar))
        row.value("task_id", _task_id_cell)
        if not row.ok:
            row.done()
        ref = _task_ref(row.text("list_no"))
        if ref is None and row.text("task_id"):
            ref = _task_id_cell(row.text("task_id"))
        section = " ".join(row.text("list_section").split()) or self.section
        list_no = "" if _task_ref(row.text("list_no")) is not None else row.text("list_no")
        list_no = normalize_list_no(list_no)
        source = row.text("source") or TaskSource.DOUBLE_LIST.value
        # A 议定事项 row (from an export) can only be one on file: a new one belongs to a
        # meeting (refused in insert). Checked by the other rules as it stands.
        decision = source.strip() == TaskSource.DECISION.value
        task_in = TaskIn(
            content=row.text("content"),
            lead=row.text("lead"),
            due=row.text("due"),
            co=co_names,
            leader=row.text("leader"),
            source=TaskSource.OTHER.value if decision else source,
            start=begin,
            list_no=list_no,
            note=row.text("note"),
            list_section=section,
            list_order=list_order(section, list_no),
        )
        prepared = row.check(
            tasks.prepare_task,
            session=self.session,
            task_in=task_in,
            calendar=calendar,
            today=self.today,
            units=units,
        )
        row.done()
        assert isinstance(prepared, PreparedTask)
        if decision:
            prepared.source = TaskSource.DECISION
        written_ref = _task_ref(row.text("list_no"))
        record = TaskRecord(
            list_no=f"#{written_ref}" if written_ref is not None else prepared.list_no,
            content=prepared.content,
            lead=prepared.lead_group or tasks.unit_label(prepared.lead),
            co=[tasks.unit_label(u) for u in prepared.co],
            leader=prepared.leader,
            due=_record_due(prepared),
            note=prepared.note,
            source=prepared.source.value,
            task_id=ref,
            list_section=prepared.list_section,
            prepared=prepared,
            raw={k: v for k, v in row.cells.items() if k not in EXPORT_ONLY},
        )
        if ref is None and not record.list_no:
            self._content_keys.add(self.key(record))
        return record

    def key(self, record: TaskRecord) -> str:
        if record.task_id is not None:
            return f"#{record.task_id}"
        if record.list_no:
            if record.list_section:
                return f"{record.list_section}{_KEY_JOIN}{record.list_no}"
            return record.list_no
        return _content_key(record.lead, record.content)

    def find(self, session: Session, keys: Sequence[str]) -> dict[str, TaskRecord]:
        by_content = [k for k in keys if k in self._content_keys]
        by_id = {ref: k for k in keys if (ref := _task_ref(k)) is not None}
        by_no: dict[tuple[str, str], str] = {}
        for k in keys:
            if k in self._content_keys or _task_ref(k) is not None:
                continue
            section, mark, number = k.rpartition(_KEY_JOIN)
            by_no[(section if mark else "", number)] = k
        label = func.coalesce(Unit.short_name, Unit.name)
        # An item of several tasks is found (and exported) as its first task.
        first = col(Task.item_id).is_(None) | (col(Task.item_id) == col(Task.id))
        found: dict[str, TaskRecord] = {}
        rows: list[tuple[Task, str]] = []

        def query(*where: Any) -> list[tuple[Task, str]]:
            return list(
                session.exec(
                    select(Task, label)
                    .join(Unit, col(Unit.id) == Task.lead_unit_id)
                    .where(first, *where)
                    .order_by(col(Task.id))
                )
            )

        # Section and 序号 within this list; content within it too, or among the tasks of
        # no list (added with task add, meeting decisions).
        in_list = col(Task.list_id) == self.list_id
        if by_no:
            rows += query(col(Task.list_no).in_(list({n for _, n in by_no})), in_list)
        if by_content:
            rows += query(
                col(Task.content).in_(list({k.partition("：")[2] for k in by_content})),
                in_list | col(Task.list_id).is_(None),
            )
        if by_id:
            rows += query(col(Task.id).in_(list(by_id)))
        wanted_content = set(by_content)
        for record in self._records(session, rows):
            content_key = _content_key(record.lead, record.content)
            if content_key in wanted_content:
                found.setdefault(content_key, record)
            no_key = by_no.get((record.list_section, record.list_no))
            if record.list_no and no_key is not None:
                found.setdefault(no_key, record)
            if record.task_id in by_id:
                found.setdefault(by_id[record.task_id], record)
        return found

    def _records(
        self, session: Session, rows: Sequence[tuple[Task, str]], *, with_progress: bool = False
    ) -> list[TaskRecord]:
        ids = [task.id for task, _ in rows if task.id is not None]
        co = tasks.co_unit_names(session=session, task_ids=ids)
        progress: dict[int, str] = {}
        if with_progress and ids:
            for task_id, note in session.exec(
                select(TaskProgress.task_id, TaskProgress.note)
                .where(col(TaskProgress.task_id).in_(ids))
                .order_by(col(TaskProgress.reported_on), col(TaskProgress.id))
            ):
                progress[task_id] = note  # the latest wins
        return [
            TaskRecord(
                list_no=task.list_no or ("" if task.list_section else f"#{task.id}"),
                content=task.content,
                lead=task.lead_group or lead,
                co=co.get(task.id or 0, []),
                leader=task.leader,
                due=_stored_due(task),
                note=task.note,
                source=task.source,
                progress=progress.get(task.id or 0, ""),
                status=task_status(task, self.th).value if self.th else "",
                task_id=task.id,
                list_section=task.list_section,
                linked=task.item_id is not None,
            )
            for task, lead in rows
        ]

    def cells(self, record: TaskRecord) -> dict[str, Cell]:
        return {
            "list_no": record.list_no,
            "content": record.content,
            "lead": record.lead,
            "co": "、".join(record.co),
            "leader": record.leader,
            "due": record.due,
            "note": record.note,
            "source": record.source,
            "progress": record.progress,
            "status": record.status,
            "list_section": record.list_section,
            "task_id": record.task_id,
        }

    def differences(self, old: TaskRecord, new: TaskRecord, fields: set[str]) -> list[str]:
        # The section comes from a heading row as often as from a cell.
        return super().differences(old, new, (fields | {"list_section"}) - EXPORT_ONLY)

    def insert(self, session: Session, items: list[Item[TaskRecord]]) -> list[Problem]:
        problems: list[Problem] = []
        for item in items:
            assert item.record.prepared is not None
            ref = item.record.task_id
            if ref is not None:
                missing = f"任务 {ref} 不存在：用 fylink task list 查找"
                field_name = "task_id" if "task_id" in item.fields else "list_no"
                problems.append((item.row, field_name, missing))
                continue
            if item.record.prepared.source is TaskSource.DECISION:
                problems.append((item.row, "source", DECISION_REFUSED))
                continue
            try:
                self.write_new(session, item)
            except FylinkError as exc:
                problems.append((item.row, exc.field, exc.message))
        return problems

    def write_new(self, session: Session, item: Item[TaskRecord]) -> None:
        assert item.record.prepared is not None
        item.record.prepared.list_id = self._use_list(session)
        if item.record.prepared.recurrence:
            self.recurring_added.add(item.record.prepared.content)
        tasks.insert_task(session=session, prepared=item.record.prepared)

    def update(self, session: Session, changes: list[Change[TaskRecord]]) -> list[Problem]:
        problems: list[Problem] = []
        if changes and self.choice is not None and self.choice.found is not None:
            self._use_list(session)  # a derived list is taken over by its named sheet
        for change in changes:
            assert change.old.task_id is not None
            assert change.new.prepared is not None
            try:
                tasks.update_item(
                    session=session,
                    task_id=change.old.task_id,
                    prepared=change.new.prepared,
                    fields=change.differences,
                )
            except FylinkError as exc:
                problems.append((change.row, exc.field, exc.message))
        return problems

    def records(self, session: Session, flt: TaskFilter) -> Iterator[TaskRecord]:
        assert self.th is not None
        conditions = tasks.filter_conditions(session=session, flt=flt, th=self.th)
        label = func.coalesce(Unit.short_name, Unit.name)
        first = col(Task.item_id).is_(None) | (col(Task.item_id) == col(Task.id))
        result = session.exec(
            select(Task, label)
            .join(Unit, col(Unit.id) == Task.lead_unit_id)
            .where(*conditions, first)
            .order_by(col(Task.list_order).is_(None), col(Task.list_order), col(Task.id))
            .execution_options(yield_per=engine.CHUNK_SIZE)
        )
        chunk: list[tuple[Task, str]] = []
        for row in result:
            chunk.append((row[0], row[1]))
            if len(chunk) >= engine.CHUNK_SIZE:
                yield from self._records(session, chunk, with_progress=True)
                chunk = []
        if chunk:
            yield from self._records(session, chunk, with_progress=True)


class DraftSheet(TaskSheet):
    """A 双清单 loaded as 拟定 (``task import --draft``): checked row by row like any import,
    kept as rows (:class:`TaskDraft`) — never chased, never counted — until
    :func:`approve_drafts` turns them into tasks. Re-importing updates the drafts by section
    and 序号 (or 牵头单位 + 任务内容)."""

    def differences(self, old: TaskRecord, new: TaskRecord, fields: set[str]) -> list[str]:
        # A draft keeps the cells as written (6月底 stays 6月底 until it is approved).
        return [
            c.field
            for c in self.columns
            if c.field not in EXPORT_ONLY
            and (c.field in fields or c.field in old.raw)
            and old.raw.get(c.field, "") != new.raw.get(c.field, "")
        ]

    def found_layout(self, session: Session, layout: engine.Layout) -> list[str]:
        # A draft without a name of its own goes into the approving meeting's year's list.
        name = self.list_name_of(layout)
        if name is None:
            return []
        return super().found_layout(session, layout)

    def find(self, session: Session, keys: Sequence[str]) -> dict[str, TaskRecord]:
        wanted = set(keys)
        found: dict[str, TaskRecord] = {}
        in_list = (
            col(TaskDraft.list_id).is_(None)
            if self.list_id is None
            else col(TaskDraft.list_id) == self.list_id
        )
        for draft in session.exec(select(TaskDraft).where(in_list).order_by(col(TaskDraft.id))):
            record = _draft_record(draft)
            key = self.key(record)
            if key in wanted:
                found.setdefault(key, record)
        return found

    def insert(self, session: Session, items: list[Item[TaskRecord]]) -> list[Problem]:
        problems: list[Problem] = []
        for item in items:
            if item.record.task_id is not None:
                problems.append(
                    (item.row, "task_id", "拟定清单不能按任务编号导入：请去掉任务编号列")
                )
                continue
            if item.record.prepared and item.record.prepared.source is TaskSource.DECISION:
                problems.append((item.row, "source", DECISION_REFUSED))
                continue
            now = datetime.now(UTC)
            journal.insert(
                session,
                TaskDraft(
                    list_section=item.record.list_section,
                    list_no=item.record.list_no,
                    list_order=list_order(item.record.list_section, item.record.list_no),
                    list_id=self._use_list(session),
                    cells=item.record.raw,
                    created_at=now,
                    updated_at=now,
                ),
            )
        return problems

    def update(self, session: Session, changes: list[Change[TaskRecord]]) -> list[Problem]:
        for change in changes:
            assert change.old.draft_id is not None
            draft = session.get(TaskDraft, change.old.draft_id)
            assert draft is not None
            journal.update(
                session, draft, {"cells": change.new.raw, "updated_at": datetime.now(UTC)}
            )
        return []


def _draft_record(draft: TaskDraft) -> TaskRecord:
    cells = dict(draft.cells or {})
    return TaskRecord(
        list_no=draft.list_no,
        content=cells.get("content", ""),
        lead=cells.get("lead", ""),
        co=tasks.split_unit_names(cells.get("co", "")),
        leader=cells.get("leader", ""),
        due=cells.get("due", ""),
        note=cells.get("note", ""),
        source=cells.get("source", TaskSource.DOUBLE_LIST.value),
        status="拟定",
        draft_id=draft.id,
        list_section=draft.list_section,
        raw=cells,
    )


@dataclass
class DraftRow:
    draft: TaskDraft
    record: TaskRecord


def list_drafts(*, session: Session) -> list[DraftRow]:
    """The 拟定 双清单, in its order (sections and 序号)."""
    drafts = session.exec(
        select(TaskDraft).order_by(
            col(TaskDraft.list_order).is_(None), col(TaskDraft.list_order), col(TaskDraft.id)
        )
    )
    return [DraftRow(draft, _draft_record(draft)) for draft in drafts]


def approve_drafts(
    *,
    session: Session,
    meeting: str,
    calendar: WorkCalendar,
    today: date,
    groups: tasks.UnitGroups | None = None,
) -> tuple[Any, list[Task], int]:
    """联席会议审定: every 拟定 row becomes a task (or the tasks of its item), approved by
    ``meeting``; a rule in 完成时限 counts from the meeting's date. All or nothing.

    Returns the meeting, the first task of each item, and how many tasks the meeting has
    approved in all (an item of several units or periods is several tasks)."""
    from fylink.services.lookups import find_meeting

    approving = find_meeting(session=session, ref=meeting)
    rows = list_drafts(session=session)
    if not rows:
        raise ConflictError("没有拟定的双清单事项：先用 fylink task import --draft 导入")
    units = UnitLookup(session, groups)
    created: list[Task] = []
    meeting_list: int | None = None
    for number, row in enumerate(rows, start=1):
        list_id = row.draft.list_id
        if list_id is None:
            if meeting_list is None:
                meeting_list = double_lists.resolve_list(
                    session=session, name=None, year=approving.held_on.year
                ).id
            list_id = meeting_list
        cells = row.draft.cells or {}
        place = (
            f"{row.draft.list_section}第{row.draft.list_no}项"
            if row.draft.list_no
            else (f"第{number}项")
        )
        try:
            prepared = tasks.prepare_task(
                session=session,
                task_in=TaskIn(
                    content=cells.get("content", ""),
                    lead=cells.get("lead", ""),
                    due=cells.get("due", ""),
                    co=tasks.split_unit_names(cells.get("co", "")),
                    leader=cells.get("leader", ""),
                    source=cells.get("source", "") or TaskSource.DOUBLE_LIST.value,
                    start=approving.held_on,
                    list_no=row.draft.list_no,
                    note=cells.get("note", ""),
                    list_section=row.draft.list_section,
                    list_order=row.draft.list_order,
                    approved_meeting_id=approving.id,
                    list_id=list_id,
                ),
                calendar=calendar,
                today=today,
                units=units,
            )
        except FylinkError as exc:
            raise InvalidInputError(f"拟定清单{place}：{exc.message}") from None
        created.append(tasks.insert_task(session=session, prepared=prepared))
        journal.delete(session, row.draft)
    total = session.exec(
        select(func.count()).select_from(Task).where(Task.approved_meeting_id == approving.id)
    ).one()
    return approving, created, int(total)


def _check_due(text: str, begin: date, calendar: WorkCalendar) -> None:
    """A 完成时限 cell: a recurring rule, 长期坚持, a date or a rule (an error names it)."""
    if parse_recurrence(text) is None:
        tasks.parse_due(text, start=begin, calendar=calendar)


def _task_id_cell(text: str) -> int:
    value = text.strip().lstrip("#＃")
    if not (value.isascii() and value.isdigit()):
        raise InvalidInputError(f"任务编号“{text}”应为数字，如 12")
    return int(value)


def _record_due(prepared: PreparedTask) -> date | str:
    if prepared.recurrence:
        return prepared.recurrence
    if prepared.deadline.rule == STANDING_RULE:
        return STANDING_RULE
    return prepared.deadline.due


def _stored_due(task: Task) -> date | str:
    if task.recurrence:
        return task.recurrence
    if task.due_rule == STANDING_RULE:
        return STANDING_RULE
    return task.due_on


def import_tasks(
    *,
    session: Session,
    path: Path,
    options: engine.ImportOptions,
    calendar: WorkCalendar,
    today: date,
    start: date | None = None,
    progress: engine.Progress | None = None,
    groups: tasks.UnitGroups | None = None,
    draft: bool = False,
    list_name: str | None = None,
) -> engine.ImportReport:
    """Import a 双清单; a rule in 完成时限 counts from ``start`` (default ``today``).

    ``draft``: load it as 拟定 (:class:`DraftSheet`) until a meeting approves it."""
    kind = DraftSheet if draft else TaskSheet
    schema = kind(calendar=calendar, today=today, start=start, groups=groups, list_name=list_name)
    try:
        report = engine.import_table(
            session=session, schema=schema, path=path, options=options, progress=progress
        )
    except engine.DryRunFinished as finished:
        if (note := schema.list_note()) and finished.report.created:
            finished.report.notes.insert(0, note)
        raise
    if (note := schema.list_note()) and report.created:
        report.notes.insert(0, note)
    for old in tasks.open_series_elsewhere(
        session=session, contents=schema.recurring_added, list_id=schema.list_id
    ):
        report.notes.append(
            f"任务 {old.id}（{old.content}，{old.recurrence}）属另一份双清单，仍在按期生成："
            f"如由本清单接续，请用 fylink task close {old.id} --remove-later 结束"
        )
    return report


def export_tasks(
    *, session: Session, path: Path, flt: TaskFilter, th: Thresholds, encoding: str = "utf-8"
) -> int:
    schema = TaskSheet(th=th)
    return engine.export_table(
        schema=schema, records=schema.records(session, flt), path=path, encoding=encoding
    )
