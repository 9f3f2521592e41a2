"""ChatService: the resident's side and the staff console's side of live help, through the database.

Both sides poll (about once a second); the shared database is the only channel, so a staff PC and any
number of kiosks need nothing but the database URL. Message text is never logged.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from kiosk.domain.chat import ChatMessage, ConversationSummary, Sender, clean_message
from kiosk.domain.clock import Clock
from kiosk.storage import chat as store
from kiosk.storage.database import Database

log = logging.getLogger(__name__)

# A conversation with no message for this long was left behind by a kiosk that stopped mid-chat.
STALE_AFTER = timedelta(hours=2)


class ChatService:
    def __init__(self, database: Database, clock: Clock, kiosk_name: str) -> None:
        self.database = database
        self.clock = clock
        self.kiosk_name = kiosk_name

    def start(self) -> int:
        """A resident asks for staff: a new conversation the console lists as waiting."""
        with self.database.write_session() as session:
            conversation_id = store.open_conversation(session, self.kiosk_name, self.clock.now())
        log.info("help chat %d opened at %s", conversation_id, self.kiosk_name)
        return conversation_id

    def send(self, conversation_id: int, sender: Sender, text: str) -> ChatMessage:
        """Add a message (EmptyMessage, ConversationEnded)."""
        body = clean_message(text)
        with self.database.write_session() as session:
            return store.add_message(session, conversation_id, sender, body, self.clock.now())

    def messages(self, conversation_id: int, after_id: int = 0) -> list[ChatMessage]:
        """Messages after `after_id`; ConversationEnded once the resident has left."""
        with self.database.session() as session:
            return store.messages_after(session, conversation_id, after_id)

    def conversations(self) -> list[ConversationSummary]:
        """Every open conversation for the staff console, oldest first."""
        with self.database.session() as session:
            return store.conversation_summaries(session)

    def end(self, conversation_id: int) -> None:
        """The resident left (or the idle reset ran): the whole transcript is deleted."""
        with self.database.write_session() as session:
            deleted = store.delete_conversation(session, conversation_id)
        if deleted:
            log.info("help chat %d ended and deleted", conversation_id)

    def delete_stale(self) -> int:
        """Delete conversations silent for STALE_AFTER (a kiosk stopped mid-chat); returns how many."""
        with self.database.write_session() as session:
            count = store.delete_conversations_idle_since(session, self.clock.now() - STALE_AFTER)
        if count:
            log.info("deleted %d abandoned help chats", count)
        return count
