"""편집 ▸ 설정: the station's rule settings, the window's language, where the records live."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from incubator_app.domain.policy import SETTINGS, Policy
from incubator_app.services.settings import change_setting, load_policy
from incubator_app.ui.desk import Change, Desk
from incubator_app.ui.form import FormDialog
from incubator_app.ui.i18n import LANGUAGES

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class SettingsDialog(FormDialog):
    """Every P/A value of the rules, saved together or not at all; the language for the
    next start."""

    def __init__(
        self, desk: Desk, settings: QSettings, key: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(desk, QCoreApplication.translate("SettingsDialog", "설정"), parent)
        self.settings, self.key = settings, key
        self.current = desk.read(lambda s: load_policy(s).as_text())
        self.fields: dict[str, QLineEdit | QCheckBox] = {}
        defaults = Policy()
        for name, spec in SETTINGS.items():
            field: QLineEdit | QCheckBox
            if isinstance(getattr(defaults, name), bool):
                field = QCheckBox()
                field.setChecked(self.current[name] == "true")
                row: QWidget = field
            else:
                field = QLineEdit(self.current[name])
                row = QWidget()
                line = QHBoxLayout(row)
                line.setContentsMargins(0, 0, 0, 0)
                line.addWidget(field, 1)
                line.addWidget(QLabel(spec.allowed(getattr(defaults, name)).text(desk.language)))
            self.form.addRow(spec.label.text(desk.language), row)
            self.fields[name] = field
        self.language = QComboBox()
        for code, language in LANGUAGES.items():
            self.language.addItem(language, code)
        chosen = settings.value(key) or desk.language
        self.language.setCurrentIndex(max(self.language.findData(chosen), 0))
        place = QLabel(desk.db.location)
        place.setWordWrap(True)
        self.form.addRow(self.tr("언어 (Language)"), self.language)
        self.form.addRow("", QLabel(self.tr("언어는 다음에 시작할 때 바뀝니다.")))
        self.form.addRow(self.tr("데이터베이스"), place)

    def save(self) -> None:
        typed = {name: _value(field) for name, field in self.fields.items()}
        changed = {name: text for name, text in typed.items() if text != self.current[name]}
        self.settings.setValue(self.key, self.language.currentData())
        if not changed:
            self.accept()
            return

        def store(session: Session) -> None:
            for name, text in changed.items():
                change_setting(session, name, text)

        self.write(Change.SETTINGS, store)


def _value(field: QLineEdit | QCheckBox) -> str:
    """A field's value in the text form the settings store."""
    if isinstance(field, QCheckBox):
        return "true" if field.isChecked() else "false"
    return field.text().strip()
