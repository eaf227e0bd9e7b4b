"""변경 이력: every change at every desk, newest first, narrowed by period, desk, kind and
text; the chain checked on request; the entries shown exported to Excel."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout
from sqlalchemy.orm import Session

from incubator_app.domain.errors import CancelledError, DomainError, Language, message
from incubator_app.domain.headings import HISTORY_HEADINGS, headings
from incubator_app.domain.history import Head
from incubator_app.domain.history_text import kind_title
from incubator_app.domain.stamps import Kind
from incubator_app.services.backups import backups
from incubator_app.services.clock import seoul_today
from incubator_app.services.history import (
    Wanted,
    cells,
    check_kept,
    count,
    desks,
    history,
    names_in,
    verify_history,
)
from incubator_app.ui.actions import Act
from incubator_app.ui.dates import date_edit, day_of
from incubator_app.ui.desk import Change, Desk
from incubator_app.ui.form import Page
from incubator_app.ui.table import Column, RowsModel, count_label, search_box, table_view
from incubator_app.ui.theme import Tone, tone
from incubator_app.ui.work import Progress, run_with_progress

SHOWN = 2_000  # the newest entries a page shows; the Excel file takes every one
FIRST_DAYS = 30  # the period a page opens on
TYPING_PAUSE_MS = 300
CHANGE_WIDTH = 200  # at least; the last column stretches to the window's edge


@dataclass(frozen=True)
class Line:
    """An entry as the page shows it, in ``HISTORY_HEADINGS``' order."""

    id: int
    texts: tuple[str, ...]


@dataclass(frozen=True)
class Listed:
    lines: list[Line]
    found: int  # every entry the filters match
    desks: list[str]


def history_columns(language: Language) -> list[Column[Line]]:
    titles = headings(HISTORY_HEADINGS, language)
    number = Column[Line](titles[0], lambda line: line.texts[0], key=lambda line: line.id)
    return [number] + [_text_column(title, i) for i, title in enumerate(titles) if i > 0]


def _text_column(title: str, place: int) -> Column[Line]:
    return Column(title, lambda line: line.texts[place])


class HistoryPage(Page):
    """Signals:
    export_requested(Act): the entries the filters name, to an Excel file.
    """

    export_requested = Signal(object)
    shows = (
        Change.TENANTS | Change.LEASES | Change.SPACES | Change.BOOKINGS | Change.SETTINGS
        | Change.MONEY
    )  # fmt: skip

    def __init__(self, desk: Desk) -> None:
        super().__init__(desk, "history")
        language = desk.language
        self.model: RowsModel[Line] = RowsModel(history_columns(language))
        today = seoul_today()
        self.since = date_edit(today - timedelta(days=FIRST_DAYS))
        self.until = date_edit(today)
        self.by = QComboBox()
        self.by.addItem(self.tr("모든 데스크"), None)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("모든 기록"), None)
        for kind in Kind:
            self.kind.addItem(kind_title(kind, language), kind.value)
        self.search = search_box(self.tr("내용·데스크·파일 이름으로 찾기"))
        self.count = count_label(self.tr("{0:,}건 중 최근 {1:,}건").format(999_999, SHOWN))
        self.check = QPushButton(self.tr("이력 검사"))
        self.export = QPushButton(self.tr("Excel로 내보내기…"))
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.view = table_view(self.model)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        bar = QHBoxLayout()
        for widget in (QLabel(self.tr("기간")), self.since, QLabel("~"), self.until):
            bar.addWidget(widget)
        bar.addWidget(self.by)
        bar.addWidget(self.kind)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        bar.addWidget(self.check)
        bar.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.verdict)
        layout.addWidget(self.view)
        self.verdict.hide()
        self.typing = QTimer(self)
        self.typing.setSingleShot(True)
        self.typing.setInterval(TYPING_PAUSE_MS)
        self.typing.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self.typing.start())
        for edit in (self.since, self.until):
            edit.dateChanged.connect(lambda _d: self.refresh())
        for combo in (self.by, self.kind):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.check.clicked.connect(self.verify)
        self.export.clicked.connect(lambda: self.export_requested.emit(Act.EXPORT_HISTORY))
        self.wanted = Wanted()

    def refresh(self) -> None:
        self.wanted = self._wanted()  # read here: ``load`` runs off the GUI thread
        super().refresh()

    def _wanted(self) -> Wanted:
        return Wanted(
            kind=Kind(self.kind.currentData()) if self.kind.currentData() else None,
            since=day_of(self.since),
            until=day_of(self.until),
            by=self.by.currentData(),
            text=self.search.text(),
        )

    def load(self, _progress: Progress) -> Listed:
        wanted, language = self.wanted, self.desk.language

        def read(session: Session) -> Listed:
            entries = history(session, wanted, newest_first=True, limit=SHOWN)
            names = names_in(session, entries)
            lines = [Line(e.id, cells(e, names, language)) for e in entries]
            return Listed(lines, count(session, wanted), desks(session))

        return self.desk.read(read)

    def show_loaded(self, loaded: Listed) -> None:
        self.verdict.hide()  # a check's answer was about the entries shown before
        self._desks(loaded.desks)
        self.model.set_rows(loaded.lines)
        shown = len(loaded.lines)
        text = (
            self.tr("{0:,}건").format(shown)
            if shown == loaded.found
            else self.tr("{0:,}건 중 최근 {1:,}건").format(loaded.found, shown)
        )
        self.count.setText(text)
        self.view.resizeColumnsToContents()
        # what changed fills the rest of the width (in full as the row's tooltip)
        self.view.horizontalHeader().resizeSection(self.model.columnCount() - 1, CHANGE_WIDTH)

    def _desks(self, names: list[str]) -> None:
        """The desks that have made changes, keeping the one chosen."""
        chosen = self.by.currentData()
        listed = [self.by.itemData(i) for i in range(1, self.by.count())]
        if listed == names:
            return
        self.by.blockSignals(True)
        while self.by.count() > 1:
            self.by.removeItem(1)
        for name in names:
            self.by.addItem(name, name)
        self.by.setCurrentIndex(max(self.by.findData(chosen), 0))
        self.by.blockSignals(False)

    def verify(self) -> None:
        """Walk the whole chain (off the window's thread: a large station's takes seconds):
        every entry as written, or the first one that is not."""
        language = self.desk.language
        try:
            head = run_with_progress(self, self.tr("변경 이력을 검사하는 중…"), self._checked)
        except CancelledError:
            return
        except DomainError as error:
            self.verdict.setText(error.text(language))
            tone(self.verdict, Tone.REFUSED)
        else:
            shown = message("history_verified", language, count=head.count, head=head.shown)
            self.verdict.setText(shown)
            tone(self.verdict, Tone.VERDICT)
        self.verdict.show()

    def _checked(self, _progress: Progress) -> Head:
        kept = [(str(backup.path), backup.at, backup.history) for backup in backups(self.desk.db)]

        def check(session: Session) -> Head:
            head = verify_history(session)
            check_kept(session, kept)
            return head

        return self.desk.read(check)

    def wanted_now(self) -> Wanted:
        """The entries the filters name now (what 내보내기 writes, every one of them)."""
        return self._wanted()
