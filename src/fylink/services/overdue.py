"""The overdue check: what is late or due soon, per responsible unit, and the escalation ladder.

An open task (not completed) is late when its deadline has passed; a suggestion is late when
its reply is not in by its due date. The responsible unit is the task's 牵头单位, the unit a
suggestion was sent to.

Escalation (settings ``escalation.*``, in working days overdue): 提醒 from
``remind_after_workdays`` (0 = as soon as it is late), 催办 from ``chase_after_workdays``, 督办
from ``supervise_after_workdays``. Each run issues, per unit, one notice per stage covering the
items that have reached that stage and never had it (or a higher one) issued: an item first seen
12 working days late gets its 督办 at once, not three notices. A 督办 is numbered 〔year〕N号,
sequentially per year. A step is never issued twice for the same item.

The item lists are filtered in SQL on indexed dates derived in Python from the calendar (no
per-row date arithmetic in the database), the issued stages come from one GROUP BY over
``notice_item``, and a unit's counts are those of its listed items (every late and due-soon
item is listed, so a GROUP BY for the counts would only read the same rows twice).
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import case, exists, insert, or_
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, func, select

from fylink.config import EscalationSettings
from fylink.domain.calendar import WorkCalendar
from fylink.domain.categories import CaseStatus
from fylink.domain.dates import format_cn
from fylink.domain.status import Thresholds, notice_number
from fylink.models import Case, Notice, NoticeItem, Suggestion, Task, Unit
from fylink.services import journal
from fylink.services.numbering import next_number

if TYPE_CHECKING:
    from fylink.domain.case_clock import ClockRule

STAGES = ("提醒", "催办", "督办", "通报")
#: What a unit of a consulted kind (法院, 检察院: escalation.consult_kinds) gets instead.
CONSULT = {"催办": "提示", "督办": "商请"}
_RANK = {stage: rank for rank, stage in enumerate(STAGES, start=1)} | {
    consulted: STAGES.index(stage) + 1 for stage, consulted in CONSULT.items()
}
#: Stages whose notice asks for a written reply (书面报送) by a deadline.
REPLY_STAGES = ("督办", "商请")


@dataclass(frozen=True)
class Ladder:
    """Per stage, the date an item must be due before to have reached it today."""

    today: date
    #: (stage, cutoff), lowest stage first.
    cutoffs: tuple[tuple[str, date], ...]

    @classmethod
    def compute(
        cls, *, calendar: WorkCalendar, today: date, settings: EscalationSettings
    ) -> "Ladder":
        def cutoff(k: int) -> date:
            # workdays_between(due, today) >= k  <=>  due < the k-th working day counted back
            # from today (today included); k = 0 means simply "late".
            return today if k == 0 else calendar.add_workdays(today + timedelta(days=1), -k)

        steps = (
            ("提醒", settings.remind_after_workdays),
            ("催办", settings.chase_after_workdays),
            ("督办", settings.supervise_after_workdays),
        )
        return cls(today=today, cutoffs=tuple((stage, cutoff(k)) for stage, k in steps))

    @classmethod
    def for_replies(
        cls, *, calendar: WorkCalendar, today: date, settings: EscalationSettings
    ) -> "Ladder":
        """A missing written reply: 催办 once late, 通报 after ``bulletin_after_workdays``."""
        base = cls.compute(
            calendar=calendar,
            today=today,
            settings=EscalationSettings(
                remind_after_workdays=0,
                chase_after_workdays=0,
                supervise_after_workdays=settings.bulletin_after_workdays,
            ),
        )
        return cls(
            today=today, cutoffs=(("催办", base.cutoffs[1][1]), ("通报", base.cutoffs[2][1]))
        )

    def stage_for(self, due_on: date) -> str | None:
        reached = None
        for stage, cutoff in self.cutoffs:
            if due_on < cutoff:
                reached = stage
        return reached


class OverdueCounter:
    """Working days overdue for many due dates, counting each calendar day once."""

    def __init__(self, calendar: WorkCalendar, today: date) -> None:
        self.calendar = calendar
        self.today = today
        self._known: dict[date, int] = {}

    def prepare(self, due_dates: Iterable[date]) -> None:
        pending = sorted({d for d in due_dates if d < self.today and d not in self._known})
        count, cursor = 0, self.today
        for due in reversed(pending):
            while cursor > due:
                if self.calendar.is_workday(cursor):
                    count += 1
                cursor -= timedelta(days=1)
            self._known[due] = count
        # Later prepare() calls start again from today; the cache keeps earlier answers.

    def __call__(self, due_on: date) -> int:
        if due_on >= self.today:
            return 0
        if due_on not in self._known:
            self.prepare([due_on])
        return self._known[due_on]


@dataclass
class Item:
    """One overdue or due-soon item."""

    #: "task" / "suggestion" / "reply" (a written reply to a notice, id = notice) / "case" (a
    #: deadline derived from the case's events)
    kind: str
    id: int
    #: "12" for a task, the document number for a suggestion, the notice's number for a
    #: reply, the 案号 for a case.
    ref: str
    #: 议定事项 / 双清单 / … for a task, 司法建议 / 检察建议 for a suggestion.
    source: str
    content: str
    unit_id: int
    unit: str
    due_on: date
    provisional: bool
    overdue: bool
    workdays_overdue: int = 0
    workdays_left: int = 0
    #: A case deadline: its rule and start day ("答辩状和证据@2025-06-03"); "" otherwise.
    key: str = ""
    #: Highest stage issued before this run; None if none.
    stage: str | None = None
    #: Stage issued (or, in a dry run, to be issued) by this run.
    new_stage: str | None = None


@dataclass
class UnitGroup:
    unit_id: int
    unit: str
    overdue: int
    due_soon: int
    items: list[Item] = field(default_factory=list)
    #: A unit of a consulted kind (法院, 检察院): 提示 / 商请, never a numbered 督办.
    consult: bool = False


@dataclass
class IssuedNotice:
    unit_id: int
    unit: str
    stage: str
    number: str
    reply_due: date | None
    items: list[Item]
    notice_id: int | None = None
    consult: bool = False


@dataclass
class CheckResult:
    today: date
    within: int
    soon_before: date
    units: list[UnitGroup]
    issued: list[IssuedNotice]
    dry_run: bool
    #: Set (and nothing checked or issued) when today is a rest day: its explanation.
    rest_day: str = ""
    #: Occurrences of recurring items opened by this run (the next period's), as
    #: (task id, lead unit, content, period, due).
    opened: list[tuple[int, str, str, str, date]] = field(default_factory=list)

    @property
    def overdue(self) -> int:
        return sum(group.overdue for group in self.units)

    @property
    def due_soon(self) -> int:
        return sum(group.due_soon for group in self.units)


def _label() -> Any:
    return func.coalesce(Unit.short_name, Unit.name)


def issued_case_stages(session: Session) -> dict[tuple[int, str], int]:
    """Highest stage rank already issued per case deadline (case id, rule@start) of the
    cases still open (their deadlines are derived, so they are matched by that key)."""
    rank = case(*((col(NoticeItem.stage) == s, r) for s, r in _RANK.items()), else_=0)
    found: dict[tuple[int, str], int] = {}
    for case_id, rule, top in session.connection().execute(
        select(NoticeItem.case_id, NoticeItem.case_rule, func.max(rank))
        .join(Case, col(Case.id) == NoticeItem.case_id)
        .where(col(Case.status) != CaseStatus.CLOSED.value)
        .group_by(col(NoticeItem.case_id), col(NoticeItem.case_rule))
    ):
        found[(int(case_id), str(rule))] = int(top)
    return found


def _issued_stages(
    session: Session, th: Thresholds
) -> tuple[dict[int, int], dict[int, int], dict[int, int]]:
    """Highest stage rank already issued, per listed task, suggestion and awaited reply.

    Due-soon items included: one escalated before its deadline was moved (reopened with a
    new one, or a holiday entered) still shows what it has had.
    """
    rank = case(*((col(NoticeItem.stage) == s, r) for s, r in _RANK.items()), else_=0)
    # Plain column selects go straight to the connection here and in collect(): the
    # session's ORM result handling cost a fifth of the check at province scale.
    tasks: dict[int, int] = {}
    for task_id, top in session.connection().execute(
        select(NoticeItem.task_id, func.max(rank))
        .join(Task, col(Task.id) == NoticeItem.task_id)
        .where(col(Task.completed_on).is_(None), col(Task.due_on) < th.soon_before)
        .group_by(col(NoticeItem.task_id))
    ):
        tasks[int(task_id or 0)] = int(top)
    suggestions: dict[int, int] = {}
    for suggestion_id, top in session.connection().execute(
        select(NoticeItem.suggestion_id, func.max(rank))
        .join(Suggestion, col(Suggestion.id) == NoticeItem.suggestion_id)
        .where(col(Suggestion.replied_on).is_(None), col(Suggestion.reply_due) < th.soon_before)
        .group_by(col(NoticeItem.suggestion_id))
    ):
        suggestions[int(suggestion_id or 0)] = int(top)
    replies: dict[int, int] = {}
    awaited = Notice.__table__.alias("awaited")  # type: ignore[attr-defined]
    for notice_id, top in session.connection().execute(
        select(NoticeItem.reply_notice_id, func.max(rank))
        .join(awaited, awaited.c.id == NoticeItem.reply_notice_id)
        .where(awaited.c.acknowledged_on.is_(None), awaited.c.reply_due < th.soon_before)
        .group_by(col(NoticeItem.reply_notice_id))
    ):
        replies[int(notice_id or 0)] = int(top)
    return tasks, suggestions, replies


def collect(
    *,
    session: Session,
    th: Thresholds,
    calendar: WorkCalendar,
    ladder: Ladder,
    unit_id: int | None = None,
    case_rules: "tuple[ClockRule, ...]" = (),
    reply_ladder: Ladder | None = None,
    settings: EscalationSettings | None = None,
) -> list[UnitGroup]:
    """Every late and due-soon item grouped by responsible unit, most late first.

    With ``case_rules``, the case deadlines the events start (答辩, 上诉期, 复议答复 …) are
    items of the defendant unit too, and climb the same ladder (提醒 before the deadline,
    催办, 督办): a late 答辩 is the office's most expensive miss.

    Every late and due-soon item is listed, so a unit's counts are those of its listed
    items, counted as they are grouped: a GROUP BY would read the same rows a second time.
    Items are tasks, suggestion replies and the written replies (书面报送) a 督办 asked for.
    """
    settings = settings or EscalationSettings()
    consult_kinds = tuple(settings.consult_kinds)
    task_rows = (
        session.connection()
        .execute(
            sa_select(
                col(Task.id),
                col(Task.source),
                col(Task.content),
                col(Task.lead_unit_id),
                col(Task.due_on),
                col(Task.due_provisional),
                _label(),
                col(Unit.kind),
                col(Task.period),
            )
            .join(Unit, col(Unit.id) == Task.lead_unit_id)
            .where(
                col(Task.completed_on).is_(None),
                col(Task.due_on) < th.soon_before,
                *([col(Task.lead_unit_id) == unit_id] if unit_id is not None else []),
            )
            .order_by(col(Task.due_on), col(Task.id))
        )
        .all()
    )
    suggestion_rows = (
        session.connection()
        .execute(
            sa_select(
                col(Suggestion.id),
                col(Suggestion.doc_no),
                col(Suggestion.kind),
                col(Suggestion.summary),
                col(Suggestion.unit_id),
                col(Suggestion.reply_due),
                col(Suggestion.reply_due_provisional),
                _label(),
                col(Unit.kind),
            )
            .join(Unit, col(Unit.id) == Suggestion.unit_id)
            .where(
                col(Suggestion.replied_on).is_(None),
                col(Suggestion.reply_due) < th.soon_before,
                *([col(Suggestion.unit_id) == unit_id] if unit_id is not None else []),
            )
            .order_by(col(Suggestion.reply_due), col(Suggestion.id))
        )
        .all()
    )
    reply_rows = (
        session.connection()
        .execute(
            sa_select(
                col(Notice.id),
                col(Notice.stage),
                col(Notice.year),
                col(Notice.number),
                col(Notice.issued_on),
                col(Notice.unit_id),
                col(Notice.reply_due),
                _label(),
                col(Unit.kind),
            )
            .join(Unit, col(Unit.id) == Notice.unit_id)
            .where(
                col(Notice.reply_due).is_not(None),
                col(Notice.acknowledged_on).is_(None),
                col(Notice.reply_due) < th.soon_before,
                *(
                    [col(Notice.issued_on) >= settings.track_replies_from]
                    if settings.track_replies_from
                    else []
                ),
                # Chased only while something it was about is still open.
                or_(
                    exists()
                    .where(col(NoticeItem.notice_id) == Notice.id)
                    .where(col(NoticeItem.task_id) == Task.id)
                    .where(col(Task.completed_on).is_(None)),
                    exists()
                    .where(col(NoticeItem.notice_id) == Notice.id)
                    .where(col(NoticeItem.suggestion_id) == Suggestion.id)
                    .where(col(Suggestion.replied_on).is_(None)),
                    exists()
                    .where(col(NoticeItem.notice_id) == Notice.id)
                    .where(col(NoticeItem.case_id) == Case.id)
                    .where(col(Case.status) != CaseStatus.CLOSED.value),
                ),
                *([col(Notice.unit_id) == unit_id] if unit_id is not None else []),
            )
            .order_by(col(Notice.reply_due), col(Notice.id))
        )
        .all()
    )
    issued_tasks, issued_suggestions, issued_replies = _issued_stages(session, th)
    counter = OverdueCounter(calendar, th.today)
    counter.prepare(
        [row[4] for row in task_rows]
        + [row[5] for row in suggestion_rows]
        + [row[6] for row in reply_rows]
    )
    left: dict[date, int] = {}

    def workdays_left(due: date) -> int:
        if due not in left:
            left[due] = calendar.workdays_between(th.today, due)
        return left[due]

    groups: dict[int, UnitGroup] = {}
    labels: dict[int, str] = {}
    consulted: dict[int, bool] = {}

    def stage_name(rank: int, uid: int) -> str | None:
        if not rank:
            return None
        stage = STAGES[rank - 1]
        return CONSULT.get(stage, stage) if consulted[uid] else stage

    def group(uid: int) -> UnitGroup:
        if uid not in groups:
            groups[uid] = UnitGroup(
                unit_id=uid, unit=labels[uid], overdue=0, due_soon=0, consult=consulted[uid]
            )
        return groups[uid]

    def item(
        kind: str,
        id_: int,
        ref: str,
        source: str,
        content: str,
        uid: int,
        label: str,
        unit_kind: str,
        due_on: date,
        provisional: bool,
        rank: int,
    ) -> Item:
        labels[uid] = label
        consulted[uid] = unit_kind in consult_kinds
        late = due_on < th.today
        return Item(
            kind=kind,
            id=id_,
            ref=ref,
            source=source,
            content=content,
            unit_id=uid,
            unit="",
            due_on=due_on,
            provisional=provisional,
            overdue=late,
            workdays_overdue=counter(due_on) if late else 0,
            workdays_left=0 if late else workdays_left(due_on),
            stage=stage_name(rank, uid),
        )

    items: list[Item] = []
    for task_id, source, content, lead_id, due_on, provisional, label, kind, period in task_rows:
        items.append(
            item(
                "task",
                task_id,
                str(task_id),
                source,
                # an occurrence of a recurring item is named with its period
                f"{content}（{period}）" if period else content,
                lead_id,
                label,
                kind,
                due_on,
                provisional,
                issued_tasks.get(task_id, 0),
            )
        )
    for sid, doc_no, kind, summary, uid, due_on, provisional, label, ukind in suggestion_rows:
        items.append(
            item(
                "suggestion",
                sid,
                doc_no,
                kind,
                f"反馈{kind}" + (f"：{summary}" if summary else ""),
                uid,
                label,
                ukind,
                due_on,
                provisional,
                issued_suggestions.get(sid, 0),
            )
        )
    for nid, stage, year, number, issued_on, uid, due_on, label, ukind in reply_rows:
        ref = f"〔{year}〕{number}号" if year and number else f"通知{nid}"
        items.append(
            item(
                "reply",
                nid,
                ref,
                "书面报送",
                f"书面报送{stage}{ref if year and number else ''}（{format_cn(issued_on)}发出）"
                "的办理情况",
                uid,
                label,
                ukind,
                due_on,
                False,
                issued_replies.get(nid, 0),
            )
        )
    if case_rules:
        items.extend(
            _case_items(
                session,
                th,
                calendar,
                case_rules,
                unit_id,
                labels,
                consulted,
                counter,
                consult_kinds,
                issued_case_stages(session),
                stage_name,
            )
        )
    for it in items:
        g = group(it.unit_id)
        it.unit = g.unit
        g.items.append(it)
        if it.overdue:
            g.overdue += 1
        else:
            g.due_soon += 1
        it.new_stage = _new_stage(it, g.consult, ladder, reply_ladder, settings)
    for g in groups.values():
        g.items.sort(key=lambda i: (not i.overdue, i.due_on, _KIND_ORDER[i.kind], i.id))
    return sorted(groups.values(), key=lambda g: (-g.overdue, -g.due_soon, g.unit))


def _case_items(
    session: Session,
    th: Thresholds,
    calendar: WorkCalendar,
    rules: "tuple[ClockRule, ...]",
    unit_id: int | None,
    labels: dict[int, str],
    consulted: dict[int, bool],
    counter: OverdueCounter,
    consult_kinds: tuple[str, ...] = (),
    issued: dict[tuple[int, str], int] | None = None,
    stage_name: Any = None,
) -> list[Item]:
    from fylink.services.case_deadlines import open_deadlines

    issued = issued or {}

    found = []
    for due in open_deadlines(session=session, calendar=calendar, rules=rules, today=th.today):
        if due.deadline.due >= th.soon_before:
            continue
        if unit_id is not None and due.case.unit_id != unit_id:
            continue
        assert due.case.id is not None
        assert due.unit.id is not None
        labels[due.unit.id] = due.unit.short_name or due.unit.name
        consulted.setdefault(due.unit.id, due.unit.kind in consult_kinds)
        late = due.deadline.due < th.today
        key = f"{due.deadline.rule.name}@{due.deadline.started_on.isoformat()}"
        rank = issued.get((due.case.id, key), 0)
        found.append(
            Item(
                kind="case",
                key=key,
                stage=stage_name(rank, due.unit.id) if stage_name is not None else None,
                id=due.case.id,
                ref=due.case.case_no,
                source="案件期限",
                content=(
                    f"{due.deadline.rule.name}（{due.deadline.rule.trigger} "
                    f"{due.deadline.started_on.isoformat()}，{due.deadline.rule.period}）"
                ),
                unit_id=due.unit.id,
                unit="",
                due_on=due.deadline.due,
                provisional=due.deadline.deadline.provisional,
                overdue=late,
                workdays_overdue=counter(due.deadline.due) if late else 0,
                workdays_left=0 if late else calendar.workdays_between(th.today, due.deadline.due),
            )
        )
    return found


_KIND_ORDER = {"task": 0, "suggestion": 1, "reply": 2, "case": 3}


def _new_stage(
    item: Item,
    consult: bool,
    ladder: Ladder,
    reply_ladder: Ladder | None,
    settings: EscalationSettings,
) -> str | None:
    """The stage this run issues for the item, if it reached one it has not had."""
    issued = _RANK.get(item.stage or "", 0)
    if not item.overdue:
        # 临期: one 提醒 before the deadline, for an item that has had nothing yet.
        if settings.remind_before_due and item.kind != "reply" and not issued:
            return "提醒"
        return None
    if item.kind == "reply":
        if reply_ladder is None:
            return None
        target = reply_ladder.stage_for(item.due_on)
        if consult and target == "通报":
            target = "催办"  # a court is not 通报'd: it stays at 提示
    else:
        target = ladder.stage_for(item.due_on)
    if target is None or _RANK[target] <= issued:
        return None
    return CONSULT.get(target, target) if consult else target


def plan_notices(*, session: Session, groups: list[UnitGroup], today: date) -> list[IssuedNotice]:
    """The notices this run issues: per unit, one per stage reached by new items."""
    plan: list[IssuedNotice] = []
    order = sorted(_RANK, key=lambda stage: (_RANK[stage], stage))
    for g in groups:
        by_stage: dict[str, list[Item]] = defaultdict(list)
        for item in g.items:
            if item.new_stage:
                by_stage[item.new_stage].append(item)
        for stage in order:
            if by_stage.get(stage):
                plan.append(
                    IssuedNotice(
                        unit_id=g.unit_id,
                        unit=g.unit,
                        stage=stage,
                        number="",
                        reply_due=None,
                        items=by_stage[stage],
                        consult=g.consult,
                    )
                )
    # Predict the 督办 numbers (a dry run shows them; issue() takes them for real).
    first = next_number(session, Notice.number, col(Notice.year) == today.year)
    for offset, notice in enumerate(n for n in plan if n.stage == "督办"):
        notice.number = f"〔{today.year}〕{first + offset}号"
    return plan


def issue(
    *,
    session: Session,
    plan: list[IssuedNotice],
    calendar: WorkCalendar,
    today: date,
    settings: EscalationSettings,
) -> list[IssuedNotice]:
    """Record the planned notices (with their items and journal rows)."""
    now = datetime.now(UTC)
    reply_due = calendar.add_workdays(today, settings.reply_within_workdays)
    for planned in plan:
        year = number = None
        if planned.stage == "督办":
            year = today.year
            number = next_number(session, Notice.number, col(Notice.year) == year)
        notice = Notice(
            stage=planned.stage,
            unit_id=planned.unit_id,
            issued_on=today,
            year=year,
            number=number,
            reply_due=reply_due if planned.stage in REPLY_STAGES else None,
            created_at=now,
        )
        session.add(notice)
        session.flush()
        session.execute(
            insert(NoticeItem),
            [
                {
                    "notice_id": notice.id,
                    "stage": planned.stage,
                    "task_id": item.id if item.kind == "task" else None,
                    "suggestion_id": item.id if item.kind == "suggestion" else None,
                    "reply_notice_id": item.id if item.kind == "reply" else None,
                    "case_id": item.id if item.kind == "case" else None,
                    "case_rule": item.key if item.kind == "case" else "",
                    "case_due_on": item.due_on if item.kind == "case" else None,
                    "days_overdue": item.workdays_overdue,
                }
                for item in planned.items
            ],
        )
        items: dict[str, Any] = {
            "tasks": [i.id for i in planned.items if i.kind == "task"],
            "suggestions": [i.ref for i in planned.items if i.kind == "suggestion"],
        }
        replies = [i.id for i in planned.items if i.kind == "reply"]
        if replies:
            items["replies_of"] = replies
        deadlines = [f"{i.ref} {i.key}" for i in planned.items if i.kind == "case"]
        if deadlines:
            items["case_deadlines"] = deadlines
        journal.insert(session, notice, extra=items)
        planned.notice_id = notice.id
        planned.number = notice_number(notice)
        planned.reply_due = notice.reply_due
    return plan


def rest_day_reason(calendar: WorkCalendar, today: date) -> str:
    """ "" on a working day; otherwise what kind of rest day today is (周六, 国庆节, …)."""
    if calendar.is_workday(today):
        return ""
    name = calendar.holiday_name(today)
    if name:
        return name
    return "周六" if today.weekday() == 5 else "周日" if today.weekday() == 6 else "休息日"


def check(
    *,
    session: Session,
    calendar: WorkCalendar,
    today: date,
    within: int,
    settings: EscalationSettings,
    dry_run: bool,
    case_rules: "tuple[ClockRule, ...]" = (),
) -> CheckResult:
    """List late and due-soon items; issue the escalation steps reached (unless dry run).

    On a rest day nothing is read or issued (no document is dated on a holiday).
    """
    th = Thresholds.compute(calendar=calendar, today=today, within=within)
    rest = rest_day_reason(calendar, today)
    if rest:
        return CheckResult(
            today=today,
            within=within,
            soon_before=th.soon_before,
            units=[],
            issued=[],
            dry_run=dry_run,
            rest_day=rest,
        )
    opened: list[tuple[int, str, str, str, date]] = []
    if not dry_run:
        from fylink.services import tasks

        opened = [
            (o.task.id or 0, o.lead, o.task.content, o.task.period, o.task.due_on)
            for o in tasks.extend_recurring(session=session, today=today)
        ]
    ladder = Ladder.compute(calendar=calendar, today=today, settings=settings)
    reply_ladder = Ladder.for_replies(calendar=calendar, today=today, settings=settings)
    groups = collect(
        session=session,
        th=th,
        calendar=calendar,
        ladder=ladder,
        case_rules=case_rules,
        reply_ladder=reply_ladder,
        settings=settings,
    )
    plan = plan_notices(session=session, groups=groups, today=today)
    if not dry_run:
        issue(session=session, plan=plan, calendar=calendar, today=today, settings=settings)
    else:
        reply_due = calendar.add_workdays(today, settings.reply_within_workdays)
        for planned in plan:
            if planned.stage in REPLY_STAGES:
                planned.reply_due = reply_due
    return CheckResult(
        today=today,
        within=within,
        soon_before=th.soon_before,
        units=groups,
        issued=plan,
        dry_run=dry_run,
        opened=opened,
    )
