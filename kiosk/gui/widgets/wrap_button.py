"""A push button whose label wraps onto several lines instead of being cut off (large-text mode)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QPushButton, QStyle, QStyleOptionButton, QStylePainter

FLAGS = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap


class WrapButton(QPushButton):
    """Draws its text word-wrapped; `text()` stays the whole label for tests and screen readers."""

    PADDING = 16

    def paintEvent(self, _event: QPaintEvent) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        text = option.text
        option.text = ""
        painter = QStylePainter(self)
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        # The style sheet's text colour for the current state is in the option's palette.
        painter.setPen(option.palette.buttonText().color())
        painter.drawText(self._text_rect(), FLAGS, text)

    def _text_rect(self) -> QRect:
        return self.rect().adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)

    def minimumSizeHint(self) -> QSize:
        # The longest word must fit on a line; everything else may wrap. Once the layout has given a
        # width, the wrapped lines set the minimum height: scroll areas and stacked pages do not pass
        # height-for-width down, so without this large text was cut off at the bottom (K08).
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(word) for word in self.text().split()), default=0)
        height = super().minimumSizeHint().height()
        if self.width() > longest:
            height = max(height, self.heightForWidth(self.width()))
        return QSize(longest + 2 * self.PADDING, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the minimum height follows the width (minimumSizeHint)

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

    def heightForWidth(self, width: int) -> int:
        inner = max(1, width - 2 * self.PADDING)
        text_height = self.fontMetrics().boundingRect(QRect(0, 0, inner, 10_000), FLAGS, self.text()).height()
        return max(self.minimumHeight(), text_height + 2 * self.PADDING)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self.heightForWidth(hint.width())))
