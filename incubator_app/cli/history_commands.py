"""The change history on the command line: a record's or the station's entries, and
the check of the whole chain."""

from __future__ import annotations

import argparse

from sqlalchemy.orm import Session

from incubator_app.cli import render
from incubator_app.cli.commands import call, opened
from incubator_app.domain.errors import Language, message
from incubator_app.domain.headings import HISTORY_HEADINGS, headings
from incubator_app.domain.history import AT_FORMAT
from incubator_app.domain.history_text import Names
from incubator_app.domain.stamps import Kind
from incubator_app.services import history as services
from incubator_app.services.backups import backups
from incubator_app.services.history import Entry, Wanted

RECORD_OPTIONS = {"tenant": Kind.TENANT, "lease": Kind.LEASE, "booking": Kind.BOOKING}


def history(args: argparse.Namespace, language: Language) -> int:
    """Oldest first: ``[{id, at, by, action, kind, record_id, before, after, source}]``."""
    wanted = Wanted(since=args.first, until=args.last)
    named = [(kind, getattr(args, option)) for option, kind in RECORD_OPTIONS.items()]
    named.append((Kind.SPACE, args.room))
    chosen = [(kind, key) for kind, key in named if key is not None]

    def read(session: Session) -> tuple[list[Entry], Names]:
        if chosen:
            (kind, key), *_ = chosen
            entries = services.record_history(session, kind, key, wanted)
        else:
            entries = services.history(session, wanted)
        return entries, services.names_in(session, entries)

    entries, names = call(args, read)
    if args.json:
        print(render.dumps([_json(entry) for entry in entries]))
        return 0
    rows = [services.cells(entry, names, language) for entry in entries]
    print(render.table(headings(HISTORY_HEADINGS, language), rows))
    return 0


def _json(entry: Entry) -> render.Json:
    return {
        "id": entry.id,
        "at": entry.at.strftime(AT_FORMAT),
        "by": entry.by,
        "action": entry.action.value,
        "kind": entry.kind.value,
        "record_id": entry.record_id,
        "before": entry.before,
        "after": entry.after,
        "source": entry.source,
    }


def verify_history(args: argparse.Namespace, language: Language) -> int:
    """Exit 0 with the count and the newest hash; a broken chain is refused (exit 2)
    naming the first entry altered, removed or inserted, and so is a chain that
    disagrees with the heads this database's backups keep."""
    db = opened(args)
    try:
        kept = [(str(backup.path), backup.at, backup.history) for backup in backups(db)]
        with db.session() as session:
            head = services.verify_history(session)
            services.check_kept(session, kept)
    finally:
        db.dispose()
    if args.json:
        print(render.dumps({"entries": head.count, "head": head.hash}))
    else:
        print(message("history_verified", language, count=head.count, head=head.shown))
    return 0
