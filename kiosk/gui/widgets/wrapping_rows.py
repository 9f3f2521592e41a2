"""Lists whose rows wrap at the list's width instead of running past its edge."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem


class RowsWrapAtListWidth(QStyledItemDelegate):
    """Measures each row at the list's width, so its text wraps there: Qt measures a row at its text's
    natural width, and a long question or chat message ran past the list's edge, cut off (K08)."""

    def __init__(self, rows: QListView) -> None:
        super().__init__(rows)
        self._rows = rows

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = max(1, self._rows.viewport().width() - 2 * self._rows.spacing())
        measured = QStyleOptionViewItem(option)
        measured.rect = QRect(0, 0, width, 1)
        size = super().sizeHint(measured, index)
        # The style adds its text margins to the wrapped width; the row still must not pass the edge.
        return QSize(min(size.width(), width), size.height())


def wrap_rows(rows: QListView) -> None:
    """Make `rows` wrap each row at its width, again whenever that width changes (large text)."""
    rows.setWordWrap(True)
    rows.setResizeMode(QListView.ResizeMode.Adjust)
    rows.setItemDelegate(RowsWrapAtListWidth(rows))
