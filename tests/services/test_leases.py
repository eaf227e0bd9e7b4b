from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from incubator_app.domain.errors import DomainError
from incubator_app.domain.identifiers import EntityType
from incubator_app.services.lease_lists import list_leases
from incubator_app.services.leases import (
    LeaseInput,
    cancel_lease,
    create_lease,
    renew_lease,
    terminate_lease,
)
from incubator_app.services.settings import change_setting
from incubator_app.store import database
from incubator_app.store.database import Database, open_database
from tests.builders import make_lease, make_tenant, refusal


def refused(db: Database, data: LeaseInput) -> DomainError:
    return refusal(db, lambda s: create_lease(s, data))


def test_a_lease_runs_one_year_by_default(session: Session) -> None:
    tenant = make_tenant(session)
    lease = make_lease(
        session, tenant, "301", date(2026, 3, 2), deposit=2_000_000, rent=200_000, fee=60_000
    )
    assert (lease.start, lease.end, lease.effective_end) == (
        date(2026, 3, 2),
        date(2027, 3, 1),
        date(2027, 3, 1),
    )
    assert (lease.room, lease.floor, lease.tenant_name) == ("301", 3, tenant.name)
    assert (lease.deposit, lease.rent, lease.fee, lease.seats) == (2_000_000, 200_000, 60_000, None)


def test_a_room_holds_one_lease_at_a_time(db: Database) -> None:
    with db.session(write=True) as s:
        first = make_tenant(s, name="한빛로보틱스")
        second = make_tenant(s)
        make_lease(s, first, "301", date(2025, 4, 1), date(2026, 3, 31))
    error = refused(db, LeaseInput(str(second.id), "301", date(2026, 3, 31)))
    assert error.code == "room_taken"
    assert "301" in error.text() and "한빛로보틱스" in error.text() and "2026-03-31" in error.text()
    with db.session(write=True) as s:  # the day after is free: back to back
        assert make_lease(s, second, "301", date(2026, 4, 1)).start == date(2026, 4, 1)


def test_past_the_early_stage_window_is_refused_unless_a_reason_is_written(db: Database) -> None:
    with db.session(write=True) as s:
        old = make_tenant(s, started_on=date(2021, 3, 2))
    error = refused(db, LeaseInput(str(old.id), "302", date(2024, 5, 1)))
    assert error.code == "admission_window_passed"
    assert (
        "2021-03-02" in error.text()
        and "2024-03-02" in error.text()
        and "2024-05-01" in error.text()
    )
    assert (
        refused(db, LeaseInput(str(old.id), "302", date(2024, 5, 1), override_reason="   ")).code
        == error.code
    )
    with db.session(write=True) as s:
        lease = create_lease(
            s,
            LeaseInput(str(old.id), "302", date(2024, 5, 1), override_reason="입주심사위원회 승인"),
        )
    assert lease.override_reason == "입주심사위원회 승인"


def test_investor_rooms_are_exempt_from_the_window_and_the_cap(session: Session) -> None:
    vc = make_tenant(session, started_on=date(2010, 1, 1))
    lease = make_lease(session, vc, "514", date(2025, 4, 1), date(2029, 3, 31))
    assert lease.kind.value == "investor_room"


def test_pre_founders_may_move_in(session: Session) -> None:
    pre = make_tenant(session, entity=EntityType.PRE_FOUNDER)
    assert make_lease(session, pre, "303", date(2026, 1, 1)).room == "303"


def test_the_incubation_cap_counts_every_startup_room_and_seat_lease(db: Database) -> None:
    with db.session(write=True) as s:
        t = make_tenant(s, started_on=date(2024, 12, 1))
        make_lease(s, t, "301", date(2025, 1, 1), date(2025, 12, 31))  # 365 days
        make_lease(s, t, "514", date(2025, 1, 1), date(2027, 12, 31))  # investor room: not counted
        make_lease(s, t, "코워킹스페이스", date(2026, 1, 1), date(2026, 12, 31), seats=2)  # 365
    # 730 held; 2027-01-01..2028-01-01 is 366 days: 1,096 in all, exactly the cap
    error = refused(db, LeaseInput(str(t.id), "302", date(2027, 1, 1), date(2028, 1, 2)))
    assert error.code == "incubation_cap_exceeded"
    assert error.params == {"held": 730, "new": 367, "cap": 1096, "left": 366}
    with db.session(write=True) as s:
        assert make_lease(s, t, "302", date(2027, 1, 1), date(2028, 1, 1)).end == date(2028, 1, 1)


def test_the_cap_is_a_setting(db: Database) -> None:
    with db.session(write=True) as s:
        change_setting(s, "incubation_cap_years", "1")
        t = make_tenant(s)
    # one year is ceil(365.25) = 366 days
    assert (
        refused(db, LeaseInput(str(t.id), "301", date(2025, 4, 1), date(2026, 4, 2))).code
        == "incubation_cap_exceeded"
    )
    with db.session(write=True) as s:
        assert make_lease(s, t, "301", date(2025, 4, 1), date(2026, 4, 1)).end == date(2026, 4, 1)


def test_coworking_seats_never_exceed_forty(db: Database) -> None:
    with db.session(write=True) as s:
        for _ in range(19):
            make_lease(s, make_tenant(s), "201", date(2026, 1, 1), date(2026, 6, 30), seats=2)
        late = make_tenant(s)
        one_seat = make_lease(s, late, "201", date(2026, 6, 1), date(2026, 12, 31))
    assert one_seat.seats == 1
    error = refused(
        db, LeaseInput(str(late.id), "201", date(2026, 6, 30), date(2026, 7, 31), seats=2)
    )
    assert error.code == "seats_exceeded"
    assert error.params["used"] == 39 and error.params["capacity"] == 40
    with db.session(write=True) as s:  # from 7/1 the 38 seats are free again
        assert make_lease(s, make_tenant(s), "201", date(2026, 7, 1), seats=39).seats == 39


@pytest.mark.parametrize(
    ("room", "seats", "code"),
    [
        ("103", None, "space_not_leasable"),
        ("다목적홀", None, "space_not_leasable"),
        ("999", None, "room_not_found"),
        ("301", 2, "seats_for_coworking_only"),
        ("201", 0, "seats_positive"),
    ],
)
def test_rooms_that_cannot_be_leased_so(
    db: Database, room: str, seats: int | None, code: str
) -> None:
    with db.session(write=True) as s:
        t = make_tenant(s)
    assert refused(db, LeaseInput(str(t.id), room, date(2026, 1, 1), seats=seats)).code == code


def test_money_and_dates_are_checked(db: Database) -> None:
    with db.session(write=True) as s:
        t = make_tenant(s)
    assert (
        refused(db, LeaseInput(str(t.id), "301", date(2026, 1, 1), rent=-1)).code
        == "money_negative"
    )
    assert (
        refused(db, LeaseInput(str(t.id), "301", date(2026, 1, 1), date(2025, 12, 31))).code
        == "period_reversed"
    )
    assert (
        refused(db, LeaseInput("220-81-62517", "301", date(2026, 1, 1))).code == "tenant_not_found"
    )


def test_move_out_frees_the_room_from_the_next_day(db: Database) -> None:
    with db.session(write=True) as s:
        first = make_tenant(s)
        lease = make_lease(s, first, "305", date(2026, 1, 1))
        ended = terminate_lease(s, lease.id, date(2026, 6, 30))
    assert (ended.end, ended.terminated_on, ended.effective_end) == (
        date(2026, 12, 31),
        date(2026, 6, 30),
        date(2026, 6, 30),
    )
    with db.session(write=True) as s:
        second = make_tenant(s)
        assert make_lease(s, second, "305", date(2026, 7, 1)).room == "305"


def test_a_recorded_move_out_can_be_corrected_where_the_room_allows(db: Database) -> None:
    with db.session(write=True) as s:
        lease = make_lease(s, make_tenant(s), "305", date(2026, 1, 1))
        terminate_lease(s, lease.id, date(2026, 6, 30))
        assert terminate_lease(s, lease.id, date(2026, 5, 31)).effective_end == date(2026, 5, 31)
        assert terminate_lease(s, lease.id, date(2026, 7, 15)).effective_end == date(2026, 7, 15)
        make_lease(s, make_tenant(s, name="후속기업"), "305", date(2026, 8, 1))
    with pytest.raises(DomainError) as caught, db.session(write=True) as s:
        terminate_lease(s, lease.id, date(2026, 8, 1))
    assert caught.value.code == "room_taken" and "후속기업" in caught.value.text()
    with db.session() as s:
        assert list_leases(s, date(2026, 7, 15))[0].terminated_on == date(2026, 7, 15)


def test_a_renewed_lease_ends_through_its_renewal(db: Database) -> None:
    with db.session(write=True) as s:
        first = make_lease(s, make_tenant(s), "306", date(2025, 4, 1))
        renewal = renew_lease(s, first.id)
    with pytest.raises(DomainError) as caught, db.session(write=True) as s:
        terminate_lease(s, first.id, date(2026, 2, 28))
    assert caught.value.code == "lease_continued" and str(renewal.id) in caught.value.text()
    with pytest.raises(DomainError) as caught, db.session(write=True) as s:
        cancel_lease(s, first.id, date(2026, 3, 2))  # began long ago
    assert caught.value.code == "lease_started"
    with db.session(write=True) as s:
        assert cancel_lease(s, renewal.id, date(2026, 3, 2)).id == renewal.id
        assert terminate_lease(s, first.id, date(2026, 2, 28)).terminated_on == date(2026, 2, 28)
        assert [x.id for x in list_leases(s)] == [first.id]


def test_move_out_outside_the_lease_is_refused(session: Session) -> None:
    lease = make_lease(session, make_tenant(session), "306", date(2026, 1, 1), date(2026, 12, 31))
    for on in (date(2025, 12, 31), date(2027, 1, 1)):
        with pytest.raises(DomainError) as caught:
            terminate_lease(session, lease.id, on)
        assert caught.value.code == "move_out_outside" and on.isoformat() in caught.value.text()
    with pytest.raises(DomainError):
        terminate_lease(session, 99999, date(2026, 5, 1))


def test_renewal_continues_the_lease_and_is_checked_on_its_own_start(db: Database) -> None:
    with db.session(write=True) as s:
        young = make_tenant(s, started_on=date(2025, 1, 2))
        old = make_tenant(s, started_on=date(2023, 3, 2))
        first = make_lease(s, young, "307", date(2025, 4, 1), rent=180_000)
        renewed = renew_lease(s, first.id)
        aging = make_lease(s, old, "308", date(2025, 4, 1))
    assert (renewed.start, renewed.end, renewed.rent, renewed.renewal_of) == (
        date(2026, 4, 1),
        date(2027, 3, 31),
        180_000,
        first.id,
    )
    with pytest.raises(DomainError) as caught, db.session(write=True) as s:
        renew_lease(s, aging.id)  # 2026-04-01 is past 2026-03-02
    assert caught.value.code == "admission_window_passed"
    with db.session(write=True) as s:
        assert (
            renew_lease(s, aging.id, override_reason="졸업 유예 승인").override_reason
            == "졸업 유예 승인"
        )


def test_a_lease_starting_the_day_after_another_is_recorded_as_its_renewal(
    session: Session,
) -> None:
    t = make_tenant(session)
    first = make_lease(session, t, "309", date(2025, 4, 1), date(2026, 3, 31))
    assert make_lease(session, t, "309", date(2026, 4, 1)).renewal_of == first.id


def test_listing_leases_on_a_date(session: Session) -> None:
    t = make_tenant(session)
    make_lease(session, t, "310", date(2025, 4, 1), date(2025, 12, 31))
    current = make_lease(session, t, "311", date(2026, 1, 1))
    assert [x.id for x in list_leases(session, date(2026, 1, 1))] == [current.id]
    assert len(list_leases(session)) == 2


def test_a_writing_desk_holds_the_lock_from_its_first_statement(
    db: Database, db_location: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The station's write lock (BEGIN IMMEDIATE, the server's advisory lock): desk B
    cannot start a check while desk A may still insert after its own check; reading
    stays free for everyone."""
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)
    other_desk = open_database(db_location)
    with db.session(write=True) as s:
        assert list_leases(s) == []  # desk A has only read so far
        with pytest.raises(DomainError) as caught, other_desk.session(write=True) as other:
            list_leases(other)
        assert caught.value.code == "db_locked"
        with other_desk.session() as reader:
            assert list_leases(reader) == []
    with other_desk.session(write=True) as other:  # free again once A commits
        assert list_leases(other) == []
    other_desk.dispose()
