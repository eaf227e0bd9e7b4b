"""Shared-space bookings: take a request (one or weekly), decide it (DOMAIN.md 21-25).

Check and insert happen in the caller's write transaction, which began with the
station's write lock (store/database.py): no other desk writes meanwhile, so two
desks booking one space queue up and the second sees the first's booking.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app.domain.bookings import (
    BLOCKING,
    Booker,
    BookingStatus,
    Slot,
    check_booking_rules,
    check_transition,
)
from incubator_app.domain.errors import DomainError
from incubator_app.domain.text import clean_text
from incubator_app.domain.verdict import Verdict
from incubator_app.services.booking_lists import (
    BookingView,
    booker_name,
    booking_view,
    find_bookable,
    space_policy,
)
from incubator_app.services.lookup import find_booking, find_tenant
from incubator_app.services.settings import load_policy
from incubator_app.services.stamps import check_seen
from incubator_app.store.models import Booking, Lease, Space, Tenant, covering

MAX_WEEKS = 52


@dataclass(frozen=True)
class BookingInput:
    """A request as typed: the space by number or name, the booker a tenant or an outside
    organisation with a contact."""

    space: str
    start: datetime
    end: datetime
    tenant: str | int | None = None
    organisation: str | None = None
    contact: str | None = None
    purpose: str | None = None
    attendees: int = 1
    override_reason: str | None = None


@dataclass(frozen=True)
class _Request:
    """A request resolved: the space, the booker, the slot."""

    space: Space
    tenant: Tenant | None
    organisation: str | None
    contact: str | None
    slot: Slot
    booker: Booker


def _resolve(session: Session, data: BookingInput) -> _Request:
    space = find_bookable(session, data.space)
    tenant = find_tenant(session, data.tenant) if data.tenant is not None else None
    organisation = _text("organisation", data.organisation)
    contact = _text("contact", data.contact)
    if tenant is not None and organisation is not None:
        raise DomainError("booking_two_bookers", field="organisation")
    if tenant is None and organisation is not None and contact is None:
        raise DomainError("booking_contact", field="contact", organisation=organisation)
    if tenant is None and organisation is None:
        raise DomainError("booking_booker", field="tenant")
    slot = Slot(data.start, data.end)
    housed = (
        tenant is not None
        and space.tenants_only  # only asked where it matters
        and _housed(session, tenant, slot.start.date())
    )
    return _Request(space, tenant, organisation, contact, slot, Booker(tenant is not None, housed))


def _housed(session: Session, tenant: Tenant, day: date) -> bool:
    """Whether the tenant holds a lease on ``day``."""
    held = select(Lease.id).where(Lease.tenant_id == tenant.id, covering(day)).limit(1)
    return session.scalar(held) is not None


@dataclass(frozen=True)
class BookingPreview:
    """A request as it would be recorded."""

    space: str  # its name
    slot: Slot
    booker: str  # the tenant's name or the organisation


def check_booking(session: Session, data: BookingInput, now: datetime) -> Verdict[BookingPreview]:
    """Every rule on a request not yet made, reading only (no lock, nothing written): a
    refusal is raised; the policy rules a written reason lifts are named."""
    return _check(session, data, now).verdict


def book(session: Session, data: BookingInput, now: datetime) -> BookingView:
    """A request (신청) after ``check_booking``'s rules, checked again under the lock."""
    return _record(session, _check(session, data, now), now)


@dataclass(frozen=True)
class _Checked:
    """A request resolved and checked, ready to be recorded."""

    request: _Request
    data: BookingInput
    verdict: Verdict[BookingPreview]


def _check(session: Session, data: BookingInput, now: datetime) -> _Checked:
    request = _resolve(session, data)
    space, slot = request.space, request.slot
    reason = clean_text("override_reason", data.override_reason, 1000, multiline=True)
    policy = space_policy(space)
    excusable = check_booking_rules(
        slot,
        policy,
        attendees=data.attendees,
        booker=request.booker,
        now=now,
        window_days=load_policy(session).booking_window_days,
    )  # the verdict refuses these without a reason
    _text("purpose", data.purpose)
    _check_free(session, space, slot, policy.buffer_minutes)
    booker = request.tenant.name if request.tenant else request.organisation or ""
    preview = BookingPreview(space.name, slot, booker)
    return _Checked(request, data, Verdict(preview, tuple(excusable), reason))


def _record(session: Session, checked: _Checked, now: datetime) -> BookingView:
    checked.verdict.allowed()
    request, data = checked.request, checked.data
    booking = Booking(
        space=request.space,
        start_at=request.slot.start,
        end_at=request.slot.end,
        tenant=request.tenant,
        organisation=request.organisation,
        contact=request.contact,
        purpose=_text("purpose", data.purpose),
        attendees=data.attendees,
        status=BookingStatus.REQUESTED,
        requested_at=now,
        override_reason=checked.verdict.reason,
    )
    session.add(booking)
    session.flush()
    return booking_view(booking)


def _check_free(session: Session, space: Space, slot: Slot, buffer_minutes: int) -> None:
    """No blocking booking of the space comes within the buffer of ``slot``.

    A booking ends within a day of its start, so only those starting in the day
    before ``slot`` can reach it: the index on (space, start) reads a few rows
    however long the history.
    """
    pad = timedelta(minutes=buffer_minutes)
    earliest = slot.start - pad - timedelta(days=1)
    near = session.scalars(
        select(Booking).where(
            Booking.space_id == space.id,
            Booking.status.in_(BLOCKING),
            Booking.start_at > earliest,
            Booking.start_at < slot.end + pad,
            Booking.end_at > slot.start - pad,
        )
    ).first()
    if near is not None:
        raise DomainError(
            "booking_overlap",
            field="start",
            slot=str(slot),
            other=near.id,
            other_slot=str(Slot(near.start_at, near.end_at)),
            holder=booker_name(near),
            room=space.name,
        )


def decide(
    session: Session,
    booking_id: int,
    status: BookingStatus,
    now: datetime,
    *,
    seen: int | None = None,
) -> BookingView:
    """승인, 반려, 취소 or 노쇼, as the transitions allow."""
    booking = find_booking(session, booking_id)
    check_seen(booking, seen)
    check_transition(booking.status, status, Slot(booking.start_at, booking.end_at), now)
    booking.status = status
    booking.decided_at = now
    session.flush()
    return booking_view(booking)


def _text(field: str, text: str | None) -> str | None:
    return clean_text(field, text, 200)


@dataclass(frozen=True)
class SeriesDate:
    """One week of a series: why it cannot be booked (``None``: it can), what a written
    reason lifts on it, and the booking once written."""

    start: datetime
    refusal: DomainError | None
    excusable: tuple[DomainError, ...] = ()
    booking: BookingView | None = None


class SeriesRefusedError(Exception):
    """Some dates of a weekly series cannot be booked: nothing is written."""

    def __init__(self, dates: list[SeriesDate]) -> None:
        self.dates = dates
        self.refused = sum(d.refusal is not None for d in dates)
        super().__init__(f"{self.refused} dates refused")


def check_series(
    session: Session, data: BookingInput, weeks: int, now: datetime, *, skip_conflicts: bool
) -> Verdict[list[SeriesDate]]:
    """``book_weekly``'s verdict on every date, reading only: the dates, and the policy
    rules the written reason lifts on those it books (``SeriesRefusedError`` as there)."""
    dates = [date for date, _ in _series(session, data, weeks, now, skip_conflicts)]
    reason = clean_text("override_reason", data.override_reason, 1000, multiline=True)
    excused = tuple(rule for date in dates if date.refusal is None for rule in date.excusable)
    return Verdict(dates, excused, reason)


def book_weekly(
    session: Session, data: BookingInput, weeks: int, now: datetime, *, skip_conflicts: bool
) -> list[SeriesDate]:
    """The same slot for ``weeks`` weeks, each date checked as a booking of its own.

    Without ``skip_conflicts`` any refused date refuses the series
    (``SeriesRefusedError`` lists them all; nothing is written). With it those
    dates are left out; if none is left, the series is refused too.
    """
    return [
        date if checked is None else replace(date, booking=_record(session, checked, now))
        for date, checked in _series(session, data, weeks, now, skip_conflicts)
    ]


def _series(
    session: Session,
    data: BookingInput,
    weeks: int,
    now: datetime,
    skip_conflicts: bool,
) -> list[tuple[SeriesDate, _Checked | None]]:
    """Each date of the series with its check (``None`` where it is refused).

    The dates lie a week apart, so recording one never changes another's verdict.
    """
    if not 1 <= weeks <= MAX_WEEKS:
        raise DomainError("booking_weeks", field="weekly", value=weeks, most=MAX_WEEKS)
    dates: list[tuple[SeriesDate, _Checked | None]] = []
    for week in range(weeks):
        shift = timedelta(weeks=week)
        one = replace(data, start=data.start + shift, end=data.end + shift)
        try:
            checked = _check(session, one, now)
        except DomainError as error:
            dates.append((SeriesDate(one.start, error), None))
            continue
        refusal = checked.verdict.refusal
        excusable = checked.verdict.excusable
        dates.append((SeriesDate(one.start, refusal, excusable), None if refusal else checked))
    refused = sum(date.refusal is not None for date, _ in dates)
    if refused == len(dates) or (refused and not skip_conflicts):
        raise SeriesRefusedError([date for date, _ in dates])
    return dates
