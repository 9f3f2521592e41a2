"""Benchmark: month availability for 10 consultants with 1,000,000 historic bookings in the database.

Reports the median time of BookingService.month_availability next to the median of the plain indexed
range query it needs (the active bookings of the month), and the query plan of that query.

    .venv/bin/python benchmarks/booking_month.py [--rows 1000000] [--repeat 50] [--db PATH]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text

from kiosk.domain.booking import Consultant
from kiosk.domain.clock import SEOUL, ManualClock
from kiosk.services.booking import BookingService, default_catalogue
from kiosk.storage import booking as store
from kiosk.storage.database import Database

TODAY = date(2026, 11, 25)
MONTH = (2026, 12)
FIELDS = ("acquisition", "capital_gains", "inheritance", "gift", "national")
BATCH = 20_000


def fill(database: Database, rows: int) -> None:
    """10 consultants, `rows` past bookings (every slot of every day back from yesterday), half of the
    benchmark month booked."""
    consultants = [
        Consultant(f"c{n:02d}", f"Consultant {n}", tuple(random.Random(n).sample(FIELDS, 3)))
        for n in range(10)
    ]
    with database.write_session() as session:
        store.upsert_consultants(session, consultants)
    schedule = default_catalogue().schedule
    statuses = ("attended",) * 8 + ("no_show", "cancelled")
    rng = random.Random(1)
    batch: list[dict[str, object]] = []
    written = 0
    day = TODAY - timedelta(days=1)
    serial = 0

    def flush() -> None:
        nonlocal batch
        with database.write_session() as session:
            store.insert_historic_bookings(session, batch)
        batch = []

    while written < rows:
        for start in schedule.slot_starts(day):
            for consultant in consultants:
                if written >= rows:
                    break
                serial += 1
                local = start.replace(tzinfo=None)
                batch.append(
                    {
                        "code": f"H{serial:09d}",
                        "consultant_id": consultant.id,
                        "starts_at": local,
                        "ends_at": local + schedule.slot_length,
                        "field_id": consultant.fields[0],
                        "name": "홍길동",
                        "phone": f"010{rng.randrange(10**8):08d}",
                        "status": rng.choice(statuses),
                        "source": "web",
                        "created_at": local - timedelta(days=10),
                    }
                )
                written += 1
        if len(batch) >= BATCH:
            flush()
        day -= timedelta(days=1)
    # The benchmark month itself: every second slot taken.
    first = date(*MONTH, 1)
    for offset in range(31):
        for index, start in enumerate(schedule.slot_starts(first + timedelta(days=offset))):
            for consultant in consultants[index % 2 :: 2]:
                serial += 1
                local = start.replace(tzinfo=None)
                batch.append(
                    {
                        "code": f"F{serial:09d}",
                        "consultant_id": consultant.id,
                        "starts_at": local,
                        "ends_at": local + schedule.slot_length,
                        "field_id": consultant.fields[0],
                        "name": "김철수",
                        "phone": f"010{rng.randrange(10**8):08d}",
                        "status": "active",
                        "source": "kiosk",
                        "created_at": datetime(2026, 11, 1),
                    }
                )
    flush()
    with database.engine.begin() as connection:
        if database.is_sqlite:
            connection.exec_driver_sql("ANALYZE")


def median_ms(action, repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--db", type=Path, help="reuse or create this SQLite file (default: temporary)")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="kiosk-bench-")
    path = args.db or Path(folder) / "bench.sqlite3"
    database = Database(f"sqlite:///{path}")
    database.upgrade()
    with database.session() as session:
        existing = store.count_bookings(session)
    if existing < args.rows:
        started = time.perf_counter()
        fill(database, args.rows - existing)
        print(f"filled {args.rows:,} historic bookings in {time.perf_counter() - started:.1f} s")
    with database.session() as session:
        total = store.count_bookings(session)
    service = BookingService(database, ManualClock(datetime(2026, 11, 25, 9, tzinfo=SEOUL)))
    first, last = date(*MONTH, 1), date(*MONTH, 31)

    def plain_query() -> None:
        with database.session() as session:
            store.taken_slots(session, first, last)

    plain_query()
    service.month_availability(*MONTH, "gift")  # warm caches and the holiday table
    query_ms = median_ms(plain_query, args.repeat)
    month_ms = median_ms(lambda: service.month_availability(*MONTH, "gift"), args.repeat)
    all_fields_ms = median_ms(lambda: service.month_availability(*MONTH, None), args.repeat)
    with database.engine.connect() as connection:
        plan = connection.execute(
            text(
                "EXPLAIN QUERY PLAN SELECT consultant_id, starts_at FROM booking "
                "WHERE starts_at >= :a AND starts_at < :b AND status = 'active'"
            ),
            {"a": datetime(*MONTH, 1), "b": datetime(2027, 1, 1)},
        ).fetchall()
    print(f"bookings in database: {total:,} (10 consultants)")
    print(f"plain indexed month query (taken_slots): median {query_ms:.2f} ms over {args.repeat} runs")
    print(f"month_availability(gift):                median {month_ms:.2f} ms")
    print(f"month_availability(all fields):          median {all_fields_ms:.2f} ms")
    print("query plan: " + "; ".join(str(row[-1]) for row in plan))
    database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
