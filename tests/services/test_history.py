"""The change history (run on both databases): every change through the services leaves
one entry in the same transaction, saying who, when, what, and the fields before and
after; a refused change leaves none; desks appending at once keep one chain."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from multiprocessing.synchronize import Barrier

import pytest

from incubator_app.domain.bookings import BookingStatus
from incubator_app.domain.errors import DomainError
from incubator_app.domain.history import Action
from incubator_app.domain.stamps import Kind
from incubator_app.services.bookings import BookingInput, book, decide
from incubator_app.services.clock import seoul_now
from incubator_app.services.history import (
    Wanted,
    count,
    desks,
    history,
    record_history,
    verify_history,
)
from incubator_app.services.leases import cancel_lease, renew_lease, terminate_lease
from incubator_app.services.settings import change_setting
from incubator_app.services.spaces import update_space
from incubator_app.services.tenants import get_tenant, input_of, update_tenant
from incubator_app.store.database import Database, open_database
from tests.builders import TODAY, make_lease, make_tenant


@pytest.fixture
def kim(db_location: str) -> Iterator[Database]:
    database = open_database(db_location, desk="김매니저")
    yield database
    database.dispose()


@pytest.fixture
def lee(db_location: str) -> Iterator[Database]:
    database = open_database(db_location, desk="이매니저")
    yield database
    database.dispose()


def digits(brn: str | None) -> str:
    return (brn or "").replace("-", "")


def test_a_change_is_kept_with_who_when_and_the_fields_before_and_after(
    kim: Database, lee: Database
) -> None:
    before = seoul_now()
    with kim.session(write=True) as s:
        tenant = make_tenant(s, "빛고을로봇", phone="062-123-4567")
        lease = make_lease(s, tenant, rent=200_000)
    with lee.session(write=True) as s:
        update_tenant(s, tenant.id, replace(input_of(tenant), phone="062-765-4321"), TODAY)
    with lee.session() as s:
        made, changed = record_history(s, Kind.TENANT, tenant.id)
        (signed,) = record_history(s, Kind.LEASE, lease.id)
    assert (made.by, made.action, made.before) == ("김매니저", Action.CREATE, None)
    assert made.after is not None and made.after["name"] == "빛고을로봇"
    assert signed.after is not None and signed.after["monthly_rent"] == 200_000
    # only the field that changed, and what names the record
    assert (changed.by, changed.action) == ("이매니저", Action.UPDATE)
    assert changed.before == {
        "name": "빛고을로봇",
        "brn": digits(tenant.brn),
        "phone": "062-123-4567",
    }
    assert changed.after == {
        "name": "빛고을로봇",
        "brn": digits(tenant.brn),
        "phone": "062-765-4321",
    }
    # Seoul's wall clock, to the second
    assert before - timedelta(minutes=1) <= changed.at <= seoul_now() + timedelta(minutes=1)
    assert changed.at.microsecond == 0


def test_a_lease_keeps_its_making_move_out_renewal_and_withdrawal(kim: Database) -> None:
    with kim.session(write=True) as s:
        tenant = make_tenant(s)
        lease = make_lease(s, tenant, start=date(2026, 4, 1))
        renewal = renew_lease(s, lease.id)
        cancel_lease(s, renewal.id, TODAY)
        terminate_lease(s, lease.id, date(2026, 9, 30))
    with kim.session() as s:
        entries = record_history(s, Kind.LEASE, lease.id)
        withdrawn = record_history(s, Kind.LEASE, renewal.id)  # gone, its history kept
    actions = [entry.action for entry in entries]
    assert actions == [Action.CREATE, Action.RENEW, Action.RENEWAL_WITHDRAWN, Action.MOVE_OUT]
    assert entries[1].after is not None and entries[1].after["renewal"] == renewal.id
    assert entries[1].after["tenant_id"] == tenant.id
    assert entries[3].before is not None and entries[3].before["terminated_on"] is None
    assert entries[3].after is not None and entries[3].after["terminated_on"] == "2026-09-30"
    assert [entry.action for entry in withdrawn] == [Action.CREATE, Action.CANCEL]
    assert withdrawn[0].after is not None and withdrawn[0].after["renewal_of_id"] == lease.id


def test_rooms_bookings_and_settings_are_kept_too(kim: Database) -> None:
    now = datetime.combine(date(2026, 3, 3), time(9))
    with kim.session(write=True) as s:
        tenant = make_tenant(s)
        update_space(s, "301", TODAY, name="로봇 실험실")
        slot = BookingInput(
            "교육실 2",
            datetime.combine(date(2026, 3, 5), time(14)),
            datetime.combine(date(2026, 3, 5), time(16)),
            tenant.id,
        )
        booking = book(s, slot, now)
        decide(s, booking.id, BookingStatus.APPROVED, now)
        change_setting(s, "alert_window_days", "60")
    with kim.session() as s:
        (room,) = record_history(s, Kind.SPACE, "301")
        _, approved = record_history(s, Kind.BOOKING, booking.id)
        (setting,) = history(s, Wanted(kind=Kind.SETTING))
    assert room.after is not None and room.after["name"] == "로봇 실험실"
    assert approved.before is not None and approved.after is not None
    assert (approved.before["status"], approved.after["status"]) == (
        BookingStatus.REQUESTED.value,
        BookingStatus.APPROVED.value,
    )
    assert (setting.record_id, setting.after) == ("alert_window_days", {"value": "60"})


def test_a_refused_change_leaves_no_entry(kim: Database) -> None:
    with kim.session(write=True) as s:
        tenant = make_tenant(s)
        make_lease(s, tenant, "301", date(2026, 4, 1))
    with kim.session() as s:
        kept = count(s)
    with pytest.raises(DomainError), kim.session(write=True) as s:
        other = make_tenant(s)  # written, then undone with the refusal below
        make_lease(s, other, "301", date(2026, 5, 1))
    with kim.session() as s:
        assert count(s) == kept
        assert verify_history(s).count == kept


def test_the_station_s_entries_by_period_desk_kind_and_text(kim: Database, lee: Database) -> None:
    with kim.session(write=True) as s:
        first = make_tenant(s, "무등바이오")
    with lee.session(write=True) as s:
        make_tenant(s, "첨단로보틱스")
        update_tenant(s, first.id, replace(input_of(first), sector="바이오"), TODAY)
    today = seoul_now().date()
    with kim.session() as s:
        assert [e.by for e in history(s, Wanted(by="이매니저"))] == ["이매니저", "이매니저"]
        assert {e.record_id for e in history(s, Wanted(text="바이오"))} == {first.id}
        assert len(history(s, Wanted(kind=Kind.TENANT, since=today, until=today))) == 3
        assert history(s, Wanted(until=today - timedelta(days=1))) == []
        assert desks(s) == ["김매니저", "이매니저"]
        newest = history(s, newest_first=True, limit=1)
        assert [e.action for e in newest] == [Action.UPDATE]
        with pytest.raises(DomainError) as reversed_period:
            history(s, Wanted(since=today, until=today - timedelta(days=1)))
    assert reversed_period.value.code == "history_period_reversed"


def test_a_record_never_made_is_named(kim: Database) -> None:
    with kim.session() as s, pytest.raises(DomainError) as caught:
        record_history(s, Kind.LEASE, 999)
    assert caught.value.code == "lease_not_found"
    with kim.session() as s, pytest.raises(DomainError) as caught:
        record_history(s, Kind.SPACE, "9999")
    assert caught.value.code == "room_not_found"


def _append(location: str, desk: str, times: int, ready: Barrier) -> None:
    db = open_database(location, desk=desk)
    try:
        with db.session() as s:
            tenant = get_tenant(s, 1, TODAY)
        ready.wait(timeout=60)
        for n in range(times):
            with db.session(write=True) as s:
                current = get_tenant(s, tenant.id, TODAY)
                data = replace(input_of(current), notes=f"{desk} {n}")
                update_tenant(s, tenant.id, data, TODAY)
    finally:
        db.dispose()


def test_desks_appending_at_once_keep_one_chain(kim: Database, db_location: str) -> None:
    with kim.session(write=True) as s:
        make_tenant(s)
    context = multiprocessing.get_context("spawn")
    ready = context.Barrier(3)
    desks_ = [
        context.Process(target=_append, args=(db_location, f"데스크{n}", 15, ready))
        for n in range(3)
    ]
    for desk in desks_:
        desk.start()
    for desk in desks_:
        desk.join(timeout=180)
    assert [desk.exitcode for desk in desks_] == [0, 0, 0]
    with kim.session() as s:
        head = verify_history(s)
        assert head.count == 1 + 3 * 15
        assert [e.id for e in history(s)] == list(range(1, head.count + 1))


def test_a_search_finds_the_records_of_the_tenant_or_room_it_names(kim: Database) -> None:
    with kim.session(write=True) as s:
        tenant = make_tenant(s, "주식회사 빛고을랩스")
        lease = make_lease(s, tenant, "401", start=date(2026, 4, 1))
        make_lease(s, make_tenant(s, "무등모빌리티"), "402", start=date(2026, 4, 1))
    with kim.session() as s:
        by_name = {(e.kind, e.record_id) for e in history(s, Wanted(text="빛고을"))}
        by_room = {(e.kind, e.record_id) for e in history(s, Wanted(kind=Kind.LEASE, text="401"))}
    assert by_name == {(Kind.TENANT, tenant.id), (Kind.LEASE, lease.id)}
    assert by_room == {(Kind.LEASE, lease.id)}
