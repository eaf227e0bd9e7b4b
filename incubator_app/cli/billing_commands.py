"""The money on the command line: issue a month, list its charges, record and cancel
payments, arrears, deposits and their settlement."""

from __future__ import annotations

import argparse

from sqlalchemy.orm import Session

from incubator_app.cli import render
from incubator_app.cli.commands import as_of, call
from incubator_app.domain.billing import METHOD_KEYS, Month
from incubator_app.domain.errors import DomainError, Language, message
from incubator_app.domain.headings import (
    ARREARS_HEADINGS,
    CHARGE_HEADINGS,
    PAYMENT_HEADINGS,
    headings,
)
from incubator_app.domain.money import won
from incubator_app.excel.billing import write_charges
from incubator_app.excel.cells import check_target
from incubator_app.services import billing, billing_balances, billing_deposits, billing_payments
from incubator_app.services.billing_invoices import month_book
from incubator_app.services.clock import seoul_today
from incubator_app.services.lookup import find_tenant


def charge(args: argparse.Namespace, language: Language) -> int:
    """``{month, issued, adjusted, total, dry_run}``: what was (or, ``--dry-run``, would
    be) added."""
    month: Month = args.month
    if args.dry_run:
        done = call(args, lambda s: billing.check_issue(s, month))
    else:
        done = call(args, lambda s: billing.issue_month(s, month), write=True)
    print(
        render.dumps(
            {
                "month": str(month),
                "issued": done.issued,
                "adjusted": done.adjusted,
                "total": done.total,
                "dry_run": bool(args.dry_run),
            }
        )
    )
    return 0


def list_charges(args: argparse.Namespace, language: Language) -> int:
    day = as_of(args)

    def read(session: Session) -> list[billing.ChargeLine]:
        tenant = find_tenant(session, args.tenant).id if args.tenant is not None else None
        return billing_balances.charges_of_month(session, args.month, day, tenant)

    found = call(args, read)
    if args.json:
        print(render.dumps([render.charge_json(line) for line in found]))
        return 0
    rows = [render.charge_row(line, language) for line in found]
    print(render.table(headings(CHARGE_HEADINGS, language), rows))
    return 0


def pay(args: argparse.Namespace, language: Language) -> int:
    data = billing_payments.PaymentInput(args.tenant, args.amount, args.on, args.method, args.memo)
    paid = call(args, lambda s: billing_payments.record_payment(s, data, seoul_today()), write=True)
    print(render.dumps(render.payment_json(paid)))
    return 0


def cancel_payment(args: argparse.Namespace, language: Language) -> int:
    cancelled = call(
        args, lambda s: billing_payments.cancel_payment(s, args.payment, args.reason), write=True
    )
    print(
        message(
            "payment_cancelled",
            language,
            value=cancelled.id,
            amount=won(cancelled.amount),
            reason=cancelled.cancel_reason,
        )
    )
    return 0


def list_arrears(args: argparse.Namespace, language: Language) -> int:
    day = as_of(args)
    found = call(args, lambda s: billing_balances.arrears(s, day))
    if args.json:
        print(render.dumps([render.arrears_json(a) for a in found]))
        return 0
    rows = [
        (a.tenant_id, a.name, won(a.balance).text(language), a.oldest_due, a.days_overdue)
        for a in found
    ]
    print(render.table(headings(ARREARS_HEADINGS, language), rows))
    return 0


def deposit(args: argparse.Namespace, language: Language) -> int:
    received = call(
        args,
        lambda s: billing_deposits.record_deposit(
            s, args.lease, args.amount, args.on, seoul_today()
        ),
        write=True,
    )
    print(
        render.dumps(
            {
                "lease_id": received.lease_id,
                "tenant_id": received.tenant_id,
                "agreed": received.agreed,
                "received": received.received,
            }
        )
    )
    return 0


def settle_deposit(args: argparse.Namespace, language: Language) -> int:
    """``{lease_id, received, arrears, deductions, refund}``, and each deduction."""
    amounts, reasons = args.deduct or [], args.reason or []
    if len(amounts) != len(reasons):
        raise DomainError("deductions_unpaired", amounts=len(amounts), reasons=len(reasons))
    today = seoul_today()
    on = args.on or today
    settled = call(
        args,
        lambda s: billing_deposits.settle_deposit(
            s, args.lease, list(zip(amounts, reasons, strict=True)), on, today
        ),
        write=True,
    )
    print(render.dumps(render.settlement_json(settled)))
    return 0


def export_charges(args: argparse.Namespace, language: Language) -> int:
    """The month's 청구 내역 and the 미납 현황 as of ``--as-of`` (default today)."""
    check_target(args.out)
    day = as_of(args)

    book = call(args, lambda s: month_book(s, args.month, day))
    rows = write_charges(args.out, book, language)
    print(message("exported_rows", language, path=args.out, rows=rows))
    return 0


def list_payments(args: argparse.Namespace, language: Language) -> int:
    """The payments dated from ``--from`` to ``--to`` (cancelled ones too), oldest first."""

    def read(session: Session) -> list[billing_payments.PaymentLine]:
        found = billing_payments.payments_between(session, args.first, args.last)
        if args.tenant is None:
            return found
        wanted = find_tenant(session, args.tenant).id
        return [line for line in found if line.tenant_id == wanted]

    found = call(args, read)
    if args.json:
        print(render.dumps([render.payment_line_json(line) for line in found]))
        return 0
    rows = [
        (
            line.id,
            line.on,
            line.tenant_name,
            f"{line.amount:,}",
            message(METHOD_KEYS[line.method], language),
            line.memo,
            line.cancel_reason,
        )
        for line in found
    ]
    print(render.table(headings(PAYMENT_HEADINGS, language), rows))
    return 0
