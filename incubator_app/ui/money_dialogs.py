"""The money's dialogs: issuing a month (its preview first), recording a payment (how it
will be applied, before it is saved), cancelling one with a reason, and a lease's
deposit received and settled."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from sqlalchemy.orm import Session

from incubator_app.domain.billing import METHOD_KEYS, TYPED_METHODS, Month
from incubator_app.domain.errors import DomainError, Language, message
from incubator_app.domain.headings import Heading, heading
from incubator_app.domain.labels import charge_kind_name
from incubator_app.domain.money import won
from incubator_app.domain.periods import public_date
from incubator_app.domain.verdict import Verdict
from incubator_app.reports import billing as billing_print
from incubator_app.reports.document import printed_on, write_pdf
from incubator_app.services.billing import ChargeLine, Issue, check_issue, issue_month
from incubator_app.services.billing_deposits import (
    DepositView,
    SettlementView,
    check_deposit,
    check_settlement,
    deposit_view,
    record_deposit,
    settle_deposit,
)
from incubator_app.services.billing_invoices import station
from incubator_app.services.billing_payments import (
    PaymentInput,
    PaymentLine,
    PaymentView,
    cancel_payment,
    check_payment,
    record_payment,
)
from incubator_app.services.clock import seoul_today
from incubator_app.services.history import history_head
from incubator_app.ui.checked_dialog import CheckedDialog
from incubator_app.ui.dates import date_edit, day_of
from incubator_app.ui.desk import Change, Desk
from incubator_app.ui.form import FormDialog
from incubator_app.ui.table import Column, RowsModel, money_column, show_date, table_view
from incubator_app.ui.tenant_field import TenantField

DEDUCTION_ROWS = 3  # deductions a settlement form offers (원상복구, 청소, 열쇠…)


def charge_columns(language: Language, *, issued: bool = True) -> list[Column[ChargeLine]]:
    """``CHARGE_HEADINGS``, as the 청구 내역 sheet has them; a charge not issued yet (the
    preview) has no number and nothing paid."""
    columns: list[Column[ChargeLine]] = [
        Column(heading(Heading.CHARGE, language), lambda x: str(x.id), key=lambda x: x.id),
        Column(heading(Heading.TENANT_NAME, language), lambda x: x.tenant_name),
        Column(heading(Heading.ROOM, language), lambda x: x.room),
        Column(
            heading(Heading.CHARGE_KIND, language),
            lambda x: charge_kind_name(x.adjustment, language),
        ),
        money_column(heading(Heading.CHARGED_RENT, language), lambda x: x.amounts.rent),
        money_column(heading(Heading.CHARGED_FEE, language), lambda x: x.amounts.fee),
        money_column(heading(Heading.SUPPLY, language), lambda x: x.amounts.supply),
        money_column(heading(Heading.VAT, language), lambda x: x.amounts.vat),
        money_column(heading(Heading.TOTAL, language), lambda x: x.amounts.total),
        Column(heading(Heading.DUE_ON, language), lambda x: show_date(x.due), key=lambda x: x.due),
        money_column(heading(Heading.PAID, language), lambda x: x.paid),
        money_column(heading(Heading.BALANCE, language), lambda x: x.balance),
    ]
    return columns if issued else columns[1:-2]


def issue_summary(issue: Issue, language: Language) -> str:
    if not issue.lines:
        return message("issue_nothing", language, month=str(issue.month))
    return message(
        "issue_ready",
        language,
        month=str(issue.month),
        issued=issue.issued,
        adjusted=issue.adjusted,
        total=won(issue.total),
    )


class IssueDialog(FormDialog):
    """청구 발행: what issuing the month adds (new charges, adjustments), then 발행."""

    def __init__(self, desk: Desk, month: Month, parent: QWidget | None = None) -> None:
        title = QCoreApplication.translate("IssueDialog", "청구 발행: {0}").format(month)
        super().__init__(desk, title, parent)
        self.month = month
        self.preview = desk.read(lambda s: check_issue(s, month))
        self.model: RowsModel[ChargeLine] = RowsModel(charge_columns(desk.language, issued=False))
        self.model.set_rows(list(self.preview.lines))
        self.view = table_view(self.model)
        self.view.setMinimumSize(720, 260)
        self.view.resizeColumnsToContents()
        self.summary = QLabel(issue_summary(self.preview, desk.language))
        self.summary.setWordWrap(True)
        self.form.addRow(self.summary)
        self.form.addRow(self.view)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("발행"))
        save.setEnabled(bool(self.preview.lines) and not desk.read_only)

    def save(self) -> None:
        """Issue what the preview shows; if another desk issued or changed something
        since, show the new preview instead and issue nothing."""
        month = self.month
        now = self.desk.read(lambda s: check_issue(s, month))
        if now != self.preview:
            self.preview = now
            self.model.set_rows(list(now.lines))
            self.summary.setText(issue_summary(now, self.desk.language))
            self.problem.setText(message("issue_changed", self.desk.language))
            save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
            save.setEnabled(bool(now.lines))
            return
        self.write(Change.MONEY, lambda s: issue_month(s, month))


class PaymentDialog(CheckedDialog):
    """납부 기록: who paid, how much, when and how; the charges it pays are shown first."""

    change = Change.MONEY

    def __init__(
        self, desk: Desk, tenant: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(desk, QCoreApplication.translate("PaymentDialog", "납부 기록"), parent)
        self.tenant = TenantField(desk)
        if tenant:
            self.tenant.setText(tenant)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("예: 385,000"))
        self.on = date_edit(min(desk.as_of, seoul_today()))
        self.method = QComboBox()
        for method in TYPED_METHODS:
            self.method.addItem(message(METHOD_KEYS[method], desk.language), method.value)
        self.memo = QLineEdit()
        for label, field, widget in (
            (self.tr("입주기업"), "tenant", self.tenant),
            (self.tr("금액(원)"), "amount", self.amount),
            (self.tr("납부일"), "paid_on", self.on),
            (self.tr("납부 방법"), "method", self.method),
            (self.tr("메모"), "memo", self.memo),
        ):
            self.form.addRow(label, widget)
            self.problem_row(field, widget)
        self.touched = set()
        self.watch(self.tenant, self.amount, self.on, self.method, self.memo)
        self.refresh()

    def data(self) -> PaymentInput:
        return PaymentInput(
            self.tenant.key(),
            self.amount.text(),
            day_of(self.on),
            str(self.method.currentData()),
            self.memo.text(),
        )

    def waiting(self, refusal: DomainError) -> bool:
        return self.tenant.waits(refusal) or (
            refusal.code == "money_format" and not (self.amount.text().strip())
        )

    def check(self, session: Session) -> Verdict[Any]:
        data = self.data()
        if not data.tenant:
            raise self.tenant.refusal()
        return check_payment(session, data, seoul_today())

    def describe(self, verdict: Verdict[Any]) -> str:
        return applied_text(verdict.preview, self.desk.language)

    def record(self, session: Session) -> object:
        return record_payment(session, self.data(), seoul_today())


def applied_text(payment: PaymentView, language: Language) -> str:
    """ "2026-03 301호 198,693원, 2026-04 301호 1,307원에 충당 · 선납금 0원"."""
    shares = ", ".join(
        f"{share.month} {share.room} {won(share.amount).text(language)}"
        for share in payment.applied
    )
    return message(
        "payment_applied" if shares else "payment_all_credit",
        language,
        shares=shares,
        credit=won(payment.credit),
    )


class CancelPaymentDialog(FormDialog):
    """납부 취소: the payment stays, with why it no longer counts."""

    def __init__(self, desk: Desk, payment: PaymentLine, parent: QWidget | None = None) -> None:
        title = QCoreApplication.translate("CancelPaymentDialog", "납부 취소: {0}번").format(
            payment.id
        )
        super().__init__(desk, title, parent)
        self.payment = payment
        paid = won(payment.amount).text(desk.language)
        what = f"{payment.tenant_name} · {public_date(payment.on)} · {paid}"
        self.form.addRow(self.tr("납부"), QLabel(what))
        self.reason = QLineEdit()
        self.form.addRow(self.tr("취소 사유"), self.reason)

    def save(self) -> None:
        payment_id, reason = self.payment.id, self.reason.text()
        self.write(Change.MONEY, lambda s: cancel_payment(s, payment_id, reason))


class DepositDialog(CheckedDialog):
    """보증금: what was agreed and received; a receipt recorded, or (once the lease has
    ended) its settlement: received − owed − deductions = refund, shown before saving.
    A settled deposit is shown as settled, and its 정산서 saved as a PDF."""

    change = Change.MONEY

    def __init__(self, desk: Desk, lease_id: int, parent: QWidget | None = None) -> None:
        self.lease_id = lease_id
        self.deposit: DepositView = desk.read(lambda s: deposit_view(s, lease_id))
        title = QCoreApplication.translate("DepositDialog", "보증금: {0} {1}").format(
            self.deposit.room, self.deposit.tenant_name
        )
        super().__init__(desk, title, parent)
        deposit = self.deposit
        language = desk.language
        received = ", ".join(
            f"{public_date(on)} {won(a).text(language)}" for on, a in deposit.receipts
        )
        self.form.addRow(self.tr("약정 보증금"), QLabel(won(deposit.agreed).text(language)))
        self.form.addRow(self.tr("받은 보증금"), QLabel(received or self.tr("아직 없음")))
        self.settling = QComboBox()
        self.settling.addItem(self.tr("받은 보증금 기록"), False)
        self.settling.addItem(self.tr("퇴실 정산"), True)
        self.amount = QLineEdit()
        self.on = date_edit(min(desk.as_of, seoul_today()))
        self.form.addRow(self.tr("할 일"), self.settling)
        self.form.addRow(self.tr("날짜"), self.on)
        self.form.addRow(self.tr("받은 금액(원)"), self.amount)
        self.deductions: list[tuple[QLineEdit, QLineEdit]] = []
        for _ in range(DEDUCTION_ROWS):
            amount, reason = QLineEdit(), QLineEdit()
            amount.setPlaceholderText(self.tr("공제 금액(원)"))
            reason.setPlaceholderText(self.tr("사유 (원상복구, 청소…)"))
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(amount, 1)
            line.addWidget(reason, 2)
            self.form.addRow(self.tr("공제"), row)
            self.deductions.append((amount, reason))
        self.settled = deposit.settlement
        if self.settled is not None:  # nothing more to write: the figures as settled
            self.settling.setCurrentIndex(1)
            for widget in (self.settling, self.on, self.amount):
                widget.setEnabled(False)
            printed = QPushButton(self.tr("정산서 PDF…"))
            printed.clicked.connect(self._ask_pdf)
            self.form.addRow("", printed)
        fields = [field for pair in self.deductions for field in pair]
        self.watch(self.settling, self.on, self.amount, *fields)
        self.refresh()

    def settles(self) -> bool:
        return bool(self.settling.currentData())

    def _ask_pdf(self) -> None:
        suggested = Path.home() / f"보증금정산서_{self.deposit.room}_{self.lease_id}.pdf"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("PDF로 저장"), str(suggested), "PDF (*.pdf)"
        )
        if not chosen:
            return
        try:
            self.problem.setText(self.save_settlement(Path(chosen)))
        except DomainError as error:
            self.problem.setText(error.text(self.desk.language))

    def save_settlement(self, path: Path) -> str:
        """The 보증금 정산서 as settled, one A4 page."""
        if self.settled is None:
            return ""
        settled = self.settled
        sender, head = self.desk.read(lambda s: (station(s), history_head(s)))
        document = billing_print.settlement_document(settled, sender)
        footer = printed_on(seoul_today(), head)
        pages = write_pdf(document, path, billing_print.SETTLEMENT_TITLE, footer, landscape=False)
        return message("printed", self.desk.language, path=path, pages=pages)

    def before_check(self) -> None:
        settles, open_ = self.settles(), self.settled is None
        self.amount.setEnabled(open_ and not settles)
        for pair in self.deductions:
            for field in pair:
                field.setEnabled(open_ and settles)

    def kept(self) -> list[tuple[str | int, str]]:
        return [
            (amount.text(), reason.text())
            for amount, reason in self.deductions
            if amount.text().strip() or reason.text().strip()
        ]

    def check(self, session: Session) -> Verdict[Any]:
        if self.settled is not None:
            raise DomainError(
                "deposit_settled",
                value=self.lease_id,
                on=self.settled.settled_on.isoformat(),
            )
        on, today = day_of(self.on), seoul_today()
        if self.settles():
            return check_settlement(session, self.lease_id, self.kept(), on, today)
        return check_deposit(session, self.lease_id, self.amount.text(), on, today)

    def waiting(self, refusal: DomainError) -> bool:
        return refusal.code == "amount_needed"

    def describe(self, verdict: Verdict[Any]) -> str:
        language = self.desk.language
        if isinstance(verdict.preview, SettlementView):
            return settlement_text(verdict.preview, language)
        return message("deposit_ready", language, amount=won(verdict.preview))

    def record(self, session: Session) -> object:
        on, today = day_of(self.on), seoul_today()
        if self.settles():
            return settle_deposit(session, self.lease_id, self.kept(), on, today)
        return record_deposit(session, self.lease_id, self.amount.text(), on, today)


def settlement_text(settled: SettlementView, language: Language) -> str:
    """ "받은 보증금 1,000,000원 − 미납 127,019원 − 공제 50,000원 = 반환 822,981원"."""
    return message(
        "settlement_figures",
        language,
        received=won(settled.received),
        owed=won(settled.owed),
        deducted=won(settled.deducted),
        refund=won(settled.refund),
        shortfall=won(settled.shortfall),
    )
