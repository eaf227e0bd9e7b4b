"""Moving a station: every record of one database into a new, empty one (an SQLite file
to a PostgreSQL server, and back), keeping every id, then proved equal.

The target's schema is made by the same migrations, then each table is copied in the
order its foreign keys need, in one transaction on the target: a copy stopped half-way
leaves no half-filled database (a new file is removed). Before it commits, each table's
rows are counted and hashed on both sides, row by row in id order, from the values as
the program reads them (so an SQLite file and a server hash alike); any difference and
nothing is kept. The next id each table gives is carried over too: an id once given
(a withdrawn lease's) is never given again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, Table, delete, func, insert, inspect, select, text

from incubator_app.domain.errors import DomainError
from incubator_app.store import migrations
from incubator_app.store.database import (
    Database,
    as_domain_errors,
    database_engine,
    resolve,
    use_wal,
)
from incubator_app.store.history import guard_lifted
from incubator_app.store.models import Base, ChangeSerial

BATCH = 5_000  # rows read and written at a time: a station of 100k tenants in steady memory
NOT_RECORDS = {ChangeSerial.__tablename__}  # each database's own counts of changes


@dataclass(frozen=True)
class TableCopy:
    """One table as copied: its rows, and the checksum both sides agreed on."""

    name: str
    rows: int
    checksum: str  # SHA-256 of the rows in id order, the same on both sides


def records() -> list[Table]:
    """The tables that hold the station's records, parents before children."""
    return [t for t in Base.metadata.sorted_tables if t.name not in NOT_RECORDS]


@dataclass(frozen=True)
class Copied:
    """Where from, where to, and every table as proved equal."""

    source: str
    target: str
    tables: list[TableCopy]


def copy_database(source: Database, target: str) -> Copied:
    """Every record of ``source`` into the new, empty database ``target`` (a file that
    does not exist yet or is empty, or an empty server database), proved equal."""
    location = resolve(target)
    shown, path = location.shown, location.path
    if shown == source.location:
        raise DomainError("copy_target_is_source", path=shown)
    if path is not None:
        if path.is_dir():
            raise DomainError("path_is_folder", path=shown)
        if not path.parent.is_dir():
            raise DomainError("export_folder_missing", path=str(path.parent))
        if path.exists() and path.stat().st_size > 0:
            raise DomainError("copy_target_not_empty", path=shown)
    made = path is not None and (not path.exists() or path.stat().st_size == 0)
    engine = database_engine(location)
    try:
        with as_domain_errors(shown, location.url):
            if path is not None:
                use_wal(engine, shown)
            with _snapshot(source) as reading, engine.begin() as writing:
                check_empty(writing, shown)
                copied = copy_records(reading, writing)
    except BaseException:
        engine.dispose()
        if made and path is not None:
            for suffix in ("", "-wal", "-shm"):
                with suppress(OSError):  # the copy's own refusal is what to tell
                    path.with_name(path.name + suffix).unlink(missing_ok=True)
        raise
    engine.dispose()
    return Copied(source.location, shown, copied)


@contextmanager
def _snapshot(source: Database) -> Iterator[Connection]:
    """One read of the whole source: every table as of the same moment (a server's
    default reads each statement afresh; SQLite's read transaction already holds still).

    Only opening it is said to be the source's trouble: what goes wrong while copying
    is the target's, told by the caller with the target's name."""
    with as_domain_errors(source.location):
        connection = source.engine.connect()
        if connection.dialect.name == "postgresql":
            connection = connection.execution_options(isolation_level="REPEATABLE READ")
        transaction = connection.begin()
    try:
        yield connection
    finally:
        transaction.rollback()
        connection.close()


def check_empty(connection: Connection, shown: str) -> None:
    """A target holding any table (ours or another program's) is refused untouched."""
    if inspect(connection).get_table_names():
        raise DomainError("copy_target_not_empty", path=shown)


def copy_records(source: Connection, target: Connection) -> list[TableCopy]:
    """Make the schema on the empty ``target`` and copy every record of ``source`` into
    it, inside the caller's transaction; the tables as proved equal."""
    migrations.upgrade(target)
    copied = []
    for table in records():
        for rows in _batches(source, table):
            target.execute(insert(table), rows)
        _carry_next_id(source, target, table)
        theirs, ours = _summary(source, table), _summary(target, table)
        if theirs != ours:
            raise DomainError("copy_differs", table=table.name, rows=theirs.rows, copied=ours.rows)
        copied.append(theirs)
    return copied


def replace_records(source: Connection, target: Connection) -> list[TableCopy]:
    """Every record of ``target`` (a database of the same schema) replaced by ``source``'s,
    inside the caller's transaction, the history's guard lifted for it; proved equal."""
    with guard_lifted(target):
        for table in reversed(records()):
            target.execute(delete(table))
        return copy_records(source, target)


def _batches(connection: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    result = connection.execute(_in_id_order(table))
    for part in result.mappings().partitions(BATCH):
        yield [dict(row) for row in part]


def _in_id_order(table: Table) -> Select[Any]:
    """Every row, streamed (the option is the statement's: the connection also writes)."""
    return select(table).order_by(*table.primary_key.columns).execution_options(yield_per=BATCH)


def _summary(connection: Connection, table: Table) -> TableCopy:
    digest, count = hashlib.sha256(), 0
    for row in connection.execute(_in_id_order(table)):
        digest.update(repr(tuple(_plain(value) for value in row)).encode())
        digest.update(b"\n")
        count += 1
    return TableCopy(table.name, count, digest.hexdigest())


def _plain(value: object) -> object:
    """A value as both databases give it back: dates and times as ISO text, an enum by
    its value; the rest (int, str, bool, Decimal, None) as it is."""
    isoformat = getattr(value, "isoformat", None)
    if isoformat is not None:
        return isoformat()
    return getattr(value, "value", value)


def _carry_next_id(source: Connection, target: Connection, table: Table) -> None:
    """The id the target gives next is the one the source would have given."""
    key = list(table.primary_key.columns)
    if len(key) != 1 or not key[0].autoincrement or key[0].type.python_type is not int:
        return
    used = _next_id_floor(source, table)
    if used == 0:
        return
    if target.dialect.name == "postgresql":
        target.execute(
            text("SELECT setval(pg_get_serial_sequence(:table, :column), :used)"),
            {"table": table.name, "column": key[0].name, "used": used},
        )
    elif table.dialect_options["sqlite"]["autoincrement"]:
        given = {"table": table.name, "used": used}
        if not target.execute(
            text("UPDATE sqlite_sequence SET seq = :used WHERE name = :table"), given
        ).rowcount:
            target.execute(
                text("INSERT INTO sqlite_sequence (name, seq) VALUES (:table, :used)"), given
            )


def _next_id_floor(connection: Connection, table: Table) -> int:
    """The highest id the table has given (SQLite's or the server's own count, which may
    be past the highest id left)."""
    (column,) = table.primary_key.columns
    highest = connection.scalar(select(func.max(column))) or 0
    if connection.dialect.name == "postgresql":
        given = connection.scalar(
            text(
                "SELECT last_value FROM pg_sequences "
                "WHERE quote_ident(schemaname) || '.' || quote_ident(sequencename) "
                "= pg_get_serial_sequence(:table, :column)"
            ),
            {"table": table.name, "column": column.name},
        )
        return max(highest, int(given or 0))
    if table.dialect_options["sqlite"]["autoincrement"]:
        given = connection.scalar(
            text("SELECT seq FROM sqlite_sequence WHERE name = :table"), {"table": table.name}
        )
        return max(highest, int(given or 0))
    return int(highest)
