"""The centre's time zone, in which its case numbers, dates and times are taken.

Centres set up before it get `Asia/Kolkata`, the zone every Indian centre keeps, so their case
numbers and dates stay as they were on a PC whose clock was on Indian time.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("centre") as batch:
        batch.add_column(
            sa.Column("time_zone", sa.String(64), nullable=False, server_default="Asia/Kolkata")
        )


def downgrade() -> None:
    with op.batch_alter_table("centre") as batch:
        batch.drop_column("time_zone")
