"""The return in the layout of the national statistics forms (行政复议、行政应诉案件统计):
收案 (旧存, 新收), 结案 by outcome, 未结 — per respondent unit and in total, counted in SQL.

fylink's columns follow the forms' structure (收案、结案、未结, 结案 by 决定/判决 kind); the
exact column codes of the province's current form edition were not at hand, so the headers
are the plain names. Cases count by 立案日期 (filed_on) and 结案日期 (closed_on), as the
quarterly report does:

* 旧存: filed before the period and not closed before it;
* 新收: filed in the period;
* 结案: closed in the period (by outcome; 其他 holds any outcome not in a column);
* 未结: filed by the period's end and not closed by it (旧存 + 新收 − 结案).

行政应诉 counts the first-instance 行政诉讼 (一审) only, as the 败诉率 does.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Integer, and_, case, func, literal_column, or_, select

from fylink import tables
from fylink.domain.categories import CaseCategory
from fylink.domain.indicators import Period
from fylink.errors import InvalidInputError

CASES = tables.cases
UNITS = tables.unit

#: (column, outcomes counted in it) per form; 其他 takes the rest of the closed cases.
RECONSIDERATION_COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("维持", ("维持",)),
    ("驳回", ("驳回",)),
    ("撤销", ("撤销",)),
    ("变更", ("变更",)),
    ("确认违法", ("确认违法",)),
    ("确认无效", ("确认无效",)),
    ("责令履行", ("责令履行", "责令承担协议责任")),
    ("调解", ("调解",)),
    ("和解", ("和解",)),
    ("终止", ("撤回申请", "终止")),
)
LITIGATION_COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("驳回诉讼请求", ("驳回诉讼请求",)),
    ("撤销", ("撤销", "部分撤销")),
    ("变更", ("变更",)),
    ("确认违法", ("确认违法", "确认违法保留效力")),
    ("确认无效", ("确认无效",)),
    ("责令履行", ("责令履行", "判决履行给付义务", "判决继续履行协议", "判决采取补救措施")),
    ("赔偿补偿", ("判决赔偿", "判决补偿", "判决赔偿损失")),
    ("驳回起诉", ("驳回起诉",)),
    ("撤诉", ("准予撤诉", "撤诉")),
    ("调解", ("调解",)),
)

FORMS = {
    "reconsideration": ("行政复议", RECONSIDERATION_COLUMNS),
    "litigation": ("行政应诉", LITIGATION_COLUMNS),
}


def _one(condition: Any) -> Any:
    return func.coalesce(func.sum(case((condition, literal_column("1", Integer)), else_=0)), 0)


def _columns(period: Period, outcomes: Sequence[tuple[str, tuple[str, ...]]]) -> list[Any]:
    c = CASES.c
    start, end = period.start, period.end
    closed = c.closed_on.between(start, end)
    named = [o for _, group in outcomes for o in group]
    columns = [
        _one(and_(c.filed_on < start, or_(c.closed_on.is_(None), c.closed_on >= start))).label(
            "旧存"
        ),
        _one(c.filed_on.between(start, end)).label("新收"),
        _one(closed).label("结案"),
    ]
    for index, (_, group) in enumerate(outcomes):
        columns.append(_one(and_(closed, c.outcome.in_(group))).label(f"o{index}"))
    columns.append(
        _one(and_(closed, or_(c.outcome.is_(None), c.outcome.not_in(named)))).label("其他")
    )
    columns.append(
        _one(and_(c.filed_on <= end, or_(c.closed_on.is_(None), c.closed_on > end))).label("未结")
    )
    return columns


def _where(form: str) -> list[Any]:
    c = CASES.c
    if form == "reconsideration":
        return [c.category == CaseCategory.RECONSIDERATION.value]
    return [
        c.category == CaseCategory.LITIGATION.value,
        or_(c.instance.is_(None), c.instance == "一审"),
    ]


def _row(mapping: Any, outcomes: Sequence[tuple[str, tuple[str, ...]]]) -> dict[str, int]:
    row = {"旧存": int(mapping["旧存"]), "新收": int(mapping["新收"])}
    row["收案合计"] = row["旧存"] + row["新收"]
    row["结案合计"] = int(mapping["结案"])
    for index, (name, _) in enumerate(outcomes):
        row[name] = int(mapping[f"o{index}"])
    row["其他"] = int(mapping["其他"])
    row["未结"] = int(mapping["未结"])
    return row


def headers(form: str) -> list[str]:
    _, outcomes = FORMS[form]
    return ["旧存", "新收", "收案合计", "结案合计", *(n for n, _ in outcomes), "其他", "未结"]


def build(*, session: Any, period: Period, today: date) -> dict[str, Any]:
    """Both forms of ``period``: rows per respondent unit (units with any case counted)
    and the total row."""
    if period.end > today:
        raise InvalidInputError(f"{period.label}尚未结束（截至{period.end.isoformat()}），不能填报")
    office = session.execute(select(tables.office.c.name, tables.office.c.region)).first()
    forms: dict[str, Any] = {}
    for form, (title, outcomes) in FORMS.items():
        columns = _columns(period, outcomes)
        u = UNITS.c
        per_unit = (
            select(u.name, *columns)
            .select_from(CASES.join(UNITS, UNITS.c.id == CASES.c.unit_id))
            .where(*_where(form), CASES.c.filed_on <= period.end)
            .group_by(u.id, u.name)
            .order_by(u.id)
        )
        rows = []
        for record in session.execute(per_unit):
            row = _row(record._mapping, outcomes)
            if row["收案合计"] or row["结案合计"] or row["未结"]:
                rows.append({"unit": record.name, **row})
        total = session.execute(
            select(*columns).where(*_where(form), CASES.c.filed_on <= period.end)
        ).first()
        forms[form] = {
            "title": f"{title}案件统计表",
            "headers": headers(form),
            "rows": rows,
            "total": _row(total._mapping, outcomes) if total is not None else {},
        }
    return {
        "office": {"name": office[0] if office else "", "region": office[1] if office else ""},
        "period": period.public(),
        "forms": forms,
        "notes": [
            "旧存：统计期间以前立案、期初尚未结案；新收：期间内立案；结案：期间内结案；"
            "未结：期末尚未结案（旧存＋新收－结案）",
            "行政应诉只统计一审行政诉讼案件；结案方式不在各列的计入“其他”",
        ],
        "generated_on": today.isoformat(),
    }
