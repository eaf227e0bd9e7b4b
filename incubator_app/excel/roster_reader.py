"""Reading a roster workbook someone brings: safely, in read-only mode, row by row."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from itertools import count
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from incubator_app.domain.errors import DomainError
from incubator_app.domain.headings import KOREAN, Heading
from incubator_app.domain.identifiers import (
    brn_digits,
    format_brn,
    parse_entity_type,
    without_separators,
)
from incubator_app.domain.money import parse_won
from incubator_app.domain.periods import check_day, parse_typed_date
from incubator_app.domain.text import parse_whole
from incubator_app.excel.roster import RECORDS_PREFIX
from incubator_app.services.roster_lines import LeaseTerms, Problem, RosterLine
from incubator_app.services.tenants import TenantInput

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, or an encrypted workbook
ENCRYPTED = "EncryptionInfo".encode("utf-16-le")
HEADER_ROWS = 10
# The roster's columns the reader names, as its header row says them.
TENANT_NAME = KOREAN[Heading.TENANT_NAME]
ENTITY = KOREAN[Heading.ENTITY]
NEW_INDUSTRY = KOREAN[Heading.NEW_INDUSTRY]
ROOM = KOREAN[Heading.ROOM]
START = KOREAN[Heading.START]
SEATS = KOREAN[Heading.SEATS]
OVERRIDE_REASON = KOREAN[Heading.OVERRIDE_REASON]
BRN = KOREAN[Heading.BRN]
EMPLOYEES = KOREAN[Heading.EMPLOYEES]
TENANT_ID = KOREAN[Heading.TENANT_ID]
REQUIRED = (TENANT_NAME, ENTITY)
TENANT_COLUMNS = {
    TENANT_NAME: "name",
    BRN: "brn",
    KOREAN[Heading.CORPORATION_NO]: "corporation_no",
    KOREAN[Heading.STARTED_ON]: "started_on",
    KOREAN[Heading.REPRESENTATIVE]: "representative",
    KOREAN[Heading.SECTOR]: "sector",
    EMPLOYEES: "employees",
    KOREAN[Heading.PHONE]: "phone",
    KOREAN[Heading.EMAIL]: "email",
    KOREAN[Heading.NOTES]: "notes",
}
LEASE_COLUMNS = (
    ROOM,
    START,
    KOREAN[Heading.END],
    KOREAN[Heading.DEPOSIT_WON],
    KOREAN[Heading.RENT_WON],
    KOREAN[Heading.FEE_WON],
    SEATS,
    OVERRIDE_REASON,
)
READ = (
    ENTITY,
    NEW_INDUSTRY,
    TENANT_ID,
    *TENANT_COLUMNS,
    *LEASE_COLUMNS,
)
DATES = {
    KOREAN[Heading.STARTED_ON]: "started_on",
    START: "start",
    KOREAN[Heading.END]: "end",
}
MONEY = {
    KOREAN[Heading.DEPOSIT_WON]: "deposit",
    KOREAN[Heading.RENT_WON]: "rent",
    KOREAN[Heading.FEE_WON]: "fee",
}


def _refuse(code: str, path: Path, **params: object) -> DomainError:
    return DomainError(code, field="file", path=str(path), **params)


def _open(path: Path) -> Workbook:
    """The workbook, or a refusal that says what the file is instead."""
    if path.is_dir():
        raise _refuse("path_is_folder", path)
    if not path.is_file():
        raise _refuse("import_missing", path)
    with path.open("rb") as file:
        head = file.read(8)
    if head == OLE_MAGIC:
        encrypted = ENCRYPTED in path.read_bytes()
        raise _refuse("import_encrypted" if encrypted else "import_old_xls", path)
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise _refuse("import_not_xlsx", path)
    if not zipfile.is_zipfile(path):
        damaged = head.startswith(b"PK")  # a zip archive, cut short or broken
        raise _refuse("import_corrupt" if damaged else "import_not_xlsx", path)
    with damaged_as_refusal(path):
        _check_no_dtd(path)
        return load_workbook(path, read_only=True, data_only=False)


@contextmanager
def damaged_as_refusal(path: Path) -> Iterator[None]:
    """Whatever the zip, zlib and XML libraries raise on a file that is not what it says
    (cut short, bytes changed, parts missing or malformed) is one refusal: the file is
    damaged. Only their calls are wrapped, so a mistake of ours still shows as a bug."""
    try:
        yield
    except DomainError:
        raise
    except Exception:
        raise _refuse("import_corrupt", path) from None


def _check_no_dtd(path: Path) -> None:
    """Workbook XML never declares a DTD; one that does is an entity bomb or worse.

    (defusedxml guards openpyxl's own parsing too; this refuses such files whole
    before any of their XML is parsed.)
    """
    with zipfile.ZipFile(path) as archive:
        for item in archive.infolist():
            if item.filename.endswith((".xml", ".rels")):
                with archive.open(item) as part:
                    head = part.read(4096)
                if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                    raise _refuse("import_corrupt", path)


@dataclass
class RosterFile:
    """An open roster sheet: where its header is, and its rows as ``RosterLine``s."""

    path: Path
    workbook: Workbook
    sheet: Any
    header_row: int
    columns: dict[str, int]
    records: str | None = None  # the identity of the database that exported it, if ours

    @property
    def total(self) -> int:
        """Rows below the header (for a progress bar; blank rows included)."""
        with damaged_as_refusal(self.path):
            return max((self.sheet.max_row or 0) - self.header_row, 0)

    def close(self) -> None:
        self.workbook.close()

    def lines(self) -> Iterator[RosterLine]:
        given = frozenset(
            {"name", "entity", *(TENANT_COLUMNS[c] for c in self.columns if c in TENANT_COLUMNS)}
            | ({"new_industry"} if NEW_INDUSTRY in self.columns else set())
        )
        with damaged_as_refusal(self.path):
            rows = self.sheet.iter_rows(min_row=self.header_row + 1)
        for number in count(self.header_row + 1):
            with damaged_as_refusal(self.path):
                row = next(rows, None)
                if row is None:
                    return
                cells = {
                    name: row[index] for name, index in self.columns.items() if index < len(row)
                }
            if not all(_blank(c.value) for c in cells.values()):
                yield _line(number, cells, given)


def open_roster(path: Path) -> RosterFile:
    """Find the roster header (in the first ten rows of a sheet) and the columns it has."""
    path = Path(path)
    workbook = _open(path)
    try:
        return _find_header(path, workbook)
    except DomainError:
        workbook.close()
        raise


def _find_header(path: Path, workbook: Workbook) -> RosterFile:
    with damaged_as_refusal(path):  # the libraries' part: each sheet's first rows
        sheets = [
            (sheet, list(sheet.iter_rows(max_row=HEADER_ROWS, values_only=True)))
            for sheet in workbook.worksheets
        ]
        records = _records(workbook)
    for sheet, top in sheets:
        for number, row in enumerate(top, start=1):
            names = {
                str(v).strip(): i
                for i, v in enumerate(row)
                if isinstance(v, str) and v.strip() in READ
            }
            if not _roster_header(names):
                continue
            missing = [c for c in REQUIRED if c not in names]
            if missing:
                raise _refuse(
                    "import_columns_missing", path, columns=", ".join(missing), row=number
                )
            return RosterFile(path, workbook, sheet, number, names, records)
    raise _refuse("import_no_header", path)


def _records(workbook: Workbook) -> str | None:
    identifier = workbook.properties.identifier or ""
    return (
        identifier.removeprefix(RECORDS_PREFIX) if identifier.startswith(RECORDS_PREFIX) else None
    )


def _roster_header(names: dict[str, int]) -> bool:
    """A row that names the roster's columns: at least two of them, and more than what
    other sheets also have (our 만료 예정 sheet has 구분, 기업명 and 호실 too)."""
    return len(names) >= 2 and bool(set(names) - {TENANT_NAME, ENTITY, ROOM})


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: object) -> str | None:
    if _blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _line(number: int, cells: dict[str, Any], given: frozenset[str]) -> RosterLine:
    problems: list[Problem] = []
    values: dict[str, Any] = {}
    for name, cell in cells.items():
        try:
            if cell.data_type == "f":
                raise DomainError("import_formula", field=name, value=str(cell.value))
            values[name] = _value(name, cell.value)
        except DomainError as error:
            problems.append(Problem(number, name, error))
    for name in REQUIRED:
        if values.get(name) is None and not any(p.column == name for p in problems):
            problems.append(
                Problem(number, name, DomainError("import_required", field=name, column=name))
            )
    terms = [c for c in LEASE_COLUMNS if c != ROOM and values.get(c) is not None]
    if terms and not values.get(ROOM) and not any(p.column == ROOM for p in problems):
        problems.append(  # lease terms without a room would be dropped unseen
            Problem(
                number,
                ROOM,
                DomainError("import_terms_without_room", field="room", columns=", ".join(terms)),
            )
        )
    if (
        values.get(ROOM)
        and values.get(START) is None
        and not any(p.column == START for p in problems)
    ):
        problems.append(
            Problem(
                number,
                START,
                DomainError("import_required", field="start", column=START),
            )
        )
    brn, room = values.get(BRN), values.get(ROOM)
    if problems:
        return RosterLine(number, None, given, None, tuple(problems), brn, room)
    fields: dict[str, Any] = {TENANT_COLUMNS[c]: values.get(c) for c in TENANT_COLUMNS}
    tenant = TenantInput(
        entity=values[ENTITY],
        new_industry=bool(values.get(NEW_INDUSTRY)),
        **fields,
    )
    lease = None
    if values.get(ROOM):
        lease = LeaseTerms(
            room=values[ROOM],
            start=values[START],
            end=values.get(KOREAN[Heading.END]),
            deposit=values.get(KOREAN[Heading.DEPOSIT_WON]),
            rent=values.get(KOREAN[Heading.RENT_WON]),
            fee=values.get(KOREAN[Heading.FEE_WON]),
            seats=values.get(SEATS),
            override_reason=values.get(OVERRIDE_REASON),
        )
    return RosterLine(number, tenant, given, lease, (), brn, room, values.get(TENANT_ID))


def _value(name: str, raw: object) -> object:
    """One cell as the rules expect it; accepts what people type."""
    if _blank(raw):
        return None
    if isinstance(raw, bool) and name != NEW_INDUSTRY:  # TRUE is no amount, date or name
        raise DomainError("import_true_false", field=name, column=name)
    if name in DATES:
        if isinstance(raw, datetime):
            return check_day(raw.date(), DATES[name])
        if isinstance(raw, date):
            return check_day(raw, DATES[name])
        return parse_typed_date(str(raw), DATES[name])
    if name in MONEY:
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        return parse_won(raw if isinstance(raw, int) else str(raw), MONEY[name])
    text = _text(raw)
    assert text is not None
    if name == ENTITY:
        return parse_entity_type(text)
    if name == BRN:
        digits = brn_digits(text)
        return format_brn(digits) if digits else text
    if name == KOREAN[Heading.CORPORATION_NO]:
        return without_separators(text)
    if name == NEW_INDUSTRY:
        return text.upper() in ("Y", "O", "예", "TRUE", "1", NEW_INDUSTRY)
    if name in (EMPLOYEES, SEATS, TENANT_ID):
        return parse_whole(text, name)
    return text
