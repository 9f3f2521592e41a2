"""Building blocks of the booking tests: demo consultants and a service with a clock set by hand."""

from __future__ import annotations

from datetime import date, datetime, time

from kiosk.domain.clock import SEOUL, ManualClock
from kiosk.services.booking import BookingService, load_demo_consultants
from kiosk.storage.database import Database

# A Wednesday: the first bookable day is Wednesday 2026-12-02.
TODAY = date(2026, 11, 25)
BOOKABLE_DAY = date(2026, 12, 3)  # Thursday


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=SEOUL)


def booking_service(database: Database, today: date = TODAY) -> BookingService:
    """A service on `database` with the demo consultants, at 09:00 on `today`."""
    load_demo_consultants(database)
    return BookingService(database, ManualClock(at(today, 9)))
