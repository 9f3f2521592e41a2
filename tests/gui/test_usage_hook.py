"""Every menu a resident opens is counted once; staff pages and Back are not."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.kiosk_window import TEST_START, make_window


def test_opening_menus_counts_them(qtbot: QtBot, database_url: str) -> None:
    window = make_window(database_url)
    qtbot.addWidget(window)
    window.show()
    home = window.navigator.current_screen
    lectures = next(t for t in home.tiles() if t.property("route") == "lectures")
    qtbot.mouseClick(lectures, Qt.MouseButton.LeftButton)
    window.navigator.back()
    qtbot.mouseClick(lectures, Qt.MouseButton.LeftButton)
    window.navigator.go("staff_pin")
    window.set_language("en")
    day = TEST_START.date()
    counts = window.context.staff.usage.counts(day, day)
    assert [(c.route, c.taps) for c in counts] == [("lectures", 2)]
    assert window.context.staff.usage.counts(date(2026, 11, 26), date(2026, 11, 26)) == []
    window.context.database.dispose()
