"""The office record and the roster file (YAML or .xlsx) loaded at ``fylink init``."""

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlmodel import Session, col, select

from fylink.errors import ConflictError, InvalidInputError, NotFoundError
from fylink.models import Office
from fylink.services import journal, units
from fylink.transfer import engine, sheets
from fylink.transfer import units as transfer_units
from fylink.transfer.engine import Column


def get_office(*, session: Session) -> Office:
    office = session.exec(select(Office)).first()
    if office is None:
        raise NotFoundError("尚未登记办公室：请运行 fylink init --office 名称")
    return office


def init_office(*, session: Session, name: str, region: str = "", meeting_name: str = "") -> Office:
    existing = session.exec(select(Office)).first()
    if existing is not None:
        raise ConflictError(f"数据库已初始化（{existing.name}），无需再次初始化")
    name = name.strip()
    if not name:
        raise InvalidInputError("办公室名称不能为空")
    office = Office(
        name=name,
        region=region.strip(),
        meeting_name=meeting_name.strip() or name.removesuffix("办公室"),
        created_at=datetime.now(UTC),
    )
    return journal.insert(session, office)


@dataclass
class RosterResult:
    office: dict[str, str]
    units: int
    persons: int


PERSON_COLUMNS = (
    Column("姓名", "name", required=True),
    Column("职务", "title"),
    Column("单位", "unit", aliases=("所在单位", "单位名称")),
    Column("角色", "role"),
    Column("电话", "phone", aliases=("联系电话",)),
    Column("邮箱", "email", aliases=("电子邮箱",)),
)


def read_roster(path: Path) -> dict[str, Any]:
    """Read a roster file into {office, units, persons} without touching the database."""
    if not path.exists():
        raise NotFoundError(f"名册文件 {path} 不存在")
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        return _read_yaml(path)
    if suffix in sheets.SUFFIXES:
        return _read_sheet(path)
    raise InvalidInputError(f"名册文件应为 .yaml、.xlsx 或 .csv：{path.name}")


def _read_yaml(path: Path) -> dict[str, Any]:
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        where = getattr(exc, "problem_mark", None)
        line = f"第{where.line + 1}行" if where is not None else ""
        raise InvalidInputError(f"名册文件 {path.name} {line}格式有误") from None
    return roster_from_mapping(data, path.name)


#: The keys a YAML roster may use, by where they stand: a key outside these (a clerk's
#: ``liaison_name:`` for ``liaison: {name: …}``, a top-level ``persons:``) would otherwise
#: be dropped without a word and the roster loaded short.
_ROSTER_KEYS = {
    "": ("office", "leaders", "units"),
    "office": ("name", "region", "meeting_name"),
    "unit": ("name", "short_name", "kind", "region", "member", "liaison", "note", "persons"),
    "liaison": ("name", "title", "phone", "email"),
    "person": ("name", "title", "role", "phone", "email", "unit"),
}


def _check_keys(entry: Any, where: str, place: str, source: str) -> None:
    if not isinstance(entry, dict):
        raise InvalidInputError(f"名册文件 {source} {place}格式有误：应为“键: 值”的形式")
    allowed = _ROSTER_KEYS[where]
    unknown = [str(key) for key in entry if key not in allowed]
    if unknown:
        raise InvalidInputError(
            f"名册文件 {source} {place}有不认识的项：{'、'.join(unknown)}"
            f"（可用的项：{'、'.join(allowed)}）"
        )


def roster_from_mapping(data: Any, source: str) -> dict[str, Any]:
    """The YAML roster structure (office, leaders, units with liaison/persons)."""
    if not isinstance(data, dict) or not isinstance(data.get("units"), list):
        raise InvalidInputError(f"名册文件 {source} 缺少 units 列表")
    _check_keys(data, "", "", source)
    if data.get("office") is not None:
        _check_keys(data["office"], "office", "office ", source)
    for index, leader in enumerate(data.get("leaders") or [], start=1):
        _check_keys(leader, "person", f"leaders 第{index}项", source)
    persons: list[dict[str, Any]] = list(data.get("leaders") or [])
    unit_rows: list[dict[str, Any]] = []
    for index, entry in enumerate(data["units"], start=1):
        if not isinstance(entry, dict) or not entry.get("name"):
            raise InvalidInputError(f"名册文件 {source} 第{index}个单位缺少 name")
        _check_keys(entry, "unit", f"单位“{entry['name']}”", source)
        if entry.get("liaison") is not None:
            _check_keys(entry["liaison"], "liaison", f"单位“{entry['name']}”的 liaison ", source)
        for number, person in enumerate(entry.get("persons") or [], start=1):
            _check_keys(person, "person", f"单位“{entry['name']}”的 persons 第{number}项", source)
        liaison = entry.get("liaison") or {}
        unit_rows.append(
            {
                "name": str(entry["name"]),
                "short_name": entry.get("short_name"),
                "kind": str(entry.get("kind", "政府部门")),
                "region": str(entry.get("region", data.get("office", {}).get("region", ""))),
                "is_member": bool(entry.get("member", True)),
                "liaison_name": str(liaison.get("name", "")),
                "liaison_phone": str(liaison.get("phone", "")),
                "liaison_email": str(liaison.get("email", "")),
                "note": str(entry.get("note", "")),
            }
        )
        if liaison.get("name"):
            persons.append(
                {
                    "name": liaison["name"],
                    "title": liaison.get("title", ""),
                    "unit": entry["name"],
                    "role": "联络员",
                    "phone": str(liaison.get("phone", "")),
                    "email": str(liaison.get("email", "")),
                }
            )
        for person in entry.get("persons") or []:
            persons.append({"unit": entry["name"], **person})
    return {"office": data.get("office") or {}, "units": unit_rows, "persons": persons}


def _read_sheet(path: Path) -> dict[str, Any]:
    """An .xlsx roster (sheet 单位, else the first; persons on sheet 人员) or a .csv of units.

    Read by the same reader and header matching as ``fylink unit import``.
    """
    names = sheets.sheet_names(path) if path.suffix.lower() in sheets.XLSX_SUFFIXES else []
    unit_sheet = "单位" if "单位" in names else None
    unit_rows = []
    for number, cells in engine.read_rows(path, transfer_units.COLUMNS, "单位", sheet=unit_sheet):
        try:
            unit_rows.append(transfer_units.unit_values(cells))
        except InvalidInputError as exc:
            raise InvalidInputError(f"名册文件 {path.name} 第{number}行：{exc.message}") from None
    persons: list[dict[str, Any]] = []
    if "人员" in names:
        for _, cells in engine.read_rows(path, PERSON_COLUMNS, "人员", sheet="人员"):
            persons.append({"role": "成员"} | cells)
    return {"office": {}, "units": unit_rows, "persons": persons}


def load_roster(*, session: Session, roster: dict[str, Any]) -> RosterResult:
    """Add the roster's units and persons; any bad row aborts the whole load.

    On the bulk path (issue 21): each unit name resolved once, the journal rows appended
    in one batch at the end."""
    with units.cached_unit_names(session), journal.deferred(session):
        return _load_roster(session=session, roster=roster)


def _load_roster(*, session: Session, roster: dict[str, Any]) -> RosterResult:
    """The rules of ``unit add`` and ``person add`` row by row, the same refusals and
    journal rows; the units, then the persons, inserted in one statement each."""
    from fylink import tables
    from fylink.models import Person, Unit

    now = datetime.now(UTC)
    taken: dict[str, tuple[int, Any]] = {}
    for position, (name, short, row_id) in enumerate(
        session.exec(select(Unit.name, Unit.short_name, Unit.id).order_by(col(Unit.id)))
    ):
        known = SimpleNamespace(name=name, short_name=short, id=row_id)
        for key in (name, short):
            if key:
                taken.setdefault(key, (position, known))
    new_units: list[Any] = []
    for row in roster["units"]:
        try:
            unit = units.new_unit(units.UnitIn(**row), now)
            units.check_names_free(unit, taken)
        except (InvalidInputError, ConflictError) as exc:
            raise type(exc)(f"名册单位“{row.get('name')}”：{exc.message}") from None
        for key in (unit.name, unit.short_name):
            if key:  # after every stored unit, in roster order
                taken.setdefault(key, (1_000_000 + len(new_units), unit))
        new_units.append(unit)
    journal.insert_many_journaled(session, tables.unit, new_units, key="name")
    people: list[Any] = []
    seen: dict[tuple[str, int | None], int] = {}
    existing: dict[tuple[str, int | None], int] = {
        (name, unit_id): int(person_id or 0)
        for name, unit_id, person_id in session.exec(select(Person.name, Person.unit_id, Person.id))
    }
    for person in roster["persons"]:
        name, unit_name = str(person.get("name", "")), person.get("unit")
        role = str(person.get("role", "成员"))
        try:
            units.check_person(name, role, str(person.get("phone", "")))
            unit_id = (
                units.open_unit(session=session, name=str(unit_name)).id if unit_name else None
            )
        except (InvalidInputError, NotFoundError) as exc:
            raise type(exc)(f"名册人员“{person.get('name')}”：{exc.message}") from None
        who = (name.strip(), unit_id)
        if who in existing:
            raise units.person_exists(name, str(unit_name) if unit_name else None, existing[who])
        if who in seen:  # named twice in the roster: the first one's number, once stored
            journal.insert_many_journaled(session, tables.person, people[: seen[who] + 1], key=None)
            raise units.person_exists(
                name, str(unit_name) if unit_name else None, people[seen[who]].id or 0
            )
        seen[who] = len(people)
        people.append(
            Person(
                name=name.strip(),
                unit_id=unit_id,
                title=str(person.get("title", "")).strip(),
                role=role,
                phone=str(person.get("phone", "")).strip(),
                email=str(person.get("email", "")).strip(),
                created_at=datetime.now(UTC),
            )
        )
    journal.insert_many_journaled(session, tables.person, people, key=None)
    count_units, count_persons = len(new_units), len(people)
    return RosterResult(office=roster["office"], units=count_units, persons=count_persons)
