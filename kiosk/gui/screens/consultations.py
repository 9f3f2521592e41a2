"""Booking a 1:1 tax consultation: field → day → time → name and phone → consent → summary → code."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.app_context import AppContext
from kiosk.domain.booking import Booking, DayAvailability, DayStatus, Slot
from kiosk.domain.booking_code import format_code
from kiosk.domain.booking_errors import SlotTaken
from kiosk.domain.errors import KioskError
from kiosk.domain.names import normalise_name
from kiosk.domain.phone import mask_phone, normalise_phone
from kiosk.gui.booking_slip import BookingSlip
from kiosk.gui.booking_text import BookingText, language, long_date, time_range
from kiosk.gui.live_refresh import LiveRefresh
from kiosk.gui.peoples_text import mark_label
from kiosk.gui.screen import Screen
from kiosk.gui.widgets.month_calendar import MonthCalendar
from kiosk.gui.widgets.slip_panel import SlipOverlay
from kiosk.gui.widgets.wrap_button import WrapButton
from kiosk.services.booking import BookingService
from kiosk.services.live_updates import AVAILABILITY

log = logging.getLogger(__name__)

FIELD, DAY, TIME, DETAILS, CONSENT, SUMMARY, DONE = range(7)
STEPS = 6  # DONE is not a step the resident has to take
# The day notice shows the general hint (retranslated), not the explanation of a day that was tapped.
_SHOWS_HINT = "showsHint"


def _label(role: str = "", name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(objectName=name, wordWrap=wrap)
    if role:
        label.setProperty("role", role)
    return label


def _button(name: str, role: str = "") -> QPushButton:
    button = QPushButton(objectName=name)
    if role:
        button.setProperty("role", role)
    return button


class ConsultationsScreen(Screen):
    """The whole booking flow on one screen with inner steps (Back goes one step back)."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        if context.booking is None:
            raise RuntimeError("the booking service is missing from the AppContext")
        self.context = context
        self.service: BookingService = context.booking
        self.words = BookingText(self)
        self.pages = QStackedWidget(objectName="bookingPages")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.addWidget(self.pages)
        self._build_field_page()
        self._build_day_page()
        self._build_time_page()
        self._build_details_page()
        self._build_consent_page()
        self._build_summary_page()
        self._build_done_page()
        self.slip_overlay = SlipOverlay(self, context.printing)
        self.live = LiveRefresh(self, context.live_updates, AVAILABILITY, self.availability_changed)
        self.reset()
        self.retranslateUi()

    # --- building ------------------------------------------------------------------------------------

    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(20)
        self.pages.addWidget(page)
        return page, layout

    def _build_field_page(self) -> None:
        _page, layout = self._page()
        self.field_prompt = _label("subtitle", "fieldPrompt")
        layout.addWidget(self.field_prompt)
        grid = QGridLayout()
        grid.setSpacing(20)
        self.field_buttons: dict[str, QPushButton] = {}
        for index, field in enumerate(self.service.catalogue.fields):
            button = WrapButton(objectName=f"field_{field.id}")
            button.setProperty("role", "tile")
            button.clicked.connect(lambda _=False, f=field.id: self.choose_field(f))
            self.field_buttons[field.id] = button
            grid.addWidget(button, index // 2, index % 2)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.lookup_button = _button("lookupButton")
        self.lookup_button.clicked.connect(lambda: self.navigate_requested.emit("booking_lookup"))
        layout.addWidget(self.lookup_button, 0, Qt.AlignmentFlag.AlignRight)

    def _build_day_page(self) -> None:
        _page, layout = self._page()
        self.calendar = MonthCalendar()
        self.calendar.day_tapped.connect(self.choose_day)
        self.calendar.previous_requested.connect(lambda: self._move_month(-1))
        self.calendar.next_requested.connect(lambda: self._move_month(1))
        layout.addWidget(self.calendar, 1)
        self.day_notice = _label("notice", "dayNotice")
        layout.addWidget(self.day_notice)

    def _build_time_page(self) -> None:
        _page, layout = self._page()
        self.time_prompt = _label("subtitle", "timePrompt")
        self.time_notice = _label("error", "timeNotice")
        layout.addWidget(self.time_prompt)
        layout.addWidget(self.time_notice)
        self.time_grid = QGridLayout()
        self.time_grid.setSpacing(20)
        layout.addLayout(self.time_grid)
        layout.addStretch(1)
        self.time_buttons: list[QPushButton] = []

    def _build_details_page(self) -> None:
        _page, layout = self._page()
        self.details_prompt = _label("subtitle", "detailsPrompt")
        self.name_label = _label(name="nameLabel")
        self.name_edit = QLineEdit(objectName="nameEdit", maxLength=40)
        self.phone_label = _label(name="phoneLabel")
        self.phone_edit = QLineEdit(objectName="phoneEdit", maxLength=20)
        self.phone_edit.setProperty("keyboardLayout", "digits")
        self.phone_edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.name_label.setBuddy(self.name_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.details_error = _label("error", "detailsError")
        self.details_next = _button("detailsNextButton", "primary")
        self.details_next.clicked.connect(self.submit_details)
        for widget in (
            self.details_prompt,
            self.name_label,
            self.name_edit,
            self.phone_label,
            self.phone_edit,
            self.details_error,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.details_next, 0, Qt.AlignmentFlag.AlignRight)

    def _build_consent_page(self) -> None:
        _page, layout = self._page()
        self.consent_title = _label("subtitle", "consentTitle")
        self.consent_text = _label("notice", "consentText")
        self.consent_error = _label("error", "consentError")
        buttons = QHBoxLayout()
        self.refuse_button = _button("refuseButton")
        self.agree_button = _button("agreeButton", "primary")
        self.refuse_button.clicked.connect(self.refuse_consent)
        self.agree_button.clicked.connect(self.give_consent)
        buttons.addWidget(self.refuse_button)
        buttons.addStretch(1)
        buttons.addWidget(self.agree_button)
        layout.addWidget(self.consent_title)
        layout.addWidget(self.consent_text)
        layout.addWidget(self.consent_error)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def _build_summary_page(self) -> None:
        _page, layout = self._page()
        self.summary_title = _label("subtitle", "summaryTitle")
        self.summary_text = _label("notice", "summaryText")
        self.summary_error = _label("error", "summaryError")
        self.confirm_button = _button("confirmButton", "primary")
        self.confirm_button.clicked.connect(self.confirm)
        layout.addWidget(self.summary_title)
        layout.addWidget(self.summary_text)
        layout.addWidget(self.summary_error)
        layout.addStretch(1)
        layout.addWidget(self.confirm_button, 0, Qt.AlignmentFlag.AlignRight)

    def _build_done_page(self) -> None:
        _page, layout = self._page()
        self.done_title = _label("subtitle", "doneTitle")
        self.code_caption = _label("muted", "codeCaption")
        self.code_label = _label("big-code", "codeLabel")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.done_text = _label("notice", "doneText")
        buttons = QHBoxLayout()
        self.print_button = _button("printButton")
        self.finish_button = _button("finishButton", "primary")
        self.print_button.clicked.connect(self.print_slip)
        self.finish_button.clicked.connect(lambda: self.navigate_requested.emit("home"))
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.finish_button)
        for widget in (
            self.done_title,
            self.code_caption,
            self.code_label,
            self.done_text,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(buttons)

    # --- the resident's steps ------------------------------------------------------------------------

    def choose_field(self, field_id: str) -> None:
        self.field_id = field_id
        first = self.service.rules.first_bookable_day(self.service.today())
        self.month = (first.year, first.month)
        self.day_notice.clear()
        self._show_month()
        self._go(DAY)

    def _month_bounds(self) -> tuple[tuple[int, int], tuple[int, int]]:
        # Only months that hold at least one day inside the booking window.
        today = self.service.today()
        first = self.service.rules.first_bookable_day(today)
        last = self.service.rules.last_bookable_day(today)
        return (first.year, first.month), (last.year, last.month)

    def _move_month(self, step: int) -> None:
        year, month = self.month
        month += step
        if month == 0:
            year, month = year - 1, 12
        elif month == 13:
            year, month = year + 1, 1
        earliest, latest = self._month_bounds()
        if earliest <= (year, month) <= latest:
            self.month = (year, month)
            self.day_notice.clear()
            self._show_month()

    def _show_month(self) -> None:
        year, month = self.month
        self.days = self._guarded(lambda: self.service.month_availability(year, month, self.field_id)) or []
        self.calendar.show_month(self.words.month_title(year, month), self.days, self.words.day_status)
        earliest, latest = self._month_bounds()
        self.calendar.previous_button.setEnabled(self.month > earliest)
        self.calendar.next_button.setEnabled(self.month < latest)

    def choose_day(self, day: DayAvailability) -> None:
        if day.status is not DayStatus.AVAILABLE:
            rules = self.service.rules
            self.day_notice.setText(
                self.words.day_explanation(day, rules.min_notice_days, rules.horizon_days)
            )
            self.day_notice.setProperty(_SHOWS_HINT, False)
            return
        self.day = day.day
        self.time_notice.hide()
        self._show_times()
        self._go(TIME)

    def _show_times(self) -> None:
        for button in self.time_buttons:
            self.time_grid.removeWidget(button)
            button.hide()  # at once: until it is deleted, an old time must not be seen or tapped
            button.deleteLater()
        self.time_buttons = []
        slots = self._guarded(lambda: self.service.free_slots(self.day, self.field_id)) or []
        # One button per time: the service gives the resident any consultant free then.
        by_start: dict[datetime, Slot] = {}
        for slot in slots:
            by_start.setdefault(slot.start, slot)
        for index, slot in enumerate(sorted(by_start.values(), key=lambda s: s.start)):
            # Wraps onto two lines in large text instead of being cut (K08).
            button = WrapButton(objectName=f"time_{slot.start:%H%M}")
            button.setText(time_range(slot.start, slot.end))
            button.clicked.connect(lambda _=False, s=slot: self.choose_time(s))
            self.time_grid.addWidget(button, index // 4, index % 4)
            button.show()
            self.time_buttons.append(button)
        self.time_prompt.setText(self._time_prompt_text(bool(by_start)))

    def _time_prompt_text(self, any_free: bool) -> str:
        if not any_free:
            return self.tr("{day}: no free times are left. Please go back and choose another day.").format(
                day=long_date(self.day)
            )
        return self.tr("{day}: choose a time").format(day=long_date(self.day))

    def choose_time(self, slot: Slot) -> None:
        self.slot = slot
        self.details_error.hide()
        self._go(DETAILS)
        self.name_edit.setFocus()

    def submit_details(self) -> None:
        try:
            self.name = normalise_name(self.name_edit.text())
            self.phone = normalise_phone(self.phone_edit.text())
        except KioskError as err:
            self.details_error.setText(self.words.refusal(err))
            self.details_error.show()
            return
        self.details_error.hide()
        self.consent = False
        self.consent_error.hide()
        self._go(CONSENT)

    def refuse_consent(self) -> None:
        self.consent = False
        self.consent_error.setText(
            self.tr(
                "Without your consent we cannot book a consultation here. Staff can book it for you by "
                "phone instead: press Call staff."
            )
        )
        self.consent_error.show()

    def give_consent(self) -> None:
        self.consent = True
        self.summary_error.hide()
        self._fill_summary()
        self._go(SUMMARY)

    def _fill_summary(self) -> None:
        field = self.service.catalogue.field(self.field_id)
        self.summary_text.setText(
            self.tr("Field: {field}\nDate: {day}\nTime: {time}\nName: {name}\nMobile phone: {phone}").format(
                field=field.name(language()),
                day=long_date(self.slot.start.date()),
                time=time_range(self.slot.start, self.slot.end),
                name=self.name,
                phone=mask_phone(self.phone),
            )
        )
        mark_label(self.summary_text, self.name)

    def confirm(self) -> None:
        try:
            self.booking = self.service.book(
                start=self.slot.start,
                consultant_id=None,
                field_id=self.field_id,
                name=self.name,
                phone=self.phone,
                consent=self.consent,
            )
        except SlotTaken as err:
            self._back_to_times(err)
            return
        except KioskError as err:
            self.summary_error.setText(self.words.refusal(err))
            self.summary_error.show()
            return
        self._fill_done()
        self._go(DONE)
        # The confirmation page is the visible equivalent of this sound (K23).
        self.context.sounds.completed()

    def _back_to_times(self, refusal: SlotTaken) -> None:
        # Someone else was faster: fresh times for the same day, with the reason on top.
        self._show_times()
        self.time_notice.setText(self.words.refusal(refusal))
        self.time_notice.show()
        self._go(TIME)

    def availability_changed(self, day_text: str) -> None:
        """A kiosk (this one or another) booked or cancelled on `day_text` ("" = any day): show it now."""
        page = self.pages.currentIndex()
        if page == DAY and (not day_text or day_text[:7] == "{:04d}-{:02d}".format(*self.month)):
            self._show_month()
        elif day_text not in ("", self.day.isoformat()):
            return
        elif page == TIME:
            self._show_times()
        elif page in (DETAILS, CONSENT, SUMMARY) and not self._chosen_time_still_free():
            # Say so now, not after the resident has typed their details and agreed.
            self._back_to_times(SlotTaken())

    def _chosen_time_still_free(self) -> bool:
        free = self._guarded(lambda: self.service.free_slots(self.day, self.field_id))
        return free is None or any(slot.start == self.slot.start for slot in free)  # type: ignore[union-attr]

    def _fill_done(self) -> None:
        booking = self.booking
        field = self.service.catalogue.field(booking.field_id)
        self.code_label.setText(format_code(booking.code))
        self.done_text.setText(
            self.tr("{day}, {time}\n{field} with {consultant}\nMobile phone: {phone}\n{how}").format(
                how=self.tr("At your time, open the Tax Consultation Room (QR code on your slip)."),
                day=long_date(booking.start.date()),
                time=time_range(booking.start, booking.end),
                field=field.name(language()),
                consultant=booking.consultant_name,
                phone=booking.masked_phone,
            )
        )
        mark_label(self.done_text, booking.consultant_name)

    def print_slip(self) -> None:
        """Print the slip (or show it where no printer is attached)."""
        station = self.context.config.station
        field = self.service.catalogue.field(self.booking.field_id)
        slip = BookingSlip(self).slip(
            self.booking, field.name(language()), station.consultation_room_url, station.staff_phone
        )
        self.slip_overlay.print_slip(slip)

    # --- screen contract -----------------------------------------------------------------------------

    def _go(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.retranslateUi()
        self.header_changed.emit()

    def _guarded(self, action: Callable[[], object]) -> object:
        try:
            return action()
        except KioskError as err:
            self.day_notice.setText(self.words.refusal(err))
            self.day_notice.setProperty(_SHOWS_HINT, False)
            return None

    def current_step(self) -> int:
        return self.pages.currentIndex()

    def title(self) -> str:
        return self.tr("Consultations")

    def step(self) -> tuple[int, int] | None:
        page = self.pages.currentIndex()
        return (page + 1, STEPS) if page < DONE else None

    def go_back(self) -> bool:
        page = self.pages.currentIndex()
        if page in (FIELD, DONE):
            return False
        self._go(page - 1)
        if page - 1 == DAY:
            self._show_month()  # availability may have changed meanwhile
        return True

    def entered(self) -> None:
        if self.pages.currentIndex() == DONE:
            # Code plus the masked phone's last four digits are enough to cancel: the next resident
            # must start afresh, not find the last one's booking on screen.
            self.reset()
        if self.pages.currentIndex() == DAY:
            self._show_month()

    def reset(self) -> None:
        self.field_id = ""
        self.month = (0, 0)
        self.days: list[DayAvailability] = []
        self.day: date = date.min
        self.slot: Slot | None = None  # type: ignore[assignment]
        self.name = ""
        self.phone = ""
        self.consent = False
        self.booking: Booking | None = None  # type: ignore[assignment]
        self.name_edit.clear()
        self.phone_edit.clear()
        if hasattr(self, "slip_overlay"):
            self.slip_overlay.dismiss()
        self.code_label.clear()
        self.done_text.clear()
        self.summary_text.clear()
        self.day_notice.clear()
        for label in (self.details_error, self.consent_error, self.summary_error, self.time_notice):
            label.hide()
        self.pages.setCurrentIndex(FIELD)

    def retranslateUi(self) -> None:
        lang = language()
        self.field_prompt.setText(self.tr("What would you like to talk about?"))
        for field in self.service.catalogue.fields:
            self.field_buttons[field.id].setText(f"{field.name(lang)}\n{field.hint(lang)}")
        self.lookup_button.setText(self.tr("Check or cancel my booking"))
        self.calendar.previous_button.setText(self.tr("◀ Previous month"))
        self.calendar.next_button.setText(self.tr("Next month ▶"))
        self.calendar.set_weekday_names(self.words.weekday_names())
        if self.field_id and self.month != (0, 0) and self.pages.currentIndex() == DAY:
            self._show_month()
        # The hint in the new language too; an explanation of a day tapped stays until the next tap.
        if not self.day_notice.text() or self.day_notice.property(_SHOWS_HINT):
            self.day_notice.setText(
                self.tr("Choose a day marked ✓. Tap any other day to see why it is closed.")
            )
            self.day_notice.setProperty(_SHOWS_HINT, True)
        if self.pages.currentIndex() == TIME:
            self.time_prompt.setText(self._time_prompt_text(bool(self.time_buttons)))
        self.details_prompt.setText(self.tr("Your name and mobile phone number"))
        self.name_label.setText(self.tr("Name"))
        self.phone_label.setText(self.tr("Mobile phone number (e.g. 010-1234-5678)"))
        self.details_next.setText(self.tr("Next"))
        self.consent_title.setText(self.tr("Consent to the collection and use of personal data"))
        self.consent_text.setText(
            self.tr(
                "Purpose: to book your tax consultation and to contact you about it.\n"
                "Items collected: name and mobile phone number.\n"
                "Retention: deleted {days} days after the consultation date.\n"
                "You may refuse; without consent we cannot book at this kiosk."
            ).format(days=self.service.retention_days)
        )
        self.refuse_button.setText(self.tr("I do not agree"))
        self.agree_button.setText(self.tr("I agree"))
        self.summary_title.setText(self.tr("Please check your booking"))
        if self.slot is not None and self.pages.currentIndex() == SUMMARY:
            self._fill_summary()
        self.confirm_button.setText(self.tr("Confirm booking"))
        self.done_title.setText(self.tr("Your consultation is booked."))
        self.code_caption.setText(self.tr("Your booking code"))
        if self.booking is not None and self.pages.currentIndex() == DONE:
            self._fill_done()
        self.print_button.setText(self.tr("Print slip"))
        self.finish_button.setText(self.tr("Finish"))

    def screenshot_states(self) -> list[tuple[str, Callable[[], None]]]:
        """Every step of the flow with demo input, for `kiosk screenshot`."""

        def first_free_day() -> None:
            self.choose_field("national")
            day = next(d for d in self.days if d.status is DayStatus.AVAILABLE)
            self.choose_day(day)

        def closed_day_tapped() -> None:
            self.choose_field("national")
            closed = next(d for d in self.days if d.status is DayStatus.CLOSED)
            self.choose_day(closed)

        def details() -> None:
            first_free_day()
            self.choose_time(self._first_free_slot())
            self.name_edit.setText("홍길동")
            self.phone_edit.setText("010-1234-5678")

        def consent() -> None:
            details()
            self.submit_details()

        def summary() -> None:
            consent()
            self.give_consent()

        def done() -> None:
            summary()
            self.confirm()

        return [
            ("calendar", lambda: self.choose_field("national")),
            ("closed-day", closed_day_tapped),
            ("times", first_free_day),
            ("details", details),
            ("consent", consent),
            ("summary", summary),
            ("done", done),
        ]

    def _first_free_slot(self) -> Slot:
        return self.service.free_slots(self.day, self.field_id)[0]
