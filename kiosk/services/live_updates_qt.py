"""Qt face of the change feed: `changed(channel, payload)` emitted in the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from kiosk.services.live_updates import ChangeFeed
from kiosk.storage.database import Database

# SQLite has no push channel: how often a kiosk looks at the change counters (one tiny query).
SQLITE_POLL_INTERVAL_MS = 1000


class LiveUpdates(QObject):
    """Screens connect to `changed` and reload what the channel names ("chat", "queue", "availability")."""

    # payload is the writer's hint, or "" when unknown (reload everything on that channel)
    changed = Signal(str, str)
    _notice_arrived = Signal()

    def __init__(
        self,
        database: Database,
        poll_interval_ms: int = SQLITE_POLL_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # The listener thread only emits; the queued connection runs poll_now() in this object's thread.
        self._notice_arrived.connect(self.poll_now, Qt.ConnectionType.QueuedConnection)
        self.feed = ChangeFeed(database, wake=self._notice_arrived.emit)
        self._timer = QTimer(self)
        self._timer.setInterval(poll_interval_ms)
        self._timer.timeout.connect(self.poll_now)

    def start(self, wait_seconds: float = 5.0) -> None:
        """Start watching (PostgreSQL: listener thread; SQLite: the poll timer)."""
        self.feed.start(wait_seconds)
        if not self.feed.pushes:
            self._timer.start()

    def stop(self) -> None:
        """Stop watching; call before the application quits."""
        self._timer.stop()
        self.feed.close()

    def poll_now(self) -> None:
        """Emit `changed` for every change since the last look."""
        for change in self.feed.poll():
            self.changed.emit(change.channel, change.payload or "")
