"""The main window: side navigation, pages, menus, the 기준일. It holds no rules."""

from __future__ import annotations

import platform
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from incubator_app import __version__
from incubator_app.services.clock import seoul_today
from incubator_app.ui.dates import date_edit, day_of, qdate
from incubator_app.ui.form import open_dialog
from incubator_app.ui.i18n import LANGUAGE_KEY

if TYPE_CHECKING:
    from incubator_app.ui.desk import Desk
    from incubator_app.ui.excel_actions import ExcelActions
    from incubator_app.ui.pages.bookings import BookingsPage
    from incubator_app.ui.pages.dashboard import DashboardPage
    from incubator_app.ui.pages.leases import LeasesPage
    from incubator_app.ui.pages.rooms import RoomsPage
    from incubator_app.ui.pages.tenants import TenantsPage
    from incubator_app.ui.print_actions import PrintActions


class MainWindow(QMainWindow):
    """The window shows at once with its navigation and menus; ``attach`` then gives it
    a database and builds the pages (whose modules bring the database layers in).

    Signals:
        open_database(str): the person chose another database file (new or existing).
        tour_requested(): the person asked to look around with demo data.
    """

    open_database = Signal(str)
    tour_requested = Signal()

    def __init__(self, desk: Desk | None, settings: QSettings) -> None:
        super().__init__()
        self.settings = settings
        self.setWindowTitle(self.tr("빛고을 창업스테이션 입주기업 관리"))
        self.titles = [
            self.tr("대시보드"),
            self.tr("입주기업"),
            self.tr("호실·층"),
            self.tr("계약"),
            self.tr("공용공간 예약"),
        ]
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(180)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.addItems(self.titles)
        self.stack = QStackedWidget()
        self.stack.addWidget(
            QLabel(self.tr("데이터베이스를 여는 중…"), alignment=Qt.AlignmentFlag.AlignCenter)
        )
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.as_of = date_edit(seoul_today())
        self.with_data: list[QAction] = []  # enabled once a database is attached
        self._toolbar()
        self._menus()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        if desk is not None:
            self.attach(desk)

    def attach(self, desk: Desk) -> None:
        """Open the pages on ``desk``: its database and its 기준일."""
        from incubator_app.ui.excel_actions import ExcelActions
        from incubator_app.ui.pages.bookings import BookingsPage
        from incubator_app.ui.pages.dashboard import DashboardPage
        from incubator_app.ui.pages.leases import LeasesPage
        from incubator_app.ui.pages.rooms import RoomsPage
        from incubator_app.ui.pages.tenants import TenantsPage
        from incubator_app.ui.print_actions import PrintActions

        self.desk = desk
        self.dashboard: DashboardPage = DashboardPage(desk)
        self.tenants: TenantsPage = TenantsPage(desk)
        self.rooms: RoomsPage = RoomsPage(desk)
        self.leases: LeasesPage = LeasesPage(desk)
        self.bookings: BookingsPage = BookingsPage(desk)
        self.excel: ExcelActions = ExcelActions(self, desk)
        self.printing: PrintActions = PrintActions(self, desk, self.bookings.schedule)
        shown = (self.dashboard, self.tenants, self.rooms, self.leases, self.bookings)
        self.pages: list[tuple[str, QWidget]] = list(zip(self.titles, shown, strict=True))
        placeholder = self.stack.widget(0)
        assert placeholder is not None
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        for _title, page in self.pages:
            self.stack.addWidget(page)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.as_of.setDate(qdate(desk.as_of))
        self.as_of.dateChanged.connect(lambda _d: desk.set_as_of(day_of(self.as_of)))
        self.dashboard.open_tenant.connect(self._open_tenant)
        self.dashboard.open_requests.connect(self._open_requests)
        self.rooms.new_lease.connect(self._new_lease)
        self.bookings.print_requested.connect(lambda verb: self._printout(verb, "schedule"))
        for action in self.with_data:
            action.setEnabled(True)
        self.setWindowTitle(self._title())
        self.statusBar().addWidget(QLabel(desk.db.location))  # stays, unlike a message
        if desk.read_only:
            warning = QLabel(self.tr("읽기 전용: 저장할 수 없습니다"))
            warning.setObjectName("fieldError")
            self.statusBar().addPermanentWidget(warning)
        self.navigation.setCurrentRow(0)
        self.stack.setCurrentIndex(0)

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

    def _action(
        self, text: str, slot: object, shortcut: QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _data_action(
        self, text: str, slot: object, shortcut: QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        """An action that needs the database: disabled until one is attached."""
        action = self._action(text, slot, shortcut)
        action.setEnabled(False)
        self.with_data.append(action)
        return action

    def attached(self) -> bool:
        return hasattr(self, "desk")

    def _menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("파일(&F)"))
        file.addAction(
            self._action(
                self.tr("새 데이터베이스…"), self._new_database, QKeySequence.StandardKey.New
            )
        )
        file.addAction(
            self._action(self.tr("열기…"), self._open_database, QKeySequence.StandardKey.Open)
        )
        file.addSeparator()
        file.addAction(
            self._data_action(
                self.tr("Excel 가져오기…"), lambda: self.excel.import_roster(), "Ctrl+I"
            )
        )
        export = file.addMenu(self.tr("Excel 내보내기"))
        export.addAction(
            self._data_action(
                self.tr("입주기업 현황…"), lambda: self.excel.export_roster(), "Ctrl+E"
            )
        )
        export.addAction(
            self._data_action(
                self.tr("층별 현황…"), lambda: self.excel.export_occupancy(), "Ctrl+Shift+E"
            )
        )
        export.addAction(
            self._data_action(
                self.tr("공용공간 예약 현황…"),
                lambda: self.excel.export_bookings(*self.bookings.listed()),
            )
        )
        file.addSeparator()
        documents = (
            (self.tr("입주 현황 보고…"), "occupancy"),
            (self.tr("입주기업 현황…"), "roster"),
            (self.tr("공용공간 주간 예약표…"), "schedule"),
        )
        for title, verb, shortcut in (
            (self.tr("인쇄 미리보기"), "preview", None),
            (self.tr("인쇄"), "print", QKeySequence.StandardKey.Print),
            (self.tr("PDF로 저장"), "save_pdf", None),
        ):
            menu = file.addMenu(title)
            for number, (name, which) in enumerate(documents):
                menu.addAction(
                    self._data_action(
                        name,
                        lambda _=False, v=verb, w=which: self._printout(v, w),
                        shortcut if number == 0 else None,
                    )
                )
        file.addSeparator()
        file.addAction(self._action(self.tr("종료"), self.close, QKeySequence.StandardKey.Quit))
        edit = bar.addMenu(self.tr("편집(&E)"))
        edit.addAction(
            self._data_action(self.tr("입주기업 추가…"), lambda: self.tenants.edit(None))
        )
        edit.addAction(
            self._data_action(self.tr("새 계약…"), lambda: self.leases.start_lease(None))
        )
        edit.addAction(
            self._data_action(self.tr("새 예약…"), lambda: self.bookings.book(None, None))
        )
        edit.addSeparator()
        edit.addAction(
            self._data_action(
                self.tr("설정…"), self._settings, QKeySequence.StandardKey.Preferences
            )
        )
        view = bar.addMenu(self.tr("보기(&V)"))
        for number, title in enumerate(self.titles):
            view.addAction(
                self._action(
                    title,
                    lambda _=False, n=number: self.navigation.setCurrentRow(n),
                    f"Ctrl+{number + 1}",
                )
            )
        view.addSeparator()
        view.addAction(
            self._data_action(
                self.tr("새로 고침"),
                lambda: self.desk.changed.emit("everything"),
                QKeySequence.StandardKey.Refresh,
            )
        )
        help_menu = bar.addMenu(self.tr("도움말(&H)"))
        help_menu.addAction(
            self._action(self.tr("데모 데이터로 둘러보기"), self.tour_requested.emit)
        )
        help_menu.addAction(self._action(self.tr("정보…"), self._about))
        help_menu.addAction(self._action(self.tr("버전…"), self._version))

    def _printout(self, verb: str, which: str) -> None:
        from incubator_app.ui.print_actions import Printout

        getattr(self.printing, verb)(Printout(which))

    def _open_tenant(self, tenant_id: int) -> None:
        self.navigation.setCurrentRow(self.stack.indexOf(self.tenants))
        self.tenants.edit(tenant_id)

    def _open_requests(self) -> None:
        self.navigation.setCurrentRow(self.stack.indexOf(self.bookings))
        self.bookings.show_requests()

    def _new_lease(self, room: str) -> None:
        self.navigation.setCurrentRow(self.stack.indexOf(self.leases))
        self.leases.start_lease(room)

    def _new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("새 데이터베이스"),
            str(Path.home() / "stag.sqlite3"),
            self.tr("데이터베이스 (*.sqlite3 *.db)"),
        )
        if path:
            self.open_database.emit(path)

    def _open_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("데이터베이스 열기"),
            str(Path(self.desk.db.location).parent if self.attached() else Path.home()),
            self.tr("데이터베이스 (*.sqlite3 *.db);;모든 파일 (*)"),
        )
        if path:
            self.open_database.emit(path)

    def _settings(self) -> None:
        from incubator_app.ui.settings_dialog import SettingsDialog

        open_dialog(
            self, self.desk, lambda: SettingsDialog(self.desk, self.settings, LANGUAGE_KEY, self)
        )

    def _version(self) -> None:
        QMessageBox.information(
            self,
            self.tr("버전"),
            self.tr("버전 {0}\nPython {1}, Qt {2}").format(
                __version__, platform.python_version(), qVersion()
            ),
        )

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("정보"),
            self.tr("{0} 입주기업 관리 데스크\n버전 {1}\n데이터베이스: {2}").format(
                self.tr("빛고을 창업스테이션"), __version__, self.desk.db.location
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.settings.setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
