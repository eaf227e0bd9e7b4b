"""A new lease, a renewal, a move-out: checked against every rule as it is filled in,
before anything is saved.

A refusal explains itself under the form. Where the rule is one a written
reason lifts (admission window, incubation cap), the reason field appears,
naming it, and saving with a reason signs the lease as an exception.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QSpinBox, QWidget

from incubator_app.domain.building import SpaceKind
from incubator_app.domain.errors import DomainError, message
from incubator_app.domain.labels import kind_name, rule_names
from incubator_app.domain.leases import term_end
from incubator_app.domain.periods import Period
from incubator_app.domain.stamps import Kind
from incubator_app.domain.verdict import Verdict
from incubator_app.services.lease_lists import LeaseView, get_lease
from incubator_app.services.leases import (
    LeaseInput,
    LeasePreview,
    check_lease,
    check_move_out,
    check_renewal,
    create_lease,
    renew_lease,
    terminate_lease,
)
from incubator_app.services.settings import load_policy
from incubator_app.services.spaces import list_spaces
from incubator_app.ui.checked_dialog import CheckedDialog
from incubator_app.ui.dates import date_edit, day_of, qdate
from incubator_app.ui.desk import Change, Desk
from incubator_app.ui.tenant_field import TenantField

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

MOST_SEATS = 10_000


def default_term_follows(box: QCheckBox, end: QDateEdit, default_end: Callable[[], date]) -> None:
    """Ticked, the end is the default term's, shown and not typed; unticked, it is typed
    (ticking it again puts the default back)."""

    def follow(ticked: bool) -> None:
        end.setEnabled(not ticked)
        if ticked:
            end.setDate(qdate(default_end()))

    box.toggled.connect(follow)
    follow(box.isChecked())


def lease_verdict(verdict: Verdict[LeasePreview], ready: str, desk: Desk) -> str:
    """ "계약할 수 있습니다: 회사, 301 (2026-03-01 ~ 2028-02-29)", or the exception it is."""
    language = desk.language
    lease = verdict.preview
    what = f"{lease.tenant_name}, {lease.room} ({lease.period})"
    if verdict.excused:
        rules = rule_names(verdict.excused, language)
        return message(
            "lease_ready_overridden", language, what=what, rules=rules, reason=verdict.reason
        )
    return message(ready, language, what=what)


class LeaseDialog(CheckedDialog):
    change = Change.LEASES

    def __init__(self, desk: Desk, room: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(desk, QCoreApplication.translate("LeaseDialog", "새 계약"), parent)
        language = desk.language
        spaces, self.years = desk.read(
            lambda s: (list_spaces(s), load_policy(s).default_lease_years)
        )
        self.tenant = TenantField(desk)
        self.room = QComboBox()
        self.kinds: dict[str, SpaceKind] = {}
        for space in spaces:
            if space.kind.leasable:
                kind = kind_name(space.kind, language)
                self.room.addItem(f"{space.number} {space.name} ({kind})", space.number)
                self.kinds[space.number] = space.kind
        if room is not None:
            self.room.setCurrentIndex(max(self.room.findData(room), 0))
        self.start = date_edit(desk.as_of)
        self.end = date_edit(term_end(desk.as_of, self.years))
        self.default_term = QCheckBox(self.tr("기본 계약 기간"))
        self.default_term.setChecked(True)
        self.start.dateChanged.connect(self._default_end)
        self.seats = QSpinBox()
        self.seats.setRange(1, MOST_SEATS)
        self.deposit = QLineEdit("0")
        self.rent = QLineEdit("0")
        self.fee = QLineEdit("0")
        form = self.form
        form.addRow(self.tr("기업"), self.tenant)
        form.addRow(self.tr("호실"), self.room)
        form.addRow(self.tr("입주일"), self.start)
        form.addRow(self.default_term, self.end)
        form.addRow(self.tr("좌석 (코워킹)"), self.seats)
        form.addRow(self.tr("보증금(원)"), self.deposit)
        form.addRow(self.tr("월임대료(원)"), self.rent)
        form.addRow(self.tr("월관리비(원)"), self.fee)
        self.add_reason_row()
        default_term_follows(
            self.default_term, self.end, lambda: term_end(day_of(self.start), self.years)
        )
        self.watch(self.tenant, self.deposit, self.rent, self.fee, self.start, self.end,
                   self.room, self.seats, self.default_term)  # fmt: skip
        self.refresh()

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
            override_reason=self.reason.text(),
        )

    def before_check(self) -> None:
        room = str(self.room.currentData() or "")
        self.seats.setEnabled(self.kinds.get(room) is SpaceKind.COWORKING)

    def waiting(self, refusal: DomainError) -> bool:
        return self.tenant.waits(refusal)

    def check(self, session: Session) -> Verdict[Any]:
        data = self.data()
        if not data.tenant:
            raise self.tenant.refusal()
        return check_lease(session, data)

    def describe(self, verdict: Verdict[Any]) -> str:
        return lease_verdict(verdict, "lease_ready", self.desk)

    def record(self, session: Session) -> object:
        return create_lease(session, self.data())


class MoveOutDialog(CheckedDialog):
    """End a lease on a date (퇴실): the move-out becomes its effective end."""

    change = Change.LEASES

    def __init__(self, desk: Desk, lease: LeaseView, parent: QWidget | None = None) -> None:
        title = QCoreApplication.translate("MoveOutDialog", "퇴실 처리: {0} {1}").format(
            lease.room, lease.tenant_name
        )
        super().__init__(desk, title, parent)
        self.lease = lease
        self.on = date_edit(min(desk.as_of, lease.effective_end))
        self.form.addRow(self.tr("퇴실일"), self.on)
        self.sign(Kind.LEASE, lease, lambda s: get_lease(s, lease.id), lease_terms)
        self.watch(self.on)
        self.refresh()

    def moved_out(self) -> date:
        return day_of(self.on)

    def check(self, session: Session) -> Verdict[Any]:
        return check_move_out(session, self.lease.id, self.moved_out())

    def describe(self, verdict: Verdict[Any]) -> str:
        period: Period = verdict.preview
        what = f"{self.lease.tenant_name}, {self.lease.room} ({period})"
        return message("move_out_ready", self.desk.language, what=what)

    def record(self, session: Session) -> object:
        return terminate_lease(session, self.lease.id, self.moved_out(), seen=self.seen)


class RenewDialog(CheckedDialog):
    """Renew a lease: the same room and terms from the day after it ends, checked afresh."""

    change = Change.LEASES

    def __init__(self, desk: Desk, lease: LeaseView, parent: QWidget | None = None) -> None:
        title = QCoreApplication.translate("RenewDialog", "재계약: {0} {1}").format(
            lease.room, lease.tenant_name
        )
        super().__init__(desk, title, parent)
        self.lease = lease
        self.default_term = QCheckBox(self.tr("기본 계약 기간"))
        self.default_term.setChecked(True)
        years = desk.read(lambda s: load_policy(s).default_lease_years)
        first_day = lease.end + timedelta(days=1)
        self.end = date_edit(term_end(first_day, years))
        default_term_follows(self.default_term, self.end, lambda: term_end(first_day, years))
        self.form.addRow(self.default_term, self.end)
        self.add_reason_row()
        self.sign(Kind.LEASE, lease, lambda s: get_lease(s, lease.id), lease_terms)
        self.watch(self.default_term, self.end)
        self.refresh()

    def terms(self) -> tuple[int, date | None, str]:
        end = None if self.default_term.isChecked() else day_of(self.end)
        return self.lease.id, end, self.reason.text()

    def check(self, session: Session) -> Verdict[Any]:
        return check_renewal(session, *self.terms())

    def describe(self, verdict: Verdict[Any]) -> str:
        return lease_verdict(verdict, "renewal_ready", self.desk)

    def record(self, session: Session) -> object:
        return renew_lease(session, *self.terms(), seen=self.seen)


def lease_terms(lease: LeaseView) -> dict[str, str]:
    """A signed lease's terms by label, as a dialog on it shows what another desk changed."""
    translate = QCoreApplication.translate
    return {
        translate("LeaseTerms", "계약만료일"): lease.end.isoformat(),
        translate("LeaseTerms", "퇴실일"): lease.terminated_on.isoformat()
        if lease.terminated_on
        else "—",
        translate("LeaseTerms", "보증금"): f"{lease.deposit:,}",
        translate("LeaseTerms", "월임대료"): f"{lease.rent:,}",
        translate("LeaseTerms", "월관리비"): f"{lease.fee:,}",
    }
