"""Tables of the lecture room: the lecture catalogue and the question board."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from kiosk.domain.clock import SEOUL
from kiosk.domain.lecture_questions import LectureNotFound, Question, QuestionNotFound, QuestionStatus
from kiosk.domain.lectures import Lecture, LocalizedText
from kiosk.storage.base import Base


class LectureRow(Base):
    __tablename__ = "lecture"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    title_ko: Mapped[str] = mapped_column(Text)
    title_en: Mapped[str] = mapped_column(Text)
    speaker_ko: Mapped[str] = mapped_column(Text)
    speaker_en: Mapped[str] = mapped_column(Text)
    topic: Mapped[str] = mapped_column(String(40), index=True)
    recorded_on: Mapped[date] = mapped_column(Date)
    duration_seconds: Mapped[int] = mapped_column(Integer)
    video_path: Mapped[str] = mapped_column(Text)
    subtitles_path: Mapped[str | None] = mapped_column(Text, nullable=True)
    thumbnail_path: Mapped[str | None] = mapped_column(Text, nullable=True)


class LectureQuestionRow(Base):
    __tablename__ = "lecture_question"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    topic: Mapped[str] = mapped_column(String(40), index=True)
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default=QuestionStatus.PENDING.value, index=True)
    answer: Mapped[str | None] = mapped_column(Text, nullable=True)
    answered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    lecture_id: Mapped[int | None] = mapped_column(
        ForeignKey("lecture.id", ondelete="SET NULL"), nullable=True
    )
    next_month_topic: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


# -- lectures ---------------------------------------------------------------------------------------


def save_lecture(session: Session, lecture: Lecture) -> Lecture:
    """Add the lecture, or update the one with the same key (a re-import replaces it)."""
    row = session.scalars(select(LectureRow).where(LectureRow.key == lecture.key)).one_or_none()
    if row is None:
        row = LectureRow(key=lecture.key)
        session.add(row)
    row.title_ko, row.title_en = lecture.title.ko, lecture.title.en
    row.speaker_ko, row.speaker_en = lecture.speaker.ko, lecture.speaker.en
    row.topic = lecture.topic
    row.recorded_on = lecture.recorded_on
    row.duration_seconds = lecture.duration_seconds
    row.video_path = str(lecture.video)
    row.subtitles_path = str(lecture.subtitles) if lecture.subtitles else None
    row.thumbnail_path = str(lecture.thumbnail) if lecture.thumbnail else None
    session.flush()
    return _lecture(row)


def list_lectures(session: Session, topic: str | None = None) -> list[Lecture]:
    """Stored lectures, newest first, optionally on one topic."""
    query = select(LectureRow).order_by(LectureRow.recorded_on.desc(), LectureRow.key)
    if topic is not None:
        query = query.where(LectureRow.topic == topic)
    return [_lecture(row) for row in session.scalars(query)]


def get_lecture(session: Session, lecture_id: int) -> Lecture:
    row = session.get(LectureRow, lecture_id)
    if row is None:
        raise LectureNotFound(lecture_id)
    return _lecture(row)


def _lecture(row: LectureRow) -> Lecture:
    return Lecture(
        key=row.key,
        title=LocalizedText(row.title_ko, row.title_en),
        speaker=LocalizedText(row.speaker_ko, row.speaker_en),
        topic=row.topic,
        recorded_on=row.recorded_on,
        duration_seconds=row.duration_seconds,
        video=Path(row.video_path),
        subtitles=Path(row.subtitles_path) if row.subtitles_path else None,
        thumbnail=Path(row.thumbnail_path) if row.thumbnail_path else None,
        lecture_id=row.id,
    )


# -- questions --------------------------------------------------------------------------------------


def add_question(session: Session, topic: str, text: str, now: datetime) -> Question:
    """Store a new question as pending (checked by the caller through the domain)."""
    row = LectureQuestionRow(
        topic=topic,
        text=text,
        status=QuestionStatus.PENDING.value,
        created_at=_utc(now),
        next_month_topic=False,
    )
    session.add(row)
    session.flush()
    return _question(row)


def get_question(session: Session, question_id: int) -> Question:
    return _question(_question_row(session, question_id))


def set_status(session: Session, question_id: int, status: QuestionStatus) -> Question:
    row = _question_row(session, question_id)
    row.status = status.value
    session.flush()
    return _question(row)


def set_answer(session: Session, question_id: int, answer: str, now: datetime) -> Question:
    row = _question_row(session, question_id)
    row.answer = answer
    row.answered_at = _utc(now)
    session.flush()
    return _question(row)


def set_lecture(session: Session, question_id: int, lecture_id: int | None) -> Question:
    row = _question_row(session, question_id)
    if lecture_id is not None and session.get(LectureRow, lecture_id) is None:
        raise LectureNotFound(lecture_id)
    row.lecture_id = lecture_id
    session.flush()
    return _question(row)


def set_next_month_topic(session: Session, question_id: int, chosen: bool) -> Question:
    row = _question_row(session, question_id)
    row.next_month_topic = chosen
    session.flush()
    return _question(row)


def list_questions(
    session: Session,
    status: QuestionStatus | None = None,
    topic: str | None = None,
    answered: bool | None = None,
) -> list[Question]:
    """Questions, newest first, filtered by status, topic and whether they have an answer."""
    query = select(LectureQuestionRow).order_by(
        LectureQuestionRow.created_at.desc(), LectureQuestionRow.id.desc()
    )
    if status is not None:
        query = query.where(LectureQuestionRow.status == status.value)
    if topic is not None:
        query = query.where(LectureQuestionRow.topic == topic)
    if answered is True:
        query = query.where(LectureQuestionRow.answer.is_not(None))
    elif answered is False:
        query = query.where(LectureQuestionRow.answer.is_(None))
    return [_question(row) for row in session.scalars(query)]


def _question_row(session: Session, question_id: int) -> LectureQuestionRow:
    row = session.get(LectureQuestionRow, question_id)
    if row is None:
        raise QuestionNotFound(question_id)
    return row


def _question(row: LectureQuestionRow) -> Question:
    return Question(
        question_id=row.id,
        topic=row.topic,
        text=row.text,
        status=QuestionStatus(row.status),
        created_at=_seoul(row.created_at),
        answer=row.answer,
        answered_at=_seoul(row.answered_at) if row.answered_at else None,
        lecture_id=row.lecture_id,
        next_month_topic=row.next_month_topic,
    )


def _utc(moment: datetime) -> datetime:
    # SQLite drops the zone when it stores a datetime, so every moment is written in UTC.
    return moment.astimezone(UTC)


def _seoul(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes (written in UTC above); PostgreSQL aware ones.
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(SEOUL)
