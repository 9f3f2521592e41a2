"""Staff mode's first page: one large tile per desk, and Sign out."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout

from kiosk.app_context import AppContext
from kiosk.gui.screens.registry import SCREENS
from kiosk.gui.screens.staff_base import StaffScreen
from kiosk.gui.widgets.pin_locks_panel import PinLocksPanel
from kiosk.gui.widgets.wrap_button import WrapButton
from kiosk.services.staff_auth import LockedPad

# (route, object name); a tile shows only when its screen is registered.
DESKS = (
    ("staff_queue", "deskQueue"),
    ("staff_chat", "deskChat"),
    ("staff_bookings", "deskBookings"),
    ("staff_questions", "deskQuestions"),
    ("staff_content", "deskContent"),
    ("staff_reports", "deskReports"),
    ("staff_time_limits", "deskTimeLimits"),
)


class StaffHomeScreen(StaffScreen):
    """The desks staff can open; Sign out returns the kiosk to residents at once."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.heading = QLabel(
            objectName="staffHomeHeading", wordWrap=True
        )  # large text: no sideways overflow
        self.heading.setProperty("role", "subtitle")
        self.tiles: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(32)
        for route, name in DESKS:
            if route not in SCREENS:
                continue
            tile = WrapButton(objectName=name)
            tile.setProperty("role", "tile")
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            tile.clicked.connect(lambda _=False, route=route: self.navigate_requested.emit(route))
            grid.addWidget(tile, len(self.tiles) // 3, len(self.tiles) % 3)
            self.tiles[route] = tile
        self.sign_out_button = QPushButton(objectName="staffSignOut")
        self.sign_out_button.setProperty("role", "danger")
        self.sign_out_button.setMinimumSize(420, 110)
        self.sign_out_button.clicked.connect(self.sign_out)
        # In the cells after the last tile: a locked pad is news, not a reason to page.
        self.pin_locks = PinLocksPanel(context.staff.auth, self)
        cell = len(self.tiles) + (1 if len(self.tiles) % 3 == 2 else 0)  # the two side by side
        for offset, widget in enumerate((self.pin_locks.summary, self.pin_locks.unlock_button)):
            widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            grid.addWidget(widget, (cell + offset) // 3, (cell + offset) % 3)
        for column in range(3):  # the summary's long text must not widen its column
            grid.setColumnStretch(column, 1)
        layout = QVBoxLayout(self.content)
        layout.setSpacing(24)
        layout.addWidget(self.heading)
        layout.addLayout(grid, 1)
        layout.addWidget(self.sign_out_button)
        self.retranslateUi()

    def title(self) -> str:
        return self.tr("Staff mode")

    def retranslateUi(self) -> None:
        super().retranslateUi()
        self.heading.setText(
            self.tr(
                "Staff mode ends by itself after %n second(s) without a touch.",
                "",
                self.context.config.kiosk.staff_idle_seconds,
            )
        )
        names = {
            "staff_queue": self.tr("Event queue\n(call the next number)"),
            "staff_chat": self.tr("Live help chats"),
            "staff_bookings": self.tr("Bookings desk"),
            "staff_questions": self.tr("Question board"),
            "staff_content": self.tr("Content"),
            "staff_reports": self.tr("Usage report"),
            "staff_time_limits": self.tr("Screen time limits"),
        }
        for route, tile in self.tiles.items():
            tile.setText(names[route])
        self.sign_out_button.setText(self.tr("Sign out"))
        self.pin_locks.retranslateUi()

    def refresh(self) -> None:
        self.pin_locks.refresh()

    def screenshot_states(self) -> list[tuple[str, Callable[[], None]]]:
        def pads_locked() -> None:
            self._sign_in_for_screenshot()
            self.pin_locks.show_pads([LockedPad("Seocho-gu Office lobby", None), LockedPad(None, None)])

        return [*super().screenshot_states(), ("pin-locks", pads_locked)]

    def sign_out(self) -> None:
        self.session.sign_out()
        self.navigate_requested.emit("home")
