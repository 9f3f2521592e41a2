"""Consultation booking rules: which slots exist, which days can be booked, and how a month looks."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from kiosk.domain.booking_errors import DayClosed, InPast, InvalidSlot, TooEarly, TooLate
from kiosk.domain.clock import SEOUL
from kiosk.domain.closed_days import ClosedReason, Closure, HolidayCalendar
from kiosk.domain.consultation import Schedule
from kiosk.domain.phone import mask_phone


class BookingStatus(StrEnum):
    ACTIVE = "active"
    CANCELLED = "cancelled"
    ATTENDED = "attended"
    NO_SHOW = "no_show"


class BookingSource(StrEnum):
    KIOSK = "kiosk"
    WEB = "web"
    PHONE = "phone"
    STAFF = "staff"


@dataclass(frozen=True)
class Consultant:
    """A tax accountant who takes consultations in some fields."""

    id: str
    name: str
    fields: tuple[str, ...]
    active: bool = True

    def covers(self, field_id: str | None) -> bool:
        """Whether this consultant takes consultations in `field_id` (None: any field)."""
        return self.active and (field_id is None or field_id in self.fields)


@dataclass(frozen=True)
class Slot:
    """One consultant's 20-minute consultation time and whether it is still free."""

    consultant_id: str
    consultant_name: str
    fields: tuple[str, ...]
    start: datetime
    end: datetime
    free: bool


@dataclass(frozen=True)
class Booking:
    code: str
    consultant_id: str
    consultant_name: str
    start: datetime
    end: datetime
    field_id: str
    name: str
    phone: str
    status: BookingStatus
    source: BookingSource
    created_at: datetime

    @property
    def masked_phone(self) -> str:
        return mask_phone(self.phone)


@dataclass(frozen=True)
class BookingRequest:
    """What a resident (or a website import row) asks for, already normalised."""

    start: datetime
    consultant_id: str
    field_id: str
    name: str
    phone: str
    source: BookingSource = BookingSource.KIOSK


class DayStatus(StrEnum):
    AVAILABLE = "available"
    FULL = "full"
    CLOSED = "closed"
    TOO_EARLY = "too_early"
    TOO_LATE = "too_late"
    PAST = "past"


@dataclass(frozen=True)
class DayAvailability:
    """One day of the month calendar; `reason` is set when the day is closed."""

    day: date
    status: DayStatus
    free_slots: int = 0
    reason: ClosedReason | None = None


@dataclass(frozen=True)
class BookingRules:
    """The configurable limits (kiosk.config.BookingSection) plus the hours and the holiday calendar."""

    schedule: Schedule
    calendar: HolidayCalendar
    min_notice_days: int = 7
    horizon_days: int = 60
    max_bookings_per_phone_per_day: int = 1

    def first_bookable_day(self, today: date) -> date:
        return today + timedelta(days=self.min_notice_days)

    def last_bookable_day(self, today: date) -> date:
        return today + timedelta(days=self.horizon_days)

    def window_status(self, day: date, today: date) -> tuple[DayStatus, ClosedReason | None] | None:
        """Why `day` cannot be booked at all (past, weekend/holiday, too early, too late), or None."""
        if day < today:
            return DayStatus.PAST, None
        # Weekends and holidays show as such even inside the notice period: residents recognise them.
        reason = self.calendar.closed_reason(day)
        if reason is not None:
            return DayStatus.CLOSED, reason
        if day < self.first_bookable_day(today):
            return DayStatus.TOO_EARLY, None
        if day > self.last_bookable_day(today):
            return DayStatus.TOO_LATE, None
        return None

    def check_start(self, start: datetime, now: datetime, *, enforce_notice: bool = True) -> None:
        """Refuse a start that has passed, is too early or too late, or falls on a closed day."""
        local = start.astimezone(SEOUL)
        today = now.astimezone(SEOUL).date()
        if not self.schedule.is_slot_start(local):
            raise InvalidSlot(f"{local.isoformat()} is not the start of a consultation slot.")
        if local <= now:
            raise InPast()
        status = self.window_status(local.date(), today)
        if status is None:
            return
        kind, reason = status
        if kind is DayStatus.CLOSED and reason is not None:
            raise DayClosed(local.date(), reason)
        if enforce_notice and kind is DayStatus.TOO_EARLY:
            raise TooEarly(self.first_bookable_day(today), self.min_notice_days)
        if enforce_notice and kind is DayStatus.TOO_LATE:
            raise TooLate(self.last_bookable_day(today), self.horizon_days)

    def slots_of_day(
        self,
        day: date,
        consultants: Iterable[Consultant],
        closures: Iterable[Closure],
        taken: Collection[tuple[str, datetime]],
        field_id: str | None = None,
    ) -> list[Slot]:
        """Every slot of `day` for the consultants covering `field_id`, minus closures, marked free/taken."""
        day_closures = [c for c in closures if c.day == day]
        slots: list[Slot] = []
        for start in self.schedule.slot_starts(day):
            for consultant in consultants:
                if not consultant.covers(field_id):
                    continue
                if any(c.covers(consultant.id, start) for c in day_closures):
                    continue
                slots.append(
                    Slot(
                        consultant_id=consultant.id,
                        consultant_name=consultant.name,
                        fields=consultant.fields,
                        start=start,
                        end=start + self.schedule.slot_length,
                        free=(consultant.id, start) not in taken,
                    )
                )
        return slots

    def day_availability(
        self,
        day: date,
        today: date,
        consultants: Iterable[Consultant],
        closures: Iterable[Closure],
        taken: Collection[tuple[str, datetime]],
        field_id: str | None = None,
        now: datetime | None = None,
    ) -> DayAvailability:
        """How `day` shows on the month calendar."""
        status = self.window_status(day, today)
        if status is not None:
            return DayAvailability(day, status[0], 0, status[1])
        day_closures = [c for c in closures if c.day == day]
        # Counted without building Slot objects: this runs for every day of the month calendar.
        covering = [c.id for c in consultants if c.covers(field_id)]
        open_slots = free = 0
        for start in self.schedule.slot_starts(day):
            for consultant_id in covering:
                if any(c.covers(consultant_id, start) for c in day_closures):
                    continue
                open_slots += 1
                if (consultant_id, start) not in taken and (now is None or start > now):
                    free += 1
        if not open_slots:
            # Every consultant of this field is closed (or none exists): show the staff's reason.
            reason = day_closures[0].as_reason() if day_closures else None
            return DayAvailability(day, DayStatus.CLOSED, 0, reason)
        return DayAvailability(day, DayStatus.AVAILABLE if free else DayStatus.FULL, free)
