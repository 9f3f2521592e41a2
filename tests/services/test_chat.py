"""ChatService: conversations, messages, deletion; and a real chat between two processes."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from kiosk.domain.chat import ConversationEnded, EmptyMessage, Sender
from kiosk.domain.clock import SEOUL, ManualClock, SystemClock
from kiosk.services.chat import ChatService
from kiosk.storage.database import Database

NOW = datetime(2026, 12, 5, 10, 0, tzinfo=SEOUL)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW)


def test_the_console_sees_a_waiting_resident_until_staff_answer(
    database: Database, clock: ManualClock
) -> None:
    kiosk = ChatService(database, clock, "Lobby kiosk")
    conversation = kiosk.start()
    kiosk.send(conversation, Sender.RESIDENT, "  How do I pay my car tax?  ")
    [summary] = kiosk.conversations()
    assert summary.kiosk_name == "Lobby kiosk" and summary.waiting_for_staff and summary.messages == 1
    kiosk.send(conversation, Sender.STAFF, "I am coming to the kiosk now.")
    [summary] = kiosk.conversations()
    assert not summary.waiting_for_staff
    texts = [(m.sender, m.body) for m in kiosk.messages(conversation)]
    assert texts == [
        (Sender.RESIDENT, "How do I pay my car tax?"),
        (Sender.STAFF, "I am coming to the kiosk now."),
    ]
    first_id = kiosk.messages(conversation)[0].id
    assert [m.body for m in kiosk.messages(conversation, after_id=first_id)] == [
        "I am coming to the kiosk now."
    ]


def test_leaving_deletes_the_whole_transcript(database: Database, clock: ManualClock) -> None:
    kiosk = ChatService(database, clock, "Lobby kiosk")
    conversation = kiosk.start()
    kiosk.send(conversation, Sender.RESIDENT, "My phone is 010-1234-5678")
    kiosk.end(conversation)
    assert kiosk.conversations() == []
    with pytest.raises(ConversationEnded):
        kiosk.messages(conversation)
    with pytest.raises(ConversationEnded):
        kiosk.send(conversation, Sender.STAFF, "hello?")
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM chat_message").scalar() == 0


def test_blank_messages_are_refused_and_long_ones_cut(database: Database, clock: ManualClock) -> None:
    kiosk = ChatService(database, clock, "Lobby kiosk")
    conversation = kiosk.start()
    with pytest.raises(EmptyMessage):
        kiosk.send(conversation, Sender.RESIDENT, "   ")
    assert len(kiosk.send(conversation, Sender.RESIDENT, "x" * 900).body) == 500


def test_abandoned_conversations_are_deleted_after_two_hours(database: Database, clock: ManualClock) -> None:
    kiosk = ChatService(database, clock, "Lobby kiosk")
    old = kiosk.start()
    kiosk.send(old, Sender.RESIDENT, "hello")
    clock.advance(timedelta(hours=1, minutes=30))
    recent = kiosk.start()
    clock.advance(timedelta(minutes=31))
    assert kiosk.delete_stale() == 1
    assert [c.id for c in kiosk.conversations()] == [recent]


def test_message_text_never_reaches_the_log(
    database: Database, clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG")
    kiosk = ChatService(database, clock, "Lobby kiosk")
    conversation = kiosk.start()
    kiosk.send(conversation, Sender.RESIDENT, "secret-sentinel-900101")
    kiosk.end(conversation)
    assert "secret-sentinel" not in caplog.text and "opened" in caplog.text


STAFF_PROCESS = textwrap.dedent(
    """
    import sys, time
    from kiosk.domain.chat import Sender
    from kiosk.domain.clock import SystemClock
    from kiosk.services.chat import ChatService
    from kiosk.storage.database import Database

    database = Database(sys.argv[1])
    console = ChatService(database, SystemClock(), "staff PC")
    deadline = time.monotonic() + 30
    answered = 0
    seen = 0
    while time.monotonic() < deadline:
        waiting = [c for c in console.conversations() if c.waiting_for_staff and c.messages]
        for conversation in waiting:
            for message in console.messages(conversation.id, seen):
                seen = message.id
                if message.sender is Sender.RESIDENT:
                    console.send(conversation.id, Sender.STAFF, "staff heard: " + message.body)
                    answered += 1
                    print("kiosk=" + conversation.kiosk_name, flush=True)
        if answered == 2:
            break
        time.sleep(0.05)
    database.dispose()
    sys.exit(0 if answered == 2 else 1)
    """
)


def _wait_for_reply(kiosk: ChatService, conversation: int, after_id: int) -> list[str]:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        replies = [m.body for m in kiosk.messages(conversation, after_id) if m.sender is Sender.STAFF]
        if replies:
            return replies
        threading.Event().wait(0.05)
    raise AssertionError("the staff process never answered")


def test_chat_between_two_processes_on_one_sqlite_file(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    database = Database(url)
    database.upgrade()
    root = Path(__file__).resolve().parents[2]
    staff = subprocess.Popen(
        [sys.executable, "-c", STAFF_PROCESS, url], cwd=root, stdout=subprocess.PIPE, text=True
    )
    try:
        kiosk = ChatService(database, SystemClock(), "Lobby kiosk")
        conversation = kiosk.start()
        first = kiosk.send(conversation, Sender.RESIDENT, "Where do I get a refund form?")
        assert _wait_for_reply(kiosk, conversation, first.id) == [
            "staff heard: Where do I get a refund form?"
        ]
        second = kiosk.send(conversation, Sender.RESIDENT, "Thank you")
        assert _wait_for_reply(kiosk, conversation, second.id) == ["staff heard: Thank you"]
        out, _ = staff.communicate(timeout=30)
        assert staff.returncode == 0
        assert out.splitlines() == ["kiosk=Lobby kiosk", "kiosk=Lobby kiosk"]
        kiosk.end(conversation)
        assert kiosk.conversations() == []
    finally:
        if staff.poll() is None:
            staff.kill()
        database.dispose()
