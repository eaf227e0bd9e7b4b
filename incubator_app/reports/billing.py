"""The money on paper, A4 portrait: 고지서 (one page per tenant per month), 영수증 for a
payment, and 보증금 정산서 at move-out."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtGui import QTextDocument

from incubator_app.domain.billing import METHOD_KEYS
from incubator_app.domain.errors import message
from incubator_app.domain.headings import Heading, headings
from incubator_app.domain.labels import charge_kind_name
from incubator_app.domain.money import format_won
from incubator_app.domain.periods import public_date
from incubator_app.reports.document import STATION, html_document, listing, table
from incubator_app.services.billing_deposits import SettlementView
from incubator_app.services.billing_invoices import Invoice, Station
from incubator_app.services.billing_payments import PaymentView

INVOICE_TITLE = f"{STATION} 임대료·관리비 고지서"
RECEIPT_TITLE = f"{STATION} 영수증"
SETTLEMENT_TITLE = f"{STATION} 보증금 정산서"
APPLIED_HEADINGS = (Heading.MONTH, Heading.ROOM, Heading.CHARGE, Heading.AMOUNT)
ITEM_HEADINGS = (
    Heading.ROOM, Heading.CHARGE_KIND, Heading.CHARGED_RENT, Heading.CHARGED_FEE, Heading.SUPPLY,
    Heading.VAT, Heading.TOTAL,
)  # fmt: skip
BREAK = '<div style="page-break-before: always"></div>'


def _facts(rows: Sequence[tuple[str, str]]) -> str:
    """Label and value pairs in a two-column grid."""
    return table(("항목", "내용"), rows, set())


def _sender(station: Station) -> str:
    account = station.account or "설정 ▸ 납부 계좌에 적어 주세요"
    return (
        f"<p>{escape(station.name)} · {escape(station.address)}<br>"
        f"납부 계좌: <b>{escape(account)}</b></p>"
    )


def invoice_document(invoices: Sequence[Invoice]) -> QTextDocument:
    """One page per invoice: who, which rooms and period, the items, what is due."""
    pages = []
    for invoice in invoices:
        month, billed = invoice.month, invoice.billed
        items = [
            (
                line.room,
                charge_kind_name(line.adjustment),
                f"{line.amounts.rent:,}",
                f"{line.amounts.fee:,}",
                f"{line.amounts.supply:,}",
                f"{line.amounts.vat:,}",
                f"{line.amounts.total:,}",
            )
            for line in invoice.lines
        ]
        items.append(
            ("합계", "", "", "", f"{invoice.supply:,}", f"{invoice.vat:,}", f"{invoice.total:,}")
        )
        who = [
            ("고지 번호", invoice.number),
            ("입주기업", invoice.tenant_name),
            ("사업자등록번호", invoice.brn or "—"),
            ("대표자", invoice.representative or "—"),
            ("호실", ", ".join(f"{room}호" for room in invoice.rooms)),
            ("청구 기간", f"{public_date(billed.start)} ~ {public_date(billed.end)}"),
        ]
        due = [
            ("이번 달 청구 합계", format_won(invoice.total)),
            ("이전 미납액", format_won(invoice.earlier)),
            ("이미 납부(선납금 포함)", f"− {format_won(invoice.paid)}"),
            ("납부하실 금액", f"<b>{format_won(invoice.amount_due)}</b>"),
            ("납부 기한", public_date(invoice.due)),
        ]
        if invoice.credit:
            due.append(("남은 선납금", format_won(invoice.credit)))
        pages.append(
            f"""
<h1>{escape(INVOICE_TITLE)}</h1>
<p class="sub">{month.year}년 {month.month}월분 · {public_date(invoice.as_of)} 기준</p>
{_facts(who)}
<h2>청구 내역 (원)</h2>
{table(headings(ITEM_HEADINGS), items, {2, 3, 4, 5, 6}, total_last=True)}
<h2>납부 안내</h2>
{_due_table(due)}
{_sender(invoice.station)}
<p>{escape(_terms(invoice))}</p>
"""
        )
    document = html_document(BREAK.join(pages) or "<p>없음</p>")
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, INVOICE_TITLE)
    return document


def _terms(invoice: Invoice) -> str:
    vat = f"부가가치세는 공급가액의 {invoice.vat_percent}%입니다."
    return f"{vat} 일부만 입주한 달은 날수로 나누어 {invoice.rounding}원 미만을 절사했습니다."


def _due_table(rows: Sequence[tuple[str, str]]) -> str:
    """Like ``_facts``, the values may carry bold (they are the program's own text)."""
    cells = "".join(
        f'<tr><td>{escape(label)}</td><td class="n">{value}</td></tr>' for label, value in rows
    )
    return (
        '<table class="grid" border="1" cellspacing="0" cellpadding="3" width="100%">'
        f"<tbody>{cells}</tbody></table>"
    )


def receipt_document(payment: PaymentView, station: Station, brn: str | None) -> QTextDocument:
    """What was received, from whom, how, and which charges it paid."""
    rows = [
        ("영수 번호", str(payment.id)),
        ("입주기업", payment.tenant_name),
        ("사업자등록번호", brn or "—"),
        ("받은 날", public_date(payment.on)),
        ("금액", format_won(payment.amount)),
        ("납부 방법", message(METHOD_KEYS[payment.method])),
        ("메모", payment.memo or "—"),
    ]
    if payment.cancel_reason:
        rows.append(("취소", payment.cancel_reason))
    applied = [
        (f"{s.month.year}년 {s.month.month}월", f"{s.room}호", f"{s.charge_id}", f"{s.amount:,}")
        for s in payment.applied
    ]
    body = f"""
<h1>{escape(RECEIPT_TITLE)}</h1>
<p class="sub">위 금액을 정히 영수합니다.</p>
{_facts(rows)}
<h2>충당 내역</h2>
{listing(headings(APPLIED_HEADINGS), applied, {2, 3})}
<p>선납금 잔액: {format_won(payment.credit)}</p>
<p>{escape(station.name)} · {escape(station.address)}</p>
"""
    document = html_document(body)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, RECEIPT_TITLE)
    return document


def settlement_document(settled: SettlementView, station: Station) -> QTextDocument:
    """Rule 31 on paper: received − owed − deductions = refund."""
    who = [
        ("계약 번호", str(settled.lease_id)),
        ("입주기업", settled.tenant_name),
        ("사업자등록번호", settled.brn or "—"),
        ("호실", f"{settled.room}호"),
        ("입주 기간", f"{public_date(settled.period.start)} ~ {public_date(settled.period.end)}"),
        ("정산일", public_date(settled.settled_on)),
    ]
    figures = [
        ("약정 보증금", format_won(settled.agreed)),
        ("받은 보증금", format_won(settled.received)),
        ("미납 임대료·관리비 (정산일 현재)", f"− {format_won(settled.owed)}"),
        *((f"공제: {d.reason}", f"− {format_won(d.amount)}") for d in settled.deductions),
        ("반환액", f"<b>{format_won(settled.refund)}</b>"),
    ]
    if settled.shortfall:
        figures.append(("부족액 (계속 미납으로 남음)", format_won(settled.shortfall)))
    body = f"""
<h1>{escape(SETTLEMENT_TITLE)}</h1>
<p class="sub">받은 보증금 − 미납액 − 공제 = 반환액</p>
{_facts(who)}
<h2>정산 내역</h2>
{_due_table([(label, value if "<b>" in value else escape(value)) for label, value in figures])}
<p>{escape(station.name)} · {escape(station.address)}</p>
<p><br>입주기업 확인: ______________ (인)&nbsp;&nbsp; 담당자: ______________ (인)</p>
"""
    document = html_document(body)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, SETTLEMENT_TITLE)
    return document
