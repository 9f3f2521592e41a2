"""What a resident may post on the question board."""

from __future__ import annotations

import pytest

from kiosk.domain.lecture_questions import MAX_QUESTION_CHARS, InvalidQuestionText, check_question, clean_text
from kiosk.domain.lectures import UnknownTopic


def test_text_is_trimmed_and_hangul_jamo_are_composed() -> None:
    assert clean_text("  재산세 언제 내요?\n") == "재산세 언제 내요?"
    # ㅎ+ㅏ+ㄴ typed as conjoining jamo become the syllable 한.
    assert clean_text("\u1112\u1161\u11ab") == "한"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("   \n ", "empty"),
        ("가" * (MAX_QUESTION_CHARS + 1), "at most 500"),
        ("bell\x07", "control characters"),
        ("tab\there", "control characters"),
    ],
)
def test_bad_text_is_refused(text: str, reason: str) -> None:
    with pytest.raises(InvalidQuestionText, match=reason):
        clean_text(text)


def test_a_question_of_exactly_the_limit_with_line_breaks_is_accepted() -> None:
    text = ("가" * 99 + "\n") * 5
    assert len(text.strip()) == MAX_QUESTION_CHARS - 1
    assert check_question("property", text) == ("property", text.strip())


def test_unknown_topic_is_refused() -> None:
    with pytest.raises(UnknownTopic, match="unknown topic"):
        check_question("lottery", "당첨금에도 세금이 있나요?")
