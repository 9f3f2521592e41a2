"""Staff mode: the hidden gesture, the PIN pad, the staff home, idle sign-out and the reset."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.app_context import AppContext
from kiosk.domain.clock import ManualClock
from tests.helpers.kiosk_window import make_window


@pytest.fixture
def window(qtbot: QtBot, database_url: str) -> Iterator[object]:
    window = make_window(database_url)
    window.staff_mode.idle.stop()
    qtbot.addWidget(window)
    window.show()
    yield window
    window.context.database.dispose()


@pytest.fixture
def context(window: object) -> AppContext:
    return window.context


def _type_pin(qtbot: QtBot, window: object, pin: str) -> None:
    pad = window.navigator.current_screen
    for digit in pin:
        qtbot.mouseClick(pad.digit_buttons[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pad.sign_in_button, Qt.MouseButton.LeftButton)


def test_the_hidden_gesture_opens_the_pin_pad_and_the_demo_pin_signs_in(qtbot: QtBot, window: object) -> None:
    window.header.staff_gesture.emit()
    assert window.navigator.current_route == "staff_pin"
    pad = window.navigator.current_screen
    assert pad.demo_notice.isVisibleTo(pad) and "0000" in pad.demo_notice.text()
    _type_pin(qtbot, window, "0000")
    assert window.navigator.current_route == "staff"
    assert window.context.staff.session.active
    assert window.navigator.current_screen.pages.currentWidget() is window.navigator.current_screen.content


def test_long_press_on_the_header_title_is_the_gesture(qtbot: QtBot, window: object) -> None:
    with qtbot.waitSignal(window.header.staff_gesture, timeout=5000):
        qtbot.mousePress(window.header.title_label, Qt.MouseButton.LeftButton)
    qtbot.mouseRelease(window.header.title_label, Qt.MouseButton.LeftButton)
    assert window.navigator.current_route == "staff_pin"


def test_entry_is_masked_and_a_wrong_pin_says_how_many_tries_are_left(qtbot: QtBot, window: object) -> None:
    window.staff_mode.open()
    pad = window.navigator.current_screen
    for digit in "9876":
        qtbot.mouseClick(pad.digit_buttons[digit], Qt.MouseButton.LeftButton)
    assert pad.entry.echoMode() == pad.entry.EchoMode.Password
    assert "9876" not in pad.entry.displayText()
    qtbot.mouseClick(pad.sign_in_button, Qt.MouseButton.LeftButton)
    assert window.navigator.current_route == "staff_pin"
    assert pad.entry.text() == ""
    assert "4" in pad.message.text()
    assert not window.context.staff.session.active


def test_five_wrong_pins_lock_the_pad(qtbot: QtBot, window: object) -> None:
    window.staff_mode.open()
    for _ in range(5):
        _type_pin(qtbot, window, "9999")
    _type_pin(qtbot, window, "0000")
    pad = window.navigator.current_screen
    assert window.navigator.current_route == "staff_pin"
    assert "10:05" in pad.message.text()


def test_staff_pages_stay_locked_without_the_pin(window: object) -> None:
    window.navigator.go("staff")
    screen = window.navigator.current_screen
    assert screen.pages.currentWidget() is screen.locked_page


def test_staff_mode_ends_after_the_staff_idle_time(qtbot: QtBot, window: object, context: AppContext) -> None:
    window.staff_mode.open()
    _type_pin(qtbot, window, "0000")
    clock = context.clock
    assert isinstance(clock, ManualClock)
    clock.advance(timedelta(seconds=context.config.kiosk.staff_idle_seconds - 1))
    window.staff_mode.idle.check()
    assert context.staff.session.active
    clock.advance(timedelta(seconds=1))
    window.staff_mode.idle.check()
    assert not context.staff.session.active
    assert window.navigator.current_route == "home"


def test_the_resident_reset_signs_staff_out(qtbot: QtBot, window: object, context: AppContext) -> None:
    window.staff_mode.open()
    _type_pin(qtbot, window, "0000")
    window.reset_session()
    assert not context.staff.session.active
    window.navigator.go("staff")
    assert (
        window.navigator.current_screen.pages.currentWidget() is window.navigator.current_screen.locked_page
    )


def test_sign_out_button_returns_to_residents(qtbot: QtBot, window: object, context: AppContext) -> None:
    window.staff_mode.open()
    _type_pin(qtbot, window, "0000")
    qtbot.mouseClick(window.navigator.current_screen.sign_out_button, Qt.MouseButton.LeftButton)
    assert not context.staff.session.active
    assert window.navigator.current_route == "home"
