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
from sqlalchemy import select

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
BRNS = ["124-81-00998", "220-81-62517", "120-81-47521", "106-81-11522", "124-81-00997"]
PLAUSIBLE: dict[str, st.SearchStrategy[Any]] = {
    "기업명": st.one_of(text, st.sampled_from(["예비A", "빛고을랩스", "주식회사 빛고을"])),
    "구분": st.sampled_from(["예비", "예비", "법인", "개인", "corp", "기타"]),
    "사업자등록번호": st.sampled_from(BRNS),
    "개업일": st.dates(date(2019, 1, 1), date(2026, 12, 31)),
    "입주일": st.dates(date(2025, 1, 1), date(2026, 12, 31)),
    "계약만료일": st.dates(date(2025, 1, 1), date(2028, 12, 31)),
    "호실": st.sampled_from(["301", "302", "401", "514", "코워킹스페이스", "다목적홀", "999"]),
    "좌석": st.integers(0, 50),
    "고용인원": st.integers(0, 100),
    "보증금(원)": st.integers(0, 10**7),
    "월임대료(원)": st.integers(0, 10**6),
    "기업 ID": st.integers(1, 12),
    "신산업": st.sampled_from(["Y", "", "N"]),
}
# Mostly a roster's own header (so rows are read and checked), now and then anything.
OTHERS = [c for c in READ if c not in ("기업명", "구분")]
roster_headers = st.lists(st.sampled_from(OTHERS), min_size=1, max_size=12, unique=True).map(
    lambda more: ["기업명", "구분", *more]
)
any_header = st.lists(st.one_of(st.sampled_from(READ), text), min_size=1, max_size=14)


@dataclass(frozen=True)
class Damage:
    """How a written file is broken afterwards: cut at a fraction, or bytes changed."""

    cut: float | None
    flips: int
    seed: int


damage = st.builds(
    Damage, st.none() | st.floats(0.0, 1.0), st.integers(0, 20), st.integers(0, 2**31)
)


@st.composite
def workbooks(draw: st.DrawFn, folder: Path) -> Path:
    """One roster-like workbook written into ``folder``."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    one_in_ten = st.integers(0, 9).map(lambda n: n == 0)  # odd files: a tenth of each kind
    for _ in range(draw(st.integers(1, 11)) if draw(one_in_ten) else 0):
        sheet.append([draw(text)])
    names = draw(any_header if draw(one_in_ten) else roster_headers)
    sheet.append(names)
    tidy = draw(st.booleans())  # every cell plausible for its column, or anything at all
    for _ in range(0 if draw(one_in_ten) else draw(st.integers(1, 6))):
        sheet.append(
            [
                draw(PLAUSIBLE.get(name, st.none()) if tidy else PLAUSIBLE.get(name, cell_values))
                if tidy or draw(st.booleans())
                else draw(cell_values)
                for name in names
            ]
        )
    path = folder / "fuzz.xlsx"
    try:
        book.save(path)
    except (ValueError, TypeError, OverflowError):
        assume(False)  # a value no spreadsheet can hold: not a file anyone brings
    broken = draw(damage) if draw(one_in_ten) else Damage(None, 0, 0)
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
    """Every tenant's and lease's every column: what any write, whole or partial, changes."""
    with db.session() as s:
        return tuple(
            tuple(tuple(row) for row in s.execute(select(table).order_by(table.c.id)))
            for table in (Tenant.__table__, Lease.__table__)
        )


def bring_in(db: Database, path: Path) -> str:
    """Import ``path`` as the command does: "accepted", "refused" (rows), or the code of
    the file's refusal; a refusal must leave the database as it was. Anything else raised
    is a crash and propagates."""
    before = state(db)
    try:
        roster = open_roster(path)
    except DomainError as refusal:
        assert state(db) == before
        return refusal.code
    try:
        with db.session(write=True) as s:
            import_roster(s, roster.lines(), TODAY)
    except DomainError as refusal:
        assert state(db) == before, "a refused import wrote something"
        return refusal.code
    except ImportRefusedError:
        assert state(db) == before, "a refused import wrote something"
        return "refused"
    finally:
        roster.close()
    return "accepted"
