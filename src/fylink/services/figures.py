"""Figures the register cannot count, supplied from outside with their source.

万人成讼率 divides the court's new first-instance civil and administrative cases by the
resident population: neither is in the register (the register follows the cases of the
office's units, not every civil suit of the county). The office enters them per region and
period as they are published — the population from the 统计局's 公报, the court's totals
from its 审判管理 office — each with where it came from (``fylink report figure set``).
Setting a figure again with another value is a correction and needs ``correct``; every
change is journaled.

Which figure a report uses (:func:`per_10k_inputs`):

* the population: the period's own figure, else the year's, else the latest earlier
  year's (公报 come out a year late), else ``indicators.population`` of the settings;
* the court's totals: the period's own figures (both of them); for a year, the year's
  figures or, when all four are there, the sum of its quarters. Without them the numerator
  is the register's own count, and the report says so.
"""

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from fylink import tables
from fylink.errors import ConflictError, InvalidInputError, NotFoundError

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlmodel import Session

    from fylink.domain.indicators import Period
    from fylink.models import ExternalFigure

    Reader = Connection | Session

#: key → the name the office uses (also accepted on the command line).
KEYS = {
    "population": "常住人口",
    "court_civil_first": "一审民事收案",
    "court_admin_first": "一审行政收案",
}
#: The unit of each figure, as shown.
UNITS = {"population": "人", "court_civil_first": "件", "court_admin_first": "件"}
COURT_KEYS = ("court_civil_first", "court_admin_first")
_ALIASES = {
    "人口": "population",
    "常住人口数": "population",
    "民事": "court_civil_first",
    "一审民事": "court_civil_first",
    "新收一审民事案件": "court_civil_first",
    "行政": "court_admin_first",
    "一审行政": "court_admin_first",
    "新收一审行政案件": "court_admin_first",
}
#: Largest value accepted (a province's population is under 10⁹).
MAX_VALUE = 10**10

FIGURES = tables.external_figure


def parse_key(text: str) -> str:
    """常住人口 / 一审民事收案 / 一审行政收案 (or their keys)."""
    wanted = text.strip()
    if wanted in KEYS:
        return wanted
    for key, name in KEYS.items():
        if wanted == name:
            return key
    if wanted in _ALIASES:
        return _ALIASES[wanted]
    raise InvalidInputError(f"没有“{text}”这一数据项，可录入：{'、'.join(KEYS.values())}")


def period_text(year: int, quarter: int) -> str:
    return f"{year}年第{'一二三四'[quarter - 1]}季度" if quarter else f"{year}年"


def _region(session: "Session", region: str | None) -> str:
    from sqlmodel import select as sm_select

    from fylink.models import Office

    if region and region.strip():
        return region.strip()
    office = session.exec(sm_select(Office)).first()
    if office is None or not office.region.strip():
        raise InvalidInputError("请用 --region 写明地区（办公室未登记所属地区）")
    return office.region.strip()


def _find(
    session: "Session", region: str, year: int, quarter: int, key: str
) -> "ExternalFigure | None":
    from sqlmodel import select as sm_select

    from fylink.models import ExternalFigure

    return session.exec(
        sm_select(ExternalFigure).where(
            ExternalFigure.region == region,
            ExternalFigure.year == year,
            ExternalFigure.quarter == quarter,
            ExternalFigure.key == key,
        )
    ).first()


@dataclass
class SetResult:
    figure: "ExternalFigure"
    #: inserted / corrected / unchanged
    action: str
    before: int | None = None


def set_figure(
    *,
    session: "Session",
    key: str,
    value: int,
    year: int,
    quarter: int = 0,
    region: str | None = None,
    source: str,
    note: str = "",
    correct: bool = False,
) -> SetResult:
    """Record (or, with ``correct``, correct) one externally supplied figure."""
    from fylink.models import ExternalFigure
    from fylink.services import journal

    key = parse_key(key)
    if not 0 <= quarter <= 4:
        raise InvalidInputError("季度应为1至4（全年不写 --quarter）")
    if value < 0 or value > MAX_VALUE:
        raise InvalidInputError(f"{KEYS[key]}应为0至{MAX_VALUE:,}之间的整数")
    if key == "population" and value == 0:
        raise InvalidInputError("常住人口不能为0")
    source = " ".join(source.split())
    if not source:
        raise InvalidInputError("请用 --source 写明数据来源，如：县统计局《2025年统计公报》")
    if len(source) > 200:
        raise InvalidInputError("数据来源不能超过200个字")
    where = _region(session, region)
    now = datetime.now(UTC)
    existing = _find(session, where, year, quarter, key)
    label = f"{where}{period_text(year, quarter)}{KEYS[key]}"
    if existing is None:
        figure = ExternalFigure(
            region=where,
            year=year,
            quarter=quarter,
            key=key,
            value=value,
            source=source,
            note=note.strip(),
            created_at=now,
            updated_at=now,
        )
        journal.insert(session, figure)
        return SetResult(figure, "inserted")
    if existing.value == value and existing.source == source and not note.strip():
        return SetResult(existing, "unchanged", existing.value)
    if not correct:
        raise ConflictError(
            f"{label}已录入：{existing.value:,}{UNITS[key]}（来源：{existing.source}）；"
            "如需更正请加 --correct"
        )
    before = existing.value
    values: dict[str, Any] = {"value": value, "source": source, "updated_at": now}
    if note.strip():
        values["note"] = note.strip()
    journal.update(session, existing, values)
    return SetResult(existing, "corrected", before)


def remove_figure(
    *, session: "Session", key: str, year: int, quarter: int = 0, region: str | None = None
) -> "ExternalFigure":
    from fylink.services import journal

    key = parse_key(key)
    where = _region(session, region)
    existing = _find(session, where, year, quarter, key)
    if existing is None:
        raise NotFoundError(
            f"{where}{period_text(year, quarter)}{KEYS[key]}尚未录入："
            "用 fylink report figure list 查看"
        )
    journal.delete(session, existing)
    return existing


def list_figures(
    *, session: "Reader", region: str | None = None, year: int | None = None
) -> list[dict[str, Any]]:
    f = FIGURES.c
    query = select(f.region, f.year, f.quarter, f.key, f.value, f.source, f.note).order_by(
        f.region, f.year, f.quarter, f.key
    )
    if region:
        query = query.where(f.region == region.strip())
    if year is not None:
        query = query.where(f.year == year)
    order = list(KEYS)
    rows = [dict(row._mapping) for row in session.execute(query)]
    rows.sort(key=lambda r: (r["region"], r["year"], r["quarter"], order.index(r["key"])))
    return [
        r
        | {
            "name": KEYS[r["key"]],
            "unit": UNITS[r["key"]],
            "period": period_text(r["year"], r["quarter"]),
        }
        for r in rows
    ]


# --- what a report uses --------------------------------------------------------------------------


@dataclass
class Per10kInputs:
    """What 万人成讼率 of one period divides: the court's totals (or None: the register's
    count) by the population (None: unknown), and where each came from."""

    population: int | None = None
    #: The court's new first-instance civil + administrative cases; None without them.
    court_total: int | None = None
    #: One line per figure used: 常住人口812,300人（2024年，来源：…）.
    sources: list[str] = field(default_factory=list)
    #: The figures used, as JSON.
    used: dict[str, Any] = field(default_factory=dict)
    #: What is missing, as the report says it.
    missing: list[str] = field(default_factory=list)


def _rows(session: "Reader", region: str, years: set[int]) -> dict[tuple[int, int, str], Any]:
    f = FIGURES.c
    found = {}
    for row in session.execute(
        select(f.year, f.quarter, f.key, f.value, f.source).where(
            f.region == region, f.year <= max(years)
        )
    ):
        found[(row.year, row.quarter, row.key)] = row
    return found


def per_10k_inputs(
    *,
    session: "Reader",
    region: str,
    periods: "list[Period]",
    configured_population: dict[str, int],
) -> list[Per10kInputs]:
    """The 万人成讼率 inputs of each period (a report's current, last-year, previous)."""
    if not region:
        return [Per10kInputs() for _ in periods]
    rows = _rows(session, region, {p.year for p in periods})
    return [_inputs(rows, region, p, configured_population) for p in periods]


def _figure_json(row: Any, year: int, quarter: int) -> dict[str, Any]:
    return {
        "value": int(row.value),
        "source": row.source,
        "period": period_text(year, quarter),
    }


def _inputs(
    rows: dict[tuple[int, int, str], Any],
    region: str,
    period: "Period",
    configured: dict[str, int],
) -> Per10kInputs:
    out = Per10kInputs()
    year, quarter = period.year, period.quarter or 0
    # Population: the period's, the year's, the latest earlier year's, then the settings.
    candidates = [(year, quarter)] if quarter else []
    candidates.append((year, 0))
    candidates += sorted(
        {(y, 0) for (y, q, k) in rows if k == "population" and q == 0 and y < year},
        reverse=True,
    )
    for y, q in candidates:
        row = rows.get((y, q, "population"))
        if row is not None:
            out.population = int(row.value)
            out.used["population"] = _figure_json(row, y, q)
            out.sources.append(
                f"常住人口{int(row.value):,}人（{period_text(y, q)}，来源：{row.source}）"
            )
            break
    else:
        if region in configured:
            out.population = configured[region]
            out.used["population"] = {
                "value": out.population,
                "source": "配置项 indicators.population",
                "period": None,
            }
            out.sources.append(
                f"常住人口{out.population:,}人（来源：配置项 indicators.population）"
            )
        else:
            out.missing.append("population")
    # The court's totals: the period's own, or a year's four quarters.
    court: dict[str, tuple[int, str]] = {}
    for key in COURT_KEYS:
        row = rows.get((year, quarter, key))
        if row is not None:
            court[key] = (int(row.value), f"来源：{row.source}")
            out.used[key] = _figure_json(row, year, quarter)
        elif not quarter and all((year, q, key) in rows for q in range(1, 5)):
            parts = [rows[(year, q, key)] for q in range(1, 5)]
            total = sum(int(r.value) for r in parts)
            sources = "；".join(dict.fromkeys(r.source for r in parts))
            court[key] = (total, f"四个季度之和，来源：{sources}")
            out.used[key] = {"value": total, "source": sources, "period": period_text(year, 0)}
    if len(court) == len(COURT_KEYS):
        out.court_total = sum(value for value, _ in court.values())
        for key in COURT_KEYS:
            value, source = court[key]
            out.sources.append(
                f"法院新收{KEYS[key].removesuffix('收案')}案件{value:,}件"
                f"（{period_text(year, quarter)}，{source}）"
            )
    else:
        out.missing.extend(key for key in COURT_KEYS if key not in court)
        for key in COURT_KEYS:
            out.used.pop(key, None)
    return out
