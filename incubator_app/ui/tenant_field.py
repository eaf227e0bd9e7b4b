"""A tenant typed or picked from a list of every tenant, as the dialogs choose one."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from incubator_app.domain.errors import DomainError
from incubator_app.domain.identifiers import without_separators
from incubator_app.services.tenants import TenantView


class TenantField(QLineEdit):
    """Completes on any part of "name (BRN) #ID"; ``key`` is what the services look up."""

    def __init__(self, tenants: list[TenantView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # what the list shows, unique: two pre-founders may share a name
        self.ids = {f"{t.name} ({t.brn or t.entity.value}) #{t.id}": t.id for t in tenants}
        named: dict[str, list[int]] = {}
        for t in tenants:
            named.setdefault(t.name.casefold(), []).append(t.id)
        self.by_name = {name: ids[0] for name, ids in named.items() if len(ids) == 1}
        self.setPlaceholderText(self.tr("기업명 또는 사업자등록번호"))
        completer = QCompleter(QStringListModel(list(self.ids)), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)

    def key(self) -> str | int:
        """A tenant chosen from the list, a name only one tenant has, or a BRN typed whole;
        "" for anything else (a number alone would be read as a record ID)."""
        typed = self.text().strip()
        if typed in self.ids:
            return self.ids[typed]
        if typed.casefold() in self.by_name:
            return self.by_name[typed.casefold()]
        digits = without_separators(typed)
        return typed if len(digits) == 10 and digits.isascii() and digits.isdigit() else ""

    def refusal(self) -> DomainError:
        """Why ``key`` found nobody: nothing typed yet, or a name not in the list."""
        typed = self.text().strip()
        if not typed:
            return DomainError("tenant_choose", field="tenant")
        return DomainError("tenant_unknown_typed", field="tenant", value=typed)
