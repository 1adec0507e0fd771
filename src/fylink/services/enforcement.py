"""涉行政机关执行 and 行政裁判履行 (issue 17): what agencies still owe, and lost judgments
not yet performed. Aggregates in SQL on both engines; reads through fylink.tables.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import ColumnElement, func, select

from fylink import tables
from fylink.domain.categories import CaseCategory
from fylink.errors import ConflictError, InvalidInputError

CASES = tables.cases
UNITS = tables.unit
PERFORMANCE = tables.judgment_performance
PERFORMANCE_STATES = ("履行", "未履行")


@dataclass
class UnpaidRow:
    unit: str
    cases: int
    claimed_fen: int
    recovered_fen: int
    unpaid_fen: int


def unpaid_by_unit(
    reader: Any, *, conditions: list[ColumnElement[bool]] | None = None, limit: int | None = None
) -> tuple[list[UnpaidRow], int]:
    """涉行政机关执行: per debtor unit, the cases with an amount still unpaid (标的 − 到位),
    largest first; and the number of such units."""
    c = CASES.c
    unpaid = func.coalesce(c.claimed_fen, 0) - func.coalesce(c.recovered_fen, 0)
    where = [
        c.category == CaseCategory.AGENCY_ENFORCEMENT.value,
        unpaid > 0,
        *(conditions or []),
    ]
    label = func.coalesce(UNITS.c.short_name, UNITS.c.name)
    grouped = (
        select(
            label.label("unit"),
            func.count().label("cases"),
            func.sum(func.coalesce(c.claimed_fen, 0)).label("claimed"),
            func.sum(func.coalesce(c.recovered_fen, 0)).label("recovered"),
            func.sum(unpaid).label("unpaid"),
            # How many units in all, whatever the limit: one statement (the report counts them).
            func.count().over().label("units"),
        )
        .select_from(CASES.join(UNITS, UNITS.c.id == c.unit_id))
        .where(*where)
        .group_by(UNITS.c.id, label)
    )
    query = grouped.order_by(func.sum(unpaid).desc(), label)
    if limit is not None:
        query = query.limit(limit)
    found = reader.execute(query).all()
    rows = [
        UnpaidRow(r.unit, int(r.cases), int(r.claimed), int(r.recovered), int(r.unpaid))
        for r in found
    ]
    return rows, int(found[0].units) if found else 0


def mark_performance(
    *, session: Any, case_no: str, status: str, on: date, note: str = ""
) -> tuple[Any, bool]:
    """Record whether a lost 行政诉讼 judgment was performed (履行/未履行) on ``on``."""
    from sqlmodel import select as orm_select

    from fylink.domain.values import check_text
    from fylink.models import JudgmentPerformance
    from fylink.services import journal
    from fylink.services.cases import get_case

    if status not in PERFORMANCE_STATES:
        raise InvalidInputError(f"履行情况“{status}”不存在，可选：履行、未履行")
    check_text(note, what="说明")
    case = get_case(session=session, case_no=case_no)
    if case.category != CaseCategory.LITIGATION.value or not case.is_loss:
        raise ConflictError(
            f"{case.case_no} 不是行政机关败诉的行政诉讼案件：只有败诉裁判才记录履行情况"
        )
    row = session.exec(
        orm_select(JudgmentPerformance).where(JudgmentPerformance.case_id == case.id)
    ).first()
    now = datetime.now(UTC)
    if row is None:
        row = JudgmentPerformance(
            case_id=case.id,  # type: ignore[arg-type]
            status=status,
            marked_on=on,
            note=note,
            created_at=now,
            updated_at=now,
        )
        journal.insert(session, row, case_id=case.id)
        return row, True
    journal.update(session, row, {"status": status, "marked_on": on, "note": note}, case_id=case.id)
    return row, False


def unperformed(reader: Any, *, limit: int | None = None) -> tuple[list[Any], int]:
    """未履行 败诉 judgments: marked 未履行, or lost and never marked; oldest first."""
    c, p = CASES.c, PERFORMANCE.c
    label = func.coalesce(UNITS.c.short_name, UNITS.c.name)
    base = (
        select(
            c.case_no,
            label.label("unit"),
            c.outcome,
            c.closed_on,
            p.status,
            p.marked_on,
            p.note,
        )
        .select_from(
            CASES.join(UNITS, UNITS.c.id == c.unit_id).outerjoin(PERFORMANCE, p.case_id == c.id)
        )
        .where(
            c.category == CaseCategory.LITIGATION.value,
            c.is_loss.is_(True),
            (p.status == "未履行") | p.status.is_(None),
        )
    )
    total = reader.execute(select(func.count()).select_from(base.subquery())).scalar()
    query = base.order_by(c.closed_on, c.case_no)
    if limit is not None:
        query = query.limit(limit)
    return list(reader.execute(query).all()), int(total or 0)
