"""Staff set how long the kiosk waits before the idle warning and how long the warning lasts (K11)."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout

from kiosk.app_context import AppContext
from kiosk.domain.errors import KioskError
from kiosk.domain.time_limits import STEP_SECONDS
from kiosk.gui.focus_ring import RING_ROOM
from kiosk.gui.screens.staff_base import StaffScreen, centred
from kiosk.gui.widgets.desk_parts import message_label, show_message
from kiosk.gui.widgets.wrap_button import WrapButton
from kiosk.storage.database import StorageError


class StaffTimeLimitsScreen(StaffScreen):
    """Two limits, each with − and + in whole steps, and Save; every kiosk on the database follows."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.default = context.config.kiosk.time_limits()
        self.limits = self.default
        self.intro = QLabel(objectName="timeLimitsIntro", wordWrap=True)
        self.idle_label = QLabel(objectName="idleLimitLabel", wordWrap=True)
        self.warning_label = QLabel(objectName="warningLimitLabel", wordWrap=True)
        self.idle_value = QLabel(objectName="idleLimitValue")
        self.warning_value = QLabel(objectName="warningLimitValue")
        for value in (self.idle_value, self.warning_value):
            value.setProperty("role", "subtitle")
        self.idle_less = self._step_button("idleLess", idle=-1)
        self.idle_more = self._step_button("idleMore", idle=+1)
        self.warning_less = self._step_button("warningLess", warning=-1)
        self.warning_more = self._step_button("warningMore", warning=+1)
        self.save_button = QPushButton(objectName="saveTimeLimits")
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        self.message = message_label("timeLimitsMessage")
        grid = QGridLayout()
        grid.setHorizontalSpacing(RING_ROOM)
        grid.setVerticalSpacing(RING_ROOM)
        for row, (label, less, value, more) in enumerate(
            (
                (self.idle_label, self.idle_less, self.idle_value, self.idle_more),
                (self.warning_label, self.warning_less, self.warning_value, self.warning_more),
            )
        ):
            grid.addWidget(label, row, 0)
            grid.addWidget(less, row, 1)
            grid.addWidget(value, row, 2)
            grid.addWidget(more, row, 3)
        grid.setColumnStretch(0, 1)
        layout = QVBoxLayout(self.content)
        layout.setSpacing(RING_ROOM)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addLayout(centred(self.save_button))
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.retranslateUi()

    def _step_button(self, name: str, idle: int = 0, warning: int = 0) -> QPushButton:
        button = WrapButton(objectName=name)
        button.clicked.connect(lambda: self._step(idle, warning))
        return button

    def _step(self, idle: int, warning: int) -> None:
        self.limits = self.limits.stepped(idle, warning)
        self.message.hide()
        self._show_limits()

    def title(self) -> str:
        return self.tr("Screen time limits")

    def refresh(self) -> None:
        try:
            self.limits = self.context.content_editor.time_limits(self.default)
        except StorageError:
            show_message(
                self.message, self.tr("The database cannot be reached. Please try again later."), error=True
            )
        self._show_limits()

    def save(self) -> None:
        try:
            self.context.content_editor.save_time_limits(self.limits)
        except (StorageError, KioskError):
            refusal = self.tr("Not saved: the database cannot be reached. Please try again.")
            show_message(self.message, refusal, error=True)
            return
        show_message(self.message, self.tr("Saved. Every kiosk uses these limits from its next resident on."))

    def reset(self) -> None:
        self.limits = self.default
        self.message.hide()
        self._show_limits()

    def _show_limits(self) -> None:
        # Never under 20 s: always the plural.
        self.idle_value.setText(self.tr("%1 seconds").replace("%1", str(self.limits.idle_seconds)))
        self.warning_value.setText(self.tr("%1 seconds").replace("%1", str(self.limits.warning_seconds)))
        # At the ends of the ranges the button can do nothing: it says so by being disabled.
        self.idle_less.setEnabled(self.limits.stepped(idle_steps=-1) != self.limits)
        self.idle_more.setEnabled(self.limits.stepped(idle_steps=+1) != self.limits)
        self.warning_less.setEnabled(self.limits.stepped(warning_steps=-1) != self.limits)
        self.warning_more.setEnabled(self.limits.stepped(warning_steps=+1) != self.limits)

    def retranslateUi(self) -> None:
        super().retranslateUi()
        self.intro.setText(
            self.tr(
                "Older residents may need more time. After this time without a touch the kiosk asks whether "
                "the resident is still there; when the warning runs out, it wipes what they entered."
            )
        )
        self.idle_label.setText(self.tr("Time before the warning"))
        self.warning_label.setText(self.tr("Time the warning gives"))
        less = self.tr("%1 seconds less").replace("%1", str(STEP_SECONDS))
        more = self.tr("%1 seconds more").replace("%1", str(STEP_SECONDS))
        for button, text in (
            (self.idle_less, less),
            (self.warning_less, less),
            (self.idle_more, more),
            (self.warning_more, more),
        ):
            button.setText(text)
        self.save_button.setText(self.tr("Save for every kiosk"))
        self._show_limits()
