"""Generated workbooks thrown at the roster reader: what it must never do.

Shared by ``test_fuzz.py`` (a few hundred workbooks on every run) and
``benchmarks/fuzz_roster.py`` (ten thousand, with figures). A workbook is a
header somewhere in the first rows (known columns, unknown ones, some missing),
rows of any cell value a spreadsheet holds (text of any script, numbers huge
and negative, dates of any year, formulas, booleans, right-looking values),
and now and then a file cut short or with bytes changed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hypothesis import assume
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import func, select

from incubator_app.domain.errors import DomainError
from incubator_app.excel.roster_reader import READ, open_roster
from incubator_app.services.roster_import import ImportRefusedError, import_roster
from incubator_app.store.database import Database
from incubator_app.store.models import Lease, Tenant

TODAY = date(2026, 3, 2)
LIKELY = [
    "법인", "개인", "예비", "124-81-00998", "220-81-62517", "301", "코워킹스페이스", "2025-03-02",
    "2025.3.2", "1,200,000원", "Y", "예비A", "3", "운영위원회 의결",
]  # fmt: skip
FIRST_DAY, LAST_DAY = datetime(1900, 3, 1), datetime(9999, 12, 31)  # noqa: DTZ001 (cells are naive)

text = st.text(max_size=30).filter(lambda t: ILLEGAL_CHARACTERS_RE.search(t) is None)
cell_values = st.one_of(
    st.none(),
    text,
    st.sampled_from(LIKELY),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=False, allow_infinity=False),
    st.dates(date(1900, 3, 1), date(9999, 12, 31)),
    st.datetimes(FIRST_DAY, LAST_DAY),
    st.booleans(),
    st.sampled_from(["=1+1", "=SUM(A1:A3)", '=HYPERLINK("x")']),
)
headers = st.lists(st.one_of(st.sampled_from(READ), text), min_size=1, max_size=14)


@dataclass(frozen=True)
class Damage:
    """How a written file is broken afterwards: cut at a fraction, or bytes changed."""

    cut: float | None
    flips: int
    seed: int


damage = st.one_of(
    st.just(Damage(None, 0, 0)),
    st.builds(Damage, st.none() | st.floats(0.0, 1.0), st.integers(0, 20), st.integers(0, 2**31)),
)


@st.composite
def workbooks(draw: st.DrawFn, folder: Path) -> Path:
    """One roster-like workbook written into ``folder``."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for _ in range(draw(st.integers(0, 11))):
        sheet.append([draw(text)])
    names = draw(headers)
    sheet.append(names)
    for _ in range(draw(st.integers(0, 6))):
        sheet.append([draw(cell_values) for _ in names])
    path = folder / "fuzz.xlsx"
    try:
        book.save(path)
    except (ValueError, TypeError, OverflowError):
        assume(False)  # a value no spreadsheet can hold: not a file anyone brings
    broken = draw(damage)
    if broken.cut is not None or broken.flips:
        body = bytearray(path.read_bytes())
        picker = random.Random(broken.seed)
        for _ in range(broken.flips):
            body[picker.randrange(len(body))] = picker.randrange(256)
        if broken.cut is not None:
            body = body[: int(len(body) * broken.cut)]
        path.write_bytes(bytes(body))
    return path


def state(db: Database) -> tuple[Any, ...]:
    """What any write would change: how many tenants and leases, and the newest of each."""
    with db.session() as s:
        return (
            s.scalar(select(func.count(Tenant.id))),
            s.scalar(select(func.max(Tenant.id))),
            s.scalar(select(func.count(Lease.id))),
            s.scalar(select(func.max(Lease.id))),
        )


def bring_in(db: Database, path: Path) -> str:
    """Import ``path`` as the command does: "accepted", "refused" (rows) or "unreadable"
    (the file); a refusal must leave the database as it was. Anything else raised is a
    crash and propagates."""
    before = state(db)
    try:
        roster = open_roster(path)
    except DomainError:
        assert state(db) == before
        return "unreadable"
    try:
        with db.session(write=True) as s:
            import_roster(s, roster.lines(), TODAY)
    except (ImportRefusedError, DomainError) as refusal:
        assert state(db) == before, "a refused import wrote something"
        return "unreadable" if isinstance(refusal, DomainError) else "refused"
    finally:
        roster.close()
    return "accepted"
