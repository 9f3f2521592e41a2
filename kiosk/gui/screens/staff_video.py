"""Staff console: today's video consultations (checked in, waiting, in the call) and joining one.

The accountant joins the resident's room from this console's own safe web view, as "accountant" in the
same room address ([video] room_url's {role}); the list follows the kiosks' check-ins live.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from kiosk.app_context import AppContext
from kiosk.domain.booking_code import format_code
from kiosk.domain.check_in import VideoVisit, VisitStage
from kiosk.gui.focus_ring import RING_ROOM
from kiosk.gui.live_refresh import LiveRefresh
from kiosk.gui.peoples_text import PEOPLES_TEXT_PROPERTY
from kiosk.gui.screens.staff_base import StaffScreen
from kiosk.gui.widgets.desk_parts import message_label, show_message
from kiosk.gui.widgets.safe_web_view import SafeWebView
from kiosk.gui.widgets.wrap_button import WrapButton
from kiosk.services.live_updates import VIDEO
from kiosk.storage.database import StorageError


class StaffVideoScreen(StaffScreen):
    """One button per open visit (tap to join), the room below, and Leave."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.visits: list[VideoVisit] = []
        self.joined: VideoVisit | None = None
        self.intro = QLabel(objectName="staffVideoIntro", wordWrap=True)
        self.intro.setProperty("role", "subtitle")
        self.empty = QLabel(objectName="staffVideoEmpty", wordWrap=True)
        self.empty.setProperty("role", "muted")
        self.rows = QVBoxLayout()
        self.rows.setSpacing(10)
        self.buttons: list[WrapButton] = []
        self.web = SafeWebView(self.content)
        self.web.setObjectName("staffVideoView")
        self.web.setMinimumHeight(240)
        self.web.hide()
        self.leave_button = WrapButton(objectName="staffLeaveCall")
        self.leave_button.setProperty("role", "danger")
        self.leave_button.clicked.connect(self.leave)
        self.leave_button.hide()
        self.message = message_label("staffVideoMessage")
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.leave_button)
        layout = QVBoxLayout(self.content)
        layout.setSpacing(RING_ROOM)
        layout.addWidget(self.intro)
        layout.addLayout(self.rows)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        layout.addWidget(self.web, 1)
        LiveRefresh(self, context.live_updates, VIDEO, lambda _payload: self.refresh())
        self.retranslateUi()

    def refresh(self) -> None:
        try:
            visits = self.context.video.visits_of_day()
        except StorageError:
            show_message(
                self.message, self.tr("The list cannot be read now: the database is away."), error=True
            )
            return
        self.visits = [v for v in visits if v.stage is not VisitStage.ENDED]
        for button in self.buttons:
            button.hide()
            button.deleteLater()
        self.buttons = []
        for visit in self.visits:
            button = WrapButton(objectName=f"staffVideoVisit_{visit.code}")
            button.clicked.connect(lambda _=False, v=visit: self.join(v))
            self.rows.addWidget(button)
            button.show()  # made after the page was shown: Qt leaves it hidden otherwise
            self.buttons.append(button)
        self.retranslateUi()

    def join(self, visit: VideoVisit) -> None:
        """Join the visit's room as the accountant."""
        url, origins = self.context.video.accountant_room(visit)
        self.joined = visit
        self.web.show()
        self.web.open(url, origins, media=True)
        self.leave_button.show()
        self.retranslateUi()

    def leave(self) -> None:
        self.web.run_js("window.leaveRoom && window.leaveRoom()")
        self.web.close_session()
        self.web.hide()
        self.leave_button.hide()
        self.joined = None
        self.retranslateUi()

    def left(self) -> None:
        self.reset()

    def reset(self) -> None:
        if self.web.is_open():
            self.leave()

    def title(self) -> str:
        return self.tr("Video consultations")

    def _stage_name(self, stage: VisitStage) -> str:
        return {
            VisitStage.CHECKED_IN: self.tr("checked in, testing the camera"),
            VisitStage.WAITING: self.tr("waiting in the room"),
            VisitStage.IN_CALL: self.tr("in the call"),
            VisitStage.ENDED: self.tr("ended"),
        }[stage]

    def retranslateUi(self) -> None:
        super().retranslateUi()
        self.intro.setText(self.tr("Today's video consultations. Tap one to join its room."))
        self.empty.setText(self.tr("Nobody has checked in for a video consultation yet."))
        self.empty.setVisible(not self.visits)
        for button, visit in zip(self.buttons, self.visits, strict=True):
            button.setText(
                self.tr("{time} {consultant}, booking {code}: {stage}").format(
                    time=f"{visit.start:%H:%M}",
                    consultant=visit.consultant_name,
                    code=format_code(visit.code),
                    stage=self._stage_name(visit.stage),
                )
            )
            button.setProperty(PEOPLES_TEXT_PROPERTY, [visit.consultant_name])
        self.leave_button.setText(self.tr("Leave the call"))
