"""Staff's report figures from anonymous facts: menus by day, bookings by week, outcomes, hours, waits."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from kiosk.domain.booking import BookingStatus
from kiosk.domain.clock import SEOUL
from kiosk.domain.reports import (
    OTHER_MENUS,
    BookingFact,
    TicketFact,
    bookings_by_week,
    csv_rows,
    menu_use_by_day,
    queue_waits,
    report_figures,
    taps_by_hour,
)
from kiosk.domain.usage import UsageCount


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=SEOUL)


def test_menu_use_keeps_the_four_most_used_menus_and_adds_up_the_rest() -> None:
    counts = [
        UsageCount(at(1, 10), "consultations", 9),
        UsageCount(at(1, 11), "schedule", 7),
        UsageCount(at(2, 10), "lectures", 5),
        UsageCount(at(2, 10), "qr", 4),
        UsageCount(at(2, 12), "events", 2),
        UsageCount(at(3, 9), "chat", 1),
    ]
    days, menus = menu_use_by_day(date(2026, 12, 1), date(2026, 12, 4), counts)
    assert menus == ("consultations", "schedule", "lectures", "qr", OTHER_MENUS)
    assert days[date(2026, 12, 2)] == {"consultations": 0, "schedule": 0, "lectures": 5, "qr": 4, "other": 2}
    assert days[date(2026, 12, 3)][OTHER_MENUS] == 1
    assert sum(days[date(2026, 12, 4)].values()) == 0  # a day without use is still a bar of zero


def test_bookings_per_week_count_by_monday_and_leave_cancelled_out() -> None:
    facts = [
        BookingFact("gift", at(7, 10), BookingStatus.ATTENDED),  # Monday 7 December
        BookingFact("gift", at(13, 10), BookingStatus.NO_SHOW),  # Sunday of the same week
        BookingFact("national", at(14, 14), BookingStatus.ACTIVE),  # the next Monday
        BookingFact("national", at(8, 14), BookingStatus.CANCELLED),
    ]
    weeks, fields = bookings_by_week(facts)
    assert fields == ("gift", "national")
    assert weeks == {
        date(2026, 12, 7): {"gift": 2, "national": 0},
        date(2026, 12, 14): {"gift": 0, "national": 1},
    }


def test_busiest_hours_are_in_seoul_time_whatever_the_zone_of_the_counts() -> None:
    utc_morning = at(1, 1).astimezone(ZoneInfo("UTC"))  # 16:00 the day before in UTC
    hours = taps_by_hour([UsageCount(utc_morning, "qr", 3), UsageCount(at(1, 1), "events", 2)])
    assert hours[1] == 5 and sum(hours.values()) == 5 and len(hours) == 24


def test_queue_waits_are_median_and_longest_of_called_numbers_per_event_day() -> None:
    day = date(2026, 12, 5)
    tickets = [
        TicketFact(day, "resolution_day", "local_tax", at(5, 10, 0), at(5, 10, 4)),
        TicketFact(day, "resolution_day", "local_tax", at(5, 10, 1), at(5, 10, 11)),
        TicketFact(day, "resolution_day", "gift", at(5, 10, 2), at(5, 10, 32)),
        TicketFact(day, "resolution_day", "gift", at(5, 11, 0), None),
    ]
    [waits] = queue_waits(tickets)
    assert (waits.tickets, waits.not_called) == (4, 1)
    assert (waits.median_minutes, waits.longest_minutes) == (10.0, 30.0)


def test_csv_rows_carry_codes_and_counts_only() -> None:
    figures = report_figures(
        date(2026, 12, 1),
        date(2026, 12, 1),
        [UsageCount(at(1, 14), "schedule", 3)],
        [BookingFact("gift", at(1, 10), BookingStatus.NO_SHOW)],
        [TicketFact(date(2026, 12, 1), "explanation_session", "gift", at(1, 10), at(1, 10, 6))],
    )
    rows = csv_rows(figures)
    assert ("menu_use", "2026-12-01", "schedule", "3") in rows
    assert ("bookings_per_week", "week of 2026-11-30", "gift", "1") in rows
    assert ("booking_outcome", "2026-12-01/2026-12-01", "no_show", "1") in rows
    assert ("taps_by_hour", "14:00", "all_menus", "3") in rows
    assert ("queue_wait_median_minutes", "2026-12-01", "explanation_session", "6") in rows
    assert all(len(row) == 4 for row in rows)
    assert not figures.is_empty()
