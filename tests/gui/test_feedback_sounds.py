"""A click for every activation and a chime on completion (K23), on the real window with the recording
sound player."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget

from kiosk.gui.accessibility.audit import settle
from kiosk.services.booking import load_demo_consultants
from kiosk.services.sound import RecordingSoundPlayer
from tests.gui.test_booking_screens import to_summary
from tests.helpers.a11y import close_window
from tests.helpers.kiosk_window import make_window

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def player() -> RecordingSoundPlayer:
    return RecordingSoundPlayer()


@pytest.fixture
def window(qtbot, database_url: str, player: RecordingSoundPlayer) -> Iterator[object]:
    win = make_window(database_url)
    win.context.sounds.player = player
    win.show()
    win.activateWindow()
    settle()
    yield win
    close_window(win)


def test_every_kind_of_control_clicks_when_touched(qtbot, window, player) -> None:
    home = window.navigator.current_screen
    qtbot.mouseClick(window.header.large_text_button, LEFT)  # a switch
    qtbot.mouseClick(home.tiles()[0], LEFT)  # a tile, which opens a screen
    window.navigator.go("help")
    screen = window.navigator.current_screen
    field = QLineEdit(screen)
    items = QListWidget(screen)
    items.addItems(["첫째", "둘째"])
    field.show()
    items.show()
    settle()
    qtbot.mouseClick(field, LEFT)
    rect = items.visualItemRect(items.item(1))
    qtbot.mouseClick(items.viewport(), LEFT, pos=rect.center())
    assert player.played == ["click"] * 4


def test_the_keypad_enter_clicks_and_a_disabled_control_does_not(qtbot, window, player) -> None:
    window.navigator.go("help")
    back = window.header.back_button
    window.keypad.focus(window.header.home_button)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert player.played == ["click"]
    assert not back.isEnabled()  # home has nowhere to go back to
    player.clear()
    qtbot.mouseClick(back, LEFT)
    QTest.keyClick(window, Qt.Key.Key_Down)  # moving the focus is not an activation
    assert player.played == []


def test_switched_off_in_the_configuration_nothing_clicks(qtbot, window, player) -> None:
    window.context.sounds.enabled = False
    qtbot.mouseClick(window.header.contrast_button, LEFT)
    assert player.played == []


def test_a_confirmed_booking_plays_the_completion_chime(qtbot, window, player) -> None:
    load_demo_consultants(window.context.database)
    screen = to_summary(qtbot, window)
    player.clear()
    qtbot.mouseClick(screen.confirm_button, LEFT)
    assert screen.booking is not None
    assert player.played == ["click", "completion"]


def test_a_taken_ticket_plays_the_completion_chime(qtbot, window, player) -> None:
    window.context.staff.session.sign_in()
    window.navigator.go("staff_queue")
    qtbot.mouseClick(window.navigator.current_screen.open_buttons["resolution_day"], LEFT)
    window.navigator.go("queue")
    queue = window.navigator.current_screen
    player.clear()
    qtbot.mouseClick(queue.field_buttons["acquisition"], LEFT)
    assert queue.taken is not None and player.played == ["click", "completion"]


def test_a_sent_question_plays_the_completion_chime_and_a_refusal_does_not(qtbot, window, player) -> None:
    window.navigator.go("lectures")
    screen = window.navigator.current_screen
    screen.show_board(None)
    board = screen.board_page
    qtbot.keyClicks(board.text_box, "refund date?")
    player.clear()
    qtbot.mouseClick(board.send_button, LEFT)  # no topic yet: refused
    assert player.played == ["click"]
    qtbot.mouseClick(board.topics.button("refund"), LEFT)
    player.clear()
    qtbot.mouseClick(board.send_button, LEFT)
    assert board.status.text().startswith("고맙습니다.")
    assert player.played == ["click", "completion"]
