"""Full-window cards over the current screen: the idle warning and calm messages (never modal)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget


class Overlay(QFrame):
    """A dimmed layer with a centred card; it covers its parent and follows its size."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("Overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.card = QFrame(self, objectName="OverlayCard")
        self.card_layout = QVBoxLayout(self.card)
        self.card_layout.setContentsMargins(48, 48, 48, 48)
        self.card_layout.setSpacing(32)
        outer = QVBoxLayout(self)
        self._outer = outer
        outer.addStretch(1)
        outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        parent.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def set_top_inset(self, pixels: int) -> None:
        """Keep the card below the top `pixels` rows (low-reach mode)."""
        margins = self._outer.contentsMargins()
        self._outer.setContentsMargins(margins.left(), pixels, margins.right(), margins.bottom())

    def present(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()
        # A centred card gets no height-for-width from its layout: give wrapped labels their lines.
        # Measured once shown: a hidden overlay takes the current look (its font) at its Show.
        for label in self.card.findChildren(QLabel):
            if label.wordWrap():
                label.setMinimumHeight(label.heightForWidth(max(label.minimumWidth(), label.width())))


class IdleWarning(Overlay):
    """ "Are you still there?" with a countdown and a large More time button."""

    more_time = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("Overlay")
        self.message = QLabel(objectName="idleMessage", wordWrap=True)
        self.message.setProperty("role", "subtitle")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = QLabel(objectName="idleCountdown")
        self.countdown.setProperty("role", "big-code")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.more_time_button = QPushButton(objectName="moreTimeButton")
        self.more_time_button.setProperty("role", "primary")
        self.more_time_button.setMinimumSize(520, 140)
        self.more_time_button.clicked.connect(self.more_time)
        for widget in (self.message, self.countdown, self.more_time_button):
            self.card_layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.message.setText(
            self.tr("Are you still there?\nFor your privacy, what you entered will be erased.")
        )
        self.more_time_button.setText(self.tr("More time"))

    def show_seconds(self, seconds: int) -> None:
        self.countdown.setText(self.tr("%n second(s) left", "", seconds))
        if not self.isVisible():
            self.present()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class MessageCard(Overlay):
    """A calm full-screen message with one OK button (errors never block the kiosk)."""

    dismissed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.text = QLabel(objectName="messageText", wordWrap=True)
        self.text.setProperty("role", "subtitle")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setMinimumWidth(900)
        self.ok_button = QPushButton(objectName="messageOkButton")
        self.ok_button.setProperty("role", "primary")
        self.ok_button.setMinimumSize(360, 120)
        self.ok_button.clicked.connect(self._dismiss)
        self.card_layout.addWidget(self.text)
        self.card_layout.addWidget(self.ok_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.ok_button.setText(self.tr("OK"))

    def show_text(self, text: str) -> None:
        self.text.setText(text)
        self.present()

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
