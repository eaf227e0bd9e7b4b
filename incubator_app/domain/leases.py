"""Lease terms, one lease per room, seat capacity and move-out (DOMAIN.md 13-15)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from incubator_app.domain.errors import DomainError
from incubator_app.domain.periods import Period, add_years


def lease_period(start: date, end: date | None, default_years: int) -> Period:
    """Rule 13: the term asked for, or the default: ``add_years(start, n) - 1 day``."""
    if end is None:
        end = add_years(start, default_years) - timedelta(days=1)
    return Period(start, end)


def peak_seats(period: Period, taken: Iterable[tuple[Period, int]]) -> int:
    """The most seats that other leases hold on any one day of ``period``."""
    changes: dict[date, int] = {}
    for other, seats in taken:
        if not other.overlaps(period):
            continue
        first = max(other.start, period.start)
        changes[first] = changes.get(first, 0) + seats
        after = min(other.end, period.end) + timedelta(days=1)
        changes[after] = changes.get(after, 0) - seats
    peak = running = 0
    for day in sorted(changes):
        running += changes[day]
        peak = max(peak, running)
    return peak


def check_seats(
    period: Period, seats: int, capacity: int, taken: Iterable[tuple[Period, int]]
) -> None:
    """Rule 14: seats of the leases covering any day never exceed the capacity."""
    if seats < 1:
        raise DomainError("seats_positive", field="seats", value=seats)
    used = peak_seats(period, taken)
    if used + seats > capacity:
        raise DomainError(
            "seats_exceeded",
            field="seats",
            value=seats,
            used=used,
            capacity=capacity,
            period=str(period),
        )


def check_move_out(period: Period, on: date) -> None:
    """Rule 15: the move-out date lies within the lease."""
    if not period.covers(on):
        raise DomainError("move_out_outside", field="on", on=on.isoformat(), period=str(period))
