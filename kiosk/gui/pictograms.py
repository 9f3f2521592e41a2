"""Pictograms beside labels (Tabler Icons, vendored in resources/icons/, see its README).

Each SVG is read once and each (pictogram, colour, size) rendered once: a screen change or a new look
only looks pixmaps up. The colours come from the style sheet (WrapButton's pictogram* properties), so a
pictogram always has its label's colour, in every theme and state; a pictogram never replaces a label.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from kiosk import paths

# Room between a pictogram and its label, part of the pixmap (Qt's own gap is 4 px, too tight to read).
GAP_SHARE = 0.3
# A pictogram's height, relative to the label's font size.
SIZE_SHARE = 1.2


def icons_dir() -> Path:
    return paths.resources_dir() / "icons"


@cache
def svg_text(name: str) -> str:
    """The vendored SVG of `name` (resources/icons/<name>.svg); strokes in `currentColor`."""
    return (icons_dir() / f"{name}.svg").read_text(encoding="utf-8")


@cache
def rendered(name: str, colour: str, size: int, ratio: float = 1.0) -> QPixmap:
    """`name` drawn in `colour` (#RRGGBB), `size` logical px square, with the label gap on its right."""
    svg = svg_text(name).replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    gap = round(size * GAP_SHARE)
    image = QImage(
        round((size + gap) * ratio), round(size * ratio), QImage.Format.Format_ARGB32_Premultiplied
    )
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size * ratio, size * ratio))
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


@cache
def pictogram_icon(name: str, normal: str, checked: str, disabled: str, size: int, ratio: float) -> QIcon:
    """An icon whose pixmap follows the button's state: plain, checked (On) and disabled colours."""
    icon = QIcon()
    for state, colour in ((QIcon.State.Off, normal), (QIcon.State.On, checked)):
        pixmap = rendered(name, colour, size, ratio)
        icon.addPixmap(pixmap, QIcon.Mode.Normal, state)
        icon.addPixmap(pixmap, QIcon.Mode.Active, state)  # focused: same colours as plain
        icon.addPixmap(rendered(name, disabled, size, ratio), QIcon.Mode.Disabled, state)
    return icon


def pictogram_size(font_px: int) -> int:
    return max(24, round(font_px * SIZE_SHARE))


def gap_px(size: int) -> int:
    return round(size * GAP_SHARE)
