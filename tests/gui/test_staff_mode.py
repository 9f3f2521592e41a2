"""Staff mode: the hidden gesture, the PIN pad, the staff home, idle sign-out and the reset."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.app import with_demo_pin
from kiosk.app_context import AppContext
from kiosk.config import SpeechSection, StaffSection, default_config
from kiosk.domain.clock import ManualClock
from kiosk.domain.staff_pin import DEMO_PIN, PadLocked
from kiosk.gui.accessibility.audit import MODES, apply_mode, settle
from kiosk.services.staff_auth import StaffAuth, WrongPin
from tests.helpers.kiosk_window import make_portrait_window, make_window
from tests.helpers.staff_pin import TEST_PIN


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


def test_the_hidden_gesture_opens_the_pin_pad_and_the_configured_pin_signs_in(
    qtbot: QtBot, window: object
) -> None:
    window.header.staff_gesture.emit()
    assert window.navigator.current_route == "staff_pin"
    pad = window.navigator.current_screen
    assert pad.pad.isVisibleTo(pad) and not pad.off_notice.isVisibleTo(pad)
    _type_pin(qtbot, window, TEST_PIN)
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
    for digit in "987654":
        qtbot.mouseClick(pad.digit_buttons[digit], Qt.MouseButton.LeftButton)
    assert pad.entry.echoMode() == pad.entry.EchoMode.Password
    assert "987654" not in pad.entry.displayText()
    qtbot.mouseClick(pad.sign_in_button, Qt.MouseButton.LeftButton)
    assert window.navigator.current_route == "staff_pin"
    assert pad.entry.text() == ""
    assert "4" in pad.message.text()
    assert not window.context.staff.session.active


def test_five_wrong_pins_lock_the_pad(qtbot: QtBot, window: object) -> None:
    window.staff_mode.open()
    for _ in range(5):
        _type_pin(qtbot, window, "999999")
    _type_pin(qtbot, window, TEST_PIN)
    pad = window.navigator.current_screen
    assert window.navigator.current_route == "staff_pin"
    assert "10:05" in pad.message.text()


def test_staff_pages_stay_locked_without_the_pin(window: object) -> None:
    window.navigator.go("staff")
    screen = window.navigator.current_screen
    assert screen.pages.currentWidget() is screen.locked_page


def test_staff_mode_ends_after_the_staff_idle_time(qtbot: QtBot, window: object, context: AppContext) -> None:
    window.staff_mode.open()
    _type_pin(qtbot, window, TEST_PIN)
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
    _type_pin(qtbot, window, TEST_PIN)
    window.reset_session()
    assert not context.staff.session.active
    window.navigator.go("staff")
    assert (
        window.navigator.current_screen.pages.currentWidget() is window.navigator.current_screen.locked_page
    )


def test_sign_out_button_returns_to_residents(qtbot: QtBot, window: object, context: AppContext) -> None:
    window.staff_mode.open()
    _type_pin(qtbot, window, TEST_PIN)
    qtbot.mouseClick(window.navigator.current_screen.sign_out_button, Qt.MouseButton.LeftButton)
    assert not context.staff.session.active
    assert window.navigator.current_route == "home"


def _window_without_pin(qtbot: QtBot, database_url: str, staff: StaffSection | None = None) -> object:
    config = replace(default_config(), speech=SpeechSection(engine="none"), staff=staff or StaffSection())
    window = make_window(database_url, config)
    qtbot.addWidget(window)
    window.show()
    return window


def _texts(screen: object) -> str:
    return " ".join(label.text() for label in screen.findChildren(QLabel))


@pytest.mark.parametrize("language", ["ko", "en"])
def test_without_a_pin_hash_there_is_no_staff_mode_and_the_pad_names_the_command(
    qtbot: QtBot, sqlite_url: str, language: str
) -> None:
    window = _window_without_pin(qtbot, sqlite_url)
    window.set_language(language)
    window.header.staff_gesture.emit()
    pad = window.navigator.current_screen
    assert pad.off_notice.isVisibleTo(pad) and pad.off_command.isVisibleTo(pad)
    assert not pad.pad.isVisibleTo(pad) and not pad.entry.isVisibleTo(pad)
    # Without the pad beside it, the notice takes the page's width (it had a narrow column).
    settle()
    assert pad.off_notice.width() > pad.width() * 2 // 3
    assert pad.off_command.text() == "kiosk staff set-pin"
    korean = any("\uac00" <= ch <= "\ud7a3" for ch in pad.off_notice.text() + pad.heading.text())
    assert korean == (language == "ko")
    assert "[staff]" in pad.off_notice.text()
    for pin in ("0000", "000000", DEMO_PIN):  # not even from a keyboard
        for digit in pin:
            qtbot.keyClick(pad, digit)
        qtbot.keyClick(pad, Qt.Key.Key_Return)
        assert not window.context.staff.session.active
    assert "0000" not in _texts(pad) and DEMO_PIN not in _texts(pad)
    window.context.database.dispose()


def test_the_demo_pin_signs_a_demo_in_and_is_never_shown(qtbot: QtBot, sqlite_url: str) -> None:
    window = _window_without_pin(qtbot, sqlite_url, with_demo_pin(default_config()).staff)
    for language in ("ko", "en"):
        window.set_language(language)
        window.header.staff_gesture.emit()
        assert DEMO_PIN not in _texts(window.navigator.current_screen)
    _type_pin(qtbot, window, DEMO_PIN)
    assert window.context.staff.session.active
    window.context.database.dispose()


def test_a_pad_locked_for_good_says_how_staff_unlock_it(
    qtbot: QtBot, window: object, context: AppContext
) -> None:
    window.staff_mode.open()
    clock = context.clock
    assert isinstance(clock, ManualClock)
    for _ in range(20):
        _type_pin(qtbot, window, "999999")
        clock.advance(timedelta(hours=1))
    window.staff_mode.open()
    pad = window.navigator.current_screen
    assert "kiosk staff unlock" in pad.message.text()
    _type_pin(qtbot, window, TEST_PIN)
    assert not context.staff.session.active


def test_staff_signed_in_here_unlock_another_kiosks_pad(
    qtbot: QtBot, window: object, context: AppContext
) -> None:
    lobby = StaffAuth(context.database, context.clock, context.config.staff, "Lobby west")
    clock = context.clock
    assert isinstance(clock, ManualClock)
    for _ in range(20):
        with pytest.raises((WrongPin, PadLocked)):
            lobby.check("999999")
        clock.advance(timedelta(hours=1))
    window.staff_mode.open()
    _type_pin(qtbot, window, TEST_PIN)  # this kiosk's own pad is not locked by the lobby's guesses
    home = window.navigator.current_screen
    assert home.pin_locks.summary.isVisibleTo(home) and "Lobby west" in home.pin_locks.summary.text()
    qtbot.mouseClick(home.pin_locks.unlock_button, Qt.MouseButton.LeftButton)
    assert "✓" in home.pin_locks.summary.text()
    lobby.check(TEST_PIN)
    window.navigator.go("home")
    window.navigator.go("staff")
    assert not home.pin_locks.summary.isVisibleTo(home)


@pytest.mark.parametrize("language", ["ko", "en"])
def test_on_a_portrait_panel_the_pad_is_below_the_entry_on_one_page(
    qtbot: QtBot, database_url: str, language: str
) -> None:
    # Beside each other they need 1,288 px of the 1,032 a 1080 px panel leaves (K08).
    win = make_portrait_window(database_url)
    qtbot.addWidget(win)
    win.show()
    apply_mode(win, MODES["normal"], language)
    win.navigator.go("staff_pin")
    settle()
    pad = win.navigator.current_screen
    entry_area = pad.entry_area.geometry()
    pad_area = pad.pad.parentWidget().geometry()
    assert pad_area.top() > entry_area.bottom()
    assert pad.pad.geometry().center().x() == pytest.approx(pad_area.width() / 2, abs=2)
    assert win.pages.page_count() == 1
    assert not win.pages.page_bar.isVisible()
    assert pad.sign_in_button.mapTo(win, pad.sign_in_button.rect().bottomRight()).y() < win.height()
    win.context.database.dispose()
