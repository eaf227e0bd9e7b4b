"""Printed documents as PDF files: the occupancy summary and the roster."""

from __future__ import annotations

import argparse

from incubator_app.cli.commands import as_of, call
from incubator_app.domain.errors import Language, message
from incubator_app.reports import occupancy as occupancy_print
from incubator_app.reports import roster as roster_print
from incubator_app.reports.document import check_pdf_target, gui_application, printed_on, write_pdf
from incubator_app.services import occupancy, roster
from incubator_app.services.clock import seoul_today


def print_occupancy(args: argparse.Namespace, language: Language) -> int:
    day = as_of(args)
    check_pdf_target(args.out)
    report = call(args, lambda s: occupancy.occupancy_report(s, day))
    gui_application()
    document = occupancy_print.occupancy_summary(report)
    pages = write_pdf(
        document, args.out, occupancy_print.TITLE, printed_on(seoul_today()), landscape=False
    )
    print(message("printed", language, path=args.out, pages=pages))
    return 0


def print_roster(args: argparse.Namespace, language: Language) -> int:
    day = as_of(args)
    check_pdf_target(args.out)
    entries = call(args, lambda s: list(roster.roster_on(s, day)))
    gui_application()
    document = roster_print.roster_print(entries, day)
    pages = write_pdf(
        document, args.out, roster_print.TITLE, printed_on(seoul_today()), landscape=True
    )
    print(message("printed", language, path=args.out, pages=pages))
    return 0
