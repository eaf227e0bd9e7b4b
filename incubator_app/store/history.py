"""Writing the change history: every flush of a ``Recorded`` session appends what it
changed, in the same transaction (no change without its entry, no entry without its
change), and reading the chain back for a check.

Entries are numbered from the newest one under the station's write lock (SQLite's
``BEGIN IMMEDIATE``, the server's advisory lock); the primary key refuses a second entry
with the same number, so the chain cannot fork even if two writers met. The same on
both databases: the values are JSON text this module writes, and the times are UTC.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, event, insert, inspect, select, text
from sqlalchemy.orm import Session, UOWTransaction

from incubator_app.domain.history import (
    EMPTY,
    Draft,
    Head,
    Link,
    as_text,
    changed,
    created,
    entry_hash,
    removed,
    renewal_link,
)
from incubator_app.domain.stamps import Kind
from incubator_app.store.models import HistoryEntry, Lease, Stamped, utc_now

DESK = "desk"  # session.info: who the entries say made the changes
SOURCE = "source"  # session.info: the file an import's changes came from
BATCH = 5_000  # entries read at a time by a check


class Recorded(Session):
    """A session whose flushes append what they changed to the history."""


def from_file(session: Session, name: str) -> None:
    """Say that what ``session`` writes from now on comes from the file ``name``."""
    session.info[SOURCE] = name


def record(session: Session, drafts: Iterable[Draft]) -> None:
    """Append entries for changes the ORM does not see (rows inserted in bulk)."""
    append(session.connection(), list(drafts), session.info.get(DESK, ""), session.info.get(SOURCE))


def insert_all(
    session: Session, model: type[Stamped], rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Rows of ``model`` inserted in batches, each with its entry in the history (what the
    ORM would have written one by one); the rows as stored, their IDs with them, in no
    particular order (SQLite cannot say which new ID went to which row of a batch)."""
    if not rows:
        return []
    table = model.__table__  # type: ignore[attr-defined]
    stored = [dict(row._mapping) for row in session.execute(insert(table).returning(table), rows)]
    stored.sort(key=lambda row: row["id"])
    kind = Kind(table.name)
    record(session, (created(kind, row["id"], _without_id(row)) for row in stored))
    return stored


def _without_id(row: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in row.items() if key != "id"}


@event.listens_for(Recorded, "after_flush")
def _flushed(session: Session, _context: UOWTransaction) -> None:
    """Attribute history still holds the values before the flush here."""
    record(session, _drafts(session))


def _drafts(session: Session) -> Iterator[Draft]:
    for record in sorted(_stamped(session.new), key=_order):
        yield created(_kind(record), _key(record), _values(record))
        if isinstance(record, Lease) and record.renewal_of_id is not None:
            yield renewal_link(record.renewal_of_id, record.id, _values(record))
    for record in sorted(_stamped(session.dirty), key=_order):
        draft = _change(record)
        if draft is not None:
            yield draft
    for record in sorted(_stamped(session.deleted), key=_order):
        yield removed(_kind(record), _key(record), _values(record))
        if isinstance(record, Lease) and record.renewal_of_id is not None:
            yield renewal_link(record.renewal_of_id, record.id, _values(record), withdrawn=True)


def _stamped(records: Iterable[object]) -> list[Stamped]:
    return [record for record in records if isinstance(record, Stamped)]


def _kind(record: Stamped) -> Kind:
    return Kind(record.__tablename__)  # type: ignore[attr-defined]


def _key(record: Stamped) -> object:
    (key,) = inspect(record).mapper.primary_key_from_instance(record)
    return key


def _order(record: Stamped) -> tuple[str, str]:
    return (_kind(record).value, f"{_key(record)!s:>20}")


def _columns(record: Stamped) -> list[str]:
    return [attribute.key for attribute in inspect(record).mapper.column_attrs]


def _values(record: Stamped) -> dict[str, Any]:
    """Every column but the stamps, as held in memory (nothing is read again)."""
    state = inspect(record)
    key_columns = {column.key for column in state.mapper.primary_key}
    return {
        key: state.dict.get(key)
        for key in _columns(record)
        if key in state.dict and key not in key_columns
    }


def _change(record: Stamped) -> Draft | None:
    state = inspect(record)
    before, after = {}, {}
    for key in _columns(record):
        history = state.attrs[key].history
        if history.added:
            before[key] = history.deleted[0] if history.deleted else None
            after[key] = history.added[0]
    return changed(_kind(record), _key(record), before, after, state.dict)


def append(connection: Connection, drafts: list[Draft], by: str, source: str | None) -> None:
    """Number, time and chain ``drafts`` after the newest entry, and insert them."""
    if not drafts:
        return
    newest = head(connection)
    number, previous = newest.count, newest.hash
    at = utc_now()
    rows = []
    for draft in drafts:
        number += 1
        row: dict[str, Any] = {
            "id": number,
            "at": at,
            "by": by,
            "action": draft.action.value,
            "kind": draft.kind.value,
            "record_id": draft.record_id,
            "before": as_text(draft.before),
            "after": as_text(draft.after),
            "source": source,
            "previous": previous,
        }
        row["hash"] = previous = entry_hash(row)
        rows.append(row)
    connection.execute(insert(HistoryEntry), rows)


@contextmanager
def guard_lifted(connection: Connection) -> Iterator[None]:
    """The history's triggers off for the caller's transaction only (a restore replaces
    every entry): disabled on a server; on SQLite dropped and made again from their own
    text, which the transaction rolls back with everything else if it fails."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("ALTER TABLE history DISABLE TRIGGER USER"))
        yield
        connection.execute(text("ALTER TABLE history ENABLE TRIGGER USER"))
        return
    triggers = connection.execute(
        text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'history'")
    ).all()
    for name, _sql in triggers:
        connection.execute(text(f'DROP TRIGGER "{name}"'))
    yield
    for _name, sql in triggers:
        connection.execute(text(sql))


GUARDS = {  # the triggers migration 0009 made, by database
    "sqlite": ("history_follows", "history_kept_delete", "history_kept_update"),
    "postgresql": ("history_follows", "history_kept", "history_kept_whole"),
}


def unguarded(connection: Connection) -> list[str]:
    """The history's triggers that are missing (or, on a server, switched off)."""
    if connection.dialect.name == "postgresql":
        found = connection.scalars(
            text(
                "SELECT tgname FROM pg_trigger WHERE tgrelid = 'history'::regclass "
                "AND tgenabled <> 'D'"
            )
        )
    else:
        found = connection.scalars(
            text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'history'")
        )
    present = set(found)
    return [name for name in GUARDS[connection.dialect.name] if name not in present]


def head(connection: Connection) -> Head:
    """The newest entry's number and hash (nothing yet: 0 and the genesis hash)."""
    newest = connection.execute(
        select(HistoryEntry.id, HistoryEntry.hash).order_by(HistoryEntry.id.desc()).limit(1)
    ).first()
    return Head(newest.id, newest.hash) if newest else EMPTY


def links(connection: Connection) -> Generator[Link]:
    """Every entry as stored, oldest first, read a batch at a time."""
    statement = select(HistoryEntry).order_by(HistoryEntry.id).execution_options(yield_per=BATCH)
    with connection.execute(statement) as rows:  # closed when the walk stops early, too
        for row in rows:
            yield Link(
                row.id,
                row.at,
                row.by,
                row.action,
                row.kind,
                row.record_id,
                row.before,
                row.after,
                row.source,
                row.previous,
                row.hash,
            )
