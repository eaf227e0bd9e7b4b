"""The window's actions, declared once: text, shortcut, what it does, when it may be used.

Menus are lists of action ids; the main window builds them and holds no other
logic (Picard's registered main-window actions). Texts are the Korean sources,
translated in the ``MainWindow`` context when the window builds them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, StrEnum, auto
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence

if TYPE_CHECKING:
    from incubator_app.ui.mainwindow import MainWindow


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate reads)
    """Mark ``text`` for translation in ``context``; it is translated where it is shown."""
    return text


class PageId(Enum):
    """The window's pages, in the order the navigation lists them."""

    DASHBOARD = auto()
    TENANTS = auto()
    ROOMS = auto()
    LEASES = auto()
    BOOKINGS = auto()
    MONEY = auto()
    HISTORY = auto()


PAGE_TITLES = {
    PageId.DASHBOARD: QT_TRANSLATE_NOOP("MainWindow", "대시보드"),
    PageId.TENANTS: QT_TRANSLATE_NOOP("MainWindow", "입주기업"),
    PageId.ROOMS: QT_TRANSLATE_NOOP("MainWindow", "호실·층"),
    PageId.LEASES: QT_TRANSLATE_NOOP("MainWindow", "계약"),
    PageId.BOOKINGS: QT_TRANSLATE_NOOP("MainWindow", "공용공간 예약"),
    PageId.MONEY: QT_TRANSLATE_NOOP("MainWindow", "수납"),
    PageId.HISTORY: QT_TRANSLATE_NOOP("MainWindow", "변경 이력"),
}


class Printout(StrEnum):
    OCCUPANCY = "occupancy"  # 입주 현황 보고, A4 portrait
    ROSTER = "roster"  # 입주기업 현황, A4 landscape
    SCHEDULE = "schedule"  # 공용공간 주간 예약표, A4 landscape, a page per space


class Act(Enum):
    NEW_DATABASE = auto()
    OPEN_DATABASE = auto()
    CONNECT_SERVER = auto()
    IMPORT_ROSTER = auto()
    EXPORT_ROSTER = auto()
    EXPORT_OCCUPANCY = auto()
    EXPORT_BOOKINGS = auto()
    EXPORT_HISTORY = auto()
    BACKUP = auto()
    RESTORE = auto()
    PREVIEW_OCCUPANCY = auto()
    PREVIEW_ROSTER = auto()
    PREVIEW_SCHEDULE = auto()
    PRINT_OCCUPANCY = auto()
    PRINT_ROSTER = auto()
    PRINT_SCHEDULE = auto()
    PDF_OCCUPANCY = auto()
    PDF_ROSTER = auto()
    PDF_SCHEDULE = auto()
    QUIT = auto()
    ADD_TENANT = auto()
    NEW_LEASE = auto()
    NEW_BOOKING = auto()
    SETTINGS = auto()
    SHOW_DASHBOARD = auto()
    SHOW_TENANTS = auto()
    SHOW_ROOMS = auto()
    SHOW_LEASES = auto()
    SHOW_BOOKINGS = auto()
    SHOW_MONEY = auto()
    SHOW_HISTORY = auto()
    REFRESH = auto()
    TOUR = auto()
    ABOUT = auto()
    VERSION = auto()


Shortcut = QKeySequence.StandardKey | str | None


class Need(Enum):
    """When an action may be used."""

    NOTHING = auto()  # always
    DATA = auto()  # once a database is open
    WRITE = auto()  # once a database is open that takes writes


@dataclass(frozen=True)
class Declared:
    text: str
    run: Callable[[MainWindow], object]
    shortcut: Shortcut = None
    needs: Need = Need.DATA


def _page(page: PageId, shortcut: str) -> Declared:
    return Declared(PAGE_TITLES[page], lambda w: w.show_page(page), shortcut, needs=Need.NOTHING)


OCCUPANCY_DOC = QT_TRANSLATE_NOOP("MainWindow", "입주 현황 보고…")
ROSTER_DOC = QT_TRANSLATE_NOOP("MainWindow", "입주기업 현황…")
SCHEDULE_DOC = QT_TRANSLATE_NOOP("MainWindow", "공용공간 주간 예약표…")

ACTIONS: dict[Act, Declared] = {
    Act.NEW_DATABASE: Declared(
        QT_TRANSLATE_NOOP("MainWindow", "새 데이터베이스…"),
        lambda w: w.ask_new_database(),
        QKeySequence.StandardKey.New,
        needs=Need.NOTHING,
    ),
    Act.OPEN_DATABASE: Declared(
        QT_TRANSLATE_NOOP("MainWindow", "열기…"),
        lambda w: w.ask_open_database(),
        QKeySequence.StandardKey.Open,
        needs=Need.NOTHING,
    ),
    Act.CONNECT_SERVER: Declared(
        QT_TRANSLATE_NOOP("MainWindow", "데이터베이스 연결…"),
        lambda w: w.ask_server(),
        needs=Need.NOTHING,
    ),
    Act.IMPORT_ROSTER: Declared(
        QT_TRANSLATE_NOOP("MainWindow", "Excel 가져오기…"),
        lambda w: w.excel.import_roster(),
        "Ctrl+I",
        needs=Need.WRITE,
    ),
    Act.EXPORT_ROSTER: Declared(ROSTER_DOC, lambda w: w.excel.export_roster(), "Ctrl+E"),
    Act.EXPORT_OCCUPANCY: Declared(
        QT_TRANSLATE_NOOP("MainWindow", "층별 현황…"),
        lambda w: w.excel.export_occupancy(),
        "Ctrl+Shift+E",
    ),
    Act.EXPORT_BOOKINGS: Declared(
        QT_TRANSLATE_NOOP("MainWindow", "공용공간 예약 현황…"),
        lambda w: w.excel.export_bookings(*w.bookings.listed()),
    ),
    Act.BACKUP: Declared(
        QT_TRANSLATE_NOOP("MainWindow", "백업하기"), lambda w: w.safekeeping.back_up()
    ),
    Act.RESTORE: Declared(
        QT_TRANSLATE_NOOP("MainWindow", "백업에서 복원…"),
        lambda w: w.safekeeping.restore(),
        needs=Need.WRITE,
    ),
    Act.EXPORT_HISTORY: Declared(
        QT_TRANSLATE_NOOP("MainWindow", "변경 이력…"),
        lambda w: w.excel.export_history(w.history.wanted_now()),
    ),
    Act.PREVIEW_OCCUPANCY: Declared(
        OCCUPANCY_DOC, lambda w: w.printing.preview(Printout.OCCUPANCY)
    ),
    Act.PREVIEW_ROSTER: Declared(ROSTER_DOC, lambda w: w.printing.preview(Printout.ROSTER)),
    Act.PREVIEW_SCHEDULE: Declared(SCHEDULE_DOC, lambda w: w.printing.preview(Printout.SCHEDULE)),
    Act.PRINT_OCCUPANCY: Declared(
        OCCUPANCY_DOC,
        lambda w: w.printing.print(Printout.OCCUPANCY),
        QKeySequence.StandardKey.Print,
    ),
    Act.PRINT_ROSTER: Declared(ROSTER_DOC, lambda w: w.printing.print(Printout.ROSTER)),
    Act.PRINT_SCHEDULE: Declared(SCHEDULE_DOC, lambda w: w.printing.print(Printout.SCHEDULE)),
    Act.PDF_OCCUPANCY: Declared(OCCUPANCY_DOC, lambda w: w.printing.save_pdf(Printout.OCCUPANCY)),
    Act.PDF_ROSTER: Declared(ROSTER_DOC, lambda w: w.printing.save_pdf(Printout.ROSTER)),
    Act.PDF_SCHEDULE: Declared(SCHEDULE_DOC, lambda w: w.printing.save_pdf(Printout.SCHEDULE)),
    Act.QUIT: Declared(
        QT_TRANSLATE_NOOP("MainWindow", "종료"),
        lambda w: w.close(),
        QKeySequence.StandardKey.Quit,
        needs=Need.NOTHING,
    ),
    Act.ADD_TENANT: Declared(
        QT_TRANSLATE_NOOP("MainWindow", "입주기업 추가…"),
        lambda w: w.tenants.edit(None),
        needs=Need.WRITE,
    ),
    Act.NEW_LEASE: Declared(
        QT_TRANSLATE_NOOP("MainWindow", "새 계약…"),
        lambda w: w.leases.start_lease(None),
        needs=Need.WRITE,
    ),
    Act.NEW_BOOKING: Declared(
        QT_TRANSLATE_NOOP("MainWindow", "새 예약…"),
        lambda w: w.bookings.book(None, None),
        needs=Need.WRITE,
    ),
    Act.SETTINGS: Declared(
        QT_TRANSLATE_NOOP("MainWindow", "설정…"),
        lambda w: w.open_settings(),
        QKeySequence.StandardKey.Preferences,
    ),
    Act.SHOW_DASHBOARD: _page(PageId.DASHBOARD, "Ctrl+1"),
    Act.SHOW_TENANTS: _page(PageId.TENANTS, "Ctrl+2"),
    Act.SHOW_ROOMS: _page(PageId.ROOMS, "Ctrl+3"),
    Act.SHOW_LEASES: _page(PageId.LEASES, "Ctrl+4"),
    Act.SHOW_BOOKINGS: _page(PageId.BOOKINGS, "Ctrl+5"),
    Act.SHOW_MONEY: _page(PageId.MONEY, "Ctrl+6"),
    Act.SHOW_HISTORY: _page(PageId.HISTORY, "Ctrl+7"),
    Act.REFRESH: Declared(
        QT_TRANSLATE_NOOP("MainWindow", "새로 고침"),
        lambda w: w.read_again(),
        QKeySequence.StandardKey.Refresh,
    ),
    Act.TOUR: Declared(
        QT_TRANSLATE_NOOP("MainWindow", "데모 데이터로 둘러보기"),
        lambda w: w.request_tour(),
        needs=Need.NOTHING,
    ),
    Act.ABOUT: Declared(
        QT_TRANSLATE_NOOP("MainWindow", "정보…"), lambda w: w.about(), needs=Need.NOTHING
    ),
    Act.VERSION: Declared(
        QT_TRANSLATE_NOOP("MainWindow", "버전…"), lambda w: w.version(), needs=Need.NOTHING
    ),
}


@dataclass(frozen=True)
class Menu:
    title: str
    items: tuple[Act | Menu | None, ...]  # None: a separator


MENUS = (
    Menu(
        QT_TRANSLATE_NOOP("MainWindow", "파일(&F)"),
        (
            Act.NEW_DATABASE,
            Act.OPEN_DATABASE,
            Act.CONNECT_SERVER,
            None,
            Act.IMPORT_ROSTER,
            Menu(
                QT_TRANSLATE_NOOP("MainWindow", "Excel 내보내기"),
                (Act.EXPORT_ROSTER, Act.EXPORT_OCCUPANCY, Act.EXPORT_BOOKINGS, Act.EXPORT_HISTORY),
            ),
            None,
            Menu(
                QT_TRANSLATE_NOOP("MainWindow", "인쇄 미리보기"),
                (Act.PREVIEW_OCCUPANCY, Act.PREVIEW_ROSTER, Act.PREVIEW_SCHEDULE),
            ),
            Menu(
                QT_TRANSLATE_NOOP("MainWindow", "인쇄"),
                (Act.PRINT_OCCUPANCY, Act.PRINT_ROSTER, Act.PRINT_SCHEDULE),
            ),
            Menu(
                QT_TRANSLATE_NOOP("MainWindow", "PDF로 저장"),
                (Act.PDF_OCCUPANCY, Act.PDF_ROSTER, Act.PDF_SCHEDULE),
            ),
            None,
            Act.BACKUP,
            Act.RESTORE,
            None,
            Act.QUIT,
        ),
    ),
    Menu(
        QT_TRANSLATE_NOOP("MainWindow", "편집(&E)"),
        (Act.ADD_TENANT, Act.NEW_LEASE, Act.NEW_BOOKING, None, Act.SETTINGS),
    ),
    Menu(
        QT_TRANSLATE_NOOP("MainWindow", "보기(&V)"),
        (
            Act.SHOW_DASHBOARD,
            Act.SHOW_TENANTS,
            Act.SHOW_ROOMS,
            Act.SHOW_LEASES,
            Act.SHOW_BOOKINGS,
            Act.SHOW_MONEY,
            Act.SHOW_HISTORY,
            None,
            Act.REFRESH,
        ),
    ),
    Menu(QT_TRANSLATE_NOOP("MainWindow", "도움말(&H)"), (Act.TOUR, Act.ABOUT, Act.VERSION)),
)
