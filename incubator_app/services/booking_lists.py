"""Bookings and bookable spaces as the pages, documents and command line list them: a
range of days, a week, the requests waiting, a month's use."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, joinedload

from incubator_app.domain.bookings import (
    BookingStatus,
    Slot,
    SpacePolicy,
    open_minutes,
    week_of,
)
from incubator_app.domain.building import SpaceKind
from incubator_app.domain.errors import DomainError
from incubator_app.services.lookup import find_booking, find_space
from incubator_app.store.models import Booking, Space


@dataclass(frozen=True)
class BookingView:
    id: int
    space: str  # its name
    space_number: str
    start: datetime
    end: datetime
    tenant_id: int | None
    booker: str  # the tenant's name or the organisation
    external: str | None  # the organisation, None for a tenant
    contact: str | None
    purpose: str | None
    attendees: int
    status: BookingStatus
    override_reason: str | None
    version: int  # as read: a save made from it is refused if the record moved on


def space_policy(space: Space) -> SpacePolicy:
    return SpacePolicy(
        capacity=space.capacity or 0,
        opens=space.opens,
        closes=space.closes,
        longest_minutes=space.longest_minutes,
        open_on_closed_days=space.open_on_closed_days,
        tenants_only=space.tenants_only,
        buffer_minutes=space.buffer_minutes,
    )


@dataclass(frozen=True)
class BookableSpace:
    """A space that is lent by the hour, with how it may be booked."""

    id: int
    number: str
    name: str
    policy: SpacePolicy


def bookable_spaces(session: Session) -> list[BookableSpace]:
    """The spaces taking bookings, by number."""
    spaces = session.scalars(
        select(Space).where(Space.kind == SpaceKind.BOOKABLE).order_by(Space.number)
    )
    return [BookableSpace(s.id, s.number, s.name, space_policy(s)) for s in spaces]


def find_bookable(session: Session, key: str) -> Space:
    """A bookable space by number or name; a wrong name is answered with the right ones."""
    try:
        space = find_space(session, key)
    except DomainError:
        spaces = ", ".join(f"{s.name}({s.number})" for s in bookable_spaces(session))
        raise DomainError(
            "booking_space_unknown", field="space", value=key, spaces=spaces
        ) from None
    if space.kind is not SpaceKind.BOOKABLE:
        raise DomainError("booking_not_bookable", field="space", room=space.number, name=space.name)
    return space


def list_bookings(
    session: Session, first: date, last: date, space: str | None = None
) -> list[BookingView]:
    """Every booking starting on a day in [first, last], whatever its status, by start."""
    if first > last:
        raise DomainError("booking_period", field="first", first=first, last=last)
    chosen = [] if space is None else [Booking.space_id == find_bookable(session, space).id]
    return _views(session, *_starting(first, last), *chosen)


def _starting(first: date, last: date) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    """Bookings starting on a day in [first, last] (the index on the start finds them)."""
    return (
        Booking.start_at >= datetime.combine(first, time()),
        Booking.start_at < datetime.combine(last + timedelta(days=1), time()),
    )


def _views(session: Session, *conditions: ColumnElement[bool]) -> list[BookingView]:
    """The bookings meeting ``conditions``, by start, with their space and tenant."""
    query = (
        select(Booking)
        .options(joinedload(Booking.space), joinedload(Booking.tenant))
        .where(*conditions)
        .order_by(Booking.start_at, Booking.id)
    )
    return [booking_view(b) for b in session.scalars(query)]


@dataclass(frozen=True)
class WeekBookings:
    """One week (from its Monday) of the bookable spaces and every booking in them."""

    monday: date
    spaces: list[BookableSpace]
    bookings: list[BookingView]


def week_bookings(session: Session, day: date, space: str | None = None) -> WeekBookings:
    """The week around ``day``, for every bookable space or only ``space``."""
    monday = week_of(day)
    spaces = bookable_spaces(session)
    conditions = list(_starting(monday, monday + timedelta(days=6)))
    if space is not None:
        chosen = find_bookable(session, space).id
        spaces = [s for s in spaces if s.id == chosen]
        conditions.append(Booking.space_id == chosen)
    return WeekBookings(monday, spaces, _views(session, *conditions))


def pending_bookings(session: Session, since: date) -> list[BookingView]:
    """Requests (신청) still waiting for a decision, from ``since`` on, soonest first."""
    return _views(
        session,
        Booking.status == BookingStatus.REQUESTED,
        Booking.start_at >= datetime.combine(since, time()),
    )


@dataclass(frozen=True)
class SpaceUse:
    """How much of a month a bookable space was taken: approved and no-show bookings."""

    space: str
    booked_minutes: int
    open_minutes: int

    @property
    def rate(self) -> Decimal | None:
        """Booked hours over open hours, in percent to 0.1 (None: never open)."""
        if not self.open_minutes:
            return None
        return (Decimal(self.booked_minutes) * 100 / self.open_minutes).quantize(Decimal("0.1"))


def utilisation(session: Session, year: int, month: int) -> list[SpaceUse]:
    """Each bookable space's use in the month, by space number."""
    first = date(year, month, 1)
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    taken: dict[int, int] = {}
    for booking in session.scalars(
        select(Booking).where(
            Booking.status.in_((BookingStatus.APPROVED, BookingStatus.NO_SHOW)),
            *_starting(first, last),
        )
    ):
        minutes = Slot(booking.start_at, booking.end_at).minutes
        taken[booking.space_id] = taken.get(booking.space_id, 0) + minutes
    return [
        SpaceUse(space.name, taken.get(space.id, 0), open_minutes(space.policy, year, month))
        for space in bookable_spaces(session)
    ]


def get_booking(session: Session, booking_id: int) -> BookingView:
    """One booking as stored now (a dialog reading it again)."""
    return booking_view(find_booking(session, booking_id))


def booking_view(booking: Booking) -> BookingView:
    return BookingView(
        id=booking.id,
        space=booking.space.name,
        space_number=booking.space.number,
        start=booking.start_at,
        end=booking.end_at,
        tenant_id=booking.tenant_id,
        booker=booker_name(booking),
        external=booking.organisation,
        contact=booking.contact,
        purpose=booking.purpose,
        attendees=booking.attendees,
        status=booking.status,
        override_reason=booking.override_reason,
        version=booking.version,
    )


def booker_name(booking: Booking) -> str:
    """Who booked: the tenant's name or the organisation."""
    return booking.tenant.name if booking.tenant else booking.organisation or ""
