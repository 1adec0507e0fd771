"""Spreadsheet import and export: one engine, one schema per kind of record.

A :class:`Schema` says how one kind of record (cases, units, and later tasks and
suggestions) looks in a spreadsheet: its columns (header ↔ field), how a row
is parsed and checked — by the same service rules the commands use —, its
natural key, how records are found by key, inserted and updated in bulk, and
how a record is written back as a row. The engine does the rest, the same for
every kind:

- reads the file lazily (:mod:`fylink.transfer.sheets`), finds the header row among the
  first rows, matches headers tolerantly (spaces, full-width forms, aliases) or
  through a mapping (their header → ours);
- works in chunks: parse and check every row, find duplicates within the file
  (a temporary table, so memory stays flat), look up the chunk's keys in the
  database with one query, and hand new and changed records to the schema in
  bulk;
- reports every bad row with its row number as Excel shows it, the column and
  the reason; writes nothing unless every row is good (or ``skip_invalid``);
  is idempotent: a row equal to the stored record is "unchanged", a differing
  one is updated only with ``update``; empty cells never overwrite;
- exports with the same headers, streamed, so an export imports back unchanged.
"""

import re
import unicodedata
from abc import ABC, abstractmethod
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import closing, suppress
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any, Generic, TypeVar

from sqlalchemy import Column as SAColumn
from sqlalchemy import Integer, MetaData, String, Table, select
from sqlmodel import Session

from fylink.db import insert_many
from fylink.errors import FylinkError, InvalidInputError, NotFoundError
from fylink.transfer import sheets
from fylink.transfer.sheets import Cell, cell_text, column_letter

#: How many rows are checked, looked up and written together.
CHUNK_SIZE = 1000
#: Rows searched for the header (title rows above it are common in 台账).
HEADER_SEARCH_ROWS = 10
#: Files from this size on are read and checked in a second process (where the
#: platform can fork one) while this one writes the rows checked before.
PARALLEL_MIN_BYTES = 1_000_000
#: The column the error copy adds; ignored when such a copy is imported again.
ERROR_HEADER = "错误"
#: Columns ignored without a remark: the error copy's, and the row numbers most 台账 have.
_QUIET_HEADERS = frozenset({"错误", "序号"})

R = TypeVar("R")


@dataclass(frozen=True)
class Column:
    """One spreadsheet column: its header as exported, the field it fills."""

    header: str
    field: str
    required: bool = False
    #: Other headers offices use for it (matched as tolerantly as ``header``).
    aliases: tuple[str, ...] = ()
    #: Column width in an exported .xlsx.
    width: int = 14


_NOTE = re.compile(r"\([^()]*\)")


def normalize_header(text: str) -> str:
    """Compare headers without caring for spaces, full-width forms, case, a * mark or a note
    in brackets (是否开庭（是/否）, 原告（申请人）) — except a unit of 万, which changes the
    meaning of the numbers below it (标的金额（万元） is not 标的金额)."""
    folded = "".join(unicodedata.normalize("NFKC", text).split()).replace("*", "")
    folded = _NOTE.sub(lambda m: m.group(0) if "万" in m.group(0) else "", folded)
    return folded.casefold()


# --- rows -------------------------------------------------------------------------


class RowInvalid(Exception):
    """The problems of one row, each (field or None, message)."""

    def __init__(self, problems: list[tuple[str | None, str]]) -> None:
        super().__init__(problems)
        self.problems = problems


class SkipRow(Exception):
    """Raised by :meth:`Schema.parse` for a row that is not a record: a section heading
    (一、政府需法院支持事项) or a note under the table. The row is neither written nor an error."""


class RowReader:
    """One row's non-empty cells by field, for :meth:`Schema.parse`.

    Parsing a cell through :meth:`value` or running a rule through :meth:`check`
    collects the problem instead of stopping at the first, so one pass over a
    row reports every bad cell; :meth:`done` raises them all.
    """

    def __init__(self, cells: dict[str, str]) -> None:
        self.cells = cells
        self.problems: list[tuple[str | None, str]] = []

    def __contains__(self, field_name: str) -> bool:
        return field_name in self.cells

    def text(self, field_name: str) -> str:
        return self.cells.get(field_name, "")

    def required(self, field_name: str, label: str) -> str:
        value = self.cells.get(field_name, "")
        if not value:
            self.problems.append((field_name, f"{label}不能为空"))
        return value

    def value(self, field_name: str, parse: Callable[[str], Any]) -> Any:
        """``parse`` the cell (None when empty or bad; a bad one is recorded)."""
        raw = self.cells.get(field_name)
        if not raw:
            return None
        try:
            return parse(raw)
        except FylinkError as exc:
            self.problems.append((exc.field or field_name, exc.message))
            return None

    def check(self, rule: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a service rule; its error (tagged with a field) is recorded."""
        try:
            return rule(*args, **kwargs)
        except FylinkError as exc:
            self.problems.append((exc.field, exc.message))
            return None

    @property
    def ok(self) -> bool:
        return not self.problems

    def done(self) -> None:
        if self.problems:
            raise RowInvalid(self.problems)


@dataclass
class Item(Generic[R]):
    """A parsed row: new record to insert."""

    row: int
    record: R
    #: Fields whose cells were not empty.
    fields: set[str]


@dataclass
class Change(Generic[R]):
    """A parsed row whose key is on file and whose content differs."""

    row: int
    old: R
    new: R
    fields: set[str]
    #: Fields that differ (in column order).
    differences: list[str]


#: A problem a schema found while writing: (row, field or None, message).
Problem = tuple[int, str | None, str]


class Schema(ABC, Generic[R]):
    """What the engine needs to know about one kind of record.

    ``R`` is the schema's record type: whatever holds one row's worth of data
    (a model plus the names it refers to). :meth:`parse` makes one from a row,
    :meth:`find` from the database, and :meth:`cells` turns either into a row,
    so comparing a row with its stored record and exporting use one formatter.
    """

    #: Journal entity ("case") and the noun for people ("案件").
    entity: str
    noun: str
    #: Worksheet title of an exported .xlsx.
    title: str
    columns: tuple[Column, ...]
    #: The field holding the natural key (案号, 单位名称, …).
    key_field: str

    def start(self, session: Session) -> None:
        """Load what parsing needs once (e.g. the roster), before the first row."""

    def found_layout(self, session: Session, layout: "Layout") -> list[str]:
        """The header was found (``layout.preamble`` holds the rows above it): called
        in this process before any row is looked up or written; returns notes for the
        report."""
        return []

    @abstractmethod
    def parse(self, row: RowReader) -> R:
        """Check one row by the service rules and build its record.

        Record every problem in ``row`` (its :meth:`RowReader.value` and
        :meth:`RowReader.check` do) and end with ``row.done()``. No per-row
        queries: use what :meth:`start` loaded.
        """

    @abstractmethod
    def key(self, record: R) -> str:
        """The natural key, normalized as stored."""

    @abstractmethod
    def find(self, session: Session, keys: Sequence[str]) -> dict[str, R]:
        """The stored records for these keys (one query, or a few, per chunk)."""

    @abstractmethod
    def cells(self, record: R) -> dict[str, Cell]:
        """The record as a row, by field (export and comparison)."""

    def differences(self, old: R, new: R, fields: set[str]) -> list[str]:
        """Fields among ``fields`` (the row's non-empty cells) where ``new`` differs."""
        before, after = self.cells(old), self.cells(new)
        return [
            c.field
            for c in self.columns
            if c.field in fields and cell_text(before.get(c.field)) != cell_text(after.get(c.field))
        ]

    @abstractmethod
    def insert(self, session: Session, items: list[Item[R]]) -> list[Problem]:
        """Insert new records, journaled; return the problems of rows refused.

        Checks that need the database (a conflicting ID number, a duplicate short
        name, …) happen here, before any write; refused rows are not written.
        """

    @abstractmethod
    def update(self, session: Session, changes: list[Change[R]]) -> list[Problem]:
        """Apply changed cells to stored records, journaled (before/after)."""

    def notes(self) -> list[str]:
        """Remarks for the report once all rows are read (e.g. masked IDs met).

        Called where the rows were parsed (which may be a second process): remarks
        about what :meth:`parse` saw, not about what was written."""
        return []

    def export_row(self, record: R) -> list[Cell]:
        values = self.cells(record)
        return [values.get(c.field) for c in self.columns]

    def column(self, field_name: str | None) -> Column | None:
        return column_of(self.columns, field_name)


def column_of(columns: Sequence[Column], field_name: str | None) -> Column | None:
    for column in columns:
        if column.field == field_name:
            return column
    return None


# --- layout -------------------------------------------------------------------------


@dataclass
class Layout:
    header_row: int
    #: field → index of its column in the file
    positions: dict[str, int]
    #: field → header as written in the file
    headers: dict[str, str]
    ignored: list[str]
    width: int
    #: The rows above the header as text (a merged title, notes), top to bottom.
    preamble: list[str] = field(default_factory=list)

    def column_label(self, field_name: str | None, columns: Sequence[Column]) -> str:
        if field_name is None:
            return ""
        if field_name in self.positions:
            letter = column_letter(self.positions[field_name])
            return f"{self.headers[field_name]}（{letter}列）"
        column = column_of(columns, field_name)
        return column.header if column else ""


def resolve_mapping(
    columns: Sequence[Column], noun: str, mapping: dict[str, str]
) -> dict[str, str]:
    """{their header: our header} → {normalized their header: field}; refuse unknown targets."""
    ours = _header_index(columns)
    resolved: dict[str, str] = {}
    for theirs, target in mapping.items():
        field_name = ours.get(normalize_header(str(target)))
        if field_name is None:
            choices = "、".join(c.header for c in columns)
            raise InvalidInputError(
                f"列对应“{theirs}={target}”有误：“{target}”不是{noun}表的列，可选：{choices}"
            )
        resolved[normalize_header(str(theirs))] = field_name
    return resolved


def _header_index(columns: Sequence[Column]) -> dict[str, str]:
    index: dict[str, str] = {}
    for column in columns:
        for name in (column.header, *column.aliases):
            index.setdefault(normalize_header(name), column.field)
    return index


def _match_row(
    values: list[str], columns: Sequence[Column], mapping: dict[str, str], file_name: str
) -> Layout:
    ours = _header_index(columns)
    positions: dict[str, int] = {}
    headers: dict[str, str] = {}
    ignored: list[str] = []
    for index, raw in enumerate(values):
        key = normalize_header(raw)
        if not key:
            continue
        field_name = mapping.get(key) or ours.get(key)
        if field_name is None:
            if key not in _QUIET_HEADERS:
                ignored.append(raw.strip())
            continue
        if field_name in positions:
            first = column_letter(positions[field_name])
            raise InvalidInputError(
                f"{file_name} 的{first}列“{headers[field_name]}”和{column_letter(index)}列"
                f"“{raw.strip()}”都对应“{column_of(columns, field_name).header}”"  # type: ignore[union-attr]
                "：请删去一列，或用 --map 指明"
            )
        positions[field_name] = index
        headers[field_name] = raw.strip()
    width = max((i + 1 for i, v in enumerate(values) if v.strip()), default=0)
    return Layout(0, positions, headers, ignored, width)


def find_layout(
    rows: Iterator[tuple[int, list[str]]],
    columns: Sequence[Column],
    noun: str,
    mapping: dict[str, str],
    file_name: str,
    *,
    mappable: bool = True,
) -> tuple[Layout, Iterator[tuple[int, list[str]]]]:
    """Find the header row among the first rows; return it and the rows after it.

    ``mappable``: the command offers --map, so the messages suggest it."""
    scanned: list[tuple[int, list[str]]] = []
    best: Layout | None = None
    required = [c for c in columns if c.required]
    for number, values in rows:
        scanned.append((number, values))
        if any(v.strip() for v in values):
            layout = _match_row(values, columns, mapping, file_name)
            layout.header_row = number
            if all(c.field in layout.positions for c in required):
                layout.preamble = [
                    "".join(v.strip() for v in above)
                    for n, above in scanned
                    if n < number and any(v.strip() for v in above)
                ]
                rest = (r for r in scanned if r[0] > number)
                return layout, chain(rest, rows)
            if best is None or len(layout.positions) > len(best.positions):
                best = layout
        if len(scanned) >= HEADER_SEARCH_ROWS:
            break
    if best is None or not best.positions:
        if not scanned:
            raise InvalidInputError(f"{file_name} 是空表：没有表头，也没有数据")
        expected = "、".join(c.header for c in required)
        hint = f"；其他表头请用 --map 原表头={required[0].header} 对应" if mappable else ""
        raise InvalidInputError(
            f"{file_name} 的前{HEADER_SEARCH_ROWS}行中找不到{noun}表的表头"
            f"（应有 {expected} 等列）{hint}"
        )
    missing = "、".join(c.header for c in required if c.field not in best.positions)
    hint = f"；表头不同时请用 --map 原表头={missing.split('、')[0]} 对应" if mappable else ""
    raise InvalidInputError(
        f"{file_name} 缺少必需的列：{missing}（表头在第{best.header_row}行）{hint}"
    )


# --- the import -----------------------------------------------------------------------


@dataclass(frozen=True)
class RowError:
    row: int
    column: str
    message: str
    #: Index of the column in the file (for ordering), -1 when none applies.
    position: int = field(default=-1, compare=False)

    def __str__(self) -> str:
        where = f"第{self.row}行 {self.column}" if self.column else f"第{self.row}行"
        return f"{where}：{self.message}"


@dataclass
class ImportOptions:
    #: Update stored records whose cells differ (otherwise they are only counted).
    update: bool = False
    #: Write the good rows even when others are bad.
    skip_invalid: bool = False
    #: Check everything, write nothing.
    dry_run: bool = False
    sheet: str | None = None
    #: {their header: our header}
    mapping: dict[str, str] = field(default_factory=dict)
    chunk_size: int = CHUNK_SIZE
    #: Read and check the rows in a second process: None decides by the file's size.
    parallel: bool | None = None


@dataclass
class ImportReport:
    file: str
    sheet: str | None = None
    encoding: str | None = None
    header_row: int = 0
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    #: On file with other content, not updated (no ``update`` option).
    differing: int = 0
    invalid: int = 0
    errors: list[RowError] = field(default_factory=list)
    differing_keys: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    written: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "sheet": self.sheet,
            "encoding": sheets.encoding_name(self.encoding) or None,
            "header_row": self.header_row,
            "rows": self.rows,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "differing": self.differing,
            "invalid": self.invalid,
            "written": self.written,
            "errors": [
                {"row": e.row, "column": e.column, "message": e.message} for e in self.errors
            ],
            "differing_keys": self.differing_keys,
            "ignored_columns": self.ignored_columns,
            "notes": self.notes,
        }


class ImportRejected(InvalidInputError):
    """Bad rows and no ``skip_invalid``: the transaction must roll back."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__(
            f"{report.invalid} 行有误，未导入任何数据：修正后重新导入，"
            "或加 --skip-invalid 只导入无误的行"
        )
        self.report = report


class DryRunFinished(Exception):
    """``dry_run``: everything was checked; raised so the transaction rolls back."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__("dry run")
        self.report = report


#: progress(done, total) in the unit of the table's size (rows or bytes)
Progress = Callable[[int, int], None]

_DIFFERING_SHOWN = 20


def import_table(
    *,
    session: Session,
    schema: Schema[Any],
    path: Path,
    options: ImportOptions,
    progress: Progress | None = None,
) -> ImportReport:
    """Import ``path`` in one transaction (the caller's); see the module docstring.

    The rows are read and checked a chunk at a time (:func:`_read`), in this process or,
    for a large file, in a forked one that checks the next chunk while this one writes
    the last; either way the chunks arrive here in order and are written the same way.

    Raises :class:`ImportRejected` when rows are bad (unless ``skip_invalid``) and
    :class:`DryRunFinished` after a dry run: both carry the report, and the caller's
    transaction must roll back (``session_scope`` does on any exception).
    """
    mapping = resolve_mapping(schema.columns, schema.noun, options.mapping)
    schema.start(session)
    parallel = options.parallel
    if parallel is None:
        parallel = path.is_file() and path.stat().st_size >= PARALLEL_MIN_BYTES and _can_fork()
    read = _read_elsewhere if parallel else _read
    with closing(read(schema, path, options, mapping)) as messages:
        start = next(messages)
        assert isinstance(start, _Start)
        report = start.report
        report.notes.extend(schema.found_layout(session, start.layout))
        run = _Run(session, schema, options, start.layout, report)
        for message in messages:
            if isinstance(message, _End):
                report.notes.extend(message.notes)
                continue
            assert isinstance(message, _Chunk)
            report.rows += message.rows
            for row, field_name, text in message.problems:
                run.error(row, field_name, text)
            run.write(message.items)
            if progress:
                progress(message.position, message.size)
    report.invalid = len({e.row for e in report.errors})
    report.errors.sort(key=lambda e: (e.row, e.position))
    if report.errors and not options.skip_invalid:
        raise ImportRejected(report)
    if options.dry_run:
        raise DryRunFinished(report)
    run.finish()
    report.written = True
    return report


# --- reading and checking the rows --------------------------------------------------------


@dataclass
class _Start:
    """The file is open and its header found."""

    report: ImportReport
    layout: Layout


@dataclass
class _Chunk:
    """A chunk of rows read and checked: the good ones parsed, the bad ones' problems."""

    items: list[Item[Any]]
    problems: list[Problem]
    #: Non-empty rows read.
    rows: int
    #: Progress, in the unit of the table's size.
    position: int
    size: int


@dataclass
class _End:
    notes: list[str]


_Message = _Start | _Chunk | _End


def _read(
    schema: Schema[Any], path: Path, options: ImportOptions, mapping: dict[str, str]
) -> Generator[_Message, None, None]:
    """Open the file, find its header, then parse and check its rows a chunk at a time."""
    with sheets.open_table(path, sheet=options.sheet) as table:
        layout, rows = find_layout(table.rows, schema.columns, schema.noun, mapping, table.name)
        yield _Start(
            ImportReport(
                file=table.name,
                sheet=table.sheet,
                encoding=table.encoding,
                header_row=layout.header_row,
                ignored_columns=layout.ignored,
            ),
            layout,
        )
        positions = list(layout.positions.items())
        batch: list[tuple[int, dict[str, str]]] = []
        for number, values in rows:
            cells = {}
            for field_name, index in positions:
                if index < len(values):
                    text = values[index].strip()
                    if text:
                        cells[field_name] = text
            if not cells:
                continue
            batch.append((number, cells))
            if len(batch) >= options.chunk_size:
                yield _parse_chunk(schema, batch, table.position(), table.size)
                batch = []
        if batch:
            yield _parse_chunk(schema, batch, table.size or table.position(), table.size)
    yield _End(schema.notes())


def _parse_chunk(
    schema: Schema[Any], batch: list[tuple[int, dict[str, str]]], position: int, size: int
) -> _Chunk:
    items: list[Item[Any]] = []
    problems: list[Problem] = []
    for number, cells in batch:
        reader = RowReader(cells)
        try:
            record = schema.parse(reader)
        except SkipRow:
            continue
        except RowInvalid as exc:
            problems.extend((number, field_name, message) for field_name, message in exc.problems)
            continue
        except FylinkError as exc:
            problems.append((number, exc.field, exc.message))
            continue
        items.append(Item(number, record, set(cells)))
    return _Chunk(items, problems, len(batch), position, size)


def _can_fork() -> bool:
    import multiprocessing
    import os

    return (os.cpu_count() or 1) > 1 and "fork" in multiprocessing.get_all_start_methods()


def _read_elsewhere(
    schema: Schema[Any], path: Path, options: ImportOptions, mapping: dict[str, str]
) -> Generator[_Message, None, None]:
    """:func:`_read` in a forked process, its messages passed back through a pipe.

    The pipe holds little, so the reader works at most a chunk ahead: memory stays flat.
    A fork shares what :meth:`Schema.start` loaded; the child touches no database
    connection and leaves with ``os._exit``, closing nothing of its parent's.
    """
    import gc
    import multiprocessing

    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=_reader_process,
        args=(receiver, sender, schema, path, options, mapping),
        daemon=True,
    )
    gc.freeze()  # the child must not collect (and so close) objects it inherits
    try:
        child.start()
    finally:
        gc.unfreeze()
    sender.close()
    try:
        while True:
            try:
                message = receiver.recv()
            except EOFError:
                raise RuntimeError("the import's reader process ended unexpectedly") from None
            if isinstance(message, _Failure):
                raise message.error()
            yield message
            if isinstance(message, _End):
                return
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join()


@dataclass
class _Failure:
    """An error raised in the reader process, to be raised again in the importing one."""

    kind: type[FylinkError] | None
    message: str
    field: str | None = None

    def error(self) -> Exception:
        if self.kind is None:
            return RuntimeError(f"the import's reader process failed:\n{self.message}")
        return self.kind(self.message, field=self.field)


def _reader_process(
    receiver: Any,
    sender: Any,
    schema: Schema[Any],
    path: Path,
    options: ImportOptions,
    mapping: dict[str, str],
) -> None:
    # Only the parent reads: should it die (killed mid-import), the next send fails and
    # this process ends at once, releasing what it inherited (the parent's connection
    # socket; on PostgreSQL, the server keeps the writer lock while any copy is open).
    receiver.close()
    try:
        for message in _read(schema, path, options, mapping):
            sender.send(message)
    except BrokenPipeError:
        return  # the parent is gone
    except FylinkError as exc:
        _send_failure(sender, _Failure(type(exc), exc.message, exc.field))
    except BaseException:
        import traceback

        _send_failure(sender, _Failure(None, traceback.format_exc()))
    finally:
        sender.close()


def _send_failure(sender: Any, failure: _Failure) -> None:
    with suppress(BrokenPipeError):  # the parent is gone
        sender.send(failure)


class _Run:
    """The state of one import: the temporary key table and the report."""

    def __init__(
        self,
        session: Session,
        schema: Schema[Any],
        options: ImportOptions,
        layout: Layout,
        report: ImportReport,
    ) -> None:
        self.session = session
        self.schema = schema
        self.options = options
        self.layout = layout
        self.report = report
        # Keys seen so far live in a temporary table, not in memory: a million-row
        # file costs an index on disk, and duplicates are found with their row.
        self.keys = Table(
            "fylink_import_keys",
            MetaData(),
            SAColumn("key", String, primary_key=True),
            SAColumn("row", Integer, nullable=False),
            prefixes=["TEMPORARY"],
            postgresql_on_commit="DROP",
        )
        self.keys.create(session.connection())

    def finish(self) -> None:
        self.keys.drop(self.session.connection())

    def error(self, row: int, field_name: str | None, message: str) -> None:
        label = self.layout.column_label(field_name, self.schema.columns)
        position = self.layout.positions.get(field_name, -1) if field_name else -1
        self.report.errors.append(RowError(row, label, message, position))

    def write(self, parsed: list[Item[Any]]) -> None:
        """Write a chunk's good rows: new ones inserted, changed ones updated or counted."""
        schema = self.schema
        items = self._without_duplicates(parsed)
        if not items:
            return
        found = schema.find(self.session, [schema.key(i.record) for i in items])
        new: list[Item[Any]] = []
        changes: list[Change[Any]] = []
        for item in items:
            old = found.get(schema.key(item.record))
            if old is None:
                new.append(item)
                continue
            differences = schema.differences(old, item.record, item.fields)
            if not differences:
                self.report.unchanged += 1
            elif not self.options.update:
                self.report.differing += 1
                if len(self.report.differing_keys) < _DIFFERING_SHOWN:
                    self.report.differing_keys.append(schema.key(item.record))
            else:
                changes.append(Change(item.row, old, item.record, item.fields, differences))
        if new:
            problems = schema.insert(self.session, new)
            self._problems(problems)
            self.report.created += len(new) - len({p[0] for p in problems})
        if changes:
            problems = schema.update(self.session, changes)
            self._problems(problems)
            self.report.updated += len(changes) - len({p[0] for p in problems})

    def _problems(self, problems: list[Problem]) -> None:
        for row, field_name, message in problems:
            self.error(row, field_name, message)

    def _without_duplicates(self, items: list[Item[Any]]) -> list[Item[Any]]:
        """Refuse a key seen earlier in the file (this chunk or a previous one)."""
        if not items:
            return items
        keys = self.keys
        first: dict[str, int] = {}
        wanted = list({self.schema.key(i.record) for i in items})
        for start in range(0, len(wanted), 500):
            part = wanted[start : start + 500]
            for key, row in self.session.execute(
                select(keys.c.key, keys.c.row).where(keys.c.key.in_(part))
            ):
                first[key] = row
        kept: list[Item[Any]] = []
        fresh: list[dict[str, Any]] = []
        header = self.schema.column(self.schema.key_field)
        label = header.header if header else "关键列"
        for item in items:
            key = self.schema.key(item.record)
            if key in first:
                self.error(item.row, self.schema.key_field, f"{label}“{key}”与第{first[key]}行重复")
                continue
            first[key] = item.row
            fresh.append({"key": key, "row": item.row})
            kept.append(item)
        insert_many(self.session, keys, fresh)
        return kept


# --- error copy ------------------------------------------------------------------------


def write_error_copy(
    *, source: Path, target: Path, report: ImportReport, sheet: str | None = None
) -> int:
    """Copy ``source`` to ``target`` with an 错误 column beside each bad row.

    Rows and columns keep their places, so row numbers and column letters in the
    report hold in the copy too; fixed, the copy can be imported as it is (the
    错误 column is ignored). Returns the number of rows marked.
    """
    messages: dict[int, list[str]] = {}
    for error in report.errors:
        text = f"{error.column}：{error.message}" if error.column else error.message
        messages.setdefault(error.row, []).append(text)
    marked = 0
    with sheets.open_table(source, sheet=sheet) as table:
        encoding = "utf-8" if table.encoding in (None, "utf-8-sig", "utf-16") else "gb18030"
        title = table.sheet or "错误"
        with sheets.TableWriter(target, None, encoding=encoding, title=title) as out:
            width: int | None = None
            for number, values in table.rows:
                if number < report.header_row:
                    out.write(list(values))
                    continue
                if number == report.header_row:
                    width = max((i + 1 for i, v in enumerate(values) if v.strip()), default=0)
                    extra: list[str] = [ERROR_HEADER]
                else:
                    found = messages.get(number)
                    extra = ["；".join(found)] if found else [""]
                    marked += bool(found)
                cut = width or 0
                padded = list(values[:cut]) + [""] * (cut - len(values))
                out.write([*padded, *extra, *values[cut:]])
    return marked


# --- the export ------------------------------------------------------------------------


def export_table(
    *,
    schema: Schema[R],
    records: Iterable[R],
    path: Path,
    encoding: str = "utf-8",
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write ``records`` (a stream) with the schema's headers; return how many."""
    headers = [c.header for c in schema.columns]
    widths = [c.width for c in schema.columns]
    with sheets.TableWriter(
        path, headers, encoding=encoding, title=schema.title, widths=widths
    ) as out:
        for record in records:
            out.write(schema.export_row(record))
            if progress and out.count % CHUNK_SIZE == 0:
                progress(out.count)
        return out.count


def export_formatted(
    *,
    schema: Schema[Any],
    batches: Callable[[sheets.TableWriter], Iterable[Any]],
    path: Path,
    encoding: str = "utf-8",
    progress: Callable[[int], None] | None = None,
) -> int:
    """:func:`export_table` for a schema's streaming export (``CaseSheet.export_batches``):
    ``batches`` is given the writer (its per-column formatters) and yields chunks made for
    it, in the columns' order (rows, or a :class:`sheets.PlainChunk`); return how many."""
    headers = [c.header for c in schema.columns]
    widths = [c.width for c in schema.columns]
    with sheets.TableWriter(
        path, headers, encoding=encoding, title=schema.title, widths=widths
    ) as out:
        for chunk in batches(out):
            if isinstance(chunk, sheets.PlainChunk):
                out.write_plain(chunk)
            else:
                out.write_formatted(chunk)
            if progress:
                progress(out.count)
        return out.count


def load_mapping(path: Path) -> dict[str, str]:
    """A mapping file (YAML or TOML): ``原表头: 案号`` lines, optionally under ``columns``."""
    if not path.exists():
        raise NotFoundError(f"列对应文件 {path} 不存在")
    suffix = path.suffix.lower()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        raise InvalidInputError(f"无法读取列对应文件 {path.name}（应为 UTF-8 文本）") from None
    data: Any
    if suffix == ".toml":
        import tomllib

        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise InvalidInputError(f"列对应文件 {path.name} 格式有误：{exc}") from None
    elif suffix in (".yaml", ".yml"):
        import yaml

        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError:
            raise InvalidInputError(f"列对应文件 {path.name} 不是有效的 YAML") from None
    else:
        raise InvalidInputError(f"列对应文件应为 .yaml 或 .toml：{path.name}")
    if isinstance(data, dict) and isinstance(data.get("columns"), dict):
        data = data["columns"]
    if not isinstance(data, dict) or not all(
        isinstance(v, str | int) and isinstance(k, str | int) for k, v in data.items()
    ):
        raise InvalidInputError(
            f"列对应文件 {path.name} 应为“原表头: 本系统表头”的列表，如 “案件编号: 案号”"
        )
    return {str(k): str(v) for k, v in data.items()}


def parse_map_options(values: Sequence[str]) -> dict[str, str]:
    """``--map 原表头=案号`` options → {their header: our header}."""
    mapping: dict[str, str] = {}
    for value in values:
        theirs, sep, ours = value.replace("＝", "=").partition("=")
        if not sep or not theirs.strip() or not ours.strip():
            raise InvalidInputError(f"--map “{value}”应写成 原表头=本系统表头，如 案件编号=案号")
        mapping[theirs.strip()] = ours.strip()
    return mapping


def read_rows(
    path: Path, columns: Sequence[Column], noun: str, *, sheet: str | None = None
) -> Iterator[tuple[int, dict[str, str]]]:
    """The rows of a file as {field: text}, matched to ``columns`` as the import does,
    for readers that do not import through :func:`import_table` (``fylink init --roster``)."""
    with sheets.open_table(path, sheet=sheet) as table:
        layout, rows = find_layout(table.rows, columns, noun, {}, table.name, mappable=False)
        for number, values in rows:
            cells = {
                f: values[i].strip()
                for f, i in layout.positions.items()
                if i < len(values) and values[i].strip()
            }
            if cells:
                yield number, cells
