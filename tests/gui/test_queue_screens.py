"""The event queue on screen: a resident takes a number, staff call it, the now-serving view shows it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.gui.screens.now_serving import NowServingScreen
from tests.helpers.staff_desk import english_window


@pytest.fixture
def window(qtbot: QtBot, database_url: str) -> Iterator[object]:
    yield from english_window(qtbot, database_url)


def _click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_without_an_open_queue_residents_are_told_so(window: object) -> None:
    window.navigator.go("queue")
    screen = window.navigator.current_screen
    assert screen.pages.currentWidget() is screen.closed_page
    assert "No event" in screen.closed_label.text()


def test_staff_open_the_queue_a_resident_takes_a_number_and_staff_call_it(
    qtbot: QtBot, window: object
) -> None:
    window.context.staff.session.sign_in()
    window.navigator.go("staff_queue")
    desk = window.navigator.current_screen
    assert desk.open_page.isVisibleTo(desk)
    _click(qtbot, desk.open_buttons["resolution_day"])
    assert desk.lines_page.isVisibleTo(desk)
    assert not desk.call_buttons["acquisition"].isEnabled()

    window.navigator.go("queue")
    queue = window.navigator.current_screen
    assert queue.pages.currentWidget() is queue.choose_page
    assert "0 waiting" in queue.field_buttons["acquisition"].text()
    _click(qtbot, queue.field_buttons["acquisition"])
    assert queue.pages.currentWidget() is queue.ticket_page
    assert queue.number_label.text() == "B-001"
    assert queue.ahead_label.text() == "You are next."
    assert window.header.step_label.text() == "Step 2/2"
    _click(qtbot, queue.done_button)
    assert window.navigator.current_route == "home"

    window.navigator.go("queue")
    _click(qtbot, queue.field_buttons["acquisition"])
    assert queue.number_label.text() == "B-002"
    assert "1 person" in queue.ahead_label.text()

    window.navigator.go("staff_queue")
    assert desk.waiting_labels["acquisition"].text() == "2 waiting"
    _click(qtbot, desk.call_buttons["acquisition"])
    assert desk.serving_labels["acquisition"].text() == "B-001"
    assert "B-001" in desk.message.text()
    assert desk.waiting_labels["acquisition"].text() == "1 waiting"

    board = NowServingScreen(window.context)
    qtbot.addWidget(board)
    assert board.number_labels["acquisition"].text() == "B-001"
    assert board.number_labels["local_tax"].text() == "—"
    assert "1 waiting" in board.waiting_labels["acquisition"].text()


def test_closing_the_queue_stops_new_numbers(qtbot: QtBot, window: object) -> None:
    window.context.staff.session.sign_in()
    window.navigator.go("staff_queue")
    desk = window.navigator.current_screen
    _click(qtbot, desk.open_buttons["explanation_session"])
    _click(qtbot, desk.close_button)
    assert "still call" in desk.status_label.text()
    window.navigator.go("queue")
    assert (
        window.navigator.current_screen.pages.currentWidget() is window.navigator.current_screen.closed_page
    )


def test_the_idle_reset_forgets_the_ticket_on_screen(qtbot: QtBot, window: object) -> None:
    window.context.staff.queue.open("resolution_day")
    window.navigator.go("queue")
    queue = window.navigator.current_screen
    _click(qtbot, queue.field_buttons["local_tax"])
    window.reset_session()
    assert queue.taken is None
    window.navigator.go("queue")
    assert queue.pages.currentWidget() is queue.choose_page


def test_the_events_screen_offers_a_number_only_while_the_queue_is_open(qtbot: QtBot, window: object) -> None:
    window.navigator.go("events")
    events = window.navigator.current_screen
    assert not events.queue_button.isVisibleTo(events)
    window.context.staff.queue.open("resolution_day")
    window.navigator.home()
    window.navigator.go("events")
    assert events.queue_button.isVisibleTo(events)
    _click(qtbot, events.queue_button)
    assert window.navigator.current_route == "queue"
