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

from sqlalchemy.orm import Session

from incubator_app.domain.errors import CancelledError, DomainError
from incubator_app.domain.identifiers import normalize_brn
from incubator_app.domain.text import clean_text
from incubator_app.services import lease_lists, leases, tenants
from incubator_app.services.lookup import find_space
from incubator_app.services.roster import records_id
from incubator_app.services.roster_identity import TenantIdentities, known_keys
from incubator_app.services.roster_lines import COLUMN_OF, COLUMNS, Problem, RosterLine
from incubator_app.services.settings import load_policy
from incubator_app.store.history import from_file

CHUNK = 500


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
    records: str | None = None,
    source: str | None = None,
    dry_run: bool = False,
    progress: Callable[[int, int], bool] | None = None,
    total: int = 0,
) -> ImportReport:
    """Apply every line; raise ``ImportRefusedError`` (or ``DryRunDone``) so the caller's
    transaction rolls back, else return what was done for the caller to commit.

    Lines are taken a chunk at a time. A new tenant without a lease, met for the
    first time in the file, is checked by the tenant rules and inserted with the
    rest of its chunk; any other line goes through the services in a savepoint.
    ``records``: the identity of the database the roster was exported from, if any;
    ``source``: the file's name, which every history entry of the import carries.
    """
    if source is not None:
        from_file(session, source)
    report = ImportReport()
    check_digit = load_policy(session).brn_check_digit
    who = TenantIdentities(session, trusted=records is not None and records == records_id(session))
    rows = iter(lines)
    while chunk := list(islice(rows, CHUNK)):
        known = known_keys(session, chunk)
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
                    Problem(line.row, COLUMN_OF.get(error.field or "", COLUMN_OF["name"]), error)
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


def _precheck(session: Session, line: RosterLine, check_digit: bool) -> list[Problem]:
    """What can be told of a row's number and room on their own, so that one row's
    report lists each of its problems, not only the first rule that refuses it."""
    found = []
    if line.brn and not any(p.column == COLUMN_OF["brn"] for p in line.problems):
        try:
            normalize_brn(line.brn, check_digit=check_digit)
        except DomainError as error:
            found.append(Problem(line.row, COLUMN_OF["brn"], error))
    if line.room and not any(p.column == COLUMN_OF["room"] for p in line.problems):
        try:
            find_space(session, line.room)
        except DomainError as error:
            found.append(Problem(line.row, COLUMN_OF["room"], error))
    return found


def _apply(
    session: Session, line: RosterLine, today: date, report: ImportReport, who: TenantIdentities
) -> None:
    assert line.tenant is not None
    tenant = _tenant(session, line, today, report, who)
    terms = line.lease
    if terms is None:
        return
    existing = lease_lists.find_lease_of(session, tenant.id, terms.room, terms.start)
    if existing is None:
        leases.create_lease(
            session,
            leases.LeaseInput(
                tenant=tenant.id,
                room=terms.room,
                start=terms.start,
                end=terms.end,
                seats=terms.seats,
                deposit=terms.deposit or 0,
                rent=terms.rent or 0,
                fee=terms.fee or 0,
                override_reason=terms.override_reason,
            ),
        )
        report.leases_created += 1
        return
    wanted = leases.Revision(
        end=terms.end or existing.effective_end,
        deposit=existing.deposit if terms.deposit is None else terms.deposit,
        rent=existing.rent if terms.rent is None else terms.rent,
        fee=existing.fee if terms.fee is None else terms.fee,
        seats=terms.seats if terms.seats is not None else existing.seats,
        override_reason=clean_text("override_reason", terms.override_reason, 1000, multiline=True)
        or existing.override_reason,  # a blank cell keeps the reason on record
    )
    if wanted != leases.revision_of(existing):
        leases.revise_lease(session, existing.id, wanted)
        report.leases_updated += 1


def _tenant(
    session: Session, line: RosterLine, today: date, report: ImportReport, who: TenantIdentities
) -> tenants.TenantView:
    """The tenant of the line, corrected to the line's values; else a new one."""
    data = line.tenant
    assert data is not None
    found = who.tenant_of(line)
    if found is None:
        report.tenants_created += 1
        created = tenants.create_tenant(session, data, today, number=who.number_for(line))
        who.created(line, created.id, tenants.stored_values(data, today))
        return created
    current = tenants.get_tenant(session, found, today)
    wanted = replace(tenants.input_of(current), **{f: getattr(data, f) for f in line.given})
    stored = tenants.stored_values(wanted, today)
    who.agree(line, found, stored)
    if stored == tenants.stored_values(tenants.input_of(current), today):
        return current
    report.tenants_updated += 1
    return tenants.update_tenant(session, current.id, wanted, today)
