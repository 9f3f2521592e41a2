"""Translated words of the booking screens: refusals, day statuses, dates and times."""

from __future__ import annotations

import logging
from datetime import date, datetime

from PySide6.QtCore import QObject

from kiosk.domain.booking import DayAvailability, DayStatus
from kiosk.domain.booking_errors import (
    ConsentMissing,
    DayClosed,
    InPast,
    InvalidName,
    InvalidPhone,
    InvalidSlot,
    NotFound,
    PhoneLimitReached,
    SlotTaken,
    TooEarly,
    TooLate,
)
from kiosk.domain.consultation import UnknownField
from kiosk.domain.errors import KioskError
from kiosk.domain.names import MAX_NAME_LENGTH
from kiosk.gui.widgets.info_widgets import MONTHS_EN as ENGLISH_MONTHS
from kiosk.gui.widgets.info_widgets import WEEKDAYS_KO as KOREAN_WEEKDAYS
from kiosk.gui.widgets.info_widgets import current_language

log = logging.getLogger(__name__)

# Spelled out: strftime would follow the machine's C locale, which may be Korean on the kiosk.
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


# One definition of the month names and of "which language is on screen" for every screen.
language = current_language


class BookingText(QObject):
    """One place for the booking screens' translated sentences (context "BookingText")."""

    def refusal(self, error: KioskError) -> str:
        """The resident-facing sentence for a refusal of the booking rules."""
        if isinstance(error, SlotTaken):
            return self.tr("Sorry, someone else has just taken this time. Please choose another time.")
        if isinstance(error, TooEarly):
            return self.tr("Consultations must be booked at least {days} days ahead.").format(
                days=error.min_notice_days
            )
        if isinstance(error, TooLate):
            return self.tr("Consultations can be booked at most {days} days ahead.").format(
                days=error.horizon_days
            )
        if isinstance(error, DayClosed):
            return self.tr("There are no consultations on this day: {reason}.").format(
                reason=error.reason.text(language())
            )
        if isinstance(error, InPast):
            return self.tr("This time has already passed. Please choose another time.")
        if isinstance(error, InvalidName):
            return self.tr(
                "Please enter your name ({max} characters at most) in Korean or Latin letters."
            ).format(max=MAX_NAME_LENGTH)
        if isinstance(error, InvalidPhone):
            return self.tr("Please enter a mobile phone number such as 010-1234-5678.")
        if isinstance(error, PhoneLimitReached):
            return self.tr("This phone number already has a consultation booked on that day.")
        if isinstance(error, NotFound):
            return self.tr("No booking matches this code and these four digits. Please check them.")
        if isinstance(error, ConsentMissing):
            return self.tr("We can only book a consultation with your consent to the use of your details.")
        if isinstance(error, InvalidSlot | UnknownField):
            return self.tr("This time cannot be booked. Please choose another time.")
        log.warning("no translated message for %s", type(error).__name__)
        return self.tr("This cannot be done here. Staff can help you.")

    def day_status(self, day: DayAvailability) -> str:
        """The short word under a day number on the calendar (shape and words, not colour alone)."""
        if day.status is DayStatus.AVAILABLE:
            return self.tr("✓ {count} free").format(count=day.free_slots)
        if day.status is DayStatus.FULL:
            return self.tr("✕ Full")
        if day.status is DayStatus.CLOSED:
            return self.tr("– Closed")
        if day.status is DayStatus.TOO_EARLY:
            return self.tr("Too soon")
        if day.status is DayStatus.TOO_LATE:
            return self.tr("Not yet open")
        return ""

    def day_explanation(self, day: DayAvailability, min_notice: int, horizon: int) -> str:
        """Why a day cannot be chosen, shown when the resident taps it."""
        when = long_date(day.day)
        if day.status is DayStatus.FULL:
            return self.tr("{day}: every time is already booked.").format(day=when)
        if day.status is DayStatus.CLOSED:
            if day.reason is None:
                return self.tr("{day}: no consultations.").format(day=when)
            return self.tr("{day}: no consultations ({reason}).").format(
                day=when, reason=day.reason.text(language())
            )
        if day.status is DayStatus.TOO_EARLY:
            return self.tr("{day}: consultations must be booked at least {days} days ahead.").format(
                day=when, days=min_notice
            )
        if day.status is DayStatus.TOO_LATE:
            return self.tr("{day}: bookings open {days} days ahead.").format(day=when, days=horizon)
        if day.status is DayStatus.PAST:
            return self.tr("{day} has passed.").format(day=when)
        return ""

    def weekday_names(self) -> list[str]:
        if language() == "ko":
            return list(KOREAN_WEEKDAYS)
        return [name[:3] for name in ENGLISH_WEEKDAYS]

    def month_title(self, year: int, month: int) -> str:
        if language() == "ko":
            return f"{year}년 {month}월"
        return f"{ENGLISH_MONTHS[month - 1]} {year}"


def long_date(day: date) -> str:
    """3 December 2026 (Thursday) / 2026년 12월 3일 (목)."""
    if language() == "ko":
        return f"{day.year}년 {day.month}월 {day.day}일 ({KOREAN_WEEKDAYS[day.weekday()]})"
    return f"{ENGLISH_WEEKDAYS[day.weekday()]} {day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}"


def time_range(start: datetime, end: datetime) -> str:
    """10:00 – 10:20 (24-hour clock in both languages, as on the district's announcement)."""
    return f"{start:%H:%M} – {end:%H:%M}"
