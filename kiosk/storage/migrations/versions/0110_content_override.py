"""Staff edits of the information desk's content: content_override table.

Revision ID: 0110_content_override
Revises: 0001_base
"""

import sqlalchemy as sa
from alembic import op

revision = "0110_content_override"
down_revision = "0001_base"
branch_labels = ("content_override",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "content_override",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("entry_id", sa.String(80), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_content_override"),
    )


def downgrade() -> None:
    op.drop_table("content_override")
