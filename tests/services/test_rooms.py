"""Which rooms can take a new lease on a date: decided by the service, shown by the plan."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from incubator_app.services.rooms import rooms_on
from incubator_app.services.spaces import update_space
from tests.builders import make_lease, make_tenant

DAY = date(2026, 3, 2)


def test_a_room_is_open_when_vacant_and_the_coworking_space_while_a_seat_is_free(
    session: Session,
) -> None:
    make_lease(session, make_tenant(session), "301", date(2026, 1, 1))
    update_space(session, "코워킹스페이스", DAY, capacity=2)
    make_lease(session, make_tenant(session), "코워킹스페이스", date(2026, 1, 1), seats=1)
    open_now = {room.space.number: room.open_for_lease for room in rooms_on(session, DAY)}
    assert open_now["301"] is False and open_now["302"] is True
    assert open_now["201"] is True  # one of two seats taken
    assert open_now["103"] is False  # 다목적홀: booked, never leased
    make_lease(session, make_tenant(session), "코워킹스페이스", date(2026, 1, 1), seats=1)
    full = {room.space.number: room.open_for_lease for room in rooms_on(session, DAY)}
    assert full["201"] is False
