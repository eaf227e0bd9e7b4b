"""The station's "today": Seoul's date, whatever the machine's time zone."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

SEOUL = ZoneInfo("Asia/Seoul")


def seoul_today() -> date:
    return datetime.now(SEOUL).date()


def seoul_now() -> datetime:
    """Seoul's wall-clock time to the minute, naive (as bookings keep times)."""
    return datetime.now(SEOUL).replace(tzinfo=None, second=0, microsecond=0)
