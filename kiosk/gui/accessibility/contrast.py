"""Colour contrast by the WCAG relative-luminance formula, on colour tokens and on rendered pixels (K04-K06).

Style sheets override palettes, so a widget's real colours are only known from what Qt painted:
`text_contrast` takes a grabbed image and separates the glyphs from the dominant background.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QColor, QImage

Rgb = tuple[int, int, int]

MIN_TEXT_CONTRAST = 4.5  # K04
MIN_TEXT_CONTRAST_HIGH = 7.0  # K05
MIN_NON_TEXT_CONTRAST = 3.0  # K06, focus indicator


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(rgb: Rgb) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""
    r, g, b = (_channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: Rgb, second: Rgb) -> float:
    """WCAG contrast ratio, from 1.0 to 21.0."""
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def hex_rgb(colour: str) -> Rgb:
    """ "#RRGGBB" as a tuple."""
    c = QColor(colour)
    return c.red(), c.green(), c.blue()


def pixel_counts(image: QImage) -> Counter[Rgb]:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    counts: Counter[Rgb] = Counter()
    width, height = image.width(), image.height()
    data = bytes(image.constBits())
    stride = image.bytesPerLine()
    for y in range(height):
        row = data[y * stride : y * stride + width * 4]
        # Format_RGB32 is 0xffRRGGBB: bytes are B, G, R, A on little-endian machines.
        counts.update(zip(row[2::4], row[1::4], row[0::4], strict=True))
    return counts


def text_contrast(image: QImage) -> tuple[float, Rgb, Rgb] | None:
    """(ratio, text colour, background colour) of the text painted in `image`; None if no text shows.

    The background is the most frequent colour; the text colour is the one, among colours covering a
    noticeable share of the other pixels (glyph cores, not anti-aliased edges), that contrasts most
    with the background.
    """
    counts = pixel_counts(image)
    if not counts:
        return None
    background, background_count = counts.most_common(1)[0]
    others = sum(counts.values()) - background_count
    if others == 0:
        return None
    floor = max(4, others * 0.03)
    candidates = [rgb for rgb, n in counts.items() if rgb != background and n >= floor]
    if not candidates:
        return None
    text = max(candidates, key=lambda rgb: contrast_ratio(rgb, background))
    return contrast_ratio(text, background), text, background
