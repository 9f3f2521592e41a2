"""GUI tests run on SQLite only.

Screens never learn which database is underneath (the services and storage tests run on both); running
every screen test a second time on PostgreSQL doubled the GUI suite's time and proved nothing more.
"""

from __future__ import annotations

import pytest


@pytest.fixture
def database_url(sqlite_url: str) -> str:
    """URL of an empty SQLite database for one GUI test."""
    return sqlite_url


@pytest.fixture(autouse=True)
def _english_without_kiosk_translators() -> None:
    """Each GUI test starts in English (the source strings), whatever language the last test left."""
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    from kiosk.gui.i18n import Translations

    app = QApplication.instance()
    if isinstance(app, QApplication):
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
        Translations(app).set_language("en")
