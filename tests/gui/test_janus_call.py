"""The whole consultation through a self-hosted Janus (Debian's janus, videoroom plugin) on loopback: the
kiosk checks the resident in and joins from its call screen; the accountant joins the same room from a
second safe web view (the staff console's). Chromium's synthetic camera and microphone on both sides.

Asserts through WebRTC statistics that each side decodes the other's video (frames decoded rising) and
receives audio, that the resident's camera and microphone still open for the call right after the
self-check let them go, that the kiosk says the accountant has joined, and that both have left the room at the
end."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk.config import SpeechSection, VideoSection, default_config
from kiosk.domain.check_in import VisitStage, room_number
from kiosk.domain.clock import ManualClock
from kiosk.gui.widgets.safe_web_view import SafeWebView
from kiosk.services.booking import load_demo_consultants
from kiosk.services.local_pages import LocalPages
from tests.helpers.booking import at
from tests.helpers.janus import JanusServer
from tests.helpers.kiosk_window import TEST_START, make_window

LOAD_MS = 60_000
DAY = TEST_START.date() + timedelta(days=8)


@pytest.fixture
def janus(tmp_path: Path) -> Iterator[JanusServer]:
    server = JanusServer(tmp_path / "janus")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def pages() -> Iterator[LocalPages]:
    server = LocalPages()
    yield server
    server.stop()


def _stats(qtbot, web: SafeWebView) -> dict[str, int]:
    found: list[dict[str, int]] = []
    web.run_js("roomStats().then(s => { window.lastStats = s; })")
    qtbot.wait(200)
    web.run_js(
        "JSON.stringify(window.lastStats || null)", lambda value: found.append(json.loads(value or "null"))
    )
    qtbot.waitUntil(lambda: bool(found), timeout=5000)
    return found[0] or {"framesDecoded": 0, "audioBytes": 0, "audioPackets": 0}


def _rising(qtbot, web: SafeWebView) -> tuple[dict[str, int], dict[str, int]]:
    first: dict[str, int] = {}

    def decoding() -> bool:
        first.update(_stats(qtbot, web))
        return first["framesDecoded"] > 0 and first["audioPackets"] > 0

    qtbot.waitUntil(decoding, timeout=LOAD_MS)
    qtbot.wait(1500)
    return dict(first), _stats(qtbot, web)


def test_a_resident_and_the_accountant_see_and_hear_each_other_through_janus(
    qtbot, database_url: str, janus: JanusServer, pages: LocalPages
) -> None:
    room_page = pages.url("room.html") + f"?server={janus.url}&room={{room}}&role={{role}}"
    video = VideoSection(room_url=room_page, allowed_origins=[janus.url])
    config = replace(default_config(), speech=SpeechSection(engine="none"), video=video)
    window = make_window(database_url, config, ManualClock(TEST_START))
    window.set_language("en")
    load_demo_consultants(window.context.database)
    qtbot.addWidget(window)
    window.show()
    booking = window.context.booking.book(
        start=at(DAY, 10, 20),
        consultant_id=None,
        field_id="national",
        name="홍길동",
        phone="010-1234-5678",
        consent=True,
    )
    window.context.clock.set(booking.start - timedelta(minutes=3))
    window.set_voice(True)
    # The resident: check in, see and hear themselves, then Join at once. The call's page opens the
    # devices the self-check has just let go (Chromium frees them asynchronously).
    window.navigator.go("video")
    screen = window.navigator.current_screen
    qtbot.keyClicks(screen.form.code_edit, booking.code)
    qtbot.mouseClick(screen.form.check_in_button, Qt.MouseButton.LeftButton)
    panel = screen.self_check
    qtbot.waitUntil(lambda: panel.camera_playing and panel.loudest > 0, timeout=LOAD_MS)
    for button in (panel.see_button, panel.hear_button, panel.join_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    kiosk = screen.call.web
    qtbot.waitUntil(lambda: kiosk.page().title() == "joined", timeout=LOAD_MS)
    room = room_number(booking.code)
    # The accountant, on the staff console (another window on the same database): the visit is listed
    # as waiting and one tap joins its room.
    console = make_window(database_url, config, ManualClock(booking.start))
    console.set_language("en")
    qtbot.addWidget(console)
    console.show()
    console.context.staff.session.sign_in()
    console.navigator.go("staff_video")
    desk = console.navigator.current_screen
    [visit_button] = [b for b in desk.buttons if not b.isHidden()]
    assert visit_button.text().endswith("waiting in the room")
    qtbot.mouseClick(visit_button, Qt.MouseButton.LeftButton)
    staff = desk.web
    try:
        qtbot.waitUntil(lambda: screen.call.accountant_here, timeout=LOAD_MS)
        assert window.voice.last_text == "The tax accountant has joined."
        [visit] = window.context.video.visits_of_day(DAY)
        assert visit.stage is VisitStage.IN_CALL
        qtbot.waitUntil(lambda: staff.page().title() == "remote-joined", timeout=LOAD_MS)
        assert sorted(janus.participants(room)) == ["accountant", "resident"]
        for side in (kiosk, staff):
            before, after = _rising(qtbot, side)
            assert after["framesDecoded"] > before["framesDecoded"] > 0
            assert after["audioBytes"] > before["audioBytes"] > 0
        # The resident ends the consultation; the accountant's page sees them leave.
        qtbot.mouseClick(screen.call.end_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(screen.call.leave_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not screen.call.in_call(), timeout=LOAD_MS)
        qtbot.waitUntil(lambda: staff.page().title() == "remote-left", timeout=LOAD_MS)
        assert janus.participants(room) == ["accountant"]
        staff.run_js("leaveRoom().then(() => { document.title = 'left'; })")
        qtbot.waitUntil(lambda: staff.page().title() == "left", timeout=LOAD_MS)
        qtbot.waitUntil(lambda: janus.participants(room) == [], timeout=LOAD_MS)
        desk.refresh()
        assert [b for b in desk.buttons if not b.isHidden()] == []  # the visit ended
    finally:
        staff.close_session()
        console.context.database.dispose()
        window.context.database.dispose()
