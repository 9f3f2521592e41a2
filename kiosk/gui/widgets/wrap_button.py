"""A push button whose label wraps onto more lines instead of being clipped (large-text mode)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QPushButton, QWidget

# Style sheet padding and border on each side (ui/kiosk.qss: pad 12-18 px, border 3-5 px), with room.
TEXT_INSET_PX = 40


class WrappingButton(QPushButton):
    """Breaks its label between words to fit its width; `label()` is the text without the breaks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = ""

    def label(self) -> str:
        return self._label

    def set_label(self, text: str) -> None:
        """Set the text; it is wrapped now and again whenever the width or font changes."""
        self._label = text
        self._rewrap()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rewrap()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._rewrap()

    def _rewrap(self) -> None:
        metrics = QFontMetrics(self.font())
        lines = wrap_words(self._label, self.width() - TEXT_INSET_PX, metrics.horizontalAdvance)
        text = "\n".join(lines)
        if text != self.text():
            self.setText(text)
        self.setMinimumHeight(max(self.minimumHeight(), len(lines) * metrics.lineSpacing() + TEXT_INSET_PX))


def wrap_words(text: str, width: int, advance: object) -> list[str]:
    """Greedy word wrap of `text` into lines no wider than `width` (a word longer than that stays whole)."""
    measure = advance  # callable: str -> int
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and measure(candidate) > width:  # type: ignore[operator]
            lines.append(current)
            current = word
        else:
            current = candidate
    if current or not lines:
        lines.append(current)
    return lines
