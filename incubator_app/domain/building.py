"""Spaces of the building: what each is for, and how its areas add up (DOMAIN.md 1, 19)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from enum import StrEnum

from incubator_app.domain.errors import DomainError

CENTS = Decimal("0.01")
AREA = re.compile(r"(\d{1,3}(,\d{3})+|\d{1,6})(\.\d{1,2})?", re.ASCII)
MAX_AREA = Decimal(100_000)  # ㎡: more than the whole site; anything above is a typing slip


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
    typed = str(text).strip()
    if not AREA.fullmatch(typed) or not 0 < Decimal(typed.replace(",", "")) <= MAX_AREA:
        raise DomainError("area_invalid", field="area_m2", value=text)
    return Decimal(typed.replace(",", "")).quantize(CENTS)


def pyeong(area_m2: Decimal) -> Decimal:
    """평 shown beside ㎡ (never alone): ㎡ x 121 / 400."""
    return (area_m2 * 121 / 400).quantize(CENTS)


def area_figure(area_m2: Decimal) -> str:
    """An area's number, under a heading that names the unit: "1,234.50"."""
    return f"{area_m2:,.2f}"


def show_area(area_m2: Decimal) -> str:
    """An area as every page, report and command shows it: ㎡, with 평 beside it."""
    return f"{area_figure(area_m2)}㎡ ({area_figure(pyeong(area_m2))}평)"


MAX_CAPACITY = 10_000


def check_capacity(value: int) -> int:
    if not 1 <= value <= MAX_CAPACITY:
        raise DomainError("capacity_invalid", field="capacity", value=value)
    return value


def check_floor_area(
    level: int, label: str, areas: Iterable[Decimal | None], gross: Decimal
) -> None:
    """The spaces of a floor never add up to more than its gross area."""
    total = sum((a for a in areas if a is not None), Decimal(0))
    if total > gross:
        raise DomainError(
            "floor_area_exceeded",
            field="area_m2",
            level=level,
            floor=label,
            total=total,
            gross=gross,
        )
