"""What the window's forms and pages share: a refusal shown in place, refresh on change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from incubator_app.domain.errors import DomainError
from incubator_app.ui.desk import Change, Desk


def problem_label() -> QLabel:
    """Where a refusal is shown, in the error colour, wrapped."""
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    return label


class FormDialog(QDialog):
    """A form, the rule's refusal under it, and Save / Cancel. ``save`` does the writing."""

    def __init__(self, desk: Desk, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.problem = problem_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.body.addWidget(self.problem)
        self.body.addWidget(self.buttons)

    def add_below(self, widget: QWidget) -> None:
        """Something to see under the refusal (a history table), above the buttons."""
        self.body.insertWidget(self.body.count() - 1, widget)

    def save(self) -> None:
        raise NotImplementedError

    def write(self, change: Change, work: Callable[[Session], object]) -> None:
        """Write in one transaction and close; a refusal stays on screen, nothing written."""
        try:
            self.desk.write(change, work)
        except DomainError as error:
            self.problem.setText(error.text(self.desk.language))
            return
        self.accept()


class Page(QWidget):
    """A page that reads again when it is shown after a change, or at once if visible."""

    def __init__(self, desk: Desk, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.desk = desk
        self.stale = True
        desk.changed.connect(self._changed)

    def refresh(self) -> None:
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self.stale:
            self.refresh()
            self.stale = False
        super().showEvent(event)

    def _changed(self, _what: str) -> None:
        self.stale = True
        if self.isVisible():
            self.refresh()
            self.stale = False
