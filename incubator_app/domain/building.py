"""Spaces of the building: what each is for, and how its areas add up (DOMAIN.md 1, 19)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from incubator_app.domain.errors import DomainError

CENTS = Decimal("0.01")


class SpaceKind(StrEnum):
    """What a space is for; only the first three are leased."""

    STARTUP_ROOM = "startup_room"
    INVESTOR_ROOM = "investor_room"
    COWORKING = "coworking"
    BOOKABLE = "bookable"
    SHARED = "shared"

    @property
    def leasable(self) -> bool:
        return self in (SpaceKind.STARTUP_ROOM, SpaceKind.INVESTOR_ROOM, SpaceKind.COWORKING)

    @property
    def incubates(self) -> bool:
        """Startup rooms and coworking seats fall under rules 9-12; investor rooms do not."""
        return self in (SpaceKind.STARTUP_ROOM, SpaceKind.COWORKING)


def parse_area(text: str | Decimal) -> Decimal:
    """Rule 19: a positive ㎡ value with at most two decimals, kept exact."""
    try:
        value = Decimal(str(text).replace(",", "").strip())
    except InvalidOperation:
        raise DomainError("area_invalid", field="area_m2", value=text) from None
    if not value.is_finite() or value <= 0 or value != value.quantize(CENTS):
        raise DomainError("area_invalid", field="area_m2", value=text)
    return value.quantize(CENTS)


def pyeong(area_m2: Decimal) -> Decimal:
    """평 shown beside ㎡ (never alone): ㎡ x 121 / 400."""
    return (area_m2 * 121 / 400).quantize(CENTS)


def check_capacity(value: int) -> int:
    if value < 1:
        raise DomainError("capacity_invalid", field="capacity", value=value)
    return value


def check_floor_area(floor: str, areas: Iterable[Decimal | None], gross: Decimal) -> None:
    """The spaces of a floor never add up to more than its gross area."""
    total = sum((a for a in areas if a is not None), Decimal(0))
    if total > gross:
        raise DomainError(
            "floor_area_exceeded", field="area_m2", floor=floor, total=total, gross=gross
        )
