"""The Seocho Tax Station (ZEP) itself, at the kiosk, for residents without a phone or laptop.

The same safe web view as the video call: only the station's hosts load, no camera or microphone, and
the session (cookies, storage, cache) is wiped when the resident leaves or the idle reset comes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout

from kiosk.app_context import AppContext
from kiosk.gui.screen import Screen
from kiosk.gui.widgets.safe_web_view import SafeWebView


class StationScreen(Screen):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.notice = QLabel(objectName="stationNotice", wordWrap=True)
        self.notice.setProperty("role", "muted")
        self.web = SafeWebView(self)
        self.web.setObjectName("stationView")
        self.web.crashed.connect(self._crashed)
        self.problem = QLabel(objectName="stationProblem", wordWrap=True)
        self.problem.setProperty("role", "error")
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 16, 48, 16)
        layout.setSpacing(16)
        layout.addWidget(self.notice)
        layout.addWidget(self.problem)
        layout.addWidget(self.web, 1)
        # With the view hidden (it crashed), the words stay at the top instead of spreading down.
        layout.addStretch(0)
        for label in (self.notice, self.problem):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.retranslateUi()

    def entered(self) -> None:
        self.problem.hide()
        self.web.show()
        self.web.open(
            self.context.config.station.metaverse_url, self.context.video.station_origins(), media=False
        )

    def _crashed(self) -> None:
        self.web.hide()
        self.problem.show()
        self.spoken.emit(self.problem.text())

    def is_busy(self) -> bool:
        return False

    def left(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.web.close_session()

    def title(self) -> str:
        return self.tr("Tax Station")

    def retranslateUi(self) -> None:
        self.notice.setText(
            self.tr(
                "The Seocho Tax Station, on this kiosk. Nothing you do here is kept: press Home when you "
                "are done."
            )
        )
        self.problem.setText(self.tr("The station stopped working. Please press Home and try again."))
