"""Shared-space bookings (DOMAIN.md 21-25): intervals, opening hours, statuses.

Times are Seoul's local wall-clock times, naive, to the minute. A booking is the
half-open interval [start, end) within one day. The policy rules (hours, closed
days, length, window, the past, tenants-only) yield to a manager's written
reason; the interval itself and the capacity never do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING

from incubator_app.domain.errors import DomainError, Language, Localised, localised
from incubator_app.domain.periods import calendar_day, check_day

if TYPE_CHECKING:
    from holidays import HolidayBase

DEFAULT_OPENS, DEFAULT_CLOSES = time(9), time(18)


class BookingStatus(StrEnum):
    REQUESTED = "신청"
    APPROVED = "승인"
    REJECTED = "반려"
    CANCELLED = "취소"
    NO_SHOW = "노쇼"


NEXT: dict[BookingStatus, frozenset[BookingStatus]] = {
    BookingStatus.REQUESTED: frozenset(
        {BookingStatus.APPROVED, BookingStatus.REJECTED, BookingStatus.CANCELLED}
    ),
    BookingStatus.APPROVED: frozenset({BookingStatus.CANCELLED, BookingStatus.NO_SHOW}),
}
# Bookings that hold their interval (a no-show is history: the time was taken).
BLOCKING = frozenset({BookingStatus.REQUESTED, BookingStatus.APPROVED, BookingStatus.NO_SHOW})


STATUS_KEYS = {
    BookingStatus.REQUESTED: "booking_status_requested",
    BookingStatus.APPROVED: "booking_status_approved",
    BookingStatus.REJECTED: "booking_status_rejected",
    BookingStatus.CANCELLED: "booking_status_cancelled",
    BookingStatus.NO_SHOW: "booking_status_no_show",
}


def status_name(status: BookingStatus) -> Localised:
    """신청 / 승인 / 반려 / 취소 / 노쇼, read in the reader's language."""
    return localised(STATUS_KEYS[status])


def check_transition(
    current: BookingStatus, wanted: BookingStatus, slot: Slot, now: datetime
) -> None:
    """The transitions of DOMAIN.md 25, in time: a no-show once the booking has begun,
    a cancellation while it has not yet ended."""
    if wanted not in NEXT.get(current, frozenset()):
        raise DomainError(
            "booking_transition",
            field="status",
            current=status_name(current),
            wanted=status_name(wanted),
        )
    if wanted is BookingStatus.NO_SHOW and now < slot.start:
        raise DomainError("booking_no_show_early", field="status", slot=str(slot))
    if wanted is BookingStatus.CANCELLED and now >= slot.end:
        raise DomainError("booking_cancel_over", field="status", slot=str(slot))


def next_statuses(current: BookingStatus, slot: Slot, now: datetime) -> set[BookingStatus]:
    """What a booking may become now."""
    allowed = set()
    for wanted in BookingStatus:
        try:
            check_transition(current, wanted, slot, now)
        except DomainError:
            continue
        allowed.add(wanted)
    return allowed


@dataclass(frozen=True)
class Slot:
    """[start, end) on one day, to the minute."""

    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        if self.start.second or self.start.microsecond or self.end.second or self.end.microsecond:
            raise DomainError("booking_minutes", field="start")
        if self.start >= self.end:
            raise DomainError(
                "booking_order", field="end", start=_shown(self.start), end=_shown(self.end)
            )
        if self.end > datetime.combine(self.start.date() + timedelta(days=1), time()):
            raise DomainError(
                "booking_one_day", field="end", start=_shown(self.start), end=_shown(self.end)
            )

    @property
    def minutes(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)

    def overlaps(self, other: Slot, buffer_minutes: int = 0) -> bool:
        """Whether the two come closer than the buffer; back to back is no overlap."""
        pad = timedelta(minutes=buffer_minutes)
        return self.start < other.end + pad and other.start < self.end + pad

    def __str__(self) -> str:
        return f"{_shown(self.start)}~{ends_at(self.start, self.end)}"


def ends_at(start: datetime, end: datetime) -> str:
    """The end's clock time as the station writes it: midnight closing the day is 24:00."""
    return "24:00" if end.date() > start.date() else f"{end:%H:%M}"


@dataclass(frozen=True)
class SpacePolicy:
    """How one bookable space may be booked (each value a setting)."""

    capacity: int
    opens: time = DEFAULT_OPENS
    closes: time = DEFAULT_CLOSES
    longest_minutes: int | None = None  # None: its whole opening day
    open_on_closed_days: bool = False
    tenants_only: bool = False
    buffer_minutes: int = 0


HOLIDAY_LANGUAGES: dict[Language, str] = {"ko": "ko", "en": "en_US"}
WEEKEND: dict[Language, tuple[str, str]] = {
    "ko": ("토요일", "일요일"),
    "en": ("Saturday", "Sunday"),
}  # named in full where a day is closed


@lru_cache(maxsize=64)
def _holidays(year: int, language: Language) -> HolidayBase:
    """Korea's public and substitute holidays of ``year``. The library is read on first
    use: its calendars take a fifth of a second to load, which the window's first
    paint need not wait for."""
    import holidays

    return holidays.country_holidays("KR", years=year, language=HOLIDAY_LANGUAGES[language])


def closed_day(day: date, language: Language = "ko") -> str | None:
    """Why the station is closed on ``day`` (a weekend, a public or substitute holiday)."""
    name = _holidays(day.year, language).get(day)
    if name:
        return str(name)
    if day.weekday() >= 5:
        return WEEKEND[language][day.weekday() - 5]
    return None


def week_of(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def open_minutes(space: SpacePolicy, year: int, month: int) -> int:
    """The minutes a space is open in a month: its hours on each day it opens."""
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    daily = int(
        (
            datetime.combine(first, space.closes) - datetime.combine(first, space.opens)
        ).total_seconds()
        // 60
    )
    days = (first + timedelta(days=n) for n in range((following - first).days))
    return daily * sum(1 for day in days if space.open_on_closed_days or not closed_day(day))


@dataclass(frozen=True)
class Booker:
    """Who asks: a tenant record or not, and whether it holds a room on the day."""

    tenant: bool
    housed: bool = False


def check_booking_rules(
    slot: Slot,
    space: SpacePolicy,
    *,
    attendees: int,
    booker: Booker,
    now: datetime,
    window_days: int,
) -> list[DomainError]:
    """Every rule one booking must pass on its own (the overlap needs the others): a rule
    nothing lifts is raised; the policy rules it breaks, which a written reason lifts,
    are returned."""
    if attendees < 1:
        raise DomainError("booking_attendees", field="attendees", value=attendees)
    if attendees > space.capacity:
        raise DomainError(
            "booking_capacity", field="attendees", value=attendees, capacity=space.capacity
        )
    return policy_breaches(slot, space, booker=booker, now=now, window_days=window_days)


def policy_breaches(
    slot: Slot, space: SpacePolicy, *, booker: Booker, now: datetime, window_days: int
) -> list[DomainError]:
    """Each policy rule the booking breaks: what a written reason would excuse."""
    broken = []
    if space.tenants_only and not booker.tenant:
        broken.append(DomainError("booking_tenants_only", field="tenant"))
    elif space.tenants_only and not booker.housed:
        broken.append(DomainError("booking_not_housed", field="tenant", day=slot.start.date()))
    day = slot.start.date()
    closed = closed_day(day)
    if closed and not space.open_on_closed_days:
        why = Localised(closed, closed_day(day, "en") or closed)
        broken.append(DomainError("booking_closed_day", field="start", day=day, why=why))
    opens, closes = datetime.combine(day, space.opens), datetime.combine(day, space.closes)
    if slot.start < opens or slot.end > closes:
        broken.append(
            DomainError(
                "booking_hours",
                field="start",
                slot=str(slot),
                opens=f"{space.opens:%H:%M}",
                closes=f"{space.closes:%H:%M}",
            )
        )
    longest = space.longest_minutes or int((closes - opens).total_seconds() // 60)
    if slot.minutes > longest:
        broken.append(
            DomainError("booking_too_long", field="end", minutes=slot.minutes, longest=longest)
        )
    if slot.start < now:
        broken.append(
            DomainError("booking_past", field="start", start=_shown(slot.start), now=_shown(now))
        )
    last = now.date() + timedelta(days=window_days)
    if day > last:
        broken.append(DomainError("booking_window", field="start", day=day, last=last))
    return broken


def _shown(moment: datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M}"


TYPED_MINUTE = re.compile(r"(\d{4,9})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})", re.ASCII)


def parse_minute(text: str, field: str = "start") -> datetime:
    """``YYYY-MM-DDTHH:MM`` (Seoul's wall-clock time), as the command line takes it; a
    space for the ``T`` is read the same, and ``24:00`` is the end of that day (as the
    window shows an end at midnight)."""
    found = TYPED_MINUTE.fullmatch(" ".join(text.split()))
    if found is None:
        raise DomainError("booking_time_format", field=field, value=text)
    year, month, day, hour, minute = (int(part) for part in found.groups())
    on = calendar_day(text, field, year, month, day)
    if (hour, minute) == (24, 0):
        return datetime.combine(on + timedelta(days=1), time())
    if hour > 23 or minute > 59:
        raise DomainError("time_not_on_clock", field=field, value=text.strip())
    moment = datetime.combine(on, time(hour, minute))
    check_day(moment.date(), field, text.strip())
    return moment
