"""The 双清单 in spreadsheets: the task schema of the transfer engine.

A 双清单 has tens to a few thousand rows, so, like the unit schema, this one writes
row by row through the task services: every row is checked by
:func:`tasks.prepare_task` (the rules of ``fylink task add``) and written by
:func:`tasks.insert_task` or :func:`tasks.update_task`.

The natural key: the 序号 when the row has one (so keep 序号 unique across the
office's 双清单, e.g. 2025-3), otherwise 牵头单位 + 任务内容 (the same content led
by the same unit is the same task; a row without 序号 also finds a stored task
that has one). The export writes a task without 序号 as ``#任务编号`` (#12, the
number ``task list`` shows), which the import reads as that task and never
stores as a 序号: so an export imports back unchanged even when two tasks share
their content (a 议定事项 and its 督办 twin).

进展情况 and 状态 are written by the export and ignored by the import.
"""

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlmodel import Session, col, func, select

from fylink.domain.calendar import WorkCalendar
from fylink.domain.status import TaskSource, Thresholds, parse_source, task_status
from fylink.errors import FylinkError
from fylink.models import Task, TaskProgress, Unit
from fylink.services import tasks
from fylink.services.tasks import PreparedTask, TaskFilter, TaskIn, UnitLookup
from fylink.transfer import engine
from fylink.transfer.engine import Change, Column, Item, Problem, RowReader
from fylink.transfer.sheets import Cell

COLUMNS: tuple[Column, ...] = (
    Column("序号", "list_no", aliases=("编号",), width=8),
    Column("任务内容", "content", required=True, aliases=("工作任务", "任务", "事项"), width=48),
    Column("牵头单位", "lead", required=True, aliases=("责任单位",), width=18),
    Column("配合单位", "co", width=24),
    Column("牵头领导", "leader", aliases=("责任领导", "分管领导"), width=12),
    Column("完成时限", "due", required=True, aliases=("完成时间", "时限"), width=14),
    Column("备注", "note", width=20),
    Column("来源", "source", aliases=("任务来源",), width=10),
    Column("进展情况", "progress", width=30),
    Column("状态", "status", width=8),
)

DECISION_REFUSED = "议定事项须属于一次会议：请用 fylink meeting decide 添加"

#: Columns the export writes and the import ignores.
EXPORT_ONLY = frozenset({"progress", "status"})


@dataclass
class TaskRecord:
    """One task as a row: units by label (简称 or 全称), the deadline as a date."""

    list_no: str
    content: str
    lead: str
    co: list[str]
    leader: str
    due: date
    note: str
    source: str
    progress: str = ""
    status: str = ""
    task_id: int | None = None
    #: The validated row, ready to insert (import only).
    prepared: PreparedTask | None = field(default=None, repr=False)


_TASK_REF = re.compile(r"^[#＃](\d+)$")


def _task_ref(list_no: str) -> int | None:
    """12 for a 序号 cell "#12" (a task's number, as the export writes it)."""
    found = _TASK_REF.match(list_no.strip())
    return int(found.group(1)) if found else None


def _content_key(lead: str, content: str) -> str:
    return f"{lead}：{content}"


def _resolver(units: UnitLookup, name: str) -> Callable[[str], Unit]:
    """Resolve one name of a 配合单位 cell (the cell holds several)."""
    return lambda _: units.get(name)


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
    ) -> None:
        self.calendar = calendar
        self.today = today
        self.start_day = start
        self.th = th
        self.session: Session | None = None
        self.units: UnitLookup | None = None
        #: Keys made of 牵头单位 + 任务内容 (the others are 序号).
        self._content_keys: set[str] = set()

    def start(self, session: Session) -> None:
        self.session = session
        self.units = UnitLookup(session)

    def parse(self, row: RowReader) -> TaskRecord:
        assert self.session is not None
        assert self.units is not None
        assert self.calendar is not None
        assert self.today is not None
        units, calendar = self.units, self.calendar
        begin = self.start_day or self.today
        row.required("content", "任务内容")
        row.required("lead", "牵头单位")
        row.required("due", "完成时限")
        # Cell by cell first (the helpers prepare_task uses), so a problem names its column.
        row.value("source", parse_source)
        row.value("lead", units.get)
        co_names = tasks.split_unit_names(row.text("co"))
        for name in co_names:
            row.value("co", _resolver(units, name))
        row.value("due", lambda text: tasks.parse_due(text, start=begin, calendar=calendar))
        if not row.ok:
            row.done()
        ref = _task_ref(row.text("list_no"))
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
            list_no="" if ref is not None else row.text("list_no"),
            note=row.text("note"),
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
        record = TaskRecord(
            list_no=f"#{ref}" if ref is not None else prepared.list_no,
            content=prepared.content,
            lead=tasks.unit_label(prepared.lead),
            co=[tasks.unit_label(u) for u in prepared.co],
            leader=prepared.leader,
            due=prepared.deadline.due,
            note=prepared.note,
            source=prepared.source.value,
            prepared=prepared,
        )
        if not record.list_no:
            self._content_keys.add(self.key(record))
        return record

    def key(self, record: TaskRecord) -> str:
        return record.list_no or _content_key(record.lead, record.content)

    def differences(self, old: TaskRecord, new: TaskRecord, fields: set[str]) -> list[str]:
        return super().differences(old, new, fields - EXPORT_ONLY)

    def find(self, session: Session, keys: Sequence[str]) -> dict[str, TaskRecord]:
        by_content = [k for k in keys if k in self._content_keys]
        by_id = {ref: k for k in keys if (ref := _task_ref(k)) is not None}
        by_no = [k for k in keys if k not in self._content_keys and _task_ref(k) is None]
        label = func.coalesce(Unit.short_name, Unit.name)
        found: dict[str, TaskRecord] = {}
        rows: list[tuple[Task, str]] = []
        if by_no:
            rows += list(
                session.exec(
                    select(Task, label)
                    .join(Unit, col(Unit.id) == Task.lead_unit_id)
                    .where(col(Task.list_no).in_(by_no))
                    .order_by(col(Task.id))
                )
            )
        if by_content:
            contents = list({k.partition("：")[2] for k in by_content})
            rows += list(
                session.exec(
                    select(Task, label)
                    .join(Unit, col(Unit.id) == Task.lead_unit_id)
                    .where(col(Task.content).in_(contents))
                    .order_by(col(Task.id))
                )
            )
        if by_id:
            rows += list(
                session.exec(
                    select(Task, label)
                    .join(Unit, col(Unit.id) == Task.lead_unit_id)
                    .where(col(Task.id).in_(list(by_id)))
                    .order_by(col(Task.id))
                )
            )
        wanted_content = set(by_content)
        for record in self._records(session, rows):
            content_key = _content_key(record.lead, record.content)
            if content_key in wanted_content:
                found.setdefault(content_key, record)
            if record.list_no and record.list_no in by_no:
                found.setdefault(record.list_no, record)
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
                list_no=task.list_no or f"#{task.id}",
                content=task.content,
                lead=lead,
                co=co.get(task.id or 0, []),
                leader=task.leader,
                due=task.due_on,
                note=task.note,
                source=task.source,
                progress=progress.get(task.id or 0, ""),
                status=task_status(task, self.th).value if self.th else "",
                task_id=task.id,
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
        }

    def insert(self, session: Session, items: list[Item[TaskRecord]]) -> list[Problem]:
        problems: list[Problem] = []
        for item in items:
            assert item.record.prepared is not None
            ref = _task_ref(item.record.list_no)
            if ref is not None:
                missing = f"任务 {ref} 不存在：用 fylink task list 查找"
                problems.append((item.row, "list_no", missing))
                continue
            if item.record.prepared.source is TaskSource.DECISION:
                problems.append((item.row, "source", DECISION_REFUSED))
                continue
            try:
                tasks.insert_task(session=session, prepared=item.record.prepared)
            except FylinkError as exc:
                problems.append((item.row, exc.field, exc.message))
        return problems

    def update(self, session: Session, changes: list[Change[TaskRecord]]) -> list[Problem]:
        problems: list[Problem] = []
        for change in changes:
            assert change.old.task_id is not None
            assert change.new.prepared is not None
            try:
                tasks.update_task(
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
        result = session.exec(
            select(Task, label)
            .join(Unit, col(Unit.id) == Task.lead_unit_id)
            .where(*conditions)
            .order_by(col(Task.id))
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


def import_tasks(
    *,
    session: Session,
    path: Path,
    options: engine.ImportOptions,
    calendar: WorkCalendar,
    today: date,
    start: date | None = None,
    progress: engine.Progress | None = None,
) -> engine.ImportReport:
    """Import a 双清单; a rule in 完成时限 counts from ``start`` (default ``today``)."""
    schema = TaskSheet(calendar=calendar, today=today, start=start)
    return engine.import_table(
        session=session, schema=schema, path=path, options=options, progress=progress
    )


def export_tasks(
    *, session: Session, path: Path, flt: TaskFilter, th: Thresholds, encoding: str = "utf-8"
) -> int:
    schema = TaskSheet(th=th)
    return engine.export_table(
        schema=schema, records=schema.records(session, flt), path=path, encoding=encoding
    )
