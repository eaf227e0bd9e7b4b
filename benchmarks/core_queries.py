"""Occupancy and alerts on a date: time and memory per call as the station grows.

Fills real SQLite files with 1k, 10k and 100k demo tenants. Every company the
rooms do not hold today gets one past two-week lease, back to back per room
and coworking seat reaching back decades, so the lease history grows with the
tenants (about one lease per tenant). Prints time per call (median of 15, each
in its own session as the program does), the peak memory a call allocates
(tracemalloc), and the ratio 100k/10k. The baseline, measured in the same run,
is a query that must read every lease (the sum of all rents): it shows what
growing with the history looks like.

    python benchmarks/core_queries.py [--sizes 1000 10000 100000]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from incubator_app.domain.building import SpaceKind
from incubator_app.services.demo import OPENED_ON, make_demo
from incubator_app.services.eligibility import standings_on
from incubator_app.services.occupancy import occupancy_on
from incubator_app.store.database import Database, open_database
from incubator_app.store.models import Lease, Space, Tenant

TODAY = date(2026, 11, 24)
STAY = 14  # days of each past lease


def all_rents(session: Session, day: date) -> int:
    """Baseline: a query that reads every lease row."""
    return session.scalar(select(func.sum(Lease.monthly_rent))) or 0


CALLS: dict[str, Callable[[Session, date], object]] = {
    "occupancy": occupancy_on,
    "alerts": standings_on,
    "baseline (all leases)": all_rents,
}


def add_history(session: Session) -> None:
    """One past lease for each tenant without one, before the station's opening."""
    idle = session.scalars(
        select(Tenant.id).where(~select(Lease.id).where(Lease.tenant_id == Tenant.id).exists())
    ).all()
    slots: list[tuple[int, int | None]] = []
    for space in session.scalars(select(Space)):
        if space.kind in (SpaceKind.STARTUP_ROOM, SpaceKind.INVESTOR_ROOM):
            slots.append((space.id, None))
        elif space.kind is SpaceKind.COWORKING:
            slots += [(space.id, 1)] * (space.capacity or 0)
    rows = []
    for i, tenant_id in enumerate(idle):
        space_id, seats = slots[i % len(slots)]
        start = OPENED_ON - timedelta(days=STAY * (i // len(slots) + 1))
        rows.append(
            {
                "tenant_id": tenant_id,
                "space_id": space_id,
                "start_date": start,
                "end_date": start + timedelta(days=STAY - 1),
                "seats": seats,
                "deposit": 0,
                "monthly_rent": 150_000,
                "monthly_fee": 50_000,
            }
        )
    if rows:
        session.execute(insert(Lease), rows)


def measure(db: Database, call: Callable[[Session, date], object]) -> tuple[float, int]:
    times = []
    for _ in range(15):
        with db.session() as s:
            started = time.perf_counter()
            call(s, TODAY)
            times.append(time.perf_counter() - started)
    tracemalloc.start()
    with db.session() as s:
        call(s, TODAY)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return statistics.median(times), peak


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    args = parser.parse_args()
    results: dict[int, dict[str, tuple[float, int]]] = {}
    print(f"{'tenants':>8} {'leases':>7} {'fill s':>7}  " + "  ".join(f"{n:>24}" for n in CALLS))
    with tempfile.TemporaryDirectory() as tmp:
        for tenants in args.sizes:
            db = open_database(str(Path(tmp) / f"bench-{tenants}.sqlite3"))
            started = time.perf_counter()
            with db.session(write=True) as s:
                make_demo(s, tenants, seed=1, today=TODAY)
                add_history(s)
            with db.session() as s:
                leases = s.scalar(select(func.count(Lease.id))) or 0
            fill = time.perf_counter() - started
            results[tenants] = {name: measure(db, call) for name, call in CALLS.items()}
            db.dispose()
            cells = "  ".join(
                f"{t * 1000:9.2f} ms {m / 1024:8.0f} KiB" for t, m in results[tenants].values()
            )
            print(f"{tenants:>8,} {leases:>7,} {fill:7.1f}  {cells}")
    if 10_000 in results and 100_000 in results:
        big, small = results[100_000], results[10_000]
        print()
        for name in CALLS:
            time_ratio = big[name][0] / small[name][0]
            memory_ratio = big[name][1] / max(small[name][1], 1)
            print(f"100k/10k {name:>22}: time x{time_ratio:5.2f}   memory x{memory_ratio:5.2f}")


if __name__ == "__main__":
    main()
