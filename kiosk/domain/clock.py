"""Injectable time: every rule that depends on "now" takes a Clock."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

SEOUL = ZoneInfo("Asia/Seoul")


class Clock(Protocol):
    """Source of the current time in Asia/Seoul."""

    def now(self) -> datetime: ...


class SystemClock:
    """The real wall clock, always in Asia/Seoul whatever the machine's zone."""

    def now(self) -> datetime:
        return datetime.now(SEOUL)


class ManualClock:
    """A clock tests (and `--today`) set and advance by hand."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            start = start.replace(tzinfo=SEOUL)
        self._now = start.astimezone(SEOUL)

    def now(self) -> datetime:
        return self._now

    def advance(self, delta: timedelta) -> None:
        self._now += delta

    def set(self, moment: datetime) -> None:
        self._now = moment if moment.tzinfo else moment.replace(tzinfo=SEOUL)


def today(clock: Clock) -> date:
    """The calendar date in Seoul according to `clock`."""
    return clock.now().astimezone(SEOUL).date()


def clock_for_day(day: date) -> ManualClock:
    """A clock fixed at 09:00 Seoul time on `day` (for `--today` on the command line)."""
    return ManualClock(datetime(day.year, day.month, day.day, 9, 0, tzinfo=SEOUL))
