from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from incubator_app.services.leases import terminate_lease
from incubator_app.services.occupancy import occupancy_on
from incubator_app.services.spaces import list_spaces
from tests.builders import make_lease, make_tenant

DAY = date(2026, 3, 2)


def test_an_empty_station(session: Session) -> None:
    o = occupancy_on(session, DAY)
    assert [f.floor for f in o.floors] == [2, 3, 4, 5]
    t = o.total
    assert (t.startup_rooms, t.startup_occupied, t.investor_rooms, t.investor_occupied) == (
        41,
        0,
        5,
        0,
    )
    assert (t.coworking_seats, t.coworking_used, t.occupied_area_m2) == (40, 0, Decimal("0.00"))
    rooms = [s for s in list_spaces(session) if s.kind.value == "startup_room"]
    assert t.leasable_area_m2 == sum((s.area_m2 or Decimal(0) for s in rooms), Decimal(0))


def test_rooms_area_and_seats_in_use_on_a_date(session: Session) -> None:
    area = {s.number: s.area_m2 for s in list_spaces(session)}
    a, b, c = (
        make_tenant(session),
        make_tenant(session),
        make_tenant(session, started_on=date(2012, 1, 1)),
    )
    make_lease(session, a, "301", date(2025, 4, 1), date(2026, 3, 2))
    moved = make_lease(session, b, "402", date(2026, 1, 1))
    terminate_lease(session, moved.id, date(2026, 3, 1))
    make_lease(session, b, "201", date(2026, 3, 1), seats=3)
    make_lease(session, a, "201", date(2026, 3, 2), seats=2)
    make_lease(session, c, "515", date(2025, 4, 1), date(2027, 3, 31))
    make_lease(session, make_tenant(session), "503", date(2026, 3, 3))  # starts tomorrow

    o = occupancy_on(session, DAY)
    floor = {f.floor: f for f in o.floors}
    assert (floor[3].startup_occupied, floor[3].occupied_area_m2) == (
        1,
        area["301"],
    )  # last day counts
    assert floor[4].startup_occupied == 0  # moved out yesterday
    assert (floor[5].startup_occupied, floor[5].investor_occupied) == (0, 1)
    assert floor[5].occupied_area_m2 == Decimal("0.00")  # the investor room's area is not counted
    assert (floor[2].coworking_seats, floor[2].coworking_used) == (40, 5)
    assert floor[2].occupied_area_m2 == floor[2].leasable_area_m2 == Decimal("0.00")
    assert o.total.occupied_area_m2 == area["301"]
    assert o.total.startup_occupied == 1 and o.total.coworking_used == 5

    before = occupancy_on(session, date(2026, 3, 1))
    assert {f.floor: f.startup_occupied for f in before.floors} == {2: 0, 3: 1, 4: 1, 5: 0}
    assert before.total.coworking_used == 3
    after = occupancy_on(session, date(2026, 3, 3))
    assert {f.floor: f.startup_occupied for f in after.floors} == {2: 0, 3: 0, 4: 0, 5: 1}


def test_total_is_the_sum_of_the_floors(session: Session) -> None:
    for room in ("301", "302", "414", "513"):
        make_lease(session, make_tenant(session), room, date(2026, 1, 1))
    o = occupancy_on(session, DAY)
    assert o.total.startup_occupied == sum(f.startup_occupied for f in o.floors) == 4
    assert o.total.occupied_area_m2 == sum((f.occupied_area_m2 for f in o.floors), Decimal(0))
