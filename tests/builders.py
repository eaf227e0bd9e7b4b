"""Small builders for test data: real rows through the real services."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import date
from itertools import count
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app.domain.errors import DomainError
from incubator_app.domain.identifiers import EntityType, brn_check_digit, format_brn
from incubator_app.services.lease_lists import LeaseView
from incubator_app.services.leases import LeaseInput, create_lease
from incubator_app.services.tenants import TenantInput, TenantView, create_tenant
from incubator_app.store.database import Database, open_database
from incubator_app.store.models import Lease, Tenant

TODAY = date(2026, 3, 2)
_serial = count(1)


def valid_brn(middle: str = "81") -> str:
    """A fresh, valid BRN with the given entity digits, formatted."""
    first = f"124{middle}{next(_serial):04d}"
    return format_brn(first + str(brn_check_digit(first)))


def make_tenant(
    session: Session,
    name: str | None = None,
    entity: EntityType = EntityType.CORPORATION,
    started_on: date | None = date(2025, 1, 2),
    brn: str | None = None,
    **extra: object,
) -> TenantView:
    if entity is EntityType.PRE_FOUNDER:
        started_on, brn = None, None
    elif brn is None:
        brn = valid_brn("81" if entity is EntityType.CORPORATION else "01")
    data = TenantInput(
        name=name or f"테스트기업 {next(_serial)}",
        entity=entity,
        brn=brn,
        started_on=started_on,
        **extra,  # type: ignore[arg-type]
    )
    return create_tenant(session, data, today=TODAY)


def make_lease(
    session: Session,
    tenant: TenantView,
    room: str = "301",
    start: date = date(2025, 4, 1),
    end: date | None = None,
    **extra: object,
) -> LeaseView:
    return create_lease(
        session,
        LeaseInput(tenant=str(tenant.id), room=room, start=start, end=end, **extra),  # type: ignore[arg-type]
    )


@contextmanager
def held_by_another_program(path: Path) -> Iterator[None]:
    """Another program holding the file exclusively (as a DB browser mid-edit does)."""
    with closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute("pragma locking_mode=exclusive")
        other.execute("begin exclusive")
        other.execute("update space set name = name")
        yield
        other.execute("rollback")


def counts(db: Database) -> tuple[int, int]:
    """Tenants and leases in the database, to show a refusal wrote nothing."""
    with db.session() as s:
        return s.scalar(select(func.count(Tenant.id))) or 0, s.scalar(
            select(func.count(Lease.id))
        ) or 0


def refusal(db: Database, action: Callable[[Session], object]) -> DomainError:
    """The DomainError ``action`` raises in a write session, after checking nothing was kept."""
    before = counts(db)
    with pytest.raises(DomainError) as caught, db.session(write=True) as s:
        action(s)
    assert counts(db) == before
    return caught.value


@contextmanager
def write_lock_held(location: str) -> Iterator[None]:
    """Another desk in the middle of a write: it holds the station's write lock until the
    block ends (readers go on reading)."""
    other = open_database(location)
    try:
        with other.session(write=True) as s:
            s.execute(select(1))  # the write lock is taken as the transaction begins
            yield
    finally:
        other.dispose()


class Kept(KeyringBackend):
    """The operating system's password store, as a test computer has none: a real
    backend of the keyring library holding its passwords in memory."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)
