"""A PostgreSQL server as the station's database, for several desks at once.

How the same answer comes out on both databases:
- **Locking.** A write takes the station's one write lock when it begins: SQLite's
  ``BEGIN IMMEDIATE``, here a transaction-level advisory lock. Writes queue one
  after another on both, so a check-then-write (a room's lease, a booking's slot, a
  business registration number) sees every row committed before it: sessions run
  READ COMMITTED, where each statement after the lock sees what was committed
  before it (REPEATABLE READ would keep the snapshot taken while waiting). Reads
  never wait. Waiting longer than SQLite's busy timeout is "busy, try again" on both.
- **Time.** Sessions run in UTC, so ``CURRENT_TIMESTAMP`` defaults are stored as
  SQLite stores them; times of day and bookings are Seoul wall time, written by the
  program itself.
- **Sorting.** Every text column compares by code point (``COLLATE "C"``, set by
  migration 0007), as SQLite's default BINARY collation does, whatever locale the
  server's database was created with.
- **Errors** are told apart by SQLSTATE, never by the wording of a message.
"""

from __future__ import annotations

import socket
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL

from incubator_app.store.passwords import saved_password

DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
CONNECT_SECONDS = 5
IDLE_WRITE_MS = 60_000
WRITE_LOCK = 0x57A6  # the advisory lock every write transaction takes ("STAG")


def server_url(url: URL) -> URL:
    """The URL psycopg 3 connects with, whichever PostgreSQL driver name was typed."""
    return url.set(drivername=DRIVER)


def shown(url: URL) -> str:
    """The address a person sees and the window remembers: never a password."""
    return URL.create(
        "postgresql",
        username=url.username,
        host=url.host,
        port=url.port or DEFAULT_PORT,  # one address however it was typed (the keyring's key)
        database=url.database,
    ).render_as_string(hide_password=False)


def server_engine(url: URL, lock_wait_ms: int) -> Engine:
    """An engine whose writes take the station's write lock (see the module's text)."""
    password = _password(url)
    engine = create_engine(
        url.set(password=password),  # None: libpq's own PGPASSWORD or password file
        # the write lock's guarantee needs each statement's own snapshot (see above),
        # whatever the server's database was set to
        isolation_level="READ COMMITTED",
        pool_pre_ping=True,  # a server restarted overnight: reconnect, don't fail
        connect_args={
            "connect_timeout": CONNECT_SECONDS,
            "application_name": "STAG desk",
            # a desk that sleeps or loses its network mid-write frees the lock in a minute
            "options": f"-c timezone=UTC -c lock_timeout={lock_wait_ms} "
            f"-c idle_in_transaction_session_timeout={IDLE_WRITE_MS}",
            "keepalives": 1,
            "keepalives_idle": 30,
        },
    )
    event.listen(engine, "begin", _server_begin)
    return engine


def _password(url: URL) -> str | None:
    """The one typed in the address, else the one kept in the keyring (None: libpq's)."""
    return url.password or saved_password(shown(url))


def first_line(error: object) -> str:
    """What a driver said, in one line (a server's message can run to several)."""
    lines = str(error).strip().splitlines()
    return lines[0] if lines else ""


def _server_begin(connection: Connection) -> None:
    if connection.get_execution_options().get("immediate", False):
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK})


def takes_writes(connection: Connection) -> bool:
    """Whether this login may add a tenant (a read-only role or a standby may not)."""
    return bool(
        connection.execute(
            text(
                "SELECT has_table_privilege('tenant', 'INSERT') "
                "AND NOT pg_is_in_recovery() "
                "AND current_setting('default_transaction_read_only') = 'off'"
            )
        ).scalar()
    )


# SQLSTATE codes and classes a person can act on (PostgreSQL's "Appendix A").
SERVER_REFUSALS = {
    "28": "db_login_refused",  # invalid authorization: user or password
    "3D000": "db_server_missing",  # the database does not exist on the server
    "40001": "db_locked",  # serialization failure: another desk's write came first
    "40P01": "db_locked",  # deadlock
    "55P03": "db_locked",  # lock not available within the wait
    "42501": "db_server_read_only",  # insufficient privilege
    "25006": "db_server_read_only",  # read-only transaction (a standby)
    "53100": "db_full",  # disk full
    "53300": "db_locked",  # too many connections
    "08": "db_unreachable",  # connection exception
    "57P": "db_unreachable",  # shut down, or starting up
}


def connect_refusal(url: URL, cause: Any) -> tuple[str, str]:
    """Why a first connection failed, with the server's own words.

    A failed connection carries no SQLSTATE (libpq reports only text), so the cause is
    found by facts instead: whether the server's port answers at all, whether libpq was
    asked for a password it did not have, and whether the same login opens the server's
    maintenance database (then the named database is what is missing).
    """
    words = first_line(cause)
    try:
        socket.create_connection((url.host or "localhost", url.port or DEFAULT_PORT), 3).close()
    except OSError as error:
        return "db_unreachable", error.strerror or str(error)
    connection = getattr(cause, "pgconn", None)
    if connection is not None and connection.needs_password:
        return "db_password_needed", words
    import psycopg  # the driver itself: only a failed connection is asked about this way

    probe = url.set(drivername="postgresql", database="postgres")
    password = _password(url)
    try:
        psycopg.connect(
            probe.render_as_string(hide_password=False),
            password=password,
            connect_timeout=CONNECT_SECONDS,
        ).close()
    except psycopg.Error:
        return "db_login_refused", words
    return "db_server_missing", words


def server_refusal(error: Any) -> str | None:
    """The message code for a server's error, by its SQLSTATE; None for a bug."""
    state = getattr(error, "sqlstate", None)
    if not isinstance(state, str):
        return None
    for prefix in (state, state[:3], state[:2]):
        if prefix in SERVER_REFUSALS:
            return SERVER_REFUSALS[prefix]
    return None
