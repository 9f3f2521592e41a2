"""Fixtures shared by the whole suite."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# GUI tests run on Qt's offscreen platform unless a test asks for Xvfb explicitly.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's data, log or config folders."""
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KIOSK_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.setenv("KIOSK_CONFIG", str(tmp_path / "kiosk.toml"))


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    """URL of an empty database for one test (SQLite file; PostgreSQL where parametrised)."""
    return f"sqlite:///{tmp_path / 'test.sqlite3'}"


@pytest.fixture
def database(database_url: str) -> Iterator[object]:
    """A migrated, empty Database."""
    from kiosk.storage.database import Database

    db = Database(database_url)
    db.upgrade()
    yield db
    db.dispose()
