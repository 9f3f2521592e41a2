"""The shell as a resident meets it: home tiles, header bar, language, looks, lazy screens."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from kiosk.gui.screens.registry import SCREENS
from tests.helpers.kiosk_window import make_window


@pytest.fixture
def window(qtbot, database_url: str) -> Iterator[object]:
    win = make_window(database_url)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.context.database.dispose()


def test_starts_on_home_in_korean_with_six_tiles(window) -> None:
    home = window.navigator.current_screen
    assert window.navigator.current_route == "home"
    assert window.header.title_label.text() == "서초 세무스테이션"
    texts = {tile.text() for tile in home.tiles()}
    assert texts == {
        "세무 상담 예약",
        "세금 강의",
        "지방세 납부 일정",
        "세금 안내·도움",
        "메타버스 QR 코드",
        "행사·설명회",
    }
    assert {tile.property("route") for tile in home.tiles()} <= set(SCREENS)


def test_only_the_home_screen_is_built_at_start(window) -> None:
    assert list(window.navigator.built_screens()) == ["home"]


def test_tile_opens_its_screen_and_back_and_home_return(qtbot, window) -> None:
    home = window.navigator.current_screen
    assert not window.header.back_button.isEnabled()
    tile = next(t for t in home.tiles() if t.property("route") == "schedule")
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert window.navigator.current_route == "schedule"
    assert window.header.back_button.isEnabled()
    qtbot.mouseClick(window.header.back_button, Qt.MouseButton.LeftButton)
    assert window.navigator.current_route == "home"
    qtbot.mouseClick(window.header.help_button, Qt.MouseButton.LeftButton)
    assert window.navigator.current_route == "help"
    qtbot.mouseClick(window.header.home_button, Qt.MouseButton.LeftButton)
    assert window.navigator.current_route == "home"
    assert not window.navigator.can_go_back()


def test_language_switch_retranslates_the_visible_screen_at_once(qtbot, window) -> None:
    qtbot.mouseClick(window.header.help_button, Qt.MouseButton.LeftButton)
    help_screen = window.navigator.current_screen
    assert help_screen.heading.text() == "직원이 곧 도와드리러 갑니다."
    qtbot.mouseClick(window.header.language_button, Qt.MouseButton.LeftButton)
    assert help_screen.heading.text() == "A staff member will come to help you."
    assert window.header.title_label.text() == "Call staff"
    assert window.header.home_button.text() == "Home"
    assert window.header.language_button.text() == "한국어"
    qtbot.mouseClick(window.header.language_button, Qt.MouseButton.LeftButton)
    assert window.header.home_button.text() == "처음으로"


def test_language_buttons_on_the_first_screen_are_labelled_in_their_own_language(qtbot, window) -> None:
    home = window.navigator.current_screen
    assert home.ui.koreanButton.text() == "한국어"
    assert home.ui.englishButton.text() == "English"
    qtbot.mouseClick(home.ui.englishButton, Qt.MouseButton.LeftButton)
    assert home.ui.welcomeLabel.text() == "Welcome to Seocho Tax Station"
    assert home.ui.englishButton.isChecked() and not home.ui.koreanButton.isChecked()


def test_large_text_and_high_contrast_restyle_what_shows(qtbot, window) -> None:
    home = window.navigator.current_screen
    normal_sheet = home.styleSheet()
    tile = home.tiles()[0]
    normal_height = tile.sizeHint().height()
    qtbot.mouseClick(window.header.large_text_button, Qt.MouseButton.LeftButton)
    assert "font-size: 66px" in home.styleSheet()
    assert "font-size: 66px" in window.header.styleSheet()
    assert tile.sizeHint().height() > normal_height
    qtbot.mouseClick(window.header.contrast_button, Qt.MouseButton.LeftButton)
    assert "#000000" in home.styleSheet() and home.styleSheet() != normal_sheet
    assert window.look.large_text and window.look.theme == "high_contrast"


def test_every_registered_screen_opens_with_a_title_and_translated_header(qtbot, window) -> None:
    for route in SCREENS:
        window.navigator.go(route)
        assert window.navigator.current_route == route
        assert window.header.title_label.text(), route


def test_every_button_carries_text(window) -> None:
    for route in SCREENS:
        window.navigator.go(route)
    icon_only = [b.objectName() for b in window.findChildren(QPushButton) if not b.text().strip()]
    assert icon_only == []
