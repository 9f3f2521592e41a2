"""Every screen of the kiosk by route name; modules are imported on first visit only."""

from __future__ import annotations

import importlib

from kiosk.app_context import AppContext
from kiosk.gui.screen import Screen

# route -> (module, class). A feature adds its screen here.
SCREENS: dict[str, tuple[str, str]] = {
    "home": ("kiosk.gui.screens.home", "HomeScreen"),
    "help": ("kiosk.gui.screens.help", "HelpScreen"),
    "consultations": ("kiosk.gui.screens.placeholder", "ConsultationsPlaceholder"),
    "lectures": ("kiosk.gui.screens.placeholder", "LecturesPlaceholder"),
    "schedule": ("kiosk.gui.screens.schedule", "ScheduleScreen"),
    "guide": ("kiosk.gui.screens.guide", "GuideScreen"),
    "qr": ("kiosk.gui.screens.qr", "QrScreen"),
    "events": ("kiosk.gui.screens.events", "EventsScreen"),
    "booklet": ("kiosk.gui.screens.booklet", "BookletScreen"),
}


def create_screen(route: str, context: AppContext) -> Screen:
    """Import the screen's module and build it."""
    module_name, class_name = SCREENS[route]
    screen_class = getattr(importlib.import_module(module_name), class_name)
    screen: Screen = screen_class(context)
    screen.setObjectName(f"screen_{route}")
    return screen
