"""Laying a document out on A4 pages: the body page by page, "1 / 3" and the printed-on
date in the footer; PDF files written whole or not at all."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from incubator_app.domain import palette
from incubator_app.domain.errors import message
from incubator_app.domain.history import Head
from incubator_app.domain.periods import public_date
from incubator_app.files import check_target, write_whole
from incubator_app.reports.fonts import document_font

MARGIN_MM = 15.0
FOOTER_INCH = 0.35  # below the body, for the page numbers
BODY_POINTS = 9.5
STATION = "빛고을 창업스테이션"
STYLE = f"""
h1 {{ font-size: 17pt; font-weight: bold; margin-bottom: 2pt; }}
h2 {{ font-size: 12pt; font-weight: bold; margin-top: 14pt; margin-bottom: 4pt; }}
p.sub {{ color: {palette.INK}; margin-top: 0; }}
table.grid {{ border-collapse: collapse; }}
table.grid th {{ background: {palette.HEADING_FILL}; font-weight: bold; padding: 3px; }}
table.grid td {{ padding: 3px; }}
td.n {{ text-align: right; }}
tr.total td {{ font-weight: bold; background: {palette.TOTAL_FILL}; }}
"""


def gui_application() -> None:
    """Documents need a QGuiApplication (fonts); the command line has none, and may have
    no screen either: Qt's offscreen platform draws without one."""
    if QGuiApplication.instance() is not None:
        return
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QGuiApplication(sys.argv[:1])


def printed_on(day: date, head: Head) -> str:
    """The footer's left side: when the document was printed, and the change history's
    newest entry as it stood (a history rewritten since disagrees with the paper)."""
    return f"출력 {public_date(day)} · {message('history_footer', 'ko', head=head.shown)}"


def page_layout(landscape: bool) -> QPageLayout:
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        orientation,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def html_document(body: str) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(document_font(BODY_POINTS))
    document.setDefaultStyleSheet(STYLE)
    document.setHtml(body)
    return document


def table(
    headers: tuple[str, ...],
    rows: Sequence[Sequence[str]],
    numeric: set[int],
    *,
    total_last: bool = False,
) -> str:
    """A grid whose header row repeats on every page it runs onto."""
    head = "".join(f"<th>{heading(h)}</th>" for h in headers)
    lines = []
    for number, row in enumerate(rows, start=1):
        total = ' class="total"' if total_last and number == len(rows) else ""
        cells = "".join(
            f'<td class="n">{escape(v)}</td>' if i in numeric else f"<td>{escape(v)}</td>"
            for i, v in enumerate(row)
        )
        lines.append(f"<tr{total}>{cells}</tr>")
    return (
        '<table class="grid" border="1" cellspacing="0" cellpadding="3" width="100%">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(lines)}</tbody></table>"
    )


def heading(text: str) -> str:
    """A column heading with its unit in brackets on a line of its own ("임대면적" /
    "(㎡)"), so that a narrow column never breaks inside the brackets."""
    name, bracket, unit = text.partition("(")
    if not (bracket and name):
        return escape(text)
    return f"{escape(name.strip())}<br>({escape(unit)}"


def listing(headers: tuple[str, ...], rows: Sequence[Sequence[str]], numeric: set[int]) -> str:
    """A table, or "없음" when there is nothing to list."""
    return table(headers, rows, numeric) if rows else "<p>없음</p>"


def paint(document: QTextDocument, device: QPagedPaintDevice, footer: str) -> int:
    """Lay ``document`` out on the device's pages, "n / N" centred and ``footer`` on the
    left under each; the number of pages."""
    dpi = device.logicalDpiY()
    area = device.pageLayout().paintRectPixels(dpi)
    below = FOOTER_INCH * dpi
    body = QSizeF(area.width(), area.height() - below)
    document.documentLayout().setPaintDevice(device)
    document.setPageSize(body)
    pages = document.pageCount()
    painter = QPainter(device)
    painter.setFont(document_font(8))
    for number in range(pages):
        if number:
            device.newPage()
        top = number * body.height()
        painter.save()
        painter.translate(0, -top)
        document.drawContents(painter, QRectF(0, top, body.width(), body.height()))
        painter.restore()
        strip = QRectF(0, body.height(), body.width(), below)
        painter.drawText(strip, Qt.AlignmentFlag.AlignCenter, f"{number + 1} / {pages}")
        painter.drawText(strip, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, footer)
    painter.end()
    return pages


def check_pdf_target(path: Path) -> Path:
    return check_target(path, ".pdf", "print_not_pdf")


def write_pdf(
    document: QTextDocument, path: Path, title: str, footer: str, *, landscape: bool
) -> int:
    """The document as a PDF at ``path`` (text embedded and selectable); its page count."""
    pages = 0

    def write(temporary: Path) -> None:
        nonlocal pages
        writer = QPdfWriter(str(temporary))
        writer.setPageLayout(page_layout(landscape))
        writer.setResolution(300)
        writer.setTitle(title)
        writer.setCreator(STATION)
        pages = paint(document, writer, footer)

    write_whole(check_pdf_target(path), write)
    return pages
