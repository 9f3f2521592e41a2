"""Building blocks of the staff desk tests: the real window in English, and a tap as staff make it."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.kiosk_window import make_window


def english_window(qtbot: QtBot, database_url: str) -> Iterator[object]:
    """The kiosk window on a fresh database, shown, in English, staff idle sign-out stopped."""
    window = make_window(database_url)
    window.staff_mode.idle.stop()
    qtbot.addWidget(window)
    window.show()
    window.set_language("en")
    yield window
    window.context.database.dispose()


def open_desk(window: object, route: str) -> object:
    """Sign in as staff and open the desk at `route`."""
    window.context.staff.session.sign_in()
    window.navigator.go(route)
    return window.navigator.current_screen


def tap(qtbot: QtBot, button: object) -> None:
    """Tap an enabled button; buttons added to a shown layout appear on the next turn of the loop."""
    qtbot.waitUntil(button.isVisible, timeout=2000)
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
