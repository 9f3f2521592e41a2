"""The voice options bar (accessibility K16): 다시 듣기, 멈춤, slower/faster speech, quieter/louder.

It is a row of the header shown only while voice guidance is on, so the header stays uncluttered for
everyone else and the options sit in the same place on every screen (K13). The bar only emits what the
resident asked for; `kiosk/gui/listening_controls.py` acts on it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

from kiosk.gui.widgets.flow_layout import FlowLayout


class VoiceOptionsBar(QWidget):
    """Large buttons that wrap onto a second row in large text instead of shrinking."""

    replay_clicked = Signal()
    stop_clicked = Signal()
    slower_clicked = Signal()
    faster_clicked = Signal()
    quieter_clicked = Signal()
    louder_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voiceOptionsBar")
        self.replay_button = self._button("replayButton", self.replay_clicked)
        self.stop_button = self._button("stopSpeechButton", self.stop_clicked)
        self.slower_button = self._button("slowerButton", self.slower_clicked)
        self.faster_button = self._button("fasterButton", self.faster_clicked)
        self.rate_label = QLabel(objectName="speechRateLabel")
        self.quieter_button = self._button("quieterButton", self.quieter_clicked)
        self.louder_button = self._button("louderButton", self.louder_clicked)
        self.volume_label = QLabel(objectName="volumeLabel")
        # 14 px like the header's other rows: more than 2.5 mm between targets (K02).
        layout = FlowLayout(self, spacing=14)
        for widget in (
            self.replay_button,
            self.stop_button,
            self.slower_button,
            self.faster_button,
            self.rate_label,
            self.quieter_button,
            self.louder_button,
            self.volume_label,
        ):
            layout.addWidget(widget)
        self._levels = (1, 1, 1, 1)
        self.retranslateUi()

    def _button(self, name: str, signal: Signal) -> QPushButton:
        button = QPushButton(objectName=name)
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        # Voice guide: this control's name is not kept for 다시 듣기.
        button.setProperty("voiceOption", True)
        button.clicked.connect(signal)
        return button

    def buttons(self) -> list[QPushButton]:
        """The bar's buttons in reading order."""
        return [
            self.replay_button,
            self.stop_button,
            self.slower_button,
            self.faster_button,
            self.quieter_button,
            self.louder_button,
        ]

    def show_levels(self, rate: int, rates: int, volume: int, volumes: int) -> None:
        """Show the chosen steps (1-based); a button at its end of the range is disabled."""
        self._levels = (rate, rates, volume, volumes)
        self.slower_button.setEnabled(rate > 1)
        self.faster_button.setEnabled(rate < rates)
        self.quieter_button.setEnabled(volume > 1)
        self.louder_button.setEnabled(volume < volumes)
        self.rate_label.setText(self.rate_text())
        self.volume_label.setText(self.volume_text())

    def rate_text(self) -> str:
        rate, rates, _, _ = self._levels
        return self.tr("Speed %1/%2").replace("%1", str(rate)).replace("%2", str(rates))

    def volume_text(self) -> str:
        _, _, volume, volumes = self._levels
        return self.tr("Volume %1/%2").replace("%1", str(volume)).replace("%2", str(volumes))

    def retranslateUi(self) -> None:
        self.replay_button.setText(self.tr("Replay"))
        self.stop_button.setText(self.tr("Stop"))
        self.slower_button.setText(self.tr("Slower"))
        self.faster_button.setText(self.tr("Faster"))
        self.quieter_button.setText(self.tr("Quieter"))
        self.louder_button.setText(self.tr("Louder"))
        self.show_levels(*self._levels)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
