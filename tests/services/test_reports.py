"""Staff's report on a real database with known data: figures, and a CSV without personal data, 0600."""

from __future__ import annotations

import csv
import stat
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.domain.booking import BookingStatus, Consultant
from kiosk.domain.clock import SEOUL, ManualClock
from kiosk.services.queue import QueueService
from kiosk.services.reports import StaffReports
from kiosk.services.usage import UsageCounter
from kiosk.storage import booking as booking_store
from kiosk.storage.database import Database

NAME = "홍길동"
PHONE = "01098765432"
EVENT_DAY = datetime(2026, 12, 5, 10, 0, tzinfo=SEOUL)  # a Saturday: Tax Concern Resolution Day


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(EVENT_DAY)


def _booking(
    serial: int, day: int, hour: int, field: str, status: BookingStatus, month: int = 12
) -> dict[str, object]:
    start = datetime(2026, month, day, hour)
    return {
        "code": f"R{serial:05d}",
        "consultant_id": "c01",
        "starts_at": start,
        "ends_at": start + timedelta(minutes=20),
        "field_id": field,
        "name": NAME,
        "phone": PHONE,
        "status": status.value,
        "source": "web",
        "created_at": start - timedelta(days=10),
    }


@pytest.fixture
def known_data(database: Database, clock: ManualClock) -> None:
    with database.write_session() as session:
        booking_store.upsert_consultants(session, [Consultant("c01", "Consultant", ("gift", "national"))])
        booking_store.insert_historic_bookings(
            session,
            [
                _booking(1, 1, 10, "gift", BookingStatus.ATTENDED),  # week of Mon 30 November
                _booking(2, 2, 10, "gift", BookingStatus.NO_SHOW),
                _booking(3, 3, 14, "national", BookingStatus.CANCELLED),
                _booking(4, 4, 14, "national", BookingStatus.ATTENDED),
                _booking(5, 7, 10, "gift", BookingStatus.ACTIVE),  # Monday 7 December: after the period
                _booking(6, 28, 10, "gift", BookingStatus.ATTENDED, month=11),  # before the period
            ],
        )
    usage = UsageCounter(database, clock)
    for route in ("schedule", "schedule", "queue"):
        usage.record(route)
    queue = QueueService(database, clock)
    queue.open("resolution_day")
    queue.take_ticket("local_tax")
    clock.advance(timedelta(minutes=2))
    queue.take_ticket("local_tax")
    clock.advance(timedelta(minutes=8))
    queue.call_next("local_tax")  # waited 10 minutes
    clock.advance(timedelta(minutes=6))
    queue.call_next("local_tax")  # waited 14 minutes
    queue.take_ticket("national")  # never called


def test_figures_of_a_week_from_the_database(
    database: Database, clock: ManualClock, known_data: None, tmp_path: Path
) -> None:
    reports = StaffReports(database, clock, tmp_path)
    first, last = reports.period(7)
    assert (first, last) == (date(2026, 11, 29), date(2026, 12, 5))
    figures = reports.figures(first, last)
    assert figures.bookings_by_week == {date(2026, 11, 30): {"gift": 2, "national": 1}}
    assert figures.outcomes == {
        BookingStatus.ATTENDED: 2,
        BookingStatus.NO_SHOW: 1,
        BookingStatus.CANCELLED: 1,
        BookingStatus.ACTIVE: 0,
    }
    assert figures.menu_by_day[date(2026, 12, 5)] == {"schedule": 2, "queue": 1}
    assert figures.taps_by_hour[10] == 3
    [waits] = figures.queue_waits
    assert (waits.day, waits.event_id) == (date(2026, 12, 5), "resolution_day")
    assert (waits.tickets, waits.not_called) == (3, 1)
    assert (waits.median_minutes, waits.longest_minutes) == (12.0, 14.0)


def test_csv_export_is_the_same_figures_without_personal_data_and_only_for_staff(
    database: Database, clock: ManualClock, known_data: None, tmp_path: Path
) -> None:
    reports = StaffReports(database, clock, tmp_path / "exports")
    figures = reports.figures(*reports.period(7))
    path = reports.export_csv(figures)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel's byte-order mark
    text = raw.decode("utf-8-sig")
    assert NAME not in text and PHONE not in text and "R0000" not in text
    rows = list(csv.reader(text.splitlines()))
    assert rows[0] == ["figure", "period", "category", "value"]
    assert ["booking_outcome", "2026-11-29/2026-12-05", "no_show", "1"] in rows
    assert ["queue_wait_longest_minutes", "2026-12-05", "resolution_day", "14"] in rows
    assert ["menu_use", "2026-12-05", "schedule", "2"] in rows


def test_an_export_over_an_older_wider_file_narrows_it(
    database: Database, clock: ManualClock, tmp_path: Path
) -> None:
    reports = StaffReports(database, clock, tmp_path)
    figures = reports.figures(*reports.period(7))
    older = tmp_path / f"usage-report-{figures.first.isoformat()}-{figures.last.isoformat()}.csv"
    older.write_text("old", encoding="utf-8")
    older.chmod(0o644)
    assert reports.export_csv(figures) == older
    assert stat.S_IMODE(older.stat().st_mode) == 0o600
    assert older.read_text(encoding="utf-8-sig").startswith("figure,period,category,value")
