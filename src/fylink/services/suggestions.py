"""司法建议 and 检察建议: received, assigned to a unit, replied, adopted, 整改 verified.

The reply is due by the settings rule (``suggestions.reply_period``, 2个月 by default) counted
from the day the suggestion was received, unless the clerk gives another deadline. A reply not
made by its due date is an overdue item of ``fylink check overdue``.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement
from sqlmodel import Session, col, func, or_, select

from fylink.domain.calendar import Deadline, WorkCalendar, parse_deadline
from fylink.domain.free_numbers import normalize_free_number
from fylink.domain.status import Thresholds
from fylink.errors import ConflictError, InvalidInputError
from fylink.models import Case, Suggestion, SuggestionCase, Unit
from fylink.services import journal
from fylink.services.cases import get_case
from fylink.services.lookups import get_suggestion
from fylink.services.suggestion_rules import (  # noqa: F401 (re-exported)
    KINDS,
    ReplyStatus,
    SuggestionFilter,
    parse_kind,
    parse_status,
    reply_status,
    status_condition_on,
)
from fylink.services.units import find_unit, forget_moves, open_unit

if TYPE_CHECKING:
    from fylink.services import reads


def status_condition(status: ReplyStatus, th: Thresholds) -> ColumnElement[bool]:
    """SQL equivalent of ``reply_status(s, th) == status``."""
    return status_condition_on(Suggestion, status, th)


#: Unit kind that issues each kind of suggestion (used to default the issuer).
ISSUER_KINDS = {"司法建议": "法院", "检察建议": "检察院"}


@dataclass
class SuggestionIn:
    kind: str
    doc_no: str
    unit: str
    received_on: date
    issuer: str = ""
    #: A deadline (date or rule from the received day); the settings rule when None.
    due: str | None = None
    summary: str = ""
    cases: list[str] | None = None


def _now() -> datetime:
    return datetime.now(UTC)


def _default_issuer(session: Session, kind: str) -> str:
    unit = session.exec(
        select(Unit).where(Unit.kind == ISSUER_KINDS[kind]).order_by(col(Unit.id))
    ).first()
    if unit is None:
        raise InvalidInputError(f"请用 --issuer 写明发出{kind}的机关")
    return unit.name


def reply_deadline(
    *, received_on: date, due: str | None, default_rule: str, calendar: WorkCalendar
) -> Deadline:
    return parse_deadline(due or default_rule, start=received_on, calendar=calendar)


def add_suggestion(
    *,
    session: Session,
    suggestion_in: SuggestionIn,
    calendar: WorkCalendar,
    default_rule: str,
    today: date,
) -> Suggestion:
    kind = parse_kind(suggestion_in.kind)
    doc_no = normalize_free_number(suggestion_in.doc_no)
    if not doc_no:
        raise InvalidInputError("文号不能为空")
    if len(doc_no) > 100:
        raise InvalidInputError("文号不能超过100个字符")
    if session.exec(select(Suggestion.id).where(Suggestion.doc_no == doc_no)).first():
        raise ConflictError(f"{doc_no} 已登记，不能重复添加")
    unit = open_unit(session=session, name=suggestion_in.unit)
    if suggestion_in.received_on > today:
        raise InvalidInputError("收到日期不能晚于今天")
    deadline = reply_deadline(
        received_on=suggestion_in.received_on,
        due=suggestion_in.due,
        default_rule=default_rule,
        calendar=calendar,
    )
    if deadline.due < suggestion_in.received_on:
        raise InvalidInputError("反馈期限不能早于收到日期")
    issuer = suggestion_in.issuer.strip() or _default_issuer(session, kind)
    linked: list[Case] = []
    for number in suggestion_in.cases or []:
        found = get_case(session=session, case_no=number)
        if all(c.id != found.id for c in linked):
            linked.append(found)
    suggestion = Suggestion(
        kind=kind,
        doc_no=doc_no,
        issuer=issuer,
        unit_id=unit.id,  # type: ignore[arg-type]
        received_on=suggestion_in.received_on,
        reply_due=deadline.due,
        reply_due_rule=deadline.rule or "",
        reply_due_provisional=deadline.provisional,
        summary=suggestion_in.summary.strip(),
        created_at=_now(),
    )
    journal.insert(session, suggestion, extra={"cases": [c.case_no for c in linked]})
    for linked_case in linked:
        journal.insert(
            session,
            SuggestionCase(suggestion_id=suggestion.id, case_id=linked_case.id),  # type: ignore[arg-type]
            case_id=linked_case.id,
            extra={"suggestion": doc_no, "case": linked_case.case_no},
        )
    return suggestion


#: What ``--adopted`` accepts, and what it records: (adopted, adoption).
_ADOPTION = {
    "是": (True, "采纳"),
    "采纳": (True, "采纳"),
    "部分采纳": (True, "部分采纳"),
    "部分": (True, "部分采纳"),
    "否": (False, "不采纳"),
    "不采纳": (False, "不采纳"),
    "未采纳": (False, "不采纳"),
}


def parse_adoption(text: str | None) -> tuple[bool | None, str | None]:
    """是/采纳, 部分采纳, 否/不采纳 → (adopted, adoption); None → (None, None)."""
    if text is None:
        return None, None
    try:
        return _ADOPTION[text.strip()]
    except KeyError:
        raise InvalidInputError(
            f"是否采纳“{text}”无法识别：请填 采纳（是）、部分采纳 或 不采纳（否）"
        ) from None


def reply(
    *,
    session: Session,
    ref: str | int,
    replied_on: date,
    summary: str,
    adopted: bool | None,
    today: date,
    correct: bool = False,
    adoption: str | None = None,
) -> Suggestion:
    """Record the unit's reply (反馈) and whether the suggestion was adopted.

    ``adoption`` (采纳 / 部分采纳 / 不采纳, see :func:`parse_adoption`) refines ``adopted``:
    a partly adopted suggestion is adopted, and its 整改 can be verified.
    """
    suggestion = get_suggestion(session=session, ref=ref)
    if suggestion.replied_on is not None and not correct:
        raise ConflictError(
            f"{suggestion.doc_no} 已于{suggestion.replied_on.isoformat()}反馈；"
            "如需更正请加 --correct"
        )
    if replied_on > today:
        raise InvalidInputError("反馈日期不能晚于今天")
    if replied_on < suggestion.received_on:
        raise InvalidInputError("反馈日期不能早于收到日期")
    if suggestion.verified_on is not None and replied_on > suggestion.verified_on:
        raise InvalidInputError("反馈日期不能晚于整改核实日期")
    if adoption is not None and adoption not in {a for _, a in _ADOPTION.values()}:
        raise InvalidInputError(f"是否采纳“{adoption}”无法识别：请填 采纳、部分采纳 或 不采纳")
    if adoption is not None and adopted is not None and adopted != (adoption != "不采纳"):
        raise InvalidInputError(f"是否采纳前后矛盾：{adoption}")
    values = {
        "replied_on": replied_on,
        "reply_summary": summary.strip(),
        "adopted": adopted if adoption is None else adoption != "不采纳",
        "adoption": adoption,
    }
    return journal.update(session, suggestion, values)


def verify(*, session: Session, ref: str | int, verified_on: date, today: date) -> Suggestion:
    """整改 verified: the office checked that the unit did what it replied."""
    suggestion = get_suggestion(session=session, ref=ref)
    if suggestion.verified_on is not None:
        raise ConflictError(f"{suggestion.doc_no} 已于{suggestion.verified_on.isoformat()}核实")
    if suggestion.replied_on is None:
        raise ConflictError(
            f"{suggestion.doc_no} 尚未反馈，不能核实整改：请先 fylink suggestion reply"
        )
    if suggestion.adopted is False:
        raise ConflictError(f"{suggestion.doc_no} 反馈为未采纳，没有整改可核实")
    if verified_on > today:
        raise InvalidInputError("核实日期不能晚于今天")
    if verified_on < suggestion.replied_on:
        raise InvalidInputError("核实日期不能早于反馈日期")
    return journal.update(session, suggestion, {"verified_on": verified_on})


def filter_conditions(
    *, session: Session, flt: SuggestionFilter, th: Thresholds
) -> list[ColumnElement[bool]]:
    """The SQL conditions of ``flt`` (list and export filter alike)."""
    conditions: list[ColumnElement[bool]] = []
    if flt.unit:
        conditions.append(col(Suggestion.unit_id) == find_unit(session=session, name=flt.unit).id)
    if flt.kind:
        conditions.append(col(Suggestion.kind) == parse_kind(flt.kind))
    if flt.status:
        conditions.append(status_condition(parse_status(flt.status), th))
    if flt.year:
        conditions.append(
            col(Suggestion.received_on).between(date(flt.year, 1, 1), date(flt.year, 12, 31))
        )
    if flt.text:
        pattern = f"%{flt.text.strip()}%"
        conditions.append(
            or_(col(Suggestion.doc_no).like(pattern), col(Suggestion.summary).like(pattern))
        )
    return conditions


def list_suggestions(
    *,
    session: Session,
    flt: SuggestionFilter,
    th: Thresholds,
    limit: int = 50,
    offset: int = 0,
) -> tuple[list[tuple[Suggestion, str, ReplyStatus]], int]:
    """Unanswered first by reply due date, then the answered ones, newest first."""
    if limit < 1 or offset < 0:
        raise InvalidInputError("每页条数应为正整数，页码应从1开始")
    conditions = filter_conditions(session=session, flt=flt, th=th)
    total = session.exec(select(func.count()).select_from(Suggestion).where(*conditions)).one()
    from sqlalchemy import case

    label = func.coalesce(Unit.short_name, Unit.name)
    rows = session.exec(
        select(Suggestion, label)
        .join(Unit, col(Unit.id) == Suggestion.unit_id)
        .where(*conditions)
        .order_by(
            case((col(Suggestion.replied_on).is_(None), 0), else_=1),
            case(
                (col(Suggestion.replied_on).is_(None), col(Suggestion.reply_due)),
                else_=None,
            ),
            col(Suggestion.received_on).desc(),
            col(Suggestion.id).desc(),
        )
        .limit(limit)
        .offset(offset)
    )
    return [(s, name, reply_status(s, th)) for s, name in rows], total


def suggestion_detail(
    *, session: Session, ref: str | int, th: Thresholds, calendar: WorkCalendar
) -> "reads.SuggestionDetail":
    """What ``suggestion show`` reads (services.reads.suggestion_detail: one implementation), on the
    command's own session, so a writer shows what it has just written (flushed first)."""
    from fylink.services import reads

    session.flush()
    return reads.suggestion_detail(session.connection(), ref, th=th, calendar=calendar)


#: What ``suggestion update`` may change.
SUGGESTION_FIELDS = ("doc_no", "kind", "issuer", "unit", "received_on", "due", "summary")


def update_suggestion(
    *,
    session: Session,
    ref: str | int,
    changes: dict[str, Any],
    calendar: WorkCalendar,
    today: date,
) -> Suggestion:
    """Correct a suggestion as registered: its 文号 (normalised, refused if another has it),
    kind, issuer, unit, date received, reply deadline (a rule counts from the date received:
    a new date received recounts the stored rule) and summary."""
    suggestion = get_suggestion(session=session, ref=ref)
    unknown = set(changes) - set(SUGGESTION_FIELDS)
    if unknown:
        raise InvalidInputError(f"不能修改建议的字段：{'、'.join(sorted(unknown))}")
    values: dict[str, Any] = {}
    if "doc_no" in changes:
        doc_no = normalize_free_number(changes["doc_no"])
        if not doc_no:
            raise InvalidInputError("文号不能为空")
        if len(doc_no) > 100:
            raise InvalidInputError("文号不能超过100个字符")
        taken = session.exec(
            select(Suggestion.id).where(Suggestion.doc_no == doc_no, Suggestion.id != suggestion.id)
        ).first()
        if taken is not None:
            raise ConflictError(f"{doc_no} 已登记（建议 {taken}），不能改用这个文号")
        values["doc_no"] = doc_no
    if "kind" in changes:
        values["kind"] = parse_kind(changes["kind"])
    if "issuer" in changes:
        issuer = changes["issuer"].strip()
        if not issuer or len(issuer) > 100:
            raise InvalidInputError("发出机关不能为空，也不能超过100个字符")
        values["issuer"] = issuer
    if "unit" in changes:
        values["unit_id"] = open_unit(session=session, name=changes["unit"]).id
    if "summary" in changes:
        values["summary"] = changes["summary"].strip()
    received = changes.get("received_on", suggestion.received_on)
    if received > today:
        raise InvalidInputError("收到日期不能晚于今天")
    if "received_on" in changes:
        values["received_on"] = received
    due = changes.get("due")
    if due is None and "received_on" in changes and suggestion.reply_due_rule:
        due = suggestion.reply_due_rule
    if due is not None:
        deadline = parse_deadline(due, start=received, calendar=calendar)
        if deadline.due < received:
            raise InvalidInputError("反馈期限不能早于收到日期")
        values |= {
            "reply_due": deadline.due,
            "reply_due_rule": deadline.rule or "",
            "reply_due_provisional": deadline.provisional,
        }
    changed = {k: v for k, v in values.items() if getattr(suggestion, k) != v}
    if not changed:
        raise InvalidInputError("建议没有变化：给出的各项与原记录相同")
    if "unit_id" in changed:
        forget_moves(session, "suggestion", suggestion.id)
    with journal.changing(session, suggestion) as change:
        for key, value in changed.items():
            setattr(suggestion, key, value)
        if "doc_no" in changed:
            change.after_extra["renumbered_from"] = change.before["doc_no"]
    return suggestion
