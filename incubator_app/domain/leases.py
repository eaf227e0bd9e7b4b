"""Lease terms, one lease per room, seat capacity and move-out (DOMAIN.md 13-15)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from incubator_app.domain.errors import DomainError
from incubator_app.domain.periods import Period, add_years, check_day


def term_end(start: date, years: int) -> date:
    """The last day of a term of ``years`` from ``start`` (민법 §160②③).

    The day before the anniversary; a term from Feb 29 whose last year has no
    Feb 29 ends on Feb 28, the last day of that month.
    """
    anniversary = add_years(start, years)
    if (start.month, start.day) == (2, 29) and anniversary.day == 28:
        return anniversary
    return anniversary - timedelta(days=1)


def lease_period(start: date, end: date | None, default_years: int) -> Period:
    """Rule 13: the term asked for, or the default term of ``default_years``."""
    return Period(start, term_end(check_day(start, "start"), default_years) if end is None else end)


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


def ended_early(end: date, moved_out: date | None) -> bool:
    """A lease whose tenant moved out before its end: it is over, not renewable."""
    return moved_out is not None and moved_out < end


def check_move_out_day(period: Period, on: date) -> None:
    """Rule 15: the move-out date lies within the lease."""
    if not period.covers(on):
        raise DomainError("move_out_outside", field="on", on=on.isoformat(), period=str(period))
