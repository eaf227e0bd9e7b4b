"""Hangul that renders everywhere: the bundled NanumGothic (SIL OFL) as the fallback.

A fresh Linux machine may have no Hangul font at all; Windows has 맑은 고딕 and
macOS Apple SD Gothic Neo, which stay first when present.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from incubator_app.paths import bundled

BUNDLED = ("NanumGothic.ttf", "NanumGothicBold.ttf")
PREFERRED = ("Malgun Gothic", "Apple SD Gothic Neo", "Noto Sans CJK KR", "NanumGothic")


def use_korean_fonts(app: QApplication) -> str:
    """Register the bundled font and make the application font one with Hangul;
    returns the family used first."""
    for name in BUNDLED:
        QFontDatabase.addApplicationFont(str(bundled(f"resources/fonts/{name}")))
    available = set(QFontDatabase.families())
    families = [family for family in PREFERRED if family in available]
    font = QFont(app.font())
    font.setFamilies(families)
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    app.setFont(font)
    return families[0]
