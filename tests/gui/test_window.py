"""The window as a manager uses it: real widgets, offscreen, on a real SQLite file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from incubator_app.domain.bookings import BookingStatus
from incubator_app.domain.identifiers import EntityType
from incubator_app.services.demo import make_demo
from incubator_app.services.occupancy import occupancy_on
from incubator_app.services.tenants import list_tenants
from incubator_app.store.database import Database
from incubator_app.ui import app as desktop_app
from incubator_app.ui.desk import Change, Desk
from incubator_app.ui.pages.tenants import TenantsPage
from incubator_app.ui.tenant_dialog import TenantDialog
from tests.builders import counts, make_lease, make_tenant
from tests.gui.conftest import AS_OF, settled, window


@pytest.fixture
def demo_desk(desk: Desk) -> Desk:
    with desk.db.session(write=True) as s:
        make_demo(s, 60, seed=4, today=AS_OF)
    return desk


def new_tenant(qtbot: QtBot, desk: Desk, name: str, brn: str) -> TenantDialog:
    """The add dialog, shown, with a corporation's name, BRN and a start date typed in."""
    dialog = TenantDialog(desk, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText(name)
    dialog.brn.setText(brn)
    dialog.started.setText("2025-01-02")
    return dialog


def test_every_table_model_keeps_qt_rules(
    qtbot: QtBot, qtmodeltester: ModelTester, demo_desk: Desk, settings: QSettings
) -> None:
    main = window(qtbot, demo_desk, settings)
    main.navigation.setCurrentRow(1)
    settled(qtbot, main.tenants)
    assert main.tenants.model.rowCount() == 60
    qtmodeltester.check(main.tenants.model)
    assert main.dashboard.alerts.rowCount() > 0
    qtmodeltester.check(main.dashboard.alerts)
    main.tenants.model.sort(6)  # by room: blanks after the rest
    rooms = [row.rooms for row in main.tenants.model.visible()]
    assert rooms == sorted(rooms, key=lambda r: (r == "", r))


def test_title_and_dashboard_show_the_station(
    qtbot: QtBot, demo_desk: Desk, settings: QSettings
) -> None:
    main = window(qtbot, demo_desk, settings)
    assert "빛고을 창업스테이션" in main.windowTitle()
    assert Path(demo_desk.db.location).name in main.windowTitle()
    with demo_desk.db.session() as s:
        total = occupancy_on(s, AS_OF).total
    tile = main.dashboard.rooms
    assert tile.figure.text() == f"{total.room_rate}%"
    assert tile.detail.text() == f"{total.startup_occupied} / {total.startup_rooms}실"


def test_search_as_you_type_over_name_representative_and_brn(qtbot: QtBot, desk: Desk) -> None:
    with desk.db.session(write=True) as s:
        make_tenant(s, name="빛고을랩스", brn="124-81-00998", representative="김민준")
        make_tenant(s, name="무등모빌리티", brn="220-81-62517", representative="이서연")
        make_tenant(s, name="예비팀", entity=EntityType.PRE_FOUNDER)
    page = TenantsPage(desk)
    qtbot.addWidget(page)
    page.show()
    settled(qtbot, page)

    def shown() -> list[str]:
        return [row.tenant.name for row in page.model.visible()]

    assert len(shown()) == 3
    page.search.setText("1248100998")
    assert shown() == ["빛고을랩스"]
    page.search.setText("124-81-00")
    assert shown() == ["빛고을랩스"]
    page.search.setText("이서")
    assert shown() == ["무등모빌리티"]
    page.search.setText("")
    page.stage.setCurrentIndex(page.stage.findText("예비창업"))
    assert shown() == ["예비팀"]
    assert page.count.text() == "1 / 3개"


def test_floor_filter_shows_who_holds_a_room_there(qtbot: QtBot, desk: Desk) -> None:
    with desk.db.session(write=True) as s:
        make_lease(s, make_tenant(s, name="삼층기업"), "301", date(2025, 4, 1))
        make_lease(s, make_tenant(s, name="사층기업"), "401", date(2025, 4, 1))
        make_tenant(s, name="방없는기업")
    page = TenantsPage(desk)
    qtbot.addWidget(page)
    page.show()
    settled(qtbot, page)
    page.floor.setCurrentIndex(page.floor.findText("4층"))
    assert [row.tenant.name for row in page.model.visible()] == ["사층기업"]
    page.floor.setCurrentIndex(page.floor.findText("입주 호실 없음"))
    assert [row.tenant.name for row in page.model.visible()] == ["방없는기업"]


def test_adding_a_tenant_from_the_dialog(qtbot: QtBot, desk: Desk) -> None:
    page = TenantsPage(desk)
    qtbot.addWidget(page)
    page.show()
    settled(qtbot, page)
    dialog = TenantDialog(desk, None, page)
    qtbot.addWidget(dialog)
    dialog.name.setText("주식회사 빛고을랩스")
    dialog.entity.setCurrentIndex(dialog.entity.findData(EntityType.CORPORATION.value))
    dialog.brn.setText("124-81-00998")
    dialog.started.setText("2025.3.2")
    dialog.representative.setText("김민준")
    assert dialog.verdict.text() == "초기창업 D-731, 2028. 3. 2.까지"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    with desk.db.session() as s:
        (saved,) = list_tenants(s, AS_OF)
    assert (saved.name, saved.brn, saved.started_on) == (
        "주식회사 빛고을랩스",
        "124-81-00998",
        date(2025, 3, 2),
    )
    assert [row.tenant.name for row in page.model.visible()] == ["주식회사 빛고을랩스"]


def test_a_wrong_brn_is_shown_at_the_field_and_cannot_be_saved(
    qtbot: QtBot, db: Database, desk: Desk
) -> None:
    dialog = new_tenant(qtbot, desk, "검증번호", "124-81-00997")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    assert dialog.field_problems["brn"].text()
    assert "124-81-00997" in dialog.field_problems["brn"].text()
    dialog.save()
    assert counts(db) == (0, 0)
    dialog.brn.setText("124-81-00998")
    assert save.isEnabled() and not dialog.field_problems["brn"].text()
    dialog.started.setText("2025-02-30")
    assert not save.isEnabled() and "2025-02-30" in dialog.field_problems["started_on"].text()


def test_a_duplicate_brn_refused_by_the_service_is_shown_at_the_field(
    qtbot: QtBot, db: Database, desk: Desk
) -> None:
    with desk.db.session(write=True) as s:
        make_tenant(s, name="먼저 온 기업", brn="124-81-00998")
    dialog = new_tenant(qtbot, desk, "나중 기업", "1248100998")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "먼저 온 기업" in dialog.field_problems["brn"].text()
    assert counts(db) == (1, 0)


def test_first_start_on_an_empty_database_offers_the_demo_apart(
    qtbot: QtBot,
    app: QApplication,
    db_path: Path,
    tmp_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    demo_file = tmp_path / "demo.sqlite3"
    monkeypatch.setattr(desktop_app, "demo_database", lambda: demo_file)
    monkeypatch.setattr(desktop_app.Desktop, "ask_tour", staticmethod(lambda parent: True))
    desktop = desktop_app.Desktop("ko", settings)
    assert desktop.open(str(db_path), offer_tour=True)
    assert desktop.window is not None
    qtbot.addWidget(desktop.window)
    assert desktop.window.desk.demo and "[데모]" in desktop.window.windowTitle()
    assert Path(desktop.window.desk.db.location) == demo_file
    with desktop.window.desk.db.session() as s:
        assert len(list_tenants(s, AS_OF)) == desktop_app.DEMO_TENANTS
    assert settings.value("database/last") != str(demo_file)  # real records stay apart
    desktop.window.desk.db.dispose()


def test_a_file_that_is_not_a_database_is_explained_and_the_window_stays(
    qtbot: QtBot,
    desk: Desk,
    tmp_path: Path,
    settings: QSettings,
    told: list[str],
) -> None:
    not_a_database = tmp_path / "memo.sqlite3"
    not_a_database.write_text("회의록", encoding="utf-8")
    desktop = desktop_app.Desktop("ko", settings)
    desktop.window = window(qtbot, desk, settings)
    assert not desktop.open(str(not_a_database))
    assert desktop.window.desk is desk
    assert len(told) == 1 and "memo.sqlite3" in told[0]
    assert not_a_database.read_text(encoding="utf-8") == "회의록"


def test_first_start_creates_the_database_it_names(
    qtbot: QtBot, app: QApplication, tmp_path: Path, settings: QSettings
) -> None:
    path = tmp_path / "새 스테이션.sqlite3"
    desktop = desktop_app.Desktop("ko", settings)
    assert desktop.open(str(path))
    assert desktop.window is not None
    qtbot.addWidget(desktop.window)
    assert path.exists() and path.name in desktop.window.windowTitle()
    assert settings.value("database/last") == str(path)
    assert desktop.window.dashboard.rooms.detail.text() == "0 / 41실"
    desktop.window.desk.db.dispose()


def test_a_last_database_that_no_longer_opens_is_forgotten(
    qtbot: QtBot,
    app: QApplication,
    tmp_path: Path,
    settings: QSettings,
    told: list[str],
) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_text("회의록", encoding="utf-8")
    settings.setValue(desktop_app.LAST_DATABASE, str(broken))
    desktop = desktop_app.Desktop("ko", settings)
    window = desktop.show()
    qtbot.addWidget(window)
    assert not desktop.open(None)
    assert len(told) == 1 and "broken.sqlite3" in told[0]
    assert settings.value(desktop_app.LAST_DATABASE) is None  # the next start opens the default
    assert window.isVisible() and not window.attached()  # 파일 ▸ 열기 is still there


def test_zero_employees_is_kept_apart_from_unknown(qtbot: QtBot, desk: Desk) -> None:
    with desk.db.session(write=True) as s:
        none = make_tenant(s, name="모르는 기업")
        zero = make_tenant(s, name="혼자 기업", employees=0)
    for tenant, expected in ((none, None), (zero, 0)):
        dialog = TenantDialog(desk, tenant.id)
        qtbot.addWidget(dialog)
        dialog.sector.setText("AI")
        dialog.save()
        with desk.db.session() as s:
            saved = next(t for t in list_tenants(s, AS_OF) if t.id == tenant.id)
        assert (saved.sector, saved.employees) == ("AI", expected)


def test_the_window_module_loads_no_database_layer_before_it_shows() -> None:
    """The first paint comes before SQLAlchemy, Alembic and openpyxl (see ui/app.py)."""
    import subprocess
    import sys

    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, incubator_app.cli, incubator_app.ui.app; "
            "print(sorted(m for m in ('sqlalchemy', 'alembic', 'openpyxl') if m in sys.modules))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert loaded.stdout.strip() == "[]"


def test_the_dashboard_shows_booking_requests_waiting(
    qtbot: QtBot, desk: Desk, settings: QSettings
) -> None:
    from datetime import datetime, time

    from incubator_app.services.bookings import BookingInput, book, decide

    now = datetime.combine(AS_OF, time(8))  # Monday 2026-03-02 is a holiday: book Tuesday
    tuesday = datetime.combine(date(2026, 3, 3), time(10))
    with desk.db.session(write=True) as s:
        first = book(s, BookingInput("다목적홀", tuesday, tuesday.replace(hour=12),
                                     organisation="광주 청년센터", contact="062"), now)  # fmt: skip
        second = book(s, BookingInput("교육실 1", tuesday, tuesday.replace(hour=11),
                                      organisation="창업동아리", contact="010"), now)  # fmt: skip
        decide(s, second.id, BookingStatus.APPROVED, now)
    desk.now = lambda: now
    main = window(qtbot, desk, settings)
    tile = main.dashboard.requests
    assert tile.figure.text() == "1"
    assert tile.detail.text() == "03/03 10:00 다목적홀 · 광주 청년센터"
    desk.now = lambda: tuesday.replace(minute=5)
    desk.tell(Change.BOOKINGS)
    assert tile.detail.text() == "03/03 10:00 다목적홀 · 광주 청년센터 (지난 시각)"
    assert first.status is BookingStatus.REQUESTED
    assert main.dashboard.use_title.text() == "공용공간 이용률 (2026년 3월)"
    assert "교육실 1: 0.0%" not in main.dashboard.use.text()  # its approved hour counts
    (go,) = [b for b in tile.findChildren(QPushButton) if b.text() == "신청 처리하기…"]
    go.click()  # to the list of requests on the 공용공간 예약 page
    assert main.stack.currentWidget() is main.bookings
    assert [b.id for b in main.bookings.model.visible()] == [first.id]
