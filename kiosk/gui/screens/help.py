"""Call staff: the help every screen offers in the same place (accessibility K13, K25)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from kiosk.app_context import AppContext
from kiosk.gui.screen import Screen

log = logging.getLogger(__name__)


class HelpScreen(Screen):
    """Tells the resident that staff were called and how else to reach them."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.heading = QLabel(objectName="helpHeading", wordWrap=True)
        self.heading.setProperty("role", "title")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details = QLabel(objectName="helpDetails", wordWrap=True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details.setProperty("role", "notice")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(96, 48, 96, 48)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self.retranslateUi()

    def title(self) -> str:
        return self.tr("Call staff")

    def entered(self) -> None:
        log.info("a resident asked for staff help at %s", self.context.config.kiosk.name)

    def retranslateUi(self) -> None:
        self.heading.setText(self.tr("A staff member will come to help you."))
        self.details.setText(
            self.tr("Please wait here. You can also call the tax office: %1").replace(
                "%1", self.context.config.station.staff_phone
            )
        )
