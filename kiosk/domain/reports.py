"""Staff's usage report: the figures behind its charts and CSV, computed from anonymous facts only.

Nothing here can name a person: bookings arrive as (field, start, status), queue tickets as times, menu
use as hourly counts. The charts and the CSV export show the same `ReportFigures`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from statistics import median

from kiosk.domain.booking import BookingStatus
from kiosk.domain.clock import SEOUL
from kiosk.domain.usage import UsageCount

# Menu use by day shows the most used menus by name and adds the rest up: a legend of eleven menus
# does not fit the kiosk's large text.
TOP_MENUS = 4
OTHER_MENUS = "other"
OUTCOMES = (BookingStatus.ATTENDED, BookingStatus.NO_SHOW, BookingStatus.CANCELLED, BookingStatus.ACTIVE)


@dataclass(frozen=True)
class BookingFact:
    """One booking without the person: its field, when the consultation is, what became of it."""

    field_id: str
    starts_at: datetime
    status: BookingStatus


@dataclass(frozen=True)
class TicketFact:
    """One queue number without the person: the event day, when it was taken and when called."""

    day: date
    event_id: str
    field_id: str
    taken_at: datetime
    called_at: datetime | None


@dataclass(frozen=True)
class QueueWaits:
    """How long residents waited for their number at one event day (called numbers only)."""

    day: date
    event_id: str
    tickets: int
    not_called: int
    median_minutes: float
    longest_minutes: float


@dataclass(frozen=True)
class ReportFigures:
    """Everything the report shows for the days `first`..`last` (both included)."""

    first: date
    last: date
    # day -> menu (the TOP_MENUS most used, then OTHER_MENUS) -> taps; every day of the period is present
    menu_by_day: dict[date, dict[str, int]]
    menus: tuple[str, ...]  # the menus of menu_by_day in legend order
    # Monday of the week -> field -> bookings that were not cancelled
    bookings_by_week: dict[date, dict[str, int]]
    fields: tuple[str, ...]
    outcomes: dict[BookingStatus, int]
    taps_by_hour: dict[int, int]  # 0..23, Seoul time
    queue_waits: tuple[QueueWaits, ...]

    def is_empty(self) -> bool:
        return (
            not any(any(day.values()) for day in self.menu_by_day.values())
            and not self.bookings_by_week
            and not any(self.outcomes.values())
            and not self.queue_waits
        )


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _seoul_day(moment: datetime) -> date:
    return moment.astimezone(SEOUL).date()


def menu_use_by_day(
    first: date, last: date, counts: list[UsageCount]
) -> tuple[dict[date, dict[str, int]], tuple[str, ...]]:
    """Taps per day and menu; menus beyond the TOP_MENUS most used are added up as OTHER_MENUS."""
    totals: Counter[str] = Counter()
    for count in counts:
        totals[count.route] += count.taps
    top = [route for route, _ in sorted(totals.items(), key=lambda item: (-item[1], item[0]))[:TOP_MENUS]]
    menus = (*top, OTHER_MENUS) if len(totals) > len(top) else tuple(top)
    days: dict[date, dict[str, int]] = {}
    day = first
    while day <= last:
        days[day] = dict.fromkeys(menus, 0)
        day += timedelta(days=1)
    for count in counts:
        day = _seoul_day(count.hour)
        if day in days:
            menu = count.route if count.route in top else OTHER_MENUS
            days[day][menu] += count.taps
    return days, menus


def bookings_by_week(bookings: list[BookingFact]) -> tuple[dict[date, dict[str, int]], tuple[str, ...]]:
    """Bookings that were not cancelled, per consultation week (Monday) and field."""
    weeks: dict[date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    fields: set[str] = set()
    for booking in bookings:
        if booking.status is BookingStatus.CANCELLED:
            continue
        weeks[monday_of(_seoul_day(booking.starts_at))][booking.field_id] += 1
        fields.add(booking.field_id)
    ordered = tuple(sorted(fields))
    return (
        {week: {f: weeks[week].get(f, 0) for f in ordered} for week in sorted(weeks)},
        ordered,
    )


def booking_outcomes(bookings: list[BookingFact]) -> dict[BookingStatus, int]:
    """Attended, no-show, cancelled and not yet marked (still active)."""
    counts = Counter(booking.status for booking in bookings)
    return {status: counts.get(status, 0) for status in OUTCOMES}


def taps_by_hour(counts: list[UsageCount]) -> dict[int, int]:
    """All menus' taps per hour of the day (Seoul time), 0 to 23."""
    hours = dict.fromkeys(range(24), 0)
    for count in counts:
        hours[count.hour.astimezone(SEOUL).hour] += count.taps
    return hours


def queue_waits(tickets: list[TicketFact]) -> tuple[QueueWaits, ...]:
    """Per event day: numbers handed out, numbers never called, median and longest wait in minutes."""
    by_day: dict[tuple[date, str], list[TicketFact]] = defaultdict(list)
    for ticket in tickets:
        by_day[(ticket.day, ticket.event_id)].append(ticket)
    result = []
    for (day, event_id), day_tickets in sorted(by_day.items()):
        waits = [
            (t.called_at - t.taken_at).total_seconds() / 60 for t in day_tickets if t.called_at is not None
        ]
        result.append(
            QueueWaits(
                day,
                event_id,
                tickets=len(day_tickets),
                not_called=len(day_tickets) - len(waits),
                median_minutes=round(median(waits), 1) if waits else 0.0,
                longest_minutes=round(max(waits), 1) if waits else 0.0,
            )
        )
    return tuple(result)


def report_figures(
    first: date,
    last: date,
    usage: list[UsageCount],
    bookings: list[BookingFact],
    tickets: list[TicketFact],
) -> ReportFigures:
    """All figures of the period; the inputs are already limited to it."""
    menu_days, menus = menu_use_by_day(first, last, usage)
    weeks, fields = bookings_by_week(bookings)
    return ReportFigures(
        first=first,
        last=last,
        menu_by_day=menu_days,
        menus=menus,
        bookings_by_week=weeks,
        fields=fields,
        outcomes=booking_outcomes(bookings),
        taps_by_hour=taps_by_hour(usage),
        queue_waits=queue_waits(tickets),
    )


CSV_HEADER = ("figure", "period", "category", "value")


def _number(value: float) -> str:
    return f"{value:g}"


def csv_rows(figures: ReportFigures) -> list[tuple[str, str, str, str]]:
    """One row per figure: what it is, the day/week/hour it belongs to, the menu/field/outcome, the value.
    Route, field and status codes, not translated names, so a spreadsheet can sum them over months."""
    rows: list[tuple[str, str, str, str]] = []
    for day, menus in figures.menu_by_day.items():
        rows.extend(("menu_use", day.isoformat(), menu, str(taps)) for menu, taps in menus.items())
    for week, fields in figures.bookings_by_week.items():
        rows.extend(
            ("bookings_per_week", f"week of {week.isoformat()}", field, str(count))
            for field, count in fields.items()
        )
    period = f"{figures.first.isoformat()}/{figures.last.isoformat()}"
    rows.extend(("booking_outcome", period, status.value, str(n)) for status, n in figures.outcomes.items())
    rows.extend(
        ("taps_by_hour", f"{hour:02d}:00", "all_menus", str(n)) for hour, n in figures.taps_by_hour.items()
    )
    for waits in figures.queue_waits:
        day = waits.day.isoformat()
        rows.extend(
            [
                ("queue_tickets", day, waits.event_id, str(waits.tickets)),
                ("queue_not_called", day, waits.event_id, str(waits.not_called)),
                ("queue_wait_median_minutes", day, waits.event_id, _number(waits.median_minutes)),
                ("queue_wait_longest_minutes", day, waits.event_id, _number(waits.longest_minutes)),
            ]
        )
    return rows
