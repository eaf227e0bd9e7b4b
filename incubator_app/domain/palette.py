"""Colours with a meaning, written once as hex for every medium: the window builds its
colours from these (``ui.theme``), printed documents use them as they are."""

from __future__ import annotations

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
FIGURE_INK = "#1f3b5c"  # a dashboard figure
PAST_VEIL = (90, 100, 115, 30)  # red, green, blue, alpha: over hours already past
BEYOND_VEIL = (90, 100, 115, 18)  # lighter: days past the booking window
EXCEL_HEADING_FILL = "DDEBF7"  # a sheet's header row (openpyxl: no #)
NAVIGATION_FILL = "#eef2f7"

OCCUPIED = "#4f81bd"
VACANT = "#dde4ee"  # the empty part of a bar
VACANT_ROOM = "#f7f9fc"
NOT_LEASED = "#c9ced6"  # shared and bookable spaces
ENDING = "#f2a93b"  # lease ending within the alert window
PAST_WINDOW = "#d9534f"  # tenant past its early-stage window

URGENT = "#c0392b"
SOON = "#b9770e"
NOTICE = "#2e6da4"

# By a booking's status (``BookingStatus`` names): a block that holds its slot, drawn
# in the week; the same on paper, lighter; the status as text in a list.
BOOKING_FILL = {"REQUESTED": "#f2c14e", "APPROVED": "#4f81bd", "NO_SHOW": "#d9534f"}
BOOKING_FILL_PRINTED = {"REQUESTED": "#fbecc4"}
BOOKING_INK = {
    "REQUESTED": "#b9770e",
    "APPROVED": "#2e6da4",
    "NO_SHOW": "#c0392b",
    "REJECTED": "#7f8c8d",
    "CANCELLED": "#7f8c8d",
}
