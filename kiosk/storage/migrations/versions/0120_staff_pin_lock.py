"""Staff PIN lock-out counters per kiosk and in total: staff_pin_lock table.

Revision ID: 0120_staff_pin_lock
Revises: 0001_base
"""

import sqlalchemy as sa
from alembic import op

revision = "0120_staff_pin_lock"
down_revision = "0001_base"
branch_labels = ("staff_pin_lock",)
depends_on = None

# The single lock every kiosk shared before (it let one kiosk's guesses lock all of them).
OLD_KEYS = ("staff.pin_failures", "staff.pin_locked_until")


def upgrade() -> None:
    op.create_table(
        "staff_pin_lock",
        sa.Column("scope", sa.String(200), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("held", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("scope", name="pk_staff_pin_lock"),
    )
    setting = sa.table("setting", sa.column("key", sa.String))
    op.execute(setting.delete().where(setting.c.key.in_(OLD_KEYS)))


def downgrade() -> None:
    op.drop_table("staff_pin_lock")
