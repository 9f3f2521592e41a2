"""Builds the real main window on a throw-away database with a ManualClock, for GUI tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from kiosk.app import build_context, build_window, create_qt_application
from kiosk.config import Config, DatabaseSection, ScreenSection, SpeechSection, StaffSection, default_config
from kiosk.domain.clock import SEOUL, ManualClock
from tests.helpers.staff_pin import TEST_PIN_HASH

TEST_START = datetime(2026, 11, 25, 10, 0, tzinfo=SEOUL)
# A 32-inch portrait panel, its lower edge 700 mm above the floor (kiosk-ui.md §1): it reaches 1408 mm.
PORTRAIT_32 = ScreenSection(width_mm=398.5, height_mm=708.5, width_px=1080, height_px=1920)


def kiosk_config(screen: ScreenSection | None = None) -> Config:
    """The defaults with no voice and the test PIN, on `screen` (the 27-inch landscape panel if None)."""
    config = replace(
        default_config(), speech=SpeechSection(engine="none"), staff=StaffSection(pin_hash=TEST_PIN_HASH)
    )
    return replace(config, screen=screen) if screen else config


def make_portrait_window(database_url: str, clock: ManualClock | None = None):
    """The window on PORTRAIT_32, sized as that panel."""
    window = make_window(database_url, kiosk_config(PORTRAIT_32), clock)
    window.resize(PORTRAIT_32.width_px, PORTRAIT_32.height_px)
    return window


def make_window(database_url: str, config: Config | None = None, clock: ManualClock | None = None):
    """The kiosk's MainWindow as residents see it, idle timer stopped (tests call check())."""
    create_qt_application()
    # No real voice or sound in tests: "speechd" would start a speech-dispatcher daemon that outlives the
    # test, and Qt Multimedia warns on a machine without audio.
    # Staff sign in with TEST_PIN: a kiosk without a configured hash has no staff mode.
    config = config or kiosk_config()
    # Never Qt Multimedia in a test window, even where a sound server runs: it warns about PipeWire.
    config = replace(
        config, database=DatabaseSection(url=database_url), sound=replace(config.sound, output="none")
    )
    context = build_context(config, clock or ManualClock(TEST_START))
    window = build_window(context)
    window.idle.stop()
    window.resize(1920, 1080)
    return window
