"""What a 고지서 (invoice) says: one per tenant per month, its charges, what is still
unpaid from before, what has already been paid of it, and what to pay by when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app.domain.billing import Month
from incubator_app.domain.errors import DomainError
from incubator_app.domain.history import Head
from incubator_app.domain.periods import Period
from incubator_app.services.billing import ChargeLine
from incubator_app.services.billing_balances import (
    TenantArrears,
    arrears,
    charges_of_month,
    owed_items,
    standing_of,
)
from incubator_app.services.history import history_head
from incubator_app.services.settings import load_policy
from incubator_app.store.models import Building, Tenant


@dataclass(frozen=True)
class Station:
    """Who sends the invoices, and where to pay."""

    name: str
    address: str
    account: str


@dataclass(frozen=True)
class Invoice:
    """One tenant's invoice for one month, as of a day (payments made by then)."""

    number: str  # 2026-04-0012: the month and the tenant's ID
    month: Month
    as_of: date
    station: Station
    tenant_id: int
    tenant_name: str
    brn: str | None
    representative: str | None
    lines: tuple[ChargeLine, ...]
    earlier: int  # unpaid of the charges due before this month's
    credit: int  # paid beyond every charge issued

    @property
    def supply(self) -> int:
        return sum(line.amounts.supply for line in self.lines)

    @property
    def vat(self) -> int:
        return sum(line.amounts.vat for line in self.lines)

    @property
    def total(self) -> int:
        return sum(line.amounts.total for line in self.lines)

    @property
    def paid(self) -> int:
        """What payments (and credit) have already paid of this month's charges."""
        return sum(line.paid for line in self.lines)

    @property
    def due(self) -> date:
        return min(line.due for line in self.lines)

    @property
    def amount_due(self) -> int:
        return sum(line.balance for line in self.lines) + self.earlier

    @property
    def vat_percent(self) -> int:
        return self.lines[0].terms.vat_percent

    @property
    def rounding(self) -> int:
        return self.lines[0].terms.rounding

    @property
    def billed(self) -> Period:
        """The days charged: from the first day a room was held in the month to the last
        (the whole month when a move-out has since taken every day away)."""
        held = [line.billed for line in self.lines if line.billed is not None]
        if not held:
            return self.month.period
        return Period(min(p.start for p in held), max(p.end for p in held))

    @property
    def rooms(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(line.room for line in self.lines))


def station(session: Session) -> Station:
    building = session.scalar(select(Building).order_by(Building.id).limit(1))
    name, address = (building.name, building.address) if building else ("", "")
    return Station(name, address, load_policy(session).bank_account)


def invoices(
    session: Session, month: Month, as_of: date, tenant_id: int | None = None
) -> list[Invoice]:
    """Every tenant charged for ``month`` (or the one named), by room."""
    lines = charges_of_month(session, month, as_of, tenant_id)
    if not lines:
        raise DomainError("invoices_none", field="month", month=str(month))
    by_tenant: dict[int, list[ChargeLine]] = {}
    for line in lines:
        by_tenant.setdefault(line.tenant_id, []).append(line)
    sender = station(session)
    found = []
    for tenant, own in by_tenant.items():
        record = session.get(Tenant, tenant)
        due = min(line.due for line in own)
        standing = standing_of(session, {tenant}, as_of)
        earlier = sum(
            asked - paid
            for item in owed_items(session, tenant)
            if item.month != str(month) and item.due < due
            for asked, paid in (standing.charges.get(item.id, (0, 0)),)
        )
        found.append(
            Invoice(
                f"{month}-{tenant:04d}",
                month,
                as_of,
                sender,
                tenant,
                own[0].tenant_name,
                own[0].brn,
                record.representative if record else None,
                tuple(own),
                earlier,
                standing.credit[tenant],
            )
        )
    return found


@dataclass(frozen=True)
class MonthBook:
    """A month's charges and the arrears, on a day: what its workbook holds."""

    month: Month
    as_of: date
    lines: list[ChargeLine]
    owing: list[TenantArrears]
    head: Head  # the history's newest entry, for the footer


def month_book(session: Session, month: Month, as_of: date) -> MonthBook:
    return MonthBook(
        month,
        as_of,
        charges_of_month(session, month, as_of),
        arrears(session, as_of),
        history_head(session),
    )
