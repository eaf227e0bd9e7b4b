"""The change history: what an entry says, how entries are chained, and how a chain is
checked for an entry altered, removed or inserted after it was written.

Each entry's hash covers its own stored text and the previous entry's hash, so an
entry changed in place, taken out or slipped in breaks the chain at that entry; a
history rewritten wholesale from some entry on disagrees with the newest hash printed
on paper and kept with every backup.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum, StrEnum
from typing import Any

from incubator_app.domain.errors import DomainError
from incubator_app.domain.stamps import Kind

GENESIS = "0" * 64  # what the first entry names as the hash before it
AT_FORMAT = "%Y-%m-%dT%H:%M:%S"  # an entry's time as hashed (UTC, as stored)
SHOWN_HASH = 16  # hex digits of a hash shown on paper: enough to tell two apart

# Kept by every record for itself (``Stamped``): the entry's own when and who.
STAMP_FIELDS = frozenset({"version", "created_at", "created_by", "changed_at", "changed_by"})
# What names a record besides its ID, kept in every entry about it.
IDENTITY: dict[Kind, tuple[str, ...]] = {
    Kind.TENANT: ("name", "brn"),
    Kind.LEASE: ("tenant_id", "space_id", "start_date"),
    Kind.SPACE: ("number",),
    Kind.BOOKING: ("space_id", "start_at"),
    Kind.SETTING: (),
    Kind.CHARGE: ("lease_id", "month", "adjustment"),
    Kind.PAYMENT: ("tenant_id", "paid_on", "amount"),
    Kind.DEPOSIT: ("lease_id", "amount"),
    Kind.SETTLEMENT: ("lease_id",),
    Kind.STATION: (),
}
RENEWAL = "renewal"  # the lease that continues this one, as a renewed lease's entry says


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    MOVE_OUT = "move_out"  # a lease's move-out recorded or corrected
    CANCEL = "cancel"  # a lease withdrawn before it began
    RENEW = "renew"  # a lease continued by a renewal signed now
    RENEWAL_WITHDRAWN = "renewal_withdrawn"  # ... whose renewal was withdrawn
    RESTORE = "restore"  # every record replaced by a backup's


Value = str | int | bool | None
Values = dict[str, Value]


def plain(value: object) -> Value:
    """A field's value as the history keeps it: text, a whole number, a truth or nothing."""
    if isinstance(value, Enum):
        return str(value.value)
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, time):
        return value.isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"no history form for {type(value).__name__}")


@dataclass(frozen=True)
class Draft:
    """An entry before it is numbered, timed and chained."""

    kind: Kind
    record_id: str
    action: Action
    before: Values | None
    after: Values | None


def created(kind: Kind, record_id: object, values: Mapping[str, object]) -> Draft:
    return Draft(kind, str(record_id), Action.CREATE, None, _kept(values))


def removed(kind: Kind, record_id: object, values: Mapping[str, object]) -> Draft:
    action = Action.CANCEL if kind is Kind.LEASE else Action.DELETE
    return Draft(kind, str(record_id), action, _kept(values), None)


def changed(
    kind: Kind,
    record_id: object,
    before: Mapping[str, object],
    after: Mapping[str, object],
    identity: Mapping[str, object],
) -> Draft | None:
    """The fields whose values differ, plus what identifies the record (None: no change)."""
    old, new = _kept(before), _kept(after)
    fields = [key for key in new if old.get(key) != new[key]]
    if not fields:
        return None
    named = {key: plain(value) for key, value in identity.items() if key in IDENTITY[kind]}
    moved_out = kind is Kind.LEASE and new.get("terminated_on") not in (
        None,
        old.get("terminated_on"),
    )
    cancelled = kind is Kind.PAYMENT and new.get("cancel_reason") is not None
    action = Action.MOVE_OUT if moved_out else Action.CANCEL if cancelled else Action.UPDATE
    return Draft(
        kind,
        str(record_id),
        action,
        {**named, **{key: old.get(key) for key in fields}},
        {**named, **{key: new[key] for key in fields}},
    )


def renewal_link(
    renewed: object, renewal: object, identity: Mapping[str, object], *, withdrawn: bool = False
) -> Draft:
    """The entry a renewed lease gets when its renewal is signed (or withdrawn);
    ``identity``: the renewal's, whose tenant and room are the renewed lease's too."""
    named = {key: plain(identity[key]) for key in ("tenant_id", "space_id") if key in identity}
    signed: Values = {**named, RENEWAL: int(str(renewal))}
    unsigned: Values = {**named, RENEWAL: None}
    if withdrawn:
        return Draft(Kind.LEASE, str(renewed), Action.RENEWAL_WITHDRAWN, signed, unsigned)
    return Draft(Kind.LEASE, str(renewed), Action.RENEW, unsigned, signed)


STATION_ID = "1"  # the one station a database holds


def restored(replaced: Head, backup: str, now: Head, safety: str) -> Draft:
    """The entry a restore appends to the restored history: which backup, where the
    replaced history had reached and where it was kept (the safety backup)."""
    return Draft(
        Kind.STATION,
        STATION_ID,
        Action.RESTORE,
        {"history": replaced.count, "hash": replaced.hash, "safety_backup": safety},
        {"history": now.count, "hash": now.hash, "restored_from": backup},
    )


def _kept(values: Mapping[str, object]) -> Values:
    return {key: plain(value) for key, value in values.items() if key not in STAMP_FIELDS}


def as_text(values: Values | None) -> str | None:
    """The stored (and hashed) text of an entry's values: keys sorted, Korean as is."""
    if values is None:
        return None
    return json.dumps(values, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def as_values(text: str | None) -> Values | None:
    return None if text is None else json.loads(text)


@dataclass(frozen=True)
class Link:
    """An entry as stored: every column its hash covers, the hash before it and its own."""

    id: int
    at: datetime  # UTC
    by: str
    action: str
    kind: str
    record_id: str
    before: str | None
    after: str | None
    source: str | None
    previous: str
    hash: str

    def digest(self) -> str:
        """What this entry's hash must be, computed from its stored content."""
        return entry_hash(vars(self))


HASHED = ("id", "at", "by", "action", "kind", "record_id", "before", "after", "source", "previous")


def entry_hash(entry: Mapping[str, Any]) -> str:
    """SHA-256 of an entry's stored columns (its time as UTC text) and the hash before it."""
    content = [entry[key] for key in HASHED]
    content[1] = entry["at"].strftime(AT_FORMAT)
    text = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Head:
    """The newest entry: how many there are, and the hash that vouches for all of them."""

    count: int
    hash: str

    @property
    def shown(self) -> str:
        """``#1234 3f9a0c…`` as printed in a document's footer."""
        return f"#{self.count} {self.hash[:SHOWN_HASH]}"


EMPTY = Head(0, GENESIS)


def check_chain(links: Iterable[Link]) -> Head:
    """Walk the entries in order; the head when every link holds, else a refusal
    naming the first entry altered, removed or inserted."""
    head = EMPTY
    for link in links:
        expected = head.count + 1
        if link.id > expected:
            raise DomainError("history_removed", entry=expected)
        if link.digest() != link.hash:
            raise DomainError("history_altered", entry=link.id)
        if link.id < expected or link.previous != head.hash:
            # each is whole on its own: the one before was rewritten, or this one slipped in
            raise DomainError("history_inserted", entry=link.id, before=head.count)
        head = Head(link.id, link.hash)
    return head
