"""The staff console: residents waiting for help on any kiosk, and the chat with the one chosen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from kiosk.app_context import AppContext
from kiosk.domain.chat import ConversationEnded, ConversationSummary, EmptyMessage, Sender
from kiosk.gui.focus_ring import RING_ROOM
from kiosk.gui.live_refresh import LiveRefresh
from kiosk.gui.screens.staff_base import StaffScreen, repolish
from kiosk.gui.widgets.chat_transcript import ChatTranscript
from kiosk.gui.widgets.wrap_button import WrapButton
from kiosk.services.live_updates import CHAT

CONVERSATION_ROLE = Qt.ItemDataRole.UserRole


class StaffChatScreen(StaffScreen):
    """Follows the chat's live updates: new residents and messages appear, departed ones vanish."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.chat = context.staff.chat
        self.conversation_id: int | None = None
        self.list_label = QLabel(objectName="consoleListLabel")
        self.list_label.setProperty("role", "subtitle")
        self.conversation_list = QListWidget(objectName="consoleConversations")
        self.conversation_list.setWordWrap(True)
        # Room around each conversation: items and the scroll bar >= 2.5 mm apart (K02).
        self.conversation_list.setSpacing(10)
        self.conversation_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conversation_list.itemClicked.connect(self._pick)
        self.empty_label = QLabel(objectName="consoleEmpty", wordWrap=True)
        self.empty_label.setProperty("role", "muted")
        self.empty_label.hide()
        left = QVBoxLayout()
        left.setSpacing(RING_ROOM)
        left.addWidget(self.list_label)
        left.addWidget(self.empty_label)
        left.addWidget(self.conversation_list, 1)

        self.chat_label = QLabel(objectName="consoleChatLabel", wordWrap=True)
        self.chat_label.setProperty("role", "subtitle")
        self.transcript = ChatTranscript("consoleTranscript")
        self.entry = QLineEdit(objectName="consoleEntry", maxLength=500)
        self.entry.returnPressed.connect(self.send)
        self.send_button = QPushButton(objectName="consoleSend")
        self.send_button.setProperty("role", "primary")
        self.send_button.clicked.connect(self.send)
        self.coming_button = WrapButton(objectName="consoleComing")
        self.coming_button.clicked.connect(lambda: self.send(self.coming_button.text()))
        self.notice = QLabel(objectName="consoleNotice", wordWrap=True)
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(self.send_button)
        right = QVBoxLayout()
        right.addWidget(self.chat_label)
        right.addWidget(self.transcript, 1)
        right.addWidget(self.notice)
        right.addWidget(self.coming_button)
        right.addLayout(entry_row)

        body = QHBoxLayout(self.content)
        body.setSpacing(24)
        body.addLayout(left, 2)
        body.addLayout(right, 3)

        self.live = LiveRefresh(self, context.live_updates, CHAT, self._chat_changed)
        self.retranslateUi()
        self._set_talking(False)

    def title(self) -> str:
        return self.tr("Live help chats")

    def retranslateUi(self) -> None:
        super().retranslateUi()
        self.list_label.setText(self.tr("Residents asking for help"))
        self.empty_label.setText(self.tr("No one is waiting."))
        self.send_button.setText(self.tr("Send"))
        self.coming_button.setText(self.tr("I am coming to the kiosk now."))
        self.entry.setPlaceholderText(self.tr("Type an answer"))
        if self.conversation_id is None:
            self.chat_label.setText(self.tr("Choose a resident on the left."))

    # Reading ----------------------------------------------------------------------------------------
    def _chat_changed(self, _conversation_id: str) -> None:
        # Any conversation's change can reorder or relabel the list: read it all again.
        if self.session.active:
            self.refresh()

    def refresh(self) -> None:
        """Re-list the conversations and fetch new messages of the open one."""
        summaries = self.chat.conversations()
        self._fill_list(summaries)
        if self.conversation_id is None:
            return
        if all(s.id != self.conversation_id for s in summaries):
            self._resident_left()
            return
        try:
            messages = self.chat.messages(self.conversation_id, self.transcript.last_id)
        except ConversationEnded:
            self._resident_left()
            return
        self.transcript.add_messages(
            messages, {Sender.RESIDENT: self.tr("Resident"), Sender.STAFF: self.tr("You")}
        )

    def _fill_list(self, summaries: list[ConversationSummary]) -> None:
        self.conversation_list.clear()
        for summary in summaries:
            opened = QLocale().toString(summary.opened_at.time(), "HH:mm")
            state = self.tr("waiting") if summary.waiting_for_staff else self.tr("answered")
            item = QListWidgetItem(f"{opened} · {state}\n{summary.kiosk_name}")
            item.setData(CONVERSATION_ROLE, summary.id)
            self.conversation_list.addItem(item)
            if summary.id == self.conversation_id:
                item.setSelected(True)
        # A line beside the list, not an item in it: an item that cannot be chosen held the keypad in
        # the list (Down had a row left to go to) and counted as a too-small target.
        self.empty_label.setVisible(not summaries)

    def _pick(self, item: QListWidgetItem) -> None:
        conversation_id = item.data(CONVERSATION_ROLE)
        if conversation_id is None:
            return
        self.open_conversation(int(conversation_id))

    def open_conversation(self, conversation_id: int) -> None:
        """Show one resident's chat and start answering."""
        self.conversation_id = conversation_id
        self.transcript.wipe()
        self.notice.clear()
        self.chat_label.setText(self.tr("Chat #%1").replace("%1", str(conversation_id)))
        self._set_talking(True)
        self.refresh()

    def send(self, text: str | None = None) -> None:
        if self.conversation_id is None:
            return
        try:
            self.chat.send(self.conversation_id, Sender.STAFF, self.entry.text() if text is None else text)
        except EmptyMessage:
            return
        except ConversationEnded:
            self._resident_left()
            return
        self.entry.clear()
        self.refresh()

    def _resident_left(self) -> None:
        self.conversation_id = None
        self.transcript.wipe()
        self._set_talking(False)
        self.chat_label.setText(self.tr("Choose a resident on the left."))
        self.notice.setText(self.tr("The resident has left; the conversation was deleted."))
        self.notice.setProperty("role", "notice")
        repolish(self.notice)

    def _set_talking(self, talking: bool) -> None:
        for widget in (self.entry, self.send_button, self.coming_button):
            widget.setEnabled(talking)

    # Screen contract --------------------------------------------------------------------------------
    def reset(self) -> None:
        self.conversation_id = None
        self.transcript.wipe()
        self.entry.clear()
        self.notice.clear()
        self._set_talking(False)

    def screenshot_states(self) -> list[tuple[str, Callable[[], None]]]:
        def talking() -> None:
            self._sign_in_for_screenshot()
            waiting = self.chat.start()
            self.chat.send(waiting, Sender.RESIDENT, "자동차세 연납 신청은 어디서 하나요?")
            answered = self.chat.start()
            self.chat.send(answered, Sender.RESIDENT, "How do I apply for a refund?")
            self.open_conversation(answered)
            self.chat.send(answered, Sender.STAFF, "I can help. Which tax was the refund for?")
            self.refresh()

        return [*super().screenshot_states(), ("talking", talking)]
