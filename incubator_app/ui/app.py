"""Starting the window: the application, its fonts and language, the database, the tour."""

from __future__ import annotations

import errno
import sys
import tempfile
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QMessageLogContext,
    QSettings,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from incubator_app.domain.errors import DomainError, Language, message
from incubator_app.files import check_folder, write_whole
from incubator_app.paths import APP_AUTHOR, APP_NAME, demo_database, log_file
from incubator_app.services.clock import seoul_today
from incubator_app.ui.actions import PAGE_TITLES
from incubator_app.ui.desk import Desk
from incubator_app.ui.fonts import use_korean_fonts
from incubator_app.ui.i18n import install_translators, saved_language
from incubator_app.ui.mainwindow import LAST_DATABASE as LAST_DATABASE
from incubator_app.ui.mainwindow import MainWindow
from incubator_app.ui.painting import after_first_paint

if TYPE_CHECKING:
    from incubator_app.store.database import Database

# The database layers (SQLAlchemy, Alembic, openpyxl) are imported where they are
# first needed, after the window has shown itself: a manager sees it sooner.

DEMO_TENANTS = 150


def application(language: Language) -> QApplication:
    """The one QApplication, with Hangul fonts and the chosen language."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    use_korean_fonts(app)
    install_translators(app, language)
    return app


class Desktop:
    """The open window, and opening another database in its place."""

    def __init__(self, language: Language, settings: QSettings | None = None) -> None:
        self.language: Language = language
        self.settings = settings or QSettings()
        self.window: MainWindow | None = None

    @staticmethod
    def ask_tour(parent: QWidget | None) -> bool:
        """Whether to look around with demo data (tests replace this question)."""
        answer = QMessageBox.question(
            parent,
            QApplication.translate("Desktop", "데모 데이터로 둘러보기"),
            QApplication.translate(
                "Desktop",
                "아직 입주기업이 없습니다. 데모 데이터로 둘러보시겠습니까?\n"
                "데모는 별도의 파일에 만들어져 실제 기록과 섞이지 않습니다.",
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def open(self, db: str | None, *, offer_tour: bool = False) -> bool:
        """Open ``db`` (None: the last one, else the per-user file) in a new window.

        A database that cannot be opened is explained in a dialog and the open
        window, if any, stays as it was.
        """
        from incubator_app.store.database import open_database

        chosen = db if db is not None else self._last()
        try:
            database = open_database(chosen)
        except DomainError as error:
            if db is None and chosen is not None and "://" not in chosen:
                self.settings.remove(LAST_DATABASE)  # a file gone: forget it (a server may be back)
            self._refused(error)
            if self.window is not None and not self.window.attached():
                self.window.unopened()
            return False
        demo = False
        if offer_tour and self._empty(database) and not self.settings.value("tour/offered"):
            self.settings.setValue("tour/offered", True)
            if self.ask_tour(self.window):
                try:
                    tour = self._demo()
                except DomainError as error:  # the tour's file cannot be used: the real one opens
                    self._refused(error)
                else:
                    database.dispose()
                    database, demo = tour, True
        if chosen is not None and not demo:  # where it is, wherever the next start is from
            self.settings.setValue(LAST_DATABASE, database.location)
        try:
            read_only = database.read_only()
        except DomainError as error:  # busy beyond the wait: it is told on the first write
            read_only = error.code == "db_read_only"
        self._show(Desk(database, seoul_today(), self.language, demo=demo, read_only=read_only))
        if read_only:
            self.tell_read_only(
                self.window, message("db_read_only_opened", self.language, path=database.location)
            )
        return True

    @staticmethod
    def tell_read_only(parent: QWidget | None, text: str) -> None:
        """Say once, on opening, that saving will be refused (tests replace this)."""
        QMessageBox.warning(parent, QApplication.translate("Desktop", "읽기 전용"), text)

    def _last(self) -> str | None:
        last = str(self.settings.value(LAST_DATABASE) or "")
        if "://" in last:  # a server: whether it answers is for opening to find out
            return last
        return last if last and Path(last).exists() else None

    @staticmethod
    def _empty(database: Database) -> bool:
        from incubator_app.services.tenants import tenant_count

        with database.session() as session:
            return tenant_count(session) == 0

    @staticmethod
    def _demo() -> Database:
        from incubator_app.services.demo import make_demo
        from incubator_app.services.tenants import tenant_count
        from incubator_app.store.database import open_database

        database = open_database(str(demo_database()))
        with database.session(write=True) as session:
            if tenant_count(session) == 0:
                make_demo(session, DEMO_TENANTS, seed=1, today=seoul_today())
        return database

    def show(self) -> MainWindow:
        """The window at once, before any database: ``open`` then fills it."""
        self.window = MainWindow(None, self.settings)
        self._connect(self.window)
        self.window.show()
        return self.window

    def _connect(self, window: MainWindow) -> None:
        window.open_database.connect(lambda path: self.open(path))
        window.tour_requested.connect(self.tour)

    def tour(self) -> None:
        """The demo data, in its own file apart from the real records (도움말 menu)."""
        try:
            database = self._demo()
        except DomainError as error:
            self._refused(error)
            return
        self._show(Desk(database, seoul_today(), self.language, demo=True))

    def _show(self, desk: Desk) -> None:
        if self.window is not None and not self.window.attached():
            self.window.attach(desk)
            return
        old = self.window
        if old is not None:
            old.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # its pages and rows go too
        self.window = MainWindow(desk, self.settings)
        self._connect(self.window)
        self.window.show()
        if old is not None:
            old.close()
            old.desk.db.dispose()

    def _refused(self, error: DomainError) -> None:
        QMessageBox.critical(
            self.window,
            QApplication.translate("Desktop", "데이터베이스를 열 수 없습니다"),
            error.text(self.language),
        )


def report_unexpected(
    kind: type[BaseException], value: BaseException, trace: TracebackType | None
) -> None:
    """A bug: written to the log file, told in one dialog; the window stays open."""
    path = log_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as out:
        out.write("".join(traceback.format_exception(kind, value, trace)))
    QMessageBox.critical(
        None,
        QApplication.translate("Desktop", "예기치 않은 오류"),
        QApplication.translate(
            "Desktop",
            "예기치 않은 오류가 생겼습니다. 작업 중인 데이터베이스는 그대로입니다.\n기록: {0}",
        ).format(path),
    )


def run(db: str | None, language: Language | None) -> int:
    """``python main.py``: the window on the chosen database; the exit code.

    ``language`` None: the one chosen in 설정 (Korean until one is chosen).
    """
    QApplication.setOrganizationName(APP_AUTHOR)
    QApplication.setApplicationName(APP_NAME)
    settings = QSettings()
    language = language or saved_language(settings)
    app = application(language)
    desktop = Desktop(language, settings)
    window = desktop.show()

    def fill() -> None:
        # A database named on the command line that cannot be opened ends the start (exit 2);
        # otherwise the empty window stays, for 파일 ▸ 열기 or 새 데이터베이스.
        if not desktop.open(db, offer_tour=True) and db is not None:
            app.exit(2)

    after_first_paint(window, fill)
    sys.excepthook = report_unexpected
    return app.exec()


def _without_platform_notes(mode: QtMsgType, context: QMessageLogContext, text: str) -> None:
    """Qt's messages, less what the offscreen platform says of itself about every window."""
    if "propagateSizeHints" not in text:
        print(text, file=sys.stderr)


def _save_png(window: QWidget, path: Path) -> None:
    if not window.grab().save(str(path), "PNG"):
        raise OSError(errno.EIO, "PNG")


def screenshots(folder: Path, language: Language, tenants: int = DEMO_TENANTS) -> list[Path]:
    """Each page of the window, with demo data in a throwaway database, as PNG files
    (the command line chooses Qt's offscreen platform where there is no screen)."""
    check_folder(folder)
    from incubator_app.services.demo import make_demo
    from incubator_app.store.database import open_database

    app = application(language)
    qInstallMessageHandler(_without_platform_notes)
    with tempfile.TemporaryDirectory() as scratch:
        database = open_database(str(Path(scratch) / "demo.sqlite3"))
        today = seoul_today()
        with database.session(write=True) as session:
            make_demo(session, tenants, seed=1, today=today)
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(Desk(database, today, language, demo=True), settings)
        window.resize(1400, 860)
        window.show()
        written = []
        for number, shown in enumerate(PAGE_TITLES):
            page = window.page(shown)
            window.show_page(shown)
            app.processEvents()
            while not page.settled():
                app.processEvents()
            app.processEvents()  # the layout follows what was read
            path = folder / f"{number + 1}-{page.objectName()}.png"
            write_whole(path, lambda temporary: _save_png(window, temporary))
            written.append(path)
        window.close()
        database.dispose()
    return written
