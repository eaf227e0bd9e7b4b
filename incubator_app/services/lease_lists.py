"""Leases as the pages, documents and command line list them: on a date, ending soon,
ended, each saying whether a signed renewal continues it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased, joinedload

from incubator_app.domain.building import SpaceKind
from incubator_app.domain.leases import ended_early
from incubator_app.domain.policy import Policy
from incubator_app.services.lookup import find_lease, find_space
from incubator_app.services.settings import load_policy
from incubator_app.store.models import Lease, Space, covering, effective_end


@dataclass(frozen=True)
class LeaseView:
    id: int
    tenant_id: int
    tenant_name: str
    room: str
    room_name: str
    kind: SpaceKind
    floor: int
    area_m2: Decimal | None
    start: date
    end: date  # as contracted
    terminated_on: date | None  # the move-out, when earlier than ``end``
    seats: int | None
    deposit: int
    rent: int
    fee: int
    renewal_of: int | None
    override_reason: str | None
    version: int  # as read: a save made from it is refused if the record moved on
    renewed: bool = False  # a signed renewal continues it (as listed by ``list_leases``)

    @property
    def effective_end(self) -> date:
        return self.terminated_on or self.end

    @property
    def renewable(self) -> bool:
        """Whether a renewal may be offered: none signed yet, and no early move-out."""
        return not self.renewed and not ended_early(self.end, self.terminated_on)


def find_lease_of(session: Session, tenant_id: int, room: str, start: date) -> LeaseView | None:
    """The tenant's lease of ``room`` that starts on ``start``, if there is one."""
    space = find_space(session, room)
    lease = session.scalar(
        select(Lease).where(
            Lease.tenant_id == tenant_id, Lease.space_id == space.id, Lease.start_date == start
        )
    )
    return lease_view(lease) if lease else None


def leases_ending(session: Session, day: date) -> list[LeaseView]:
    """Leases covering ``day`` that end within the alert window with no signed renewal
    (the 계약 page's 만료 예정, as the floor plan and the alerts count them)."""
    policy = load_policy(session)
    return [lease for lease in list_leases(session, day) if ending_soon(lease, policy, day)]


def ending_soon(lease: LeaseView, policy: Policy, day: date) -> bool:
    """Rule of the alert window: the lease ends within it on ``day`` and no signed renewal
    continues it (the 계약 page's 만료 예정, the floor plan's colour, the alerts)."""
    return not lease.renewed and policy.ends_soon(lease.effective_end, day)


def leases_ended(session: Session, day: date) -> list[LeaseView]:
    """Leases over before ``day`` (moved out, or run to their end), by room and start."""
    return list_leases(session, ended_before=day)


def list_leases(
    session: Session,
    as_of: date | None = None,
    tenant: int | None = None,
    *,
    ended_before: date | None = None,
) -> list[LeaseView]:
    """Every lease, or those covering ``as_of``, or one tenant's; by room and start; each
    says whether a signed renewal continues it."""
    query = (
        select(Lease)
        .join(Lease.space)
        .options(joinedload(Lease.tenant), joinedload(Lease.space).joinedload(Space.floor))
        .order_by(Space.number, Lease.start_date, Lease.id)  # ties: the same on both databases
    )
    if as_of is not None:
        query = query.where(covering(as_of))
    if tenant is not None:
        query = query.where(Lease.tenant_id == tenant)
    if ended_before is not None:
        query = query.where(effective_end < ended_before)
    renewal = aliased(Lease)
    renewed = select(renewal.id).where(renewal.renewal_of_id == Lease.id).exists()
    return [
        replace(lease_view(lease), renewed=True) if was_renewed else lease_view(lease)
        for lease, was_renewed in session.execute(query.add_columns(renewed))
    ]


def get_lease(session: Session, lease_id: int) -> LeaseView:
    """One lease as stored now (a dialog reading it again)."""
    return lease_view(find_lease(session, lease_id))


def lease_view(lease: Lease) -> LeaseView:
    return LeaseView(
        id=lease.id,
        tenant_id=lease.tenant_id,
        tenant_name=lease.tenant.name,
        room=lease.space.number,
        room_name=lease.space.name,
        kind=lease.space.kind,
        floor=lease.space.floor.level,
        area_m2=lease.space.area_m2,
        start=lease.start_date,
        end=lease.end_date,
        terminated_on=lease.terminated_on,
        seats=lease.seats,
        deposit=lease.deposit,
        rent=lease.monthly_rent,
        fee=lease.monthly_fee,
        renewal_of=lease.renewal_of_id,
        override_reason=lease.override_reason,
        version=lease.version,
    )
