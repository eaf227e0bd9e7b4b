"""A month's money as a workbook: its charges and adjustments (청구 내역) and who owes
what past its due date (미납 현황), amounts as typed won, dates as dates, each sheet
ending in its totals and carrying the history's newest entry in its print footer."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, cast

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from incubator_app.domain.errors import Language, message
from incubator_app.domain.headings import ARREARS_HEADINGS, CHARGE_HEADINGS, headings
from incubator_app.domain.periods import public_date
from incubator_app.excel.cells import (
    DATE,
    HEADER_FONT,
    MONEY,
    Columns,
    Value,
    header,
    layout,
    title,
    writing,
)
from incubator_app.excel.roster import STATION
from incubator_app.services.billing import ChargeLine, charge_cells
from incubator_app.services.billing_invoices import MonthBook

CHARGES = "청구 내역"
ARREARS = "미납 현황"
CHARGE_WIDTHS = (9, 24, 8, 7, 12, 11, 12, 10, 12, 12, 12, 12)
CHARGE_FORMATS = (None, None, None, None, MONEY, MONEY, MONEY, MONEY, MONEY, DATE, MONEY, MONEY)
ARREARS_WIDTHS = (9, 28, 14, 16, 10)
ARREARS_FORMATS = (None, None, MONEY, DATE, "#,##0")
SUMMED = (4, 5, 6, 7, 8, 10, 11)  # the amounts' columns, totalled on the last line
FIRST_ROW = 3  # a title, a blank line, then the header


def write_charges(path: Path, book: MonthBook, language: Language = "ko") -> int:
    """Both sheets; the charge rows written."""
    month, lines, owing, as_of, head = book.month, book.lines, book.owing, book.as_of, book.head
    footer = message("history_footer", language, head=head.shown)
    with writing(path) as workbook:
        sheet = workbook.create_sheet(CHARGES)
        layout(sheet, CHARGE_WIDTHS, FIRST_ROW, FIRST_ROW + len(lines), landscape=True)
        named = f"{STATION} {month.year}년 {month.month}월 {CHARGES}"
        sheet.oddHeader.center.text = named
        sheet.oddFooter.left.text = footer
        sheet.oddFooter.left.size = 7
        _titled(sheet, named, as_of)
        sheet.append(header(sheet, headings(CHARGE_HEADINGS, language)))
        columns = Columns(sheet, CHARGE_FORMATS, centred=frozenset({2, 3}))
        for line in lines:
            sheet.append(columns.row(charge_cells(line, language)))
        totals: list[Value] = [None] * len(CHARGE_HEADINGS)
        totals[1] = message("total", language)
        for index, amount in zip(SUMMED, _amounts(lines), strict=True):
            totals[index] = amount
        sheet.append(_bold(sheet, totals))
        sheet = workbook.create_sheet(ARREARS)
        layout(sheet, ARREARS_WIDTHS, FIRST_ROW, FIRST_ROW + len(owing), landscape=False)
        sheet.oddHeader.center.text = f"{STATION} {ARREARS}"
        sheet.oddFooter.left.text = footer
        sheet.oddFooter.left.size = 7
        _titled(sheet, f"{STATION} {ARREARS}", as_of)
        sheet.append(header(sheet, headings(ARREARS_HEADINGS, language)))
        columns = Columns(sheet, ARREARS_FORMATS)
        for found in owing:
            sheet.append(
                columns.row(
                    (
                        found.tenant_id,
                        found.name,
                        found.balance,
                        found.oldest_due,
                        found.days_overdue,
                    )
                )
            )
        owed = sum(a.balance for a in owing)
        sheet.append(_bold(sheet, [None, message("total", language), owed, None, None]))
    return len(lines)


def _titled(sheet: WriteOnlyWorksheet, text: str, as_of: date) -> None:
    """The title, and the day the sheet counts payments to."""
    sheet.append([title(sheet, text)])
    sheet.append([f"기준일 {public_date(as_of)}"])


def _bold(sheet: WriteOnlyWorksheet, values: Sequence[Value]) -> list[Cell]:
    """A totals line: bold, money as money."""
    out = []
    for value in values:
        total = WriteOnlyCell(sheet, value=cast(Any, value))
        total.font = HEADER_FONT
        if isinstance(value, int):
            total.number_format = MONEY
        out.append(total)
    return out


def _amounts(lines: Sequence[ChargeLine]) -> tuple[int, ...]:
    """The month's rent, fee, supply, VAT, total, paid and balance."""
    return tuple(
        sum(figures)
        for figures in zip(
            *(
                (a.rent, a.fee, a.supply, a.vat, a.total, line.paid, line.balance)
                for line in lines
                for a in (line.amounts,)
            ),
            strict=True,
        )
    ) or (0,) * len(SUMMED)
