"""What the window's forms and pages share: a refusal shown in place, refresh on change."""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incubator_app.domain.errors import CancelledError, DomainError
from incubator_app.domain.stamps import CHANGED_ELSEWHERE
from incubator_app.ui.desk import Change, Desk
from incubator_app.ui.painting import after_first_paint
from incubator_app.ui.record_history import with_history
from incubator_app.ui.signed import Signed, View
from incubator_app.ui.table import place_in, return_to
from incubator_app.ui.theme import Tone, tone
from incubator_app.ui.work import Progress, run_with_progress

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from incubator_app.domain.stamps import Kind


def tell(parent: QWidget, desk: Desk, error: DomainError) -> None:
    """A refusal met outside a form (reading a page, opening a dialog): one message box."""
    title = QCoreApplication.translate("Page", "불러오지 못했습니다")
    QMessageBox.warning(parent, title, error.text(desk.language))


def open_dialog(parent: QWidget, desk: Desk, make: Callable[[], QDialog]) -> None:
    """Build a dialog (it reads the database) and run it; a refusal is told instead."""
    try:
        dialog = make()
    except DomainError as error:
        tell(parent, desk, error)
        return
    with desk.told_after():
        dialog.exec()
    dialog.deleteLater()  # a child of the page otherwise, kept with its data until it closes


def on_change(fields: Iterable[QWidget], act: Callable[[], object]) -> None:
    """Call ``act`` whenever any of ``fields`` changes, whatever kind of field it is."""
    for field in fields:
        if isinstance(field, QLineEdit):
            field.textChanged.connect(lambda *_: act())
        elif isinstance(field, QDateTimeEdit):  # dates and times
            field.dateTimeChanged.connect(lambda *_: act())
        elif isinstance(field, QSpinBox):
            field.valueChanged.connect(lambda *_: act())
        elif isinstance(field, QAbstractButton):
            field.toggled.connect(lambda *_: act())
        elif isinstance(field, QComboBox):
            field.currentIndexChanged.connect(lambda *_: act())
        else:
            raise TypeError(f"no change signal known for {type(field).__name__}")


def show_verdict(label: QLabel, text: str, ok: bool | None) -> None:
    """What the rules say under a form: bold when it may be saved, the error colour when
    refused, plain while something is still to be filled in (``None``)."""
    label.setText(text)
    tone(label, {True: Tone.VERDICT, False: Tone.REFUSED, None: Tone.WAITING}[ok])


def problem_label(lines: int = 2) -> QLabel:
    """Where a refusal is shown, in the error colour, wrapped, with room for ``lines``."""
    label = QLabel()
    tone(label, Tone.REFUSED)
    label.setWordWrap(True)
    reserve_lines(label, lines)
    return label


def reserve_lines(label: QLabel, lines: int) -> None:
    """Keep room for ``lines`` of text whether or not the label says anything, so the
    form does not move under the pointer when a message comes or goes."""
    label.setMinimumHeight(label.fontMetrics().lineSpacing() * lines + 4)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)


def fit_lines(label: QLabel, lines: int) -> None:
    """Room for ``label``'s text however many lines it wraps to, and never less than
    ``lines``: the dialog grows for a long message rather than cut it."""
    reserved = label.fontMetrics().lineSpacing() * lines + 4
    needed = label.heightForWidth(label.width()) if label.text() else 0
    label.setMinimumHeight(max(reserved, needed))


SCREEN_MARGIN = 300  # the title bar, the verdict, the buttons, the taskbar
MIN_FORM_HEIGHT = 300
DIALOG_WIDTH = 480  # titles like "재계약: 301 주식회사 …" stay whole
VERDICT_LINES = 3  # a refusal naming dates and another tenant runs to three lines


class FormDialog(QDialog):
    """A form, the rule's refusal under it, and Save / Cancel. ``save`` does the writing."""

    def __init__(self, desk: Desk, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.problem = problem_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.signed: Signed[Any] | None = None  # the record edited, once ``sign`` named it
        self.setMinimumWidth(DIALOG_WIDTH)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.body.addWidget(self.problem)
        self.body.addWidget(self.buttons)

    def fit_screen(self) -> None:
        """Keep Save and Cancel on the screen: a form taller than the screen leaves (a
        laptop's 768 pixels, a large station's history) scrolls instead."""
        screen = self.screen()
        room = screen.availableGeometry().height() - SCREEN_MARGIN if screen else 0
        fields = QWidget()
        self.body.removeItem(self.form)
        fields.setLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(fields)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        needed = fields.sizeHint().height()
        scroll.setMinimumHeight(min(needed, max(room, MIN_FORM_HEIGHT)))
        scroll.setMinimumWidth(fields.sizeHint().width())
        self.body.insertWidget(0, scroll, 1)

    def add_below(self, widget: QWidget) -> None:
        """Something to see under the refusal (a history table), above the buttons."""
        self.body.insertWidget(self.body.count() - 1, widget)

    def sign(
        self,
        kind: Kind,
        view: View,
        read: Callable[[Session], View],
        describe: Callable[[View], dict[str, str]],
    ) -> None:
        """Name the record this form edits (``view``, what the form was filled from): its
        signatures under the form, what another desk changed, should it save first, and
        its 이력 on a tab beside the form."""
        self.signed = Signed(self.desk, kind, view, read, describe)
        self.body.insertWidget(self.body.indexOf(self.problem), self.signed.signatures)
        self.body.insertWidget(self.body.indexOf(self.problem), self.signed.stored)
        first = self.body.itemAt(0)
        content = first.widget() if first is not None else None
        if content is None:  # the form itself, not yet in a scrolled page
            self.body.removeItem(self.form)
            content = QWidget()
            content.setLayout(self.form)
        else:
            self.body.removeWidget(content)
        self.body.insertWidget(0, with_history(content, self.signed.history), 1)

    @property
    def seen(self) -> int | None:
        """The version of the record the form was read at (None: no record signed yet)."""
        return self.signed.seen if self.signed is not None else None

    def lost(self, refusal: DomainError) -> None:
        """A save refused: when another desk saved first, show what it changed."""
        if refusal.code == CHANGED_ELSEWHERE and self.signed is not None:
            self.signed.lost()

    @abstractmethod
    def save(self) -> None:
        """Check and write what the form says (usually through ``write``)."""

    def write(self, change: Change, work: Callable[[Session], object]) -> None:
        """Write in one transaction and close; a refusal stays on screen, nothing written."""
        try:
            self.desk.write(change, work)
        except DomainError as error:
            self.lost(error)
            self.problem.setText(error.text(self.desk.language))
            return
        self.accept()


CANCELLED = object()  # a read that was stopped or refused: nothing to show


class Page(QWidget):
    """A page that reads again when it is shown after a change, or at once if visible.

    ``load`` reads (it must not touch widgets), ``show_loaded`` shows. Pages whose rows
    grow with the station's history read on a worker thread (a progress dialog appears
    if it takes long); pages bounded by the building (``quick``) read in place.
    """

    quick = False
    shows = Change.EVERYTHING  # what the page shows: other changes leave it as it is

    def __init__(self, desk: Desk, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.desk = desk
        self.stale = True
        self.loading = False
        self.painting = False  # shown, its read waiting for the first paint
        desk.changed.connect(self._changed)

    @abstractmethod
    def load(self, progress: Progress) -> Any:
        """What the page shows, read from the database on the 기준일."""

    @abstractmethod
    def show_loaded(self, loaded: Any) -> None:
        """Put what ``load`` read on the page."""

    def refresh(self) -> None:
        if self.loading:  # a change while reading: read again once this read is done
            self.stale = True
            return
        self.loading = True
        try:
            loaded = self._read()
        finally:  # whatever happened (a bug included), the page may read again
            if shiboken6.isValid(self):  # not when the window closed while it read
                self.loading = False
                if self.stale and self.isVisible():
                    self.stale = False
                    QTimer.singleShot(0, self, self.refresh)
        if loaded is CANCELLED or not shiboken6.isValid(self):
            return
        own = [view for view in self.findChildren(QTableView) if view.window() is self.window()]
        places = [(view, place_in(view)) for view in own]  # not the tables of its dialogs
        self.show_loaded(loaded)
        for view, place in places:  # the same rows chosen, scrolled where they were
            if place is not None:
                return_to(view, place)

    def _read(self) -> Any:
        """What ``load`` reads (``CANCELLED`` when stopped or refused, the refusal told)."""
        try:
            return (
                self.load(lambda _done, _total: True)
                if self.quick
                else run_with_progress(self, self.tr("불러오는 중…"), self.load)
            )
        except CancelledError:
            self.stale = True
        except DomainError as error:
            if shiboken6.isValid(self):
                tell(self, self.desk, error)
        return CANCELLED

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """A page bounded by the building reads in place; a long one shows itself at once
        (its last rows, or none) and reads once it has been painted."""
        super().showEvent(event)
        if self.stale:
            self.stale = False
            if self.quick:
                self.refresh()
            else:
                self.painting = True
                after_first_paint(self, self._read_after_paint)

    def _read_after_paint(self) -> None:
        self.painting = False
        self.refresh()

    def writable(self) -> bool:
        """Whether the database takes writes: buttons that change records are off if not."""
        return not self.desk.read_only

    def settled(self) -> bool:
        """Whether what the page shows is read: no read waiting or running."""
        return not (self.painting or self.loading or (self.stale and self.isVisible()))

    def _changed(self, what: Change) -> None:
        if not what & (self.shows | Change.AS_OF) or self.painting:  # it reads once painted
            return
        self.stale = True
        if self.isVisible():
            self.stale = False
            self.refresh()
