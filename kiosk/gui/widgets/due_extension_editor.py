"""Extending one tax's deadline of one year by hand (after an outage, by MOIS or the district), and
withdrawing an extension: every kiosk on the database shows the new last day and the reason."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLineEdit, QListWidgetItem, QVBoxLayout, QWidget

from kiosk.domain.clock import Clock, today
from kiosk.domain.content_file import LocalText
from kiosk.domain.due_extensions import (
    MAX_EXTENSION_DAYS,
    MAX_REASON_CHARS,
    ExtensionNotLater,
    ExtensionReasonMissing,
    ExtensionTooFar,
    InvalidDueExtension,
)
from kiosk.domain.tax_calendar import DuePeriod, TaxCalendar
from kiosk.gui.booking_text import long_date
from kiosk.gui.focus_ring import RING_ROOM
from kiosk.gui.screens.staff_base import ui_language
from kiosk.gui.widgets.desk_parts import button_row, desk_list, message_label, role_button, show_message
from kiosk.gui.widgets.info_widgets import label
from kiosk.services.content_editing import ContentEditor

PERIOD_ROLE = Qt.ItemDataRole.UserRole
RECENT_DAYS = 60
SHOWN_PERIODS = 16


class DueExtensionEditor(QWidget):
    """The recent and coming deadlines; the chosen one can be extended or its extension withdrawn."""

    def __init__(self, editor: ContentEditor, calendar: Callable[[], TaxCalendar], clock: Clock) -> None:
        super().__init__(objectName="dueExtensionEditor")
        self.editor = editor
        self._calendar = calendar
        self.clock = clock
        self.rows = desk_list("dueExtensionList")
        self.rows.itemSelectionChanged.connect(self._selection_changed)
        self.captions: dict[str, QWidget] = {}
        self.edits: dict[str, QLineEdit] = {}
        form = QGridLayout()
        form.setHorizontalSpacing(24)
        # Room for the focus ring between a caption and its field: a ring drawn over the caption's
        # letters would not stand out from them (K15).
        form.setVerticalSpacing(RING_ROOM)
        for index, (key, keys) in enumerate((("new_due", "en"), ("reason_ko", "ko"), ("reason_en", "en"))):
            caption = label(object_name=f"extension_{key}_label")
            # Longer than allowed, so an over-long reason is refused with a message rather than cut short.
            edit = QLineEdit(objectName=f"extension_{key}", maxLength=2 * MAX_REASON_CHARS)
            edit.setProperty("keyboardLayout", keys)
            caption.setBuddy(edit)
            form.addWidget(caption, 0, index)
            form.addWidget(edit, 1, index)
            self.captions[key] = caption
            self.edits[key] = edit
        self.extend_button = role_button("extensionSave", "primary")
        self.withdraw_button = role_button("extensionWithdraw", "danger")
        self.extend_button.clicked.connect(self.extend)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.message = message_label("extensionMessage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.rows, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(button_row(self.withdraw_button, self.extend_button))

    def periods(self) -> list[DuePeriod]:
        """The deadlines from RECENT_DAYS ago on, this year's and next year's, extensions applied: one
        is extended around its last day (after an outage), and a recent one may need correcting."""
        now = today(self.clock)
        calendar = self._calendar()
        since = now - timedelta(days=RECENT_DAYS)
        periods = calendar.periods(now.year) + calendar.periods(now.year + 1)
        return [period for period in periods if period.due >= since][:SHOWN_PERIODS]

    def refresh(self) -> None:
        chosen = self.selected_period()
        self.rows.clear()
        for period in self.periods():
            item = QListWidgetItem(self._describe(period))
            item.setData(PERIOD_ROLE, (period.tax_id, period.year))
            self.rows.addItem(item)
            if chosen is not None and (period.tax_id, period.year) == (chosen.tax_id, chosen.year):
                self.rows.setCurrentItem(item)
        self._selection_changed()

    def selected_period(self) -> DuePeriod | None:
        item = self.rows.currentItem()
        key = item.data(PERIOD_ROLE) if item is not None else None
        if not isinstance(key, tuple):
            return None
        try:
            return self._calendar().period(key[0], key[1])
        except KeyError:
            return None

    def select(self, tax_id: str, year: int) -> None:
        for index in range(self.rows.count()):
            if self.rows.item(index).data(PERIOD_ROLE) == (tax_id, year):
                self.rows.setCurrentRow(index)
                return
        raise LookupError((tax_id, year))

    def extend(self) -> None:
        period = self.selected_period()
        if period is None:
            return
        try:
            new_due = date.fromisoformat(self.edits["new_due"].text().strip())
        except ValueError:
            show_message(self.message, self.tr("Write the new last day as 2027-02-04."), error=True)
            return
        reason = LocalText(self.edits["reason_ko"].text(), self.edits["reason_en"].text())
        try:
            self.editor.extend_due(period, new_due, reason)
        except InvalidDueExtension as err:
            show_message(self.message, self._refusal(err, period), error=True)
            return
        self.refresh()
        show_message(
            self.message, self.tr("Extended. Every kiosk shows the new last day from the next visit.")
        )

    def withdraw(self) -> None:
        period = self.selected_period()
        if period is None:
            return
        if not period.extended:
            show_message(self.message, self.tr("This deadline is not extended."), error=True)
            return
        self.editor.withdraw_due_extension(period)
        self.refresh()
        show_message(self.message, self.tr("Withdrawn. The last day is the rule's again."))

    def reset(self) -> None:
        self.rows.clear()
        for edit in self.edits.values():
            edit.clear()
        self.message.hide()

    def _refusal(self, err: InvalidDueExtension, period: DuePeriod) -> str:
        if isinstance(err, ExtensionNotLater):
            return self.tr("The new last day must be after the rule's last day, {day}.").format(
                day=long_date(period.rule_due)
            )
        if isinstance(err, ExtensionTooFar):
            return self.tr("The new last day must be within {days} days of the rule's last day.").format(
                days=MAX_EXTENSION_DAYS
            )
        if isinstance(err, ExtensionReasonMissing):
            return self.tr("Write the reason in Korean and in English.")
        return self.tr("Write the reason as plain text of at most {chars} characters.").format(
            chars=MAX_REASON_CHARS
        )

    def _describe(self, period: DuePeriod) -> str:
        name = period.tax.name.get(ui_language())
        if period.extension is not None:
            state = self.tr("Extended to {day}").format(day=long_date(period.due))
        else:
            state = self.tr("Last day {day}").format(day=long_date(period.due))
        return f"{period.year} · {name}   {state}"

    def _selection_changed(self) -> None:
        period = self.selected_period()
        self.extend_button.setEnabled(period is not None)
        self.withdraw_button.setEnabled(period is not None and period.extended)
        for edit in self.edits.values():
            edit.clear()
        if period is not None and period.extension is not None:
            self.edits["new_due"].setText(period.due.isoformat())
            self.edits["reason_ko"].setText(period.extension.reason.ko)
            self.edits["reason_en"].setText(period.extension.reason.en)

    def retranslateUi(self) -> None:
        self.captions["new_due"].setText(self.tr("New last day (e.g. 2027-02-04)"))
        self.captions["reason_ko"].setText(self.tr("Reason (한국어)"))
        self.captions["reason_en"].setText(self.tr("Reason (English)"))
        self.extend_button.setText(self.tr("Extend to the new day"))
        self.withdraw_button.setText(self.tr("Withdraw the extension"))
