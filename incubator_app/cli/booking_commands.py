"""Shared-space bookings on the command line: book, list, decide."""

from __future__ import annotations

import argparse
import sys

from incubator_app.cli import RefusedError, render
from incubator_app.cli.commands import call
from incubator_app.domain.bookings import BookingStatus
from incubator_app.domain.errors import DomainError, Language, message
from incubator_app.services import booking_lists, bookings
from incubator_app.services.clock import seoul_now

# --status also takes the English words (what --lang en shows)
STATUS_WORDS = {
    "approved": BookingStatus.APPROVED,
    "rejected": BookingStatus.REJECTED,
    "cancelled": BookingStatus.CANCELLED,
    "no-show": BookingStatus.NO_SHOW,
}


def book(args: argparse.Namespace, language: Language) -> int:
    data = bookings.BookingInput(
        space=args.space,
        start=args.start,
        end=args.end,
        tenant=args.tenant,
        organisation=args.external,
        contact=args.contact,
        purpose=args.purpose,
        attendees=args.attendees,
        override_reason=args.override_reason,
    )
    if args.skip_conflicts and args.weekly is None:
        raise DomainError("booking_skip_without_weekly", field="skip_conflicts")
    if args.weekly is None:
        made = call(args, lambda s: bookings.book(s, data, seoul_now()), write=True)
        print(render.dumps(render.booking_json(made)))
        return 0
    try:
        dates = call(
            args,
            lambda s: bookings.book_weekly(
                s, data, args.weekly, seoul_now(), skip_conflicts=args.skip_conflicts
            ),
            write=True,
        )
    except bookings.SeriesRefusedError as refused:
        headline = DomainError("booking_series_refused", count=refused.refused)
        lines = _refused_dates(refused.dates, language, "booking_series_date_refused")
        raise RefusedError(headline, lines) from None
    for line in _refused_dates(dates, language, "booking_series_skipped"):
        print(line, file=sys.stderr)
    print(render.dumps([render.booking_json(d.booking) for d in dates if d.booking]))
    return 0


def _refused_dates(dates: list[bookings.SeriesDate], language: Language, code: str) -> list[str]:
    """A line for each date of a series that was not booked (skipped, or refusing it)."""
    return [
        message(code, language, start=f"{d.start:%Y-%m-%d %H:%M}", reason=d.refusal.text(language))
        for d in dates
        if d.refusal is not None
    ]


def list_bookings(args: argparse.Namespace, language: Language) -> int:
    found = call(args, lambda s: booking_lists.list_bookings(s, args.first, args.last, args.space))
    print(render.dumps([render.booking_json(b) for b in found]))
    return 0


def decide_booking(args: argparse.Namespace, language: Language) -> int:
    status = STATUS_WORDS.get(args.status) or BookingStatus(args.status)
    decided = call(
        args, lambda s: bookings.decide(s, args.booking, status, seoul_now()), write=True
    )
    print(render.dumps(render.booking_json(decided)))
    return 0
