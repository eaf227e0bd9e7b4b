"""Excel sub-commands: the roster and occupancy exports, and the roster import."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from sqlalchemy.orm import Session

from incubator_app.cli import RefusedError
from incubator_app.cli.commands import as_of, call, opened
from incubator_app.cli.progress import progress_bar
from incubator_app.domain.backups import Reason
from incubator_app.domain.errors import DomainError, Language, message
from incubator_app.excel import bookings as excel_bookings
from incubator_app.excel import occupancy as excel_occupancy
from incubator_app.excel import roster as excel_roster
from incubator_app.excel.cells import check_target
from incubator_app.excel.roster_reader import open_roster
from incubator_app.services import booking_lists, occupancy, roster, roster_import
from incubator_app.services.backups import back_up_first
from incubator_app.services.clock import seoul_today


def export_roster(args: argparse.Namespace, language: Language) -> int:
    day = as_of(args)
    check_target(args.out)

    def export(session: Session) -> int:
        total = roster.roster_size(session, day, args.all)
        entries = roster.roster_on(session, day, args.all)
        occupied = occupancy.occupancy_on(session, day)
        with progress_bar(language) as progress:
            return excel_roster.write_roster(
                args.out,
                entries,
                day,
                occupied,
                total,
                progress,
                records=roster.records_id(session),
            )

    rows = call(args, export)
    print(message("exported_rows", language, path=args.out, rows=rows))
    return 0


def export_occupancy(args: argparse.Namespace, language: Language) -> int:
    day = as_of(args)
    check_target(args.out)

    report = call(args, lambda s: occupancy.occupancy_report(s, day))
    excel_occupancy.write_occupancy(args.out, report)
    print(message("exported", language, path=args.out))
    return 0


def export_bookings(args: argparse.Namespace, language: Language) -> int:
    check_target(args.out)
    found = call(args, lambda s: booking_lists.list_bookings(s, args.first, args.last, args.space))
    rows = excel_bookings.write_bookings(args.out, found, args.first, args.last)
    print(message("exported_rows", language, path=args.out, rows=rows))
    return 0


def import_roster(args: argparse.Namespace, language: Language) -> int:
    """All rows or none; every problem on its own line of stderr (exit 2)."""
    roster_file = open_roster(args.file)
    try:

        def apply(session: Session) -> roster_import.ImportReport:
            with progress_bar(language) as progress:
                return roster_import.import_roster(
                    session,
                    roster_file.lines(),
                    seoul_today(),
                    records=roster_file.records,
                    source=roster_file.path.name,
                    dry_run=args.dry_run,
                    progress=progress,
                    total=roster_file.total,
                )

        try:
            report = _imported(args, language, apply)
            done = "import_done"
        except roster_import.DryRunDone as finished:
            report, done = finished.report, "import_dry_run"
        except roster_import.ImportRefusedError as refused:
            problems = refused.report.problems
            headline = DomainError("import_refused", count=len(problems))
            raise RefusedError(headline, [problem.text(language) for problem in problems]) from None
    finally:
        roster_file.close()
    print(
        message(
            done,
            language,
            rows=report.rows,
            tenants_created=report.tenants_created,
            tenants_updated=report.tenants_updated,
            leases_created=report.leases_created,
            leases_updated=report.leases_updated,
        )
    )
    return 0


def _imported(
    args: argparse.Namespace,
    language: Language,
    apply: Callable[[Session], roster_import.ImportReport],
) -> roster_import.ImportReport:
    """The import in one transaction, after a backup of the station as it was."""
    db = opened(args)
    try:
        if not args.dry_run:
            trouble = back_up_first(db, Reason.IMPORT)
            if trouble is not None:
                note = message("warning_prefix", language)
                print(f"{note}: {trouble.text(language)}", file=sys.stderr)
        with db.session(write=True) as session:
            return apply(session)
    finally:
        db.dispose()
