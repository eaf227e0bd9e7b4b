"""The main window: side navigation, pages, menus, the 기준일. It holds no rules."""

from __future__ import annotations

import platform
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from incubator_app import __version__
from incubator_app.services.clock import seoul_today
from incubator_app.ui.actions import ACTIONS, MENUS, PAGE_TITLES, Act, Declared, Menu, Need, PageId
from incubator_app.ui.dates import date_edit, day_of, qdate
from incubator_app.ui.desk import Change
from incubator_app.ui.i18n import LANGUAGE_KEY, saved_language
from incubator_app.ui.theme import NAVIGATION_STYLE, Tone, tone

if TYPE_CHECKING:
    from incubator_app.ui.backup_actions import BackupActions
    from incubator_app.ui.desk import Desk
    from incubator_app.ui.excel_actions import ExcelActions
    from incubator_app.ui.form import Page
    from incubator_app.ui.pages.bookings import BookingsPage
    from incubator_app.ui.pages.dashboard import DashboardPage
    from incubator_app.ui.pages.history import HistoryPage
    from incubator_app.ui.pages.leases import LeasesPage
    from incubator_app.ui.pages.money import MoneyPage
    from incubator_app.ui.pages.rooms import RoomsPage
    from incubator_app.ui.pages.tenants import TenantsPage
    from incubator_app.ui.print_actions import PrintActions


FRAME_PX = 40  # the title bar and frame the window manager adds around the window
LAST_DATABASE = "database/last"  # in QSettings: the database the next start opens


def _tr(text: str) -> str:
    """A declared text in the reader's language (declared in the ``MainWindow`` context)."""
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    """The window shows at once with its navigation and menus; ``attach`` then gives it
    a database and builds the pages (whose modules bring the database layers in).

    Signals:
        open_database(str): the person chose another database: a file (new or existing)
            or a server's address.
        tour_requested(): the person asked to look around with demo data.
    """

    open_database = Signal(str)
    tour_requested = Signal()

    def __init__(self, desk: Desk | None, settings: QSettings) -> None:
        super().__init__()
        self.settings = settings
        self.setWindowTitle(self.tr("빛고을 창업스테이션 입주기업 관리"))
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setStyleSheet(NAVIGATION_STYLE)
        self.navigation.setFixedWidth(180)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for page, title in PAGE_TITLES.items():  # each item knows its page
            item = QListWidgetItem(_tr(title))
            item.setData(Qt.ItemDataRole.UserRole, page)
            self.navigation.addItem(item)
        self.stack = QStackedWidget()
        self.waiting = QLabel(self.tr("데이터베이스를 여는 중…"))
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.waiting)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.as_of = date_edit(seoul_today())
        self.acts = {act: self._action(declared) for act, declared in ACTIONS.items()}
        self._toolbar()
        for menu in MENUS:
            self._fill(self.menuBar().addMenu(_tr(menu.title)), menu.items)
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:  # the status bar (database, desk) stays on a laptop's 768 pixels too
            room = self.screen().availableGeometry()
            self.resize(min(1280, room.width()), min(800, room.height() - FRAME_PX))
        if desk is not None:
            self.attach(desk)

    def attach(self, desk: Desk) -> None:
        """Open the pages on ``desk``: its database and its 기준일."""
        self.desk = desk
        self.pages: dict[PageId, Page] = {}  # each made when first shown or asked for
        placeholder = self.stack.widget(0)
        assert placeholder is not None
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.navigation.currentItemChanged.connect(self._navigated)
        self.as_of.setDate(qdate(desk.as_of))
        self.as_of.dateChanged.connect(lambda _d: desk.set_as_of(day_of(self.as_of)))
        for act, declared in ACTIONS.items():
            self.acts[act].setEnabled(declared.needs is not Need.WRITE or not desk.read_only)
        self.setWindowTitle(self._title())
        self.statusBar().addWidget(QLabel(desk.db.location))  # stays, unlike a message
        if desk.read_only:
            warning = QLabel(self.tr("읽기 전용: 저장할 수 없습니다"))
            tone(warning, Tone.REFUSED)
            self.statusBar().addPermanentWidget(warning)
        self.signing = QLabel(self.tr("데스크: {0}").format(desk.db.desk))
        self.statusBar().addPermanentWidget(self.signing)
        self.show_page(PageId.DASHBOARD)
        desk.watch_others()
        if desk.db.warnings:  # told once, and the work goes on
            told = "\n\n".join(warning.text(desk.language) for warning in desk.db.warnings)
            desk.db.warnings.clear()
            self.warned = QMessageBox(QMessageBox.Icon.Warning, self.tr("주의"), told, parent=self)
            self.warned.open()

    def page(self, which: PageId) -> Page:
        """The page, made on first use: its module and the layers under it are read then,
        so the window and its dashboard come up without them."""
        made = self.pages.get(which)
        if made is None:
            made = self._make(which)
            self.pages[which] = made
            self.stack.addWidget(made)
        return made

    def _make(self, which: PageId) -> Page:
        makers: dict[PageId, Callable[[], Page]] = {
            PageId.DASHBOARD: self._make_dashboard,
            PageId.TENANTS: self._make_tenants,
            PageId.ROOMS: self._make_rooms,
            PageId.LEASES: self._make_leases,
            PageId.BOOKINGS: self._make_bookings,
            PageId.MONEY: self._make_money,
            PageId.HISTORY: self._make_history,
        }
        return makers[which]()

    def _make_dashboard(self) -> Page:
        from incubator_app.ui.pages.dashboard import DashboardPage

        dashboard = DashboardPage(self.desk)
        dashboard.open_tenant.connect(self._open_tenant)
        dashboard.open_requests.connect(self._open_requests)
        return dashboard

    def _make_tenants(self) -> Page:
        from incubator_app.ui.pages.tenants import TenantsPage

        return TenantsPage(self.desk)

    def _make_rooms(self) -> Page:
        from incubator_app.ui.pages.rooms import RoomsPage

        rooms = RoomsPage(self.desk)
        rooms.new_lease.connect(self._new_lease)
        return rooms

    def _make_leases(self) -> Page:
        from incubator_app.ui.pages.leases import LeasesPage

        return LeasesPage(self.desk)

    def _make_bookings(self) -> Page:
        from incubator_app.ui.pages.bookings import BookingsPage

        bookings = BookingsPage(self.desk)
        bookings.print_requested.connect(self.trigger)
        return bookings

    def _make_money(self) -> Page:
        from incubator_app.ui.pages.money import MoneyPage

        return MoneyPage(self.desk)

    def _make_history(self) -> Page:
        from incubator_app.ui.pages.history import HistoryPage

        history = HistoryPage(self.desk)
        history.export_requested.connect(self.trigger)
        return history

    @property
    def dashboard(self) -> DashboardPage:
        return cast("DashboardPage", self.page(PageId.DASHBOARD))

    @property
    def tenants(self) -> TenantsPage:
        return cast("TenantsPage", self.page(PageId.TENANTS))

    @property
    def rooms(self) -> RoomsPage:
        return cast("RoomsPage", self.page(PageId.ROOMS))

    @property
    def leases(self) -> LeasesPage:
        return cast("LeasesPage", self.page(PageId.LEASES))

    @property
    def bookings(self) -> BookingsPage:
        return cast("BookingsPage", self.page(PageId.BOOKINGS))

    @property
    def money(self) -> MoneyPage:
        return cast("MoneyPage", self.page(PageId.MONEY))

    @property
    def history(self) -> HistoryPage:
        return cast("HistoryPage", self.page(PageId.HISTORY))

    def _title(self) -> str:
        demo = self.tr(" [데모]") if self.desk.demo else ""
        if self.desk.read_only:
            demo += self.tr(" [읽기 전용]")
        station = self.tr("빛고을 창업스테이션 입주기업 관리")
        return f"{station}{demo} — {Path(self.desk.db.location).name}"

    def _toolbar(self) -> None:
        bar = QToolBar(self.tr("기준일"))
        bar.setObjectName("as_of_bar")
        bar.setMovable(False)
        bar.addWidget(QLabel(self.tr("기준일 ")))
        bar.addWidget(self.as_of)
        today = bar.addAction(self.tr("오늘"))
        today.triggered.connect(lambda: self.as_of.setDate(qdate(seoul_today())))
        self.addToolBar(bar)

    def _action(self, declared: Declared) -> QAction:
        """The declared action, enabled at once unless it needs a database."""
        action = QAction(_tr(declared.text), self)
        if declared.shortcut is not None:
            action.setShortcut(QKeySequence(declared.shortcut))
        action.triggered.connect(lambda _=False: declared.run(self))
        action.setEnabled(declared.needs is Need.NOTHING)
        return action

    def _fill(self, menu: QMenu, items: tuple[Act | Menu | None, ...]) -> None:
        for item in items:
            if item is None:
                menu.addSeparator()
            elif isinstance(item, Menu):
                self._fill(menu.addMenu(_tr(item.title)), item.items)
            else:
                menu.addAction(self.acts[item])

    def trigger(self, act: Act) -> None:
        """Do what ``act`` declares, as its menu item would."""
        self.acts[act].trigger()

    def attached(self) -> bool:
        return hasattr(self, "desk")

    def show_page(self, page: PageId) -> None:
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) is page:
                self.navigation.setCurrentItem(item)

    def _navigated(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.stack.setCurrentWidget(self.page(item.data(Qt.ItemDataRole.UserRole)))

    @cached_property
    def excel(self) -> ExcelActions:
        """Excel in and out, made on first use (openpyxl is read then, not at start)."""
        from incubator_app.ui.excel_actions import ExcelActions

        return ExcelActions(self, self.desk)

    @cached_property
    def safekeeping(self) -> BackupActions:
        """백업하기 and 백업에서 복원."""
        from incubator_app.ui.backup_actions import BackupActions

        return BackupActions(self, self.desk)

    @cached_property
    def printing(self) -> PrintActions:
        """Printed documents, made on first use (Qt's printing is loaded then)."""
        from incubator_app.ui.print_actions import PrintActions

        return PrintActions(self, self.desk, self.bookings.schedule)

    def request_tour(self) -> None:
        self.tour_requested.emit()

    def read_again(self) -> None:
        self.desk.tell(Change.EVERYTHING)

    def _open_tenant(self, tenant_id: int) -> None:
        self.show_page(PageId.TENANTS)
        self.tenants.edit(tenant_id)

    def _open_requests(self) -> None:
        self.show_page(PageId.BOOKINGS)
        self.bookings.show_requests()

    def _new_lease(self, room: str) -> None:
        self.show_page(PageId.LEASES)
        self.leases.start_lease(room)

    def ask_new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("새 데이터베이스"),
            str(Path.home() / "stag.sqlite3"),
            self.tr("데이터베이스 (*.sqlite3 *.db)"),
        )
        if path:
            self.open_database.emit(path)

    def ask_open_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("데이터베이스 열기"),
            str(Path(self.desk.db.location).parent if self.attached() else Path.home()),
            self.tr("데이터베이스 (*.sqlite3 *.db);;모든 파일 (*)"),
        )
        if path:
            self.open_database.emit(path)

    def unopened(self) -> None:
        """No database could be opened at the start: say how to open one."""
        self.waiting.setText(
            self.tr("열린 데이터베이스가 없습니다. 파일 ▸ 열기… 또는 데이터베이스 연결…로 여세요.")
        )

    def ask_server(self) -> None:
        """A PostgreSQL server's database (its password goes to the opening, not to the
        remembered address)."""
        from incubator_app.ui.connect_dialog import ConnectDialog

        language = self.desk.language if self.attached() else saved_language(self.settings)
        last = str(self.settings.value(LAST_DATABASE) or "")
        current = self.desk.db.location if self.attached() else last
        chosen = ConnectDialog.ask(language, self, current if "://" in current else None)
        if chosen is not None:
            self.open_database.emit(chosen.render_as_string(hide_password=False))

    def open_settings(self) -> None:
        from incubator_app.ui.form import open_dialog
        from incubator_app.ui.settings_dialog import SettingsDialog

        open_dialog(
            self, self.desk, lambda: SettingsDialog(self.desk, self.settings, LANGUAGE_KEY, self)
        )
        self.signing.setText(self.tr("데스크: {0}").format(self.desk.db.desk))

    def version(self) -> None:
        QMessageBox.information(
            self,
            self.tr("버전"),
            self.tr("버전 {0}\nPython {1}, Qt {2}").format(
                __version__, platform.python_version(), qVersion()
            ),
        )

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("정보"),
            self.tr("{0} 입주기업 관리 데스크\n버전 {1}\n데이터베이스: {2}").format(
                self.tr("빛고을 창업스테이션"), __version__, self.desk.db.location
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.settings.setValue("window/geometry", self.saveGeometry())
        if self.attached():
            self.desk.close()
        super().closeEvent(event)
