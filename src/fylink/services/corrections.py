"""Fixing what a clerk got wrong in a case: its number, its category, its parties, a closure.

Each correction goes through the journal's write path as one change of the case (``case
update``), with what follows from it in the same command:

* a new number is re-validated like a new case's (its parsed fields follow) and refused if
  another case has it; the journal row says it was a renumbering (``renumbered_from``),
  so ``fylink log --case OLD`` still finds the case;
* a new category is re-validated against the 案号's type code (a court 案号 keeps a court
  category) and, for a closed case, against its outcome, whose flags (is_loss, …) are
  recomputed;
* a new 开庭日期 moves the case's 开庭 event of the old date;
* parties: one added, one removed (its link to the case), or a party's ID number corrected
  (validated; the journal keeps it masked, as always).
"""

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import String, cast
from sqlmodel import Session, col, select

from fylink.domain import case_numbers
from fylink.domain.categories import COURT_CATEGORIES, CaseCategory, CaseStatus, parse_category
from fylink.errors import ConflictError, InvalidInputError, NotFoundError, about
from fylink.models import Case, CaseEvent, CaseParty, Journal, Party
from fylink.services import cases, journal
from fylink.services.units import forget_moves, open_unit


@dataclass
class Correction:
    """What ``case update`` changed beyond the plain fields."""

    number: str | None = None
    renumbered_from: str | None = None
    category: str | None = None
    moved_hearing: bool = False
    added_parties: list[str] = field(default_factory=list)
    removed_parties: list[str] = field(default_factory=list)
    corrected_ids: list[str] = field(default_factory=list)


def correct_case(
    *,
    session: Session,
    case_no: str,
    changes: dict[str, Any],
    today: date,
    number: str | None = None,
    category: str | None = None,
    add_parties: list[str] | None = None,
    remove_parties: list[str] | None = None,
    party_ids: list[str] | None = None,
    types: case_numbers.CaseTypeTable | None = None,
) -> tuple[Case, Correction]:
    """``case update``: the plain ``changes`` (see :func:`cases.update_case`) and the
    corrections above, in one change of the case."""
    case = cases.get_case(session=session, case_no=case_no)
    done = Correction()
    unit_name = changes.pop("unit", None)
    if unit_name:
        changes["unit_id"] = open_unit(session=session, name=unit_name).id
        if changes["unit_id"] != case.unit_id:
            forget_moves(session, "case", case.id)
    old_heard = case.heard_on
    with journal.changing(session, case, case_id=case.id) as change:
        if number is not None or category is not None:
            _renumber(session, case, number, category, types or cases.type_table(), done)
            if done.renumbered_from:
                change.after_extra["renumbered_from"] = done.renumbered_from
        if changes:
            cases.apply_changes(case, changes, today=today)
        else:
            cases.check_case(case, today)
    if "heard_on" in changes and old_heard is not None and case.heard_on != old_heard:
        done.moved_hearing = _move_hearing(session, case, old_heard)
    for spec in add_parties or []:
        party = cases.link_party(
            session=session, case=case, spec=spec, role=cases.default_role(case.category)
        )
        done.added_parties.append(party.name)
    for name in remove_parties or []:
        done.removed_parties.append(_unlink(session, case, name))
    for spec in party_ids or []:
        done.corrected_ids.append(_correct_id(session, case, spec, today))
    return case, done


_NUMBER_FIELDS = (
    "year",
    "court_code",
    "court_level",
    "type_code",
    "type_name",
    "case_family",
    "instance",
)


def _renumber(
    session: Session,
    case: Case,
    number: str | None,
    category: str | None,
    types: case_numbers.CaseTypeTable,
    done: Correction,
) -> None:
    """A new number and/or category, re-validated together (the 案号's fields follow)."""
    with about("category"):
        wanted = parse_category(category) if category is not None else CaseCategory(case.category)
    raw = number if number is not None else case.case_no
    legacy = number is None and case.no_kind == "旧案号"
    fields = cases.number_fields(wanted, raw, legacy=legacy, types=types)
    if fields["no_kind"] == "案号" and wanted not in COURT_CATEGORIES:
        raise InvalidInputError(
            f"{fields['case_no']} 是法院案号，案件类别不能是{wanted.value}", field="category"
        )
    new_no = fields["case_no"]
    if new_no != case.case_no:
        taken = session.exec(select(Case.id).where(Case.case_no == new_no)).first()
        if taken is not None:
            raise ConflictError(f"案件 {new_no} 已登记，不能改用这个编号", field="case_no")
        done.renumbered_from = case.case_no
        done.number = new_no
    for key in _NUMBER_FIELDS:
        setattr(case, key, fields.get(key))
    case.case_no = new_no
    case.no_kind = fields["no_kind"]
    if wanted.value != case.category:
        case.category = wanted.value
        done.category = wanted.value
        if case.outcome and case.closed_on:
            # The outcome must be one of the new category's; its flags (is_loss …) follow.
            cases.apply_closure(case, outcome=case.outcome, closed_on=case.closed_on)


def _move_hearing(session: Session, case: Case, old: date) -> bool:
    event = session.exec(
        select(CaseEvent).where(
            CaseEvent.case_id == case.id, CaseEvent.kind == "开庭", CaseEvent.occurred_on == old
        )
    ).first()
    if event is None or case.heard_on is None:
        return False
    journal.update(session, event, {"occurred_on": case.heard_on}, case_id=case.id)
    return True


def _links(session: Session, case: Case, name: str) -> list[tuple[CaseParty, Party]]:
    rows = session.exec(
        select(CaseParty, Party)
        .join(Party, col(Party.id) == CaseParty.party_id)
        .where(CaseParty.case_id == case.id, Party.name == name.strip())
    ).all()
    return [(link, party) for link, party in rows]


def _unlink(session: Session, case: Case, name: str) -> str:
    links = _links(session, case, name)
    if not links:
        raise NotFoundError(f"当事人“{name.strip()}”不是案件 {case.case_no} 的当事人")
    for link, party in links:
        journal.delete(session, link, case_id=case.id, extra={"party": party.name})
    return name.strip()


def _correct_id(session: Session, case: Case, spec: str, today: date) -> str:
    _name, _, ident = spec.replace("：", ":").partition(":")
    if not ident.strip():
        raise InvalidInputError(f"--party-id 应写成 姓名:证件号码，如 张三:4105…（收到“{spec}”）")
    wanted = cases.parse_party(spec, today=today)
    links = _links(session, case, wanted.name)
    if not links:
        raise NotFoundError(f"当事人“{wanted.name}”不是案件 {case.case_no} 的当事人")
    party = links[0][1]
    if party.id_number == wanted.id_number:
        return wanted.name
    other = session.exec(
        select(Party).where(Party.id_number == wanted.id_number, col(Party.id) != party.id)
    ).first()
    if other is not None:
        cases.check_same_party(other, wanted)
        raise ConflictError(f"证件号码已登记在另一当事人“{other.name}”名下：请先核对两条当事人记录")
    masked_before = cases.party_redaction(party)
    with journal.changing(
        session, party, case_id=case.id, redact=masked_before, redact_after={}
    ) as change:
        party.id_number = wanted.id_number
        party.id_kind = wanted.id_kind
        party.kind = wanted.kind
        change.after_extra = cases.party_redaction(party)
    return wanted.name


def case_id_by_former_number(*, session: Session, case_no: str) -> int | None:
    """The case once numbered ``case_no`` (a renumbering's journal row), or None."""
    text = case_no.strip()
    candidates = {text, case_numbers.normalize_case_number(text)}
    query = (
        select(Journal.entity_id)
        .where(
            Journal.entity == "case",
            col(Journal.action) == "update",
            cast(Journal.after["renumbered_from"].as_string(), String).in_(candidates),  # type: ignore[index]
        )
        .order_by(col(Journal.id).desc())
        .limit(1)
    )
    return session.exec(query).first()


def reopen_case(*, session: Session, case_no: str, reason: str) -> Case:
    """发回重审, or a closure entered by mistake: the case is open again, its outcome gone
    (the journal keeps it, with the reason)."""
    why = reason.strip()
    if not why:
        raise InvalidInputError("请用 --reason 写明重新办理的原因（如 发回重审）")
    case = cases.get_case(session=session, case_no=case_no)
    if case.closed_on is None:
        raise ConflictError(f"案件 {case.case_no} 尚未结案，无需恢复办理")
    with journal.changing(session, case, case_id=case.id) as change:
        case.closed_on = None
        case.status = CaseStatus.OPEN.value
        case.outcome = None
        case.is_loss = case.is_correction = case.is_judgment = False
        case.is_settled = case.is_withdrawn = False
        change.after_extra["reason"] = why
    return case
