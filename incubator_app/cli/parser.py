"""Every sub-command of the command line with its options (help in the person's language)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from incubator_app.cli import (
    backup_commands,
    billing_commands,
    booking_commands,
    commands,
    excel_commands,
    history_commands,
    print_commands,
)
from incubator_app.cli.grammar import ARGPARSE_KO, Grammar, Parser
from incubator_app.domain.billing import METHOD_WORDS
from incubator_app.domain.bookings import BookingStatus
from incubator_app.domain.errors import Language
from incubator_app.domain.policy import SETTINGS

__all__ = ["build_parser"]


def build_parser(language: Language) -> Parser:
    """Every sub-command with its options; help and usage errors in ``language``."""
    argparse._ = (lambda s: s) if language == "en" else (lambda s: ARGPARSE_KO.get(s, s))  # type: ignore[attr-defined]
    Parser.language = language
    grammar = Grammar(language)
    _building(grammar)
    _tenants(grammar)
    _leases(grammar)
    _reports(grammar)
    _excel(grammar)
    _printing(grammar)
    _bookings(grammar)
    _money(grammar)
    _history(grammar)
    _backups(grammar)
    return grammar.parser


def _building(g: Grammar) -> None:
    g.command(
        "init",
        commands.init,
        "help_init",
    )
    sub = g.command(
        "copy-database",
        commands.copy_database,
        "help_copy_database",
    )
    g.option(sub, "--to", "help_copy_database_to", required=True, metavar="PATH|URL")
    sub = g.command(
        "demo",
        commands.demo_data,
        "help_demo",
    )
    g.option(
        sub,
        "--tenants",
        "help_demo_tenants",
        type=g.whole,
        default=60,
    )
    g.option(
        sub,
        "--seed",
        "help_demo_seed",
        type=g.whole,
        default=1,
    )
    sub = g.command(
        "screenshots",
        commands.screenshots,
        "help_screenshots",
    )
    g.option(sub, "folder", "help_screenshots_folder", type=Path)
    g.listing("rooms", commands.rooms, "help_rooms", None)
    sub = g.command(
        "edit-room",
        commands.edit_room,
        "help_edit_room",
    )
    g.option(sub, "--room", "help_edit_room_room", required=True)
    g.option(sub, "--name", "help_edit_room_name")
    g.option(sub, "--area", "help_edit_room_area")
    g.option(
        sub,
        "--seats",
        "help_edit_room_seats",
        type=g.whole,
    )


def _tenants(g: Grammar) -> None:
    sub = g.listing("tenants", commands.list_tenants, "help_tenants", g.today)
    g.option(
        sub,
        "--search",
        "help_tenants_search",
    )
    sub = g.command(
        "add-tenant",
        commands.add_tenant,
        "help_add_tenant",
    )
    _tenant_options(g, sub, required=True)
    sub = g.command(
        "edit-tenant",
        commands.edit_tenant,
        "help_edit_tenant",
    )
    g.option(sub, "--tenant", "help_edit_tenant_tenant", required=True)
    _tenant_options(g, sub, required=False)


def _tenant_options(g: Grammar, sub: Parser, required: bool) -> None:
    g.option(sub, "--name", "help_tenant_options_name", required=required)
    g.option(
        sub,
        "--type",
        "help_tenant_options_type",
        required=required,
        metavar=g.t("help_tenant_type_words"),
    )
    g.option(
        sub,
        "--brn",
        "help_tenant_options_brn",
    )
    g.option(sub, "--corp-no", "help_tenant_options_corp_no")
    g.option(
        sub,
        "--started",
        "help_tenant_options_started",
        type=g.day_or_clear,
        metavar="YYYY-MM-DD",
    )
    g.option(sub, "--representative", "help_tenant_options_representative")
    g.option(sub, "--sector", "help_tenant_options_sector")
    g.option(sub, "--employees", "help_tenant_options_employees", type=_count_or_clear(g))
    g.option(sub, "--phone", "help_tenant_options_phone")
    g.option(sub, "--email", "help_tenant_options_email")
    g.option(sub, "--notes", "help_tenant_options_notes")
    g.option(
        sub,
        "--new-industry",
        "help_tenant_options_new_industry",
        action=argparse.BooleanOptionalAction,
    )


def _count_or_clear(g: Grammar) -> Callable[[str], int | str]:
    """As ``Grammar.whole``; an empty value clears the field when correcting a record."""
    return lambda text: "" if not text.strip() else g.whole(text)


def _leases(g: Grammar) -> None:
    sub = g.command(
        "add-lease",
        commands.add_lease,
        "help_add_lease",
    )
    g.option(sub, "--tenant", "help_add_lease_tenant", required=True)
    g.option(
        sub,
        "--room",
        "help_add_lease_room",
        required=True,
    )
    g.option(
        sub, "--start", "help_add_lease_start", required=True, type=g.day, metavar="YYYY-MM-DD"
    )
    g.option(
        sub,
        "--end",
        "help_add_lease_end",
        type=g.day,
        metavar="YYYY-MM-DD",
    )
    g.option(sub, "--seats", "help_add_lease_seats", type=g.whole)
    for name, key in (
        ("--deposit", "help_add_lease_deposit"),
        ("--rent", "help_add_lease_rent"),
        ("--fee", "help_add_lease_fee"),
    ):
        g.option(sub, name, key, default="0", metavar="WON")
    g.option(sub, "--override-reason", "help_lease_override_reason")
    sub = g.command(
        "renew-lease",
        commands.renew_lease,
        "help_renew_lease",
    )
    g.option(sub, "--lease", "help_lease_id", required=True, type=g.whole)
    g.option(
        sub,
        "--end",
        "help_renew_lease_end",
        type=g.day,
        metavar="YYYY-MM-DD",
    )
    g.option(sub, "--override-reason", "help_lease_override_reason")
    sub = g.command(
        "end-lease",
        commands.end_lease,
        "help_end_lease",
    )
    g.option(sub, "--lease", "help_lease_id", required=True, type=g.whole)
    g.option(
        sub,
        "--on",
        "help_end_lease_on",
        required=True,
        type=g.day,
        metavar="YYYY-MM-DD",
    )
    sub = g.command(
        "cancel-lease",
        commands.cancel_lease,
        "help_cancel_lease",
    )
    g.option(sub, "--lease", "help_lease_id", required=True, type=g.whole)
    g.listing(
        "leases",
        commands.list_leases,
        "help_leases",
        "help_leases_as_of",
    )


def _reports(g: Grammar) -> None:
    g.listing("occupancy", commands.occupancy_now, "help_occupancy", g.today)
    g.listing(
        "eligibility",
        commands.standings,
        "help_eligibility",
        g.today,
    )
    g.listing("settings", commands.list_settings, "help_settings", None)
    for name in ("set", "set-setting"):
        sub = g.command(name, commands.set_setting, "help_set")
        sub.add_argument("key", choices=list(SETTINGS), metavar="KEY", help=", ".join(SETTINGS))
        g.option(
            sub,
            "value",
            "help_settings_value",
            metavar="VALUE",
        )


def _bookings(g: Grammar) -> None:
    sub = g.command(
        "book",
        booking_commands.book,
        "help_book",
    )
    g.option(sub, "--space", "help_book_space", required=True)
    for name in ("--start", "--end"):
        g.option(
            sub, name, "help_book_moment", required=True, type=g.minute,
            metavar="YYYY-MM-DDTHH:MM",
        )  # fmt: skip
    g.option(sub, "--tenant", "help_book_tenant")
    g.option(sub, "--external", "help_book_external")
    g.option(sub, "--contact", "help_book_contact")
    g.option(sub, "--purpose", "help_book_purpose")
    g.option(sub, "--attendees", "help_book_attendees", type=g.whole, default=1)
    g.option(sub, "--weekly", "help_book_weekly", type=g.whole)
    g.option(
        sub,
        "--skip-conflicts",
        "help_book_skip_conflicts",
        action="store_true",
    )
    g.option(
        sub,
        "--override-reason",
        "help_book_override_reason",
    )
    sub = g.command(
        "bookings",
        booking_commands.list_bookings,
        "help_bookings",
    )
    g.option(sub, "--json", "help_bookings_json", action="store_true")
    g.bookings_range(sub)
    sub = g.command(
        "decide-booking",
        booking_commands.decide_booking,
        "help_decide_booking",
    )
    g.option(sub, "--booking", "help_decide_booking_booking", required=True, type=g.whole)
    g.option(
        sub, "--status", "help_decide_booking_status", required=True,
        choices=[*(s.value for s in BookingStatus if s is not BookingStatus.REQUESTED),
                 *booking_commands.STATUS_WORDS],
    )  # fmt: skip


def _printing(g: Grammar) -> None:
    for name, handler, key in (
        ("print-occupancy", print_commands.print_occupancy, "help_print_occupancy"),
        ("print-roster", print_commands.print_roster, "help_print_roster"),
    ):
        sub = g.command(name, handler, key)
        g.option(sub, "out", "help_printing_out", type=Path, metavar="OUT.pdf")
        g.option(sub, "--as-of", g.today, type=g.day, metavar="YYYY-MM-DD")
    sub = g.command(
        "print-schedule",
        print_commands.print_schedule,
        "help_print_schedule",
    )
    g.option(sub, "out", "help_print_schedule_out", type=Path, metavar="OUT.pdf")
    g.option(
        sub, "--week", "help_print_schedule_week",
        type=g.day, metavar="YYYY-MM-DD",
    )  # fmt: skip
    g.option(sub, "--space", "help_print_schedule_space")


def _excel(g: Grammar) -> None:
    sub = g.command(
        "export-roster",
        excel_commands.export_roster,
        "help_export_roster",
    )
    g.option(sub, "out", "help_export_roster_out", type=Path, metavar="OUT.xlsx")
    g.option(sub, "--as-of", g.today, type=g.day, metavar="YYYY-MM-DD")
    g.option(
        sub,
        "--all",
        "help_export_roster_all",
        action="store_true",
    )
    sub = g.command(
        "export-occupancy",
        excel_commands.export_occupancy,
        "help_export_occupancy",
    )
    g.option(sub, "out", "help_export_occupancy_out", type=Path, metavar="OUT.xlsx")
    g.option(sub, "--as-of", g.today, type=g.day, metavar="YYYY-MM-DD")
    sub = g.command(
        "export-bookings",
        excel_commands.export_bookings,
        "help_export_bookings",
    )
    g.option(sub, "out", "help_export_bookings_out", type=Path, metavar="OUT.xlsx")
    g.bookings_range(sub)
    sub = g.command(
        "import-roster",
        excel_commands.import_roster,
        "help_import_roster",
    )
    g.option(sub, "file", "help_import_roster_file", type=Path, metavar="IN.xlsx")
    g.option(
        sub,
        "--dry-run",
        "help_import_roster_dry_run",
        action="store_true",
    )


def _money(g: Grammar) -> None:
    day = {"type": g.day, "metavar": "YYYY-MM-DD"}
    month = {"required": True, "type": g.month, "metavar": "YYYY-MM"}
    sub = g.command("charge", billing_commands.charge, "help_charge")
    g.option(sub, "--month", "help_month", **month)
    g.option(sub, "--dry-run", "help_charge_dry_run", action="store_true")
    sub = g.listing("charges", billing_commands.list_charges, "help_charges", "help_as_of_payments")
    g.option(sub, "--month", "help_month", **month)
    g.option(sub, "--tenant", "help_charges_tenant", metavar="BRN|ID")
    sub = g.command("pay", billing_commands.pay, "help_pay")
    g.option(sub, "--tenant", "help_pay_tenant", required=True, metavar="BRN|ID")
    g.option(sub, "--amount", "help_pay_amount", required=True, metavar="WON")
    g.option(sub, "--on", "help_pay_on", required=True, **day)
    methods = "|".join(METHOD_WORDS)
    g.option(sub, "--method", "help_pay_method", default="계좌이체", metavar=methods)
    g.option(sub, "--memo", "help_pay_memo")
    sub = g.listing("payments", billing_commands.list_payments, "help_payments", None)
    for name, dest, key in (("--from", "first", "help_from"), ("--to", "last", "help_to")):
        g.option(sub, name, key, dest=dest, required=True, **day)
    g.option(sub, "--tenant", "help_charges_tenant", metavar="BRN|ID")
    sub = g.command("cancel-payment", billing_commands.cancel_payment, "help_cancel_payment")
    g.option(sub, "--payment", "help_payment_id", required=True, type=g.whole, metavar="ID")
    g.option(sub, "--reason", "help_cancel_reason", required=True)
    g.listing("arrears", billing_commands.list_arrears, "help_arrears", g.today)
    sub = g.command("deposit", billing_commands.deposit, "help_deposit")
    g.option(sub, "--lease", "help_lease_id", required=True, type=g.whole, metavar="ID")
    g.option(sub, "--amount", "help_deposit_amount", required=True, metavar="WON")
    g.option(sub, "--on", "help_deposit_on", required=True, **day)
    sub = g.command("settle-deposit", billing_commands.settle_deposit, "help_settle_deposit")
    g.option(sub, "--lease", "help_lease_id", required=True, type=g.whole, metavar="ID")
    g.option(sub, "--deduct", "help_deduct", action="append", metavar="WON")
    g.option(sub, "--reason", "help_deduct_reason", action="append")
    g.option(sub, "--on", "help_settle_on", **day)
    sub = g.command("export-charges", billing_commands.export_charges, "help_export_charges")
    g.option(sub, "out", "help_export_charges_out", type=Path, metavar="OUT.xlsx")
    g.option(sub, "--month", "help_month", **month)
    g.option(sub, "--as-of", "help_as_of_payments", **day)
    sub = g.command("print-invoices", print_commands.print_invoices, "help_print_invoices")
    g.option(sub, "out", "help_print_invoices_out", type=Path, metavar="OUT.pdf")
    g.option(sub, "--month", "help_month", **month)
    g.option(sub, "--tenant", "help_print_invoices_tenant", metavar="BRN|ID")
    g.option(sub, "--as-of", "help_as_of_payments", **day)
    sub = g.command("print-receipt", print_commands.print_receipt, "help_print_receipt")
    g.option(sub, "out", "help_pdf_out", type=Path, metavar="OUT.pdf")
    g.option(sub, "--payment", "help_payment_id", required=True, type=g.whole, metavar="ID")
    sub = g.command("print-settlement", print_commands.print_settlement, "help_print_settlement")
    g.option(sub, "out", "help_pdf_out", type=Path, metavar="OUT.pdf")
    g.option(sub, "--lease", "help_lease_id", required=True, type=g.whole, metavar="ID")


def _history(g: Grammar) -> None:
    sub = g.listing("history", history_commands.history, "help_history", None)
    record = sub.add_mutually_exclusive_group()
    g.option(record, "--tenant", "help_history_tenant", metavar="BRN|ID")
    g.option(record, "--lease", "help_history_lease", type=g.whole, metavar="ID")
    g.option(record, "--booking", "help_history_booking", type=g.whole, metavar="ID")
    g.option(record, "--room", "help_history_room", metavar="NUMBER")
    for name, dest, key in (("--from", "first", "help_from"), ("--to", "last", "help_to")):
        g.option(sub, name, key, dest=dest, type=g.day, metavar="YYYY-MM-DD")
    sub = g.listing("verify-history", history_commands.verify_history, "help_verify_history", None)


def _backups(g: Grammar) -> None:
    sub = g.command("backup", backup_commands.backup, "help_backup")
    g.option(sub, "--to", "help_backup_to", type=Path, metavar="PATH")
    g.listing("backups", backup_commands.list_backups, "help_backups", None)
    sub = g.command("restore", backup_commands.restore_backup, "help_restore")
    g.option(sub, "path", "help_restore_path", type=Path, metavar="PATH")
