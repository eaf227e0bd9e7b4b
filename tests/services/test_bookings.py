"""Booking the shared spaces through the service, on a real SQLite file."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session

from incubator_app.domain.bookings import BookingStatus
from incubator_app.domain.errors import DomainError
from incubator_app.services.booking_lists import list_bookings, utilisation, week_bookings
from incubator_app.services.bookings import (
    BookingInput,
    SeriesRefusedError,
    book,
    book_weekly,
    decide,
)
from incubator_app.store.models import Space
from tests.builders import make_lease, make_tenant

NOW = datetime.combine(date(2026, 3, 3), time(8))  # Tuesday morning
DAY = date(2026, 3, 4)


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime.combine(day, time(hour, minute))


def request(
    space: str = "다목적홀", start: int = 10, end: int = 12, day: date = DAY, **more: object
) -> BookingInput:
    """An outside organisation's request, unless ``more`` says otherwise."""
    given: dict[str, object] = {"organisation": "광주시 청년센터", "contact": "062-000-0000"}
    given.update(more)
    return BookingInput(space, at(start, day=day), at(end, day=day), **given)  # type: ignore[arg-type]


def refused(session: Session, data: BookingInput) -> DomainError:
    with pytest.raises(DomainError) as caught:
        book(session, data, NOW)
    return caught.value


def test_a_request_then_an_overlap_refused_naming_the_other(session: Session) -> None:
    first = book(session, request(purpose="창업 설명회", attendees=80), NOW)
    assert (first.status, first.booker, first.external) == (
        BookingStatus.REQUESTED,
        "광주시 청년센터",
        "광주시 청년센터",
    )
    error = refused(session, request(start=11, end=13))
    assert error.code == "booking_overlap" and str(first.id) in error.text()
    assert "2026-03-04 10:00~12:00, 광주시 청년센터" in error.text()  # who holds it
    book(session, request(start=12, end=13), NOW)  # back to back
    assert refused(session, request(start=9, end=10, attendees=121)).code == "booking_capacity"


def test_rejected_and_cancelled_free_the_slot_a_no_show_does_not(session: Session) -> None:
    first = book(session, request(), NOW)
    decide(session, first.id, BookingStatus.REJECTED, NOW)
    second = book(session, request(), NOW)
    decide(session, second.id, BookingStatus.APPROVED, NOW)
    decide(session, second.id, BookingStatus.CANCELLED, NOW)
    third = book(session, request(), NOW)
    decide(session, third.id, BookingStatus.APPROVED, NOW)
    decide(session, third.id, BookingStatus.NO_SHOW, at(10, 30))  # once it has begun
    assert refused(session, request()).code == "booking_overlap"
    with pytest.raises(DomainError) as caught:
        decide(session, third.id, BookingStatus.APPROVED, NOW)
    assert caught.value.code == "booking_transition"
    statuses = [b.status for b in list_bookings(session, DAY, DAY)]
    assert statuses == [BookingStatus.REJECTED, BookingStatus.CANCELLED, BookingStatus.NO_SHOW]


def test_the_buffer_of_a_space(session: Session) -> None:
    session.execute(update(Space).where(Space.number == "202").values(buffer_minutes=30))
    book(session, request("교육실 1", 10, 12), NOW)
    assert refused(session, request("교육실 1", 12, 13)).code == "booking_overlap"
    half_past = BookingInput("교육실 1", at(12, 30), at(13, 30), organisation="A", contact="B")
    book(session, half_past, NOW)


def test_meeting_rooms_are_for_tenants_unless_a_reason_is_written(session: Session) -> None:
    assert refused(session, request("회의실 A", 10, 11, attendees=4)).code == (
        "booking_tenants_only"
    )
    tenant = make_tenant(session, name="빛고을랩스")
    make_lease(session, tenant, "301", date(2025, 4, 1))
    former = make_tenant(session, name="떠난 기업")
    make_lease(session, former, "302", date(2025, 4, 1), date(2026, 3, 3))
    gone = BookingInput("회의실 A", at(10), at(11), tenant=former.id, attendees=4)
    assert refused(session, gone).code == "booking_not_housed"
    mine = book(
        session,
        BookingInput("회의실 A", at(10), at(11), tenant=tenant.id, attendees=4),
        NOW,
    )
    assert (mine.booker, mine.external) == ("빛고을랩스", None)
    assert refused(session, request("회의실 B", 10, 14, attendees=4)).code == (
        "booking_tenants_only"
    )
    lifted = book(
        session, request("회의실 B", 10, 14, attendees=4, override_reason="시 협약 회의"), NOW
    )
    assert lifted.override_reason == "시 협약 회의"


def test_who_books(session: Session) -> None:
    assert refused(session, BookingInput("다목적홀", at(10), at(11))).code == "booking_booker"
    alone = BookingInput("다목적홀", at(10), at(11), organisation="단체")
    assert (
        refused(session, alone).code == "booking_contact"
        and "'단체'" in refused(session, alone).text()
    )
    tenant = make_tenant(session)
    both = BookingInput("다목적홀", at(10), at(11), tenant=tenant.id, organisation="단체")
    assert refused(session, both).code == "booking_two_bookers"
    assert refused(session, request("301")).code == "booking_not_bookable"
    unknown = refused(session, request("회의실A"))
    assert unknown.code == "booking_space_unknown" and "회의실 A(204)" in unknown.text()


def test_a_substitute_holiday_and_the_window(session: Session) -> None:
    friday_before = datetime.combine(date(2026, 2, 27), time(8))
    with pytest.raises(DomainError) as caught:
        book(session, request(day=date(2026, 3, 2)), friday_before)
    assert caught.value.code == "booking_closed_day" and "대체" in caught.value.text()
    book(session, request(day=date(2026, 3, 18)), NOW)  # today + 15, the window's last day
    assert refused(session, request(day=date(2026, 3, 19))).code == "booking_window"


def test_a_weekly_series_is_booked_whole_or_not_at_all(session: Session) -> None:
    taken = book(session, request("교육실 2", 10, 12, day=date(2026, 3, 11)), NOW)
    weekly = request("교육실 2", 10, 12)  # Wednesdays from 2026-03-04
    with pytest.raises(SeriesRefusedError) as caught:
        book_weekly(session, weekly, 3, NOW, skip_conflicts=False)
    refused = [(d.start.date(), d.refusal.code) for d in caught.value.dates if d.refusal]
    assert refused == [(date(2026, 3, 11), "booking_overlap")]
    assert [b.id for b in list_bookings(session, DAY, date(2026, 3, 31))] == [taken.id]


def test_a_weekly_series_may_skip_the_dates_that_cannot_be(session: Session) -> None:
    book(session, request("교육실 2", 10, 12, day=date(2026, 3, 11)), NOW)
    dates = book_weekly(session, request("교육실 2", 10, 12), 2, NOW, skip_conflicts=True)
    assert [(d.start.date(), d.booking is not None) for d in dates] == [
        (date(2026, 3, 4), True),
        (date(2026, 3, 11), False),
    ]
    with pytest.raises(SeriesRefusedError):  # nothing left to book
        book_weekly(
            session, request("교육실 2", 10, 12, day=date(2026, 3, 11)), 1, NOW, skip_conflicts=True
        )


def test_utilisation_counts_approved_and_no_show_hours(session: Session) -> None:
    held = book(session, request("교육실 2", 9, 18), NOW)  # a whole day
    decide(session, held.id, BookingStatus.APPROVED, NOW)
    asked = book(session, request("교육실 2", 9, 12, day=date(2026, 3, 5)), NOW)  # still 신청
    missed = book(session, request("다목적홀", 10, 12), NOW)
    decide(session, missed.id, BookingStatus.APPROVED, NOW)
    decide(session, missed.id, BookingStatus.NO_SHOW, at(12))
    use = {u.space: u for u in utilisation(session, 2026, 3)}
    assert use["교육실 2"].booked_minutes == 9 * 60 and asked.status is BookingStatus.REQUESTED
    assert use["교육실 2"].open_minutes == 21 * 9 * 60
    assert str(use["교육실 2"].rate) == "4.8"  # one day of 21
    assert use["다목적홀"].booked_minutes == 120
    assert use["회의실 A"].booked_minutes == 0 and str(use["회의실 A"].rate) == "0.0"


def test_a_week_runs_monday_to_sunday_for_one_space_or_all(session: Session) -> None:
    hall = book(session, request(), NOW)
    room = book(session, request(space="교육실 1", start=9, end=10), NOW)
    sunday = book(session, request(day=date(2026, 3, 8), override_reason="주말 행사"), NOW)
    book(session, request(day=date(2026, 3, 9), start=9, end=10), NOW)  # the next Monday
    week = week_bookings(session, DAY)
    assert week.monday == date(2026, 3, 2) and len(week.spaces) == 6
    assert [b.id for b in week.bookings] == [room.id, hall.id, sunday.id]
    only = week_bookings(session, date(2026, 3, 8), "다목적홀")
    assert [s.name for s in only.spaces] == ["다목적홀"]
    assert [b.id for b in only.bookings] == [hall.id, sunday.id]
    with pytest.raises(DomainError) as caught:
        week_bookings(session, DAY, "오픈 라운지")
    assert caught.value.code == "booking_not_bookable"
