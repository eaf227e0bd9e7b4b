"""Payments (DOMAIN.md 29): recorded, shown applied before they are saved, cancelled
with a reason (never deleted); and a tenant's ledger of charges and payments."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app.domain.billing import METHODS, Method, Month, parse_method, shares
from incubator_app.domain.errors import DomainError
from incubator_app.domain.labels import field_label
from incubator_app.domain.money import parse_won
from incubator_app.domain.periods import public_date
from incubator_app.domain.text import clean_text
from incubator_app.domain.verdict import Verdict
from incubator_app.services.billing import CHARGED
from incubator_app.services.billing_balances import owed_items
from incubator_app.services.lookup import find_tenant
from incubator_app.store.models import Charge, Lease, Payment, Settlement, Space, Tenant

MEMO_LENGTH = 200
REASON_LENGTH = 1000


@dataclass(frozen=True)
class PaymentInput:
    """A payment as typed: the tenant by BRN or ID, the amount in won."""

    tenant: str | int
    amount: str | int
    on: date
    method: str | Method = Method.TRANSFER
    memo: str | None = None


@dataclass(frozen=True)
class Share:
    """A payment's part of one charge."""

    charge_id: int
    month: Month
    room: str
    amount: int


@dataclass(frozen=True)
class PaymentView:
    """A payment (``id`` None: not saved yet) and how it is applied among the tenant's
    payments in force; ``credit``: what the tenant has paid beyond every charge."""

    id: int | None
    tenant_id: int
    tenant_name: str
    amount: int
    on: date
    method: Method
    memo: str | None
    applied: tuple[Share, ...]
    credit: int
    cancel_reason: str | None = None


def check_payment(session: Session, data: PaymentInput, today: date) -> Verdict[PaymentView]:
    """What recording ``data`` would do, reading only: the charges it pays, the credit."""
    tenant, amount, method, memo = _checked(session, data, today)
    return Verdict(_view(session, tenant, None, amount, data.on, method, memo))


def record_payment(session: Session, data: PaymentInput, today: date) -> PaymentView:
    """Rule 29: the payment, applied oldest due first; what is left over is credit."""
    tenant, amount, method, memo = _checked(session, data, today)
    payment = Payment(tenant_id=tenant.id, paid_on=data.on, amount=amount, method=method, memo=memo)
    session.add(payment)
    session.flush()
    return _view(session, tenant, payment.id, amount, data.on, method, memo)


def _checked(
    session: Session, data: PaymentInput, today: date
) -> tuple[Tenant, int, Method, str | None]:
    tenant = find_tenant(session, data.tenant)
    amount = positive_won(data.amount, "amount")
    check_not_future(data.on, today, "paid_on")
    method = parse_method(data.method)
    if method is Method.DEPOSIT:
        raise DomainError(
            "payment_method_unknown", field="method", value=str(data.method), methods=METHODS
        )
    return tenant, amount, method, clean_text("memo", data.memo, MEMO_LENGTH)


def positive_won(typed: str | int, field: str) -> int:
    """Whole won above 0 (a payment, a deposit): 0 and below are refused naming it, and
    nothing typed is asked for."""
    if isinstance(typed, str) and not typed.strip():
        raise DomainError("amount_needed", field=field, label=field_label(field))
    try:
        amount = parse_won(typed, field)
    except DomainError as refused:
        if refused.code != "money_negative":
            raise
        amount = 0  # below 0 is refused as 0 is: more than 0 is what it takes
    if amount == 0:
        raise DomainError("payment_amount_zero", field=field, label=field_label(field), value=typed)
    return amount


def check_not_future(on: date, today: date, field: str) -> None:
    """Money is recorded as received: a day after today is a typing mistake."""
    if on > today:
        raise DomainError(
            "money_in_future",
            field=field,
            label=field_label(field),
            on=public_date(on),
            today=public_date(today),
        )


def _view(
    session: Session,
    tenant: Tenant,
    payment_id: int | None,
    amount: int,
    on: date,
    method: Method,
    memo: str | None,
    cancel_reason: str | None = None,
) -> PaymentView:
    """The payment among the tenant's others in force, in the order they apply."""
    earlier = session.execute(
        select(Payment.id, Payment.paid_on, Payment.amount).where(
            Payment.tenant_id == tenant.id,
            Payment.cancel_reason.is_(None),
            Payment.id != (payment_id or -1),
        )
    ).all()
    this = (payment_id or 2**62, on, amount)  # unsaved: after those of its day
    counted = cancel_reason is None  # a cancelled payment pays nothing
    ordered = sorted([*earlier, *([this] if counted else [])], key=lambda p: (p[1], p[0]))
    each, credit = shares(owed_items(session, tenant.id), [p[2] for p in ordered])
    mine = each[ordered.index(this)] if counted else []
    charged = {
        charge_id: (Month.parse(month), room)
        for charge_id, month, room in session.execute(
            select(Charge.id, Charge.month, Space.number)
            .join(Charge.lease)
            .join(Lease.space)
            .where(Charge.id.in_([share.owed_id for share in mine]))
        )
    }
    applied = tuple(Share(s.owed_id, *charged[s.owed_id], s.amount) for s in mine)
    return PaymentView(
        payment_id, tenant.id, tenant.name, amount, on, method, memo, applied, credit, cancel_reason
    )


def cancel_payment(session: Session, payment_id: int, reason: str) -> PaymentView:
    """A payment entered wrongly stops counting; it stays, with why and who cancelled it."""
    payment = find_payment(session, payment_id)
    if payment.cancel_reason is not None:
        raise DomainError(
            "payment_already_cancelled",
            field="payment",
            value=payment.id,
            reason=payment.cancel_reason,
        )
    settled = session.scalar(select(Settlement.lease_id).where(Settlement.payment_id == payment.id))
    if settled is not None:
        raise DomainError("payment_from_deposit", field="payment", value=payment.id, lease=settled)
    cleaned = clean_text("reason", reason, REASON_LENGTH, multiline=True)
    if cleaned is None:
        raise DomainError("payment_reason_missing", field="reason")
    payment.cancel_reason = cleaned
    session.flush()
    return payment_view(session, payment.id)


def find_payment(session: Session, payment_id: int) -> Payment:
    payment = session.get(Payment, payment_id) if 0 < payment_id < 2**63 else None
    if payment is None:
        raise DomainError("payment_not_found", field="payment", value=payment_id)
    return payment


def receipt_of(session: Session, payment_id: int) -> PaymentView:
    """A payment a receipt may be printed for: one in force (a cancelled one has none)."""
    payment = payment_view(session, payment_id)
    if payment.cancel_reason is not None:
        raise DomainError(
            "receipt_cancelled", field="payment", value=payment_id, reason=payment.cancel_reason
        )
    return payment


def payment_view(session: Session, payment_id: int) -> PaymentView:
    """A recorded payment and how it is applied now."""
    payment = find_payment(session, payment_id)
    tenant = find_tenant(session, payment.tenant_id)
    return _view(
        session,
        tenant,
        payment.id,
        payment.amount,
        payment.paid_on,
        payment.method,
        payment.memo,
        payment.cancel_reason,
    )


@dataclass(frozen=True)
class PaymentLine:
    """A payment as listed (how it was applied is ``payment_view``'s)."""

    id: int
    tenant_id: int
    tenant_name: str
    on: date
    amount: int
    method: Method
    memo: str | None
    cancel_reason: str | None


def payments_between(session: Session, first: date, last: date) -> list[PaymentLine]:
    """Every payment dated from ``first`` to ``last``, cancelled ones too, in date order."""
    rows = session.execute(
        select(
            Payment.id,
            Payment.tenant_id,
            Tenant.name,
            Payment.paid_on,
            Payment.amount,
            Payment.method,
            Payment.memo,
            Payment.cancel_reason,
        )
        .join(Tenant, Tenant.id == Payment.tenant_id)
        .where(Payment.paid_on >= first, Payment.paid_on <= last)
        .order_by(Payment.paid_on, Payment.id)
    )
    return [PaymentLine(*row) for row in rows]


@dataclass(frozen=True)
class LedgerLine:
    """One line of a tenant's ledger: a charge or adjustment on the first day of the
    month it is for, or a payment on its day; ``balance``: what the tenant owes after it
    (below 0: credit)."""

    day: date
    charge_id: int | None
    payment_id: int | None
    month: Month | None
    room: str | None
    adjustment: bool
    due: date | None
    charged: int
    paid: int
    method: Method | None
    cancel_reason: str | None
    balance: int


def ledger(session: Session, tenant_id: int) -> list[LedgerLine]:
    """The tenant's charges and payments in date order (a charge before a payment of the
    same day), with the balance after each; a cancelled payment is listed and counts
    nothing."""
    charges = session.execute(
        select(
            Charge.id,
            Charge.month,
            Space.number,
            Charge.adjustment,
            Charge.due,
            CHARGED,
        )
        .join(Charge.lease)
        .join(Lease.space)
        .where(Lease.tenant_id == tenant_id)
    ).all()
    paid = session.execute(
        select(
            Payment.paid_on, Payment.id, Payment.amount, Payment.method, Payment.cancel_reason
        ).where(Payment.tenant_id == tenant_id)
    ).all()
    events: list[tuple[date, int, int, LedgerLine]] = []
    for charge_id, text, room, adjustment, due, total in charges:
        month = Month.parse(text)
        line = LedgerLine(month.period.start, charge_id, None, month, room, adjustment, due,
                          total, 0, None, None, 0)  # fmt: skip
        events.append((line.day, 0, charge_id, line))
    for on, payment_id, amount, method, reason in paid:
        line = LedgerLine(on, None, payment_id, None, None, False, None, 0, amount, method,
                          reason, 0)  # fmt: skip
        events.append((on, 1, payment_id, line))
    balance, lines = 0, []
    for _day, _order, _id, line in sorted(events, key=lambda e: e[:3]):
        if line.cancel_reason is None:
            balance += line.charged - line.paid
        lines.append(replace(line, balance=balance))
    return lines
