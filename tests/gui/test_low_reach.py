"""Low-reach mode: one tap on every screen moves every control below the reach ceiling (K09, K10)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from kiosk.domain.panel import REACH_HIGH_MM
from kiosk.gui.accessibility import checks
from kiosk.gui.accessibility.audit import MODES, apply_mode, screen_roots, settle
from tests.helpers.a11y import close_window
from tests.helpers.kiosk_window import make_portrait_window, make_window


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


def test_a_portrait_panel_keeps_its_top_rows_free_of_controls_and_text(qtbot, database_url: str) -> None:
    """A 32-inch portrait panel reaches 1408 mm: its top rows show Seti only, the header starts below."""
    win = make_portrait_window(database_url)
    win.show()
    settle()
    try:
        out_of_reach = win.panel.rows_above(REACH_HIGH_MM)
        assert out_of_reach > 500
        assert win.reach_band.isVisible() and win.reach_band.height() == out_of_reach
        assert win.reach_band.picture.isVisible() and not win.reach_band.title.isVisible()
        assert win.header.geometry().top() == out_of_reach
        assert _lowest_top_mm(win) <= REACH_HIGH_MM + 0.5
        texts = checks.text_widgets(win, screen_roots(win))
        tops = [win.panel.height_above_floor(checks.visible_rect(t, win).top()) for t in texts]
        assert texts and max(tops) <= REACH_HIGH_MM + 0.5
        # Low reach: the band grows down to its ceiling and names the screen below the out-of-reach rows.
        win.set_low_reach(True)
        settle()
        ceiling = win.context.config.screen.low_reach_top_mm
        assert win.reach_band.height() == win.panel.rows_above(ceiling)
        assert win.reach_band.title.isVisible() and win.reach_band.text() == "서초 택스테이션"
        assert win.reach_band.title.mapTo(win, win.reach_band.title.rect().topLeft()).y() >= out_of_reach
        assert _lowest_top_mm(win) <= ceiling
    finally:
        close_window(win)


@pytest.mark.parametrize("language", ["ko", "en"])
def test_a_portrait_panel_fits_the_check_in_form_and_keyboard_under_the_ceiling(
    qtbot, database_url: str, language: str
) -> None:
    """677 rows lie below 950 mm on that panel: the header without its title row, four rows of keys and a
    page of the form, the title and step in the band above (issue 18, item 8)."""
    win = make_portrait_window(database_url)
    win.show()
    settle()
    try:
        apply_mode(win, MODES["low_reach"], language)
        win.navigator.go("video")
        settle()
        field = win.navigator.current_screen.findChildren(QLineEdit)[0]
        field.setFocus()
        settle()
        keyboard = win.keyboard_dock.keyboard
        assert keyboard.isVisible() and keyboard.is_compact()
        assert not win.header.title_label.isVisible()
        step = win.header.step_label.text()
        assert step and win.reach_band.text().endswith(step)
        # The window stays the panel's size: nothing was pushed below its lower edge.
        assert win.height() == win.panel.height_px
        assert _lowest_top_mm(win) <= win.context.config.screen.low_reach_top_mm
        field_top = field.mapTo(win, field.rect().topLeft()).y()
        assert win.pages.geometry().top() <= field_top < keyboard.geometry().top()
        # Out of low reach the keyboard has its preview again and the header its title.
        win.set_low_reach(False)
        settle()
        assert not keyboard.is_compact() and win.header.title_label.isVisible()
    finally:
        close_window(win)
