"""Building the information desk screens in tests: a context on a fixed day, English or Korean."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale

from kiosk.app_context import AppContext
from kiosk.config import default_config
from kiosk.domain.clock import SEOUL, ManualClock
from kiosk.storage.database import Database


def context_on(database: Database, moment: datetime) -> AppContext:
    """An AppContext whose clock stands still at `moment` (Seoul time)."""
    return AppContext(
        config=default_config(), clock=ManualClock(moment.replace(tzinfo=SEOUL)), database=database
    )


def use_language(language: str) -> None:
    """Make content follow `language` the way the header's language switch does."""
    if language == "ko":
        QLocale.setDefault(QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
