"""The building's spaces: listing them, and correcting a name, area or capacity."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, joinedload

from incubator_app.domain.building import SpaceKind, check_capacity, check_floor_area, parse_area
from incubator_app.domain.errors import DomainError
from incubator_app.domain.leases import peak_seats
from incubator_app.domain.periods import Period
from incubator_app.domain.text import clean_text
from incubator_app.services.lookup import find_space
from incubator_app.services.stamps import check_seen
from incubator_app.store.models import Floor, Lease, Space, effective_end


@dataclass(frozen=True)
class SpaceView:
    id: int
    number: str
    name: str
    floor: int
    floor_label: str
    kind: SpaceKind
    area_m2: Decimal | None
    capacity: int | None  # coworking seats, or people for a bookable space
    example: bool  # part of the assumed example layout ("예시 배치")
    version: int  # as read: a save made from it is refused if the record moved on


def list_spaces(session: Session) -> list[SpaceView]:
    query = (
        select(Space)
        .join(Space.floor)
        .options(joinedload(Space.floor))
        .order_by(Floor.level, Space.number)
    )
    return [space_view(s) for s in session.scalars(query)]


def update_space(
    session: Session,
    key: str,
    today: date,
    *,
    name: str | None = None,
    area_m2: str | Decimal | None = None,
    capacity: int | None = None,
    seen: int | None = None,
) -> SpaceView:
    """Correct a space; the floor's areas must still fit its gross area, the seats the leases."""
    space = find_space(session, key)
    check_seen(space, seen)
    if name is None and area_m2 is None and capacity is None:
        raise DomainError("nothing_to_change", room=space.number)
    if name is not None:
        space.name = _unique_name(session, space, name)
    if area_m2 is not None:
        area = parse_area(area_m2)
        others = (s.area_m2 for s in space.floor.spaces if s.id != space.id)
        check_floor_area(
            space.floor.level, space.floor.label, [*others, area], space.floor.gross_area_m2
        )
        space.area_m2 = area
    if capacity is not None:
        check_capacity(capacity)
        if space.kind not in (SpaceKind.COWORKING, SpaceKind.BOOKABLE):
            raise DomainError("capacity_not_applicable", field="capacity", room=space.number)
        if space.kind is SpaceKind.COWORKING:
            _check_seats_still_fit(session, space, capacity, today)
        space.capacity = capacity
    session.flush()
    return space_view(space)


def _unique_name(session: Session, space: Space, name: str) -> str:
    """A name that picks out this space alone, as ``--room`` and the lists use it."""
    cleaned = clean_text("name", name, 200)
    if not cleaned:
        raise DomainError("name_required", field="name")
    other = session.scalar(
        select(Space.number).where(
            or_(Space.name == cleaned, Space.number == cleaned), Space.id != space.id
        )
    )
    if other is not None:
        raise DomainError("space_name_taken", field="name", value=cleaned, room=other)
    return cleaned


def _check_seats_still_fit(session: Session, space: Space, capacity: int, today: date) -> None:
    leases = session.scalars(
        select(Lease).where(Lease.space_id == space.id, effective_end >= today)
    ).all()
    if not leases:
        return
    horizon = Period(today, max(lease.period.end for lease in leases))
    used = peak_seats(horizon, ((lease.period, lease.seats or 0) for lease in leases))
    if used > capacity:
        raise DomainError(
            "capacity_below_use",
            field="capacity",
            room=space.number,
            value=capacity,
            used=used,
            period=str(horizon),
        )


def get_space(session: Session, key: str) -> SpaceView:
    """One space by number or name, as stored now (a dialog reading it again)."""
    return space_view(find_space(session, key))


def space_view(space: Space) -> SpaceView:
    return SpaceView(
        id=space.id,
        number=space.number,
        name=space.name,
        floor=space.floor.level,
        floor_label=space.floor.label,
        kind=space.kind,
        area_m2=space.area_m2,
        capacity=space.capacity,
        example=space.example,
        version=space.version,
    )
