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
