"""The window's colours (from ``domain.palette``: one home for every medium) and its
style sheet."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from incubator_app.domain import palette
from incubator_app.domain.alerts import Urgency
from incubator_app.paths import bundled

INK = QColor(palette.INK)
MUTED_INK = QColor(palette.MUTED_INK)
REFUSED_INK = QColor(palette.REFUSED_INK)
RULE = QColor(palette.RULE)
LINE = QColor(palette.LINE)
CLOSED = QColor(palette.CLOSED)
HATCH = QColor(palette.HATCH)
TODAY = QColor(palette.TODAY)
WHITE = QColor(palette.WHITE)
PAST = QColor(90, 100, 115, 30)  # a light veil over what is over
OCCUPIED = QColor(palette.OCCUPIED)
VACANT = QColor(palette.VACANT)
VACANT_ROOM = QColor(palette.VACANT_ROOM)
NOT_LEASED = QColor(palette.NOT_LEASED)
ENDING = QColor(palette.ENDING)
PAST_WINDOW = QColor(palette.PAST_WINDOW)
URGENCY_COLOURS = {
    Urgency.URGENT: QColor(palette.URGENT),
    Urgency.SOON: QColor(palette.SOON),
    Urgency.NOTICE: QColor(palette.NOTICE),
}
BOOKING_FILL = {status: QColor(hex) for status, hex in palette.BOOKING_FILL.items()}
BOOKING_INK = {status: QColor(hex) for status, hex in palette.BOOKING_INK.items()}


def apply_style(app: QApplication) -> None:
    app.setStyleSheet(bundled("resources/styles/app.qss").read_text(encoding="utf-8"))
