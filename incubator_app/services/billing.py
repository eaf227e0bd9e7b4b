"""Charges: issuing a month (DOMAIN.md 26-28), its preview, and the adjustments a
move-out or a corrected rent calls for. Issued charges are never changed: what differs
later is an adjustment row. What each charge has been paid is ``billing_balances``'."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import BigInteger, ColumnElement, and_, cast, func, or_, select
from sqlalchemy.orm import QueryableAttribute, Session

from incubator_app.domain.billing import (
    NOTHING,
    Amounts,
    Month,
    due_on,
    month_amounts,
)
from incubator_app.domain.errors import Language
from incubator_app.domain.identifiers import format_brn
from incubator_app.domain.labels import charge_kind_name
from incubator_app.domain.periods import Period
from incubator_app.services.settings import load_policy
from incubator_app.store.history import insert_all
from incubator_app.store.models import Charge, Lease, Space, Tenant, effective_end

LEASE_BATCH = 5_000  # leases issued at a time
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


def held_in(month: Month, start: date, end: date) -> Period | None:
    """The days of ``month`` a lease held from ``start`` to ``end`` (None: not one)."""
    first, last = max(start, month.period.start), min(end, month.period.end)
    return Period(first, last) if first <= last else None


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
