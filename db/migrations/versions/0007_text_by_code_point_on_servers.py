"""text compares and sorts by code point on a PostgreSQL server, as it does in an
SQLite file, whatever locale the server's database was created with

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# every text column but the stored enumerations (kind, entity, status), by length
TEXT_COLUMNS = {
    "building": {"name": 200, "brand": 200, "address": 200, "records_id": 32},
    "floor": {"label": 200},
    "space": {"number": 20, "name": 200},
    "tenant": {
        "name": 200,
        "representative": 200,
        "brn": 10,
        "corporation_no": 13,
        "sector": 200,
        "phone": 40,
        "email": 200,
        "notes": 2000,
    },
    "lease": {"override_reason": 1000},
    "setting": {"key": 60, "value": 200},
    "booking": {"organisation": 200, "contact": 200, "purpose": 200, "override_reason": 1000},
}


def _collate(collation: str) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # SQLite's default collation already compares by code point
    for table, columns in TEXT_COLUMNS.items():
        changes = ", ".join(
            f'ALTER COLUMN "{column}" TYPE VARCHAR({length}) COLLATE "{collation}"'
            for column, length in columns.items()
        )
        op.execute(f'ALTER TABLE "{table}" {changes}')


def upgrade() -> None:
    _collate("C")


def downgrade() -> None:
    _collate("default")
