"""A roster's rows as read from a sheet, and where a refusal shows in it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from incubator_app.domain.errors import DomainError, Language, message
from incubator_app.domain.headings import KOREAN, Heading, headings
from incubator_app.services.tenants import TenantInput

# Where a refusal of the core shows in the sheet, by the field the rule names.
COLUMN_OF = {
    "name": KOREAN[Heading.TENANT_NAME],
    "type": KOREAN[Heading.ENTITY],
    "entity": KOREAN[Heading.ENTITY],
    "new_industry": KOREAN[Heading.NEW_INDUSTRY],
    "brn": KOREAN[Heading.BRN],
    "corporation_no": KOREAN[Heading.CORPORATION_NO],
    "started_on": KOREAN[Heading.STARTED_ON],
    "representative": KOREAN[Heading.REPRESENTATIVE],
    "sector": KOREAN[Heading.SECTOR],
    "employees": KOREAN[Heading.EMPLOYEES],
    "phone": KOREAN[Heading.PHONE],
    "email": KOREAN[Heading.EMAIL],
    "notes": KOREAN[Heading.NOTES],
    "room": KOREAN[Heading.ROOM],
    "seats": KOREAN[Heading.SEATS],
    "start": KOREAN[Heading.START],
    "end": KOREAN[Heading.END],
    "deposit": KOREAN[Heading.DEPOSIT_WON],
    "rent": KOREAN[Heading.RENT_WON],
    "fee": KOREAN[Heading.FEE_WON],
    "override_reason": KOREAN[Heading.OVERRIDE_REASON],
    "tenant_id": KOREAN[Heading.TENANT_ID],
}


# The roster's columns in one fixed order, for listing a row's problems.
COLUMNS = headings(
    (
        Heading.TENANT_NAME,
        Heading.REPRESENTATIVE,
        Heading.BRN,
        Heading.CORPORATION_NO,
        Heading.ENTITY,
        Heading.STARTED_ON,
        Heading.SECTOR,
        Heading.ROOM,
        Heading.START,
        Heading.END,
        Heading.DEPOSIT_WON,
        Heading.RENT_WON,
        Heading.FEE_WON,
        Heading.EMPLOYEES,
        Heading.PHONE,
        Heading.EMAIL,
        Heading.NOTES,
        Heading.NEW_INDUSTRY,
        Heading.SEATS,
        Heading.OVERRIDE_REASON,
        Heading.TENANT_ID,
    )
)


@dataclass(frozen=True)
class Problem:
    """Why one cell (or row) cannot be taken; shown as ``행 12, 사업자등록번호: …``."""

    row: int
    column: str
    error: DomainError

    def text(self, language: Language = "ko") -> str:
        return message(
            "import_problem", language, row=self.row, column=self.column,
            reason=self.error.text(language),
        )  # fmt: skip


@dataclass(frozen=True)
class LeaseTerms:
    room: str
    start: date
    end: date | None
    # None: a blank cell (a new lease takes 0, a signed one keeps its own)
    deposit: int | None
    rent: int | None
    fee: int | None
    seats: int | None = None
    override_reason: str | None = None


@dataclass(frozen=True)
class RosterLine:
    """One sheet row as read: the tenant's values, the columns the sheet has, its lease."""

    row: int
    tenant: TenantInput | None
    given: frozenset[str]  # TenantInput fields the sheet has columns for
    lease: LeaseTerms | None
    problems: tuple[Problem, ...] = ()
    brn: str | None = None  # as read, checked even when other cells of the row are wrong
    room: str | None = None
    tenant_id: int | None = None  # the 기업 ID column: which tenant an export wrote the row for
