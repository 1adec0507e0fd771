"""The 工作简报 series (issue #18): issues numbered 第N期 per year and kind, separate from
the quarterly 通报; items from the units' submissions, from fylink's figures and from the
office's own text.

A unit's submission (报送) is a :class:`~fylink.models.BriefItem` with the unit set and
source 报送; it is adopted (采用) when it is placed in an issue.
``reads_meetings.brief_unit_counts`` counts both per unit in SQL, as assessment
evidence (信息报送 / 采用).
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlmodel import Session, col, func, select

from fylink.domain.dates import format_cn
from fylink.errors import ConflictError, InvalidInputError, NotFoundError
from fylink.models import BriefIssue, BriefItem, Task, Unit
from fylink.services import journal, reads_meetings
from fylink.services.numbering import next_number
from fylink.services.reads_meetings import ITEM_KINDS, SUBMITTED
from fylink.services.reads_meetings import brief_label as label
from fylink.services.reads_meetings import parse_brief_kind as parse_kind
from fylink.services.units import find_unit, refuse_merged_on

#: Where an item came from.
FIGURES, OWN = "数据", "自拟"
MAX_TEXT = 5000
MAX_TITLE = 100


def parse_item_kind(text: str) -> str:
    kind = text.strip()
    if kind not in ITEM_KINDS:
        raise InvalidInputError(f"稿件类别“{text}”不存在，可选：{'、'.join(ITEM_KINDS)}")
    return kind


def new_issue(
    *, session: Session, kind: str = "工作简报", issued_on: date, distribution: str = ""
) -> BriefIssue:
    """Open the next issue of the ``kind`` series of ``issued_on``'s year."""
    kind = parse_kind(kind)
    year = issued_on.year
    issue = BriefIssue(
        kind=kind,
        year=year,
        issue_no=next_number(
            session,
            BriefIssue.issue_no,
            col(BriefIssue.kind) == kind,
            col(BriefIssue.year) == year,
        ),
        issued_on=issued_on,
        distribution=distribution.strip(),
        created_at=datetime.now(UTC),
    )
    return journal.insert(session, issue)


def find_issue(*, session: Session, ref: str | None = None, kind: str | None = None) -> BriefIssue:
    """An issue by ``年份-期数`` or 期数, or the latest of the series: the look-up of
    ``reads_meetings.brief_issue_row``, as a model."""
    issue = session.get(BriefIssue, reads_meetings.brief_issue_row(session, ref, kind).id)
    assert issue is not None
    return issue


def _checked(text: str, what: str, limit: int) -> str:
    value = text.strip()
    if len(value) > limit:
        raise InvalidInputError(f"{what}不能超过{limit}个字符")
    return value


@dataclass
class ItemIn:
    kind: str
    body: str
    title: str = ""
    unit: str | None = None
    source: str | None = None


def _item(session: Session, item_in: ItemIn, on: date) -> BriefItem:
    body = _checked(item_in.body, "稿件内容", MAX_TEXT)
    if not body:
        raise InvalidInputError("稿件内容不能为空")
    unit_id: int | None = None
    if item_in.unit:
        found = find_unit(session=session, name=item_in.unit)
        refuse_merged_on(session, found, on)
        unit_id = found.id
    source = item_in.source or (SUBMITTED if unit_id is not None else OWN)
    return BriefItem(
        unit_id=unit_id,
        kind=parse_item_kind(item_in.kind),
        source=source,
        title=_checked(item_in.title, "标题", MAX_TITLE),
        body=body,
        submitted_on=on,
        created_at=datetime.now(UTC),
    )


def submit(*, session: Session, item_in: ItemIn, on: date) -> BriefItem:
    """Record a unit's submission (报送), not yet in any issue."""
    if not item_in.unit:
        raise InvalidInputError("报送稿件须写明报送单位：--unit")
    item = _item(session, item_in, on)
    return journal.insert(session, item)


def _next_seq(session: Session, issue: BriefIssue) -> int:
    return next_number(session, BriefItem.seq, col(BriefItem.issue_id) == issue.id)


def add_item(*, session: Session, issue: BriefIssue, item_in: ItemIn, on: date) -> BriefItem:
    """Place an item in ``issue``: a unit's text (submitted and adopted at once), fylink's
    figures or the office's own text."""
    item = _item(session, item_in, on)
    item.issue_id = issue.id
    item.seq = _next_seq(session, issue)
    return journal.insert(session, item)


def adopt(*, session: Session, issue: BriefIssue, item_id: int) -> BriefItem:
    """Place a waiting submission in ``issue`` (采用)."""
    item = session.get(BriefItem, item_id)
    if item is None or item.source != SUBMITTED:
        raise NotFoundError(f"没有编号为 {item_id} 的报送稿件")
    if item.issue_id is not None:
        placed = session.get(BriefIssue, item.issue_id)
        where = label(placed) if placed is not None else "另一期"
        raise ConflictError(f"报送稿件 {item_id} 已被{where}采用")
    return journal.update(session, item, {"issue_id": issue.id, "seq": _next_seq(session, issue)})


def figures_text(data: dict[str, Any]) -> str:
    """An item from a report's figures (``reports.build_report``): the headline indicators
    and their 同比, worded for a 简报."""
    period = data["period"]
    figures = data["indicators"]
    scope = data.get("scope") or {}
    where = scope.get("unit") or scope.get("region") or (data.get("office") or {}).get("region")
    where = where or "全县"
    filed = figures["litigation_filed"]
    parts = [f"{period['label']}，{where}一审行政诉讼发案量{filed['display']}件"]
    if filed["yoy_text"]:
        parts[-1] += f"，同比{filed['yoy_text']}"
    for key in ("loss_rate", "head_appearance_rate", "reconsideration_correction_rate"):
        figure = figures.get(key)
        if figure is None or figure["value"] is None:
            continue
        text = f"{figure['name']}{figure['display']}"
        if figure["yoy_text"]:
            text += f"，同比{figure['yoy_text']}"
        parts.append(text)
    verdict = data.get("double_decline", {}).get("achieved")
    tail = ""
    if verdict is True:
        tail = "，实现发案量、败诉率“双下降”"
    elif verdict is False:
        tail = "，未实现“双下降”"
    return "；".join(parts) + tail + "。"


def overdue_text(*, session: Session, as_of: date) -> str:
    """An item listing the 双清单 items overdue on ``as_of``, per lead unit (SQL)."""
    unit_name = func.coalesce(Unit.short_name, Unit.name)
    rows = session.exec(
        select(unit_name, func.count(col(Task.id)))
        .join(Unit, col(Unit.id) == col(Task.lead_unit_id))
        .where(
            col(Task.due_on) < as_of,
            (col(Task.completed_on).is_(None)) | (col(Task.completed_on) > as_of),
        )
        .group_by(unit_name)
        .order_by(func.count(col(Task.id)).desc(), unit_name)
    ).all()
    day = format_cn(as_of)
    if not rows:
        return f"截至{day}，双清单事项均在完成时限内办理，没有逾期未完成事项。"
    total = sum(int(count) for _, count in rows)
    units = "、".join(f"{name}{count}项" for name, count in rows)
    return f"截至{day}，双清单逾期未完成事项{total}项：{units}。请相关牵头单位抓紧办理。"


def issue_items(*, session: Session, issue: BriefIssue) -> list[dict[str, Any]]:
    """The items of ``issue`` with their units' names, in section and placing order."""
    return reads_meetings.brief_items(session, issue.id or 0)


def issue_public(issue: BriefIssue) -> dict[str, Any]:
    return reads_meetings.brief_issue_public(issue)


# --- 红黑榜 (issue 18) -----------------------------------------------------------------

#: The rule, printed under the lists so a reader knows why a unit is on one.
RED_BLACK_RULE = (
    "上榜规则：按本期台账指标，有行政机关败诉案件、负责人出庭率未达100%、双清单事项逾期未完成"
    "或司法建议逾期未反馈之一的单位列入黑榜；本期有审结案件、开庭案件或到期双清单事项，且无败诉、"
    "负责人全部出庭、到期事项全部按时完成、无逾期未反馈建议的单位列入红榜；法院、检察院不列入"
)


def _black_reasons(f: dict[str, dict[str, Any]]) -> list[str]:
    reasons = []
    loss, head = f["loss_rate"], f["head_appearance_rate"]
    if loss["numerator"]:
        reasons.append(f"行政机关败诉{loss['numerator']}件、败诉率{loss['display']}")
    if head["denominator"] and head["numerator"] < head["denominator"]:
        reasons.append(
            f"开庭{head['denominator']}件负责人出庭{head['numerator']}件、出庭率{head['display']}"
        )
    if f["tasks_overdue"]["numerator"]:
        reasons.append(f"双清单事项逾期未完成{f['tasks_overdue']['numerator']}项")
    if f["suggestions_unanswered"]["numerator"]:
        reasons.append(f"司法建议逾期未反馈{f['suggestions_unanswered']['numerator']}件")
    return reasons


def _red_reasons(f: dict[str, dict[str, Any]]) -> list[str]:
    loss, head, tasks = f["loss_rate"], f["head_appearance_rate"], f["task_completion_rate"]
    if tasks["denominator"] and tasks["numerator"] < tasks["denominator"]:
        return []
    reasons = []
    if loss["denominator"]:
        reasons.append(f"审结{loss['denominator']}件无败诉")
    if head["denominator"]:
        reasons.append(f"开庭{head['denominator']}件负责人全部出庭")
    if tasks["denominator"]:
        reasons.append(f"到期双清单事项{tasks['denominator']}项全部按时完成")
    return reasons


def red_black_lists(data: dict[str, Any]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(红榜, 黑榜) of the report ``data`` (``reports.build_report``): (unit, reasons) in the
    report's ranking order; see :data:`RED_BLACK_RULE`."""
    red, black = [], []
    for unit in data["units"]:
        figures = unit["indicators"]
        reasons = _black_reasons(figures)
        if reasons:
            black.append((unit["unit"], "，".join(reasons)))
            continue
        reasons = _red_reasons(figures)
        if reasons:
            red.append((unit["unit"], "，".join(reasons)))
    return red, black


def red_black_text(data: dict[str, Any]) -> str:
    """A 简报 item's text: the period's 红榜 and 黑榜 of units, with the rule."""
    red, black = red_black_lists(data)

    def listed(entries: list[tuple[str, str]]) -> str:
        return "；".join(f"{unit}（{reasons}）" for unit, reasons in entries) or "无"

    # The period is the item's title (brief item add --red-black): not repeated here.
    return f"红榜：{listed(red)}。黑榜：{listed(black)}。{RED_BLACK_RULE}。"
