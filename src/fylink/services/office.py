"""The office record and the roster file (YAML or .xlsx) loaded at ``fylink init``."""

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from fylink.errors import ConflictError, InvalidInputError, NotFoundError
from fylink.models import Office
from fylink.services import journal, units


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
    session.add(office)
    session.flush()
    journal.record(
        session,
        action="insert",
        entity="office",
        entity_id=office.id,
        after=journal.snapshot(office),
    )
    return office


@dataclass
class RosterResult:
    office: dict[str, str]
    units: int
    persons: int


_UNIT_COLUMNS = {
    "单位名称": "name",
    "简称": "short_name",
    "类型": "kind",
    "区域": "region",
    "成员单位": "is_member",
    "联络员": "liaison_name",
    "联络电话": "liaison_phone",
    "联络邮箱": "liaison_email",
    "备注": "note",
}
_PERSON_COLUMNS = {
    "姓名": "name",
    "职务": "title",
    "单位": "unit",
    "角色": "role",
    "电话": "phone",
    "邮箱": "email",
}


def read_roster(path: Path) -> dict[str, Any]:
    """Read a roster file into {office, units, persons} without touching the database."""
    if not path.exists():
        raise NotFoundError(f"名册文件 {path} 不存在")
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        return _read_yaml(path)
    if suffix == ".xlsx":
        return _read_xlsx(path)
    raise InvalidInputError(f"名册文件应为 .yaml 或 .xlsx：{path.name}")


def _read_yaml(path: Path) -> dict[str, Any]:
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        where = getattr(exc, "problem_mark", None)
        line = f"第{where.line + 1}行" if where is not None else ""
        raise InvalidInputError(f"名册文件 {path.name} {line}格式有误") from None
    return roster_from_mapping(data, path.name)


def roster_from_mapping(data: Any, source: str) -> dict[str, Any]:
    """The YAML roster structure (office, leaders, units with liaison/persons)."""
    if not isinstance(data, dict) or not isinstance(data.get("units"), list):
        raise InvalidInputError(f"名册文件 {source} 缺少 units 列表")
    persons: list[dict[str, Any]] = list(data.get("leaders") or [])
    unit_rows: list[dict[str, Any]] = []
    for index, entry in enumerate(data["units"], start=1):
        if not isinstance(entry, dict) or not entry.get("name"):
            raise InvalidInputError(f"名册文件 {source} 第{index}个单位缺少 name")
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


def _read_xlsx(path: Path) -> dict[str, Any]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a damaged file
        raise InvalidInputError(f"名册文件 {path.name} 不是有效的 .xlsx 文件") from None
    try:
        sheets = {ws.title: ws for ws in workbook.worksheets}
        unit_sheet = sheets.get("单位") or workbook.worksheets[0]
        unit_rows = _sheet_rows(unit_sheet, _UNIT_COLUMNS, path.name)
        for row in unit_rows:
            row["is_member"] = str(row.get("is_member") or "是").strip() != "否"
            row.setdefault("kind", "政府部门")
        persons = (
            _sheet_rows(sheets["人员"], _PERSON_COLUMNS, path.name) if "人员" in sheets else []
        )
    finally:
        workbook.close()
    return {"office": {}, "units": unit_rows, "persons": persons}


def _sheet_rows(sheet: Any, columns: dict[str, str], file_name: str) -> list[dict[str, Any]]:
    rows = sheet.iter_rows(values_only=True)
    header = [str(h).strip() if h is not None else "" for h in next(rows, ())]
    first = next(iter(columns))
    if first not in header:
        raise InvalidInputError(f"名册文件 {file_name} 的“{sheet.title}”表缺少“{first}”列")
    index = {columns[h]: i for i, h in enumerate(header) if h in columns}
    result = []
    for values in rows:
        if values is None or all(v is None or str(v).strip() == "" for v in values):
            continue
        row = {
            key: ("" if values[i] is None else str(values[i]).strip())
            for key, i in index.items()
            if i < len(values)
        }
        result.append(row)
    return result


def load_roster(*, session: Session, roster: dict[str, Any]) -> RosterResult:
    """Add the roster's units and persons; any bad row aborts the whole load."""
    count_units = 0
    for row in roster["units"]:
        try:
            units.add_unit(session=session, unit_in=units.UnitIn(**row))
        except (InvalidInputError, ConflictError) as exc:
            raise type(exc)(f"名册单位“{row.get('name')}”：{exc.message}") from None
        count_units += 1
    count_persons = 0
    for person in roster["persons"]:
        try:
            units.add_person(
                session=session,
                name=str(person.get("name", "")),
                unit=str(person["unit"]) if person.get("unit") else None,
                title=str(person.get("title", "")),
                role=str(person.get("role", "成员")),
                phone=str(person.get("phone", "")),
                email=str(person.get("email", "")),
            )
        except (InvalidInputError, NotFoundError) as exc:
            raise type(exc)(f"名册人员“{person.get('name')}”：{exc.message}") from None
        count_persons += 1
    return RosterResult(office=roster["office"], units=count_units, persons=count_persons)
