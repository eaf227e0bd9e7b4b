"""편집 ▸ 설정: the station's rule settings, this desk's name, its backup folder and the
window's language, where the records live."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from incubator_app.desk_settings import (
    backup_folder_chosen,
    checked_desk_name,
    desk_name,
    save_backup_folder,
    save_desk_name,
)
from incubator_app.domain.errors import DomainError
from incubator_app.domain.policy import SETTINGS, Policy
from incubator_app.domain.stamps import CHANGED_ELSEWHERE
from incubator_app.services.settings import change_setting, load_policy, setting_versions
from incubator_app.store.backup import ready_folder
from incubator_app.ui.desk import Change, Desk
from incubator_app.ui.form import FormDialog
from incubator_app.ui.i18n import LANGUAGES

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class SettingsDialog(FormDialog):
    """Every P/A value of the rules, saved together or not at all (a value another desk
    changed since the dialog opened is refused, and shown); this desk's name, which signs
    its changes from the next save on; the language for the next start."""

    def __init__(
        self, desk: Desk, settings: QSettings, key: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(desk, QCoreApplication.translate("SettingsDialog", "설정"), parent)
        self.settings, self.key = settings, key
        self.current, self.versions = desk.read(
            lambda s: (load_policy(s).as_text(), setting_versions(s))
        )
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
        self.desk_name = QLineEdit(desk.db.desk)
        self.desk_name.setPlaceholderText(desk_name())
        self.stored = QLabel()
        self.stored.setWordWrap(True)
        self.stored.hide()
        self.form.addRow("", self.stored)
        self.form.addRow(self.tr("데스크 이름"), self.desk_name)
        self.form.addRow("", QLabel(self.tr("이 데스크에서 한 변경은 이 이름으로 기록됩니다.")))
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
        self.chosen_folder = backup_folder_chosen()
        self.backups = QLineEdit(str(self.chosen_folder) if self.chosen_folder else "")
        self.backups.setPlaceholderText(str(desk.db.backups if not self.chosen_folder else ""))
        browse = QPushButton(self.tr("찾아보기…"))
        browse.clicked.connect(self._browse)
        folder = QWidget()
        line = QHBoxLayout(folder)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.backups, 1)
        line.addWidget(browse)
        self.form.addRow(self.tr("백업 폴더"), folder)
        self.form.addRow(
            "", QLabel(self.tr("비워 두면 데이터베이스 파일 옆의 backups 폴더에 백업합니다."))
        )

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("백업 폴더"), self.backups.text())
        if chosen:
            self.backups.setText(chosen)

    def _folder(self) -> Path | None:
        """The backup folder typed (None: beside the database), refused if unusable."""
        typed = self.backups.text().strip()
        folder = Path(typed).expanduser() if typed else None
        if folder is not None and folder != self.chosen_folder:
            ready_folder(folder)
        return folder

    def save(self) -> None:
        typed = {name: _value(field) for name, field in self.fields.items()}
        changed = {name: text for name, text in typed.items() if text != self.current[name]}
        named = self.desk_name.text() != self.desk.db.desk
        try:
            if named:
                checked_desk_name(self.desk_name.text())
            folder = self._folder()
        except DomainError as error:
            self.problem.setText(error.text(self.desk.language))
            return
        if changed:
            versions = self.versions

            def store(session: Session) -> None:
                for name, text in changed.items():
                    change_setting(session, name, text, seen=versions.get(name, 0))

            self.write(Change.SETTINGS, store)
            if self.result() != self.DialogCode.Accepted:
                return  # refused: nothing else is kept either
        try:
            if named:
                self.desk.db.desk = save_desk_name(self.desk_name.text())
            if folder != self.chosen_folder:
                save_backup_folder(folder)
        except DomainError as error:
            self.problem.setText(error.text(self.desk.language))
            return
        self.settings.setValue(self.key, self.language.currentData())
        self.accept()

    def lost(self, refusal: DomainError) -> None:
        """Another desk saved settings first: the values it changed are shown, what was
        typed stays, and Save puts it in place."""
        if refusal.code != CHANGED_ELSEWHERE:
            return
        before = self.current
        self.current, self.versions = self.desk.read(
            lambda s: (load_policy(s).as_text(), setting_versions(s))
        )
        language = self.desk.language
        moved = {n: t for n, t in self.current.items() if before.get(n) != t and n in SETTINGS}
        for name, text in moved.items():  # a field nobody typed in takes the stored value
            field = self.fields[name]
            if _value(field) == before.get(name):
                if isinstance(field, QCheckBox):
                    field.setChecked(text == "true")
                else:
                    field.setText(text)
        listed = "; ".join(f"{SETTINGS[n].label.text(language)}: {t}" for n, t in moved.items())
        self.stored.setText(self.tr("지금 저장된 값 — {0}").format(listed))
        self.stored.setVisible(bool(listed))


def _value(field: QLineEdit | QCheckBox) -> str:
    """A field's value in the text form the settings store."""
    if isinstance(field, QCheckBox):
        return "true" if field.isChecked() else "false"
    return field.text().strip()
