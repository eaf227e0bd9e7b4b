"""The one cleaning every text a person or a file gives passes through."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from incubator_app.domain.errors import DomainError
from incubator_app.domain.labels import FIELD_LABELS
from incubator_app.domain.text import REFUSED_CATEGORIES, clean_text, search_text

INVISIBLE = [
    "\x01",  # a control character
    "\t",
    "\n",
    "\u200b",  # zero-width space
    "\u202e",  # right-to-left override
    "\ufeff",  # byte-order mark
    "\udcb1",  # a byte that was not UTF-8
    "\u2028",  # line separator
    "\ue000",  # private use
]


@pytest.mark.parametrize("char", INVISIBLE)
def test_an_invisible_character_is_refused_naming_the_field_and_where(char: str) -> None:
    with pytest.raises(DomainError) as caught:
        clean_text("name", f"빛고을{char}랩스", 200, label="tenant_name")
    error = caught.value
    assert error.field == "name"
    assert "기업명" in error.text() and "company name" in error.text("en")
    assert f"U+{ord(char):04X}" in error.text() and "4번째" in error.text()
    assert "name" not in error.text()  # the label, never the code's key


def test_decomposed_hangul_is_stored_composed_and_spaces_trimmed() -> None:
    typed = unicodedata.normalize("NFD", "  빛고을랩스 ")
    assert len(typed) > len("빛고을랩스") + 3
    assert clean_text("sector", typed, 200) == "빛고을랩스"
    assert search_text(typed) == "빛고을랩스"


def test_blank_is_nothing_and_length_counts_after_cleaning() -> None:
    assert clean_text("notes", " \u3000 ", 10) is None  # an ideographic space is blank too
    assert clean_text("notes", None, 10) is None
    assert clean_text("sector", "가" * 10 + "   ", 10) == "가" * 10
    with pytest.raises(DomainError) as caught:
        clean_text("sector", "가" * 11, 10)
    assert "업종" in caught.value.text() and "11" in caught.value.text()


def test_a_new_line_is_kept_only_where_text_has_lines() -> None:
    assert clean_text("notes", "첫 줄\r\n둘째 줄", 100, multiline=True) == "첫 줄\n둘째 줄"
    with pytest.raises(DomainError):
        clean_text("representative", "홍\n길동", 100)


def test_every_space_is_the_ordinary_space() -> None:
    pasted = "누리\u00a0랩\u3000스"  # a no-break space from the web, an ideographic space
    assert clean_text("sector", pasted, 200) == "누리 랩 스" == search_text(pasted)


def test_a_field_without_a_label_is_a_bug_not_a_key_in_a_message() -> None:
    with pytest.raises(KeyError):
        clean_text("no_such_field", "가" * 300, 10)
    assert all(label.ko and label.en for label in FIELD_LABELS.values())


@given(st.text(max_size=40))
def test_whatever_is_typed_is_refused_or_stored_clean(typed: str) -> None:
    try:
        stored = clean_text("notes", typed, 2000, multiline=True)
    except DomainError as error:
        assert error.code == "text_invisible"
        return
    if stored is None:
        assert not typed.strip() or not unicodedata.normalize("NFC", typed).strip()
        return
    assert stored == unicodedata.normalize("NFC", stored) == stored.strip()
    assert all(unicodedata.category(c) not in REFUSED_CATEGORIES or c == "\n" for c in stored)
    assert clean_text("notes", stored, 2000, multiline=True) == stored  # cleaning settles
