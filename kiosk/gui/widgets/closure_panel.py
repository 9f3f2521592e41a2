"""Closing a day or half day for consultations, and reopening it; the booking rules respect closures."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidgetItem, QVBoxLayout, QWidget

from kiosk.domain.booking import BookingStatus
from kiosk.domain.closed_days import MAX_CLOSURE_REASON, Closure, ClosurePart, InvalidClosureReason
from kiosk.domain.errors import KioskError
from kiosk.gui.booking_text import long_date
from kiosk.gui.widgets.desk_parts import (
    button_row,
    desk_list,
    empty_notice,
    message_label,
    role_button,
    show_message,
)
from kiosk.gui.widgets.info_widgets import label
from kiosk.services.booking_desk import BookingDesk

CLOSURE_ROLE = Qt.ItemDataRole.UserRole


class ClosurePanel(QWidget):
    """Emits `changed` after a closure is added or removed, `closed` when staff go back."""

    changed = Signal()
    closed = Signal()

    def __init__(self, desk: BookingDesk) -> None:
        super().__init__(objectName="closurePanel")
        self.desk = desk
        self.day = date.min
        self.heading = label(role="subtitle", object_name="closureHeading")
        self.rows = desk_list("closureList")
        self.open_label = empty_notice("closureNone")
        self.rows.itemSelectionChanged.connect(self._selection_changed)
        self.reason_label = label(object_name="closureReasonLabel")
        self.reason_edit = QLineEdit(objectName="closureReason", maxLength=MAX_CLOSURE_REASON)
        self.reason_label.setBuddy(self.reason_edit)
        self.part_buttons = {part: role_button(f"close_{part.value}", "danger") for part in ClosurePart}
        for part, button in self.part_buttons.items():
            button.clicked.connect(lambda _=False, p=part: self.close_part(p))
        self.reopen_button = role_button("closureReopen", "primary")
        self.reopen_button.clicked.connect(self.reopen_selected)
        self.back_button = role_button("closureBack")
        self.back_button.clicked.connect(self.closed.emit)
        self.message = message_label("closureMessage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addWidget(self.open_label)
        layout.addWidget(self.rows, 1)
        layout.addLayout(button_row(self.reopen_button, stretch_first=True))
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason_edit)
        layout.addLayout(button_row(*self.part_buttons.values()))
        layout.addWidget(self.message)
        layout.addLayout(button_row(self.back_button))
        self.retranslateUi()

    def start(self, day: date) -> None:
        self.day = day
        self.reason_edit.clear()
        self.message.hide()
        self.refresh()

    def refresh(self) -> None:
        """List the day's closures (staff choose one to reopen)."""
        self.rows.clear()
        for closure in self.desk.day(self.day).closures:
            item = QListWidgetItem(self._describe(closure))
            item.setData(CLOSURE_ROLE, closure)
            self.rows.addItem(item)
        self.open_label.setText(self.tr("Consultations are open all day."))
        self.open_label.setVisible(not self.rows.count())
        self.heading.setText(self.tr("Closures on {day}").format(day=long_date(self.day)))
        self._selection_changed()

    def close_part(self, part: ClosurePart) -> None:
        """Close the day or half day for every consultant; booked residents keep their booking."""
        try:
            closure = self.desk.close(self.day, part, self.reason_edit.text())
        except InvalidClosureReason:
            # A pasted tab or control character: the field's length limit already keeps it short.
            text = self.tr("The reason must be plain text of at most %1 characters.")
            show_message(self.message, text.replace("%1", str(MAX_CLOSURE_REASON)), error=True)
            return
        still_booked = [
            b
            for b in self.desk.day(self.day).bookings
            if b.status is BookingStatus.ACTIVE and closure.covers(b.consultant_id, b.start)
        ]
        text = self.tr("Closed: {what}.").format(what=self._describe(closure))
        if still_booked:
            text += " " + self.tr(
                "%n booking(s) in this time remain: please call those residents.", "", len(still_booked)
            )
        self.reason_edit.clear()
        self.refresh()
        show_message(self.message, text)
        self.changed.emit()

    def reopen_selected(self) -> None:
        item = self.rows.currentItem()
        closure = item.data(CLOSURE_ROLE) if item is not None else None
        if not isinstance(closure, Closure):
            return
        try:
            self.desk.reopen(closure)
        except KioskError:
            show_message(self.message, self.tr("This closure was already removed."), error=True)
        else:
            show_message(self.message, self.tr("Reopened: {what}.").format(what=self._describe(closure)))
        self.refresh()
        self.changed.emit()

    def reset(self) -> None:
        self.day = date.min
        self.reason_edit.clear()
        self.rows.clear()
        self.open_label.hide()
        self.message.hide()

    def _selection_changed(self) -> None:
        item = self.rows.currentItem()
        self.reopen_button.setEnabled(item is not None and isinstance(item.data(CLOSURE_ROLE), Closure))

    def _describe(self, closure: Closure) -> str:
        part = {
            ClosurePart.DAY: self.tr("the whole day"),
            ClosurePart.MORNING: self.tr("the morning"),
            ClosurePart.AFTERNOON: self.tr("the afternoon"),
        }[closure.part]
        return f"{part} ({closure.reason})" if closure.reason else part

    def retranslateUi(self) -> None:
        self.reason_label.setText(self.tr("Reason shown to residents (optional)"))
        self.part_buttons[ClosurePart.DAY].setText(self.tr("Close the whole day"))
        self.part_buttons[ClosurePart.MORNING].setText(self.tr("Close the morning"))
        self.part_buttons[ClosurePart.AFTERNOON].setText(self.tr("Close the afternoon"))
        self.reopen_button.setText(self.tr("Reopen the chosen closure"))
        self.back_button.setText(self.tr("Back to the day's list"))
        if self.day != date.min:
            self.refresh()
