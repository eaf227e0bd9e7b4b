"""The station's building, loaded once into a new database from db/seed/building.toml."""

from __future__ import annotations

import tomllib
from datetime import time
from typing import Any

from sqlalchemy.orm import Session

from incubator_app.domain.building import SpaceKind, check_floor_area, parse_area
from incubator_app.paths import bundled
from incubator_app.store.models import Building, Floor, Space


def building_data() -> dict[str, Any]:
    with bundled("db/seed/building.toml").open("rb") as file:
        return tomllib.load(file)


def seed_building(session: Session) -> None:
    """Insert the building, its floors and spaces; the layout is marked as an example."""
    data = building_data()
    info = data["building"]
    building = Building(
        name=info["name"],
        brand=info["brand"],
        address=info["address"],
        site_area_m2=parse_area(info["site_area_m2"]),
        gross_floor_area_m2=parse_area(info["gross_floor_area_m2"]),
    )
    floors: dict[int, Floor] = {}
    for entry in data["floors"]:
        floor = Floor(
            level=entry["level"],
            label=entry["label"],
            gross_area_m2=parse_area(entry["gross_area_m2"]),
        )
        building.floors.append(floor)
        floors[floor.level] = floor
    for entry in data["spaces"]:
        area = entry.get("area_m2")
        floors[entry["floor"]].spaces.append(
            Space(
                number=entry["number"],
                name=entry["name"],
                kind=SpaceKind(entry["kind"]),
                area_m2=parse_area(area) if area is not None else None,
                capacity=entry.get("capacity"),
                example="A" in entry["basis"],
                closes=time.fromisoformat(entry.get("closes", "18:00")),
                longest_minutes=entry.get("longest_minutes"),
                tenants_only=entry.get("tenants_only", False),
            )
        )
    if sum(f.gross_area_m2 for f in floors.values()) != building.gross_floor_area_m2:
        raise ValueError("db/seed/building.toml: the floors do not add up to the gross floor area")
    for floor in floors.values():
        check_floor_area(
            floor.level, floor.label, (s.area_m2 for s in floor.spaces), floor.gross_area_m2
        )
    session.add(building)
