"""The local tax schedule as a month calendar: which days of a month are a tax's last day."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kiosk.domain.tax_calendar import DuePeriod, TaxCalendar


class DueMark(StrEnum):
    """What a day of the month shows (in words on screen, never by colour alone)."""

    DUE = "due"  # the last day of at least one tax
    DUE_TODAY = "due_today"
    STARTS = "starts"  # a payment period opens (and no tax is due that day)
    TODAY = "today"
    PLAIN = "plain"


@dataclass(frozen=True)
class DueDay:
    """One day of the schedule's month calendar and the periods whose (moved) last day it is."""

    day: date
    status: DueMark
    periods: tuple[DuePeriod, ...]


def due_days(tax_calendar: TaxCalendar, year: int, month: int, today: date) -> list[DueDay]:
    """Every day of the month; a day is marked when a payment period's moved due date falls on it
    (a December period may end in January, so last year's periods count too) or a period starts."""
    candidates = tax_calendar.periods(year - 1) + tax_calendar.periods(year)
    by_day: dict[date, list[DuePeriod]] = {}
    starts: set[date] = set()
    for period in candidates:
        if (period.due.year, period.due.month) == (year, month):
            by_day.setdefault(period.due, []).append(period)
        if (period.start.year, period.start.month) == (year, month):
            starts.add(period.start)
    days = []
    for number in range(1, calendar.monthrange(year, month)[1] + 1):
        day = date(year, month, number)
        periods = tuple(sorted(by_day.get(day, []), key=lambda p: p.tax.id))
        if periods:
            status = DueMark.DUE_TODAY if day == today else DueMark.DUE
        elif day == today:
            status = DueMark.TODAY
        else:
            status = DueMark.STARTS if day in starts else DueMark.PLAIN
        days.append(DueDay(day, status, periods))
    return days
