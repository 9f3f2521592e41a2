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
from kiosk.storage.database import Database, DatabaseUnavailableError

log = logging.getLogger(__name__)

# A conversation with no message for this long was left behind by a kiosk that stopped mid-chat.
STALE_AFTER = timedelta(hours=2)


class ChatService:
    def __init__(self, database: Database, clock: Clock, kiosk_name: str) -> None:
        self.database = database
        self.clock = clock
        self.kiosk_name = kiosk_name
        # Conversations whose resident has gone but which are still in the database (it was away).
        self._left_behind: set[int] = set()

    def start(self) -> int:
        """A resident asks for staff: a new conversation the console lists as waiting."""
        self.erase_left_behind()
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

    def end(self, conversation_id: int) -> bool:
        """The resident left: delete the whole transcript now, or at the next chance if the database is
        away (False then; never raises for an outage)."""
        self.leave_behind(conversation_id)
        self.erase_left_behind()
        return conversation_id not in self._left_behind

    def leave_behind(self, conversation_id: int) -> None:
        """The resident left; `erase_left_behind()` deletes the conversation (the idle reset's local half)."""
        self._left_behind.add(conversation_id)

    def left_behind(self) -> frozenset[int]:
        """Conversations whose resident left that are not deleted yet."""
        return frozenset(self._left_behind)

    def erase_left_behind(self) -> int:
        """Delete every conversation residents left; those the database is away for wait for the next try.

        Called when a resident leaves, when the next chat starts, when the chat screen is entered and by
        the hourly housekeeping; a kiosk that stopped first leaves them to `delete_stale`.
        """
        erased = 0
        for conversation_id in sorted(self._left_behind):
            try:
                with self.database.write_session() as session:
                    deleted = store.delete_conversation(session, conversation_id)
            except DatabaseUnavailableError as err:
                log.warning("help chat %d left for later: %s", conversation_id, type(err).__name__)
                break
            self._left_behind.discard(conversation_id)
            erased += 1
            if deleted:
                log.info("help chat %d ended and deleted", conversation_id)
        return erased

    def delete_stale(self) -> int:
        """Erase what residents left, then conversations silent for STALE_AFTER (a kiosk stopped mid-chat);
        returns how many of the latter."""
        self.erase_left_behind()
        with self.database.write_session() as session:
            count = store.delete_conversations_idle_since(session, self.clock.now() - STALE_AFTER)
        if count:
            log.info("deleted %d abandoned help chats", count)
        return count
