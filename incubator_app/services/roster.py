"""The tenant roster (입주기업 현황) on a date, streamed row by row for large exports."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Exists, func, select
from sqlalchemy.orm import Session, joinedload

from incubator_app.services.lease_lists import LeaseView, lease_view
from incubator_app.services.tenants import RECORD_COLUMNS, TenantView, tenant_view, views_of
from incubator_app.store.models import Building, Floor, Lease, Space, Tenant, covering

BATCH = 2_000


@dataclass(frozen=True)
class RosterEntry:
    """One roster line: a tenant and the lease it holds on the date (None: no lease)."""

    tenant: TenantView
    lease: LeaseView | None


def records_id(session: Session) -> str:
    """This database's own identity, which every roster it exports carries (so that the
    roster's 기업 IDs are trusted on import only here)."""
    found = session.scalar(select(Building.records_id).order_by(Building.id).limit(1))
    return found or ""


def roster_size(session: Session, day: date, everyone: bool = False) -> int:
    """How many lines ``roster_on`` yields (for a progress bar)."""
    leases = session.scalar(select(func.count(Lease.id)).where(covering(day))) or 0
    if not everyone:
        return leases
    return leases + (session.scalar(select(func.count(Tenant.id)).where(~_holds(day))) or 0)


def roster_on(session: Session, day: date, everyone: bool = False) -> Iterator[RosterEntry]:
    """Leases covering ``day`` by floor and room; with ``everyone``, then the other tenants.

    Rows are read in batches, so memory stays flat however many tenants there are.
    """
    leases = (
        select(Lease)
        .join(Lease.space)
        .join(Space.floor)
        .options(joinedload(Lease.tenant), joinedload(Lease.space).joinedload(Space.floor))
        .where(covering(day))
        .order_by(Floor.level, Space.number, Lease.start_date, Lease.id)
        .execution_options(yield_per=BATCH)
    )
    for lease in session.scalars(leases):
        yield RosterEntry(tenant_view(lease.tenant, day), lease_view(lease))
    if everyone:
        # read as records: tenants without a lease are as many as the station ever had
        others = (
            select(*RECORD_COLUMNS)
            .where(~_holds(day))
            .order_by(Tenant.name, Tenant.id)
            .execution_options(yield_per=BATCH)
        )
        for tenant in views_of(session, others, day):
            yield RosterEntry(tenant, None)


def _holds(day: date) -> Exists:
    return select(Lease.id).where(Lease.tenant_id == Tenant.id, covering(day)).exists()
