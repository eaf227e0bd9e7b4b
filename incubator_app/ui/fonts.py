"""The window's font: one with Hangul on every machine (see ``reports.fonts``)."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from incubator_app.reports.fonts import window_families


def use_korean_fonts(app: QApplication) -> str | None:
    """Make the application font one with Hangul; returns the family used first (None on a
    platform with no fonts at all, such as Qt's ``minimal``)."""
    families = window_families()
    if not families:
        return None
    font = QFont(app.font())
    font.setFamilies(families)
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    app.setFont(font)
    return families[0]
