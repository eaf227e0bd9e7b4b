"""공용공간 예약: the week as a timetable (click to book or decide) and a filtered list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from incubator_app.domain import palette
from incubator_app.domain.bookings import BookingStatus, ends_at, week_of
from incubator_app.domain.errors import Language
from incubator_app.domain.headings import Heading, heading
from incubator_app.domain.periods import weekday
from incubator_app.services.booking_lists import (
    BookableSpace,
    BookingView,
    WeekBookings,
    bookable_spaces,
    list_bookings,
    week_bookings,
)
from incubator_app.services.settings import load_policy
from incubator_app.ui.actions import Act
from incubator_app.ui.booking_dialog import BookingDialog, DecisionDialog, status_text
from incubator_app.ui.dates import date_edit, day_of, qdate
from incubator_app.ui.desk import Change, Desk
from incubator_app.ui.form import Page, open_dialog
from incubator_app.ui.table import (
    Column,
    RowsModel,
    count_label,
    search_box,
    show_date,
    table_view,
)
from incubator_app.ui.theme import Tone, tone
from incubator_app.ui.week_grid import STATUS_COLOURS, Week, WeekGrid
from incubator_app.ui.work import Progress

ALL_SPACES = ""
PURPOSE_COLUMN = 7
LIST_WEEKS = 4  # the list's first period: the week shown and the three after it
MAX_AHEAD = timedelta(days=3650)  # no request lies further ahead than the longest window


STATUS_INK = {BookingStatus[status]: QColor(ink) for status, ink in palette.BOOKING_INK.items()}


def booking_columns(language: Language) -> list[Column[BookingView]]:
    """The booking's number, then the columns of the Excel sheet 예약 현황 in its order."""
    tenant = QCoreApplication.translate("BookingsPage", "입주")
    outside = QCoreApplication.translate("BookingsPage", "외부")
    return [
        Column(
            heading(Heading.BOOKING_NUMBER, language),
            lambda b: str(b.id),
            key=lambda b: b.id,
            numeric=True,
        ),
        Column(
            heading(Heading.DAY, language),
            lambda b: f"{show_date(b.start.date())} ({weekday(b.start, language)})",
            key=lambda b: b.start,
        ),
        Column(
            heading(Heading.STARTS, language),
            lambda b: f"{b.start:%H:%M}",
            key=lambda b: b.start.time(),
        ),
        Column(
            heading(Heading.ENDS, language),
            lambda b: ends_at(b.start, b.end),
            key=lambda b: b.end - datetime.combine(b.start.date(), time()),  # 24:00 last
        ),
        Column(
            heading(Heading.SPACE, language),
            lambda b: b.space,
            key=lambda b: b.space_number,
        ),
        Column(heading(Heading.BOOKER, language), lambda b: b.booker),
        Column(
            heading(Heading.BOOKER_KIND, language),
            lambda b: outside if b.external else tenant,
        ),
        Column(heading(Heading.PURPOSE, language), lambda b: b.purpose or ""),
        Column(
            heading(Heading.ATTENDEES, language),
            lambda b: str(b.attendees),
            key=lambda b: b.attendees,
            numeric=True,
        ),
        Column(
            heading(Heading.STATUS, language),
            lambda b: status_text(b.status, language),
            key=lambda b: b.status,
            colour=lambda b: STATUS_INK[b.status],
        ),
    ]


@dataclass(frozen=True)
class Shown:
    """What the page read: the week (every space) and the list's bookings."""

    week: WeekBookings
    space: str  # the space chosen when it was read ("": every one)
    listed: list[BookingView]
    now: datetime
    window_days: int  # how far ahead bookings may start


class BookingsPage(Page):
    """Signals:
    print_requested(Act): 인쇄 미리보기, 인쇄 or PDF of the week schedule shown (the
        window's own actions for it).
    """

    shows = Change.BOOKINGS | Change.TENANTS | Change.SPACES | Change.SETTINGS

    print_requested = Signal(object)

    def __init__(self, desk: Desk) -> None:
        super().__init__(desk, "bookings")
        self.monday = week_of(desk.as_of)
        self.followed = desk.as_of  # the 기준일 the week last followed
        self.spaces: list[BookableSpace] = []
        self.chosen_space = ALL_SPACES
        self.previous = QPushButton("◀")
        self.this_week = QPushButton(self.tr("이번 주"))
        self.following = QPushButton("▶")
        self.previous.setToolTip(self.tr("지난 주"))
        self.following.setToolTip(self.tr("다음 주"))
        self.period = QLabel()
        tone(self.period, Tone.VERDICT)
        self.space = QComboBox()
        self.space.addItem(self.tr("모든 공간"), ALL_SPACES)
        self.space.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.new = QPushButton(self.tr("새 예약…"))
        self.new.setEnabled(self.writable())
        self.printing = QToolButton()
        self.printing.setText(self.tr("주간 예약표"))
        self.printing.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.printing)
        for text, act in (
            (self.tr("인쇄 미리보기…"), Act.PREVIEW_SCHEDULE),
            (self.tr("인쇄…"), Act.PRINT_SCHEDULE),
            (self.tr("PDF로 저장…"), Act.PDF_SCHEDULE),
        ):
            action = menu.addAction(text)
            action.triggered.connect(lambda _=False, a=act: self.print_requested.emit(a))
        self.printing.setMenu(menu)
        self.printing.setMinimumWidth(self.printing.sizeHint().width() + 14)  # room for the arrow
        bar = QHBoxLayout()
        for widget in (self.previous, self.this_week, self.following, self.period):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("공간")))
        bar.addWidget(self.space)
        bar.addWidget(self.new)
        bar.addWidget(self.printing)
        self.grid = WeekGrid(desk.language)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid)
        week_tab = QWidget()
        week_layout = QVBoxLayout(week_tab)
        week_layout.addLayout(self._legend())
        self.lane_names = QLabel()
        week_layout.addWidget(self.lane_names)
        week_layout.addWidget(scroll, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(week_tab, self.tr("주간"))
        self.tabs.addTab(self._list_tab(), self.tr("목록"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        self.previous.clicked.connect(lambda: self.go_to(self.monday - timedelta(weeks=1)))
        self.following.clicked.connect(lambda: self.go_to(self.monday + timedelta(weeks=1)))
        self.this_week.clicked.connect(lambda: self.go_to(week_of(self.desk.now().date())))
        self.space.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new.clicked.connect(lambda: self.book(None, None))
        self.grid.slot_clicked.connect(self.book)
        self.grid.booking_clicked.connect(self.open_booking)

    def _legend(self) -> QHBoxLayout:
        legend = QHBoxLayout()
        for status in (BookingStatus.REQUESTED, BookingStatus.APPROVED, BookingStatus.NO_SHOW):
            swatch = QLabel()
            swatch.setFixedSize(14, 14)
            swatch.setStyleSheet(f"background: {STATUS_COLOURS[status].name()};")
            legend.addWidget(swatch)
            legend.addWidget(QLabel(status_text(status, self.desk.language)))
        hint = QLabel(
            self.tr(
                "빈칸을 누르면 예약, 예약을 누르면 승인·반려·취소·노쇼. "
                "회색은 쉬는 날과 이용 시간 밖입니다. 취소·반려된 예약은 목록에 있습니다."
            )
        )
        hint.setWordWrap(True)
        legend.addWidget(hint, 1)
        return legend

    def _lanes(self, lanes: list[BookableSpace]) -> str:
        """What the numbers over the lanes stand for."""
        return "   ".join(f"{s.number} {s.name}" for s in lanes) if len(lanes) > 1 else ""

    def _list_tab(self) -> QWidget:
        self.model: RowsModel[BookingView] = RowsModel(booking_columns(self.desk.language))
        self.first = date_edit(self.monday)
        self.last = date_edit(self.monday + timedelta(weeks=LIST_WEEKS, days=-1))
        self.status = QComboBox()
        self.status.addItem(self.tr("모든 상태"), "")
        for status in BookingStatus:
            self.status.addItem(status_text(status, self.desk.language), status.value)
        self.search = search_box(self.tr("예약자, 목적 또는 예약 번호로 찾기"))
        self.count = count_label(self.tr("{0:,}건").format(999_999))
        self.decide_button = QPushButton(self.tr("처리…"))
        self.decide_button.setEnabled(False)
        self.view = table_view(self.model)
        self.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by day and time
        filters = QHBoxLayout()
        filters.addWidget(self.first)
        filters.addWidget(QLabel("~"))
        filters.addWidget(self.last)
        filters.addWidget(self.status)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.count)
        filters.addWidget(self.decide_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addWidget(self.view)
        for edit in (self.first, self.last):
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.search.textChanged.connect(lambda _t: self.apply_filter())
        self.view.doubleClicked.connect(self._open_row)
        self.decide_button.clicked.connect(lambda: self._open_row(self.view.currentIndex()))
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.decide_button.setEnabled(self.view.currentIndex().isValid())
        )
        return tab

    # reading --------------------------------------------------------------
    def go_to(self, day: date, listed: tuple[date, date] | None = None) -> None:
        """Show the week of ``day``; the list follows it, or shows the days ``listed``."""
        self.monday = week_of(day)
        first, last = listed or (self.monday, self.monday + timedelta(weeks=LIST_WEEKS, days=-1))
        for edit, shown in ((self.first, first), (self.last, last)):
            edit.blockSignals(True)
            edit.setDate(qdate(shown))
            edit.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        # read here: ``load`` runs off the GUI thread
        if self.desk.as_of != self.followed:  # a new 기준일 brings its week
            self.followed = self.desk.as_of
            self.go_to(self.desk.as_of)
            return
        self.chosen_space = self._space_chosen() or ALL_SPACES
        self.listed_from, self.listed_to = day_of(self.first), day_of(self.last)
        super().refresh()

    def load(self, _progress: Progress) -> Shown:
        monday, first, last = self.monday, self.listed_from, self.listed_to
        space = self.chosen_space or None
        now = self.desk.now()

        def read(session: Session) -> Shown:
            listed = list_bookings(session, first, last, space) if first <= last else []
            window = load_policy(session).booking_window_days
            return Shown(week_bookings(session, monday), space or ALL_SPACES, listed, now, window)

        return self.desk.read(read)

    def show_loaded(self, loaded: Shown) -> None:
        self.spaces = loaded.week.spaces
        self._offer_spaces()
        monday, chosen = loaded.week.monday, loaded.space
        lanes = [s for s in self.spaces if not chosen or s.number == chosen]
        sunday = monday + timedelta(days=6)
        self.period.setText(f"{show_date(monday)} ~ {show_date(sunday)}")
        last_day = loaded.now.date() + timedelta(days=loaded.window_days)
        self.grid.show_week(Week(monday, lanes, loaded.week.bookings, loaded.now, last_day))
        self.lane_names.setText(self._lanes(lanes))
        self.lane_names.setVisible(len(lanes) > 1)
        self.model.set_rows(loaded.listed)
        self.apply_filter()
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)  # the purpose takes the room left, not the status
        header.setSectionResizeMode(PURPOSE_COLUMN, QHeaderView.ResizeMode.Stretch)

    def _offer_spaces(self) -> None:
        """The space chooser lists the bookable spaces as they are named now."""
        offered = [f"{s.number} {s.name}" for s in self.spaces]
        if [self.space.itemText(i) for i in range(1, self.space.count())] == offered:
            return
        chosen = self.space.currentData()
        self.space.blockSignals(True)
        while self.space.count() > 1:  # all but 모든 공간
            self.space.removeItem(1)
        for text, space in zip(offered, self.spaces, strict=True):
            self.space.addItem(text, space.number)
        self.space.setCurrentIndex(max(self.space.findData(chosen), 0))
        self.space.blockSignals(False)

    def apply_filter(self) -> None:
        wanted = self.status.currentData()
        term = self.search.text().strip().casefold()
        rows = self.model.rows
        self.model.show(
            None
            if not wanted and not term
            else [
                i
                for i in self.model.candidates()
                if (not wanted or rows[i].status == wanted)
                and (
                    not term
                    or term in rows[i].booker.casefold()
                    or term in (rows[i].purpose or "").casefold()
                    or term == str(rows[i].id)
                )
            ]
        )
        self.count.setText(self.tr("{0:,}건").format(self.model.rowCount()))

    # acting ---------------------------------------------------------------
    def show_requests(self) -> None:
        """The requests (신청) waiting for a decision from the 기준일 on: those the dashboard
        counts."""
        self.tabs.setCurrentIndex(1)
        self.status.setCurrentIndex(self.status.findData(BookingStatus.REQUESTED.value))
        self.go_to(self.desk.as_of, (self.desk.as_of, self.desk.as_of + MAX_AHEAD))

    def book(self, space: str | None, start: datetime | None) -> None:
        """The booking dialog, on the slot clicked (or the week's first day at 10:00)."""
        spaces = self.spaces or self.desk.read(bookable_spaces)
        space = space or self.chosen_space or None
        if start is None and self.monday > self.desk.now().date():  # a week ahead: its Monday
            start = datetime.combine(self.monday, time(10))
        open_dialog(self, self.desk, lambda: BookingDialog(self.desk, spaces, space, start, self))

    def open_booking(self, booking: BookingView) -> None:
        open_dialog(self, self.desk, lambda: DecisionDialog(self.desk, booking, self))

    def _open_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_booking(self.model.row_at(index))

    def listed(self) -> tuple[date, date, str | None]:
        """The list's days and space (None: every one): what 예약 현황 exports."""
        return day_of(self.first), day_of(self.last), self._space_chosen()

    def schedule(self) -> tuple[date, str | None]:
        """The week and the space (None: every one) a printed week schedule shows."""
        return self.monday, self._space_chosen()

    def _space_chosen(self) -> str | None:
        """The space number chosen above the tabs, None for 모든 공간."""
        return str(self.space.currentData() or "") or None
