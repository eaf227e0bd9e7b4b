"""Two desks on one database (run on both): each change is signed with the desk's name
and time, a save made from an older read is refused naming who changed it first, and
each desk learns which kinds of record the other changed."""

from __future__ import annotations

import time as clock
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy.orm import Session

from incubator_app.domain.bookings import BookingStatus
from incubator_app.domain.errors import DomainError
from incubator_app.domain.stamps import Kind, Stamp, moment, signatures
from incubator_app.services.bookings import BookingInput, book, decide
from incubator_app.services.clock import seoul_now
from incubator_app.services.leases import terminate_lease
from incubator_app.services.settings import change_setting, load_policy, setting_versions
from incubator_app.services.spaces import list_spaces, update_space
from incubator_app.services.stamps import read_stamp
from incubator_app.services.tenants import get_tenant, input_of, update_tenant
from incubator_app.store.changes import Watch
from incubator_app.store.database import Database, open_database
from tests.builders import make_lease, make_tenant

TODAY = date(2026, 3, 2)
NOTICE_WITHIN_S = 2.0  # the promise to a manager


@pytest.fixture
def desks(db_location: str) -> Iterator[tuple[Database, Database]]:
    kim = open_database(db_location, desk="김매니저")
    lee = open_database(db_location, desk="이매니저")
    yield kim, lee
    kim.dispose()
    lee.dispose()


def _stale(db: Database, act: Callable[[Session], object]) -> DomainError:
    with pytest.raises(DomainError) as caught, db.session(write=True) as session:
        act(session)
    assert caught.value.code == "changed_elsewhere"
    return caught.value


def test_a_change_is_signed_with_the_desk_and_seoul_time(desks: tuple[Database, Database]) -> None:
    kim, lee = desks
    before = seoul_now()
    with kim.session(write=True) as s:
        tenant = make_tenant(s, "빛고을로봇")
    with lee.session(write=True) as s:
        update_tenant(s, tenant.id, replace(input_of(tenant), sector="로봇"), TODAY)
    with kim.session() as s:
        stamp = read_stamp(s, Kind.TENANT, tenant.id)
    assert (stamp.created_by, stamp.changed_by, stamp.version) == ("김매니저", "이매니저", 2)
    assert stamp.changed_at is not None and stamp.created_at is not None
    # Seoul's wall clock, to the second (a stored UTC time would be nine hours off)
    assert before <= stamp.changed_at < before + timedelta(minutes=2)
    assert signatures(stamp, "ko").startswith("등록 김매니저 · ")
    assert " / 수정 이매니저 · " in signatures(stamp, "ko")


def test_a_tenant_saved_from_an_older_read_is_refused_naming_the_desk(
    desks: tuple[Database, Database],
) -> None:
    kim, lee = desks
    with kim.session(write=True) as s:
        tenant = make_tenant(s, "빛고을로봇")
    with kim.session() as s:  # 김매니저 opens the dialog
        seen = read_stamp(s, Kind.TENANT, tenant.id).version
    with lee.session(write=True) as s:  # meanwhile 이매니저 corrects the phone
        update_tenant(s, tenant.id, replace(input_of(tenant), phone="062-123-4567"), TODAY)
    typed = replace(input_of(tenant), sector="인공지능")

    refusal = _stale(kim, lambda s: update_tenant(s, tenant.id, typed, TODAY, seen=seen))

    with kim.session() as s:
        stored, stamp = get_tenant(s, tenant.id, TODAY), read_stamp(s, Kind.TENANT, tenant.id)
    assert (stored.phone, stored.sector) == ("062-123-4567", None)  # nothing of kim's written
    assert stamp.changed_at is not None
    assert refusal.text("ko").startswith(
        f"다른 데스크(이매니저)에서 {moment(stamp.changed_at).ko}에 먼저 바꿨습니다"
    )
    assert "Another desk (이매니저) changed this first" in refusal.text("en")
    with kim.session(write=True) as s:  # seen the current values, kim saves again
        update_tenant(s, tenant.id, typed, TODAY, seen=stamp.version)
    with kim.session() as s:
        assert get_tenant(s, tenant.id, TODAY).sector == "인공지능"
        assert read_stamp(s, Kind.TENANT, tenant.id).changed_by == "김매니저"


def test_a_move_out_a_room_a_booking_and_a_setting_from_older_reads_are_refused(
    desks: tuple[Database, Database],
) -> None:
    kim, lee = desks
    start = datetime.combine(date(2026, 3, 4), time(14))
    with kim.session(write=True) as s:
        tenant = make_tenant(s)
        lease = make_lease(s, tenant, start=date(2025, 4, 1))
        booking = book(s, BookingInput("교육실 2", start, start.replace(hour=16), tenant.id), start)
        room = next(space for space in list_spaces(s) if space.number == "301")
    with kim.session() as s:
        seen = {
            "lease": read_stamp(s, Kind.LEASE, lease.id).version,
            "booking": read_stamp(s, Kind.BOOKING, booking.id).version,
            "room": read_stamp(s, Kind.SPACE, room.id).version,
            "setting": setting_versions(s).get("alert_window_days", 0),
        }
    with lee.session(write=True) as s:
        terminate_lease(s, lease.id, date(2026, 1, 31))
        decide(s, booking.id, BookingStatus.APPROVED, start - timedelta(days=1))
        update_space(s, "301", TODAY, name="301호 (창가)")
        change_setting(s, "alert_window_days", "120")

    _stale(kim, lambda s: terminate_lease(s, lease.id, date(2026, 2, 28), seen=seen["lease"]))
    _stale(
        kim,
        lambda s: decide(
            s, booking.id, BookingStatus.REJECTED, start - timedelta(days=1), seen=seen["booking"]
        ),
    )
    _stale(kim, lambda s: update_space(s, "301호 (창가)", TODAY, name="301", seen=seen["room"]))
    _stale(kim, lambda s: change_setting(s, "alert_window_days", "100", seen=seen["setting"]))

    with kim.session() as s:  # 이매니저's changes stand
        assert load_policy(s).alert_window_days == 120
        assert read_stamp(s, Kind.LEASE, lease.id).changed_by == "이매니저"
        assert read_stamp(s, Kind.BOOKING, booking.id).changed_by == "이매니저"
        assert any(space.name == "301호 (창가)" for space in list_spaces(s))


def test_a_record_made_before_signatures_reads_as_unsigned() -> None:
    assert signatures(Stamp(1), "ko") == ""
    at = datetime.combine(date(2026, 12, 3), time(14, 3))
    assert signatures(Stamp(1, changed_at=at), "ko") == "수정 이름 없는 데스크 · 2026. 12. 3. 14:03"


def _changed_within(watch: Watch, seconds: float) -> frozenset[str]:
    """What the window's once-a-second look would find, asked until ``seconds`` pass."""
    deadline = clock.monotonic() + seconds
    while True:
        found = watch.changed()
        if found or clock.monotonic() > deadline:
            return found
        clock.sleep(0.05)


def test_a_desk_learns_what_another_desk_changed_and_not_its_own_changes(
    desks: tuple[Database, Database],
) -> None:
    kim, lee = desks
    watch = kim.watch()
    try:
        with kim.session(write=True) as s:  # kim's own change: its window already knows
            tenant = make_tenant(s)
        assert _changed_within(watch, 0.5) == frozenset()
        with lee.session(write=True) as s:
            update_tenant(s, tenant.id, replace(input_of(tenant), sector="바이오"), TODAY)
        assert _changed_within(watch, NOTICE_WITHIN_S) == {"tenant"}
        assert watch.changed() == frozenset()  # told once
        with lee.session(write=True) as s:  # another desk, then this one: still told
            make_lease(s, tenant, start=date(2025, 4, 1))
        with kim.session(write=True) as s:
            change_setting(s, "alert_window_days", "100")
        assert _changed_within(watch, NOTICE_WITHIN_S) == {"lease"}
        with pytest.raises(DomainError), lee.session(write=True) as s:  # rolled back: no news
            make_tenant(s)
            raise DomainError("nothing_to_change", room="301")
        assert _changed_within(watch, 0.5) == frozenset()
    finally:
        watch.close()
