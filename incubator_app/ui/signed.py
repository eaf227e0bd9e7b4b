"""The record a dialog edits, as several desks share it: the version the form was read
at, who made it and who changed it last, and what another desk changed if it saved
first. The form keeps what was typed; a second Save puts it in place."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from incubator_app.domain.stamps import signatures
from incubator_app.ui.theme import Tone, tone

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from incubator_app.services.stamps import Kind
    from incubator_app.ui.desk import Desk

CHANGED_ELSEWHERE = "changed_elsewhere"  # the refusal of a save from an older read
Values = Callable[["Session"], dict[str, str]]  # the record as the dialog shows it: label → text


class Signed:
    """``seen`` is what a save passes to the service; ``signatures`` and ``stored`` are
    the dialog's two lines (the second shown only once another desk saved first)."""

    def __init__(self, desk: Desk, kind: Kind, record_id: int, values: Values) -> None:
        self.desk, self.kind, self.record_id, self.values = desk, kind, record_id, values
        self.signatures = QLabel()
        self.signatures.setWordWrap(True)
        tone(self.signatures, Tone.WAITING)
        self.stored = QLabel()
        self.stored.setWordWrap(True)
        self.stored.hide()
        self.seen = 0
        self._shown: dict[str, str] = {}
        self._read()

    def lost(self) -> None:
        """Another desk saved first: read the record again and show what it changed."""
        changed = self._read()
        listed = "; ".join(f"{label}: {value}" for label, value in changed.items())
        if listed:
            text = QCoreApplication.translate("Signed", "지금 저장된 값 — {0}").format(listed)
        else:
            text = QCoreApplication.translate("Signed", "이 창의 항목은 바뀌지 않았습니다.")
        self.stored.setText(text)
        self.stored.show()

    def _read(self) -> dict[str, str]:
        """Read the stamp and the values; those that differ from the last read."""
        from incubator_app.services.stamps import read_stamp  # the database layers, when used

        stamp, values = self.desk.read(
            lambda s: (read_stamp(s, self.kind, self.record_id), self.values(s))
        )
        self.seen = stamp.version
        self.signatures.setText(signatures(stamp, self.desk.language))
        before, self._shown = self._shown, values
        return {label: text for label, text in values.items() if before.get(label) != text}
