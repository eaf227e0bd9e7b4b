"""Deposits (DOMAIN.md 31): received, and settled at move-out against what the tenant
still owes on issued charges, less deductions with their reasons."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app.domain.billing import Method, settle
from incubator_app.domain.billing import Settlement as Figures
from incubator_app.domain.errors import DomainError
from incubator_app.domain.identifiers import format_brn
from incubator_app.domain.money import won
from incubator_app.domain.periods import Period
from incubator_app.domain.text import clean_text
from incubator_app.domain.verdict import Verdict
from incubator_app.services.billing import (
    ChargeLine,
    bring_up_to_date,
    check_issue_of_lease,
    won_sum,
)
from incubator_app.services.billing_balances import lease_owed
from incubator_app.services.billing_payments import REASON_LENGTH, check_not_future, positive_won
from incubator_app.services.lookup import find_lease
from incubator_app.store.models import Charge, DepositReceipt, Lease, Payment, Settlement


@dataclass(frozen=True)
class Deduction:
    """What is kept back of a deposit, and why."""

    amount: int
    reason: str


@dataclass(frozen=True)
class DepositView:
    """A lease's deposit: as agreed, as received (each receipt), and its settlement."""

    lease_id: int
    tenant_id: int
    tenant_name: str
    room: str
    agreed: int
    receipts: tuple[tuple[date, int], ...]
    settlement: SettlementView | None

    @property
    def received(self) -> int:
        return sum(amount for _on, amount in self.receipts)


@dataclass(frozen=True)
class SettlementView:
    """Rule 31 as settled (or as it would be): received − owed − deductions = refund;
    ``applied``: the part of the deposit that paid what was owed."""

    lease_id: int
    tenant_id: int
    tenant_name: str
    brn: str | None
    room: str
    period: Period
    settled_on: date
    agreed: int
    received: int
    owed: int
    deductions: tuple[Deduction, ...]
    refund: int
    shortfall: int
    applied: int

    @property
    def deducted(self) -> int:
        return sum(d.amount for d in self.deductions)


def check_deposit(
    session: Session, lease_id: int, amount: str | int, on: date, today: date
) -> Verdict[int]:
    """The deposit received as recording it would keep it (whole won), reading only."""
    lease = find_lease(session, lease_id)
    received = positive_won(amount, "deposit")
    check_not_future(on, today, "received_on")
    check_unsettled(session, lease)
    already = session.scalar(
        select(won_sum(DepositReceipt.amount)).where(DepositReceipt.lease_id == lease.id)
    )
    if (already or 0) + received > lease.deposit:
        raise DomainError(
            "deposit_over",
            field="deposit",
            agreed=f"{lease.deposit:,}",
            received=f"{already or 0:,}",
        )
    return Verdict(received)


def record_deposit(
    session: Session, lease_id: int, amount: str | int, on: date, today: date
) -> DepositView:
    """The lease's deposit (or a part of it) as received on ``on``."""
    received = check_deposit(session, lease_id, amount, on, today).allowed()
    session.add(DepositReceipt(lease_id=lease_id, received_on=on, amount=received))
    session.flush()
    return deposit_view(session, lease_id)


def deposit_view(session: Session, lease_id: int) -> DepositView:
    lease = find_lease(session, lease_id)
    receipts = session.execute(
        select(DepositReceipt.received_on, DepositReceipt.amount)
        .where(DepositReceipt.lease_id == lease.id)
        .order_by(DepositReceipt.received_on, DepositReceipt.id)
    ).all()
    settled = session.scalar(select(Settlement).where(Settlement.lease_id == lease.id))
    return DepositView(
        lease.id,
        lease.tenant_id,
        lease.tenant.name,
        lease.space.number,
        lease.deposit,
        tuple((on, amount) for on, amount in receipts),
        _settlement_view(lease, settled) if settled else None,
    )


def check_settlement(
    session: Session, lease_id: int, deductions: list[tuple[str | int, str]], on: date, today: date
) -> Verdict[SettlementView]:
    """What settling the lease's deposit on ``on`` would give, reading only (a month
    already issued that the move-out shortens is counted as its adjustment will be)."""
    lease, kept = _checked(session, lease_id, deductions, on, today)
    return Verdict(_settled(session, lease, kept, on, check_issue_of_lease(session, lease.id)))


def settle_deposit(
    session: Session, lease_id: int, deductions: list[tuple[str | int, str]], on: date, today: date
) -> SettlementView:
    """Rule 31: adjust the months already issued to the lease's move-out, apply the
    deposit to what is owed on the lease (a payment of its own), and keep the settlement.
    The lease's end can no longer be changed once it is settled."""
    lease, kept = _checked(session, lease_id, deductions, on, today)
    bring_up_to_date(session, lease.id)
    view = _settled(session, lease, kept, on, ())
    payment = None
    if view.applied:
        payment = Payment(
            tenant_id=lease.tenant_id,
            paid_on=on,
            amount=view.applied,
            method=Method.DEPOSIT,
            memo=f"보증금 정산 (계약 #{lease.id})",
        )
        session.add(payment)
        session.flush()
    session.add(
        Settlement(
            lease_id=lease.id,
            settled_on=on,
            received=view.received,
            owed=view.owed,
            deducted=view.deducted,
            refund=view.refund,
            shortfall=view.shortfall,
            deductions=json.dumps(
                [{"amount": d.amount, "reason": d.reason} for d in kept], ensure_ascii=False
            ),
            payment_id=payment.id if payment else None,
        )
    )
    session.flush()
    return view


def _checked(
    session: Session,
    lease_id: int,
    deductions: list[tuple[str | int, str]],
    on: date,
    today: date,
) -> tuple[Lease, tuple[Deduction, ...]]:
    lease = find_lease(session, lease_id)
    check_unsettled(session, lease)
    check_not_future(on, today, "settled_on")
    if on < lease.period.end:
        raise DomainError(
            "deposit_before_move_out" if lease.terminated_on else "deposit_lease_running",
            field="settled_on",
            value=lease.id,
            end=lease.period.end.isoformat(),
        )
    kept = []
    for typed, reason in deductions:
        amount = positive_won(typed, "deduction")
        cleaned = clean_text("reason", reason, REASON_LENGTH)
        if cleaned is None:
            raise DomainError("deduction_reason_missing", field="reason", amount=won(amount))
        kept.append(Deduction(amount, cleaned))
    return lease, tuple(kept)


def check_unsettled(session: Session, lease: Lease) -> None:
    """A lease whose deposit is settled is closed: no more deposit, and its end and money
    stay as they were settled."""
    settled = session.scalar(select(Settlement.settled_on).where(Settlement.lease_id == lease.id))
    if settled is not None:
        raise DomainError("deposit_settled", field="lease", value=lease.id, on=settled.isoformat())


def _settled(
    session: Session,
    lease: Lease,
    deductions: tuple[Deduction, ...],
    on: date,
    pending: Sequence[ChargeLine],
) -> SettlementView:
    """The settlement of ``lease``'s deposit on ``on``: what is owed on the lease's
    issued charges (due or not), after the payments made by then."""
    received = session.scalar(
        select(won_sum(DepositReceipt.amount)).where(DepositReceipt.lease_id == lease.id)
    )
    owed = lease_owed(session, lease.tenant_id, lease.id, on, pending)
    result = settle(received or 0, owed, (d.amount for d in deductions))
    return _view(lease, on, result, deductions)


def _settlement_view(lease: Lease, settled: Settlement) -> SettlementView:
    deductions = tuple(Deduction(d["amount"], d["reason"]) for d in json.loads(settled.deductions))
    figures = Figures(
        settled.received, settled.owed, settled.deducted, settled.refund, settled.shortfall
    )
    return _view(lease, settled.settled_on, figures, deductions)


def _view(
    lease: Lease, on: date, figures: Figures, deductions: tuple[Deduction, ...]
) -> SettlementView:
    return SettlementView(
        lease.id,
        lease.tenant_id,
        lease.tenant.name,
        format_brn(lease.tenant.brn) if lease.tenant.brn else None,
        lease.space.number,
        lease.period,
        on,
        lease.deposit,
        figures.received,
        figures.owed,
        deductions,
        figures.refund,
        figures.shortfall,
        min(figures.received, figures.owed),
    )


def has_money(session: Session, lease_id: int) -> bool:
    """Whether charges were issued or a deposit received for the lease (it cannot be
    withdrawn as if it had never been signed)."""
    return any(
        session.scalar(select(model.id).where(model.lease_id == lease_id).limit(1)) is not None
        for model in (Charge, DepositReceipt)
    )
