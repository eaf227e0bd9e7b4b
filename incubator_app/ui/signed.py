"""The record a dialog edits, as several desks share it: the version the form was read
at, who made it and who changed it last, and what another desk changed if it saved
first. The form keeps what was typed; a second Save puts it in place."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from incubator_app.domain.stamps import Stamp, signatures
from incubator_app.ui.record_history import RecordHistory
from incubator_app.ui.theme import Tone, tone

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from incubator_app.domain.stamps import Kind
    from incubator_app.ui.desk import Desk

View = TypeVar("View", bound="Versioned")


class Versioned(Protocol):
    """A service's view of an editable record, as a page or dialog read it."""

    @property
    def id(self) -> int: ...

    @property
    def version(self) -> int: ...


class Signed(Generic[View]):
    """``seen`` is what a save passes to the service: the version of the view the form
    was filled from (a page's row may be older than the record). ``signatures`` and
    ``stored`` are the dialog's two lines, the second shown once another desk saved first.

    ``read`` reads the record's view again; ``describe`` gives a view as the dialog
    shows it (label → text), to say what another desk changed. ``history`` is the
    record's 이력 tab.
    """

    def __init__(
        self,
        desk: Desk,
        kind: Kind,
        view: View,
        read: Callable[[Session], View],
        describe: Callable[[View], dict[str, str]],
    ) -> None:
        from incubator_app.services.stamps import read_stamp  # the database layers, when used

        self.desk, self.read, self.describe = desk, read, describe
        self.current = view  # the record as last read
        self.seen, self._shown = view.version, describe(view)
        record_id = view.id

        def stamp(session: Session) -> Stamp:
            return read_stamp(session, kind, record_id)

        self._stamp = stamp
        self.signatures = QLabel(signatures(desk.read(self._stamp), desk.language))
        self.signatures.setWordWrap(True)
        tone(self.signatures, Tone.WAITING)
        self.stored = QLabel()
        self.stored.setWordWrap(True)
        self.stored.hide()
        self.history = RecordHistory(desk, kind, record_id)

    def lost(self) -> None:
        """Another desk saved first: read the record again and show what it changed."""
        stamp, view = self.desk.read(lambda s: (self._stamp(s), self.read(s)))
        self.current, self.seen = view, view.version
        self.signatures.setText(signatures(stamp, self.desk.language))
        self.history.reload()
        before, self._shown = self._shown, self.describe(view)
        listed = "; ".join(
            f"{label}: {text}" for label, text in self._shown.items() if before.get(label) != text
        )
        if listed:
            text = QCoreApplication.translate("Signed", "지금 저장된 값 — {0}").format(listed)
        else:
            text = QCoreApplication.translate("Signed", "이 창의 항목은 바뀌지 않았습니다.")
        self.stored.setText(text)
        self.stored.show()
