"""Checking in at the kiosk for a booked video consultation: when it is allowed and where the room is."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from urllib.parse import quote

from kiosk.domain.booking import Booking, BookingStatus
from kiosk.domain.errors import KioskError


class CheckInError(KioskError):
    """Base of the refusals of a check-in; the GUI says each in the resident's language."""


class CheckInUnknown(CheckInError):
    def __init__(self) -> None:
        super().__init__("No booking matches this code (and name or phone digits).")


class CheckInCancelled(CheckInError):
    def __init__(self) -> None:
        super().__init__("This booking was cancelled.")


class CheckInTooEarly(CheckInError):
    """Before the check-in window: `opens_at` is the first moment the resident may check in."""

    def __init__(self, opens_at: datetime) -> None:
        super().__init__(f"Check-in opens at {opens_at:%H:%M} on {opens_at:%Y-%m-%d}.")
        self.opens_at = opens_at


class CheckInTooLate(CheckInError):
    """After the slot's end (or a consultation already marked no-show)."""

    def __init__(self, ended_at: datetime) -> None:
        super().__init__(f"This consultation ended at {ended_at:%H:%M} on {ended_at:%Y-%m-%d}.")
        self.ended_at = ended_at


class NoRoomConfigured(CheckInError):
    def __init__(self) -> None:
        super().__init__("No video room address is configured for this consultation.")


class VisitStage(StrEnum):
    """Where a checked-in resident is, for the staff console's list."""

    CHECKED_IN = "checked_in"  # checking camera and microphone
    WAITING = "waiting"  # in the room, the accountant not yet there
    IN_CALL = "in_call"
    ENDED = "ended"


@dataclass(frozen=True)
class VideoVisit:
    """A booking checked in at a kiosk today, as the staff console lists it."""

    code: str
    consultant_id: str
    consultant_name: str
    start: datetime
    end: datetime
    room_url: str
    stage: VisitStage
    checked_in_at: datetime
    stage_at: datetime


@dataclass(frozen=True)
class CheckInRules:
    """The window: from `early_minutes` before the slot to its end; the call may run `grace_minutes` over."""

    early_minutes: int = 10
    grace_minutes: int = 5

    def check(self, booking: Booking | None, now: datetime) -> None:
        """Raise the refusal that applies to checking in `booking` at `now`, or return."""
        if booking is None:
            raise CheckInUnknown()
        if booking.status is BookingStatus.CANCELLED:
            raise CheckInCancelled()
        if booking.status is BookingStatus.NO_SHOW or now >= booking.end:
            raise CheckInTooLate(booking.end)
        opens_at = self.opens_at(booking)
        if now < opens_at:
            raise CheckInTooEarly(opens_at)

    def opens_at(self, booking: Booking) -> datetime:
        return booking.start - timedelta(minutes=self.early_minutes)

    def call_ends_at(self, booking: Booking) -> datetime:
        """When the kiosk ends the call by itself: the slot's end plus the grace."""
        return booking.end + timedelta(minutes=self.grace_minutes)


def room_number(code: str) -> int:
    """A Janus videoroom number for a booking: stable, six to nine digits, not the code itself."""
    return 100_000 + int(hashlib.sha256(code.encode()).hexdigest()[:8], 16) % 900_000_000


RESIDENT = "resident"
ACCOUNTANT = "accountant"


def room_url(pattern: str, code: str, consultant_id: str, role: str = RESIDENT) -> str:
    """Fill `{room}`, `{code}`, `{consultant}` and `{role}` ("resident" at the kiosk, "accountant" on the
    staff console) of a configured room address for the booking with `code`."""
    return pattern.format(
        room=room_number(code),
        code=quote(code, safe=""),
        consultant=quote(consultant_id, safe=""),
        role=role,
    )
