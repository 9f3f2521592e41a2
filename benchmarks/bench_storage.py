"""Benchmark: bookings per second from 8 processes contending for the same day, SQLite vs PostgreSQL.

Each worker process (a kiosk) tries to book every slot of the same days through BookingService.book,
each in its own shuffled order: whoever commits first gets a slot, the others get SlotTaken. All
workers start together after their imports and connections. Reports successful bookings per second and
attempts per second on each database, and fails (exit 1) if any slot was booked twice or left free.
PostgreSQL runs on a throw-away cluster (tests/helpers/postgres.py) unless --postgres-url is given.

    .venv/bin/python benchmarks/bench_storage.py [--processes 8] [--days 2] [--postgres-url URL]
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import sys
import tempfile
import time
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import postgres_database, row
from kiosk.domain.booking_errors import SlotTaken
from kiosk.domain.clock import SEOUL, ManualClock
from kiosk.services.booking import BookingService, load_demo_consultants
from kiosk.storage.database import Database

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=SEOUL)
FIRST_DAY = date(2026, 12, 7)  # past the 7-day notice; a Monday


def target_days(service: BookingService, count: int) -> list[date]:
    """The first `count` days from FIRST_DAY that have bookable slots."""
    days: list[date] = []
    day = FIRST_DAY
    while len(days) < count:
        if service.free_slots(day):
            days.append(day)
        day += timedelta(days=1)
    return days


def worker(url: str, number: int, days: list[date], ready: object, go: object, results: object) -> None:
    """One kiosk: book every slot of `days` in its own order; report (successes, attempts, seconds)."""
    database = Database(url)
    service = BookingService(database, ManualClock(NOW))
    slots = [slot for day in days for slot in service.free_slots(day)]
    random.Random(number).shuffle(slots)
    ready.put(number)  # type: ignore[attr-defined]
    go.wait()  # type: ignore[attr-defined]
    booked = 0
    started = time.perf_counter()
    for attempt, slot in enumerate(slots):
        try:
            service.book(
                start=slot.start,
                consultant_id=slot.consultant_id,
                field_id=slot.fields[0],
                name="홍길동",
                phone=f"010{number:02d}{attempt:06d}",
                consent=True,
            )
            booked += 1
        except SlotTaken:
            pass
    results.put((booked, len(slots), time.perf_counter() - started))  # type: ignore[attr-defined]
    database.dispose()


def contend(url: str, processes: int, days_count: int) -> tuple[float, float, int]:
    """Run the race on `url`; returns (bookings/s, attempts/s, slots). Raises if a slot is booked twice."""
    database = Database(url)
    database.upgrade()
    load_demo_consultants(database)
    service = BookingService(database, ManualClock(NOW))
    days = target_days(service, days_count)
    slot_count = sum(len(service.free_slots(day)) for day in days)
    context = multiprocessing.get_context("spawn")
    ready, results, go = context.Queue(), context.Queue(), context.Event()
    workers = [
        context.Process(target=worker, args=(url, n, days, ready, go, results)) for n in range(processes)
    ]
    for process in workers:
        process.start()
    for _ in workers:
        ready.get(timeout=120)
    started = time.perf_counter()
    go.set()
    reports = [results.get(timeout=600) for _ in workers]
    wall = time.perf_counter() - started
    for process in workers:
        process.join()
    booked = sum(report[0] for report in reports)
    attempts = sum(report[1] for report in reports)
    taken = Counter(
        (booking.consultant_id, booking.start) for day in days for booking in service.bookings_of_day(day)
    )
    twice = [key for key, count in taken.items() if count > 1]
    if twice or booked != slot_count or len(taken) != slot_count:
        raise AssertionError(f"{url}: {slot_count} slots, {booked} bookings reported, doubles: {twice}")
    database.dispose()
    return booked / wall, attempts / wall, slot_count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=8)
    parser.add_argument("--days", type=int, default=2)
    parser.add_argument("--postgres-url", help="an empty PostgreSQL database (default: a throw-away server)")
    args = parser.parse_args()

    sqlite_url = f"sqlite:///{Path(tempfile.mkdtemp(prefix='kiosk-bench-')) / 'bench.sqlite3'}"
    with postgres_database(args.postgres_url) as postgres_url:
        sqlite_rate, sqlite_attempts, slots = contend(sqlite_url, args.processes, args.days)
        pg_rate, pg_attempts, _ = contend(postgres_url, args.processes, args.days)
    label = f"{args.processes} processes, {slots} slots of {args.days} days, each booked once"
    print(row(f"bookings/s, PostgreSQL ({label})", pg_rate, "bookings/s", "SQLite", sqlite_rate))
    print(
        row(
            "booking attempts/s, PostgreSQL (incl. SlotTaken)",
            pg_attempts,
            "attempts/s",
            "SQLite",
            sqlite_attempts,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
