"""Plain text: what residents' messages and questions may not carry."""

from __future__ import annotations

import pytest

from kiosk.domain.chat import EmptyMessage, clean_message
from kiosk.domain.lecture_questions import InvalidQuestionText, clean_text
from kiosk.domain.plain_text import is_control_character


@pytest.mark.parametrize("char", ["\x00", "\x1b", "\x7f", "\x9b", "\u202e", "\u2066"])
def test_controls_and_direction_overrides_are_control_characters(char: str) -> None:
    assert is_control_character(char)


@pytest.mark.parametrize("char", ["가", "a", " ", "\u3000", "\u200d", "😀"])
def test_letters_spaces_and_emoji_joiners_are_not(char: str) -> None:
    assert not is_control_character(char)


def test_chat_messages_lose_control_characters_and_blank_ones_are_refused() -> None:
    assert clean_message(" \x1b[2J안녕\x00하세요\u202e ") == "[2J안녕하세요"
    with pytest.raises(EmptyMessage):
        clean_message("\x00\x07\u202e")


def test_questions_with_direction_overrides_are_refused() -> None:
    with pytest.raises(InvalidQuestionText, match="control characters"):
        clean_text("\u202e5678-4321-010")
    assert clean_text("첫 줄\n둘째 줄") == "첫 줄\n둘째 줄"
