"""The Tax Station at the kiosk: the station's page in the safe web view, no camera, wiped on leaving."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk.config import SpeechSection, StationSection, VideoSection, default_config
from kiosk.gui import app_filters
from kiosk.services.local_pages import LocalPages
from tests.helpers.kiosk_window import make_window
from tests.helpers.web_pages import serve_pages

LOAD_MS = 30_000


@pytest.fixture
def station(tmp_path: Path):
    server = serve_pages(tmp_path / "station")
    yield server
    server.stop()


def _window(qtbot, database_url: str, page: str, station: LocalPages):
    config = replace(
        default_config(),
        speech=SpeechSection(engine="none"),
        station=StationSection(metaverse_url=station.url(page)),
        video=VideoSection(station_allowed_origins=[]),
    )
    win = make_window(database_url, config)
    qtbot.addWidget(win)
    win.show()
    return win


def _open_station(qtbot, window):
    home = window.navigator.current_screen
    qtbot.mouseClick(home.ui.tileStation, Qt.MouseButton.LeftButton)
    assert window.navigator.current_route == "station"
    return window.navigator.current_screen


def test_the_station_opens_here_and_nothing_of_the_visit_survives_leaving(
    qtbot, database_url: str, station: LocalPages
) -> None:
    window = _window(qtbot, database_url, "store.html", station)
    screen = _open_station(qtbot, window)
    qtbot.waitUntil(lambda: screen.web.page().title().startswith("before:"), timeout=LOAD_MS)
    assert screen.web.page().title() == "before:-|-"
    qtbot.mouseClick(window.header.home_button, Qt.MouseButton.LeftButton)
    assert window.navigator.current_route == "home" and not screen.web.is_open()
    qtbot.waitUntil(lambda: not app_filters.suspended(), timeout=LOAD_MS)
    screen = _open_station(qtbot, window)
    qtbot.waitUntil(lambda: screen.web.page().title().startswith("before:"), timeout=LOAD_MS)
    assert screen.web.page().title() == "before:-|-"  # the first visit's cookie and storage are gone
    window.reset_session()
    assert not screen.web.is_open()
    window.context.database.dispose()


def test_the_station_never_gets_the_camera(qtbot, database_url: str, station: LocalPages) -> None:
    window = _window(qtbot, database_url, "media.html", station)
    screen = _open_station(qtbot, window)
    qtbot.waitUntil(lambda: screen.web.page().title().startswith("refused:"), timeout=LOAD_MS)
    window.context.database.dispose()


def test_as_root_with_the_sandbox_on_the_station_says_so_instead_of_crashing(
    qtbot, database_url: str, station: LocalPages, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Chromium as root with its sandbox on ends the whole process (a segmentation fault).
    monkeypatch.setattr("os.geteuid", lambda: 0)
    monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", "--use-fake-device-for-media-stream")
    monkeypatch.delenv("QTWEBENGINE_DISABLE_SANDBOX", raising=False)
    window = _window(qtbot, database_url, "store.html", station)
    screen = _open_station(qtbot, window)
    qtbot.waitUntil(lambda: screen.problem.isVisible(), timeout=5000)
    assert not screen.web.is_open() and screen.web.profile() is None
    assert "멈췄습니다" in screen.problem.text()  # the calm message, in Korean first
    window.reset_session()
