"""``fylink undo``: reverse every change one command made, as one new journaled command.

A command's journal rows share a ``command_id`` (the id of its first row, one command being
one transaction). Undo walks them newest first and restores each row's before image:

* an inserted row is deleted (the undo's journal row keeps the row as it is now, with a
  case's links to its parties, so an undo of the undo can put everything back);
* an updated row gets its changed columns back (columns equal in both images are left as
  they are now);
* a deleted row is inserted again, with its id, from its before image.

The undo's own changes are journaled like any other command's (insert/update/delete rows,
appended to the chain, which is never rewritten), so ``undo`` of an ``undo`` redoes.

Parties (当事人) an undone command created are kept: the journal holds their ID numbers only
masked, so a deleted party could not be put back by a redo; an unused party row is harmless.

Runs of the same action on the same table are applied with one statement per chunk, and the
command's journal rows are read and undone a batch at a time, each batch's own journal rows
appended before the next is read: an import of 100,000 cases is undone in a few hundred
statements, in memory that does not grow with the import.
"""

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from itertools import groupby
from typing import Any

from sqlalchemy import Date, DateTime, Table, and_, bindparam, delete, func, or_, select, update
from sqlmodel import Session, SQLModel

from fylink.db import insert_many
from fylink.errors import ConflictError, NotFoundError
from fylink.models import Journal
from fylink.services import journal

_JOURNAL: Table = Journal.__table__  # type: ignore[attr-defined]
#: Key of a deleted row's image that holds its parts (restored with it).
_PARTS_KEY = "parts"
#: Rows journaled only inside their parent's image (a task's co-units, a notice's items,
#: an imported case's party links): table -> [(part table, its column naming the parent)].
_PARTS = {
    "cases": [("case_party", "case_id"), ("project_case", "case_id")],
    "task": [("task_co_unit", "task_id")],
    "notice": [("notice_item", "notice_id")],
}
_CHUNK = 500
#: Journal rows read and undone at a time.
_BATCH = 5000
#: The journal row an undo ends with: action "undo" on entity "command" N (the one undone).
UNDO_ACTION = "undo"
UNDO_ENTITY = "command"
#: The journal's actions that changed a row (others are notes: nothing to reverse).
_CHANGES = ("insert", "update", "delete")
#: Entities an undo leaves in place (see the module's docstring).
_KEPT = frozenset({"party"})
#: Columns an undo never restores: set by the write path when the undo stores its change.
_SKIP = frozenset({"id", "updated_at"})
#: Columns the journal keeps only masked: never restored from an image.
_MASKED = {
    "party": frozenset({"id_number"}),
    "delivery": frozenset({"target"}),
    "notice_reply": frozenset({"file_data"}),
}
#: Rows whose file content lives only in the row, by the column that says one was there.
_FILES = {"notice_reply": ("file_size", "书面报送", "附件不在变更日志中，请重新登记")}


@dataclass(frozen=True)
class LaterCommand:
    command_id: int
    at: datetime
    actor: str
    command: str


@dataclass
class UndoResult:
    command_id: int
    at: datetime
    actor: str
    command: str
    #: (entity, what the undo does: 删除/恢复/还原) -> rows
    counts: dict[tuple[str, str], int] = field(default_factory=dict)
    #: Rows left in place (parties the command created).
    kept: dict[str, int] = field(default_factory=dict)
    dry_run: bool = False


@dataclass(frozen=True)
class _Step:
    id: int
    action: str
    entity: str
    entity_id: int | None
    case_id: int | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def last_command_id(*, session: Session) -> int | None:
    value = session.execute(select(_JOURNAL.c.command_id).order_by(_JOURNAL.c.id.desc()).limit(1))
    return value.scalar()


def undo(*, session: Session, command_id: int | None = None, dry_run: bool = False) -> UndoResult:
    """Reverse command ``command_id`` (the last command when None); see the module."""
    if command_id is None:
        command_id = last_command_id(session=session)
        if command_id is None:
            raise NotFoundError("没有可撤销的命令（变更日志为空，或只有早于撤销功能的记录）")
    head = session.execute(
        select(_JOURNAL.c.at, _JOURNAL.c.actor, _JOURNAL.c.command).where(
            _JOURNAL.c.id == command_id, _JOURNAL.c.command_id == command_id
        )
    ).first()
    if head is None:
        raise NotFoundError(f"没有第 {command_id} 号命令（命令号见 fylink log 的“命令号”一栏）")
    last_id = session.execute(
        select(func.max(_JOURNAL.c.id)).where(_JOURNAL.c.command_id == command_id)
    ).scalar_one()
    later = later_commands(session=session, command_id=command_id, last_id=last_id)
    if later:
        named = "；".join(
            f"第 {c.command_id} 号（{c.actor}：{c.command or '（无命令行）'}）" for c in later[:5]
        )
        more = f" 等 {len(later)} 条命令" if len(later) > 5 else ""
        raise ConflictError(
            f"不能撤销第 {command_id} 号命令：此后的命令改动了同一记录：{named}{more}；"
            "请先撤销这些命令"
        )
    result = UndoResult(
        command_id=command_id,
        at=head.at,
        actor=head.actor,
        command=head.command,
        dry_run=dry_run,
    )
    counts: Counter[tuple[str, str]] = Counter()
    kept: Counter[str] = Counter()
    # Newest first, a batch of journal rows at a time (memory stays flat however many rows
    # the command wrote: each batch is applied and its own journal rows appended before the
    # next is read); within a batch, each run of one action on one table in a few statements.
    for steps in _batches(session, command_id):
        entries: list[journal.Entry] = []
        for (action, entity), run in groupby(steps, key=lambda s: (s.action, s.entity)):
            items = list(run)
            if entity == UNDO_ENTITY or action not in _CHANGES:
                continue  # an undo's marker, or a note (an export, a 纪要 issued)
            if entity in _KEPT and action == "insert":
                kept[entity] += sum(_kept_count(s) for s in items)
                continue
            table = _table(entity)
            if action == "insert":
                counts[(entity, "删除")] += len(items)
                if not dry_run:
                    entries += _delete_rows(session, table, entity, items)
            elif action == "update":
                counts[(entity, "还原")] += len(items)
                if not dry_run:
                    entries += _restore_columns(session, table, entity, items)
            else:
                counts[(entity, "恢复")] += len(items)
                if not dry_run:
                    entries += _insert_rows(session, table, entity, items)
        if entries:
            journal.record_many(session, entries)
    if not dry_run:
        # A marker row: which command this one undid (an undone pair is no conflict later).
        marker = journal.Entry(action=UNDO_ACTION, entity=UNDO_ENTITY, entity_id=command_id)
        journal.record_many(session, [marker])
    result.counts = dict(counts)
    result.kept = dict(kept)
    return result


def later_commands(*, session: Session, command_id: int, last_id: int) -> list[LaterCommand]:
    """Commands after ``command_id`` that changed a row it changed (or a row of its cases)."""
    mine = _JOURNAL.alias("mine")
    later = _JOURNAL.alias("later")
    same_row = and_(
        mine.c.entity_id.is_not(None),
        later.c.entity == mine.c.entity,
        later.c.entity_id == mine.c.entity_id,
    )
    same_case = and_(mine.c.case_id.is_not(None), later.c.case_id == mine.c.case_id)
    ids: set[int] = set()
    for condition in (same_row, same_case):
        query = (
            select(later.c.command_id)
            .distinct()
            .select_from(later.join(mine, condition))
            .where(
                mine.c.command_id == command_id,
                mine.c.action.in_(_CHANGES),
                later.c.action.in_(_CHANGES),
                later.c.id > last_id,
                or_(later.c.command_id.is_(None), later.c.command_id != command_id),
            )
        )
        ids.update(session.execute(query).scalars())
    # A later command undone by a later undo (itself not undone) changed nothing in the end:
    # the pair is no conflict. Newest undo first, so that a redo keeps its command counted.
    markers = session.execute(
        select(_JOURNAL.c.command_id, _JOURNAL.c.entity_id)
        .where(
            _JOURNAL.c.id > last_id,
            _JOURNAL.c.action == UNDO_ACTION,
            _JOURNAL.c.entity == UNDO_ENTITY,
        )
        .order_by(_JOURNAL.c.id.desc())
    ).all()
    for undoing, undone in markers:
        if undoing in ids and undone in ids:
            ids -= {undoing, undone}
    if not ids:
        return []
    rows = session.execute(
        select(_JOURNAL.c.id, _JOURNAL.c.at, _JOURNAL.c.actor, _JOURNAL.c.command)
        .where(_JOURNAL.c.id.in_(sorted(i for i in ids if i is not None)))
        .order_by(_JOURNAL.c.id)
    ).all()
    return [LaterCommand(r.id, r.at, r.actor, r.command) for r in rows]


def _batches(session: Session, command_id: int) -> Iterator[list[_Step]]:
    """The command's journal rows, newest first, ``_BATCH`` at a time (by id: each batch
    is read after the previous one was applied, so the undo's own new rows, with higher
    ids and another command id, never come into it)."""
    before_id: int | None = None
    while True:
        query = select(
            _JOURNAL.c.id,
            _JOURNAL.c.action,
            _JOURNAL.c.entity,
            _JOURNAL.c.entity_id,
            _JOURNAL.c.case_id,
            _JOURNAL.c.before,
            _JOURNAL.c.after,
        ).where(_JOURNAL.c.command_id == command_id)
        if before_id is not None:
            query = query.where(_JOURNAL.c.id < before_id)
        rows = session.execute(query.order_by(_JOURNAL.c.id.desc()).limit(_BATCH)).all()
        if not rows:
            return
        yield [_Step(*row) for row in rows]
        before_id = rows[-1].id


def _kept_count(step: _Step) -> int:
    parties = (step.after or {}).get("parties")
    return len(parties) if isinstance(parties, list) and step.entity_id is None else 1


def _table(entity: str) -> Table:
    name = "cases" if entity == "case" else entity
    table = SQLModel.metadata.tables.get(name)
    if table is None:
        raise ConflictError(f"变更日志中的记录类型 {entity} 无法撤销")
    return table


def _chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _current(session: Session, table: Table, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    rows = session.execute(select(table).where(table.c.id.in_(ids))).mappings()
    return {row["id"]: journal.jsonable(dict(row)) for row in rows}


def _delete_rows(
    session: Session, table: Table, entity: str, steps: list[_Step]
) -> list[journal.Entry]:
    """Undo inserts: delete the rows; a case's links to parties go with it."""
    entries: list[journal.Entry] = []
    wanted = [s for s in steps if s.entity_id is not None]
    for chunk in _chunks(wanted):
        ids = [s.entity_id for s in chunk]
        images = _current(session, table, ids)
        for part_name, column in _PARTS.get(table.name, []):
            part = SQLModel.metadata.tables[part_name]
            for row in session.execute(select(part).where(part.c[column].in_(ids))).mappings():
                image = images.get(row[column])
                if image is not None:
                    parts = image.setdefault(_PARTS_KEY, {})
                    parts.setdefault(part_name, []).append(journal.jsonable(dict(row)))
            session.execute(delete(part).where(part.c[column].in_(ids)))
        _refuse_dependents(session, table, ids)
        session.execute(delete(table).where(table.c.id.in_(ids)))
        masked = _MASKED.get(entity, frozenset())
        for step in chunk:
            image = images.get(step.entity_id)
            if image is None:
                continue
            # What the journal keeps masked stays masked (as the insert's row had it).
            image |= {key: (step.after or {}).get(key) for key in masked}
            entries.append(
                journal.Entry(
                    action="delete",
                    entity=entity,
                    entity_id=step.entity_id,
                    case_id=step.case_id,
                    before=image,
                )
            )
    return entries


def _restore_columns(
    session: Session, table: Table, entity: str, steps: list[_Step]
) -> list[journal.Entry]:
    """Undo updates: the columns that changed get their before values back."""
    entries: list[journal.Entry] = []
    for chunk in _chunks(steps):
        ids = [s.entity_id for s in chunk if s.entity_id is not None]
        images = _current(session, table, ids)
        by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for step in chunk:
            image = images.get(step.entity_id)
            if image is None:
                continue
            before, after = step.before or {}, step.after or {}
            values = {
                key: before[key]
                for key in before
                if key in table.c
                and key not in _SKIP
                and key not in _MASKED.get(entity, ())
                and before[key] != after.get(key)
            }
            if not values:
                continue
            typed = _typed(table, values)
            columns = tuple(sorted(typed))
            by_columns.setdefault(columns, []).append({"_id": step.entity_id, **typed})
            restored = image | journal.jsonable(values)
            entries.append(
                journal.Entry(
                    action="update",
                    entity=entity,
                    entity_id=step.entity_id,
                    case_id=step.case_id,
                    before=image,
                    after=restored,
                )
            )
        for columns, params in by_columns.items():
            statement = (
                update(table)
                .where(table.c.id == bindparam("_id"))
                .values({c: bindparam(c) for c in columns})
            )
            if "updated_at" in table.c:
                statement = statement.values(updated_at=datetime.now(UTC))
            session.execute(statement, params)
    return entries


def _insert_rows(
    session: Session, table: Table, entity: str, steps: list[_Step]
) -> list[journal.Entry]:
    """Undo deletes: put the rows back with their ids (a case with its party links)."""
    entries: list[journal.Entry] = []
    rows: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    parts: dict[str, list[dict[str, Any]]] = {}
    for step in steps:
        image = dict(step.before or {})
        if any(image.get(key) for key in _MASKED.get(entity, ())):
            raise ConflictError(
                f"不能恢复 {entity} 记录 {step.entity_id}：变更日志中只存有其掩码信息"
            )
        if entity in _FILES and image.get(_FILES[entity][0]):
            _, label, why = _FILES[entity]
            raise ConflictError(f"不能恢复{label}（记录 {step.entity_id}）：{why}")
        for part_name, part_rows in (image.get(_PARTS_KEY) or {}).items():
            parts.setdefault(part_name, []).extend(part_rows)
        values = _typed(table, {k: v for k, v in image.items() if k in table.c})
        rows.setdefault(tuple(sorted(values)), []).append(values)
        entries.append(
            journal.Entry(
                action="insert",
                entity=entity,
                entity_id=step.entity_id,
                case_id=step.case_id,
                after=image,
            )
        )
    for group in rows.values():
        for chunk in _chunks(group):
            insert_many(session, table, chunk)
    for part_name, part_rows in parts.items():
        part = SQLModel.metadata.tables[part_name]
        for chunk in _chunks(part_rows):
            insert_many(session, part, [_typed(part, row) for row in chunk])
    return entries


def _refuse_dependents(session: Session, table: Table, ids: Sequence[int]) -> None:
    """Rows that still refer to rows about to be deleted (written by no journaled step of
    the command undone): refuse rather than lose them."""
    for child in SQLModel.metadata.sorted_tables:
        for key in child.foreign_keys:
            if key.column.table is not table:
                continue
            column = key.parent
            found = session.execute(
                select(func.count()).select_from(child).where(column.in_(ids))
            ).scalar_one()
            if found:
                raise ConflictError(
                    f"不能撤销：{found} 条 {child.name} 记录仍引用要删除的 {table.name} 记录"
                    "（由其他命令写入），请先撤销或删除它们"
                )


def _typed(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    """Journal images hold dates and times as ISO text: back to the column's type."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if isinstance(value, str):
            kind = _python_type(table, key)
            if kind is datetime:
                value = datetime.fromisoformat(value)
            elif kind is date:
                value = date.fromisoformat(value)
        out[key] = value
    return out


def _python_type(table: Table, key: str) -> type | None:
    kind = table.c[key].type
    kind = getattr(kind, "impl_instance", kind)  # a TypeDecorator: what it stores
    if isinstance(kind, DateTime):
        return datetime
    if isinstance(kind, Date):
        return date
    return None
