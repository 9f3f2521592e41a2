"""A row of widgets that becomes a column when the width cannot give each its room (a portrait panel,
large text), instead of running past the page's edge (K08)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QLayoutItem, QWidget

from kiosk.gui.widgets.item_list_layout import ItemListLayout

# The least width a stretching item (a wrapped sentence) keeps in a row: about eight large Hangul.
MIN_STRETCH_WIDTH = 400


class RowOrColumn(ItemListLayout):
    """Side by side while every fixed item has its preferred width and every stretching one at least
    MIN_STRETCH_WIDTH; otherwise one above the other, each at the full width. Height follows width."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 24) -> None:
        super().__init__(parent, spacing)
        self._stretch: dict[int, int] = {}
        self._row_widths: dict[int, int] = {}

    def add(self, widget: QWidget, stretch: int = 0, row_width: int | None = None) -> None:
        """Add `widget`; items with a stretch share the width the others leave in a row. A `row_width`
        is the item's width in a row (a list of links that keeps one width whatever the language); in a
        column it takes the full width like the others."""
        self.addWidget(widget)
        self._stretch[id(widget)] = stretch
        if row_width is not None:
            self._row_widths[id(widget)] = row_width

    # --- QLayout ---------------------------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        placed = self._place(QRect(0, 0, width, 0))
        return max((rect.bottom() + 1 for rect in placed.values()), default=0)

    def sizeHint(self) -> QSize:
        width = self._row_width()
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:
        # The height is the parent's to ask through heightForWidth, as Qt's own layouts leave it: a
        # height measured at the row's narrowest width made a scroll area's page taller than any row.
        shown = self._shown()
        width = max((item.minimumSize().width() for item in shown), default=0)
        return QSize(width, max((item.minimumSize().height() for item in shown), default=0))

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        for item, placed in self._place(rect).items():
            item.setGeometry(placed)

    # --- arranging -------------------------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _stretch_of(self, item: QLayoutItem) -> int:
        widget = item.widget()
        return self._stretch.get(id(widget), 0) if widget is not None else 0

    def _fixed_width(self, item: QLayoutItem) -> int:
        """The width of an item without a stretch in a row."""
        widget = item.widget()
        row_width = self._row_widths.get(id(widget)) if widget is not None else None
        return row_width if row_width is not None else item.sizeHint().width()

    def _row_width(self) -> int:
        """The width the items need side by side."""
        shown = self._shown()
        widths = [
            max(item.minimumSize().width(), MIN_STRETCH_WIDTH)
            if self._stretch_of(item)
            else self._fixed_width(item)
            for item in shown
        ]
        return sum(widths) + self._spacing * max(0, len(shown) - 1)

    def _place(self, rect: QRect) -> dict[QLayoutItem, QRect]:
        shown = self._shown()
        if rect.width() >= self._row_width():
            return self._row(rect, shown)
        placed, y = {}, rect.y()
        for item in shown:
            height = self._height_at(item, rect.width())
            placed[item] = QRect(rect.x(), y, rect.width(), height)
            y += height + self._spacing
        return placed

    def _row(self, rect: QRect, shown: list[QLayoutItem]) -> dict[QLayoutItem, QRect]:
        fixed = sum(self._fixed_width(item) for item in shown if not self._stretch_of(item))
        stretches = sum(self._stretch_of(item) for item in shown)
        free = rect.width() - fixed - self._spacing * max(0, len(shown) - 1)
        widths = [
            free * self._stretch_of(item) // stretches if self._stretch_of(item) else self._fixed_width(item)
            for item in shown
        ]
        height = max((self._height_at(item, w) for item, w in zip(shown, widths, strict=True)), default=0)
        placed, x = {}, rect.x()
        for item, width in zip(shown, widths, strict=True):
            placed[item] = QRect(x, rect.y(), width, height)
            x += width + self._spacing
        return placed

    @staticmethod
    def _height_at(item: QLayoutItem, width: int) -> int:
        if item.hasHeightForWidth():
            return max(item.heightForWidth(width), item.minimumSize().height())
        return item.sizeHint().height()
