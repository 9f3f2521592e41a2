"""Live help chat between a resident at the kiosk and tax office staff (like "Seti" in the metaverse)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from kiosk.domain.errors import KioskError
from kiosk.domain.plain_text import is_control_character

MAX_MESSAGE_LENGTH = 500


class Sender(StrEnum):
    RESIDENT = "resident"
    STAFF = "staff"


@dataclass(frozen=True)
class ChatMessage:
    id: int
    conversation_id: int
    sender: Sender
    body: str
    sent_at: datetime


@dataclass(frozen=True)
class ConversationSummary:
    """What the staff console lists: no message text, only where, since when and who spoke last."""

    id: int
    kiosk_name: str
    opened_at: datetime
    last_message_at: datetime | None
    last_sender: Sender | None
    messages: int

    @property
    def waiting_for_staff(self) -> bool:
        """True until staff answer the resident's latest message."""
        return self.last_sender is not Sender.STAFF


class ConversationEnded(KioskError):
    def __init__(self) -> None:
        super().__init__("The resident has left; the conversation was deleted.")


class EmptyMessage(KioskError):
    def __init__(self) -> None:
        super().__init__("Type a message first.")


def clean_message(text: str) -> str:
    """The message without control characters or surrounding spaces, cut to 500 characters;
    EmptyMessage when nothing is left."""
    # A pasted or hardware-keyboard NUL would make PostgreSQL refuse the write, terminal escapes and
    # direction overrides would garble or disguise the staff console's view; the keyboard types none.
    text = "".join(char for char in text if not is_control_character(char)).strip()
    if not text:
        raise EmptyMessage()
    return text[:MAX_MESSAGE_LENGTH]
