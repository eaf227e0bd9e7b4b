"""Each edited kind of record counts its changes in the database itself (run on both),
whatever program or statement made them: what other desks' windows rely on."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import text

from incubator_app.domain.billing import Month
from incubator_app.domain.stamps import TABLES
from incubator_app.services.billing import issue_month
from incubator_app.services.billing_deposits import record_deposit, settle_deposit
from incubator_app.services.billing_payments import PaymentInput, record_payment
from incubator_app.services.bookings import BookingInput, book
from incubator_app.services.settings import change_setting
from incubator_app.store.changes import serials
from incubator_app.store.database import Database
from tests.builders import make_lease, make_tenant


def test_every_edited_kind_counts_a_change_made_by_any_statement(db: Database) -> None:
    with db.session(write=True) as s:  # a row of each kind (SQLite counts rows changed)
        tenant = make_tenant(s)
        lease = make_lease(s, tenant, rent=100_000, deposit=500_000)  # 2025-04-01 ~ 2026-03-31
        start = datetime.combine(date(2026, 3, 4), time(14))
        book(s, BookingInput("교육실 2", start, start + timedelta(hours=2), tenant.id), start)
        change_setting(s, "alert_window_days", "100")
        later = date(2026, 11, 30)
        issue_month(s, Month(2025, 4))
        record_payment(s, PaymentInput(tenant.id, 1_000, date(2025, 4, 2)), later)
        record_deposit(s, lease.id, 500_000, date(2025, 4, 1), later)
        settle_deposit(s, lease.id, [], later, later)
    with db.engine.connect() as connection:
        before = serials(connection)
    for kind in TABLES:  # a plain UPDATE, as a database browser would send it
        with db.engine.begin() as connection:
            connection.execute(text(f"UPDATE {kind} SET version = version"))
    with db.engine.connect() as connection:
        after = serials(connection)
    assert set(after) == set(TABLES)
    assert [k for k in TABLES if after[k] <= before[k]] == [], (before, after)


def test_a_write_the_desk_rolls_back_counts_nothing(db: Database) -> None:
    with db.engine.connect() as connection:
        before = serials(connection)
    with db.engine.connect() as connection, connection.begin() as transaction:
        connection.execute(text("UPDATE tenant SET version = version + 1"))
        connection.execute(text("UPDATE space SET version = version + 1"))
        transaction.rollback()
    with db.engine.connect() as connection:
        assert serials(connection) == before
