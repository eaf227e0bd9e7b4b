"""The window's colours, from ``domain.palette`` (one home for every medium)."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

from incubator_app.domain import palette
from incubator_app.domain.alerts import Urgency

INK = QColor(palette.INK)
MUTED_INK = QColor(palette.MUTED_INK)
REFUSED_INK = QColor(palette.REFUSED_INK)
RULE = QColor(palette.RULE)
LINE = QColor(palette.LINE)
CLOSED = QColor(palette.CLOSED)
HATCH = QColor(palette.HATCH)
TODAY = QColor(palette.TODAY)
WHITE = QColor(palette.WHITE)
PAST = QColor(*palette.PAST_VEIL)
BEYOND = QColor(*palette.BEYOND_VEIL)
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


class Tone(StrEnum):
    """How a line of text reads; its name is the label's object name."""

    VERDICT = "verdict"  # it may be saved: bold
    REFUSED = "fieldError"  # a refusal: the refusal colour
    WAITING = "waiting"  # something still to fill in: muted
    FIGURE = "figure"  # a dashboard figure: large and bold


TONE_INK = {
    Tone.VERDICT: INK,
    Tone.REFUSED: REFUSED_INK,
    Tone.WAITING: MUTED_INK,
    Tone.FIGURE: QColor(palette.FIGURE_INK),
}


def tone(label: QLabel, which: Tone) -> None:
    """Give ``label`` its tone (colour and weight) without a style sheet: a style sheet
    set on the application slows every widget's making and painting."""
    label.setObjectName(which.value)
    colours = label.palette()
    colours.setColor(QPalette.ColorRole.WindowText, TONE_INK[which])
    label.setPalette(colours)
    font = label.font()
    font.setBold(which in (Tone.VERDICT, Tone.FIGURE))
    if which is Tone.FIGURE:
        font.setPointSizeF(FIGURE_POINTS)
    label.setFont(font)


FIGURE_POINTS = 20.0
NAVIGATION_STYLE = (  # the side navigation's own style sheet (it styles nothing else)
    "QListWidget { font-size: 11pt; padding: 6px; border: none;"
    f" background: {palette.NAVIGATION_FILL}; }}"
    " QListWidget::item { padding: 10px 14px; }"
    f" QListWidget::item:selected {{ background: {palette.OCCUPIED}; color: {palette.WHITE};"
    " border-radius: 4px; }"
)
TILE_STYLE = (
    f"QFrame#tile {{ background: {palette.WHITE}; border: 1px solid {palette.LINE};"
    " border-radius: 6px; }"
)
