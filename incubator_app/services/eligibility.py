"""Each tenant holding a lease on a date: its stage, days left and alerts (DOMAIN.md 17)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app.domain.alerts import Alert, TenantFacts, tenant_alerts
from incubator_app.domain.building import SpaceKind
from incubator_app.domain.eligibility import (
    Stage,
    days_left,
    early_stage_until,
    held_days,
    stage_on,
)
from incubator_app.domain.identifiers import EntityType, format_brn
from incubator_app.domain.periods import Period
from incubator_app.domain.policy import Policy
from incubator_app.services.billing_balances import overdue_since
from incubator_app.services.settings import load_policy
from incubator_app.store.models import Lease, Space, Tenant, covering, effective_end


@dataclass(frozen=True)
class TenantStanding:
    tenant_id: int
    name: str
    brn: str | None
    entity: EntityType
    stage: Stage
    early_stage_until: date | None
    days_left: int | None
    cap_days_left: int | None  # None for a tenant holding only investor rooms
    alerts: tuple[Alert, ...]


@dataclass(frozen=True)
class _Held:
    lease_id: int
    renewal_of: int | None
    kind: SpaceKind
    period: Period


def standings_on(session: Session, day: date) -> list[TenantStanding]:
    """Tenants holding a lease on ``day``, the most pressing alert first.

    Reads only the leases of those tenants: the work grows with the tenants in
    the building, not with the station's history.
    """
    policy = load_policy(session)
    present = select(Lease.tenant_id).where(covering(day))
    held: dict[int, list[_Held]] = defaultdict(list)
    rows = session.execute(
        select(
            Lease.tenant_id,
            Lease.id,
            Lease.renewal_of_id,
            Space.kind,
            Lease.start_date,
            effective_end,
        )
        .join(Lease.space)
        .where(Lease.tenant_id.in_(present))
    ).all()
    for tenant_id, lease_id, renewal_of, kind, start, end in rows:
        held[tenant_id].append(_Held(lease_id, renewal_of, kind, Period(start, end)))
    tenants = session.scalars(select(Tenant).where(Tenant.id.in_(held))).all()
    owing = overdue_since(session, day, present)
    standings = [_standing(t, held[t.id], day, policy, owing.get(t.id)) for t in tenants]
    standings.sort(key=lambda s: (min((a.days for a in s.alerts), default=10**6), s.name))
    return standings


def _standing(
    tenant: Tenant, leases: list[_Held], day: date, policy: Policy, overdue: date | None
) -> TenantStanding:
    incubating = [h for h in leases if h.kind.incubates]
    renewed = {h.renewal_of for h in leases}  # continued by a signed renewal: not ending
    facts = TenantFacts(
        started_on=tenant.started_on,
        incubating=any(h.period.covers(day) for h in incubating),
        endings=tuple(
            h.period.end for h in leases if h.period.covers(day) and h.lease_id not in renewed
        ),
        signed_days=held_days(h.period for h in incubating),
        first_move_in=min((h.period.start for h in incubating), default=None),
        last_move_out=max((h.period.end for h in incubating), default=None),
        overdue_since=overdue,
    )
    started = tenant.started_on
    return TenantStanding(
        tenant_id=tenant.id,
        name=tenant.name,
        brn=format_brn(tenant.brn) if tenant.brn else None,
        entity=tenant.entity,
        stage=stage_on(started, day, tenant.new_industry),
        early_stage_until=early_stage_until(started) if started else None,
        days_left=days_left(started, day),
        cap_days_left=policy.cap_days_left(facts.signed_days) if incubating else None,
        alerts=tuple(tenant_alerts(facts, day, policy)),
    )
