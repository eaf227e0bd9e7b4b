"""What other desks changed: each kind of record counts its changes, and a window asks
which kinds another desk changed since it last asked.

The counts (``change_serial``, one row per table) are raised by the database itself
(migration 0008's triggers), whatever statement wrote the rows. A desk remembers the
counts its own writes raised (``OwnChanges``): its window already read again after its
own save, so those are not told twice.

How each database says "something was committed" without reading the counts every
time it is asked:

- SQLite: ``PRAGMA data_version`` on the watch's own connection changes when any other
  connection commits to the file (another desk, or this desk's other connections).
- PostgreSQL: the trigger's ``NOTIFY stag_change`` reaches the watch's ``LISTEN``ing
  connection when the writing transaction commits, and never before.

Either way the counts are then read, and only counts raised by someone else are told.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from contextlib import suppress
from typing import Any

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from incubator_app.domain.stamps import TABLES, Kind

CHANNEL = "stag_change"
READ_SERIALS = "SELECT kind, serial FROM change_serial"
RETRY_S = 10.0  # between tries to open a watch's connection


def serials(connection: Connection) -> dict[str, int]:
    """Every kind's count of changes, as this transaction sees them."""
    return {kind: int(serial) for kind, serial in connection.execute(text(READ_SERIALS))}


class OwnChanges:
    """The counts this desk's writes raised, per kind, until its watch has seen them.

    Writes are serialised by the station's write lock, so every count a write transaction
    raised (from what it read after taking the lock to what it reads before committing)
    is its own.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()  # a write may run on a worker thread
        self._serials: dict[str, set[int]] = {kind: set() for kind in TABLES}
        self.watched = False  # no watch, nothing to remember (the command line)

    def add(self, before: dict[str, int], after: dict[str, int]) -> None:
        with self._lock:
            for kind, serial in after.items():
                self._serials.setdefault(kind, set()).update(_raised(before, kind, serial))

    def discard(self, before: dict[str, int], after: dict[str, int]) -> None:
        """A write that did not commit: its counts were never raised."""
        with self._lock:
            for kind, serial in after.items():
                self._serials.setdefault(kind, set()).difference_update(
                    _raised(before, kind, serial)
                )

    def others(self, kind: str, known: int, now: int) -> bool:
        """Whether any count in (known, now] is not this desk's; forgets those counts."""
        with self._lock:
            own = self._serials.setdefault(kind, set())
            other = any(serial not in own for serial in range(known + 1, now + 1))
            own.difference_update(range(known + 1, now + 1))
            return other


def _raised(before: dict[str, int], kind: str, serial: int) -> range:
    return range(before.get(kind, 0) + 1, serial + 1)


class Watch:
    """One window's look-out on its database: a connection of its own (closed by
    ``close``) and the counts it last saw.

    ``changed()`` costs one cheap call when nothing was committed, so a window may ask
    every second (from a thread of its own: opening a connection to a server that does
    not answer waits). A connection that cannot be opened, or is lost (a server
    restarted, a network drop), is tried again ``RETRY_S`` later, and what changed
    meanwhile is told then.
    """

    def __init__(self, engine: Engine, own: OwnChanges) -> None:
        self._engine, self._own = engine, own
        own.watched = True
        self._server = engine.dialect.name == "postgresql"
        self._errors: tuple[type[Exception], ...] = (DBAPIError, sqlite3.Error)
        if self._server:
            import psycopg  # the driver itself, for its notices

            self._errors += (psycopg.Error,)
        self._driver: Any = None  # sqlite3's connection, or psycopg's
        self._version = 0
        self._retry_at = 0.0
        self._known: dict[str, int] | None = None  # None: no count read yet
        self.changed()

    def changed(self) -> frozenset[Kind]:
        """The kinds of record another desk committed changes to since the last call."""
        try:
            if self._driver is None:
                if time.monotonic() < self._retry_at:
                    return frozenset()
                self._connect()
            elif not self._committed():
                return frozenset()
            now = self._serials()
        except self._errors:
            self.close()
            self._retry_at = time.monotonic() + RETRY_S
            return frozenset()
        if self._known is None:
            self._known = now
        changed = frozenset(
            Kind(kind)
            for kind, serial in now.items()
            if serial != self._known.get(kind, 0)
            and (
                serial < self._known.get(kind, 0)  # a restored backup counts from its own day
                or self._own.others(kind, self._known.get(kind, 0), serial)
            )
        )
        self._known = now
        return changed

    def close(self) -> None:
        if self._driver is not None:
            driver, self._driver = self._driver, None
            with suppress(*self._errors):
                driver.close()

    def _connect(self) -> None:
        raw = self._engine.raw_connection()
        driver = raw.driver_connection
        assert driver is not None
        raw.detach()  # LISTEN and autocommit stay with this connection, never the pool's
        if self._server:
            driver.autocommit = True
            driver.execute(f"LISTEN {CHANNEL}")
        else:
            self._version = _data_version(driver)
        self._driver = driver

    def _committed(self) -> bool:
        """Whether anyone committed since the last look (this desk's other connections too)."""
        if self._server:
            return bool(list(self._driver.notifies(timeout=0)))  # every notice that has come
        version, self._version = self._version, _data_version(self._driver)
        return version != self._version

    def _serials(self) -> dict[str, int]:
        cursor = self._driver.execute(READ_SERIALS)
        try:
            return {kind: int(serial) for kind, serial in cursor.fetchall()}
        finally:
            cursor.close()


def _data_version(driver: Any) -> int:
    return int(driver.execute("PRAGMA data_version").fetchone()[0])
