"""Live updates between kiosks and staff consoles: "something changed on channel X, reload it".

Writers call `ChangeFeed.publish(session, channel, payload)` inside their write session; readers
`subscribe(channel, callback)` and call `poll()` from their own (GUI) thread, where the callbacks run.
On PostgreSQL a listener thread receives NOTIFY at once and calls `wake` so that the owner polls
right away; on SQLite `poll()` compares the change counters, so the owner polls on a timer.
No Qt here: `kiosk.services.live_updates_qt` adapts this to a Qt signal.
"""

from __future__ import annotations

import logging
import queue
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kiosk.storage.change_feed import NotificationListener, check_channel, read_versions, record_change
from kiosk.storage.database import Database, DatabaseUnavailableError

log = logging.getLogger(__name__)

CHAT = "chat"
QUEUE = "queue"
AVAILABILITY = "availability"
VIDEO = "video"
CHANNELS = (CHAT, QUEUE, AVAILABILITY, VIDEO)


@dataclass(frozen=True)
class Change:
    """A committed change on `channel`; `payload` is the writer's hint, None when unknown (reload all)."""

    channel: str
    payload: str | None = None


ChangeCallback = Callable[[Change], None]


class ChangeFeed:
    """One kiosk's view of the changes all kiosks publish on one database."""

    # The writer's own session carries the notice, so it is delivered on commit and never on rollback.
    publish = staticmethod(record_change)

    def __init__(
        self,
        database: Database,
        channels: Iterable[str] = CHANNELS,
        wake: Callable[[], None] | None = None,
    ) -> None:
        self._database = database
        self._channels = tuple(check_channel(c) for c in channels)
        self._wake = wake
        self._subscribers: dict[str, list[ChangeCallback]] = {c: [] for c in self._channels}
        self._pending: queue.SimpleQueue[Change] = queue.SimpleQueue()
        self._seen_versions: dict[str, int] | None = None
        self._listener: NotificationListener | None = None

    @property
    def pushes(self) -> bool:
        """True when changes arrive by themselves (PostgreSQL); False: call poll() on a timer."""
        return not self._database.is_sqlite

    def start(self, wait_seconds: float = 5.0) -> None:
        """Begin watching: from now on every committed change is reported by poll().

        On PostgreSQL this waits up to `wait_seconds` for the listener; if the server is down, the
        feed keeps trying in the background and reports every channel changed once it gets through.
        """
        if self.pushes:
            self._listener = NotificationListener(self._database, self._channels, self._on_notice)
            if not self._listener.start(wait_seconds):
                log.warning("change feed: database not reachable yet; will keep trying")
        else:
            self._seen_versions = self._read_versions()

    def close(self) -> None:
        """Stop watching (ends the listener thread)."""
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    def subscribe(self, channel: str, callback: ChangeCallback) -> Callable[[], None]:
        """Call `callback(change)` from poll() for each change on `channel`; returns an unsubscribe."""
        if channel not in self._subscribers:
            raise ValueError(f"channel {channel!r} is not watched by this feed ({', '.join(self._channels)})")
        self._subscribers[channel].append(callback)
        return lambda: self._subscribers[channel].remove(callback)

    def poll(self) -> list[Change]:
        """Deliver the changes since the last poll to the subscribers, on the calling thread."""
        changes = self._drain_notices() if self.pushes else self._compare_versions()
        for change in changes:
            for callback in list(self._subscribers.get(change.channel, ())):
                callback(change)
        return changes

    def _on_notice(self, channel: str, payload: str | None) -> None:
        # Listener thread: only queue, and let the owner's thread do the work.
        self._pending.put(Change(channel, payload))
        if self._wake is not None:
            self._wake()

    def _drain_notices(self) -> list[Change]:
        changes: list[Change] = []
        while True:
            try:
                change = self._pending.get_nowait()
            except queue.Empty:
                break
            if change not in changes:  # ten identical notices mean one reload
                changes.append(change)
        return changes

    def _compare_versions(self) -> list[Change]:
        current = self._read_versions()
        if current is None:
            return []
        previous = self._seen_versions
        self._seen_versions = current
        if previous is None:
            # The database was unreachable at start or last time: whatever happened meanwhile is unknown.
            return [Change(channel) for channel in self._channels]
        return [Change(c) for c in self._channels if current.get(c, 0) != previous.get(c, 0)]

    def _read_versions(self) -> dict[str, int] | None:
        try:
            with self._database.session() as session:
                return read_versions(session)
        except DatabaseUnavailableError as err:
            log.warning("change feed cannot poll: %s", err)
            return None
