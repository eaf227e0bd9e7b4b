"""Shared-space bookings on the command line: book, list, decide."""

from __future__ import annotations

import argparse
import sys

from incubator_app.cli import render
from incubator_app.cli.commands import call
from incubator_app.domain.bookings import BookingStatus
from incubator_app.domain.errors import Language, message
from incubator_app.services import bookings
from incubator_app.services.clock import seoul_now


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
        _skipped(refused.dates, language)
        count = sum(d.refusal is not None for d in refused.dates)
        print(message("booking_series_refused", language, count=count), file=sys.stderr)
        return 2
    _skipped(dates, language)
    print(render.dumps([render.booking_json(d.booking) for d in dates if d.booking]))
    return 0


def _skipped(dates: list[bookings.SeriesDate], language: Language) -> None:
    """Each date of a series that was not booked, one line each on stderr."""
    for date in dates:
        if date.refusal is not None:
            start = f"{date.start:%Y-%m-%d %H:%M}"
            reason = date.refusal.text(language)
            print(message("booking_series_skipped", language, start=start, reason=reason),
                  file=sys.stderr)  # fmt: skip


def list_bookings(args: argparse.Namespace, language: Language) -> int:
    found = call(args, lambda s: bookings.list_bookings(s, args.first, args.last, args.space))
    print(render.dumps([render.booking_json(b) for b in found]))
    return 0


def decide_booking(args: argparse.Namespace, language: Language) -> int:
    status = BookingStatus(args.status)
    decided = call(
        args, lambda s: bookings.decide(s, args.booking, status, seoul_now()), write=True
    )
    print(render.dumps(render.booking_json(decided)))
    return 0
