"""The 白皮书 data annex (``report annual --annex``, issue 18): the tables of a county's or
city's 行政审判白皮书 / 司法审查年度报告 for one year.

Every figure is a SQL aggregate (GROUP BY, conditional sums) over the Core tables, the same
on SQLite and PostgreSQL; Python only formats the rates. Each table carries its 口径 (what
is counted, by which date), printed with it. The result is a plain dict (``--json``), which
the terminal, the .xlsx and the .docx render alike: ``tables`` is a list of
``{key, title, columns, rows, total, definition}``; a row is a list of cells.
"""

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, case, exists, func, literal, or_, select
from sqlalchemy.sql.elements import ColumnElement

from fylink import clock, tables
from fylink.domain import indicators as ind
from fylink.domain.categories import (
    ACT_KINDS,
    AGENCY_KINDS,
    HEAD_RANKS_COUNTED,
    LOSS_REASONS,
    WITHDRAWAL_KINDS,
    CaseCategory,
    HeadRank,
)
from fylink.errors import InvalidInputError
from fylink.services.reports import Scope

if TYPE_CHECKING:
    from fylink.services.reports import Reader

CASES = tables.cases
UNITS = tables.unit
LINKS = tables.case_link

#: A blank grouping value, as the tables print it.
NOT_RECORDED = "未填"
LITIGATION = CaseCategory.LITIGATION.value
NONLITIGATION = CaseCategory.NONLITIGATION_ENFORCEMENT.value
#: 二审 results that change the first instance (行政诉讼法 art. 89).
CHANGED = ("改判", "部分改判")
SENT_BACK = ("发回重审",)
#: 非诉执行审查 results that refuse the agency's application.
REFUSED = ("不准予执行",)

DEFINITIONS: dict[str, str] = {
    "court": (
        "行政诉讼一审案件（案号为“行初”或自编号的行政诉讼案件，被告为政府部门或乡镇街道）。"
        "旧存：上年底前立案、本年初仍未结；新收：本年立案；审结：本年结案；未结：本年底仍未结；"
        "结案率＝审结÷（旧存＋新收）；上年同期：上年的新收、审结；新收同比按件数计，"
        f"上年新收不足{ind.SMALL_BASE}件的标“基数小”。按受理法院分组。"
    ),
    "region": "口径同上，按被告单位所属地区分组。",
    "field": (
        "行政诉讼一审案件按案件登记的领域分组："
        "新收按立案日期、审结和败诉按结案日期计；败诉率＝败诉÷审结（全部审结案件作分母）。"
    ),
    "act_kind": "口径同上，按被诉行政行为类别分组（未登记类别的列为“未填”）。",
    "level": "口径同上，按被告层级（单位类别：政府部门、乡镇街道）分组。",
    "outcome": (
        "本年审结的行政诉讼一审案件按结案方式（结果）分组；占比＝件数÷审结总数。"
        "撤诉案件再按撤诉类型（原告主动撤诉、被告改变行为后撤诉）分列，"
        "占比同样以审结总数为分母。"
    ),
    "loss_reason": (
        "本年审结、行政机关败诉的行政诉讼一审案件，按登记的败诉原因计数；一件案件可有多个原因，"
        "各原因件数之和可大于败诉件数；占比＝件数÷败诉件数。"
    ),
    "appeal": (
        "上诉率＝本年审结的一审案件中已登记二审案件（关联案件，审级为二审）的件数÷本年审结的一审件数；"
        "二审按本年审结的二审案件计：改判含部分改判，改判发回率＝（改判＋发回重审）÷二审审结。"
    ),
    "nonlitigation": (
        "新收按立案日期、审结按结案日期计，审结的按审查结果分组；不准予执行率＝不准予执行÷审结。"
    ),
    "appearance": (
        "本年开庭审理（开庭日期在本年，书面审理不计）的行政诉讼一审案件，按被告单位：负责人出庭指"
        "正职、副职或分管领导出庭（法释〔2020〕3号第二条）；出庭率＝负责人出庭÷开庭；"
        "工作人员、下级机关负责人出庭的另列，不计入。"
    ),
    "special": (
        "本年新收的行政诉讼一审案件中，复议机关作共同被告的件数和一并请求规范性文件附带审查的件数。"
    ),
    "typical": "标为典型案例、本年立案或结案的案件（全部类别）。",
}


def _count(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _rate(numerator: int, denominator: int) -> str:
    return ind.format_value(ind.Kind.RATE, ind.rate(numerator, denominator))


#: Beside a 同比 whose base is under ind.SMALL_BASE cases (as the reports mark it).
SMALL_MARK = "（基数小）"


def _yoy(new: int, old: int) -> str:
    """+12.5% · 持平 · — ; marked when last year's count is too small to mean much."""
    delta = ind.change(ind.Kind.COUNT, Decimal(old), Decimal(new))
    text = ind.format_change(ind.Kind.COUNT, delta)
    if delta is not None and delta != 0 and ind.small_base(ind.Kind.COUNT, old, None):
        text += SMALL_MARK
    return text


class _Year:
    def __init__(self, year: int) -> None:
        self.start, self.end = date(year, 1, 1), date(year, 12, 31)
        self.last_start, self.last_end = date(year - 1, 1, 1), date(year - 1, 12, 31)


def _scope(scope: Scope) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = []
    if scope.unit_id is not None:
        found.append(CASES.c.unit_id == scope.unit_id)
    if scope.region:
        found.append(UNITS.c.region == scope.region)
    return found


def _first_instance(scope: Scope) -> list[ColumnElement[bool]]:
    c = CASES.c
    return [
        c.category == LITIGATION,
        func.coalesce(c.instance, "一审") == "一审",
        UNITS.c.kind.in_(sorted(k.value for k in AGENCY_KINDS)),
        *_scope(scope),
    ]


def _joined() -> Any:
    return CASES.join(UNITS, UNITS.c.id == CASES.c.unit_id)


def _between(column: Any, start: date, end: date) -> ColumnElement[bool]:
    return and_(column >= start, column <= end)


def _label(value: Any) -> str:
    return str(value) if value else NOT_RECORDED


# --- the tables ---------------------------------------------------------------------------


def _stock_table(
    reader: "Reader", y: _Year, scope: Scope, group: Any, key: str, title: str, head: str
) -> dict[str, Any]:
    c = CASES.c
    open_at = lambda day: or_(c.closed_on.is_(None), c.closed_on > day)  # noqa: E731
    statement = (
        select(
            group.label("g"),
            _count(and_(c.filed_on < y.start, open_at(y.last_end))),
            _count(_between(c.filed_on, y.start, y.end)),
            _count(_between(c.closed_on, y.start, y.end)),
            _count(and_(c.filed_on <= y.end, open_at(y.end))),
            _count(_between(c.filed_on, y.last_start, y.last_end)),
            _count(_between(c.closed_on, y.last_start, y.last_end)),
        )
        .select_from(_joined())
        .where(*_first_instance(scope), c.filed_on <= y.end)
        .group_by(group)
    )
    rows, total = [], [0] * 6
    for g, *numbers in reader.execute(statement):
        numbers = [int(n) for n in numbers]
        if not any(numbers[:4]) and not any(numbers[4:]):
            continue
        total = [a + b for a, b in zip(total, numbers, strict=True)]
        rows.append(_stock_row(_label(g), numbers))
    # Sorted here, by code point: PostgreSQL's collation would order Chinese otherwise.
    rows.sort(key=lambda r: str(r[0]))
    return {
        "key": key,
        "title": title,
        "columns": [
            head,
            "旧存",
            "新收",
            "审结",
            "未结",
            "结案率",
            "上年新收",
            "上年审结",
            "新收同比",
        ],
        "rows": rows,
        "total": _stock_row("合计", total),
        "definition": DEFINITIONS[key],
    }


def _stock_row(name: str, numbers: list[int]) -> list[Any]:
    old, new, closed, pending, new_ly, closed_ly = numbers
    return [name, old, new, closed, pending, _rate(closed, old + new), new_ly, closed_ly,
            _yoy(new, new_ly)]  # fmt: skip


def _loss_table(
    reader: "Reader",
    y: _Year,
    scope: Scope,
    group: Any,
    key: str,
    title: str,
    head: str,
    order: tuple[str, ...] = (),
    names: dict[str, str] | None = None,
) -> dict[str, Any]:
    c = CASES.c
    closed = _between(c.closed_on, y.start, y.end)
    statement = (
        select(
            group.label("g"),
            _count(_between(c.filed_on, y.start, y.end)),
            _count(closed),
            _count(and_(closed, c.is_loss.is_(True))),
        )
        .select_from(_joined())
        .where(*_first_instance(scope), c.filed_on <= y.end)
        .group_by(group)
    )
    found = {}
    for g, new, done, lost in reader.execute(statement):
        if new or done:
            found[g or ""] = (int(new), int(done), int(lost))
    ranked = [k for k in order if k in found] + sorted(k for k in found if k not in order)
    rows, total = [], [0, 0, 0]
    for k in ranked:
        new, done, lost = found[k]
        total = [total[0] + new, total[1] + done, total[2] + lost]
        rows.append([(names or {}).get(k, _label(k)), new, done, lost, _rate(lost, done)])
    return {
        "key": key,
        "title": title,
        "columns": [head, "新收", "审结", "败诉", "败诉率"],
        "rows": rows,
        "total": ["合计", *total, _rate(total[2], total[1])],
        "definition": DEFINITIONS[key],
    }


def _outcome_table(reader: "Reader", y: _Year, scope: Scope) -> dict[str, Any]:
    c = CASES.c
    where = [*_first_instance(scope), _between(c.closed_on, y.start, y.end)]
    statement = (
        select(c.outcome, c.is_withdrawn, c.withdrawal_kind, func.count())
        .select_from(_joined())
        .where(*where)
        .group_by(c.outcome, c.is_withdrawn, c.withdrawal_kind)
    )
    by_outcome: dict[str, int] = {}
    withdrawals: dict[str, int] = {}
    total = 0
    for outcome, withdrawn, kind, n in reader.execute(statement):
        n = int(n)
        total += n
        by_outcome[outcome or NOT_RECORDED] = by_outcome.get(outcome or NOT_RECORDED, 0) + n
        if withdrawn:
            withdrawals[kind or ""] = withdrawals.get(kind or "", 0) + n
    rows: list[list[Any]] = []
    for outcome in sorted(by_outcome, key=lambda o: (-by_outcome[o], o)):
        rows.append([outcome, by_outcome[outcome], _rate(by_outcome[outcome], total)])
    for kind in (*WITHDRAWAL_KINDS, ""):
        if kind in withdrawals:
            label = f"其中{kind or '撤诉（未填撤诉类型）'}"
            rows.append([label, withdrawals[kind], _rate(withdrawals[kind], total)])
    return {
        "key": "outcome",
        "title": "结案方式",
        "columns": ["结案方式", "件数", "占比"],
        "rows": rows,
        "total": ["审结合计", total, _rate(total, total)],
        "definition": DEFINITIONS["outcome"],
    }


def _loss_reason_table(reader: "Reader", y: _Year, scope: Scope) -> dict[str, Any]:
    c = CASES.c
    padded = literal("、") + c.loss_reasons + literal("、")
    statement = (
        select(
            func.count(),
            _count(c.loss_reasons == ""),
            *(_count(padded.like(f"%、{reason}、%")) for reason in LOSS_REASONS),
        )
        .select_from(_joined())
        .where(
            *_first_instance(scope),
            _between(c.closed_on, y.start, y.end),
            c.is_loss.is_(True),
        )
    )
    lost, blank, *counts = (int(n or 0) for n in reader.execute(statement).one())
    rows = [
        [reason, n, _rate(n, lost)] for reason, n in zip(LOSS_REASONS, counts, strict=True) if n
    ]
    if blank:
        rows.append(["未填败诉原因", blank, _rate(blank, lost)])
    return {
        "key": "loss_reason",
        "title": "败诉原因",
        "columns": ["败诉原因", "件数", "占败诉案件"],
        "rows": rows,
        "total": ["败诉案件", lost, _rate(lost, lost)],
        "definition": DEFINITIONS["loss_reason"],
    }


def _appeal_table(reader: "Reader", y: _Year, scope: Scope) -> dict[str, Any]:
    c = CASES.c
    later = CASES.alias("later")
    appealed = exists(
        select(LINKS.c.id)
        .select_from(LINKS.join(later, later.c.id == LINKS.c.case_id))
        .where(LINKS.c.related_id == c.id, later.c.instance == "二审")
    )
    first = reader.execute(
        select(func.count(), _count(appealed))
        .select_from(_joined())
        .where(*_first_instance(scope), _between(c.closed_on, y.start, y.end))
    ).one()
    second_where = [
        c.category == LITIGATION,
        c.instance == "二审",
        UNITS.c.kind.in_(sorted(k.value for k in AGENCY_KINDS)),
        _between(c.closed_on, y.start, y.end),
        *_scope(scope),
    ]
    second = reader.execute(
        select(
            func.count(),
            _count(c.outcome.in_(CHANGED)),
            _count(c.outcome.in_(SENT_BACK)),
        )
        .select_from(_joined())
        .where(*second_where)
    ).one()
    closed_first, appealed_n = int(first[0]), int(first[1] or 0)
    closed_second, changed, sent_back = (int(n or 0) for n in second)
    kept = closed_second - changed - sent_back
    rows = [
        ["一审审结", closed_first, ""],
        ["其中上诉", appealed_n, _rate(appealed_n, closed_first)],
        ["二审审结", closed_second, ""],
        ["改判", changed, _rate(changed, closed_second)],
        ["发回重审", sent_back, _rate(sent_back, closed_second)],
        ["维持及其他", kept, _rate(kept, closed_second)],
        ["改判发回合计", changed + sent_back, _rate(changed + sent_back, closed_second)],
    ]
    return {
        "key": "appeal",
        "title": "审级监督（上诉、改判、发回）",
        "columns": ["项目", "件数", "比率"],
        "rows": rows,
        "total": None,
        "definition": DEFINITIONS["appeal"],
        "figures": {
            "appeal_rate": _rate(appealed_n, closed_first),
            "changed_rate": _rate(changed, closed_second),
            "sent_back_rate": _rate(sent_back, closed_second),
        },
    }


def _nonlitigation_table(reader: "Reader", y: _Year, scope: Scope) -> dict[str, Any]:
    c = CASES.c
    where = [c.category == NONLITIGATION, *_scope(scope)]
    new = reader.execute(
        select(func.count())
        .select_from(_joined())
        .where(*where, _between(c.filed_on, y.start, y.end))
    ).scalar_one()
    statement = (
        select(c.outcome, func.count())
        .select_from(_joined())
        .where(*where, _between(c.closed_on, y.start, y.end))
        .group_by(c.outcome)
    )
    found = {(o or NOT_RECORDED): int(n) for o, n in reader.execute(statement)}
    closed = sum(found.values())
    rows: list[list[Any]] = [["新收", int(new), ""], ["审结", closed, ""]]
    for outcome in sorted(found, key=lambda o: (-found[o], o)):
        rows.append([f"其中{outcome}", found[outcome], _rate(found[outcome], closed)])
    refused = sum(found.get(o, 0) for o in REFUSED)
    return {
        "key": "nonlitigation",
        "title": "非诉行政执行审查",
        "columns": ["项目", "件数", "占审结"],
        "rows": rows,
        "total": ["不准予执行率", refused, _rate(refused, closed)],
        "definition": DEFINITIONS["nonlitigation"],
    }


_RANKS = tuple(r.value for r in HeadRank)


def _appearance_table(reader: "Reader", y: _Year, scope: Scope) -> dict[str, Any]:
    c = CASES.c
    head = c.head_appeared.is_(True)
    name = func.coalesce(UNITS.c.short_name, UNITS.c.name)
    statement = (
        select(
            name,
            func.count(),
            _count(head),
            *(_count(c.head_rank == rank) for rank in _RANKS),
        )
        .select_from(_joined())
        .where(
            *_first_instance(scope),
            c.heard.is_(True),
            _between(c.heard_on, y.start, y.end),
        )
        .group_by(name)
    )
    rows, total = [], [0] * (2 + len(_RANKS))
    for unit, *numbers in reader.execute(statement):
        numbers = [int(n or 0) for n in numbers]
        total = [a + b for a, b in zip(total, numbers, strict=True)]
        rows.append(_appearance_row(unit, numbers))
    rows.sort(key=lambda r: (-r[1], r[0]))
    counted = "、".join(r.value for r in HeadRank if r in HEAD_RANKS_COUNTED)
    return {
        "key": "appearance",
        "title": "负责人出庭应诉（按单位、职级）",
        "columns": ["单位", "开庭", "负责人出庭", "出庭率", *_RANKS],
        "rows": rows,
        "total": _appearance_row("合计", total),
        "definition": DEFINITIONS["appearance"] + f"（计入：{counted}）",
    }


def _appearance_row(name: str, numbers: list[int]) -> list[Any]:
    heard, appeared, *ranks = numbers
    return [name, heard, appeared, _rate(appeared, heard), *ranks]


def _special_table(reader: "Reader", y: _Year, scope: Scope) -> dict[str, Any]:
    c = CASES.c
    new, joint, review = reader.execute(
        select(
            func.count(),
            _count(c.joint_respondent.is_(True)),
            _count(c.norm_review.is_(True)),
        )
        .select_from(_joined())
        .where(*_first_instance(scope), _between(c.filed_on, y.start, y.end))
    ).one()
    new, joint, review = int(new), int(joint or 0), int(review or 0)
    return {
        "key": "special",
        "title": "复议机关作共同被告、规范性文件附带审查",
        "columns": ["项目", "件数", "占新收"],
        "rows": [
            ["复议机关作共同被告", joint, _rate(joint, new)],
            ["规范性文件附带审查", review, _rate(review, new)],
        ],
        "total": ["新收合计", new, _rate(new, new)],
        "definition": DEFINITIONS["special"],
    }


def _typical_cases(reader: "Reader", y: _Year, scope: Scope) -> dict[str, Any]:
    c = CASES.c
    name = func.coalesce(UNITS.c.short_name, UNITS.c.name)
    statement = (
        select(c.case_no, c.category, name, c.act_kind, c.outcome, c.typical_note)
        .select_from(_joined())
        .where(
            c.typical.is_(True),
            or_(_between(c.filed_on, y.start, y.end), _between(c.closed_on, y.start, y.end)),
            *_scope(scope),
        )
        .order_by(c.filed_on, c.id)
    )
    rows = [
        [no, category, unit, act or NOT_RECORDED, outcome or "在办", note]
        for no, category, unit, act, outcome, note in reader.execute(statement)
    ]
    return {
        "key": "typical",
        "title": "典型案例",
        "columns": ["案号", "类别", "被告（被申请人）", "行为类别", "结果", "说明"],
        "rows": rows,
        "total": None,
        "definition": DEFINITIONS["typical"],
    }


def build_annex(*, session: "Reader", year: int, scope: Scope, office: dict[str, str]) -> dict:
    """The annex of ``year`` for ``scope`` (the whole office, a unit or a region)."""
    if date(year, 1, 1) > clock.today():
        # as report annual says it: a year not begun has nothing to count
        raise InvalidInputError(f"{year}年度尚未开始，无法统计")
    y = _Year(year)
    c = CASES.c
    kinds = {"政府部门": "政府部门", "乡镇街道": "乡镇（街道）"}
    stock = [
        _stock_table(session, y, scope, c.court, "court", "收结存（按受理法院）", "受理法院"),
        _stock_table(session, y, scope, UNITS.c.region, "region", "收结存（按地区）", "地区"),
    ]
    losses = [
        _loss_table(session, y, scope, c.field, "field", "按领域", "领域"),
        _loss_table(
            session, y, scope, c.act_kind, "act_kind", "按被诉行政行为类别", "行为类别", ACT_KINDS
        ),
        _loss_table(
            session,
            y,
            scope,
            UNITS.c.kind,
            "level",
            "按被告层级",
            "被告层级",
            tuple(kinds),
            kinds,
        ),
    ]
    found = [
        *stock,
        *losses,
        _outcome_table(session, y, scope),
        _loss_reason_table(session, y, scope),
        _appeal_table(session, y, scope),
        _nonlitigation_table(session, y, scope),
        _appearance_table(session, y, scope),
        _special_table(session, y, scope),
        _typical_cases(session, y, scope),
    ]
    label = scope.unit_name or scope.region or office.get("region") or ""
    return {
        "kind": "annex",
        "year": year,
        "title": f"{year}年度{label}行政审判白皮书数据附件",
        "scope": scope.public(),
        "office": office,
        "tables": found,
    }
