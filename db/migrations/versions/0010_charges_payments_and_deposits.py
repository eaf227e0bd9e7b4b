"""the money: each lease's monthly charges (frozen once issued, a later difference an
adjustment of its own), payments (cancelled with a reason, never deleted), deposits
received, and their settlement at move-out

Each new table is signed, versioned and counted like the records people edit
(migration 0008), so other desks' windows learn when money was recorded.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

TABLES = ("charge", "payment", "deposit", "settlement")


def _text(length: int) -> sa.types.TypeEngine[str]:
    return sa.String(length).with_variant(sa.String(length, collation="C"), "postgresql")


def _stamps() -> list[sa.Column[object]]:
    return [
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", _text(60), nullable=True),
        sa.Column("changed_at", sa.DateTime(), nullable=True),
        sa.Column("changed_by", _text(60), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "charge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lease_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("adjustment", sa.Boolean(), nullable=False),
        sa.Column("rent", sa.BigInteger(), nullable=False),
        sa.Column("fee", sa.BigInteger(), nullable=False),
        sa.Column("vat", sa.BigInteger(), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("rounding", sa.Integer(), nullable=False),
        sa.Column("vat_percent", sa.Integer(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(["lease_id"], ["lease.id"], name="fk_charge_lease_id_lease"),
        sa.PrimaryKeyConstraint("id", name="pk_charge"),
        sqlite_autoincrement=True,
    )
    op.create_index(
        "uq_charge_lease_month",
        "charge",
        ["lease_id", "month"],
        unique=True,
        sqlite_where=sa.text("NOT adjustment"),
        postgresql_where=sa.text("NOT adjustment"),
    )
    op.create_index("ix_charge_month", "charge", ["month"])
    op.create_index(
        "ix_charge_lease_due", "charge", ["lease_id", "due", "month", "rent", "fee", "vat"]
    )
    op.create_table(
        "payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("method", sa.String(20), nullable=False),
        sa.Column("memo", _text(200), nullable=True),
        sa.Column("cancel_reason", _text(1000), nullable=True),
        *_stamps(),
        sa.CheckConstraint("amount > 0", name="ck_payment_amount"),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenant.id"], name="fk_payment_tenant_id_tenant"),
        sa.PrimaryKeyConstraint("id", name="pk_payment"),
        sqlite_autoincrement=True,
    )
    op.create_index(
        "ix_payment_tenant_paid_on",
        "payment",
        ["tenant_id", "paid_on", "amount"],
        sqlite_where=sa.text("cancel_reason IS NULL"),
        postgresql_where=sa.text("cancel_reason IS NULL"),
    )
    op.create_table(
        "deposit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lease_id", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        *_stamps(),
        sa.CheckConstraint("amount > 0", name="ck_deposit_amount"),
        sa.ForeignKeyConstraint(["lease_id"], ["lease.id"], name="fk_deposit_lease_id_lease"),
        sa.PrimaryKeyConstraint("id", name="pk_deposit"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_deposit_lease_id", "deposit", ["lease_id"])
    op.create_table(
        "settlement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lease_id", sa.Integer(), nullable=False),
        sa.Column("settled_on", sa.Date(), nullable=False),
        sa.Column("received", sa.BigInteger(), nullable=False),
        sa.Column("owed", sa.BigInteger(), nullable=False),
        sa.Column("deducted", sa.BigInteger(), nullable=False),
        sa.Column("refund", sa.BigInteger(), nullable=False),
        sa.Column("shortfall", sa.BigInteger(), nullable=False),
        sa.Column("deductions", sa.Text(), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(["lease_id"], ["lease.id"], name="fk_settlement_lease_id_lease"),
        sa.ForeignKeyConstraint(
            ["payment_id"], ["payment.id"], name="fk_settlement_payment_id_payment"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_settlement"),
        sa.UniqueConstraint("lease_id", name="uq_settlement_lease_id"),
        sqlite_autoincrement=True,
    )
    op.bulk_insert(
        sa.table("change_serial", sa.column("kind", sa.String), sa.column("serial", sa.BigInteger)),
        [{"kind": table, "serial": 0} for table in TABLES],
    )
    if op.get_bind().dialect.name == "postgresql":
        for table in TABLES:  # the function migration 0008 made
            op.execute(
                f"CREATE TRIGGER {table}_counts AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
                f'ON "{table}" FOR EACH STATEMENT EXECUTE FUNCTION stag_note_change()'
            )
        return
    for table in TABLES:
        for action in ("INSERT", "UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_counts_{action.lower()} AFTER {action} ON {table} "
                f"BEGIN UPDATE change_serial SET serial = serial + 1 "
                f"WHERE kind = '{table}'; END"
            )


def downgrade() -> None:
    op.execute(
        "DELETE FROM change_serial WHERE kind IN ("
        + ", ".join(f"'{table}'" for table in TABLES)
        + ")"
    )
    for table in reversed(TABLES):
        op.drop_table(table)  # its triggers go with it
