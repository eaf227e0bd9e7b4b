from __future__ import annotations

import itertools
import shutil
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from incubator_app.domain.alerts import AlertCode
from incubator_app.domain.bookings import BLOCKING, BookingStatus, closed_day
from incubator_app.domain.errors import DomainError
from incubator_app.domain.identifiers import EntityType, normalize_brn
from incubator_app.services.booking_lists import list_bookings
from incubator_app.services.demo import make_demo
from incubator_app.services.eligibility import standings_on
from incubator_app.services.lease_lists import list_leases
from incubator_app.services.occupancy import occupancy_on
from incubator_app.services.tenants import list_tenants
from incubator_app.store.database import Database, open_database
from tests.builders import make_tenant

TODAY = date(2026, 11, 24)


def test_demo_data_is_believable_and_keeps_every_rule(session: Session) -> None:
    made = make_demo(session, 400, seed=7, today=TODAY)
    tenants = list_tenants(session, TODAY)
    leases = list_leases(session)
    assert (made.tenants, len(tenants)) == (400, 400)
    assert made.leases == len(leases) > 100
    for t in tenants:
        if t.brn:
            normalize_brn(t.brn)  # every BRN passes its check digit
    assert len({t.brn for t in tenants if t.brn}) == sum(1 for t in tenants if t.brn)
    types = Counter(t.entity for t in tenants)
    assert (
        types[EntityType.PRE_FOUNDER] > 0
        and types[EntityType.CORPORATION] > types[EntityType.INDIVIDUAL] > 0
    )
    by_room: dict[str, list[tuple[date, date]]] = {}
    for lease in leases:
        by_room.setdefault(lease.room, []).append((lease.start, lease.effective_end))
    for room, spans in by_room.items():
        if room == "201":
            continue
        spans.sort()
        assert all(a[1] < b[0] for a, b in itertools.pairwise(spans)), room
    day = date(2025, 4, 1)
    while day <= TODAY:
        o = occupancy_on(session, day)
        assert o.total.coworking_used <= o.total.coworking_seats
        day += timedelta(days=15)
    now = occupancy_on(session, TODAY).total
    assert 30 <= now.startup_occupied <= 41
    alerts = Counter(a.code for s in standings_on(session, TODAY) for a in s.alerts)
    assert (
        alerts[AlertCode.LEASE_ENDING] > 0
        and alerts[AlertCode.AGING_OUT] + alerts[AlertCode.AGED_OUT] > 0
    )
    assert (
        sum(1 for t in tenants if not any(x.tenant_id == t.id for x in leases)) > 100
    )  # applicants


def test_same_seed_same_companies(template_db: Path, tmp_path: Path) -> None:
    def companies(name: str, seed: int) -> list[tuple[str, str | None]]:
        path = tmp_path / name
        shutil.copy(template_db, path)
        db = open_database(str(path))
        with db.session(write=True) as s:
            make_demo(s, 30, seed=seed, today=TODAY)
            found = [(t.name, t.brn) for t in list_tenants(s, TODAY)]
        db.dispose()
        return found

    first = companies("a.sqlite3", 3)
    assert len(first) == 30
    assert companies("b.sqlite3", 3) == first
    assert companies("c.sqlite3", 4) != first


def test_demo_goes_only_into_an_empty_database(db: Database) -> None:
    with db.session(write=True) as s:
        make_tenant(s)
    with pytest.raises(DomainError) as caught, db.session(write=True) as s:
        make_demo(s, 10, seed=1, today=TODAY)
    assert caught.value.code == "demo_not_empty"
    with pytest.raises(DomainError) as caught, db.session(write=True) as s:
        make_demo(s, 0, seed=1, today=TODAY)
    assert caught.value.code == "demo_size"


def test_demo_bookings_surround_today_and_hold_no_overlap(session: Session) -> None:
    made = make_demo(session, 200, seed=3, today=TODAY)
    found = list_bookings(session, TODAY - timedelta(days=14), TODAY + timedelta(days=14))
    assert made.bookings == len(found) > 50
    statuses = Counter(b.status for b in found)
    assert statuses[BookingStatus.REQUESTED] and statuses[BookingStatus.APPROVED]
    assert all(b.status is not BookingStatus.REQUESTED for b in found if b.start.date() < TODAY)
    assert all(not closed_day(b.start.date()) for b in found)
    held = [b for b in found if b.status in BLOCKING]
    for a, b in itertools.combinations(held, 2):
        assert a.space != b.space or a.end <= b.start or b.end <= a.start, (a.id, b.id)
