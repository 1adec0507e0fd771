"""Today's date in the office's time zone; ``FYLINK_TODAY`` freezes it (tests, demos)."""

import os
from datetime import date, datetime
from zoneinfo import ZoneInfo

OFFICE_TZ = ZoneInfo("Asia/Shanghai")


def today() -> date:
    frozen = os.environ.get("FYLINK_TODAY")
    if frozen:
        return date.fromisoformat(frozen)
    return datetime.now(OFFICE_TZ).date()


def local(moment: datetime) -> datetime:
    """A stored (UTC) time as shown to people."""
    return moment.astimezone(OFFICE_TZ)
