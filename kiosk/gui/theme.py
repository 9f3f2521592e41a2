"""Renders ui/kiosk.qss with the colour tokens of a theme and the sizes of a text mode."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from string import Template

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from kiosk import paths

THEMES = ("default", "high_contrast")

# Base sizes in px on the reference 27-inch 1920x1080 panel (0.311 mm per px). Body text of 44 px
# gives Hangul glyphs of about 12 mm, the minimum character height of accessibility criterion K03.
BASE_SIZES = {
    "font_small": 42,
    "font_body": 44,
    "font_large": 52,
    "font_title": 60,
    "font_huge": 110,
    "font_tile": 48,
    "pad": 12,
    "target": 88,
    "header_target": 62,
    "tile": 120,
    "check": 56,
    "scroll": 64,
    # The narrow keyboard's keys (a portrait panel): ten in a row of 1080 px leave 94 px per key.
    "key_narrow": 52,
    "key_action_narrow": 42,
    # The compact keyboard (low reach on a portrait panel): 40 px keeps 한 at 12.9 mm there (K03).
    "key_compact": 40,
}
LARGE_TEXT_SCALE = 1.5
# Home tiles sit three in a row: their labels grow less, so two lines still fit a tile (K08).
# The narrow keyboard's labels must stay inside keys whose width the panel fixes; its preview grows instead.
LARGE_TEXT_SCALE_BY_SIZE = {
    "font_tile": 1.25,
    "tile": 1.75,
    "key_narrow": 1.1,
    "key_action_narrow": 1.1,
    "key_compact": 1.1,
}


@dataclass(frozen=True)
class Look:
    """What the resident chose: a colour theme and whether text is enlarged."""

    theme: str = "default"
    large_text: bool = False

    @property
    def scale(self) -> float:
        return LARGE_TEXT_SCALE if self.large_text else 1.0


@cache
def theme_tokens(theme: str) -> dict[str, str]:
    """The colour tokens of one theme, read from ui/themes/<theme>.toml."""
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}")
    with (paths.ui_dir() / "themes" / f"{theme}.toml").open("rb") as fh:
        return {key: str(value) for key, value in tomllib.load(fh).items()}


@cache
def _template() -> Template:
    return Template((paths.ui_dir() / "kiosk.qss").read_text(encoding="utf-8"))


def sizes(look: Look) -> dict[str, int]:
    """Pixel sizes for the text mode; touch targets grow with the text so nothing clips."""
    if not look.large_text:
        return dict(BASE_SIZES)
    return {
        key: round(value * LARGE_TEXT_SCALE_BY_SIZE.get(key, look.scale)) for key, value in BASE_SIZES.items()
    }


def style_sheet(look: Look) -> str:
    """The complete application style sheet for `look`."""
    values: dict[str, object] = {**theme_tokens(look.theme), **sizes(look)}
    return _template().substitute(values)


def apply_look(app: QApplication, look: Look) -> None:
    """Restyle the whole application at once."""
    if not app.property("wrappingStyle"):
        from kiosk.gui.wrapping_style import WrappingStyle

        app.setStyle(WrappingStyle())
        app.setProperty("wrappingStyle", True)
    app.setStyleSheet(style_sheet(look))
    # Style sheets cannot colour placeholder text; the palette can (K04: Qt's default grey is 3.4:1).
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(theme_tokens(look.theme)["muted"]))
    app.setPalette(palette)
    font = app.font()
    font.setPixelSize(sizes(look)["font_body"])
    app.setFont(font)
