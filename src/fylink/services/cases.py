"""The case register (案件台账): add, find, list, update, close, timeline."""

import operator
import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import column as sa_column
from sqlalchemy import select as sa_select
from sqlalchemy import table as sa_table
from sqlalchemy import text
from sqlmodel import Session, col, select

from fylink.domain import case_numbers, identifiers
from fylink.domain.categories import (
    COURT_CATEGORIES,
    EVENT_KINDS,
    HEAD_RANKS_COUNTED,
    CaseCategory,
    CaseStatus,
    check_category_type,
    outcome_for,
    parse_act_kind,
    parse_category,
    parse_head_rank,
    parse_loss_reasons,
    parse_withdrawal_kind,
)
from fylink.domain.free_numbers import normalize_free_number
from fylink.domain.identifiers import RESIDENT_ID
from fylink.domain.values import check_text, is_record_id
from fylink.errors import ConflictError, DatabaseError, InvalidInputError, NotFoundError, about
from fylink.models import Case, CaseEvent, CaseLink, CaseParty, Party, Unit
from fylink.services import journal
from fylink.services.units import find_unit, forget_moves, open_unit, refuse_merged

_LOOKS_LIKE_CASE_NO = re.compile(r"^[（(]\d{2,4}[）)]")
_ORG_HINTS = (
    "公司",
    "局",
    "委员会",
    "合作社",
    "中心",
    "厂",
    "店",
    "所",
    "院",
    "政府",
    "办事处",
    "集团",
    "银行",
)

DEFAULT_ROLE = {
    CaseCategory.RECONSIDERATION: "申请人",
    CaseCategory.LITIGATION: "原告",
    CaseCategory.PRESUIT_MEDIATION: "申请人",
    CaseCategory.ADMIN_MEDIATION: "申请人",
    CaseCategory.NONLITIGATION_ENFORCEMENT: "被执行人",
    CaseCategory.AGENCY_ENFORCEMENT: "申请执行人",
    CaseCategory.BANKRUPTCY: "债务人",
}


@dataclass
class CaseIn:
    case_no: str
    category: str
    unit: str
    filed_on: date
    field: str = ""
    court: str = ""
    received_on: date | None = None
    parties: list[str] = dataclass_field(default_factory=list)
    summary: str = ""
    legacy: bool = False
    claimed_fen: int | None = None
    group_size: int | None = None
    risk_level: str = ""
    #: Earlier instances this case follows (``--related``): 一审 for a 二审, 破申 for a 破 ….
    related: list[str] = dataclass_field(default_factory=list)
    # 白皮书 fields (issue 18), already parsed (domain.categories.parse_*).
    act_kind: str = ""
    loss_reasons: str = ""
    withdrawal_kind: str = ""
    joint_respondent: bool | None = None
    norm_review: bool | None = None
    typical: bool = False
    typical_note: str = ""


@dataclass(kw_only=True, slots=True)
class CaseDraft:
    """A case's column values before it is stored: what the rules check.

    The rules (:func:`build_case`, :func:`check_case`, :func:`apply_closure`,
    :func:`apply_changes`) work on a draft or on a stored :class:`Case` alike.
    A draft is a plain object — building a SQLModel instance costs about a
    millisecond, too much for an import of a hundred thousand rows; ``case add``
    turns its draft into a ``Case`` with :meth:`to_case`. The fields are
    ``Case``'s columns, in order (a test keeps them so).
    """

    id: int | None = None
    category: str
    case_no: str
    no_kind: str
    year: int | None = None
    court_code: str | None = None
    court_level: str | None = None
    type_code: str | None = None
    type_name: str | None = None
    case_family: str | None = None
    instance: str | None = None
    field: str = ""
    unit_id: int
    court: str = ""
    received_on: date | None = None
    filed_on: date
    heard_on: date | None = None
    closed_on: date | None = None
    status: str = CaseStatus.OPEN.value
    outcome: str | None = None
    is_loss: bool = False
    is_correction: bool = False
    is_judgment: bool = False
    is_settled: bool = False
    is_withdrawn: bool = False
    heard: bool | None = None
    head_appeared: bool | None = None
    head_rank: str | None = None
    claimed_fen: int | None = None
    recovered_fen: int | None = None
    resolved: bool | None = None
    group_size: int | None = None
    risk_level: str = ""
    summary: str = ""
    created_at: datetime
    updated_at: datetime
    act_kind: str = ""
    loss_reasons: str = ""
    withdrawal_kind: str = ""
    joint_respondent: bool | None = None
    norm_review: bool | None = None
    typical: bool = False
    typical_note: str = ""

    def values(self) -> dict[str, Any]:
        """Column values to insert (without ``id``)."""
        return dict(zip(_DRAFT_COLUMNS, _draft_getter(self), strict=True))

    def to_case(self) -> Case:
        return Case(**self.values())

    @classmethod
    def from_case(cls, case: Case) -> "CaseDraft":
        return cls(id=case.id, **{name: getattr(case, name) for name in _DRAFT_COLUMNS})


_DRAFT_COLUMNS = tuple(name for name in CaseDraft.__dataclass_fields__ if name != "id")
_draft_getter = operator.attrgetter(*_DRAFT_COLUMNS)

#: A stored case or a draft: the rules accept both.
AnyCase = Case | CaseDraft


@dataclass
class CaseDetail:
    case: Case
    unit: Unit
    parties: list[tuple[Party, str]]
    events: list[CaseEvent]


def _now() -> datetime:
    return datetime.now(UTC)


def type_table(extra: dict[str, str] | None = None) -> case_numbers.CaseTypeTable:
    table = case_numbers.CaseTypeTable.default()
    return table.with_extra(extra) if extra else table


def number_fields(
    category: CaseCategory, raw: str, *, legacy: bool, types: case_numbers.CaseTypeTable
) -> dict[str, Any]:
    """Parse and derive the number's fields; refuse a malformed 案号."""
    with about("case_no"):
        return _parse_number(category, raw, legacy=legacy, types=types)


def _parse_number(
    category: CaseCategory, raw: str, *, legacy: bool, types: case_numbers.CaseTypeTable
) -> dict[str, Any]:
    text = raw.strip()
    if not text:
        raise InvalidInputError("案号/编号不能为空")
    number: case_numbers.CaseNumber | case_numbers.LegacyCaseNumber | None = None
    if legacy:
        number = case_numbers.parse_case_number(text, types=types, legacy=True)
        if isinstance(number, case_numbers.LegacyCaseNumber):
            return {"case_no": number.raw, "no_kind": "旧案号", "year": number.year}
    if number is None and (category in COURT_CATEGORIES or _LOOKS_LIKE_CASE_NO.match(text)):
        number = case_numbers.parse_case_number(text, types=types)
    if isinstance(number, case_numbers.CaseNumber):
        check_category_type(
            category,
            number.canonical,
            number.type_code,
            number.type_name,
            types.codes,
            standard=types.is_standard(number.type_code),
        )
        return {
            "case_no": number.canonical,
            "no_kind": "案号",
            "year": number.year,
            "court_code": number.court_code,
            "court_level": number.court_level,
            "type_code": number.type_code,
            "type_name": number.type_name,
            "case_family": number.family,
            "instance": number.instance,
        }
    return {"case_no": normalize_free_number(text), "no_kind": "自编号"}


def _check_dates(case: AnyCase, today: date) -> None:
    if case.filed_on > today:
        raise InvalidInputError("立案日期不能晚于今天", field="filed_on")
    if case.received_on and case.received_on > case.filed_on:
        raise InvalidInputError("收案日期不能晚于立案日期", field="received_on")
    for label, key, value in (
        ("开庭日期", "heard_on", case.heard_on),
        ("结案日期", "closed_on", case.closed_on),
    ):
        if value is not None and value < case.filed_on:
            raise InvalidInputError(f"{label}不能早于立案日期", field=key)
        if value is not None and value > today:
            raise InvalidInputError(f"{label}不能晚于今天", field=key)


def check_case(case: AnyCase, today: date) -> None:
    """The rules every stored case obeys, whichever command wrote it."""
    if case.head_rank is not None:
        parse_head_rank(case.head_rank)
    if case.head_appeared and case.heard is False:
        raise InvalidInputError("未开庭审理的案件不能记录负责人出庭", field="head_appeared")
    counted = case.head_rank is None or case.head_rank in HEAD_RANKS_COUNTED
    if case.head_rank and counted and not case.head_appeared:
        raise InvalidInputError("记录出庭负责人职级时，须同时记录负责人已出庭", field="head_rank")
    if not counted and case.head_appeared:
        # 法释〔2020〕3号 art. 2: only the defendant's own 正职、副职 and 分管负责人 count.
        raise InvalidInputError(
            f"出庭的是{'下级机关负责人' if case.head_rank == '下级机关' else case.head_rank}，"
            "不能作为被诉行政机关负责人出庭"
            "（法释〔2020〕3号第二条），负责人出庭应记为“否”",
            field="head_appeared",
        )
    if case.claimed_fen is not None and case.claimed_fen < 0:
        raise InvalidInputError("标的金额不能为负数", field="claimed_fen")
    if case.recovered_fen is not None and case.recovered_fen < 0:
        raise InvalidInputError("执行到位金额不能为负数", field="recovered_fen")
    if case.risk_level and case.risk_level not in ("高", "中", "低"):
        raise InvalidInputError("风险等级应为 高、中 或 低", field="risk_level")
    if case.group_size is not None and case.group_size < 1:
        raise InvalidInputError("涉及人数应为正整数", field="group_size")
    if case.act_kind:
        parse_act_kind(case.act_kind)
    if case.withdrawal_kind:
        parse_withdrawal_kind(case.withdrawal_kind)
    if case.loss_reasons and parse_loss_reasons(case.loss_reasons) != case.loss_reasons:
        raise InvalidInputError("败诉原因的写法不对", field="loss_reasons")
    if case.typical_note and not case.typical:
        raise InvalidInputError("不是典型案例就不能填写典型案例说明", field="typical_note")
    _check_dates(case, today)


# --- parties ----------------------------------------------------------------

#: Separators between several parties in one spreadsheet cell.
_PARTY_SEPARATORS = re.compile(r"[、；;\n]+")


def split_parties(text: str) -> list[str]:
    """Split a cell such as 张三、李四:410502…；某公司 into single specs (NAME or NAME:ID)."""
    return [part.strip() for part in _PARTY_SEPARATORS.split(text) if part.strip()]


@dataclass(frozen=True)
class PartySpec:
    """A party as written on the command line or in a cell, validated.

    ``masked`` holds an ID number in the masked form fylink exports
    (410502********1232): accepted by the import, which then matches it to a
    known party of that name or records the party without an ID number.
    """

    name: str
    kind: str
    id_kind: str = ""
    id_number: str | None = None
    masked: str | None = None

    def text(self, *, unmasked: bool = False) -> str:
        if self.id_number:
            shown = (
                self.id_number
                if unmasked
                else identifiers.mask_identifier(self.id_kind, self.id_number)
            )
            return f"{self.name}:{shown}"
        if self.masked:
            return f"{self.name}:{self.masked}"
        return self.name

    def matches(self, party: "Party | PartyDraft | PartySpec") -> bool:
        """Is ``party`` the one this spec names (for masked IDs: by name and mask)?"""
        if party.name != self.name:
            return False
        if self.id_number:
            return party.id_number == self.id_number
        if self.masked:
            # The import records a masked ID's party without the number: both match.
            if party.id_number:
                masked = identifiers.mask_identifier(party.id_kind, party.id_number)
                return masked == self.masked
            return party.kind == self.kind
        return party.id_number is None and party.kind == self.kind


def _masked_id(text: str) -> str | None:
    """The ID as fylink masks it (6 characters, asterisks, 4 characters), else None."""
    value = "".join(text.split()).upper().replace("＊", "*")
    if len(value) == 18 and value[6:14] == "*" * 8 and "*" not in value[:6] + value[14:]:
        return value
    return None


def party_kind(name: str) -> str:
    return "法人或其他组织" if any(h in name for h in _ORG_HINTS) else "自然人"


def parse_party(spec: str, *, allow_masked: bool = False, today: date | None = None) -> PartySpec:
    """NAME or NAME:ID (身份证号 or 统一社会信用代码), validated; no database access."""
    name, _, ident = spec.replace("：", ":").partition(":")
    name, ident = name.strip(), ident.strip()
    if not name:
        raise InvalidInputError(f"当事人“{spec}”缺少姓名或名称")
    if not ident:
        return PartySpec(name=name, kind=party_kind(name))
    if "*" in ident or "＊" in ident:
        masked = _masked_id(ident) if allow_masked else None
        if masked is None:
            raise InvalidInputError(
                f"当事人“{name}”的证件号码含“*”：请填写完整的身份证号码或统一社会信用代码"
            )
        return PartySpec(name=name, kind="自然人", id_kind=RESIDENT_ID, masked=masked)
    id_kind, value = identifiers.classify_identifier(
        ident, today=today, organisation=party_kind(name) != "自然人"
    )
    kind = "自然人" if id_kind == RESIDENT_ID else "法人或其他组织"
    return PartySpec(name=name, kind=kind, id_kind=id_kind, id_number=value)


def party_warning(spec: PartySpec) -> str | None:
    """A warning for a person's name with a company's code (a 个体工商户 may have one; a
    mistyped ID number must not pass as one), else None."""
    if spec.id_kind == identifiers.CREDIT_CODE and party_kind(spec.name) == "自然人":
        shown = identifiers.mask_identifier(spec.id_kind, spec.id_number or "")
        return (
            f"提示：当事人“{spec.name}”看起来是自然人，却填写了统一社会信用代码“{shown}”，"
            "已按单位登记；如是身份证号码，请核对后更正"
        )
    return None


def party_warnings(specs: list[str], *, today: date | None = None) -> list[str]:
    """The warnings of :func:`party_warning` for specs that parse (others raise elsewhere)."""
    found = []
    for spec in specs:
        try:
            warning = party_warning(parse_party(spec, allow_masked=True, today=today))
        except InvalidInputError:
            continue
        if warning:
            found.append(warning)
    return found


def check_same_party(existing: "Party | PartyDraft", spec: PartySpec) -> None:
    """An ID number already on file must come with the same name."""
    if existing.name != spec.name:
        raise ConflictError(f"证件号码已登记在当事人“{existing.name}”名下，与“{spec.name}”不一致")


@dataclass(kw_only=True, slots=True)
class PartyDraft:
    """A new party's column values (see :class:`CaseDraft` for why not a model)."""

    id: int | None = None
    name: str
    kind: str
    id_kind: str = ""
    id_number: str | None = None
    created_at: datetime

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "id_kind": self.id_kind,
            "id_number": self.id_number,
            "created_at": self.created_at,
        }


def new_party(spec: PartySpec, now: datetime) -> PartyDraft:
    """The party to insert for ``spec`` (a masked ID is not stored)."""
    return PartyDraft(
        name=spec.name,
        kind=spec.kind,
        id_kind=spec.id_kind if spec.id_number else "",
        id_number=spec.id_number,
        created_at=now,
    )


def party_redaction(party: Party | PartyDraft) -> dict[str, Any]:
    """What the journal keeps of a party's ID number: its masked form."""
    ident = party.id_number
    return {"id_number": identifiers.mask_identifier(party.id_kind, ident) if ident else None}


def party_journal_after(party: Party | PartyDraft) -> dict[str, Any]:
    """The journal's copy of a new party (bulk imports): the ID number masked."""
    values = {f: getattr(party, f) for f in ("id", "name", "kind", "id_kind", "created_at")}
    return journal.jsonable(values | party_redaction(party))


def party_from_record(party: Party) -> PartySpec:
    return PartySpec(
        name=party.name,
        kind=party.kind,
        id_kind=party.id_kind if party.id_number else "",
        id_number=party.id_number,
    )


def _party(session: Session, spec: str, role: str) -> Party:
    """NAME or NAME:ID (身份证号 or 统一社会信用代码); reuses a known party."""
    wanted = parse_party(spec)
    if wanted.id_number:
        existing = session.exec(select(Party).where(Party.id_number == wanted.id_number)).first()
        if existing is not None:
            check_same_party(existing, wanted)
            return existing
    else:
        existing = session.exec(
            select(Party).where(
                Party.name == wanted.name,
                Party.kind == wanted.kind,
                col(Party.id_number).is_(None),
            )
        ).first()
        if existing is not None:
            return existing
    party = Party(**new_party(wanted, _now()).values())
    return journal.insert(session, party, redact=party_redaction(party))


def default_role(category: str | CaseCategory) -> str:
    """The role of the parties named with the case (原告, 申请人, 被执行人, …)."""
    try:
        return DEFAULT_ROLE.get(CaseCategory(category), "当事人")
    except ValueError:
        return "当事人"


def build_case(
    case_in: CaseIn, *, unit_id: int, today: date, types: case_numbers.CaseTypeTable
) -> CaseDraft:
    """A new, not yet stored case from ``case_in``, checked by the register's rules.

    Shared by ``case add`` and the spreadsheet import: neither may accept what
    the other refuses. Parties are not handled here (see :func:`parse_party`).
    """
    with about("category"):
        category = parse_category(case_in.category)
    numbers = number_fields(category, case_in.case_no, legacy=case_in.legacy, types=types)
    now = _now()
    case = CaseDraft(
        category=category.value,
        unit_id=unit_id,
        field=case_in.field.strip(),
        court=case_in.court.strip(),
        received_on=case_in.received_on or case_in.filed_on,
        filed_on=case_in.filed_on,
        status=CaseStatus.OPEN.value,
        summary=case_in.summary.strip(),
        claimed_fen=case_in.claimed_fen,
        group_size=case_in.group_size,
        risk_level=case_in.risk_level,
        created_at=now,
        updated_at=now,
        act_kind=case_in.act_kind,
        loss_reasons=case_in.loss_reasons,
        withdrawal_kind=case_in.withdrawal_kind,
        joint_respondent=case_in.joint_respondent,
        norm_review=case_in.norm_review,
        typical=case_in.typical,
        typical_note=case_in.typical_note,
        **numbers,
    )
    check_case(case, today)
    return case


def add_case(
    *, session: Session, case_in: CaseIn, today: date, types: case_numbers.CaseTypeTable
) -> Case:
    category = parse_category(case_in.category)
    numbers = number_fields(category, case_in.case_no, legacy=case_in.legacy, types=types)
    if session.exec(select(Case.id).where(Case.case_no == numbers["case_no"])).first():
        raise ConflictError(f"案件 {numbers['case_no']} 已登记，不能重复添加")
    unit = find_unit(session=session, name=case_in.unit)
    refuse_merged(session, unit)
    assert unit.id is not None
    case = build_case(case_in, unit_id=unit.id, today=today, types=types).to_case()
    session.add(case)
    session.flush()  # the case's id is its journal rows' case_id
    journal.insert(session, case, case_id=case.id)
    role = default_role(category)
    for spec in case_in.parties:
        link_party(session=session, case=case, spec=spec, role=role)
    for related in case_in.related:
        link_case(session=session, case=case, related_no=related)
    return case


def link_case(*, session: Session, case: Case, related_no: str) -> Case:
    """Record that ``case`` follows the case numbered ``related_no`` (another instance)."""
    related = get_case(session=session, case_no=related_no)
    if related.id == case.id:
        raise InvalidInputError(f"案件 {case.case_no} 不能关联自己", field="related")
    known = session.exec(
        select(CaseLink.id).where(
            ((CaseLink.case_id == case.id) & (CaseLink.related_id == related.id))
            | ((CaseLink.case_id == related.id) & (CaseLink.related_id == case.id))
        )
    ).first()
    if known:
        raise ConflictError(f"案件 {case.case_no} 与 {related.case_no} 已关联")
    link = CaseLink(case_id=case.id, related_id=related.id, created_at=_now())  # type: ignore[arg-type]
    journal.insert(
        session,
        link,
        case_id=case.id,
        extra={"case": case.case_no, "related": related.case_no},
    )
    return related


def related_cases(*, session: Session, case: Case) -> list[tuple[Case, str]]:
    """The linked instances of ``case``: (case, 前审 / 后续审) by filing date."""
    earlier = session.exec(
        select(Case)
        .join(CaseLink, col(CaseLink.related_id) == Case.id)
        .where(CaseLink.case_id == case.id)
    ).all()
    later = session.exec(
        select(Case)
        .join(CaseLink, col(CaseLink.case_id) == Case.id)
        .where(CaseLink.related_id == case.id)
    ).all()
    found = [(c, "前审") for c in earlier] + [(c, "后续") for c in later]
    return sorted(found, key=lambda item: (item[0].filed_on, item[0].case_no))


def link_party(*, session: Session, case: Case, spec: str, role: str) -> Party:
    party = _party(session, spec, role)
    exists = session.exec(
        select(CaseParty.id).where(
            CaseParty.case_id == case.id, CaseParty.party_id == party.id, CaseParty.role == role
        )
    ).first()
    if exists:
        raise ConflictError(f"当事人“{party.name}”已是本案{role}")
    link = CaseParty(case_id=case.id, party_id=party.id, role=role)  # type: ignore[arg-type]
    journal.insert(session, link, case_id=case.id, extra={"party": party.name})
    return party


def get_case(*, session: Session, case_no: str) -> Case:
    """Find a case by its number as typed (half-width brackets and spaces allowed)."""
    text = case_no.strip()
    candidates = {text, case_numbers.normalize_case_number(text), normalize_free_number(text)}
    found = session.exec(select(Case).where(col(Case.case_no).in_(candidates))).first()
    if found is None:
        from fylink.services import reads

        # A number corrected since (case update --number): say to what, don't follow it —
        # a write should name the case as it is now numbered.
        renumbered = session.get(Case, reads.case_id(session.connection(), text))
        if renumbered is None:  # renumbered, then removed
            raise NotFoundError(f"案件 {text} 不存在：用 fylink case list 查找")
        raise NotFoundError(f"案件 {text} 已更正为 {renumbered.case_no}，请用更正后的案号")
    return found


def reads_full_ids(session: Session) -> bool:
    """May this login read ``party.id_number``? On PostgreSQL a liaison may not (the
    column is not granted: sql/roles.sql); it reads the masked numbers of party_masked."""
    if session.get_bind().dialect.name != "postgresql":
        return True
    known = session.info.get("fylink_full_ids")
    if known is None:
        known = session.info["fylink_full_ids"] = bool(
            session.execute(
                text("SELECT has_column_privilege('party', 'id_number', 'SELECT')")
            ).scalar()
        )
    return bool(known)


_MASKED = sa_table("party_masked", sa_column("id"), sa_column("id_number"))


def id_number_column(session: Session) -> Any:
    """``party.id_number`` for a login that may read it, else the masked number."""
    if reads_full_ids(session):
        return col(Party.id_number)
    return (
        sa_select(_MASKED.c.id_number)
        .where(_MASKED.c.id == Party.id)
        .scalar_subquery()
        .label("id_number")
    )


def case_detail(*, session: Session, case_no: str) -> CaseDetail:
    case = get_case(session=session, case_no=case_no)
    unit = session.get(Unit, case.unit_id)
    assert unit is not None
    if reads_full_ids(session):
        parties = [
            (party, role)
            for party, role in session.exec(
                select(Party, CaseParty.role)
                .join(CaseParty, col(CaseParty.party_id) == Party.id)
                .where(CaseParty.case_id == case.id)
                .order_by(col(CaseParty.id))
            )
        ]
    else:  # the masked numbers, in records never added to the session
        parties = [
            (
                Party(
                    id=row.id,
                    name=row.name,
                    kind=row.kind,
                    id_kind=row.id_kind,
                    id_number=row.id_number,
                    created_at=row.created_at,
                ),
                row.role,
            )
            for row in session.execute(
                sa_select(
                    col(Party.id),
                    col(Party.name),
                    col(Party.kind),
                    col(Party.id_kind),
                    id_number_column(session),
                    col(Party.created_at),
                    col(CaseParty.role),
                )
                .join(CaseParty, col(CaseParty.party_id) == Party.id)
                .where(col(CaseParty.case_id) == case.id)
                .order_by(col(CaseParty.id))
            )
        ]
    events = list(
        session.exec(
            select(CaseEvent)
            .where(CaseEvent.case_id == case.id)
            .order_by(col(CaseEvent.occurred_on), col(CaseEvent.id))
        )
    )
    return CaseDetail(case=case, unit=unit, parties=parties, events=events)


#: The columns ``case update`` sets as they are given (besides ``status``, and ``unit_id``
#: from a unit's name); the spreadsheet import sets the same ones from its cells.
PLAIN_FIELDS = (
    "field",
    "court",
    "received_on",
    "filed_on",
    "heard_on",
    "heard",
    "head_appeared",
    "head_rank",
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
UPDATABLE = frozenset({*PLAIN_FIELDS, "status"})


def typical_changes(typical: bool | None, note: str | None) -> dict[str, Any]:
    """The 典型案例 columns to set from ``--typical 是/否`` and ``--typical-note``: a note
    alone marks the case typical; 否 clears the note."""
    from fylink.domain.categories import check_typical_note

    found: dict[str, Any] = {}
    if note is not None:
        found["typical_note"] = check_typical_note(note)
        if typical is None and found["typical_note"]:
            typical = True
    if typical is not None:
        found["typical"] = typical
        if not typical:
            if found.get("typical_note"):
                raise InvalidInputError("不是典型案例就不能填写典型案例说明", field="typical_note")
            found["typical_note"] = ""
    return found


def apply_changes(case: AnyCase, changes: dict[str, Any], *, today: date) -> None:
    """Set ``changes`` (fields of :data:`UPDATABLE`, or ``unit_id``) and check the result."""
    unknown = set(changes) - UPDATABLE - {"unit_id"}
    if unknown:
        raise InvalidInputError(f"不能修改案件的字段：{'、'.join(sorted(unknown))}")
    for key, value in changes.items():
        setattr(case, key, value)
    if "status" in changes:
        if changes["status"] not in (CaseStatus.OPEN.value, CaseStatus.SUSPENDED.value):
            raise InvalidInputError(
                "状态只能改为 在办 或 中止；结案请用 fylink case close", field="status"
            )
        if case.closed_on is not None:
            raise ConflictError(
                f"案件 {case.case_no} 已结案，不能改为{changes['status']}", field="status"
            )
    check_case(case, today)


def update_case(*, session: Session, case_no: str, changes: dict[str, Any], today: date) -> Case:
    case = get_case(session=session, case_no=case_no)
    unit_name = changes.pop("unit", None)
    unknown = set(changes) - UPDATABLE
    if unknown:
        raise InvalidInputError(f"不能修改案件的字段：{'、'.join(sorted(unknown))}")
    if unit_name:
        changes["unit_id"] = open_unit(session=session, name=unit_name).id
        if changes["unit_id"] != case.unit_id:
            forget_moves(session, "case", case.id)
    with journal.changing(session, case, case_id=case.id):
        apply_changes(case, changes, today=today)
    return case


def close_case(
    *,
    session: Session,
    case_no: str,
    outcome: str,
    closed_on: date,
    today: date,
    resolved: bool | None = None,
    recovered_fen: int | None = None,
    correct: bool = False,
    agency_lost: bool | None = None,
) -> Case:
    case = get_case(session=session, case_no=case_no)
    if case.closed_on is not None and not correct:
        raise ConflictError(
            f"案件 {case.case_no} 已于{case.closed_on.isoformat()}结案（{case.outcome}）；"
            "如需更正请加 --correct"
        )
    with journal.changing(session, case, case_id=case.id):
        apply_closure(
            case,
            outcome=outcome,
            closed_on=closed_on,
            resolved=resolved,
            recovered_fen=recovered_fen,
            agency_lost=agency_lost,
        )
        _check_dates(case, today)
    return case


def apply_closure(
    case: AnyCase,
    *,
    outcome: str,
    closed_on: date,
    resolved: bool | None = None,
    recovered_fen: int | None = None,
    agency_lost: bool | None = None,
) -> None:
    """Close ``case``: the outcome must be one of its category's; flags follow the outcome.

    A 二审 or 再审 改判 is a loss for the agency or not depending on who appealed:
    ``agency_lost`` says which (the 败诉率 on final outcomes reads it).
    """
    with about("outcome"):
        result = outcome_for(CaseCategory(case.category), outcome, case.instance)
    if agency_lost is not None and not (
        case.category == CaseCategory.LITIGATION.value
        and case.instance in ("二审", "再审")
        and result.name in ("改判", "部分改判")
    ):
        raise InvalidInputError(
            "--agency-lost / --agency-won 只用于以改判、部分改判结案的二审、再审行政诉讼案件",
            field="outcome",
        )
    case.closed_on = closed_on
    case.status = CaseStatus.CLOSED.value
    case.outcome = result.name
    case.is_loss = result.loss if agency_lost is None else agency_lost
    case.is_correction = result.correction
    case.is_judgment = result.judgment
    case.is_settled = result.settled
    case.is_withdrawn = result.withdrawn
    if resolved is not None:
        case.resolved = resolved
    if recovered_fen is not None:
        if recovered_fen < 0:
            raise InvalidInputError("执行到位金额不能为负数", field="recovered_fen")
        case.recovered_fen = recovered_fen


def check_event(kind: str, occurred_on: date, today: date) -> str:
    """A timeline event's kind (stripped) once it and its date pass the rules."""
    kind = kind.strip()
    if kind not in EVENT_KINDS:
        raise InvalidInputError(f"动态类型“{kind}”不存在，可选：{'、'.join(EVENT_KINDS)}")
    if occurred_on > today:
        raise InvalidInputError("动态日期不能晚于今天")
    return kind


def event_follows(case: AnyCase, kind: str, occurred_on: date) -> dict[str, Any]:
    """What a new event sets on its case: the first hearing is also the case's 开庭日期
    (负责人出庭应诉率 counts heard cases)."""
    if kind == "开庭" and case.heard_on is None:
        return {"heard_on": occurred_on, "heard": True}
    return {}


def add_event(
    *, session: Session, case_no: str, kind: str, occurred_on: date, note: str, today: date
) -> CaseEvent:
    case = get_case(session=session, case_no=case_no)
    kind = check_event(kind, occurred_on, today)
    event = CaseEvent(
        case_id=case.id,  # type: ignore[arg-type]
        kind=kind,
        occurred_on=occurred_on,
        note=note.strip(),
        created_at=_now(),
    )
    journal.insert(session, event, case_id=case.id)
    if follows := event_follows(case, kind, occurred_on):
        journal.update(session, case, follows, case_id=case.id)
    return event


def get_event(*, session: Session, case: Case, ref: str | int) -> CaseEvent:
    """One entry of a case's timeline by its number (the 编号 column of ``case show``)."""
    text_ref = str(ref).strip().lstrip("#＃")
    event = None
    if is_record_id(text_ref):
        event = session.get(CaseEvent, int(text_ref))
    if event is None or event.case_id != case.id:
        raise NotFoundError(
            f"案件 {case.case_no} 没有编号为 {text_ref} 的动态：编号见 fylink case show 的动态表"
        )
    return event


def follow_hearings(*, session: Session, case: Case) -> None:
    """The case's 开庭日期 after its 开庭 entries changed: the earliest one left (the
    first hearing, as :func:`add_event` records it), or none (then not heard)."""
    first = session.exec(
        select(col(CaseEvent.occurred_on))
        .where(CaseEvent.case_id == case.id, CaseEvent.kind == "开庭")
        .order_by(col(CaseEvent.occurred_on))
        .limit(1)
    ).first()
    values: dict[str, Any] = {"heard_on": first}
    if first is None:
        values["heard"] = False
    elif case.heard_on is None:
        values["heard"] = True
    if case.heard_on != first or (first is None and case.heard):
        journal.update(session, case, values, case_id=case.id)


def update_event(
    *,
    session: Session,
    case_no: str,
    ref: str | int,
    today: date,
    kind: str | None = None,
    occurred_on: date | None = None,
    note: str | None = None,
) -> tuple[Case, CaseEvent]:
    """Correct one entry of a case's timeline (its kind, date or note); a 开庭 entry moves
    the case's 开庭日期 with it."""
    case = get_case(session=session, case_no=case_no)
    event = get_event(session=session, case=case, ref=ref)
    values: dict[str, Any] = {}
    if kind is not None:
        wanted = kind.strip()
        if wanted not in EVENT_KINDS:
            raise InvalidInputError(f"动态类型“{kind}”不存在，可选：{'、'.join(EVENT_KINDS)}")
        values["kind"] = wanted
    if occurred_on is not None:
        if occurred_on > today:
            raise InvalidInputError("动态日期不能晚于今天")
        values["occurred_on"] = occurred_on
    if note is not None:
        check_text(note.strip(), what="说明", limit=10_000)
        values["note"] = note.strip()
    changed = {k: v for k, v in values.items() if getattr(event, k) != v}
    if not changed:
        raise InvalidInputError("动态没有变化：请给出与原记录不同的 --kind、--on 或 --note")
    # The case's 开庭日期 follows when it came from this entry, or when a 开庭 entry is
    # the case's first.
    was_its_hearing = event.kind == "开庭" and case.heard_on == event.occurred_on
    journal.update(session, event, changed, case_id=case.id)
    if was_its_hearing or (event.kind == "开庭" and case.heard_on is None):
        follow_hearings(session=session, case=case)
    return case, event


def may_read_unmasked(session: Session) -> bool:
    """May this login read full ID numbers? On PostgreSQL only the office may: the tables'
    owner, or a member of fylink_office (sql/roles.sql). On SQLite whoever opens the file
    is the office."""
    if session.get_bind().dialect.name != "postgresql":
        return True
    return bool(
        session.execute(
            text(
                "SELECT current_user = (SELECT tableowner FROM pg_tables"
                " WHERE schemaname = current_schema() AND tablename = 'party')"
                " OR (EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fylink_office')"
                " AND pg_has_role(current_user, 'fylink_office', 'MEMBER'))"
            )
        ).scalar()
    )


def check_reason(reason: str) -> str:
    """The reason an unmasked export needs (refused when empty or with control chars)."""
    cleaned = reason.strip()
    if not cleaned:
        raise InvalidInputError("导出未脱敏的证件号码须用 --reason 写明理由，如 --reason 法院调卷")
    check_text(cleaned, what="--reason", limit=200)
    return cleaned


def check_may_read_unmasked(session: Session) -> None:
    if not may_read_unmasked(session):
        raise DatabaseError(
            "数据库拒绝了该操作：只有办公室（数据库所有者或 fylink_office 角色）"
            "可以导出未脱敏的证件号码"
        )


def record_unmasked_export(
    *, session: Session, reason: str, file: str, count: int, filters: dict[str, Any]
) -> None:
    """Journal an export of full ID numbers: who, why, which file, how many cases."""
    cleaned = check_reason(reason)
    check_may_read_unmasked(session)
    journal.note(
        session,
        action="export",
        entity="party",
        details={
            "unmasked": True,
            "reason": cleaned,
            "file": file,
            "cases": count,
            "filters": filters,
        },
    )
