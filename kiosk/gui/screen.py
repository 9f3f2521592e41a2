"""The contract every screen of the kiosk fulfils."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QWidget

_LANGUAGE_STALE = "_languageStale"
_CATCHING_UP = "catching up"


class Screen(QWidget):
    """One page of the kiosk, shown below the header bar.

    A screen never opens another screen: it emits `navigate_requested(route)` and the Navigator
    decides. `reset()` must wipe every input and model (the idle reset relies on it) without waiting
    on the database; what the screen left there is erased in `clean_up_remote()`, which the idle reset
    calls after every local step. `retranslateUi()` must reset every visible string (the language
    switch relies on it).
    """

    navigate_requested = Signal(str)
    # Emitted when the title or step changes, so the header can follow.
    header_changed = Signal()
    # The resident picked a language on this screen ("ko" or "en").
    language_requested = Signal(str)

    def title(self) -> str:
        """The heading shown in the header bar, already translated."""
        return ""

    def step(self) -> tuple[int, int] | None:
        """(current, total) for multi-step flows, shown as "2/4"; None elsewhere."""
        return None

    def reset(self) -> None:
        """Forget everything the resident entered or chose on this screen (locally: no database)."""

    def clean_up_remote(self) -> None:
        """After the idle wipe: erase what this screen left in the database (kept for later if away)."""

    def retranslateUi(self) -> None:
        """Set every visible string again in the current language."""

    def go_back(self) -> bool:
        """Handle Back inside the screen (a previous step); False lets the navigator go back."""
        return False

    def is_busy(self) -> bool:
        """True while the resident is watching something (a playing lecture): no idle countdown."""
        return False

    def entered(self) -> None:
        """Called each time the screen becomes visible (refresh data here)."""

    def screenshot_states(self) -> list[tuple[str, Callable[[], None]]]:
        """Named ways to drive this screen into its inner steps, for `kiosk screenshot`."""
        return []

    def prepare_to_show(self) -> None:
        """Called by the navigator just before the screen becomes visible: catch up on the language."""
        if self.property(_LANGUAGE_STALE):
            self.setProperty(_LANGUAGE_STALE, _CATCHING_UP)
            QCoreApplication.sendEvent(self, QEvent(QEvent.Type.LanguageChange))
            self.setProperty(_LANGUAGE_STALE, False)

    def event(self, event: QEvent) -> bool:
        # A hidden screen and everything in it catch up when it is next shown: with every screen built,
        # delivering and handling the language change everywhere froze a switch for 2 s.
        if event.type() == QEvent.Type.LanguageChange and self.isHidden() and not self._catching_up():
            self.setProperty(_LANGUAGE_STALE, True)
            return True
        if event.type() == QEvent.Type.Show:  # shown other than through the navigator: still before paint
            self.prepare_to_show()
        return super().event(event)

    def _catching_up(self) -> bool:
        return self.property(_LANGUAGE_STALE) == _CATCHING_UP

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
            self.header_changed.emit()
        super().changeEvent(event)
