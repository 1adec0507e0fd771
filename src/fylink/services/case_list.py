"""Finding cases: the filter shared by ``case list`` and ``case export``, and a page of the list.

Reads through :mod:`fylink.tables` and works on a Core connection (``db.read_scope``) as
well as on a session, so ``case list`` starts without importing the ORM. The filter is
built on whichever ``cases`` table the caller queries: ``fylink.tables.cases`` here, the
models' own table in the export, which selects ORM-mapped columns.
"""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Table, false, func, or_, select, tuple_

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


#: Sorts whose ORDER BY is a unique key of non-null columns, so that a page can start at a
#: key (keyset) instead of skipping rows: (columns, descending).
_KEYSETS = {
    "filed": (("filed_on", "id"), True),
    "filed-asc": (("filed_on", "id"), False),
    "no": (("case_no",), False),
}


def _page_start(
    session: Any, conditions: list[ColumnElement[bool]], sort: str, offset: int
) -> ColumnElement[bool] | None:
    """The condition that starts a page ``offset`` rows deep at its first row's key, found
    by skipping ``offset`` entries of the sort's index alone (the key columns: no table row
    is read, no unit joined); None when the sort has no key (``closed``: the list then
    skips rows as before); FALSE when the page lies past the last row."""
    keyset = _KEYSETS.get(sort)
    if keyset is None:
        return None
    names, descending = keyset
    columns = [CASES.c[name] for name in names]
    order = [c.desc() for c in columns] if descending else columns
    first = session.execute(
        select(*columns).where(*conditions).order_by(*order).limit(1).offset(offset)
    ).first()
    if first is None:
        return false()
    key = tuple_(*columns) if len(columns) > 1 else columns[0]
    value = tuple_(*first) if len(columns) > 1 else first[0]
    return key <= value if descending else key >= value


def list_cases(
    *, session: Any, flt: CaseFilter, sort: str = "filed", limit: int = 50, offset: int = 0
) -> tuple[list[tuple[Any, str]], int]:
    """One page of cases (rows with the columns of ``cases`` as attributes, and the unit's
    display name) and the total matching. ``session`` is a Core connection or a session.

    A page deeper than the first starts at its first row's key (keyset), found in the sort's
    index: the same rows as skipping ``offset`` rows of the whole list, without reading them.
    """
    order = sort_order(CASES, sort)
    if limit < 1 or offset < 0:
        raise InvalidInputError("每页条数应为正整数，页码应从1开始")
    conditions = filter_conditions(session, flt)
    total = session.execute(select(func.count()).select_from(CASES).where(*conditions)).scalar()
    page = select(CASES, _UNIT_NAME).join(UNITS, UNITS.c.id == CASES.c.unit_id).where(*conditions)
    start = _page_start(session, conditions, sort, offset) if offset else None
    page = page.offset(offset) if start is None else page.where(start)
    rows = session.execute(page.order_by(*order).limit(limit))
    return [(row, row.unit_display_name) for row in rows], int(total or 0)


_UNIT_NAME = func.coalesce(UNITS.c.short_name, UNITS.c.name).label("unit_display_name")

#: Rows fetched from the driver at a time by :func:`iter_cases`.
STREAM_BATCH = 1000


def iter_cases(*, session: Any, flt: CaseFilter, sort: str = "filed") -> Iterator[tuple[Any, str]]:
    """Every matching case in the list's order, as :func:`list_cases` pages them, streamed
    from the driver ``STREAM_BATCH`` rows at a time (a server-side cursor on PostgreSQL):
    memory stays constant however many cases there are. ``session``: a Core connection."""
    order = sort_order(CASES, sort)
    conditions = filter_conditions(session, flt)
    query = (
        select(CASES, _UNIT_NAME)
        .join(UNITS, UNITS.c.id == CASES.c.unit_id)
        .where(*conditions)
        .order_by(*order)
    )
    result = session.execute(query.execution_options(stream_results=True, yield_per=STREAM_BATCH))
    for rows in result.partitions():
        for row in rows:
            yield row, row.unit_display_name


#: The columns :func:`iter_case_rows` reads: what ``views.case_public`` shows, in its
#: order (the unit's display name comes last).
PUBLIC_COLUMNS = (
    "case_no",
    "category",
    "field",
    "status",
    "filed_on",
    "closed_on",
    "outcome",
    "no_kind",
    "year",
    "court_code",
    "court_level",
    "type_code",
    "type_name",
    "instance",
    "court",
    "received_on",
    "heard_on",
    "heard",
    "head_appeared",
    "head_rank",
    "is_loss",
    "claimed_fen",
    "recovered_fen",
    "resolved",
    "group_size",
    "risk_level",
    "summary",
    "act_kind",
    "loss_reasons",
    "withdrawal_kind",
    "joint_respondent",
    "norm_review",
    "typical",
    "typical_note",
)


def iter_case_rows(
    *, session: Any, flt: CaseFilter, sort: str = "filed"
) -> Iterator[Sequence[Sequence[Any]]]:
    """:func:`iter_cases` as the driver gives its rows, ``STREAM_BATCH`` at a time
    (``db.driver_batches``: on SQLite dates stay the stored ISO text and booleans 0/1): the
    :data:`PUBLIC_COLUMNS`, then the unit's display name. ``session``: a Core connection."""
    from fylink.db import driver_batches

    order = sort_order(CASES, sort)
    conditions = filter_conditions(session, flt)
    query = (
        select(*(CASES.c[name] for name in PUBLIC_COLUMNS), _UNIT_NAME)
        .join(UNITS, UNITS.c.id == CASES.c.unit_id)
        .where(*conditions)
        .order_by(*order)
    )
    yield from driver_batches(session, query, STREAM_BATCH)
