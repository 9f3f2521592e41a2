"""Moving, cancelling and restoring the monthly Tax Concern Resolution Days (first Saturdays)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLineEdit, QListWidgetItem, QVBoxLayout, QWidget

from kiosk.domain.clock import Clock, today
from kiosk.domain.content_file import LocalText
from kiosk.domain.errors import KioskError
from kiosk.domain.events import CANCELLED, MOVED, Event, EventsContent, events_in_year
from kiosk.gui.booking_text import long_date
from kiosk.gui.widgets.desk_parts import button_row, desk_list, message_label, role_button, show_message
from kiosk.gui.widgets.info_widgets import label
from kiosk.services.content_editing import ContentEditor

REGULAR_DAY_ROLE = Qt.ItemDataRole.UserRole
SHOWN_DAYS = 12


class ConcernDayEditor(QWidget):
    """The coming concern days with their state; the chosen one can be moved, cancelled or restored."""

    def __init__(self, editor: ContentEditor, events: Callable[[], EventsContent], clock: Clock) -> None:
        super().__init__(objectName="concernDayEditor")
        self.editor = editor
        self._events = events
        self.clock = clock
        self.rows = desk_list("concernDayList")
        self.rows.itemSelectionChanged.connect(self._selection_changed)
        self.captions: dict[str, QWidget] = {}
        self.edits: dict[str, QLineEdit] = {}
        form = QGridLayout()
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(4)
        for index, (key, keys) in enumerate((("moved_to", "en"), ("reason_ko", "ko"), ("reason_en", "en"))):
            caption = label(object_name=f"concern_{key}_label")
            edit = QLineEdit(objectName=f"concern_{key}", maxLength=200)
            edit.setProperty("keyboardLayout", keys)
            caption.setBuddy(edit)
            form.addWidget(caption, 0, index)
            form.addWidget(edit, 1, index)
            self.captions[key] = caption
            self.edits[key] = edit
        self.move_button = role_button("concernMove", "primary")
        self.cancel_button = role_button("concernCancel", "danger")
        self.restore_button = role_button("concernRestore")
        self.move_button.clicked.connect(self.move_day)
        self.cancel_button.clicked.connect(self.cancel_day)
        self.restore_button.clicked.connect(self.restore_day)
        self.message = message_label("concernMessage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.rows, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(button_row(self.restore_button, self.cancel_button, self.move_button))

    def coming_days(self) -> list[Event]:
        """The next concern days by their regular Saturday, changes applied."""
        now = today(self.clock)
        content = self._events()
        days = [
            event
            for year in (now.year, now.year + 1)
            for event in events_in_year(content, year)
            if event.kind == "concern_day" and (event.original_day or event.day) >= now
        ]
        return days[:SHOWN_DAYS]

    def refresh(self) -> None:
        chosen = self.selected_day()
        self.rows.clear()
        for event in self.coming_days():
            regular = event.original_day or event.day
            item = QListWidgetItem(self._describe(event, regular))
            item.setData(REGULAR_DAY_ROLE, regular)
            self.rows.addItem(item)
            if regular == chosen:
                self.rows.setCurrentItem(item)
        self._selection_changed()

    def selected_day(self) -> date | None:
        item = self.rows.currentItem()
        regular = item.data(REGULAR_DAY_ROLE) if item is not None else None
        return regular if isinstance(regular, date) else None

    def select(self, regular: date) -> None:
        for index in range(self.rows.count()):
            if self.rows.item(index).data(REGULAR_DAY_ROLE) == regular:
                self.rows.setCurrentRow(index)
                return
        raise LookupError(regular)

    def move_day(self) -> None:
        try:
            moved_to = date.fromisoformat(self.edits["moved_to"].text().strip())
        except ValueError:
            show_message(self.message, self.tr("Write the new day as 2027-01-09."), error=True)
            return
        self._change(lambda regular: self.editor.move_concern_day(regular, moved_to, self._reason()))

    def cancel_day(self) -> None:
        self._change(lambda regular: self.editor.cancel_concern_day(regular, self._reason()))

    def restore_day(self) -> None:
        self._change(self.editor.restore_concern_day)

    def reset(self) -> None:
        self.rows.clear()
        for edit in self.edits.values():
            edit.clear()
        self.message.hide()

    def _change(self, action: Callable[[date], object]) -> None:
        regular = self.selected_day()
        if regular is None:
            return
        try:
            action(regular)
        except KioskError:
            show_message(self.message, self.tr("Choose a different day from the regular one."), error=True)
            return
        self.refresh()
        show_message(self.message, self.tr("Saved. The events and home screens show it from the next visit."))

    def _reason(self) -> LocalText | None:
        ko, en = (self.edits[key].text().strip() for key in ("reason_ko", "reason_en"))
        if not ko and not en:
            return None
        return LocalText(ko or en, en or ko)

    def _describe(self, event: Event, regular: date) -> str:
        if event.status == CANCELLED:
            state = self.tr("– Cancelled")
        elif event.status == MOVED:
            state = self.tr("Moved to {day}").format(day=long_date(event.day))
        else:
            state = self.tr("As usual")
        return f"{long_date(regular)}   {state}"

    def _selection_changed(self) -> None:
        chosen = self.selected_day() is not None
        for button in (self.move_button, self.cancel_button, self.restore_button):
            button.setEnabled(chosen)
        for edit in self.edits.values():
            edit.clear()

    def retranslateUi(self) -> None:
        self.captions["moved_to"].setText(self.tr("New day (e.g. 2027-01-09)"))
        self.captions["reason_ko"].setText(self.tr("Reason (한국어)"))
        self.captions["reason_en"].setText(self.tr("Reason (English)"))
        self.move_button.setText(self.tr("Move to the new day"))
        self.cancel_button.setText(self.tr("Cancel this day"))
        self.restore_button.setText(self.tr("Back to the first Saturday"))
