"""The Qt adapter: a change published by another kiosk arrives as a signal in the GUI thread."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from kiosk.services.live_updates import QUEUE, ChangeFeed
from kiosk.services.live_updates_qt import LiveUpdates
from kiosk.storage.database import Database


def test_another_kiosks_change_arrives_as_a_signal_in_the_gui_thread(
    qtbot: QtBot, database: Database, database_url: str
) -> None:
    other_kiosk = Database(database_url)
    live = LiveUpdates(database, poll_interval_ms=50)
    live.start()
    seen_in: list[threading.Thread] = []
    live.changed.connect(lambda *_: seen_in.append(threading.current_thread()))
    try:
        with qtbot.waitSignal(live.changed, timeout=5000) as blocker, other_kiosk.write_session() as session:
            ChangeFeed.publish(session, QUEUE, "42")
        channel, payload = blocker.args
        assert channel == QUEUE
        assert payload in ("42", "")  # SQLite carries no payload
        assert seen_in == [threading.main_thread()]
    finally:
        live.stop()
        other_kiosk.dispose()
