"""Desks racing for one thing, as real processes on one database (run on both): exactly
one wins, the others get the refusal they would get one after another."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from datetime import date, datetime, time
from multiprocessing.synchronize import Barrier

from sqlalchemy.orm import Session

from incubator_app.domain.errors import DomainError
from incubator_app.services.booking_lists import list_bookings
from incubator_app.services.bookings import BookingInput, book
from incubator_app.services.lease_lists import list_leases
from incubator_app.services.leases import LeaseInput, create_lease
from incubator_app.store.database import open_database
from tests.builders import make_lease, make_tenant

DESKS = 4
NOW = datetime.combine(date(2026, 3, 3), time(8))  # Tuesday morning
DAY = date(2026, 3, 4)
START = date(2026, 4, 1)


def _sign_room(session: Session, tenant: int) -> object:
    return create_lease(session, LeaseInput(tenant, "301", START)).id


def _take_seats(session: Session, tenant: int) -> object:
    return create_lease(session, LeaseInput(tenant, "201", START, seats=2)).id


def _book_slot(session: Session, tenant: int) -> object:
    slot = BookingInput(
        "교육실 2", datetime.combine(DAY, time(14)), datetime.combine(DAY, time(16)), tenant
    )
    return book(session, slot, NOW).id


def _desk(
    location: str,
    act: str,
    tenant: int,
    results: multiprocessing.Queue,  # type: ignore[type-arg]
    ready: Barrier,
) -> None:
    db = open_database(location)
    try:
        ready.wait(timeout=60)  # every desk open: they act at the same moment
        with db.session(write=True) as session:
            results.put(ACTS[act](session, tenant))
    except DomainError as error:
        results.put(error.code)
    finally:
        db.dispose()


ACTS: dict[str, Callable[[Session, int], object]] = {
    "room": _sign_room,
    "seats": _take_seats,
    "slot": _book_slot,
}


def race(location: str, act: str, tenants: list[int]) -> list[object]:
    """Each tenant's desk tries ``act`` at once, in a process of its own."""
    context = multiprocessing.get_context("spawn")
    results, ready = context.Queue(), context.Barrier(len(tenants))
    desks = [
        context.Process(target=_desk, args=(location, act, tenant, results, ready))
        for tenant in tenants
    ]
    for desk in desks:
        desk.start()
    for desk in desks:
        desk.join(timeout=120)
    return [results.get(timeout=10) for _ in desks]


def tenants(location: str, count: int) -> list[int]:
    db = open_database(location)
    with db.session(write=True) as s:
        made = [make_tenant(s).id for _ in range(count)]
    db.dispose()
    return made


def test_desks_signing_one_room_at_once_exactly_one_wins(db_location: str) -> None:
    outcomes = race(db_location, "room", tenants(db_location, DESKS))
    assert sum(isinstance(o, int) for o in outcomes) == 1
    assert sorted(o for o in outcomes if isinstance(o, str)) == ["room_taken"] * (DESKS - 1)
    db = open_database(db_location)
    with db.session() as s:
        assert [lease.room for lease in list_leases(s, START)] == ["301"]
    db.dispose()


def test_desks_taking_the_last_coworking_seats_at_once_exactly_one_wins(
    db_location: str,
) -> None:
    db = open_database(db_location)
    with db.session(write=True) as s:
        holder = make_tenant(s)
        make_lease(s, holder, "201", date(2026, 1, 1), seats=38)  # 2 of 40 seats left
    db.dispose()
    outcomes = race(db_location, "seats", tenants(db_location, DESKS))
    assert sum(isinstance(o, int) for o in outcomes) == 1
    assert sorted(o for o in outcomes if isinstance(o, str)) == ["seats_exceeded"] * (DESKS - 1)


def test_desks_booking_one_slot_at_once_exactly_one_wins(db_location: str) -> None:
    outcomes = race(db_location, "slot", tenants(db_location, DESKS))
    assert sum(isinstance(o, int) for o in outcomes) == 1
    assert sorted(o for o in outcomes if isinstance(o, str)) == ["booking_overlap"] * (DESKS - 1)
    db = open_database(db_location)
    with db.session() as s:
        assert len(list_bookings(s, DAY, DAY)) == 1
    db.dispose()
