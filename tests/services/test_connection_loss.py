"""A PostgreSQL server that goes away and comes back under a running kiosk (its own private cluster)."""

from __future__ import annotations

import subprocess
import threading
import time
from collections.abc import Iterator

import pytest

from kiosk.services.connectivity import Connectivity
from kiosk.services.live_updates import CHAT, Change, ChangeFeed
from kiosk.storage.database import Database, DatabaseUnavailableError
from kiosk.storage.models import Setting
from tests.helpers.postgres import PostgresServer
from tests.helpers.processes import child_env, python_command


@pytest.fixture
def server_and_url(restartable_postgres_server: PostgresServer) -> Iterator[tuple[PostgresServer, str]]:
    """The private server with one migrated database on it."""
    server = restartable_postgres_server
    url = server.url(server.create_database())
    migrate = Database(url)
    migrate.upgrade()
    migrate.dispose()
    yield server, url


def save(database: Database, key: str) -> None:
    with database.write_session() as session:
        session.add(Setting(key=key, value="x"))


def test_database_fails_plainly_while_down_and_recovers_by_itself(
    server_and_url: tuple[PostgresServer, str],
) -> None:
    server, url = server_and_url
    database = Database(url)
    engine = database.engine
    save(database, "before")  # leaves a pooled connection that the restart will kill

    server.stop()
    with pytest.raises(DatabaseUnavailableError, match="temporarily unavailable"):
        save(database, "during")
    with pytest.raises(DatabaseUnavailableError, match="temporarily unavailable"), database.session() as s:
        s.get(Setting, "before")
    assert database.ping() is False

    server.start()
    save(database, "after")
    with database.session() as session:
        assert {row.key for row in session.query(Setting)} == {"before", "after"}
    assert database.engine is engine
    database.dispose()


# The "kiosk": a long-running process that saves on each line of input and answers ok/unavailable.
KIOSK_LOOP = """
import sys
from kiosk.storage.database import Database, StorageError
from kiosk.storage.models import Setting
database = Database(sys.argv[1])
for line in sys.stdin:
    try:
        with database.write_session() as session:
            session.add(Setting(key=line.strip(), value="x"))
        print("ok", flush=True)
    except StorageError as err:
        print("unavailable:", err, flush=True)
"""


def test_a_running_kiosk_process_survives_a_server_restart(
    server_and_url: tuple[PostgresServer, str],
) -> None:
    server, url = server_and_url
    kiosk = subprocess.Popen(
        python_command(KIOSK_LOOP, url),
        env=child_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert kiosk.stdin is not None and kiosk.stdout is not None

    def ask(key: str) -> str:
        kiosk.stdin.write(key + "\n")
        kiosk.stdin.flush()
        return kiosk.stdout.readline().strip()

    try:
        assert ask("first") == "ok"
        server.stop()
        assert ask("second").startswith("unavailable: the database is temporarily unavailable")
        assert ask("third").startswith("unavailable:")
        server.start()
        assert ask("fourth") == "ok"
        assert kiosk.poll() is None  # the same process all along
    finally:
        kiosk.stdin.close()
        kiosk.wait(timeout=10)
    assert kiosk.returncode == 0


def test_connectivity_notices_the_outage_and_the_return(server_and_url: tuple[PostgresServer, str]) -> None:
    server, url = server_and_url
    database = Database(url)
    now = [0.0]
    connectivity = Connectivity(database, monotonic=lambda: now[0])
    assert connectivity.is_available() is True

    server.stop()
    assert connectivity.is_available() is True  # not due for a re-check yet: no round trip
    assert connectivity.check_now() is False
    server.start()
    now[0] += 0.5
    assert connectivity.is_available() is False  # still backing off
    now[0] += 1.0
    assert connectivity.is_available() is True
    database.dispose()


def test_change_listener_reconnects_and_asks_for_a_reload(server_and_url: tuple[PostgresServer, str]) -> None:
    server, url = server_and_url
    reader, writer = Database(url), Database(url)
    woken = threading.Event()
    feed = ChangeFeed(reader, wake=woken.set)
    feed.start()
    try:
        server.stop()
        server.start()
        # After reconnecting the feed cannot know what it missed: every channel is reported changed.
        reloads = wait_for(feed, woken, lambda changes: len(changes) == 3)
        assert all(change.payload is None for change in reloads)
        with writer.write_session() as session:
            ChangeFeed.publish(session, CHAT, "after restart")
        assert wait_for(feed, woken, bool) == [Change(CHAT, "after restart")]
    finally:
        feed.close()
        reader.dispose()
        writer.dispose()


def wait_for(feed: ChangeFeed, woken: threading.Event, done: object, seconds: float = 15.0) -> list[Change]:
    """Poll `feed` until `done(changes)` holds for everything collected so far."""
    collected: list[Change] = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        collected += feed.poll()
        if done(collected):  # type: ignore[operator]
            return collected
        woken.wait(0.1)
        woken.clear()
    raise AssertionError(f"feed delivered only {collected} in {seconds} s")


def test_a_feed_started_while_the_server_is_down_catches_up(
    server_and_url: tuple[PostgresServer, str],
) -> None:
    server, url = server_and_url
    reader = Database(url)
    woken = threading.Event()
    feed = ChangeFeed(reader, wake=woken.set)
    server.stop()
    feed.start(wait_seconds=0.2)
    try:
        assert feed.poll() == []
        server.start()
        reloads = wait_for(feed, woken, lambda changes: len(changes) == 3)
        assert {change.channel for change in reloads} == {"chat", "queue", "availability"}
    finally:
        feed.close()
        reader.dispose()


def test_a_kiosk_that_started_during_the_outage_migrates_when_the_server_returns(
    restartable_postgres_server: PostgresServer,
) -> None:
    server = restartable_postgres_server
    url = server.url(server.create_database())  # brand-new: no tables yet
    server.stop()
    database = Database(url)
    with pytest.raises(DatabaseUnavailableError):
        database.upgrade()
    now = [0.0]
    connectivity = Connectivity(database, monotonic=lambda: now[0])
    connectivity.report_failure()

    server.start()
    now[0] += 1.0
    assert connectivity.is_available() is True
    assert database.schema_ready is True
    save(database, "first booking after the outage")
    database.dispose()


def test_a_chat_ended_during_an_outage_is_erased_when_the_next_chat_starts(
    server_and_url: tuple[PostgresServer, str],
) -> None:
    from kiosk.domain.chat import ConversationEnded, Sender
    from kiosk.domain.clock import SystemClock
    from kiosk.services.chat import ChatService

    server, url = server_and_url
    database = Database(url)
    chat = ChatService(database, SystemClock(), "Lobby kiosk")
    console = ChatService(database, SystemClock(), "Staff PC")
    try:
        gone = chat.start()
        chat.send(gone, Sender.RESIDENT, "My phone is 010-1234-5678")
        server.stop()
        assert chat.end(gone) is False  # no exception: the resident's screen is already wiped
        assert chat.left_behind() == {gone}
        server.start()
        following = chat.start()
        assert chat.left_behind() == frozenset()
        assert [c.id for c in console.conversations()] == [following]
        with pytest.raises(ConversationEnded):
            console.messages(gone)
    finally:
        database.dispose()
