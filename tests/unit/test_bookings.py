"""The booking rules on their own (DOMAIN.md 21-25): every boundary."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from incubator_app.domain.bookings import (
    BLOCKING,
    Booker,
    BookingStatus,
    Slot,
    SpacePolicy,
    check_booking_rules,
    check_transition,
    closed_day,
    next_statuses,
    open_minutes,
    parse_minute,
    policy_breaches,
)
from incubator_app.domain.errors import DomainError
from incubator_app.domain.labels import RULE_KEYS, rule_names


def local(day: date, hour: int = 0, minute: int = 0, second: int = 0) -> datetime:
    """Seoul's wall-clock time, as bookings keep it (naive, to the minute)."""
    return datetime.combine(day, time(hour, minute, second))


NOW = local(date(2026, 3, 3), 8)  # a Tuesday morning
HALL = SpacePolicy(capacity=120, closes=time(22))
MEETING = SpacePolicy(capacity=8, longest_minutes=180, tenants_only=True)
HOUSED, OUTSIDER = Booker(tenant=True, housed=True), Booker(tenant=False)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return local(date(2026, 3, day), hour, minute)


def refusal(slot: Slot, space: SpacePolicy = HALL, **given: Any) -> str:
    """The rule that refuses the booking: one nothing lifts (raised), or the first policy
    rule broken when no reason is written (``overridden``: one is)."""
    overridden = given.pop("overridden", False)
    facts: dict[str, Any] = {"attendees": 10, "booker": HOUSED, "now": NOW, "window_days": 15}
    facts.update(given)
    try:
        broken = check_booking_rules(slot, space, **facts)
    except DomainError as error:
        return error.code
    assert broken and not overridden, "no rule refuses it"
    return broken[0].code


def accepted(slot: Slot, space: SpacePolicy = HALL, **given: Any) -> None:
    overridden = given.pop("overridden", False)
    facts: dict[str, Any] = {"attendees": 10, "booker": HOUSED, "now": NOW, "window_days": 15}
    facts.update(given)
    broken = check_booking_rules(slot, space, **facts)
    assert overridden or not broken, [rule.code for rule in broken]


def test_back_to_back_is_no_overlap_one_minute_is() -> None:
    morning = Slot(at(4, 9), at(4, 11))
    assert not morning.overlaps(Slot(at(4, 11), at(4, 12)))
    assert morning.overlaps(Slot(at(4, 10, 59), at(4, 12)))
    assert morning.overlaps(Slot(at(4, 8), at(4, 9, 1)))
    assert not morning.overlaps(Slot(at(4, 8), at(4, 9)))


def test_the_buffer_keeps_bookings_apart() -> None:
    morning = Slot(at(4, 9), at(4, 11))
    assert morning.overlaps(Slot(at(4, 11), at(4, 12)), buffer_minutes=30)
    assert morning.overlaps(Slot(at(4, 11, 29), at(4, 12)), buffer_minutes=30)
    assert not morning.overlaps(Slot(at(4, 11, 30), at(4, 12)), buffer_minutes=30)


def _slot(start: int, length: int) -> Slot:
    """Minutes after midnight on 2026-03-04, clipped to the day."""
    day = local(date(2026, 3, 4))
    return Slot(day + timedelta(minutes=start), day + timedelta(minutes=min(start + length, 1440)))


@given(st.integers(0, 1439), st.integers(1, 120), st.integers(0, 1439), st.integers(1, 120))
def test_overlap_is_symmetric_and_means_a_shared_minute(a: int, la: int, b: int, lb: int) -> None:
    first, second = _slot(a, la), _slot(b, lb)
    shared = set(range(a, min(a + la, 1440))) & set(range(b, min(b + lb, 1440)))
    assert first.overlaps(second) == second.overlaps(first) == bool(shared)


@pytest.mark.parametrize(
    ("start", "end", "code"),
    [
        (at(4, 10), at(4, 10), "booking_order"),
        (at(4, 11), at(4, 10), "booking_order"),
        (at(4, 20), at(5, 1), "booking_one_day"),
        (local(date(2026, 3, 4), 10, 0, 30), at(4, 11), "booking_minutes"),
    ],
)
def test_a_slot_is_a_forward_interval_within_one_day(
    start: datetime, end: datetime, code: str
) -> None:
    with pytest.raises(DomainError) as caught:
        Slot(start, end)
    assert caught.value.code == code


def test_a_slot_may_end_at_midnight() -> None:
    assert Slot(at(4, 23), at(5, 0)).minutes == 60


def test_closed_days_include_substitute_holidays() -> None:
    assert closed_day(date(2026, 3, 1)) == "삼일절"  # a Sunday ...
    assert closed_day(date(2026, 3, 2)) == "삼일절 대체 휴일"  # ... so Monday is off
    assert closed_day(date(2026, 3, 7)) == "토요일"
    assert closed_day(date(2026, 3, 3)) is None
    assert closed_day(date(2026, 3, 2), "en") == "Alternative holiday for Independence Movement Day"
    assert closed_day(date(2026, 3, 8), "en") == "Sunday"
    assert refusal(Slot(at(2, 10), at(2, 11)), now=local(date(2026, 2, 27), 8)) == (
        "booking_closed_day"
    )


def test_opening_hours_per_space() -> None:
    accepted(Slot(at(4, 9), at(4, 18)), SpacePolicy(capacity=30))
    assert refusal(Slot(at(4, 8, 59), at(4, 10)), SpacePolicy(capacity=30)) == "booking_hours"
    assert refusal(Slot(at(4, 17), at(4, 18, 1)), SpacePolicy(capacity=30)) == "booking_hours"
    accepted(Slot(at(4, 18), at(4, 22)))  # the hall stays open until 22:00


def test_meeting_rooms_three_hours_tenants_only() -> None:
    accepted(Slot(at(4, 9), at(4, 12)), MEETING, attendees=8)
    assert refusal(Slot(at(4, 9), at(4, 12, 1)), MEETING, attendees=8) == "booking_too_long"
    assert refusal(Slot(at(4, 9), at(4, 10)), MEETING, booker=OUTSIDER, attendees=8) == (
        "booking_tenants_only"
    )


def test_the_window_runs_from_now_through_its_last_day() -> None:
    accepted(Slot(at(18, 9), at(18, 10)))  # today + 15
    assert refusal(Slot(at(19, 9), at(19, 10))) == "booking_window"
    accepted(Slot(at(3, 9), at(3, 10)))  # later today
    assert refusal(Slot(at(3, 9), at(3, 10)), now=at(3, 9, 1)) == "booking_past"


def test_capacity_and_attendees() -> None:
    accepted(Slot(at(4, 9), at(4, 10)), attendees=120)
    assert refusal(Slot(at(4, 9), at(4, 10)), attendees=121) == "booking_capacity"
    assert refusal(Slot(at(4, 9), at(4, 10)), attendees=0) == "booking_attendees"


def test_a_reason_lifts_the_policy_never_the_capacity() -> None:
    sunday_night = Slot(at(8, 21), at(8, 23, 30))
    assert refusal(sunday_night, MEETING, booker=OUTSIDER, attendees=8) == "booking_tenants_only"
    accepted(sunday_night, MEETING, booker=OUTSIDER, attendees=8, overridden=True)
    accepted(Slot(at(30, 9), at(30, 10)), overridden=True)  # beyond the window
    assert refusal(sunday_night, MEETING, attendees=9, overridden=True) == "booking_capacity"


MEETING_SLOT = Slot(at(4, 10), at(4, 11))
DURING = at(4, 10, 30)


def test_status_transitions() -> None:
    check_transition(BookingStatus.REQUESTED, BookingStatus.APPROVED, MEETING_SLOT, NOW)
    check_transition(BookingStatus.REQUESTED, BookingStatus.REJECTED, MEETING_SLOT, NOW)
    check_transition(BookingStatus.REQUESTED, BookingStatus.CANCELLED, MEETING_SLOT, NOW)
    check_transition(BookingStatus.APPROVED, BookingStatus.NO_SHOW, MEETING_SLOT, DURING)
    check_transition(BookingStatus.APPROVED, BookingStatus.CANCELLED, MEETING_SLOT, DURING)
    for current, wanted in [
        (BookingStatus.REQUESTED, BookingStatus.NO_SHOW),
        (BookingStatus.REJECTED, BookingStatus.APPROVED),
        (BookingStatus.CANCELLED, BookingStatus.APPROVED),
        (BookingStatus.NO_SHOW, BookingStatus.CANCELLED),
        (BookingStatus.APPROVED, BookingStatus.REQUESTED),
    ]:
        with pytest.raises(DomainError) as caught:
            check_transition(current, wanted, MEETING_SLOT, DURING)
        assert caught.value.code == "booking_transition"
    refused = "'취소' 상태의 예약은 '승인'"
    with pytest.raises(DomainError) as caught:
        check_transition(BookingStatus.CANCELLED, BookingStatus.APPROVED, MEETING_SLOT, NOW)
    assert refused in caught.value.text() and "'cancelled'" in caught.value.text("en")
    assert BookingStatus.REJECTED not in BLOCKING and BookingStatus.CANCELLED not in BLOCKING
    assert BookingStatus.NO_SHOW in BLOCKING


def test_open_minutes_count_working_days_only() -> None:
    # March 2026: 31 days, 9 weekend days, 삼일절 on a Sunday and its substitute Monday
    assert open_minutes(SpacePolicy(capacity=30), 2026, 3) == 21 * 9 * 60
    assert open_minutes(HALL, 2026, 3) == 21 * 13 * 60
    everyday = SpacePolicy(capacity=30, open_on_closed_days=True)
    assert open_minutes(everyday, 2026, 12) == 31 * 9 * 60


def test_a_no_show_once_begun_a_cancellation_until_the_end() -> None:
    approved = BookingStatus.APPROVED
    assert next_statuses(approved, MEETING_SLOT, at(4, 9, 59)) == {BookingStatus.CANCELLED}
    assert next_statuses(approved, MEETING_SLOT, at(4, 10)) == {
        BookingStatus.CANCELLED, BookingStatus.NO_SHOW
    }  # fmt: skip
    assert next_statuses(approved, MEETING_SLOT, at(4, 11)) == {BookingStatus.NO_SHOW}
    for wanted, now, code in (
        (BookingStatus.NO_SHOW, at(4, 9, 59), "booking_no_show_early"),
        (BookingStatus.CANCELLED, at(4, 11), "booking_cancel_over"),
    ):
        with pytest.raises(DomainError) as caught:
            check_transition(approved, wanted, MEETING_SLOT, now)
        assert caught.value.code == code
    assert next_statuses(BookingStatus.NO_SHOW, MEETING_SLOT, NOW) == set()


def test_a_former_tenant_is_not_a_tenant_of_a_tenants_only_room() -> None:
    slot = Slot(at(4, 10), at(4, 11))
    former = Booker(tenant=True, housed=False)
    assert refusal(slot, MEETING, booker=former, attendees=4) == "booking_not_housed"
    accepted(slot, MEETING, booker=former, attendees=4, overridden=True)
    accepted(slot, HALL, booker=former)  # the hall is open to anyone


def test_every_policy_rule_broken_is_named_for_the_reason_to_excuse() -> None:
    christmas = Slot(local(date(2026, 12, 25), 3), local(date(2026, 12, 25), 14))
    broken = policy_breaches(christmas, MEETING, booker=OUTSIDER, now=NOW, window_days=15)
    assert [e.code for e in broken] == [
        "booking_tenants_only", "booking_closed_day", "booking_hours", "booking_too_long",
        "booking_window",
    ]  # fmt: skip
    assert "Christmas" in broken[1].text("en") and "기독탄신일" in broken[1].text()
    assert policy_breaches(Slot(at(4, 10), at(4, 11)), HALL, booker=OUTSIDER, now=NOW,
                           window_days=15) == []  # fmt: skip


def test_times_are_read_to_the_minute_with_a_t_or_a_space() -> None:
    assert parse_minute("2026-03-04T14:30") == at(4, 14, 30)
    assert parse_minute(" 2026-03-04  14:30 ") == at(4, 14, 30)
    assert parse_minute("2026-03-04T24:00") == at(5, 0, 0)  # the window's "24:00" end
    for wrong in ("2026-03-04", "2026-03-04T14", "14:30", "내일 10시", "2026-3-4T10:00"):
        with pytest.raises(DomainError) as caught:
            parse_minute(wrong)
        assert caught.value.code == "booking_time_format", wrong
    for wrong, code in (
        ("2026-02-30T10:00", "date_not_on_calendar"),  # a date that is not, not a bad form
        ("2026-03-04T24:30", "time_not_on_clock"),
        ("2026-03-04T10:60", "time_not_on_clock"),
        ("99999-03-04T10:00", "date_range"),
    ):
        with pytest.raises(DomainError) as caught:
            parse_minute(wrong)
        assert caught.value.code == code, wrong
        assert wrong in caught.value.text() and wrong in caught.value.text("en")


def test_the_rules_a_reason_lifts_are_the_policy_rules_each_named() -> None:
    late = Slot(local(date(2026, 12, 25), 3), local(date(2026, 12, 25), 14))
    past = Slot(at(2, 10), at(2, 11))
    broken = policy_breaches(late, MEETING, booker=OUTSIDER, now=NOW, window_days=15)
    broken += policy_breaches(past, MEETING, booker=Booker(tenant=True), now=NOW, window_days=15)
    booking_rules = {code for code in RULE_KEYS if code.startswith("booking_")}
    assert {e.code for e in broken} == booking_rules
    assert rule_names(broken, "en") == (
        "tenants only, closed day, opening hours, longest booking, booking window, "
        "tenants in the building only, time passed"
    )
