"""SQLAlchemy 2 typed models of the building, tenants, leases and settings."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Annotated, Any
from uuid import uuid4

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    ColumnElement,
    Dialect,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    TypeDecorator,
    and_,
    func,
    text,
    types,
)
from sqlalchemy.engine.interfaces import ExecutionContext
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship
from sqlalchemy.types import TypeEngine

from incubator_app.domain.billing import Method
from incubator_app.domain.bookings import DEFAULT_CLOSES, DEFAULT_OPENS, BookingStatus
from incubator_app.domain.building import SpaceKind
from incubator_app.domain.identifiers import EntityType
from incubator_app.domain.periods import Period
from incubator_app.domain.stamps import DESK_NAME_LENGTH

HISTORY_SOURCE_LENGTH = 260  # an imported file's name


class SquareMetres(TypeDecorator[Decimal]):
    """㎡ kept exact: stored as whole hundredths, read back as a two-place Decimal."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        hundredths = value * 100
        if hundredths != hundredths.to_integral_value():
            raise ValueError(f"area {value} has more than two decimals")
        return int(hundredths)

    def process_result_value(self, value: Any | None, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / 100).quantize(Decimal("0.01"))


def code_point_text(length: int) -> TypeEngine[str]:
    """Text that compares and sorts by code point on both databases: SQLite's BINARY
    collation, and ``COLLATE "C"`` on PostgreSQL whatever the server's locale."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")


Won = Annotated[int, mapped_column(BigInteger, default=0)]
Text = Annotated[str, mapped_column(code_point_text(200))]
OptionalText = Annotated[str | None, mapped_column(code_point_text(200))]

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


DESK_OPTION = "desk"  # the execution option naming the desk that writes (Database.session)


def _desk(context: ExecutionContext) -> str | None:
    return context.execution_options.get(DESK_OPTION)


def utc_now() -> datetime:
    """Now in UTC to the second, naive: as ``CURRENT_TIMESTAMP`` is stored."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


class Stamped:
    """A record a person edits: who made it and who changed it last, and when (UTC),
    set by the database layer whatever statement writes it; ``version`` rises with
    every change, so that a save made from an older read can be refused."""

    version: Mapped[int] = mapped_column(default=1, server_default="1")
    created_at: Mapped[datetime | None] = mapped_column(default=utc_now)
    created_by: Mapped[str | None] = mapped_column(code_point_text(DESK_NAME_LENGTH), default=_desk)
    changed_at: Mapped[datetime | None] = mapped_column(default=utc_now, onupdate=utc_now)
    changed_by: Mapped[str | None] = mapped_column(
        code_point_text(DESK_NAME_LENGTH), default=_desk, onupdate=_desk
    )

    @declared_attr.directive
    @classmethod
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class Building(Base):
    __tablename__ = "building"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[Text]
    brand: Mapped[Text]
    address: Mapped[Text]
    site_area_m2: Mapped[Decimal] = mapped_column(SquareMetres)
    gross_floor_area_m2: Mapped[Decimal] = mapped_column(SquareMetres)
    # this database's own identity, carried by the rosters it exports (migration 0005)
    records_id: Mapped[str | None] = mapped_column(code_point_text(32), default=lambda: uuid4().hex)
    floors: Mapped[list[Floor]] = relationship(back_populates="building", order_by="Floor.level")


class Floor(Base):
    __tablename__ = "floor"

    id: Mapped[int] = mapped_column(primary_key=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id"))
    level: Mapped[int] = mapped_column(unique=True)
    label: Mapped[Text]
    gross_area_m2: Mapped[Decimal] = mapped_column(SquareMetres)
    building: Mapped[Building] = relationship(back_populates="floors")
    spaces: Mapped[list[Space]] = relationship(back_populates="floor", order_by="Space.number")


class Space(Stamped, Base):
    """A room, the coworking space or a shared space; ``capacity`` is seats or people."""

    __tablename__ = "space"

    id: Mapped[int] = mapped_column(primary_key=True)
    floor_id: Mapped[int] = mapped_column(ForeignKey("floor.id"), index=True)
    number: Mapped[str] = mapped_column(code_point_text(20), unique=True)
    name: Mapped[Text]
    kind: Mapped[SpaceKind] = mapped_column(Enum(SpaceKind, native_enum=False, length=20))
    area_m2: Mapped[Decimal | None] = mapped_column(SquareMetres)
    capacity: Mapped[int | None]
    example: Mapped[bool] = mapped_column(default=True)
    # how a bookable space may be booked (settings; DOMAIN.md 22-24)
    opens: Mapped[time] = mapped_column(default=DEFAULT_OPENS)
    closes: Mapped[time] = mapped_column(default=DEFAULT_CLOSES)
    longest_minutes: Mapped[int | None]
    open_on_closed_days: Mapped[bool] = mapped_column(default=False)
    tenants_only: Mapped[bool] = mapped_column(default=False)
    buffer_minutes: Mapped[int] = mapped_column(default=0)
    floor: Mapped[Floor] = relationship(back_populates="spaces")


class Tenant(Stamped, Base):
    __tablename__ = "tenant"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[Text] = mapped_column(index=True)
    representative: Mapped[OptionalText]
    brn: Mapped[str | None] = mapped_column(code_point_text(10), unique=True)
    corporation_no: Mapped[str | None] = mapped_column(code_point_text(13))
    entity: Mapped[EntityType] = mapped_column(Enum(EntityType, native_enum=False, length=20))
    started_on: Mapped[date | None]
    sector: Mapped[OptionalText]
    employees: Mapped[int | None]
    phone: Mapped[str | None] = mapped_column(code_point_text(40))
    email: Mapped[OptionalText]
    notes: Mapped[str | None] = mapped_column(code_point_text(2000))
    new_industry: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(server_default=func.current_timestamp())
    leases: Mapped[list[Lease]] = relationship(back_populates="tenant", order_by="Lease.start_date")


class Lease(Stamped, Base):
    """[start_date, end_date] as signed; ``terminated_on`` is the move-out, if earlier."""

    __tablename__ = "lease"
    # AUTOINCREMENT: a withdrawn lease's ID is never given to another lease.
    __table_args__ = (
        CheckConstraint("start_date <= end_date", name="period"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenant.id"), index=True)
    space_id: Mapped[int] = mapped_column(ForeignKey("space.id"))
    start_date: Mapped[date]
    end_date: Mapped[date]
    seats: Mapped[int | None]
    deposit: Mapped[Won]
    monthly_rent: Mapped[Won]
    monthly_fee: Mapped[Won]
    terminated_on: Mapped[date | None]
    renewal_of_id: Mapped[int | None] = mapped_column(ForeignKey("lease.id"), index=True)
    override_reason: Mapped[str | None] = mapped_column(code_point_text(1000))
    created_at: Mapped[datetime] = mapped_column(server_default=func.current_timestamp())
    tenant: Mapped[Tenant] = relationship(back_populates="leases")
    space: Mapped[Space] = relationship()

    @property
    def period(self) -> Period:
        """The days actually held: from the start to the move-out or the contracted end."""
        return Period(self.start_date, self.terminated_on or self.end_date)


# The days a lease is held end at its move-out, else its contracted end. Queries
# for "leases covering a date" filter on this expression; the indexes keep them
# (per space, or over the building) from reading the station's whole history.
effective_end = func.coalesce(Lease.terminated_on, Lease.end_date)
Index("ix_lease_effective_end", effective_end)


def covering(day: date) -> ColumnElement[bool]:
    """Leases held on ``day`` (DOMAIN.md 16): begun, and not yet ended or moved out."""
    return and_(Lease.start_date <= day, effective_end >= day)


Index("ix_lease_space_effective_end", Lease.space_id, effective_end)


class Setting(Stamped, Base):
    """One P/A rule parameter in its text form; absent keys take the default."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(code_point_text(60), primary_key=True)
    value: Mapped[str] = mapped_column(code_point_text(200))


class Booking(Stamped, Base):
    """[start_at, end_at) on one bookable space, Seoul wall-clock time to the minute."""

    __tablename__ = "booking"
    __table_args__ = (
        CheckConstraint("start_at < end_at", name="slot"),
        CheckConstraint(
            "(tenant_id IS NULL) <> (organisation IS NULL)", name="tenant_or_organisation"
        ),
        Index("ix_booking_space_start", "space_id", "start_at"),
        Index("ix_booking_start", "start_at"),  # a week or a month across every space
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    space_id: Mapped[int] = mapped_column(ForeignKey("space.id"))
    start_at: Mapped[datetime]
    end_at: Mapped[datetime]
    tenant_id: Mapped[int | None] = mapped_column(ForeignKey("tenant.id"), index=True)
    organisation: Mapped[OptionalText]
    contact: Mapped[OptionalText]
    purpose: Mapped[OptionalText]
    attendees: Mapped[int]
    status: Mapped[BookingStatus] = mapped_column(Enum(BookingStatus, native_enum=False, length=20))
    requested_at: Mapped[datetime]
    decided_at: Mapped[datetime | None]
    override_reason: Mapped[str | None] = mapped_column(code_point_text(1000))
    space: Mapped[Space] = relationship()
    tenant: Mapped[Tenant | None] = relationship()


class Charge(Stamped, Base):
    """What a lease is charged for a month (DOMAIN.md 26-28), frozen once issued: a later
    difference is an ``adjustment`` of its own, due on the same day."""

    __tablename__ = "charge"
    __table_args__ = (
        # one charge per lease and month, however many desks issue it (adjustments aside)
        Index(
            "uq_charge_lease_month",
            "lease_id",
            "month",
            unique=True,
            sqlite_where=text("NOT adjustment"),
            postgresql_where=text("NOT adjustment"),
        ),
        Index("ix_charge_month", "month"),
        # what a tenant owes by a day, added up from the index alone (the arrears)
        Index("ix_charge_lease_due", "lease_id", "due", "month", "rent", "fee", "vat"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    lease_id: Mapped[int] = mapped_column(ForeignKey("lease.id"))
    month: Mapped[str] = mapped_column(String(7))  # YYYY-MM
    adjustment: Mapped[bool] = mapped_column(default=False)
    rent: Mapped[Won]
    fee: Mapped[Won]
    vat: Mapped[Won]
    due: Mapped[date]
    # the settings it was worked out with: a later re-issue of its month keeps them
    rounding: Mapped[int]
    vat_percent: Mapped[int]
    lease: Mapped[Lease] = relationship()


class Payment(Stamped, Base):
    """Money a tenant paid (rule 29); cancelled with a reason, never deleted."""

    __tablename__ = "payment"
    __table_args__ = (
        CheckConstraint("amount > 0", name="amount"),
        # what a tenant paid by a day, added up from the index alone (the arrears)
        Index(
            "ix_payment_tenant_paid_on",
            "tenant_id",
            "paid_on",
            "amount",
            sqlite_where=text("cancel_reason IS NULL"),
            postgresql_where=text("cancel_reason IS NULL"),
        ),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenant.id"))
    paid_on: Mapped[date]
    amount: Mapped[int] = mapped_column(BigInteger)
    method: Mapped[Method] = mapped_column(Enum(Method, native_enum=False, length=20))
    memo: Mapped[str | None] = mapped_column(code_point_text(200))
    cancel_reason: Mapped[str | None] = mapped_column(code_point_text(1000))


class DepositReceipt(Stamped, Base):
    """A lease's deposit (보증금), or a part of it, as received (rule 31)."""

    __tablename__ = "deposit"
    __table_args__ = (
        CheckConstraint("amount > 0", name="amount"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    lease_id: Mapped[int] = mapped_column(ForeignKey("lease.id"), index=True)
    received_on: Mapped[date]
    amount: Mapped[int] = mapped_column(BigInteger)


class Settlement(Stamped, Base):
    """A deposit settled at move-out (rule 31), as it was settled: the figures of that day
    and each deduction with its reason (JSON text), and the payment that applied the
    deposit to what was owed."""

    __tablename__ = "settlement"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    lease_id: Mapped[int] = mapped_column(ForeignKey("lease.id"), unique=True)
    settled_on: Mapped[date]
    received: Mapped[Won]
    owed: Mapped[Won]
    deducted: Mapped[Won]
    refund: Mapped[Won]
    shortfall: Mapped[Won]
    deductions: Mapped[str] = mapped_column(types.Text)
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payment.id"))


class ChangeSerial(Base):
    """How many changes each kind of record has had (raised by the database's triggers,
    migration 0008): how a window learns what other desks changed (``store.changes``)."""

    __tablename__ = "change_serial"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    serial: Mapped[int] = mapped_column(BigInteger, server_default="0")


class HistoryEntry(Base):
    """One change as the history keeps it for ever (migration 0009): the database refuses
    to change or remove it, and its hash chains it to the entry before (``domain.history``)."""

    __tablename__ = "history"
    __table_args__ = (
        Index("ix_history_record", "kind", "record_id"),
        Index("ix_history_at", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)  # 1, 2, 3 ...
    at: Mapped[datetime]  # UTC, to the second
    by: Mapped[str] = mapped_column(code_point_text(DESK_NAME_LENGTH))
    action: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[str] = mapped_column(code_point_text(60))
    before: Mapped[str | None] = mapped_column(types.Text)  # JSON text, as hashed
    after: Mapped[str | None] = mapped_column(types.Text)
    source: Mapped[str | None] = mapped_column(code_point_text(HISTORY_SOURCE_LENGTH))
    previous: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
