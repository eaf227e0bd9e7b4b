"""Leases: sign (with every admission check), renew, end on a move-out date, list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from incubator_app.domain.building import SpaceKind
from incubator_app.domain.eligibility import check_admission, check_incubation_cap, held_days
from incubator_app.domain.errors import DomainError
from incubator_app.domain.leases import (
    check_move_out_day,
    check_seats,
    ended_early,
    lease_period,
)
from incubator_app.domain.money import parse_won
from incubator_app.domain.periods import Period
from incubator_app.domain.text import clean_text
from incubator_app.domain.verdict import Verdict, broken
from incubator_app.services.billing_deposits import check_unsettled, has_money
from incubator_app.services.lease_lists import LeaseView, lease_view
from incubator_app.services.lookup import find_lease, find_space, find_tenant
from incubator_app.services.settings import load_policy
from incubator_app.services.stamps import check_seen
from incubator_app.store.models import Lease, Space, Tenant, effective_end


@dataclass(frozen=True)
class LeaseInput:
    """A new lease as typed: the tenant by BRN or ID, the room by number or name."""

    tenant: str | int
    room: str
    start: date
    end: date | None = None
    seats: int | None = None
    deposit: int | str = 0
    rent: int | str = 0
    fee: int | str = 0
    override_reason: str | None = None


@dataclass(frozen=True)
class LeasePreview:
    """A lease as it would be signed."""

    tenant_id: int
    tenant_name: str
    room: str
    room_name: str
    period: Period
    seats: int | None
    renewal_of: int | None


def check_lease(session: Session, data: LeaseInput) -> Verdict[LeasePreview]:
    """Rules 9-14 on a lease not yet signed, reading only (no lock is taken, nothing is
    written): a refusal is raised; rules 9-11, which a written reason lifts, are named."""
    return _terms(session, data).verdict


def create_lease(session: Session, data: LeaseInput) -> LeaseView:
    """Sign a lease after ``check_lease``'s rules, checked again under the lock."""
    terms = _terms(session, data)
    preview = terms.verdict.allowed()
    lease = Lease(
        tenant=terms.tenant,
        space=terms.space,
        start_date=preview.period.start,
        end_date=preview.period.end,
        seats=preview.seats,
        **terms.money,
        renewal_of_id=preview.renewal_of,
        override_reason=terms.verdict.reason,
    )
    session.add(lease)
    session.flush()
    return lease_view(lease)


@dataclass(frozen=True)
class _Terms:
    """A lease resolved and checked: its tenant and room, money, and the verdict."""

    tenant: Tenant
    space: Space
    money: dict[str, int]
    verdict: Verdict[LeasePreview]


def _terms(session: Session, data: LeaseInput) -> _Terms:
    money = {
        "deposit": parse_won(data.deposit, "deposit"),
        "monthly_rent": parse_won(data.rent, "rent"),
        "monthly_fee": parse_won(data.fee, "fee"),
    }
    tenant = find_tenant(session, data.tenant)
    space = find_space(session, data.room)
    period = lease_period(data.start, data.end, load_policy(session).default_lease_years)
    reason = clean_text("override_reason", data.override_reason, 1000, multiline=True)
    seats = 1 if data.seats is None and space.kind is SpaceKind.COWORKING else data.seats
    _check_space_free(session, space, period, seats)
    excusable = (
        broken(
            lambda: check_admission(tenant.started_on, period.start),
            lambda: _check_cap(session, tenant, period),
        )
        if space.kind.incubates
        else ()
    )
    preview = LeasePreview(
        tenant_id=tenant.id,
        tenant_name=tenant.name,
        room=space.number,
        room_name=space.name,
        period=period,
        seats=seats,
        renewal_of=_continued(session, tenant.id, space.id, period.start),
    )
    return _Terms(tenant, space, money, Verdict(preview, excusable, reason))


def check_renewal(
    session: Session, lease_id: int, end: date | None = None, override_reason: str | None = None
) -> Verdict[LeasePreview]:
    """``check_lease`` on the renewal ``renew_lease`` would sign, reading only."""
    return check_lease(session, _renewal(session, lease_id, end, override_reason))


def renew_lease(
    session: Session,
    lease_id: int,
    end: date | None = None,
    override_reason: str | None = None,
    *,
    seen: int | None = None,
) -> LeaseView:
    """Rule 10: the same room and terms from the day after the lease ends, checked afresh.

    Two desks renewing one lease at once queue up for the write lock, and the second
    finds it renewed."""
    check_seen(find_lease(session, lease_id), seen)
    return create_lease(session, _renewal(session, lease_id, end, override_reason))


def _renewal(
    session: Session, lease_id: int, end: date | None, override_reason: str | None
) -> LeaseInput:
    """The lease that renews ``lease_id``: refused for a lease ended early or renewed."""
    lease = find_lease(session, lease_id)
    if lease.terminated_on is not None and ended_early(lease.end_date, lease.terminated_on):
        raise DomainError(
            "lease_already_ended", field="lease", value=lease.id, on=lease.terminated_on.isoformat()
        )
    _check_not_continued(session, lease)
    return LeaseInput(
        tenant=lease.tenant_id,
        room=lease.space.number,
        start=lease.end_date + timedelta(days=1),
        end=end,
        seats=lease.seats,
        deposit=lease.deposit,
        rent=lease.monthly_rent,
        fee=lease.monthly_fee,
        override_reason=override_reason,
    )


def check_move_out(session: Session, lease_id: int, on: date) -> Verdict[Period]:
    """Rule 15 on a move-out not yet recorded, reading only: the lease's effective period."""
    return Verdict(_move_out(session, find_lease(session, lease_id), on))


def terminate_lease(
    session: Session, lease_id: int, on: date, *, seen: int | None = None
) -> LeaseView:
    """Rule 15: the move-out date becomes the lease's effective end.

    A move-out already recorded may be corrected: to an earlier day freely, to a
    later one only where the room (or seats) and the incubation cap allow it.
    A lease that a signed renewal continues ends through that renewal instead.
    """
    lease = find_lease(session, lease_id)
    check_seen(lease, seen)
    _move_out(session, lease, on)
    lease.terminated_on = on
    session.flush()
    return lease_view(lease)


def _move_out(session: Session, lease: Lease, on: date) -> Period:
    check_move_out_day(Period(lease.start_date, lease.end_date), on)
    check_unsettled(session, lease)
    _check_not_continued(session, lease)
    held_until = lease.period.end
    if on > held_until:
        extension = Period(held_until + timedelta(days=1), on)
        _check_space_free(session, lease.space, extension, lease.seats)
        if lease.space.kind.incubates:
            _check_cap(session, lease.tenant, extension)
    return Period(lease.start_date, on)


@dataclass(frozen=True)
class Revision:
    """The terms of a signed lease that a correction (an import) may change."""

    end: date
    deposit: int
    rent: int
    fee: int
    seats: int | None
    override_reason: str | None


def revision_of(lease: LeaseView) -> Revision:
    return Revision(
        lease.effective_end,
        lease.deposit,
        lease.rent,
        lease.fee,
        lease.seats,
        lease.override_reason,
    )


def revise_lease(session: Session, lease_id: int, terms: Revision) -> LeaseView:
    """New terms for a signed lease (an import correcting it): its end, money, seats, reason.

    A later end, or more seats, must find the room (or seats) and the incubation cap free.
    """
    lease = find_lease(session, lease_id)
    period = Period(lease.start_date, terms.end)
    if terms != revision_of(lease_view(lease)):
        check_unsettled(session, lease)
    if terms.seats != lease.seats:
        _check_space_free(session, lease.space, period, terms.seats, besides=lease.id)
    elif terms.end > lease.period.end:
        extension = Period(lease.period.end + timedelta(days=1), terms.end)
        _check_space_free(session, lease.space, extension, lease.seats)
    if terms.end > lease.period.end and lease.space.kind.incubates:
        _check_cap(session, lease.tenant, Period(lease.period.end + timedelta(days=1), terms.end))
    if terms.end != lease.period.end:  # a new end; the same one keeps a recorded move-out
        lease.end_date, lease.terminated_on = period.end, None
    lease.deposit = parse_won(terms.deposit, "deposit")
    lease.monthly_rent = parse_won(terms.rent, "rent")
    lease.monthly_fee = parse_won(terms.fee, "fee")
    lease.seats = terms.seats
    lease.override_reason = clean_text(
        "override_reason", terms.override_reason, 1000, multiline=True
    )
    session.flush()
    return lease_view(lease)


def cancel_lease(session: Session, lease_id: int, today: date) -> LeaseView:
    """Withdraw a lease that has not begun (a signed renewal, a move-in that fell through)."""
    lease = find_lease(session, lease_id)
    if lease.start_date <= today:
        raise DomainError(
            "lease_started", field="lease", value=lease.id, start=lease.start_date.isoformat()
        )
    _check_not_continued(session, lease)
    if has_money(session, lease.id):
        raise DomainError("lease_charged", field="lease", value=lease.id)
    view = lease_view(lease)
    session.delete(lease)
    session.flush()
    return view


def _check_space_free(
    session: Session, space: Space, period: Period, seats: int | None, besides: int | None = None
) -> None:
    """Rule 14: a room held by no other lease (``besides`` one being revised); coworking
    seats within the capacity."""
    if not space.kind.leasable:
        raise DomainError("space_not_leasable", field="room", room=space.number, name=space.name)
    overlapping = session.scalars(
        select(Lease)
        .options(joinedload(Lease.tenant))
        .where(
            Lease.space_id == space.id,
            Lease.start_date <= period.end,
            effective_end >= period.start,
            Lease.id != (besides or -1),
        )
    ).all()
    if space.kind is SpaceKind.COWORKING:
        taken = ((o.period, o.seats or 0) for o in overlapping)
        check_seats(period, seats if seats is not None else 1, space.capacity or 0, taken)
    elif seats is not None:
        raise DomainError("seats_for_coworking_only", field="seats", room=space.number)
    elif overlapping:
        other = overlapping[0]
        raise DomainError(
            "room_taken",
            field="room",
            room=space.number,
            period=str(period),
            tenant=other.tenant.name,
            other=str(other.period),
        )


def _check_cap(session: Session, tenant: Tenant, period: Period) -> None:
    """Rule 11 over every startup-room and coworking lease the tenant has signed."""
    held = held_days(lease.period for lease in tenant.leases if lease.space.kind.incubates)
    check_incubation_cap(held, period, load_policy(session).incubation_cap_days)


def _check_not_continued(session: Session, lease: Lease) -> None:
    """A lease that a signed renewal continues is renewed, ended or withdrawn through it."""
    following = session.scalar(select(Lease.id).where(Lease.renewal_of_id == lease.id))
    if following is not None:
        raise DomainError("lease_continued", field="lease", value=lease.id, renewal=following)


def _continued(session: Session, tenant_id: int, space_id: int, start: date) -> int | None:
    """The tenant's lease of the same space that ends the day before ``start`` (rule 10)."""
    return session.scalar(
        select(Lease.id).where(
            Lease.tenant_id == tenant_id,
            Lease.space_id == space_id,
            effective_end == start - timedelta(days=1),
        )
    )
