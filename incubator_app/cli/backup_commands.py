"""Backups on the command line: take one, list them, restore one."""

from __future__ import annotations

import argparse

from incubator_app.cli import render
from incubator_app.cli.commands import opened
from incubator_app.domain.backups import Reason, reason_name
from incubator_app.domain.errors import Language
from incubator_app.domain.headings import BACKUP_HEADINGS, headings
from incubator_app.domain.history import AT_FORMAT
from incubator_app.services.backups import back_up, backups, restore
from incubator_app.store.backup import Backup


def backup(args: argparse.Namespace, language: Language) -> int:
    """``{path, at, size, revision, tenants, leases, bookings, history_head, ...}``."""
    db = opened(args, tell=False)  # a backup that cannot be written is its own refusal
    try:
        made = back_up(db, Reason.MANUAL, to=args.to)
    finally:
        db.dispose()
    print(render.dumps(backup_json(made)))
    return 0


def list_backups(args: argparse.Namespace, language: Language) -> int:
    """The database's backups, newest first."""
    db = opened(args)
    try:
        found = backups(db)
    finally:
        db.dispose()
    if args.json:
        print(render.dumps([backup_json(b) for b in found]))
        return 0
    rows = [
        (b.at.strftime("%Y-%m-%d %H:%M:%S"), reason_name(b.reason, language), f"{b.tenants:,}",
         f"{b.leases:,}", f"{b.bookings:,}", f"#{b.history.count:,}", str(b.path))
        for b in found
    ]  # fmt: skip
    headers = headings(BACKUP_HEADINGS, language)
    print(render.table(headers, rows))
    return 0


def restore_backup(args: argparse.Namespace, language: Language) -> int:
    """``{restored_from, safety_backup}``; a file that is not a whole backup of ours,
    or one from a newer program, is refused untouched (exit 2). A database file that does
    not exist yet is made for it (a new computer after a dead disk)."""
    db = opened(args, create=True)
    try:
        done = restore(db, args.path)
    finally:
        db.dispose()
    print(
        render.dumps(
            {
                "restored_from": str(done.restored_from),
                "safety_backup": str(done.safety_backup.path),
            }
        )
    )
    return 0


def backup_json(backup: Backup) -> render.Json:
    return {
        "path": str(backup.path),
        "at": backup.at.strftime(AT_FORMAT),
        "reason": backup.reason.value,
        "size": backup.size,
        "revision": backup.revision,
        "tenants": backup.tenants,
        "leases": backup.leases,
        "bookings": backup.bookings,
        "history_entries": backup.history.count,
        "history_head": backup.history.hash,
    }
