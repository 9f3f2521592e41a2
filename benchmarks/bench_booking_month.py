"""Benchmark: month availability with 1,000,000 historic bookings, PostgreSQL next to SQLite.

Fills a SQLite file and a throw-away PostgreSQL cluster (tests/helpers/postgres.py) with the same
bookings (booking_month.fill), then times BookingService.month_availability and the plain range query
under it on each. Prints report rows for benchmarks/run_all.py and the query plans on stderr.

    .venv/bin/python benchmarks/bench_booking_month.py [--rows 1000000] [--repeat 50] [--postgres-url URL]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.booking_month import MonthFigures, measure, prepare
from benchmarks.common import postgres_database, row
from kiosk.storage.database import Database


def figures_for(url: str, rows: int, repeat: int) -> MonthFigures:
    database = Database(url)
    try:
        prepare(database, rows)
        figures = measure(database, repeat)
    finally:
        database.dispose()
    name = "PostgreSQL" if url.startswith("postgresql") else "SQLite"
    print(f"{name}: {figures.total:,} bookings; plan: {figures.plan}", file=sys.stderr)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--postgres-url", help="an empty PostgreSQL database (default: a throw-away server)")
    args = parser.parse_args()

    sqlite_file = Path(tempfile.mkdtemp(prefix="kiosk-bench-")) / "month.sqlite3"
    try:
        with postgres_database(args.postgres_url) as postgres_url:
            sqlite = figures_for(f"sqlite:///{sqlite_file}", args.rows, args.repeat)
            postgres = figures_for(postgres_url, args.rows, args.repeat)
    finally:
        sqlite_file.unlink(missing_ok=True)
    label = f"{postgres.total:,} bookings, median of {args.repeat}"
    print(
        row(
            f"month availability, one field, PostgreSQL ({label})",
            postgres.month_ms,
            "ms",
            "SQLite",
            sqlite.month_ms,
        )
    )
    print(
        row(
            "month availability, all fields, PostgreSQL",
            postgres.all_fields_ms,
            "ms",
            "SQLite",
            sqlite.all_fields_ms,
        )
    )
    print(row("plain indexed month query, PostgreSQL", postgres.query_ms, "ms", "SQLite", sqlite.query_ms))
    print(
        row(
            "month availability over its plain query, PostgreSQL",
            postgres.month_ms,
            "ms",
            "plain query",
            postgres.query_ms,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
