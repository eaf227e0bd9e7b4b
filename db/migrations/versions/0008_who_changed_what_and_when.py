"""every editable record says who made it and who changed it last, and when, and carries
a version (a save from an older read is refused); each kind of record counts its
changes, so that other desks' windows learn what to read again

``change_serial`` holds one counter per table, raised by the database itself (a
trigger) whatever wrote the rows. On PostgreSQL the trigger also tells every
listening desk (NOTIFY ``stag_change`` with the table's name) when it commits.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

EDITABLE = ("tenant", "lease", "space", "booking", "setting")
WITHOUT_CREATED_AT = ("space", "booking", "setting")  # tenant and lease have had it since 0001
NAME_LENGTH = 60


def _name() -> sa.types.TypeEngine[str]:
    return sa.String(NAME_LENGTH).with_variant(sa.String(NAME_LENGTH, collation="C"), "postgresql")


def upgrade() -> None:
    for table in EDITABLE:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
            if table in WITHOUT_CREATED_AT:
                batch.add_column(sa.Column("created_at", sa.DateTime(), nullable=True))
            batch.add_column(sa.Column("created_by", _name(), nullable=True))
            batch.add_column(sa.Column("changed_at", sa.DateTime(), nullable=True))
            batch.add_column(sa.Column("changed_by", _name(), nullable=True))
    serials = op.create_table(
        "change_serial",
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("serial", sa.BigInteger(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("kind", name="pk_change_serial"),
    )
    op.bulk_insert(serials, [{"kind": table, "serial": 0} for table in EDITABLE])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION stag_note_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN "
            "UPDATE change_serial SET serial = serial + 1 WHERE kind = TG_TABLE_NAME; "
            "PERFORM pg_notify('stag_change', TG_TABLE_NAME); "
            "RETURN NULL; "
            "END $$"
        )
        for table in EDITABLE:
            op.execute(
                f"CREATE TRIGGER {table}_counts AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
                f'ON "{table}" FOR EACH STATEMENT EXECUTE FUNCTION stag_note_change()'
            )
        return
    for table in EDITABLE:
        for action in ("INSERT", "UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_counts_{action.lower()} AFTER {action} ON {table} "
                f"BEGIN UPDATE change_serial SET serial = serial + 1 "
                f"WHERE kind = '{table}'; END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in EDITABLE:
            op.execute(f'DROP TRIGGER {table}_counts ON "{table}"')
        op.execute("DROP FUNCTION stag_note_change()")
    else:
        for table in EDITABLE:
            for action in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER {table}_counts_{action}")
    op.drop_table("change_serial")
    for table in EDITABLE:
        with op.batch_alter_table(table) as batch:
            for column in ("changed_by", "changed_at", "created_by", "version"):
                batch.drop_column(column)
            if table in WITHOUT_CREATED_AT:
                batch.drop_column("created_at")
