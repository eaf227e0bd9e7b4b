"""The building's units as people read them (DOMAIN.md 19)."""

from __future__ import annotations

from decimal import Decimal

from incubator_app.domain.building import pyeong, show_area


def test_an_area_reads_the_same_everywhere_with_pyeong_beside_it() -> None:
    assert pyeong(Decimal("1786.50")) == Decimal("540.42")
    assert show_area(Decimal("1786.5")) == "1,786.50㎡ (540.42평)"
