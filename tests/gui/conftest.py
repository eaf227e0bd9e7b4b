"""The window's tests: one QApplication set up as the program sets it up."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from incubator_app.store.database import Database
from incubator_app.ui.app import application
from incubator_app.ui.desk import Desk
from incubator_app.ui.form import Page
from incubator_app.ui.mainwindow import MainWindow

AS_OF = date(2026, 3, 2)


@pytest.fixture
def app(qapp: QApplication) -> QApplication:
    return application("ko")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Settings in a file of the test's own, never the person's."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def desk(app: QApplication, db: Database) -> Iterator[Desk]:
    yield Desk(db, AS_OF, "ko")


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What error boxes would have said (the boxes themselves would wait for a click)."""
    said: list[str] = []

    def critical(parent: Any, title: str, text: str) -> QMessageBox.StandardButton:
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    return said


@pytest.fixture
def on_dialog(qtbot: QtBot) -> Iterator[Callable[[Callable[[QDialog], None]], None]]:
    """Act on the modal dialog the next click opens (its ``exec`` waits for a person)."""
    acted: list[bool] = []

    def arrange(act: Callable[[QDialog], None]) -> None:
        def run() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, QDialog), dialog
            try:
                act(dialog)
            finally:
                acted.append(True)
                if dialog.isVisible():
                    dialog.reject()

        QTimer.singleShot(0, run)

    yield arrange
    assert acted, "no dialog opened"


def settled(qtbot: QtBot, page: Page) -> Page:
    """Wait until what ``page`` shows is read (a long page reads after its first paint)."""
    qtbot.waitUntil(page.settled, timeout=10_000)
    return page


def window(qtbot: QtBot, desk: Desk, settings: QSettings) -> MainWindow:
    """The main window on ``desk``, shown (its dashboard read in place)."""
    shown = MainWindow(desk, settings)
    qtbot.addWidget(shown)
    shown.show()
    return shown
