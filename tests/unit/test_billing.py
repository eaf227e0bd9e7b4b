"""DOMAIN.md section 7 with its own examples: a month's charge prorated and rounded
down, VAT, the due date, a re-issue's adjustment, payments oldest due first, arrears on
a date, a deposit's settlement; and the boundaries (one day, the 31st, February, a
move-out on the first)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from incubator_app.domain.billing import (
    Amounts,
    Month,
    Owed,
    arrears_on,
    due_on,
    month_amounts,
    paid_by_charge,
    prorated,
    settle,
    shares,
)
from incubator_app.domain.errors import DomainError
from incubator_app.domain.periods import Period

LEASE = Period(date(2026, 3, 16), date(2027, 3, 15))
MARCH, APRIL = Month(2026, 3), Month(2026, 4)


def charged(held: Period, month: Month, rounding: int = 10, vat: int = 10) -> Amounts:
    return month_amounts(held, 300_000, 50_000, month, rounding=rounding, vat_percent=vat)


def test_the_section_s_example_month_by_month() -> None:
    march = charged(LEASE, MARCH)
    assert (march.rent, march.fee, march.supply, march.vat, march.total) == (
        154_830, 25_800, 180_630, 18_063, 198_693,
    )  # fmt: skip
    april = charged(LEASE, APRIL)
    assert (april.supply, april.vat, april.total) == (350_000, 35_000, 385_000)


def test_a_move_out_after_issuing_is_an_adjustment_of_the_difference() -> None:
    moved_out = Period(LEASE.start, date(2026, 4, 10))
    now, issued = charged(moved_out, APRIL), charged(LEASE, APRIL)
    assert (now.rent, now.fee, now.supply, now.vat, now.total) == (
        100_000, 16_660, 116_660, 11_666, 128_326,
    )  # fmt: skip
    change = now - issued
    assert (change.rent, change.fee, change.vat, change.total) == (
        -200_000, -33_340, -23_334, -256_674,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("held", "month", "rent"),
    [
        (Period(date(2026, 3, 31), date(2026, 3, 31)), MARCH, 9_670),  # one day of 31
        (Period(date(2026, 3, 31), date(2027, 3, 30)), MARCH, 9_670),  # begins on the 31st
        (Period(date(2026, 2, 1), date(2027, 1, 31)), Month(2026, 2), 300_000),  # all of Feb
        (Period(date(2026, 2, 15), date(2027, 2, 14)), Month(2026, 2), 150_000),  # 14 of 28
        (Period(date(2025, 4, 1), date(2026, 4, 1)), APRIL, 10_000),  # moved out on the 1st
        (Period(date(2026, 5, 1), date(2027, 4, 30)), APRIL, 0),  # not yet begun
    ],
)
def test_boundaries(held: Period, month: Month, rent: int) -> None:
    assert charged(held, month).rent == rent


def test_rounding_and_vat_settings() -> None:
    assert prorated(300_000, 16, 31, 1) == 154_838
    assert prorated(300_000, 16, 31, 100) == 154_800
    assert charged(LEASE, APRIL, vat=0).total == 350_000


@given(
    amount=st.integers(0, 10**9),
    covered=st.integers(1, 31),
    days=st.integers(28, 31),
    rounding=st.sampled_from([1, 10, 100]),
)
def test_a_part_of_a_month_never_asks_more_than_the_whole(
    amount: int, covered: int, days: int, rounding: int
) -> None:
    share = prorated(amount, min(covered, days), days, rounding)
    assert 0 <= share <= amount and (share == amount or share % rounding == 0)


def test_due_dates() -> None:
    assert due_on(MARCH, 0) == date(2026, 3, 31)
    assert due_on(Month(2026, 2), 0) == date(2026, 2, 28)
    assert due_on(Month(2026, 12), 10) == date(2027, 1, 10)


@pytest.mark.parametrize("text", ["2026-13", "2026-00", "26-03", "2026-3", "2026/03", "", "march"])
def test_a_month_that_is_not_one_is_refused_naming_it(text: str) -> None:
    with pytest.raises(DomainError) as caught:
        Month.parse(text)
    assert caught.value.code == "month_format" and repr(text)[1:-1] in caught.value.text()


def owed_march_and_april() -> list[Owed]:
    return [
        Owed(1, date(2026, 3, 31), 1, 7, str(MARCH), 198_693),
        Owed(2, date(2026, 4, 30), 2, 7, str(APRIL), 385_000),
    ]


def test_a_payment_covers_the_oldest_first_and_the_rest_is_credit() -> None:
    each, credit = shares(owed_march_and_april()[:1], [200_000])
    assert paid_by_charge(each) == {1: 198_693} and credit == 1_307
    each, credit = shares(owed_march_and_april(), [200_000])
    assert paid_by_charge(each) == {1: 198_693, 2: 1_307}
    assert credit == 0


def test_a_payment_dated_before_earlier_ones_takes_their_place() -> None:
    """Payments apply in date order: one entered late but dated earlier pays the oldest
    charge, and the later one moves on to the next."""
    owed = owed_march_and_april()
    each, _credit = shares(owed, [150_000, 100_000])
    assert [[(a.owed_id, a.amount) for a in applied] for applied in each] == [
        [(1, 150_000)], [(1, 48_693), (2, 51_307)],
    ]  # fmt: skip


def test_arrears_on_a_date() -> None:
    owed = owed_march_and_april()
    on_may_first = arrears_on(date(2026, 5, 1), owed, [200_000])
    assert (on_may_first.balance, on_may_first.oldest_due, on_may_first.days_overdue) == (
        383_693, date(2026, 4, 30), 1,
    )  # fmt: skip
    assert arrears_on(date(2026, 4, 30), owed, [200_000]).balance == 0


def test_a_negative_adjustment_reduces_what_its_month_owes() -> None:
    owed = [*owed_march_and_april(), Owed(3, date(2026, 4, 30), 3, 7, str(APRIL), -256_674)]
    each, credit = shares(owed, [198_693 + 128_326])
    assert paid_by_charge(each) == {1: 198_693, 2: 128_326}
    assert credit == 0
    assert arrears_on(date(2026, 5, 1), owed, [198_693 + 128_326]).balance == 0


def test_a_deposit_settled_at_move_out() -> None:
    settled = settle(1_000_000, 383_693, [100_000])
    assert (settled.refund, settled.shortfall) == (516_307, 0)
    short = settle(300_000, 383_693, [])
    assert (short.refund, short.shortfall) == (0, 83_693)
    assert settle(1_000_000, 383_693, [616_307]).refund == 0  # all that is left, no more


@pytest.mark.parametrize(
    ("received", "owed", "deductions"),
    [(100_000, 0, [500_000]), (300_000, 383_693, [1]), (1_000_000, 383_693, [600_000, 16_308])],
)
def test_a_deduction_beyond_what_is_left_is_refused(
    received: int, owed: int, deductions: list[int]
) -> None:
    with pytest.raises(DomainError) as refused:
        settle(received, owed, deductions)
    assert refused.value.code == "deductions_exceed"


def test_a_due_day_in_the_next_month_crosses_the_year() -> None:
    assert due_on(Month(2026, 12), 28) == date(2027, 1, 28)
    assert due_on(Month(2026, 12), 0) == date(2026, 12, 31)
    assert due_on(Month(2027, 1), 28) == date(2027, 2, 28)
