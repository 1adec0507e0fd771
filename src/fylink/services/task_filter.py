"""What ``task list`` filters by: shared by the ORM path (services.tasks) and the light
read path (services.reads), kept free of the models so the light path can use it."""

from dataclasses import dataclass
from datetime import date


@dataclass
class TaskFilter:
    #: Lead unit or co-unit.
    unit: str | None = None
    status: str | None = None
    source: str | None = None
    #: Meeting id or YEAR-N.
    meeting: str | None = None
    due_from: date | None = None
    due_to: date | None = None
    text: str | None = None
    #: Only tasks led by the unit (not those it only co-operates on).
    lead_only: bool = False
    #: The task's lead leader (牵头领导), by name.
    leader: str | None = None
    #: The 双清单 the task was imported into, by name (2026年度府院联动双清单) or year.
    list_name: str | None = None
