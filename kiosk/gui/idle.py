"""Idle reset: after a quiet spell warn with a countdown, then wipe the resident's session."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from kiosk.domain.clock import Clock
from kiosk.gui import app_filters

ACTIVITY_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
}


class IdleController(QObject):
    """Watches every touch and key in the application against an injected clock.

    `check()` runs every second from a timer; tests advance a ManualClock and call it directly.
    """

    warning = Signal(int)  # seconds left, emitted every check while warning
    warning_cancelled = Signal()
    expired = Signal()

    def __init__(
        self,
        app: QApplication,
        clock: Clock,
        idle_seconds: int,
        warning_seconds: int,
        is_busy: Callable[[], bool] = lambda: False,
        owner: QObject | None = None,
    ) -> None:
        # Owned by the window it serves, so closing that window removes its application-wide filter
        # (a filter left on the application would see every later touch and key, for nothing).
        super().__init__(owner or app)
        self._clock = clock
        self.idle_seconds = idle_seconds
        self.warning_seconds = warning_seconds
        self._is_busy = is_busy
        self._last_activity: datetime = clock.now()
        self._warning_shown = False
        self.extensions = 0
        app_filters.install(app, self)
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self._last_activity = self._clock.now()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def warning_visible(self) -> bool:
        return self._warning_shown

    def activity(self) -> None:
        """The resident did something: start counting again."""
        self._last_activity = self._clock.now()
        if self._warning_shown:
            self._warning_shown = False
            self.extensions += 1
            self.warning_cancelled.emit()

    def seconds_idle(self) -> float:
        return (self._clock.now() - self._last_activity).total_seconds()

    def check(self) -> None:
        """Compare the clock with the last activity; warn or expire."""
        if self._is_busy():
            self.activity()
            return
        idle = self.seconds_idle()
        if idle >= self.idle_seconds + self.warning_seconds:
            self._warning_shown = False
            self._last_activity = self._clock.now()
            self.extensions = 0
            self.expired.emit()
        elif idle >= self.idle_seconds:
            self._warning_shown = True
            self.warning.emit(int(self.idle_seconds + self.warning_seconds - idle + 0.999))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS:
            self.activity()
        return False
