"""Parties (当事人) across cases: finding one, the party list and 一企一档 (``party show``).

Reads through :mod:`fylink.tables` and works on a Core connection (``db.read_scope``) as
well as on a session. A login that may not read full ID numbers (a liaison on PostgreSQL)
reads them from ``party_masked``: every search by an ID then compares masked numbers, so
it can never probe the hidden digits.

How a clerk names a party (``NAME|CODE``):

* a name, or a former name (曾用名, a name merged from): exact first, then contained;
* a 统一社会信用代码 (public, compared in full);
* a resident ID: in full (compared in full by a login that reads full numbers, else by its
  visible head and tail), in its masked form ``410502********1232``, or the visible tail
  alone (``1232``, at most 4 characters: the rest is masked and never searchable);
* ``NAME:TAIL`` to tell two namesakes apart.

A namesake is also picked by the handle an ambiguous look-up lists for it, typed back as
shown: ``张三（410502********1232）`` or ``张三（****1232）`` (its ID, masked), ``张三（无证件）``
(the one recorded without an ID) and, where even those are shared, ``张三#12`` or ``#12``
(the record's number; quote a bare ``#12`` in a shell).
"""

import difflib
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    and_,
    case,
    exists,
    func,
    literal,
    or_,
    select,
    text,
    union_all,
)
from sqlalchemy import column as sa_column
from sqlalchemy import table as sa_table

from fylink import tables
from fylink.domain import identifiers
from fylink.domain.categories import parse_category
from fylink.errors import ConflictError, InvalidInputError, NotFoundError

PARTY = tables.party
CASE_PARTY = tables.case_party
CASES = tables.cases
ALIAS = tables.party_alias
MERGE = tables.party_merge
WATCH = tables.party_watch
_MASKED = sa_table("party_masked", sa_column("id"), sa_column("id_number"))

KINDS = ("自然人", "法人或其他组织")
WATCH_LEVELS = ("高", "中", "低")
#: The visible tail of a masked resident ID.
_TAIL = 4
#: What a handle says of a party recorded without an ID.
NO_ID = "无证件"
#: ``NAME#12`` / ``#12``: a party by its record number.
_BY_NUMBER = re.compile(r"^(.*?)[#＃]\s*(\d{1,12})\s*(?:[（(][^（）()]*[）)])?$")
#: ``NAME（…）``: a party by its name and what follows it in a handle.
_BY_HANDLE = re.compile(r"^(.+?)\s*[（(]\s*([^（）()]+?)\s*[）)]$")
#: A masked ID's visible tail with its mask before it: ``****1232``.
_STARRED_TAIL = re.compile(r"^[*＊]+([0-9Xx]{1,4})$")


def _dialect(reader: Any) -> str:
    bind = reader.get_bind() if hasattr(reader, "get_bind") else reader
    return str(bind.dialect.name)


def reads_full_ids(reader: Any) -> bool:
    """May this login read ``party.id_number`` (see services.cases.reads_full_ids)?"""
    if _dialect(reader) != "postgresql":
        return True
    key = "fylink_full_ids"
    if key not in reader.info:
        reader.info[key] = bool(
            reader.execute(
                text("SELECT has_column_privilege('party', 'id_number', 'SELECT')")
            ).scalar()
        )
    return bool(reader.info[key])


def id_number_column(reader: Any) -> Any:
    """The ID number this login may read: the column, or the masked number."""
    if reads_full_ids(reader):
        return PARTY.c.id_number
    return (
        select(_MASKED.c.id_number)
        .where(_MASKED.c.id == PARTY.c.id)
        .scalar_subquery()
        .label("id_number")
    )


def masked(id_kind: str, id_number: str | None) -> str | None:
    return identifiers.mask_identifier(id_kind, id_number) if id_number else None


def not_merged() -> ColumnElement[bool]:
    return ~exists().where(MERGE.c.party_id == PARTY.c.id)


def shown(ref: str) -> str:
    """``ref`` as it may be echoed back: an ID number in it masked, as everywhere."""
    name, sep, tail = ref.replace("：", ":").rpartition(":")
    if sep:
        return f"{name}:{shown(tail)}"
    handle = _BY_HANDLE.match(ref.strip())
    if handle:
        return f"{handle.group(1)}（{shown(handle.group(2))}）"
    value = _clean(ref)
    if len(value) >= 11 and value[:-1].isdigit():
        return identifiers.mask_resident_id(value)
    return ref


def _clean(value: str) -> str:
    return "".join(value.split()).upper().replace("＊", "*")


def identifier_condition(reader: Any, value: str) -> ColumnElement[bool] | None:
    """The condition on ``party`` for an identifier the clerk typed, or None when
    ``value`` is no identifier (then it is a name)."""
    ident = _clean(value)
    number = id_number_column(reader)
    resident = PARTY.c.id_kind == identifiers.RESIDENT_ID
    if len(ident) == 18 and "*" in ident:
        head, tail = ident[:6], ident[-_TAIL:]
        if ident[6:14] != "*" * 8 or "*" in head + tail:
            return None
        return and_(resident, number.like(f"{head}%{tail}"), func.length(number) == 18)
    if 1 <= len(ident) <= _TAIL and all(ch in "0123456789X" for ch in ident):
        return and_(resident, number.like(f"%{ident}"))
    if len(ident) != 18 or not ident.isalnum():
        return None
    try:
        kind, valid = identifiers.classify_identifier(ident)
    except InvalidInputError:
        return None
    if kind == identifiers.CREDIT_CODE:
        return PARTY.c.id_number == valid if reads_full_ids(reader) else number == valid
    if reads_full_ids(reader):
        return PARTY.c.id_number == valid
    return and_(resident, number == identifiers.mask_resident_id(valid))


def name_condition(pattern: str) -> ColumnElement[bool]:
    """Party name or a former name LIKE ``pattern``."""
    return or_(
        PARTY.c.name.like(pattern),
        exists().where(ALIAS.c.party_id == PARTY.c.id, ALIAS.c.name.like(pattern)),
    )


def text_condition(reader: Any, value: str) -> ColumnElement[bool]:
    """``--text``: the name (or a former name) contains it, or it is an identifier."""
    cleaned = value.strip()
    condition = name_condition(f"%{cleaned}%")
    ident = identifier_condition(reader, cleaned)
    return or_(condition, ident) if ident is not None else condition


@dataclass
class PartyRow:
    id: int
    name: str
    kind: str
    id_kind: str
    id_number: str | None
    """Masked."""

    def label(self) -> str:
        return f"{self.name}（{self.id_number}）" if self.id_number else self.name

    def handle(self) -> str:
        """How a clerk names this party apart from namesakes: ``名称（脱敏证件号码）`` or
        ``名称（无证件）`` (find_party takes it back as written)."""
        return f"{self.name}（{self.id_number or NO_ID}）"


def _party_select(reader: Any) -> Any:
    return select(PARTY.c.id, PARTY.c.name, PARTY.c.kind, PARTY.c.id_kind, id_number_column(reader))


def _row(row: Any) -> PartyRow:
    return PartyRow(
        id=row.id,
        name=row.name,
        kind=row.kind,
        id_kind=row.id_kind,
        id_number=masked(row.id_kind, row.id_number),
    )


def find_party(reader: Any, ref: str) -> PartyRow:
    """The one party ``ref`` names (see the module); a merged record leads to the record
    it was merged into. Unknown: the closest names; ambiguous: the candidates."""
    value = ref.strip()
    if not value:
        raise InvalidInputError("请给出当事人名称、统一社会信用代码或证件号码")
    by_number = _BY_NUMBER.match(value)
    if by_number:
        return _by_number(reader, value, by_number.group(1).strip(), int(by_number.group(2)))
    handle = _handle_condition(reader, value)
    if handle is not None:
        found = _candidates(reader, handle)
        if found:  # else a name with brackets of its own, looked up below
            return _one(reader, value, found)
    name, sep, tail = value.replace("：", ":").rpartition(":")
    if sep and name.strip() and tail.strip():
        ident = identifier_condition(reader, tail)
        if ident is None:
            raise InvalidInputError(
                f"“{shown(tail.strip())}”不是证件号码："
                "用 名称:统一社会信用代码 或 姓名:身份证号末四位"
            )
        found = _candidates(reader, and_(PARTY.c.name == name.strip(), ident))
        return _one(reader, value, found)
    ident = identifier_condition(reader, value)
    if ident is not None:
        found = _candidates(reader, ident)
        if found:
            return _one(reader, value, found)
    for condition in (name_condition(value), name_condition(f"%{value}%")):
        found = _candidates(reader, condition)
        if found:
            return _one(reader, value, found)
    close = closest_names(reader, value)
    hint = f"；相近的有：{'、'.join(close)}" if close else ""
    raise NotFoundError(f"当事人“{shown(value)}”不存在{hint}（用 fylink party list --text 查找）")


def _handle_condition(reader: Any, value: str) -> ColumnElement[bool] | None:
    """The condition for a handle ``名称（脱敏证件号码|****末四位|无证件）``, or None when
    ``value`` is no handle (a name may have brackets of its own: 某某（北京）有限公司)."""
    match = _BY_HANDLE.match(value)
    if not match:
        return None
    name, inner = match.group(1).strip(), _clean(match.group(2))
    if inner == NO_ID:
        number = id_number_column(reader)
        ident: ColumnElement[bool] | None = or_(number.is_(None), number == "")
    else:
        starred = _STARRED_TAIL.match(inner)
        ident = identifier_condition(reader, starred.group(1) if starred else inner)
    if ident is None:
        return None
    return and_(PARTY.c.name == name, ident)


def _by_number(reader: Any, value: str, name: str, number: int) -> PartyRow:
    """``名称#12`` or ``#12``: record 12 (or the record it was merged into); a name given
    must be that record's name or one of its former names."""
    condition: ColumnElement[bool] = PARTY.c.id == number
    if name:
        condition = and_(condition, name_condition(name))
    found = _candidates(reader, condition)
    if not found:
        what = (
            f"编号 {number} 的当事人不是“{shown(name)}”" if name else f"没有编号 {number} 的当事人"
        )
        raise NotFoundError(f"{what}（用 fylink party list --text 查找）")
    return found[0]


def _candidates(reader: Any, condition: ColumnElement[bool]) -> list[PartyRow]:
    rows = list(
        reader.execute(_party_select(reader).where(condition).order_by(PARTY.c.id).limit(21))
    )
    found: dict[int, PartyRow] = {}
    merged_into = dict(
        reader.execute(
            select(MERGE.c.party_id, MERGE.c.into_id).where(
                MERGE.c.party_id.in_([r.id for r in rows] or [0])
            )
        ).all()
    )
    targets = {merged_into[r.id] for r in rows if r.id in merged_into}
    for row in rows:
        if row.id not in merged_into:
            found[row.id] = _row(row)
    missing = targets - set(found)
    if missing:
        for row in reader.execute(_party_select(reader).where(PARTY.c.id.in_(missing))):
            found[row.id] = _row(row)
    return list(found.values())


def _one(reader: Any, ref: str, found: list[PartyRow]) -> PartyRow:
    if not found:
        raise NotFoundError(f"当事人“{shown(ref)}”不存在（用 fylink party list --text 查找）")
    if len(found) == 1:
        return found[0]
    exact = [p for p in found if p.name == ref]
    if len(exact) == 1:
        return exact[0]
    listed = "；".join(handles(found[:10]))
    more = f" 等 {len(found)} 个" if len(found) > 10 else f" {len(found)} 个"
    names = "，或写全名称" if len({p.name for p in found}) > 1 else ""
    raise ConflictError(
        f"“{shown(ref)}”对应{more}当事人：{listed}；请照上列写法之一输入（连同括号）{names}"
    )


def handles(found: list[PartyRow]) -> list[str]:
    """What to type for each of ``found``: its handle, or ``名称#编号`` where two share one."""
    count: dict[str, int] = {}
    for party in found:
        count[party.handle()] = count.get(party.handle(), 0) + 1
    return [
        p.handle() if count[p.handle()] == 1 else f"{p.name}#{p.id}（{p.id_number or NO_ID}）"
        for p in found
    ]


def closest_names(reader: Any, value: str, limit: int = 5) -> list[str]:
    """Names like ``value``: those sharing a two-character piece with it, ranked by
    similarity (the candidates are found in SQL, a few hundred at most)."""
    pieces = {value[i : i + 2] for i in range(max(len(value) - 1, 1))} - {""}
    if not pieces:
        return []
    rows = reader.execute(
        select(PARTY.c.name)
        .where(or_(*(PARTY.c.name.like(f"%{p}%") for p in sorted(pieces))), not_merged())
        .distinct()
        .limit(500)
    ).scalars()
    return difflib.get_close_matches(value, list(rows), n=limit, cutoff=0.3)


# --- party list ---------------------------------------------------------------------------


@dataclass
class PartyFilter:
    text: str | None = None
    kind: str | None = None
    category: str | None = None
    watch: bool = False


@dataclass
class ListedParty:
    party: PartyRow
    cases: int
    open_cases: int
    watch: Any = None


def _conditions(reader: Any, flt: PartyFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [not_merged()]
    if flt.text and flt.text.strip():
        conditions.append(text_condition(reader, flt.text))
    if flt.kind:
        if flt.kind not in KINDS:
            raise InvalidInputError(f"当事人类型“{flt.kind}”不存在，可选：{'、'.join(KINDS)}")
        conditions.append(PARTY.c.kind == flt.kind)
    if flt.category:
        category = parse_category(flt.category).value
        conditions.append(
            exists().where(
                CASE_PARTY.c.party_id == PARTY.c.id,
                CASES.c.id == CASE_PARTY.c.case_id,
                CASES.c.category == category,
            )
        )
    if flt.watch:
        conditions.append(exists().where(WATCH.c.party_id == PARTY.c.id))
    return conditions


def list_parties(
    *, reader: Any, flt: PartyFilter, limit: int = 50, offset: int = 0
) -> tuple[list[ListedParty], int]:
    """One page of parties, most cases first, and the total matching."""
    if limit < 1 or offset < 0:
        raise InvalidInputError("每页条数应为正整数，页码应从1开始")
    conditions = _conditions(reader, flt)
    total = reader.execute(select(func.count()).select_from(PARTY).where(*conditions)).scalar()
    # Case counts come from case_party's (party, case) index alone; the cases table is read
    # only for the page's parties (how many of their cases are open).
    counts = select(
        CASE_PARTY.c.party_id.label("party_id"),
        func.count(func.distinct(CASE_PARTY.c.case_id)).label("cases"),
    ).group_by(CASE_PARTY.c.party_id)
    if flt.text or flt.kind or flt.category or flt.watch:
        matched = select(PARTY.c.id).where(*conditions)
        counts = counts.where(CASE_PARTY.c.party_id.in_(matched))
    sub = counts.subquery()
    n_cases = func.coalesce(sub.c.cases, 0)
    rows = reader.execute(
        _party_select(reader)
        .add_columns(n_cases.label("cases"))
        .outerjoin(sub, sub.c.party_id == PARTY.c.id)
        .where(*conditions)
        .order_by(n_cases.desc(), PARTY.c.name, PARTY.c.id)
        .limit(limit)
        .offset(offset)
    ).all()
    ids = [r.id for r in rows]
    open_counts: dict[int, int] = {}
    if ids:
        open_counts = {
            party_id: int(n)
            for party_id, n in reader.execute(
                select(CASE_PARTY.c.party_id, func.count(func.distinct(CASE_PARTY.c.case_id)))
                .join(CASES, CASES.c.id == CASE_PARTY.c.case_id)
                .where(CASE_PARTY.c.party_id.in_(ids), CASES.c.status != "已结")
                .group_by(CASE_PARTY.c.party_id)
            )
        }
    watches = _watches(reader, ids)
    return [
        ListedParty(
            party=_row(r),
            cases=int(r.cases),
            open_cases=open_counts.get(r.id, 0),
            watch=watches.get(r.id),
        )
        for r in rows
    ], int(total or 0)


def _watches(reader: Any, ids: list[int]) -> dict[int, Any]:
    if not ids:
        return {}
    rows = reader.execute(select(WATCH).where(WATCH.c.party_id.in_(ids)))
    return {r.party_id: r for r in rows}


def watched_count(reader: Any, *, level: str | None = None) -> int:
    """Enterprises on the office's watch list (重点破产企业、困难企业)."""
    query = select(func.count()).select_from(WATCH).join(PARTY, PARTY.c.id == WATCH.c.party_id)
    query = query.where(not_merged())
    if level:
        query = query.where(WATCH.c.level == level)
    return int(reader.execute(query).scalar() or 0)


# --- party show (一企一档) ------------------------------------------------------------------


@dataclass
class CategorySummary:
    category: str
    cases: int
    open_cases: int
    claimed_fen: int
    recovered_fen: int


@dataclass
class PartyCase:
    case_no: str
    category: str
    roles: str
    status: str
    filed_on: date
    closed_on: date | None
    outcome: str | None
    claimed_fen: int | None
    recovered_fen: int | None
    unit: str
    last_event_on: date | None
    last_event: str | None


@dataclass
class PartyFile:
    party: PartyRow
    former_names: list[tuple[str, str, date | None]]
    watch: Any
    summary: list[CategorySummary]
    total_cases: int
    cases: list[PartyCase]
    tasks: list[Any] = field(default_factory=list)
    suggestions: list[Any] = field(default_factory=list)
    meetings: list[Any] = field(default_factory=list)
    timeline: list[tuple[date, str, str]] = field(default_factory=list)
    #: The 破产 facts of its 破产 cases (procedure, stage, 管理人, 职工债权, 欠薪人数).
    bankruptcies: list[Any] = field(default_factory=list)


def case_ids_of(party_id: int) -> Any:
    """The ids of the party's cases (a subquery)."""
    return select(CASE_PARTY.c.case_id).where(CASE_PARTY.c.party_id == party_id).distinct()


def party_file(
    *, reader: Any, ref: str, limit: int | None = 100, timeline_limit: int = 30
) -> PartyFile:
    party = find_party(reader, ref)
    mine = case_ids_of(party.id)
    former = [
        (r.name, r.kind, r.changed_on)
        for r in reader.execute(
            select(ALIAS.c.name, ALIAS.c.kind, ALIAS.c.changed_on)
            .where(ALIAS.c.party_id == party.id)
            .order_by(ALIAS.c.id)
        )
    ]
    watch = _watches(reader, [party.id]).get(party.id)
    summary = [
        CategorySummary(r.category, int(r.n), int(r.open), int(r.claimed), int(r.recovered))
        for r in reader.execute(
            select(
                CASES.c.category,
                func.count().label("n"),
                func.sum(case((CASES.c.status != "已结", 1), else_=0)).label("open"),
                func.coalesce(func.sum(CASES.c.claimed_fen), 0).label("claimed"),
                func.coalesce(func.sum(CASES.c.recovered_fen), 0).label("recovered"),
            )
            .where(CASES.c.id.in_(mine))
            .group_by(CASES.c.category)
            .order_by(func.count().desc(), CASES.c.category)
        )
    ]
    total = sum(s.cases for s in summary)
    cases = _cases(reader, party.id, limit)
    result = PartyFile(
        party=party,
        former_names=former,
        watch=watch,
        summary=summary,
        total_cases=total,
        cases=cases,
    )
    b = tables.bankruptcy
    result.bankruptcies = list(
        reader.execute(
            select(
                CASES.c.case_no,
                b.c.procedure,
                b.c.stage,
                b.c.administrator,
                b.c.employee_claims_fen,
                b.c.unpaid_workers,
            )
            .join(CASES, CASES.c.id == b.c.case_id)
            .where(b.c.case_id.in_(mine))
            .order_by(CASES.c.filed_on, CASES.c.id)
        ).all()
    )
    result.tasks = linked_tasks(reader, party_id=party.id)
    result.suggestions = _suggestions(reader, party.id)
    result.meetings = _meetings(result.tasks)
    result.timeline = _timeline(reader, party.id, result, timeline_limit)
    return result


def _cases(reader: Any, party_id: int, limit: int | None) -> list[PartyCase]:
    event = tables.case_event
    # The id of each case's latest event (one correlated lookup on case_event's index);
    # its date and kind are read for the listed cases only.
    last = (
        select(event.c.id)
        .where(event.c.case_id == CASES.c.id)
        .order_by(event.c.occurred_on.desc(), event.c.id.desc())
        .limit(1)
        .scalar_subquery()
        .label("event_id")
    )
    roles = (
        select(CASE_PARTY.c.case_id, CASE_PARTY.c.role)
        .where(CASE_PARTY.c.party_id == party_id)
        .subquery()
    )
    unit = tables.unit
    query = (
        select(
            CASES.c.id,
            CASES.c.case_no,
            CASES.c.category,
            CASES.c.status,
            CASES.c.filed_on,
            CASES.c.closed_on,
            CASES.c.outcome,
            CASES.c.claimed_fen,
            CASES.c.recovered_fen,
            func.coalesce(unit.c.short_name, unit.c.name).label("unit"),
            last,
        )
        .join(unit, unit.c.id == CASES.c.unit_id)
        .where(CASES.c.id.in_(select(roles.c.case_id)))
        .order_by(CASES.c.category, CASES.c.filed_on.desc(), CASES.c.id.desc())
    )
    if limit is not None:
        query = query.limit(limit)
    rows = reader.execute(query).all()
    by_case: dict[int, list[str]] = {}
    events: dict[int, tuple[date, str]] = {}
    event_ids = [r.event_id for r in rows if r.event_id is not None]
    for start in range(0, len(event_ids), 500):
        for event_id, on, kind in reader.execute(
            select(event.c.id, event.c.occurred_on, event.c.kind).where(
                event.c.id.in_(event_ids[start : start + 500])
            )
        ):
            events[event_id] = (on, kind)
    ids = [r.id for r in rows]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for case_id, role in reader.execute(
            select(CASE_PARTY.c.case_id, CASE_PARTY.c.role)
            .where(CASE_PARTY.c.party_id == party_id, CASE_PARTY.c.case_id.in_(chunk))
            .order_by(CASE_PARTY.c.id)
        ):
            by_case.setdefault(case_id, []).append(role)
    return [
        PartyCase(
            case_no=r.case_no,
            category=r.category,
            roles="、".join(by_case.get(r.id, [])),
            status=r.status,
            filed_on=r.filed_on,
            closed_on=r.closed_on,
            outcome=r.outcome,
            claimed_fen=r.claimed_fen,
            recovered_fen=r.recovered_fen,
            unit=r.unit,
            last_event_on=events[r.event_id][0] if r.event_id in events else None,
            last_event=events[r.event_id][1] if r.event_id in events else None,
        )
        for r in rows
    ]


@dataclass
class LinkedTask:
    id: int
    source: str
    content: str
    lead: str
    due_on: date
    completed_on: date | None
    signed_off_on: date | None
    created_on: date
    meeting_id: int | None
    meeting: str | None
    meeting_on: date | None
    decision_no: int | None
    case_no: str | None
    via: str


def linked_tasks(
    reader: Any,
    *,
    party_id: int | None = None,
    case_id: int | None = None,
    project_id: int | None = None,
) -> list[LinkedTask]:
    """Tasks (and 议定事项) that concern a party (directly or through one of its cases), a
    case, or a project (directly or through its cases)."""
    subject = tables.task_subject
    task = tables.task
    unit = tables.unit
    meeting = tables.meeting
    case_no = select(CASES.c.case_no).where(CASES.c.id == subject.c.case_id).scalar_subquery()
    if party_id is not None:
        condition = or_(
            subject.c.party_id == party_id, subject.c.case_id.in_(case_ids_of(party_id))
        )
        via: Any = case((subject.c.party_id == party_id, "当事人"), else_="案件")
    elif case_id is not None:
        condition = subject.c.case_id == case_id
        via = literal("案件")
    else:
        in_project = select(tables.project_case.c.case_id).where(
            tables.project_case.c.project_id == project_id
        )
        condition = or_(subject.c.project_id == project_id, subject.c.case_id.in_(in_project))
        via = case((subject.c.project_id == project_id, "项目"), else_="案件")
    rows = reader.execute(
        select(
            task.c.id,
            task.c.source,
            task.c.content,
            func.coalesce(unit.c.short_name, unit.c.name).label("lead"),
            task.c.due_on,
            task.c.completed_on,
            task.c.signed_off_on,
            task.c.created_at,
            task.c.due_start,
            task.c.meeting_id,
            meeting.c.year,
            meeting.c.series_no,
            meeting.c.series.label("meeting_series"),
            meeting.c.held_on,
            task.c.decision_no,
            case_no.label("case_no"),
            via.label("via"),
        )
        .select_from(subject)
        .join(task, task.c.id == subject.c.task_id)
        .join(unit, unit.c.id == task.c.lead_unit_id)
        .outerjoin(meeting, meeting.c.id == task.c.meeting_id)
        .where(condition)
        .order_by(task.c.due_on, task.c.id)
    ).all()
    return [
        LinkedTask(
            id=r.id,
            source=r.source,
            content=r.content,
            lead=r.lead,
            due_on=r.due_on,
            completed_on=r.completed_on,
            signed_off_on=r.signed_off_on,
            # 交办: the meeting's day, else the day a rule deadline counts from.
            created_on=r.held_on or r.due_start or r.created_at.date(),
            meeting_id=r.meeting_id,
            # Numbered within its series (协调会 has its own 期数), as the 纪要 is printed.
            meeting=f"{r.year}年第{r.series_no}期{r.meeting_series}" if r.meeting_id else None,
            meeting_on=r.held_on,
            decision_no=r.decision_no,
            case_no=r.case_no,
            via=r.via,
        )
        for r in rows
    ]


def _meetings(tasks_: list[LinkedTask]) -> list[tuple[str, date, int]]:
    """(meeting, held on, decisions concerning the subject), by date."""
    seen: dict[str, tuple[date, int]] = {}
    for t in tasks_:
        if t.meeting and t.meeting_on:
            held, n = seen.get(t.meeting, (t.meeting_on, 0))
            seen[t.meeting] = (held, n + 1)
    return sorted(((m, held, n) for m, (held, n) in seen.items()), key=lambda x: x[1])


def _suggestions(reader: Any, party_id: int) -> list[Any]:
    sug = tables.suggestion
    unit = tables.unit
    direct = select(tables.suggestion_party.c.suggestion_id).where(
        tables.suggestion_party.c.party_id == party_id
    )
    by_case = select(tables.suggestion_case.c.suggestion_id).where(
        tables.suggestion_case.c.case_id.in_(case_ids_of(party_id))
    )
    return list(
        reader.execute(
            select(
                sug.c.kind,
                sug.c.doc_no,
                sug.c.issuer,
                func.coalesce(unit.c.short_name, unit.c.name).label("unit"),
                sug.c.received_on,
                sug.c.reply_due,
                sug.c.replied_on,
                sug.c.adoption,
            )
            .join(unit, unit.c.id == sug.c.unit_id)
            .where(or_(sug.c.id.in_(direct), sug.c.id.in_(by_case)))
            .order_by(sug.c.received_on, sug.c.id)
        ).all()
    )


def _timeline(
    reader: Any, party_id: int, result: PartyFile, limit: int
) -> list[tuple[date, str, str]]:
    """The latest ``limit`` dated facts across cases, events, tasks, suggestions, meetings,
    newest first; the case facts come from SQL (a party may have 10,000 cases)."""
    event = tables.case_event
    mine = case_ids_of(party_id)
    filed = select(
        CASES.c.filed_on.label("on"), literal("立案").label("what"), CASES.c.case_no.label("about")
    ).where(CASES.c.id.in_(mine))
    closed = select(
        CASES.c.closed_on.label("on"), literal("结案").label("what"), CASES.c.case_no
    ).where(CASES.c.id.in_(mine), CASES.c.closed_on.is_not(None))
    events = (
        select(event.c.occurred_on.label("on"), event.c.kind.label("what"), CASES.c.case_no)
        .join(CASES, CASES.c.id == event.c.case_id)
        .where(event.c.case_id.in_(mine), event.c.kind.not_in(("立案", "结案")))
    )
    both = union_all(filed, closed, events).subquery()
    facts: list[tuple[date, str, str]] = [
        (r.on, r.what, r.about)
        for r in reader.execute(
            select(both.c.on, both.c.what, both.c.about)
            .order_by(both.c.on.desc(), both.c.about)
            .limit(limit)
        )
    ]
    for t in result.tasks:
        label = f"议定事项（{t.meeting}）" if t.meeting else f"任务{t.id}"
        facts.append((t.created_on, f"{label}交办", t.content))
        if t.completed_on:
            facts.append((t.completed_on, f"{label}完成", t.content))
    for s in result.suggestions:
        facts.append((s.received_on, f"收到{s.kind}", s.doc_no))
        if s.replied_on:
            facts.append((s.replied_on, f"{s.kind}已回复", s.doc_no))
    for name, held, n in result.meetings:
        facts.append((held, "召开会议", f"{name}（议定事项{n}项）"))
    facts.sort(key=lambda f: (f[0], f[1]), reverse=True)
    return facts[:limit]
