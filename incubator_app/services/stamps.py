"""A record's stamp (its version, who made it and who changed it last) for a dialog to
show, and the check that a save was made from what is stored now."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from incubator_app.domain.errors import DomainError
from incubator_app.domain.stamps import Kind, Stamp, check_unchanged
from incubator_app.services.clock import seoul_time
from incubator_app.store.models import (
    Booking,
    Charge,
    DepositReceipt,
    Lease,
    Payment,
    Settlement,
    Space,
    Stamped,
    Tenant,
)

MODELS: dict[Kind, type[Stamped]] = {
    Kind.TENANT: Tenant,
    Kind.LEASE: Lease,
    Kind.SPACE: Space,
    Kind.BOOKING: Booking,
    Kind.CHARGE: Charge,
    Kind.PAYMENT: Payment,
    Kind.DEPOSIT: DepositReceipt,
    Kind.SETTLEMENT: Settlement,
}
NOT_FOUND = {
    Kind.TENANT: "tenant_not_found",
    Kind.LEASE: "lease_not_found",
    Kind.SPACE: "room_not_found",
    Kind.BOOKING: "booking_not_found",
    Kind.CHARGE: "charge_not_found",
    Kind.PAYMENT: "payment_not_found",
    Kind.DEPOSIT: "deposit_not_found",
    Kind.SETTLEMENT: "settlement_not_found",
}


def read_stamp(session: Session, kind: Kind, record_id: int) -> Stamp:
    """Who made the record and who changed it last, for a dialog's signature line."""
    record = session.get(MODELS[kind], record_id)
    if record is None:
        raise DomainError(NOT_FOUND[kind], value=record_id)
    return stamp_of(record)


def _seoul(at: datetime | None) -> datetime | None:
    return None if at is None else seoul_time(at)


def stamp_of(record: Stamped) -> Stamp:
    """A stored record's stamp, its times on Seoul's wall clock."""
    return Stamp(
        record.version,
        record.created_by,
        _seoul(record.created_at),
        record.changed_by,
        _seoul(record.changed_at),
    )


def check_seen(record: Stamped, seen: int | None) -> None:
    """Refuse the save if ``record`` changed since version ``seen`` was read (None: the
    caller read it in this same transaction, as the command line and imports do)."""
    check_unchanged(stamp_of(record), seen)
