"""파일 ▸ 인쇄 미리보기 / 인쇄 / PDF로 저장: the occupancy summary, the roster, and the
week schedule of the shared spaces shown on the 공용공간 예약 page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from incubator_app.domain.errors import DomainError, message
from incubator_app.reports import occupancy as occupancy_print
from incubator_app.reports import roster as roster_print
from incubator_app.reports import schedule as schedule_print
from incubator_app.reports.document import page_layout, paint, printed_on, write_pdf
from incubator_app.services.booking_lists import week_bookings
from incubator_app.services.clock import seoul_today
from incubator_app.services.history import history_head
from incubator_app.services.occupancy import occupancy_report
from incubator_app.services.roster import roster_on
from incubator_app.ui.actions import Printout
from incubator_app.ui.desk import Desk

FILE_NAMES = {
    Printout.OCCUPANCY: "입주현황",
    Printout.ROSTER: "입주기업현황",
    Printout.SCHEDULE: "주간예약표",
}


class PrintActions(QObject):
    """The documents on the desk's 기준일, the week schedule on the week and space
    ``schedule`` names; the file question is a method tests replace."""

    def __init__(
        self, window: QMainWindow, desk: Desk, schedule: Callable[[], tuple[date, str | None]]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.desk = desk
        self.schedule = schedule

    def document(self, which: Printout) -> tuple[QTextDocument, str, bool]:
        """The document, its title and whether it is landscape."""
        day = self.desk.as_of
        if which is Printout.SCHEDULE:
            monday, space = self.schedule()
            week = self.desk.read(lambda s: week_bookings(s, monday, space))
            return schedule_print.week_schedule(week), schedule_print.TITLE, True
        if which is Printout.OCCUPANCY:
            report = self.desk.read(lambda s: occupancy_report(s, day))
            return occupancy_print.occupancy_summary(report), occupancy_print.TITLE, False
        entries = self.desk.read(lambda s: list(roster_on(s, day)))
        return roster_print.roster_print(entries, day), roster_print.TITLE, True

    def preview(self, which: Printout) -> None:
        self._with_printer(which, lambda printer: QPrintPreviewDialog(printer, self.window))

    def print(self, which: Printout) -> None:
        self._with_printer(which, lambda printer: QPrintDialog(printer, self.window))

    def _with_printer(
        self, which: Printout, dialog: Callable[[QPrinter], QPrintPreviewDialog | QPrintDialog]
    ) -> None:
        try:
            document, title, landscape = self.document(which)
        except DomainError as error:
            self._refused(error)
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(landscape))
        printer.setDocName(title)
        shown = dialog(printer)
        footer = printed_on(seoul_today(), self.desk.read(history_head))
        if isinstance(shown, QPrintPreviewDialog):
            shown.paintRequested.connect(lambda device: paint(document, device, footer))
            shown.exec()
        elif shown.exec() == QPrintDialog.DialogCode.Accepted:
            paint(document, printer, footer)

    def ask_pdf(self, suggested: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("PDF로 저장"), str(Path.home() / suggested), "PDF (*.pdf)"
        )
        return Path(chosen) if chosen else None

    def save_pdf(self, which: Printout) -> Path | None:
        day = (self.schedule()[0] if which is Printout.SCHEDULE else self.desk.as_of).isoformat()
        path = self.ask_pdf(f"{FILE_NAMES[which]}_{day}.pdf")
        if path is None:
            return None
        try:
            document, title, landscape = self.document(which)
            footer = printed_on(seoul_today(), self.desk.read(history_head))
            pages = write_pdf(document, path, title, footer, landscape=landscape)
        except DomainError as error:
            self._refused(error)
            return None
        text = message("printed", self.desk.language, path=path, pages=pages)
        self.window.statusBar().showMessage(text, 15_000)
        return path

    def _refused(self, error: DomainError) -> None:
        QMessageBox.warning(self.window, self.tr("인쇄"), error.text(self.desk.language))
