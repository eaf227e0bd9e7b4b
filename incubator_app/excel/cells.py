"""Typed, formula-safe cells and the workbook plumbing every sheet shares."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, time
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from incubator_app import files
from incubator_app.domain import palette
from incubator_app.domain.errors import CancelledError

__all__ = ["CancelledError"]

DATE = "yyyy-mm-dd"
MONEY = "#,##0"
AREA = "#,##0.00"
PERCENT = "0.0"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
REPLACEMENT = "\ufffd"
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor=palette.EXCEL_HEADING_FILL)
TITLE_FONT = Font(bold=True, size=14)
# Short figures, dates and times centred: a right-aligned number beside left-aligned text
# reads as one ("1" and "2층" as "12층").
CENTRE = Alignment(horizontal="center")
WRAPPED = Alignment(wrap_text=True, vertical="top")  # long text on lines of its own column

Value = str | int | Decimal | date | time | None
# Called with (rows done, rows in all); returns False to stop between rows.
Progress = Callable[[int, int], bool]


def cell(sheet: WriteOnlyWorksheet, value: Value, number_format: str | None = None) -> Cell | Value:
    """A typed cell: dates as dates, numbers as numbers, and text never read as a formula.

    Plain text and unformatted numbers go out as bare values (openpyxl's own
    fast path); only what needs a format or protection becomes a styled cell.
    """
    if isinstance(value, str):
        value = legible(value)
    formula_like = isinstance(value, str) and value.startswith(FORMULA_STARTS)
    if value is None or not (formula_like or number_format):
        return value  # a bare date is shown as DATE by openpyxl itself
    out = WriteOnlyCell(sheet, value=cast(Any, value))
    if formula_like:
        out.data_type = "s"
    if number_format:
        out.number_format = number_format
    return out


class Columns:
    """Row cells for a write-only sheet whose columns each have one format.

    A write-only sheet writes each row out as it is appended, so one styled cell
    per formatted column can carry row after row: no style lookups per cell.
    Unformatted columns pass bare values, except text that would read as a formula.
    """

    def __init__(
        self,
        sheet: WriteOnlyWorksheet,
        formats: tuple[str | None, ...],
        centred: frozenset[int] = frozenset(),
        wrapped: frozenset[int] = frozenset(),
    ) -> None:
        self.sheet = sheet
        self.styled: list[tuple[int, Cell]] = []
        self.plain: list[int] = []
        for index, number_format in enumerate(formats):
            # openpyxl shows a bare date as DATE itself; an aligned column needs a style
            if (number_format and number_format != DATE) or index in centred | wrapped:
                styled = WriteOnlyCell(sheet)
                if number_format:
                    styled.number_format = number_format
                if index in centred:
                    styled.alignment = CENTRE
                elif index in wrapped:
                    styled.alignment = WRAPPED
                self.styled.append((index, styled))
            else:
                self.plain.append(index)

    def row(self, values: Sequence[Value]) -> list[Cell | Value]:
        out: list[Cell | Value] = list(values)
        for index, styled in self.styled:
            value = out[index]
            if value is not None:
                if isinstance(value, str):
                    value = legible(value)
                styled.value = cast(Any, value)
                if isinstance(value, str) and value.startswith(FORMULA_STARTS):
                    styled.data_type = "s"  # text, never a formula
                out[index] = styled
        for index in self.plain:
            value = out[index]
            if isinstance(value, str):
                value = legible(value)
                out[index] = cell(self.sheet, value) if value.startswith(FORMULA_STARTS) else value
        return out


def legible(text: str) -> str:
    """Text a worksheet can hold. What the services store is clean already; a record
    kept from before they cleaned it shows U+FFFD for a control character instead of
    stopping the whole export."""
    if ILLEGAL_CHARACTERS_RE.search(text) is None:
        return text
    return ILLEGAL_CHARACTERS_RE.sub(REPLACEMENT, text)


def header(sheet: WriteOnlyWorksheet, names: tuple[str, ...]) -> list[Cell]:
    cells = []
    for name in names:
        out = WriteOnlyCell(sheet, value=name)
        out.font = HEADER_FONT
        out.fill = HEADER_FILL
        out.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cells.append(out)
    return cells


def title(sheet: WriteOnlyWorksheet, text: str) -> Cell:
    out = WriteOnlyCell(sheet, value=text)
    out.font = TITLE_FONT
    return out


def layout(
    write_only: WriteOnlyWorksheet,
    widths: tuple[int, ...],
    header_row: int,
    last_row: int,
    *,
    landscape: bool,
    printed_columns: int | None = None,
    pages_wide: int = 1,
) -> None:
    """Column widths, frozen header, filter, A4 fit to ``pages_wide`` pages wide, repeated
    header, page numbers; only the first ``printed_columns`` columns printed, if given.

    Write-only sheets take these before their first row; ``last_row`` is known
    from the row count the caller was given.
    """
    sheet = cast(Worksheet, write_only)  # a write-only sheet passes these through to its worksheet
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    last_column = get_column_letter(len(widths))
    sheet.freeze_panes = f"A{header_row + 1}"
    sheet.auto_filter.ref = f"A{header_row}:{last_column}{max(last_row, header_row)}"
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    if printed_columns is not None:
        sheet.print_area = f"A1:{get_column_letter(printed_columns)}{max(last_row, header_row)}"
    sheet.page_setup.fitToWidth = pages_wide
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.oddFooter.center.text = "&P / &N"  # type: ignore[union-attr]


def check_target(path: Path) -> Path:
    """An .xlsx path in a folder that exists: refused before any work is done."""
    return files.check_target(path, ".xlsx", "export_not_xlsx")


@contextmanager
def writing(path: Path) -> Iterator[Workbook]:
    """A write-only workbook saved to ``path`` when the block ends well.

    If the block fails or is stopped, each sheet's stream is closed and nothing
    is written; an existing file at ``path`` stays as it was.
    """
    path = check_target(path)
    workbook = Workbook(write_only=True)
    try:
        yield workbook
        save(workbook, path)
    except BaseException:
        for sheet in workbook.worksheets:
            sheet.close()  # each sheet's stream ends here, not in the garbage collector
        raise


def save(workbook: Workbook, path: Path) -> None:
    files.write_whole(check_target(path), lambda temporary: workbook.save(temporary))
