"""an index on the bookings' start, for a week or a month across every space

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_booking_start", "booking", ["start_at"])


def downgrade() -> None:
    op.drop_index("ix_booking_start", table_name="booking")
