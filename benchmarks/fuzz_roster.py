"""Ten thousand generated workbooks thrown at the roster import: crashes and partial writes.

Each workbook (``tests/excel/roster_fuzz.py``: headers anywhere in the first rows,
known and unknown columns, any cell value a spreadsheet holds, files cut short or
with bytes changed) is imported into one real SQLite file as ``import-roster``
does. Counted: accepted, refused (rows), the file refused (by its refusal's code),
crashes (anything else raised) and partial writes (a refusal that changed the database). Timed
against raw openpyxl opening the same file and reading its rows, in the same run.

    python benchmarks/fuzz_roster.py [--workbooks 10000] [--seed 1]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from incubator_app.store.database import open_database
from tests.excel.roster_fuzz import bring_in, workbooks


def raw_read(path: Path) -> None:
    """The baseline: what openpyxl alone does with the file (errors are the file's)."""
    try:
        book = load_workbook(path, read_only=True)
        for sheet in book.worksheets:
            for _ in sheet.iter_rows(values_only=True):
                pass
        book.close()
    except Exception:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workbooks", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()
    outcomes: Counter[str] = Counter()
    crashes: Counter[str] = Counter()
    spent = {"import": 0.0, "raw": 0.0}
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        db = open_database(str(folder / "fuzz.sqlite3"))

        @seed(options.seed)
        @settings(
            max_examples=options.workbooks,
            deadline=None,
            database=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(data=st.data())
        def one(data: st.DataObject) -> None:
            path = data.draw(workbooks(folder))
            started = time.perf_counter()
            raw_read(path)
            spent["raw"] += time.perf_counter() - started
            started = time.perf_counter()
            try:
                outcomes[bring_in(db, path)] += 1
            except AssertionError:
                outcomes["partial write"] += 1
            except Exception as error:
                crashes[f"{type(error).__name__}: {error}"[:120]] += 1
                outcomes["crash"] += 1
            spent["import"] += time.perf_counter() - started

        one()
        db.dispose()
    total = sum(outcomes.values())
    print(f"workbooks: {total:,}")
    for name in ("accepted", "refused", "crash", "partial write"):
        print(f"  {name:<14} {outcomes.pop(name, 0):>7,}")
    print(f"  {'file refused':<14} {sum(outcomes.values()):>7,}")
    for code, times in outcomes.most_common():
        print(f"    {times:>6,} {code}")
    for text, times in crashes.most_common(10):
        print(f"    {times:>5} × {text}")
    per = spent["import"] / max(total, 1) * 1000
    raw = spent["raw"] / max(total, 1) * 1000
    print(f"import per workbook: {per:.2f} ms; raw openpyxl read {raw:.2f} ms; x{per / raw:.2f}")


if __name__ == "__main__":
    main()
