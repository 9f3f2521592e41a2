"""Staff mode in the main window: the hidden gesture opens the PIN pad; idle or the reset ends it."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from kiosk.app_context import AppContext
from kiosk.gui.header import HeaderBar
from kiosk.gui.idle import IdleController
from kiosk.gui.navigator import Navigator

log = logging.getLogger(__name__)


class StaffModeController(QObject):
    """A second IdleController, with no warning, signs staff out after kiosk.staff_idle_seconds."""

    def __init__(self, context: AppContext, header: HeaderBar, navigator: Navigator) -> None:
        super().__init__(navigator)
        self.session = context.staff.session
        self.navigator = navigator
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.idle = IdleController(app, context.clock, context.config.kiosk.staff_idle_seconds, 0, owner=self)
        self.idle.expired.connect(self._idle_expired)
        header.staff_gesture.connect(self.open)
        self.idle.start()

    def open(self) -> None:
        """The hidden gesture: the staff home when signed in, else the PIN pad."""
        self.navigator.go("staff" if self.session.active else "staff_pin")

    def sign_out(self) -> None:
        """End staff mode (the resident idle reset calls this too)."""
        if self.session.active:
            log.info("staff signed out")
        self.session.sign_out()

    def _idle_expired(self) -> None:
        if self.session.active:
            log.info("staff mode ended after %d s idle", self.idle.idle_seconds)
            self.session.sign_out()
            self.navigator.home()

    def stop_idle(self) -> None:
        """For a staff PC (the console): no idle sign-out."""
        self.idle.stop()
