"""Occupancy on a date, per floor and in total (DOMAIN.md 16), computed in SQL."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, fields, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, joinedload

from incubator_app.domain.alerts import AlertCode
from incubator_app.domain.building import SpaceKind
from incubator_app.services.booking_lists import SpaceUse, utilisation
from incubator_app.services.eligibility import TenantStanding, standings_on
from incubator_app.services.lease_lists import LeaseView, list_leases
from incubator_app.services.settings import load_policy
from incubator_app.services.spaces import SpaceView, space_view
from incubator_app.store.models import Floor, Lease, Space, covering

NO_AREA = Decimal("0.00")


@dataclass(frozen=True)
class FloorOccupancy:
    """One floor's figures; the area figures are 보육실 (startup rooms) only."""

    floor: int | None  # None for the building total
    label: str
    startup_rooms: int = 0
    startup_occupied: int = 0
    investor_rooms: int = 0
    investor_occupied: int = 0
    leasable_area_m2: Decimal = NO_AREA
    occupied_area_m2: Decimal = NO_AREA
    coworking_seats: int = 0
    coworking_used: int = 0

    def figures(self) -> tuple[str | int | Decimal | None, ...]:
        """The floor's line as every occupancy summary shows it, under ``FLOOR_HEADINGS``."""
        return (
            self.label,
            self.startup_rooms,
            self.startup_occupied,
            self.startup_rooms - self.startup_occupied,
            self.room_rate,
            self.investor_rooms,
            self.investor_occupied,
            self.leasable_area_m2,
            self.occupied_area_m2,
            self.area_rate,
            self.coworking_seats,
            self.coworking_used,
        )

    @property
    def room_rate(self) -> Decimal | None:
        """보육실 입주율 in percent, to 0.1 (None when the floor has no startup rooms)."""
        return _percent(self.startup_occupied, self.startup_rooms)

    @property
    def area_rate(self) -> Decimal | None:
        """면적 입주율: occupied startup-room area over leasable area, in percent."""
        return _percent(self.occupied_area_m2, self.leasable_area_m2)


def _percent(part: int | Decimal, whole: int | Decimal) -> Decimal | None:
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1")) if whole else None


COUNTED = tuple(f.name for f in fields(FloorOccupancy) if f.name not in ("floor", "label"))


@dataclass(frozen=True)
class Occupancy:
    as_of: date
    floors: tuple[FloorOccupancy, ...]
    total: FloorOccupancy


def occupancy_on(session: Session, day: date) -> Occupancy:
    """Floors holding leasable spaces, each with rooms, area and seats in use on ``day``."""
    # Seats held per space on ``day`` (a room: 0, not NULL, marks it occupied), read once
    # through the effective-end index: the cost follows the current leases, not the
    # history; a space no lease covers joins to NULL.
    held_by_space = (
        select(Lease.space_id, func.sum(func.coalesce(Lease.seats, 0)).label("held"))
        .where(covering(day))
        .group_by(Lease.space_id)
        .subquery()
    )
    spaces = (
        select(
            Space.floor_id,
            Space.kind,
            Space.area_m2,
            Space.capacity,
            held_by_space.c.held,
        )
        .outerjoin(held_by_space, held_by_space.c.space_id == Space.id)
        .where(
            Space.kind.in_([SpaceKind.STARTUP_ROOM, SpaceKind.INVESTOR_ROOM, SpaceKind.COWORKING])
        )
        .subquery()
    )
    rows = session.execute(
        select(
            Floor.level,
            Floor.label,
            spaces.c.kind,
            func.count(),
            func.count(spaces.c.held),
            func.sum(spaces.c.area_m2),
            func.sum(case((spaces.c.held.is_not(None), spaces.c.area_m2), else_=0)),
            func.sum(spaces.c.capacity),
            func.sum(spaces.c.held),
        )
        .join(Floor, Floor.id == spaces.c.floor_id)
        .group_by(Floor.level, Floor.label, spaces.c.kind)
        .order_by(Floor.level)
    ).all()
    floors: dict[int, FloorOccupancy] = {}
    for level, label, kind, count, taken, area, area_taken, capacity, seats in rows:
        figures: dict[str, Any]
        if kind is SpaceKind.STARTUP_ROOM:
            figures = {
                "startup_rooms": count,
                "startup_occupied": taken,
                "leasable_area_m2": area if area is not None else NO_AREA,
                "occupied_area_m2": area_taken if area_taken is not None else NO_AREA,
            }
        elif kind is SpaceKind.INVESTOR_ROOM:
            figures = {"investor_rooms": count, "investor_occupied": taken}
        else:
            figures = {"coworking_seats": capacity or 0, "coworking_used": seats or 0}
        floors[level] = replace(floors.get(level, FloorOccupancy(level, label)), **figures)
    return Occupancy(day, tuple(floors.values()), _total(floors.values()))


def _total(floors: Iterable[FloorOccupancy]) -> FloorOccupancy:
    total = FloorOccupancy(floor=None, label="합계")
    for floor in floors:
        total = replace(
            total,
            **{name: getattr(total, name) + getattr(floor, name) for name in COUNTED},
        )
    return total


def vacant_rooms(session: Session, day: date) -> list[SpaceView]:
    """Startup and investor rooms that no lease covers on ``day``, by floor and number."""
    held = select(Lease.space_id).where(covering(day))
    rooms = (
        select(Space)
        .join(Space.floor)
        .options(joinedload(Space.floor))
        .where(
            Space.kind.in_([SpaceKind.STARTUP_ROOM, SpaceKind.INVESTOR_ROOM]), Space.id.not_in(held)
        )
        .order_by(Floor.level, Space.number)
    )
    return [space_view(space) for space in session.scalars(rooms)]


@dataclass(frozen=True)
class Ending:
    """Something that ends for a tenant: a lease, or its early-stage window."""

    code: AlertCode
    days: int  # D-day: negative once past
    due: date
    tenant: str
    rooms: str


@dataclass(frozen=True)
class OccupancyReport:
    """What an occupancy summary shows (the workbook, the printout), on one date."""

    as_of: date
    occupancy: Occupancy
    vacant: list[SpaceView]
    standings: list[TenantStanding]
    leases: list[LeaseView]  # those covering the date, to name each tenant's rooms
    use: list[SpaceUse]  # the shared spaces' use in the date's month
    alert_window_days: int  # how far ahead an ending is announced (a setting)

    def endings(self, codes: Collection[AlertCode]) -> list[Ending]:
        """The alerts of these kinds, soonest (or longest past) first."""
        rooms: dict[int, list[str]] = {}
        for lease in self.leases:
            rooms.setdefault(lease.tenant_id, []).append(lease.room)
        found = [
            Ending(alert.code, alert.days, alert.due, s.name, ", ".join(rooms.get(s.tenant_id, [])))
            for s in self.standings
            for alert in s.alerts
            if alert.code in codes
        ]
        return sorted(found, key=lambda ending: (ending.days, ending.tenant))


def occupancy_report(session: Session, day: date) -> OccupancyReport:
    return OccupancyReport(
        as_of=day,
        occupancy=occupancy_on(session, day),
        vacant=vacant_rooms(session, day),
        standings=standings_on(session, day),
        leases=list_leases(session, day),
        use=utilisation(session, day.year, day.month),
        alert_window_days=load_policy(session).alert_window_days,
    )
