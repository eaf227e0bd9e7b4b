"""Each edited kind of record counts its changes in the database itself (run on both),
whatever program or statement made them: what other desks' windows rely on."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import text

from incubator_app.domain.stamps import TABLES
from incubator_app.services.bookings import BookingInput, book
from incubator_app.services.settings import change_setting
from incubator_app.store.changes import serials
from incubator_app.store.database import Database
from tests.builders import make_lease, make_tenant


def test_every_edited_kind_counts_a_change_made_by_any_statement(db: Database) -> None:
    with db.session(write=True) as s:  # a row of each kind (SQLite counts rows changed)
        tenant = make_tenant(s)
        make_lease(s, tenant)
        start = datetime.combine(date(2026, 3, 4), time(14))
        book(s, BookingInput("교육실 2", start, start + timedelta(hours=2), tenant.id), start)
        change_setting(s, "alert_window_days", "100")
    with db.engine.connect() as connection:
        before = serials(connection)
    for kind in TABLES:  # a plain UPDATE, as a database browser would send it
        with db.engine.begin() as connection:
            connection.execute(text(f"UPDATE {kind} SET version = version"))
    with db.engine.connect() as connection:
        after = serials(connection)
    assert set(after) == set(TABLES)
    assert all(after[kind] > before[kind] for kind in TABLES), (before, after)


def test_a_write_the_desk_rolls_back_counts_nothing(db: Database) -> None:
    with db.engine.connect() as connection:
        before = serials(connection)
    with db.engine.connect() as connection, connection.begin() as transaction:
        connection.execute(text("UPDATE tenant SET version = version + 1"))
        connection.execute(text("UPDATE space SET version = version + 1"))
        transaction.rollback()
    with db.engine.connect() as connection:
        assert serials(connection) == before
