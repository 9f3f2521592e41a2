"""Days and half days without consultations: weekends, Korean public holidays and staff closures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from functools import cached_property

import holidays

from kiosk.domain.clock import SEOUL
from kiosk.domain.errors import KioskError
from kiosk.domain.plain_text import is_control_character

# Morning and afternoon sessions are split at noon for half-day closures.
NOON = time(12, 0)
# The closure table's reason column (String(200)); PostgreSQL refuses longer text with an error.
MAX_CLOSURE_REASON = 200


class InvalidClosureReason(KioskError):
    """The reason residents would read is too long or holds control characters."""


def check_closure_reason(reason: str) -> str:
    """The reason trimmed; InvalidClosureReason when it cannot be stored and shown as it is."""
    reason = reason.strip()
    if len(reason) > MAX_CLOSURE_REASON or any(is_control_character(char) for char in reason):
        raise InvalidClosureReason(
            f"the reason must be plain text of at most {MAX_CLOSURE_REASON} characters (residents read it)"
        )
    return reason


class ClosedKind(StrEnum):
    WEEKEND = "weekend"
    HOLIDAY = "holiday"
    CLOSURE = "closure"


@dataclass(frozen=True)
class ClosedReason:
    """Why a day is closed, in both languages (holiday names come from the `holidays` package)."""

    kind: ClosedKind
    ko: str
    en: str

    def text(self, language: str) -> str:
        """The reason in "ko" or "en"."""
        return self.ko if language == "ko" else self.en


class ClosurePart(StrEnum):
    DAY = "day"
    MORNING = "morning"
    AFTERNOON = "afternoon"


@dataclass(frozen=True)
class Closure:
    """A day or half day staff closed, for every consultant or one (`consultant_id`)."""

    day: date
    part: ClosurePart
    reason: str
    consultant_id: str | None = None
    id: int | None = None

    def covers(self, consultant_id: str, start: datetime) -> bool:
        """Whether this closure removes the slot of `consultant_id` starting at `start`."""
        local = start.astimezone(SEOUL)
        if local.date() != self.day:
            return False
        if self.consultant_id is not None and self.consultant_id != consultant_id:
            return False
        if self.part is ClosurePart.MORNING:
            return local.time() < NOON
        if self.part is ClosurePart.AFTERNOON:
            return local.time() >= NOON
        return True

    def as_reason(self) -> ClosedReason:
        """The closure as a reason shown to residents (staff type one text for both languages)."""
        return ClosedReason(ClosedKind.CLOSURE, self.reason or "휴무", self.reason or "closed by staff")


class HolidayCalendar:
    """Weekends and Korean public holidays, including substitute and election days (`holidays.KR`)."""

    # Built on first use, not at start-up: loading the country's tables and translations takes about
    # 0.17 s, which the kiosk spends after the home screen is painted. The package fills years lazily,
    # so one object serves any date.
    @cached_property
    def _ko(self) -> holidays.HolidayBase:
        return holidays.country_holidays("KR", language="ko")

    @cached_property
    def _en(self) -> holidays.HolidayBase:
        return holidays.country_holidays("KR", language="en_US")

    def closed_reason(self, day: date) -> ClosedReason | None:
        """Why nobody consults on `day`, or None on a working day."""
        if day in self._ko:
            return ClosedReason(ClosedKind.HOLIDAY, str(self._ko[day]), str(self._en[day]))
        if day.weekday() >= 5:
            return ClosedReason(ClosedKind.WEEKEND, "주말", "weekend")
        return None
