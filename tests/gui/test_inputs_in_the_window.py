"""The window meets bad input and awkward files as the command line does (issue 11)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from incubator_app.ui import app as desktop_app
from incubator_app.ui.desk import Desk
from incubator_app.ui.pages.tenants import TenantsPage
from incubator_app.ui.tenant_dialog import TenantDialog
from tests.builders import counts, make_tenant


def test_a_read_only_database_is_said_when_it_opens_and_a_save_is_refused_in_words(
    qtbot: QtBot,
    app: QApplication,
    db_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    said: list[str] = []
    monkeypatch.setattr(
        desktop_app.Desktop, "tell_read_only", staticmethod(lambda parent, text: said.append(text))
    )
    desktop = desktop_app.Desktop("ko", settings)
    assert desktop.open(f"sqlite:///file:{db_path.as_posix()}?mode=ro&uri=true")
    window = desktop.window
    assert window is not None
    qtbot.addWidget(window)
    assert "[읽기 전용]" in window.windowTitle() and len(said) == 1 and "읽기 전용" in said[0]
    dialog = TenantDialog(window.desk, None)
    qtbot.addWidget(dialog)
    dialog.entity.setCurrentIndex(dialog.entity.findData("예비"))
    dialog.name.setText("새 기업")
    dialog.save()
    assert "읽기 전용" in dialog.problem.text() or any(
        "읽기 전용" in label.text() for label in dialog.errors.values()
    )
    window.desk.db.dispose()


def test_a_control_character_in_the_form_is_named_beside_the_field(
    qtbot: QtBot, desk: Desk
) -> None:
    dialog = TenantDialog(desk, None)
    qtbot.addWidget(dialog)
    dialog.entity.setCurrentIndex(dialog.entity.findData("예비"))
    dialog.name.setText("빛고을\u200b랩스")  # told as typed, before any save
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
    assert "U+200B" in dialog.errors["name"].text()
    assert counts(desk.db) == (0, 0)


def test_search_finds_a_name_typed_in_decomposed_jamo(qtbot: QtBot, desk: Desk) -> None:
    with desk.db.session(write=True) as s:
        make_tenant(s, name="빛고을랩스")
        make_tenant(s, name="다른기업")
    page = TenantsPage(desk)
    qtbot.addWidget(page)
    page.refresh()
    page.search.setText(unicodedata.normalize("NFD", "빛고을"))
    page.apply_filter()
    assert [row.tenant.name for row in page.model.visible()] == ["빛고을랩스"]
