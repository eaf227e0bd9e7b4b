"""The window's language: Korean is the source text; English comes from a .qm file.

Qt's own dialogs (file dialogs, buttons of message boxes) follow through Qt's
translations shipped with PySide6.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from incubator_app.domain.errors import Language
from incubator_app.paths import bundled

LANGUAGES: dict[Language, str] = {"ko": "한국어", "en": "English"}
LANGUAGE_KEY = "language"  # in QSettings


_installed: list[QTranslator] = []


def saved_language(settings: QSettings) -> Language:
    return "en" if settings.value(LANGUAGE_KEY) == "en" else "ko"


def install_translators(app: QApplication, language: Language) -> None:
    """Translate the window (and Qt's own dialogs) into ``language``, replacing any other."""
    while _installed:
        app.removeTranslator(_installed.pop())
    country = QLocale.Country.SouthKorea
    korean = QLocale.Language.Korean
    QLocale.setDefault(QLocale(korean if language == "ko" else QLocale.Language.English, country))
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    if language != "ko":
        ours = QTranslator(app)
        if ours.load(str(bundled(f"resources/i18n/incubator_{language}.qm"))):
            _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
