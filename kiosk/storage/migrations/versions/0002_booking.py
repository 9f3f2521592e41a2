"""Consultation booking: consultant, booking and closure tables.

Revision ID: 0002_booking
Revises: 0001_base
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_booking"
down_revision = "0001_base"
branch_labels = ("booking",)
depends_on = None

ACTIVE_ONLY = sa.text("status = 'active'")


def upgrade() -> None:
    op.create_table(
        "consultant",
        sa.Column("id", sa.String(20), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_consultant"),
    )
    op.create_table(
        "booking",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("code", sa.String(12), nullable=False),
        sa.Column("consultant_id", sa.String(20), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("field_id", sa.String(30), nullable=False),
        sa.Column("name", sa.String(60), nullable=False),
        sa.Column("phone", sa.String(11), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("source", sa.String(10), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("cancelled_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_booking"),
        sa.UniqueConstraint("code", name="uq_booking_code"),
        sa.ForeignKeyConstraint(
            ["consultant_id"], ["consultant.id"], name="fk_booking_consultant_id_consultant"
        ),
    )
    # Two active bookings of one consultant at one start are refused by the database itself.
    op.create_index(
        "uq_booking_active_slot",
        "booking",
        ["consultant_id", "starts_at"],
        unique=True,
        sqlite_where=ACTIVE_ONLY,
        postgresql_where=ACTIVE_ONLY,
    )
    op.create_index("ix_booking_starts_at_status", "booking", ["starts_at", "status", "consultant_id"])
    op.create_index("ix_booking_phone_starts_at", "booking", ["phone", "starts_at"])
    op.create_table(
        "closure",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("part", sa.String(10), nullable=False),
        sa.Column("consultant_id", sa.String(20), nullable=True),
        sa.Column("reason", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_closure"),
        sa.ForeignKeyConstraint(
            ["consultant_id"], ["consultant.id"], name="fk_closure_consultant_id_consultant"
        ),
    )
    op.create_index("ix_closure_day", "closure", ["day"])


def downgrade() -> None:
    op.drop_table("closure")
    op.drop_table("booking")
    op.drop_table("consultant")
