"""The station's "today": Seoul's date, whatever the machine's time zone."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

SEOUL = ZoneInfo("Asia/Seoul")


def seoul_today() -> date:
    return datetime.now(SEOUL).date()
