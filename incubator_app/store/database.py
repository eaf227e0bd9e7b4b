"""Opening a database: where it is, checks, SQLite pragmas, migrations, first seed.

SQLite pragmas are set here and nowhere else. Every way a file can be wrong
(not a database, another program's, locked, from a newer program) becomes a
``DomainError`` before anything is written.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.orm import Session

from incubator_app.domain.errors import DomainError
from incubator_app.paths import default_database
from incubator_app.store import migrations
from incubator_app.store.backup import backup_copy
from incubator_app.store.seed import seed_building

ENVIRONMENT_VARIABLE = "INCUBATOR_DB"
BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"
PASSWORD = re.compile(r":[^:@/]*@")


@dataclass(frozen=True)
class Database:
    """An opened, migrated database; ``location`` is what to show a person."""

    engine: Engine
    location: str

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """One transaction for one action: committed on success, rolled back on error.

        ``write=True`` takes SQLite's write lock at the start (BEGIN IMMEDIATE), so
        a check-then-insert sees every row committed by another desk.
        """
        bind = self.engine.execution_options(immediate=write)
        with (
            _as_domain_errors(self.location),
            Session(bind, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

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
        """What to tell a person: the file, or the URL without its password."""
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)


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
        try:
            url = make_url(chosen)
        except ArgumentError:
            raise DomainError(
                "db_unreachable", path=PASSWORD.sub(":***@", chosen), reason="URL"
            ) from None
        database = url.database or ""
        sqlite_file = url.get_backend_name() == "sqlite" and database not in ("", ":memory:")
        return Location(url, Path(database).resolve() if sqlite_file else None, named=True)
    path = Path(chosen).expanduser().resolve()
    return Location(_sqlite_url(path), path, named=True)


def _sqlite_url(path: Path) -> URL:
    """A URL built from parts, so that no character of the path is read as URL syntax."""
    return URL.create("sqlite", database=str(path))


def open_database(db: str | None = None, *, create: bool = True) -> Database:
    """Open (migrating, and creating and seeding where allowed) the chosen database.

    ``create=False`` refuses a named file that does not exist yet, so that a
    mistyped path in a scheduled job is an error, not a new empty station.
    """
    location = resolve(db)
    path, shown = location.path, location.shown
    if path is not None:
        _check_file(path)
        if location.named and not create and not path.exists():
            raise DomainError("db_missing", path=shown)
    engine = _engine(location)
    try:
        with _as_domain_errors(shown):
            with engine.connect() as connection:
                current = migrations.current_revision(connection)
                if current is None and _has_foreign_tables(connection):
                    raise DomainError("db_not_database", path=shown)
                if current is not None and not migrations.known(current):
                    raise DomainError("db_newer", path=shown, revision=current)
            if engine.dialect.name == "sqlite":
                _use_wal(engine, shown)
            if current != migrations.SCHEMA:
                if current is not None and path is not None:
                    backup_copy(path, current)
                with engine.begin() as connection:
                    migrations.upgrade(connection)
                    if current is None:
                        with Session(connection) as session:
                            seed_building(session)
                            session.flush()
    except BaseException:
        engine.dispose()
        raise
    return Database(engine, shown)


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise DomainError("db_not_database", path=str(path))
    if not path.parent.is_dir():
        raise DomainError("db_folder_missing", path=str(path.parent))
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as file:
            if file.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                raise DomainError("db_not_database", path=str(path))


def _has_foreign_tables(connection: Connection) -> bool:
    """Tables but no migration record: another program's database."""
    return bool(inspect(connection).get_table_names())


def _engine(location: Location) -> Engine:
    try:
        engine = create_engine(location.url)
    except (ArgumentError, ImportError) as error:
        raise DomainError("db_unreachable", path=location.shown, reason=str(error)) from None
    if engine.dialect.name == "sqlite":
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


def _use_wal(engine: Engine, shown: str) -> None:
    """WAL lets other desks read while one writes; set once in the file, outside a transaction."""
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA journal_mode=WAL")  # type: ignore[union-attr]
    except sqlite3.OperationalError:
        # Another program holds the file in its old journal mode: nothing was changed.
        raise DomainError("db_locked", path=shown) from None
    finally:
        raw.close()


def _sqlite_begin(connection: Connection) -> None:
    immediate = connection.get_execution_options().get("immediate", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@contextmanager
def _as_domain_errors(location: str) -> Iterator[None]:
    """Database trouble a person can fix (locked, not a database) as a DomainError."""
    try:
        yield
    except OperationalError as error:
        text = str(error.orig).lower()
        if "locked" in text or "busy" in text:
            raise DomainError("db_locked", path=location) from None
        if "unable to open" in text or "connect" in text:
            raise DomainError("db_unreachable", path=location, reason=str(error.orig)) from None
        raise
    except DatabaseError as error:
        text = str(error.orig).lower()
        if "not a database" in text or "encrypted" in text or "malformed" in text:
            raise DomainError("db_not_database", path=location) from None
        raise
