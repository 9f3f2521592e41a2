"""A video consultation at the kiosk: check in (1/3), see and hear yourself (2/3), the call (3/3).

One screen with three steps, so the check-in travels to the call without another screen holding it.
While the call runs the idle reset waits (a resident listening does not touch the screen); the call
itself ends at the slot's end plus the grace, and the header's Home and Call staff ask first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout

from kiosk.app_context import AppContext
from kiosk.domain.booking import Booking, BookingSource, BookingStatus
from kiosk.domain.web_origins import OriginList
from kiosk.gui.screen import Screen
from kiosk.gui.widgets.call_panel import CallPanel
from kiosk.gui.widgets.check_in_form import CheckInForm
from kiosk.gui.widgets.self_check_panel import SelfCheckPanel
from kiosk.services.video_consultation import CheckIn

CHECK_IN, SELF_CHECK, CALL = 0, 1, 2


class VideoConsultationScreen(Screen):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.check_in: CheckIn | None = None
        self.form = CheckInForm(context.video)
        self.form.checked_in.connect(self._checked_in)
        self.form.next_step.connect(self.navigate_requested)
        self.self_check = SelfCheckPanel(context.local_pages)
        self.self_check.join_requested.connect(self._join)
        self.self_check.staff_requested.connect(lambda: self.navigate_requested.emit("help"))
        self.self_check.spoken.connect(self.spoken)
        self.call = CallPanel(context.clock, context.video.set_stage)
        self.call.spoken.connect(self.spoken)
        self.call.leave_confirmed.connect(self.navigate_requested)
        self.call.ended.connect(self.header_changed)
        self.steps = QStackedWidget(objectName="videoSteps")
        for page in (self.form, self.self_check, self.call):
            self.steps.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.addWidget(self.steps)

    def _checked_in(self, check_in: CheckIn) -> None:
        self.check_in = check_in
        self.context.sounds.completed()
        self._go(SELF_CHECK)
        self.self_check.start()

    def _join(self) -> None:
        if self.check_in is None:
            return
        self.self_check.stop()
        self._go(CALL)
        self.call.start(self.check_in)

    def _go(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self.header_changed.emit()

    # --- the Screen contract ---------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Video call")

    def step(self) -> tuple[int, int] | None:
        return (self.steps.currentIndex() + 1, 3)

    def is_busy(self) -> bool:
        return self.call.in_call()

    def leave_requested(self, route: str) -> bool:
        if not self.call.in_call():
            return True
        self.call.ask_to_leave(route)
        return False

    def go_back(self) -> bool:
        if self.call.in_call():
            self.call.ask_to_leave("")
            return True
        if self.steps.currentIndex() == SELF_CHECK:
            self.self_check.stop()
            self._go(CHECK_IN)
            return True
        return False

    def left(self) -> None:
        self.reset()

    def reset(self) -> None:
        """The idle reset and leaving: the call ends, camera off, every web session wiped."""
        self.call.end()
        self.self_check.stop()
        self.check_in = None
        self.form.reset()
        self.steps.setCurrentIndex(CHECK_IN)

    def retranslateUi(self) -> None:
        self.form.retranslateUi()
        self.self_check.retranslateUi()
        self.call.retranslateUi()

    def screenshot_states(self) -> list[tuple[str, Callable[[], None]]]:
        def refused() -> None:
            self.form.code_edit.setText("ABC-DEF")
            self.form.check_in()

        def no_camera() -> None:
            self._go(SELF_CHECK)
            self.self_check._fail("NotFoundError")

        def self_check() -> None:
            self._go(SELF_CHECK)
            self.self_check.start()

        def call() -> None:
            self.self_check.stop()
            self._go(CALL)
            self.call.start(_sample_check_in(self.context))

        def leaving() -> None:
            self.call.ask_to_leave("home")

        return [
            ("unknown-code", refused),
            ("no-camera", no_camera),
            ("self-check", self_check),
            ("call", call),
            ("leaving", leaving),
        ]


def _sample_check_in(context: AppContext) -> CheckIn:
    """A made-up check-in whose "room" is the self-check page (screenshots and the accessibility check:
    the call's controls around a live picture, with no server)."""
    now = context.clock.now()
    booking = Booking(
        code="K7M4QX",
        consultant_id="demo",
        consultant_name="",
        start=now,
        end=now + timedelta(minutes=20),
        field_id="national",
        name="",
        phone="",
        status=BookingStatus.ATTENDED,
        source=BookingSource.KIOSK,
        created_at=now,
    )
    url = context.local_pages.url("self_check.html")
    return CheckIn(booking, url, OriginList.of([url]), booking.end)
