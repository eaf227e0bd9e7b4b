"""What the money says to a person: refusals, results, and the command line's help."""

from __future__ import annotations

BILLING_MESSAGES: dict[str, tuple[str, str]] = {
    "setting_allowed_steps": ("{steps} 중 하나", "one of {steps}"),
    "setting_allowed_text": (
        "{high}자 이하의 글 (비워 둘 수 있음)",
        "text, at most {high} characters (may be empty)",
    ),
    "payment_amount_zero": (
        "{label}은(는) 0원보다 커야 합니다 ('{value}').",
        "The {label} must be more than 0 won ('{value}').",
    ),
    "payment_method_unknown": (
        "납부 방법 '{value}'을(를) 알 수 없습니다. {methods} 중 하나를 입력하세요.",
        "Unknown payment method '{value}': use one of {methods}.",
    ),
    "payment_not_found": ("납부 {value}번이 없습니다.", "There is no payment {value}."),
    "charge_not_found": ("청구 {value}번이 없습니다.", "There is no charge {value}."),
    "deposit_not_found": (
        "보증금 기록 {value}번이 없습니다.",
        "There is no deposit record {value}.",
    ),
    "settlement_not_found": (
        "보증금 정산 {value}번이 없습니다.",
        "There is no settlement {value}.",
    ),
    "payment_already_cancelled": (
        "납부 {value}번은 이미 취소되었습니다 (사유: {reason}).",
        "Payment {value} was already cancelled (reason: {reason}).",
    ),
    "payment_reason_missing": (
        "납부 취소의 사유를 적어 주세요.",
        "Write why the payment is cancelled.",
    ),
    "payment_from_deposit": (
        "납부 {value}번은 계약 {lease}의 보증금 정산에서 충당된 것이라 취소할 수 없습니다.",
        "Payment {value} is the deposit of lease {lease} applied at its settlement; it cannot be cancelled.",
    ),
    "money_in_future": (
        "{label} {on}은(는) 오늘({today}) 이후입니다. 이미 지난 날짜만 기록할 수 있습니다.",
        "The {label} {on} is after today ({today}); only a day that has come can be recorded.",
    ),
    "lease_charged": (
        "계약 {value}에는 이미 발행된 청구나 받은 보증금이 있어 취소할 수 없습니다. 퇴실로 기록하세요.",
        "Lease {value} has issued charges or a deposit received; record a move-out instead of cancelling it.",
    ),
    "deposit_settled": (
        "계약 {value}의 보증금은 {on}에 이미 정산되었습니다. 정산한 계약의 보증금·퇴실일·금액은 바꿀 수 없습니다.",
        "The deposit of lease {value} was settled on {on}; a settled lease's deposit, move-out and amounts stay as they were.",
    ),
    "deposit_not_settled": (
        "계약 {value}의 보증금은 아직 정산되지 않았습니다.",
        "The deposit of lease {value} has not been settled yet.",
    ),
    "deposit_before_move_out": (
        "계약 {value}의 퇴실일은 {end}입니다. {end} 이후에 정산하세요.",
        "Lease {value} moves out on {end}; settle on or after {end}.",
    ),
    "amount_needed": ("{label}을(를) 입력하세요.", "Enter the {label}."),
    "invoices_none": (
        "{month}에 청구된 것이 없어 고지서를 만들지 않았습니다. 먼저 청구를 발행하세요.",
        "Nothing is charged for {month}, so no invoice was made; issue the month first.",
    ),
    "receipt_cancelled": (
        "납부 {value}번은 취소되었으므로(사유: {reason}) 영수증을 만들 수 없습니다.",
        "Payment {value} was cancelled (reason: {reason}); it has no receipt.",
    ),
    "deposit_over": (
        "받은 보증금이 약정 보증금 {agreed}원을 넘게 됩니다 (이미 받은 {received}원). 계약의 보증금을 먼저 고치세요.",
        "The deposit received would exceed the {agreed} won agreed ({received} won received already); correct the lease's deposit first.",
    ),
    "deposit_lease_running": (
        "계약 {value}은(는) {end}까지입니다. 퇴실을 먼저 기록하거나 {end} 이후에 정산하세요.",
        "Lease {value} runs until {end}; record its move-out first, or settle on or after {end}.",
    ),
    "deduction_reason_missing": (
        "공제 {amount}의 사유를 적어 주세요.",
        "Write the reason for the deduction of {amount}.",
    ),
    "deductions_exceed": (
        "공제 합계 {deducted}원이 미납을 빼고 남는 보증금 {left}원보다 큽니다. 남는 보증금까지만 공제할 수 있습니다.",
        "Deductions of {deducted} won are more than the {left} won of deposit left after what is owed; deduct at most what is left.",
    ),
    "deductions_unpaired": (
        "공제 금액(--deduct) {amounts}개와 사유(--reason) {reasons}개가 짝이 맞지 않습니다.",
        "{amounts} deduction amounts (--deduct) and {reasons} reasons (--reason) do not pair up.",
    ),
    "payment_cancelled": (
        "납부 {value}번을 취소했습니다 ({amount}, 사유: {reason}).",
        "Payment {value} cancelled ({amount}, reason: {reason}).",
    ),
    "issue_changed": (
        "그사이 다른 데스크에서 청구나 계약이 바뀌어 미리 보기를 새로 고쳤습니다. 확인하고 다시 발행하세요.",
        "Another desk changed charges or leases meanwhile; the preview is up to date now. Check it and issue again.",
    ),
    "issue_nothing": (
        "{month}에는 더 청구할 것이 없습니다 (모든 계약이 청구되었고 바뀐 금액도 없습니다).",
        "Nothing more to issue for {month}: every lease is charged and no amount has changed.",
    ),
    "issue_ready": (
        "{month}: 새 청구 {issued}건, 조정 {adjusted}건, 합계 {total}을(를) 발행합니다.",
        "{month}: {issued} new charges and {adjusted} adjustments, {total} in all, will be issued.",
    ),
    "payment_applied": (
        "{shares}에 충당합니다 · 남는 선납금 {credit}",
        "Pays {shares} · credit left {credit}",
    ),
    "payment_all_credit": (
        "갚을 청구가 없어 모두 선납금({credit})으로 남습니다.",
        "Nothing is owed: all of it stays as credit ({credit}).",
    ),
    "deposit_ready": (
        "보증금 {amount}을(를) 받은 것으로 기록합니다.",
        "Records {amount} of deposit as received.",
    ),
    "settlement_figures": (
        "받은 보증금 {received} − 미납 {owed} − 공제 {deducted} = 반환 {refund} (부족 {shortfall})",
        "Deposit received {received} − owed {owed} − deductions {deducted} = refund {refund} (short {shortfall})",
    ),
    "money_summary": (
        "{month}: 청구 {count}건 · 합계 {total} · 납부 {paid} · 잔액 {balance} ({day}까지 받은 납부) · 미납 {owing}개 기업 {arrears}",
        "{month}: {count} charges · {total} in all · paid {paid} · balance {balance} (payments up to {day}) · {owing} tenants in arrears, {arrears}",
    ),
    "money_unissued": (
        "아직 발행하지 않은 청구·조정 {count}건이 있습니다 (청구 발행…).",
        "{count} charges or adjustments are not issued yet (Issue…).",
    ),
    "alert_arrears": ("미납", "arrears"),
    "method_transfer": ("계좌이체", "bank transfer"),
    "method_card": ("카드", "card"),
    "method_cash": ("현금", "cash"),
    "method_other": ("기타", "other"),
    "method_deposit": ("보증금 충당", "from the deposit"),
    "charge_kind_charge": ("청구", "charge"),
    "charge_kind_adjustment": ("조정", "adjustment"),
    # the command line's help
    "help_charge": (
        "한 달의 임대료·관리비를 청구합니다 (다시 하면 빠진 청구와 바뀐 금액의 조정만 더함)",
        "issue a month's rent and fees (again: only what is missing, and adjustments of what changed)",
    ),
    "help_month": ("청구 월 (YYYY-MM)", "the month charged (YYYY-MM)"),
    "help_charge_dry_run": (
        "청구하지 않고 무엇을 청구할지만 보여 줍니다",
        "show what would be issued, and issue nothing",
    ),
    "help_charges": (
        "한 달의 청구와 조정, 납부액과 잔액 (--as-of 날짜까지 받은 납부 기준)",
        "a month's charges and adjustments, paid and balance (payments up to --as-of)",
    ),
    "help_charges_tenant": (
        "이 입주기업의 청구만 (사업자등록번호 또는 ID)",
        "only this tenant's (BRN or ID)",
    ),
    "help_as_of_payments": (
        "이 날짜까지 받은 납부로 계산 (기본: 오늘)",
        "count payments received up to this day (default: today)",
    ),
    "help_pay": (
        "납부를 기록합니다: 납기가 가장 이른 청구부터 채우고 남는 금액은 선납금",
        "record a payment: applied oldest due first, the rest kept as credit",
    ),
    "help_pay_tenant": (
        "납부한 입주기업 (사업자등록번호 또는 ID)",
        "the tenant who paid (BRN or ID)",
    ),
    "help_pay_amount": ("납부액 (원)", "the amount paid (won)"),
    "help_pay_on": ("납부일", "the day it was paid"),
    "help_pay_method": ("납부 방법", "how it was paid"),
    "help_pay_memo": ("메모", "a memo"),
    "help_payments": (
        "기간 안의 납부 (취소한 것도 사유와 함께): 납부 번호를 찾을 때",
        "the payments of a period, cancelled ones with their reason: where payment numbers are found",
    ),
    "help_cancel_payment": (
        "잘못 입력한 납부를 사유와 함께 취소합니다 (지우지 않음)",
        "cancel a payment entered wrongly, with a reason (nothing is deleted)",
    ),
    "help_payment_id": ("납부 번호", "the payment's number"),
    "help_cancel_reason": ("취소 사유", "why it is cancelled"),
    "help_arrears": (
        "미납 현황: 납기가 지난 청구의 잔액, 가장 오래된 납기, 연체 일수",
        "arrears: what is unpaid of charges past due, the oldest due date, days overdue",
    ),
    "help_deposit": (
        "계약의 보증금을 받은 것으로 기록합니다",
        "record a lease's deposit as received",
    ),
    "help_deposit_amount": ("받은 보증금 (원)", "the deposit received (won)"),
    "help_deposit_on": ("받은 날", "the day it was received"),
    "help_settle_deposit": (
        "퇴실한 계약의 보증금을 정산합니다: 받은 보증금 − 미납 − 공제 = 반환액",
        "settle a lease's deposit at move-out: received − owed − deductions = refund",
    ),
    "help_deduct": (
        "공제 금액 (원, --reason과 짝지어 여러 번)",
        "a deduction (won; repeat, each with --reason)",
    ),
    "help_deduct_reason": ("공제 사유", "the deduction's reason"),
    "help_settle_on": ("정산일 (기본: 오늘)", "the day of the settlement (default: today)"),
    "help_export_charges": (
        "한 달의 청구 내역과 미납 현황을 Excel로 저장합니다",
        "save a month's charges and the arrears as an Excel workbook",
    ),
    "help_export_charges_out": ("저장할 .xlsx 파일", "the .xlsx file to write"),
    "help_print_invoices": (
        "한 달의 고지서를 입주기업마다 한 쪽씩 PDF로 저장합니다",
        "save a month's invoices as a PDF, one page per tenant",
    ),
    "help_print_invoices_out": ("저장할 .pdf 파일", "the .pdf file to write"),
    "help_print_invoices_tenant": ("이 입주기업의 고지서만", "only this tenant's invoice"),
    "help_print_receipt": (
        "납부 한 건의 영수증을 PDF로 저장합니다",
        "save a payment's receipt as a PDF",
    ),
    "help_print_settlement": (
        "계약의 보증금 정산서를 PDF로 저장합니다",
        "save a lease's deposit settlement as a PDF",
    ),
    "help_pdf_out": ("저장할 .pdf 파일", "the .pdf file to write"),
}
