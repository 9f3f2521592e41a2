"""Live help chat tables: one conversation per resident visit, its messages deleted with it."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, delete, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from kiosk.domain.chat import ChatMessage, ConversationEnded, ConversationSummary, Sender
from kiosk.domain.clock import SEOUL
from kiosk.storage.base import Base
from kiosk.storage.change_feed import record_change

# The staff console and the resident's screen reload on this live-update channel (payload: the id).
CHANNEL = "chat"


class ChatConversationRow(Base):
    __tablename__ = "chat_conversation"
    # Ids are never reused (SQLite would hand a deleted id out again: a console or a kiosk still holding
    # it would reach the next resident's chat). PostgreSQL's sequences never go back anyway.
    __table_args__: ClassVar[dict[str, object]] = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kiosk_name: Mapped[str] = mapped_column(String(100))
    opened_at: Mapped[datetime] = mapped_column(DateTime)


class ChatMessageRow(Base):
    __tablename__ = "chat_message"
    # Pollers ask for messages "after id N": a reused id could hide a message or show it twice.
    __table_args__: ClassVar[dict[str, object]] = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("chat_conversation.id", ondelete="CASCADE"), index=True
    )
    sender: Mapped[str] = mapped_column(String(10))
    body: Mapped[str] = mapped_column(Text)
    sent_at: Mapped[datetime] = mapped_column(DateTime)


def _to_db(moment: datetime) -> datetime:
    return moment.astimezone(SEOUL).replace(tzinfo=None)


def _from_db(stored: datetime) -> datetime:
    return stored.replace(tzinfo=SEOUL)


def open_conversation(session: Session, kiosk_name: str, now: datetime) -> int:
    """A new conversation; returns its id."""
    row = ChatConversationRow(kiosk_name=kiosk_name, opened_at=_to_db(now))
    session.add(row)
    session.flush()
    record_change(session, CHANNEL, str(row.id))
    return row.id


def add_message(
    session: Session, conversation_id: int, sender: Sender, body: str, now: datetime
) -> ChatMessage:
    """Append a message; ConversationEnded when the resident already left."""
    if session.get(ChatConversationRow, conversation_id) is None:
        raise ConversationEnded()
    row = ChatMessageRow(conversation_id=conversation_id, sender=sender.value, body=body, sent_at=_to_db(now))
    session.add(row)
    session.flush()
    record_change(session, CHANNEL, str(conversation_id))
    return ChatMessage(row.id, conversation_id, sender, body, now)


def messages_after(session: Session, conversation_id: int, after_id: int) -> list[ChatMessage]:
    """Messages newer than `after_id`, oldest first; ConversationEnded when it was deleted."""
    if session.get(ChatConversationRow, conversation_id) is None:
        raise ConversationEnded()
    rows = session.scalars(
        select(ChatMessageRow)
        .where(ChatMessageRow.conversation_id == conversation_id, ChatMessageRow.id > after_id)
        .order_by(ChatMessageRow.id)
    )
    return [
        ChatMessage(row.id, row.conversation_id, Sender(row.sender), row.body, _from_db(row.sent_at))
        for row in rows
    ]


def conversation_summaries(session: Session) -> list[ConversationSummary]:
    """Every open conversation, oldest first, with its last sender (one query per conversation list)."""
    last_ids = (
        select(
            ChatMessageRow.conversation_id,
            func.max(ChatMessageRow.id).label("last_id"),
            func.count().label("n"),
        )
        .group_by(ChatMessageRow.conversation_id)
        .subquery()
    )
    rows = session.execute(
        select(ChatConversationRow, ChatMessageRow.sender, ChatMessageRow.sent_at, last_ids.c.n)
        .outerjoin(last_ids, last_ids.c.conversation_id == ChatConversationRow.id)
        .outerjoin(ChatMessageRow, ChatMessageRow.id == last_ids.c.last_id)
        .order_by(ChatConversationRow.opened_at, ChatConversationRow.id)
    ).all()
    return [
        ConversationSummary(
            conversation.id,
            conversation.kiosk_name,
            _from_db(conversation.opened_at),
            _from_db(sent_at) if sent_at else None,
            Sender(sender) if sender else None,
            int(count or 0),
        )
        for conversation, sender, sent_at, count in rows
    ]


def delete_conversation(session: Session, conversation_id: int) -> bool:
    """Delete the conversation and every message of it (explicitly: SQLite may run without cascades)."""
    session.execute(delete(ChatMessageRow).where(ChatMessageRow.conversation_id == conversation_id))
    result = session.execute(delete(ChatConversationRow).where(ChatConversationRow.id == conversation_id))
    deleted = bool(result.rowcount)  # type: ignore[attr-defined]
    if deleted:
        record_change(session, CHANNEL, str(conversation_id))
    return deleted


def delete_conversations_idle_since(session: Session, cutoff: datetime) -> int:
    """Delete conversations with no message since `cutoff` (left behind by a kiosk that stopped)."""
    last_activity = (
        select(ChatConversationRow.id)
        .outerjoin(ChatMessageRow, ChatMessageRow.conversation_id == ChatConversationRow.id)
        .group_by(ChatConversationRow.id, ChatConversationRow.opened_at)
        .having(
            func.coalesce(func.max(ChatMessageRow.sent_at), ChatConversationRow.opened_at) < _to_db(cutoff)
        )
    )
    stale = list(session.scalars(last_activity))
    for conversation_id in stale:
        delete_conversation(session, conversation_id)
    return len(stale)
