"""Backing up and restoring an opened database, on either kind.

A backup is a checked SQLite file (``store.backup``): an SQLite station's own pages,
copied with SQLite's online backup API, or a server's records, written by
``copy-database``'s proven copy. A restore replaces every record of the database with a
backup's in one transaction under the station's write lock, after a safety backup taken
under that same lock (no other desk's change can fall between the two), and appends an
entry saying so to the restored history: stopped at any moment, the database is the old
one or the restored one.
"""

from __future__ import annotations

import shutil
import tempfile
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, inspect, select

from incubator_app.domain.backups import BackupName, Reason
from incubator_app.domain.errors import DomainError, Localised
from incubator_app.domain.history import check_chain, restored
from incubator_app.store import migrations
from incubator_app.store.backup import (
    NO_STATION,
    Backup,
    automatic_backup,
    backup_time,
    describe,
    file_station,
    list_backups,
    read_only,
    take_backup,
    write_backup,
)
from incubator_app.store.copying import copy_database, replace_records
from incubator_app.store.database import Database, as_domain_errors
from incubator_app.store.history import head, links, record
from incubator_app.store.models import Building, HistoryEntry

__all__ = ["Backup", "Restored", "back_up", "back_up_first", "backups", "restore"]


@dataclass(frozen=True)
class Restored:
    restored_from: Path
    safety_backup: Backup  # the database as it was just before


def back_up(db: Database, reason: Reason = Reason.MANUAL, *, to: Path | None = None) -> Backup:
    """A checked backup of ``db`` in its backup folder (or at ``to``). One asked for is
    also checked for its history: a backup of a history that was rewritten is kept (the
    records in it are not lost) and refused with the reason, since it cannot be restored."""
    if db.path is not None:
        made = take_backup(db.path, db.backups, reason, to=to)
    else:

        def copy(partial: Path) -> None:
            copy_database(db, str(partial))

        name = BackupName(_server_stem(db), station_of(db), backup_time(), reason)
        made = write_backup(name, copy, db.backups, to=to)
    if reason is Reason.MANUAL:
        try:
            _check_history(made.path)
        except DomainError as error:
            raise DomainError(
                "backup_history_broken", path=str(made.path), reason=error.params["reason"]
            ) from None
    return made


def back_up_first(db: Database, reason: Reason) -> DomainError | None:
    """An automatic backup before something large (an import) of an SQLite station;
    what went wrong is returned to be told, and the work goes on. A server's automatic
    backups are its own tools' work."""
    return automatic_backup(db.path, db.backups, reason) if db.path is not None else None


def backups(db: Database) -> list[Backup]:
    """The database's backups in its backup folder, newest first."""
    if db.path is not None:
        return list_backups(db.backups, db.path.stem, station_of(db))
    return list_backups(db.backups, _server_stem(db), station_of(db))


def restore(db: Database, path: Path) -> Restored:
    """Replace ``db``'s records with the backup at ``path``: the backup is checked first
    (ours, not newer, whole, its history unbroken); an older one is upgraded in a copy
    (the file itself is never changed)."""
    path = Path(path).expanduser().resolve()
    if db.path is not None and path == db.path.resolve():
        raise DomainError("backup_is_the_database", path=str(path))
    describe(path, checked=True)
    _check_history(path)
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "restoring.sqlite3"
        shutil.copyfile(path, copy)
        source = create_engine(f"sqlite:///{copy.as_posix()}")
        try:
            with source.begin() as connection:
                if migrations.current_revision(connection) != migrations.SCHEMA:
                    migrations.upgrade(connection)
            with (
                as_domain_errors(db.location),
                db.session(write=True) as session,  # the station's write lock, to the end
                source.connect() as reading,
            ):
                target = session.connection()  # the lock is taken here
                safety = back_up(db, Reason.SAFETY)  # read while no desk can write
                replaced = head(target)
                replace_records(reading, target)
                now = head(target)
                record(session, [restored(replaced, path.name, now, safety.path.name)])
        finally:
            source.dispose()
    return Restored(path, safety)


def _check_history(path: Path) -> None:
    """A backup whose history does not hold is a damaged one: refused before anything."""
    engine = create_engine("sqlite://", creator=lambda: read_only(path))
    try:
        with engine.connect() as connection:
            if not inspect(connection).has_table(HistoryEntry.__tablename__):
                return  # a backup from before the history
            with closing(links(connection)) as walked:
                check_chain(walked)
    except DomainError as error:
        reason = Localised(error.text("ko"), error.text("en"))
        raise DomainError("backup_damaged", path=str(path), reason=reason) from None
    finally:
        engine.dispose()


def _server_stem(db: Database) -> str:
    return db.engine.url.database or "stag"


def station_of(db: Database) -> str:
    """The first digits of the database's records identity, as its backups are named."""
    if db.path is not None:
        return file_station(db.path)
    with as_domain_errors(db.location), db.engine.connect() as connection:
        found = connection.scalar(select(Building.records_id).order_by(Building.id).limit(1))
    return str(found)[:8] if found else NO_STATION
