"""The roster (成员单位名册) in spreadsheets: the unit schema of the transfer engine.

A roster has tens to a few hundred rows, so this schema simply writes through
the services themselves (``units.add_unit``/``units.update_unit``, one row at a
time): the simplest way to plug a kind of record into the engine. The case
schema shows the batched way, for registers of a hundred thousand rows.
"""

from collections.abc import Iterator, Sequence
from dataclasses import fields as dataclass_fields
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from fylink.domain.categories import parse_unit_kind
from fylink.domain.values import parse_yes_no
from fylink.errors import FylinkError, about
from fylink.models import Unit
from fylink.services import units
from fylink.services.units import UnitIn
from fylink.transfer import engine
from fylink.transfer.engine import Change, Column, Item, Problem, RowReader
from fylink.transfer.sheets import Cell

COLUMNS: tuple[Column, ...] = (
    Column("单位名称", "name", required=True, aliases=("单位全称", "单位"), width=32),
    Column("简称", "short_name", aliases=("单位简称",), width=18),
    Column("类型", "kind", aliases=("单位类型", "单位类别", "类别"), width=10),
    Column("区域", "region", aliases=("地区", "所属地区", "所属区域"), width=10),
    Column("成员单位", "is_member", aliases=("是否成员单位",), width=10),
    Column("联络员", "liaison_name", aliases=("联络人", "联络员姓名"), width=10),
    Column(
        "联络电话",
        "liaison_phone",
        aliases=("联系电话", "联络员电话", "手机", "手机号码", "联系方式"),
        width=16,
    ),
    Column("联络邮箱", "liaison_email", aliases=("电子邮箱", "邮箱"), width=26),
    Column("备注", "note", width=30),
)

_FIELDS = tuple(f.name for f in dataclass_fields(UnitIn))


def unit_values(cells: dict[str, str]) -> dict[str, Any]:
    """A row's cells as :class:`UnitIn` values, with the roster's defaults
    (类型 政府部门, 成员单位 是). Shared by the import and ``fylink init --roster``."""
    values: dict[str, Any] = {f: cells.get(f, "") for f in _FIELDS}
    values["kind"] = values["kind"] or "政府部门"
    values["short_name"] = values["short_name"] or None
    values["is_member"] = _member(cells["is_member"]) if cells.get("is_member") else True
    return values


def _member(text: str) -> bool:
    with about("is_member"):
        return parse_yes_no(text, what="成员单位")


def _from_unit(unit: Unit) -> UnitIn:
    return UnitIn(**{f: getattr(unit, f) for f in _FIELDS})


class UnitSheet(engine.Schema[UnitIn]):
    entity = "unit"
    noun = "单位"
    title = "单位名册"
    columns = COLUMNS
    key_field = "name"

    def parse(self, row: RowReader) -> UnitIn:
        row.required("name", "单位名称")
        member = row.value("is_member", _member)
        values = unit_values({f: v for f, v in row.cells.items() if f != "is_member"})
        if member is not None:
            values["is_member"] = member
        unit_in = UnitIn(**values)
        row.check(units.validate_unit, unit_in)
        row.done()
        unit_in.kind = parse_unit_kind(unit_in.kind).value
        return unit_in

    def key(self, record: UnitIn) -> str:
        return record.name.strip()

    def find(self, session: Session, keys: Sequence[str]) -> dict[str, UnitIn]:
        found = session.exec(select(Unit).where(col(Unit.name).in_(list(keys))))
        return {unit.name: _from_unit(unit) for unit in found}

    def cells(self, record: UnitIn) -> dict[str, Cell]:
        return {
            "name": record.name,
            "short_name": record.short_name,
            "kind": record.kind,
            "region": record.region,
            "is_member": record.is_member,
            "liaison_name": record.liaison_name,
            "liaison_phone": record.liaison_phone,
            "liaison_email": record.liaison_email,
            "note": record.note,
        }

    def insert(self, session: Session, items: list[Item[UnitIn]]) -> list[Problem]:
        problems: list[Problem] = []
        for item in items:
            try:
                units.add_unit(session=session, unit_in=item.record)
            except FylinkError as exc:  # raised before anything is written
                problems.append((item.row, exc.field, exc.message))
        return problems

    def update(self, session: Session, changes: list[Change[UnitIn]]) -> list[Problem]:
        problems: list[Problem] = []
        for change in changes:
            wanted = {f: getattr(change.new, f) for f in change.differences}
            try:
                units.update_unit(session=session, name=change.old.name, changes=wanted)
            except FylinkError as exc:  # raised before anything is changed
                problems.append((change.row, exc.field, exc.message))
        return problems

    def records(
        self, session: Session, *, kind: str | None = None, members_only: bool = False
    ) -> Iterator[UnitIn]:
        query = select(Unit)
        if kind:
            query = query.where(Unit.kind == parse_unit_kind(kind).value)
        if members_only:
            query = query.where(col(Unit.is_member).is_(True))
        result = session.exec(
            query.order_by(col(Unit.id)).execution_options(yield_per=engine.CHUNK_SIZE)
        )
        for unit in result:
            yield _from_unit(unit)


def import_units(
    *,
    session: Session,
    path: Path,
    options: engine.ImportOptions,
    progress: engine.Progress | None = None,
) -> engine.ImportReport:
    return engine.import_table(
        session=session, schema=UnitSheet(), path=path, options=options, progress=progress
    )


def export_units(
    *,
    session: Session,
    path: Path,
    kind: str | None = None,
    members_only: bool = False,
    encoding: str = "utf-8",
) -> int:
    schema = UnitSheet()
    return engine.export_table(
        schema=schema,
        records=schema.records(session, kind=kind, members_only=members_only),
        path=path,
        encoding=encoding,
    )
