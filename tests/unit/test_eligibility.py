from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from incubator_app.domain.eligibility import (
    Stage,
    check_admission,
    check_incubation_cap,
    days_left,
    early_stage_until,
    stage_on,
    startup_until,
)
from incubator_app.domain.errors import DomainError
from incubator_app.domain.periods import Period, add_months, add_years
from incubator_app.domain.policy import Policy

days = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))


def test_domain_example_anniversary_is_still_inside() -> None:
    started = date(2023, 3, 2)
    assert early_stage_until(started) == date(2026, 3, 2)
    assert stage_on(started, date(2026, 3, 2)) is Stage.EARLY
    assert stage_on(started, date(2026, 3, 3)) is Stage.GROWTH


def test_feb_29_start_ends_on_feb_28() -> None:
    assert early_stage_until(date(2024, 2, 29)) == date(2027, 2, 28)
    assert stage_on(date(2024, 2, 29), date(2027, 2, 28)) is Stage.EARLY
    assert stage_on(date(2024, 2, 29), date(2027, 3, 1)) is Stage.GROWTH


def test_feb_29_lands_on_feb_29_in_a_leap_year() -> None:
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)


def test_stages_through_a_life() -> None:
    started = date(2018, 5, 10)
    assert stage_on(None, date(2026, 1, 1)) is Stage.PRE_FOUNDER
    assert stage_on(started, date(2025, 5, 10)) is Stage.GROWTH
    assert stage_on(started, date(2025, 5, 11)) is Stage.MATURE
    assert stage_on(started, date(2025, 5, 11), new_industry=True) is Stage.GROWTH
    assert startup_until(started, True) == date(2028, 5, 10)
    assert stage_on(started, date(2028, 5, 11), new_industry=True) is Stage.MATURE


def test_days_left_goes_negative_once_past() -> None:
    started = date(2023, 3, 2)
    assert days_left(started, date(2026, 3, 1)) == 1
    assert days_left(started, date(2026, 3, 2)) == 0
    assert days_left(started, date(2026, 3, 4)) == -2
    assert days_left(None, date(2026, 3, 4)) is None


def test_admission_refusal_names_the_dates() -> None:
    with pytest.raises(DomainError) as caught:
        check_admission(date(2021, 3, 2), date(2024, 5, 1))
    text = caught.value.text()
    assert "2021-03-02" in text and "2024-03-02" in text and "2024-05-01" in text
    check_admission(date(2021, 3, 2), date(2024, 3, 2))  # the last day is still inside
    check_admission(None, date(2030, 1, 1))  # a pre-founder may always move in


def test_admission_from_a_feb_29_start() -> None:
    check_admission(date(2024, 2, 29), date(2027, 2, 28))
    with pytest.raises(DomainError):
        check_admission(date(2024, 2, 29), date(2027, 3, 1))


def test_cap_is_1096_days_for_three_years_so_three_calendar_years_fit() -> None:
    cap = Policy().incubation_cap_days
    assert cap == 1096
    three_years = Period(date(2027, 1, 1), date(2029, 12, 31))  # 2028 is a leap year
    check_incubation_cap(0, three_years, cap)
    with pytest.raises(DomainError) as caught:
        check_incubation_cap(1, three_years, cap)
    assert caught.value.code == "incubation_cap_exceeded"
    assert caught.value.params["left"] == 1095


@given(days, st.integers(0, 20))
def test_add_years_keeps_the_day_or_falls_back_from_feb_29(day: date, years: int) -> None:
    later = add_years(day, years)
    assert later.year == day.year + years
    if (day.month, day.day) == (2, 29) and later.month == 2 and later.day == 28:
        return
    assert (later.month, later.day) == (day.month, day.day)


@given(days, days)
def test_early_stage_until_is_monotonic(a: date, b: date) -> None:
    if a <= b:
        assert early_stage_until(a) <= early_stage_until(b)


@given(days)
def test_the_window_is_three_years_long_give_or_take_leap_days(started: date) -> None:
    length = (early_stage_until(started) - started).days
    assert 3 * 365 - 1 <= length <= 3 * 365 + 1


@given(days, st.integers(0, 120))
def test_add_months_clamps_to_the_month_end(day: date, months: int) -> None:
    later = add_months(day, months)
    assert (later.year * 12 + later.month) - (day.year * 12 + day.month) == months
    assert later.day <= day.day
    if later.day < day.day:  # clamped: it is the last day of its month
        assert (later + timedelta(days=1)).day == 1
