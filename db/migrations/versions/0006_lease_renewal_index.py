"""an index on the lease a renewal continues, so a list of leases says which are renewed
without reading every lease for each one

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_lease_renewal_of_id", "lease", ["renewal_of_id"])


def downgrade() -> None:
    op.drop_index("ix_lease_renewal_of_id", table_name="lease")
