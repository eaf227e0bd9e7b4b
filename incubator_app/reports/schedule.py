"""공용공간 주간 예약표: one A4 landscape page per space, a column per day, for the door."""

from __future__ import annotations

from datetime import timedelta
from html import escape

from PySide6.QtGui import QTextDocument

from incubator_app.domain import palette
from incubator_app.domain.bookings import BLOCKING, closed_day, ends_at, status_name
from incubator_app.domain.periods import public_date, weekday
from incubator_app.reports.document import STATION, html_document
from incubator_app.services.booking_lists import BookingView, WeekBookings

TITLE = f"{STATION} 공용공간 주간 예약표"


def week_schedule(week: WeekBookings) -> QTextDocument:
    """Each space's week: the bookings that hold a slot (신청, 승인, 노쇼), by start."""
    monday = week.monday
    sunday = monday + timedelta(days=6)
    period = f"{public_date(monday)}({weekday(monday)}) ~ {public_date(sunday)}({weekday(sunday)})"
    sections = []
    for number, space in enumerate(week.spaces):
        mine = (b for b in week.bookings if b.space_number == space.number)
        taken = [b for b in mine if b.status in BLOCKING]
        policy = space.policy
        facts = (
            f"{period} · 이용 시간 {policy.opens:%H:%M}~{policy.closes:%H:%M}"
            f" · 수용 {policy.capacity}명"
        )
        heads, cells = [], []
        for offset in range(7):
            day = monday + timedelta(days=offset)
            closed = closed_day(day) if not policy.open_on_closed_days else None
            heads.append(f'<th width="14%">{day.month}/{day.day} ({weekday(day)})</th>')
            shown = [_entry(b) for b in taken if b.start.date() == day]
            if closed:  # still named when a booking was made there by exception
                cells.append(
                    f'<td bgcolor="{palette.CLOSED}">{escape(closed)}{"".join(shown)}</td>'
                )
            else:
                cells.append(f"<td>{''.join(shown) or '—'}</td>")
        page_break = ' style="page-break-before: always"' if number else ""
        sections.append(
            f"<h1{page_break}>{escape(space.name)} ({escape(space.number)})</h1>"
            f'<p class="sub">{escape(TITLE)} · {escape(facts)}</p>'
            '<table class="grid" border="1" cellspacing="0" cellpadding="4" width="100%">'
            f"<thead><tr>{''.join(heads)}</tr></thead>"
            f'<tbody><tr valign="top">{"".join(cells)}</tr></tbody></table>'
            f'<p class="sub">{len(taken)}건 · 노란 칸은 승인을 기다리는 신청입니다.</p>'
        )
    if not sections:
        sections.append(f"<h1>{escape(TITLE)}</h1><p>예약하는 공간이 없습니다.</p>")
    document = html_document("".join(sections))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, TITLE)
    return document


def _entry(booking: BookingView) -> str:
    """One booking in its day's cell: time, booker, purpose, attendees and status."""
    status = status_name(booking.status).ko
    details = " · ".join(
        part for part in (booking.purpose or "", f"{booking.attendees}명", status) if part
    )
    lines = (
        f"<b>{booking.start:%H:%M}~{ends_at(booking.start, booking.end)}</b><br/>"
        f"{escape(booking.booker)}<br/><small>{escape(details)}</small>"
    )
    colour = palette.BOOKING_FILL_PRINTED.get(booking.status.name, palette.WHITE)
    return (
        f'<table width="100%" cellspacing="0" cellpadding="3"><tr><td bgcolor="{colour}">'
        f"{lines}</td></tr></table>"
    )
