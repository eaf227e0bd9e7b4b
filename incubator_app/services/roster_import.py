"""Rosters brought in from spreadsheets: all rows checked by the core's own rules, all or nothing.

Each line is applied inside a savepoint through the same services a manager
uses, so a refused line teaches nothing new and an accepted one is checked
exactly as if typed. The caller's transaction is then rolled back (problems,
or a dry run) by raising, or committed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import islice

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from incubator_app.domain.errors import CancelledError, DomainError, Language
from incubator_app.domain.identifiers import EntityType, normalize_brn, without_separators
from incubator_app.services import leases, tenants
from incubator_app.services.lookup import find_space
from incubator_app.services.settings import load_policy
from incubator_app.store.models import Tenant

CHUNK = 500

# Where a refusal of the core shows in the sheet, by the field the rule names.
COLUMN_OF = {
    "name": "기업명",
    "type": "구분",
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
}


# The roster's columns in one fixed order, for listing a row's problems.
COLUMNS = (
    "기업명", "대표자", "사업자등록번호", "법인등록번호", "구분", "개업일", "업종", "호실",
    "입주일", "계약만료일", "보증금(원)", "월임대료(원)", "월관리비(원)", "고용인원", "연락처",
    "이메일", "비고", "신산업", "좌석",
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
    deposit: int
    rent: int
    fee: int
    seats: int | None = None


@dataclass(frozen=True)
class RosterLine:
    """One sheet row as read: the tenant's values, the columns the sheet has, its lease."""

    row: int
    tenant: tenants.TenantInput | None
    given: frozenset[str]  # TenantInput fields the sheet has columns for
    lease: LeaseTerms | None
    problems: tuple[Problem, ...] = ()
    brn: str | None = None  # as read, checked even when other cells of the row are wrong
    room: str | None = None


@dataclass
class ImportReport:
    rows: int = 0
    tenants_created: int = 0
    tenants_updated: int = 0
    leases_created: int = 0
    leases_updated: int = 0
    problems: list[Problem] = field(default_factory=list)


class ImportRefusedError(Exception):
    """Some rows broke a rule: nothing was written. ``report.problems`` lists them all."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__(f"{len(report.problems)} problems")
        self.report = report


class DryRunDone(Exception):  # noqa: N818 (not an error: it unwinds the transaction)
    """A dry run checked every row and wrote nothing; ``report`` says what it would do."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__("dry run")
        self.report = report


def import_roster(
    session: Session,
    lines: Iterable[RosterLine],
    today: date,
    *,
    dry_run: bool = False,
    progress: Callable[[int, int], bool] | None = None,
    total: int = 0,
) -> ImportReport:
    """Apply every line; raise ``ImportRefusedError`` (or ``DryRunDone``) so the caller's
    transaction rolls back, else return what was done for the caller to commit.

    Lines are taken a chunk at a time. A new tenant without a lease, met for the
    first time in the file, is checked by the tenant rules and inserted with the
    rest of its chunk; any other line goes through the services in a savepoint.
    """
    report = ImportReport()
    names_by_brn: dict[str, tuple[str, int]] = {}
    in_file: set[tuple[str, str]] = set()
    check_digit = load_policy(session).brn_check_digit
    rows = iter(lines)
    while chunk := list(islice(rows, CHUNK)):
        known = _known(session, chunk)
        new: list[dict[str, object]] = []
        for line in chunk:
            report.rows += 1
            if progress is not None and report.rows % 200 == 0 and not progress(report.rows, total):
                raise CancelledError
            found = [*line.problems, *_precheck(session, line, check_digit)]
            report.problems.extend(
                sorted(found, key=lambda p: COLUMNS.index(p.column) if p.column in COLUMNS else 99)
            )
            if found or line.tenant is None:
                continue
            clash = _same_brn_other_name(line, names_by_brn)
            if clash is not None:
                report.problems.append(clash)
                continue
            key = _key(line.tenant)
            first = key not in known and key not in in_file
            in_file.add(key)
            try:
                if first and line.lease is None:
                    new.append(tenants.tenant_values(line.tenant, today, check_digit)[0])
                    report.tenants_created += 1
                    continue
                _insert(session, new)
                with session.begin_nested():
                    _apply(session, line, today, report)
            except DomainError as error:
                report.problems.append(
                    Problem(line.row, COLUMN_OF.get(error.field or "", "기업명"), error)
                )
                session.expunge_all()  # forget what a rolled-back savepoint had added
        _insert(session, new)
    if report.rows == 0:
        raise DomainError("import_empty", field="file")
    if report.problems:
        raise ImportRefusedError(report)
    if dry_run:
        raise DryRunDone(report)
    return report


def _key(data: tenants.TenantInput) -> tuple[str, str]:
    """How a line finds its tenant: by BRN digits, or a pre-founder by exact name."""
    if data.entity is EntityType.PRE_FOUNDER:
        return ("name", data.name.strip())
    return ("brn", without_separators(data.brn or ""))


def _known(session: Session, chunk: list[RosterLine]) -> set[tuple[str, str]]:
    """The keys of the chunk's lines that already name a tenant in the database."""
    keys = {_key(line.tenant) for line in chunk if line.tenant is not None}
    brns = [value for kind, value in keys if kind == "brn"]
    names = [value for kind, value in keys if kind == "name"]
    holders = select(Tenant.brn).where(Tenant.brn.in_(brns))
    known = {("brn", brn) for brn in session.scalars(holders) if brn}
    pre_founders = select(Tenant.name).where(
        Tenant.entity == EntityType.PRE_FOUNDER, Tenant.name.in_(names)
    )
    return known | {("name", name) for name in session.scalars(pre_founders)}


def _insert(session: Session, new: list[dict[str, object]]) -> None:
    """New tenants checked by the tenant rules, written in one statement."""
    if new:
        session.execute(insert(Tenant), new)
        new.clear()


def _precheck(session: Session, line: RosterLine, check_digit: bool) -> list[Problem]:
    """What can be told of a row's number and room on their own, so that one row's
    report lists each of its problems, not only the first rule that refuses it."""
    found = []
    if line.brn and not any(p.column == "사업자등록번호" for p in line.problems):
        try:
            normalize_brn(line.brn, check_digit=check_digit)
        except DomainError as error:
            found.append(Problem(line.row, "사업자등록번호", error))
    if line.room and not any(p.column == "호실" for p in line.problems):
        try:
            find_space(session, line.room)
        except DomainError as error:
            found.append(Problem(line.row, "호실", error))
    return found


def _same_brn_other_name(line: RosterLine, seen: dict[str, tuple[str, int]]) -> Problem | None:
    assert line.tenant is not None
    brn = line.tenant.brn
    if not brn:
        return None
    name, row = seen.setdefault(brn, (line.tenant.name, line.row))
    if name == line.tenant.name:
        return None
    error = DomainError("import_brn_two_names", field="brn", value=brn, name=name, other_row=row)
    return Problem(line.row, "사업자등록번호", error)


def _apply(session: Session, line: RosterLine, today: date, report: ImportReport) -> None:
    assert line.tenant is not None
    tenant = _tenant(session, line, today, report)
    terms = line.lease
    if terms is None:
        return
    existing = leases.find_lease_of(session, tenant.id, terms.room, terms.start)
    if existing is None:
        leases.create_lease(
            session,
            leases.LeaseInput(
                tenant=tenant.id,
                room=terms.room,
                start=terms.start,
                end=terms.end,
                seats=terms.seats,
                deposit=terms.deposit,
                rent=terms.rent,
                fee=terms.fee,
            ),
        )
        report.leases_created += 1
        return
    end = terms.end or existing.effective_end
    now = (existing.effective_end, existing.deposit, existing.rent, existing.fee)
    if (end, terms.deposit, terms.rent, terms.fee) != now:
        leases.revise_lease(session, existing.id, end, terms.deposit, terms.rent, terms.fee)
        report.leases_updated += 1


def _tenant(
    session: Session, line: RosterLine, today: date, report: ImportReport
) -> tenants.TenantView:
    """The tenant of the line: matched by BRN (by exact name for a pre-founder), else new."""
    data = line.tenant
    assert data is not None
    kind, value = _key(data)
    if kind == "name":
        match = select(Tenant.id).where(
            Tenant.entity == EntityType.PRE_FOUNDER, Tenant.name == value
        )
    else:
        match = select(Tenant.id).where(Tenant.brn == value)
    found = session.scalar(match.order_by(Tenant.id))
    if found is None:
        report.tenants_created += 1
        return tenants.create_tenant(session, data, today)
    current = tenants.get_tenant(session, found, today)
    wanted = replace(tenants.input_of(current), **{f: getattr(data, f) for f in line.given})
    if wanted == tenants.input_of(current):
        return current
    report.tenants_updated += 1
    return tenants.update_tenant(session, current.id, wanted, today)
