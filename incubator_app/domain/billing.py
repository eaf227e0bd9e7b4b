"""The money rules of DOMAIN.md section 7, pure: what a lease is charged for a month
(일할 계산, 10원 미만 절사), VAT, the due date, what a re-issue adjusts, how payments are
applied (oldest due first), arrears on a date, and a deposit's settlement.

Amounts are integer won throughout; rounding is always down (절사).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cached_property, lru_cache
from typing import NamedTuple

from incubator_app.domain.errors import DomainError, Localised
from incubator_app.domain.periods import Period

ROUNDING_UNITS = (1, 10, 100)  # 원 단위, 10원 미만 절사, 100원 미만 절사
LAST_DAY = 0  # ``due_day`` meaning the last day of the month charged


class Method(StrEnum):
    """How a payment came in (rule 29); ``DEPOSIT``: the deposit applied at a settlement."""

    TRANSFER = "transfer"
    CARD = "card"
    CASH = "cash"
    OTHER = "other"
    DEPOSIT = "deposit"


TYPED_METHODS = (Method.TRANSFER, Method.CARD, Method.CASH, Method.OTHER)  # what a person picks
METHOD_KEYS = {method: f"method_{method.value}" for method in Method}
METHOD_WORDS = {
    "계좌이체": Method.TRANSFER,
    "카드": Method.CARD,
    "현금": Method.CASH,
    "기타": Method.OTHER,
}
METHODS = Localised(", ".join(METHOD_WORDS), ", ".join(m.value for m in TYPED_METHODS))


def parse_method(text: str | Method) -> Method:
    """계좌이체, 카드, 현금 or 기타 (or ``transfer``, ``card``, ``cash``, ``other``)."""
    if isinstance(text, Method):
        return text
    typed = text.strip()
    found = METHOD_WORDS.get(typed) or {m.value: m for m in TYPED_METHODS}.get(typed.lower())
    if found is None:
        raise DomainError("payment_method_unknown", field="method", value=text, methods=METHODS)
    return found


@dataclass(frozen=True, order=True)
class Month:
    """A calendar month, as charges are issued for it."""

    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Month:
        """``YYYY-MM``; anything else (``2026-13``, ``26-3``) is refused naming it."""
        return _parsed(text)

    @classmethod
    def _read(cls, text: str) -> Month:
        year, dash, month = text.strip().partition("-")
        if not (dash and len(year) == 4 and year.isdigit() and month.isdigit() and len(month) == 2):
            raise DomainError("month_format", field="month", value=text)
        if not 1 <= int(month) <= 12 or not 1900 <= int(year) <= 9999:
            raise DomainError("month_format", field="month", value=text)
        return cls(int(year), int(month))

    @cached_property
    def days(self) -> int:
        return calendar.monthrange(self.year, self.month)[1]

    @cached_property
    def period(self) -> Period:
        return Period(date(self.year, self.month, 1), date(self.year, self.month, self.days))

    def next(self) -> Month:
        return Month(self.year + self.month // 12, self.month % 12 + 1)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


@dataclass(frozen=True)
class Amounts:
    """What a charge (or an adjustment) asks for: rent and fee, supply, VAT, total."""

    rent: int
    fee: int
    vat: int

    @property
    def supply(self) -> int:
        return self.rent + self.fee

    @property
    def total(self) -> int:
        return self.supply + self.vat

    def __sub__(self, other: Amounts) -> Amounts:
        return Amounts(self.rent - other.rent, self.fee - other.fee, self.vat - other.vat)

    def __add__(self, other: Amounts) -> Amounts:
        return Amounts(self.rent + other.rent, self.fee + other.fee, self.vat + other.vat)


NOTHING = Amounts(0, 0, 0)


@lru_cache(maxsize=4096)
def _parsed(text: str) -> Month:
    """A month's text read once (the same few months recur over thousands of rows)."""
    return Month._read(text)


def prorated(amount: int, covered: int, days: int, rounding: int) -> int:
    """Rule 26: a full month as agreed; a part of one by its days, rounded down."""
    if covered >= days:
        return amount
    share = amount * covered // days
    return share - share % rounding


def vat_of(supply: int, percent: int) -> int:
    """Rule 27: supply × percent ÷ 100, rounded down to the won."""
    return supply * percent // 100


def month_amounts(
    held: Period, rent: int, fee: int, month: Month, *, rounding: int, vat_percent: int
) -> Amounts:
    """What a lease held over ``held`` owes for ``month`` (nothing if it holds no day)."""
    first, last = month.period.start, month.period.end
    start, end = max(held.start, first), min(held.end, last)
    if start > end:
        return NOTHING
    covered = (end - start).days + 1
    rent_part = prorated(rent, covered, month.days, rounding)
    fee_part = prorated(fee, covered, month.days, rounding)
    return Amounts(rent_part, fee_part, vat_of(rent_part + fee_part, vat_percent))


def due_on(month: Month, due_day: int) -> date:
    """Rule 28: the last day of the month charged, or day ``due_day`` of the next."""
    if due_day == LAST_DAY:
        return month.period.end
    following = month.next()
    return date(following.year, following.month, due_day)


class Owed(NamedTuple):
    """A charge or an adjustment as payments meet it: which, when due, in issue order,
    the lease and month (``YYYY-MM``) it belongs to, and its total (an adjustment may be
    negative). A tuple: a station's arrears make hundreds of thousands of them."""

    id: int
    due: date
    issued: int  # the order of issue (the row's number)
    lease_id: int
    month: str
    total: int


class Applied(NamedTuple):
    """A payment's share of one charge."""

    owed_id: int
    amount: int


def open_amounts(owed: Sequence[Owed]) -> list[tuple[Owed, int]]:
    """Each charge with what it asks once the negative adjustments of its lease's month
    have taken their part off it (rule 29: a negative adjustment reduces what its month
    owes); the negative ones themselves ask nothing."""
    reductions: dict[tuple[int, str], int] = {}
    for item in owed:
        if item.total < 0:
            key = (item.lease_id, item.month)
            reductions[key] = reductions.get(key, 0) - item.total
    asked = []
    for item in sorted(owed, key=lambda o: (o.due, o.issued)):
        if item.total <= 0:
            continue
        key = (item.lease_id, item.month)
        taken = min(item.total, reductions.get(key, 0))
        reductions[key] = reductions.get(key, 0) - taken
        asked.append((item, item.total - taken))
    return asked


def shares(owed: Sequence[Owed], payments: Iterable[int]) -> tuple[list[list[Applied]], int]:
    """Rule 29: every payment, in the order given, to what is still open, oldest due
    first, then in issue order: each payment's shares, and what is left over as credit."""
    return _applied(open_amounts(owed), payments)


def _applied(
    opened: list[tuple[Owed, int]], payments: Iterable[int]
) -> tuple[list[list[Applied]], int]:
    items = [(item, amount) for item, amount in opened if amount > 0]
    still = [amount for _item, amount in items]
    each: list[list[Applied]] = []
    credit = 0
    first = 0  # the oldest charge not yet paid in full: those before it stay paid
    for paid in payments:
        left, applied = paid, []
        while left and first < len(items):
            share = min(left, still[first])
            still[first] -= share
            applied.append(Applied(items[first][0].id, share))
            left -= share
            if not still[first]:
                first += 1
        each.append(applied)
        credit += left
    return each, credit


def paid_by_charge(each: Iterable[list[Applied]]) -> dict[int, int]:
    """What all the payments' shares (``shares``) together pay of each charge."""
    paid: dict[int, int] = {}
    for applied in each:
        for share in applied:
            paid[share.owed_id] = paid.get(share.owed_id, 0) + share.amount
    return paid


@dataclass(frozen=True)
class Arrears:
    """What is overdue on a day: the balance, the oldest unpaid due date, days overdue."""

    balance: int
    oldest_due: date | None
    days_overdue: int


def arrears_on(day: date, owed: Sequence[Owed], payments: Iterable[int]) -> Arrears:
    """Rule 30: of the charges due before ``day``, what the payments made on or before it
    (given here, applied oldest due first) leave unpaid."""
    opened = open_amounts(owed)
    each, _credit = _applied(opened, payments)
    paid = paid_by_charge(each)
    unpaid = [
        (item.due, amount - paid.get(item.id, 0))
        for item, amount in opened
        if item.due < day and amount > paid.get(item.id, 0)
    ]
    balance = sum(amount for _due, amount in unpaid)
    if balance == 0:
        return Arrears(0, None, 0)
    oldest = min(due for due, _amount in unpaid)
    return Arrears(balance, oldest, (day - oldest).days)


@dataclass(frozen=True)
class Settlement:
    """Rule 31: a deposit settled at move-out."""

    received: int
    owed: int
    deducted: int
    refund: int
    shortfall: int  # what stays owed of the charges when the deposit does not cover them


def settle(received: int, owed: int, deductions: Iterable[int]) -> Settlement:
    """received − everything still owed − deductions = refund, never below 0. The
    deposit pays what is owed first; a deduction comes out of what is left of it, and
    more than is left is refused (it could not be collected: nothing would owe it)."""
    deducted = sum(deductions)
    left = max(received - owed, 0)
    if deducted > left:
        raise DomainError(
            "deductions_exceed", field="deduction", deducted=f"{deducted:,}", left=f"{left:,}"
        )
    return Settlement(received, owed, deducted, left - deducted, max(owed - received, 0))
