"""Change feed: a version counter per channel, polled by kiosks on SQLite.

Revision ID: 0002_change_feed
Revises: 0001_base
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_change_feed"
down_revision = "0001_base"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "change_counter",
        sa.Column("channel", sa.String(40), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("channel", name="pk_change_counter"),
    )


def downgrade() -> None:
    op.drop_table("change_counter")
