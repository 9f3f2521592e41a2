"""Low-reach mode: one tap on every screen moves every control below the reach ceiling (K09, K10)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from kiosk.gui.accessibility import checks
from kiosk.gui.accessibility.audit import screen_roots, settle
from tests.helpers.a11y import close_window
from tests.helpers.kiosk_window import make_window


@pytest.fixture
def window(qtbot, database_url: str) -> Iterator[object]:
    win = make_window(database_url)
    win.show()
    settle()
    yield win
    close_window(win)


def _lowest_top_mm(window) -> float:
    found = checks.targets(window, screen_roots(window))
    return max(window.panel.height_above_floor(rect.top()) for _w, rect, _l in found)


def test_the_header_toggle_moves_every_control_below_the_ceiling(qtbot, window) -> None:
    ceiling = window.context.config.screen.low_reach_top_mm
    assert _lowest_top_mm(window) > ceiling  # the header starts at the top edge, 1036 mm
    qtbot.mouseClick(window.header.low_reach_button, Qt.MouseButton.LeftButton)
    settle()
    assert window.low_reach and window.header.low_reach_button.isChecked()
    assert _lowest_top_mm(window) <= ceiling
    # The header now sits at the bottom and the band above shows only the title.
    assert window.header.geometry().bottom() == window.centralWidget().height() - 1
    assert window.reach_band.isVisible() and window.reach_band.text() == "서초 택스테이션"
    assert window.reach_band.height() == window.panel.rows_above(ceiling)


def test_the_mode_stays_while_navigating_and_the_idle_reset_restores_the_default(qtbot, window) -> None:
    window.header.low_reach_button.click()
    window.navigator.go("help")
    settle()
    assert window.header.low_reach_button.isChecked() and window.reach_band.text() == "직원 호출"
    window.reset_session()
    settle()
    assert not window.low_reach and not window.header.low_reach_button.isChecked()
    assert not window.reach_band.isVisible()
    assert window.header.geometry().top() == 0


def test_the_idle_warning_card_stays_below_the_band(qtbot, window) -> None:
    window.set_low_reach(True)
    window.idle_warning.show_seconds(30)
    settle()
    button = window.idle_warning.more_time_button
    top = button.mapTo(window, button.rect().topLeft()).y()
    assert window.panel.height_above_floor(top) <= window.context.config.screen.low_reach_top_mm
