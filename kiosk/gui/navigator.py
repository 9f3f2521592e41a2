"""Decides which screen is visible; builds each screen on its first visit."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from kiosk.app_context import AppContext
from kiosk.gui.current_page_stack import CurrentPageStack
from kiosk.gui.screen import Screen
from kiosk.gui.screens.registry import SCREENS, create_screen

log = logging.getLogger(__name__)


class Navigator(QObject):
    """A history of routes over the window's stack of screens."""

    screen_changed = Signal(str)
    # A new screen was opened by a tap (not Back, not a language switch): the anonymous usage count.
    route_visited = Signal(str)
    language_requested = Signal(str)
    # Emitted (directly) before a screen becomes visible: the window gives it the current look first.
    screen_about_to_show = Signal(QObject)

    def __init__(self, stack: CurrentPageStack, context: AppContext) -> None:
        super().__init__(stack)
        self._stack = stack
        self._context = context
        self._screens: dict[str, Screen] = {}
        self._history: list[str] = []

    @property
    def current_route(self) -> str:
        return self._history[-1] if self._history else ""

    @property
    def current_screen(self) -> Screen | None:
        return self._screens.get(self.current_route)

    def built_screens(self) -> dict[str, Screen]:
        """The screens visited so far (the idle reset wipes each of them)."""
        return dict(self._screens)

    def can_go_back(self) -> bool:
        return len(self._history) > 1

    def go(self, route: str) -> None:
        """Show `route`, building it on first visit."""
        if route not in SCREENS:
            log.error("no screen is registered for route %r", route)
            return
        screen = self._screen(route)
        if self.current_route != route:
            self._history.append(route)
            self.route_visited.emit(route)
        self._show(screen)

    def back(self) -> None:
        """A previous step within the screen, else the previous screen."""
        screen = self.current_screen
        if screen is not None and screen.go_back():
            self.screen_changed.emit(self.current_route)
            return
        if self.can_go_back():
            self._history.pop()
            self._show(self._screen(self.current_route))

    def home(self) -> None:
        self._history = []
        self.go("home")

    def _screen(self, route: str) -> Screen:
        if route not in self._screens:
            screen = create_screen(route, self._context)
            screen.navigate_requested.connect(self.go)
            screen.language_requested.connect(self.language_requested)
            screen.header_changed.connect(lambda r=route: self._header_changed(r))
            self._stack.addWidget(screen)
            self._screens[route] = screen
        return self._screens[route]

    def _show(self, screen: Screen) -> None:
        screen.prepare_to_show()
        self.screen_about_to_show.emit(screen)
        self._stack.setCurrentWidget(screen)
        screen.entered()
        self.screen_changed.emit(self.current_route)

    def _header_changed(self, route: str) -> None:
        if route == self.current_route:
            self.screen_changed.emit(route)
