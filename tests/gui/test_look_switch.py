"""Large text and high contrast restyle what is on screen at once and every other part when it is next
shown (kiosk/gui/look_scope.py); a part styled late looks exactly as one built in that look."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from kiosk.demo import load_demo
from kiosk.gui.accessibility.audit import settle
from kiosk.gui.theme import Look, style_sheet
from tests.helpers.kiosk_window import make_window

# Screens with wrapping labels, lists, a calendar and a keyboard field: what a late restyle can get wrong.
ROUTES = ("home", "consultations", "booking_lookup", "schedule", "guide", "qr")
LARGE_CONTRAST = Look("high_contrast", large_text=True)


def _window(url: str) -> object:
    window = make_window(url)
    load_demo(window.context)
    window.show()
    window.activateWindow()
    settle()
    return window


@pytest.fixture
def built_window(qtbot, database_url: str) -> Iterator[object]:
    """Every screen of ROUTES built in the default look, home showing."""
    window = _window(database_url)
    qtbot.addWidget(window)
    for route in ROUTES:
        window.navigator.go(route)
        settle()
    window.navigator.home()
    settle()
    yield window
    window.context.database.dispose()


def _grab(window, route: str) -> QImage:
    window.navigator.go(route)
    settle()
    focused = QApplication.focusWidget()
    if focused is not None:
        focused.clearFocus()
    window.focus_ring.follow(None)
    settle()
    return window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def test_a_switch_restyles_the_header_and_the_screen_showing_and_no_hidden_screen(built_window) -> None:
    window = built_window
    hidden = window.navigator.built_screens()["schedule"]
    old_sheet = hidden.styleSheet()
    window.set_large_text(True)
    wanted = style_sheet(Look(large_text=True))
    assert window.header.styleSheet() == wanted
    assert window.navigator.current_screen.styleSheet() == wanted
    # The switch did not touch what is hidden: that is where the seconds went.
    assert hidden.styleSheet() == old_sheet
    window.navigator.go("schedule")
    assert hidden.styleSheet() == wanted


def test_the_keyboard_and_the_overlays_take_the_look_when_they_appear(built_window) -> None:
    window = built_window
    window.set_high_contrast(True)
    wanted = style_sheet(Look("high_contrast"))
    window.show_message("test")
    settle()
    assert window.message_card.styleSheet() == wanted
    window.message_card.hide()
    window.navigator.go("booking_lookup")
    settle()
    field = window.navigator.current_screen.findChild(QLineEdit)
    field.setFocus()
    settle()
    keyboard = window.keyboard_dock.keyboard
    assert keyboard.isVisible()
    assert keyboard.styleSheet() == wanted


def test_a_screen_styled_late_looks_as_one_built_in_that_look(built_window, tmp_path: Path) -> None:
    late = built_window
    late.set_high_contrast(True)
    late.set_large_text(True)
    settle()
    late_images = {route: _grab(late, route) for route in ROUTES}
    late.close()

    fresh = _window(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    fresh.set_high_contrast(True)
    fresh.set_large_text(True)
    settle()
    try:
        for route in ROUTES:
            image = _grab(fresh, route)
            if image != late_images[route]:
                image.save(str(tmp_path / f"{route}-fresh.png"))
                late_images[route].save(str(tmp_path / f"{route}-late.png"))
            assert image == late_images[route], f"{route} differs: see {tmp_path}"
    finally:
        fresh.close()
        fresh.context.database.dispose()


def _texts(screen) -> list[str]:
    # What the event loop does between taps: rebuilt rows that were let go of are gone.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    widgets = [screen, *screen.findChildren(QWidget)]
    return [w.text() for w in widgets if isinstance(w, QLabel | QAbstractButton) and not w.isHidden()]


def test_a_hidden_screen_speaks_the_new_language_when_it_is_next_shown(built_window, tmp_path: Path) -> None:
    late = built_window
    assert late.translations.language == "ko"
    hidden = late.navigator.built_screens()["guide"]
    korean = _texts(hidden)
    late.set_language("en")
    # Retranslating every built screen froze the switch for seconds; the hidden one waits its turn
    # (its tabs still say 환급, 납부 방법...).
    assert _texts(hidden)[:3] == korean[:3]
    late_texts = {}
    for route in ROUTES:
        late.navigator.go(route)
        settle()
        late_texts[route] = (_texts(late.navigator.current_screen), late.header.title_label.text())
    late.close()

    fresh = _window(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    fresh.set_language("en")
    try:
        for route in ROUTES:
            fresh.navigator.go(route)
            settle()
            texts = (_texts(fresh.navigator.current_screen), fresh.header.title_label.text())
            assert texts == late_texts[route], route
    finally:
        fresh.close()
        fresh.context.database.dispose()
