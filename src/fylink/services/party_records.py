"""Changing parties: 更名 (the former name kept), merging two records of one company, and
the office's watch list (困难企业名册、重点破产企业). Every change is journaled, so
``fylink undo`` reverses it.
"""

from datetime import UTC, date, datetime

from sqlmodel import Session, col, select

from fylink.domain.values import check_text
from fylink.errors import ConflictError, InvalidInputError
from fylink.models import (
    CaseParty,
    Party,
    PartyAlias,
    PartyMerge,
    PartyWatch,
    SuggestionParty,
    TaskSubject,
)
from fylink.services import journal
from fylink.services.cases import party_kind, party_redaction
from fylink.services.parties import KINDS, WATCH_LEVELS, find_party


def _now() -> datetime:
    return datetime.now(UTC)


def _text(value: str, what: str, limit: int | None = None) -> str:
    value = value.strip()
    check_text(value, what=what, limit=limit)
    return value


def get_party(session: Session, ref: str) -> Party:
    found = find_party(session, ref)
    party = session.get(Party, found.id)
    assert party is not None
    return party


def rename_party(
    *,
    session: Session,
    ref: str,
    name: str | None,
    changed_on: date | None,
    kind: str | None = None,
) -> tuple[Party, str]:
    """更名: the party gets ``name``; the name it had is kept as a former name (曾用名).
    Returns the party and its former name."""
    party = get_party(session, ref)
    values: dict[str, object] = {}
    former = party.name
    new = former if name is None else _text(name, "当事人名称", 100)
    if not new:
        raise InvalidInputError("新名称不能为空")
    if new != former:
        values["name"] = new
    if kind is not None:
        if kind not in KINDS:
            raise InvalidInputError(f"当事人类型“{kind}”不存在，可选：{'、'.join(KINDS)}")
        if kind != party.kind:
            values["kind"] = kind
    if not values:
        raise InvalidInputError(f"“{former}”的名称和类型没有变化")
    if "name" in values:
        journal.insert(
            session,
            PartyAlias(
                party_id=party.id,  # type: ignore[arg-type]
                name=former,
                kind="曾用名",
                changed_on=changed_on,
                created_at=_now(),
            ),
        )
    journal.update(session, party, values, redact=party_redaction(party))
    return party, former


def merge_parties(*, session: Session, keep: str, merge: str, on: date) -> tuple[Party, Party, int]:
    """Merge record ``merge`` into ``keep`` (two records of the same company): its case
    links, tasks, suggestions, watch entry and former names move to ``keep``; its name is
    kept as a former name; the record itself stays, marked merged. Returns both and the
    number of case links moved."""
    kept = get_party(session, keep)
    gone = get_party(session, merge)
    if kept.id == gone.id:
        raise InvalidInputError("要合并的是同一个当事人记录")
    if kept.kind != gone.kind:
        raise ConflictError(f"“{kept.name}”是{kept.kind}，“{gone.name}”是{gone.kind}，不能合并")
    if gone.id_number and kept.id_number and gone.id_number != kept.id_number:
        raise ConflictError(f"“{kept.name}”和“{gone.name}”的证件号码不同，不是同一当事人，不能合并")
    if gone.id_number and not kept.id_number:
        raise ConflictError(
            f"“{gone.name}”有证件号码而“{kept.name}”没有：请保留有证件号码的记录，"
            f"即 fylink party merge {gone.name} {kept.name}"
        )
    moved = 0
    existing = {
        (link.case_id, link.role)
        for link in session.exec(select(CaseParty).where(CaseParty.party_id == kept.id))
    }
    for link in list(session.exec(select(CaseParty).where(CaseParty.party_id == gone.id))):
        if (link.case_id, link.role) in existing:
            journal.delete(session, link, case_id=link.case_id)
        else:
            journal.update(session, link, {"party_id": kept.id}, case_id=link.case_id)
            existing.add((link.case_id, link.role))
        moved += 1
    for subject in session.exec(select(TaskSubject).where(TaskSubject.party_id == gone.id)):
        journal.update(session, subject, {"party_id": kept.id})
    theirs = {
        s.suggestion_id
        for s in session.exec(select(SuggestionParty).where(SuggestionParty.party_id == kept.id))
    }
    for sug in list(
        session.exec(select(SuggestionParty).where(SuggestionParty.party_id == gone.id))
    ):
        if sug.suggestion_id in theirs:
            journal.delete(session, sug)
        else:
            journal.update(session, sug, {"party_id": kept.id})
    watch = session.exec(select(PartyWatch).where(PartyWatch.party_id == gone.id)).first()
    if watch is not None:
        if session.exec(select(PartyWatch.id).where(PartyWatch.party_id == kept.id)).first():
            journal.delete(session, watch)
        else:
            journal.update(session, watch, {"party_id": kept.id})
    for alias in list(session.exec(select(PartyAlias).where(PartyAlias.party_id == gone.id))):
        journal.update(session, alias, {"party_id": kept.id})
    if gone.name != kept.name:
        journal.insert(
            session,
            PartyAlias(
                party_id=kept.id,  # type: ignore[arg-type]
                name=gone.name,
                kind="合并",
                changed_on=on,
                created_at=_now(),
            ),
        )
    journal.insert(
        session,
        PartyMerge(
            party_id=gone.id,  # type: ignore[arg-type]
            into_id=kept.id,  # type: ignore[arg-type]
            merged_on=on,
            created_at=_now(),
        ),
        extra={"party": gone.name, "into": kept.name},
    )
    return kept, gone, moved


def watch_party(
    *,
    session: Session,
    ref: str,
    level: str,
    reason: str,
    leader: str | None,
    task_force: str | None,
    since: date,
) -> tuple[Party, PartyWatch, bool]:
    """Put a party on the watch list, or change its entry. Returns (party, entry, new)."""
    party = get_party(session, ref)
    if level not in WATCH_LEVELS:
        raise InvalidInputError(f"关注等级“{level}”不存在，可选：{'、'.join(WATCH_LEVELS)}")
    if party.kind == "自然人" and party_kind(party.name) == "自然人":
        raise InvalidInputError(f"“{party.name}”是自然人：重点关注名册只收企业和其他组织")
    values = {
        "level": level,
        "reason": _text(reason, "关注原因"),
        "leader": _text(leader or "", "包案领导", 50),
        "task_force": _text(task_force or "", "专班", 100),
    }
    if not values["reason"]:
        raise InvalidInputError("请写明关注原因（--reason）")
    entry = session.exec(select(PartyWatch).where(PartyWatch.party_id == party.id)).first()
    if entry is None:
        now = _now()
        entry = PartyWatch(
            party_id=party.id,  # type: ignore[arg-type]
            since=since,
            created_at=now,
            updated_at=now,
            **values,  # type: ignore[arg-type]
        )
        journal.insert(session, entry)
        return party, entry, True
    if leader is None:
        values.pop("leader")
    if task_force is None:
        values.pop("task_force")
    journal.update(session, entry, values)
    return party, entry, False


def unwatch_party(*, session: Session, ref: str) -> Party:
    party = get_party(session, ref)
    entry = session.exec(select(PartyWatch).where(col(PartyWatch.party_id) == party.id)).first()
    if entry is None:
        raise ConflictError(f"“{party.name}”不在重点关注名册中")
    journal.delete(session, entry)
    return party
