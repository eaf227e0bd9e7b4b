"""What keeping everything costs, against a baseline measured in the same run.

Backup: a 100k-tenant station backed up (SQLite's online backup API, integrity check,
counts, rename) against copying the same file byte for byte.

Verify: the whole change history walked and every hash recomputed
(``verify-history``) against reading the same rows without hashing.

History on an import: a 10k-row roster imported for real (every row through the
services, an entry per record) with the history written, against the same import
with the history's append made to do nothing. Target <= 1.3x.

    python benchmarks/history_and_backups.py [--tenants 100000] [--rows 10000] [--runs 3]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event, select

from incubator_app.domain.backups import Reason
from incubator_app.excel.roster import write_roster
from incubator_app.excel.roster_reader import open_roster
from incubator_app.services.demo import make_demo
from incubator_app.services.history import history_head, verify_history
from incubator_app.services.occupancy import occupancy_on
from incubator_app.services.roster import records_id, roster_on, roster_size
from incubator_app.services.roster_import import import_roster
from incubator_app.store import history as store_history
from incubator_app.store.backup import take_backup
from incubator_app.store.database import Database, open_database
from incubator_app.store.models import HistoryEntry

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the other benchmarks' helpers
from benchmarks.excel_roster import TODAY, best_of


def station(path: Path, tenants: int) -> Database:
    db = open_database(str(path))
    with db.session(write=True) as s:
        make_demo(s, tenants, seed=1, today=TODAY)
    return db


def read_rows(db: Database) -> int:
    with db.session() as s:
        rows = s.execute(select(HistoryEntry).execution_options(yield_per=5_000))
        return sum(1 for _ in rows)


def verify(db: Database) -> int:
    with db.session() as s:
        return verify_history(s).count


@contextmanager
def without_history() -> Iterator[None]:
    """The same work with no history written (the baseline): the flush listener off,
    and the append of bulk-inserted tenants' entries made to do nothing."""
    event.remove(store_history.Recorded, "after_flush", store_history._flushed)
    kept = store_history.append
    store_history.append = lambda *_args, **_kwargs: None
    try:
        yield
    finally:
        store_history.append = kept
        event.listen(store_history.Recorded, "after_flush", store_history._flushed)


def imported(template: Path, folder: Path, roster: Path, name: str, history: bool) -> int:
    path = folder / f"{name}.sqlite3"
    shutil.copyfile(template, path)
    db = open_database(str(path))
    try:
        opened = open_roster(roster)
        try:
            with db.session(write=True) as s:
                if history:
                    report = import_roster(s, opened.lines(), TODAY, source=roster.name)
                else:
                    with without_history():
                        report = import_roster(s, opened.lines(), TODAY, source=roster.name)
        finally:
            opened.close()
        return report.rows
    finally:
        db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--tenants", type=int, default=100_000)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each; the best counts")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        file = folder / "big.sqlite3"
        big = station(file, args.tenants)
        with big.session() as s:
            head = history_head(s)
        size = file.stat().st_size
        counter = iter(range(1_000_000))

        def ours() -> Any:
            return take_backup(file, folder / f"backups-{next(counter)}", Reason.MANUAL)

        def raw() -> Any:
            return shutil.copyfile(file, folder / f"raw-{next(counter)}.sqlite3")

        backup, copy = best_of(args.runs, ours, raw)
        print(
            f"backup of {args.tenants:,} tenants ({size / 2**20:.1f} MiB, {head.count:,} history "
            f"entries): ours {backup[0]:.2f} s, byte copy {copy[0]:.2f} s "
            f"(best of {args.runs}) x{backup[0] / copy[0]:.2f}"
        )
        walked, read = best_of(args.runs, lambda: verify(big), lambda: read_rows(big))
        print(
            f"verify-history of {walked[1]:,} entries: ours {walked[0]:.2f} s, reading the rows "
            f"{read[0]:.2f} s (best of {args.runs}) x{walked[0] / read[0]:.2f}"
        )
        big.dispose()

        source = station(folder / "source.sqlite3", args.rows)
        with source.session() as s:
            total = roster_size(s, TODAY, True)
            entries, occupied = roster_on(s, TODAY, True), occupancy_on(s, TODAY)
            roster = folder / "명단.xlsx"
            write_roster(roster, entries, TODAY, occupied, total, records=records_id(s))
        source.dispose()
        empty = folder / "empty.sqlite3"
        open_database(str(empty)).dispose()
        counted = iter(range(1_000_000))
        kept, baseline = best_of(
            args.runs,
            lambda: imported(empty, folder, roster, f"with-{next(counted)}", history=True),
            lambda: imported(empty, folder, roster, f"without-{next(counted)}", history=False),
        )
        print(
            f"import of {kept[1]:,} rows with the history: {kept[0]:.2f} s, without "
            f"{baseline[0]:.2f} s (best of {args.runs}) x{kept[0] / baseline[0]:.2f} "
            f"(target <= 1.3)"
        )


if __name__ == "__main__":
    main()
