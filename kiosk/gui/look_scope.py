"""Restyles the window a part at a time: the parts on screen at once, every other part when it is next shown.

One application-wide style sheet restyles every widget Qt knows, hidden screens included: with every
screen built (about 1,300 widgets) a tap on Large text or High contrast froze the kiosk for 4.5-6 s.
Here each part (the header, each screen, the keyboard, each overlay) carries the look's sheet itself,
and a part that is hidden gets it in its Show event, before it is painted. The containers between the
window and the parts carry no sheet of their own (a sheet there would restyle everything below it): they
are transparent (ui/kiosk.qss) and the window paints the look's background behind them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

_WATCHED = "_lookScopeWatched"


class LookScope(QObject):
    """Gives every part below `containers` the current style sheet, when it is (or becomes) visible."""

    def __init__(self, containers: Callable[[], list[QWidget]], owner: QObject) -> None:
        super().__init__(owner)
        self._containers = containers
        self._sheet = ""

    def parts(self) -> list[QWidget]:
        """The widgets just below the containers: each one restyles its own subtree."""
        containers = self._containers()
        ids = {id(c) for c in containers}
        return [
            child
            for container in containers
            for child in container.children()
            if isinstance(child, QWidget) and id(child) not in ids
        ]

    def apply(self, sheet: str) -> None:
        """Use `sheet` from now on: at once where it shows, at the next Show elsewhere."""
        self._sheet = sheet
        for container in self._containers():
            self._watch(container)
        for part in self.parts():
            self._watch(part)
            if not part.isHidden():  # shown, or will be with its window
                self._restyle(part)

    def prepare(self, part: QWidget) -> None:
        """Style `part` now, while it is still hidden: its layout then settles before it is shown."""
        self._watch(part)
        self._restyle(part)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(watched, QWidget):
            if any(watched is part for part in self.parts()):
                self._restyle(watched)
        elif kind == QEvent.Type.ChildAdded:
            child = event.child()  # type: ignore[attr-defined]
            if isinstance(child, QWidget):
                # A screen built on its first visit, the keyboard on first use: styled at their Show.
                # Not here: a child added from its own constructor is not fully built yet.
                self._watch(child)
        return False

    def _watch(self, widget: QWidget) -> None:
        if not widget.property(_WATCHED):
            widget.setProperty(_WATCHED, True)
            widget.installEventFilter(self)

    def _restyle(self, part: QWidget) -> None:
        if part.styleSheet() != self._sheet:
            part.setStyleSheet(self._sheet)
