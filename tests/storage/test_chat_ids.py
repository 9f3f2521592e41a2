"""Chat conversation and message ids are never handed out twice, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from kiosk.domain.chat import ConversationEnded, Sender
from kiosk.domain.clock import SEOUL, ManualClock
from kiosk.services.chat import ChatService
from kiosk.storage.database import Database, _alembic_config

NOW = datetime(2026, 12, 5, 10, 0, tzinfo=SEOUL)


def test_an_erased_conversation_id_is_never_given_again(database: Database) -> None:
    chat = ChatService(database, ManualClock(NOW), "Lobby kiosk")
    first = chat.start()
    first_message = chat.send(first, Sender.RESIDENT, "first resident").id
    assert chat.end(first)
    # The newest conversation and message were deleted: SQLite without AUTOINCREMENT reuses both ids.
    second = chat.start()
    assert second > first
    assert chat.send(second, Sender.RESIDENT, "second resident").id > first_message


def test_a_console_holding_an_old_id_cannot_reach_the_next_resident(database: Database) -> None:
    kiosk = ChatService(database, ManualClock(NOW), "Lobby kiosk")
    console = ChatService(database, ManualClock(NOW), "Staff PC")
    earlier = kiosk.start()
    kiosk.send(earlier, Sender.RESIDENT, "My phone is 010-1234-5678")
    kiosk.end(earlier)
    later = kiosk.start()
    # Staff answer the conversation they still have open: it has gone, and it must stay gone.
    with pytest.raises(ConversationEnded):
        console.send(earlier, Sender.STAFF, "Your booking code is 7Q2K")
    with pytest.raises(ConversationEnded):
        console.messages(earlier)
    assert kiosk.messages(later) == []


def test_the_migration_keeps_open_chats_and_stops_reuse(tmp_path: Path) -> None:
    # A kiosk database from before the change, with a chat going on while the kiosk is updated.
    from alembic import command

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")  # as the kiosk runs: cascades would fire
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0101_chat")
        connection.execute(
            text(
                "INSERT INTO chat_conversation (id, kiosk_name, opened_at) VALUES (1, 'k', :t), (2, 'k', :t)"
            ),
            {"t": NOW.replace(tzinfo=None)},
        )
        connection.execute(
            text(
                "INSERT INTO chat_message (conversation_id, sender, body, sent_at) "
                "VALUES (1, 'resident', 'kept', :t)"
            ),
            {"t": NOW.replace(tzinfo=None)},
        )
    engine.dispose()
    database = Database(url)
    database.upgrade()
    chat = ChatService(database, ManualClock(NOW), "k")
    assert [m.body for m in chat.messages(1)] == ["kept"]
    assert chat.end(2)
    assert chat.start() == 3
    assert database.check_integrity()
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        indexes = connection.exec_driver_sql("PRAGMA index_list(chat_message)").all()
    assert any(row[1] == "ix_chat_message_conversation_id" for row in indexes)
    database.dispose()
