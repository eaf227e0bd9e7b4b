"""the records' own identity, and stored text tidied as the services now clean it

Each database gets a random identity (``building.records_id``) that every roster it
exports carries, so that a roster's 기업 IDs are trusted only by the database that
wrote them. Text stored before the services cleaned every input is tidied the same
way (NFC, ordinary spaces, no invisible characters); the backup copy taken before
this upgrade keeps it as it was.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

from uuid import uuid4

import sqlalchemy as sa
from alembic import op

from incubator_app.domain.text import tidy_stored

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Free text a person or a file gave, by table; True where the text may hold lines.
TEXT_COLUMNS = {
    "tenant": {"name": False, "representative": False, "sector": False, "phone": False,
               "email": False, "notes": True},
    "lease": {"override_reason": True},
    "space": {"name": False},
    "booking": {"organisation": False, "contact": False, "purpose": False,
                "override_reason": True},
}  # fmt: skip


def upgrade() -> None:
    op.add_column("building", sa.Column("records_id", sa.String(32), nullable=True))
    connection = op.get_bind()
    for (building_id,) in connection.execute(sa.text("SELECT id FROM building")):
        connection.execute(
            sa.text("UPDATE building SET records_id = :records WHERE id = :id"),
            {"records": uuid4().hex, "id": building_id},
        )
    for table, columns in TEXT_COLUMNS.items():
        _tidy(connection, table, columns)


def _tidy(connection: sa.Connection, table: str, columns: dict[str, bool]) -> None:
    names = ", ".join(columns)
    rows = connection.execute(sa.text(f"SELECT id, {names} FROM {table}"))
    for row in rows.mappings().all():
        changed = {}
        for column, multiline in columns.items():
            text = row[column]
            if text is None:
                continue
            tidy = tidy_stored(text, multiline=multiline)
            if tidy != text:
                changed[column] = tidy or text  # never empties a value
        if changed:
            assignments = ", ".join(f"{column} = :{column}" for column in changed)
            connection.execute(
                sa.text(f"UPDATE {table} SET {assignments} WHERE id = :id"),
                {**changed, "id": row["id"]},
            )


def downgrade() -> None:
    with op.batch_alter_table("building") as batch:
        batch.drop_column("records_id")
