"""No context menu anywhere: a kiosk has no right button, and Qt's text-field menu offers Undo and Paste.

A right click, a long press that a touch driver turns into one, or the Menu key of a keypad would open
it; Undo there brings back the previous resident's text and Paste the clipboard. One application event
filter, owned by the window, swallows every context-menu request, also of fields built later.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication


class NoContextMenu(QObject):
    """Swallows QContextMenuEvent for every widget while its owner lives."""

    def __init__(self, owner: QObject) -> None:
        super().__init__(owner)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.ContextMenu
