"""파일 ▸ Excel: the roster and occupancy workbooks out, a roster in; all off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from incubator_app.domain.backups import Reason
from incubator_app.domain.errors import CancelledError, DomainError, message
from incubator_app.domain.headings import Heading, heading
from incubator_app.domain.history import Head
from incubator_app.domain.history_text import Names
from incubator_app.excel.bookings import write_bookings
from incubator_app.excel.history import write_history
from incubator_app.excel.occupancy import write_occupancy
from incubator_app.excel.roster import write_roster
from incubator_app.excel.roster_reader import open_roster
from incubator_app.services.backups import back_up_first
from incubator_app.services.booking_lists import list_bookings
from incubator_app.services.clock import seoul_today
from incubator_app.services.history import Entry, Wanted, history, history_head, names_in
from incubator_app.services.occupancy import occupancy_on, occupancy_report
from incubator_app.services.roster import records_id, roster_on, roster_size
from incubator_app.services.roster_import import ImportRefusedError, ImportReport, import_roster
from incubator_app.services.roster_lines import Problem
from incubator_app.ui.desk import Change, Desk
from incubator_app.ui.table import Column, RowsModel, table_view
from incubator_app.ui.work import Progress, run_with_progress

WORKBOOKS = "Excel (*.xlsx)"
Result = TypeVar("Result")


class ProblemsDialog(QDialog):
    """Every problem of a refused import, as 행, 열, 사유; nothing was written."""

    def __init__(self, problems: list[Problem], desk: Desk, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("가져오지 않았습니다"))
        language = desk.language
        self.model: RowsModel[Problem] = RowsModel(
            [
                Column(
                    heading(Heading.ROW, language),
                    lambda p: str(p.row),
                    key=lambda p: p.row,
                    numeric=True,
                ),
                Column(heading(Heading.COLUMN, language), lambda p: p.column),
                Column(heading(Heading.REASON, language), lambda p: p.error.text(language)),
            ]
        )
        self.model.set_rows(problems)
        view = table_view(self.model)
        view.resizeColumnToContents(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(message("import_refused", language, count=len(problems))))
        layout.addWidget(view)
        layout.addWidget(buttons)
        self.resize(900, 480)


class ExcelActions(QObject):
    """What the Excel menu items do; the file questions are methods tests replace."""

    def __init__(self, window: QMainWindow, desk: Desk) -> None:
        super().__init__(window)
        self.window = window
        self.desk = desk
        self.problems: ProblemsDialog | None = None

    def ask_save(self, suggested: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Excel로 저장"), str(Path.home() / suggested), WORKBOOKS
        )
        return Path(chosen) if chosen else None

    def ask_open(self) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Excel 명단 가져오기"), str(Path.home()), WORKBOOKS
        )
        return Path(chosen) if chosen else None

    def export_roster(self) -> None:
        day = self.desk.as_of
        path = self.ask_save(f"입주기업현황_{day.isoformat()}.xlsx")
        if path is None:
            return

        def work(progress: Progress) -> int:
            with self.desk.db.session() as session:
                total = roster_size(session, day)
                entries = roster_on(session, day)
                occupied, records = occupancy_on(session, day), records_id(session)
                return write_roster(path, entries, day, occupied, total, progress, records=records)

        rows = self._run(self.tr("입주기업 현황을 저장하는 중…"), work)
        if rows is not None:
            self._tell(message("exported_rows", self.desk.language, path=path, rows=rows))

    def export_occupancy(self) -> None:
        day = self.desk.as_of
        path = self.ask_save(f"층별현황_{day.isoformat()}.xlsx")
        if path is None:
            return

        def work(_progress: Progress) -> Path:
            write_occupancy(path, self.desk.read(lambda s: occupancy_report(s, day)))
            return path

        if self._run(self.tr("층별 현황을 저장하는 중…"), work) is not None:
            self._tell(message("exported", self.desk.language, path=path))

    def export_bookings(self, first: date, last: date, space: str | None) -> None:
        """예약 현황: the bookings starting in [first, last], whatever their status."""
        path = self.ask_save(f"예약현황_{first.isoformat()}_{last.isoformat()}.xlsx")
        if path is None:
            return

        def work(_progress: Progress) -> int:
            found = self.desk.read(lambda s: list_bookings(s, first, last, space))
            return write_bookings(path, found, first, last)

        rows = self._run(self.tr("예약 현황을 저장하는 중…"), work)
        if rows is not None:
            self._tell(message("exported_rows", self.desk.language, path=path, rows=rows))

    def export_history(self, wanted: Wanted) -> None:
        """변경 이력: every entry the page's filters name, oldest first."""
        path = self.ask_save(f"변경이력_{seoul_today().isoformat()}.xlsx")
        if path is None:
            return
        language = self.desk.language

        def work(progress: Progress) -> int:
            def read(session: Session) -> tuple[list[Entry], Names, Head]:
                entries = history(session, wanted)
                return entries, names_in(session, entries), history_head(session)

            entries, names, head = self.desk.read(read)
            return write_history(path, entries, names, head, language, progress)

        rows = self._run(self.tr("변경 이력을 저장하는 중…"), work)
        if rows is not None:
            self._tell(message("exported_rows", language, path=path, rows=rows))

    def import_roster(self) -> ImportReport | None:
        """All rows or none: a refusal lists every problem in a table and writes nothing."""
        path = self.ask_open()
        if path is None:
            return None

        troubles: list[DomainError] = []

        def work(progress: Progress) -> ImportReport:
            roster = open_roster(path)
            try:
                trouble = back_up_first(self.desk.db, Reason.IMPORT)  # the station as it was
                if trouble is not None:
                    troubles.append(trouble)
                with self.desk.db.session(write=True) as session:
                    return import_roster(
                        session,
                        roster.lines(),
                        seoul_today(),
                        records=roster.records,
                        source=roster.path.name,
                        progress=progress,
                        total=roster.total,
                    )
            finally:
                roster.close()

        try:
            report = self._run(self.tr("명단을 가져오는 중…"), work)
        except ImportRefusedError as refused:
            self.problems = ProblemsDialog(refused.report.problems, self.desk, self.window)
            self.problems.open()
            return None
        for trouble in troubles:  # told, and the import went on
            QMessageBox.warning(self.window, self.tr("주의"), trouble.text(self.desk.language))
        if report is not None:
            self.desk.tell(Change.TENANTS | Change.LEASES)
            counts = {k: v for k, v in asdict(report).items() if k != "problems"}
            self._tell(message("import_done", self.desk.language, **counts))
        return report

    def _run(self, label: str, work: Callable[[Progress], Result]) -> Result | None:
        """The work's result; None when stopped or refused (the person has been told)."""
        try:
            return run_with_progress(self.window, label, work)
        except CancelledError:
            self._tell(self.tr("취소했습니다. 아무것도 바꾸지 않았습니다."))
        except DomainError as error:
            QMessageBox.warning(self.window, self.tr("Excel"), error.text(self.desk.language))
        return None

    def _tell(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 15_000)
