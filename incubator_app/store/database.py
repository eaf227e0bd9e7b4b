"""Opening a database: where it is, checks, SQLite pragmas, migrations, first seed.

SQLite pragmas are set here and nowhere else; a PostgreSQL server's settings are in
``store/server.py``. Every way a database can be wrong (not a database, another
program's, locked, from a newer program, a server that refuses the login) becomes a
``DomainError`` before anything is written.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.orm import Session

from incubator_app.desk_settings import backup_folder_chosen, desk_name
from incubator_app.domain.backups import Reason
from incubator_app.domain.errors import DomainError, Localised
from incubator_app.paths import default_database
from incubator_app.store import migrations, server
from incubator_app.store.backup import (
    automatic_backup,
    backup_folder,
    backup_time,
    take_backup,
    taken_on,
)
from incubator_app.store.changes import OwnChanges, Watch, serials
from incubator_app.store.history import DESK, Recorded
from incubator_app.store.models import DESK_OPTION
from incubator_app.store.seed import seed_building

ENVIRONMENT_VARIABLE = "INCUBATOR_DB"
BUSY_TIMEOUT_MS = 5000  # how long a write waits for another desk's, on both databases
SQLITE_HEADER = b"SQLite format 3\x00"
PASSWORD = re.compile(r"(?<=//)([^@/]*?):[^@]*@")  # user:password@ in text not read as a URL


@dataclass
class Database:
    """An opened, migrated database; ``location`` is what to show a person; ``desk`` is
    who the records say made the changes written through it."""

    engine: Engine
    location: str
    desk: str
    created: bool = False  # made and seeded by this opening
    own: OwnChanges = field(default_factory=OwnChanges, compare=False)
    path: Path | None = None  # the file (None: a server's database)
    # what went wrong on the way without stopping the work (a backup folder that
    # cannot be written): for the window or the command line to tell once
    warnings: list[DomainError] = field(default_factory=list, compare=False)

    @property
    def backups(self) -> Path:
        """Where this database's backups go: the desk's chosen folder, else ``backups``
        beside the file (a server's: the desk's data folder)."""
        return _folder(self.path if self.path is not None else default_database())

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """One transaction for one action: a write committed on success, rolled back on
        error; a read always rolled back.

        ``write=True`` takes the station's write lock at the start (SQLite's BEGIN
        IMMEDIATE, the server's advisory lock), so a check-then-insert sees every row
        committed by another desk.
        """
        bind = self.engine.execution_options(immediate=write, **{DESK_OPTION: self.desk})
        recorded = Recorded(bind, expire_on_commit=False, info={DESK: self.desk})
        with as_domain_errors(self.location), recorded as session:
            transaction = session.begin()
            try:
                counted = write and self.own.watched  # a window learns of other desks' changes
                before = serials(session.connection()) if counted else {}
                yield session
            except BaseException:
                transaction.rollback()
                raise
            if not write:  # a read (a check as a person types) never keeps anything it touched
                transaction.rollback()
                return
            session.flush()
            after = serials(session.connection()) if counted else {}
            self.own.add(before, after)  # before the commit: the watch may look at once
            try:
                transaction.commit()
            except BaseException:
                self.own.discard(before, after)
                raise

    def watch(self) -> Watch:
        """A look-out for other desks' changes, on a connection of its own (opened when
        it can be: a server that does not answer is tried again later)."""
        return Watch(self.engine, self.own)

    def read_only(self) -> bool:
        """Whether every write would be refused (a read-only file, or a server login that
        may only read, opens and reads without a word)."""
        with as_domain_errors(self.location):
            if self.engine.dialect.name != "sqlite":
                with self.engine.connect() as connection:
                    return not server.takes_writes(connection)
            return not _writable(self.engine)

    def dispose(self) -> None:
        self.engine.dispose()


@dataclass(frozen=True)
class Location:
    """Which database: its URL, its file (SQLite), and whether a person named it."""

    url: URL
    path: Path | None
    named: bool

    @property
    def shown(self) -> str:
        """What to tell a person and remember: the file, or the address with no password."""
        return str(self.path) if self.path else server.shown(self.url)


def resolve(db: str | None) -> Location:
    """``--db`` (a path or URL), else the ``INCUBATOR_DB`` variable, else the per-user file."""
    if db is not None:
        chosen, source = db, "--db"
    elif ENVIRONMENT_VARIABLE in os.environ:
        chosen, source = os.environ[ENVIRONMENT_VARIABLE], ENVIRONMENT_VARIABLE
    else:
        path = default_database()
        path.parent.mkdir(parents=True, exist_ok=True)
        return Location(_sqlite_url(path), path, named=False)
    if not chosen.strip():
        raise DomainError("db_empty", source=source)
    if "://" in chosen:
        return _url_location(chosen)
    path = Path(chosen).expanduser().resolve()
    return Location(_sqlite_url(path), path, named=True)


SUPPORTED = ("sqlite", "postgresql")


def _url_location(chosen: str) -> Location:
    """A SQLAlchemy URL: a PostgreSQL server's database, or an SQLite file given
    absolutely (``sqlite:////abs``, or SQLite's own ``file:`` form with ``uri=true``)."""
    if chosen.startswith("postgres://"):  # libpq's short form of the same scheme
        chosen = "postgresql://" + chosen.removeprefix("postgres://")
    shown = PASSWORD.sub(r"\1@", chosen)
    try:
        url = make_url(chosen)
    except (ArgumentError, ValueError) as error:  # e.g. a port that is not a number
        raise DomainError("db_url_malformed", url=shown, reason=str(error)) from None
    if url.get_backend_name() not in SUPPORTED:
        raise DomainError("db_kind_unknown", kind=url.get_backend_name())
    if url.get_backend_name() == "postgresql":
        if not url.database:
            raise DomainError("db_server_no_database", url=server.shown(url))
        return Location(server.server_url(url), None, named=True)
    database = url.database or ""
    if database in ("", ":memory:") or url.query.get("mode") == "memory":
        raise DomainError("db_in_memory", url=shown)  # gone when the program ends
    if url.query.get("uri") == "true" and database.startswith("file:"):
        database = database.removeprefix("file:")
    if not Path(database).is_absolute():
        raise DomainError("db_relative_url", url=shown)
    return Location(url, Path(database), named=True)


def _sqlite_url(path: Path) -> URL:
    """A URL built from parts, so that no character of the path is read as URL syntax."""
    return URL.create("sqlite", database=str(path))


def open_database(
    db: str | None = None, *, create: bool = True, desk: str | None = None
) -> Database:
    """Open (migrating, and creating and seeding where allowed) the chosen database.

    ``create=False`` refuses a named file that does not exist yet, so that a
    mistyped path in a scheduled job is an error, not a new empty station.
    ``desk``: who the changes are recorded as made by (default: this desk's name).
    """
    location = resolve(db)
    path, shown = location.path, location.shown
    name = desk if desk is not None else desk_name()
    warnings: list[DomainError] = []
    if path is not None:
        _check_file(path)
        if location.named and not create and not path.exists():
            raise DomainError("db_missing", path=shown)
        if location.named and not create and path.stat().st_size == 0:
            raise DomainError("db_empty_file", path=shown)  # left as it is: 0 bytes
    engine = database_engine(location)
    created = False
    try:
        with as_domain_errors(shown, location.url):
            with engine.connect() as connection:
                current = migrations.current_revision(connection)
                if current is None and _has_foreign_tables(connection):
                    raise DomainError("db_not_database", path=shown)
                if current is not None and not migrations.known(current):
                    raise DomainError("db_newer", path=shown, revision=current)
            if current is None and path is None and not create:
                raise DomainError("db_server_empty", path=shown)
            if engine.dialect.name == "sqlite":
                use_wal(engine, shown)
            if current != migrations.SCHEMA:
                if current is not None and path is not None:
                    _back_up_before_upgrade(path, shown)
                # under the write lock: two desks starting at once on a new server
                # database make its schema once
                with engine.execution_options(immediate=True, **{DESK_OPTION: name}).begin() as (
                    connection
                ):
                    current = migrations.current_revision(connection)
                    if current != migrations.SCHEMA:
                        migrations.upgrade(connection)
                    if current is None:
                        created = True
                        with Session(connection) as session:
                            seed_building(session)
                            session.flush()
    except BaseException:
        engine.dispose()
        raise
    written_to = not created and location.url.query.get("mode") != "ro"
    if path is not None and written_to and not taken_on(_folder(path), path, backup_time().date()):
        trouble = automatic_backup(path, _folder(path), Reason.DAILY)  # the day's first opening
        warnings += [trouble] if trouble else []
    return Database(engine, shown, name, created=created, path=path, warnings=warnings)


def _folder(path: Path) -> Path:
    return backup_folder(path, backup_folder_chosen())


def _back_up_before_upgrade(path: Path, shown: str) -> None:
    """An older file is upgraded only once it is backed up: if it cannot be, it is left
    as it is, and the reason is told."""
    try:
        take_backup(path, _folder(path), Reason.UPGRADE)
    except DomainError as error:
        reason = Localised(error.text("ko"), error.text("en"))
        raise DomainError("db_upgrade_unbacked", path=shown, reason=reason) from None


def check_login(db: str) -> None:
    """Whether a server's database takes this login, writing nothing (a DomainError says
    why not): asked before a password is kept, so that a mistyped one never is."""
    location = resolve(db)
    engine = database_engine(location)
    try:
        with as_domain_errors(location.shown, location.url), engine.connect():
            pass
    finally:
        engine.dispose()


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise DomainError("db_is_folder", path=str(path))
    if path.parent.exists() and not path.parent.is_dir():
        raise DomainError("db_parent_is_file", path=str(path.parent))
    if not path.parent.is_dir():
        raise DomainError("db_folder_missing", path=str(path.parent))
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as file:
            if file.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                raise DomainError("db_not_database", path=str(path))


def _has_foreign_tables(connection: Connection) -> bool:
    """Tables but no migration record: another program's database."""
    return bool(inspect(connection).get_table_names())


def database_engine(location: Location) -> Engine:
    if location.path is None:
        return server.server_engine(location.url, BUSY_TIMEOUT_MS)
    try:
        engine = create_engine(location.url)
    except (ArgumentError, ImportError) as error:
        raise DomainError("db_unreachable", path=location.shown, reason=str(error)) from None
    event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # The driver's own transaction handling would defer BEGIN; ours issues it.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def use_wal(engine: Engine, shown: str) -> None:
    """WAL lets other desks read while one writes; set once in the file, outside a transaction."""
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA journal_mode=WAL")  # type: ignore[union-attr]
    except sqlite3.OperationalError as error:
        if error.sqlite_errorcode & 0xFF == sqlite3.SQLITE_READONLY:
            return  # a read-only file keeps its journal; opening it is for reading
        if error.sqlite_errorcode & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            # Another program holds the file in its old journal mode: nothing was changed.
            raise DomainError("db_locked", path=shown) from None
        raise
    finally:
        raw.close()


def _sqlite_begin(connection: Connection) -> None:
    immediate = connection.get_execution_options().get("immediate", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _writable(engine: Engine) -> bool:
    """Asked without waiting: another desk writing now means the file takes writes."""
    raw = engine.raw_connection()
    try:
        sqlite = raw.driver_connection
        assert isinstance(sqlite, sqlite3.Connection)
        sqlite.execute("PRAGMA busy_timeout=0")
        try:
            sqlite.execute("BEGIN IMMEDIATE")
            version = sqlite.execute("PRAGMA user_version").fetchone()[0]
            sqlite.execute(f"PRAGMA user_version={int(version)}")
        except sqlite3.OperationalError as error:
            primary = error.sqlite_errorcode & 0xFF
            if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                return True
            if primary == sqlite3.SQLITE_READONLY:
                return False
            raise
        finally:
            if sqlite.in_transaction:
                sqlite.execute("ROLLBACK")
            sqlite.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    finally:
        raw.close()
    return True


# SQLite's primary result codes (the low byte of an extended code) a person can act on.
SQLITE_REFUSALS = {
    sqlite3.SQLITE_BUSY: "db_locked",
    sqlite3.SQLITE_LOCKED: "db_locked",
    sqlite3.SQLITE_READONLY: "db_read_only",
    sqlite3.SQLITE_PERM: "db_read_only",
    sqlite3.SQLITE_FULL: "db_full",
    sqlite3.SQLITE_CANTOPEN: "db_cannot_open",
    sqlite3.SQLITE_IOERR: "db_cannot_open",
    sqlite3.SQLITE_NOTADB: "db_not_database",
    sqlite3.SQLITE_CORRUPT: "db_not_database",
}
READONLY_DIRECTORY = 1544  # SQLITE_READONLY_DIRECTORY: the folder takes no -wal/-shm file


def _sqlite_code(error: DatabaseError | sqlite3.Error) -> int | None:
    """SQLite's extended result code of an error (None from another database)."""
    cause = error.orig if isinstance(error, DatabaseError) else error
    code = getattr(cause, "sqlite_errorcode", None)
    return code if isinstance(code, int) else None


@contextmanager
def as_domain_errors(location: str, url: URL | None = None) -> Iterator[None]:
    """Database trouble a person can fix, decided by SQLite's result code or the
    server's SQLSTATE (never by the wording of a message): locked, read-only, full,
    unreachable, not a database, a refused login."""
    try:
        yield
    except (DatabaseError, sqlite3.Error) as error:
        code = _sqlite_code(error)
        if code is None:
            cause = error.orig if isinstance(error, DatabaseError) else error
            refusal = server.server_refusal(cause)
            reason = server.first_line(cause)
            if refusal is None and isinstance(error, OperationalError):
                if url is not None and url.get_backend_name() == "postgresql":
                    refusal, reason = server.connect_refusal(url, cause)
                else:
                    refusal = "db_unreachable"
            if refusal is None:
                raise
            raise DomainError(refusal, path=location, reason=reason) from None
        if code == READONLY_DIRECTORY:
            raise DomainError("db_folder_read_only", path=location) from None
        refusal = SQLITE_REFUSALS.get(code & 0xFF)
        if refusal is None:
            raise
        raise DomainError(refusal, path=location) from None
