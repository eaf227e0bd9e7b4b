"""Any station the services can hold survives its own roster (issue 11's round trips).

For generated stations (any text a person can type, both kinds of tenant,
same-named pre-founders, coworking seats, leases signed on an exception):
export → import into the same database changes nothing, and export → import
into an empty database → export gives the same cells.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, cast

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from incubator_app.domain.identifiers import EntityType
from incubator_app.domain.text import REFUSED_CATEGORIES
from incubator_app.excel.roster import HEADER_ROW, write_roster
from incubator_app.excel.roster_reader import open_roster
from incubator_app.services.leases import LeaseInput, create_lease
from incubator_app.services.occupancy import occupancy_on
from incubator_app.services.roster import records_id, roster_on, roster_size
from incubator_app.services.roster_import import ImportReport, import_roster
from incubator_app.services.tenants import TenantInput, create_tenant
from incubator_app.store.database import Database, open_database
from tests.builders import valid_brn

TODAY = date(2026, 3, 2)
ROOMS = [f"{floor}{n:02d}" for floor in (3, 4) for n in range(1, 15)]

typed = st.text(
    st.characters(blacklist_categories=cast(Any, tuple(REFUSED_CATEGORIES))), max_size=20
).filter(str.strip)
lines = st.lists(typed, min_size=1, max_size=3).map("\n".join)  # notes may run over lines


@dataclass(frozen=True)
class Holder:
    entity: EntityType
    name: str
    representative: str | None
    sector: str | None
    notes: str | None
    employees: int | None
    new_industry: bool
    lease: str | None  # "room", "seats" or None
    seats: int
    reason: str | None


holders = st.builds(
    Holder,
    entity=st.sampled_from(list(EntityType)),
    name=st.one_of(typed, st.sampled_from(["예비A", "빛고을랩스"])),  # names that recur
    representative=st.none() | typed,
    sector=st.none() | typed,
    notes=st.none() | lines,
    employees=st.none() | st.integers(0, 1_000_000),
    new_industry=st.booleans(),
    lease=st.sampled_from(["room", "seats", None]),
    seats=st.integers(1, 4),
    reason=st.none() | lines,
)


def build(db: Database, station: list[Holder]) -> None:
    rooms = iter(ROOMS)
    with db.session(write=True) as s:
        for holder in station:
            business = holder.entity is not EntityType.PRE_FOUNDER
            middle = "81" if holder.entity is EntityType.CORPORATION else "01"
            tenant = create_tenant(
                s,
                TenantInput(
                    name=holder.name,
                    entity=holder.entity,
                    brn=valid_brn(middle) if business else None,
                    started_on=date(2025, 1, 2) if business else None,
                    representative=holder.representative,
                    sector=holder.sector,
                    notes=holder.notes,
                    employees=holder.employees,
                    new_industry=holder.new_industry,
                ),
                TODAY,
            )
            if holder.lease is None:
                continue
            coworking = holder.lease == "seats"
            create_lease(
                s,
                LeaseInput(
                    tenant=tenant.id,
                    room="코워킹스페이스" if coworking else next(rooms),
                    start=date(2026, 1, 1),
                    seats=holder.seats if coworking else None,
                    rent=150_000,
                    override_reason=holder.reason,
                ),
            )


def export(db: Database, path: Path) -> list[tuple[object, ...]]:
    with db.session() as s:
        total = roster_size(s, TODAY, True)
        entries, occupied = roster_on(s, TODAY, True), occupancy_on(s, TODAY)
        write_roster(path, entries, TODAY, occupied, total, records=records_id(s))
    sheet = load_workbook(path)["입주기업"]
    return list(sheet.iter_rows(min_row=HEADER_ROW, values_only=True))


def bring_in(db: Database, path: Path) -> ImportReport:
    roster = open_roster(path)
    try:
        with db.session(write=True) as s:
            return import_roster(s, roster.lines(), TODAY, records=roster.records)
    finally:
        roster.close()


def changes(report: ImportReport) -> tuple[int, int, int, int]:
    return (
        report.tenants_created,
        report.tenants_updated,
        report.leases_created,
        report.leases_updated,
    )


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(station=st.lists(holders, min_size=1, max_size=8))
def test_any_station_survives_its_own_roster(template_db: Path, station: list[Holder]) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        shutil.copy(template_db, folder / "a.sqlite3")
        shutil.copy(template_db, folder / "b.sqlite3")
        here, empty = (open_database(str(folder / name)) for name in ("a.sqlite3", "b.sqlite3"))
        try:
            build(here, station)
            first = export(here, folder / "first.xlsx")
            assert changes(bring_in(here, folder / "first.xlsx")) == (0, 0, 0, 0)
            assert export(here, folder / "again.xlsx") == first
            moved = bring_in(empty, folder / "first.xlsx")
            assert moved.tenants_created == len(station)
            assert export(empty, folder / "second.xlsx") == first
        finally:
            here.dispose()
            empty.dispose()
