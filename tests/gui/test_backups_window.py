"""Backups in the window: 파일 ▸ 백업하기, and 파일 ▸ 백업에서 복원… with its list and a
question that names what will be replaced."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from incubator_app.desk_settings import backup_folder_chosen
from incubator_app.services.backups import back_up
from incubator_app.store.backup import Backup
from incubator_app.store.database import Database, open_database
from incubator_app.ui.actions import Act, PageId
from incubator_app.ui.backup_actions import RestoreDialog
from incubator_app.ui.desk import Desk
from incubator_app.ui.settings_dialog import SettingsDialog
from tests.builders import make_tenant
from tests.gui.conftest import AS_OF, settled, window


def test_back_up_then_restore_from_the_menu(
    qtbot: QtBot, desk: Desk, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    with desk.db.session(write=True) as s:
        make_tenant(s, "빛고을랩")
    main = window(qtbot, desk, settings)
    main.trigger(Act.BACKUP)
    assert main.statusBar().currentMessage().startswith("백업했습니다: ")
    with desk.db.session(write=True) as s:
        make_tenant(s, "무등모빌리티")
    main.show_page(PageId.TENANTS)
    settled(qtbot, main.tenants)
    assert main.tenants.model.rowCount() == 2
    asked: list[str] = []

    def choose(found: list[Backup]) -> Backup:
        dialog = RestoreDialog(desk, found, main)
        qtbot.addWidget(dialog)
        assert dialog.model.rowCount() == len(found) >= 1
        return next(b for b in found if b.tenants == 1)

    def confirm(chosen: Backup) -> bool:
        asked.append(main.safekeeping.question(chosen))
        return True

    monkeypatch.setattr(main.safekeeping, "choose", choose)
    monkeypatch.setattr(main.safekeeping, "confirm", confirm)
    main.trigger(Act.RESTORE)
    assert desk.db.location in asked[0] and "입주기업 1" in asked[0]
    assert "다른 데이터베이스" not in asked[0]
    assert "복원했습니다" in main.statusBar().currentMessage()
    settled(qtbot, main.tenants)
    assert main.tenants.model.rowCount() == 1  # the pages read the restored station


def test_a_backup_folder_that_cannot_be_written_is_told_when_the_window_opens(
    qtbot: QtBot, db_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = db_path.parent / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("INCUBATOR_BACKUPS", str(blocked / "backups"))
    db = open_database(str(db_path))
    assert [w.code for w in db.warnings] == ["backup_folder_failed"]
    main = window(qtbot, Desk(db, AS_OF, "ko"), settings)
    assert str(blocked) in main.warned.text() and main.warned.isVisible()
    assert db.warnings == []  # told once
    db.dispose()


def test_a_file_chosen_by_hand_that_is_not_a_backup_is_refused_in_words(
    qtbot: QtBot, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = RestoreDialog(desk, [], None)
    qtbot.addWidget(dialog)
    bad = tmp_path / "notes.sqlite3"
    bad.write_text("hello")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(bad), ""))
    dialog.other.click()
    assert str(bad) in dialog.problem.text() and dialog.chosen is None
    dialog.restore_button.click()  # nothing chosen in the list either
    assert dialog.problem.text() == "목록에서 백업을 고르세요."
    assert dialog.result() != dialog.DialogCode.Accepted


def test_the_question_says_when_a_backup_is_another_station_s(
    qtbot: QtBot, desk: Desk, settings: QSettings, tmp_path: Path
) -> None:
    other = open_database(str(tmp_path / "다른곳.sqlite3"))
    with other.session(write=True) as s:
        make_tenant(s, "다른기업")
    theirs = back_up(other)
    other.dispose()
    main = window(qtbot, desk, settings)
    assert main.safekeeping.question(theirs).startswith("이 백업은 다른 데이터베이스")


def test_the_backup_folder_is_chosen_in_the_settings(
    qtbot: QtBot,
    db: Database,
    desk: Desk,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("INCUBATOR_BACKUPS", raising=False)
    dialog = SettingsDialog(desk, settings, "language")
    qtbot.addWidget(dialog)
    assert dialog.backups.text() == "" and "backups" in dialog.backups.placeholderText()
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    dialog.backups.setText(str(blocked))
    dialog.save()
    assert str(blocked) in dialog.problem.text() and dialog.result() != dialog.DialogCode.Accepted
    assert backup_folder_chosen() is None  # nothing kept
    second_disk = tmp_path / "D" / "백업"
    dialog.backups.setText(str(second_disk))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert backup_folder_chosen() == second_disk and db.backups == second_disk
    assert back_up(db).path.parent == second_disk  # the next backup goes there
