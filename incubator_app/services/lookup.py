"""Finding the records a person names: a tenant by BRN or ID, a room by number or name."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from incubator_app.domain.errors import DomainError
from incubator_app.domain.identifiers import brn_digits
from incubator_app.domain.text import search_text
from incubator_app.store.models import Base, Booking, Lease, Space, Tenant

T = TypeVar("T", bound=Base)


MAX_ID = 2**63 - 1


def _by_id(session: Session, model: type[T], key: str | int) -> T | None:
    number = key if isinstance(key, int) else int(key) if key.isascii() and key.isdigit() else 0
    return session.get(model, number) if 0 < number <= MAX_ID else None


def find_tenant(session: Session, key: str | int) -> Tenant:
    """A tenant by its ID, or by its BRN typed with or without hyphens."""
    tenant = None
    if isinstance(key, str):
        digits = brn_digits(key)
        if digits is not None:
            tenant = session.scalar(select(Tenant).where(Tenant.brn == digits))
        key = key.strip()
    if tenant is None:
        tenant = _by_id(session, Tenant, key)
    if tenant is None:
        raise DomainError("tenant_not_found", field="tenant", value=key)
    return tenant


def find_space(session: Session, key: str) -> Space:
    """A space by its number ("301") or its exact name ("코워킹스페이스")."""
    text = search_text(key)
    found = session.scalars(select(Space).where(or_(Space.number == text, Space.name == text)))
    # one read for either (a round trip to a server counts); a number wins over a name
    space = min(found, key=lambda s: s.number != text, default=None)
    if space is None:
        raise DomainError("room_not_found", field="room", value=key)
    return space


def find_lease(session: Session, lease_id: int) -> Lease:
    lease = _by_id(session, Lease, lease_id)
    if lease is None:
        raise DomainError("lease_not_found", field="lease", value=lease_id)
    return lease


def find_booking(session: Session, booking_id: int) -> Booking:
    booking = _by_id(session, Booking, booking_id)
    if booking is None:
        raise DomainError("booking_not_found", field="booking", value=booking_id)
    return booking
