"""考核: evidence over the register, manual evidence, appeals, published results.

Each line of the rule file is one SQL aggregation (``GROUP BY unit, class``) over its
evidence — overdue tasks, unanswered 督办 notices, late or missing replies to suggestions,
lost first-instance suits, the head-appearance rate, attendance roles, the office's manual
records — so the register is never loaded into Python; only the aggregates (a few rows per
unit and line) are. The records behind each deduction (任务号, 督办文号, 建议文号, 会议期数,
案号) are listed by a second query per line, for the units that have any.
"""

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import String, and_, case, cast, func, literal, or_, select
from sqlalchemy.sql.elements import ColumnElement

from fylink import tables
from fylink.domain import assessment as rules_mod
from fylink.domain.assessment import Facts, Line, Rules, RulesError, UnitScore
from fylink.errors import ConflictError, InvalidInputError, NotFoundError
from fylink.services.unit_moves import has_moves, held_unit

if TYPE_CHECKING:
    from sqlmodel import Session

T, N, S, C = tables.task.c, tables.notice.c, tables.suggestion.c, tables.cases.c
A, M, P, U = tables.attendance.c, tables.meeting.c, tables.person.c, tables.unit.c
R = tables.assess_record.c

#: Decisions on an appeal.
DECISIONS = ("采纳", "部分采纳", "不予采纳")
#: Largest size of a record's attached file.
MAX_FILE = 20 * 1024 * 1024


@dataclass(frozen=True)
class RuleFile:
    rules: Rules
    name: str
    text: str
    digest: str


# --- the rule file ---------------------------------------------------------------------------


def example_rules() -> str:
    """The commented example rule file (``assess rules export``)."""
    from importlib.resources import files

    return files("fylink.data").joinpath("assessment_rules.toml").read_text(encoding="utf-8")


def problems_of(text: str, file_name: str) -> list[str]:
    """Every problem of a rule file, one Chinese line each (empty when it is fine)."""
    try:
        rules_mod.parse_rules(text)
    except RulesError as exc:
        return [problem.text(file_name) for problem in exc.problems]
    return []


def read_rules_text(path: Path) -> str:
    path = Path(path).expanduser()
    if not path.is_file():
        raise NotFoundError(f"找不到考核细则文件：{path}")
    data = path.read_bytes()
    if len(data) > 2 * 1024 * 1024:
        raise InvalidInputError(f"考核细则文件 {path.name} 太大（超过 2 MB）")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInputError(
            f"考核细则文件 {path.name} 不是 UTF-8 文字：请另存为 UTF-8"
        ) from None


def rules_from_text(text: str, name: str) -> RuleFile:
    try:
        rules = rules_mod.parse_rules(text)
    except RulesError as exc:
        first = exc.problems[0].text(name)
        more = len(exc.problems) - 1
        tail = f"（另有{more}处问题）" if more else ""
        raise InvalidInputError(
            f"考核细则有误：{first}{tail}；用 fylink assess rules check 查看"
        ) from None
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return RuleFile(rules, name, text, digest)


def load_rules(path: Path) -> RuleFile:
    return rules_from_text(read_rules_text(path), Path(path).name)


# --- units ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AssessedUnit:
    id: int
    name: str
    short_name: str
    kind: str

    @property
    def label(self) -> str:
        return self.short_name or self.name


def assessed_units(session: Any, rules: Rules, unit: str | None = None) -> list[AssessedUnit]:
    """The units the rule set assesses: member units of its kinds (法院/检察院 only when
    named), plus the units it names, minus those it excludes."""
    from fylink.services.unit_names import find_unit_row

    named = {find_unit_row(session, name).id for name in rules.units}
    excluded = {find_unit_row(session, name).id for name in rules.exclude}
    kinds = set(rules.kinds) or None
    rows = session.execute(
        select(U.id, U.name, U.short_name, U.kind, U.is_member).order_by(U.id)
    ).all()
    chosen = []
    for row in rows:
        if row.id in excluded:
            continue
        if row.id in named:
            chosen.append(row)
            continue
        if not row.is_member:
            continue
        if kinds is not None:
            if row.kind not in kinds:
                continue
        elif row.kind in rules_mod.NOT_ASSESSED_KINDS:
            continue
        chosen.append(row)
    units = [AssessedUnit(r.id, r.name, r.short_name or "", r.kind) for r in chosen]
    if unit is not None:
        wanted = find_unit_row(session, unit)
        units = [u for u in units if u.id == wanted.id]
        if not units:
            raise InvalidInputError(
                f"{wanted.short_name or wanted.name}不在本考核细则的考核范围内"
                "（法院、检察院须在 kinds 或 units 中写明）"
            )
    return units


# --- evidence, one aggregation per line --------------------------------------------------------


@dataclass(frozen=True)
class Counties:
    """The counties whose returns (报送) are evidence: county → the assessed unit's id, and
    the submissions service's deadline rule (``submit.deadline_day``)."""

    units: tuple[tuple[str, int], ...] = ()
    deadline_day: int = 10


@dataclass(frozen=True)
class Window:
    start: date
    end: date
    #: The day the state is read on: the period's end, or today within it.
    as_of: date
    counties: Counties = Counties()


def window(year: int, today: date, counties: Counties = Counties()) -> Window:
    start, end = date(year, 1, 1), date(year, 12, 31)
    if today < start:
        raise InvalidInputError(f"{year}年尚未开始，不能考核")
    return Window(start, end, min(today, end), counties)


# --- issue 18: counties' returns as evidence -----------------------------------------------------


def counties_of(session: Any, rules: Rules, submit: Any) -> Counties:
    """The county → unit mapping (``submit.county_units``) for the rule set's
    ``region_returns`` lines; an empty mapping when no line uses them."""
    if not any(line.evidence == "region_returns" for line in rules.lines):
        return Counties()
    from fylink.services.unit_names import find_unit_row

    first = next(line for line in rules.lines if line.evidence == "region_returns")
    mapping = dict(getattr(submit, "county_units", {}) or {})
    if not mapping:
        raise InvalidInputError(
            f"细则条目“{first.id}”依据各县报送（region_returns），但未配置 submit.county_units："
            '请写明各县对应的被考核单位，如 county_units = { "东城县" = "东城县司法局" }'
        )
    expected = list(getattr(submit, "counties", []) or [])
    units = []
    for county, name in mapping.items():
        if county not in expected:
            raise InvalidInputError(
                f"配置项 submit.county_units 中的“{county}”"
                "不在 submit.counties 所列的县（市、区）之中"
            )
        try:
            units.append((county, int(find_unit_row(session, name).id)))
        except NotFoundError as exc:
            raise NotFoundError(f"配置项 submit.county_units 中{county}的单位：{exc}") from None
    return Counties(tuple(units), int(getattr(submit, "deadline_day", 10)))


def _expected_returns(line: Line, w: Window) -> Any:
    """One row per county and expected period whose deadline could fall in the window:
    (unit_id, region, code, label, due), as a derived table of literals."""
    from sqlalchemy import Date, Integer, false, union_all

    from fylink.domain.indicators import Period
    from fylink.services.submissions import deadline

    periods: list[Period] = []
    for year in (w.start.year - 1, w.start.year):
        for kind in line.returns or ("quarter",):
            if kind == "year":
                periods.append(Period(year))
            elif kind == "quarter":
                periods += [Period(year, q) for q in (1, 2, 3, 4)]
            elif kind == "half":
                periods += [Period.half(year, h) for h in (1, 2)]
            elif kind == "month":
                periods += [Period.month(year, m) for m in range(1, 13)]
    rows = []
    for period in periods:
        if line.since is not None and period.start < line.since:
            continue
        due = deadline(period, w.counties.deadline_day)
        if not w.start <= due <= w.end:
            continue
        for county, unit_id in w.counties.units:
            rows.append((unit_id, county, period.code, county + period.label, due))

    def one(unit_id: int, county: str, code: str, label: str, due: date) -> Any:
        return select(
            literal(unit_id, Integer).label("unit_id"),
            literal(county, String).label("region"),
            literal(code, String).label("code"),
            literal(label, String).label("label"),
            literal(due, Date).label("due"),
        )

    if not rows:
        return one(0, "", "", "", w.start).where(false()).subquery("expected")
    if len(rows) == 1:
        return one(*rows[0]).subquery("expected")
    return union_all(*(one(*row) for row in rows)).subquery("expected")


def _returns_evidence(line: Line, w: Window) -> "_Evidence":
    """A county's return per expected period is late when the city first received a package
    for it after the deadline, missing when none had arrived by the as-of day."""
    rr = tables.region_return.c
    expected = _expected_returns(line, w)
    firsts = (
        select(rr.region, rr.period, func.min(rr.received_on).label("first_on"))
        .group_by(rr.region, rr.period)
        .subquery("firsts")
    )
    table = expected.outerjoin(
        firsts, and_(firsts.c.region == expected.c.region, firsts.c.period == expected.c.code)
    )
    done, due = firsts.c.first_on, expected.c.due
    bad, cls = _late_missing(done, due, w)
    where = [bad, *_deadline_scope(due, done, line, w)]
    return _Evidence(table, expected.c.unit_id, cls, where, expected.c.label, due, done=done)


def _late_missing(done: Any, due: Any, w: Window) -> tuple[ColumnElement[bool], Any]:
    """Rows late (done after ``due``) or missing (not done by the as-of day), and their class."""
    late_or_open = or_(done.is_(None), done > due)
    cls = case(
        (and_(done.is_not(None), done <= w.as_of), literal("late")), else_=literal("missing")
    )
    return late_or_open, cls


def _deadline_scope(due: Any, done: Any, line: Line, w: Window) -> list[ColumnElement[bool]]:
    if line.period == "open_at_end":
        return [due < w.as_of, or_(done.is_(None), done > w.as_of)]
    return [due >= w.start, due <= w.end, due < w.as_of]


@dataclass(frozen=True)
class _Evidence:
    """The parts of one line's evidence query."""

    table: Any
    unit: Any
    cls: Any
    where: list[ColumnElement[bool]]
    ref: Any
    day: Any
    numerator: Any = None
    #: Rows that the detail lists (for a rate: the records that pull it down).
    detail_where: tuple[ColumnElement[bool], ...] = ()
    #: The day the record was done (a county's return: the day first received).
    done: Any = None


def _evidence(line: Line, w: Window, moves: bool = False) -> _Evidence:
    """The line's query parts. With ``moves`` (a unit merge moved records), a case, task or
    suggestion counts under the unit it had at the window's as-of day (see unit_moves)."""
    kind = line.evidence

    def held(table: Any, unit_col: Any, record: str) -> Any:
        return held_unit(table, unit_col, record, w.as_of) if moves else unit_col

    if kind == "tasks_overdue":
        bad, cls = _late_missing(T.completed_on, T.due_on, w)
        where = [bad, *_deadline_scope(T.due_on, T.completed_on, line, w)]
        if line.sources:
            where.append(T.source.in_(line.sources))
        return _Evidence(
            tables.task, held(tables.task, T.lead_unit_id, "task"), cls, where, T.id, T.due_on
        )
    if kind == "notices_unreplied":
        bad, cls = _late_missing(N.acknowledged_on, N.reply_due, w)
        where = [
            N.reply_due.is_not(None),
            bad,
            *_deadline_scope(N.reply_due, N.acknowledged_on, line, w),
        ]
        ref = func.coalesce(N.year * 1000000 + N.number, -N.id)
        return _Evidence(tables.notice, N.unit_id, cls, where, ref, N.reply_due)
    if kind == "suggestions_unreplied":
        bad, cls = _late_missing(S.replied_on, S.reply_due, w)
        where = [bad, *_deadline_scope(S.reply_due, S.replied_on, line, w)]
        if line.suggestion_kind:
            where.append(S.kind == line.suggestion_kind)
        unit = held(tables.suggestion, S.unit_id, "suggestion")
        return _Evidence(tables.suggestion, unit, cls, where, S.doc_no, S.reply_due)
    if kind == "cases_lost":
        where = [
            C.category == "行政诉讼",
            C.instance == "一审",
            C.is_loss.is_(True),
            C.closed_on >= w.start,
            C.closed_on <= w.as_of,
        ]
        unit = held(tables.cases, C.unit_id, "case")
        return _Evidence(tables.cases, unit, literal(""), where, C.case_no, C.closed_on)
    if kind == "head_appearance":
        where = [
            C.category == "行政诉讼",
            C.heard.is_(True),
            C.heard_on >= w.start,
            C.heard_on <= w.as_of,
        ]
        return _Evidence(
            tables.cases,
            held(tables.cases, C.unit_id, "case"),
            literal(""),
            where,
            C.case_no,
            C.heard_on,
            numerator=case((C.head_appeared.is_(True), 1), else_=0),
            detail_where=(or_(C.head_appeared.is_(None), C.head_appeared.is_(False)),),
        )
    if kind == "attendance":
        unit = func.coalesce(A.unit_id, P.unit_id)
        table = tables.attendance.join(tables.meeting, M.id == A.meeting_id).outerjoin(
            tables.person, P.id == A.person_id
        )
        roles = tuple(line.roles) if line.roles else rules_mod.ATTENDANCE_ROLES
        where = [A.role.in_(roles), M.held_on >= w.start, M.held_on <= w.as_of]
        # the meeting as printed: its series and 期号 (联席会议2025年第3期)
        label = (
            M.series
            + cast(M.year, String)
            + literal("年第")
            + cast(M.series_no, String)
            + literal("期")
        )
        return _Evidence(table, unit, A.role, where, label, M.held_on)
    if kind == "manual":
        where = [R.line_id == line.id, R.occurred_on >= w.start, R.occurred_on <= w.as_of]
        return _Evidence(tables.assess_record, R.unit_id, R.level, where, R.id, R.occurred_on)
    if kind == "region_returns":
        return _returns_evidence(line, w)
    if kind in ("brief_submitted", "brief_adopted"):
        return _brief_evidence(kind, w)
    raise ValueError(kind)


def _brief_evidence(kind: str, w: Window) -> _Evidence:
    """工作简报 submissions (issue 18): a unit's 稿件 counts when submitted (报送, by its
    submission day) or when placed in an issue (采用, by the issue's day). The same rows
    ``brief stats`` counts: items with source 报送."""
    from fylink.services.briefs import SUBMITTED

    item, issue = tables.brief_item.c, tables.brief_issue.c
    if kind == "brief_submitted":
        where = [
            item.source == SUBMITTED,
            item.submitted_on >= w.start,
            item.submitted_on <= w.as_of,
        ]
        return _Evidence(
            tables.brief_item, item.unit_id, literal(""), where, item.title, item.submitted_on
        )
    joined = tables.brief_item.join(tables.brief_issue, issue.id == item.issue_id)
    where = [item.source == SUBMITTED, issue.issued_on >= w.start, issue.issued_on <= w.as_of]
    label = (
        issue.kind
        + cast(issue.year, String)
        + literal("年第")
        + cast(issue.issue_no, String)
        + literal("期：")
        + item.title
    )
    return _Evidence(joined, item.unit_id, literal(""), where, label, issue.issued_on)


def line_facts(
    session: Any, line: Line, w: Window, unit_ids: Sequence[int] | None = None
) -> dict[int, Facts]:
    """The line's facts per unit: one ``GROUP BY unit, class`` query."""
    ev = _evidence(line, w, has_moves(session))
    where = list(ev.where)
    if unit_ids is not None and len(unit_ids) <= 20:
        # A few units: let the index narrow it. For many, every unit's group costs less than
        # an IN list of hundreds of parameters; the others' groups are left out below.
        where.append(ev.unit.in_(list(unit_ids)))
    wanted = set(unit_ids) if unit_ids is not None else None
    columns: list[Any] = [ev.unit.label("unit_id"), ev.cls.label("cls"), func.count().label("n")]
    if line.evidence == "manual":
        columns += [
            func.sum(R.points_x100).label("rec_sum"),
            func.count(R.points_x100).label("rec_n"),
            func.max(R.points_x100).label("largest"),
        ]
    if ev.numerator is not None:
        columns.append(func.sum(ev.numerator).label("num"))
    statement = select(*columns).select_from(ev.table).where(*where).group_by(ev.unit, ev.cls)
    result: dict[int, Facts] = {}
    for row in session.execute(statement):
        if row.unit_id is None or (wanted is not None and row.unit_id not in wanted):
            continue
        facts = result.setdefault(int(row.unit_id), Facts())
        n = int(row.n)
        cls = (
            rules_mod.manual_class(line, str(row.cls or ""))
            if line.evidence == "manual"
            else str(row.cls or "")
        )
        facts.count += n
        if cls:
            facts.classes[cls] = facts.classes.get(cls, 0) + n
        if line.evidence == "manual":
            facts.recorded += Decimal(int(row.rec_sum or 0)) / 100
            facts.recorded_n += int(row.rec_n or 0)
            if row.largest is not None:
                largest = Decimal(int(row.largest)) / 100
                facts.largest = largest if facts.largest is None else max(facts.largest, largest)
        if ev.numerator is not None:
            facts.numerator += int(row.num or 0)
            facts.denominator += n
    return result


_CLASS_NAMES = {
    "tasks_overdue": {"late": "逾期完成", "missing": "逾期未完成"},
    "notices_unreplied": {"late": "逾期报送", "missing": "未报送"},
    "suggestions_unreplied": {"late": "逾期反馈", "missing": "未反馈"},
    "region_returns": {"late": "迟报", "missing": "漏报"},
}


def _ref_text(line: Line, ref: Any, extra: Any) -> str:
    kind = line.evidence
    if kind == "tasks_overdue":
        return f"任务{ref}"
    if kind == "notices_unreplied":
        value = int(ref)
        return f"督办〔{value // 1000000}〕{value % 1000000}号" if value > 0 else f"通知{-value}"
    if kind == "manual":
        return str(extra)
    return str(ref)


def line_records(
    session: Any, line: Line, w: Window, unit_ids: Sequence[int], limit: int = 200
) -> dict[int, list[dict[str, Any]]]:
    """The records behind a line, per unit (at most ``limit`` per unit and line)."""
    if not unit_ids:
        return {}
    ev = _evidence(line, w, has_moves(session))
    extra: Any = R.basis if line.evidence == "manual" else literal("")
    if ev.done is not None:
        extra = ev.done
    columns = [
        ev.unit.label("unit_id"),
        ev.cls.label("cls"),
        ev.ref.label("ref"),
        ev.day.label("day"),
        extra.label("extra"),
    ]
    if line.evidence == "manual":
        columns += [
            R.points_x100.label("points"),
            R.recorded_by.label("by"),
            R.file_name.label("file"),
        ]
    statement = (
        select(*columns)
        .select_from(ev.table)
        .where(*ev.where, *ev.detail_where, ev.unit.in_(list(unit_ids)))
        .order_by(ev.unit, ev.day, ev.ref)
    )
    names = _CLASS_NAMES.get(line.evidence, {})
    result: dict[int, list[dict[str, Any]]] = {}
    for row in session.execute(statement):
        rows = result.setdefault(int(row.unit_id), [])
        if len(rows) >= limit:
            continue
        record: dict[str, Any] = {
            "ref": _ref_text(line, row.ref, row.extra),
            "on": row.day.isoformat() if row.day else None,
        }
        cls = str(row.cls or "")
        if cls:
            record["class"] = names.get(cls, cls)
        if line.evidence == "region_returns":
            # which return, which period, how late: 东城县2025年第一季度迟报5天
            record["due"] = record["on"]
            record["received_on"] = row.extra.isoformat() if row.extra else None
            if cls == "late":
                record["days_late"] = (row.extra - row.day).days
                record["ref"] += f"迟报{record['days_late']}天"
            else:
                record["ref"] += "漏报"
        if line.evidence == "manual":
            record["id"] = int(row.ref)
            if row.points is not None:
                record["points"] = float(Decimal(int(row.points)) / 100)
            record["recorded_by"] = row.by
            if row.file:
                record["file"] = row.file
        rows.append(record)
    return result


def _decided(session: Any, year: int) -> dict[tuple[int, str], Decimal]:
    appeals = tables.assess_appeal.c
    rows = session.execute(
        select(appeals.unit_id, appeals.line_id, appeals.points_x100).where(
            appeals.year == year, appeals.decision.in_(("采纳", "部分采纳"))
        )
    )
    return {(int(r.unit_id), str(r.line_id)): Decimal(int(r.points_x100 or 0)) / 100 for r in rows}


# --- the assessment ---------------------------------------------------------------------------


def _num(value: Decimal) -> float | int:
    normal = value.normalize()
    return int(normal) if normal == normal.to_integral_value() else float(normal)


def compute_scores(
    session: Any,
    rule_file: RuleFile,
    *,
    year: int,
    today: date,
    unit: str | None = None,
    submit: Any = None,
) -> tuple[list[UnitScore], list[AssessedUnit], Window]:
    """Every assessed unit's score, ranked (no records listed). ``submit`` (the [submit]
    settings) maps counties to units for ``region_returns`` lines."""
    rules = rule_file.rules
    w = window(year, today, counties_of(session, rules, submit))
    everyone = assessed_units(session, rules)
    ids = [u.id for u in everyone]
    per_line = {line.id: line_facts(session, line, w, ids) for line in rules.lines}
    decided = _decided(session, year)
    scores = []
    empty = Facts()
    for u in everyone:
        facts = {line_id: found.get(u.id, empty) for line_id, found in per_line.items()}
        mine = {line_id: pts for (uid, line_id), pts in decided.items() if uid == u.id}
        scores.append(
            rules_mod.score_unit(
                rules, unit_id=u.id, unit=u.label, kind=u.kind, facts=facts, decided=mine
            )
        )
    ranked = rules_mod.rank_units(rules, scores)
    if unit is not None:
        chosen = {u.id for u in assessed_units(session, rules, unit)}
        ranked = [s for s in ranked if s.unit_id in chosen]
    return ranked, everyone, w


def assess(
    *,
    session: Any,
    rule_file: RuleFile,
    year: int,
    today: date,
    unit: str | None = None,
    records: bool = True,
    submit: Any = None,
) -> dict[str, Any]:
    """The year's assessment as data (what ``assess`` prints, ``--json`` and the files)."""
    ranked, everyone, w = compute_scores(
        session, rule_file, year=year, today=today, unit=unit, submit=submit
    )
    rules = rule_file.rules
    behind: dict[str, dict[int, list[dict[str, Any]]]] = {}
    if records:
        for line in rules.lines:
            hit = [
                s.unit_id
                for s in ranked
                for ls in s.lines
                if ls.line.id == line.id and (ls.facts.count or ls.raw)
            ]
            behind[line.id] = line_records(session, line, w, hit) if hit else {}
    names = {u.id: u for u in everyone}
    return {
        "year": year,
        "as_of": w.as_of.isoformat(),
        "rules": {
            "name": rules.name,
            "file": rule_file.name,
            "digest": rule_file.digest,
            "base": _num(rules.base),
            "veto_tier": rules.veto_tier,
            "sections": [
                {
                    "id": s.id,
                    "name": s.name,
                    "points": _num(s.points) if s.points is not None else None,
                    "bonus": s.bonus,
                }
                for s in rules.sections
            ],
        },
        "units": [_unit_public(s, names[s.unit_id], behind) for s in ranked],
    }


def _unit_public(
    score: UnitScore, unit: AssessedUnit, behind: dict[str, dict[int, list[dict[str, Any]]]]
) -> dict[str, Any]:
    lines = []
    for ls in score.lines:
        if not (ls.facts.count or ls.raw or ls.vetoed or ls.facts.denominator):
            continue
        line = ls.line
        entry: dict[str, Any] = {
            "id": line.id,
            "name": line.name,
            "section": line.section_id,
            "item": line.item_id,
            "kind": line.kind,
            "evidence": line.evidence,
            "count": ls.facts.count,
            "raw": _num(ls.raw),
            "points": _num(ls.counted),
            "bonus": line.is_bonus,
            "veto": ls.vetoed,
            "note": ls.note,
        }
        if line.kind == "rate":
            entry["numerator"] = ls.facts.numerator
            entry["denominator"] = ls.facts.denominator
        entry["records"] = behind.get(line.id, {}).get(score.unit_id, [])
        entry["text"] = _line_text(entry, ls.raw, ls.counted)
        lines.append(entry)
    return {
        "unit": unit.label,
        "unit_name": unit.name,
        "kind": unit.kind,
        "score": _num(score.total),
        "score_text": rules_mod.points_text(score.total),
        "rank": score.rank,
        "tier": score.tier,
        "vetoed": score.vetoed,
        "deducted": _num(score.deducted + score.multiplied),
        "bonus": _num(score.bonus),
        "sections": [
            {
                "id": s.section.id,
                "name": s.section.name,
                "raw": _num(s.raw),
                "points": _num(s.deducted),
                "bonus": s.section.bonus,
            }
            for s in score.sections
        ],
        "lines": lines,
    }


def _line_text(entry: dict[str, Any], raw: Decimal, counted: Decimal) -> str:
    """One line of a unit's result as the 通报 says it: 名称扣N分（说明；依据）."""
    refs = [r["ref"] for r in entry["records"]]
    shown = "、".join(refs[:8]) + (f"等{len(refs)}件" if len(refs) > 8 else "")
    if entry["veto"]:
        return f"{entry['name']}，一票否决" + (f"（{shown}）" if shown else "")
    if counted == 0:
        return ""
    points = rules_mod.points_text(counted)
    if entry["bonus"]:
        return f"{entry['name']}加{points}分" + (f"（{shown}）" if shown else "")
    parts = []
    if entry["note"] and entry["kind"] in ("rate", "shortfall"):
        parts.append(entry["note"])
    if shown:
        parts.append(f"未出庭：{shown}" if entry["kind"] == "rate" else shown)
    if raw > counted:
        parts.append(f"应扣{rules_mod.points_text(raw)}分，按上限计")
    return f"{entry['name']}扣{points}分" + (f"（{'；'.join(parts)}）" if parts else "")


# --- manual evidence --------------------------------------------------------------------------


def _points_x100(points: Decimal | None) -> int | None:
    if points is None:
        return None
    if points <= 0 or points > 1000 or points != points.quantize(Decimal("0.01")):
        raise InvalidInputError(f"分值 {points} 不对：应是大于0、最多两位小数的数（如 0.5）")
    return int(points * 100)


def _manual_line(rules: Rules, line_id: str) -> Line:
    line = rules.line(line_id.strip())
    if line is None:
        known = "、".join(x.id for x in rules.lines if x.evidence == "manual")
        raise NotFoundError(f"考核细则中没有条目“{line_id}”（可录入的条目：{known}）")
    if line.evidence != "manual":
        raise InvalidInputError(
            f"条目“{line.id}”（{line.name}）的依据取自台账（{line.evidence}），不需要录入"
        )
    return line


@dataclass(frozen=True)
class Attachment:
    name: str
    data: bytes


def record(
    *,
    session: "Session",
    rules: Rules,
    unit: str,
    line_id: str,
    occurred_on: date,
    basis: str,
    today: date,
    level: str = "",
    points: Decimal | None = None,
    note: str = "",
    file: Attachment | None = None,
) -> Any:
    """Enter one piece of manual evidence (journaled)."""
    from fylink.models import AssessRecord
    from fylink.services import journal
    from fylink.services.units import find_unit, refuse_merged_on

    line = _manual_line(rules, line_id)
    target = find_unit(session=session, name=unit)
    refuse_merged_on(session, target, occurred_on)
    basis = basis.strip()
    if not basis:
        raise InvalidInputError("请用 --basis 写明扣分（加分）依据的文号")
    if occurred_on > today:
        raise InvalidInputError(f"日期 {occurred_on.isoformat()} 晚于今天：请写实际发生的日期")
    level = level.strip()
    problem = rules_mod.check_level(line, level)
    if problem:
        raise InvalidInputError(problem)
    if line.kind == "rank" and points is None:
        raise InvalidInputError(f"条目“{line.id}”按排名扣分：请用 --points 写名次（如 12）")
    if line.kind == "multiplier" and points is None:
        raise InvalidInputError(f"条目“{line.id}”是上级考核扣分：请用 --points 写上级扣的分数")
    now = datetime.now(UTC)
    row = AssessRecord(
        unit_id=target.id,  # type: ignore[arg-type]
        line_id=line.id,
        occurred_on=occurred_on,
        basis=basis[:100],
        level=level,
        points_x100=_points_x100(points),
        note=note.strip(),
        recorded_by=str(session.info.get("actor") or ""),
        created_at=now,
        updated_at=now,
    )
    if file is not None:
        if len(file.data) > MAX_FILE:
            raise InvalidInputError(f"附件 {file.name} 超过 20 MB：请压缩后再附")
        row.file_name = file.name[:200]
        row.file_size = len(file.data)
        row.file_sha256 = hashlib.sha256(file.data).hexdigest()
    return journal.insert(session, row)


def _record_row(session: "Session", record_id: int) -> Any:
    from fylink.models import AssessRecord

    row = session.get(AssessRecord, record_id)
    if row is None:
        raise NotFoundError(f"考核依据 {record_id} 不存在：用 fylink assess records 查看")
    return row


def correct_record(
    *,
    session: "Session",
    rules: Rules,
    record_id: int,
    today: date,
    occurred_on: date | None = None,
    basis: str | None = None,
    level: str | None = None,
    points: Decimal | None = None,
    unit: str | None = None,
) -> Any:
    """Correct a manual record (journaled, undoable)."""
    from fylink.services import journal
    from fylink.services.units import find_unit

    row = _record_row(session, record_id)
    line = _manual_line(rules, row.line_id)
    values: dict[str, Any] = {}
    if occurred_on is not None:
        if occurred_on > today:
            raise InvalidInputError(f"日期 {occurred_on.isoformat()} 晚于今天")
        values["occurred_on"] = occurred_on
    if basis is not None:
        if not basis.strip():
            raise InvalidInputError("--basis 不能为空")
        values["basis"] = basis.strip()[:100]
    if level is not None:
        problem = rules_mod.check_level(line, level.strip())
        if problem:
            raise InvalidInputError(problem)
        values["level"] = level.strip()
    if points is not None:
        values["points_x100"] = _points_x100(points)
    if unit is not None:
        values["unit_id"] = find_unit(session=session, name=unit).id
    if not values:
        raise InvalidInputError("没有给出要更正的项（--on、--basis、--level、--points、--unit）")
    with journal.changing(session, row):
        for key, value in values.items():
            setattr(row, key, value)
    return row


def remove_record(*, session: "Session", record_id: int, reason: str) -> Any:
    from fylink.services import journal

    if not reason.strip():
        raise InvalidInputError("请用 --reason 写明删除原因")
    row = _record_row(session, record_id)
    journal.delete(session, row, extra={"reason": reason.strip()})
    return row


def list_records(
    *, session: Any, year: int | None = None, unit: str | None = None, line_id: str | None = None
) -> list[dict[str, Any]]:
    from fylink.services.unit_names import find_unit_row

    where: list[ColumnElement[bool]] = []
    if year is not None:
        where += [R.occurred_on >= date(year, 1, 1), R.occurred_on <= date(year, 12, 31)]
    if unit is not None:
        where.append(R.unit_id == find_unit_row(session, unit).id)
    if line_id is not None:
        where.append(R.line_id == line_id)
    rows = session.execute(
        select(
            R.id,
            R.line_id,
            R.occurred_on,
            R.basis,
            R.level,
            R.points_x100,
            R.recorded_by,
            R.file_name,
            func.coalesce(U.short_name, U.name).label("unit"),
        )
        .join(tables.unit, U.id == R.unit_id)
        .where(*where)
        .order_by(R.occurred_on, R.id)
    )
    return [
        {
            "id": r.id,
            "unit": r.unit,
            "line": r.line_id,
            "on": r.occurred_on.isoformat(),
            "basis": r.basis,
            "level": r.level or None,
            "points": float(Decimal(r.points_x100) / 100) if r.points_x100 is not None else None,
            "recorded_by": r.recorded_by,
            "file": r.file_name or None,
        }
        for r in rows
    ]


# --- appeals ----------------------------------------------------------------------------------


def appeal(
    *,
    session: "Session",
    rules: Rules,
    year: int,
    unit: str,
    line_id: str,
    reason: str,
    today: date,
) -> Any:
    """Record a unit's objection to one line of its result."""
    from fylink.models import AssessAppeal
    from fylink.services import journal
    from fylink.services.units import find_unit

    line = rules.line(line_id.strip())
    if line is None:
        raise NotFoundError(f"考核细则中没有条目“{line_id}”")
    target = find_unit(session=session, name=unit)
    if not reason.strip():
        raise InvalidInputError("请用 --reason 写明申诉理由")
    _refuse_published(session, year)
    existing = session.execute(
        select(tables.assess_appeal.c.id).where(
            tables.assess_appeal.c.year == year,
            tables.assess_appeal.c.unit_id == target.id,
            tables.assess_appeal.c.line_id == line.id,
        )
    ).first()
    if existing is not None:
        raise ConflictError(
            f"{target.short_name or target.name}已对条目“{line.id}”提出申诉（申诉 {existing.id}）"
        )
    now = datetime.now(UTC)
    row = AssessAppeal(
        year=year,
        unit_id=target.id,  # type: ignore[arg-type]
        line_id=line.id,
        reason=reason.strip(),
        filed_on=today,
        created_at=now,
        updated_at=now,
    )
    return journal.insert(session, row)


def decide(
    *,
    session: "Session",
    appeal_id: int,
    decision: str,
    today: date,
    points: Decimal | None = None,
    note: str = "",
) -> Any:
    """The office's decision on an appeal: 采纳 (the line's deduction becomes 0, or
    ``points``), 部分采纳 (``points`` required), 不予采纳."""
    from fylink.models import AssessAppeal
    from fylink.services import journal

    row = session.get(AssessAppeal, appeal_id)
    if row is None:
        raise NotFoundError(f"申诉 {appeal_id} 不存在：用 fylink assess appeals 查看")
    if decision not in DECISIONS:
        raise InvalidInputError(f"决定“{decision}”不对，可选：{'、'.join(DECISIONS)}")
    _refuse_published(session, row.year)
    if decision == "部分采纳" and points is None:
        raise InvalidInputError("部分采纳请用 --points 写明核定后的扣分")
    if decision == "不予采纳" and points is not None:
        raise InvalidInputError("不予采纳时不能给 --points")
    value = None
    if decision != "不予采纳":
        value = 0 if points is None else int(points * 100)
        if points is not None and (points < 0 or points != points.quantize(Decimal("0.01"))):
            raise InvalidInputError(f"分值 {points} 不对：应是不小于0、最多两位小数的数")
    return journal.update(
        session,
        row,
        {
            "decision": decision,
            "decided_on": today,
            "decision_note": note.strip(),
            "points_x100": value,
        },
    )


def list_appeals(*, session: Any, year: int) -> list[dict[str, Any]]:
    ap = tables.assess_appeal.c
    rows = session.execute(
        select(
            ap.id,
            ap.line_id,
            ap.reason,
            ap.filed_on,
            ap.decision,
            ap.decided_on,
            ap.decision_note,
            ap.points_x100,
            func.coalesce(U.short_name, U.name).label("unit"),
        )
        .join(tables.unit, U.id == ap.unit_id)
        .where(ap.year == year)
        .order_by(ap.id)
    )
    return [
        {
            "id": r.id,
            "unit": r.unit,
            "line": r.line_id,
            "reason": r.reason,
            "filed_on": r.filed_on.isoformat(),
            "decision": r.decision,
            "decided_on": r.decided_on.isoformat() if r.decided_on else None,
            "note": r.decision_note,
            "points": float(Decimal(r.points_x100) / 100) if r.points_x100 is not None else None,
        }
        for r in rows
    ]


# --- publication ------------------------------------------------------------------------------


def _result_model(session: "Session", year: int) -> Any:
    """The published result as a model object, for :func:`publish` to update."""
    from sqlmodel import select as sm_select

    from fylink.models import AssessResult

    return session.exec(sm_select(AssessResult).where(AssessResult.year == year)).first()


def published_row(reader: Any, year: int) -> Any:
    """The published result of ``year`` (a Core row: a session or a bare connection), or
    None."""
    r = tables.assess_result
    return reader.execute(select(r).where(r.c.year == year)).first()


def _refuse_published(session: "Session", year: int) -> None:
    if published_row(session, year) is not None:
        raise ConflictError(f"{year}年度考核结果已发布，不能再申诉或改变决定")


def publish(
    *,
    session: "Session",
    rule_file: RuleFile,
    year: int,
    today: date,
    replace: bool = False,
    submit: Any = None,
) -> Any:
    """Freeze the year's result together with the rule file (its text and sha256)."""
    from fylink.models import AssessResult
    from fylink.services import journal

    existing = _result_model(session, year)
    if existing is not None and not replace:
        raise ConflictError(
            f"{year}年度考核结果已发布（细则摘要 {existing.rules_digest[:12]}）；"
            "如需重新发布请加 --replace"
        )
    if date(year, 12, 31) > today:
        raise ConflictError(f"{year}年度尚未结束（截至{year}-12-31），不能发布考核结果")
    undecided = [a for a in list_appeals(session=session, year=year) if a["decision"] is None]
    if undecided:
        first = undecided[0]
        raise ConflictError(
            f"还有{len(undecided)}件申诉未作决定（如申诉 {first['id']}，{first['unit']}）："
            "先用 fylink assess decide 决定"
        )
    data = assess(session=session, rule_file=rule_file, year=year, today=today, submit=submit)
    values: dict[str, Any] = {
        "data": data,
        "rules_name": rule_file.rules.name[:200],
        "rules_digest": rule_file.digest,
        "rules_text": rule_file.text,
        "published_at": datetime.now(UTC),
        "published_by": str(session.info.get("actor") or "unknown"),
    }
    if existing is not None:
        return journal.update(session, existing, values)
    row = AssessResult(year=year, **values)
    journal.insert(session, row)
    return row


def published(*, session: Any, year: int) -> Any:
    """The published result of ``year`` (a Core row), or not found."""
    row = published_row(session, year)
    if row is None:
        raise NotFoundError(f"{year}年度考核结果尚未发布：用 fylink assess publish 发布后再查看")
    return row


def result_public(row: Any) -> dict[str, Any]:
    from fylink import clock

    moment = row.published_at if row.published_at.tzinfo else row.published_at.replace(tzinfo=UTC)
    return dict(row.data) | {
        "published": {
            "at": clock.local(moment).isoformat(timespec="seconds"),
            "by": row.published_by,
            "rules_digest": row.rules_digest,
        }
    }


def diff(*, session: Any, year: int, today: date, submit: Any = None) -> dict[str, Any]:
    """What changed since publication, recomputed with the published rule file."""
    row = published(session=session, year=year)
    rule_file = rules_from_text(row.rules_text, row.data.get("rules", {}).get("file", "考核细则"))
    now = assess(session=session, rule_file=rule_file, year=year, today=today, submit=submit)
    before = {u["unit"]: u for u in row.data.get("units", [])}
    changes = []
    for unit in now["units"]:
        old = before.pop(unit["unit"], None)
        old_lines = {line["id"]: line["points"] for line in (old or {}).get("lines", [])}
        new_lines = {line["id"]: line["points"] for line in unit["lines"]}
        lines = [
            {"id": key, "published": old_lines.get(key, 0), "now": new_lines.get(key, 0)}
            for key in sorted(set(old_lines) | set(new_lines))
            if old_lines.get(key, 0) != new_lines.get(key, 0)
        ]
        fields = ("score", "rank", "tier")
        if old is None or lines or any(old.get(f) != unit.get(f) for f in fields):
            changes.append(
                {
                    "unit": unit["unit"],
                    "published": {f: (old or {}).get(f) for f in fields},
                    "now": {f: unit.get(f) for f in fields},
                    "lines": lines,
                }
            )
    for name, old in before.items():
        changes.append(
            {
                "unit": name,
                "published": {f: old.get(f) for f in ("score", "rank", "tier")},
                "now": None,
                "lines": [],
            }
        )
    journal_c = tables.journal.c
    edits = session.execute(
        select(journal_c.entity, func.count())
        .where(
            journal_c.at > row.published_at,
            journal_c.entity.not_in(("assess_result", "journal_anchor")),
        )
        .group_by(journal_c.entity)
        .order_by(journal_c.entity)
    ).all()
    return {
        "year": year,
        "published": result_public(row)["published"],
        "changed": bool(changes),
        "changes": changes,
        "edits_since": {str(entity): int(count) for entity, count in edits},
    }
