"""A real kiosk window in its own process (offscreen), driven by lines on stdin, reporting on stdout.

    python -m tests.helpers.kiosk_process URL kiosk     the gift-tax time page of DAY; prints
                                                        "times 10:00,10:20,..." whenever it changes
    python -m tests.helpers.kiosk_process URL console   the staff chat console, signed in; prints
                                                        "chats N" whenever the number of chats changes

Commands (kiosk): "book HH:MM PHONE" books through the screen and prints "booked CODE" or "refused";
"chat TEXT" opens a help chat from this kiosk. "quit" ends the process. The window is built as the
kiosk builds it (kiosk.app.build_window), live updates included; only the clock is fixed.
"""

from __future__ import annotations

import os
import sys
import threading
from datetime import date, datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from kiosk.domain.chat import Sender
from tests.helpers.kiosk_window import make_window

DAY = date(2026, 12, 2)  # the first bookable day for make_window's clock
FIELD = "gift"


class StdinCommands(QObject):
    """Lines from stdin, delivered in the GUI thread."""

    line = Signal(str)

    def start(self) -> None:
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for text in sys.stdin:
            self.line.emit(text.strip())
        self.line.emit("quit")


def say(text: str) -> None:
    print(text, flush=True)


class KioskProbe:
    def __init__(self, window: object) -> None:
        self.window = window
        window.navigator.go("consultations")  # type: ignore[attr-defined]
        self.screen = window.navigator.current_screen  # type: ignore[attr-defined]
        self.last = ""
        self.show_day()
        # Connected after the screen's own LiveRefresh, so this runs once the screen has reloaded.
        window.context.live_updates.changed.connect(lambda *_: self.report())  # type: ignore[attr-defined]

    def show_day(self) -> None:
        self.screen.choose_field(FIELD)
        self.screen.choose_day(next(d for d in self.screen.days if d.day == DAY))
        self.report()

    def report(self) -> None:
        times = ",".join(button.text()[:5] for button in self.screen.time_buttons)
        if times != self.last:
            self.last = times
            say(f"times {times}")

    def command(self, text: str) -> None:
        verb, _, rest = text.partition(" ")
        if verb == "book":
            clock, phone = rest.split()
            slot = next(s for s in self.screen.service.free_slots(DAY, FIELD) if f"{s.start:%H:%M}" == clock)
            self.screen.choose_time(slot)
            self.screen.name_edit.setText("홍길동")
            self.screen.phone_edit.setText(phone)
            self.screen.submit_details()
            self.screen.give_consent()
            self.screen.confirm()
            booking = self.screen.booking
            say(f"booked {booking.code}" if booking is not None else "refused")
            self.show_day()
        elif verb == "chat":
            chat = self.window.context.staff.chat  # type: ignore[attr-defined]
            chat.send(chat.start(), Sender.RESIDENT, rest)
            say("chat sent")


class ConsoleProbe:
    def __init__(self, window: object) -> None:
        window.context.staff.session.sign_in()  # type: ignore[attr-defined]
        window.navigator.go("staff_chat")  # type: ignore[attr-defined]
        self.screen = window.navigator.current_screen  # type: ignore[attr-defined]
        self.last = -1
        self.report()
        window.context.live_updates.changed.connect(lambda *_: self.report())  # type: ignore[attr-defined]

    def report(self) -> None:
        count = len(self.screen.chat.conversations())
        if count != self.last:
            self.last = count
            say(f"chats {count}")

    def command(self, _text: str) -> None:
        pass


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    url, role = sys.argv[1:3]
    window = make_window(url)
    window.staff_mode.idle.stop()
    window.show()
    window.set_language("en")
    probe = KioskProbe(window) if role == "kiosk" else ConsoleProbe(window)
    app = QApplication.instance()
    commands = StdinCommands()

    def run(text: str) -> None:
        if text == "quit":
            app.quit()
        else:
            probe.command(text)

    commands.line.connect(run)
    commands.start()
    say(f"ready {datetime.now():%H:%M:%S}")
    code = app.exec()
    window.context.live_updates.stop()
    window.context.database.dispose()
    return code


if __name__ == "__main__":
    sys.exit(main())
