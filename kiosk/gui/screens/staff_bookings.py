"""The bookings desk: a day's bookings per consultant; attended, no-show, cancel, reprint, export,
booking for a caller and closures. Phones are masked here as everywhere on screen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QStackedWidget, QVBoxLayout, QWidget

from kiosk.app_context import AppContext
from kiosk.domain.booking import Booking, BookingStatus
from kiosk.domain.booking_code import format_code
from kiosk.domain.closed_days import ClosurePart
from kiosk.domain.errors import KioskError
from kiosk.gui.booking_slip import BookingSlip
from kiosk.gui.booking_text import BookingText, language, long_date, time_range
from kiosk.gui.live_refresh import LiveRefresh
from kiosk.gui.peoples_text import mark_item, mark_label
from kiosk.gui.screens.staff_base import StaffScreen
from kiosk.gui.widgets.caller_booking_form import CallerBookingForm
from kiosk.gui.widgets.closure_panel import ClosurePanel
from kiosk.gui.widgets.desk_parts import (
    button_row,
    desk_list,
    empty_notice,
    message_label,
    role_button,
    show_message,
)
from kiosk.gui.widgets.info_widgets import label
from kiosk.gui.widgets.slip_panel import SlipOverlay
from kiosk.services.booking_desk import BookingDesk, DeskDay
from kiosk.services.live_updates import AVAILABILITY

BOOKING_ROLE = Qt.ItemDataRole.UserRole


class StaffBookingsScreen(StaffScreen):
    """Three inner pages: the day's list, the caller form, the closures of the day."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.desk = BookingDesk(context.booking, context.config.staff.export_path())
        self.words = BookingText(self)
        self.day = self.desk.booking.today()
        self.desk_day: DeskDay | None = None
        self.desk_pages = QStackedWidget(objectName="deskPages")
        self.list_page = self._build_list_page()
        self.caller_form = CallerBookingForm(self.desk, self.words)
        self.caller_form.booked.connect(self._booked_for_caller)
        self.caller_form.closed.connect(self.show_list)
        self.closure_panel = ClosurePanel(self.desk)
        self.closure_panel.changed.connect(self.refresh)
        self.closure_panel.closed.connect(self.show_list)
        for page in (self.list_page, self.caller_form, self.closure_panel):
            self.desk_pages.addWidget(page)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.desk_pages)
        self.slip_overlay = SlipOverlay(self, context.printing)
        self.live = LiveRefresh(self, context.live_updates, AVAILABILITY, self.availability_changed)
        self.retranslateUi()

    def _build_list_page(self) -> QWidget:
        page = QWidget(objectName="deskListPage")
        self.previous_button = role_button("deskPreviousDay")
        self.today_button = role_button("deskToday")
        self.next_button = role_button("deskNextDay")
        self.week_button = role_button("deskNextWeek")
        for button, step in (
            (self.previous_button, -1),
            (self.next_button, 1),
            (self.week_button, 7),
        ):
            button.clicked.connect(lambda _=False, s=step: self.show_day(self.day + timedelta(days=s)))
        self.today_button.clicked.connect(lambda: self.show_day(self.desk.booking.today()))
        self.day_label = label(role="subtitle", object_name="deskDayLabel")
        self.closure_label = label(role="notice", object_name="deskClosureLabel")
        self.rows = desk_list("deskBookings")
        self.empty_label = empty_notice("deskEmptyDay")
        self.rows.itemSelectionChanged.connect(self._selection_changed)
        self.attended_button = role_button("deskAttended", "primary")
        self.no_show_button = role_button("deskNoShow")
        self.cancel_button = role_button("deskCancel", "danger")
        self.reprint_button = role_button("deskReprint")
        self.attended_button.clicked.connect(lambda: self.mark(BookingStatus.ATTENDED))
        self.no_show_button.clicked.connect(lambda: self.mark(BookingStatus.NO_SHOW))
        self.cancel_button.clicked.connect(self.ask_cancel)
        self.reprint_button.clicked.connect(self.reprint)
        self.confirm_label = label(role="error", object_name="deskConfirmLabel")
        self.confirm_yes = role_button("deskConfirmCancel", "danger")
        self.confirm_no = role_button("deskKeepBooking")
        self.confirm_yes.clicked.connect(self.confirm_cancel)
        self.confirm_no.clicked.connect(self._hide_confirm)
        self.confirm_bar = QWidget(objectName="deskConfirmBar")
        confirm_layout = QVBoxLayout(self.confirm_bar)
        confirm_layout.setContentsMargins(0, 0, 0, 0)
        confirm_layout.addWidget(self.confirm_label)
        confirm_layout.addLayout(button_row(self.confirm_no, self.confirm_yes, stretch_first=True))
        self.caller_button = role_button("deskBookCaller", "primary")
        self.export_button = role_button("deskExport")
        self.closures_button = role_button("deskClosures")
        self.caller_button.clicked.connect(self.show_caller_form)
        self.export_button.clicked.connect(self.export_day)
        self.closures_button.clicked.connect(self.show_closures)
        self.message = message_label("deskMessage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(
            button_row(self.previous_button, self.today_button, self.next_button, self.week_button)
        )
        layout.addWidget(self.day_label)
        layout.addWidget(self.closure_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.rows, 1)
        layout.addLayout(
            button_row(self.attended_button, self.no_show_button, self.reprint_button, self.cancel_button)
        )
        layout.addWidget(self.confirm_bar)
        layout.addWidget(self.message)
        layout.addLayout(button_row(self.caller_button, self.closures_button, self.export_button))
        return page

    # --- the day's list ------------------------------------------------------------------------------

    def show_day(self, day: date) -> None:
        self.day = day
        self.message.hide()
        self.refresh()

    def availability_changed(self, day_text: str) -> None:
        """Another kiosk, console or the website booked or cancelled: reload the day shown, unless staff
        are in the middle of something (a confirmation, the caller form), which keeps its own check."""
        if day_text not in ("", self.day.isoformat()):
            return
        if self.desk_pages.currentWidget() is self.list_page and self.confirm_bar.isHidden():
            self.refresh()

    def refresh(self) -> None:
        """Reload the day from the database (other kiosks and the website may have booked meanwhile)."""
        selected = self.selected_booking()
        self.desk_day = self.desk.day(self.day)
        self.rows.clear()
        self._hide_confirm()
        lang = language()
        for consultant in self.desk_day.consultants:
            bookings = self.desk_day.bookings_of(consultant.id)
            if not bookings:
                continue
            heading = QListWidgetItem(f"{consultant.name}  ·  {len(bookings)}")
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            mark_item(heading, consultant.name)
            self.rows.addItem(heading)
            for booking in bookings:
                item = QListWidgetItem(self._describe(booking, lang))
                item.setData(BOOKING_ROLE, booking)
                mark_item(item, booking.name)
                self.rows.addItem(item)
                if selected is not None and booking.code == selected.code:
                    self.rows.setCurrentItem(item)
        self.empty_label.setText(self.tr("No bookings on this day."))
        self.empty_label.setVisible(not self.desk_day.bookings)
        self._retranslate_day()
        self._selection_changed()

    def selected_booking(self) -> Booking | None:
        item = self.rows.currentItem()
        booking = item.data(BOOKING_ROLE) if item is not None else None
        return booking if isinstance(booking, Booking) else None

    def select(self, code: str) -> None:
        """Choose the booking with `code` in the list (tests and the caller form use it)."""
        for index in range(self.rows.count()):
            booking = self.rows.item(index).data(BOOKING_ROLE)
            if isinstance(booking, Booking) and booking.code == code:
                self.rows.setCurrentRow(index)
                return
        raise LookupError(code)

    def _describe(self, booking: Booking, lang: str) -> str:
        field = self.desk.booking.catalogue.field(booking.field_id).name(lang)
        status = self._status_text(booking.status)
        name = booking.name or self.tr("(erased)")
        return (
            f"{time_range(booking.start, booking.end)}   {field}   {status}\n"
            f"{name}   {booking.masked_phone}   {format_code(booking.code)}"
        )

    def _status_text(self, status: BookingStatus) -> str:
        return {
            BookingStatus.ACTIVE: self.tr("Booked"),
            BookingStatus.ATTENDED: self.tr("✓ Attended"),
            BookingStatus.NO_SHOW: self.tr("✕ No-show"),
            BookingStatus.CANCELLED: self.tr("– Cancelled"),
        }[status]

    def _selection_changed(self) -> None:
        booking = self.selected_booking()
        kept = booking is not None and booking.status is not BookingStatus.CANCELLED
        markable = kept and self.desk.can_mark(self.day)
        self.attended_button.setEnabled(markable and booking.status is not BookingStatus.ATTENDED)
        self.no_show_button.setEnabled(markable and booking.status is not BookingStatus.NO_SHOW)
        self.cancel_button.setEnabled(booking is not None and booking.status is BookingStatus.ACTIVE)
        self.reprint_button.setEnabled(kept)
        self._hide_confirm()

    # --- actions -------------------------------------------------------------------------------------

    def mark(self, status: BookingStatus) -> None:
        booking = self.selected_booking()
        if booking is None:
            return
        if not self._attempt(lambda: self.desk.mark(booking.code, status)):
            return
        if status is BookingStatus.ATTENDED:
            text = self.tr("{name} ({time}) attended.")
        else:
            text = self.tr("{name} ({time}) marked as no-show.")
        self._done(text.format(name=booking.name, time=f"{booking.start:%H:%M}"), booking.name)

    def ask_cancel(self) -> None:
        """Cancelling needs a second tap on a clearly worded confirmation (no modal dialog)."""
        booking = self.selected_booking()
        if booking is None:
            return
        self.confirm_label.setText(
            self.tr("Cancel the booking of {name} at {time}? The time becomes free for others.").format(
                name=booking.name, time=f"{booking.start:%H:%M}"
            )
        )
        mark_label(self.confirm_label, booking.name)
        self.confirm_bar.show()

    def confirm_cancel(self) -> None:
        booking = self.selected_booking()
        self._hide_confirm()
        if booking is None:
            return
        if self._attempt(lambda: self.desk.cancel(booking.code)):
            self._done(
                self.tr("The booking of {name} at {time} is cancelled.").format(
                    name=booking.name, time=f"{booking.start:%H:%M}"
                ),
                booking.name,
            )

    def reprint(self) -> None:
        """Print the booking's slip again (or show it where there is no printer)."""
        booking = self.selected_booking()
        if booking is None:
            return
        station = self.context.config.station
        field = self.desk.booking.catalogue.field(booking.field_id)
        slip = BookingSlip(self).slip(
            booking, field.name(language()), station.consultation_room_url, station.staff_phone
        )
        self.slip_overlay.print_slip(slip)

    def export_day(self) -> None:
        try:
            path = self.desk.export_day(self.day)
        except OSError as err:
            show_message(
                self.message,
                self.tr("The list could not be written to {folder}: {reason}").format(
                    folder=self.desk.export_dir, reason=err.strerror or type(err).__name__
                ),
                error=True,
            )
            return
        show_message(self.message, self.tr("The day's list was saved as {path}").format(path=path))

    def show_caller_form(self) -> None:
        self.caller_form.start(self.day)
        self.desk_pages.setCurrentWidget(self.caller_form)

    def show_closures(self) -> None:
        self.closure_panel.start(self.day)
        self.desk_pages.setCurrentWidget(self.closure_panel)

    def show_list(self) -> None:
        self.desk_pages.setCurrentWidget(self.list_page)
        self.refresh()

    def _booked_for_caller(self, booking: Booking) -> None:
        self.show_list()
        self.select(booking.code)
        show_message(
            self.message,
            self.tr("Booked for {name} at {time}: code {code}. Tell the caller the code.").format(
                name=booking.name, time=f"{booking.start:%H:%M}", code=format_code(booking.code)
            ),
            written=(booking.name,),
        )

    def _attempt(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except KioskError:
            show_message(
                self.message, self.tr("This booking was changed elsewhere; the list is reloaded."), error=True
            )
            self.refresh()
            return False
        return True

    def _done(self, text: str, name: str) -> None:
        self.refresh()
        show_message(self.message, text, written=(name,))

    def _hide_confirm(self) -> None:
        self.confirm_bar.hide()

    # --- screen contract -----------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Bookings desk")

    def go_back(self) -> bool:
        if self.desk_pages.currentWidget() is not self.list_page:
            self.show_list()
            return True
        return False

    def reset(self) -> None:
        self.day = self.desk.booking.today()
        self.desk_day = None
        self.rows.clear()
        self.empty_label.hide()
        self.message.hide()
        self._hide_confirm()
        self.caller_form.reset()
        self.closure_panel.reset()
        self.slip_overlay.dismiss()
        self.desk_pages.setCurrentWidget(self.list_page)

    def _retranslate_day(self) -> None:
        self.day_label.setText(long_date(self.day))
        closures = self.desk_day.closures if self.desk_day else ()
        if closures:
            parts = {
                ClosurePart.DAY: self.tr("closed all day"),
                ClosurePart.MORNING: self.tr("closed in the morning"),
                ClosurePart.AFTERNOON: self.tr("closed in the afternoon"),
            }
            self.closure_label.setText(", ".join(parts[c.part] for c in closures))
            self.closure_label.show()
        else:
            self.closure_label.hide()

    def retranslateUi(self) -> None:
        super().retranslateUi()
        self.previous_button.setText(self.tr("◀ Previous day"))
        self.today_button.setText(self.tr("Today"))
        self.next_button.setText(self.tr("Next day ▶"))
        self.week_button.setText(self.tr("One week later ▶▶"))
        self.attended_button.setText(self.tr("Attended"))
        self.no_show_button.setText(self.tr("No-show"))
        self.cancel_button.setText(self.tr("Cancel booking"))
        self.reprint_button.setText(self.tr("Reprint slip"))
        self.confirm_yes.setText(self.tr("Yes, cancel it"))
        self.confirm_no.setText(self.tr("No, keep it"))
        self.caller_button.setText(self.tr("Book for a caller"))
        self.closures_button.setText(self.tr("Close or reopen this day"))
        self.export_button.setText(self.tr("Export the day's list (CSV)"))
        self.caller_form.retranslateUi()
        self.closure_panel.retranslateUi()
        if self.session.active and self.desk_day is not None:
            self.refresh()

    def screenshot_states(self) -> list[tuple[str, Callable[[], None]]]:
        def bookable_day() -> None:
            self._sign_in_for_screenshot()
            day = self.desk.booking.rules.first_bookable_day(self.desk.booking.today())
            while not self.desk.booking.free_slots(day, "national"):
                day += timedelta(days=1)
            if not self.desk.day(day).bookings:  # the screenshots' throw-away database
                for slot, (name, phone) in zip(
                    self.desk.booking.free_slots(day, "national"),
                    (("홍길동", "010-1234-5678"), ("김민지", "010-9876-5432")),
                    strict=False,
                ):
                    self.desk.book_for_caller(
                        start=slot.start, field_id="national", name=name, phone=phone, consent=True
                    )
            self.show_day(day)

        def caller_form() -> None:
            bookable_day()
            self.show_caller_form()
            self.caller_form.name_edit.setText("홍길동")
            self.caller_form.phone_edit.setText("010-1234-5678")

        def closures() -> None:
            bookable_day()
            self.show_closures()

        return [
            *super().screenshot_states(),
            ("bookable-day", bookable_day),
            ("caller", caller_form),
            ("closures", closures),
        ]
