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
from typing import Any

from sqlalchemy import Select, insert, select
from sqlalchemy.orm import Session

from incubator_app.domain.errors import CancelledError, DomainError, Language
from incubator_app.domain.identifiers import EntityType, normalize_brn, without_separators
from incubator_app.domain.text import search_text
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
    deposit: int
    rent: int
    fee: int
    seats: int | None = None
    override_reason: str | None = None


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
    tenant_id: int | None = None  # the 기업 ID column: which tenant an export wrote the row for


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
    check_digit = load_policy(session).brn_check_digit
    who = _Identities(session)
    rows = iter(lines)
    while chunk := list(islice(rows, CHUNK)):
        known = _known(session, chunk)
        who.look_up_ids(chunk)
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
            clash = who.clash(line)
            if clash is not None:
                report.problems.append(clash)
                continue
            try:
                if line.lease is None and who.first_of_its_key(line, known):
                    who.add_new(line, tenants.tenant_values(line.tenant, today, check_digit)[0])
                    report.tenants_created += 1
                    continue
                who.insert_new()
                with session.begin_nested():
                    _apply(session, line, today, report, who)
            except DomainError as error:
                report.problems.append(
                    Problem(line.row, COLUMN_OF.get(error.field or "", "기업명"), error)
                )
                session.expunge_all()  # forget what a rolled-back savepoint had added
        who.insert_new()
    if report.rows == 0:
        raise DomainError("import_empty", field="file")
    if report.problems:
        raise ImportRefusedError(report)
    if dry_run:
        raise DryRunDone(report)
    return report


Key = tuple[str, str]


def _key(data: tenants.TenantInput) -> Key:
    """How a line finds its tenant: by BRN digits, or a pre-founder by name (as stored)."""
    if data.entity is EntityType.PRE_FOUNDER:
        return ("name", search_text(data.name))
    return ("brn", without_separators(data.brn or ""))


def _matching(key: Key) -> Select[Any]:
    kind, value = key
    if kind == "name":
        return select(Tenant.id).where(
            Tenant.entity == EntityType.PRE_FOUNDER, Tenant.name == value
        )
    return select(Tenant.id).where(Tenant.brn == value)


class _Identities:
    """Which tenant each line means, so that an unchanged export settles at zero changes.

    A line's key (BRN, or a pre-founder's name) finds its tenant; where several
    pre-founders share a name, the 기업 ID an export wrote tells them apart, and
    one ID stands for one company within the file.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.by_file_id: dict[int, tuple[int, Key, int]] = {}  # ID -> tenant, key, first row
        self.file_ids: dict[int, tuple[Key, int, str]] = {}  # ID -> key, row, name as read
        self.claimed: set[int] = set()  # tenants an ID of the file already stands for
        self.seen: set[Key] = set()
        self.taken: set[int] = set()  # IDs held in the database, as far as they matter
        self.new: list[tuple[dict[str, object], RosterLine]] = []
        self.brn_names: dict[str, tuple[str, int]] = {}

    def clash(self, line: RosterLine) -> Problem | None:
        """One BRN with two names, or one ID for two companies, in the same file."""
        data = line.tenant
        assert data is not None
        if data.brn:
            name, row = self.brn_names.setdefault(data.brn, (data.name, line.row))
            if name != data.name:
                error = DomainError(
                    "import_brn_two_names", field="brn", value=data.brn, name=name, other_row=row
                )
                return Problem(line.row, "사업자등록번호", error)
        if line.tenant_id is not None:
            key, row, name = self.file_ids.setdefault(
                line.tenant_id, (_key(data), line.row, data.name)
            )
            if key != _key(data):
                error = DomainError(
                    "import_id_two_companies",
                    field="tenant_id",
                    value=line.tenant_id,
                    name=name,
                    other_row=row,
                )
                return Problem(line.row, "기업 ID", error)
        return None

    def first_of_its_key(self, line: RosterLine, known: set[Key]) -> bool:
        """Whether no tenant has the line's key, in the database or earlier in the file."""
        assert line.tenant is not None
        key = _key(line.tenant)
        first = key not in known and key not in self.seen
        self.seen.add(key)
        return first

    def look_up_ids(self, chunk: list[RosterLine]) -> None:
        """Which of the chunk's 기업 IDs a tenant of the database already holds."""
        wanted = {line.tenant_id for line in chunk if line.tenant_id is not None}
        if wanted:
            self.taken.update(self.session.scalars(select(Tenant.id).where(Tenant.id.in_(wanted))))

    def number_for(self, line: RosterLine) -> int | None:
        """The 기업 ID a new tenant keeps (so that a roster moved to another database reads
        back the same), unless another tenant holds it."""
        if line.tenant_id is None or line.tenant_id in self.taken:
            return None
        self.taken.add(line.tenant_id)
        return line.tenant_id

    def add_new(self, line: RosterLine, values: dict[str, object]) -> None:
        number = self.number_for(line)
        self.new.append(({**values, "id": number} if number else values, line))

    def insert_new(self) -> None:
        """New tenants checked by the tenant rules, written in two statements: those that
        keep their number first, so that the next numbers are given after them."""
        kept = [(values, line) for values, line in self.new if "id" in values]
        others = [(values, line) for values, line in self.new if "id" not in values]
        for group in (kept, others):
            if not group:
                continue
            statement = insert(Tenant).returning(Tenant.id, sort_by_parameter_order=True)
            ids = self.session.scalars(statement, [values for values, _ in group]).all()
            for tenant_id, (_, line) in zip(ids, group, strict=True):
                self.created(line, tenant_id)
        self.new.clear()

    def _claim(self, line: RosterLine, tenant_id: int) -> None:
        assert line.tenant is not None
        if line.tenant_id is not None:
            self.by_file_id[line.tenant_id] = (tenant_id, _key(line.tenant), line.row)
            self.claimed.add(tenant_id)

    def tenant_of(self, line: RosterLine) -> int | None:
        """The tenant the line means; None for a company new to the database."""
        data = line.tenant
        assert data is not None
        self.seen.add(_key(data))
        if line.tenant_id is not None and line.tenant_id in self.by_file_id:
            return self.by_file_id[line.tenant_id][0]
        found: list[int] = list(self.session.scalars(_matching(_key(data)).order_by(Tenant.id)))
        if line.tenant_id is not None:
            if line.tenant_id in found and line.tenant_id not in self.claimed:
                found = [line.tenant_id]
            else:
                found = [tenant for tenant in found if tenant not in self.claimed]
        if len(found) > 1:
            ids = ", ".join(str(tenant) for tenant in found)
            raise DomainError("import_ambiguous_tenant", field="tenant_id", name=data.name, ids=ids)
        if found:
            self._claim(line, found[0])
            return found[0]
        return None

    def created(self, line: RosterLine, tenant_id: int) -> None:
        self.taken.add(tenant_id)
        self._claim(line, tenant_id)


def _known(session: Session, chunk: list[RosterLine]) -> set[Key]:
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


def _apply(
    session: Session, line: RosterLine, today: date, report: ImportReport, who: _Identities
) -> None:
    assert line.tenant is not None
    tenant = _tenant(session, line, today, report, who)
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
                override_reason=terms.override_reason,
            ),
        )
        report.leases_created += 1
        return
    wanted = leases.Revision(
        end=terms.end or existing.effective_end,
        deposit=terms.deposit,
        rent=terms.rent,
        fee=terms.fee,
        seats=terms.seats if terms.seats is not None else existing.seats,
        override_reason=terms.override_reason or existing.override_reason,
    )
    if wanted != leases.revision_of(existing):
        leases.revise_lease(session, existing.id, wanted)
        report.leases_updated += 1


def _tenant(
    session: Session, line: RosterLine, today: date, report: ImportReport, who: _Identities
) -> tenants.TenantView:
    """The tenant of the line, corrected to the line's values; else a new one."""
    data = line.tenant
    assert data is not None
    found = who.tenant_of(line)
    if found is None:
        report.tenants_created += 1
        created = tenants.create_tenant(session, data, today, number=who.number_for(line))
        who.created(line, created.id)
        return created
    current = tenants.get_tenant(session, found, today)
    wanted = replace(tenants.input_of(current), **{f: getattr(data, f) for f in line.given})
    if tenants.same_values(wanted, tenants.input_of(current), today):
        return current
    report.tenants_updated += 1
    return tenants.update_tenant(session, current.id, wanted, today)
