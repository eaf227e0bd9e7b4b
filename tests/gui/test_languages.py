"""Korean is the window's source text; English comes complete from resources/i18n."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from defusedxml.ElementTree import parse
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from incubator_app.ui.desk import Desk
from incubator_app.ui.i18n import install_translators
from incubator_app.ui.mainwindow import MainWindow
from incubator_app.ui.tenant_dialog import TenantDialog

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "i18n" / "incubator_en.ts"


def qt_tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    assert found is not None, f"{name} comes with PySide6-Essentials"
    return found


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    found = {}
    root = parse(ts).getroot()
    assert root is not None
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            done = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            found[(name, message.findtext("source") or "")] = translation.text if done else None
    return found


def test_every_text_of_the_window_has_its_english(tmp_path: Path) -> None:
    fresh = tmp_path / "now.ts"
    shutil.copy(TRANSLATIONS, fresh)
    sources = sorted((ROOT / "incubator_app" / "ui").rglob("*.py"))
    subprocess.run(
        [qt_tool("pyside6-lupdate"), *map(str, sources), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    now = messages(fresh)
    assert now == messages(TRANSLATIONS), "run pyside6-lupdate, translate, pyside6-lrelease"
    assert all(now.values()), [key for key, text in now.items() if not text]


def test_the_shipped_qm_is_built_from_the_ts(tmp_path: Path) -> None:
    built = tmp_path / "en.qm"
    subprocess.run(
        [qt_tool("pyside6-lrelease"), str(TRANSLATIONS), "-qm", str(built)],
        check=True,
        capture_output=True,
    )
    assert built.read_bytes() == TRANSLATIONS.with_suffix(".qm").read_bytes()


@pytest.fixture
def english(app: QApplication) -> Iterator[None]:
    install_translators(app, "en")
    yield
    install_translators(app, "ko")


def test_the_window_in_english(
    qtbot: QtBot, english: None, desk: Desk, settings: QSettings
) -> None:
    window = MainWindow(desk, settings)
    qtbot.addWidget(window)
    pages = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert pages == [
        "Dashboard", "Tenants", "Rooms & floors", "Leases", "Shared spaces", "Rent & fees",
        "Change history",
    ]  # fmt: skip
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]


def test_qt_own_buttons_speak_korean(qtbot: QtBot, desk: Desk) -> None:
    dialog = TenantDialog(desk, None)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert "저장" in save.text() and "취소" in cancel.text()
