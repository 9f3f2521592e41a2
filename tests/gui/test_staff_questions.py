"""The question board desk driven like a staff member; each action checked in the database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.domain.lecture_questions import QuestionStatus
from kiosk.services.lectures import QuestionBoard
from tests.helpers.staff_desk import english_window, open_desk, tap


@pytest.fixture
def window(qtbot: QtBot, database_url: str) -> Iterator[object]:
    yield from english_window(qtbot, database_url)


@pytest.fixture
def board(window: object) -> QuestionBoard:
    return QuestionBoard(window.context.database, window.context.clock)


def _open_desk(window: object) -> object:
    return open_desk(window, "staff_questions")


_click = tap


def test_pending_questions_are_listed_and_approved(
    qtbot: QtBot, window: object, board: QuestionBoard
) -> None:
    question = board.post("property", "재산세는 언제 내나요?")
    desk = _open_desk(window)
    assert "재산세는 언제" in desk.rows.item(0).text() and "Property tax" in desk.rows.item(0).text()
    desk.select(question.question_id)
    assert desk.question_text.text() == "재산세는 언제 내나요?"
    _click(qtbot, desk.approve_button)
    assert board.get(question.question_id).status is QuestionStatus.APPROVED
    assert desk.rows.count() == 0 and desk.empty_label.isVisible()  # it left the waiting list
    assert "No questions" in desk.empty_label.text()
    _click(qtbot, desk.filter_buttons[QuestionStatus.APPROVED.value])
    assert "재산세는 언제" in desk.rows.item(0).text()


def test_an_answer_typed_on_the_keyboard_is_saved_and_shown(
    qtbot: QtBot, window: object, board: QuestionBoard
) -> None:
    question = board.post("vehicle", "자동차세 연납은?")
    desk = _open_desk(window)
    desk.select(question.question_id)
    _click(qtbot, desk.answer_button)
    assert "write an answer" in desk.message.text()
    qtbot.mouseClick(desk.answer_edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.keyboard_dock.keyboard.isVisible(), timeout=3000)
    qtbot.keyClicks(desk.answer_edit, "January")
    _click(qtbot, desk.answer_button)
    stored = board.get(question.question_id)
    assert stored.answer == "January" and stored.status is QuestionStatus.APPROVED


def test_hide_and_next_month_topic(qtbot: QtBot, window: object, board: QuestionBoard) -> None:
    first = board.post("refund", "환급금은 어떻게 찾나요?")
    second = board.post("other", "광고입니다")
    desk = _open_desk(window)
    desk.select(second.question_id)
    _click(qtbot, desk.hide_button)
    assert board.get(second.question_id).status is QuestionStatus.HIDDEN
    desk.select(first.question_id)
    _click(qtbot, desk.next_month_button)
    assert board.get(first.question_id).next_month_topic
    _click(qtbot, desk.filter_buttons["next_month"])
    assert desk.rows.count() == 1 and "next month" in desk.rows.item(0).text()
    desk.select(first.question_id)
    _click(qtbot, desk.next_month_button)
    assert not board.get(first.question_id).next_month_topic
