"""Checks that never write: what a dialog asks as a person types (check, then do)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from incubator_app.domain.errors import DomainError, FieldsRefusedError
from incubator_app.domain.identifiers import EntityType
from incubator_app.services.bookings import BookingInput, check_booking, check_series
from incubator_app.services.lease_lists import list_leases
from incubator_app.services.leases import (
    LeaseInput,
    check_lease,
    check_move_out,
    check_renewal,
    create_lease,
)
from incubator_app.services.tenants import TenantInput, check_tenant, create_tenant
from incubator_app.store.database import Database
from tests.builders import TODAY, counts, make_lease, make_tenant, write_lock_held

NOW = datetime.combine(date(2026, 3, 2), time(9))  # Seoul's wall clock, as bookings keep it


def test_every_check_answers_while_another_desk_holds_the_write_lock(
    db: Database, db_location: str
) -> None:
    with db.session(write=True) as s:
        tenant = make_tenant(s, name="빛고을랩")
        lease = make_lease(s, tenant, "301", date(2025, 4, 1), date(2026, 3, 31))
    wednesday = date(2026, 3, 4)
    booking = BookingInput(
        "204",
        datetime.combine(wednesday, time(10)),
        datetime.combine(wednesday, time(11)),
        tenant.id,
    )
    new = TenantInput("새기업", EntityType.CORPORATION, "123-81-00000", started_on=TODAY)
    before = counts(db)
    with write_lock_held(db_location), db.session() as s:  # a write would wait, then fail
        signed = check_lease(s, LeaseInput(tenant.id, "302", date(2026, 4, 1)))
        renewal = check_renewal(s, lease.id)
        moved = check_move_out(s, lease.id, date(2026, 3, 15))
        booked = check_booking(s, booking, NOW)
        series = check_series(s, booking, 2, NOW, skip_conflicts=False)
        with pytest.raises(FieldsRefusedError):  # the BRN's check digit
            check_tenant(s, new, TODAY)
    assert (signed.preview.room, str(signed.preview.period)) == ("302", "2026-04-01~2027-03-31")
    assert renewal.preview.renewal_of == lease.id and renewal.refusal is None
    assert moved.preview.end == date(2026, 3, 15)
    assert (booked.preview.space, booked.preview.booker) == ("회의실 A", "빛고을랩")
    assert [d.refusal for d in series.preview] == [None, None] and series.refusal is None
    assert counts(db) == before
    with db.session() as s:
        assert [x.id for x in list_leases(s)] == [lease.id]  # nothing signed by a check


def test_a_check_names_the_rules_a_reason_would_lift_and_the_write_agrees(db: Database) -> None:
    with db.session(write=True) as s:
        old = make_tenant(s, name="오래된기업", started_on=date(2021, 3, 2))
    lease = LeaseInput(old.id, "302", date(2026, 4, 1))
    with db.session() as s:
        verdict = check_lease(s, lease)
    assert [rule.code for rule in verdict.excusable] == ["admission_window_passed"]
    assert verdict.refusal is verdict.excusable[0] and verdict.excused == ()
    with pytest.raises(DomainError) as caught, db.session(write=True) as s:
        create_lease(s, lease)
    assert caught.value.code == "admission_window_passed"
    excused = LeaseInput(old.id, "302", date(2026, 4, 1), override_reason="  심사위원회 승인 ")
    with db.session() as s:
        verdict = check_lease(s, excused)
    assert verdict.refusal is None and verdict.reason == "심사위원회 승인"
    assert [rule.code for rule in verdict.excused] == ["admission_window_passed"]
    with db.session(write=True) as s:
        signed = create_lease(s, excused)
    assert signed.override_reason == "심사위원회 승인"


def test_a_rule_nothing_lifts_is_raised_by_the_check_as_by_the_write(db: Database) -> None:
    with db.session(write=True) as s:
        holder = make_tenant(s, name="한빛로보틱스")
        other = make_tenant(s)
        make_lease(s, holder, "301", date(2026, 1, 1))
    with pytest.raises(DomainError) as caught, db.session() as s:
        check_lease(s, LeaseInput(other.id, "301", date(2026, 6, 1), override_reason="급함"))
    assert caught.value.code == "room_taken" and "한빛로보틱스" in caught.value.text()


def test_the_tenant_check_names_every_field_s_problem_at_once(db: Database) -> None:
    typed = TenantInput(
        name=" ",
        entity=EntityType.INDIVIDUAL,
        brn="124-01-0000",
        started_on=date(2026, 12, 1),
        phone="전화 없음",
        email="me@",
    )
    with db.session() as s, pytest.raises(FieldsRefusedError) as caught:
        check_tenant(s, typed, TODAY)
    problems = caught.value.problems
    assert [(p.field, p.code) for p in problems] == [
        ("name", "tenant_name_required"),
        ("brn", "brn_format"),
        ("started_on", "started_in_future"),
        ("phone", "phone_format"),
        ("email", "email_format"),
    ]
    with pytest.raises(FieldsRefusedError) as written, db.session(write=True) as s:
        create_tenant(s, typed, TODAY)
    assert [p.code for p in written.value.problems] == [p.code for p in problems]
    assert counts(db) == (0, 0)


def test_what_a_read_touches_is_never_kept(db: Database) -> None:
    """A read session rolls back: a check that changed a record by mistake writes nothing."""
    with db.session() as s:
        create_tenant(s, TenantInput("읽기만 하는 창", EntityType.PRE_FOUNDER), TODAY)
    assert counts(db) == (0, 0)
