"""The case register (案件台账) in spreadsheets: the case schema of the transfer engine.

Rows are checked by the very functions ``case add``, ``case close`` and ``case
update`` use (:func:`cases.build_case`, :func:`cases.apply_closure`,
:func:`cases.apply_changes`, :func:`cases.check_case`, :func:`cases.parse_party`);
what differs is only how the database is reached: the roster is loaded once,
existing cases and parties are looked up a chunk at a time, and new cases,
parties, links and their journal rows are inserted in batches.

ID numbers: exported masked unless asked otherwise. A masked ID read back
(410502********1232) is accepted: it names the party of that name whose ID
masks the same, or else a party recorded without an ID number — never a
stored fake number.
"""

import difflib
import operator
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, insert, null, or_, tuple_
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, func, select

from fylink import db, tables
from fylink.db import insert_many
from fylink.domain import case_numbers, identifiers
from fylink.domain.categories import (
    check_typical_note,
    head_appeared_for,
    parse_act_kind,
    parse_head_rank,
    parse_loss_reasons,
    parse_withdrawal_kind,
)
from fylink.domain.dates import parse_date
from fylink.domain.money import parse_amount
from fylink.domain.values import parse_yes_no
from fylink.errors import FylinkError, InvalidInputError
from fylink.models import Case, CaseParty, Party, ProjectCase, Unit
from fylink.services import cases, journal
from fylink.services.case_list import CaseFilter, filter_conditions
from fylink.services.cases import AnyCase, CaseDraft, PartyDraft, PartySpec
from fylink.services.units import UnitIndex
from fylink.transfer import engine, sheets
from fylink.transfer.engine import Change, Column, Item, Problem, RowReader
from fylink.transfer.sheets import Cell

COLUMNS: tuple[Column, ...] = (
    Column("案号", "case_no", required=True, aliases=("案号/编号", "案件编号", "编号"), width=28),
    Column("类别", "category", required=True, aliases=("案件类别", "案件类型"), width=12),
    Column("领域", "field", aliases=("争议领域", "行政管理领域"), width=12),
    Column(
        "被申请人/被告",
        "unit",
        required=True,
        aliases=("被告/被申请人", "被申请人", "被告", "被告单位", "被申请人单位"),
        width=22,
    ),
    Column("申请人/原告", "parties", aliases=("原告/申请人", "申请人", "原告", "当事人"), width=30),
    Column("受理机关", "court", aliases=("受理法院", "受理法院/机关", "复议机关"), width=18),
    Column("收案日期", "received_on", aliases=("收案时间",), width=12),
    Column("立案日期", "filed_on", required=True, aliases=("立案时间", "受理日期"), width=12),
    Column("开庭日期", "heard_on", aliases=("开庭时间",), width=12),
    Column("是否开庭", "heard", aliases=("开庭审理", "是否开庭审理"), width=10),
    Column(
        "负责人是否出庭",
        "head_appeared",
        aliases=("负责人出庭", "负责人出庭应诉", "行政机关负责人是否出庭"),
        width=14,
    ),
    Column("出庭负责人职级", "head_rank", aliases=("出庭负责人",), width=14),
    Column("结案日期", "closed_on", aliases=("结案时间",), width=12),
    Column("结果", "outcome", aliases=("结案结果", "审理结果", "结案方式"), width=14),
    Column("标的金额", "claimed_fen", aliases=("标的额", "涉案金额"), width=16),
    Column("执行到位金额", "recovered_fen", aliases=("到位金额",), width=16),
    Column("实质性化解", "resolved", aliases=("是否实质性化解",), width=12),
    Column("涉及人数", "group_size", width=10),
    Column("风险等级", "risk_level", width=10),
    Column("案情摘要", "summary", aliases=("摘要", "简要案情"), width=40),
    # 一楼一策 (issue 17): the project the case is grouped under (fylink project add first).
    Column("所属项目", "project", aliases=("项目", "楼盘", "问题楼盘"), width=20),
    # 白皮书 fields (issue 18).
    Column("被诉行政行为类别", "act_kind", aliases=("行为类别", "被诉行为类别"), width=14),
    Column("败诉原因", "loss_reasons", width=24),
    Column("撤诉类型", "withdrawal_kind", width=18),
    Column("复议机关作共同被告", "joint_respondent", aliases=("复议机关共同被告",), width=10),
    Column("规范性文件附带审查", "norm_review", aliases=("附带审查",), width=10),
    Column("典型案例", "typical", aliases=("是否典型案例",), width=10),
    Column("典型案例说明", "typical_note", width=30),
)


#: How many "person's name with a company's code" warnings an import lists one by one.
PARTY_WARNINGS_SHOWN = 20
#: The 所属项目 cell of a case that belongs to no project (an empty cell changes nothing).
NO_PROJECT = "无"
#: What may separate the projects in one 所属项目 cell (export writes "、").
_PROJECT_SEPARATORS = re.compile(r"[、，,；;]")


@dataclass
class CaseRecord:
    """One row's worth of a case: the case (stored, or a draft from a row), its unit's
    full name, its parties."""

    case: AnyCase
    unit: str
    parties: list[PartySpec] = field(default_factory=list)
    #: The projects the case is grouped under (names, "、" between them); in a row,
    #: :data:`NO_PROJECT` says the case is in none.
    project: str = ""


def _money(fen: int | None) -> Decimal | None:
    return None if fen is None else Decimal(fen).scaleb(-2)


def _positive_int(text: str) -> int:
    try:
        value = Decimal(text.replace(",", ""))
    except ArithmeticError:
        raise InvalidInputError(f"涉及人数“{text}”应为正整数") from None
    if value != value.to_integral_value() or value < 1:
        raise InvalidInputError(f"涉及人数“{text}”应为正整数")
    return int(value)


def _memo(parse: Callable[[str], Any]) -> Callable[[str], Any]:
    """``parse`` remembering its results (not its errors), for at most 10,000 texts."""
    cache: dict[str, Any] = {}

    def parse_cached(text: str) -> Any:
        try:
            return cache[text]
        except KeyError:
            pass
        if len(cache) >= 10_000:
            cache.clear()
        value = cache[text] = parse(text)
        return value

    return parse_cached


def _now() -> datetime:
    return datetime.now(UTC)


class CaseSheet(engine.Schema[CaseRecord]):
    entity = "case"
    noun = "案件"
    title = "案件台账"
    columns = COLUMNS
    key_field = "case_no"

    def __init__(
        self,
        *,
        today: date,
        types: case_numbers.CaseTypeTable,
        legacy: bool = False,
        unmasked: bool = False,
    ) -> None:
        self.today = today
        self.types = types
        self.legacy = legacy
        self.unmasked = unmasked
        self.units: UnitIndex | None = None
        self.projects: dict[str, int] = {}
        self.masked_seen = 0
        #: Person's names with a company's code (cases.party_warning), by 案号.
        self.party_warnings: list[str] = []
        # Cell parsers; registers repeat dates, flags and amounts, so they are memoized.
        self._received = _memo(partial(parse_date, what="收案日期"))
        self._filed = _memo(partial(parse_date, what="立案日期"))
        self._heard_on = _memo(partial(parse_date, what="开庭日期"))
        self._closed = _memo(partial(parse_date, what="结案日期"))
        self._heard = _memo(partial(parse_yes_no, what="是否开庭"))
        self._head = _memo(partial(parse_yes_no, what="负责人是否出庭"))
        self._resolved = _memo(partial(parse_yes_no, what="实质性化解"))
        self._joint = _memo(partial(parse_yes_no, what="复议机关作共同被告"))
        self._norm_review = _memo(partial(parse_yes_no, what="规范性文件附带审查"))
        self._typical = _memo(partial(parse_yes_no, what="典型案例"))
        self._claimed = _memo(partial(parse_amount, what="标的金额"))
        self._recovered = _memo(partial(parse_amount, what="执行到位金额"))

    # -- reading a row

    def start(self, session: Session) -> None:
        self.units = UnitIndex.load(session)
        project = tables.project
        self.projects = dict(session.execute(sa_select(project.c.name, project.c.id)).all())

    def _project(self, text: str) -> str:
        """The cell's projects, "、" between them (a name with a separator of its own is
        taken whole), or :data:`NO_PROJECT`."""
        value = text.strip()
        if value == NO_PROJECT or value in self.projects:
            return value
        names = list(dict.fromkeys(n.strip() for n in _PROJECT_SEPARATORS.split(value)))
        for name in names:
            if name not in self.projects:
                close = difflib.get_close_matches(name, list(self.projects), n=3, cutoff=0.5)
                hint = f"（相近的有：{'、'.join(close)}）" if close else ""
                raise InvalidInputError(f"项目“{name}”不存在{hint}：请先用 fylink project add 登记")
        return "、".join(n for n in names if n)

    def _parties(self, text: str) -> list[PartySpec]:
        specs = [
            cases.parse_party(spec, allow_masked=True, today=self.today)
            for spec in cases.split_parties(text)
        ]
        seen: set[tuple[str, str | None, str | None]] = set()
        for spec in specs:
            key = (spec.name, spec.id_number, spec.masked)
            if key in seen:
                raise InvalidInputError(f"当事人“{spec.name}”写了两次")
            seen.add(key)
        self.masked_seen += sum(1 for s in specs if s.masked)
        return specs

    def parse(self, row: RowReader) -> CaseRecord:
        assert self.units is not None, "start() loads the roster"
        raw_no = row.required("case_no", "案号/编号")
        row.required("category", "类别")
        row.required("unit", "被申请人/被告")
        row.required("filed_on", "立案日期")
        unit = row.value("unit", self.units.resolve)
        filed_on = row.value("filed_on", self._filed)
        received_on = row.value("received_on", self._received)
        heard_on = row.value("heard_on", self._heard_on)
        closed_on = row.value("closed_on", self._closed)
        heard = row.value("heard", self._heard)
        head_appeared = row.value("head_appeared", self._head)
        head_rank = row.value("head_rank", parse_head_rank)
        resolved = row.value("resolved", self._resolved)
        claimed = row.value("claimed_fen", self._claimed)
        recovered = row.value("recovered_fen", self._recovered)
        group_size = row.value("group_size", _positive_int)
        parties = row.value("parties", self._parties) or []
        for spec in parties:
            warning = cases.party_warning(spec)
            if warning:
                self.party_warnings.append(f"{raw_no}：{warning.removeprefix('提示：')}")
        project = row.value("project", self._project) or ""
        annex = {
            "act_kind": row.value("act_kind", parse_act_kind) or "",
            "loss_reasons": row.value("loss_reasons", parse_loss_reasons) or "",
            "withdrawal_kind": row.value("withdrawal_kind", parse_withdrawal_kind) or "",
            "joint_respondent": row.value("joint_respondent", self._joint),
            "norm_review": row.value("norm_review", self._norm_review),
        }
        typical = row.value("typical", self._typical)
        note = row.value("typical_note", check_typical_note)
        annex |= row.check(cases.typical_changes, typical, note) or {}
        outcome = row.text("outcome")
        if "closed_on" in row and not outcome:
            row.problems.append(("outcome", "填写了结案日期，须同时填写结果"))
        if outcome and "closed_on" not in row:
            row.problems.append(("closed_on", "填写了结果，须同时填写结案日期"))
        if unit is None or filed_on is None or not raw_no or not row.text("category"):
            row.done()  # the essentials are missing: their problems are recorded
        assert unit is not None
        assert filed_on is not None
        # The case-level rules run even when some other cell was bad, so that one pass
        # reports as much as it can; they see a bad cell as empty.
        case_in = cases.CaseIn(
            case_no=raw_no,
            category=row.text("category"),
            unit=unit.name,
            filed_on=filed_on,
            field=row.text("field"),
            court=row.text("court"),
            received_on=received_on,
            summary=row.text("summary"),
            legacy=self.legacy,
            claimed_fen=claimed,
            group_size=group_size,
            risk_level=row.text("risk_level"),
            **annex,
        )
        case: CaseDraft | None = row.check(
            cases.build_case, case_in, unit_id=unit.id, today=self.today, types=self.types
        )
        if case is None:
            row.done()
        assert case is not None
        head_appeared = head_appeared_for(head_rank, head_appeared)
        case.heard_on, case.heard = heard_on, heard
        case.head_appeared, case.head_rank = head_appeared, head_rank
        case.resolved, case.recovered_fen = resolved, recovered
        if outcome and closed_on is not None:
            row.check(cases.apply_closure, case, outcome=outcome, closed_on=closed_on)
        if row.ok:
            row.check(cases.check_case, case, self.today)
        row.done()
        return CaseRecord(case=case, unit=unit.name, parties=parties, project=project)

    def key(self, record: CaseRecord) -> str:
        return record.case.case_no

    # -- the database side

    def find(self, session: Session, keys: Sequence[str]) -> dict[str, CaseRecord]:
        found = _records(session.execute(_CASE_ROWS.where(_CASES.c.case_no.in_(list(keys)))).all())
        _attach_parties(session, found)
        _attach_projects(session, found)
        return {r.case.case_no: r for r in found}

    def cells(self, record: CaseRecord) -> dict[str, Cell]:
        case = record.case
        return {
            "case_no": case.case_no,
            "category": case.category,
            "field": case.field,
            "unit": record.unit,
            "parties": "、".join(p.text(unmasked=self.unmasked) for p in record.parties),
            "court": case.court,
            "received_on": case.received_on,
            "filed_on": case.filed_on,
            "heard_on": case.heard_on,
            "heard": case.heard,
            "head_appeared": case.head_appeared,
            "head_rank": case.head_rank,
            "closed_on": case.closed_on,
            "outcome": case.outcome,
            "claimed_fen": _money(case.claimed_fen),
            "recovered_fen": _money(case.recovered_fen),
            "resolved": case.resolved,
            "group_size": case.group_size,
            "risk_level": case.risk_level,
            "summary": case.summary,
            "project": record.project,
            "act_kind": case.act_kind,
            "loss_reasons": case.loss_reasons,
            "withdrawal_kind": case.withdrawal_kind,
            "joint_respondent": case.joint_respondent,
            "norm_review": case.norm_review,
            "typical": case.typical if case.typical else None,
            "typical_note": case.typical_note,
        }

    def differences(self, old: CaseRecord, new: CaseRecord, fields: set[str]) -> list[str]:
        if "head_rank" in fields:
            fields = fields | {"head_appeared"}
        found = super().differences(old, new, fields - {"parties", "project"})
        if "parties" in fields and not _same_parties(old.parties, new.parties):
            found.append("parties")
        if "project" in fields and set(_project_names(old.project)) != set(
            _project_names(new.project)
        ):
            found.append("project")
        return found

    def notes(self) -> list[str]:
        found = []
        if self.masked_seen:
            found.append(
                f"{self.masked_seen} 个当事人的证件号码是脱敏形式：已对应到姓名和脱敏号码都相同的"
                "已登记当事人，对应不上的按无证件号码登记"
            )
        shown = self.party_warnings[:PARTY_WARNINGS_SHOWN]
        found.extend(f"提示：{w}" for w in shown)
        hidden = len(self.party_warnings) - len(shown)
        if hidden:
            found.append(f"提示：另有 {hidden} 个当事人看起来是自然人却填写了统一社会信用代码")
        return found

    # -- writing

    def insert(self, session: Session, items: list[Item[CaseRecord]]) -> list[Problem]:
        problems: list[Problem] = []
        resolver = _PartyResolver(session, [s for i in items for s in i.record.parties])
        resolved: list[tuple[Item[CaseRecord], list[Party | PartyDraft]]] = []
        for item in items:
            try:
                resolved.append((item, resolver.resolve(item.record.parties)))
            except FylinkError as exc:
                problems.append((item.row, "parties", exc.message))
        entries = resolver.insert_new()
        if resolved:
            # Recorded now, when written (the rows were checked, maybe in another process,
            # a moment ago): one time for the chunk, which its rows then share.
            now = _now()
            stamp = {"created_at": now, "updated_at": now}
            rows = [_draft(r.record).values() | stamp for r, _ in resolved]
            insert_many(session, _CASES, rows)
            ids = _ids_by_case_no(session, [row["case_no"] for row in rows])
            links: list[dict[str, Any]] = []
            grouped: list[dict[str, Any]] = []
            for (item, parties), case_id, values in zip(resolved, ids, rows, strict=True):
                names = _project_names(item.record.project)
                grouped.extend(
                    {"project_id": self.projects[name], "case_id": case_id} for name in names
                )
                role = cases.default_role(values["category"])
                # Dates stay dates: record_many writes them as ISO text, as snapshot() does.
                # The case's row also records its parties (``case add`` writes one row per
                # link): one journal row per imported case keeps a large import quick.
                after = {
                    "id": case_id,
                    **values,
                    "parties": [{"party": p.name, "role": role} for p in parties],
                }
                if names:
                    after["project"] = "、".join(names)
                entries.append(
                    journal.Entry(
                        action="insert",
                        entity="case",
                        entity_id=case_id,
                        case_id=case_id,
                        after=after,
                    )
                )
                links.extend({"case_id": case_id, "party_id": p.id, "role": role} for p in parties)
            insert_many(session, CaseParty.__table__, links)  # type: ignore[attr-defined]
            if grouped:
                insert_many(session, tables.project_case, grouped)
        journal.record_many(session, entries)
        return problems

    def update(self, session: Session, changes: list[Change[CaseRecord]]) -> list[Problem]:
        problems: list[Problem] = []
        entries: list[journal.Entry] = []
        relink = [c for c in changes if "parties" in c.differences]
        wanted = {id(c): _known_parties(c.old.parties, c.new.parties) for c in relink}
        resolver = _PartyResolver(session, [s for c in relink for s in wanted[id(c)]])
        stored = {
            case.id: case
            for case in session.exec(
                select(Case).where(col(Case.id).in_([c.old.case.id for c in changes]))
            )
        }
        targets: list[tuple[Change[CaseRecord], list[Party | PartyDraft]]] = []
        regroup: list[Change[CaseRecord]] = []
        for change in changes:
            # Check on a copy first: a refused row leaves its case untouched.
            case = stored[change.old.case.id]
            trial = CaseDraft.from_case(case)
            try:
                self._apply(trial, change)
                if "parties" in change.differences:
                    targets.append((change, resolver.resolve(wanted[id(change)])))
            except FylinkError as exc:
                field_name = "parties" if "parties" in change.differences else None
                problems.append((change.row, exc.field or field_name, exc.message))
                continue
            if set(change.differences) != {"project"}:
                with journal.changing(session, case, case_id=case.id, into=entries):
                    self._apply(case, change)
            if "project" in change.differences:
                regroup.append(change)
        session.flush()
        entries.extend(resolver.insert_new())
        entries.extend(_relink(session, targets))
        entries.extend(self._regroup(session, regroup))
        journal.record_many(session, entries)
        return problems

    def _regroup(self, session: Session, changes: list[Change[CaseRecord]]) -> list[journal.Entry]:
        """Put each case in exactly the projects of its 所属项目 cell: linked to the new
        ones, taken out of the others (all of them for :data:`NO_PROJECT`); journaled as
        ``project link`` journals a link, so undo reverses it."""
        if not changes:
            return []
        entries: list[journal.Entry] = []
        by_case = {c.old.case.id: c for c in changes}
        names = {pid: name for name, pid in self.projects.items()}
        current: dict[int, dict[int, ProjectCase]] = defaultdict(dict)
        for link in session.exec(
            select(ProjectCase).where(col(ProjectCase.case_id).in_(list(by_case)))
        ):
            current[link.case_id][link.project_id] = link
        added: list[dict[str, Any]] = []
        for case_id, change in by_case.items():
            wanted = {self.projects[n] for n in _project_names(change.new.project)}
            case_no = change.old.case.case_no
            for project_id, link in current[case_id].items():  # type: ignore[index]
                if project_id not in wanted:
                    extra = {"project": names[project_id], "case_no": case_no}
                    journal.delete(session, link, case_id=case_id, extra=extra, into=entries)
            for name in _project_names(change.new.project):
                project_id = self.projects[name]
                if project_id not in current[case_id]:  # type: ignore[index]
                    added.append({"project_id": project_id, "case_id": case_id})
        session.flush()
        if added:
            ids = _insert(session, ProjectCase, added, ("project_id", "case_id"))
            for row, link_id in zip(added, ids, strict=True):
                entries.append(
                    journal.Entry(
                        action="insert",
                        entity="project_case",
                        entity_id=link_id,
                        case_id=row["case_id"],
                        after={
                            "id": link_id,
                            **row,
                            "project": names[row["project_id"]],
                            "case_no": by_case[row["case_id"]].old.case.case_no,
                        },
                    )
                )
        return entries

    def _apply(self, case: AnyCase, change: Change[CaseRecord]) -> None:
        """Apply the differing cells by the rules of ``case update`` and ``case close``."""
        new = change.new.case
        wanted = set(change.differences)
        if "category" in wanted:
            raise InvalidInputError(
                f"类别不能通过导入修改（已登记为{case.category}）", field="category"
            )
        plain: dict[str, Any] = {f: getattr(new, f) for f in cases.PLAIN_FIELDS if f in wanted}
        if "unit" in wanted:
            plain["unit_id"] = new.unit_id
        if wanted & {"closed_on", "outcome"}:
            cases.apply_closure(
                case,
                outcome=new.outcome or case.outcome or "",
                closed_on=new.closed_on or case.closed_on,  # type: ignore[arg-type]
            )
        cases.apply_changes(case, plain, today=self.today)

    # -- export

    def records(self, session: Session, flt: CaseFilter) -> Iterator[CaseRecord]:
        """The filtered cases in 立案日期 order, streamed a chunk at a time."""
        conditions = filter_conditions(session, flt, _CASES)
        result = session.execute(
            _CASE_ROWS.where(*conditions)
            .order_by(_CASES.c.filed_on, _CASES.c.id)
            .execution_options(yield_per=engine.CHUNK_SIZE)
        )
        for partition in result.partitions():
            chunk = _records(partition)
            _attach_parties(session, chunk)
            _attach_projects(session, chunk)
            yield from chunk

    def export_batches(
        self, session: Session, flt: CaseFilter, writer: sheets.TableWriter
    ) -> Iterator[Any]:
        """The rows :meth:`export_row` gives for :meth:`records`, a chunk at a time, made
        from the driver's rows by the ``writer``'s per-column formatters (issue 21): only
        the exported columns are read, no value parsed (SQLite's dates stay the text the
        file shows), no case, record or row object built.

        For a writer that writes some kinds of value as the driver gives them (CSV: texts,
        dates, numbers) a chunk comes as a :class:`sheets.PlainChunk`: those cells left as
        they are, the others formatted, and the fully formatted rows on demand for a chunk
        where a text may need the formula guard."""
        connection = session.connection()
        conditions = filter_conditions(session, flt, _CASES)
        statement = _EXPORT_ROWS.where(*conditions).order_by(_CASES.c.filed_on, _CASES.c.id)
        kinds = [_EXPORT_KINDS.get(c.field, "text") for c in COLUMNS]
        cells = writer.formatters(kinds)
        sqlite = connection.dialect.name == "sqlite"
        native = writer.native_kinds
        if "date" in native and sqlite and _odd_dates(connection, conditions):
            native = native - {"date"}
        text = cells[_PARTIES]  # the parties' and the projects' cells are texts
        # the cells of a plain chunk still formatted (besides the parties' and projects')
        others = [
            (index, cells[index])
            for index, kind in enumerate(kinds)
            if kind not in native and index not in (_PARTIES, _PROJECT)
        ]
        linked = _ChunkCells(session, conditions, unmasked=self.unmasked, sqlite=sqlite)
        call = operator.call
        width = len(COLUMNS)

        def formatted(
            rows: Sequence[Any], parties: dict[int, str], projects: dict[int, str]
        ) -> list[list[Any]]:
            batch = []
            for row in rows:
                out = list(map(call, cells, row))
                case_id = row[_ID]
                out[_PARTIES] = text(parties.get(case_id, ""))
                out[_PROJECT] = text(projects.get(case_id, ""))
                batch.append(out)
            return batch

        for rows in db.driver_batches(connection, statement, engine.CHUNK_SIZE):
            parties, projects = linked(connection, rows)
            if not native:
                yield formatted(rows, parties, projects)
                continue
            plain = []
            for row in rows:
                out = list(row[:width])
                for index, cell in others:
                    out[index] = cell(out[index])
                case_id = row[_ID]
                out[_PARTIES] = text(parties.get(case_id, ""))
                out[_PROJECT] = text(projects.get(case_id, ""))
                plain.append(out)
            yield sheets.PlainChunk(plain, partial(formatted, rows, parties, projects))

    def count(self, session: Session, flt: CaseFilter) -> int:
        conditions = filter_conditions(session, flt, _CASES)
        return session.exec(select(func.count()).select_from(Case).where(*conditions)).one()


_CASES = Case.__table__  # type: ignore[attr-defined]
_DRAFT_COLUMNS = tuple(f for f in CaseDraft.__dataclass_fields__ if f != "id")
_UNITS = Unit.__table__  # type: ignore[attr-defined]
_CASE_ROWS = sa_select(_CASES, _UNITS.c.name.label("unit_name")).join(
    _UNITS, _UNITS.c.id == _CASES.c.unit_id
)


#: What each exported column holds (sheets.COLUMN_KINDS); the others are texts.
_EXPORT_KINDS = {
    "received_on": "date",
    "filed_on": "date",
    "heard_on": "date",
    "closed_on": "date",
    "heard": "flag",
    "head_appeared": "flag",
    "resolved": "flag",
    "joint_respondent": "flag",
    "norm_review": "flag",
    "typical": "mark",  # 是, or empty (never 否)
    "claimed_fen": "money",
    "recovered_fen": "money",
    "group_size": "number",
}

#: The columns :meth:`CaseSheet.export_batches` reads: the sheet's columns in their order
#: (what :meth:`CaseSheet.cells` gives; NULL where the parties and the projects go, filled
#: in from their own queries), then the case's id and category (which role its parties
#: have).
_EXPORT_ROWS = sa_select(
    *(
        _UNITS.c.name.label("unit_name")
        if c.field == "unit"
        else null().label(c.field)
        if c.field in ("parties", "project")
        else _CASES.c[c.field]
        for c in COLUMNS
    ),
    _CASES.c.id.label("case_id"),
    _CASES.c.category.label("role_category"),
).join(_UNITS, _UNITS.c.id == _CASES.c.unit_id)
_FIELDS = [c.field for c in COLUMNS]
_PARTIES, _PROJECT, _ID = _FIELDS.index("parties"), _FIELDS.index("project"), len(COLUMNS)
_CATEGORY = _ID + 1


_FILED = _FIELDS.index("filed_on")


def _odd_dates(connection: Any, conditions: list[Any]) -> bool:
    """Does SQLite hold a date of the exported cases in any form but its ISO text (which
    SQLAlchemy would read, and the export then write, as 2025-03-31)?"""
    dates = [_CASES.c[f] for f, kind in _EXPORT_KINDS.items() if kind == "date"]
    odd = or_(*(func.length(d) != 10 for d in dates))
    found = connection.execute(sa_select(_CASES.c.id).where(*conditions, odd).limit(1))
    return found.first() is not None


class _ChunkCells:
    """The 申请人/原告 and 所属项目 cells of a chunk of export rows, each from one query over
    the chunk's range of the export's order: the filtered cases from the chunk's first
    (立案日期, id) to its last are exactly the chunk's cases, so no list of ids is bound.

    申请人/原告: a case's parties of its default role, in the order they were linked, as
    :meth:`CaseSheet.cells` joins them (:func:`_attach_parties`); 所属项目: its projects
    in the order linked (:func:`_project_texts`)."""

    def __init__(
        self, session: Session, conditions: list[Any], *, unmasked: bool, sqlite: bool
    ) -> None:
        # the models' tables: id_number_column is built on them
        link, party = CaseParty.__table__, Party.__table__  # type: ignore[attr-defined]
        key = tuple_(_CASES.c.filed_on, _CASES.c.id)
        in_chunk = [
            *conditions,
            key >= tuple_(bindparam("first_day"), bindparam("first_id")),
            key <= tuple_(bindparam("last_day"), bindparam("last_id")),
        ]
        self.parties = (
            sa_select(
                link.c.case_id,
                _CASES.c.category,
                link.c.role,
                party.c.name,
                party.c.id_kind,
                cases.id_number_column(session),  # masked for a login that may not read it
            )
            .join(party, party.c.id == link.c.party_id)
            .join(_CASES, _CASES.c.id == link.c.case_id)
            .where(*in_chunk)
            .order_by(link.c.id)
        )
        project, grouped = tables.project, tables.project_case
        self.projects = (
            sa_select(grouped.c.case_id, project.c.name)
            .join(project, project.c.id == grouped.c.project_id)
            .join(_CASES, _CASES.c.id == grouped.c.case_id)
            .where(*in_chunk)
            .order_by(grouped.c.id)
        )
        self.unmasked = unmasked
        self.day = date.fromisoformat if sqlite else None  # the driver's text, bound as a date
        self.roles: dict[str, str] = {}

    def __call__(
        self, connection: Any, rows: Sequence[Any]
    ) -> tuple[dict[int, str], dict[int, str]]:
        first, last = rows[0], rows[-1]
        day = self.day
        bounds = {
            "first_day": day(first[_FILED]) if day else first[_FILED],
            "first_id": first[_ID],
            "last_day": day(last[_FILED]) if day else last[_FILED],
            "last_id": last[_ID],
        }
        roles = self.roles
        unmasked, mask = self.unmasked, identifiers.mask_identifier
        found: dict[int, list[str]] = {}
        for case_id, category, role, name, id_kind, id_number in db.driver_rows(
            connection, self.parties, bounds
        ):
            wanted = roles.get(category)
            if wanted is None:
                wanted = roles[category] = cases.default_role(category)
            if role == wanted:
                if id_number:
                    shown = id_number if unmasked else mask(id_kind, id_number)
                    name = f"{name}:{shown}"
                found.setdefault(case_id, []).append(name)
        projects: dict[int, str] = {}
        for case_id, name in db.driver_rows(connection, self.projects, bounds):
            projects[case_id] = f"{projects[case_id]}、{name}" if case_id in projects else name
        return {case_id: "、".join(texts) for case_id, texts in found.items()}, projects


def _records(rows: Sequence[Any]) -> list[CaseRecord]:
    records = []
    for row in rows:
        values = row._mapping
        draft = CaseDraft(id=values["id"], **{f: values[f] for f in _DRAFT_COLUMNS})
        records.append(CaseRecord(case=draft, unit=values["unit_name"]))
    return records


def _attach_parties(session: Session, records: list[CaseRecord]) -> None:
    """Fill in each case's parties of its default role, in the order they were linked."""
    by_id = {r.case.id: r for r in records}
    if not by_id:
        return
    links = session.execute(_party_query(session, list(by_id)))
    for case_id, role, name, kind, id_kind, id_number in links:
        record = by_id[case_id]
        if role == cases.default_role(record.case.category):
            record.parties.append(
                PartySpec(
                    name=name,
                    kind=kind,
                    id_kind=id_kind if id_number else "",
                    id_number=id_number,
                )
            )


def _project_names(cell: str) -> list[str]:
    """The projects a 所属项目 value names (none for empty or :data:`NO_PROJECT`)."""
    if not cell or cell == NO_PROJECT:
        return []
    return [n for n in cell.split("、") if n]


def _attach_projects(session: Session, records: list[CaseRecord]) -> None:
    by_id = {r.case.id: r for r in records}
    for case_id, names in _project_texts(session, list(by_id)).items():
        by_id[case_id].project = names


_PROJECT_QUERY = (
    sa_select(tables.project_case.c.case_id, tables.project.c.name)
    .join(tables.project, tables.project.c.id == tables.project_case.c.project_id)
    .where(tables.project_case.c.case_id.in_(bindparam("ids", expanding=True)))
    .order_by(tables.project_case.c.id)
)


def _project_texts(session: Session, case_ids: list[Any]) -> dict[int, str]:
    """Each case's 所属项目 cell: the projects it is grouped under, in the order linked."""
    if not case_ids:
        return {}
    rows = session.execute(_PROJECT_QUERY, {"ids": case_ids})
    found: dict[int, str] = {}
    for case_id, name in rows:
        found[case_id] = f"{found[case_id]}、{name}" if case_id in found else name
    return found


def _party_query(session: Session, case_ids: list[Any]) -> Any:
    return (
        sa_select(
            col(CaseParty.case_id),
            col(CaseParty.role),
            col(Party.name),
            col(Party.kind),
            col(Party.id_kind),
            cases.id_number_column(session),  # masked for a login that may not read it
        )
        .join(Party, col(Party.id) == CaseParty.party_id)
        .where(col(CaseParty.case_id).in_(case_ids))
        .order_by(col(CaseParty.id))
    )


def _draft(record: CaseRecord) -> CaseDraft:
    assert isinstance(record.case, CaseDraft)
    return record.case


def _names(spec: PartySpec, party: PartySpec) -> bool:
    """Does a cell's ``spec`` name the case's ``party``? A bare name names the party of
    that name whatever its ID number; a masked ID must mask to the same."""
    if spec.name != party.name:
        return False
    if spec.id_number or spec.masked:
        return spec.matches(party)
    return True


def _same_parties(old: list[PartySpec], new: list[PartySpec]) -> bool:
    if len(old) != len(new):
        return False
    remaining = list(old)
    for spec in new:
        match = next((p for p in remaining if _names(spec, p)), None)
        if match is None:
            return False
        remaining.remove(match)
    return True


def _known_parties(old: list[PartySpec], new: list[PartySpec]) -> list[PartySpec]:
    """The cell's parties, where one names a party the case has, that party itself."""
    return [next((p for p in old if _names(spec, p)), spec) for spec in new]


class _PartyResolver:
    """Parties of a chunk of rows: existing ones found with two queries, new ones batched.

    The same rules as ``case add``: an ID number names one party (with one name),
    a party without an ID number is reused by name and kind.
    """

    def __init__(self, session: Session, specs: list[PartySpec]) -> None:
        self.session = session
        self.now = _now()
        ids = sorted({s.id_number for s in specs if s.id_number})
        names = sorted({s.name for s in specs if not s.id_number})
        self.by_id: dict[str, Party | PartyDraft] = {}
        self.by_name: dict[str, list[Party | PartyDraft]] = defaultdict(list)
        for start in range(0, len(ids), 500):
            for party in session.exec(
                select(Party).where(col(Party.id_number).in_(ids[start : start + 500]))
            ):
                self.by_id[party.id_number] = party  # type: ignore[index]
        for start in range(0, len(names), 500):
            for party in session.exec(
                select(Party)
                .where(col(Party.name).in_(names[start : start + 500]))
                .order_by(col(Party.id))
            ):
                self.by_name[party.name].append(party)
        self.new: list[PartyDraft] = []

    def resolve(self, specs: list[PartySpec]) -> list[Party | PartyDraft]:
        """The party of each spec; new ones are kept only if the whole list resolves."""
        chosen: list[Party | PartyDraft] = []
        fresh: list[PartyDraft] = []
        for spec in specs:
            party = self._one(spec, fresh)
            if any(p is party for p in chosen):
                raise InvalidInputError(f"当事人“{spec.name}”写了两次")
            chosen.append(party)
        for party in fresh:
            self.new.append(party)
            if party.id_number:
                self.by_id[party.id_number] = party
            self.by_name[party.name].append(party)
        return chosen

    def _one(self, spec: PartySpec, fresh: list[PartyDraft]) -> Party | PartyDraft:
        if spec.id_number:
            party: Party | PartyDraft | None = self.by_id.get(spec.id_number) or next(
                (p for p in fresh if p.id_number == spec.id_number), None
            )
            if party is not None:
                cases.check_same_party(party, spec)
                return party
        else:
            candidates = [*self.by_name.get(spec.name, ()), *fresh]
            if spec.masked:
                found = next((p for p in candidates if p.id_number and spec.matches(p)), None)
                if found is not None:
                    return found
            plain = PartySpec(name=spec.name, kind=cases.party_kind(spec.name))
            found = next((p for p in candidates if plain.matches(p)), None)
            if found is not None:
                return found
            spec = plain
        draft = cases.new_party(spec, self.now)
        fresh.append(draft)
        return draft

    def insert_new(self) -> list[journal.Entry]:
        """Insert the new parties (ids set on them); their journal entry.

        One journal row records all the parties a chunk adds (their IDs masked, as
        ``case add`` journals one): a register of a hundred thousand cases names about
        as many parties.
        """
        if not self.new:
            return []
        rows = [p.values() for p in self.new]
        # A new party is unique by its ID number, or else by name and kind (the resolver
        # never creates two): enough to match the returned ids to the rows.
        ids = _insert(
            session=self.session, model=Party, rows=rows, key=("id_number", "name", "kind")
        )
        for party, party_id in zip(self.new, ids, strict=True):
            party.id = party_id
        entry = journal.Entry(
            action="insert",
            entity="party",
            entity_id=None,
            after={"parties": [cases.party_journal_after(p) for p in self.new]},
        )
        self.new = []
        return [entry]


def _ids_by_case_no(session: Session, numbers: list[str]) -> list[int]:
    found = dict(
        session.execute(
            sa_select(_CASES.c.case_no, _CASES.c.id).where(_CASES.c.case_no.in_(numbers))
        ).all()
    )
    return [found[number] for number in numbers]


def _insert(
    session: Session, model: Any, rows: list[dict[str, Any]], key: tuple[str, ...]
) -> list[int]:
    """Insert ``rows`` in batches; their new ids, in the order of ``rows``.

    ``key`` names columns unique among the rows. RETURNING gives ids in no
    guaranteed order (asking SQLAlchemy to sort them makes SQLite insert one row
    per statement), so the key columns come back with each id to match it.
    """
    table = model.__table__
    returned = session.execute(
        insert(table).returning(table.c.id, *(table.c[k] for k in key)), rows
    ).all()
    by_key = {tuple(r[1:]): r[0] for r in returned}
    return [by_key[tuple(row[k] for k in key)] for row in rows]


def _insert_links(
    session: Session, links: list[dict[str, Any]], names: list[str]
) -> list[journal.Entry]:
    if not links:
        return []
    ids = _insert(session, CaseParty, links, ("case_id", "party_id", "role"))
    return [
        journal.Entry(
            action="insert",
            entity="case_party",
            entity_id=link_id,
            case_id=link["case_id"],
            after={"id": link_id, **link, "party": name},
        )
        for link, link_id, name in zip(links, ids, names, strict=True)
    ]


def _relink(
    session: Session, targets: list[tuple[Change[CaseRecord], list[Party | PartyDraft]]]
) -> list[journal.Entry]:
    """Make each case's parties (in its default role) exactly the given ones."""
    entries: list[journal.Entry] = []
    links: list[dict[str, Any]] = []
    names: list[str] = []
    for change, parties in targets:
        case = change.old.case
        role = cases.default_role(case.category)
        current = session.exec(
            select(CaseParty, Party)
            .join(Party, col(Party.id) == CaseParty.party_id)
            .where(CaseParty.case_id == case.id, CaseParty.role == role)
        ).all()
        keep = {p.id for p in parties}
        for link, party in current:
            if party.id not in keep:
                extra = {"party": party.name}
                journal.delete(session, link, case_id=case.id, extra=extra, into=entries)
        present = {linked.id for _, linked in current}
        for wanted in parties:
            if wanted.id not in present:
                links.append({"case_id": case.id, "party_id": wanted.id, "role": role})
                names.append(wanted.name)
    session.flush()
    entries.extend(_insert_links(session, links, names))
    return entries


# --- the service functions the CLI calls ---------------------------------------------


def import_cases(
    *,
    session: Session,
    path: Path,
    options: engine.ImportOptions,
    today: date,
    types: case_numbers.CaseTypeTable,
    legacy: bool = False,
    progress: engine.Progress | None = None,
) -> engine.ImportReport:
    schema = CaseSheet(today=today, types=types, legacy=legacy)
    return engine.import_table(
        session=session, schema=schema, path=path, options=options, progress=progress
    )


def export_cases(
    *,
    session: Session,
    path: Path,
    flt: CaseFilter,
    today: date,
    unmasked: bool = False,
    encoding: str = "utf-8",
    progress: Any = None,
) -> int:
    schema = CaseSheet(today=today, types=cases.type_table(), unmasked=unmasked)
    return engine.export_formatted(
        schema=schema,
        batches=partial(schema.export_batches, session, flt),
        path=path,
        encoding=encoding,
        progress=progress,
    )
