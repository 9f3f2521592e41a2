"""Whether staff mode is on at this kiosk; the GUI ends it on idle and on the resident reset."""

from __future__ import annotations

from collections.abc import Callable


class StaffSession:
    """Signed in or not; listeners hear every change (the header and staff screens follow it)."""

    def __init__(self) -> None:
        self.active = False
        self._listeners: list[Callable[[bool], None]] = []

    def on_change(self, listener: Callable[[bool], None]) -> None:
        """Call `listener(active)` after each sign-in and sign-out."""
        self._listeners.append(listener)

    def sign_in(self) -> None:
        self._set(True)

    def sign_out(self) -> None:
        self._set(False)

    def _set(self, active: bool) -> None:
        if self.active == active:
            return
        self.active = active
        for listener in list(self._listeners):
            listener(active)
