"""Fixtures shared by the whole suite."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.postgres import INSTALL_HINT, PostgresServer, find_bin_dir, start_throwaway_server

# GUI tests run on Qt's offscreen platform unless a test asks for Xvfb explicitly.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt WebEngine in tests: tests run as root, where Chromium starts only without its sandbox (the kiosk runs
# as its own user with the sandbox on), and a synthetic camera and microphone stand in for real ones.
# Not --use-fake-ui-for-media-stream: it grants every page the camera before permissionRequested is
# asked, which would hide the allow-list (measured with PySide6 6.11.3).
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --use-fake-device-for-media-stream")


def _prepare_web_engine() -> None:
    from kiosk.gui.web_engine_setup import prepare_before_application

    prepare_before_application()  # before pytest-qt's QApplication exists


_prepare_web_engine()

# CI sets KIOSK_REQUIRE_PG=1: then a missing or broken PostgreSQL fails the run instead of thinning it.
REQUIRE_PG = os.environ.get("KIOSK_REQUIRE_PG") == "1"
_deselected_for_missing_pg: list[pytest.Item] = []


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test that needs the server; without binaries (and KIOSK_REQUIRE_PG), leave them out."""
    for item in items:
        if "postgres_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.postgres)
    if REQUIRE_PG or find_bin_dir() is not None:
        return
    kept = [item for item in items if item.get_closest_marker("postgres") is None]
    _deselected_for_missing_pg.extend(item for item in items if item.get_closest_marker("postgres"))
    if _deselected_for_missing_pg:
        config.hook.pytest_deselected(items=_deselected_for_missing_pg)
        items[:] = kept


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _deselected_for_missing_pg:
        terminalreporter.write_line(
            f"NOTE: {len(_deselected_for_missing_pg)} PostgreSQL tests deselected: no server binaries; "
            f"{INSTALL_HINT}, or set KIOSK_REQUIRE_PG=1 to make this an error",
            yellow=True,
        )


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's data, log or config folders."""
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KIOSK_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.setenv("KIOSK_CONFIG", str(tmp_path / "kiosk.toml"))


@pytest.fixture(autouse=True)
def _no_windows_left_behind() -> Iterator[None]:
    """Delete every window a test leaves, now, in every folder: deleteLater() alone waits for an event
    loop that tests never run. A leftover window answers every later language switch by rebuilding its
    screens (a run once grew to 24 GB), and its idle, keypad and voice filters stay on the application,
    so each key press of a later test passed through all of them (the bad-input PIN test, 20,000 key
    events, went from 3 s alone to over 10 minutes after 100 windows)."""
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return  # this test never touched Qt
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    from kiosk.gui import app_filters

    if app_filters.suspended():  # a web view went with its window: its filters return on the next turn
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
    assert not app_filters.suspended(), "a web session outlived its window"


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """The session's throw-away PostgreSQL cluster, started on first use and removed at the end."""
    try:
        server = start_throwaway_server()
    except Exception as err:
        pytest.fail(
            f"the test PostgreSQL server could not be started: {err}\n"
            'Run only the SQLite variants with -m "not postgres".',
            pytrace=False,
        )
    yield server
    server.remove()


@pytest.fixture(scope="session")
def _second_postgres_server(postgres_server: PostgresServer) -> Iterator[PostgresServer]:
    try:
        server = start_throwaway_server()
    except Exception as err:
        pytest.fail(f"a second test PostgreSQL server could not be started: {err}", pytrace=False)
    yield server
    server.remove()


@pytest.fixture
def restartable_postgres_server(_second_postgres_server: PostgresServer) -> Iterator[PostgresServer]:
    """A cluster apart from the shared one, which this test may stop and start; running again after."""
    server = _second_postgres_server
    yield server
    if not server.is_running():
        server.start()


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """URL of a fresh, empty PostgreSQL database for one test, dropped afterwards."""
    name = postgres_server.create_database()
    yield postgres_server.url(name)
    postgres_server.drop_database(name)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """URL of an empty SQLite database file for one test."""
    return f"sqlite:///{tmp_path / 'test.sqlite3'}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest) -> str:
    """URL of an empty database for one test: each test runs once on SQLite and once on PostgreSQL."""
    fixture_name = "sqlite_url" if request.param == "sqlite" else "postgres_url"
    return str(request.getfixturevalue(fixture_name))


def _migrated(url: str) -> Iterator[object]:
    from kiosk.storage.database import Database

    db = Database(url)
    db.upgrade()
    yield db
    db.dispose()


@pytest.fixture
def database(database_url: str) -> Iterator[object]:
    """A migrated, empty Database (SQLite and PostgreSQL variants)."""
    yield from _migrated(database_url)


@pytest.fixture
def sqlite_database(sqlite_url: str) -> Iterator[object]:
    """A migrated, empty SQLite Database, for tests of SQLite-only behaviour."""
    yield from _migrated(sqlite_url)


@pytest.fixture
def postgres_database(postgres_url: str) -> Iterator[object]:
    """A migrated, empty PostgreSQL Database, for tests of PostgreSQL-only behaviour (mark them postgres)."""
    yield from _migrated(postgres_url)
