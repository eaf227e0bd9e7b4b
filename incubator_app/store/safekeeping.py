"""Backing up and restoring an opened database, on either kind.

An SQLite file is backed up with SQLite's online backup API and restored with it in one
write transaction of the live file (``store.backup``). A server's database is backed up
as the same portable SQLite file, written by ``copy-database``'s proven copy, and
restored by replacing every table's rows from such a file in one transaction under the
station's write lock; the history's guard is lifted for that transaction only.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, create_engine, delete, inspect, select, text
from sqlalchemy.engine import URL

from incubator_app.domain.backups import BackupName, Reason
from incubator_app.domain.errors import DomainError
from incubator_app.domain.history import check_chain
from incubator_app.store import migrations
from incubator_app.store.backup import (
    NO_STATION,
    Backup,
    describe,
    file_station,
    list_backups,
    read_only,
    restore_file,
    seoul_now,
    take_backup,
    write_backup,
)
from incubator_app.store.copying import copy_database, copy_records, records
from incubator_app.store.database import Database, as_domain_errors
from incubator_app.store.history import links
from incubator_app.store.models import DESK_OPTION, Building, HistoryEntry


@dataclass(frozen=True)
class Restored:
    restored_from: Path
    safety_backup: Backup  # the database as it was just before


def back_up(db: Database, reason: Reason = Reason.MANUAL, *, to: Path | None = None) -> Backup:
    """A checked backup of ``db`` in its backup folder (or at ``to``)."""
    if db.path is not None:
        return take_backup(db.path, db.backups, reason, to=to)
    name = BackupName(_server_stem(db), _server_station(db), seoul_now(), reason)
    return write_backup(name, lambda partial: _server_copy(db, partial), db.backups, to=to)


def back_up_first(db: Database, reason: Reason) -> DomainError | None:
    """An automatic backup before something large (an import) of an SQLite station;
    what went wrong is returned to be told, and the work goes on. A server's automatic
    backups are its own tools' work."""
    if db.path is None:
        return None
    try:
        take_backup(db.path, db.backups, reason)
    except DomainError as error:
        return error
    return None


def backups(db: Database) -> list[Backup]:
    """The database's backups in its backup folder, newest first."""
    if db.path is not None:
        return list_backups(db.backups, db.path.stem, file_station(db.path))
    return list_backups(db.backups, _server_stem(db), _server_station(db))


def restore(db: Database, path: Path) -> Restored:
    """Replace ``db``'s records with the backup at ``path``: the backup is checked first
    (ours, not newer, whole, its history unbroken), the database as it is now is backed
    up, then the backup goes in as a whole; an older backup is then upgraded."""
    path = Path(path).expanduser().resolve()
    if db.path is not None and path == db.path.resolve():
        raise DomainError("backup_is_the_database", path=str(path))
    describe(path, checked=True)
    _check_history(path)
    safety = back_up(db, Reason.SAFETY)
    if db.path is not None:
        restore_file(db.path, path)
        with as_domain_errors(db.location), _writing(db) as connection:
            if migrations.current_revision(connection) != migrations.SCHEMA:
                migrations.upgrade(connection)
    else:
        _restore_server(db, path)
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
        raise DomainError("backup_damaged", path=str(path), reason=error.text()) from None
    finally:
        engine.dispose()


@contextmanager
def _writing(db: Database) -> Iterator[Connection]:
    """One transaction under the station's write lock."""
    bind = db.engine.execution_options(immediate=True, **{DESK_OPTION: db.desk})
    with bind.begin() as connection:
        yield connection


def _server_stem(db: Database) -> str:
    return db.engine.url.database or "stag"


def _server_station(db: Database) -> str:
    with as_domain_errors(db.location), db.engine.connect() as connection:
        found = connection.scalar(select(Building.records_id).order_by(Building.id).limit(1))
    return str(found)[:8] if found else NO_STATION


def _server_copy(db: Database, partial: Path) -> None:
    copy_database(db, str(partial))


def _restore_server(db: Database, path: Path) -> None:
    """Every table's rows replaced from the backup file, in one transaction."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / path.name
        shutil.copyfile(path, copy)  # the backup itself is never changed (an upgrade)
        engine = create_engine(URL.create("sqlite", database=str(copy)))
        try:
            with engine.begin() as source:
                if migrations.current_revision(source) != migrations.SCHEMA:
                    migrations.upgrade(source)
            with as_domain_errors(db.location), _writing(db) as target, engine.connect() as source:
                target.execute(text("ALTER TABLE history DISABLE TRIGGER USER"))
                for table in reversed(records()):
                    target.execute(delete(table))
                copy_records(source, target)
                target.execute(text("ALTER TABLE history ENABLE TRIGGER USER"))
        finally:
            engine.dispose()
