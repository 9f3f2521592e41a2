"""Building the information desk screens in tests: a context on a fixed day, English or Korean."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from kiosk.app_context import AppContext
from kiosk.config import default_config
from kiosk.domain.clock import SEOUL, ManualClock
from kiosk.gui.i18n import Translations
from kiosk.storage.database import Database


def context_on(database: Database, moment: datetime) -> AppContext:
    """An AppContext whose clock stands still at `moment` (Seoul time)."""
    return AppContext(
        config=default_config(), clock=ManualClock(moment.replace(tzinfo=SEOUL)), database=database
    )


def use_language(language: str) -> None:
    """Switch the application's language as the header does, dropping translators earlier tests left."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
    Translations(app).set_language(language)
