"""Push-button labels wrap onto more lines instead of being cut off (accessibility K08).

Large text makes "Book a tax consultation" wider than a home tile; a style under the style sheet
breaks such a label between words when it does not fit, for every button of every screen (style sheets
draw button labels through `drawItemText` of the application style).
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QProxyStyle


def wrap_words(text: str, metrics: QFontMetrics, width: int) -> str:
    """`text` with line breaks between words so each line fits `width` where a word allows it."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and metrics.horizontalAdvance(candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return "\n".join(lines)


class WrappingStyle(QProxyStyle):
    """The platform style, except that push-button labels wrap when they are too wide."""

    def drawItemText(
        self,
        painter: QPainter,
        rect: QRect,
        flags: int,
        palette: QPalette,
        enabled: bool,
        text: str,
        role: QPalette.ColorRole = QPalette.ColorRole.NoRole,
    ) -> None:
        # The style sheet draws button labels through here: break a label that is too wide.
        metrics = painter.fontMetrics()
        if " " in text and "\n" not in text and metrics.horizontalAdvance(text) > rect.width():
            text = wrap_words(text, metrics, rect.width())
        super().drawItemText(painter, rect, flags, palette, enabled, text, role)
