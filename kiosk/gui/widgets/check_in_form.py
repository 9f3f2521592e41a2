"""Step 1 of a video consultation at the kiosk: the booking code (and, if the resident likes, the name)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kiosk.domain.check_in import CheckInCancelled, CheckInTooEarly, CheckInTooLate, CheckInUnknown
from kiosk.domain.errors import KioskError
from kiosk.domain.names import MAX_NAME_LENGTH
from kiosk.gui.widgets.wrap_button import WrapButton
from kiosk.services.video_consultation import CheckIn, VideoConsultations
from kiosk.storage.database import DatabaseUnavailableError


class CheckInForm(QWidget):
    """Code field, optional name, Check in; a refusal says why and offers the next step."""

    checked_in = Signal(object)  # CheckIn
    # The next step a refusal offers: "help" (call staff) or "consultations" (book again).
    next_step = Signal(str)

    def __init__(self, video: VideoConsultations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.video = video
        self.prompt = QLabel(objectName="checkInPrompt", wordWrap=True)
        self.prompt.setProperty("role", "subtitle")
        self.code_label = QLabel(objectName="checkInCodeLabel", wordWrap=True)
        self.code_edit = QLineEdit(objectName="checkInCodeEdit", maxLength=9)
        # Booking codes are Latin capitals and digits: the keyboard's English layout is the code keypad.
        self.code_edit.setProperty("keyboardLayout", "en")
        self.code_edit.returnPressed.connect(self.check_in)
        self.code_label.setBuddy(self.code_edit)
        self.name_label = QLabel(objectName="checkInNameLabel", wordWrap=True)
        self.name_edit = QLineEdit(objectName="checkInNameEdit", maxLength=MAX_NAME_LENGTH)
        self.name_edit.setProperty("keyboardLayout", "ko")
        self.name_label.setBuddy(self.name_edit)
        self.check_in_button = WrapButton(objectName="checkInButton")
        self.check_in_button.setProperty("role", "primary")
        self.check_in_button.clicked.connect(self.check_in)
        self.message = QLabel(objectName="checkInMessage", wordWrap=True)
        self.message.setProperty("role", "error")
        self.staff_button = WrapButton(objectName="checkInStaffButton")
        self.staff_button.clicked.connect(lambda: self.next_step.emit("help"))
        self.book_button = WrapButton(objectName="checkInBookButton")
        self.book_button.clicked.connect(lambda: self.next_step.emit("consultations"))
        steps = QHBoxLayout()
        steps.setSpacing(24)
        steps.addWidget(self.staff_button)
        steps.addWidget(self.book_button)
        steps.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        for widget in (self.prompt, self.code_label, self.code_edit, self.name_label, self.name_edit):
            layout.addWidget(widget)
        layout.addWidget(self.check_in_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.message)
        layout.addLayout(steps)
        layout.addStretch(1)
        self.reset()

    def check_in(self) -> None:
        try:
            check_in: CheckIn = self.video.check_in(self.code_edit.text(), self.name_edit.text())
        except DatabaseUnavailableError:
            self._refuse(self.tr("Check-in is temporarily unavailable. Please ask staff."), book=False)
            return
        except KioskError as err:
            self._refuse(self.refusal(err), book=isinstance(err, CheckInTooLate | CheckInCancelled))
            return
        self._show_refusal("")
        self.checked_in.emit(check_in)

    def refusal(self, error: KioskError) -> str:
        """The resident's sentence for a refused check-in, with what to do next."""
        if isinstance(error, CheckInTooEarly):
            return self.tr(
                "It is too early to check in. Please come back at {time}, {minutes} minutes before your "
                "consultation."
            ).format(time=f"{error.opens_at:%H:%M}", minutes=self.video.rules.early_minutes)
        if isinstance(error, CheckInTooLate):
            return self.tr(
                "The time of this consultation has passed. Please book a new one, or ask staff for help."
            )
        if isinstance(error, CheckInCancelled):
            return self.tr("This booking was cancelled. Please book a new consultation, or ask staff.")
        if isinstance(error, CheckInUnknown):
            return self.tr("No booking matches this code. Please check the code on your slip, or ask staff.")
        return self.tr("Check-in is not possible here. Staff can help you.")

    def _refuse(self, text: str, *, book: bool) -> None:
        self._show_refusal(text)
        self.staff_button.show()
        self.book_button.setVisible(book)

    def _show_refusal(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.staff_button.setVisible(bool(text))
        self.book_button.setVisible(False)

    def reset(self) -> None:
        self.code_edit.clear()
        self.name_edit.clear()
        self._show_refusal("")
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.prompt.setText(
            self.tr("Your video consultation is about to start. Enter the booking code from your slip.")
        )
        self.code_label.setText(self.tr("Booking code (on your slip)"))
        self.name_label.setText(self.tr("Your name (if you like)"))
        self.check_in_button.setText(self.tr("Check in"))
        self.staff_button.setText(self.tr("Call staff"))
        self.book_button.setText(self.tr("Book a consultation"))
