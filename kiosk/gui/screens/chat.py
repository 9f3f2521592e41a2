"""Ask staff: a live chat with tax office staff; the transcript is deleted when the resident leaves."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.app_context import AppContext
from kiosk.domain.chat import ConversationEnded, EmptyMessage, Sender
from kiosk.gui.focus_ring import RING_ROOM
from kiosk.gui.live_refresh import LiveRefresh
from kiosk.gui.screen import Screen
from kiosk.gui.screens.staff_base import centred, ui_language
from kiosk.gui.widgets.chat_transcript import ChatTranscript
from kiosk.gui.widgets.seti import SetiGreeting
from kiosk.gui.widgets.wrap_button import WrapButton
from kiosk.services.live_updates import CHAT
from kiosk.storage.database import DatabaseUnavailableError


class ChatScreen(Screen):
    """An intro page (what happens to the chat), then the conversation."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.chat = context.staff.chat
        self.conversation_id: int | None = None
        self.staff_answered = False
        self.pages = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 16, 64, 16)
        layout.addWidget(self.pages)

        self.intro_page = QWidget()
        self.intro_heading = QLabel(objectName="chatIntroHeading", wordWrap=True)
        self.intro_heading.setProperty("role", "title")
        # Seti, the staff's avatar, greets beside the heading.
        self.seti = SetiGreeting("chatSeti", self.intro_heading)
        self.intro_privacy = QLabel(objectName="chatIntroPrivacy", wordWrap=True)
        self.intro_privacy.setProperty("role", "notice")
        self.start_button = WrapButton(objectName="chatStart")
        self.start_button.setProperty("role", "primary")
        self.start_button.set_pictogram("message-circle")
        self.start_button.clicked.connect(self.start)
        intro = QVBoxLayout(self.intro_page)
        intro.setSpacing(RING_ROOM)
        intro.addStretch(1)
        intro.addWidget(self.seti)
        intro.addWidget(self.intro_privacy)
        intro.addLayout(centred(self.start_button))
        intro.addStretch(1)
        self.pages.addWidget(self.intro_page)

        self.talk_page = QWidget()
        self.status_label = QLabel(objectName="chatStatus", wordWrap=True)
        self.status_label.setProperty("role", "subtitle")
        self.transcript = ChatTranscript("chatTranscript")
        self.quick_buttons: list[QPushButton] = []
        # 16 px between controls: the default 6 px is under K02's 2.5 mm on the 27-inch panel.
        quick = QHBoxLayout()
        quick.setSpacing(16)
        for index in range(3):
            button = QPushButton(objectName=f"chatQuick{index}")
            button.clicked.connect(lambda _=False, b=button: self.send(b.text()))
            quick.addWidget(button)
            self.quick_buttons.append(button)
        self.entry = QLineEdit(objectName="chatEntry", maxLength=500)
        self.entry.returnPressed.connect(lambda: self.send(self.entry.text()))
        self.send_button = WrapButton(objectName="chatSend")
        self.send_button.setProperty("role", "primary")
        self.send_button.set_pictogram("send")
        self.send_button.clicked.connect(lambda: self.send(self.entry.text()))
        self.end_button = WrapButton(objectName="chatEnd")
        self.end_button.setProperty("role", "danger")
        self.end_button.set_pictogram("door-exit")
        self.end_button.clicked.connect(self.leave)
        entry_row = QHBoxLayout()
        entry_row.setSpacing(16)
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(self.send_button)
        entry_row.addWidget(self.end_button)
        talk = QVBoxLayout(self.talk_page)
        talk.setContentsMargins(0, 0, 0, 0)
        talk.setSpacing(16)
        talk.addWidget(self.status_label)
        talk.addWidget(self.transcript, 1)
        talk.addLayout(quick)
        talk.addLayout(entry_row)
        self.pages.addWidget(self.talk_page)

        self.live = LiveRefresh(self, context.live_updates, CHAT, self._chat_changed)
        self.retranslateUi()

    def title(self) -> str:
        return self.tr("Ask staff")

    def retranslateUi(self) -> None:
        self.seti.set_texts(
            self.tr("Chat with tax office staff"),
            self.tr("Hello, I am Seti. Ask me anything about local taxes."),
        )
        self.intro_privacy.setText(self._intro_text(self.start_button.isEnabled()))
        self.start_button.setText(self.tr("Start the chat"))
        for button, text in zip(
            self.quick_buttons,
            (self.tr("Please come to the kiosk"), self.tr("Yes"), self.tr("Thank you")),
            strict=True,
        ):
            button.setText(text)
        self.entry.setPlaceholderText(self.tr("Type your question"))
        # The docked on-screen keyboard opens in the resident's language.
        self.entry.setProperty("keyboardLayout", ui_language())
        self.send_button.setText(self.tr("Send"))
        self.end_button.setText(self.tr("End chat"))
        self._show_status()

    def _intro_text(self, available: bool) -> str:
        if not available:
            return self.tr(
                "The chat is not available at the moment. Please press Call staff, or call the tax office."
            )
        return self.tr(
            "A staff member answers here in writing. Please do not type your resident registration "
            "number. The conversation is deleted as soon as you leave this screen."
        )

    def _labels(self) -> dict[Sender, str]:
        return {Sender.RESIDENT: self.tr("You"), Sender.STAFF: self.tr("Staff")}

    # Conversation ------------------------------------------------------------------------------------
    def start(self) -> None:
        try:
            self.conversation_id = self.chat.start()
        except DatabaseUnavailableError:
            self.context.connectivity.report_failure()
            self.start_button.setEnabled(False)
            self.intro_privacy.setText(self._intro_text(False))
            return
        self.transcript.wipe()
        self.pages.setCurrentWidget(self.talk_page)
        self._show_status()

    def send(self, text: str) -> None:
        if self.conversation_id is None:
            return
        try:
            message = self.chat.send(self.conversation_id, Sender.RESIDENT, text)
        except EmptyMessage:
            self.status_label.setText(self.tr("Please type a message first, then press Send."))
            return
        except ConversationEnded:
            self._ended()
            return
        except DatabaseUnavailableError:
            self._unavailable()
            return
        self.entry.setText("")  # no undo history: the next resident's Undo must bring nothing back
        self.poll(after=message.id - 1)

    def _chat_changed(self, conversation_id: str) -> None:
        # The payload names the conversation; other residents' chats are none of this screen's business.
        if conversation_id in ("", str(self.conversation_id)):
            self.poll()

    def poll(self, after: int | None = None) -> None:
        """Fetch new messages (after each of ours, and when the chat's live update names this one)."""
        if self.conversation_id is None:
            return
        try:
            messages = self.chat.messages(
                self.conversation_id, self.transcript.last_id if after is None else after
            )
        except ConversationEnded:
            self._ended()
            return
        except DatabaseUnavailableError:
            self._unavailable()
            return
        new = [m for m in messages if m.id > self.transcript.last_id]
        self.staff_answered = self.staff_answered or any(m.sender is Sender.STAFF for m in new)
        self.transcript.add_messages(new, self._labels())
        self._show_status()

    def leave(self) -> None:
        self._end_conversation()
        self.navigate_requested.emit("home")

    def _end_conversation(self) -> None:
        """Wipe the screen first, then delete the conversation (later, if the database is away)."""
        self._forget_conversation()
        self._erase_left_behind()

    def _forget_conversation(self) -> None:
        """The local half: nothing of the chat stays on screen; the service erases it from the database."""
        if self.conversation_id is not None:
            self.chat.leave_behind(self.conversation_id)
        self.conversation_id = None
        self.staff_answered = False
        self.transcript.wipe()
        self.entry.setText("")
        self.pages.setCurrentWidget(self.intro_page)

    def _erase_left_behind(self) -> None:
        self.chat.erase_left_behind()
        if self.chat.left_behind():  # the database is away: every screen should know at once
            self.context.connectivity.report_failure()

    def _ended(self) -> None:
        self._end_conversation()

    def _unavailable(self) -> None:
        # The resident keeps what is on screen; the chat resumes when the database answers again.
        self.context.connectivity.report_failure()
        self.status_label.setText(self._intro_text(False))

    def _show_status(self) -> None:
        self.status_label.setText(
            self.tr("A staff member is answering.")
            if self.staff_answered
            else self.tr("Waiting for a staff member. Please type your question.")
        )

    # Screen contract --------------------------------------------------------------------------------
    def entered(self) -> None:
        if self.conversation_id is None:
            self.pages.setCurrentWidget(self.intro_page)
        # Chat needs the shared database; while it is down, say so instead of offering the chat.
        available = self.context.connectivity.is_available()
        if available:
            self._erase_left_behind()  # what an outage kept from a resident who has gone
            available = self.context.connectivity.is_available()
        self.start_button.setEnabled(available)
        self.intro_privacy.setText(self._intro_text(available))

    def hideEvent(self, event: object) -> None:  # type: ignore[override]
        # Leaving the screen (Home, Back, another screen) is leaving the chat: delete the transcript.
        if self.conversation_id is not None and not self.window().isMinimized():
            self._end_conversation()
        super().hideEvent(event)  # type: ignore[arg-type]

    def reset(self) -> None:
        self._forget_conversation()

    def clean_up_remote(self) -> None:
        self._erase_left_behind()

    def screenshot_states(self) -> list[tuple[str, Callable[[], None]]]:
        def talking() -> None:
            self.start()
            assert self.conversation_id is not None
            self.chat.send(self.conversation_id, Sender.RESIDENT, self.tr("How do I apply for a refund?"))
            self.chat.send(
                self.conversation_id, Sender.STAFF, self.tr("I can help. Which tax was the refund for?")
            )
            self.poll()

        return [("talking", talking)]
