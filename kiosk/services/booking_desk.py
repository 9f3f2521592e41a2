"""The staff bookings desk: a day's bookings, attendance, cancelling, booking for a caller, closures."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from kiosk.domain.booking import Booking, BookingSource, BookingStatus, Consultant, DayAvailability
from kiosk.domain.booking_errors import AttendanceTooEarly, NotFound
from kiosk.domain.closed_days import Closure, ClosurePart
from kiosk.private_files import write_private_text
from kiosk.services.booking import BookingService
from kiosk.services.booking_csv import write_booking_csv
from kiosk.storage import booking as store

log = logging.getLogger(__name__)

EXPORT_PREFIX = "bookings-"


def export_name(day: date) -> str:
    """The file name of `day`'s export (the retention job reads the day back from it)."""
    return f"{EXPORT_PREFIX}{day.isoformat()}.csv"


@dataclass(frozen=True)
class DeskDay:
    """What the desk shows for one day."""

    day: date
    bookings: tuple[Booking, ...]
    closures: tuple[Closure, ...]
    consultants: tuple[Consultant, ...]

    def bookings_of(self, consultant_id: str) -> list[Booking]:
        return [b for b in self.bookings if b.consultant_id == consultant_id]


class BookingDesk:
    """Staff's side of BookingService: the same rules and code, plus what only staff may do."""

    def __init__(self, booking: BookingService, export_dir: Path) -> None:
        self.booking = booking
        self.export_dir = export_dir

    def can_mark(self, day: date) -> bool:
        """Whether bookings of `day` can be marked attended or no-show yet."""
        return day <= self.booking.today()

    def day(self, day: date) -> DeskDay:
        """Every booking of `day` (any status), its closures and the consultants, in one read."""
        with self.booking.database.session() as session:
            return DeskDay(
                day,
                tuple(store.bookings_of_day(session, day)),
                tuple(store.closures_between(session, day, day)),
                tuple(store.list_consultants(session)),
            )

    def mark(self, code: str, status: BookingStatus) -> None:
        """Mark attended or no-show (or correct the mark) from the consultation's day on; NotFound for a
        cancelled or unknown booking."""
        with self.booking.database.write_session() as session:
            booking = store.find_booking(session, code)
            if booking is not None and not self.can_mark(booking.start.date()):
                raise AttendanceTooEarly(booking.start.date())
            if not store.set_attendance(session, code, status):
                raise NotFound()
        log.info("booking %s marked %s", code, status.value)

    def cancel(self, code: str) -> None:
        """Cancel an active booking for the resident (staff need no phone digits); the slot is free again."""
        with self.booking.database.write_session() as session:
            if not store.set_status(session, code, BookingStatus.CANCELLED, when=self.booking.clock.now()):
                raise NotFound()
        log.info("booking %s cancelled by staff", code)

    def day_availability(self, day: date, field_id: str) -> DayAvailability:
        """Whether `day` can be booked for `field_id`, and why not (the resident calendar's answer)."""
        month = self.booking.month_availability(day.year, day.month, field_id)
        return month[day.day - 1]

    def book_for_caller(
        self, *, start: datetime, field_id: str, name: str, phone: str, consent: bool
    ) -> Booking:
        """Book like the resident's path (any free consultant then, every rule) with source "phone"."""
        return self.booking.book(
            start=start,
            consultant_id=None,
            field_id=field_id,
            name=name,
            phone=phone,
            consent=consent,
            source=BookingSource.PHONE,
        )

    def export_day(self, day: date) -> Path:
        """Write the day's list with the import's CSV columns into the export folder; returns the file."""
        target = self.export_dir / export_name(day)
        # utf-8-sig: Excel on the office PCs reads Hangul only with the byte-order mark. 0600: names
        # and phones; the retention job erases it with the bookings (kiosk/services/retention.py).
        write_private_text(target, write_booking_csv(self.booking.bookings_of_day(day)), "utf-8-sig")
        log.info("exported the bookings of %s to %s", day.isoformat(), target)
        return target

    def close(self, day: date, part: ClosurePart, reason: str) -> Closure:
        """Close a day or half day for everyone; bookings already made stay (staff call those residents)."""
        return self.booking.add_closure(Closure(day=day, part=part, reason=reason.strip()))

    def reopen(self, closure: Closure) -> None:
        if closure.id is None or not self.booking.remove_closure(closure.id):
            raise NotFound()
