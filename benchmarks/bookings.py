"""Booking one slot and loading one week as the booking history grows: 10k and 1M.

Fills real SQLite files with a history of bookings (every bookable space, eight
one-hour bookings a day, reaching back as far as the count needs) ending
yesterday, so the week loaded is as full in both files. Then, in the same run,
times what the window does:

- one booking: ``book`` in its own write transaction (BEGIN IMMEDIATE), on
  free slots in the coming days, as the booking dialog saves it;
- one week: ``week_bookings`` in its own session, as the 공용공간 예약 page reads it.

Prints the median of each (and the worst), and the ratio 1M / 10k (target <= 2).

    python benchmarks/bookings.py [--sizes 10000 1000000] [--repeat 40]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

from sqlalchemy import insert

from incubator_app.domain.bookings import BookingStatus, closed_day
from incubator_app.services.booking_lists import bookable_spaces, week_bookings
from incubator_app.services.bookings import BookingInput, book
from incubator_app.services.clock import seoul_now
from incubator_app.store.database import Database, open_database
from incubator_app.store.models import Booking

HOURS_A_DAY = 8  # 09:00 .. 17:00, one hour each
CHUNK = 50_000


def fill(db: Database, count: int, until: date) -> None:
    """``count`` approved bookings on the days before ``until``, newest days first."""
    with db.session(write=True) as session:
        spaces = [s.id for s in bookable_spaces(session)]
        rows: list[dict[str, object]] = []
        day = until
        while count > 0:
            day -= timedelta(days=1)
            for space in spaces:
                for hour in range(9, 9 + HOURS_A_DAY):
                    if count == 0:
                        break
                    start = datetime.combine(day, clock(hour))
                    rows.append(
                        {
                            "space_id": space,
                            "start_at": start,
                            "end_at": start + timedelta(hours=1),
                            "organisation": "광주테크노파크",
                            "contact": "062-602-0000",
                            "purpose": "세미나",
                            "attendees": 5,
                            "status": BookingStatus.APPROVED,
                            "requested_at": start - timedelta(days=3),
                            "decided_at": start - timedelta(days=2),
                        }
                    )
                    count -= 1
            if len(rows) >= CHUNK:
                session.execute(insert(Booking), rows)
                rows = []
        if rows:
            session.execute(insert(Booking), rows)
    with db.session(write=True) as session:
        session.connection().exec_driver_sql("ANALYZE")


def open_slots(now: datetime, wanted: int) -> list[datetime]:
    """Free hours on the open days after today, within the booking window."""
    slots: list[datetime] = []
    day = now.date() + timedelta(days=1)
    while len(slots) < wanted:
        if not closed_day(day):
            slots += [datetime.combine(day, clock(hour)) for hour in range(9, 18)]
        day += timedelta(days=1)
    return slots[:wanted]


def timings(db: Database, repeat: int, last_week: date) -> tuple[list[float], list[float]]:
    now = seoul_now()
    booked, loaded = [], []
    for start in open_slots(now, repeat):
        data = BookingInput(
            "다목적홀", start, start + timedelta(hours=1), organisation="광주 청년센터",
            contact="062-000-0000", purpose="측정", attendees=10,
        )  # fmt: skip
        began = time.perf_counter()
        with db.session(write=True) as session:
            book(session, data, now)
        booked.append(time.perf_counter() - began)
    for _ in range(repeat):
        began = time.perf_counter()
        with db.session() as session:
            week = week_bookings(session, last_week)
        loaded.append(time.perf_counter() - began)
        assert len(week.bookings) == 7 * len(week.spaces) * HOURS_A_DAY
    return booked, loaded


def shown(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:7.2f} ms (worst {max(values) * 1000:6.2f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=40)
    args = parser.parse_args()
    today = seoul_now().date()
    last_week = today - timedelta(days=7)
    medians: dict[int, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            db = open_database(str(Path(folder) / f"bookings-{size}.sqlite3"))
            began = time.perf_counter()
            fill(db, size, today)
            made = time.perf_counter() - began
            booked, loaded = timings(db, args.repeat, last_week)
            db.dispose()
            medians[size] = (statistics.median(booked), statistics.median(loaded))
            print(
                f"{size:>9,} bookings (filled in {made:5.1f} s): "
                f"one booking {shown(booked)}; one week {shown(loaded)}"
            )
    smallest, largest = min(medians), max(medians)
    if smallest != largest:
        for number, name in enumerate(("one booking", "one week")):
            ratio = medians[largest][number] / medians[smallest][number]
            print(f"{name}: {largest:,} / {smallest:,} = x{ratio:.2f} (target <= 2)")


if __name__ == "__main__":
    main()
