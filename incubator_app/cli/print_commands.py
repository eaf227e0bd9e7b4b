"""Printed documents as PDF files: the occupancy summary, the roster, a week's bookings."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from incubator_app.cli.commands import as_of, call
from incubator_app.domain.errors import DomainError, Language, message
from incubator_app.domain.identifiers import format_brn
from incubator_app.reports import billing as billing_print
from incubator_app.reports import occupancy as occupancy_print
from incubator_app.reports import roster as roster_print
from incubator_app.reports import schedule as schedule_print
from incubator_app.reports.document import check_pdf_target, gui_application, printed_on, write_pdf
from incubator_app.services import (
    billing_deposits,
    billing_invoices,
    billing_payments,
    booking_lists,
    occupancy,
    roster,
)
from incubator_app.services.billing_deposits import SettlementView
from incubator_app.services.billing_invoices import Station
from incubator_app.services.billing_payments import PaymentView
from incubator_app.services.clock import seoul_today
from incubator_app.services.history import history_head
from incubator_app.services.lookup import find_tenant

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument
from sqlalchemy.orm import Session

Read = TypeVar("Read")


def print_occupancy(args: argparse.Namespace, language: Language) -> int:
    day = as_of(args)
    return _print(
        args,
        language,
        lambda s: occupancy.occupancy_report(s, day),
        occupancy_print.occupancy_summary,
        occupancy_print.TITLE,
        landscape=False,
    )


def print_roster(args: argparse.Namespace, language: Language) -> int:
    day = as_of(args)
    return _print(
        args,
        language,
        lambda s: list(roster.roster_on(s, day)),
        lambda entries: roster_print.roster_print(entries, day),
        roster_print.TITLE,
        landscape=True,
    )


def print_schedule(args: argparse.Namespace, language: Language) -> int:
    day = args.week or seoul_today()
    return _print(
        args,
        language,
        lambda s: booking_lists.week_bookings(s, day, args.space),
        schedule_print.week_schedule,
        schedule_print.TITLE,
        landscape=True,
    )


def print_invoices(args: argparse.Namespace, language: Language) -> int:
    """One 고지서 page per tenant charged for ``--month`` (payments up to ``--as-of``)."""
    day = as_of(args)

    def read(session: Session) -> list[billing_invoices.Invoice]:
        tenant = find_tenant(session, args.tenant).id if args.tenant is not None else None
        return billing_invoices.invoices(session, args.month, day, tenant)

    return _print(
        args,
        language,
        read,
        billing_print.invoice_document,
        billing_print.INVOICE_TITLE,
        landscape=False,
    )


def print_receipt(args: argparse.Namespace, language: Language) -> int:
    def read(session: Session) -> tuple[PaymentView, Station, str | None]:
        payment = billing_payments.receipt_of(session, args.payment)
        brn = find_tenant(session, payment.tenant_id).brn
        return payment, billing_invoices.station(session), format_brn(brn) if brn else None

    return _print(
        args,
        language,
        read,
        lambda found: billing_print.receipt_document(*found),
        billing_print.RECEIPT_TITLE,
        landscape=False,
    )


def print_settlement(args: argparse.Namespace, language: Language) -> int:
    def read(session: Session) -> tuple[SettlementView, Station]:
        settled = billing_deposits.deposit_view(session, args.lease).settlement
        if settled is None:
            raise DomainError("deposit_not_settled", field="lease", value=args.lease)
        return settled, billing_invoices.station(session)

    return _print(
        args,
        language,
        read,
        lambda found: billing_print.settlement_document(*found),
        billing_print.SETTLEMENT_TITLE,
        landscape=False,
    )


def _print(
    args: argparse.Namespace,
    language: Language,
    read: Callable[[Session], Read],
    draw: Callable[[Read], QTextDocument],
    title: str,
    *,
    landscape: bool,
) -> int:
    """Read, lay out and write ``args.out``; a bad file name is refused before any reading."""
    check_pdf_target(args.out)
    found, head = call(args, lambda s: (read(s), history_head(s)))
    gui_application()
    footer = printed_on(seoul_today(), head)
    pages = write_pdf(draw(found), args.out, title, footer, landscape=landscape)
    print(message("printed", language, path=args.out, pages=pages))
    return 0
