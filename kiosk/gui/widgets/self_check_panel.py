"""Step 2: the resident sees their own picture and a microphone level before joining.

The picture and the level bar are the kiosk's own page (resources/video/self_check.html) in the safe web
view, reporting through its title: "camera" once the picture plays, "level:0.42", "error:NotFoundError".
A kiosk without a camera or microphone, or one that does not answer in time, says so and offers staff.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.domain.web_origins import OriginList
from kiosk.gui.widgets.safe_web_view import SafeWebView
from kiosk.gui.widgets.wrap_button import WrapButton
from kiosk.services.local_pages import LocalPages

# The synthetic camera answers in about 1 s; a real one within a few. After this, say it failed.
ANSWER_TIMEOUT_MS = 15_000
# Above this level (0..1) the microphone has clearly heard something.
HEARD_LEVEL = 0.05


class SelfCheckPanel(QWidget):
    """Own picture, level bar, "I can see myself" / "I can hear", then Join."""

    join_requested = Signal()
    staff_requested = Signal()
    # Voice guidance for what happens here.
    spoken = Signal(str)

    def __init__(self, pages: LocalPages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = pages
        self.camera_playing = False
        self.loudest = 0.0
        self.failure = ""
        self.instructions = QLabel(objectName="selfCheckInstructions", wordWrap=True)
        self.instructions.setProperty("role", "subtitle")
        self.web = SafeWebView(self)
        self.web.setObjectName("selfCheckView")
        self.web.setMinimumHeight(240)
        self.web.title_changed.connect(self._page_state)
        self.web.crashed.connect(lambda: self._fail("crash"))
        self.status = QLabel(objectName="selfCheckStatus", wordWrap=True)
        self.status.setProperty("role", "notice")
        self.see_button = WrapButton(objectName="canSeeButton", checkable=True)
        self.hear_button = WrapButton(objectName="canHearButton", checkable=True)
        for button in (self.see_button, self.hear_button):
            button.toggled.connect(self._update_join)
        self.join_button = WrapButton(objectName="joinCallButton")
        self.join_button.setProperty("role", "primary")
        self.join_button.clicked.connect(self.join_requested)
        self.staff_button = WrapButton(objectName="selfCheckStaffButton")
        self.staff_button.clicked.connect(self.staff_requested)
        self.timeout = QTimer(self, singleShot=True, interval=ANSWER_TIMEOUT_MS)
        self.timeout.timeout.connect(lambda: self._fail("timeout"))
        confirmations = QHBoxLayout()
        confirmations.setSpacing(24)
        confirmations.addWidget(self.see_button)
        confirmations.addWidget(self.hear_button)
        actions = QHBoxLayout()
        actions.setSpacing(24)
        actions.addWidget(self.staff_button)
        actions.addStretch(1)
        actions.addWidget(self.join_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.instructions)
        layout.addWidget(self.web, 1)
        layout.addWidget(self.status)
        layout.addLayout(confirmations)
        layout.addLayout(actions)
        self.retranslateUi()

    def start(self) -> None:
        """Open the camera and microphone on the kiosk's own page."""
        self.stop()
        url = self.pages.url("self_check.html")
        self.web.open(url, OriginList.of([url]), media=True)
        self.timeout.start()
        self.retranslateUi()
        self.spoken.emit(self.instructions.text())

    def stop(self) -> None:
        """Close the camera and the page's session (the call opens its own)."""
        self.timeout.stop()
        self.web.close_session()
        self.camera_playing = False
        self.loudest = 0.0
        self.failure = ""
        for button in (self.see_button, self.hear_button):
            button.setChecked(False)

    def _page_state(self, title: str) -> None:
        if title == "camera":
            self.camera_playing = True
            self.timeout.stop()
        elif title.startswith("level:"):
            try:
                self.loudest = max(self.loudest, float(title.removeprefix("level:")))
            except ValueError:
                return
        elif title.startswith("error:"):
            self._fail(title.removeprefix("error:"))
            return
        else:
            return
        self.retranslateUi()

    def _fail(self, reason: str) -> None:
        self.timeout.stop()
        self.failure = reason
        self.web.close_session()
        self.retranslateUi()
        self.spoken.emit(self.status.text())

    def _update_join(self) -> None:
        self.join_button.setEnabled(
            not self.failure and self.see_button.isChecked() and self.hear_button.isChecked()
        )

    def retranslateUi(self) -> None:
        self.instructions.setText(
            self.tr(
                "Look at the screen: can you see yourself? Say something: does the bar below the picture "
                "move? Then press both buttons."
            )
        )
        if self.failure in ("NotFoundError", "OverconstrainedError"):
            status = self.tr("This kiosk has no working camera or microphone. Please call staff.")
        elif self.failure:
            status = self.tr("The camera or microphone is not working. Please call staff.")
        elif not self.camera_playing:
            status = self.tr("Starting the camera...")
        elif self.loudest >= HEARD_LEVEL:
            status = self.tr("The camera is on and the microphone hears you.")
        else:
            status = self.tr("The camera is on. Say something to test the microphone.")
        self.status.setText(status)
        self.status.setProperty("role", "error" if self.failure else "notice")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.see_button.setText(self.tr("I can see myself"))
        self.hear_button.setText(self.tr("I can hear"))
        self.join_button.setText(self.tr("Join the consultation"))
        self.staff_button.setText(self.tr("Call staff"))
        for button in (self.see_button, self.hear_button):
            button.setEnabled(not self.failure)
        self.web.setVisible(not self.failure)
        self._update_join()
