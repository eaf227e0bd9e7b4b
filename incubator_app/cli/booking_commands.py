"""Shared-space bookings on the command line: book, list, decide."""

from __future__ import annotations

import argparse

from incubator_app.cli import render
from incubator_app.cli.commands import call
from incubator_app.domain.bookings import BookingStatus
from incubator_app.domain.errors import Language
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
    made = call(args, lambda s: bookings.book(s, data, seoul_now()), write=True)
    print(render.dumps(render.booking_json(made)))
    return 0


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
