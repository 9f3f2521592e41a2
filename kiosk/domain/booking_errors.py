"""Why a booking, look-up or cancellation was refused. The GUI maps each type to a translated message."""

from __future__ import annotations

from datetime import date

from kiosk.domain.closed_days import ClosedReason
from kiosk.domain.errors import KioskError
from kiosk.domain.names import InvalidName
from kiosk.domain.phone import InvalidPhone

__all__ = [
    "AttendanceTooEarly",
    "BookingError",
    "ConsentMissing",
    "DayClosed",
    "InPast",
    "InvalidName",
    "InvalidPhone",
    "InvalidSlot",
    "NotFound",
    "PhoneLimitReached",
    "SlotTaken",
    "TooEarly",
    "TooLate",
]


class BookingError(KioskError):
    """Base of the refusals of the consultation booking rules."""


class SlotTaken(BookingError):
    def __init__(self) -> None:
        super().__init__("This time has already been taken. Please choose another time.")


class InPast(BookingError):
    def __init__(self) -> None:
        super().__init__("This time has already passed.")


class TooEarly(BookingError):
    """Inside the minimum notice period: the first bookable day is `first_day`."""

    def __init__(self, first_day: date, min_notice_days: int) -> None:
        super().__init__(
            f"Consultations must be booked at least {min_notice_days} days ahead; "
            f"the first day you can book is {first_day.isoformat()}."
        )
        self.first_day = first_day
        self.min_notice_days = min_notice_days


class TooLate(BookingError):
    """Beyond the booking horizon: the last bookable day is `last_day`."""

    def __init__(self, last_day: date, horizon_days: int) -> None:
        super().__init__(
            f"Consultations can be booked at most {horizon_days} days ahead; "
            f"the last day you can book is {last_day.isoformat()}."
        )
        self.last_day = last_day
        self.horizon_days = horizon_days


class DayClosed(BookingError):
    """No consultations then: a weekend, a public holiday or a closure staff entered."""

    def __init__(self, day: date, reason: ClosedReason) -> None:
        super().__init__(f"There are no consultations on {day.isoformat()}: {reason.text('en')}.")
        self.day = day
        self.reason = reason


class PhoneLimitReached(BookingError):
    def __init__(self, day: date, limit: int) -> None:
        times = "one consultation" if limit == 1 else f"{limit} consultations"
        super().__init__(f"This phone number already has {times} booked on {day.isoformat()}.")
        self.day = day
        self.limit = limit


class NotFound(BookingError):
    def __init__(self) -> None:
        super().__init__("No active booking matches this code and these phone digits.")


class ConsentMissing(BookingError):
    def __init__(self) -> None:
        super().__init__("A booking needs your consent to the collection of your name and phone number.")


class InvalidSlot(BookingError):
    """The time is not a slot of this consultant for this field (off the grid, wrong field, inactive)."""


class AttendanceTooEarly(BookingError):
    """Staff can mark attended or no-show from the consultation's day on, not before."""

    def __init__(self, day: date) -> None:
        super().__init__(f"Attendance can be marked from {day.isoformat()} on.")
        self.day = day
