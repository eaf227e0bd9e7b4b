from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from incubator_app.domain.errors import DomainError
from incubator_app.domain.identifiers import (
    EntityType,
    brn_check_digit,
    brn_suits,
    corporation_check_digit,
    format_brn,
    normalize_brn,
    normalize_corporation_number,
    parse_entity_type,
)

nine_digits = st.text(alphabet="0123456789", min_size=9, max_size=9)
twelve_digits = st.text(alphabet="0123456789", min_size=12, max_size=12)


@pytest.mark.parametrize("brn", ["124-81-00998", "220-81-62517", "120-81-47521", "106-81-11522"])
def test_domain_examples_are_valid(brn: str) -> None:
    assert format_brn(normalize_brn(brn)) == brn


def test_wrong_check_digit_is_refused_naming_the_number() -> None:
    with pytest.raises(DomainError) as caught:
        normalize_brn("124-81-00997")
    assert caught.value.code == "brn_check_digit"
    assert "124-81-00997" in caught.value.text("ko")
    assert "124-81-00997" in caught.value.text("en")
    assert caught.value.field == "brn"


@pytest.mark.parametrize("typed", ["1248100998", "124 81 00998", " 124-81-00998 ", "124-8100998"])
def test_spaces_and_hyphens_are_dropped(typed: str) -> None:
    assert normalize_brn(typed) == "1248100998"


@pytest.mark.parametrize(
    "typed", ["", "124-81-0099", "124-81-009981", "12a-81-00998", "１２４８１００９９８"]
)
def test_anything_but_ten_digits_is_refused(typed: str) -> None:
    with pytest.raises(DomainError) as caught:
        normalize_brn(typed)
    assert caught.value.code == "brn_format"


def test_check_digit_can_be_switched_off_by_setting() -> None:
    assert normalize_brn("124-81-00997", check_digit=False) == "1248100997"


@given(nine_digits)
def test_every_number_with_its_computed_check_digit_is_valid(first: str) -> None:
    digits = first + str(brn_check_digit(first))
    assert normalize_brn(format_brn(digits)) == digits


@given(nine_digits, st.integers(1, 9))
def test_every_other_last_digit_is_refused(first: str, shift: int) -> None:
    wrong = first + str((brn_check_digit(first) + shift) % 10)
    with pytest.raises(DomainError):
        normalize_brn(wrong)


def test_entity_digits() -> None:
    assert brn_suits("1248100998", EntityType.CORPORATION)
    assert not brn_suits("1248100998", EntityType.INDIVIDUAL)
    assert brn_suits("1240100001", EntityType.INDIVIDUAL)
    assert brn_suits("1249500001", EntityType.INDIVIDUAL)  # VAT-exempt individual
    assert not brn_suits("1248000001", EntityType.CORPORATION)


def test_corporation_number_example() -> None:
    assert normalize_corporation_number("130111-0006246") == "1301110006246"
    with pytest.raises(DomainError) as caught:
        normalize_corporation_number("130111-0006247")
    assert caught.value.code == "corporation_no_check_digit"
    with pytest.raises(DomainError) as caught:
        normalize_corporation_number("130111-000624")
    assert caught.value.code == "corporation_no_format"


@given(twelve_digits)
def test_corporation_number_round_trip(first: str) -> None:
    digits = first + str(corporation_check_digit(first))
    assert normalize_corporation_number(f"{digits[:6]}-{digits[6:]}") == digits


@pytest.mark.parametrize(
    ("typed", "entity"),
    [
        ("법인", EntityType.CORPORATION),
        ("개인", EntityType.INDIVIDUAL),
        (" 예비 ", EntityType.PRE_FOUNDER),
        ("Corporation", EntityType.CORPORATION),
        ("pre-founder", EntityType.PRE_FOUNDER),
    ],
)
def test_entity_types_as_typed(typed: str, entity: EntityType) -> None:
    assert parse_entity_type(typed) is entity


def test_unknown_entity_type_names_the_value() -> None:
    with pytest.raises(DomainError) as caught:
        parse_entity_type("주식회사")
    assert "주식회사" in caught.value.text()
