"""Hangul on any machine: NanumBarunGothic (SIL OFL) ships with the program.

Documents always use it, so a PDF reads the same everywhere and its text
extracts as written (with some Hangul fonts Qt's PDFs give spaces back as
control characters; this one gives spaces). The window prefers the system's
own Korean font and falls back to it.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from incubator_app.paths import bundled

BUNDLED = ("NanumBarunGothic.ttf", "NanumBarunGothicBold.ttf")
DOCUMENT_FAMILY = "NanumBarunGothic"
SYSTEM_FAMILIES = ("Malgun Gothic", "Apple SD Gothic Neo", "Noto Sans CJK KR")


def register_fonts() -> None:
    """Make the bundled font known to Qt (once; needs a QGuiApplication)."""
    if DOCUMENT_FAMILY in QFontDatabase.families():
        return
    for name in BUNDLED:
        QFontDatabase.addApplicationFont(str(bundled(f"resources/fonts/{name}")))


def document_font(points: float) -> QFont:
    register_fonts()
    font = QFont(DOCUMENT_FAMILY)
    font.setPointSizeF(points)
    return font


def window_families() -> list[str]:
    """The window's fonts: the system's Korean font where there is one, then the bundled."""
    register_fonts()
    available = set(QFontDatabase.families())
    return [family for family in (*SYSTEM_FAMILIES, DOCUMENT_FAMILY) if family in available]
