"""Colour tokens of every theme meet the contrast criteria before anything is rendered (K04-K06)."""

from __future__ import annotations

import pytest

from kiosk.gui.accessibility.contrast import contrast_ratio, hex_rgb
from kiosk.gui.theme import THEMES, theme_tokens

# (text, background) pairs the style sheet (ui/kiosk.qss) paints.
TEXT_PAIRS = [
    ("text", "bg"),
    ("text", "surface"),
    ("muted", "bg"),
    ("muted", "surface"),
    ("primary", "bg"),
    ("primary", "surface"),
    ("on_primary", "primary"),
    ("on_accent", "accent"),
    ("on_header", "header_bg"),
    ("header_bg", "on_header"),
    ("on_danger", "danger"),
    ("on_ok", "ok"),
    ("on_disabled", "disabled_bg"),
    ("on_selected", "selected"),
    ("district", "bg"),
    ("district", "surface"),
]
# Backgrounds a focused control can sit on.
FOCUS_BACKGROUNDS = ["bg", "surface", "header_bg", "primary", "selected", "danger", "disabled_bg"]
MINIMUM = {"default": 4.5, "high_contrast": 7.0}


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize(("foreground", "background"), TEXT_PAIRS)
def test_text_pairs_meet_the_theme_minimum(theme: str, foreground: str, background: str) -> None:
    tokens = theme_tokens(theme)
    ratio = contrast_ratio(hex_rgb(tokens[foreground]), hex_rgb(tokens[background]))
    assert ratio >= MINIMUM[theme], f"{theme}: {foreground} on {background} is {ratio:.2f}:1"


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("background", FOCUS_BACKGROUNDS)
def test_one_tone_of_the_focus_ring_stands_out_on_every_background(theme: str, background: str) -> None:
    tokens = theme_tokens(theme)
    under = hex_rgb(tokens[background])
    best = max(contrast_ratio(hex_rgb(tokens[tone]), under) for tone in ("focus", "focus_halo"))
    assert best >= 3.0, f"{theme}: focus ring on {background} reaches only {best:.2f}:1"


@pytest.mark.parametrize("theme", THEMES)
def test_the_two_focus_tones_contrast_with_each_other(theme: str) -> None:
    tokens = theme_tokens(theme)
    assert contrast_ratio(hex_rgb(tokens["focus"]), hex_rgb(tokens["focus_halo"])) >= 3.0


def test_header_focus_border_stands_out_on_the_header() -> None:
    for theme in THEMES:
        tokens = theme_tokens(theme)
        assert contrast_ratio(hex_rgb(tokens["focus_on_header"]), hex_rgb(tokens["header_bg"])) >= 3.0


def _hue_family(colour: str) -> str:
    """The hue family K07 names (red, green, yellow, blue), or "" for greys and other hues."""
    from colorsys import rgb_to_hsv

    hue, saturation, value = rgb_to_hsv(*(channel / 255 for channel in hex_rgb(colour)))
    if saturation < 0.25 or value < 0.15:
        return ""  # grey, black, white: no hue to confuse
    degrees = hue * 360
    for family, low, high in (("red", 345, 360), ("red", 0, 15), ("yellow", 40, 70), ("green", 80, 160)):
        if low <= degrees < high:
            return family
    return "blue" if 190 <= degrees < 250 else ""


FORBIDDEN_HUE_PAIRS = {("red", "green"), ("green", "red"), ("yellow", "blue"), ("blue", "yellow")}


@pytest.mark.parametrize("theme", THEMES)
def test_no_red_on_green_and_no_yellow_on_blue(theme: str) -> None:
    # K07 (검증기준 principle 4, 508 1194.25(g)): the pairs colour-blind residents cannot tell apart.
    tokens = theme_tokens(theme)
    bad = [
        (fg, bg)
        for fg, bg in TEXT_PAIRS
        if (_hue_family(tokens[fg]), _hue_family(tokens[bg])) in FORBIDDEN_HUE_PAIRS
    ]
    assert not bad, f"{theme}: forbidden hue pairs {bad}"


def test_the_hue_families_are_told_apart() -> None:
    assert [_hue_family(c) for c in ("#B91C1C", "#166534", "#FFD23F", "#0B4F9C", "#4B5563")] == [
        "red",
        "green",
        "yellow",
        "blue",
        "",
    ]
