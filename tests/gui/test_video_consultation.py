"""A video consultation at the kiosk, driven like a resident: the home tile, check-in, self-check with
Chromium's synthetic camera and microphone, the call in the safe web view, leaving, the end of the slot,
the idle reset and a killed renderer. The room is a loopback stand-in (the Janus room has its own test)."""

from __future__ import annotations

import os
import shutil
import signal
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from kiosk.config import SpeechSection, VideoSection, default_config
from kiosk.domain.booking import BookingStatus
from kiosk.domain.check_in import VisitStage
from kiosk.domain.clock import ManualClock
from kiosk.gui import app_filters
from kiosk.gui.widgets.self_check_panel import HEARD_LEVEL, SelfCheckPanel
from kiosk.services.booking import load_demo_consultants
from kiosk.services.local_pages import LocalPages, pages_dir
from kiosk.storage import booking as store
from tests.helpers.booking import at
from tests.helpers.kiosk_window import TEST_START, make_window
from tests.helpers.web_pages import missing_camera_self_check, serve_pages

LOAD_MS = 30_000
DAY = TEST_START.date() + timedelta(days=8)  # a Thursday


@pytest.fixture
def room(tmp_path: Path):
    server = serve_pages(tmp_path / "room")
    yield server
    server.stop()


@pytest.fixture
def window(qtbot, database_url: str, room: LocalPages):
    video = VideoSection(room_url=room.base_url() + "/room.html?room={room}")
    config = replace(default_config(), speech=SpeechSection(engine="none"), video=video)
    clock = ManualClock(TEST_START)
    win = make_window(database_url, config, clock)
    win.set_language("en")
    load_demo_consultants(win.context.database)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.context.local_pages.stop()
    win.context.database.dispose()


def click(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def book_and_arrive(window, minutes_early: int = 5):
    """A booking made a week ahead for DAY 10:20; the clock then stands `minutes_early` before it."""
    booking = window.context.booking.book(
        start=at(DAY, 10, 20),
        consultant_id=None,
        field_id="national",
        name="홍길동",
        phone="010-1234-5678",
        consent=True,
    )
    window.context.clock.set(booking.start - timedelta(minutes=minutes_early))
    return booking


def open_check_in(qtbot, window):
    home = window.navigator.current_screen
    home.entered()
    tile = home.ui.tileCheckIn
    click(qtbot, tile)
    assert window.navigator.current_route == "video"
    return window.navigator.current_screen


def to_call(qtbot, window, booking):
    screen = open_check_in(qtbot, window)
    qtbot.keyClicks(screen.form.code_edit, booking.code)
    click(qtbot, screen.form.check_in_button)
    assert screen.step() == (2, 3)
    panel = screen.self_check
    qtbot.waitUntil(lambda: panel.camera_playing, timeout=LOAD_MS)
    click(qtbot, panel.see_button)
    assert not panel.join_button.isEnabled()
    click(qtbot, panel.hear_button)
    click(qtbot, panel.join_button)
    assert screen.step() == (3, 3)
    qtbot.waitUntil(lambda: screen.call.web.page().title() == "joined", timeout=LOAD_MS)
    return screen


def stage(window, code: str) -> VisitStage:
    [visit] = [v for v in window.context.video.visits_of_day(DAY) if v.code == code]
    return visit.stage


def test_the_home_tile_shows_only_while_a_consultation_can_be_checked_in(window) -> None:
    home = window.navigator.current_screen
    window.context.clock.set(at(DAY, 9, 49))
    home.entered()
    assert home.ui.tileCheckIn.isHidden()
    window.context.clock.set(at(DAY, 9, 50))
    home.entered()
    assert not home.ui.tileCheckIn.isHidden()


def test_the_self_check_meter_hears_the_microphone(qtbot, window) -> None:
    """Chromium's synthetic microphone beeps: the level the page reports rises and the kiosk says so."""
    booking = book_and_arrive(window)
    screen = open_check_in(qtbot, window)
    qtbot.keyClicks(screen.form.code_edit, booking.code)
    click(qtbot, screen.form.check_in_button)
    panel = screen.self_check
    qtbot.waitUntil(lambda: panel.camera_playing, timeout=LOAD_MS)
    assert panel.status.text() == "The camera is on. Say something to test the microphone."
    qtbot.waitUntil(lambda: panel.loudest >= HEARD_LEVEL, timeout=LOAD_MS)
    assert panel.status.text() == "The camera is on and the microphone hears you."


def test_check_in_self_check_and_call_then_home_asks_before_leaving(qtbot, window) -> None:
    booking = book_and_arrive(window)
    screen = to_call(qtbot, window, booking)
    with window.context.database.session() as session:
        assert store.find_booking(session, booking.code).status is BookingStatus.ATTENDED
    assert stage(window, booking.code) is VisitStage.WAITING
    assert screen.is_busy()
    assert screen.call.time_left.text() == "About 30 minutes left"  # 5 before, 20 of the slot, 5 of grace
    screen.call.web.run_js("document.title = 'remote-joined'")
    qtbot.waitUntil(lambda: screen.call.accountant_here, timeout=LOAD_MS)
    assert screen.call.state.text() == "The tax accountant has joined."
    assert stage(window, booking.code) is VisitStage.IN_CALL
    click(qtbot, window.header.home_button)
    assert window.navigator.current_route == "video" and screen.call.in_call()
    click(qtbot, screen.call.stay_button)
    assert screen.call.in_call()
    profile = screen.call.web.profile()
    click(qtbot, window.header.home_button)
    click(qtbot, screen.call.leave_button)
    qtbot.waitUntil(lambda: window.navigator.current_route == "home", timeout=LOAD_MS)
    assert not screen.call.in_call()
    assert stage(window, booking.code) is VisitStage.ENDED
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(profile)


def test_the_call_ends_at_the_slot_end_plus_grace_and_on_the_idle_reset(qtbot, window) -> None:
    booking = book_and_arrive(window)
    screen = to_call(qtbot, window, booking)
    window.context.clock.set(booking.end + timedelta(minutes=4, seconds=59))
    screen.call.tick()
    assert screen.call.in_call()
    window.context.clock.set(booking.end + timedelta(minutes=5))
    screen.call.tick()
    qtbot.waitUntil(lambda: not screen.call.in_call(), timeout=LOAD_MS)
    assert not screen.call.web.is_open()
    assert screen.call.state.text() == "The consultation has ended. Thank you."
    # Checked in again (the resident came back) and left alone: the idle reset ends the call.
    window.context.clock.set(booking.start)
    click(qtbot, window.header.home_button)  # no question once the call is over
    assert window.navigator.current_route == "home"
    screen = to_call(qtbot, window, booking)
    assert app_filters.suspended()  # the idle, keypad and voice filters step aside while a page runs
    window.reset_session()
    assert not screen.call.in_call() and not screen.call.web.is_open()
    qtbot.waitUntil(lambda: not app_filters.suspended(), timeout=LOAD_MS)
    assert not screen.self_check.web.is_open()
    assert screen.form.code_edit.text() == "" and screen.step() == (1, 3)


def test_a_killed_renderer_says_so_calmly_and_join_again_recovers(qtbot, window) -> None:
    booking = book_and_arrive(window)
    screen = to_call(qtbot, window, booking)
    pid = screen.call.web.render_process_pid()
    with qtbot.waitSignal(screen.call.web.crashed, timeout=LOAD_MS):
        os.kill(pid, signal.SIGKILL)
    assert screen.call.state.text() == "The video stopped working. Please press Join again, or call staff."
    click(qtbot, screen.call.retry_button)
    qtbot.waitUntil(lambda: screen.call.web.page().title() == "joined", timeout=LOAD_MS)
    assert screen.call.web.render_process_pid() not in (0, pid)


@pytest.mark.parametrize(
    ("minutes_early", "expected", "book_again"),
    [
        (
            11,
            "It is too early to check in. Please come back at 10:10, 10 minutes before your consultation.",
            False,
        ),
        (
            -20,
            "The time of this consultation has passed. Please book a new one, or ask staff for help.",
            True,
        ),
    ],
)
def test_too_early_and_too_late_say_when_and_what_next(
    qtbot, window, minutes_early: int, expected: str, book_again: bool
) -> None:
    booking = book_and_arrive(window, minutes_early)
    window.context.clock.set(at(DAY, 10, 0))  # the home tile shows; the check-in is judged below
    screen = open_check_in(qtbot, window)
    window.context.clock.set(booking.start - timedelta(minutes=minutes_early))
    qtbot.keyClicks(screen.form.code_edit, booking.code)
    click(qtbot, screen.form.check_in_button)
    assert screen.form.message.text() == expected
    assert screen.step() == (1, 3)
    assert not screen.form.staff_button.isHidden()
    assert screen.form.book_button.isHidden() is not book_again
    click(qtbot, screen.form.staff_button)
    assert window.navigator.current_route == "help"


def test_an_unknown_code_is_refused_and_nothing_is_marked(qtbot, window) -> None:
    book_and_arrive(window)
    screen = open_check_in(qtbot, window)
    qtbot.keyClicks(screen.form.code_edit, "ZZZ-ZZZ")
    click(qtbot, screen.form.check_in_button)
    assert screen.form.message.text().startswith("No booking matches this code.")
    assert window.context.video.visits_of_day(DAY) == []


def test_a_kiosk_without_its_camera_says_so_and_offers_staff(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    original = (pages_dir() / "self_check.html").read_text(encoding="utf-8")
    (folder / "self_check.html").write_text(missing_camera_self_check(original), encoding="utf-8")
    shutil.copy(pages_dir() / "devices.js", folder)
    pages = LocalPages(folder)
    panel = SelfCheckPanel(pages)
    qtbot.addWidget(panel)
    panel.show()
    try:
        panel.start()
        qtbot.waitUntil(lambda: bool(panel.failure), timeout=LOAD_MS)
        assert panel.status.text() == "This kiosk has no working camera or microphone. Please call staff."
        assert not panel.join_button.isEnabled() and not panel.see_button.isEnabled()
        assert panel.staff_button.isVisible() and not panel.web.is_open()
        with qtbot.waitSignal(panel.staff_requested, timeout=1000):
            click(qtbot, panel.staff_button)
    finally:
        panel.stop()
        pages.stop()
