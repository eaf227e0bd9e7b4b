"""Reading the change history: a record's entries, the station's entries by period,
desk, kind and text, the check of the whole chain, and its newest hash.

Entries are written by the store (``store.history``) as a session flushes; nothing
here writes.
"""

from __future__ import annotations

from contextlib import closing
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from incubator_app.domain.errors import DomainError, Language
from incubator_app.domain.history import Action, Head, Values, as_values, check_chain
from incubator_app.domain.history_text import (
    Names,
    action_name,
    change_text,
    entry_time,
    record_title,
)
from incubator_app.domain.stamps import Kind, moment
from incubator_app.domain.text import search_text
from incubator_app.services.clock import seoul_time, utc_start
from incubator_app.services.lookup import find_space, find_tenant
from incubator_app.services.stamps import MODELS, NOT_FOUND
from incubator_app.store import history as store
from incubator_app.store.models import HistoryEntry, Space, Tenant


@dataclass(frozen=True)
class Entry:
    """One change: when (Seoul, to the second), which desk, what was done to which
    record, and the fields before and after (None: the record was made, or removed)."""

    id: int
    at: datetime
    by: str
    action: Action
    kind: Kind
    record_id: int | str  # a setting's key; any other record's number
    before: Values | None
    after: Values | None
    source: str | None  # the file an import brought the change from


@dataclass(frozen=True)
class Wanted:
    """Which entries: one record's, or the station's narrowed by period, desk, kind, text."""

    kind: Kind | None = None
    record_id: int | str | None = None
    since: date | None = None  # Seoul days, both ends included
    until: date | None = None
    by: str | None = None
    text: str | None = None


def history(
    session: Session, wanted: Wanted = Wanted(), *, newest_first: bool = False, limit: int = 0
) -> list[Entry]:
    """The entries ``wanted`` names, oldest first (``limit``: at most that many, newest)."""
    if wanted.since and wanted.until and wanted.since > wanted.until:
        raise DomainError(
            "history_period_reversed",
            field="since",
            since=wanted.since.isoformat(),
            until=wanted.until.isoformat(),
        )
    query = select(HistoryEntry).where(*_conditions(session, wanted))
    if limit:
        newest = query.order_by(HistoryEntry.id.desc()).limit(limit)
        entries = [_entry(row) for row in session.scalars(newest)]
        return entries if newest_first else entries[::-1]
    order = HistoryEntry.id.desc() if newest_first else HistoryEntry.id
    return [_entry(row) for row in session.scalars(query.order_by(order))]


def count(session: Session, wanted: Wanted = Wanted()) -> int:
    return (
        session.scalar(select(func.count(HistoryEntry.id)).where(*_conditions(session, wanted)))
        or 0
    )


def record_history(
    session: Session, kind: Kind, key: str | int, wanted: Wanted = Wanted()
) -> list[Entry]:
    """A record's entries, oldest first, by the key a person gives: a tenant's BRN or ID,
    a room's number, a lease's or booking's ID (one withdrawn since keeps its history).
    Settings have no record key here: their entries are read by kind."""
    record_id = _record_id(session, kind, key)
    if session.get(MODELS[kind], record_id) is None and not count(session, Wanted(kind, record_id)):
        raise DomainError(NOT_FOUND[kind], value=key)
    return history(session, replace(wanted, kind=kind, record_id=record_id))


def _record_id(session: Session, kind: Kind, key: str | int) -> int | str:
    if kind is Kind.TENANT:
        return find_tenant(session, key).id
    if kind is Kind.SPACE:
        return find_space(session, str(key)).id
    if isinstance(key, int):
        return key
    if not key.strip().isdigit():
        raise DomainError(NOT_FOUND[kind], value=key)
    return int(key)


def _conditions(session: Session, wanted: Wanted) -> list[ColumnElement[bool]]:
    conditions = []
    if wanted.kind is not None:
        conditions.append(HistoryEntry.kind == wanted.kind.value)
    if wanted.record_id is not None:
        conditions.append(HistoryEntry.record_id == str(wanted.record_id))
    if wanted.since is not None:
        conditions.append(HistoryEntry.at >= utc_start(wanted.since))
    if wanted.until is not None:
        conditions.append(HistoryEntry.at < utc_start(wanted.until + timedelta(days=1)))
    if wanted.by:
        conditions.append(HistoryEntry.by == wanted.by)
    text = search_text(wanted.text or "")
    if text:
        conditions.append(or_(*_saying(session, text)))
    return conditions


NAMED_AT_MOST = 50  # tenants or rooms a search names: enough for what a person types


def _saying(session: Session, text: str) -> list[ColumnElement[bool]]:
    """Entries whose text holds ``text``, or whose record names a tenant or a room that
    does, as the page shows them ("계약 #66 · 주식회사 빛고을랩스 · 401")."""
    said = [
        column.icontains(text, autoescape=True)
        for column in (
            HistoryEntry.before,
            HistoryEntry.after,
            HistoryEntry.by,
            HistoryEntry.source,
        )
    ]
    for kind, key, model, named in (
        (Kind.TENANT, "tenant_id", Tenant, Tenant.name.icontains(text, autoescape=True)),
        (Kind.SPACE, "space_id", Space, Space.number == text),
    ):
        ids = list(session.scalars(select(model.id).where(named).limit(NAMED_AT_MOST)))
        if not ids:
            continue
        said.append(
            and_(HistoryEntry.kind == kind.value, HistoryEntry.record_id.in_(map(str, ids)))
        )
        for record_id in ids:  # the values' text as ``as_text`` writes it
            for end in (",", "}"):
                pattern = f'%"{key}":{record_id}{end}%'
                said += [HistoryEntry.before.like(pattern), HistoryEntry.after.like(pattern)]
    return said


def _entry(row: HistoryEntry) -> Entry:
    kind = Kind(row.kind)
    return Entry(
        row.id,
        seoul_time(row.at),
        row.by,
        Action(row.action),
        kind,
        row.record_id if kind is Kind.SETTING else int(row.record_id),
        as_values(row.before),
        as_values(row.after),
        row.source,
    )


def desks(session: Session) -> list[str]:
    """Every desk that has made a change, for a filter's choices."""
    return list(session.scalars(select(HistoryEntry.by).distinct().order_by(HistoryEntry.by)))


def verify_history(session: Session) -> Head:
    """Walk the whole chain: its head, or a refusal naming the first entry altered,
    removed or inserted; then the database's guard of it, which must all be in place."""
    connection = session.connection()
    with closing(store.links(connection)) as links:
        checked = check_chain(links)
    missing = store.unguarded(connection)
    if missing:
        raise DomainError("history_unguarded", triggers=", ".join(missing))
    return checked


def check_kept(session: Session, kept: list[tuple[str, datetime, Head]]) -> None:
    """The history still holds each backup's newest entry (``kept``: where the backup is,
    when it was taken, and the head it carries) as the backup has it, unless a restore
    after it went back to before that entry; a history rewritten wholesale is refused
    naming the backup it disagrees with (paper carries the same heads, to compare)."""
    newest = history_head(session)
    restores = [
        (entry.at, int((entry.after or {}).get("history") or 0))
        for entry in history(session, Wanted(kind=Kind.STATION))
        if entry.action is Action.RESTORE
    ]
    for where, taken, head in kept:
        went_back = any(at >= taken and point < head.count for at, point in restores)
        if head.count == 0 or went_back:
            continue
        stored = session.scalar(select(HistoryEntry.hash).where(HistoryEntry.id == head.count))
        if head.count > newest.count or stored != head.hash:
            raise DomainError("history_disagrees", entry=head.count, path=where)


def history_head(session: Session) -> Head:
    """The newest entry's number and hash, as documents and backups carry it."""
    return store.head(session.connection())


def names_in(session: Session, entries: list[Entry]) -> Names:
    """The names the entries' tenant and room IDs stand for, read once for all of them."""
    tenant_ids: set[object] = set()
    for entry in entries:
        for values in (entry.before, entry.after):
            tenant_ids.add((values or {}).get("tenant_id"))
        if entry.kind is Kind.TENANT:
            tenant_ids.add(entry.record_id)
    tenants: dict[int, str] = {}
    for part in _parts(tenant_ids):
        found = session.execute(select(Tenant.id, Tenant.name).where(Tenant.id.in_(part)))
        tenants.update((tenant_id, name) for tenant_id, name in found)
    rooms = {  # a building's few, read whole
        space_id: number for space_id, number in session.execute(select(Space.id, Space.number))
    }
    return Names(tenants, rooms)


def _parts(found: set[object], size: int = 5_000) -> list[list[int]]:
    """The IDs among ``found``, a few thousand at a time (a statement's parameters are few)."""
    ids = sorted(value for value in found if isinstance(value, int))
    return [ids[start : start + size] for start in range(0, len(ids), size)]


def cells(entry: Entry, names: Names, language: Language) -> tuple[str, ...]:
    """An entry under ``HISTORY_HEADINGS``: the window's page, its Excel file, the
    command line's table."""
    return (
        str(entry.id),
        entry_time(entry.at, language),
        entry.by,
        action_name(entry.action, language),
        record_title(entry.kind, entry.record_id, entry.after or entry.before, language, names),
        entry.source or "",
        change_text(entry.kind, entry.action, entry.before, entry.after, language, names),
    )


def line(entry: Entry, names: Names, language: Language) -> str:
    """ "김매니저 · 2026. 12. 3. 14:03 · 월임대료 200,000원 → 220,000원", as a record's
    이력 tab lists it (what was done named unless it is a plain correction)."""
    change = change_text(entry.kind, entry.action, entry.before, entry.after, language, names)
    if entry.action is not Action.UPDATE:
        change = f"{action_name(entry.action, language)}: {change}"
    return f"{entry.by} · {moment(entry.at).text(language)} · {change}"
