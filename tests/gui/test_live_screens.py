"""Screens follow other kiosks: what another machine books, or says, shows here within a bound.

These run on PostgreSQL too (unlike the other GUI tests): the point is the channel between machines,
LISTEN/NOTIFY there and the polled change counter on SQLite. The other kiosk is a separate process
booking through the same service the kiosk uses.
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from pytestqt.qtbot import QtBot

from kiosk.gui.screens.staff_chat import CONVERSATION_ROLE
from kiosk.services.booking import load_demo_consultants
from kiosk.storage import booking as store
from tests.helpers.booking import at
from tests.helpers.kiosk_window import make_window
from tests.helpers.processes import child_env, python_command

DAY = date(2026, 12, 2)  # the first bookable day for the window's clock (2026-11-25 10:00)
GIFT_CONSULTANTS = ("c02", "c03")  # everyone who takes gift tax consultations in the demo data
# SQLite kiosks look at the change counter once a second; PostgreSQL delivers within milliseconds.
SHOWN_WITHIN_MS = 3000

OTHER_KIOSK = """
import sys
from datetime import datetime
from kiosk.domain.clock import ManualClock
from kiosk.services.booking import BookingService
from kiosk.storage.database import Database

url, start, consultants = sys.argv[1:]
database = Database(url)
service = BookingService(database, ManualClock(datetime.fromisoformat("2026-11-25T10:00+09:00")))
for n, consultant in enumerate(consultants.split(",")):
    service.book(start=datetime.fromisoformat(start), consultant_id=consultant, field_id="gift",
                 name="김철수", phone=f"010-7777-{n:04d}", consent=True)
database.dispose()
"""


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def shared_url(request: pytest.FixtureRequest) -> str:
    """One database that this kiosk and the other kiosk's process share."""
    return str(request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "postgres_url"))


def _window(url: str) -> object:
    window = make_window(url)
    window.staff_mode.idle.stop()
    window.show()
    window.set_language("en")
    return window


def _close(window: object) -> None:
    window.context.live_updates.stop()  # the PostgreSQL listener holds a connection until stopped
    window.context.database.dispose()
    # Deleted, not just closed: a window left behind would still answer later tests' language
    # switches by reading its database, which the PostgreSQL fixture drops.
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def kiosk(qapp: object, shared_url: str) -> Iterator[object]:
    window = _window(shared_url)
    load_demo_consultants(window.context.database)
    yield window
    _close(window)


def _click(qtbot: QtBot, widget: object) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _gift_times_of_day(qtbot: QtBot, kiosk: object) -> object:
    kiosk.navigator.go("consultations")
    screen = kiosk.navigator.current_screen
    _click(qtbot, screen.field_buttons["gift"])
    _click(qtbot, screen.calendar.button_for(DAY))
    return screen


def _other_kiosk_books_ten_oclock(url: str) -> float:
    """Book 10:00 with every gift consultant from another process; returns when it committed."""
    subprocess.run(
        python_command(OTHER_KIOSK, url, at(DAY, 10).isoformat(), ",".join(GIFT_CONSULTANTS)),
        env=child_env(),
        check=True,
        timeout=120,
    )
    return time.monotonic()


def _times(screen: object) -> list[str]:
    return [button.text() for button in screen.time_buttons]


def test_a_time_booked_on_another_kiosk_leaves_this_kiosks_time_page_at_once(
    qtbot: QtBot, kiosk: object, shared_url: str
) -> None:
    screen = _gift_times_of_day(qtbot, kiosk)
    assert _times(screen)[0] == "10:00 – 10:20"
    committed = _other_kiosk_books_ten_oclock(shared_url)
    qtbot.waitUntil(lambda: "10:00 – 10:20" not in _times(screen), timeout=SHOWN_WITHIN_MS)
    assert time.monotonic() - committed < SHOWN_WITHIN_MS / 1000
    assert _times(screen)[0] == "10:20 – 10:40"


def test_the_staff_bookings_desk_shows_another_kiosks_booking_at_once(
    qtbot: QtBot, kiosk: object, shared_url: str
) -> None:
    kiosk.context.staff.session.sign_in()
    kiosk.navigator.go("staff_bookings")
    desk = kiosk.navigator.current_screen
    desk.show_day(DAY)
    assert desk.rows.count() == 0 and "No bookings" in desk.empty_label.text()
    _other_kiosk_books_ten_oclock(shared_url)

    def listed() -> list[str]:
        return [desk.rows.item(i).text() for i in range(desk.rows.count())]

    qtbot.waitUntil(lambda: sum("김철수" in text for text in listed()) == 2, timeout=SHOWN_WITHIN_MS)
    assert not any("7777-0001" in text for text in listed())  # phones stay masked
    assert desk.empty_label.isHidden()


def test_a_resident_whose_time_another_kiosk_took_is_told_before_confirming(
    qtbot: QtBot, kiosk: object, shared_url: str
) -> None:
    screen = _gift_times_of_day(qtbot, kiosk)
    _click(qtbot, screen.time_buttons[0])
    screen.name_edit.setText("홍길동")
    qtbot.keyClicks(screen.phone_edit, "010-1234-5678")
    _click(qtbot, screen.details_next)
    _click(qtbot, screen.agree_button)
    assert screen.confirm_button.isVisible()

    _other_kiosk_books_ten_oclock(shared_url)
    qtbot.waitUntil(lambda: screen.time_notice.isVisible(), timeout=SHOWN_WITHIN_MS)
    assert "someone else has just taken this time" in screen.time_notice.text()
    assert "10:00 – 10:20" not in _times(screen)
    # Choosing the next time keeps what the resident typed, and books that one: no double booking.
    _click(qtbot, screen.time_buttons[0])
    assert screen.name_edit.text() == "홍길동"
    _click(qtbot, screen.details_next)
    _click(qtbot, screen.agree_button)
    _click(qtbot, screen.confirm_button)
    assert screen.booking.start == at(DAY, 10, 20)
    with kiosk.context.database.session() as session:
        starts = sorted((b.start, b.consultant_id) for b in store.bookings_of_day(session, DAY))
    assert starts == [(at(DAY, 10), "c02"), (at(DAY, 10), "c03"), (at(DAY, 10, 20), "c02")]


@pytest.fixture
def console(kiosk: object) -> Iterator[object]:
    """A staff console: a second window with its own connections to the same database."""
    console = _window(kiosk.context.database.url.render_as_string(hide_password=False))
    console.context.staff.session.sign_in()
    yield console
    _close(console)


def test_the_console_sees_a_residents_chat_and_the_resident_sees_the_answer_without_asking(
    qtbot: QtBot, kiosk: object, console: object
) -> None:
    console.navigator.go("staff_chat")
    desk = console.navigator.current_screen
    kiosk.navigator.go("chat")
    chat = kiosk.navigator.current_screen
    _click(qtbot, chat.start_button)
    qtbot.keyClicks(chat.entry, "Where is the refund form?")
    _click(qtbot, chat.send_button)

    # Before the chat arrives, the list is empty and a line beside it says no one is waiting.
    qtbot.waitUntil(
        lambda: (
            desk.conversation_list.count() == 1
            and desk.conversation_list.item(0).data(CONVERSATION_ROLE) is not None
        ),
        timeout=SHOWN_WITHIN_MS,
    )
    assert desk.conversation_list.count() == 1
    assert "· waiting" in desk.conversation_list.item(0).text()
    desk._pick(desk.conversation_list.item(0))
    desk.send("At the counter, window 3.")
    qtbot.waitUntil(lambda: len(chat.transcript.texts()) == 2, timeout=SHOWN_WITHIN_MS)
    assert chat.transcript.texts()[1] == "Staff: At the counter, window 3."


def test_a_number_taken_on_the_kiosk_reaches_the_staff_desk_without_asking(
    qtbot: QtBot, kiosk: object, console: object
) -> None:
    console.navigator.go("staff_queue")
    desk = console.navigator.current_screen
    _click(qtbot, desk.open_buttons["resolution_day"])
    kiosk.navigator.go("queue")
    queue = kiosk.navigator.current_screen
    assert "0 waiting" in queue.field_buttons["acquisition"].text()
    _click(qtbot, queue.field_buttons["acquisition"])

    qtbot.waitUntil(lambda: desk.waiting_labels["acquisition"].text() == "1 waiting", timeout=SHOWN_WITHIN_MS)
    assert desk.call_buttons["acquisition"].isEnabled()


def test_a_closed_window_stops_listening(qtbot: QtBot, kiosk: object, shared_url: str) -> None:
    live = kiosk.context.live_updates
    kiosk.close()
    with qtbot.assertNotEmitted(live.changed, wait=1500):
        _other_kiosk_books_ten_oclock(shared_url)
