"""Change feed: what one kiosk publishes, another kiosk on the same database hears (both databases)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from kiosk.services.live_updates import AVAILABILITY, CHAT, QUEUE, Change, ChangeFeed
from kiosk.storage.database import Database
from kiosk.storage.models import Setting

WAIT_SECONDS = 5.0


class Kiosk:
    """One kiosk: its own Database object and feed, as a separate machine would have."""

    def __init__(self, url: str) -> None:
        self.database = Database(url)
        self.woken = threading.Event()
        self.feed = ChangeFeed(self.database, wake=self.woken.set)
        self.received: list[Change] = []

    def wait_for_changes(self) -> list[Change]:
        """Poll until something arrives (or give up after WAIT_SECONDS and return nothing)."""
        deadline = time.monotonic() + WAIT_SECONDS
        while time.monotonic() < deadline:
            changes = self.feed.poll()
            if changes:
                return changes
            # PostgreSQL wakes us on arrival; SQLite is polled, as the Qt adapter's timer would.
            self.woken.wait(0.05)
            self.woken.clear()
        return []

    def close(self) -> None:
        self.feed.close()
        self.database.dispose()


@pytest.fixture
def kiosks(database: Database, database_url: str) -> Iterator[tuple[Kiosk, Kiosk]]:
    """Two kiosks on one migrated database, both watching."""
    first, second = Kiosk(database_url), Kiosk(database_url)
    for kiosk in (first, second):
        kiosk.feed.start()
    yield first, second
    first.close()
    second.close()


def test_a_booking_on_one_kiosk_reaches_the_other(kiosks: tuple[Kiosk, Kiosk]) -> None:
    lobby, hall = kiosks
    lobby.feed.subscribe(AVAILABILITY, lobby.received.append)
    with hall.database.write_session() as session:
        session.add(Setting(key="booked", value="2026-12-03 10:00"))
        ChangeFeed.publish(session, AVAILABILITY, "2026-12-03")
    changes = lobby.wait_for_changes()
    assert [c.channel for c in changes] == [AVAILABILITY]
    # PostgreSQL carries the writer's hint; SQLite only knows that the channel moved.
    assert changes[0].payload in ("2026-12-03", None)
    assert lobby.received == changes


def test_the_publisher_hears_its_own_change_too(kiosks: tuple[Kiosk, Kiosk]) -> None:
    lobby, _hall = kiosks
    with lobby.database.write_session() as session:
        ChangeFeed.publish(session, QUEUE, "17")
    assert [c.channel for c in lobby.wait_for_changes()] == [QUEUE]


def test_a_rolled_back_write_announces_nothing(kiosks: tuple[Kiosk, Kiosk]) -> None:
    lobby, hall = kiosks
    with pytest.raises(RuntimeError), hall.database.write_session() as session:
        ChangeFeed.publish(session, AVAILABILITY, "2026-12-03")
        raise RuntimeError("slot taken meanwhile")
    with hall.database.write_session() as session:
        ChangeFeed.publish(session, CHAT, "")
    # Notices arrive in commit order, so a leaked AVAILABILITY notice would show up here first.
    assert [c.channel for c in lobby.wait_for_changes()] == [CHAT]


def test_many_changes_between_polls_come_as_one_per_channel(kiosks: tuple[Kiosk, Kiosk]) -> None:
    lobby, hall = kiosks
    for _ in range(5):
        with hall.database.write_session() as session:
            ChangeFeed.publish(session, CHAT)
    changes = lobby.wait_for_changes()
    deadline = time.monotonic() + 0.5
    while time.monotonic() < deadline:  # let any straggling notice arrive before counting
        changes += lobby.feed.poll()
        lobby.woken.wait(0.05)
    assert 1 <= len(changes) <= 5
    assert {c.channel for c in changes} == {CHAT}
    assert lobby.feed.poll() == []


def test_unsubscribed_callbacks_are_not_called(kiosks: tuple[Kiosk, Kiosk]) -> None:
    lobby, hall = kiosks
    unsubscribe = lobby.feed.subscribe(CHAT, lobby.received.append)
    unsubscribe()
    with hall.database.write_session() as session:
        ChangeFeed.publish(session, CHAT, "hello")
    assert [c.channel for c in lobby.wait_for_changes()] == [CHAT]
    assert lobby.received == []


def test_unknown_and_malformed_channels_are_refused(database: Database) -> None:
    feed = ChangeFeed(database)
    with pytest.raises(ValueError, match="not watched"):
        feed.subscribe("lectures", print)
    with pytest.raises(ValueError, match="not a valid change channel"), database.write_session() as session:
        ChangeFeed.publish(session, "Robert'); DROP TABLE setting;--")
