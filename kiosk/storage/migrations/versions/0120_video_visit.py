"""Video consultations checked in at a kiosk: video_visit table.

Revision ID: 0120_video_visit
Revises: 0001_base
"""

import sqlalchemy as sa
from alembic import op

revision = "0120_video_visit"
down_revision = "0001_base"
branch_labels = ("video_visit",)
# Joined with booking by code (no foreign key: the booking's revision is another head).
depends_on = None


def upgrade() -> None:
    op.create_table(
        "video_visit",
        sa.Column("code", sa.String(12), nullable=False),
        sa.Column("room_url", sa.String(500), nullable=False),
        sa.Column("stage", sa.String(12), nullable=False),
        sa.Column("checked_in_at", sa.DateTime(), nullable=False),
        sa.Column("stage_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("code", name="pk_video_visit"),
    )
    op.create_index("ix_video_visit_checked_in_at", "video_visit", ["checked_in_at"])


def downgrade() -> None:
    op.drop_index("ix_video_visit_checked_in_at", table_name="video_visit")
    op.drop_table("video_visit")
