"""A kiosk that books through its real screens, over and over, for tests that kill it mid-booking.

Run as `python -m tests.helpers.crash_booking_driver DATABASE_URL RUN_NUMBER` (offscreen). It builds the
real window on the (already migrated, consultants loaded) database, prints `ready`, then books one slot
after another by tapping the booking screen like a resident and prints `confirmed <CODE>` (flushed) as
soon as the screen shows the code, the moment a resident would walk away believing it is booked.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication

from tests.helpers.kiosk_window import make_window

BOOKINGS_PER_RUN = 10_000  # more than any run lives to make: the test kills it first


def _tap(button: QAbstractButton) -> None:
    if not (button.isVisible() and button.isEnabled()):
        raise RuntimeError(f"cannot tap {button.objectName()}: hidden or disabled")
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())


def _tap_first_available_day(screen) -> None:
    """Tap the first bookable day, turning to the next month when this one is full."""
    while True:
        for button in screen.calendar.buttons:
            if button.property("dayStatus") == "available":
                _tap(button)
                return
        if not screen.calendar.next_button.isEnabled():
            raise RuntimeError("no bookable day left in the booking window")
        _tap(screen.calendar.next_button)


def book_once(window, phone: str) -> str:
    """One booking from the home screen to the code on screen; returns the code the screen shows."""
    home = window.navigator.current_screen
    _tap(next(t for t in home.tiles() if t.property("route") == "consultations"))
    screen = window.navigator.current_screen
    _tap(screen.field_buttons["national"])
    _tap_first_available_day(screen)
    _tap(screen.time_buttons[0])
    screen.name_edit.setText("홍길동")  # Hangul comes from the on-screen keyboard; set directly here
    QTest.keyClicks(screen.phone_edit, phone)
    _tap(screen.details_next)
    _tap(screen.agree_button)
    _tap(screen.confirm_button)
    code = screen.code_label.text().replace("-", "")
    if not code:
        raise RuntimeError("the screen showed no booking code")
    _tap(screen.finish_button)
    # Run what the event loop would between two residents (the calendar's old day buttons are deleted
    # later); without it the process grows with every booking.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    return code


def main(database_url: str, run_number: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    window = make_window(database_url)
    window.show()
    print("ready", flush=True)
    for index in range(BOOKINGS_PER_RUN):
        # One phone per booking: the one-booking-per-phone-per-day rule must never be what stops us.
        phone = f"010-{run_number % 10_000:04d}-{index:04d}"
        print(f"confirmed {book_once(window, phone)}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
