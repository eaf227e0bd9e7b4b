"""The history in the window: a record's 이력 tab, the 변경 이력 page with its filters,
its check and its Excel file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QListWidget, QTabWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from incubator_app.domain.bookings import BookingStatus
from incubator_app.domain.history_text import kind_title
from incubator_app.domain.stamps import Kind
from incubator_app.services.booking_lists import get_booking
from incubator_app.services.bookings import BookingInput, book
from incubator_app.services.lease_lists import get_lease
from incubator_app.services.leases import terminate_lease
from incubator_app.services.spaces import get_space
from incubator_app.services.tenants import input_of, update_tenant
from incubator_app.store.database import Database, open_database
from incubator_app.ui.actions import PageId
from incubator_app.ui.booking_dialog import DecisionDialog
from incubator_app.ui.desk import Desk
from incubator_app.ui.lease_dialog import MoveOutDialog
from incubator_app.ui.room_dialog import RoomDialog
from incubator_app.ui.tenant_dialog import TenantDialog
from tests.builders import make_lease, make_tenant
from tests.gui.conftest import AS_OF, settled, window


def history_tab(dialog: object) -> list[str]:
    """The lines of the dialog's 이력 tab, as shown."""
    assert hasattr(dialog, "findChild")
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None and tabs.tabText(1) == "이력"
    shown = tabs.widget(1)
    assert isinstance(shown, QListWidget)
    return [shown.item(i).text() for i in range(shown.count())]


def test_each_record_s_dialog_has_its_history_newest_first(
    qtbot: QtBot, desk: Desk, db_location: str
) -> None:
    lee = open_database(db_location, desk="이매니저")
    with desk.db.session(write=True) as s:
        tenant = make_tenant(s, "빛고을로봇", phone="062-123-4567")
        lease = make_lease(s, tenant, rent=200_000)
        slot = BookingInput(
            "교육실 2",
            datetime.combine(date(2026, 3, 5), time(14)),
            datetime.combine(date(2026, 3, 5), time(16)),
            tenant.id,
        )
        booking = book(s, slot, datetime.combine(AS_OF, time(9)))
    with lee.session(write=True) as s:
        update_tenant(s, tenant.id, replace(input_of(tenant), phone="062-765-4321"), AS_OF)
        terminate_lease(s, lease.id, date(2026, 2, 28))
    lee.dispose()
    tenant_dialog = TenantDialog(desk, tenant.id)
    qtbot.addWidget(tenant_dialog)
    lines = history_tab(tenant_dialog)
    assert lines[0].startswith("이매니저 · ") and "연락처 062-123-4567 → 062-765-4321" in lines[0]
    assert "등록: 기업명 빛고을로봇" in lines[1]
    with desk.db.session() as s:
        signed = get_lease(s, lease.id)
        requested = get_booking(s, booking.id)
    move_out = MoveOutDialog(desk, signed)
    qtbot.addWidget(move_out)
    assert "퇴실: 퇴실일 없음 → 2026. 2. 28." in history_tab(move_out)[0]
    decision = DecisionDialog(desk, requested)
    qtbot.addWidget(decision)
    assert requested.status is BookingStatus.REQUESTED
    assert "등록: 호실" in history_tab(decision)[0]
    with desk.db.session() as s:
        room = get_space(s, "302")
    room_dialog = RoomDialog(desk, room)
    qtbot.addWidget(room_dialog)
    assert history_tab(room_dialog) == ["아직 기록된 변경이 없습니다."]


@pytest.fixture
def busy(desk: Desk, db_location: str) -> Database:
    """Two desks' changes on the database the window shows."""
    lee = open_database(db_location, desk="이매니저")
    with desk.db.session(write=True) as s:
        first = make_tenant(s, "무등바이오")
    with lee.session(write=True) as s:
        make_tenant(s, "첨단로보틱스")
        update_tenant(s, first.id, replace(input_of(first), sector="바이오"), AS_OF)
    return lee


def test_the_history_page_lists_and_narrows_every_change(
    qtbot: QtBot, desk: Desk, settings: QSettings, busy: Database
) -> None:
    main = window(qtbot, desk, settings)
    page = main.history
    main.show_page(PageId.HISTORY)
    settled(qtbot, page)
    assert page.model.rowCount() == 3
    assert page.model.row_at(page.model.index(0, 0)).id == 3  # newest first
    assert page.count.text() == "3건"
    page.by.setCurrentIndex(page.by.findData("이매니저"))
    settled(qtbot, page)
    assert page.model.rowCount() == 2
    page.by.setCurrentIndex(0)
    page.kind.setCurrentIndex(page.kind.findText(kind_title(Kind.LEASE, "ko")))
    settled(qtbot, page)
    assert page.model.rowCount() == 0
    page.kind.setCurrentIndex(0)
    page.search.setText("바이오")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and page.settled(), timeout=5_000)
    busy.dispose()


def test_the_check_names_an_entry_rewritten_behind_the_window_s_back(
    qtbot: QtBot, desk: Desk, settings: QSettings, busy: Database, db_path: Path
) -> None:
    main = window(qtbot, desk, settings)
    page = main.history
    page.verify()
    assert "3건이 모두 처음 기록된 그대로" in page.verdict.text()
    with busy.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER history_kept_update"))
        connection.execute(text("UPDATE history SET by = '누군가' WHERE id = 2"))
    busy.dispose()
    page.verify()
    assert "기록 #2의 내용이 기록된 뒤에 바뀌었습니다" in page.verdict.text()


def test_the_history_s_excel_file_holds_every_entry_the_filters_name(
    qtbot: QtBot,
    desk: Desk,
    settings: QSettings,
    busy: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    main = window(qtbot, desk, settings)
    path = tmp_path / "변경 이력.xlsx"
    monkeypatch.setattr(main.excel, "ask_save", lambda suggested: path)
    main.show_page(PageId.HISTORY)
    settled(qtbot, main.history)
    main.history.by.setCurrentIndex(main.history.by.findData("이매니저"))
    main.excel.export_history(main.history.wanted_now())
    sheet = load_workbook(path)["변경 이력"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("번호", "일시", "데스크", "작업", "기록", "파일", "바뀐 내용")
    assert [row[0] for row in rows[1:]] == [2, 3]  # oldest first
    assert isinstance(rows[1][1], datetime)
    assert rows[2][6] == "업종 없음 → 바이오"
    footer = sheet.oddFooter
    assert footer is not None and "변경 이력 #3 " in (footer.left.text or "")
    busy.dispose()
