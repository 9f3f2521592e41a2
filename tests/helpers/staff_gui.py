"""Builds the real main window on a migrated test database with a ManualClock."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QApplication

from kiosk.app import build_window, create_qt_application
from kiosk.app_context import AppContext
from kiosk.config import Config, DatabaseSection
from kiosk.domain.clock import SEOUL, ManualClock
from kiosk.storage.database import Database

START = datetime(2026, 12, 5, 10, 0, tzinfo=SEOUL)


def make_context(
    database_url: str, clock: ManualClock | None = None, config: Config | None = None
) -> AppContext:
    """An AppContext like kiosk/app.py builds, on `database_url`."""
    config = config or Config(database=DatabaseSection(url=database_url))
    database = Database(database_url)
    database.upgrade()
    return AppContext(config=config, clock=clock or ManualClock(START), database=database)


def make_window(context: AppContext) -> object:
    """The main window in Korean with timers stopped (tests drive the clock)."""
    app = create_qt_application()
    assert isinstance(app, QApplication)
    window = build_window(context)
    window.idle.stop()  # type: ignore[attr-defined]
    window.staff_mode.idle.stop()  # type: ignore[attr-defined]
    window.resize(1920, 1080)  # type: ignore[attr-defined]
    return window
