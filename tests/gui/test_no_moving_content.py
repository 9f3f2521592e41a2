"""K22: nothing on a screen changes by itself while a resident is using it (no carousels, no rotating
notices); only the header clock may. ../shared/facts/accessibility.md K22: screenshots at t = 0, 5 and
10 s must be identical except for the countdown region."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from kiosk.demo import load_demo
from kiosk.gui.accessibility.audit import settle
from kiosk.gui.accessibility.checks import window_rect
from kiosk.gui.screens.registry import SCREENS
from tests.helpers.kiosk_window import make_window

# The ticket board is shown on a second screen at events: calling the next ticket is its job (K22
# applies to a resident's task, not a display board), and it changes only when staff call one.
BOARDS = {"now_serving"}


@pytest.fixture
def window(tmp_path) -> Iterator[object]:
    win = make_window(f"sqlite:///{tmp_path / 'kiosk.sqlite3'}")
    load_demo(win.context)
    win.show()
    settle()
    yield win


def _frame(window) -> QImage:
    """The window's pixels with the header clock blanked (it is meant to change)."""
    image = window.grab().toImage()
    painter = QPainter(image)
    painter.fillRect(window_rect(window.header.clock_label, window), QColor("#FF00FF"))
    painter.end()
    return image


def _five_seconds_pass(window) -> None:
    """Five seconds of the kiosk's own time with no touch: every running timer fires as often as it
    would (the clock is a ManualClock, so the screens see the time move on too)."""
    window.context.clock.advance(timedelta(seconds=5))
    # Windows are not children of the application object: their timers are looked up in each one.
    owners = [QApplication.instance(), *QApplication.topLevelWidgets()]
    timers = {t for owner in owners for t in owner.findChildren(QTimer) if t.isActive()}
    assert timers, "no timer runs: the header clock's at least should"
    for timer in timers:
        for _ in range(max(1, min(5000 // max(timer.interval(), 1), 50))):
            timer.timeout.emit()
    settle()


def _changed_area(first: QImage, second: QImage) -> QRect | None:
    if first == second:
        return None
    area = QRect()
    for y in range(0, first.height(), 4):
        for x in range(0, first.width(), 4):
            if first.pixel(x, y) != second.pixel(x, y):
                area = area.united(QRect(x, y, 4, 4))
    return area


@pytest.mark.parametrize("route", [route for route in SCREENS if route not in BOARDS])
def test_a_screen_left_alone_does_not_change(window, route: str) -> None:
    window.navigator.go(route)
    settle()
    frames = [_frame(window)]
    for _ in range(2):
        _five_seconds_pass(window)
        frames.append(_frame(window))
    assert window.navigator.current_route == route
    for later in frames[1:]:
        changed = _changed_area(frames[0], later)
        assert changed is None, f"[{route}] changed by itself at {changed}"


def test_the_header_clock_does_move_on(window) -> None:
    # The one region the test above blanks really is the clock: it changes as the minutes pass.
    before = window.header.clock_label.text()
    window.context.clock.advance(timedelta(minutes=1))
    window.header.update_clock()
    assert window.header.clock_label.text() != before


def test_a_rotating_notice_would_be_caught(window) -> None:
    # The check itself: a label that turns over every 3 s, as a carousel would, shows up as a change.
    from PySide6.QtWidgets import QLabel

    window.navigator.go("home")
    notices = iter(["공지 1", "공지 2", "공지 3", "공지 4"])
    label = QLabel(next(notices), window.navigator.current_screen)
    label.setGeometry(100, 100, 600, 100)
    label.show()
    rotate = QTimer(label, interval=3000)
    rotate.timeout.connect(lambda: label.setText(next(notices)))
    rotate.start()
    settle()
    first = _frame(window)
    _five_seconds_pass(window)
    assert _changed_area(first, _frame(window)) is not None
