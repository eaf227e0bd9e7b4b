"""The money in the window: the 수납 page (issue with its preview, a payment shown
applied before it is saved, a cancellation, invoices and the workbook), a tenant's
수납 내역 tab, a lease's deposit received and settled, and the 미납 tile."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableView, QTabWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from incubator_app.domain.billing import Month
from incubator_app.services.billing import issue_month
from incubator_app.services.billing_payments import PaymentInput, record_payment
from incubator_app.services.leases import terminate_lease
from incubator_app.store.database import Database
from incubator_app.store.models import Payment, Settlement
from incubator_app.ui.actions import PageId
from incubator_app.ui.dates import qdate
from incubator_app.ui.desk import Desk
from incubator_app.ui.mainwindow import MainWindow
from incubator_app.ui.money_dialogs import CancelPaymentDialog, DepositDialog, PaymentDialog
from incubator_app.ui.pages.money import MoneyPage
from incubator_app.ui.tenant_dialog import TenantDialog
from tests.builders import make_lease, make_tenant
from tests.gui.choosing import pick
from tests.gui.conftest import settled, window

LATER = date(2026, 11, 30)  # payments are recorded on or before today


def section_lease(db: Database) -> tuple[int, int]:
    """DOMAIN.md rule 26's lease."""
    with db.session(write=True) as s:
        tenant = make_tenant(s, "빛고을랩")
        lease = make_lease(
            s, tenant, start=date(2026, 3, 16), end=date(2027, 3, 15), rent=300_000, fee=50_000,
            deposit=1_000_000,
        )  # fmt: skip
        return tenant.id, lease.id


def cells(view: QTableView) -> list[list[str]]:
    model = view.model()
    return [
        [str(model.index(row, column).data()) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def money_page(qtbot: QtBot, desk: Desk, settings: QSettings, month: Month) -> MoneyPage:
    main: MainWindow = window(qtbot, desk, settings)
    main.show_page(PageId.MONEY)
    page = main.money
    page.month.setDate(QDate(month.year, month.month, 1))
    return settled(qtbot, page)  # type: ignore[return-value]


def test_issue_a_month_from_its_preview(
    qtbot: QtBot,
    desk: Desk,
    settings: QSettings,
    on_dialog: Callable[[Callable[[QDialog], None]], None],
) -> None:
    section_lease(desk.db)
    page = money_page(qtbot, desk, settings, Month(2026, 3))
    assert "아직 발행하지 않은 청구·조정 1건" in page.summary.text()

    def issue(dialog: QDialog) -> None:
        text = dialog.summary.text()  # type: ignore[attr-defined]
        assert "새 청구 1건, 조정 0건, 합계 198,693원" in text
        assert cells(dialog.view)[0][:3] == ["빛고을랩", "301", "청구"]  # type: ignore[attr-defined]
        dialog.save()  # type: ignore[attr-defined]

    on_dialog(issue)
    page.issue.click()
    settled(qtbot, page)
    (row,) = cells(page.charge_view)
    assert row[1:9] == ["빛고을랩", "301", "청구", "154,830", "25,800", "180,630", "18,063",
                        "198,693"]  # fmt: skip
    assert "아직 발행하지 않은" not in page.summary.text()

    def nothing_more(dialog: QDialog) -> None:
        assert "더 청구할 것이 없습니다" in dialog.summary.text()  # type: ignore[attr-defined]
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)  # type: ignore[attr-defined]
        assert not save.isEnabled()

    on_dialog(nothing_more)
    page.issue.click()


def test_a_payment_is_shown_applied_before_it_is_saved(qtbot: QtBot, desk: Desk) -> None:
    section_lease(desk.db)
    with desk.db.session(write=True) as s:
        issue_month(s, Month(2026, 3))
    dialog = PaymentDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    pick(dialog.tenant, "빛고을")
    dialog.amount.setText("200,000")
    dialog.on.setDate(qdate(date(2026, 3, 20)))
    dialog.refresh()
    assert "2026-03 301 198,693원" in dialog.verdict.text()
    assert "선납금 1,307원" in dialog.verdict.text()
    with desk.db.session() as s:
        assert s.scalar(select(func.count(Payment.id))) == 0  # seen, not written
    dialog.amount.setText("0")
    dialog.refresh()
    assert "0원보다 커야" in dialog.field_problems["amount"].text()
    dialog.amount.setText("200,000")
    dialog.save()
    with desk.db.session() as s:
        assert s.scalars(select(Payment.amount)).all() == [200_000]


def test_cancel_a_payment_and_see_it_in_the_tenant_s_ledger(
    qtbot: QtBot, desk: Desk, settings: QSettings
) -> None:
    tenant, _lease = section_lease(desk.db)
    with desk.db.session(write=True) as s:
        issue_month(s, Month(2026, 3))
        paid = record_payment(s, PaymentInput(tenant, 198_693, date(2026, 3, 25)), LATER)
        wrong = record_payment(s, PaymentInput(tenant, 50_000, date(2026, 3, 26)), LATER)
    page = money_page(qtbot, desk, settings, Month(2026, 3))
    page.tabs.setCurrentIndex(1)
    assert [row[0] for row in cells(page.payment_view)] == [str(paid.id), str(wrong.id)]
    page.payment_view.selectRow(1)
    assert page.cancel.isEnabled() and page.receipt.isEnabled()
    line = page.chosen_payment()
    assert line is not None
    dialog = CancelPaymentDialog(desk, line)
    qtbot.addWidget(dialog)
    dialog.reason.setText("이중 입력")
    dialog.save()
    settled(qtbot, page)
    assert cells(page.payment_view)[1][-1] == "이중 입력"
    tenant_dialog = TenantDialog(desk, tenant)
    qtbot.addWidget(tenant_dialog)
    tabs = tenant_dialog.findChild(QTabWidget)
    assert tabs is not None and tabs.tabText(2) == "수납 내역"
    ledger = tabs.widget(2)
    assert isinstance(ledger, QTableView)
    rows = cells(ledger)
    assert rows[0] == ["2026-03-01", "2026-03 301 청구 (납기 2026-03-31)", "198,693", "0",
                       "198,693"]  # fmt: skip
    assert rows[1][1:] == [f"납부 #{paid.id} (계좌이체)", "0", "198,693", "0"]
    assert rows[2][1] == f"취소된 납부 #{wrong.id}: 이중 입력" and rows[2][-1] == "0"


def test_invoices_and_the_month_s_workbook_from_the_page(
    qtbot: QtBot, desk: Desk, settings: QSettings, tmp_path: Path
) -> None:
    tenant, _lease = section_lease(desk.db)
    with desk.db.session(write=True) as s:
        issue_month(s, Month(2026, 3))
        record_payment(s, PaymentInput(tenant, 100_000, date(2026, 3, 1)), LATER)
    page = money_page(qtbot, desk, settings, Month(2026, 3))
    said = page.save_invoices(tmp_path / "고지서.pdf")
    assert "1쪽" in said
    text = PdfReader(tmp_path / "고지서.pdf").pages[0].extract_text()
    assert "198,693" in text and "98,693원" in text  # the month less what was paid
    page.export_month(tmp_path / "청구.xlsx", Month(2026, 3))
    sheet = load_workbook(tmp_path / "청구.xlsx")["청구 내역"]
    due = datetime.combine(date(2026, 3, 31), time())
    assert [c.value for c in sheet[4]][8:] == [198_693, due, 100_000, 98_693]


def test_a_deposit_received_then_settled_at_move_out(qtbot: QtBot, desk: Desk) -> None:
    _tenant, lease = section_lease(desk.db)
    dialog = DepositDialog(desk, lease)
    qtbot.addWidget(dialog)
    dialog.amount.setText("1,000,000")
    dialog.on.setDate(qdate(date(2026, 3, 16)))
    dialog.refresh()
    assert "1,000,000원" in dialog.verdict.text()
    dialog.save()
    with desk.db.session(write=True) as s:
        issue_month(s, Month(2026, 3))
        terminate_lease(s, lease, date(2026, 3, 31))
    settling = DepositDialog(desk, lease)
    qtbot.addWidget(settling)
    settling.settling.setCurrentIndex(1)
    settling.on.setDate(qdate(date(2026, 3, 31)))
    amount, reason = settling.deductions[0]
    amount.setText("30,000")
    settling.refresh()
    assert "사유" in settling.verdict.text()  # a deduction needs its reason
    reason.setText("청소")
    settling.refresh()
    text = settling.verdict.text()
    assert "미납 198,693원" in text and "공제 30,000원" in text and "반환 771,307원" in text
    settling.save()
    with desk.db.session() as s:
        assert s.scalars(select(Settlement.refund)).all() == [771_307]
    settled_dialog = DepositDialog(desk, lease)
    qtbot.addWidget(settled_dialog)
    assert "이미 정산" in settled_dialog.verdict.text()


def test_the_dashboard_counts_tenants_in_arrears(
    qtbot: QtBot, desk: Desk, settings: QSettings
) -> None:
    section_lease(desk.db)
    with desk.db.session(write=True) as s:
        issue_month(s, Month(2026, 2))  # nothing: the lease begins in March
        issue_month(s, Month(2026, 3))
    desk.as_of = date(2026, 4, 3)
    main = window(qtbot, desk, settings)
    tile = main.dashboard.arrears
    assert tile.figure.text() == "1"
    assert "198,693원" in tile.detail.text() and "빛고을랩 D+3" in tile.detail.text()
    alerts = cells(main.dashboard.alert_view)
    assert ["빛고을랩", "미납", "2026-03-31", "D+3"] in alerts


def test_a_tenant_gone_from_the_building_still_shows_its_arrears(
    qtbot: QtBot, desk: Desk, settings: QSettings
) -> None:
    _tenant, lease = section_lease(desk.db)
    with desk.db.session(write=True) as s:
        issue_month(s, Month(2026, 3))
        terminate_lease(s, lease, date(2026, 3, 31))
    desk.as_of = date(2026, 6, 1)
    main = window(qtbot, desk, settings)
    assert ["빛고을랩", "미납", "2026-03-31", "D+62"] in cells(main.dashboard.alert_view)
