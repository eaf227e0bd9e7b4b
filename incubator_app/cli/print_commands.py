"""Printed documents as PDF files: the occupancy summary, the roster, a week's bookings."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from incubator_app.cli.commands import as_of, call
from incubator_app.domain.errors import Language, message
from incubator_app.reports import occupancy as occupancy_print
from incubator_app.reports import roster as roster_print
from incubator_app.reports import schedule as schedule_print
from incubator_app.reports.document import check_pdf_target, gui_application, printed_on, write_pdf
from incubator_app.services import booking_lists, occupancy, roster
from incubator_app.services.clock import seoul_today
from incubator_app.services.history import history_head

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
