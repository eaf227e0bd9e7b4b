"""The window meets bad input and awkward files as the command line does (issue 11)."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel
from pytestqt.qtbot import QtBot

from incubator_app.domain.identifiers import EntityType, short_company_name
from incubator_app.domain.leases import term_end
from incubator_app.services.settings import load_policy
from incubator_app.ui import app as desktop_app
from incubator_app.ui.dates import day_of, qdate
from incubator_app.ui.desk import Desk
from incubator_app.ui.form import DIALOG_WIDTH
from incubator_app.ui.i18n import LANGUAGE_KEY, install_translators
from incubator_app.ui.lease_dialog import LeaseDialog, MoveOutDialog, RenewDialog
from incubator_app.ui.mainwindow import MainWindow
from incubator_app.ui.pages.rooms import RoomsPage, fitted_name
from incubator_app.ui.pages.tenants import TenantsPage
from incubator_app.ui.settings_dialog import SettingsDialog
from incubator_app.ui.tenant_dialog import TenantDialog
from tests.builders import counts, make_lease, make_tenant


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
    assert "읽기 전용" in dialog.verdict.text()
    window.desk.db.dispose()


def test_a_control_character_in_the_form_is_named_beside_the_field(
    qtbot: QtBot, desk: Desk
) -> None:
    dialog = TenantDialog(desk, None)
    qtbot.addWidget(dialog)
    dialog.entity.setCurrentIndex(dialog.entity.findData("예비"))
    dialog.name.setText("빛고을\u200b랩스")  # told as typed, before any save
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
    assert "U+200B" in dialog.field_problems["name"].text()
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


def test_dialogs_are_wide_enough_for_their_titles_and_keep_room_for_messages(
    qtbot: QtBot, desk: Desk
) -> None:
    with desk.db.session(write=True) as s:
        tenant = make_tenant(s, name="주식회사 메타모빌리티코리아")
        lease = make_lease(s, tenant, room="309")
    for dialog in (MoveOutDialog(desk, lease), RenewDialog(desk, lease)):
        qtbot.addWidget(dialog)
        dialog.show()
        title = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
        assert dialog.width() >= max(DIALOG_WIDTH, title)
    form = TenantDialog(desk, None)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    before = form.representative.geometry()
    form.name.setText("이름")  # the message under 기업명 goes away
    qtbot.wait(20)  # the layout is laid out again
    assert form.representative.geometry() == before  # nothing moved under the pointer
    form.name.setText("")  # and comes back
    qtbot.wait(20)
    assert form.representative.geometry() == before


def test_a_business_without_its_start_date_waits_for_it(qtbot: QtBot, desk: Desk) -> None:
    dialog = TenantDialog(desk, None)
    qtbot.addWidget(dialog)
    assert dialog.entity.currentData() == "법인"
    assert "예비" not in dialog.verdict.text() and "개업일" in dialog.verdict.text()


def test_the_default_term_shows_its_end(qtbot: QtBot, desk: Desk) -> None:
    dialog = LeaseDialog(desk, "301")
    qtbot.addWidget(dialog)
    assert dialog.default_term.isChecked()
    assert day_of(dialog.end) == term_end(desk.as_of, 1)
    dialog.start.setDate(qdate(date(2026, 5, 1)))
    assert day_of(dialog.end) == date(2027, 4, 30)


def test_settings_take_a_check_box_and_show_their_ranges(
    qtbot: QtBot, desk: Desk, settings: QSettings
) -> None:
    dialog = SettingsDialog(desk, settings, LANGUAGE_KEY)
    qtbot.addWidget(dialog)
    check = dialog.fields["brn_check_digit"]
    assert isinstance(check, QCheckBox) and check.isChecked()
    shown = [label.text() for label in dialog.findChildren(QLabel)]
    assert "0~3650 사이의 정수" in shown and "0.5~20 사이의 수" in shown
    check.setChecked(False)
    dialog.save()
    with desk.db.session() as s:
        assert load_policy(s).brn_check_digit is False


def test_the_floor_plan_tells_companies_apart_when_names_are_long() -> None:
    metrics = QFontMetricsF(QFont())
    narrow = metrics.horizontalAdvance("가나다라마")
    shown = fitted_name("주식회사 메타모빌리티코리아플러스", metrics, narrow)
    assert "주식회사" not in shown and shown.startswith("메타")
    assert len(shown.splitlines()) <= 3
    assert fitted_name("예비A", metrics, narrow) == "예비A"
    assert short_company_name("빛고을랩스 주식회사") == short_company_name("(주)빛고을랩스")


def test_every_floor_is_drawn_at_one_scale(qtbot: QtBot, desk: Desk) -> None:
    page = RoomsPage(desk)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    scales = set()
    for index in range(page.floors.count()):
        page.floors.setCurrentIndex(index)
        scales.add(round(page.plan.transform().m11(), 4))
    assert len(scales) == 1  # 5층's names no smaller than 1층's


def test_the_demo_tour_can_be_had_again_from_the_help_menu(
    qtbot: QtBot,
    app: QApplication,
    db_path: Path,
    tmp_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(desktop_app, "demo_database", lambda: tmp_path / "demo.sqlite3")
    monkeypatch.setattr(desktop_app.Desktop, "ask_tour", staticmethod(lambda parent: False))
    desktop = desktop_app.Desktop("ko", settings)
    assert desktop.open(str(db_path), offer_tour=True)  # declined
    declined = desktop.window
    assert declined is not None and not declined.desk.demo
    (tour,) = [a for a in declined.findChildren(QAction) if a.text() == "데모 데이터로 둘러보기"]
    tour.trigger()  # the declined window closes; the tour opens in its place
    toured = desktop.window
    assert toured is not None and toured is not declined
    qtbot.addWidget(toured)
    assert toured.desk.demo and "[데모]" in toured.windowTitle()
    toured.desk.db.dispose()


def test_english_names_floors_types_and_the_title(
    qtbot: QtBot, app: QApplication, desk: Desk, settings: QSettings
) -> None:
    install_translators(app, "en")
    try:
        with desk.db.session(write=True) as s:
            make_lease(s, make_tenant(s, entity=EntityType.INDIVIDUAL), room="301")
        english = Desk(desk.db, desk.as_of, "en")
        window = MainWindow(english, settings)
        qtbot.addWidget(window)
        assert window.windowTitle().startswith("Bitgoeul Startup Station")
        window.tenants.refresh()
        texts = [window.tenants.model.data(window.tenants.model.index(0, c)) for c in range(3)]
        assert "individual" in texts and "개인" not in texts
        floors = [window.tenants.floor.itemText(i) for i in range(window.tenants.floor.count())]
        assert "3F" in floors and not any("층" in f for f in floors)
        window.rooms.refresh()
        tabs = [window.rooms.floors.tabText(i) for i in range(window.rooms.floors.count())]
        assert tabs[:3] == ["1F", "2F", "3F"]
    finally:
        install_translators(app, "ko")
