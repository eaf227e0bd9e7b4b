"""A tenant typed or picked from a pop-up list that the services fill as a person types."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from incubator_app.domain.errors import DomainError, Language
from incubator_app.domain.identifiers import brn_digits
from incubator_app.domain.labels import entity_name
from incubator_app.services.tenants import CHOICES, TenantChoice, tenant_choices
from incubator_app.ui.desk import Desk


def choice_label(choice: TenantChoice, language: Language) -> str:
    """What the list shows, unique: two pre-founders may share a name."""
    return f"{choice.name} ({choice.brn or entity_name(choice.entity, language)}) #{choice.id}"


class TenantField(QLineEdit):
    """Lists the tenants matching what is typed (name, representative or BRN); ``key`` is
    what the services look up. Nothing is read until something is typed."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.choices: list[TenantChoice] = []
        self.ids: dict[str, int] = {}
        self.setPlaceholderText(self.tr("기업명 또는 사업자등록번호"))
        self.listed = QStringListModel(self)
        completer = QCompleter(self.listed, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.textChanged.connect(self._list)

    def _list(self, typed: str) -> None:
        """Ask for the tenants matching ``typed``; pop the list up while the person types."""
        if typed in self.ids:  # a line of the list was chosen
            return
        self.choices = self.desk.read(lambda s: tenant_choices(s, typed, CHOICES))
        self.ids = {choice_label(c, self.desk.language): c.id for c in self.choices}
        self.listed.setStringList(list(self.ids))
        completer = self.completer()
        if self.choices and self.hasFocus() and self.isModified():  # typed by the person
            completer.complete()
        elif popup := completer.popup():
            popup.hide()

    def key(self) -> str | int:
        """A tenant chosen from the list, a name only one tenant has, or a BRN typed whole;
        "" for anything else (a number alone would be read as a record ID)."""
        typed = self.text().strip()
        if typed in self.ids:
            return self.ids[typed]
        named = [c.id for c in self.choices if c.name.casefold() == typed.casefold()]
        if len(named) == 1:
            return named[0]
        return typed if brn_digits(typed) else ""

    def refusal(self) -> DomainError:
        """Why ``key`` found nobody: nothing typed yet, a part of names the list offers, or
        a name not in the list."""
        typed = self.text().strip()
        if not typed:
            return DomainError("tenant_choose", field="tenant")
        if self.choices:
            shown = f"{CHOICES}+" if len(self.choices) >= CHOICES else str(len(self.choices))
            return DomainError("tenant_pick", field="tenant", count=shown)
        return DomainError("tenant_unknown_typed", field="tenant", value=typed)

    def waits(self, refusal: DomainError) -> bool:
        """Whether ``refusal`` only says the choice is still to be made."""
        return refusal.code in ("tenant_choose", "tenant_pick")
