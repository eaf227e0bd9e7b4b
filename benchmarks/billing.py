"""How the money's work grows with the station: issuing a month and listing the arrears
with 10k and 100k tenants, each holding five years of charges and paying them (a few
tenants months behind). The figure that counts is the ratio 100k / 10k: linear or
better is at most 10.

Each is also set against a baseline measured in the same run on the same file: for the
arrears, the database merely adding up every charge and payment (``SELECT sum``); for
the issue, the same month's rows inserted by plain SQL with no check and no history.

    python benchmarks/billing.py [--small 10000] [--large 100000] [--years 5] [--runs 3]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from statistics import median
from typing import Any

from sqlalchemy import text

from incubator_app.domain.billing import Month, due_on, month_amounts
from incubator_app.domain.periods import Period
from incubator_app.services.billing import issue_month
from incubator_app.services.billing_balances import arrears
from incubator_app.store.database import Database, open_database

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the other benchmarks' helpers
from benchmarks.excel_roster import measured

NEXT = Month(2026, 12)  # the month issued: the five years before it are charged already
AS_OF = date(2026, 12, 1)
BEHIND = 0.05  # tenants that stopped paying three months ago
RENT, FEE = 300_000, 50_000
BATCH = 50_000


def station(path: Path, tenants: int, years: int) -> Database:
    """``tenants`` companies each holding a room since ``years`` ago, every month since
    charged and (but for a few) paid on its due day: rows written straight to the file,
    as years of issuing would have left them."""
    db = open_database(str(path))
    rng = random.Random(tenants)
    months = [NEXT]
    for _ in range(12 * years):
        before = months[0].period.start - timedelta(days=1)
        months.insert(0, Month(before.year, before.month))
    months.pop()  # NEXT itself is what the benchmark issues
    start = months[0].period.start
    held = Period(start, date(2027, 12, 31))
    amounts = [month_amounts(held, RENT, FEE, m, rounding=10, vat_percent=10) for m in months]
    with db.engine.begin() as connection:
        space = connection.execute(text("SELECT id FROM space ORDER BY id LIMIT 1")).scalar()
        ids = range(1, tenants + 1)
        connection.exec_driver_sql(
            "INSERT INTO tenant (id, name, entity, new_industry, version, created_at) "
            "VALUES (?, ?, 'PRE_FOUNDER', 0, 1, '2021-01-01 00:00:00')",
            [(t, f"기업 {t:06d}") for t in ids],
        )
        connection.exec_driver_sql(
            "INSERT INTO lease (id, tenant_id, space_id, start_date, end_date, deposit, "
            "monthly_rent, monthly_fee, version, created_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?, 1, ?)",
            [
                (t, t, space, held.start.isoformat(), held.end.isoformat(), RENT, FEE,
                 "2021-01-01 00:00:00")
                for t in ids
            ],
        )  # fmt: skip
        charge_sql = (
            "INSERT INTO charge (lease_id, month, adjustment, rent, fee, vat, due, rounding, "
            "vat_percent, version) "
            "VALUES (?, ?, 0, ?, ?, ?, ?, 10, 10, 1)"
        )
        payment_sql = (
            "INSERT INTO payment (tenant_id, paid_on, amount, method, version) "
            "VALUES (?, ?, ?, 'TRANSFER', 1)"
        )
        behind = {t for t in ids if rng.random() < BEHIND}
        for place, month in enumerate(months):
            due = due_on(month, 0).isoformat()
            owed = amounts[place]
            connection.exec_driver_sql(
                charge_sql,
                [
                    (t, str(month), owed.rent, owed.fee, owed.vat, due)
                    for t in range(1, tenants + 1)
                ],
            )
            late = place >= len(months) - 3
            connection.exec_driver_sql(
                payment_sql,
                [(t, due, owed.total) for t in ids if not (late and t in behind)],
            )
    return db


def issue(db: Database) -> int:
    """The next month issued for real (charges and their history written), then rolled
    back, so that every run issues it afresh."""
    with db.session() as s:  # a read session: what it wrote is rolled back at its end
        return issue_month(s, NEXT).issued


def issue_raw(db: Database) -> int:
    """The baseline: the same month's rows inserted by plain SQL (the leases read, one
    charge each, no check, no history), then rolled back."""
    first, last = NEXT.period.start.isoformat(), NEXT.period.end.isoformat()
    owed = month_amounts(Period(NEXT.period.start, NEXT.period.end), RENT, FEE, NEXT,
                         rounding=10, vat_percent=10)  # fmt: skip
    due = due_on(NEXT, 0).isoformat()
    with db.engine.connect() as connection, connection.begin() as transaction:
        leases = (
            connection.execute(
                text(
                    "SELECT id FROM lease WHERE start_date <= :last "
                    "AND coalesce(terminated_on, end_date) >= :first"
                ),
                {"first": first, "last": last},
            )
            .scalars()
            .all()
        )
        connection.exec_driver_sql(
            "INSERT INTO charge (lease_id, month, adjustment, rent, fee, vat, due, rounding, "
            "vat_percent, version) "
            "VALUES (?, ?, 0, ?, ?, ?, ?, 10, 10, 1)",
            [(lease, str(NEXT), owed.rent, owed.fee, owed.vat, due) for lease in leases],
        )
        transaction.rollback()
    return len(leases)


def listed(db: Database) -> int:
    with db.session() as s:
        return len(arrears(s, AS_OF))


def summed(db: Database) -> int:
    """The baseline: every charge and payment added up by the database."""
    with db.engine.connect() as connection:
        owed = connection.execute(text("SELECT sum(rent + fee + vat) FROM charge")).scalar()
        paid = connection.execute(text("SELECT sum(amount) FROM payment")).scalar()
    return int(owed or 0) - int(paid or 0)


WORKS = {"issue": issue, "insert": issue_raw, "arrears": listed, "sum": summed}


Runs = dict[tuple[int, str], list[tuple[float, Any]]]


def measure(stations: dict[int, Database], runs: int) -> Runs:
    """Every work on every station, taking turns run after run (the sizes too), so that a
    slow moment of the machine falls on all of them alike: each run's seconds and result."""
    turns = [(size, name) for size in stations for name in WORKS]
    timed: Runs = {turn: [] for turn in turns}
    for _ in range(runs):
        for size, name in turns:
            seconds, _peak, result = measured(partial(WORKS[name], stations[size]))
            timed[size, name].append((seconds, result))
    return timed


def ratios(timed: Runs, work: str, small: int, large: int) -> str:
    """The ratio large / small of the best runs, and of each round's runs (how much the
    machine's own noise moves it)."""
    best = min(timed[large, work])[0] / min(timed[small, work])[0]
    each = sorted(
        big / little
        for (big, _), (little, _) in zip(timed[large, work], timed[small, work], strict=True)
    )
    spread = f"x{each[0]:.1f} to x{each[-1]:.1f}, median x{median(each):.1f}"
    return f"x{best:.1f} (round by round {spread})"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--large", type=int, default=100_000)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--runs", type=int, default=5, help="timed rounds of each; the best counts")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        sizes = (args.small, args.large)
        stations = {n: station(Path(tmp) / f"station-{n}.sqlite3", n, args.years) for n in sizes}
        timed = measure(stations, args.runs)
        best = {turn: min(runs) for turn, runs in timed.items()}
        for size, db in stations.items():
            with db.engine.connect() as connection:
                charges = connection.execute(text("SELECT count(*) FROM charge")).scalar()
                payments = connection.execute(text("SELECT count(*) FROM payment")).scalar()
            db.dispose()
            (issued, count), (read, _) = best[size, "issue"], best[size, "insert"]
            (owing, found), (added, _) = best[size, "arrears"], best[size, "sum"]
            print(
                f"{size:,} tenants, {charges:,} charges, {payments:,} payments: "
                f"issue {NEXT} ({count:,} charges) {issued:.2f} s (plain SQL insert "
                f"{read:.2f} s, x{issued / read:.1f}); arrears ({found:,} tenants) "
                f"{owing:.2f} s (SELECT sum alone {added:.2f} s, x{owing / added:.1f})"
            )
    factor = args.large / args.small
    for work, baseline in (("issue", "insert"), ("arrears", "sum")):
        ratio = best[args.large, work][0] / best[args.small, work][0]
        verdict = "linear or better" if ratio <= factor else "WORSE than linear"
        print(
            f"{work}: {args.large:,} / {args.small:,} tenants, best runs {verdict}: "
            f"{ratios(timed, work, args.small, args.large)}; its baseline on the same files "
            f"{ratios(timed, baseline, args.small, args.large)}"
        )


if __name__ == "__main__":
    main()
