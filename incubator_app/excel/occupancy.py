"""The occupancy workbook (층별 현황): floors, vacant rooms, and what ends soon."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from incubator_app.domain.alerts import AlertCode
from incubator_app.domain.building import pyeong
from incubator_app.domain.headings import FLOOR_HEADINGS, VACANT_HEADINGS, Heading, headings
from incubator_app.domain.labels import kind_name
from incubator_app.domain.periods import public_date
from incubator_app.excel.cells import AREA, PERCENT, Value, cell, header, layout, title, writing
from incubator_app.excel.roster import STATION
from incubator_app.services.occupancy import FloorOccupancy, OccupancyReport

# Days as a number (it sorts and filters as one), shown D-45 / D-day / D+3.
D_DAY = '"D-"0;"D+"0;"D-day"'
FLOORS = "층별 현황"
VACANT = "공실"
ENDING = "만료 예정"
FLOOR_FORMATS = (None, None, None, None, PERCENT, None, None, AREA, AREA, PERCENT, None, None)


def write_occupancy(path: Path, report: OccupancyReport) -> None:
    with writing(path) as workbook:
        _floors(workbook, report)
        _vacant(workbook, report)
        _ending(workbook, report)


def _floors(workbook: Workbook, report: OccupancyReport) -> None:
    sheet = workbook.create_sheet(FLOORS)
    rows = [*report.occupancy.floors, report.occupancy.total]
    layout(sheet, (8, 8, 11, 7, 15, 9, 12, 13, 13, 14, 11, 10), 4, 4 + len(rows), landscape=True)
    sheet.append([title(sheet, f"{STATION} 층별 입주 현황")])
    sheet.append([f"기준일 {public_date(report.as_of)}"])
    sheet.append([])
    sheet.append(header(sheet, headings(FLOOR_HEADINGS)))
    for floor in rows:
        sheet.append(_floor_row(sheet, floor))


def _floor_row(sheet: WriteOnlyWorksheet, floor: FloorOccupancy) -> list[Cell | Value]:
    return [
        cell(sheet, value, number_format)
        for value, number_format in zip(floor.figures(), FLOOR_FORMATS, strict=True)
    ]


def _vacant(workbook: Workbook, report: OccupancyReport) -> None:
    sheet = workbook.create_sheet(VACANT)
    layout(sheet, (8, 8, 18, 10, 13, 10), 4, 4 + len(report.vacant), landscape=False)
    sheet.append([title(sheet, f"{STATION} 공실")])
    sheet.append([f"기준일 {public_date(report.as_of)}"])
    sheet.append([])
    sheet.append(header(sheet, headings((*VACANT_HEADINGS, Heading.PYEONG))))
    for room in report.vacant:
        area = room.area_m2
        sheet.append(
            [
                cell(sheet, room.floor_label),
                cell(sheet, room.number),
                cell(sheet, room.name),
                cell(sheet, kind_name(room.kind)),
                cell(sheet, area, AREA),
                cell(sheet, pyeong(area) if area is not None else None, AREA),
            ]
        )


ENDING_HEADINGS = (
    Heading.REASON,
    Heading.TENANT_NAME,
    Heading.ROOM,
    Heading.ENDS_ON,
    Heading.D_DAY,
)


def _ending(workbook: Workbook, report: OccupancyReport) -> None:
    wanted = {AlertCode.LEASE_ENDING: "계약 만료", AlertCode.AGING_OUT: "초기창업 만료(졸업 예정)"}
    lines = report.endings(wanted)
    sheet = workbook.create_sheet(ENDING)
    layout(sheet, (26, 30, 16, 12, 9), 4, 4 + len(lines), landscape=False)
    window = report.alert_window_days
    sheet.append([title(sheet, f"{STATION} {window}일 안에 만료 예정 (계약·초기창업)")])
    sheet.append([f"기준일 {public_date(report.as_of)}"])
    sheet.append([])
    sheet.append(header(sheet, headings(ENDING_HEADINGS)))
    for line in lines:
        sheet.append(
            [
                cell(sheet, wanted[line.code]),
                cell(sheet, line.tenant),
                cell(sheet, line.rooms),
                cell(sheet, line.due),
                cell(sheet, line.days, D_DAY),
            ]
        )
