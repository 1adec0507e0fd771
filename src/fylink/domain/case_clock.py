"""The 应诉 clock: a case's deadlines, derived from the events the clerk records.

Nothing here is stored: a deadline follows from an event (收到起诉状副本 on 3 March gives the
defence and evidence due 15 days later) and from the events that meet it (答辩), so that
correcting an event's date corrects its deadline. Each rule names its legal basis; an office
adds its own in settings (``cases.deadline_rules``).

Pure: the calendar comes in, no I/O, no clock.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from fylink.domain.calendar import Deadline, WorkCalendar, parse_deadline
from fylink.errors import InvalidInputError

PENDING = "未到期"
DUE_SOON = "临期"
OVERDUE = "已逾期"
MET = "已完成"
REFERENCE = "参考"


@dataclass(frozen=True)
class ClockRule:
    """One deadline: what starts it, how long it runs, what meets it, and why."""

    name: str
    trigger: str
    period: str
    basis: str
    #: Event kinds that meet the deadline (答辩 meets 答辩状和证据); none: only closing does.
    met_by: tuple[str, ...] = ()
    #: Case categories the rule applies to; empty: all.
    categories: tuple[str, ...] = ()
    #: Case instances (一审, 二审 …) the rule applies to; empty: all.
    instances: tuple[str, ...] = ()
    #: The court's or the reconsideration body's own period: shown, never overdue for the unit.
    reference: bool = False

    def applies(self, category: str, instance: str | None) -> bool:
        if self.categories and category not in self.categories:
            return False
        return not self.instances or instance in self.instances


_LITIGATION = ("行政诉讼",)
_RECONSIDERATION = ("行政复议",)

#: The statutory rules (the table of issue #13, each confirmed in its text).
DEFAULT_RULES: tuple[ClockRule, ...] = (
    ClockRule(
        "答辩状和证据",
        "收到起诉状副本",
        "15日",
        "行政诉讼法第六十七条（收到起诉状副本之日起十五日内提交作出行政行为的证据和所依据的"
        "规范性文件，并提出答辩状）、第三十四条（不提供或者无正当理由逾期提供证据，视为没有"
        "相应证据）",
        met_by=("答辩",),
    ),
    ClockRule(
        "上诉期（判决）",
        "判决书送达",
        "15日",
        "行政诉讼法第八十五条（不服判决的，在判决书送达之日起十五日内提起上诉）",
        met_by=("上诉",),
    ),
    ClockRule(
        "上诉期（裁定）",
        "裁定书送达",
        "10日",
        "行政诉讼法第八十五条（不服裁定的，在裁定书送达之日起十日内提起上诉）",
        met_by=("上诉",),
    ),
    ClockRule(
        "一审审限",
        "立案",
        "6个月",
        "行政诉讼法第八十一条（立案之日起六个月内作出第一审判决）",
        categories=_LITIGATION,
        instances=("一审",),
        reference=True,
    ),
    ClockRule(
        "二审审限",
        "立案",
        "3个月",
        "行政诉讼法第八十八条（收到上诉状之日起三个月内作出终审判决）",
        categories=_LITIGATION,
        instances=("二审",),
        reference=True,
    ),
    ClockRule(
        "复议书面答复和证据",
        "收到复议申请书副本",
        "10个工作日",
        "行政复议法（2023）第四十八条（收到申请书副本之日起十日内提出书面答复，并提交证据、"
        "依据和其他有关材料）、第八十八条（“十日”指工作日）",
        met_by=("答辩", "书面回复"),
        categories=_RECONSIDERATION,
    ),
    ClockRule(
        "复议决定",
        "复议受理",
        "60日",
        "行政复议法（2023）第六十二条（受理之日起六十日内作出决定；情况复杂的，经批准可延长，"
        "延长期限最多不超过三十日）",
        met_by=("复议决定",),
        categories=_RECONSIDERATION,
        reference=True,
    ),
    ClockRule(
        "申请法院强制执行",
        "行政决定期满",
        "3个月",
        "行政强制法第五十三条（期限届满之日起三个月内申请人民法院强制执行）",
        met_by=("申请强制执行",),
    ),
    # 《人民检察院检察建议工作规定》(2019) art. 19: "除另有规定外，应当要求被建议单位自收到
    # 检察建议书之日起两个月以内作出相应处理，并书面回复人民检察院。因情况紧急需要被建议单位
    # 尽快处理的，可以根据实际情况确定相应的回复期限" — the general rule has no fixed urgent
    # period (the 检察建议书 sets it: record it as the suggestion's own --due). The fixed 15
    # days belong to 行政公益诉讼's 诉前检察建议 only: 法释〔2018〕6号 art. 21 (amended by
    # 法释〔2020〕20号, same article) — two months, 15 days where the harm keeps growing.
    ClockRule(
        "检察建议书面回复",
        "收到检察建议",
        "2个月",
        "《人民检察院检察建议工作规定》第十九条（除另有规定外，自收到检察建议书之日起两个月"
        "以内作出相应处理并书面回复；情况紧急的，回复期限以检察建议书确定的为准）；行政公益诉讼"
        "诉前检察建议同为两个月（法释〔2018〕6号第二十一条）",
        met_by=("书面回复",),
    ),
    ClockRule(
        "诉前检察建议书面回复（紧急）",
        "收到检察建议（紧急）",
        "15日",
        "法释〔2018〕6号第二十一条（行政公益诉讼诉前检察建议：国家利益或者社会公共利益损害"
        "继续扩大等紧急情形，十五日内书面回复）；其他检察建议情况紧急的，期限以检察建议书为准",
        met_by=("书面回复",),
    ),
)


def _strings(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value.strip(),)
    if isinstance(value, Iterable):
        return tuple(str(item).strip() for item in value)
    return (str(value).strip(),)


def office_rules(entries: Iterable[Mapping[str, object]]) -> tuple[ClockRule, ...]:
    """The office's own rules from settings: name, trigger, period, basis (and met_by …).

    Each period is checked as a deadline rule (15日, 10个工作日, 2个月 …) here, once.
    """
    rules = []
    for entry in entries:
        missing = [key for key in ("name", "trigger", "period") if not entry.get(key)]
        if missing:
            raise InvalidInputError(
                f"配置文件中的案件期限规则缺少“{'、'.join(missing)}”："
                "每条规则须有 name（名称）、trigger（起算事件）、period（期限）"
            )
        rule = ClockRule(
            name=str(entry["name"]).strip(),
            trigger=str(entry["trigger"]).strip(),
            period=str(entry["period"]).strip(),
            basis=str(entry.get("basis") or "办公室规定").strip(),
            met_by=_strings(entry.get("met_by")),
            categories=_strings(entry.get("categories")),
            reference=bool(entry.get("reference", False)),
        )
        # Refuse a period the deadline parser cannot read now, not at each case show.
        parse_deadline(rule.period, start=date(2000, 1, 3), calendar=WorkCalendar())
        rules.append(rule)
    return tuple(rules)


@dataclass(frozen=True)
class Event:
    kind: str
    occurred_on: date


@dataclass(frozen=True)
class CaseDeadline:
    """One derived deadline of a case."""

    rule: ClockRule
    started_on: date
    deadline: Deadline
    #: 未到期, 临期, 已逾期, 已完成 or 参考.
    status: str
    met_on: date | None = None

    @property
    def due(self) -> date:
        return self.deadline.due

    @property
    def open(self) -> bool:
        """Still to be met by the unit (not met, not a reference period)."""
        return self.status in (PENDING, DUE_SOON, OVERDUE)


def case_deadlines(
    *,
    category: str,
    instance: str | None,
    events: Sequence[Event],
    closed_on: date | None,
    rules: Sequence[ClockRule],
    calendar: WorkCalendar,
    today: date,
    due_soon_workdays: int = 3,
) -> list[CaseDeadline]:
    """Every deadline the events start, with its status on ``today``, by due date.

    Each trigger event starts its own period (a second 判决书送达 after a 发回重审 is a new
    appeal period). A period is met by the first meeting event on or after its start; a
    closed case's open periods are met by its closing.
    """
    found: list[CaseDeadline] = []
    for rule in rules:
        if not rule.applies(category, instance):
            continue
        for event in events:
            if event.kind != rule.trigger:
                continue
            deadline = parse_deadline(rule.period, start=event.occurred_on, calendar=calendar)
            met = min(
                (
                    e.occurred_on
                    for e in events
                    if e.kind in rule.met_by and e.occurred_on >= event.occurred_on
                ),
                default=None,
            )
            if met is None and closed_on is not None and closed_on >= event.occurred_on:
                met = closed_on
            if rule.reference:
                status = REFERENCE
            elif met is not None:
                status = MET
            elif deadline.due < today:
                status = OVERDUE
            elif calendar.workdays_between(today, deadline.due) <= due_soon_workdays:
                status = DUE_SOON
            else:
                status = PENDING
            found.append(CaseDeadline(rule, event.occurred_on, deadline, status, met))
    found.sort(key=lambda d: (d.due, d.rule.name))
    return found
