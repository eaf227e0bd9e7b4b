"""The history's chain: any entry altered, removed or inserted is named, the first one
touched; an untouched chain gives its count and newest hash."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from incubator_app.domain.errors import DomainError
from incubator_app.domain.history import (
    EMPTY,
    GENESIS,
    Link,
    as_text,
    changed,
    check_chain,
    entry_hash,
)
from incubator_app.domain.stamps import Kind

START = datetime.combine(date(2026, 12, 1), time(3))


def chain(length: int) -> list[Link]:
    links, previous = [], GENESIS
    for number in range(1, length + 1):
        entry = {
            "id": number,
            "at": START + timedelta(seconds=number),
            "by": "김매니저",
            "action": "update",
            "kind": "tenant",
            "record_id": str(number % 3 + 1),
            "before": as_text({"phone": f"062-000-{number:04d}"}),
            "after": as_text({"phone": f"062-111-{number:04d}"}),
            "source": None,
            "previous": previous,
        }
        previous = entry_hash(entry)
        links.append(Link(**entry, hash=previous))  # type: ignore[arg-type]
    return links


def refusal(links: list[Link]) -> tuple[str, object]:
    with pytest.raises(DomainError) as caught:
        check_chain(links)
    return caught.value.code, caught.value.params["entry"]


def test_an_untouched_chain_gives_its_count_and_newest_hash() -> None:
    links = chain(5)
    head = check_chain(links)
    assert (head.count, head.hash) == (5, links[-1].hash)
    assert check_chain([]) == EMPTY
    assert head.shown == f"#5 {links[-1].hash[:16]}"


@given(
    length=st.integers(1, 12),
    place=st.integers(0, 11),
    field=st.sampled_from(["at", "by", "action", "kind", "record_id", "before", "after"]),
)
def test_any_field_of_any_entry_changed_is_named(length: int, place: int, field: str) -> None:
    links = chain(length)
    place %= length
    touched = links[place]
    value = touched.at + timedelta(seconds=1) if field == "at" else f"{getattr(touched, field)}!"
    links[place] = replace(touched, **{field: value})  # type: ignore[arg-type]
    assert refusal(links) == ("history_altered", place + 1)


@given(length=st.integers(1, 12), place=st.integers(0, 11))
def test_any_entry_removed_is_named(length: int, place: int) -> None:
    links = chain(length)
    place %= length
    del links[place]
    if place == length - 1:  # the newest: only paper and backups remember it
        assert check_chain(links).count == length - 1
    else:
        assert refusal(links) == ("history_removed", place + 1)


def test_an_entry_slipped_in_with_its_own_hash_is_named() -> None:
    links = chain(4)
    forged = replace(links[2], by="누군가", previous="f" * 64)
    forged = replace(forged, hash=forged.digest())
    assert refusal([*links[:2], forged, *links[3:]]) == ("history_inserted", 3)
    assert refusal([*links, replace(forged, id=5, hash=replace(forged, id=5).digest())]) == (
        "history_inserted",
        5,
    )


def test_a_change_keeps_only_what_changed_and_what_names_the_record() -> None:
    draft = changed(
        Kind.LEASE,
        7,
        {"monthly_rent": 200_000, "deposit": 0, "version": 1},
        {"monthly_rent": 220_000, "deposit": 0, "version": 2},
        {"tenant_id": 3, "space_id": 10, "start_date": START.date(), "seats": None},
    )
    assert draft is not None
    assert draft.before == {
        "tenant_id": 3, "space_id": 10, "start_date": "2026-12-01", "monthly_rent": 200_000,
    }  # fmt: skip
    assert draft.after is not None and draft.after["monthly_rent"] == 220_000
    assert changed(Kind.LEASE, 7, {"deposit": 0}, {"deposit": 0}, {}) is None
