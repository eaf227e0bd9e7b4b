"""Backups of a station's SQLite file, and restoring one.

A backup is taken with SQLite's online backup API (a consistent copy while other desks
write), into a ``.partial`` file that no listing reads, checked (integrity, schema
revision, counts), then renamed into place: a backup stopped half-way is never listed
and never replaces a good one. A restore (``services.backups``) replaces the records
from such a file in one transaction.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from contextlib import closing, suppress
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from incubator_app.domain.backups import AUTOMATIC, BackupName, Reason, kept, read_name
from incubator_app.domain.errors import DomainError, Localised, localised
from incubator_app.domain.history import EMPTY, Head
from incubator_app.domain.periods import SEOUL
from incubator_app.files import os_reason
from incubator_app.store import migrations

FOLDER = "backups"  # beside the database file, unless the desk chose another
PARTIAL = ".partial"
BUSY_S = 5.0
NO_STATION = "0" * 8  # a database from before the records had an identity (0005)
COUNTED = ("tenant", "lease", "booking")
SQLITE_HEADER = b"SQLite format 3\x00"
# SQLite's refusals a person can act on, by primary result code (never by their words)
SQLITE_REASONS = {
    sqlite3.SQLITE_FULL: "os_disk_full",
    sqlite3.SQLITE_CANTOPEN: "os_no_permission",
    sqlite3.SQLITE_PERM: "os_no_permission",
    sqlite3.SQLITE_READONLY: "os_no_permission",
    sqlite3.SQLITE_NOTADB: "sqlite_damaged",
    sqlite3.SQLITE_CORRUPT: "sqlite_damaged",
}


@dataclass(frozen=True)
class Backup:
    """A backup file and what it holds."""

    path: Path
    at: datetime  # Seoul wall clock, from its name
    reason: Reason
    size: int
    revision: str
    tenants: int
    leases: int
    bookings: int
    history: Head
    station: str = NO_STATION  # whose records: the first digits of their identity


def backup_folder(database: Path, chosen: Path | None = None) -> Path:
    return chosen if chosen is not None else database.parent / FOLDER


def take_backup(database: Path, folder: Path, reason: Reason, *, to: Path | None = None) -> Backup:
    """A checked copy of the SQLite file ``database`` in ``folder`` (or at ``to``)."""

    def copy(partial: Path) -> None:
        with (
            closing(sqlite3.connect(database, timeout=BUSY_S)) as source,
            closing(sqlite3.connect(partial)) as written,
        ):
            source.backup(written)

    name = BackupName(database.stem, file_station(database), backup_time(), reason)
    return write_backup(name, copy, folder, to=to)


def sqlite_reason(error: sqlite3.Error) -> Localised:
    """Why SQLite refused, in the person's language where its code says it."""
    code = SQLITE_REASONS.get(getattr(error, "sqlite_errorcode", 0) & 0xFF)
    return localised(code) if code else Localised(str(error), str(error))


def _to_disk(path: Path) -> None:
    """What was written is on the disk, not in a cache, before it counts (a folder's entry
    too, where the system allows it: not on Windows)."""
    if path.is_dir() and os.name == "nt":
        return
    handle = os.open(path, os.O_RDONLY if path.is_dir() else os.O_RDWR)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def backup_time() -> datetime:
    """Now on Seoul's wall clock, to the second: a backup's time in its name."""
    return datetime.now(SEOUL).replace(tzinfo=None, microsecond=0)


def automatic_backup(database: Path, folder: Path, reason: Reason) -> DomainError | None:
    """A backup taken without being asked (the day's first opening, before an import):
    what went wrong is returned to be told, and the work goes on."""
    try:
        take_backup(database, folder, reason)
    except DomainError as error:
        return error
    return None


def write_backup(
    name: BackupName, copy: Callable[[Path], object], folder: Path, *, to: Path | None = None
) -> Backup:
    """``copy`` a database into a ``.partial`` file, check it, then rename it into place
    (in ``folder`` under ``name``, or at ``to``, a new file's path); automatic backups
    are then rotated."""
    target = _new_file(to) if to is not None else _free_name(ready_folder(folder), name)
    partial = target.with_name(target.name + PARTIAL)
    try:
        copy(partial)
        with closing(sqlite3.connect(partial)) as written:
            written.execute("PRAGMA journal_mode=DELETE")  # the file alone holds everything
        described = describe(partial, checked=True, at=name.at, reason=name.reason)
        _to_disk(partial)
        partial.replace(target)
        _to_disk(target.parent)
    except OSError as error:
        raise DomainError("backup_failed", path=str(target), reason=os_reason(error)) from None
    except sqlite3.Error as error:
        raise DomainError("backup_failed", path=str(target), reason=sqlite_reason(error)) from None
    finally:
        for leftover in ("", "-wal", "-shm", "-journal"):
            with suppress(OSError):
                partial.with_name(partial.name + leftover).unlink(missing_ok=True)
    if name.reason in AUTOMATIC and to is None:
        rotate(folder, name.stem, name.station)
    return replace(described, path=target)


def ready_folder(folder: Path) -> Path:
    """A backup folder, made if missing; one that cannot take a file is refused."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".stag-check-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        raise DomainError(
            "backup_folder_failed", path=str(folder), reason=os_reason(error)
        ) from None
    return folder


def _new_file(path: Path) -> Path:
    if path.is_dir():
        raise DomainError("path_is_folder", field="to", path=str(path))
    if path.exists():
        raise DomainError("backup_target_exists", field="to", path=str(path))
    if path.parent.exists() and not path.parent.is_dir():
        raise DomainError("backup_parent_is_file", field="to", path=str(path.parent))
    if not path.parent.is_dir():
        raise DomainError("export_folder_missing", field="to", path=str(path.parent))
    return path


def _free_name(folder: Path, name: BackupName) -> Path:
    n = 0
    while (folder / name.file_name(n)).exists():  # two backups in one second
        n += 1
    return folder / name.file_name(n)


def file_station(database: Path) -> str:
    """The first digits of the records' identity, so that backups of two stations kept
    in one folder are told apart."""
    with closing(read_only(database)) as connection:
        return _records_station(connection)


def _records_station(connection: sqlite3.Connection) -> str:
    try:
        found = connection.execute("SELECT records_id FROM building ORDER BY id").fetchone()
    except sqlite3.OperationalError:  # a database from before the identity (0005)
        return NO_STATION
    return str(found[0])[:8] if found and found[0] else NO_STATION


def read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write to ``path`` (a network folder's ``\\\\server\\share``
    too: SQLite takes no host in a file URI, so the share goes in its path)."""
    uri = path.resolve().as_uri()
    if not uri.startswith("file:///"):
        uri = "file:////" + uri.removeprefix("file://")
    return sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=BUSY_S)


def describe(
    path: Path,
    *,
    checked: bool = False,
    at: datetime | None = None,
    reason: Reason | None = None,
) -> Backup:
    """What a backup holds, read without writing to it; ``checked``: SQLite's integrity
    check first. A file that is not one of ours, from a newer program, or damaged is
    refused, naming it."""
    shown = str(path)
    if path.is_dir():
        raise DomainError("path_is_folder", field="path", path=shown)
    if not path.is_file():
        raise DomainError("backup_missing", path=shown)
    with path.open("rb") as file:
        if file.read(len(SQLITE_HEADER)) != SQLITE_HEADER:  # a workbook, a text, nothing
            raise DomainError("backup_not_ours", path=shown)
    named = read_name(path.name.removesuffix(PARTIAL))
    at = at or (named.at if named else datetime.fromtimestamp(path.stat().st_mtime, SEOUL))
    reason = reason or (named.reason if named else Reason.MANUAL)
    try:
        with closing(read_only(path)) as connection:
            if checked:
                verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
                if verdict != "ok":  # SQLite's own words on what is wrong follow ours
                    damage = localised("sqlite_damaged_where", where=verdict)
                    raise DomainError("backup_damaged", path=shown, reason=damage)
            revision = _revision(connection, shown)
            counts = _counts(connection)
            head = _head(connection)
            station = _records_station(connection)
    except sqlite3.DatabaseError as error:  # not a database, or not ours
        code = getattr(error, "sqlite_errorcode", 0) & 0xFF
        if code in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT):
            raise DomainError("backup_damaged", path=shown, reason=sqlite_reason(error)) from None
        raise DomainError("backup_not_ours", path=shown) from None
    size = path.stat().st_size
    return Backup(path, at.replace(tzinfo=None), reason, size, revision, *counts, head, station)


def _counts(connection: sqlite3.Connection) -> tuple[int, int, int]:
    """Tenants, leases and bookings."""
    tenants, leases, bookings = (_count(connection, table) for table in COUNTED)
    return tenants, leases, bookings


def _count(connection: sqlite3.Connection, table: str) -> int:
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    except sqlite3.OperationalError:  # an older schema without it (bookings came in 0002)
        return 0


def _revision(connection: sqlite3.Connection, shown: str) -> str:
    try:
        found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        raise DomainError("backup_not_ours", path=shown) from None
    if not found:
        raise DomainError("backup_not_ours", path=shown)
    if not migrations.known(found[0]):
        raise DomainError("backup_newer", path=shown, revision=found[0])
    return str(found[0])


def _head(connection: sqlite3.Connection) -> Head:
    try:
        found = connection.execute(
            "SELECT id, hash FROM history ORDER BY id DESC LIMIT 1"
        ).fetchone()
    except sqlite3.OperationalError:  # a backup from before the history (0009)
        return EMPTY
    return Head(found[0], found[1]) if found else EMPTY


def list_backups(folder: Path, stem: str, station: str) -> list[Backup]:
    """One database's backups in ``folder``, newest first (files that cannot be read as
    a backup are left out: a listing never refuses)."""
    found = []
    for path, name in _named(folder, stem, station):
        with suppress(DomainError, OSError):
            found.append(describe(path, at=name.at, reason=name.reason))
    return sorted(found, key=lambda backup: (backup.at, backup.path.name), reverse=True)


def _named(folder: Path, stem: str, station: str) -> list[tuple[Path, BackupName]]:
    if not folder.is_dir():
        return []
    named = [(path, read_name(path.name)) for path in folder.iterdir()]
    return [
        (path, name)
        for path, name in named
        if name is not None and name.stem == stem and name.station == station
    ]


def taken_on(folder: Path, database: Path, day: date) -> bool:
    """Whether a backup of the file ``database`` was taken on ``day`` (by the names)."""
    station = file_station(database)
    return any(name.at.date() == day for _path, name in _named(folder, database.stem, station))


def rotate(folder: Path, stem: str, station: str) -> None:
    """Remove the automatic backups the keeping rule no longer keeps."""
    automatic = [(p, n) for p, n in _named(folder, stem, station) if n.reason in AUTOMATIC]
    keep = kept([name.at for _path, name in automatic])
    for index, (path, _name) in enumerate(automatic):
        if index not in keep:
            with suppress(OSError):  # one held open elsewhere goes at the next rotation
                path.unlink()
