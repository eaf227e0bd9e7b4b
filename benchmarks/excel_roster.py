"""Roster export and import against raw openpyxl doing the same cell work, in one run.

Export: a 100k-tenant station (``--all``: one row per tenant), written by
``write_roster`` (query, views, typed and formatted cells, summary sheet) and by
raw openpyxl write-only writing the same cell values with no formats. Time and
peak Python memory (tracemalloc) for both; targets ≤ 1.25x time, memory flat.

Import: a 10k-row roster read by ``open_roster`` + ``import_roster`` in dry-run
mode (every row checked by the core's rules, nothing kept) and by raw openpyxl
read-only reading the same rows' values. Target ≤ 2x time.

    python benchmarks/excel_roster.py [--tenants 100000] [--rows 10000] [--runs 2]
"""

from __future__ import annotations

import argparse
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

from incubator_app.excel.roster import write_roster
from incubator_app.excel.roster_reader import open_roster
from incubator_app.services.demo import make_demo
from incubator_app.services.occupancy import occupancy_on
from incubator_app.services.roster import records_id, roster_on, roster_size
from incubator_app.services.roster_import import DryRunDone, import_roster
from incubator_app.store.database import Database, open_database

TODAY = date(2026, 11, 24)


def best_of(runs: int, *works: Callable[[], Any]) -> list[tuple[float, Any]]:
    """Each work's fastest run and its result. The works take turns, run after run, so
    that a slow moment of the machine falls on both sides alike."""
    times: list[list[tuple[float, int, Any]]] = [[] for _ in works]
    for _ in range(runs):
        for done, work in zip(times, works, strict=True):
            done.append(measured(work))
    return [min(((t, r) for t, _, r in done), key=lambda run: run[0]) for done in times]


def measured(work: Callable[[], Any], memory: bool = False) -> tuple[float, int, Any]:
    """Seconds, and peak traced bytes when ``memory`` (tracing slows the work itself)."""
    if memory:
        tracemalloc.start()
    started = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] if memory else 0
    if memory:
        tracemalloc.stop()
    return seconds, peak, result


def export_ours(db: Database, path: Path) -> int:
    with db.session() as s:
        total = roster_size(s, TODAY, True)
        entries, occupied = roster_on(s, TODAY, True), occupancy_on(s, TODAY)
        return write_roster(path, entries, TODAY, occupied, total, records=records_id(s))


def export_raw(rows: list[tuple[Any, ...]], path: Path) -> int:
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    for row in rows:
        sheet.append(row)
    book.save(path)
    return len(rows)


def import_ours(db: Database, path: Path) -> int:
    roster = open_roster(path)
    try:
        with db.session(write=True) as s:
            import_roster(s, roster.lines(), TODAY, dry_run=True)
    except DryRunDone as done:
        return done.report.rows
    finally:
        roster.close()
    raise AssertionError("a dry run always unwinds")


def import_raw(path: Path) -> int:
    book = load_workbook(path, read_only=True)
    count = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
    book.close()
    return count


def station(folder: Path, name: str, tenants: int, seed: int) -> Database:
    db = open_database(str(folder / f"{name}.sqlite3"))
    with db.session(write=True) as s:
        make_demo(s, tenants, seed=seed, today=TODAY)
    return db


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--tenants", type=int, default=100_000)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=2, help="timed runs of each; the best counts")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        big = station(folder, "big", args.tenants, 1)
        export_ours(big, folder / "ours.xlsx")
        sheet = load_workbook(folder / "ours.xlsx", read_only=True)["입주기업"]
        values = list(sheet.iter_rows(values_only=True))
        ours, raw = best_of(
            args.runs,
            lambda: export_ours(big, folder / "ours.xlsx"),
            lambda: export_raw(values, folder / "raw.xlsx"),
        )
        print(
            f"export {ours[1]:,} rows: ours {ours[0]:.2f} s, raw openpyxl {raw[0]:.2f} s "
            f"(best of {args.runs})"
        )
        print(f"  time x{ours[0] / raw[0]:.2f} (target <= 1.25)")
        peaks = []
        for size in (args.tenants // 20, args.tenants // 5):
            db = station(folder, f"memory-{size}", size, 3)
            peaks.append((size, measured(partial(export_ours, db, folder / "m.xlsx"), True)[1]))
            db.dispose()
        (a, pa), (b, pb) = peaks
        print(
            f"  peak memory (tracemalloc): {a:,} rows {pa / 2**20:.1f} MiB, "
            f"{b:,} rows {pb / 2**20:.1f} MiB: x{pb / pa:.2f} for x{b / a:.0f} rows"
        )
        small = station(folder, "small", args.rows, 2)
        with small.session() as s:
            total = roster_size(s, TODAY, True)
            entries, occupied = roster_on(s, TODAY, True), occupancy_on(s, TODAY)
            write_roster(folder / "in.xlsx", entries, TODAY, occupied, total, records=records_id(s))
        empty = open_database(str(folder / "empty.sqlite3"))
        ours_in, raw_in = best_of(
            args.runs,
            lambda: import_ours(empty, folder / "in.xlsx"),
            lambda: import_raw(folder / "in.xlsx"),
        )
        print(
            f"import {ours_in[1]:,} rows, dry run through every rule: ours {ours_in[0]:.2f} s, "
            f"raw openpyxl read {raw_in[0]:.2f} s (best of {args.runs})"
        )
        print(f"  time x{ours_in[0] / raw_in[0]:.2f} (target <= 2)")
        for database in (big, small, empty):
            database.dispose()


if __name__ == "__main__":
    main()
