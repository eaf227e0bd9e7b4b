from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from incubator_app.domain.errors import DomainError
from incubator_app.domain.leases import check_move_out_day, check_seats, lease_period, peak_seats
from incubator_app.domain.money import format_won, parse_won
from incubator_app.domain.periods import Period, parse_typed_date

BASE = date(2026, 1, 1)


def test_default_term_is_one_year_less_a_day() -> None:
    assert lease_period(date(2026, 3, 2), None, 1) == Period(date(2026, 3, 2), date(2027, 3, 1))
    # 민법 §160③: no Feb 29 in the last year, so the term ends on Feb 28
    assert lease_period(date(2024, 2, 29), None, 1) == Period(date(2024, 2, 29), date(2025, 2, 28))
    assert lease_period(date(2024, 2, 29), None, 4) == Period(date(2024, 2, 29), date(2028, 2, 28))
    assert lease_period(date(2025, 3, 1), None, 1) == Period(date(2025, 3, 1), date(2026, 2, 28))


def test_end_before_start_is_refused_with_both_dates() -> None:
    with pytest.raises(DomainError) as caught:
        lease_period(date(2026, 3, 2), date(2026, 3, 1), 1)
    assert "2026-03-01" in caught.value.text() and "2026-03-02" in caught.value.text()


def test_one_day_lease_is_allowed() -> None:
    assert lease_period(BASE, BASE, 1).days == 1


def test_seats_beyond_capacity_are_refused_naming_the_numbers() -> None:
    taken = [(Period(BASE, BASE + timedelta(days=30)), 38)]
    check_seats(Period(BASE, BASE + timedelta(days=10)), 2, 40, taken)
    with pytest.raises(DomainError) as caught:
        check_seats(Period(BASE, BASE + timedelta(days=10)), 3, 40, taken)
    assert caught.value.params["used"] == 38 and caught.value.params["capacity"] == 40
    with pytest.raises(DomainError):
        check_seats(Period(BASE, BASE), 0, 40, [])


def test_move_out_must_lie_within_the_lease() -> None:
    lease = Period(date(2026, 1, 1), date(2026, 12, 31))
    check_move_out_day(lease, date(2026, 1, 1))
    check_move_out_day(lease, date(2026, 12, 31))
    with pytest.raises(DomainError) as caught:
        check_move_out_day(lease, date(2027, 1, 1))
    assert "2027-01-01" in caught.value.text()


periods = st.builds(
    lambda start, length: Period(
        BASE + timedelta(days=start), BASE + timedelta(days=start + length)
    ),
    st.integers(0, 60),
    st.integers(0, 30),
)


@given(periods, st.lists(st.tuples(periods, st.integers(1, 5)), max_size=8))
def test_peak_seats_equals_counting_day_by_day(
    period: Period, taken: list[tuple[Period, int]]
) -> None:
    by_day = max(
        sum(seats for other, seats in taken if other.covers(period.start + timedelta(days=d)))
        for d in range(period.days)
    )
    assert peak_seats(period, taken) == by_day


@pytest.mark.parametrize(
    ("typed", "won"),
    [
        ("1200000", 1_200_000),
        ("1,200,000", 1_200_000),
        ("1,200,000원", 1_200_000),
        (" 30000 원", 30_000),
        ("0", 0),
    ],
)
def test_money_as_typed(typed: str, won: int) -> None:
    assert parse_won(typed) == won


@pytest.mark.parametrize(
    "typed", ["1.5", "abc", "-100", "12만", "1,00,0", ",1000", "1, 000", "1,000,", "--5", "1e6"]
)
def test_money_that_is_not_whole_non_negative_won_is_refused(typed: str) -> None:
    with pytest.raises(DomainError):
        parse_won(typed, "rent")


def test_money_is_shown_with_commas_and_won() -> None:
    assert format_won(1_234_000) == "1,234,000원"


@pytest.mark.parametrize(
    "typed", ["2025-03-02", "2025.3.2", "2025. 3. 2.", " 2025 - 03 - 02 ", "2025.03.02."]
)
def test_dates_as_people_type_them(typed: str) -> None:
    assert parse_typed_date(typed) == date(2025, 3, 2)


@pytest.mark.parametrize(
    "typed", ["2025/3/2", "3.2.2025", "2025.2.30", "2025년 3월 2일", "９２０２５.3.2"]
)
def test_dates_that_are_refused(typed: str) -> None:
    with pytest.raises(DomainError):
        parse_typed_date(typed)
