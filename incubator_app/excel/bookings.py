"""The bookings workbook (예약 현황): one row per booking starting in a date range."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time
from pathlib import Path

from incubator_app.domain.bookings import ends_at
from incubator_app.domain.headings import Heading, headings
from incubator_app.domain.periods import public_date
from incubator_app.excel.cells import DATE, Columns, header, layout, writing
from incubator_app.excel.roster import STATION
from incubator_app.services.booking_lists import BookingView

SHEET = "예약 현황"
HEADINGS = (
    Heading.DAY, Heading.STARTS, Heading.ENDS, Heading.SPACE, Heading.BOOKER,
    Heading.BOOKER_KIND, Heading.PURPOSE, Heading.ATTENDEES, Heading.STATUS,
)  # fmt: skip
WIDTHS = (12, 7, 7, 14, 28, 6, 30, 6, 6)
TIME = "hh:mm"
FORMATS = (DATE, TIME, TIME, None, None, None, None, None, None)
CENTRED = frozenset({0, 1, 2, 5, 7, 8})  # 일자, 시작, 종료, 구분, 인원, 상태
TENANT, EXTERNAL = "입주", "외부"
MIDNIGHT = "24:00"


def write_bookings(path: Path, bookings: Sequence[BookingView], first: date, last: date) -> int:
    """The table from cell A1 (the title goes in the print header); the rows written."""
    with writing(path) as workbook:
        sheet = workbook.create_sheet(SHEET)
        layout(sheet, WIDTHS, 1, 1 + len(bookings), landscape=True)
        period = f"{public_date(first)} ~ {public_date(last)}"
        sheet.oddHeader.center.text = f"{STATION} 공용공간 예약 현황 ({period})"
        sheet.append(header(sheet, headings(HEADINGS)))
        columns = Columns(sheet, FORMATS, CENTRED)
        for booking in bookings:
            sheet.append(
                columns.row(
                    (
                        booking.start.date(),
                        booking.start.time(),
                        _end(booking),
                        booking.space,
                        booking.booker,
                        EXTERNAL if booking.external else TENANT,
                        booking.purpose,
                        booking.attendees,
                        booking.status.value,
                    )
                )
            )
    return len(bookings)


def _end(booking: BookingView) -> time | str:
    """An end at midnight is the day's 24:00 (text: a time of day stops at 23:59)."""
    shown = ends_at(booking.start, booking.end)
    return shown if shown == MIDNIGHT else booking.end.time()
