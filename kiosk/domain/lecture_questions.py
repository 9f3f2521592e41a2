"""The lecture room's question board: anonymous questions that staff approve, answer and link to lectures.

A question holds no personal data (no name, no phone): only its topic and text. It is shown to others only
once staff approve it; answered questions are listed under their topic.
"""

from __future__ import annotations

import enum
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from kiosk.domain.errors import KioskError
from kiosk.domain.lectures import check_topic
from kiosk.domain.plain_text import is_control_character

MAX_QUESTION_CHARS = 500
MAX_ANSWER_CHARS = 4000


class QuestionStatus(enum.StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    HIDDEN = "hidden"


class InvalidQuestionText(KioskError):
    """The question (or answer) text is empty, too long or holds control characters."""


class QuestionNotFound(KioskError):
    def __init__(self, question_id: int) -> None:
        super().__init__(f"there is no question number {question_id}")


class LectureNotFound(KioskError):
    def __init__(self, lecture_id: int) -> None:
        super().__init__(f"there is no lecture number {lecture_id}")


@dataclass(frozen=True)
class Question:
    question_id: int
    topic: str
    text: str
    status: QuestionStatus
    created_at: datetime
    answer: str | None = None
    answered_at: datetime | None = None
    lecture_id: int | None = None
    next_month_topic: bool = False

    @property
    def is_answered(self) -> bool:
        return self.answer is not None

    @property
    def is_public(self) -> bool:
        """Residents see only approved questions."""
        return self.status is QuestionStatus.APPROVED


def clean_text(text: str, limit: int = MAX_QUESTION_CHARS, what: str = "question") -> str:
    """The text trimmed; refused when empty, over `limit` characters or holding control characters."""
    # NFC so that Hangul typed as separate jamo counts (and is stored) as the syllables it shows.
    cleaned = unicodedata.normalize("NFC", text).strip()
    if not cleaned:
        raise InvalidQuestionText(f"the {what} is empty")
    if len(cleaned) > limit:
        raise InvalidQuestionText(f"the {what} is {len(cleaned)} characters; at most {limit} fit")
    # Line breaks are allowed (the on-screen keyboard has Enter); other control characters are not.
    if any(is_control_character(ch) and ch != "\n" for ch in cleaned):
        raise InvalidQuestionText(f"the {what} contains control characters")
    return cleaned


def check_question(topic: str, text: str) -> tuple[str, str]:
    """A valid (topic, text) pair for a new question."""
    return check_topic(topic), clean_text(text)
