"""The embedded browser: a fresh off-the-record profile per session, wiped at its end; the camera only for
listed origins; no navigation off the list, no pop-ups; a killed renderer ends the session calmly.

Real Qt WebEngine (software rendering on the offscreen platform) with Chromium's synthetic camera and
microphone, against pages served on loopback."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.domain.web_origins import OriginList
from kiosk.gui.widgets.safe_web_view import SafeWebView
from kiosk.services.local_pages import LocalPages
from tests.helpers.web_pages import serve_pages

LOAD_MS = 30_000


@pytest.fixture
def pages(tmp_path: Path) -> Iterator[LocalPages]:
    server = serve_pages(tmp_path / "pages")
    yield server
    server.stop()


@pytest.fixture
def other_pages(tmp_path: Path) -> Iterator[LocalPages]:
    server = serve_pages(tmp_path / "other")
    yield server
    server.stop()


@pytest.fixture
def web(qtbot: QtBot) -> Iterator[SafeWebView]:
    view = SafeWebView()
    qtbot.addWidget(view)
    view.resize(640, 480)
    view.show()
    yield view
    view.close_session()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _title(web: SafeWebView) -> str:
    page = web.page()
    return page.title() if page is not None else ""


def _wait_title(qtbot: QtBot, web: SafeWebView, prefix: str) -> str:
    qtbot.waitUntil(lambda: _title(web).startswith(prefix), timeout=LOAD_MS)
    return _title(web)


def test_each_session_starts_empty_and_its_profile_is_destroyed_at_the_end(
    qtbot: QtBot, web: SafeWebView, pages: LocalPages
) -> None:
    origins = OriginList.of([pages.base_url()])
    web.open(pages.url("store.html"), origins, media=False)
    assert _wait_title(qtbot, web, "before:") == "before:-|-"
    profile = web.profile()
    assert profile is not None and profile.isOffTheRecord()
    web.close_session()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(profile)
    web.open(pages.url("store.html"), origins, media=False)
    # Cookies, local storage (and the Cache Storage entry) of the first session are gone.
    assert _wait_title(qtbot, web, "before:") == "before:-|-"
    done: list[object] = []
    web.run_js("caches.keys().then(k => { document.title = 'caches:' + k.length; })")
    qtbot.waitUntil(lambda: _title(web).startswith("caches:"), timeout=LOAD_MS)
    done.append(_title(web))
    assert done == ["caches:1"]  # only this session's own entry


def test_the_camera_is_granted_to_listed_origins_only(
    qtbot: QtBot, web: SafeWebView, pages: LocalPages, other_pages: LocalPages
) -> None:
    web.open(pages.url("media.html"), OriginList.of([pages.base_url()]), media=True)
    assert _wait_title(qtbot, web, "granted:") == "granted:2"
    refused: list[str] = []
    web.refused.connect(refused.append)
    # The other server's page may be loaded here but is not given the camera.
    both = OriginList.of([pages.base_url(), other_pages.base_url()])
    web.open(other_pages.url("media.html"), OriginList.of([other_pages.base_url()]), media=False)
    # Chromium reports the embedder's refusal as an AbortError (PySide6 6.11.3).
    assert _wait_title(qtbot, web, "refused:") in ("refused:AbortError", "refused:NotAllowedError")
    web.open(other_pages.url("media.html"), both, media=True)
    assert _wait_title(qtbot, web, "granted:") == "granted:2"
    assert any(r.startswith("permission MediaAudioVideoCapture") for r in refused)


def test_a_page_off_the_list_is_neither_loaded_nor_given_the_camera(
    qtbot: QtBot, web: SafeWebView, pages: LocalPages, other_pages: LocalPages
) -> None:
    refused: list[str] = []
    web.refused.connect(refused.append)
    web.open(pages.url("plain.html"), OriginList.of([pages.base_url()]), media=True)
    _wait_title(qtbot, web, "plain")
    web.run_js(f"location.href = {other_pages.url('media.html')!r}")
    qtbot.waitUntil(lambda: any(r.startswith("navigation") for r in refused), timeout=LOAD_MS)
    web.run_js(f"document.title = 'popup:' + (window.open({other_pages.url('plain.html')!r}) === null)")
    assert _wait_title(qtbot, web, "popup:") == "popup:true"
    page = web.page()
    assert page is not None and page.url().toString().startswith(pages.base_url())
    assert f"navigation {other_pages.base_url()}" in refused


def test_a_killed_renderer_ends_the_session_and_a_new_one_works(
    qtbot: QtBot, web: SafeWebView, pages: LocalPages
) -> None:
    origins = OriginList.of([pages.base_url()])
    web.open(pages.url("plain.html"), origins, media=False)
    _wait_title(qtbot, web, "plain")
    pid = web.render_process_pid()
    assert pid > 0
    with qtbot.waitSignal(web.crashed, timeout=LOAD_MS):
        os.kill(pid, signal.SIGKILL)
    assert not web.is_open()
    web.open(pages.url("plain.html"), origins, media=False)
    _wait_title(qtbot, web, "plain")
    assert web.render_process_pid() not in (0, pid)
