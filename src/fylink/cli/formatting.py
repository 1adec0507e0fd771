"""Formatting shared by the command modules: days, provisional deadlines, derivations."""

from datetime import date
from typing import TYPE_CHECKING, Any

from fylink.cli import render

if TYPE_CHECKING:
    from fylink.domain.calendar import Deadline

WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")


def day_cn(day: date) -> str:
    """2025年2月13日（周四）"""
    from fylink.domain.dates import format_cn

    return f"{format_cn(day)}（{WEEKDAYS[day.weekday()]}）"


def provisional_mark(due: date, provisional: bool) -> str:
    """ "（暂定：2027年假期未公布）" after a provisional date; "" for an exact one."""
    return f"（暂定：{due.year}年假期未公布）" if provisional else ""


def due_cell(task: Any) -> str:
    """A task's 完成时限 in a table: 2025-09-30, 长期坚持."""
    if task.due_rule == "长期坚持":
        return "长期坚持"
    return str(task.due_on.isoformat())


def added_text(task: Any, lead: str, size: Any) -> str:
    """牵头单位 县住建局，完成时限 2025年9月30日（周二）(9月30日前) — or, for an item of
    several tasks, 牵头单位 各乡镇（街道）（2个单位），完成时限 每月25日前（自2025年6月起共7期）."""
    who = f"{task.lead_group}（{size.units}个单位）" if task.lead_group else lead
    if task.due_rule == "长期坚持":
        when = "长期坚持"
    elif task.recurrence:
        when = f"{task.recurrence}（自{task.period}起共{size.periods}期）"
    else:
        when = day_cn(task.due_on) + (f"（{task.due_rule}）" if task.due_rule else "")
    return f"牵头单位 {who}，完成时限 {when}"


def list_place(task: Any) -> str:
    """Where a task stands in the approved 双清单: 一-3 (section 一, 序号 3), or its 序号."""
    if not task.list_no:
        return ""
    if task.list_section:
        from fylink.domain.lists import section_label

        return f"{section_label(task.list_section)}-{task.list_no}"
    return str(task.list_no)


def provisional_note(deadline: "Deadline") -> str:
    """The provisional warning of a deadline ("" when exact)."""
    if not deadline.provisional:
        return ""
    text = deadline.describe()
    return text[text.index("注意：") :] if "注意：" in text else text


def deadline_public(deadline: "Deadline") -> dict[str, Any]:
    return {
        "due": deadline.due,
        "rule": deadline.rule,
        "start": deadline.start,
        "provisional": deadline.provisional,
        "provisional_years": list(deadline.provisional_years),
        "steps": list(deadline.steps),
        "note": provisional_note(deadline) or None,
    }


def print_derivation(deadline: "Deadline", *, title: str = "推算过程") -> None:
    render.message(f"{title}：")
    for number, step in enumerate(deadline.steps, start=1):
        render.message(f"  {number}. {step}")
    note = provisional_note(deadline)
    if note:
        render.message(f"  {note}")
