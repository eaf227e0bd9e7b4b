"""Occupancy and alerts on a date: time and memory per call as the station grows.

Fills real SQLite files with 1k, 10k and 100k demo tenants (leases since the
opening in 2025), then a 10k-tenant station with 30 years of lease history.
Prints time per call, the peak memory a call allocates (tracemalloc), and
ratios: 100k/10k tenants, and 30 years/1.6 years of history. As a baseline
measured in the same run, a full scan of the tenant table (which must grow
with the tenants) shows what linear growth looks like.

    python benchmarks/core_queries.py [--sizes 1000 10000 100000]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app.services.demo import OPENED_ON, make_demo
from incubator_app.services.eligibility import standings_on
from incubator_app.services.occupancy import occupancy_on
from incubator_app.store.database import Database, open_database
from incubator_app.store.models import Lease, Tenant

TODAY = date(2026, 11, 24)


def scan_tenants(session: Session, day: date) -> int:
    """Baseline: a query that reads every tenant row."""
    return session.scalar(select(func.count()).where(Tenant.name.contains("없는이름"))) or 0


CALLS: dict[str, Callable[[Session, date], object]] = {
    "occupancy": occupancy_on,
    "alerts": standings_on,
    "baseline scan": scan_tenants,
}


def measure(
    db: Database, call: Callable[[Session, date], object], repeat: int = 15
) -> tuple[float, int]:
    """Median seconds per call (each in its own session, as the program does) and peak bytes."""
    times = []
    for _ in range(repeat):
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


def station(folder: Path, tenants: int, opened_on: date) -> tuple[Database, int, float]:
    db = open_database(str(folder / f"bench-{tenants}-{opened_on}.sqlite3"))
    started = time.perf_counter()
    with db.session(write=True) as s:
        make_demo(s, tenants, seed=1, today=TODAY, opened_on=opened_on)
    with db.session() as s:
        leases = s.scalar(select(func.count(Lease.id))) or 0
    return db, leases, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    args = parser.parse_args()
    results: dict[str, dict[str, tuple[float, int]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(
            f"{'station':>22} {'leases':>7} {'fill s':>7}  " + "  ".join(f"{n:>24}" for n in CALLS)
        )
        cases = [(f"{n:,} tenants", n, OPENED_ON) for n in args.sizes]
        cases.append(("10,000 t., 30 y. history", 10_000, date(1996, 4, 1)))
        for label, tenants, opened_on in cases:
            db, leases, fill = station(folder, tenants, opened_on)
            results[label] = {name: measure(db, call) for name, call in CALLS.items()}
            db.dispose()
            cells = "  ".join(
                f"{t * 1000:9.2f} ms {m / 1024:8.0f} KiB" for t, m in results[label].values()
            )
            print(f"{label:>22} {leases:>7} {fill:7.1f}  {cells}")
    print()

    def ratio(a: str, b: str) -> None:
        if a in results and b in results:
            parts = ", ".join(
                f"{name} time x{results[a][name][0] / results[b][name][0]:.2f} "
                f"memory x{results[a][name][1] / max(results[b][name][1], 1):.2f}"
                for name in CALLS
            )
            print(f"{a} / {b}: {parts}")

    ratio("100,000 tenants", "10,000 tenants")
    ratio("10,000 t., 30 y. history", "10,000 tenants")


if __name__ == "__main__":
    main()
