"""Recurring and standing items ended (``task close``): a closed series generates no
further occurrence (:func:`fylink.services.tasks.extend_recurring`); the occurrences due
after the end that nobody worked on can go with it (through the removal service, so each
leaves a journal row). Apart from services.tasks, which services.removal depends on."""

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, func, select

from fylink.domain.calendar import STANDING_RULE
from fylink.errors import ConflictError
from fylink.models import NoticeItem, Task, TaskProgress
from fylink.services import journal, removal
from fylink.services.lookups import get_task
from fylink.services.tasks import check_day


@dataclass
class Closed:
    """What :func:`close_series` did."""

    task: Task
    #: Occurrences of a recurring item still open (to be done as usual).
    still_open: int = 0
    #: Occurrences due after the end that were removed (``remove_later``).
    removed: int = 0


def close_series(
    *, session: Session, ref: str | int, on: date, today: date, remove_later: bool = False
) -> Closed:
    """End a recurring item (no further occurrence is generated) or a standing one
    (长期坚持 ended: it is completed that day).

    ``remove_later``: also remove the occurrences due after ``on`` that nobody has worked
    on (no progress, not done, no notice), e.g. when next year's list carries the item on."""
    task = get_task(session=session, ref=ref)
    check_day(on, today, "结束日期", task)
    if task.recurrence:
        first = session.get(Task, task.item_id) if task.item_id else task
        assert first is not None
        if first.series_closed_on is not None:
            raise ConflictError(
                f"任务 {first.id} 这一周期性事项已于{first.series_closed_on.isoformat()}停止"
            )
        journal.update(session, first, {"series_closed_on": on})
        removed = 0
        if remove_later:
            worked = select(TaskProgress.task_id).union(select(NoticeItem.task_id))
            later = session.exec(
                select(Task).where(
                    Task.item_id == first.item_id,
                    col(Task.id) != first.id,
                    Task.due_on > on,
                    col(Task.completed_on).is_(None),
                    col(Task.id).not_in(worked),
                )
            )
            for occurrence in list(later):
                removal.remove_task(
                    session=session, ref=occurrence.id or 0, reason="周期性事项已结束"
                )
                removed += 1
        still_open = session.exec(
            select(func.count())
            .select_from(Task)
            .where(Task.item_id == first.item_id, col(Task.completed_on).is_(None))
        ).one()
        return Closed(first, int(still_open), removed)
    if task.due_rule == STANDING_RULE:
        if task.completed_on is not None:
            raise ConflictError(f"任务 {task.id} 已于{task.completed_on.isoformat()}结束")
        journal.update(session, task, {"completed_on": on})
        return Closed(task)
    raise ConflictError(
        f"任务 {task.id} 不是周期性或长期坚持的事项：办结请用 fylink task done {task.id}"
    )
