"""A form checked against the rules as it is filled in, before anything is saved.

The check only reads (no write lock, however long a person pauses); Save writes
once, and the service checks again inside its write transaction. Where another
desk got there first, the form checks again and says why.
"""

from __future__ import annotations

from abc import abstractmethod
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QWidget

from incubator_app.domain.errors import DomainError
from incubator_app.domain.labels import rule_names
from incubator_app.domain.verdict import Verdict
from incubator_app.ui.form import (
    VERDICT_LINES,
    FormDialog,
    fit_lines,
    on_change,
    problem_label,
    reserve_lines,
    show_verdict,
)
from incubator_app.ui.theme import Tone, tone

CHECK_DELAY_MS = 300  # after the last keystroke, the rules are checked
PROBLEM_LINES = 1  # kept under each field; a longer message makes room for itself

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from incubator_app.ui.desk import Change, Desk


class CheckedDialog(FormDialog):
    """The verdict under the form, the reason field for rules a reason lifts, Save.

    A subclass builds its form, calls ``watch`` with its fields, and says how to
    ``check`` (a read-only service call returning a ``Verdict``), how to ``describe``
    a verdict, and how to ``record`` the change of kind ``change``.
    """

    change: Change
    pause_ms = CHECK_DELAY_MS  # how long a person pauses before the rules are checked

    def __init__(self, desk: Desk, title: str, parent: QWidget | None = None) -> None:
        super().__init__(desk, title, parent)
        self.reason = QLineEdit()
        self.reason_label = QLabel(self.tr("예외 사유"))
        self.verdict = self.problem  # the form's one line of judgement, under it
        reserve_lines(self.verdict, VERDICT_LINES)
        self.field_problems: dict[str, QLabel] = {}
        self.touched: set[str] | None = None  # fields typed in (None: every field counts)
        self.refusal: DomainError | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.pause_ms)
        self.timer.timeout.connect(self.refresh)

    def add_reason_row(self) -> None:
        """The reason field, shown only while a rule a reason lifts is broken (or one is
        written); until a reason is typed it names those rules."""
        self.form.addRow(self.reason_label, self.reason)
        self.watch(self.reason)

    def problem_row(self, field: str, widget: QWidget) -> QLabel:
        """A line under ``widget`` for its field's problem (always there, empty while fine):
        a quiet hint until the field is typed in, then a refusal."""
        label = problem_label(lines=PROBLEM_LINES)
        self.form.addRow("", label)
        self.field_problems[field] = label
        on_change((widget,), lambda: self._touch(field))
        return label

    def _touch(self, field: str) -> None:
        if self.touched is not None:
            self.touched.add(field)

    def watch(self, *fields: QWidget) -> None:
        """Check again once the person pauses after changing any of ``fields``."""
        on_change(fields, self.timer.start if self.pause_ms else self.refresh)

    @abstractmethod
    def check(self, session: Session) -> Verdict[Any]:
        """What the rules say of the form as filled in, reading only."""

    @abstractmethod
    def describe(self, verdict: Verdict[Any]) -> str:
        """The verdict's preview in words: what Save would write."""

    @abstractmethod
    def record(self, session: Session) -> object:
        """Write the form's change (the service checks it again)."""

    def before_check(self) -> None:
        """Fields that follow others (enabled, defaults) are set before each check."""

    def lifts(self, verdict: Verdict[Any] | None) -> tuple[DomainError, ...]:
        """The broken rules a written reason would lift, named beside the reason field."""
        return verdict.excusable if verdict is not None else ()

    def after_check(self) -> None:
        """Anything shown besides the verdict (a series' dates) is brought up to date."""

    def waiting(self, refusal: DomainError) -> bool:
        """Whether ``refusal`` only says something is still to be filled in."""
        return False

    def refresh(self) -> bool:
        """Check the form and show the verdict; whether it may be saved."""
        self.timer.stop()
        self.before_check()
        verdict: Verdict[Any] | None = None
        try:
            verdict = self.desk.read(self.check)
        except DomainError as refusal:
            self.refusal = refusal
        else:
            self.refusal = verdict.refusal
        self._show(verdict)
        self.after_check()
        return self.refusal is None

    def _show(self, verdict: Verdict[Any] | None) -> None:
        language = self.desk.language
        problems = self.refusal.problems if self.refusal is not None else ()
        beside = {p.field: p for p in problems if p.field in self.field_problems}
        for field, label in self.field_problems.items():
            label.setText(beside[field].text(language) if field in beside else "")
            touched = self.touched is None or field in self.touched
            tone(label, Tone.REFUSED if touched else Tone.WAITING)  # a hint until typed in
            fit_lines(label, PROBLEM_LINES)
        excusable = self.lifts(verdict)
        shown = bool(excusable) or bool(self.reason.text().strip())
        self.reason.setVisible(shown and self.reason_label.parent() is not None)
        self.reason_label.setVisible(self.reason.isVisible())
        if excusable:  # named in the field, not its label: the form keeps its width
            self.reason.setPlaceholderText(
                self.tr("사유를 적으면 풀리는 규칙: {0}").format(rule_names(excusable, language))
            )
        if self.refusal is not None:
            rest = [p for p in problems if p.field not in beside]
            text = rest[0].text(language) if rest else ""
            show_verdict(self.verdict, text, None if self.waiting(self.refusal) else False)
        elif verdict is not None:
            show_verdict(self.verdict, self.describe(verdict), True)
        fit_lines(self.verdict, VERDICT_LINES)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(self.refusal is None)

    def save(self) -> None:
        self.touched = None  # at Save, every problem counts
        if not self.refresh():
            return
        try:
            self.desk.write(self.change, self.record)
        except DomainError as lost:  # another desk got there first: say why
            self.lost(lost)
            if self.refresh():
                self._show_refusal(lost)
            return
        self.accept()

    def _show_refusal(self, refusal: DomainError) -> None:
        """A refusal the check did not foresee (a busy database): said under the form."""
        self.refusal = refusal
        show_verdict(self.verdict, refusal.text(self.desk.language), False)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
