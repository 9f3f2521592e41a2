"""Honest stand-ins for features that are not built yet: they say so and offer staff help."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

from kiosk.app_context import AppContext
from kiosk.gui.screen import Screen


class PlaceholderScreen(Screen):
    """A screen whose feature is still being built."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.message = QLabel(objectName="placeholderMessage", wordWrap=True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setProperty("role", "notice")
        self.help_button = QPushButton(objectName="placeholderHelpButton")
        self.help_button.setProperty("role", "primary")
        self.help_button.clicked.connect(lambda: self.navigate_requested.emit("help"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(96, 48, 96, 48)
        # Room for the keypad's focus ring between the message and the button.
        layout.setSpacing(32)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.retranslateUi()

    def feature_name(self) -> str:
        return ""

    def title(self) -> str:
        return self.feature_name()

    def retranslateUi(self) -> None:
        self.message.setText(
            self.tr("This service is not available on this kiosk yet. Staff can help you with it now.")
        )
        self.help_button.setText(self.tr("Call staff"))


class ConsultationsPlaceholder(PlaceholderScreen):
    def feature_name(self) -> str:
        return self.tr("Tax consultations")


class LecturesPlaceholder(PlaceholderScreen):
    def feature_name(self) -> str:
        return self.tr("Tax lectures")


class SchedulePlaceholder(PlaceholderScreen):
    def feature_name(self) -> str:
        return self.tr("Local tax schedule")


class GuidePlaceholder(PlaceholderScreen):
    def feature_name(self) -> str:
        return self.tr("Tax guide and help")


class QrPlaceholder(PlaceholderScreen):
    def feature_name(self) -> str:
        return self.tr("Metaverse QR codes")


class EventsPlaceholder(PlaceholderScreen):
    def feature_name(self) -> str:
        return self.tr("Events and sessions")
