"""Colours with a meaning (room states, urgency) and the application style sheet."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from incubator_app.domain.alerts import Urgency
from incubator_app.paths import bundled

OCCUPIED = QColor("#4f81bd")
VACANT = QColor("#dde4ee")  # the empty part of a bar
VACANT_ROOM = QColor("#f7f9fc")
NOT_LEASED = QColor("#c9ced6")  # shared and bookable spaces
ENDING = QColor("#f2a93b")  # lease ending within the alert window
PAST_WINDOW = QColor("#d9534f")  # tenant past its early-stage window
URGENCY_COLOURS = {
    Urgency.URGENT: QColor("#c0392b"),
    Urgency.SOON: QColor("#b9770e"),
    Urgency.NOTICE: QColor("#2e6da4"),
}


def apply_style(app: QApplication) -> None:
    app.setStyleSheet(bundled("resources/styles/app.qss").read_text(encoding="utf-8"))
