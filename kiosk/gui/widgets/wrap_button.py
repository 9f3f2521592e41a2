"""A push button whose label wraps onto several lines instead of being cut off (large-text mode)."""

from __future__ import annotations

from PySide6.QtCore import Property, QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPaintEvent
from PySide6.QtWidgets import QPushButton, QStyle, QStyleOptionButton, QStylePainter

from kiosk.gui import pictograms
from kiosk.gui.widgets.content_height import follow_content_height, refit, style_floor
from kiosk.gui.wrapping_style import wrap_words

FLAGS = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
_WIDTH_EVENTS = (QEvent.Type.Polish, QEvent.Type.StyleChange, QEvent.Type.FontChange)
_WIDTH_FLOOR = "_wrapWidthFloor"
_WIDTH_SET = "_wrapWidthSet"
# Pixels on each side for the style sheet's border, beyond the text padding.
BORDER_ROOM = 8
# Qt's style puts this much between an icon and its label (QCommonStyle, CE_PushButtonLabel).
QT_ICON_SPACING = 4


class WrapButton(QPushButton):
    """Draws its text word-wrapped; `text()` stays the whole label for tests and screen readers.

    `set_pictogram(name)` puts a pictogram (resources/icons/) left of the label, as tall as about a
    line of it, in the label's colour: the style sheet names that colour per theme and state through the
    pictogram* properties below (style sheets cannot colour an icon themselves)."""

    PADDING = 16

    def set_pictogram(self, name: str, above: bool = False) -> None:
        """Show the pictogram `name` beside the label (never instead of it: K26); `above`: over it,
        centred, as on a tile, so the pictogram takes no width from the label's words."""
        self.__dict__["_pictogram"] = name
        self.__dict__["_above"] = above
        self._update_pictogram()

    def _pictogram_above(self) -> bool:
        return bool(self.__dict__.get("_above")) and not self.icon().isNull()

    def pictogram(self) -> str:
        return str(self.__dict__.get("_pictogram", ""))

    def _colour(self, key: str) -> QColor:
        return QColor(self.__dict__.get(key, QColor("#000000")))

    def _set_colour(self, key: str, colour: QColor) -> None:
        if self.__dict__.get(key) != QColor(colour):
            self.__dict__[key] = QColor(colour)
            self._update_pictogram()

    # Qt property names, set by the style sheet (qproperty-pictogramColor): Qt's camelCase.
    pictogramColor = Property(  # noqa: N815
        QColor, lambda self: self._colour("_plain"), lambda self, c: self._set_colour("_plain", c)
    )
    pictogramCheckedColor = Property(  # noqa: N815
        QColor, lambda self: self._colour("_checked"), lambda self, c: self._set_colour("_checked", c)
    )
    pictogramDisabledColor = Property(  # noqa: N815
        QColor, lambda self: self._colour("_disabled"), lambda self, c: self._set_colour("_disabled", c)
    )

    def _update_pictogram(self) -> None:
        name = self.pictogram()
        if not name:
            return
        size = pictograms.pictogram_size(self.font().pixelSize() or self.fontMetrics().height())
        icon = pictograms.pictogram_icon(
            name,
            self._colour("_plain").name(),
            self._colour("_checked").name(),
            self._colour("_disabled").name(),
            size,
            self.devicePixelRatioF() or 1.0,
        )
        if self.icon().cacheKey() != icon.cacheKey():
            self.setIcon(icon)
        above = self.__dict__.get("_above")
        wanted = (
            QSize(size, size + pictograms.gap_px(size))
            if above
            else QSize(size + pictograms.gap_px(size), size)
        )
        if self.iconSize() != wanted:
            self.setIconSize(wanted)
            self._heights.clear()
            self._fit_longest_word()

    def _icon_room(self) -> int:
        """Width the pictogram takes from the label, with its gaps."""
        if self.icon().isNull() or self._pictogram_above():
            return 0
        return self.iconSize().width() + QT_ICON_SPACING

    def _icon_height_above(self) -> int:
        """Height the pictogram takes over the label, with its gap (0 beside the label)."""
        return self.iconSize().height() if self._pictogram_above() else 0

    def paintEvent(self, _event: QPaintEvent) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        # Broken into lines here, drawn by the style: only the style sheet knows the text colour of the
        # current state (a checked button's white on violet; the option's palette has the plain state's).
        lines = wrap_words(option.text, self.fontMetrics(), self._text_rect().width() - self._icon_room())
        option.text = lines.replace("&", "&&")  # a label's "&" is text, not a keyboard mnemonic
        painter = QStylePainter(self)
        if self._pictogram_above():
            self._paint_pictogram_above(painter, option)
        else:
            painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        painter.end()  # at once, not whenever Python frees the wrapper (a grab may paint again first)

    def _paint_pictogram_above(self, painter: QStylePainter, option: QStyleOptionButton) -> None:
        """The frame, then the label (the style colours it per state) below a centred pictogram."""
        painter.drawControl(QStyle.ControlElement.CE_PushButtonBevel, option)
        room = self._text_rect()
        text_height = self.fontMetrics().boundingRect(room, FLAGS, option.text).height()
        block = self._icon_height_above() + text_height
        top = room.top() + max(0, (room.height() - block) // 2)
        icon_size = self.iconSize().width()
        icon_rect = QRect(room.center().x() - icon_size // 2, top, icon_size, icon_size)
        mode = QIcon.Mode.Disabled if not self.isEnabled() else QIcon.Mode.Normal
        state = QIcon.State.On if self.isChecked() else QIcon.State.Off
        self.icon().paint(painter, icon_rect, Qt.AlignmentFlag.AlignCenter, mode, state)
        label = QStyleOptionButton(option)
        label.icon = QIcon()
        label.rect = QRect(self.rect().left(), top + self._icon_height_above(), self.width(), text_height)
        painter.drawControl(QStyle.ControlElement.CE_PushButtonLabel, label)

    def _text_rect(self) -> QRect:
        return self.rect().adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)

    def minimumSizeHint(self) -> QSize:
        # The longest word must fit on a line; everything else may wrap.
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(word) for word in self.text().split()), default=0)
        return QSize(longest + 2 * self.PADDING + self._icon_room(), super().minimumSizeHint().height())

    def event(self, event: QEvent) -> bool:
        if event.type() in _WIDTH_EVENTS:
            self._heights.clear()  # another font or style minimum: other heights
            if event.type() == QEvent.Type.FontChange:
                self._update_pictogram()  # large text: a larger pictogram
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
        room = self._text_rect().adjusted(self._icon_room(), self._icon_height_above(), 0, 0)
        need = self.fontMetrics().boundingRect(room, FLAGS, self.text()).size()
        if self._icon_room() and self.iconSize().height() > room.height() + 1:
            return f"pictogram needs {self.iconSize().height()} px of height, has {room.height()}"
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
            inner = max(1, width - 2 * self.PADDING - self._icon_room())
            text_rect = self.fontMetrics().boundingRect(QRect(0, 0, inner, 10_000), FLAGS, self.text())
            content = max(text_rect.height(), self.iconSize().height() if self._icon_room() else 0)
            content += self._icon_height_above()
            heights[width] = max(style_floor(self), content + 2 * self.PADDING)
        return heights[width]

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        # Wide enough for the label on one line inside this button's own padding (Qt's hint uses the
        # style's smaller padding, so a short label such as "채팅 끝내기" wrapped for 2 px).
        lines = self.text().split("\n")
        one_line = max(self.fontMetrics().horizontalAdvance(line) for line in lines)
        width = max(hint.width(), one_line + 2 * self.PADDING + self._icon_room() + 2)
        return QSize(width, max(hint.height(), self.heightForWidth(width)))
