"""bookings and how spaces are booked

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

Spaces learn how they are booked (hours, longest booking, closed days, tenants
only, buffer); the seed's example values are set on the spaces an older database
already has: 다목적홀 (103) until 22:00, 회의실 A·B (204, 205) three hours, tenants only.
"""

from datetime import time

import sqlalchemy as sa
from alembic import op

NINE = sa.text("'09:00:00.000000'")  # SQLAlchemy's text form of a time on SQLite
SIX_PM = sa.text("'18:00:00.000000'")


revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "booking",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("space_id", sa.Integer(), nullable=False),
        sa.Column("start_at", sa.DateTime(), nullable=False),
        sa.Column("end_at", sa.DateTime(), nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=True),
        sa.Column("organisation", sa.String(length=200), nullable=True),
        sa.Column("contact", sa.String(length=200), nullable=True),
        sa.Column("purpose", sa.String(length=200), nullable=True),
        sa.Column("attendees", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "REQUESTED",
                "APPROVED",
                "REJECTED",
                "CANCELLED",
                "NO_SHOW",
                name="bookingstatus",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("override_reason", sa.String(length=1000), nullable=True),
        sa.CheckConstraint(
            "(tenant_id IS NULL) <> (organisation IS NULL)",
            name=op.f("ck_booking_tenant_or_organisation"),
        ),
        sa.CheckConstraint("start_at < end_at", name=op.f("ck_booking_slot")),
        sa.ForeignKeyConstraint(["space_id"], ["space.id"], name=op.f("fk_booking_space_id_space")),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenant.id"], name=op.f("fk_booking_tenant_id_tenant")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_booking")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("booking", schema=None) as batch_op:
        batch_op.create_index("ix_booking_space_start", ["space_id", "start_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_booking_tenant_id"), ["tenant_id"], unique=False)

    # Plain ADD COLUMN: SQLite takes it in place. A batch would copy and drop the table,
    # which the leases' foreign keys to it refuse.
    for column in (
        sa.Column("opens", sa.Time(), nullable=False, server_default=NINE),
        sa.Column("closes", sa.Time(), nullable=False, server_default=SIX_PM),
        sa.Column("longest_minutes", sa.Integer(), nullable=True),
        sa.Column("open_on_closed_days", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("tenants_only", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("buffer_minutes", sa.Integer(), nullable=False, server_default="0"),
    ):
        op.add_column("space", column)
    space = sa.table(
        "space",
        sa.column("number", sa.String),
        sa.column("closes", sa.Time),
        sa.column("longest_minutes", sa.Integer),
        sa.column("tenants_only", sa.Boolean),
    )
    op.execute(space.update().where(space.c.number == "103").values(closes=time(22)))
    op.execute(
        space.update()
        .where(space.c.number.in_(("204", "205")))
        .values(longest_minutes=180, tenants_only=True)
    )


def downgrade() -> None:
    with op.batch_alter_table("space", schema=None) as batch_op:
        batch_op.drop_column("buffer_minutes")
        batch_op.drop_column("tenants_only")
        batch_op.drop_column("open_on_closed_days")
        batch_op.drop_column("longest_minutes")
        batch_op.drop_column("closes")
        batch_op.drop_column("opens")

    with op.batch_alter_table("booking", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_booking_tenant_id"))
        batch_op.drop_index("ix_booking_space_start")

    op.drop_table("booking")
