"""The same station on an SQLite file and on a local PostgreSQL server, in one run.

Both are filled with the same demo station (100k tenants by default) and analysed
(the statistics a running station has), then each of these is timed on both, the two
taking turns so that the machine's other work falls on both alike, each in its own
session as the window does it, and printed as the ratio server / file (target <= 2):

- one booking (``book`` in a write transaction, on free slots of the coming days);
- one week of bookings (``week_bookings``, the 공용공간 예약 page);
- occupancy on a day (``occupancy_on``, the dashboard and the report);
- alerts (``standings_on``: every tenant's stage, days left and alerts).

Then four desks (processes) book the same 500 slots at once on each database:
bookings per second, and how many slots ended up booked twice (must be 0).

The server is a throwaway cluster started from the PostgreSQL server programs
(``tests/postgresql_server.py``), or the one ``INCUBATOR_TEST_POSTGRESQL`` names.

    python benchmarks/databases.py [--tenants 100000] [--repeat 30] [--desks 4 --slots 500]
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from datetime import time as clock
from multiprocessing.synchronize import Barrier
from pathlib import Path

from sqlalchemy import func, select, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/postgresql_server.py

from incubator_app.domain.bookings import closed_day
from incubator_app.domain.errors import DomainError
from incubator_app.services.booking_lists import week_bookings
from incubator_app.services.bookings import BookingInput, book, check_booking
from incubator_app.services.demo import make_demo
from incubator_app.services.eligibility import standings_on
from incubator_app.services.occupancy import occupancy_on
from incubator_app.store.database import Database, open_database
from incubator_app.store.models import Booking
from tests.postgresql_server import postgresql_server

TODAY = date(2026, 11, 24)
NOW = datetime.combine(TODAY, clock(8))
RACED = "회의실 A"  # the desks' space
TIMED = "교육실 2"  # one booking's space


def free_slots(db: Database, space: str, count: int) -> list[BookingInput]:
    """One-hour slots of ``space`` that the demo's bookings leave free, from tomorrow."""
    found: list[BookingInput] = []
    day = TODAY
    with db.session() as s:
        while len(found) < count and day < TODAY + timedelta(days=3 * 365):
            day += timedelta(days=1)
            if closed_day(day):
                continue
            for hour in range(9, 17):
                start = datetime.combine(day, clock(hour))
                slot = BookingInput(
                    space,
                    start,
                    start + timedelta(hours=1),
                    None,
                    "벤치",
                    "062",
                    override_reason="booked ahead of the window for the benchmark",
                )
                try:
                    if check_booking(s, slot, NOW).refusal is None and len(found) < count:
                        found.append(slot)
                except DomainError:
                    continue
    return found


def actions(db: Database, repeat: int) -> dict[str, Callable[[], object]]:
    """What is timed, each in its own session as the window does it."""
    free = iter(free_slots(db, TIMED, repeat))

    def one_booking() -> None:
        with db.session(write=True) as s:
            book(s, next(free), NOW)

    def read(query: Callable[..., object]) -> Callable[[], object]:
        def run() -> object:
            with db.session() as s:
                return query(s, TODAY)

        return run

    return {
        "one booking": one_booking,
        "one week": read(week_bookings),
        "occupancy": read(occupancy_on),
        "alerts": read(standings_on),
    }


def measure(databases: dict[str, Database], repeat: int) -> dict[str, dict[str, float]]:
    """Median ms per database and action, the databases taking turns action by action, so
    that whatever else the machine does falls on both alike."""
    timed = {kind: actions(db, repeat) for kind, db in databases.items()}
    times: dict[str, dict[str, list[float]]] = {kind: {} for kind in databases}
    for _ in range(repeat):
        for what in ("one booking", "one week", "occupancy", "alerts"):
            for kind, acts in timed.items():
                started = time.perf_counter()
                acts[what]()
                times[kind].setdefault(what, []).append(time.perf_counter() - started)
    return {
        kind: {what: statistics.median(runs) * 1000 for what, runs in by_action.items()}
        for kind, by_action in times.items()
    }


def _desk(
    location: str,
    wanted: list[BookingInput],
    ready: Barrier,
    results: multiprocessing.Queue,  # type: ignore[type-arg]
) -> None:
    db = open_database(location)
    won = 0
    ready.wait(timeout=120)
    for slot in wanted:
        try:
            with db.session(write=True) as s:
                book(s, slot, NOW)
            won += 1
        except DomainError:
            pass
    results.put(won)
    db.dispose()


def race(location: str, desks: int, count: int) -> tuple[float, int, int]:
    """Seconds for ``desks`` processes to try the same ``count`` slots each; the
    bookings made, and the slots booked more than once."""
    db = open_database(location)
    wanted = free_slots(db, RACED, count)
    db.dispose()
    context = multiprocessing.get_context("spawn")
    ready, results = context.Barrier(desks + 1), context.Queue()
    workers = [
        context.Process(target=_desk, args=(location, wanted, ready, results)) for _ in range(desks)
    ]
    for worker in workers:
        worker.start()
    ready.wait(timeout=120)
    started = time.perf_counter()
    made = sum(results.get(timeout=600) for _ in workers)
    took = time.perf_counter() - started
    for worker in workers:
        worker.join()
    db = open_database(location)
    with db.session() as s:
        twice = s.scalar(
            select(func.count()).select_from(
                select(Booking.space_id, Booking.start_at)
                .group_by(Booking.space_id, Booking.start_at)
                .having(func.count() > 1)
                .subquery()
            )
        )
    db.dispose()
    return took, made, int(twice or 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--tenants", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--desks", type=int, default=4)
    parser.add_argument("--slots", type=int, default=500)
    args = parser.parse_args()
    with postgresql_server() as server, tempfile.TemporaryDirectory() as folder:
        if isinstance(server, str):  # why there is none
            sys.exit(server)
        locations = {
            "SQLite": str(Path(folder) / "station.sqlite3"),
            "PostgreSQL": server.database_url(server.create()),
        }
        databases = {}
        for kind, location in locations.items():
            db = open_database(location)
            started = time.perf_counter()
            with db.session(write=True) as s:
                make_demo(s, args.tenants, seed=1, today=TODAY)
            with db.engine.begin() as connection:  # statistics, as a running station has them
                connection.execute(text("ANALYZE"))
            print(f"{kind}: {args.tenants:,} tenants made in {time.perf_counter() - started:.0f} s")
            databases[kind] = db
        figures = measure(databases, args.repeat)
        for db in databases.values():
            db.dispose()
        for what, file_ms in figures["SQLite"].items():
            server_ms = figures["PostgreSQL"][what]
            print(
                f"{what}: SQLite {file_ms:.1f} ms, PostgreSQL {server_ms:.1f} ms (median): "
                f"x{server_ms / file_ms:.2f} (target <= 2)"
            )
        for kind, location in locations.items():
            took, made, twice = race(location, args.desks, args.slots)
            tries = args.desks * args.slots
            print(
                f"{kind}: {args.desks} desks trying the same {args.slots} slots each: {tries:,} "
                f"tries in {took:.1f} s ({tries / took:.0f} a second), {made} booked, "
                f"{twice} slots booked twice (must be 0)"
            )


if __name__ == "__main__":
    main()
