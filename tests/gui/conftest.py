"""The window's tests: one QApplication set up as the program sets it up."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from incubator_app.store.database import Database
from incubator_app.ui.app import application
from incubator_app.ui.desk import Desk

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
