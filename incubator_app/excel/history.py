"""The change history workbook (변경 이력): one row per entry, oldest first, with the
newest entry's hash in the print footer (the same as the documents carry)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from incubator_app.domain.errors import Language, message
from incubator_app.domain.headings import HISTORY_HEADINGS, headings
from incubator_app.domain.history import Head
from incubator_app.domain.history_text import Names
from incubator_app.excel.cells import (
    CancelledError,
    Columns,
    Progress,
    header,
    layout,
    writing,
)
from incubator_app.excel.roster import STATION
from incubator_app.services.history import Entry, cells

SHEET = "변경 이력"
WIDTHS = (7, 19, 12, 10, 30, 16, 80)
MOMENT = "yyyy-mm-dd hh:mm:ss"
FORMATS = (None, MOMENT, None, None, None, None, None)
CENTRED = frozenset({0, 1, 3})  # 번호, 일시, 작업
WRAPPED = frozenset({4, 6})  # 기록, 바뀐 내용: on as many lines as they need


def write_history(
    path: Path,
    entries: Sequence[Entry],
    names: Names,
    head: Head,
    language: Language = "ko",
    progress: Progress | None = None,
) -> int:
    """The entries from cell A1; the rows written."""
    with writing(path) as workbook:
        sheet = workbook.create_sheet(SHEET)
        layout(sheet, WIDTHS, 1, 1 + len(entries), landscape=True)
        sheet.oddHeader.center.text = f"{STATION} {SHEET}"
        footer = message("history_footer", language, head=head.shown)
        sheet.oddFooter.left.text = footer
        sheet.oddFooter.left.size = 7
        sheet.append(header(sheet, headings(HISTORY_HEADINGS, language)))
        columns = Columns(sheet, FORMATS, CENTRED, WRAPPED)
        for done, entry in enumerate(entries, 1):
            if progress is not None and done % 1_000 == 0 and not progress(done, len(entries)):
                raise CancelledError
            _number, _when, *words = cells(entry, names, language)
            sheet.append(columns.row((entry.id, entry.at, *words)))
    return len(entries)
