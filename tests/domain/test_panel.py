"""Pixels to millimetres and heights above the floor on the configured panel (K01, K03, K09)."""

from __future__ import annotations

import pytest

from kiosk.domain.panel import Panel

# The default: a 27-inch 16:9 panel, lower edge 700 mm above the floor.
PANEL = Panel(597.9, 336.3, 1920, 1080, 700.0)


def test_pixel_pitch_of_a_27_inch_1080p_panel() -> None:
    assert PANEL.mm_per_px == pytest.approx(0.3114, abs=1e-4)
    assert PANEL.px(12.0) == pytest.approx(38.5, abs=0.1)
    assert PANEL.mm(PANEL.px(2.5)) == pytest.approx(2.5)


def test_heights_above_the_floor_run_from_the_bottom_edge_to_the_top_edge() -> None:
    assert PANEL.height_above_floor(1080) == pytest.approx(700.0)
    assert PANEL.height_above_floor(0) == pytest.approx(1036.3)
    assert PANEL.y_at_height(PANEL.height_above_floor(333)) == pytest.approx(333)


def test_a_tilted_panel_rises_less() -> None:
    tilted = Panel(597.9, 336.3, 1920, 1080, 700.0, tilt_degrees=60)
    assert tilted.height_above_floor(0) == pytest.approx(700 + 336.3 / 2)


def test_rows_above_a_reach_ceiling() -> None:
    assert PANEL.rows_above(950.0) == 278
    assert PANEL.rows_above(1220.0) == 0
    # Turned to portrait with the lower edge at 800 mm, the top reaches 1398 mm: 572 rows are out of reach.
    portrait = Panel(336.3, 597.9, 1080, 1920, 800.0)
    assert portrait.height_above_floor(0) == pytest.approx(1397.9)
    assert portrait.rows_above(1220.0) == 572
