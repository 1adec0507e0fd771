"""A unit by its name without the ORM, and the answer when no unit has that name.

The report resolves ``--unit`` through here (it reads through :mod:`fylink.tables`);
:func:`fylink.services.units.find_unit` resolves the same names the same way for the
commands that work with the ORM, and both answer an unknown name alike.
"""

import difflib
from typing import Any

from sqlalchemy import case, or_, select

from fylink import tables
from fylink.domain.values import is_record_id
from fylink.errors import InvalidInputError, NotFoundError

UNITS = tables.unit
FORMER = tables.unit_name


def shown(name: str, short_name: str | None) -> str:
    """How a unit is named in messages: 简称（全称）, or the full name alone."""
    return f"{short_name}（{name}）" if short_name else name


def unknown_unit(wanted: str, display: dict[str, str]) -> NotFoundError:
    """Not found, with the closest names (each unit shown once, as 简称（全称）)."""
    matches = difflib.get_close_matches(wanted, list(display), n=6, cutoff=0.3)
    if not matches:
        matches = [n for n in display if wanted in n or n in wanted]
    close = list(dict.fromkeys(display[m] for m in matches))[:3]
    hint = f"，是否指：{'、'.join(close)}" if close else "；用 fylink unit list 查看全部单位"
    return NotFoundError(f"单位“{wanted}”不存在{hint}")


def find_unit_row(reader: Any, name: str) -> Any:
    """(id, name, short_name) of a unit by full name, short name or id.

    ``reader`` is a Core connection or a session: anything with ``execute``.
    """
    wanted = name.strip()
    if not wanted:
        raise InvalidInputError("单位名称不能为空")
    columns = (UNITS.c.id, UNITS.c.name, UNITS.c.short_name)
    row = reader.execute(
        select(*columns)
        .where(or_(UNITS.c.name == wanted, UNITS.c.short_name == wanted))
        # A full name wins over another unit's identical short name.
        .order_by(case((UNITS.c.name == wanted, 0), else_=1), UNITS.c.id)
        .limit(1)
    ).first()
    if row is None and is_record_id(wanted):
        row = reader.execute(select(*columns).where(UNITS.c.id == int(wanted))).first()
    if row is None:
        # A former name (机构改革): the unit as it is called now.
        row = reader.execute(
            select(*columns)
            .join(FORMER, FORMER.c.unit_id == UNITS.c.id)
            .where(or_(FORMER.c.name == wanted, FORMER.c.short_name == wanted))
            .order_by(FORMER.c.valid_until.desc())
            .limit(1)
        ).first()
    if row is not None:
        return row
    # The roster is small (tens to a few hundred units): suggest from all names.
    display: dict[str, str] = {}
    for full, short in reader.execute(select(UNITS.c.name, UNITS.c.short_name)):
        display[full] = shown(full, short)
        if short:
            display[short] = shown(full, short)
    raise unknown_unit(wanted, display)


def former_name(reader: Any, wanted: str, unit_id: int) -> Any:
    """The former-name row ``wanted`` is of unit ``unit_id`` (None when it is a current
    name): to tell the clerk the unit has been renamed."""
    text = wanted.strip()
    return reader.execute(
        select(FORMER.c.name, FORMER.c.short_name, FORMER.c.valid_until)
        .where(
            FORMER.c.unit_id == unit_id,
            or_(FORMER.c.name == text, FORMER.c.short_name == text),
        )
        .order_by(FORMER.c.valid_until.desc())
        .limit(1)
    ).first()


def labels_on(reader: Any, day: Any) -> dict[str, str]:
    """Units renamed after ``day``: their label now (简称, or the full name) -> their label
    on that day, for a document about that day (a regenerated June 纪要 keeps June's names)."""
    rows = reader.execute(
        select(UNITS.c.name, UNITS.c.short_name, FORMER.c.name, FORMER.c.short_name)
        .join(FORMER, FORMER.c.unit_id == UNITS.c.id)
        .where(
            FORMER.c.valid_until >= day,
            or_(FORMER.c.valid_from.is_(None), FORMER.c.valid_from <= day),
        )
        # The earliest name still valid on that day is the one of that day.
        .order_by(UNITS.c.id, FORMER.c.valid_until)
    ).all()
    labels: dict[str, str] = {}
    for name, short, old_name, old_short in rows:
        labels.setdefault(short or name, old_short or old_name)
        labels.setdefault(name, old_name)
    return labels


def merged_note_of(reader: Any, name: str) -> str:
    """What to tell a clerk who named a unit merged into another (机构改革): one line, or
    "" for a unit not merged (resolved as :func:`find_unit_row` does)."""
    unit_id = find_unit_row(reader, name).id

    def get(one: Any) -> Any:
        return reader.execute(select(UNITS).where(UNITS.c.id == one)).first()

    text = merged_text(get(unit_id), get)
    return f"注意：{text}" if text else ""


def merge_steps(unit: Any, get: Any) -> list[tuple[str, Any, str]]:
    """The merges from ``unit`` on (机构改革), each (unit, day, the unit it was merged into):
    A→B, then B→C when B was merged on in turn. ``get(id)`` gives a unit row or object with
    ``name``, ``merged_into_id``, ``merged_on`` and ``direct_successor_id``."""
    steps: list[tuple[str, Any, str]] = []
    seen: set[Any] = set()
    current = unit
    while current is not None and current.merged_into_id is not None:
        if current.merged_on is None or current.id in seen:
            break
        seen.add(current.id)
        into_id = current.direct_successor_id or current.merged_into_id
        into = get(into_id)
        steps.append((current.name, current.merged_on, into.name if into else str(into_id)))
        current = into
    return steps


def merged_text(unit: Any, get: Any, *, listed: bool = False) -> str:
    """“A”已于 DATE 并入“B”（“B”已于 DATE 并入“C”）, or "" for a unit not merged;
    ``listed``: as a roster's note reads, A：已于 DATE 并入B（B已于 DATE 并入C）."""
    steps = merge_steps(unit, get)
    if not steps:
        return ""
    if listed:
        said = [f"{name}已于 {day.isoformat()} 并入{into}" for name, day, into in steps]
        name, day, into = steps[0]
        said[0] = f"{name}：已于 {day.isoformat()} 并入{into}"
    else:
        said = [f"“{name}”已于 {day.isoformat()} 并入“{into}”" for name, day, into in steps]
    return said[0] + (f"（{'，'.join(said[1:])}）" if len(said) > 1 else "")
