"""Look up and cancel a consultation booking with its code and the last four digits of the phone or, for a
resident with no phone at hand, the name it was booked under."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from kiosk.app_context import AppContext
from kiosk.domain.booking import Booking
from kiosk.domain.booking_code import format_code
from kiosk.domain.booking_errors import NotFound
from kiosk.domain.errors import KioskError
from kiosk.domain.names import MAX_NAME_LENGTH
from kiosk.gui.booking_text import BookingText, language, long_date, time_range
from kiosk.gui.peoples_text import mark_label
from kiosk.gui.screen import Screen
from kiosk.gui.widgets.wrap_button import WrapButton
from kiosk.services.booking import BookingService


class BookingLookupScreen(Screen):
    """Find → see the booking (masked phone) → cancel with a second, explicit confirmation."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        if context.booking is None:
            raise RuntimeError("the booking service is missing from the AppContext")
        self.service: BookingService = context.booking
        self.words = BookingText(self)
        self.booking: Booking | None = None
        self.prompt = QLabel(objectName="lookupPrompt", wordWrap=True)
        self.prompt.setProperty("role", "subtitle")
        self.code_label = QLabel(objectName="codeLabel")
        self.code_edit = QLineEdit(objectName="codeEdit", maxLength=9)
        # Booking codes are Latin letters and digits (no Hangul).
        self.code_edit.setProperty("keyboardLayout", "en")
        self.digits_label = QLabel(objectName="digitsLabel")
        self.digits_edit = QLineEdit(objectName="digitsEdit", maxLength=4)
        self.digits_edit.setProperty("keyboardLayout", "digits")
        self.digits_edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        # K28: a resident without a phone proves the booking with the name on it instead.
        self.by_name_button = WrapButton(objectName="byNameButton", checkable=True)
        self.by_name_button.toggled.connect(self._prove_by_name)
        self.code_label.setBuddy(self.code_edit)
        self.digits_label.setBuddy(self.digits_edit)
        self.find_button = QPushButton(objectName="findButton")
        self.find_button.setProperty("role", "primary")
        self.find_button.clicked.connect(self.find)
        self.message = QLabel(objectName="lookupMessage", wordWrap=True)
        self.result = QLabel(objectName="lookupResult", wordWrap=True)
        self.result.setProperty("role", "notice")
        self.cancel_button = QPushButton(objectName="cancelBookingButton")
        self.cancel_button.setProperty("role", "danger")
        self.cancel_button.clicked.connect(self.ask_to_cancel)
        self.keep_button = QPushButton(objectName="keepBookingButton")
        self.keep_button.clicked.connect(self.keep)
        self.really_cancel_button = QPushButton(objectName="reallyCancelButton")
        self.really_cancel_button.setProperty("role", "danger")
        self.really_cancel_button.clicked.connect(self.cancel)
        actions = QHBoxLayout()
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.keep_button)
        actions.addStretch(1)
        actions.addWidget(self.really_cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(16)
        for widget in (self.prompt, self.code_label, self.code_edit, self.digits_label, self.digits_edit):
            layout.addWidget(widget)
        layout.addWidget(self.by_name_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.find_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.message)
        layout.addWidget(self.result)
        layout.addLayout(actions)
        layout.addStretch(1)
        self.reset()

    def find(self) -> None:
        try:
            self.booking = self.service.lookup(self.code_edit.text(), self.digits_edit.text())
        except KioskError as err:
            self.booking = None
            self._show_message(self._refusal(err), "error")
            self._show_actions()
            return
        self._show_message("", "")
        self._show_actions()

    def _prove_by_name(self, by_name: bool) -> None:
        """The second field takes the name (Hangul keyboard) or the last four digits (digit pad)."""
        self.digits_edit.clear()
        self.digits_edit.setMaxLength(MAX_NAME_LENGTH if by_name else 4)
        self.digits_edit.setProperty("keyboardLayout", "ko" if by_name else "digits")
        self.digits_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhNone if by_name else Qt.InputMethodHint.ImhDigitsOnly
        )
        self.retranslateUi()
        if self.isVisible():
            self.digits_edit.setFocus()  # the keyboard follows the focus with the field's layout

    def ask_to_cancel(self) -> None:
        self._show_message(self.tr("Do you really want to cancel this booking?"), "notice")
        self.cancel_button.hide()
        self.keep_button.show()
        self.really_cancel_button.show()

    def keep(self) -> None:
        self._show_message("", "")
        self._show_actions()

    def cancel(self) -> None:
        try:
            self.service.cancel(self.code_edit.text(), self.digits_edit.text())
        except KioskError as err:
            self._show_message(self._refusal(err), "error")
            return
        self.booking = None
        self._show_actions()
        self._show_message(
            self.tr("Your booking has been cancelled. The time is free for others again."), "notice"
        )

    def _refusal(self, error: KioskError) -> str:
        if isinstance(error, NotFound) and self.by_name_button.isChecked():
            return self.tr("No booking matches this code and name. Please check both.")
        return self.words.refusal(error)

    def _show_message(self, text: str, role: str) -> None:
        self.message.setText(text)
        self.message.setProperty("role", role)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setVisible(bool(text))

    def _show_actions(self) -> None:
        found = self.booking is not None
        self.result.setVisible(found)
        self.cancel_button.setVisible(found)
        self.keep_button.hide()
        self.really_cancel_button.hide()
        if found:
            self._fill_result()

    def _fill_result(self) -> None:
        booking = self.booking
        assert booking is not None
        field = self.service.catalogue.field(booking.field_id)
        self.result.setText(
            self.tr("Booking {code}\n{day}, {time}\n{field} with {consultant}\nMobile phone: {phone}").format(
                code=format_code(booking.code),
                day=long_date(booking.start.date()),
                time=time_range(booking.start, booking.end),
                field=field.name(language()),
                consultant=booking.consultant_name,
                phone=booking.masked_phone,
            )
        )
        mark_label(self.result, booking.consultant_name)

    def title(self) -> str:
        return self.tr("My booking")

    def reset(self) -> None:
        self.booking = None
        self.code_edit.clear()
        self.by_name_button.setChecked(False)
        self.digits_edit.clear()
        self._show_message("", "")
        self._show_actions()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        by_name = self.by_name_button.isChecked()
        if by_name:
            self.prompt.setText(self.tr("Enter your booking code and the name you booked under."))
            self.digits_label.setText(self.tr("Your name, as on your booking"))
            self.by_name_button.setText(self.tr("Use my phone number instead"))
        else:
            self.prompt.setText(
                self.tr("Enter your booking code and the last four digits of your mobile phone.")
            )
            self.digits_label.setText(self.tr("Last four digits of your mobile phone"))
            self.by_name_button.setText(self.tr("No phone with you? Use your name"))
        self.code_label.setText(self.tr("Booking code (on your slip)"))
        self.find_button.setText(self.tr("Find my booking"))
        self.cancel_button.setText(self.tr("Cancel this booking"))
        self.keep_button.setText(self.tr("No, keep it"))
        self.really_cancel_button.setText(self.tr("Yes, cancel it"))
        if self.booking is not None:
            self._fill_result()

    def screenshot_states(self) -> list[tuple[str, Callable[[], None]]]:
        def not_found() -> None:
            self.code_edit.setText("ABC-DEF")
            self.digits_edit.setText("5678")
            self.find()

        def by_name() -> None:
            self.by_name_button.setChecked(True)

        return [("not-found", not_found), ("by-name", by_name)]
