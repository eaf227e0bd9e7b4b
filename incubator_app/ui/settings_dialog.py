"""편집 ▸ 설정: the window's language (from the next start) and where the records live."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from incubator_app.ui.desk import Desk
from incubator_app.ui.form import FormDialog
from incubator_app.ui.i18n import LANGUAGES


class SettingsDialog(FormDialog):
    def __init__(
        self, desk: Desk, settings: QSettings, key: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(desk, QCoreApplication.translate("SettingsDialog", "설정"), parent)
        self.settings, self.key = settings, key
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        chosen = settings.value(key) or desk.language
        self.language.setCurrentIndex(max(self.language.findData(chosen), 0))
        place = QLabel(desk.db.location)
        place.setWordWrap(True)
        self.form.addRow(self.tr("언어 (Language)"), self.language)
        self.form.addRow(self.tr("데이터베이스"), place)
        self.form.addRow("", QLabel(self.tr("언어는 다음에 시작할 때 바뀝니다.")))

    def save(self) -> None:
        self.settings.setValue(self.key, self.language.currentData())
        self.accept()
