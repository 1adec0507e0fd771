"""Helpers for the meetings / tasks / suggestions / overdue tests (issue 3)."""

from datetime import date, timedelta
from pathlib import Path

from fylink.config import EscalationSettings
from fylink.domain.calendar import WorkCalendar
from fylink.domain.status import Thresholds
from fylink.services import tasks

D = date.fromisoformat
#: The suite's frozen today (a Monday).
TODAY = D("2025-06-30")
CAL = WorkCalendar()
LADDER_SETTINGS = EscalationSettings()


def th(within: int = 3, today: date = TODAY) -> Thresholds:
    return Thresholds.compute(calendar=CAL, today=today, within=within)


def add(session, content: str = "任务", lead: str = "县住建局", due: str = "2025-07-31", **kw):
    """Add a 双清单 task through the service (start defaults to today)."""
    calendar = kw.pop("calendar", CAL)
    return tasks.add_task(
        session=session,
        task_in=tasks.TaskIn(content=content, lead=lead, due=due, **kw),
        calendar=calendar,
        today=TODAY,
    )


def write_config(home: Path, text: str) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text(text, encoding="utf-8")


def days(n: int) -> timedelta:
    return timedelta(days=n)
