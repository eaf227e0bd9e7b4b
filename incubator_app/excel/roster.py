"""The tenant roster workbook (입주기업 현황): one row per lease, and a summary sheet."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from incubator_app.domain.building import SpaceKind
from incubator_app.domain.eligibility import Stage
from incubator_app.domain.headings import Heading, headings
from incubator_app.domain.identifiers import EntityType, format_corporation_number
from incubator_app.domain.labels import stage_name
from incubator_app.domain.periods import public_date
from incubator_app.excel.cells import (
    AREA,
    DATE,
    MONEY,
    CancelledError,
    Columns,
    Progress,
    Value,
    cell,
    header,
    layout,
    title,
    writing,
)
from incubator_app.services.occupancy import Occupancy
from incubator_app.services.roster import RosterEntry

STATION = "빛고을 창업스테이션"
RECORDS_PREFIX = "stag-records:"  # the workbook's identifier: whose 기업 IDs these are
SHEET = "입주기업"
SUMMARY = "요약"
ROSTER_HEADINGS = (
    Heading.NUMBER, Heading.FLOOR, Heading.ROOM, Heading.TENANT_NAME, Heading.REPRESENTATIVE,
    Heading.BRN, Heading.CORPORATION_NO, Heading.ENTITY, Heading.STARTED_ON, Heading.STAGE,
    Heading.EARLY_STAGE_UNTIL, Heading.SECTOR, Heading.START, Heading.END, Heading.AREA,
    Heading.DEPOSIT_WON, Heading.RENT_WON, Heading.FEE_WON, Heading.EMPLOYEES, Heading.PHONE,
    Heading.EMAIL, Heading.NOTES,
    # after the contract's columns, what a re-import needs to rebuild the same records
    # (기업 ID tells apart pre-founders who share a name):
    Heading.NEW_INDUSTRY, Heading.SEATS, Heading.OVERRIDE_REASON, Heading.TENANT_ID,
)  # fmt: skip
HEADERS = headings(
    ROSTER_HEADINGS
)  # in Korean, whatever the reader's language: the import reads them
WIDTHS = (
    6, 6, 8, 30, 10, 15, 16, 6, 12, 12, 15, 16, 12, 12, 12, 14, 14, 14, 9, 15, 28, 30, 7, 6, 30, 8,
)  # fmt: skip
NEW_INDUSTRY = "Y"
FORMATS = (
    None, None, None, None, None, None, None, None, DATE, None, DATE, None, DATE, DATE, AREA,
    MONEY, MONEY, MONEY, None, None, None, None, None, None, None, None,
)  # fmt: skip
HEADER_ROW = 4  # below the title block
CENTRED = frozenset(  # the figures and dates that text follows (a styled cell costs time)
    ROSTER_HEADINGS.index(h)
    for h in (
        Heading.NUMBER,
        Heading.STARTED_ON,
        Heading.EARLY_STAGE_UNTIL,
        Heading.EMPLOYEES,
        Heading.SEATS,
    )
)
# On paper: the contract's 22 columns, two A4 pages wide (legible type); the columns
# for a re-import stay on screen only.
PRINTED_COLUMNS = 22


def write_roster(
    path: Path,
    entries: Iterable[RosterEntry],
    as_of: date,
    occupancy: Occupancy,
    total: int,
    progress: Progress | None = None,
    *,
    records: str,
) -> int:
    """Stream the roster into ``path`` (write-only, flat memory); the number of rows written.

    ``total`` is the number of entries (for the filter range and the progress
    callback, which may stop the export between rows: ``CancelledError``).
    ``records``: the exporting database's identity, kept in the workbook's properties
    so that only that database trusts the 기업 ID column on import.
    """
    with writing(path) as workbook:
        workbook.properties.identifier = f"{RECORDS_PREFIX}{records}"
        return _write(workbook, entries, as_of, occupancy, total, progress)


def _write(
    workbook: Workbook,
    entries: Iterable[RosterEntry],
    as_of: date,
    occupancy: Occupancy,
    total: int,
    progress: Progress | None,
) -> int:
    sheet = workbook.create_sheet(SHEET)
    layout(
        sheet,
        WIDTHS,
        HEADER_ROW,
        HEADER_ROW + total,
        landscape=True,
        printed_columns=PRINTED_COLUMNS,
        pages_wide=2,
    )
    sheet.oddHeader.center.text = f"{STATION} 입주기업 현황 ({public_date(as_of)} 기준)"
    sheet.append([title(sheet, f"{STATION} 입주기업 현황")])
    sheet.append([f"기준일 {public_date(as_of)}"])
    sheet.append([])
    sheet.append(header(sheet, HEADERS))
    entities: Counter[EntityType] = Counter()
    stages: Counter[Stage] = Counter()
    seen: set[int] = set()
    written = 0
    columns = Columns(sheet, FORMATS, CENTRED)
    for written, entry in enumerate(entries, start=1):
        sheet.append(columns.row(_values(written, entry)))
        if entry.tenant.id not in seen:
            seen.add(entry.tenant.id)
            entities[entry.tenant.entity] += 1
            stages[entry.tenant.stage] += 1
        if progress is not None and written % 500 == 0 and not progress(written, total):
            raise CancelledError
    _summary(workbook, as_of, occupancy, entities, stages)
    if progress is not None:
        progress(written, total)
    return written


def _values(number: int, entry: RosterEntry) -> tuple[Value, ...]:
    tenant, lease = entry.tenant, entry.lease
    corporation = (
        format_corporation_number(tenant.corporation_no) if tenant.corporation_no else None
    )
    return (
        number,
        f"{lease.floor}층" if lease else None,
        lease.room if lease else None,
        tenant.name,
        tenant.representative,
        tenant.brn,
        corporation,
        tenant.entity.value,
        tenant.started_on,
        stage_name(tenant.stage),
        tenant.early_stage_until,
        tenant.sector,
        lease.start if lease else None,
        lease.effective_end if lease else None,
        lease.area_m2 if lease and lease.kind is not SpaceKind.COWORKING else None,
        lease.deposit if lease else None,
        lease.rent if lease else None,
        lease.fee if lease else None,
        tenant.employees,
        tenant.phone,
        tenant.email,
        tenant.notes,
        NEW_INDUSTRY if tenant.new_industry else None,
        lease.seats if lease else None,
        lease.override_reason if lease else None,
        tenant.id,
    )


def _summary(
    workbook: Workbook,
    as_of: date,
    occupancy: Occupancy,
    entities: Counter[EntityType],
    stages: Counter[Stage],
) -> None:
    sheet = workbook.create_sheet(SUMMARY)
    layout(sheet, (22, 12, 12), 3, 3, landscape=False)
    sheet.append([title(sheet, f"{STATION} 입주기업 요약")])
    sheet.append([f"기준일 {public_date(as_of)}"])
    sheet.append(header(sheet, ("항목", "수", "전체")))
    for entity in EntityType:
        sheet.append([f"구분: {entity.value}", entities[entity], None])
    for stage in Stage:
        sheet.append([f"업력구분: {stage_name(stage)}", stages[stage], None])
    t = occupancy.total
    sheet.append(["입주 보육실", t.startup_occupied, t.startup_rooms])
    sheet.append(["입주 투자사실", t.investor_occupied, t.investor_rooms])
    sheet.append(["코워킹 사용 좌석", t.coworking_used, t.coworking_seats])
    sheet.append(
        [
            cell(sheet, "보육실 입주 면적(㎡)"),
            cell(sheet, t.occupied_area_m2, AREA),
            cell(sheet, t.leasable_area_m2, AREA),
        ]
    )
