"""A tenant typed or picked from a list of every tenant, as the dialogs choose one."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from incubator_app.domain.identifiers import without_separators
from incubator_app.services.tenants import TenantView


class TenantField(QLineEdit):
    """Completes on any part of "name (BRN) #ID"; ``key`` is what the services look up."""

    def __init__(self, tenants: list[TenantView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # what the list shows, unique: two pre-founders may share a name
        self.ids = {f"{t.name} ({t.brn or t.entity.value}) #{t.id}": t.id for t in tenants}
        self.setPlaceholderText(self.tr("기업명 또는 사업자등록번호"))
        completer = QCompleter(QStringListModel(list(self.ids)), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)

    def key(self) -> str | int:
        """A tenant chosen from the list, or a BRN typed whole; "" for anything else
        (a number alone would be read as a record ID)."""
        typed = self.text().strip()
        if typed in self.ids:
            return self.ids[typed]
        digits = without_separators(typed)
        return typed if len(digits) == 10 and digits.isascii() and digits.isdigit() else ""
