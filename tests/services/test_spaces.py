from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from incubator_app.domain.errors import DomainError
from incubator_app.services.spaces import list_spaces, update_space
from incubator_app.store.database import Database
from tests.builders import TODAY, make_lease, make_tenant


def room(db: Database, number: str) -> tuple[str, Decimal | None, int | None]:
    with db.session() as s:
        found = next(x for x in list_spaces(s) if x.number == number)
    return found.name, found.area_m2, found.capacity


def test_correcting_name_area_and_seats(session: Session) -> None:
    changed = update_space(session, "301", TODAY, name="보육실 301 (창가)", area_m2="48.75")
    assert (changed.name, changed.area_m2) == ("보육실 301 (창가)", Decimal("48.75"))
    assert update_space(session, "코워킹스페이스", TODAY, capacity=44).capacity == 44


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"area_m2": "abc"}, "area_invalid"),
        ({"area_m2": "0"}, "area_invalid"),
        ({"area_m2": "12.345"}, "area_invalid"),
        ({"area_m2": "1700"}, "floor_area_exceeded"),
        ({"name": " "}, "name_required"),
        ({"capacity": 0}, "capacity_invalid"),
    ],
)
def test_bad_corrections_change_nothing(
    db: Database, changes: dict[str, object], code: str
) -> None:
    before = room(db, "301")
    with pytest.raises(DomainError) as caught, db.session(write=True) as s:
        update_space(s, "301", TODAY, **changes)  # type: ignore[arg-type]
    assert caught.value.code == code
    assert room(db, "301") == before


def test_floor_area_check_names_the_floor_and_totals(db: Database) -> None:
    with pytest.raises(DomainError) as caught, db.session(write=True) as s:
        update_space(s, "301", TODAY, area_m2="1200")
    text = caught.value.text()
    assert "3층" in text and "1750.00" in text


def test_coworking_seats_cannot_drop_below_those_leased(db: Database) -> None:
    with db.session(write=True) as s:
        make_lease(s, make_tenant(s), "201", date(2026, 1, 1), seats=30)
    with pytest.raises(DomainError) as caught, db.session(write=True) as s:
        update_space(s, "201", TODAY, capacity=29)
    assert caught.value.code == "capacity_below_use"
    assert room(db, "201")[2] == 40
