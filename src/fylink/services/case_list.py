"""Finding cases: the filter shared by ``case list`` and ``case export``, and a page of the list.

Reads through :mod:`fylink.tables` and works on a Core connection (``db.read_scope``) as
well as on a session, so ``case list`` starts without importing the ORM. The filter is
built on whichever ``cases`` table the caller queries: ``fylink.tables.cases`` here, the
models' own table in the export, which selects ORM-mapped columns.
"""

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Table, func, or_, select

from fylink import tables
from fylink.domain.categories import CaseStatus, parse_category
from fylink.errors import InvalidInputError
from fylink.services.unit_names import find_unit_row

CASES = tables.cases
UNITS = tables.unit


@dataclass
class CaseFilter:
    category: str | None = None
    unit: str | None = None
    status: str | None = None
    field: str | None = None
    year: int | None = None
    filed_from: date | None = None
    filed_to: date | None = None
    text: str | None = None
    #: A party's name, former name, credit code or ID (see services.parties).
    party: str | None = None


#: ``--sort`` choices and their ORDER BY (newest first unless said otherwise).
SORTS = ("filed", "filed-asc", "closed", "no")


def sort_order(table: Table, sort: str) -> tuple[Any, ...]:
    if sort not in SORTS:
        raise InvalidInputError(f"排序方式“{sort}”不存在，可选：{'、'.join(SORTS)}")
    c = table.c
    return {
        "filed": (c.filed_on.desc(), c.id.desc()),
        "filed-asc": (c.filed_on, c.id),
        "closed": (c.closed_on.desc(), c.id.desc()),
        "no": (c.case_no,),
    }[sort]


def filter_conditions(
    reader: Any, flt: CaseFilter, table: Table = CASES
) -> list[ColumnElement[bool]]:
    """WHERE conditions on ``table`` (a ``cases`` table); ``reader`` resolves ``--unit``."""
    c = table.c
    conditions: list[ColumnElement[bool]] = []
    if flt.category:
        conditions.append(c.category == parse_category(flt.category).value)
    if flt.unit:
        conditions.append(c.unit_id == find_unit_row(reader, flt.unit).id)
    if flt.status:
        try:
            conditions.append(c.status == CaseStatus(flt.status).value)
        except ValueError:
            raise InvalidInputError(
                f"状态“{flt.status}”不存在，可选：{'、'.join(s.value for s in CaseStatus)}"
            ) from None
    if flt.field:
        conditions.append(c.field == flt.field)
    if flt.year:
        conditions.append(c.filed_on.between(date(flt.year, 1, 1), date(flt.year, 12, 31)))
    if flt.filed_from:
        conditions.append(c.filed_on >= flt.filed_from)
    if flt.filed_to:
        conditions.append(c.filed_on <= flt.filed_to)
    if flt.party:
        from fylink.services import parties

        party = parties.find_party(reader, flt.party)
        conditions.append(c.id.in_(parties.case_ids_of(party.id)))
    if flt.text and flt.text.strip():
        from fylink.services import parties

        pattern = f"%{flt.text.strip()}%"
        by_party = (
            select(tables.case_party.c.case_id)
            .join(tables.party, tables.party.c.id == tables.case_party.c.party_id)
            .where(parties.text_condition(reader, flt.text))
        )
        conditions.append(or_(c.case_no.like(pattern), c.summary.like(pattern), c.id.in_(by_party)))
    return conditions


def list_cases(
    *, session: Any, flt: CaseFilter, sort: str = "filed", limit: int = 50, offset: int = 0
) -> tuple[list[tuple[Any, str]], int]:
    """One page of cases (rows with the columns of ``cases`` as attributes, and the unit's
    display name) and the total matching. ``session`` is a Core connection or a session."""
    order = sort_order(CASES, sort)
    if limit < 1 or offset < 0:
        raise InvalidInputError("每页条数应为正整数，页码应从1开始")
    conditions = filter_conditions(session, flt)
    total = session.execute(select(func.count()).select_from(CASES).where(*conditions)).scalar()
    unit_name = func.coalesce(UNITS.c.short_name, UNITS.c.name).label("unit_display_name")
    rows = session.execute(
        select(CASES, unit_name)
        .join(UNITS, UNITS.c.id == CASES.c.unit_id)
        .where(*conditions)
        .order_by(*order)
        .limit(limit)
        .offset(offset)
    )
    return [(row, row.unit_display_name) for row in rows], int(total or 0)
