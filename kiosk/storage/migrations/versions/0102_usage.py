"""Anonymous usage counts: usage_count table.

Revision ID: 0102_usage
Revises: 0001_base
"""

import sqlalchemy as sa
from alembic import op

revision = "0102_usage"
down_revision = "0001_base"
branch_labels = ("usage",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "usage_count",
        sa.Column("route", sa.String(40), nullable=False),
        sa.Column("hour", sa.DateTime(), nullable=False),
        sa.Column("taps", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("route", "hour", name="pk_usage_count"),
    )


def downgrade() -> None:
    op.drop_table("usage_count")
