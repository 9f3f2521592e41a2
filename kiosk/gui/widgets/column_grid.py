"""Equal columns, as many as the width holds: the home tiles go from four columns to three or two
when large text (or a portrait panel) leaves no room, instead of widening the page past the screen."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLayoutItem, QWidget

from kiosk.gui.widgets.item_list_layout import ItemListLayout


class ColumnGrid(ItemListLayout):
    """Items in reading order, row by row; rows share out any height the page has to spare."""

    def __init__(self, parent: QWidget | None = None, max_columns: int = 4, spacing: int = 32) -> None:
        super().__init__(parent, spacing)
        self._max_columns = max_columns

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Vertical

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        heights = self._row_heights(width)
        return sum(heights) + self._spacing * max(len(heights) - 1, 0)

    def columns_for(self, width: int) -> int:
        """The most columns (up to the form's four) whose items all keep their minimum width."""
        visible = self._visible()
        widest = max((item.minimumSize().width() for item in visible), default=0)
        for columns in range(min(self._max_columns, max(len(visible), 1)), 1, -1):
            if columns * widest + (columns - 1) * self._spacing <= width:
                return columns
        return 1

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        visible = self._visible()
        if not visible:
            return
        columns = self.columns_for(rect.width())
        column_width = self._column_width(rect.width(), columns)
        heights = self._row_heights(rect.width())
        spare = rect.height() - sum(heights) - self._spacing * (len(heights) - 1)
        if spare > 0:  # the page is taller than the tiles need: every row grows alike
            heights = [height + spare // len(heights) for height in heights]
        y = rect.y()
        for row, height in enumerate(heights):
            for column, item in enumerate(visible[row * columns : (row + 1) * columns]):
                x = rect.x() + column * (column_width + self._spacing)
                item.setGeometry(QRect(x, y, column_width, height))
            y += height + self._spacing

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _column_width(self, width: int, columns: int) -> int:
        return max((width - (columns - 1) * self._spacing) // columns, 0)

    def _row_heights(self, width: int) -> list[int]:
        visible = self._visible()
        columns = self.columns_for(width)
        column_width = self._column_width(width, columns)
        rows = [visible[start : start + columns] for start in range(0, len(visible), columns)]
        return [max(self._height(item, column_width) for item in row) for row in rows]

    @staticmethod
    def _height(item: QLayoutItem, width: int) -> int:
        # Not minimumSize(): a wrapping tile's minimum height follows its current width, and the
        # grid asks about widths the tile does not have yet.
        if item.hasHeightForWidth():
            return item.heightForWidth(width)
        return max(item.sizeHint().height(), item.minimumSize().height())
