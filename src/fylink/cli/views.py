"""Public shapes of records: what ``--json`` prints and exports write.

Keys are a promise to scripts: add new ones freely, never remove or rename
one (docs/json.md lists them). Personal ID numbers are always masked here.

The records may be model instances or rows read through fylink.tables: only their
attributes are read, so this module does not import the models.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fylink.clock import local
from fylink.domain.identifiers import mask_identifier
from fylink.domain.money import format_yuan

if TYPE_CHECKING:
    from fylink.models import (
        Attendance,
        Case,
        CaseEvent,
        Journal,
        Meeting,
        Notice,
        Party,
        Person,
        Suggestion,
        Task,
        TaskProgress,
        Unit,
    )


def unit_public(
    unit: Unit, merged_into: str | None = None, current_successor: str | None = None
) -> dict[str, Any]:
    """A unit as ``--json`` prints it; ``merged_into``: the name of the unit it was merged
    into (机构改革) by its own merge, with ``merged_on`` the day; ``current_successor``: the
    unit in being that holds its work now (the same unless that unit was merged on in turn;
    all null for a unit in being)."""
    return {
        "id": unit.id,
        "name": unit.name,
        "short_name": unit.short_name,
        "kind": unit.kind,
        "region": unit.region,
        "is_member": unit.is_member,
        "liaison_name": unit.liaison_name,
        "liaison_phone": unit.liaison_phone,
        "liaison_email": unit.liaison_email,
        "note": unit.note,
        "merged_into": merged_into if unit.merged_into_id is not None else None,
        "merged_on": unit.merged_on,
        "current_successor": (
            (current_successor or merged_into) if unit.merged_into_id is not None else None
        ),
    }


def person_public(person: Person, unit: Unit | None) -> dict[str, Any]:
    return {
        "id": person.id,
        "name": person.name,
        "title": person.title,
        "unit": unit.name if unit else None,
        "role": person.role,
        "phone": person.phone,
        "email": person.email,
        "left_on": person.left_on,
    }


def party_public(party: Party, role: str) -> dict[str, Any]:
    return {
        "name": party.name,
        "kind": party.kind,
        "role": role,
        "id_kind": party.id_kind,
        "id_number": mask_identifier(party.id_kind, party.id_number) if party.id_number else None,
    }


def case_public(case: Case, unit_name: str) -> dict[str, Any]:
    return {
        "case_no": case.case_no,
        "category": case.category,
        "field": case.field,
        "unit": unit_name,
        "status": case.status,
        "filed_on": case.filed_on,
        "closed_on": case.closed_on,
        "outcome": case.outcome,
        "no_kind": case.no_kind,
        "year": case.year,
        "court_code": case.court_code,
        "court_level": case.court_level,
        "type_code": case.type_code,
        "type_name": case.type_name,
        "instance": case.instance,
        "court": case.court,
        "received_on": case.received_on,
        "heard_on": case.heard_on,
        "heard": case.heard,
        "head_appeared": case.head_appeared,
        "head_rank": case.head_rank,
        "is_loss": case.is_loss,
        "claimed_amount": format_yuan(case.claimed_fen) or None,
        "recovered_amount": format_yuan(case.recovered_fen) or None,
        "resolved": case.resolved,
        "group_size": case.group_size,
        "risk_level": case.risk_level,
        "summary": case.summary,
        "act_kind": case.act_kind or None,
        "loss_reasons": [r for r in case.loss_reasons.split("、") if r],
        "withdrawal_kind": case.withdrawal_kind or None,
        "joint_respondent": case.joint_respondent,
        "norm_review": case.norm_review,
        "typical": case.typical,
        "typical_note": case.typical_note,
    }


_FLAGS: dict[Any, bool | None] = {None: None, 0: False, 1: True}


def _flag(value: Any) -> bool | None:
    """A boolean as SQLAlchemy reads it from the driver's value (SQLite: 0/1)."""
    try:
        return _FLAGS[value]
    except KeyError:
        return bool(value)


def _day(value: Any) -> Any:
    """A date as the driver gives it, for JSON: SQLite's stored ISO text is what the date
    prints as; any other form is read as SQLAlchemy reads it."""
    if value is None or value.__class__ is not str or len(value) == 10:
        return value
    from fylink.db import stored_date

    return stored_date(value)


def case_public_batches(batches: Any) -> Any:
    """:func:`case_public` of every row of ``case_list.iter_case_rows``'s batches (the
    driver's rows: ``PUBLIC_COLUMNS`` and the unit's name), a list per batch: the same
    values, so the same JSON, without a row object or a parsed date per case."""
    flag, day, yuan = _flag, _day, format_yuan
    for rows in batches:
        yield [
            {
                "case_no": case_no,
                "category": category,
                "field": field,
                "unit": unit,
                "status": status,
                "filed_on": day(filed_on),
                "closed_on": day(closed_on),
                "outcome": outcome,
                "no_kind": no_kind,
                "year": year,
                "court_code": court_code,
                "court_level": court_level,
                "type_code": type_code,
                "type_name": type_name,
                "instance": instance,
                "court": court,
                "received_on": day(received_on),
                "heard_on": day(heard_on),
                "heard": flag(heard),
                "head_appeared": flag(head_appeared),
                "head_rank": head_rank,
                "is_loss": flag(is_loss),
                "claimed_amount": yuan(claimed_fen) or None,
                "recovered_amount": yuan(recovered_fen) or None,
                "resolved": flag(resolved),
                "group_size": group_size,
                "risk_level": risk_level,
                "summary": summary,
                "act_kind": act_kind or None,
                "loss_reasons": [r for r in loss_reasons.split("、") if r],
                "withdrawal_kind": withdrawal_kind or None,
                "joint_respondent": flag(joint_respondent),
                "norm_review": flag(norm_review),
                "typical": flag(typical),
                "typical_note": typical_note,
            }
            for (
                case_no, category, field, status, filed_on, closed_on, outcome, no_kind, year,
                court_code, court_level, type_code, type_name, instance, court, received_on,
                heard_on, heard, head_appeared, head_rank, is_loss, claimed_fen, recovered_fen,
                resolved, group_size, risk_level, summary, act_kind, loss_reasons,
                withdrawal_kind, joint_respondent, norm_review, typical, typical_note, unit,
            ) in rows
        ]  # fmt: skip


def event_public(event: CaseEvent) -> dict[str, Any]:
    return {
        "id": event.id,
        "kind": event.kind,
        "occurred_on": event.occurred_on,
        "note": event.note,
    }


#: Chinese names of journaled entities, for people reading ``fylink log``.
ENTITY_NAMES = {
    "office": "办公室",
    "unit": "单位",
    "person": "人员",
    "party": "当事人",
    "case": "案件",
    "case_party": "案件当事人",
    "case_event": "案件动态",
    "meeting": "会议",
    "attendance": "参会",
    "meeting_follow": "会议跟进事项",
    "task": "任务",
    "task_draft": "拟定双清单事项",
    "double_list": "双清单",
    "task_progress": "任务进展",
    "suggestion": "建议",
    "notice": "督办",
    "delivery": "发送",
    "calendar_override": "日历",
    "report_snapshot": "报表",
    "task_co_unit": "配合单位",
    "suggestion_case": "建议关联案件",
    "notice_item": "督办事项",
    "case_link": "关联案件",
    "unit_name": "单位曾用名",
    "command": "命令",
    # issue 17
    "party_alias": "当事人曾用名",
    "party_merge": "当事人合并",
    "party_watch": "重点关注",
    "project": "项目",
    "project_case": "项目案件",
    "task_subject": "任务关联",
    "suggestion_party": "建议当事人",
    "bankruptcy": "破产信息",
    "judgment_performance": "裁判履行",
    # issue 12: a record a unit merge moved (its unit until the merge date)
    "unit_move": "并入转移记录",
}


def journal_label(row: Journal) -> str:
    """'案件 （2024）豫0591行初1号' rather than 'case#17'."""
    data = row.after or row.before or {}
    name = ENTITY_NAMES.get(row.entity, row.entity)
    key = data.get("case_no") or data.get("name") or data.get("doc_no") or data.get("party")
    if key:
        return f"{name} {key}"
    return f"{name} #{row.entity_id}" if row.entity_id is not None else name


def journal_public(row: Journal) -> dict[str, Any]:
    return {
        "id": row.id,
        "at": local(row.at).isoformat(timespec="seconds"),
        "actor": row.actor,
        "command": row.command,
        "action": row.action,
        "entity": row.entity,
        "entity_id": row.entity_id,
        "case_id": row.case_id,
        "command_id": row.command_id,
        "before": row.before,
        "after": row.after,
    }


# --- meetings, tasks, suggestions, the overdue check (issue 3) ----------------------------------


def meeting_public(
    meeting: Meeting,
    *,
    decisions: int | None = None,
    open_: int | None = None,
    overdue: int | None = None,
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": meeting.id,
        "year": meeting.year,
        # 第N期 as printed: within the meeting's series since issue 15.
        "issue_no": meeting.series_no,
        "series": meeting.series,
        "label": f"{meeting.series}{meeting.year}年第{meeting.series_no}期",
        "ref": f"{meeting.series}{meeting.year}-{meeting.series_no}",
        "kind": meeting.kind,
        "held_on": meeting.held_on,
        "place": meeting.place,
        "chair": meeting.chair,
        "topics": meeting.topics,
        "parts": list(meeting.parts or []),
        "issued_on": meeting.issued_on,
    }
    if decisions is not None:
        data["decisions"] = decisions
        data["open_decisions"] = open_
        data["overdue_decisions"] = overdue
    return data


def attendance_public(row: Attendance) -> dict[str, Any]:
    return {
        "role": row.role,
        "name": row.name,
        "note": row.note,
        "affiliation": row.affiliation,
        "headcount": row.headcount,
    }


def task_public(
    task: Task,
    *,
    lead: str,
    co: list[str],
    status: str,
    meeting_label: str | None = None,
    suggestion_doc_no: str | None = None,
) -> dict[str, Any]:
    return {
        "id": task.id,
        "source": task.source,
        "content": task.content,
        "lead_unit": lead,
        "co_units": co,
        "leader": task.leader,
        "due_on": task.due_on,
        "due_rule": task.due_rule or None,
        "due_start": task.due_start,
        "due_provisional": task.due_provisional,
        "status": status,
        "meeting_id": task.meeting_id,
        "meeting": meeting_label,
        "decision_no": task.decision_no,
        "suggestion": suggestion_doc_no,
        "list_no": task.list_no,
        "list_section": task.list_section,
        "item_id": task.item_id,
        "lead_group": task.lead_group or None,
        "recurrence": task.recurrence or None,
        "period": task.period or None,
        "standing": task.due_rule == "长期坚持",
        "list_id": task.list_id,
        "note": task.note,
        "completed_on": task.completed_on,
        "signed_off_on": task.signed_off_on,
        "signed_off_by": task.signed_off_by,
    }


def progress_public(item: TaskProgress) -> dict[str, Any]:
    return {"reported_on": item.reported_on, "note": item.note, "author": item.author}


def suggestion_public(suggestion: Suggestion, *, unit: str, status: str) -> dict[str, Any]:
    return {
        "id": suggestion.id,
        "kind": suggestion.kind,
        "doc_no": suggestion.doc_no,
        "issuer": suggestion.issuer,
        "unit": unit,
        "received_on": suggestion.received_on,
        "reply_due": suggestion.reply_due,
        "reply_due_rule": suggestion.reply_due_rule or None,
        "reply_due_provisional": suggestion.reply_due_provisional,
        "status": status,
        "replied_on": suggestion.replied_on,
        "reply_summary": suggestion.reply_summary,
        "adopted": suggestion.adopted,
        "adoption": suggestion.adoption,
        "verified_on": suggestion.verified_on,
        "summary": suggestion.summary,
    }


# --- notices (issue 4) --------------------------------------------------------------------------


def notice_public(
    notice: Notice, *, unit: str, items: int, deliveries: dict[str, int]
) -> dict[str, Any]:
    number = (
        f"〔{notice.year}〕{notice.number}号"
        if notice.year is not None and notice.number is not None
        else None
    )
    return {
        "id": notice.id,
        "stage": notice.stage,
        "number": number,
        "year": notice.year,
        "seq": notice.number,
        "unit_id": notice.unit_id,
        "unit": unit,
        "issued_on": notice.issued_on,
        "reply_due": notice.reply_due,
        "acknowledged_on": notice.acknowledged_on,
        "item_count": items,
        "delivery_counts": deliveries,
    }


# --- removals (issue 12) --------------------------------------------------------------------


def removed_lines(removed: Any) -> list[str]:
    """What ``… remove`` tells the clerk: what went, its parts, its dependents."""
    lines = [f"已删除{removed.label}（原因已记入变更日志，可用 fylink undo 恢复）"]
    if removed.parts:
        parts = "、".join(f"{ENTITY_NAMES.get(e, e)} {n} 条" for e, n in removed.parts.items())
        lines.append(f"一并删除：{parts}")
    lines += [f"一并删除依赖项：{label}" for label in removed.dependents]
    lines += list(getattr(removed, "notes", []))
    return lines
