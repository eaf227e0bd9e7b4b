"""수납: a month's charges with what is paid of each on the 기준일, the month's payments,
and who is in arrears; issue the month, record or cancel a payment, save its invoices,
a receipt, or the month as an Excel workbook."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
)
from sqlalchemy.orm import Session

from incubator_app.domain.billing import METHOD_KEYS, Month
from incubator_app.domain.errors import CancelledError, DomainError, Language, message
from incubator_app.domain.headings import Heading, heading
from incubator_app.domain.history import Head
from incubator_app.domain.identifiers import format_brn
from incubator_app.domain.money import won
from incubator_app.domain.periods import FIRST_YEAR, LAST_YEAR
from incubator_app.excel.billing import write_charges
from incubator_app.reports import billing as billing_print
from incubator_app.reports.document import printed_on, write_pdf
from incubator_app.services.billing import ChargeLine, check_issue
from incubator_app.services.billing_balances import TenantArrears, arrears, charges_of_month
from incubator_app.services.billing_invoices import Station, invoices, month_book, station
from incubator_app.services.billing_payments import (
    PaymentLine,
    PaymentView,
    payments_between,
    receipt_of,
)
from incubator_app.services.clock import seoul_today
from incubator_app.services.history import history_head
from incubator_app.services.lookup import find_tenant
from incubator_app.ui.desk import Change, Desk
from incubator_app.ui.form import Page, open_dialog
from incubator_app.ui.money_dialogs import (
    CancelPaymentDialog,
    IssueDialog,
    PaymentDialog,
    charge_columns,
)
from incubator_app.ui.table import (
    Column,
    RowsModel,
    count_label,
    money_column,
    show_date,
    table_view,
)
from incubator_app.ui.theme import MUTED_INK
from incubator_app.ui.work import Progress, run_with_progress


@dataclass(frozen=True)
class Shown:
    """What the page read for its month, on the 기준일."""

    month: Month
    charges: list[ChargeLine]
    payments: list[PaymentLine]
    arrears: list[TenantArrears]
    unissued: int  # charges and adjustments issuing the month would still add


def payment_columns(language: Language) -> list[Column[PaymentLine]]:
    def ink(line: PaymentLine) -> QColor | None:
        return MUTED_INK if line.cancel_reason else None

    return [
        Column(heading(Heading.PAYMENT, language), lambda x: str(x.id), key=lambda x: x.id),
        Column(heading(Heading.PAID_ON, language), lambda x: show_date(x.on), key=lambda x: x.on),
        Column(heading(Heading.TENANT_NAME, language), lambda x: x.tenant_name),
        money_column(heading(Heading.AMOUNT, language), lambda x: x.amount),
        Column(
            heading(Heading.METHOD, language), lambda x: message(METHOD_KEYS[x.method], language)
        ),
        Column(heading(Heading.MEMO, language), lambda x: x.memo or ""),
        Column(heading(Heading.CANCELLED, language), lambda x: x.cancel_reason or "", colour=ink),
    ]


def arrears_columns(language: Language) -> list[Column[TenantArrears]]:
    return [
        Column(heading(Heading.TENANT_NAME, language), lambda x: x.name),
        Column(heading(Heading.BRN, language), lambda x: x.brn or ""),
        money_column(heading(Heading.ARREARS, language), lambda x: x.balance),
        Column(
            heading(Heading.OLDEST_DUE, language),
            lambda x: show_date(x.oldest_due),
            key=lambda x: x.oldest_due,
        ),
        Column(
            heading(Heading.DAYS_OVERDUE, language),
            lambda x: f"{x.days_overdue:,}",
            key=lambda x: x.days_overdue,
            numeric=True,
        ),
    ]


def month_edit(month: Month) -> QDateEdit:
    """A month field: 2026-04, a month at a time."""
    edit = QDateEdit(QDate(month.year, month.month, 1))
    edit.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 31))
    edit.setDisplayFormat("yyyy-MM")
    edit.setCurrentSection(QDateEdit.Section.MonthSection)
    return edit


class MoneyPage(Page):
    """The month's money; paid and balance count the payments made up to the 기준일."""

    shows = Change.MONEY | Change.LEASES | Change.TENANTS | Change.SETTINGS

    def __init__(self, desk: Desk) -> None:
        super().__init__(desk, "money")
        language = desk.language
        today = desk.as_of
        self.month = month_edit(Month(today.year, today.month))
        self.shown_month = Month(today.year, today.month)
        self.charges: RowsModel[ChargeLine] = RowsModel(charge_columns(language))
        self.payments: RowsModel[PaymentLine] = RowsModel(payment_columns(language))
        self.owing: RowsModel[TenantArrears] = RowsModel(
            arrears_columns(language), identity=lambda x: x.tenant_id
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.count = count_label(self.tr("{0:,}건").format(999_999))
        self.issue = QPushButton(self.tr("청구 발행…"))
        self.pay = QPushButton(self.tr("납부 기록…"))
        self.cancel = QPushButton(self.tr("납부 취소…"))
        self.receipt = QPushButton(self.tr("영수증 PDF…"))
        self.invoices = QPushButton(self.tr("고지서 PDF…"))
        self.export = QPushButton(self.tr("Excel로 내보내기…"))
        for button in (self.issue, self.pay):
            button.setEnabled(self.writable())
        self.tabs = QTabWidget()
        self.charge_view = table_view(self.charges)
        self.payment_view = table_view(self.payments)
        self.arrears_view = table_view(self.owing)
        self.arrears_view.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # longest overdue first
        self.tabs.addTab(self.charge_view, self.tr("청구"))
        self.tabs.addTab(self.payment_view, self.tr("납부"))
        self.tabs.addTab(self.arrears_view, self.tr("미납"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("청구월")))
        bar.addWidget(self.month)
        bar.addWidget(self.count)
        bar.addStretch(1)
        for button in (
            self.issue, self.pay, self.cancel, self.receipt, self.invoices, self.export
        ):  # fmt: skip
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.issue.clicked.connect(self.start_issue)
        self.pay.clicked.connect(self.start_payment)
        self.cancel.clicked.connect(self.start_cancel)
        self.receipt.clicked.connect(lambda: self._ask_pdf(self.save_receipt, "영수증"))
        self.invoices.clicked.connect(lambda: self._ask_pdf(self.save_invoices, "고지서"))
        self.export.clicked.connect(self._ask_export)
        self.payment_view.selectionModel().selectionChanged.connect(lambda *_: self._buttons())
        self.payments.modelReset.connect(self._buttons)
        self.charge_view.doubleClicked.connect(lambda _i: self.start_payment())
        self._buttons()

    def chosen_month(self) -> Month:
        chosen = self.month.date()
        return Month(chosen.year(), chosen.month())

    def refresh(self) -> None:
        self.shown_month = self.chosen_month()  # read here: ``load`` runs off the GUI thread
        super().refresh()

    def load(self, _progress: Progress) -> Shown:
        month, day = self.shown_month, self.desk.as_of

        def read(session: Session) -> Shown:
            period = month.period
            return Shown(
                month,
                charges_of_month(session, month, day),
                payments_between(session, period.start, period.end),
                arrears(session, day),
                len(check_issue(session, month).lines),
            )

        return self.desk.read(read)

    def show_loaded(self, loaded: Shown) -> None:
        self.charges.set_rows(loaded.charges)
        self.payments.set_rows(loaded.payments)
        self.owing.set_rows(loaded.arrears)
        for view in (self.charge_view, self.payment_view, self.arrears_view):
            view.resizeColumnsToContents()
        language = self.desk.language
        lines = loaded.charges
        total = sum(x.amounts.total for x in lines)
        paid = sum(x.paid for x in lines)
        owed = sum(a.balance for a in loaded.arrears)
        text = message(
            "money_summary",
            language,
            month=str(loaded.month),
            count=len(lines),
            total=won(total),
            paid=won(paid),
            balance=won(total - paid),
            owing=len(loaded.arrears),
            arrears=won(owed),
            day=self.desk.as_of.isoformat(),
        )
        if loaded.unissued:
            text += " · " + message("money_unissued", language, count=loaded.unissued)
        self.summary.setText(text)
        self.count.setText(self.tr("{0:,}건").format(len(lines)))
        self.invoices.setEnabled(bool(lines))
        self.export.setEnabled(True)

    def chosen_payment(self) -> PaymentLine | None:
        rows = self.payment_view.selectionModel().selectedRows()
        return self.payments.row_at(rows[0]) if rows else None

    def _buttons(self) -> None:
        payment = self.chosen_payment()
        self.cancel.setEnabled(
            payment is not None and payment.cancel_reason is None and self.writable()
        )
        self.receipt.setEnabled(payment is not None and payment.cancel_reason is None)

    def start_issue(self) -> None:
        month = self.chosen_month()
        open_dialog(self, self.desk, lambda: IssueDialog(self.desk, month, self))

    def start_payment(self) -> None:
        chosen = self.charge_view.selectionModel().selectedRows()
        tenant = None
        if chosen:
            line = self.charges.row_at(chosen[0])
            tenant = line.brn or None
        open_dialog(self, self.desk, lambda: PaymentDialog(self.desk, tenant, self))

    def start_cancel(self) -> None:
        payment = self.chosen_payment()
        if payment is not None:
            open_dialog(self, self.desk, lambda: CancelPaymentDialog(self.desk, payment, self))

    # --- documents -------------------------------------------------------------------

    def ask_path(self, title: str, suggested: str, kind: str) -> Path | None:
        """The file to write (tests answer it themselves)."""
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / suggested), kind)
        return Path(chosen) if chosen else None

    def _ask_pdf(self, save: Callable[[Path], str], name: str) -> None:
        month = self.chosen_month()
        path = self.ask_path(self.tr("PDF로 저장"), f"{name}_{month}.pdf", "PDF (*.pdf)")
        if path is not None:
            self._done(lambda: save(path))

    def _ask_export(self) -> None:
        month = self.chosen_month()
        path = self.ask_path(self.tr("Excel로 저장"), f"청구내역_{month}.xlsx", "Excel (*.xlsx)")
        if path is None:
            return
        label = self.tr("청구 내역을 저장하는 중…")
        try:  # off the window's thread: a large station's month takes a while
            self._done(
                lambda: run_with_progress(self, label, lambda _p: self.export_month(path, month))
            )
        except CancelledError:
            return

    def _done(self, work: Callable[[], str]) -> None:
        """Write the file; what was written said in the status bar, a refusal in a box."""
        try:
            said = work()
        except DomainError as error:
            QMessageBox.warning(self, self.tr("저장"), error.text(self.desk.language))
            return
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(said, 15_000)

    def _footer(self) -> str:
        head: Head = self.desk.read(history_head)
        return printed_on(seoul_today(), head)

    def save_invoices(self, path: Path) -> str:
        """One 고지서 page per tenant charged for the month, as of the 기준일."""
        month, day = self.chosen_month(), self.desk.as_of
        found = self.desk.read(lambda s: invoices(s, month, day))
        document = billing_print.invoice_document(found)
        pages = write_pdf(
            document, path, billing_print.INVOICE_TITLE, self._footer(), landscape=False
        )
        return message("printed", self.desk.language, path=path, pages=pages)

    def save_receipt(self, path: Path) -> str:
        payment = self.chosen_payment()
        if payment is None:
            return ""

        def read(session: Session) -> tuple[PaymentView, Station, str | None]:
            view = receipt_of(session, payment.id)
            brn = find_tenant(session, view.tenant_id).brn
            return view, station(session), format_brn(brn) if brn else None

        view, sender, brn = self.desk.read(read)
        document = billing_print.receipt_document(view, sender, brn)
        pages = write_pdf(
            document, path, billing_print.RECEIPT_TITLE, self._footer(), landscape=False
        )
        return message("printed", self.desk.language, path=path, pages=pages)

    def export_month(self, path: Path, month: Month) -> str:
        """청구 내역 and 미납 현황, as of the 기준일 (no widget is read: it runs off the
        window's thread)."""
        day, language = self.desk.as_of, self.desk.language
        book = self.desk.read(lambda s: month_book(s, month, day))
        rows = write_charges(path, book, language)
        return message("exported_rows", language, path=path, rows=rows)
