"""building, tenants, leases and settings

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "building",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("brand", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("site_area_m2", sa.Integer(), nullable=False),
        sa.Column("gross_floor_area_m2", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_building")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "tenant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("representative", sa.String(length=200), nullable=True),
        sa.Column("brn", sa.String(length=10), nullable=True),
        sa.Column("corporation_no", sa.String(length=13), nullable=True),
        sa.Column(
            "entity",
            sa.Enum(
                "CORPORATION",
                "INDIVIDUAL",
                "PRE_FOUNDER",
                name="entitytype",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("sector", sa.String(length=200), nullable=True),
        sa.Column("employees", sa.Integer(), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.String(length=2000), nullable=True),
        sa.Column("new_industry", sa.Boolean(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tenant")),
        sa.UniqueConstraint("brn", name=op.f("uq_tenant_brn")),
    )
    with op.batch_alter_table("tenant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tenant_name"), ["name"], unique=False)

    op.create_table(
        "floor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("building_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("gross_area_m2", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["building_id"], ["building.id"], name=op.f("fk_floor_building_id_building")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_floor")),
        sa.UniqueConstraint("level", name=op.f("uq_floor_level")),
    )
    op.create_table(
        "space",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("floor_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "STARTUP_ROOM",
                "INVESTOR_ROOM",
                "COWORKING",
                "BOOKABLE",
                "SHARED",
                name="spacekind",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("area_m2", sa.Integer(), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("example", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["floor_id"], ["floor.id"], name=op.f("fk_space_floor_id_floor")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_space")),
        sa.UniqueConstraint("number", name=op.f("uq_space_number")),
    )
    with op.batch_alter_table("space", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_space_floor_id"), ["floor_id"], unique=False)

    op.create_table(
        "lease",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("space_id", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=True),
        sa.Column("deposit", sa.BigInteger(), nullable=False),
        sa.Column("monthly_rent", sa.BigInteger(), nullable=False),
        sa.Column("monthly_fee", sa.BigInteger(), nullable=False),
        sa.Column("terminated_on", sa.Date(), nullable=True),
        sa.Column("renewal_of_id", sa.Integer(), nullable=True),
        sa.Column("override_reason", sa.String(length=1000), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["renewal_of_id"], ["lease.id"], name=op.f("fk_lease_renewal_of_id_lease")
        ),
        sa.ForeignKeyConstraint(["space_id"], ["space.id"], name=op.f("fk_lease_space_id_space")),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenant.id"], name=op.f("fk_lease_tenant_id_tenant")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lease")),
        sa.CheckConstraint("start_date <= end_date", name=op.f("ck_lease_period")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("lease", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_lease_tenant_id"), ["tenant_id"], unique=False)
    # "Leases covering a date" filter on the effective end; see store/models.py.
    op.create_index(
        "ix_lease_effective_end", "lease", [sa.text("coalesce(terminated_on, end_date)")]
    )
    op.create_index(
        "ix_lease_space_effective_end",
        "lease",
        ["space_id", sa.text("coalesce(terminated_on, end_date)")],
    )


def downgrade() -> None:
    op.drop_index("ix_lease_space_effective_end", table_name="lease")
    op.drop_index("ix_lease_effective_end", table_name="lease")
    with op.batch_alter_table("lease", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lease_tenant_id"))

    op.drop_table("lease")
    with op.batch_alter_table("space", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_space_floor_id"))

    op.drop_table("space")
    op.drop_table("floor")
    with op.batch_alter_table("tenant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tenant_name"))

    op.drop_table("tenant")
    op.drop_table("setting")
    op.drop_table("building")
