"""A roster's rows as read from a sheet, and where a refusal shows in it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from incubator_app.domain.errors import DomainError, Language
from incubator_app.services.tenants import TenantInput

# Where a refusal of the core shows in the sheet, by the field the rule names.
COLUMN_OF = {
    "name": "기업명",
    "type": "구분",
    "entity": "구분",
    "new_industry": "신산업",
    "brn": "사업자등록번호",
    "corporation_no": "법인등록번호",
    "started_on": "개업일",
    "representative": "대표자",
    "sector": "업종",
    "employees": "고용인원",
    "phone": "연락처",
    "email": "이메일",
    "notes": "비고",
    "room": "호실",
    "seats": "좌석",
    "start": "입주일",
    "end": "계약만료일",
    "deposit": "보증금(원)",
    "rent": "월임대료(원)",
    "fee": "월관리비(원)",
    "override_reason": "예외 사유",
    "tenant_id": "기업 ID",
}


# The roster's columns in one fixed order, for listing a row's problems.
COLUMNS = (
    "기업명", "대표자", "사업자등록번호", "법인등록번호", "구분", "개업일", "업종", "호실",
    "입주일", "계약만료일", "보증금(원)", "월임대료(원)", "월관리비(원)", "고용인원", "연락처",
    "이메일", "비고", "신산업", "좌석", "예외 사유", "기업 ID",
)  # fmt: skip


@dataclass(frozen=True)
class Problem:
    """Why one cell (or row) cannot be taken; shown as ``행 12, 사업자등록번호: …``."""

    row: int
    column: str
    error: DomainError

    def text(self, language: Language = "ko") -> str:
        row = "row" if language == "en" else "행"
        return f"{row} {self.row}, {self.column}: {self.error.text(language)}"


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
