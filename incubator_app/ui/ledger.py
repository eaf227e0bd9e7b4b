"""A tenant's 수납 내역: its charges on the first day of the month they are for and its
payments on their days, with what it owes after each (below zero: credit), as the
tenant dialog shows it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableView

from incubator_app.domain.billing import METHOD_KEYS
from incubator_app.domain.errors import Language, message
from incubator_app.domain.headings import Heading, heading
from incubator_app.domain.labels import charge_kind_name
from incubator_app.services.billing_payments import LedgerLine, ledger
from incubator_app.ui.desk import Desk
from incubator_app.ui.table import Column, RowsModel, money_column, show_date, table_view
from incubator_app.ui.theme import MUTED_INK


def what(line: LedgerLine, language: Language) -> str:
    """ "2026-03 301 청구 (납기 2026-03-31)", "납부 #4 (계좌이체)", "취소된 납부 #5: 이중 입력"."""
    if line.payment_id is None:
        kind = charge_kind_name(line.adjustment, language)
        due = QCoreApplication.translate("Ledger", "납기")
        return f"{line.month} {line.room} {kind} ({due} {show_date(line.due)})"
    method = message(METHOD_KEYS[line.method], language) if line.method else ""
    if line.cancel_reason is not None:
        cancelled = QCoreApplication.translate("Ledger", "취소된 납부")
        return f"{cancelled} #{line.payment_id}: {line.cancel_reason}"
    paid = QCoreApplication.translate("Ledger", "납부")
    return f"{paid} #{line.payment_id} ({method})"


def ledger_columns(language: Language) -> list[Column[LedgerLine]]:
    def ink(line: LedgerLine) -> QColor | None:
        return MUTED_INK if line.cancel_reason is not None else None

    return [
        Column(heading(Heading.DAY, language), lambda x: show_date(x.day), key=lambda x: x.day),
        Column(heading(Heading.LEDGER_ENTRY, language), lambda x: what(x, language), colour=ink),
        money_column(heading(Heading.TOTAL, language), lambda x: x.charged),
        money_column(heading(Heading.PAID, language), lambda x: x.paid),
        money_column(heading(Heading.BALANCE, language), lambda x: x.balance),
    ]


def ledger_view(desk: Desk, tenant_id: int) -> QTableView:
    """The tenant's ledger, oldest first (the last line is where it stands now)."""
    model: RowsModel[LedgerLine] = RowsModel(
        ledger_columns(desk.language),
        identity=lambda x: (x.charge_id, x.payment_id),
    )
    model.set_rows(desk.read(lambda s: ledger(s, tenant_id)))
    view = table_view(model)
    view.setSortingEnabled(False)  # the running balance reads in date order only
    view.resizeColumnsToContents()
    model.setParent(view)
    return view
