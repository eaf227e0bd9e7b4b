"""A new lease: checked against every rule as it is filled in, before anything is saved.

A refusal explains itself under the form. Where the rule is one a written
reason may override (admission window, incubation cap), the reason field
appears and saving with a reason signs the lease as an exception.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from incubator_app.domain.building import SpaceKind
from incubator_app.domain.errors import DomainError, message
from incubator_app.domain.leases import OVERRIDABLE, term_end
from incubator_app.services.leases import (
    LeaseInput,
    LeaseView,
    create_lease,
    renew_lease,
    terminate_lease,
)
from incubator_app.services.settings import load_policy
from incubator_app.services.spaces import list_spaces
from incubator_app.services.tenants import list_tenants
from incubator_app.ui.dates import date_edit, day_of, qdate
from incubator_app.ui.desk import Change, Desk
from incubator_app.ui.form import (
    VERDICT_LINES,
    FormDialog,
    check_as_typed,
    reserve_lines,
    show_verdict,
)
from incubator_app.ui.tenant_field import TenantField

MOST_SEATS = 10_000


class LeaseDialog(FormDialog):
    def __init__(self, desk: Desk, room: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(desk, QCoreApplication.translate("LeaseDialog", "새 계약"), parent)
        language = desk.language
        tenants, spaces = desk.read(lambda s: (list_tenants(s, desk.as_of), list_spaces(s)))
        self.tenant = TenantField(tenants)
        self.room = QComboBox()
        self.kinds: dict[str, SpaceKind] = {}
        for space in spaces:
            if space.kind.leasable:
                kind = message(f"kind_{space.kind.value}", language)
                self.room.addItem(f"{space.number} {space.name} ({kind})", space.number)
                self.kinds[space.number] = space.kind
        if room is not None:
            self.room.setCurrentIndex(max(self.room.findData(room), 0))
        self.years = desk.read(lambda s: load_policy(s).default_lease_years)
        self.start = date_edit(desk.as_of)
        self.end = date_edit(term_end(desk.as_of, self.years))
        self.default_term = QCheckBox(self.tr("기본 계약 기간"))
        self.default_term.setChecked(True)
        self.end.setEnabled(False)
        self.start.dateChanged.connect(self._default_end)
        self.seats = QSpinBox()
        self.seats.setRange(1, MOST_SEATS)
        self.deposit = QLineEdit("0")
        self.rent = QLineEdit("0")
        self.fee = QLineEdit("0")
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("예외로 계약하는 사유"))
        self.reason_label = QLabel(self.tr("예외 사유"))
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        reserve_lines(self.verdict, VERDICT_LINES)
        form = self.form
        form.addRow(self.tr("기업"), self.tenant)
        form.addRow(self.tr("호실"), self.room)
        form.addRow(self.tr("입주일"), self.start)
        form.addRow(self.default_term, self.end)
        form.addRow(self.tr("좌석 (코워킹)"), self.seats)
        form.addRow(self.tr("보증금(원)"), self.deposit)
        form.addRow(self.tr("월임대료(원)"), self.rent)
        form.addRow(self.tr("월관리비(원)"), self.fee)
        form.addRow(self.reason_label, self.reason)
        self.add_below(self.verdict)
        self.default_term.toggled.connect(self.end.setEnabled)
        self.timer = check_as_typed(
            self,
            self.check,
            (self.tenant, self.deposit, self.rent, self.fee, self.reason, self.start, self.end,
             self.room, self.seats, self.default_term),
        )  # fmt: skip
        self.refusal: DomainError | None = None
        self.check()

    def _default_end(self) -> None:
        """While the default term is ticked, its end follows the start (shown, not typed)."""
        if self.default_term.isChecked():
            self.end.setDate(qdate(term_end(day_of(self.start), self.years)))

    def data(self) -> LeaseInput:
        room = str(self.room.currentData() or "")
        coworking = self.kinds.get(room) is SpaceKind.COWORKING
        return LeaseInput(
            tenant=self.tenant.key(),
            room=room,
            start=day_of(self.start),
            end=None if self.default_term.isChecked() else day_of(self.end),
            seats=self.seats.value() if coworking else None,
            deposit=self.deposit.text(),
            rent=self.rent.text(),
            fee=self.fee.text(),
            override_reason=self.reason.text().strip() or None,
        )

    def check(self) -> bool:
        """Try the lease in a transaction that is rolled back; show what the rules say."""
        self.timer.stop()
        room = str(self.room.currentData() or "")
        self.seats.setEnabled(self.kinds.get(room) is SpaceKind.COWORKING)
        data = self.data()
        signed = None
        try:
            if not data.tenant:
                raise self.tenant.refusal()
            signed = self.desk.try_out(lambda s: create_lease(s, data))
        except DomainError as error:
            self.refusal = error
        else:
            self.refusal = None
        overridable = self.refusal is not None and self.refusal.code in OVERRIDABLE
        exception = bool(data.override_reason)
        self.reason.setVisible(overridable or exception)
        self.reason_label.setVisible(overridable or exception)
        if signed is not None:
            who = f"{signed.tenant_name}, {signed.room} ({signed.start} ~ {signed.end})"
            show_verdict(
                self.verdict,
                self.tr("예외로 계약합니다: {0} — {1}").format(who, data.override_reason)
                if exception
                else self.tr("계약할 수 있습니다: {0}").format(who),
                True,
            )
        elif self.refusal is not None:
            waiting = self.refusal.code == "tenant_choose"  # nothing typed yet
            show_verdict(
                self.verdict, self.refusal.text(self.desk.language), None if waiting else False
            )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(self.refusal is None)
        return self.refusal is None

    def save(self) -> None:
        if not self.check():
            return
        data = self.data()
        try:
            self.desk.write(Change.LEASES, lambda s: create_lease(s, data))
        except DomainError as error:  # another desk signed first
            self.verdict.setText(error.text(self.desk.language))
            return
        self.accept()


class MoveOutDialog(FormDialog):
    """End a lease on a date (퇴실): the move-out becomes its effective end."""

    def __init__(self, desk: Desk, lease: LeaseView, parent: QWidget | None = None) -> None:
        title = QCoreApplication.translate("MoveOutDialog", "퇴실 처리: {0} {1}").format(
            lease.room, lease.tenant_name
        )
        super().__init__(desk, title, parent)
        self.lease = lease
        self.on = date_edit(min(desk.as_of, lease.effective_end))
        self.form.addRow(self.tr("퇴실일"), self.on)

    def save(self) -> None:
        lease_id, on = self.lease.id, day_of(self.on)
        self.write(Change.LEASES, lambda s: terminate_lease(s, lease_id, on))


class RenewDialog(FormDialog):
    """Renew a lease: the same room and terms from the day after it ends, checked afresh."""

    def __init__(self, desk: Desk, lease: LeaseView, parent: QWidget | None = None) -> None:
        title = QCoreApplication.translate("RenewDialog", "재계약: {0} {1}").format(
            lease.room, lease.tenant_name
        )
        super().__init__(desk, title, parent)
        self.lease = lease
        self.default_term = QCheckBox(self.tr("기본 계약 기간"))
        self.default_term.setChecked(True)
        years = desk.read(lambda s: load_policy(s).default_lease_years)
        self.end = date_edit(term_end(lease.end + timedelta(days=1), years))  # the default term
        self.end.setEnabled(False)
        self.default_term.toggled.connect(self.end.setEnabled)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("예외로 계약하는 사유 (필요할 때만)"))
        self.form.addRow(self.default_term, self.end)
        self.form.addRow(self.tr("예외 사유"), self.reason)

    def save(self) -> None:
        lease_id = self.lease.id
        end = None if self.default_term.isChecked() else day_of(self.end)
        reason = self.reason.text().strip() or None
        self.write(Change.LEASES, lambda s: renew_lease(s, lease_id, end, reason))
