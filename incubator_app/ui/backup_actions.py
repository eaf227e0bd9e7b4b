"""파일 ▸ 백업하기 and 파일 ▸ 백업에서 복원…: a checked backup now, and a backup chosen
from the list (dates and counts) put in place after a confirmation that names what
will be replaced."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from incubator_app.domain.backups import Reason, reason_name
from incubator_app.domain.errors import CancelledError, DomainError, Language, message
from incubator_app.domain.headings import BACKUP_HEADINGS, headings
from incubator_app.domain.stamps import moment
from incubator_app.services.backups import back_up, backups, restore, station_of
from incubator_app.store.backup import Backup, describe
from incubator_app.ui.desk import Change, Desk
from incubator_app.ui.table import Column, RowsModel, table_view
from incubator_app.ui.work import run_with_progress

BACKUP_FILES = "STA·G (*.sqlite3)"
Result = TypeVar("Result")


def backup_columns(language: Language) -> list[Column[Backup]]:
    """The columns of ``BACKUP_HEADINGS``."""
    when, why, tenants, leases, bookings, history, file = headings(BACKUP_HEADINGS, language)

    def count(title: str, value: Callable[[Backup], int]) -> Column[Backup]:
        return Column(title, lambda b: f"{value(b):,}", key=value, numeric=True)

    return [
        Column(when, lambda b: moment(b.at).text(language), key=lambda b: b.at),
        Column(why, lambda b: reason_name(b.reason, language)),
        count(tenants, lambda b: b.tenants),
        count(leases, lambda b: b.leases),
        count(bookings, lambda b: b.bookings),
        Column(history, lambda b: f"#{b.history.count:,}", key=lambda b: b.history.count),
        Column(file, lambda b: b.path.name),
    ]


class RestoreDialog(QDialog):
    """The backups, newest first; 복원 puts the chosen one in place (after a question)."""

    def __init__(self, desk: Desk, found: list[Backup], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("백업에서 복원"))
        self.model: RowsModel[Backup] = RowsModel(backup_columns(desk.language))
        self.model.set_rows(found)
        self.view = table_view(self.model)
        self.view.resizeColumnsToContents()
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        self.other = QPushButton(self.tr("다른 백업 파일…"))
        self.other.clicked.connect(self._other_file)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("복원…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self._chosen_row)
        self.buttons.rejected.connect(self.reject)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        layout = QVBoxLayout(self)
        told = self.tr("복원할 백업을 고르세요. 지금 데이터베이스는 먼저 백업해 둡니다.")
        layout.addWidget(QLabel(told))
        layout.addWidget(self.view)
        layout.addWidget(self.problem)
        layout.addWidget(self.other)
        layout.addWidget(self.buttons)
        self.chosen: Backup | None = None
        self.resize(820, 420)

    def _chosen_row(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            self.problem.setText(self.tr("목록에서 백업을 고르세요."))
            return
        self.chosen = self.model.row_at(rows[0])
        self.accept()

    def _other_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("백업 파일"), "", BACKUP_FILES)
        if not path:
            return
        try:  # a large file's check takes a while
            self.chosen = run_with_progress(
                self, self.tr("백업을 검사하는 중…"), lambda _p: describe(Path(path), checked=True)
            )
        except CancelledError:
            return
        except DomainError as error:
            self.problem.setText(error.text(self.desk.language))
            return
        self.accept()


class BackupActions(QObject):
    """What 백업하기 and 백업에서 복원 do; the questions are methods tests replace."""

    def __init__(self, window: QMainWindow, desk: Desk) -> None:
        super().__init__(window)
        self.window, self.desk = window, desk

    def back_up(self) -> Backup | None:
        made = self._run(self.tr("백업하는 중…"), lambda: back_up(self.desk.db, Reason.MANUAL))
        if made is not None:
            self._tell(self._done(made))
        return made

    def _done(self, made: Backup) -> str:
        return message(
            "backup_done",
            self.desk.language,
            path=made.path,
            tenants=made.tenants,
            leases=made.leases,
            bookings=made.bookings,
        )

    def restore(self) -> Path | None:
        found = self._run(self.tr("백업 목록을 읽는 중…"), lambda: backups(self.desk.db))
        if found is None:
            return None
        chosen = self.choose(found)
        if chosen is None or not self.confirm(chosen):
            return None
        done = self._run(self.tr("복원하는 중…"), lambda: restore(self.desk.db, chosen.path))
        if done is None:
            return None
        self.desk.tell(Change.EVERYTHING)
        language = self.desk.language
        text = message("restore_done", language, path=chosen.path, safety=done.safety_backup.path)
        self._tell(text)
        return chosen.path

    def choose(self, found: list[Backup]) -> Backup | None:
        dialog = RestoreDialog(self.desk, found, self.window)
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None

    def confirm(self, chosen: Backup) -> bool:
        asked = QMessageBox.question(self.window, self.tr("백업에서 복원"), self.question(chosen))
        return asked == QMessageBox.StandardButton.Yes

    def question(self, chosen: Backup) -> str:
        """What will be replaced, and by what (and whether it is another station's)."""
        other = ""
        if chosen.station != station_of(self.desk.db):
            other = self.tr("이 백업은 다른 데이터베이스(스테이션)의 기록입니다. ")
        return other + self.tr(
            "지금 데이터베이스 {0}의 모든 기록을 {1}의 백업(입주기업 {2:,}, 계약 {3:,}, "
            "예약 {4:,}, 변경 이력 {5:,}건)으로 바꿉니다. 지금 상태는 먼저 백업해 둡니다. "
            "복원할까요?"
        ).format(
            self.desk.db.location,
            moment(chosen.at).text(self.desk.language),
            chosen.tenants,
            chosen.leases,
            chosen.bookings,
            chosen.history.count,
        )

    def _run(self, label: str, work: Callable[[], Result]) -> Result | None:
        """The work's result, off the window's thread; None when refused (told)."""
        try:
            return run_with_progress(self.window, label, lambda _progress: work())
        except CancelledError:
            return None
        except DomainError as error:
            QMessageBox.warning(self.window, self.tr("백업"), error.text(self.desk.language))
            return None

    def _tell(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 15_000)
