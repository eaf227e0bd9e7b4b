"""Excel from the menu, long work stopped midway, settings, and errors nobody expected."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from incubator_app.domain.errors import CancelledError
from incubator_app.excel.roster import HEADER_ROW, HEADERS
from incubator_app.services.demo import make_demo
from incubator_app.services.roster import roster_size
from incubator_app.services.settings import load_policy
from incubator_app.services.tenants import list_tenants
from incubator_app.store.database import Database
from incubator_app.ui import app as desktop_app
from incubator_app.ui.desk import Desk
from incubator_app.ui.i18n import LANGUAGE_KEY, saved_language
from incubator_app.ui.mainwindow import MainWindow
from incubator_app.ui.settings_dialog import SettingsDialog
from incubator_app.ui.work import Progress, run_with_progress
from tests.builders import counts
from tests.gui.conftest import AS_OF, settled


@pytest.fixture
def main(qtbot: QtBot, desk: Desk, settings: QSettings) -> MainWindow:
    shown = MainWindow(desk, settings)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_roster_and_occupancy_workbooks_from_the_menu(
    main: MainWindow, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with desk.db.session(write=True) as s:
        make_demo(s, 40, seed=2, today=AS_OF)
    with desk.db.session() as s:
        held = roster_size(s, AS_OF)
    roster = tmp_path / "입주기업 현황.xlsx"
    monkeypatch.setattr(main.excel, "ask_save", lambda suggested: roster)
    main.excel.export_roster()
    sheet = load_workbook(roster)["입주기업"]
    assert [c.value for c in sheet[HEADER_ROW]] == list(HEADERS)
    assert sheet.max_row - HEADER_ROW == held
    assert f"{held:,}행" in main.statusBar().currentMessage()
    floors = tmp_path / "층별 현황.xlsx"
    monkeypatch.setattr(main.excel, "ask_save", lambda suggested: floors)
    main.excel.export_occupancy()
    assert load_workbook(floors).sheetnames == ["층별 현황", "공실", "만료 예정"]


def roster_file(path: Path, rows: list[list[Any]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["기업명", "구분", "사업자등록번호", "개업일", "호실", "입주일"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_a_refused_import_lists_every_problem_and_writes_nothing(
    main: MainWindow, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = roster_file(
        tmp_path / "명단.xlsx",
        [
            ["좋은기업", "법인", "120-81-47521", "2025-01-02", "303", "2025-04-01"],
            ["검증번호", "법인", "124-81-00997", "2025-01-02", None, None],
            ["없는호실", "예비", None, None, "999", "2025-06-01"],
        ],
    )
    monkeypatch.setattr(main.excel, "ask_open", lambda: path)
    assert main.excel.import_roster() is None
    dialog = main.excel.problems
    assert dialog is not None and dialog.isVisible()
    shown = [
        [dialog.model.index(r, c).data() for c in range(3)] for r in range(dialog.model.rowCount())
    ]
    assert [row[:2] for row in shown] == [["3", "사업자등록번호"], ["4", "호실"]]
    assert "124-81-00997" in shown[0][2] and "999" in shown[1][2]
    assert counts(db) == (0, 0)


def test_an_accepted_import_shows_on_the_pages(
    qtbot: QtBot,
    main: MainWindow,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = roster_file(
        tmp_path / "명단.xlsx",
        [["좋은기업", "법인", "120-81-47521", "2025-01-02", "303", "2025-04-01"]],
    )
    monkeypatch.setattr(main.excel, "ask_open", lambda: path)
    report = main.excel.import_roster()
    assert report is not None and (report.tenants_created, report.leases_created) == (1, 1)
    assert counts(db) == (1, 1)
    main.navigation.setCurrentRow(1)
    settled(qtbot, main.tenants)
    assert [row.tenant.name for row in main.tenants.model.visible()] == ["좋은기업"]
    assert "가져오기 완료" in main.statusBar().currentMessage()


def test_long_work_stops_when_the_person_cancels(qtbot: QtBot, app: QApplication) -> None:
    reached: list[int] = []

    def work(progress: Progress) -> int:
        for done in range(10_000):
            reached.append(done)
            if not progress(done, 10_000):
                raise CancelledError
            time.sleep(0.002)
        return 10_000

    def cancel() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog):
                button = widget.findChild(QPushButton)
                assert button is not None and button.text() == "취소"
                button.click()

    QTimer.singleShot(150, cancel)
    with pytest.raises(CancelledError):
        run_with_progress(None, "작업 중", work)
    assert 0 < len(reached) < 10_000


def test_the_language_is_kept_for_the_next_start(
    qtbot: QtBot, desk: Desk, settings: QSettings
) -> None:
    dialog = SettingsDialog(desk, settings, LANGUAGE_KEY)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.save()
    assert saved_language(settings) == "en"


def test_an_unexpected_error_is_logged_and_told_once(
    app: QApplication, tmp_path: Path, told: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    log = tmp_path / "logs" / "incubator.log"
    monkeypatch.setattr(desktop_app, "log_file", lambda: log)
    try:
        raise ZeroDivisionError("예기치 않은 나눗셈")
    except ZeroDivisionError as error:
        desktop_app.report_unexpected(type(error), error, error.__traceback__)
    assert "ZeroDivisionError: 예기치 않은 나눗셈" in log.read_text(encoding="utf-8")
    assert len(told) == 1 and str(log) in told[0]


def test_the_tenant_list_follows_the_as_of_date(qtbot: QtBot, main: MainWindow, desk: Desk) -> None:
    with desk.db.session(write=True) as s:
        make_demo(s, 30, seed=3, today=AS_OF)
    main.navigation.setCurrentRow(1)
    settled(qtbot, main.tenants)
    before = {row.tenant.id: row.tenant.stage for row in main.tenants.model.visible()}
    main.as_of.setDate(main.as_of.date().addYears(4))
    assert desk.as_of == date(2030, 3, 2)
    after = {row.tenant.id: row.tenant.stage for row in main.tenants.model.visible()}
    with desk.db.session() as s:
        expected = {t.id: t.stage for t in list_tenants(s, date(2030, 3, 2))}
    assert after == expected != before


def test_rule_settings_are_saved_together_or_not_at_all(
    qtbot: QtBot, desk: Desk, settings: QSettings
) -> None:
    dialog = SettingsDialog(desk, settings, LANGUAGE_KEY)
    qtbot.addWidget(dialog)
    dialog.fields["booking_window_days"].setText("30")
    dialog.fields["registration_months"].setText("500")  # out of range: nothing is saved
    dialog.save()
    shown = dialog.problem.text()
    assert "예비창업자 사업자 등록 기한" in shown and "1~120" in shown
    assert "registration_months" not in shown  # the label, never the code's key
    with desk.db.session() as s:
        assert load_policy(s).booking_window_days == 15
    dialog.fields["registration_months"].setText("18")
    dialog.save()
    with desk.db.session() as s:
        policy = load_policy(s)
    assert (policy.booking_window_days, policy.registration_months) == (30, 18)
