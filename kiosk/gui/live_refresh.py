"""A screen reloads what another kiosk or console changed, as soon as the live-update channel says so."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from kiosk.storage.database import StorageError

if TYPE_CHECKING:
    from kiosk.services.live_updates_qt import LiveUpdates

log = logging.getLogger(__name__)


class LiveRefresh(QObject):
    """Calls `reload(payload)` for each change on `channel` while `screen` is visible.

    A hidden screen skips changes: it reads fresh data when it is entered again. `live` is None where
    no window runs (commands, tests of a lone screen): then the screen refreshes only on entering.
    Being a child of the screen, the connection ends with it.
    """

    def __init__(
        self,
        screen: QWidget,
        live: LiveUpdates | None,
        channel: str,
        reload: Callable[[str], None],
    ) -> None:
        super().__init__(screen)
        self._screen = screen
        self._channel = channel
        self._reload = reload
        if live is not None:
            live.changed.connect(self._on_changed)

    def _on_changed(self, channel: str, payload: str) -> None:
        if channel != self._channel or not self._screen.isVisible():
            return
        try:
            self._reload(payload)
        except StorageError as err:
            # The server went away between the notice and the reload: the screen's next action says
            # "temporarily unavailable"; a background refresh must not throw the resident out.
            log.warning("live refresh of %s failed: %s", self._channel, type(err).__name__)


class StopWhenClosed(QObject):
    """Stops `live` when `window` closes: a closed window (a test's, a console's) stops looking."""

    def __init__(self, window: QWidget, live: LiveUpdates) -> None:
        super().__init__(window)
        self._live = live
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self._live.stop()
        return False
