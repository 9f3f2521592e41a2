"""Event queue: queue_day, queue_counter and queue_ticket tables.

Revision ID: 0100_queue
Revises: 0001_base
"""

import sqlalchemy as sa
from alembic import op

revision = "0100_queue"
down_revision = "0001_base"
branch_labels = ("queue",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "queue_day",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("event_id", sa.String(40), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_queue_day"),
        sa.UniqueConstraint("day", name="uq_queue_day_day"),
    )
    op.create_table(
        "queue_counter",
        sa.Column("queue_id", sa.Integer(), nullable=False),
        sa.Column("field_id", sa.String(40), nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["queue_id"], ["queue_day.id"], name="fk_queue_counter_queue_id_queue_day", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("queue_id", "field_id", name="pk_queue_counter"),
    )
    op.create_table(
        "queue_ticket",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("queue_id", sa.Integer(), nullable=False),
        sa.Column("field_id", sa.String(40), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("called_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["queue_id"], ["queue_day.id"], name="fk_queue_ticket_queue_id_queue_day", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_queue_ticket"),
        sa.UniqueConstraint("queue_id", "field_id", "number", name="uq_queue_ticket_number"),
    )
    op.create_index("ix_queue_ticket_queue_id", "queue_ticket", ["queue_id"])


def downgrade() -> None:
    op.drop_index("ix_queue_ticket_queue_id", table_name="queue_ticket")
    op.drop_table("queue_ticket")
    op.drop_table("queue_counter")
    op.drop_table("queue_day")
