"""A push button whose label wraps onto several lines instead of being cut off (large-text mode)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QPushButton, QStyle, QStyleOptionButton, QStylePainter

from kiosk.gui.widgets.content_height import follow_content_height, refit, style_floor
from kiosk.gui.wrapping_style import wrap_words

FLAGS = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
_WIDTH_EVENTS = (QEvent.Type.Polish, QEvent.Type.StyleChange, QEvent.Type.FontChange)
_WIDTH_FLOOR = "_wrapWidthFloor"
_WIDTH_SET = "_wrapWidthSet"
# Pixels on each side for the style sheet's border, beyond the text padding.
BORDER_ROOM = 8


class WrapButton(QPushButton):
    """Draws its text word-wrapped; `text()` stays the whole label for tests and screen readers."""

    PADDING = 16

    def paintEvent(self, _event: QPaintEvent) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        # Broken into lines here, drawn by the style: only the style sheet knows the text colour of the
        # current state (a checked button's white on violet; the option's palette has the plain state's).
        lines = wrap_words(option.text, self.fontMetrics(), self._text_rect().width())
        option.text = lines.replace("&", "&&")  # a label's "&" is text, not a keyboard mnemonic
        painter = QStylePainter(self)
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        painter.end()  # at once, not whenever Python frees the wrapper (a grab may paint again first)

    def _text_rect(self) -> QRect:
        return self.rect().adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)

    def minimumSizeHint(self) -> QSize:
        # The longest word must fit on a line; everything else may wrap.
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(word) for word in self.text().split()), default=0)
        return QSize(longest + 2 * self.PADDING, super().minimumSizeHint().height())

    def event(self, event: QEvent) -> bool:
        if event.type() in _WIDTH_EVENTS:
            self._heights.clear()  # another font or style minimum: other heights
        handled = super().event(event)
        follow_content_height(self, event, self.heightForWidth)
        if event.type() in _WIDTH_EVENTS:
            self._fit_longest_word()
        return handled

    def setText(self, text: str) -> None:  # type: ignore[override]
        self._heights.clear()
        super().setText(text)
        self._fit_longest_word()
        refit(self, self.heightForWidth)

    def _fit_longest_word(self) -> None:
        """Minimum width: the theme's, or the longest word with its padding if that is wider. The theme's
        `min-width` is an explicit minimum, which layouts obey instead of minimumSizeHint(): a row of
        buttons squeezed "Full screen" below "screen" in large text (K08)."""
        current = self.minimumWidth()
        if self.property(_WIDTH_FLOOR) is None or current != self.property(_WIDTH_SET):
            self.setProperty(_WIDTH_FLOOR, current)
        width = max(int(self.property(_WIDTH_FLOOR)), self.minimumSizeHint().width() + 2 * BORDER_ROOM)
        self.setProperty(_WIDTH_SET, width)
        if current != width:
            self.setMinimumWidth(width)

    def painted_text_overflow(self) -> str:
        """Why the wrapped label does not fit inside the padding, or "" (for the K08 check)."""
        room = self._text_rect()
        need = self.fontMetrics().boundingRect(room, FLAGS, self.text()).size()
        if need.width() > room.width() + 1 or need.height() > room.height() + 1:
            return (
                f"wrapped label needs {need.width()} x {need.height()} px, "
                f"has {room.width()} x {room.height()}"
            )
        return ""

    def hasHeightForWidth(self) -> bool:
        return True

    @property
    def _heights(self) -> dict[int, int]:
        # Height per width, until the text, font or style changes. Layouts ask for it thousands of
        # times on every screen change (a stacked widget sums up every page, built or hidden): measuring
        # the text each time made a screen change take 74 ms instead of 16.
        return self.__dict__.setdefault("_height_cache", {})  # type: ignore[no-any-return]

    def heightForWidth(self, width: int) -> int:
        heights = self._heights
        if width not in heights:
            inner = max(1, width - 2 * self.PADDING)
            text_rect = self.fontMetrics().boundingRect(QRect(0, 0, inner, 10_000), FLAGS, self.text())
            heights[width] = max(style_floor(self), text_rect.height() + 2 * self.PADDING)
        return heights[width]

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self.heightForWidth(hint.width())))
