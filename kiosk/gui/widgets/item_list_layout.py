"""The item bookkeeping Qt asks of every hand-written QLayout, written once for the kiosk's layouts."""

from __future__ import annotations

from PySide6.QtCore import QMargins
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class ItemListLayout(QLayout):
    """Keeps the items in a list, in the order added, and a spacing; subclasses place them."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 12) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None
