"""Builds the real main window on a throw-away database with a ManualClock, for GUI tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from kiosk.app import build_context, build_window, create_qt_application
from kiosk.config import Config, DatabaseSection, SpeechSection, StaffSection, default_config
from kiosk.domain.clock import SEOUL, ManualClock
from tests.helpers.staff_pin import TEST_PIN_HASH

TEST_START = datetime(2026, 11, 25, 10, 0, tzinfo=SEOUL)


def make_window(database_url: str, config: Config | None = None, clock: ManualClock | None = None):
    """The kiosk's MainWindow as residents see it, idle timer stopped (tests call check())."""
    create_qt_application()
    # No real voice or sound in tests: "speechd" would start a speech-dispatcher daemon that outlives the
    # test, and Qt Multimedia warns on a machine without audio.
    # Staff sign in with TEST_PIN: a kiosk without a configured hash has no staff mode.
    config = config or replace(
        default_config(), speech=SpeechSection(engine="none"), staff=StaffSection(pin_hash=TEST_PIN_HASH)
    )
    # Never Qt Multimedia in a test window, even where a sound server runs: it warns about PipeWire.
    config = replace(
        config, database=DatabaseSection(url=database_url), sound=replace(config.sound, output="none")
    )
    context = build_context(config, clock or ManualClock(TEST_START))
    window = build_window(context)
    window.idle.stop()
    window.resize(1920, 1080)
    return window
