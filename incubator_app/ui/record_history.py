"""A record's 이력 tab: every change made to it, newest first, as the history keeps it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QTabWidget, QWidget

from incubator_app.domain.stamps import Kind
from incubator_app.services.history import Wanted, history, line, names_in

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from incubator_app.ui.desk import Desk


class RecordHistory(QListWidget):
    """ "김매니저 · 2026. 12. 3. 14:03 · 월임대료 200,000원 → 220,000원", newest first."""

    def __init__(self, desk: Desk, kind: Kind, record_id: int) -> None:
        super().__init__()
        self.desk, self.wanted = desk, Wanted(kind, record_id)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.reload()

    def reload(self) -> None:
        language = self.desk.language

        def read(session: Session) -> list[str]:
            entries = history(session, self.wanted, newest_first=True)
            names = names_in(session, entries)
            return [line(entry, names, language) for entry in entries]

        self.clear()
        lines = self.desk.read(read)
        self.addItems(lines or [self.tr("아직 기록된 변경이 없습니다.")])


def with_history(content: QWidget, record: RecordHistory) -> QTabWidget:
    """The dialog's own page, and the record's 이력 beside it."""
    tabs = QTabWidget()
    tabs.addTab(content, QCoreApplication.translate("RecordHistory", "정보"))
    tabs.addTab(record, QCoreApplication.translate("RecordHistory", "이력"))
    return tabs
