"""Demo money: the last three months issued, the deposits of the leases held today
received on their first day, and most charges paid on time by bank transfer; a few
tenants a month or two behind, so the 수납 page and the 미납 alert have something to show."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app.domain.billing import Method, Month
from incubator_app.services.billing import CHARGED, issue_month
from incubator_app.store.history import insert_all
from incubator_app.store.models import Charge, DepositReceipt, Lease, Payment, covering

MONTHS = 3  # issued: this month and the two before it
BEHIND = 0.12  # the share of tenants that have not paid their latest charges


def make_demo_money(session: Session, rng: random.Random, today: date) -> int:
    """Issue, receive and pay as a station would have; the payments made."""
    month = Month(today.year, today.month)
    months = [month]
    for _ in range(MONTHS - 1):
        first = months[0].period.start - timedelta(days=1)
        months.insert(0, Month(first.year, first.month))
    for issued in months:
        issue_month(session, issued)
    deposits = [
        {"lease_id": lease_id, "received_on": start, "amount": amount}
        for lease_id, start, amount in session.execute(
            select(Lease.id, Lease.start_date, Lease.deposit).where(
                covering(today), Lease.deposit > 0
            )
        )
    ]
    insert_all(session, DepositReceipt, deposits)
    owed: dict[tuple[int, date], int] = {}
    for tenant, due, total in session.execute(
        select(Lease.tenant_id, Charge.due, CHARGED).join(Charge.lease).where(Charge.due < today)
    ):
        owed[(tenant, due)] = owed.get((tenant, due), 0) + total
    behind = {tenant for tenant in sorted({t for t, _due in owed}) if rng.random() < BEHIND}
    latest = max((due for _tenant, due in owed), default=None)
    payments = []
    for (tenant, due), amount in sorted(owed.items()):
        if tenant in behind and (due == latest or rng.random() < 0.5):
            continue
        if amount > 0:
            paid_on = due - timedelta(days=rng.randint(0, 6))
            payments.append(
                {
                    "tenant_id": tenant,
                    "paid_on": paid_on,
                    "amount": amount,
                    "method": Method.TRANSFER,
                    "memo": f"{due:%Y-%m}",
                }
            )
    insert_all(session, Payment, payments)
    return len(payments)
