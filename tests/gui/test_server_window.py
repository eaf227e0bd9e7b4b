"""파일 ▸ 데이터베이스 연결…: a desk joins the station's PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import URL, make_url

from incubator_app.services.tenants import tenant_count
from incubator_app.store.server import shown
from incubator_app.ui import app as desktop_app
from incubator_app.ui.actions import Act
from incubator_app.ui.connect_dialog import ConnectDialog
from tests.builders import Kept
from tests.gui.conftest import settled
from tests.postgresql_server import PASSWORD, Server


@pytest.fixture
def kept() -> Iterator[Kept]:
    store, previous = Kept(), keyring.get_keyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


@pytest.fixture
def station(server: Server) -> Iterator[URL]:
    """The station's database on the server, as a person would type it in."""
    name = server.create(template=server.template)
    yield make_url(server.database_url(name))
    server.drop(name)


def test_the_dialog_asks_for_what_a_connection_needs_and_keeps_the_password_if_asked(
    qtbot: QtBot, app: QApplication, station: URL, kept: Kept
) -> None:
    dialog = ConnectDialog("ko", None)
    qtbot.addWidget(dialog)
    connect = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.host.setText("")
    assert not connect.isEnabled()  # no server named yet
    dialog.host.setText(station.host or "")
    dialog.port.setValue(station.port or 5432)
    dialog.database.setText(station.database or "")
    dialog.user.setText(station.username or "")
    dialog.keep.setChecked(True)
    said: list[str] = []
    dialog.tell = said.append  # type: ignore[method-assign,assignment]
    dialog.password.setText("mistyped")
    assert connect.isEnabled()
    dialog.accept()  # refused: told, nothing kept, the fields as typed
    assert len(said) == 1 and "로그인을 거절" in said[0] and "mistyped" not in said[0]
    assert kept.kept == {} and dialog.result() == 0 and dialog.host.text() == station.host
    dialog.password.setText(PASSWORD)
    dialog.accept()
    address = shown(station)
    assert dialog.url().password == PASSWORD and PASSWORD not in address
    assert kept.kept == {("STAG-Incubator", address): PASSWORD}


def test_a_desk_opens_the_server_and_remembers_it_without_the_password(
    qtbot: QtBot,
    app: QApplication,
    settings: QSettings,
    station: URL,
    kept: Kept,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str | None] = []

    def ask(cls: type, language: str, parent: object, address: str | None) -> URL:
        asked.append(address)
        return station

    monkeypatch.setattr(ConnectDialog, "ask", classmethod(ask))
    desktop = desktop_app.Desktop("ko", settings)
    window = desktop.show()
    qtbot.addWidget(window)
    window.trigger(Act.CONNECT_SERVER)
    assert desktop.window is not None and desktop.window.attached()
    db = desktop.window.desk.db
    address = shown(station)
    assert db.location == address and settings.value(desktop_app.LAST_DATABASE) == address
    assert (
        PASSWORD not in desktop.window.windowTitle() + desktop.window.statusBar().currentMessage()
    )
    with db.session() as s:
        assert tenant_count(s) == 0  # the station as the server holds it
    desktop.window.trigger(Act.CONNECT_SERVER)  # again: offered the server open now
    assert asked == [None, address]
    opened = desktop.window
    settled(qtbot, opened.dashboard)
    qtbot.waitUntil(lambda: "%" in opened.dashboard.use.text())  # its last read
    opened.close()
    db.dispose()


def test_a_server_that_does_not_answer_at_the_start_is_kept_for_the_next(
    qtbot: QtBot, app: QApplication, settings: QSettings, server: Server, told: list[str]
) -> None:
    """Never a quiet fall back to a file of this computer: the address stays, and the
    window says that nothing is open and how to open something."""
    address = shown(make_url(server.database_url("stag_not_made_yet")))
    settings.setValue(desktop_app.LAST_DATABASE, address)
    desktop = desktop_app.Desktop("ko", settings)
    window = desktop.show()
    qtbot.addWidget(window)
    assert not desktop.open(None)
    assert len(told) == 1 and "stag_not_made_yet" in told[0]
    assert settings.value(desktop_app.LAST_DATABASE) == address
    assert not window.attached() and "열린 데이터베이스가 없습니다" in window.waiting.text()
