"""Booking for a resident on the phone: field, free time, name, phone and the caller's consent.

The same BookingService.book as the resident's path (through BookingDesk), so every rule and every
refusal is the same; refusals are shown with the resident path's own sentences.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.booking import DayStatus
from kiosk.domain.errors import KioskError
from kiosk.gui.booking_text import BookingText, language, long_date
from kiosk.gui.focus_ring import RING_ROOM
from kiosk.gui.widgets.desk_parts import (
    button_row,
    message_label,
    role_button,
    scroll_margins,
    show_message,
)
from kiosk.gui.widgets.flow_layout import FlowLayout
from kiosk.gui.widgets.info_widgets import clear_layout, label, scroll_page
from kiosk.services.booking_desk import BookingDesk


class CallerBookingForm(QWidget):
    """Emits `booked(Booking)` once the booking is stored, `closed` when staff go back to the list."""

    booked = Signal(object)
    closed = Signal()

    def __init__(self, desk: BookingDesk, words: BookingText) -> None:
        super().__init__(objectName="callerForm")
        self.desk = desk
        self.words = words
        self.day = date.min
        self.field_id = ""
        self.start_time: datetime | None = None
        area, layout = scroll_page("callerScroll")
        layout.setContentsMargins(*scroll_margins())
        self.heading = label(role="subtitle", object_name="callerHeading")
        self.field_buttons: dict[str, QPushButton] = {}
        # The field buttons flow onto a second row when large text makes them wider than the page.
        field_bar = QWidget(objectName="callerFields")
        fields = FlowLayout(field_bar, spacing=RING_ROOM)
        for field in desk.booking.catalogue.fields:
            # One line each: the flow gives every button its whole label's width.
            button = QPushButton(objectName=f"callerField_{field.id}", checkable=True)
            button.setMinimumHeight(80)
            button.clicked.connect(lambda _=False, f=field.id: self.choose_field(f))
            fields.addWidget(button)
            self.field_buttons[field.id] = button
        self.time_notice = label(role="notice", object_name="callerTimeNotice")
        # Times flow onto as many rows as the width needs: eight to a row ran off the page in large text.
        self.time_bar = QWidget(objectName="callerTimes")
        self.time_grid = FlowLayout(self.time_bar, spacing=RING_ROOM)
        self.time_buttons: dict[datetime, QPushButton] = {}
        self.name_label = label(object_name="callerNameLabel")
        self.name_edit = QLineEdit(objectName="callerName", maxLength=40)
        self.phone_label = label(object_name="callerPhoneLabel")
        self.phone_edit = QLineEdit(objectName="callerPhone", maxLength=20)
        self.phone_edit.setProperty("keyboardLayout", "digits")
        self.phone_edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.name_label.setBuddy(self.name_edit)
        self.phone_label.setBuddy(self.phone_edit)
        # A toggle whose label wraps (a check box's label does not, and ran off the page in large text).
        self.consent_box = role_button("callerConsent", checkable=True)
        self.error = message_label("callerError")
        self.book_button = role_button("callerBook", "primary")
        self.book_button.clicked.connect(self.submit)
        self.back_button = role_button("callerBack")
        self.back_button.clicked.connect(self.closed.emit)
        layout.addWidget(self.heading)
        layout.addWidget(field_bar)
        layout.addWidget(self.time_notice)
        layout.addWidget(self.time_bar)
        details = QGridLayout()
        details.setHorizontalSpacing(24)
        details.addWidget(self.name_label, 0, 0)
        details.addWidget(self.phone_label, 0, 1)
        details.addWidget(self.name_edit, 1, 0)
        details.addWidget(self.phone_edit, 1, 1)
        layout.addLayout(details)
        layout.addWidget(self.consent_box)
        layout.addStretch(1)
        # The outcome and the buttons stay in sight below the scrolling form.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(RING_ROOM)
        outer.addWidget(area, 1)
        outer.addWidget(self.error)
        outer.addLayout(button_row(self.back_button, self.book_button))
        self.retranslateUi()

    def start(self, day: date) -> None:
        """A fresh form for `day`: the first field chosen, inputs empty."""
        self.day = day
        self.heading.setText(self.tr("Book for a caller on {day}").format(day=long_date(day)))
        self.name_edit.clear()
        self.phone_edit.clear()
        self.consent_box.setChecked(False)
        self.error.hide()
        self.choose_field(self.desk.booking.catalogue.fields[0].id)

    def choose_field(self, field_id: str) -> None:
        """Show the free times of the day for `field_id`, or why there are none."""
        self.field_id = field_id
        self.start_time = None
        for fid, button in self.field_buttons.items():
            button.setChecked(fid == field_id)
        clear_layout(self.time_grid)
        self.time_buttons = {}
        starts = sorted(
            {s.start: s for s in self.desk.booking.free_slots(self.day, field_id)}.values(),
            key=lambda s: s.start,
        )
        for slot in starts:
            # The start alone: every slot has the same length, and six "10:00 – 10:20" do not fit a row.
            button = QPushButton(f"{slot.start:%H:%M}", objectName=f"callerTime_{slot.start:%H%M}")
            button.setCheckable(True)
            button.setMinimumHeight(80)
            button.clicked.connect(lambda _=False, start=slot.start: self.choose_time(start))
            self.time_grid.addWidget(button)
            self.time_buttons[slot.start] = button
        self._explain_times()

    def choose_time(self, start: datetime) -> None:
        self.start_time = start
        for moment, button in self.time_buttons.items():
            button.setChecked(moment == start)

    def submit(self) -> None:
        """Book through the resident's rules; a refusal stays on the form with the reason."""
        if self.start_time is None:
            show_message(self.error, self.tr("Choose a free time first."), error=True)
            return
        try:
            booking = self.desk.book_for_caller(
                start=self.start_time,
                field_id=self.field_id,
                name=self.name_edit.text(),
                phone=self.phone_edit.text(),
                consent=self.consent_box.isChecked(),
            )
        except KioskError as err:
            show_message(self.error, self.words.refusal(err), error=True)
            chosen = self.start_time
            self.choose_field(self.field_id)  # the time may have gone meanwhile
            if chosen in self.time_buttons:
                self.choose_time(chosen)
            return
        self.booked.emit(booking)

    def reset(self) -> None:
        self.day = date.min
        self.field_id = ""
        self.start_time = None
        self.name_edit.clear()
        self.phone_edit.clear()
        self.consent_box.setChecked(False)
        clear_layout(self.time_grid)
        self.time_buttons = {}

    def _explain_times(self) -> None:
        if self.time_buttons:
            self.time_notice.setText(self.tr("Free times (any consultant of the field):"))
            return
        rules = self.desk.booking.rules
        availability = self.desk.day_availability(self.day, self.field_id)
        why = self.words.day_explanation(availability, rules.min_notice_days, rules.horizon_days)
        if availability.status is DayStatus.AVAILABLE or not why:
            why = self.tr("{day}: no free time left for this field.").format(day=long_date(self.day))
        self.time_notice.setText("✕ " + why)

    def retranslateUi(self) -> None:
        lang = language()
        for field in self.desk.booking.catalogue.fields:
            self.field_buttons[field.id].setText(field.name(lang))
        if self.day != date.min:
            self.heading.setText(self.tr("Book for a caller on {day}").format(day=long_date(self.day)))
            self._explain_times()
        self.name_label.setText(self.tr("Caller's name"))
        self.phone_label.setText(self.tr("Caller's mobile phone number"))
        self.consent_box.setText(
            self.tr("The caller agreed to the use of name and phone number for this booking.")
        )
        self.book_button.setText(self.tr("Book"))
        self.back_button.setText(self.tr("Back to the day's list"))
