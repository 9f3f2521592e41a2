"""The booklet viewer: pages turn with buttons and swipes, zoom changes the size."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from kiosk.domain.booklet import load_booklet
from kiosk.domain.tax_calendar import load_tax_calendar
from kiosk.gui.screens.booklet import BookletScreen
from kiosk.services.booklet import write_booklet
from kiosk.storage.database import Database
from tests.helpers.address_space import fail_if_address_space_is_limited
from tests.helpers.info_desk import context_on


@pytest.fixture
def screen(qtbot, database: Database, tmp_path: Path) -> BookletScreen:  # type: ignore[no-untyped-def]
    fail_if_address_space_is_limited()
    pdf = write_booklet(tmp_path / "booklet.pdf", 2027, load_booklet(), load_tax_calendar())
    widget = BookletScreen(context_on(database, datetime(2027, 3, 2, 10, 0)), booklet_file=pdf)
    qtbot.addWidget(widget)
    widget.resize(1920, 980)
    widget.show()
    widget.entered()
    return widget


def test_opens_on_the_first_page(screen: BookletScreen) -> None:
    assert screen.page_count() == 2 + len(load_booklet().pages)
    assert screen.page_label.text() == "Page 1 of 7"
    assert not screen.previous_button.isEnabled()
    assert not screen.page_view.pixmap().isNull()


def test_next_and_previous_buttons_turn_pages(qtbot, screen: BookletScreen) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert screen.page_label.text() == "Page 3 of 7"
    qtbot.mouseClick(screen.previous_button, Qt.MouseButton.LeftButton)
    assert screen.page_index == 1
    for _ in range(10):
        qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert screen.page_label.text() == "Page 7 of 7"
    assert not screen.next_button.isEnabled()


def test_swipe_left_turns_to_the_next_page(qtbot, screen: BookletScreen) -> None:  # type: ignore[no-untyped-def]
    view = screen.page_view
    middle = view.rect().center()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=middle - QPoint(300, 10))
    assert screen.page_index == 1
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=middle + QPoint(20, 300))  # a scroll, not a swipe
    assert screen.page_index == 1


def test_zoom_makes_the_page_larger_and_reset_restores_it(qtbot, screen: BookletScreen) -> None:  # type: ignore[no-untyped-def]
    before = screen.page_view.pixmap().height()
    qtbot.mouseClick(screen.zoom_in_button, Qt.MouseButton.LeftButton)
    assert screen.page_view.pixmap().height() > before
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    screen.reset()
    assert screen.page_index == 0
    assert screen.page_view.pixmap().height() == before
