"""The physical keypad on the real window: arrows in reading order, Enter, Back, a visible ring (K15)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from kiosk.gui.accessibility.audit import settle
from tests.helpers.a11y import close_window
from tests.helpers.kiosk_window import make_window


@pytest.fixture
def window(qtbot, database_url: str) -> Iterator[object]:
    win = make_window(database_url)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    settle()
    yield win
    close_window(win)


def _press(qtbot, window, key: Qt.Key) -> object:
    qtbot.keyClick(QApplication.focusWidget() or window, key)
    settle()
    return QApplication.focusWidget()


def test_down_walks_the_home_screen_in_reading_order(qtbot, window) -> None:
    QApplication.focusWidget().clearFocus()
    visited = [_press(qtbot, window, Qt.Key.Key_Down).objectName() for _ in range(17)]
    assert visited == [
        "homeButton",
        "helpButton",
        "largeTextButton",
        "highContrastButton",
        "voiceButton",
        "lowReachButton",
        "languageButton",
        "tileCheckIn",  # the window's clock is in consultation hours
        "tileConsultations",
        "tileLectures",
        "tileSchedule",
        "tileGuide",
        "tileQr",
        "tileStation",
        "tileEvents",
        "koreanButton",
        "englishButton",
    ]
    # The disabled Back button is skipped; after the last control the focus wraps to the first.
    assert _press(qtbot, window, Qt.Key.Key_Down).objectName() == "homeButton"
    assert _press(qtbot, window, Qt.Key.Key_Up).objectName() == "englishButton"


def test_enter_activates_and_escape_and_backspace_go_back(qtbot, window) -> None:
    home = window.navigator.current_screen
    window.keypad.focus(home.ui.tileSchedule)
    _press(qtbot, window, Qt.Key.Key_Return)
    assert window.navigator.current_route == "schedule"
    _press(qtbot, window, Qt.Key.Key_Escape)
    assert window.navigator.current_route == "home"
    window.navigator.go("help")
    _press(qtbot, window, Qt.Key.Key_Backspace)
    assert window.navigator.current_route == "home"


def test_backspace_in_a_text_field_deletes_instead_of_going_back(qtbot, window) -> None:
    window.navigator.go("help")
    field = QLineEdit("가나", window.navigator.current_screen)
    field.show()
    field.setFocus()
    settle()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert field.text() == "가" and window.navigator.current_route == "help"
    # Left and Right move the cursor inside the field; Down leaves it.
    qtbot.keyClick(field, Qt.Key.Key_Left)
    assert QApplication.focusWidget() is field and field.cursorPosition() == 0
    assert _press(qtbot, window, Qt.Key.Key_Down) is not field


def test_the_focus_ring_follows_the_keypad_and_hides_on_touch(qtbot, window) -> None:
    QApplication.focusWidget().clearFocus()
    first = _press(qtbot, window, Qt.Key.Key_Down)
    assert window.focus_ring.isVisible() and window.focus_ring.target is first
    ring = window.focus_ring.geometry()
    button = first.geometry().translated(first.mapTo(window, first.rect().topLeft()) - first.pos())
    assert ring.contains(button) and ring.width() - button.width() >= 2 * 6
    qtbot.mouseClick(window.header.contrast_button, Qt.MouseButton.LeftButton)
    assert not window.focus_ring.isVisible()


def test_keypad_reaches_the_more_time_button_of_the_idle_warning(qtbot, window) -> None:
    window.idle_warning.show_seconds(25)
    settle()
    assert window.keypad.order() == [window.idle_warning.more_time_button]
    _press(qtbot, window, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.idle_warning.more_time):
        _press(qtbot, window, Qt.Key.Key_Return)


def test_a_ring_at_the_pages_edge_stays_inside_the_page(qtbot, window) -> None:
    """Below the page lies the keyboard or the header (dark): the ring moves over the control's rim."""
    window.set_low_reach(True)  # the header right below the page
    window.navigator.go("guide")
    settle()
    pages = window.pages
    assert pages.page_count() > 1
    viewport = pages.scroll.viewport()
    page = QRect(viewport.mapTo(window, viewport.rect().topLeft()), viewport.size())
    stack = pages.stack
    bar = pages.scroll.verticalScrollBar()

    def scroll_for(b: QPushButton) -> int:
        # The scroll that puts the button's bottom 3 px above the page's lower edge.
        return b.mapTo(stack, b.rect().bottomLeft()).y() + 1 + 3 - viewport.height()

    button = next(
        b
        for b in window.navigator.current_screen.findChildren(QPushButton)
        if b.isVisibleTo(stack) and 0 < scroll_for(b) <= bar.maximum()
    )
    # Without the page's edge its ring would reach 5 px past it, onto the header.
    bar.setValue(scroll_for(button))
    settle()
    window.focus_ring.follow(button)
    settle()
    ring = window.focus_ring.geometry()
    assert page.contains(ring) and ring.bottom() == page.bottom()
    assert ring.top() < button.mapTo(window, button.rect().topLeft()).y()
