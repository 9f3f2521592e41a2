"""A read-only list of chat messages, newest at the bottom, each labelled with who wrote it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from kiosk.domain.chat import ChatMessage, Sender
from kiosk.gui.widgets.wrapping_rows import wrap_rows


class ChatTranscript(QListWidget):
    """Items are never selectable: the list only shows what was said."""

    def __init__(self, object_name: str) -> None:
        super().__init__(objectName=object_name)
        wrap_rows(self)
        # Lines wrap, so nothing scrolls sideways (no second scroll bar at the corner, K02).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.last_id = 0

    def add_messages(self, messages: list[ChatMessage], labels: dict[Sender, str]) -> None:
        """Append `messages` with their sender's label and scroll to the newest."""
        for message in messages:
            item = QListWidgetItem(f"{labels[message.sender]}: {message.body}")
            if message.sender is Sender.STAFF:
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.addItem(item)
            self.last_id = max(self.last_id, message.id)
        if messages:
            self.scrollToBottom()

    def texts(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]

    def wipe(self) -> None:
        self.clear()
        self.last_id = 0
