"""Colours with a meaning, written once as hex for every medium: the window builds its
colours from these (``ui.theme``), printed documents use them as they are."""

from __future__ import annotations

from incubator_app.domain.bookings import BookingStatus

INK = "#1f2a36"
MUTED_INK = "#5a6473"  # secondary text, outlines
REFUSED_INK = "#c0392b"  # a refusal, a holiday, the present moment
RULE = "#9aa5b4"  # the grid's hour lines
LINE = "#d5dbe5"
CLOSED = "#e6e9ee"  # hours a space is closed
HATCH = "#cfd5de"
TODAY = "#eaf1fb"
HEADING_FILL = "#dde4ee"  # a printed table's header row
TOTAL_FILL = "#f1f4f8"
WHITE = "#ffffff"

OCCUPIED = "#4f81bd"
VACANT = "#dde4ee"  # the empty part of a bar
VACANT_ROOM = "#f7f9fc"
NOT_LEASED = "#c9ced6"  # shared and bookable spaces
ENDING = "#f2a93b"  # lease ending within the alert window
PAST_WINDOW = "#d9534f"  # tenant past its early-stage window

URGENT = "#c0392b"
SOON = "#b9770e"
NOTICE = "#2e6da4"

# A booking that holds its slot, as a block drawn in the week.
BOOKING_FILL = {
    BookingStatus.REQUESTED: "#f2c14e",
    BookingStatus.APPROVED: "#4f81bd",
    BookingStatus.NO_SHOW: "#d9534f",
}
BOOKING_FILL_PRINTED = {BookingStatus.REQUESTED: "#fbecc4"}  # light enough for paper
# A booking's status as text in a list.
BOOKING_INK = {
    BookingStatus.REQUESTED: "#b9770e",
    BookingStatus.APPROVED: "#2e6da4",
    BookingStatus.NO_SHOW: "#c0392b",
    BookingStatus.REJECTED: "#7f8c8d",
    BookingStatus.CANCELLED: "#7f8c8d",
}
