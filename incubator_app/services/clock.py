"""The station's "today": Seoul's date, whatever the machine's time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from incubator_app.domain.periods import SEOUL

__all__ = ["SEOUL", "seoul_now", "seoul_time", "seoul_today", "utc_start"]


def seoul_today() -> date:
    return datetime.now(SEOUL).date()


def seoul_now() -> datetime:
    """Seoul's wall-clock time to the minute, naive (as bookings keep times)."""
    return datetime.now(SEOUL).replace(tzinfo=None, second=0, microsecond=0)


def seoul_time(at: datetime) -> datetime:
    """A stored UTC time (naive) as Seoul's wall clock, to the second."""
    return at.replace(tzinfo=UTC).astimezone(SEOUL).replace(tzinfo=None, microsecond=0)


def utc_start(day: date) -> datetime:
    """The UTC time (naive, as stored) at which ``day`` begins in Seoul."""
    return datetime.combine(day, time(), SEOUL).astimezone(UTC).replace(tzinfo=None)
