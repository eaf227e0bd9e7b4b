"""What has been paid of each charge, and what is overdue (DOMAIN.md 29-30): computed
from the charges and payments each time (``domain.billing``), never stored.

The sums a listing needs of a tenant's older charges are added up by the database, so
that a month's listing and the arrears read the rows of that month and of the tenants
in arrears, not the station's whole history, in Python.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from incubator_app.domain.billing import (
    Amounts,
    Month,
    Owed,
    arrears_on,
    open_amounts,
    paid_by_charge,
    shares,
)
from incubator_app.domain.identifiers import format_brn
from incubator_app.services.billing import CHARGED, ChargeLine, Terms, held_in, won_sum
from incubator_app.store.models import Charge, Lease, Payment, Space, Tenant, effective_end

EARLIER = -1  # the place of a tenant's older charges, added up, among its listed ones
TENANT_BATCH = 5_000  # tenants whose rows one query reads
RECENT = timedelta(days=366)  # arrears read charges one by one this far back


def _owed_rows() -> Select[int, int, int, str, int, date]:
    """Each charge as payments meet it: its id, lease, tenant, month, total and due."""
    return select(
        Charge.id, Charge.lease_id, Lease.tenant_id, Charge.month, CHARGED, Charge.due
    ).join(Charge.lease)


def _owed(rows: Iterable[Any]) -> dict[int, list[Owed]]:
    """The rows of ``_owed_rows`` by tenant, as ``domain.billing`` takes them."""
    found: dict[int, list[Owed]] = defaultdict(list)
    for charge_id, lease_id, tenant, month, total, due in rows:
        found[tenant].append(Owed(charge_id, due, charge_id, lease_id, month, total))
    return found


def charges_of_month(
    session: Session, month: Month, as_of: date, tenant_id: int | None = None
) -> list[ChargeLine]:
    """Every charge and adjustment issued for ``month`` (of one tenant, if named), with
    what payments made on or before ``as_of`` have paid of each."""
    listed = (
        select(
            Charge.id,
            Lease.id,
            Lease.tenant_id,
            Tenant.name,
            Tenant.brn,
            Space.number,
            Charge.adjustment,
            Charge.rent,
            Charge.fee,
            Charge.vat,
            Charge.due,
            Charge.rounding,
            Charge.vat_percent,
            Lease.start_date,
            effective_end,
        )
        .join(Charge.lease)
        .join(Lease.tenant)
        .join(Lease.space)
        .where(Charge.month == str(month))
        .order_by(Space.number, Tenant.name, Charge.id)
    )
    if tenant_id is not None:
        listed = listed.where(Lease.tenant_id == tenant_id)
    rows = session.execute(listed).all()
    if not rows:
        return []
    tenants = {row[2] for row in rows}
    cutoff = min(row.due for row in rows)
    paid = standing_of(session, tenants, as_of, cutoff).charges
    lines = []
    for (
        charge_id, lease_id, tenant, name, brn, room, adjustment, rent, fee, vat, due, rounding,
        percent, start, end,
    ) in rows:  # fmt: skip
        amounts = Amounts(rent, fee, vat)
        asked, share = paid.get(charge_id, (0, 0))
        lines.append(
            ChargeLine(
                charge_id,
                tenant,
                name,
                format_brn(brn) if brn else None,
                lease_id,
                room,
                month,
                adjustment,
                amounts,
                due,
                Terms(rounding, percent),
                held_in(month, start, end),
                share,
                asked - share,
            )
        )
    return lines


@dataclass(frozen=True)
class Standing:
    """Where tenants stand on a day: each charge's ask (after its month's negative
    adjustments) and what payments have paid of it, and each tenant's credit."""

    charges: dict[int, tuple[int, int]]
    credit: dict[int, int]


def standing_of(
    session: Session, tenants: Iterable[int], as_of: date, cutoff: date | None = None
) -> Standing:
    """The charges of ``tenants`` (those due on or after ``cutoff``, if given) met by the
    payments made up to ``as_of``. The charges due before ``cutoff`` come first in any
    order of payment: the database adds them up rather than handing them over."""
    standing = Standing({}, {})
    for batch in in_batches(tenants):
        _stand(session, batch, as_of, cutoff, standing)
    return standing


def _stand(
    session: Session, tenants: list[int], as_of: date, cutoff: date | None, into: Standing
) -> None:
    earlier: dict[int, int] = {}
    later_rows = _owed_rows().where(Lease.tenant_id.in_(tenants))
    if cutoff is not None:
        earlier = dict(
            session.execute(
                select(Lease.tenant_id, won_sum(CHARGED))
                .join(Charge.lease)
                .where(Lease.tenant_id.in_(tenants), Charge.due < cutoff)
                .group_by(Lease.tenant_id)
            ).all()
        )
        later_rows = later_rows.where(Charge.due >= cutoff)
    later = _owed(session.execute(later_rows))
    payments = _payments(session, tenants, as_of)
    for tenant in tenants:
        owed = list(later[tenant])
        if earlier.get(tenant) and cutoff is not None:
            owed.append(Owed(EARLIER, cutoff - timedelta(days=1), EARLIER, EARLIER,
                             "", earlier[tenant]))  # fmt: skip
        each, into.credit[tenant] = shares(owed, payments.get(tenant, ()))
        paid = paid_by_charge(each)
        for item, asked in open_amounts(owed):
            into.charges[item.id] = (asked, paid.get(item.id, 0))


def in_batches(ids: Iterable[int]) -> Iterator[list[int]]:
    """``ids`` a batch at a time: a query names at most ``TENANT_BATCH`` of them (SQLite
    takes 32,766 values in one statement, and a station may hold more tenants)."""
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), TENANT_BATCH):
        yield ordered[start : start + TENANT_BATCH]


def _payments(session: Session, tenants: list[int], as_of: date | None) -> dict[int, list[int]]:
    """Each tenant's payments in force made on or before ``as_of``, in the order applied."""
    statement = (
        select(Payment.tenant_id, Payment.amount)
        .where(Payment.tenant_id.in_(tenants), Payment.cancel_reason.is_(None))
        .order_by(Payment.paid_on, Payment.id)
    )
    if as_of is not None:
        statement = statement.where(Payment.paid_on <= as_of)
    found: dict[int, list[int]] = defaultdict(list)
    for tenant, amount in session.execute(statement):
        found[tenant].append(amount)
    return found


def owed_items(session: Session, tenant_id: int) -> list[Owed]:
    """Every charge and adjustment of one tenant as payments meet it."""
    return _owed(session.execute(_owed_rows().where(Lease.tenant_id == tenant_id)))[tenant_id]


def lease_owed(
    session: Session, tenant_id: int, lease_id: int, as_of: date, pending: Sequence[ChargeLine]
) -> int:
    """What is still owed on one lease's issued charges, due or not, once the tenant's
    payments made up to ``as_of`` are applied (oldest due first, over all its leases);
    ``pending``: adjustments not issued yet, counted as if they were."""
    owed = owed_items(session, tenant_id)
    owed += [
        Owed(-2 - n, line.due, 2**62 + n, line.lease_id, str(line.month), line.amounts.total)
        for n, line in enumerate(pending)
    ]
    each, _credit = shares(owed, _payments(session, [tenant_id], as_of).get(tenant_id, ()))
    paid = paid_by_charge(each)
    return sum(
        asked - paid.get(item.id, 0)
        for item, asked in open_amounts(owed)
        if item.lease_id == lease_id
    )


# --- arrears -------------------------------------------------------------------------


@dataclass(frozen=True)
class TenantArrears:
    """Rule 30: what a tenant owes of charges due before the day, since when."""

    tenant_id: int
    name: str
    brn: str | None
    balance: int
    oldest_due: date
    days_overdue: int


def arrears(session: Session, day: date, tenants: Select[int] | None = None) -> list[TenantArrears]:
    """Every tenant (or those ``tenants`` selects) owing on ``day``, the longest overdue
    first. The database adds up what each lease owes and each tenant has paid, reading
    each index once from end to end (work in proportion to the station's history, never
    more); only the tenants behind have their charges read, to find the oldest unpaid."""
    held = select(Lease.id, Lease.tenant_id)
    paid_by = (
        select(Payment.tenant_id, won_sum(Payment.amount))
        .where(Payment.paid_on <= day, Payment.cancel_reason.is_(None))
        .group_by(Payment.tenant_id)
    )
    if tenants is not None:
        held = held.where(Lease.tenant_id.in_(tenants))
        paid_by = paid_by.where(Payment.tenant_id.in_(tenants))
    tenant_of: dict[int, int] = {lease: tenant for lease, tenant in session.execute(held)}
    owed: dict[int, int] = defaultdict(int)
    for lease, amount in session.execute(
        select(Charge.lease_id, won_sum(CHARGED)).where(Charge.due < day).group_by(Charge.lease_id)
    ):
        if lease in tenant_of:
            owed[tenant_of[lease]] += amount
    paid: dict[int, int] = {tenant: amount for tenant, amount in session.execute(paid_by)}
    behind = [tenant for tenant, amount in owed.items() if amount > paid.get(tenant, 0)]
    leases_of: dict[int, list[int]] = defaultdict(list)
    for lease, tenant in tenant_of.items():
        leases_of[tenant].append(lease)
    found = []
    for batch in in_batches(behind):
        named = {
            tenant: (name, brn)
            for tenant, name, brn in session.execute(
                select(Tenant.id, Tenant.name, Tenant.brn).where(Tenant.id.in_(batch))
            )
        }
        payments = _payments(session, batch, day)
        leases = [lease for tenant in batch for lease in leases_of[tenant]]
        recent, older = _due_before(session, leases, day)
        for tenant in batch:
            owing = [item for lease in leases_of[tenant] for item in recent[lease]]
            earlier = sum(older.get(lease, 0) for lease in leases_of[tenant])
            if earlier > paid.get(tenant, 0):  # behind for longer than the window: read all
                whole, _none = _due_before(session, leases_of[tenant], day, window=False)
                owing = [item for lease in leases_of[tenant] for item in whole[lease]]
            elif earlier:  # paid in full, whatever the order: one item stands for them
                owing.append(Owed(EARLIER, day - RECENT - timedelta(days=1), EARLIER,
                                  EARLIER, "", earlier))  # fmt: skip
            overdue = arrears_on(day, owing, payments.get(tenant, ()))
            if overdue.oldest_due is None:
                continue
            name, brn = named[tenant]
            shown = format_brn(brn) if brn else None
            found.append(
                TenantArrears(
                    tenant, name, shown, overdue.balance, overdue.oldest_due, overdue.days_overdue
                )
            )
    found.sort(key=lambda a: (-a.days_overdue, -a.balance, a.name))
    return found


def _due_before(
    session: Session, leases: list[int], day: date, *, window: bool = True
) -> tuple[dict[int, list[Owed]], dict[int, int]]:
    """Each lease's charges due before ``day``, from the lease's index alone: those of
    the last ``RECENT`` days one by one, the older ones added up by the database (all
    one by one without the ``window``)."""
    since = day - RECENT if window else date.min
    recent: dict[int, list[Owed]] = defaultdict(list)
    for charge_id, lease_id, month, total, due in session.execute(
        select(Charge.id, Charge.lease_id, Charge.month, CHARGED, Charge.due).where(
            Charge.lease_id.in_(leases), Charge.due < day, Charge.due >= since
        )
    ):
        recent[lease_id].append(Owed(charge_id, due, charge_id, lease_id, month, total))
    older: dict[int, int] = {}
    if window:
        older = {
            lease: amount
            for lease, amount in session.execute(
                select(Charge.lease_id, won_sum(CHARGED))
                .where(Charge.lease_id.in_(leases), Charge.due < since)
                .group_by(Charge.lease_id)
            )
        }
    return recent, older


def overdue_since(session: Session, day: date, tenants: Select[int]) -> dict[int, date]:
    """The oldest unpaid due date of each tenant ``tenants`` selects in arrears on ``day``."""
    return {found.tenant_id: found.oldest_due for found in arrears(session, day, tenants)}
