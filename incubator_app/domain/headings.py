"""A column's heading, written once: the window's tables, Excel sheets, printed
documents and the command line's tables all say it the same way.

A heading's value is its key in the message catalogue (``heading_messages``);
the Korean headings of the roster are also what an import reads back.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from incubator_app.domain.errors import Language, message


class Heading(StrEnum):
    NUMBER = "heading_number"  # 연번
    ID = "heading_id"
    TENANT_ID = "heading_tenant_id"
    FLOOR = "heading_floor"
    ROOM = "heading_room"
    ROOM_NAME = "heading_room_name"
    KIND = "heading_kind"
    TENANT_NAME = "heading_tenant_name"
    REPRESENTATIVE = "heading_representative"
    BRN = "heading_brn"
    CORPORATION_NO = "heading_corporation_no"
    ENTITY = "heading_entity"
    STARTED_ON = "heading_started_on"
    STAGE = "heading_stage"
    EARLY_STAGE_UNTIL = "heading_early_stage_until"
    DAYS_LEFT = "heading_days_left"
    SECTOR = "heading_sector"
    EMPLOYEES = "heading_employees"
    PHONE = "heading_phone"
    EMAIL = "heading_email"
    NOTES = "heading_notes"
    NEW_INDUSTRY = "heading_new_industry"
    START = "heading_start"
    END = "heading_end"
    MOVED_OUT = "heading_moved_out"
    EFFECTIVE_END = "heading_effective_end"
    AREA = "heading_area"
    SEATS = "heading_seats"
    CAPACITY = "heading_capacity"
    DEPOSIT = "heading_deposit"
    RENT = "heading_rent"
    FEE = "heading_fee"
    DEPOSIT_WON = "heading_deposit_won"
    RENT_WON = "heading_rent_won"
    FEE_WON = "heading_fee_won"
    OVERRIDE_REASON = "heading_override_reason"
    ALERTS = "heading_alerts"
    REASON = "heading_reason"
    DUE = "heading_due"
    ENDS_ON = "heading_ends_on"
    PYEONG = "heading_pyeong"
    D_DAY = "heading_d_day"
    DAY = "heading_day"
    STARTS = "heading_starts"
    ENDS = "heading_ends"
    WHEN = "heading_when"
    SPACE = "heading_space"
    BOOKER = "heading_booker"
    BOOKER_KIND = "heading_booker_kind"
    PURPOSE = "heading_purpose"
    ATTENDEES = "heading_attendees"
    STATUS = "heading_status"
    BOOKING_NUMBER = "heading_booking_number"
    RESULT = "heading_result"
    ROW = "heading_row"
    COLUMN = "heading_column"
    STARTUP_ROOMS = "heading_startup_rooms"
    STARTUP_OCCUPIED = "heading_startup_occupied"
    VACANT = "heading_vacant"
    ROOM_RATE = "heading_room_rate"
    INVESTOR_ROOMS = "heading_investor_rooms"
    INVESTOR_OCCUPIED = "heading_investor_occupied"
    LEASABLE_AREA = "heading_leasable_area"
    OCCUPIED_AREA = "heading_occupied_area"
    AREA_RATE = "heading_area_rate"
    COWORKING_SEATS = "heading_coworking_seats"
    SEATS_USED = "heading_seats_used"
    SETTING = "heading_setting"
    VALUE = "heading_value"
    BASIS = "heading_basis"
    MEANING = "heading_meaning"
    DESK = "heading_desk"
    ACTION = "heading_action"
    RECORD = "heading_record"
    CHANGE = "heading_change"
    SOURCE = "heading_source"
    ENTRY = "heading_entry"
    TENANTS = "heading_tenants"
    LEASES = "heading_leases"
    BOOKINGS = "heading_bookings"
    HISTORY = "heading_history"
    MONTH = "heading_month"
    CHARGE_KIND = "heading_charge_kind"
    CHARGED_RENT = "heading_charged_rent"
    CHARGED_FEE = "heading_charged_fee"
    SUPPLY = "heading_supply"
    VAT = "heading_vat"
    TOTAL = "heading_total"
    PAID = "heading_paid"
    BALANCE = "heading_balance"
    DUE_ON = "heading_due_on"
    PAID_ON = "heading_paid_on"
    AMOUNT = "heading_amount"
    METHOD = "heading_method"
    MEMO = "heading_memo"
    CANCELLED = "heading_cancelled"
    ARREARS = "heading_arrears"
    OLDEST_DUE = "heading_oldest_due"
    DAYS_OVERDUE = "heading_days_overdue"
    CREDIT = "heading_credit"
    RECEIVED_ON = "heading_received_on"
    RECEIVED = "heading_received"
    DEDUCTED = "heading_deducted"
    REFUND = "heading_refund"
    SHORTFALL = "heading_shortfall"
    SETTLED_ON = "heading_settled_on"
    PAYMENT = "heading_payment"
    CHARGE = "heading_charge"
    LEDGER_ENTRY = "heading_ledger_entry"


# Each floor's line of an occupancy summary (``FloorOccupancy.figures``).
FLOOR_HEADINGS = (
    Heading.FLOOR, Heading.STARTUP_ROOMS, Heading.STARTUP_OCCUPIED, Heading.VACANT,
    Heading.ROOM_RATE, Heading.INVESTOR_ROOMS, Heading.INVESTOR_OCCUPIED, Heading.LEASABLE_AREA,
    Heading.OCCUPIED_AREA, Heading.AREA_RATE, Heading.COWORKING_SEATS, Heading.SEATS_USED,
)  # fmt: skip


# An entry of the change history, as the 변경 이력 page and its Excel file list it.
HISTORY_HEADINGS = (
    Heading.ENTRY, Heading.WHEN, Heading.DESK, Heading.ACTION, Heading.RECORD,
    Heading.SOURCE, Heading.CHANGE,
)  # fmt: skip


# A backup, as 백업에서 복원 and ``backups`` list it.
BACKUP_HEADINGS = (
    Heading.WHEN, Heading.KIND, Heading.TENANTS, Heading.LEASES, Heading.BOOKINGS,
    Heading.HISTORY, Heading.SOURCE,
)  # fmt: skip


# A month's charges, as the 수납 page, ``charges`` and the 청구 내역 sheet list them.
CHARGE_HEADINGS = (
    Heading.CHARGE, Heading.TENANT_NAME, Heading.ROOM, Heading.CHARGE_KIND, Heading.CHARGED_RENT,
    Heading.CHARGED_FEE, Heading.SUPPLY, Heading.VAT, Heading.TOTAL, Heading.DUE_ON, Heading.PAID,
    Heading.BALANCE,
)  # fmt: skip
# A payment, as the 수납 page's 납부 tab and ``payments`` list it.
PAYMENT_HEADINGS = (
    Heading.PAYMENT, Heading.PAID_ON, Heading.TENANT_NAME, Heading.AMOUNT, Heading.METHOD,
    Heading.MEMO, Heading.CANCELLED,
)  # fmt: skip
# Who owes what past its due date, as the 수납 page, ``arrears`` and 미납 현황 list them.
ARREARS_HEADINGS = (
    Heading.TENANT_ID, Heading.TENANT_NAME, Heading.ARREARS, Heading.OLDEST_DUE,
    Heading.DAYS_OVERDUE,
)  # fmt: skip
# A vacant room, as the summaries list it.
VACANT_HEADINGS = (Heading.FLOOR, Heading.ROOM, Heading.ROOM_NAME, Heading.KIND, Heading.AREA)


def heading(which: Heading, language: Language = "ko") -> str:
    return message(which.value, language)


def headings(which: Iterable[Heading], language: Language = "ko") -> tuple[str, ...]:
    return tuple(heading(h, language) for h in which)


# The Korean headings, read once: what a roster's header row says, cell for cell.
KOREAN: dict[Heading, str] = {h: heading(h) for h in Heading}
