"""Benchmark: month availability for 10 consultants with 1,000,000 historic bookings in the database.

Reports the median time of BookingService.month_availability next to the median of the plain indexed
range query it needs (the active bookings of the month), and the query plan of that query.

    .venv/bin/python benchmarks/booking_month.py [--rows 1000000] [--repeat 50] [--db PATH | --url URL]

`bench_booking_month.py` runs it on SQLite and PostgreSQL for benchmarks/run.sh.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
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
        # Fresh statistics, as a server's autovacuum or a long-running kiosk would have by now.
        connection.exec_driver_sql("ANALYZE")


def median_ms(action, repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


@dataclass(frozen=True)
class MonthFigures:
    """Medians in milliseconds on one database, and the plan of the month's range query."""

    total: int
    query_ms: float
    month_ms: float
    all_fields_ms: float
    plan: str


def prepare(database: Database, rows: int) -> None:
    """Migrate `database` and fill it up to `rows` historic bookings (reused when already there)."""
    database.upgrade()
    with database.session() as session:
        existing = store.count_bookings(session)
    if existing < rows:
        started = time.perf_counter()
        fill(database, rows - existing)
        print(f"filled {rows:,} historic bookings in {time.perf_counter() - started:.1f} s", file=sys.stderr)


def measure(database: Database, repeat: int) -> MonthFigures:
    """Time the plain month query and month_availability on a prepared database."""
    with database.session() as session:
        total = store.count_bookings(session)
    service = BookingService(database, ManualClock(datetime(2026, 11, 25, 9, tzinfo=SEOUL)))
    first, last = date(*MONTH, 1), date(*MONTH, 31)

    def plain_query() -> None:
        with database.session() as session:
            store.taken_slots(session, first, last)

    plain_query()
    service.month_availability(*MONTH, "gift")  # warm caches and the holiday table
    return MonthFigures(
        total=total,
        query_ms=median_ms(plain_query, repeat),
        month_ms=median_ms(lambda: service.month_availability(*MONTH, "gift"), repeat),
        all_fields_ms=median_ms(lambda: service.month_availability(*MONTH, None), repeat),
        plan=query_plan(database),
    )


def query_plan(database: Database) -> str:
    """How the database runs the month's range query (the same WHERE as store.taken_slots)."""
    explain = "EXPLAIN QUERY PLAN" if database.is_sqlite else "EXPLAIN"
    with database.engine.connect() as connection:
        plan = connection.execute(
            text(
                f"{explain} SELECT consultant_id, starts_at FROM booking "
                "WHERE starts_at >= :a AND starts_at < :b AND status <> 'cancelled'"
            ),
            {"a": datetime(*MONTH, 1), "b": datetime(2027, 1, 1)},
        ).fetchall()
    return "; ".join(str(row[-1]).strip() for row in plan)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--db", type=Path, help="reuse or create this SQLite file (default: temporary)")
    parser.add_argument("--url", help="any database URL instead of --db (e.g. postgresql+psycopg://...)")
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp(prefix="kiosk-bench-")) / "bench.sqlite3"
    database = Database(args.url or f"sqlite:///{path}")
    prepare(database, args.rows)
    figures = measure(database, args.repeat)
    print(f"bookings in database: {figures.total:,} (10 consultants)")
    print(
        f"plain indexed month query (taken_slots): median {figures.query_ms:.2f} ms over {args.repeat} runs"
    )
    print(f"month_availability(gift):                median {figures.month_ms:.2f} ms")
    print(f"month_availability(all fields):          median {figures.all_fields_ms:.2f} ms")
    print(f"query plan: {figures.plan}")
    database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
