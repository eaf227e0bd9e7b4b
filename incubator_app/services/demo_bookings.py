"""Demo bookings of the shared spaces around today: requests to decide, approved ones, a
no-show, a cancellation. Each is booked through ``book`` as it would have been, days ahead."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from incubator_app.domain.bookings import BookingStatus, closed_day
from incubator_app.domain.errors import DomainError
from incubator_app.services.booking_lists import BookableSpace, bookable_spaces
from incubator_app.services.bookings import BookingInput, book, decide

SPAN_DAYS = 14  # from two weeks back to two weeks ahead
ORGANISATIONS = (
    ("광주광역시 창업지원과", "김민정 062-613-0000"),
    ("광주테크노파크", "이준호 062-602-0000"),
    ("전남대학교 창업지원단", "박서연 062-530-0000"),
    ("광주창조경제혁신센터", "최동욱 062-958-0000"),
)
PURPOSES = (
    "IR 피칭 연습", "팀 회의", "투자 설명회", "창업 교육", "멘토링", "네트워킹 데이",
    "고객 인터뷰", "세미나", "채용 설명회", "제품 시연",
)  # fmt: skip


def make_demo_bookings(
    session: Session, rng: random.Random, tenant_ids: list[int], today: date
) -> int:
    """Bookings on the open days from two weeks before ``today`` to two weeks after."""
    if not tenant_ids:
        return 0
    made = 0
    spaces = bookable_spaces(session)
    for offset in range(-SPAN_DAYS, SPAN_DAYS + 1):
        day = today + timedelta(days=offset)
        if closed_day(day):
            continue
        for space in spaces:
            hour = space.policy.opens.hour
            while rng.random() < 0.55:
                hour += rng.choice((0, 1, 2))
                hours = rng.choice((1, 1, 2, 2, 3))
                if hour + hours > space.policy.closes.hour:
                    break
                made += _one(session, rng, tenant_ids, space, day, hour, hours, today)
                hour += hours
    return made


def _one(
    session: Session,
    rng: random.Random,
    tenant_ids: list[int],
    space: BookableSpace,
    day: date,
    hour: int,
    hours: int,
    today: date,
) -> int:
    """One booking, requested some days before and decided as days before today are."""
    policy = space.policy
    outsider = not policy.tenants_only and rng.random() < 0.3
    organisation, contact = rng.choice(ORGANISATIONS) if outsider else (None, None)
    data = BookingInput(
        space=space.number,
        start=datetime.combine(day, time(hour)),
        end=datetime.combine(day, time(hour + hours)),
        tenant=None if outsider else rng.choice(tenant_ids),
        organisation=organisation,
        contact=contact,
        purpose=rng.choice(PURPOSES),
        attendees=rng.randint(2, max(policy.capacity // 2, 2)),
    )
    asked = datetime.combine(day - timedelta(days=rng.randint(1, 7)), time(9, 30))
    try:
        with session.begin_nested():  # a refusal leaves nothing behind
            booking = book(session, data, asked)
    except DomainError:  # a rule of this space (its longest booking): not in the demo
        return 0
    decided_at = asked + timedelta(hours=3)
    if day < today:
        last = BookingStatus.NO_SHOW if rng.random() < 0.08 else BookingStatus.APPROVED
        decide(session, booking.id, BookingStatus.APPROVED, decided_at)
        if last is BookingStatus.NO_SHOW:
            decide(session, booking.id, last, datetime.combine(day, time(hour + hours)))
    elif rng.random() < 0.6:
        decide(session, booking.id, BookingStatus.APPROVED, decided_at)
    elif rng.random() < 0.15:
        decide(session, booking.id, BookingStatus.CANCELLED, decided_at)
    return 1
