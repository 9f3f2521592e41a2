"""Lecture room: the lecture catalogue and the question board.

Revision ID: 0006_lectures
Revises: 0001_base
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_lectures"
down_revision = "0001_base"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "lecture",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(80), nullable=False),
        sa.Column("title_ko", sa.Text(), nullable=False),
        sa.Column("title_en", sa.Text(), nullable=False),
        sa.Column("speaker_ko", sa.Text(), nullable=False),
        sa.Column("speaker_en", sa.Text(), nullable=False),
        sa.Column("topic", sa.String(40), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("duration_seconds", sa.Integer(), nullable=False),
        sa.Column("video_path", sa.Text(), nullable=False),
        sa.Column("subtitles_path", sa.Text(), nullable=True),
        sa.Column("thumbnail_path", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_lecture"),
        sa.UniqueConstraint("key", name="uq_lecture_key"),
    )
    op.create_index("ix_lecture_topic", "lecture", ["topic"])
    op.create_table(
        "lecture_question",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("topic", sa.String(40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("answer", sa.Text(), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("lecture_id", sa.Integer(), nullable=True),
        sa.Column("next_month_topic", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_lecture_question"),
        sa.ForeignKeyConstraint(
            ["lecture_id"],
            ["lecture.id"],
            name="fk_lecture_question_lecture_id_lecture",
            ondelete="SET NULL",
        ),
    )
    op.create_index("ix_lecture_question_topic", "lecture_question", ["topic"])
    op.create_index("ix_lecture_question_status", "lecture_question", ["status"])


def downgrade() -> None:
    op.drop_index("ix_lecture_question_status", table_name="lecture_question")
    op.drop_index("ix_lecture_question_topic", table_name="lecture_question")
    op.drop_table("lecture_question")
    op.drop_index("ix_lecture_topic", table_name="lecture")
    op.drop_table("lecture")
