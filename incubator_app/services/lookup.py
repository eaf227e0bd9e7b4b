"""Finding the records a person names: a tenant by BRN or ID, a room by number or name."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app.domain.errors import DomainError
from incubator_app.store.models import Lease, Space, Tenant


def find_tenant(session: Session, key: str | int) -> Tenant:
    """A tenant by its ID, or by its BRN typed with or without hyphens."""
    text = str(key).strip()
    digits = text.replace("-", "").replace(" ", "")
    tenant = None
    if len(digits) == 10 and digits.isdigit():
        tenant = session.scalar(select(Tenant).where(Tenant.brn == digits))
    elif text.isdigit():
        tenant = session.get(Tenant, int(text))
    if tenant is None:
        raise DomainError("tenant_not_found", field="tenant", value=text)
    return tenant


def find_space(session: Session, key: str) -> Space:
    """A space by its number ("301") or its exact name ("코워킹스페이스")."""
    text = key.strip()
    space = session.scalar(select(Space).where(Space.number == text))
    if space is None:
        space = session.scalar(select(Space).where(Space.name == text))
    if space is None:
        raise DomainError("room_not_found", field="room", value=key)
    return space


def find_lease(session: Session, lease_id: int) -> Lease:
    lease = session.get(Lease, lease_id)
    if lease is None:
        raise DomainError("lease_not_found", field="lease", value=lease_id)
    return lease
