"""Every screen of the kiosk by route name; modules are imported on first visit only."""

from __future__ import annotations

import importlib

from kiosk.app_context import AppContext
from kiosk.gui.screen import Screen

# route -> (module, class). A feature adds its screen here.
SCREENS: dict[str, tuple[str, str]] = {
    "home": ("kiosk.gui.screens.home", "HomeScreen"),
    "help": ("kiosk.gui.screens.help", "HelpScreen"),
    "consultations": ("kiosk.gui.screens.consultations", "ConsultationsScreen"),
    "booking_lookup": ("kiosk.gui.screens.booking_lookup", "BookingLookupScreen"),
    "lectures": ("kiosk.gui.screens.lectures", "LecturesScreen"),
    "schedule": ("kiosk.gui.screens.schedule", "ScheduleScreen"),
    "guide": ("kiosk.gui.screens.guide", "GuideScreen"),
    "qr": ("kiosk.gui.screens.qr", "QrScreen"),
    "video": ("kiosk.gui.screens.video_consultation", "VideoConsultationScreen"),
    "station": ("kiosk.gui.screens.station", "StationScreen"),
    "events": ("kiosk.gui.screens.events", "EventsScreen"),
    "booklet": ("kiosk.gui.screens.booklet", "BookletScreen"),
    "staff_pin": ("kiosk.gui.screens.staff_pin", "StaffPinScreen"),
    "staff": ("kiosk.gui.screens.staff_home", "StaffHomeScreen"),
    "queue": ("kiosk.gui.screens.queue", "QueueScreen"),
    "staff_queue": ("kiosk.gui.screens.staff_queue", "StaffQueueScreen"),
    "now_serving": ("kiosk.gui.screens.now_serving", "NowServingScreen"),
    "chat": ("kiosk.gui.screens.chat", "ChatScreen"),
    "staff_chat": ("kiosk.gui.screens.staff_chat", "StaffChatScreen"),
    "staff_reports": ("kiosk.gui.screens.staff_reports", "StaffReportsScreen"),
    "staff_bookings": ("kiosk.gui.screens.staff_bookings", "StaffBookingsScreen"),
    "staff_questions": ("kiosk.gui.screens.staff_questions", "StaffQuestionsScreen"),
    "staff_content": ("kiosk.gui.screens.staff_content", "StaffContentScreen"),
    "staff_time_limits": ("kiosk.gui.screens.staff_time_limits", "StaffTimeLimitsScreen"),
    "staff_video": ("kiosk.gui.screens.staff_video", "StaffVideoScreen"),
}


def create_screen(route: str, context: AppContext) -> Screen:
    """Import the screen's module and build it."""
    module_name, class_name = SCREENS[route]
    screen_class = getattr(importlib.import_module(module_name), class_name)
    screen: Screen = screen_class(context)
    screen.setObjectName(f"screen_{route}")
    return screen
