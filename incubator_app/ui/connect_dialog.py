"""파일 ▸ 데이터베이스 연결…: a PostgreSQL server's database, shared by several desks.

The password goes to this one connection and, if asked, to the operating system's
password store; the address the window remembers never carries it.
"""

from __future__ import annotations

import getpass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL, make_url

from incubator_app.domain.errors import DomainError, Language
from incubator_app.store.database import check_login
from incubator_app.store.passwords import save_password
from incubator_app.store.server import DEFAULT_PORT, shown

MIN_WIDTH = 480


class ConnectDialog(QDialog):
    def __init__(
        self, language: Language, parent: QWidget | None = None, address: str | None = None
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.setWindowTitle(self.tr("데이터베이스 연결"))
        self.setMinimumWidth(MIN_WIDTH)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("서버 이름이나 주소 (예: stag-server, 192.168.0.10)"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit("stag")
        self.user = QLineEdit(_login())
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("비워 두면 보관된 비밀번호나 pgpass를 씁니다"))
        self.keep = QCheckBox(self.tr("이 컴퓨터의 비밀번호 보관소에 저장"))
        if address:  # the server open now, or the last one: most often the one wanted
            known = make_url(address)
            self.host.setText(known.host or "")
            self.port.setValue(known.port or DEFAULT_PORT)
            self.database.setText(known.database or "")
            self.user.setText(known.username or "")
        form = QFormLayout()
        form.addRow(self.tr("서버"), self.host)
        form.addRow(self.tr("포트"), self.port)
        form.addRow(self.tr("데이터베이스"), self.database)
        form.addRow(self.tr("사용자"), self.user)
        form.addRow(self.tr("비밀번호"), self.password)
        form.addRow("", self.keep)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("연결"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for field in (self.host, self.database, self.user):
            field.textChanged.connect(self._complete)
        self._complete()

    @classmethod
    def ask(cls, language: Language, parent: QWidget | None, address: str | None) -> URL | None:
        """The server's database the person chose, with the password typed (tests
        replace this question)."""
        dialog = cls(language, parent, address)
        return dialog.url() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _complete(self) -> None:
        filled = all(f.text().strip() for f in (self.host, self.database, self.user))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(filled)

    def url(self) -> URL:
        return URL.create(
            "postgresql",
            username=self.user.text().strip(),
            password=self.password.text() or None,
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
        )

    def accept(self) -> None:
        """The login is tried first: a refusal is told here, with what was typed still in
        the fields to correct. Then the password is kept, if asked; a computer without a
        store says so and the connection goes ahead with the password typed."""
        url = self.url()
        try:
            check_login(url.render_as_string(hide_password=False))
        except DomainError as error:
            self.tell(error.text(self.language))
            return
        if self.keep.isChecked() and url.password:
            try:
                save_password(shown(url), url.password)
            except DomainError as error:
                self.tell(error.text(self.language))
        super().accept()

    def tell(self, text: str) -> None:
        """A refused login, or a password not kept (tests replace this)."""
        QMessageBox.warning(self, self.tr("데이터베이스 연결"), text)


def _login() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name the system can tell
        return ""
