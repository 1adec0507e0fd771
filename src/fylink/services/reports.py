"""The quarterly and annual report: indicators of domain.md §4 computed in SQL.

Every figure is a ``SUM(CASE WHEN … THEN 1 ELSE 0 END)`` (or a sum of an
amount) over the rows of one *source* — cases by 立案日期, by 结案日期 or by
开庭日期, tasks by 完成时限, suggestions by 反馈期限 — for one period. One
statement per source computes every indicator of that source for the
current period, the same period a year earlier (同比) and the previous
quarter (环比), per unit, and the totals: the per-unit groups are a
common table expression that the totals re-aggregate (a portable ROLLUP),
so each source's rows are read once. Nothing is counted in Python.

The same SQL conditions drive ``--explain``, which lists the records behind
a numerator and a denominator, so every published figure can be traced to
its case numbers.

The result of :func:`build_report` is a plain JSON-ready dict (the shape of
``fylink report quarterly --json``, documented in docs/readme/report.md):
the terminal, the workbook, the Word briefing and a published snapshot all
render the same dict.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Integer,
    and_,
    case,
    cast,
    func,
    literal_column,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.sql.elements import ColumnElement

from fylink import clock, tables
from fylink.domain import indicators as ind
from fylink.domain.categories import AGENCY_KINDS, DISPUTE_CATEGORIES, CaseCategory
from fylink.domain.indicators import Definition, IndicatorSettings, Kind, Period
from fylink.domain.money import format_yuan
from fylink.errors import ConflictError, InvalidInputError, NotFoundError
from fylink.services import enforcement, figures
from fylink.services.unit_moves import has_moves, held_unit
from fylink.services.unit_names import find_unit_row

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlmodel import Session

    from fylink.models import PeriodSnapshot, ReportSnapshot

    #: A published report: a quarter or a year, or another period.
    Snapshot = ReportSnapshot | PeriodSnapshot

    #: What computing a report reads through: a Core connection (db.read_scope) or a session.
    Reader = Connection | Session

# Computing a report only reads: through the Core tables and a Core connection, so
# `report quarterly` neither imports the ORM nor builds the model classes (together a
# third of a command's start). Publishing loads them where it needs them.
CASES = tables.cases
UNITS = tables.unit
TASKS = tables.task
SUGGESTIONS = tables.suggestion
OFFICES = tables.office
JOURNAL = tables.journal

#: How many records each "需要关注" list shows (the totals are always complete).
ATTENTION_LIMIT = 20


# --- scope and options -------------------------------------------------------------------------


@dataclass(frozen=True)
class Scope:
    """The whole office, one unit, or the units of one region."""

    unit_id: int | None = None
    unit_name: str = ""
    region: str = ""

    @property
    def key(self) -> str:
        """How a published report of this scope is filed ("" for the whole office)."""
        if self.unit_id is not None:
            return f"单位:{self.unit_name}"
        if self.region:
            return f"地区:{self.region}"
        return ""

    def public(self) -> dict[str, Any]:
        return {"unit": self.unit_name or None, "region": self.region or None}


def resolve_scope(*, session: Reader, unit: str | None = None, region: str | None = None) -> Scope:
    if unit and region:
        raise InvalidInputError("--unit 和 --region 只能选一个")
    if unit:
        found = find_unit_row(session, unit)
        return Scope(unit_id=found.id, unit_name=found.short_name or found.name)
    if region:
        wanted = region.strip()
        count = session.execute(
            select(func.count()).select_from(UNITS).where(UNITS.c.region == wanted)
        ).scalar_one()
        if not count:
            known = [r for r in session.execute(select(UNITS.c.region).distinct()).scalars() if r]
            hint = (
                f"，已登记的地区：{'、'.join(sorted(known))}" if known else "；单位均未登记所属地区"
            )
            raise NotFoundError(f"地区“{wanted}”下没有单位{hint}")
        return Scope(region=wanted)
    return Scope()


@dataclass(frozen=True)
class Options:
    indicators: IndicatorSettings = field(default_factory=IndicatorSettings)
    #: Resident population per region (``indicators.population``).
    population: dict[str, int] = field(default_factory=dict)
    #: Unit kinds left out of the ranking of units: the court and the procuratorate are not
    #: assessed units (``escalation.consult_kinds``, unless ``escalation.rank_consult_kinds``).
    unranked_kinds: tuple[str, ...] = ("法院", "检察院")
    #: 机构改革: count a merged unit's records under the unit it was merged into
    #: (``report quarterly --successor``); by default each record counts under its own unit.
    successor: bool = False

    @classmethod
    def from_settings(cls, settings: Any) -> Options:
        escalation = settings.escalation
        return cls(
            indicators=IndicatorSettings.from_config(settings.indicators),
            population=dict(settings.indicators.population),
            unranked_kinds=() if escalation.rank_consult_kinds else tuple(escalation.consult_kinds),
        )


# --- sources and measures ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Source:
    table: Any
    date_col: Any
    unit_col: Any
    #: Rows of the table that belong to this source at all.
    extra: tuple[ColumnElement[bool], ...] = ()
    #: The table's rows in ``unit_move`` (a unit merge moved them).
    record: str = "case"


def _sources() -> dict[str, _Source]:
    c, t, s = CASES.c, TASKS.c, SUGGESTIONS.c
    return {
        "filed": _Source(CASES, c.filed_on, c.unit_id),
        "closed": _Source(CASES, c.closed_on, c.unit_id),
        "heard": _Source(CASES, c.heard_on, c.unit_id, (c.heard.is_(True),)),
        "task": _Source(TASKS, t.due_on, t.lead_unit_id, record="task"),
        "suggestion": _Source(SUGGESTIONS, s.reply_due, s.unit_id, record="suggestion"),
    }


SOURCES = _sources()

#: What ``--explain`` shows per source: (column label, record field).
EXPLAIN_COLUMNS: dict[str, list[tuple[str, str]]] = {
    "filed": [
        ("案号", "case_no"),
        ("类别", "category"),
        ("单位", "unit"),
        ("立案日期", "filed_on"),
        ("状态", "status"),
        ("计入", "counted"),
    ],
    "closed": [
        ("案号", "case_no"),
        ("类别", "category"),
        ("单位", "unit"),
        ("结案日期", "closed_on"),
        ("结果", "outcome"),
        ("计入", "counted"),
    ],
    "closed_money": [
        ("案号", "case_no"),
        ("单位", "unit"),
        ("结案日期", "closed_on"),
        ("结果", "outcome"),
        ("申请执行标的（元）", "claimed_amount"),
        ("执行到位（元）", "recovered_amount"),
    ],
    "heard": [
        ("案号", "case_no"),
        ("单位", "unit"),
        ("开庭日期", "heard_on"),
        ("负责人出庭", "head"),
        ("计入", "counted"),
    ],
    "task": [
        ("编号", "id"),
        ("事项", "content"),
        ("牵头单位", "unit"),
        ("完成时限", "due_on"),
        ("完成日期", "completed_on"),
        ("计入", "counted"),
    ],
    "suggestion": [
        ("文号", "doc_no"),
        ("发出机关", "issuer"),
        ("单位", "unit"),
        ("反馈期限", "reply_due"),
        ("反馈日期", "replied_on"),
        ("计入", "counted"),
    ],
}


@dataclass(frozen=True)
class _Measure:
    key: str
    source: str
    #: Case categories the measure counts (cases sources only).
    categories: tuple[str, ...] = ()
    #: Rows of the source (and categories) the measure is about at all.
    scope: ColumnElement[bool] | None = None
    #: Rows of the scope in the numerator (None: every row of the scope).
    numerator: ColumnElement[bool] | None = None
    #: Rows of the scope in the denominator (None: every row of the scope).
    denominator: ColumnElement[bool] | None = None
    has_denominator: bool = True
    #: Summed instead of counted (amounts in 分).
    num_amount: ColumnElement[Any] | None = None
    den_amount: ColumnElement[Any] | None = None
    #: Overdue-style measure: a state on the as-of day, not a period's rows.
    state: bool = False


def _measures(settings: IndicatorSettings) -> dict[str, _Measure]:
    c, t, s = CASES.c, TASKS.c, SUGGESTIONS.c
    agency = UNITS.c.kind.in_(sorted(k.value for k in AGENCY_KINDS))
    first_instance = and_(c.instance == "一审", agency)
    litigation = (CaseCategory.LITIGATION.value,)
    reconsideration = (CaseCategory.RECONSIDERATION.value,)
    enforcement = (CaseCategory.AGENCY_ENFORCEMENT.value,)
    head: ColumnElement[bool] = c.head_appeared.is_(True)
    if settings.head_appearance_principal_only:
        head = and_(head, c.head_rank == "正职")
    settled: ColumnElement[bool] = c.is_settled.is_(True)
    if settings.settlement_includes_withdrawal:
        settled = or_(settled, c.is_withdrawn.is_(True))
    recovered = func.coalesce(c.recovered_fen, 0)
    # 败诉率 on the final outcome: the verdict of the latest later instance that decided.
    final = _final_verdict() if settings.loss_rate_outcome == "final" else None
    loss = case((c.is_loss.is_(True), 1), else_=0)
    disputes = tuple(sorted(k.value for k in DISPUTE_CATEGORIES))
    dispute_scope: ColumnElement[bool] | None = None
    if settings.resolution_includes_withdrawn_suits:
        # A suit withdrawn after coordination (协调撤诉) and marked resolved is a resolved
        # dispute too; other suits are not disputes of this rate.
        disputes = tuple(sorted((*disputes, CaseCategory.LITIGATION.value)))
        dispute_scope = or_(
            c.category != CaseCategory.LITIGATION.value,
            and_(c.is_withdrawn.is_(True), c.resolved.is_(True)),
        )
    items = [
        _Measure("litigation_filed", "filed", litigation, first_instance, has_denominator=False),
        _Measure(
            "loss_rate",
            "closed",
            litigation,
            first_instance if final is None else and_(first_instance, func.coalesce(final, 0) != 2),
            numerator=c.is_loss.is_(True) if final is None else func.coalesce(final, loss) == 1,
            denominator=(
                c.is_judgment.is_(True) if settings.loss_rate_denominator == "judgment" else None
            ),
        ),
        _Measure("head_appearance_rate", "heard", litigation, agency, numerator=head),
        _Measure(
            "reconsideration_correction_rate",
            "closed",
            reconsideration,
            numerator=c.is_correction.is_(True),
            denominator=(
                c.is_judgment.is_(True)
                if settings.reconsideration_correction_denominator == "decided"
                else None
            ),
        ),
        _Measure("reconsideration_settlement_rate", "closed", reconsideration, numerator=settled),
        _Measure(
            "substantive_resolution_rate",
            "closed",
            disputes,
            scope=dispute_scope,
            numerator=c.resolved.is_(True),
        ),
        _Measure(
            "presuit_mediation_success_rate",
            "closed",
            (CaseCategory.PRESUIT_MEDIATION.value,),
            numerator=c.is_settled.is_(True),
        ),
        _Measure(
            "enforcement_closed",
            "closed",
            enforcement,
            # 终结本次执行 leaves the debt unpaid and the case may resume (执恢): no 执结.
            scope=(
                None
                if settings.enforcement_closed_includes_terminated
                else c.outcome != "终结本次执行"
            ),
            has_denominator=False,
        ),
        _Measure(
            "enforcement_amount", "closed", enforcement, has_denominator=False, num_amount=recovered
        ),
        _Measure(
            "enforcement_recovery_rate",
            "closed",
            enforcement,
            scope=c.claimed_fen > 0,
            num_amount=recovered,
            den_amount=c.claimed_fen,
        ),
        _Measure("suggestion_feedback_rate", "suggestion", numerator=s.replied_on.is_not(None)),
        _Measure(
            "suggestion_reply_rate",
            "suggestion",
            numerator=and_(s.replied_on.is_not(None), s.replied_on <= s.reply_due),
        ),
        _Measure(
            "task_completion_rate",
            "task",
            numerator=and_(t.completed_on.is_not(None), t.completed_on <= t.due_on),
        ),
        _Measure(
            "litigation_per_10k",
            "filed",
            # Every category: a civil 民初 number may sit under 其他. Listing them all lets
            # the (category, filed_on) index serve the date range.
            tuple(k.value for k in CaseCategory),
            and_(c.instance == "一审", c.case_family.in_(("行政", "行政赔偿", "民事"))),
            has_denominator=False,
        ),
        _Measure("tasks_overdue", "task", has_denominator=False, state=True),
        _Measure("suggestions_unanswered", "suggestion", has_denominator=False, state=True),
    ]
    return {m.key: m for m in items}


#: Outcomes of a 二审 or 再审 that decide the case anew (others leave the earlier result).
DECISIVE_OUTCOMES = ("改判", "部分改判", "发回重审")


def _final_verdict() -> Any:
    """Per first-instance case (correlated): 1 when the latest later instance (二审, 再审,
    linked with ``--related``, up to three steps) that 改判'd found the agency lost, 0 when
    it found it did not, 2 when the case was 发回重审 (its retrial counts on its own), NULL
    when no later instance decided (the case's own result stands)."""
    link = tables.case_link
    l1, l2, l3 = link.alias("l1"), link.alias("l2"), link.alias("l3")
    chain = union_all(
        select(l1.c.related_id.label("root"), l1.c.case_id.label("later_id")),
        select(l1.c.related_id, l2.c.case_id).select_from(
            l1.join(l2, l2.c.related_id == l1.c.case_id)
        ),
        select(l1.c.related_id, l3.c.case_id).select_from(
            l1.join(l2, l2.c.related_id == l1.c.case_id).join(l3, l3.c.related_id == l2.c.case_id)
        ),
    ).subquery("chain")
    later = CASES.alias("later")
    verdict = case((later.c.outcome == "发回重审", 2), (later.c.is_loss.is_(True), 1), else_=0)
    return (
        select(verdict)
        .select_from(chain.join(later, later.c.id == chain.c.later_id))
        .where(
            chain.c.root == CASES.c.id,
            later.c.closed_on.is_not(None),
            later.c.outcome.in_(DECISIVE_OUTCOMES),
        )
        .order_by(later.c.closed_on.desc(), later.c.id.desc())
        .limit(1)
        .correlate(CASES)
        .scalar_subquery()
    )


def _state_condition(source: str, as_of: date) -> ColumnElement[bool]:
    """Overdue on ``as_of``: the deadline passed before it and nothing was done by then."""
    if source == "task":
        t = TASKS.c
        return and_(t.due_on < as_of, or_(t.completed_on.is_(None), t.completed_on > as_of))
    s = SUGGESTIONS.c
    return and_(s.reply_due < as_of, or_(s.replied_on.is_(None), s.replied_on > as_of))


# --- aggregation -------------------------------------------------------------------------------

#: (unit id or None for the total, period index) → {label: sum}
Sums = dict[tuple[int | None, int], dict[str, int]]


@dataclass(frozen=True)
class _Window:
    """One period as counted: its dates, cut at the as-of day."""

    start: date
    end: date

    @property
    def as_of(self) -> date:
        return self.end


def _window(period: Period, today: date) -> _Window:
    return _Window(period.start, min(period.end, today))


@dataclass(frozen=True)
class _Owner:
    """Whose a source's row is in a report: the FROM (the source joined to the unit it
    counts under, or to its own unit) and the unit id expression to group and scope by."""

    joined: Any
    unit: Any


def _owner(source: _Source, as_of: date, *, successor: bool, moves: bool) -> _Owner:
    """The unit a row counts under for a period ending ``as_of`` (机构改革, #12).

    By default the unit the row had on that day: a row a merge moved (``unit_move``) counts
    under the merged unit in periods that end before the merge date, under the unit it was
    moved to after (of a chain A→B→C, the earliest move after the day names the unit); rows
    never moved count under their own unit. With ``successor``, every row counts under the
    unit still in being: its own, or the one its own was merged into (a merge passes on the
    units merged into the old unit before, so one step leads to the unit in being).
    """
    if successor:
        return _Owner(
            source.table.join(UNITS, UNITS.c.id == source.unit_col),
            func.coalesce(UNITS.c.merged_into_id, source.unit_col),
        )
    if not moves:
        return _Owner(source.table.join(UNITS, UNITS.c.id == source.unit_col), source.unit_col)
    held = held_unit(source.table, source.unit_col, source.record, as_of)
    return _Owner(source.table.join(UNITS, UNITS.c.id == held), UNITS.c.id)


def _scope_conditions(owner: _Owner, scope: Scope) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if scope.unit_id is not None:
        conditions.append(owner.unit == scope.unit_id)
    if scope.region:
        conditions.append(UNITS.c.region == scope.region)
    return conditions


def _row_condition(
    measure: _Measure, query_categories: set[str], part: ColumnElement[bool] | None
) -> ColumnElement[bool] | None:
    """The CASE WHEN condition of one measure's numerator or denominator."""
    parts: list[ColumnElement[bool]] = []
    if measure.categories and set(measure.categories) != query_categories:
        parts.append(CASES.c.category.in_(measure.categories))
    if measure.scope is not None:
        parts.append(measure.scope)
    if part is not None:
        parts.append(part)
    if not parts:
        return None
    return and_(*parts) if len(parts) > 1 else parts[0]


def _sum(condition: ColumnElement[bool] | None, amount: ColumnElement[Any] | None) -> Any:
    value: Any = amount if amount is not None else literal_column("1", Integer)
    expression = value if condition is None else case((condition, value), else_=0)
    return func.coalesce(func.sum(expression), 0)


def _aggregates(measures: Sequence[_Measure], categories: set[str]) -> list[Any]:
    columns = []
    for m in measures:
        condition = _row_condition(m, categories, m.numerator)
        columns.append(_sum(condition, m.num_amount).label(f"{m.key}__n"))
        if m.has_denominator:
            condition = _row_condition(m, categories, m.denominator)
            columns.append(_sum(condition, m.den_amount).label(f"{m.key}__d"))
    return columns


def _labels(measures: Sequence[_Measure]) -> list[str]:
    labels = []
    for m in measures:
        labels.append(f"{m.key}__n")
        if m.has_denominator:
            labels.append(f"{m.key}__d")
    return labels


def _rollup(session: Reader, per_unit: Any, labels: list[str]) -> Sums:
    """Run a (unit_id, p, …sums) statement and add the totals per p in the same statement."""
    groups = per_unit.cte("groups").prefix_with("MATERIALIZED")
    totals = select(
        cast(null(), Integer).label("unit_id"),
        groups.c.p,
        *(func.sum(groups.c[label]).label(label) for label in labels),
    ).group_by(groups.c.p)
    statement = union_all(select(groups), totals)
    return _collect(session, statement, labels)


def _collect(session: Reader, statement: Any, labels: list[str]) -> Sums:
    sums: Sums = {}
    for row in session.execute(statement):
        mapping = row._mapping
        sums[(mapping["unit_id"], int(mapping["p"]))] = {
            label: int(mapping[label] or 0) for label in labels
        }
    return sums


def _aggregate(
    session: Reader,
    *,
    source_name: str,
    measures: Sequence[_Measure],
    windows: Sequence[_Window],
    scope: Scope,
    by_unit: bool,
    successor: bool = False,
    moves: bool = False,
) -> Sums:
    """Numerators and denominators of ``measures`` for each window, per unit and in total."""
    source = SOURCES[source_name]
    if measures[0].state:
        return _aggregate_state(
            session,
            source_name=source_name,
            measures=measures,
            windows=windows,
            scope=scope,
            by_unit=by_unit,
            successor=successor,
            moves=moves,
        )
    categories: set[str] = set()
    if all(m.categories for m in measures):
        categories = {category for m in measures for category in m.categories}
    columns = _aggregates(measures, categories)
    labels = _labels(measures)
    parts = []
    for index, window in enumerate(windows):
        where = [source.date_col.between(window.start, window.end), *source.extra]
        if categories:
            where.append(CASES.c.category.in_(sorted(categories)))
        owner = _owner(source, window.as_of, successor=successor, moves=moves)
        where.extend(_scope_conditions(owner, scope))
        unit_column = owner.unit if by_unit else cast(null(), Integer)
        part = (
            select(
                unit_column.label("unit_id"),
                literal_column(str(index), Integer).label("p"),
                *columns,
            )
            .select_from(owner.joined)
            .where(*where)
        )
        if by_unit:
            part = part.group_by(owner.unit)
        parts.append(part)
    if by_unit:
        return _rollup(session, parts[0] if len(parts) == 1 else union_all(*parts), labels)
    return _collect(session, parts[0] if len(parts) == 1 else union_all(*parts), labels)


def _aggregate_state(
    session: Reader,
    *,
    source_name: str,
    measures: Sequence[_Measure],
    windows: Sequence[_Window],
    scope: Scope,
    by_unit: bool,
    successor: bool = False,
    moves: bool = False,
) -> Sums:
    """Overdue counts on each window's as-of day, in one pass over the table (one pass
    per window when a merge moved records: each window has its own owners)."""
    source = SOURCES[source_name]
    (measure,) = measures
    split = by_unit or scope.unit_id is not None or bool(scope.region)
    if moves and not successor and len(windows) > 1 and split:
        sums: Sums = {}
        for index, window in enumerate(windows):
            one = _aggregate_state(
                session,
                source_name=source_name,
                measures=measures,
                windows=[window],
                scope=scope,
                by_unit=by_unit,
                moves=True,
            )
            for (unit_id, _), values in one.items():
                sums[(unit_id, index)] = values
        return sums
    label = f"{measure.key}__n"
    columns = [
        _sum(_state_condition(source_name, w.as_of), None).label(f"s{i}")
        for i, w in enumerate(windows)
    ]
    latest = max(w.as_of for w in windows)
    earliest = min(w.as_of for w in windows)
    done = TASKS.c.completed_on if source_name == "task" else SUGGESTIONS.c.replied_on
    owner = _owner(source, latest, successor=successor, moves=moves)
    where = [
        source.date_col < latest,
        or_(done.is_(None), done > earliest),
        *_scope_conditions(owner, scope),
    ]
    unit_column = owner.unit if by_unit else cast(null(), Integer)
    statement = (
        select(unit_column.label("unit_id"), *columns).select_from(owner.joined).where(*where)
    )
    final: Any = statement
    if by_unit:
        groups = statement.group_by(owner.unit).cte("groups").prefix_with("MATERIALIZED")
        totals = select(
            cast(null(), Integer).label("unit_id"),
            *(func.sum(groups.c[f"s{i}"]).label(f"s{i}") for i in range(len(windows))),
        )
        final = union_all(select(groups), totals)
    sums = {}
    for row in session.execute(final):
        mapping = row._mapping
        for i in range(len(windows)):
            sums[(mapping["unit_id"], i)] = {label: int(mapping[f"s{i}"] or 0)}
    return sums


def _compute(
    session: Reader,
    *,
    measures: dict[str, _Measure],
    keys: Iterable[str],
    windows: Sequence[_Window],
    scope: Scope,
    by_unit: bool,
    successor: bool = False,
    moves: bool | None = None,
) -> Sums:
    """One statement per source for all the ``keys``; merged into one mapping. ``moves``:
    whether a unit merge moved records (None: ask the database)."""
    if moves is None:
        moves = has_moves(session)
    moves = moves and not successor
    by_source: dict[tuple[str, bool], list[_Measure]] = {}
    for key in keys:
        m = measures[key]
        by_source.setdefault((m.source, m.state), []).append(m)
    merged: Sums = {}
    for (source_name, state), group in by_source.items():
        batches = [[m] for m in group] if state else [group]
        for batch in batches:
            sums = _aggregate(
                session,
                source_name=source_name,
                measures=batch,
                windows=windows,
                scope=scope,
                by_unit=by_unit,
                successor=successor,
                moves=moves,
            )
            for place, values in sums.items():
                merged.setdefault(place, {}).update(values)
    return merged


# --- figures -----------------------------------------------------------------------------------


#: 万人成讼率's inputs of one period: the court's total (None: the register's count) and
#: the population (None: unknown).
Per10k = tuple[int | None, int | None]


def _numbers(
    definition: Definition, sums: dict[str, int], per10k: Per10k | None
) -> tuple[int, int | None]:
    numerator = sums.get(f"{definition.key}__n", 0)
    if definition.kind is Kind.PER_10K:
        court, population = per10k or (None, None)
        return (numerator if court is None else court), population
    denominator = sums.get(f"{definition.key}__d", 0) if definition.denominator else None
    return numerator, denominator


def _money(fen: int | None) -> float | None:
    return None if fen is None else float(Decimal(fen) / 100)


def _plain(definition: Definition, numerator: int, denominator: int | None) -> dict[str, Any]:
    value = ind.value_of(definition.kind, numerator, denominator)
    if definition.money:
        return {
            "numerator": _money(numerator),
            "denominator": _money(denominator),
            "value": ind.to_json_number(value),
        }
    return {
        "numerator": numerator,
        "denominator": denominator,
        "value": ind.to_json_number(value),
    }


def _figure(
    definition: Definition,
    current: tuple[int, int | None],
    last_year: tuple[int, int | None],
    previous: tuple[int, int | None] | None,
) -> dict[str, Any]:
    kind = definition.kind
    value = ind.value_of(kind, *current)
    value_ly = ind.value_of(kind, *last_year)
    yoy = ind.change(kind, value_ly, value)
    small = ind.small_base(kind, *last_year) if yoy is not None else None
    figure: dict[str, Any] = {
        "key": definition.key,
        "name": definition.name,
        "unit": ind.UNIT_LABEL[kind],
        **_plain(definition, *current),
        "display": ind.format_value(kind, value),
        "fraction": ind.fraction(definition, *current),
        "yoy": ind.to_json_number(yoy),
        "yoy_display": ind.format_change_with_arrow(kind, yoy),
        "yoy_text": ind.describe_change(kind, yoy) + _caveat(small, "去年同期"),
        "yoy_small_base": small,
        "last_year": _plain(definition, *last_year) | {"display": ind.format_value(kind, value_ly)},
        "qoq": None,
        "qoq_display": ind.DASH,
        "qoq_text": "",
        "qoq_small_base": None,
        "previous": None,
    }
    if small is not None:
        figure["yoy_display"] += SMALL_MARK
    if previous is not None:
        value_prev = ind.value_of(kind, *previous)
        qoq = ind.change(kind, value_prev, value)
        small_prev = ind.small_base(kind, *previous) if qoq is not None else None
        figure["qoq"] = ind.to_json_number(qoq)
        figure["qoq_display"] = ind.format_change_with_arrow(kind, qoq) + (
            SMALL_MARK if small_prev is not None else ""
        )
        figure["qoq_text"] = ind.describe_change(kind, qoq) + _caveat(small_prev, "上期")
        figure["qoq_small_base"] = small_prev
        figure["previous"] = _plain(definition, *previous) | {
            "display": ind.format_value(kind, value_prev)
        }
    return figure


#: Beside a 同比/环比 in a table whose base has fewer than ind.SMALL_BASE cases.
SMALL_MARK = "（基数小）"


def _caveat(small: int | None, base: str) -> str:
    """（基数较小：去年同期仅3件） after a change whose base had few cases."""
    return "" if small is None else f"（基数较小：{base}仅{small}件）"


def _small_base_warning(headline: dict[str, dict[str, Any]]) -> str | None:
    """One line naming the figures whose 同比 or 环比 rests on a small base."""
    parts = []
    for figure in headline.values():
        bases = []
        if figure.get("yoy_small_base") is not None:
            bases.append(f"去年同期{figure['yoy_small_base']}件")
        if figure.get("qoq_small_base") is not None:
            bases.append(f"上期{figure['qoq_small_base']}件")
        if bases:
            parts.append(f"{figure['name']}（{'，'.join(bases)}）")
    if not parts:
        return None
    return f"以下指标的比较基数不足{ind.SMALL_BASE}件，增减幅度仅供参考：" + "；".join(parts)


def _figures(
    definitions: dict[str, Definition],
    keys: Sequence[str],
    sums: Sums,
    unit_id: int | None,
    has_previous: bool,
    per10k: Sequence[Per10k],
) -> dict[str, dict[str, Any]]:
    out = {}
    for key in keys:
        d = definitions[key]
        numbers = [
            _numbers(d, sums.get((unit_id, p), {}), per10k[p] if p < len(per10k) else None)
            for p in range(3)
        ]
        out[key] = _figure(d, numbers[0], numbers[1], numbers[2] if has_previous else None)
    return out


def _unit_figures(
    definitions: dict[str, Definition],
    keys: Sequence[str],
    sums: Sums,
    unit_id: int,
    has_previous: bool,
) -> dict[str, dict[str, Any]]:
    """A unit's figures: the headline's fields without the texts and the compared values
    (a province has hundreds of units; the JSON stays small and quick to write)."""
    out = {}
    groups = [sums.get((unit_id, p), {}) for p in range(3)]
    for key in keys:
        d = definitions[key]
        kind = d.kind
        current, last_year = _numbers(d, groups[0], None), _numbers(d, groups[1], None)
        value = ind.value_of(kind, *current)
        figure = _plain(d, *current)
        figure["display"] = ind.format_value(kind, value)
        figure["fraction"] = ind.fraction(d, *current)
        yoy = ind.change(kind, ind.value_of(kind, *last_year), value)
        figure["yoy"] = ind.to_json_number(yoy)
        figure["yoy_small_base"] = ind.small_base(kind, *last_year) if yoy is not None else None
        figure["qoq"] = None
        if has_previous:
            previous = _numbers(d, groups[2], None)
            figure["qoq"] = ind.to_json_number(
                ind.change(kind, ind.value_of(kind, *previous), value)
            )
        out[key] = figure
    return out


def _office(session: Reader) -> dict[str, str]:
    o = OFFICES.c
    row = session.execute(select(o.name, o.region, o.meeting_name).limit(1)).first()
    if row is None:
        return {"name": "", "region": "", "meeting_name": ""}
    return {"name": row[0], "region": row[1], "meeting_name": row[2]}


def office_of(session: Reader) -> dict[str, str]:
    """The office's name, region and meeting name (for documents and the annex)."""
    return _office(session)


def _per10k_region(office: dict[str, str], scope: Scope) -> str:
    """The region whose 万人成讼率 a report shows ("" for a unit's report)."""
    if scope.unit_id is not None:
        return ""
    return scope.region or office["region"]


def _per10k_inputs(
    session: Reader, region: str, periods: list[Period], options: Options
) -> list[figures.Per10kInputs]:
    return figures.per_10k_inputs(
        session=session, region=region, periods=periods, configured_population=options.population
    )


def _per10k_warnings(
    region: str, period: Period, inputs: figures.Per10kInputs, scope: Scope
) -> list[str]:
    if scope.unit_id is not None:
        return ["单位报告不计算万人成讼率"]
    where = region or "本地区"
    out = []
    if "population" in inputs.missing:
        out.append(
            f"未录入{where}的常住人口（fylink report figure set 常住人口 …，"
            "或配置项 indicators.population），不计算万人成讼率"
        )
    court = [figures.KEYS[k] for k in figures.COURT_KEYS if k in inputs.missing]
    if court and inputs.population is not None:
        out.append(
            f"未录入{where}{period.label}法院{'、'.join(court)}数（fylink report figure set），"
            "万人成讼率的分子暂按本台账登记的一审民事、行政案件计"
        )
    return out


# --- the report --------------------------------------------------------------------------------


def build_report(
    *,
    session: Reader,
    period: Period,
    today: date,
    options: Options | None = None,
    scope: Scope | None = None,
    trend: bool = False,
    attention_limit: int = ATTENTION_LIMIT,
) -> dict[str, Any]:
    """Every figure of ``period`` (any kind: a quarter, a year, a half, months, days) as a
    JSON-ready dict, with 同比 and 环比 as :meth:`Period.comparisons` states them."""
    options = options or Options()
    scope = scope or Scope()
    if period.start > today:
        raise InvalidInputError(f"{period.label}尚未开始，无法统计")
    definitions = ind.definitions(options.indicators)
    measures = _measures(options.indicators)
    previous = period.previous()
    periods = [period, period.same_period_last_year(), *([previous] if previous else [])]
    windows = [_window(p, today) for p in periods]
    moves = has_moves(session)
    sums = _compute(
        session,
        measures=measures,
        keys=ind.KEYS,
        windows=windows,
        scope=scope,
        by_unit=True,
        successor=options.successor,
        moves=moves,
    )
    office = _office(session)
    region = _per10k_region(office, scope)
    inputs = _per10k_inputs(session, region, periods, options)
    population = inputs[0].population
    # A comparison period counts like the current one: the court's totals against the
    # court's, or the register's against the register's; otherwise it is not compared (—).
    from_court = inputs[0].court_total is not None
    per10k: list[Per10k] = [
        (i.court_total, i.population) if (i.court_total is not None) == from_court else (None, None)
        for i in inputs
    ]
    headline = _figures(definitions, ind.KEYS, sums, None, previous is not None, per10k)
    unit_keys = [k for k in ind.KEYS if k != "litigation_per_10k"]
    unranked = options.unranked_kinds if scope.unit_id is None else ()
    units = _unit_rows(
        session,
        scope,
        definitions,
        unit_keys,
        sums,
        previous is not None,
        unranked,
        successor=options.successor,
    )
    as_of = windows[0].as_of
    notes = [d.note for d in definitions.values() if d.note]
    if options.successor:
        notes.append("已并入其他单位（机构改革）的原单位，其记录计入并入后的单位")
    elif moves:
        notes.append(
            "机构改革中并入其他单位的原单位，其记录按期末所属单位统计，期末在并入日期之前的仍计入原单位"
            "（加 --successor 计入并入后的单位）"
        )
    ranking_note = (
        f"{'、'.join(unranked)}不是被考核单位，不列入单位排名"
        "（配置项 escalation.rank_consult_kinds = true 可列入）"
        if unranked
        else ""
    )
    warnings = _per10k_warnings(region, period, inputs[0], scope)
    if small := _small_base_warning(headline):
        warnings.append(small)
    report: dict[str, Any] = {
        "period": period.public() | {"as_of": as_of.isoformat(), "complete": as_of == period.end},
        "compare": {
            "last_year": periods[1].public(),
            "previous": previous.public() if previous else None,
            "text": period.comparisons(),
        },
        "office": office,
        "scope": scope.public(),
        "settings": options.indicators.public()
        | {
            "population_region": region or None,
            "population": population,
            "unranked_kinds": list(unranked),
            "successor": options.successor,
        },
        "definitions": {key: definitions[key].public() for key in ind.KEYS},
        "notes": notes,
        "warnings": warnings,
        # 万人成讼率's figures from outside the register, and where they came from.
        "figures": {
            "region": region or None,
            "used": inputs[0].used,
            "sources": inputs[0].sources,
            "numerator_from": "法院" if inputs[0].court_total is not None else "台账",
        },
        "indicators": headline,
        "double_decline": _double_decline(headline),
        "units": units,
        "ranking_note": ranking_note,
        "attention": _attention(
            session,
            measures=measures,
            window=windows[0],
            scope=scope,
            limit=attention_limit,
            totals=headline,
            successor=options.successor,
            moves=moves,
        ),
        "generated_on": today.isoformat(),
    }
    if trend:
        report["trend"] = _trend(
            session,
            measures=measures,
            period=period,
            today=today,
            scope=scope,
            successor=options.successor,
            moves=moves,
        )
    return report


def _double_decline(headline: dict[str, dict[str, Any]]) -> dict[str, Any]:
    filed = headline["litigation_filed"]
    loss = headline["loss_rate"]
    loss_now = None if loss["value"] is None else Decimal(str(loss["value"]))
    loss_before = (
        None if loss["last_year"]["value"] is None else Decimal(str(loss["last_year"]["value"]))
    )
    filed_down = filed["numerator"] < filed["last_year"]["numerator"]
    loss_down = None if loss_now is None or loss_before is None else loss_now < loss_before
    achieved = ind.double_decline(
        filed["numerator"], filed["last_year"]["numerator"], loss_now, loss_before
    )
    filed_text = (
        f"行政诉讼发案量{filed['numerator']}件，同比{filed['yoy_text']}"
        if filed["yoy_text"]
        else f"行政诉讼发案量{filed['numerator']}件（去年同期{filed['last_year']['numerator']}件）"
    )
    loss_text = (
        f"行政机关败诉率{loss['display']}，同比{loss['yoy_text']}"
        if loss["yoy_text"]
        else f"行政机关败诉率{loss['display']}（去年同期{loss['last_year']['display']}）"
    )
    if achieved is None:
        verdict = (
            f"无法判断是否实现“双下降”：本期或去年同期没有审结的一审行政诉讼案件。{filed_text}。"
        )
    elif achieved:
        verdict = f"实现“双下降”：{filed_text}，{loss_text}。"
    else:
        missing = []
        if not filed_down:
            missing.append("发案量")
        if not loss_down:
            missing.append("败诉率")
        verdict = f"未实现“双下降”（{'、'.join(missing)}未下降）：{filed_text}，{loss_text}。"
    return {
        "achieved": achieved,
        "litigation_filed_down": filed_down,
        "loss_rate_down": loss_down,
        "text": verdict,
    }


def _unit_rows(
    session: Reader,
    scope: Scope,
    definitions: dict[str, Definition],
    keys: Sequence[str],
    sums: Sums,
    has_previous: bool,
    unranked_kinds: Sequence[str] = (),
    *,
    successor: bool = False,
) -> list[dict[str, Any]]:
    """Per-unit figures, ranked; units with nothing to show are left out unless agencies
    still in being (a merged unit shows only the periods it has records of, and not at all
    when its records count under its ``successor``), and units of ``unranked_kinds`` (the
    court, the procuratorate) are left out always."""
    query = select(
        UNITS.c.id,
        UNITS.c.name,
        UNITS.c.short_name,
        UNITS.c.kind,
        UNITS.c.region,
        UNITS.c.merged_into_id,
    ).order_by(UNITS.c.id)
    if successor:
        query = query.where(UNITS.c.merged_into_id.is_(None))
    if unranked_kinds:
        query = query.where(UNITS.c.kind.not_in(sorted(unranked_kinds)))
    if scope.unit_id is not None:
        query = query.where(UNITS.c.id == scope.unit_id)
    if scope.region:
        query = query.where(UNITS.c.region == scope.region)
    agency_kinds = {k.value for k in AGENCY_KINDS}
    rows = []
    for unit_id, name, short_name, kind, region, merged_into in session.execute(query):
        present = any((unit_id, p) in sums for p in range(3))
        if not present and (kind not in agency_kinds or merged_into is not None):
            continue
        figures = _unit_figures(definitions, keys, sums, unit_id, has_previous)
        rows.append(
            {
                "unit": short_name or name,
                "unit_name": name,
                "kind": kind,
                "region": region,
                "indicators": figures,
            }
        )

    def rank_key(row: dict[str, Any]) -> tuple[Any, ...]:
        f = row["indicators"]
        loss = f["loss_rate"]["value"]
        return (
            -f["litigation_filed"]["numerator"],
            -f["loss_rate"]["numerator"],
            -(loss or 0),
            -f["tasks_overdue"]["numerator"],
            -f["suggestions_unanswered"]["numerator"],
            row["unit_name"],
        )

    rows.sort(key=rank_key)
    for rank, row in enumerate(rows, start=1):
        row["rank"] = rank
    return rows


def _trend(
    session: Reader,
    *,
    measures: dict[str, _Measure],
    period: Period,
    today: date,
    scope: Scope,
    successor: bool = False,
    moves: bool | None = None,
) -> list[dict[str, Any]]:
    """发案量 and 败诉率 for the eight quarters up to the period (charts)."""
    quarters = [q for q in period.trailing_quarters(8) if q.start <= today]
    windows = [_window(q, today) for q in quarters]
    sums = _compute(
        session,
        measures=measures,
        keys=("litigation_filed", "loss_rate"),
        windows=windows,
        scope=scope,
        by_unit=False,
        successor=successor,
        moves=moves,
    )
    out = []
    for i, quarter in enumerate(quarters):
        values = sums.get((None, i), {})
        lost, closed = values.get("loss_rate__n", 0), values.get("loss_rate__d", 0)
        rate = ind.rate(lost, closed)
        out.append(
            {
                "period": quarter.code,
                "label": f"{quarter.year}年{quarter.quarter}季度",
                "litigation_filed": values.get("litigation_filed__n", 0),
                "loss_numerator": lost,
                "loss_denominator": closed,
                "loss_rate": ind.to_json_number(rate),
            }
        )
    return out


# --- what needs attention ------------------------------------------------------------------------


def _unit_label() -> Any:
    return func.coalesce(UNITS.c.short_name, UNITS.c.name)


def _attention(
    session: Reader,
    *,
    measures: dict[str, _Measure],
    window: _Window,
    scope: Scope,
    limit: int,
    totals: dict[str, dict[str, Any]],
    successor: bool = False,
    moves: bool = False,
) -> dict[str, Any]:
    c, t, s = CASES.c, TASKS.c, SUGGESTIONS.c
    loss = measures["loss_rate"]
    moves = moves and not successor

    def owner(name: str) -> _Owner:
        return _owner(SOURCES[name], window.as_of, successor=successor, moves=moves)

    closed, overdue, unanswered = owner("closed"), owner("task"), owner("suggestion")
    losses = session.execute(
        select(c.case_no, _unit_label(), c.outcome, c.closed_on, c.field)
        .select_from(closed.joined)
        .where(
            c.closed_on.between(window.start, window.end),
            c.category.in_(loss.categories),
            *([loss.scope] if loss.scope is not None else []),
            loss.numerator if loss.numerator is not None else c.is_loss.is_(True),
            *_scope_conditions(closed, scope),
        )
        .order_by(c.closed_on, c.case_no)
        .limit(limit)
    ).all()
    tasks = session.execute(
        select(t.id, t.content, _unit_label(), t.due_on, t.list_no)
        .select_from(overdue.joined)
        .where(_state_condition("task", window.as_of), *_scope_conditions(overdue, scope))
        .order_by(t.due_on, t.id)
        .limit(limit)
    ).all()
    suggestions = session.execute(
        select(s.doc_no, s.issuer, _unit_label(), s.reply_due)
        .select_from(unanswered.joined)
        .where(
            _state_condition("suggestion", window.as_of),
            *_scope_conditions(unanswered, scope),
        )
        .order_by(s.reply_due, s.doc_no)
        .limit(limit)
    ).all()
    # Money still owed is a state of today: each case under the unit it has now.
    unpaid, unpaid_total = enforcement.unpaid_by_unit(
        session,
        conditions=_scope_conditions(
            _owner(SOURCES["closed"], window.as_of, successor=successor, moves=False), scope
        ),
        limit=limit,
    )
    return {
        "as_of": window.as_of.isoformat(),
        # 重点关注企业 (party watch): the office's list, counted for the whole office only.
        "watched_enterprises": _watched(session) if scope.unit_id is None else None,
        "unpaid_enforcement_total": unpaid_total,
        "unpaid_enforcement": [
            {
                "unit": row.unit,
                "cases": row.cases,
                "claimed": format_yuan(row.claimed_fen),
                "recovered": format_yuan(row.recovered_fen),
                "unpaid": format_yuan(row.unpaid_fen),
            }
            for row in unpaid
        ],
        "losses_total": totals["loss_rate"]["numerator"],
        "losses": [
            {
                "case_no": no,
                "unit": unit,
                "outcome": outcome,
                "closed_on": day.isoformat(),
                "field": fld,
            }
            for no, unit, outcome, day, fld in losses
        ],
        "overdue_tasks_total": totals["tasks_overdue"]["numerator"],
        "overdue_tasks": [
            {
                "id": task_id,
                "list_no": list_no,
                "content": content,
                "unit": unit,
                "due_on": due.isoformat(),
                "days_overdue": (window.as_of - due).days,
            }
            for task_id, content, unit, due, list_no in tasks
        ],
        "unanswered_suggestions_total": totals["suggestions_unanswered"]["numerator"],
        "unanswered_suggestions": [
            {
                "doc_no": doc_no,
                "issuer": issuer,
                "unit": unit,
                "reply_due": due.isoformat(),
                "days_overdue": (window.as_of - due).days,
            }
            for doc_no, issuer, unit, due in suggestions
        ],
    }


def _watched(session: Reader) -> dict[str, Any]:
    """重点关注企业 by level, and how many of them are in a 破产 case (one statement)."""
    watch, case_party = tables.party_watch, tables.case_party
    live = (
        ~select(tables.party_merge.c.id)
        .where(tables.party_merge.c.party_id == watch.c.party_id)
        .exists()
    )
    bankrupt = (
        select(case_party.c.id)
        .join(CASES, CASES.c.id == case_party.c.case_id)
        .where(
            case_party.c.party_id == watch.c.party_id,
            CASES.c.category == CaseCategory.BANKRUPTCY.value,
        )
        .exists()
    )
    rows = session.execute(
        select(watch.c.level, func.count(), func.sum(case((bankrupt, 1), else_=0)))
        .where(live)
        .group_by(watch.c.level)
    ).all()
    levels = {level: int(n) for level, n, _ in rows}
    return {
        "total": sum(levels.values()),
        "by_level": {level: levels.get(level, 0) for level in ("高", "中", "低")},
        "in_bankruptcy": sum(int(b or 0) for _, _, b in rows),
    }


# --- explain -----------------------------------------------------------------------------------


def explain(
    *,
    session: Reader,
    key: str,
    period: Period,
    today: date,
    options: Options | None = None,
    scope: Scope | None = None,
    limit: int = 50,
    offset: int = 0,
) -> dict[str, Any]:
    """The records behind one indicator's numerator and denominator (one page of them)."""
    options = options or Options()
    scope = scope or Scope()
    key = ind.parse_key(key)
    if period.start > today:
        raise InvalidInputError(f"{period.label}尚未开始，无法统计")
    if limit < 1 or offset < 0:
        raise InvalidInputError("每页条数应为正整数，页码应从1开始")
    definitions = ind.definitions(options.indicators)
    definition = definitions[key]
    measure = _measures(options.indicators)[key]
    window = _window(period, today)
    moves = not options.successor and has_moves(session)
    sums = _compute(
        session,
        measures={key: measure},
        keys=[key],
        windows=[window],
        scope=scope,
        by_unit=False,
        successor=options.successor,
        moves=moves,
    )
    region = _per10k_region(_office(session), scope)
    inputs = _per10k_inputs(session, region, [period], options)[0]
    numerator, denominator = _numbers(
        definition, sums.get((None, 0), {}), (inputs.court_total, inputs.population)
    )
    value = ind.value_of(definition.kind, numerator, denominator)
    owner = _owner(SOURCES[measure.source], window.as_of, successor=options.successor, moves=moves)
    where, counted, select_columns, order, source_key = _explain_query(
        measure, window, scope, owner
    )
    joined = owner.joined
    total = session.execute(select(func.count()).select_from(joined).where(*where)).scalar_one()
    rows = session.execute(
        select(*select_columns, counted.label("counted"))
        .select_from(joined)
        .where(*where)
        .order_by(*order)
        .limit(limit)
        .offset(offset)
    ).all()
    records = [_explain_record(measure.source, dict(row._mapping)) for row in rows]
    listing = "分母" if measure.has_denominator else "分子"
    if definition.kind is Kind.PER_10K:
        listing = "分子"
    return {
        "key": key,
        "name": definition.name,
        "period": period.public() | {"as_of": window.as_of.isoformat()},
        "scope": scope.public(),
        "definition": definition.public(),
        **_plain(definition, numerator, denominator),
        "display": ind.format_value(definition.kind, value),
        "fraction": ind.fraction(definition, numerator, denominator),
        "population_region": region or None if definition.kind is Kind.PER_10K else None,
        "sources": inputs.sources if definition.kind is Kind.PER_10K else [],
        "listing": listing,
        "total": total,
        "offset": offset,
        "columns": [{"label": label, "field": name} for label, name in EXPLAIN_COLUMNS[source_key]],
        "records": records,
    }


def _explain_query(
    measure: _Measure, window: _Window, scope: Scope, owner: _Owner
) -> tuple[list[ColumnElement[bool]], Any, list[Any], list[Any], str]:
    """WHERE, the "in the numerator" flag, the columns, the order and the column set."""
    source = SOURCES[measure.source]
    where: list[ColumnElement[bool]] = list(_scope_conditions(owner, scope))
    if measure.state:
        where.append(_state_condition(measure.source, window.as_of))
    else:
        where.append(source.date_col.between(window.start, window.end))
        where.extend(source.extra)
    if measure.categories:
        where.append(CASES.c.category.in_(measure.categories))
    if measure.scope is not None:
        where.append(measure.scope)
    if measure.has_denominator and measure.denominator is not None:
        where.append(measure.denominator)
    if not measure.has_denominator and measure.numerator is not None:
        where.append(measure.numerator)
    counted: Any = (
        case((measure.numerator, 1), else_=0)
        if measure.numerator is not None
        else literal_column("1", Integer)
    )
    unit = _unit_label().label("unit")
    if measure.source in ("filed", "closed", "heard"):
        c = CASES.c
        columns = [
            c.id,
            c.case_no,
            c.category,
            unit,
            c.filed_on,
            c.closed_on,
            c.heard_on,
            c.status,
            c.outcome,
            c.head_appeared,
            c.head_rank,
            c.claimed_fen,
            c.recovered_fen,
            c.resolved,
        ]
        order = [counted.desc(), source.date_col, c.case_no]
        source_key = measure.source
        if measure.num_amount is not None:
            source_key = "closed_money"
            order = [source.date_col, c.case_no]
        return where, counted, columns, order, source_key
    if measure.source == "task":
        t = TASKS.c
        columns = [t.id, t.content, unit, t.due_on, t.completed_on, t.list_no]
        return where, counted, columns, [counted.desc(), t.due_on, t.id], "task"
    s = SUGGESTIONS.c
    columns = [s.id, s.doc_no, s.issuer, unit, s.reply_due, s.replied_on]
    return where, counted, columns, [counted.desc(), s.reply_due, s.doc_no], "suggestion"


def _explain_record(source: str, row: dict[str, Any]) -> dict[str, Any]:
    counted = bool(row.pop("counted"))
    row = {k: v.isoformat() if isinstance(v, date) else v for k, v in row.items()}
    if source in ("filed", "closed", "heard"):
        head = ""
        if row["head_appeared"] is not None:
            head = (
                f"是（{row['head_rank']}）"
                if row["head_appeared"] and row["head_rank"]
                else ("是" if row["head_appeared"] else "否")
            )
        claimed, recovered = row.pop("claimed_fen"), row.pop("recovered_fen")
        row.pop("id")
        return row | {
            "head": head,
            "claimed_amount": format_yuan(claimed) or None,
            "recovered_amount": format_yuan(recovered) or None,
            "in_numerator": counted,
            "counted": "分子" if counted else "仅分母",
        }
    return row | {"in_numerator": counted, "counted": "分子" if counted else "仅分母"}


# --- publishing --------------------------------------------------------------------------------


#: Quarters and years are published in report_snapshot, other periods by their code.
_CALENDAR_KINDS = ("quarter", "year")
#: Rows a publication itself writes: not "edits since".
SNAPSHOT_ENTITIES = ("report_snapshot", "report_period_snapshot", "journal_anchor")


def _snapshot_query(period: Period, scope: Scope) -> Any:
    from sqlmodel import select as sm_select

    from fylink.models import PeriodSnapshot, ReportSnapshot

    if period.kind not in _CALENDAR_KINDS:
        return sm_select(PeriodSnapshot).where(
            PeriodSnapshot.period == period.code, PeriodSnapshot.scope == scope.key
        )
    return sm_select(ReportSnapshot).where(
        ReportSnapshot.year == period.year,
        ReportSnapshot.quarter == period.quarter,
        ReportSnapshot.scope == scope.key,
    )


def publish(
    *,
    session: Session,
    period: Period,
    today: date,
    options: Options | None = None,
    scope: Scope | None = None,
    replace: bool = False,
) -> Snapshot:
    """Freeze the period's figures; later edits of records leave them as they are."""
    from fylink.models import PeriodSnapshot, ReportSnapshot
    from fylink.services import journal

    scope = scope or Scope()
    existing = session.exec(_snapshot_query(period, scope)).first()
    if existing is not None and not replace:
        raise ConflictError(
            f"{_title(period, scope)}已于{_published_at(existing).date().isoformat()}发布；"
            "如需按当前数据重新发布请加 --replace"
        )
    if period.end > today:
        raise ConflictError(f"{period.label}尚未结束（截至{period.end.isoformat()}），不能发布")
    data = build_report(
        session=session, period=period, today=today, options=options, scope=scope, trend=True
    )
    actor = str(session.info.get("actor") or "unknown")
    now = datetime.now(UTC)
    values: dict[str, Any] = {"data": data, "published_at": now, "published_by": actor}
    if existing is not None:
        return journal.update(session, existing, values)
    snapshot: Any
    if period.kind in _CALENDAR_KINDS:
        snapshot = ReportSnapshot(
            year=period.year, quarter=period.quarter, scope=scope.key, **values
        )
    else:
        snapshot = PeriodSnapshot(period=period.code, year=period.year, scope=scope.key, **values)
    journal.insert(session, snapshot)
    return snapshot


def _published_at(snapshot: Any) -> datetime:
    """When it was published, in the office's time zone (SQLite hands back naive UTC)."""
    moment = snapshot.published_at
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return clock.local(moment)


def _title(period: Period, scope: Scope) -> str:
    where = scope.unit_name or scope.region
    return f"{period.label}{where}报告" if where else f"{period.label}报告"


def _published_row(reader: Reader, period: Period, scope: Scope) -> Any:
    """The published snapshot of ``period`` and ``scope`` as a Core row, or None."""
    if period.kind not in _CALENDAR_KINDS:
        p = tables.report_period_snapshot
        query = select(p).where(p.c.period == period.code, p.c.scope == scope.key)
    else:
        r = tables.report_snapshot
        query = select(r).where(
            r.c.year == period.year, r.c.quarter == period.quarter, r.c.scope == scope.key
        )
    return reader.execute(query).first()


def published(*, session: Reader, period: Period, scope: Scope | None = None) -> Any:
    """The published snapshot (a Core row: a session or a bare connection will do)."""
    scope = scope or Scope()
    snapshot = _published_row(session, period, scope)
    if snapshot is None:
        raise NotFoundError(
            f"{_title(period, scope)}尚未发布：用 fylink report publish 发布后再查看"
        )
    return snapshot


def snapshot_public(snapshot: Any) -> dict[str, Any]:
    """A published report: its frozen data plus when and by whom it was published."""
    return dict(snapshot.data) | {
        "published": {
            "at": _published_at(snapshot).isoformat(timespec="seconds"),
            "by": snapshot.published_by,
            "scope": snapshot.scope,
        }
    }


def _options_of(data: dict[str, Any]) -> Options:
    settings = data.get("settings", {})
    indicators = IndicatorSettings(
        loss_rate_denominator=settings.get("loss_rate_denominator", "closed"),
        loss_rate_outcome=settings.get("loss_rate_outcome", "first_instance"),
        reconsideration_correction_denominator=settings.get(
            "reconsideration_correction_denominator", "decided"
        ),
        settlement_includes_withdrawal=bool(settings.get("settlement_includes_withdrawal")),
        head_appearance_principal_only=bool(settings.get("head_appearance_principal_only")),
        # A snapshot published before the setting existed counted 终结本次执行 as 执结.
        enforcement_closed_includes_terminated=bool(
            settings.get("enforcement_closed_includes_terminated", True)
        ),
        resolution_includes_withdrawn_suits=bool(
            settings.get("resolution_includes_withdrawn_suits", False)
        ),
    )
    region, population = settings.get("population_region"), settings.get("population")
    return Options(
        indicators,
        {region: population} if region and population else {},
        # A snapshot published before the setting existed ranked every unit.
        unranked_kinds=tuple(settings.get("unranked_kinds", ())),
    )


def _figure_changes(
    where: str, before: dict[str, Any], after: dict[str, Any], names: dict[str, str]
) -> list[dict[str, Any]]:
    changes = []
    for key, old in before.items():
        new = after.get(key)
        if new is None:
            continue
        fields_changed = [
            f for f in ("numerator", "denominator", "value") if old.get(f) != new.get(f)
        ]
        if not fields_changed:
            continue
        changes.append(
            {
                "unit": where,
                "key": key,
                "name": names.get(key, key),
                "published": {f: old.get(f) for f in ("numerator", "denominator", "value")}
                | {"display": old.get("display"), "fraction": old.get("fraction")},
                "now": {f: new.get(f) for f in ("numerator", "denominator", "value")}
                | {"display": new.get("display"), "fraction": new.get("fraction")},
            }
        )
    return changes


def diff(
    *, session: Reader, period: Period, today: date, scope: Scope | None = None
) -> dict[str, Any]:
    """What changed since publication: each figure that differs, and the edits behind it.

    The figures are recomputed with the definitions the report was published with, so the
    differences come from records, not from a changed setting.
    """
    scope = scope or Scope()
    snapshot = published(session=session, period=period, scope=scope)
    before = snapshot.data
    after = build_report(
        session=session, period=period, today=today, options=_options_of(before), scope=scope
    )
    names = {key: d["name"] for key, d in before.get("definitions", {}).items()}
    changes = _figure_changes("", before.get("indicators", {}), after["indicators"], names)
    old_units = {u["unit_name"]: u for u in before.get("units", [])}
    for unit in after["units"]:
        old = old_units.get(unit["unit_name"])
        old_figures = old["indicators"] if old else {}
        if not old:
            old_figures = {
                key: {"numerator": 0, "denominator": None, "value": None}
                for key in unit["indicators"]
            }
        changes.extend(_figure_changes(unit["unit"], old_figures, unit["indicators"], names))
    edits = session.execute(
        select(JOURNAL.c.entity, func.count())
        .where(JOURNAL.c.at > snapshot.published_at, JOURNAL.c.entity.not_in(SNAPSHOT_ENTITIES))
        .group_by(JOURNAL.c.entity)
        .order_by(JOURNAL.c.entity)
    ).all()
    return {
        "period": before.get("period"),
        "scope": scope.public(),
        "published": {
            "at": _published_at(snapshot).isoformat(timespec="seconds"),
            "by": snapshot.published_by,
        },
        "changed": bool(changes),
        "changes": changes,
        "edits_since": {str(entity): int(count) for entity, count in edits},
    }


# --- raw sums for 报送 and the roll-up (#18) ---------------------------------------------------

#: The figures a 报送包 carries and a roll-up adds up (万人成讼率 needs each region's
#: population and the court's totals: it is left to the regions' own reports).
SUM_KEYS = tuple(k for k in ind.KEYS if k != "litigation_per_10k")


def period_sums(
    *,
    session: Reader,
    period: Period,
    today: date,
    options: Options | None = None,
    scope: Scope | None = None,
) -> list[dict[str, int]]:
    """The numerators and denominators (``key__n``/``key__d``; amounts in 分) of
    :data:`SUM_KEYS` for ``period`` and the same period a year earlier, counted in SQL."""
    options = options or Options()
    windows = [_window(period, today), _window(period.same_period_last_year(), today)]
    sums = _compute(
        session,
        measures=_measures(options.indicators),
        keys=SUM_KEYS,
        windows=windows,
        scope=scope or Scope(),
        by_unit=False,
        successor=options.successor,
    )
    return [dict(sums.get((None, p), {})) for p in range(2)]
