"""Charges: issuing a month (DOMAIN.md 26-28), what each charge has been paid, and what
is overdue (rule 30). Issued charges are never changed: what differs later is an
adjustment row. What is paid, owed and credited is computed from the rows each time
(``domain.billing``), never stored.

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

from sqlalchemy import BigInteger, ColumnElement, Select, and_, cast, func, or_, select
from sqlalchemy.orm import QueryableAttribute, Session

from incubator_app.domain.billing import (
    NOTHING,
    Amounts,
    Month,
    Owed,
    arrears_on,
    due_on,
    month_amounts,
    open_amounts,
    paid_by_charge,
    shares,
)
from incubator_app.domain.errors import Language
from incubator_app.domain.identifiers import format_brn
from incubator_app.domain.labels import charge_kind_name
from incubator_app.domain.periods import Period
from incubator_app.services.settings import load_policy
from incubator_app.store.history import insert_all
from incubator_app.store.models import Charge, Lease, Payment, Space, Tenant, effective_end

EARLIER = -1  # the place of a tenant's older charges, added up, among its listed ones
TENANT_BATCH = 5_000  # tenants whose rows one query reads
LEASE_BATCH = 5_000  # leases issued at a time
RECENT = timedelta(days=366)  # arrears read charges one by one this far back
CHARGED = Charge.rent + Charge.fee + Charge.vat


def won_sum(amounts: ColumnElement[int] | QueryableAttribute[int]) -> ColumnElement[int]:
    """A sum of won as a whole number on both databases (PostgreSQL's SUM of a BIGINT is
    NUMERIC, which its driver hands over as a Decimal)."""
    return cast(func.sum(amounts), BigInteger)


@dataclass(frozen=True)
class ChargeLine:
    """A charge or an adjustment as listed (``id`` None: not issued yet, a preview);
    ``paid`` and ``balance`` as of the listing's day (a negative adjustment is paid
    nothing and owes nothing: it has taken its part off its month's charge)."""

    id: int | None
    tenant_id: int
    tenant_name: str
    brn: str | None
    lease_id: int
    room: str
    month: Month
    adjustment: bool
    amounts: Amounts
    due: date
    terms: Terms  # the rounding and VAT it was worked out with
    billed: Period | None  # the days of the month its lease holds (None: none any more)
    paid: int = 0
    balance: int = 0

    def issued_as(self, charge_id: int) -> ChargeLine:
        """The line once issued, under the number the database gave it."""
        return ChargeLine(
            charge_id,
            self.tenant_id,
            self.tenant_name,
            self.brn,
            self.lease_id,
            self.room,
            self.month,
            self.adjustment,
            self.amounts,
            self.due,
            self.terms,
            self.billed,
        )


@dataclass(frozen=True)
class Terms:
    """The settings a month's charge is worked out with, kept on it: a re-issue of that
    month adjusts for a move-out or a corrected rent, never for a setting changed since."""

    rounding: int
    vat_percent: int


@dataclass(frozen=True)
class Issue:
    """What issuing a month adds (or would add): new charges, and adjustments."""

    month: Month
    lines: tuple[ChargeLine, ...]

    @property
    def issued(self) -> int:
        return sum(1 for line in self.lines if not line.adjustment)

    @property
    def adjusted(self) -> int:
        return sum(1 for line in self.lines if line.adjustment)

    @property
    def total(self) -> int:
        return sum(line.amounts.total for line in self.lines)


def check_issue(session: Session, month: Month) -> Issue:
    """What issuing ``month`` would add now, reading only (the preview)."""
    lines = [
        line for batch in _batches(session, month) for line in _due_lines(session, month, batch)
    ]
    return Issue(month, tuple(lines))


def issue_month(session: Session, month: Month) -> Issue:
    """Rule 28: charge every lease covering a day of ``month`` not yet charged for it,
    and adjust each charged one whose amounts for it now differ. Twice adds nothing."""
    return _issue(session, month)


def check_issue_of_lease(session: Session, lease_id: int) -> list[ChargeLine]:
    """The adjustments that would bring the months already issued to one lease to what
    it now owes for them (a move-out recorded after issuing), reading only."""
    return [
        line
        for month in _charged_months(session, lease_id)
        for line in _due_lines(session, month, (lease_id, lease_id))
        if line.adjustment
    ]


def bring_up_to_date(session: Session, lease_id: int) -> None:
    """Add the adjustments ``check_issue_of_lease`` names, as re-issuing would."""
    for month in _charged_months(session, lease_id):
        _issue(session, month, [(lease_id, lease_id)], charge_new=False)


def _charged_months(session: Session, lease_id: int) -> list[Month]:
    months = session.scalars(
        select(Charge.month).where(Charge.lease_id == lease_id).distinct().order_by(Charge.month)
    )
    return [Month.parse(month) for month in months]


def _issue(
    session: Session,
    month: Month,
    batches: Iterable[tuple[int, int]] | None = None,
    *,
    charge_new: bool = True,
) -> Issue:
    """Issue ``month`` a batch of leases at a time (those with IDs in each range given;
    every lease by default), each batch written before the next is read: the work and
    the memory it holds stay in proportion to a batch, however large the station."""
    issued: list[ChargeLine] = []
    for batch in batches if batches is not None else _batches(session, month):
        lines = [
            line for line in _due_lines(session, month, batch) if line.adjustment or charge_new
        ]
        if not lines:
            continue
        text = str(month)
        rows = [
            {
                "lease_id": line.lease_id,
                "month": text,
                "adjustment": line.adjustment,
                "rent": line.amounts.rent,
                "fee": line.amounts.fee,
                "vat": line.amounts.vat,
                "due": line.due,
                "rounding": line.terms.rounding,
                "vat_percent": line.terms.vat_percent,
            }
            for line in lines
        ]
        stored = insert_all(session, Charge, rows)
        ids = {(row["lease_id"], row["adjustment"]): row["id"] for row in stored}
        issued += (line.issued_as(ids[line.lease_id, line.adjustment]) for line in lines)
    return Issue(month, tuple(issued))


def _wanted(month: Month) -> ColumnElement[bool]:
    """The leases ``month`` concerns: those holding a day of it, and those charged for it
    (a move-out recorded since may have taken every day of it away)."""
    first, last = month.period.start, month.period.end
    covering_month = and_(Lease.start_date <= last, effective_end >= first)
    charged_leases = select(Charge.lease_id).where(Charge.month == str(month))
    return or_(covering_month, Lease.id.in_(charged_leases))


def _batches(session: Session, month: Month) -> Iterator[tuple[int, int]]:
    """The leases ``month`` concerns, as ranges of IDs holding ``LEASE_BATCH`` each."""
    ids = session.scalars(select(Lease.id).where(_wanted(month)).order_by(Lease.id)).all()
    for start in range(0, len(ids), LEASE_BATCH):
        chunk = ids[start : start + LEASE_BATCH]
        yield chunk[0], chunk[-1]


def _due_lines(session: Session, month: Month, leases: tuple[int, int]) -> list[ChargeLine]:
    """The charges and adjustments ``month`` lacks now for the leases with IDs in the
    range ``leases``: a lease not yet charged for it is charged with the settings now; a
    charged one is held to what the month's charge was worked out with, and its
    difference, if any, is an adjustment due when the charge is."""
    policy = load_policy(session)
    now = Terms(policy.charge_rounding_won, policy.vat_percent)
    low, high = leases
    charged_rows = (
        select(
            Charge.lease_id,
            won_sum(Charge.rent),
            won_sum(Charge.fee),
            won_sum(Charge.vat),
            func.max(Charge.due),
            func.max(Charge.rounding),
            func.max(Charge.vat_percent),
        )
        .where(Charge.month == str(month), Charge.lease_id.between(low, high))
        .group_by(Charge.lease_id)
    )
    charged = {
        lease_id: (Amounts(rent, fee, vat), due, Terms(rounding, percent))
        for lease_id, rent, fee, vat, due, rounding, percent in session.execute(charged_rows)
    }
    rows = session.execute(
        select(
            Lease.id,
            Lease.tenant_id,
            Tenant.name,
            Tenant.brn,
            Space.number,
            Lease.start_date,
            effective_end,
            Lease.monthly_rent,
            Lease.monthly_fee,
        )
        .join(Lease.tenant)
        .join(Lease.space)
        .where(Lease.id.between(low, high))  # by the key alone: one pass over the range
        .order_by(Lease.id)
    ).all()
    first_due = due_on(month, policy.due_day)
    first, last = month.period.start, month.period.end
    lines = []
    for lease_id, tenant_id, name, brn, room, start, end, rent, fee in rows:
        if (start > last or end < first) and lease_id not in charged:
            continue  # neither holds a day of the month nor was charged for it
        so_far, due, terms = charged.get(lease_id, (NOTHING, first_due, now))
        target = month_amounts(
            Period(start, end),
            rent,
            fee,
            month,
            rounding=terms.rounding,
            vat_percent=terms.vat_percent,
        )
        shown = (tenant_id, name, format_brn(brn) if brn else None, lease_id, room, month)
        billed = held_in(month, start, end)
        if lease_id not in charged:
            if target.total > 0:
                lines.append(ChargeLine(None, *shown, False, target, due, terms, billed))
            continue
        difference = target - so_far
        if difference != NOTHING:
            lines.append(ChargeLine(None, *shown, True, difference, due, terms, billed))
    return lines


# --- what has been paid of each charge ---------------------------------------------


def held_in(month: Month, start: date, end: date) -> Period | None:
    """The days of ``month`` a lease held from ``start`` to ``end`` (None: not one)."""
    first, last = max(start, month.period.start), min(end, month.period.end)
    return Period(first, last) if first <= last else None


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


def charge_cells(line: ChargeLine, language: Language) -> tuple[str | int | date | None, ...]:
    """A charge under ``CHARGE_HEADINGS``: the 수납 page, the 청구 내역 sheet and the
    command line's table (amounts as whole won, for Excel to type them)."""
    return (
        line.id,
        line.tenant_name,
        line.room,
        charge_kind_name(line.adjustment, language),
        line.amounts.rent,
        line.amounts.fee,
        line.amounts.supply,
        line.amounts.vat,
        line.amounts.total,
        line.due,
        line.paid,
        line.balance,
    )
