"""every change appends an entry to a history that the database keeps as written: an
entry is never changed or removed, and each one's hash chains it to the one before

Triggers refuse an UPDATE or DELETE of ``history`` (and a TRUNCATE on PostgreSQL)
whatever client sends it, and an INSERT that does not follow the newest entry (the
next number, naming the newest entry's hash as the one before it). Entries are numbered
1, 2, 3 ... by the program under the station's write lock; the primary key makes two
entries with one number impossible, so two desks appending at once cannot fork the
chain.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

REFUSAL = "the history is kept as written: its entries are never changed or removed"
NOT_NEXT = "a history entry must follow the newest one: the next number, after its hash"
GENESIS = "0" * 64
NEXT_NUMBER = "(SELECT coalesce(max(id), 0) + 1 FROM history)"
NEWEST_HASH = f"coalesce((SELECT hash FROM history ORDER BY id DESC LIMIT 1), '{GENESIS}')"


def _text(length: int) -> sa.types.TypeEngine[str]:
    return sa.String(length).with_variant(sa.String(length, collation="C"), "postgresql")


def upgrade() -> None:
    op.create_table(
        "history",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by", _text(60), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("record_id", _text(60), nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.Column("source", _text(260), nullable=True),
        sa.Column("previous", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_history"),
    )
    op.create_index("ix_history_record", "history", ["kind", "record_id"])
    op.create_index("ix_history_at", "history", ["at"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION stag_keep_history() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN RAISE EXCEPTION '{REFUSAL}' USING ERRCODE = 'restrict_violation'; END $$"
        )
        op.execute(
            "CREATE TRIGGER history_kept BEFORE UPDATE OR DELETE ON history "
            "FOR EACH ROW EXECUTE FUNCTION stag_keep_history()"
        )
        op.execute(
            "CREATE TRIGGER history_kept_whole BEFORE TRUNCATE ON history "
            "FOR EACH STATEMENT EXECUTE FUNCTION stag_keep_history()"
        )
        op.execute(
            "CREATE FUNCTION stag_history_follows() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN IF NEW.id IS DISTINCT FROM {NEXT_NUMBER} "
            f"OR NEW.previous IS DISTINCT FROM {NEWEST_HASH} THEN "
            f"RAISE EXCEPTION '{NOT_NEXT}' USING ERRCODE = 'restrict_violation'; END IF; "
            "RETURN NEW; END $$"
        )
        op.execute(
            "CREATE TRIGGER history_follows BEFORE INSERT ON history "
            "FOR EACH ROW EXECUTE FUNCTION stag_history_follows()"
        )
        return
    for action in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER history_kept_{action.lower()} BEFORE {action} ON history "
            f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END"
        )
    op.execute(
        "CREATE TRIGGER history_follows BEFORE INSERT ON history "
        f"WHEN NEW.id IS NOT {NEXT_NUMBER} OR NEW.previous IS NOT {NEWEST_HASH} "
        f"BEGIN SELECT RAISE(ABORT, '{NOT_NEXT}'); END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER history_follows ON history")
        op.execute("DROP FUNCTION stag_history_follows()")
        op.execute("DROP TRIGGER history_kept_whole ON history")
        op.execute("DROP TRIGGER history_kept ON history")
        op.execute("DROP FUNCTION stag_keep_history()")
    else:
        op.execute("DROP TRIGGER history_kept_update")
        op.execute("DROP TRIGGER history_kept_delete")
        op.execute("DROP TRIGGER history_follows")
    op.drop_table("history")
