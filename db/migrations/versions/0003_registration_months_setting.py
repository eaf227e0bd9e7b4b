"""the pre-founders' registration period is stored as registration_months

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

setting = sa.table("setting", sa.column("key", sa.String))


def upgrade() -> None:
    op.execute(
        setting.update()
        .where(setting.c.key == "pre_founder_registration_months")
        .values(key="registration_months")
    )


def downgrade() -> None:
    op.execute(
        setting.update()
        .where(setting.c.key == "registration_months")
        .values(key="pre_founder_registration_months")
    )
