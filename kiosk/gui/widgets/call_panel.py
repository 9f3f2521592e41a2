"""Step 3: the video call in the safe web view, with the minutes left and a calm way out.

The call ends by itself at the slot's end plus the grace, on the idle reset and when the resident
confirms leaving. The kiosk's own room page (resources/video/room.html) reports through its title:
"joined" (in the room, waiting), "remote-joined" (the accountant is there), "remote-left", "error:...".
Any other room (the station's ZEP room) shows just the call.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.domain.check_in import VisitStage
from kiosk.domain.clock import Clock
from kiosk.gui.widgets.row_or_column import RowOrColumn
from kiosk.gui.widgets.safe_web_view import SafeWebView
from kiosk.gui.widgets.wrap_button import WrapButton
from kiosk.services.video_consultation import CheckIn
from kiosk.storage.database import StorageError

log = logging.getLogger(__name__)

# The minutes-left line changes once a minute at most; checking each second keeps the end on time.
TICK_MS = 1000
WARN_MINUTES = 2
# How long a room page may take to leave its room before the kiosk hangs up anyway.
LEAVE_MS = 2000
_LEAVE_SCRIPT = (
    "(window.leaveRoom ? window.leaveRoom() : Promise.resolve()).then(() => { document.title = 'left'; })"
)


class CallPanel(QWidget):
    """One call at a time: `start(check_in)`, `end()`; `ended` once the call is over."""

    ended = Signal()
    # The resident confirmed leaving for this route ("home", "help").
    leave_confirmed = Signal(str)
    spoken = Signal(str)

    def __init__(
        self, clock: Clock, set_stage: Callable[[str, VisitStage], object], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.clock = clock
        self._set_stage = set_stage
        self.check_in: CheckIn | None = None
        self.accountant_here = False
        self.crashed = False
        self._warned = False
        self._leaving_to = ""
        self.time_left = QLabel(objectName="callTimeLeft", wordWrap=True)
        self.time_left.setProperty("role", "subtitle")
        self.state = QLabel(objectName="callState", wordWrap=True)
        self.state.setProperty("role", "notice")
        self.web = SafeWebView(self)
        self.web.setObjectName("callView")
        self.web.setMinimumHeight(240)
        self.web.title_changed.connect(self._page_state)
        self.web.crashed.connect(self._crashed)
        self.end_button = WrapButton(objectName="endCallButton")
        self.end_button.setProperty("role", "danger")
        self.end_button.clicked.connect(lambda: self.ask_to_leave(""))
        self.confirm = QLabel(objectName="leaveCallQuestion", wordWrap=True)
        self.confirm.setProperty("role", "notice")
        self.stay_button = WrapButton(objectName="stayInCallButton")
        self.stay_button.clicked.connect(self._stay)
        self.leave_button = WrapButton(objectName="leaveCallButton")
        self.leave_button.setProperty("role", "danger")
        self.leave_button.clicked.connect(self._leave)
        self.retry_button = WrapButton(objectName="retryCallButton")
        self.retry_button.setProperty("role", "primary")
        self.retry_button.clicked.connect(self._retry)
        self.leave_timer = QTimer(self, singleShot=True, interval=LEAVE_MS)
        self.leave_timer.timeout.connect(self.end)
        self.timer = QTimer(self, interval=TICK_MS)
        self.timer.timeout.connect(self.tick)
        # Rows while the width allows; on a portrait panel in large text, one above the other.
        top = RowOrColumn()
        top.add(self.time_left, 1)
        top.add(self.end_button)
        question = RowOrColumn()
        question.add(self.confirm, 1)
        question.add(self.stay_button)
        question.add(self.leave_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addLayout(top)
        layout.addLayout(question)
        layout.addWidget(self.state)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.web, 1)
        self._show_question(False)
        self.retranslateUi()

    # --- the call --------------------------------------------------------------------------------

    def start(self, check_in: CheckIn) -> None:
        self.check_in = check_in
        self.accountant_here = False
        self.crashed = False
        self._warned = False
        self.web.open(check_in.room_url, check_in.origins, media=True)
        self._stage(VisitStage.WAITING)
        self.timer.start()
        self.retranslateUi()
        self.spoken.emit(self.state.text())

    def in_call(self) -> bool:
        return self.check_in is not None

    def end(self, *, graceful: bool = False) -> None:
        """Hang up: the session (its profile, cookies, storage, cache) goes; staff see "ended".

        `graceful` first lets the room page leave the room (the kiosk's Janus page says goodbye to the
        server, so the accountant sees the resident leave at once), for at most LEAVE_MS; the idle reset
        hangs up at once (the server notices the lost connection by itself)."""
        if self.check_in is None:
            return
        if graceful and self.web.is_open():
            if not self.leave_timer.isActive():
                self.web.run_js(_LEAVE_SCRIPT)
                self.leave_timer.start()
            return
        self.leave_timer.stop()
        self.timer.stop()
        self.web.close_session()
        self._stage(VisitStage.ENDED)
        self.check_in = None
        self._show_question(False)
        self.retranslateUi()
        self.ended.emit()
        if self._leaving_to:
            route, self._leaving_to = self._leaving_to, ""
            self.leave_confirmed.emit(route)

    def tick(self) -> None:
        """Once a second: the minutes left, the warning before the end, the end itself."""
        if self.check_in is None:
            return
        seconds = (self.check_in.call_ends_at - self.clock.now()).total_seconds()
        if seconds <= 0:
            log.info("the call ended at the end of its time")
            self.end(graceful=True)
            return
        if seconds <= WARN_MINUTES * 60 and not self._warned:
            self._warned = True
            self.spoken.emit(
                self.tr("The consultation ends in {minutes} minutes.").format(minutes=WARN_MINUTES)
            )
        self._show_time_left(seconds)

    def ask_to_leave(self, route: str) -> None:
        """Home, Call staff or End during a call: ask first."""
        self._leaving_to = route
        self._show_question(True)
        self.spoken.emit(self.confirm.text())

    def _leave(self) -> None:
        self._show_question(False)
        self.end(graceful=True)

    def _stay(self) -> None:
        self._show_question(False)

    def _retry(self) -> None:
        check_in = self.check_in
        if check_in is not None:
            self.start(check_in)

    def _page_state(self, title: str) -> None:
        if title == "left" and self.leave_timer.isActive():
            self.end()
            return
        if title == "remote-joined" and not self.accountant_here:
            self.accountant_here = True
            self._stage(VisitStage.IN_CALL)
        elif title == "remote-left" and self.accountant_here:
            self.accountant_here = False
            self._stage(VisitStage.WAITING)
        else:
            return
        self.retranslateUi()
        self.spoken.emit(self.state.text())

    def _crashed(self) -> None:
        # The renderer died (killed, out of memory): say so calmly and offer to join again.
        self.crashed = True
        self.accountant_here = False
        self.retranslateUi()
        self.spoken.emit(self.state.text())

    def _stage(self, stage: VisitStage) -> None:
        if self.check_in is None:
            return
        try:
            self._set_stage(self.check_in.booking.code, stage)
        except StorageError as err:  # the call goes on; staff's list is only a little behind
            log.warning("video stage not saved: %s", type(err).__name__)

    # --- words -----------------------------------------------------------------------------------

    def _show_question(self, shown: bool) -> None:
        for widget in (self.confirm, self.stay_button, self.leave_button):
            widget.setVisible(shown)
        self.end_button.setVisible(not shown and self.check_in is not None)

    def _show_time_left(self, seconds: float) -> None:
        minutes = max(1, math.ceil(seconds / 60))
        self.time_left.setText(self.tr("About {minutes} minutes left").format(minutes=minutes))

    def retranslateUi(self) -> None:
        if self.check_in is None:
            state = self.tr("The consultation has ended. Thank you.")
            self.time_left.setText("")
        elif self.crashed:
            state = self.tr("The video stopped working. Please press Join again, or call staff.")
        elif self.accountant_here:
            state = self.tr("The tax accountant has joined.")
        else:
            state = self.tr("Please wait: the tax accountant will join you shortly.")
        if self.check_in is not None:
            self._show_time_left((self.check_in.call_ends_at - self.clock.now()).total_seconds())
        self.state.setText(state)
        self.retry_button.setVisible(self.crashed and self.check_in is not None)
        self.web.setVisible(not self.crashed and self.check_in is not None)
        self.end_button.setText(self.tr("End the consultation"))
        self.confirm.setText(self.tr("Do you want to leave the consultation? The call will end."))
        self.stay_button.setText(self.tr("No, stay"))
        self.leave_button.setText(self.tr("Yes, leave"))
        self.retry_button.setText(self.tr("Join again"))
        self.end_button.setVisible(self.check_in is not None and self.confirm.isHidden())
