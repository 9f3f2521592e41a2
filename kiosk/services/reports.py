"""Staff's usage report: figures for the charts and the CSV file for the district's reports."""

from __future__ import annotations

import csv
import io
import os
import random
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from kiosk.domain.clock import SEOUL, Clock
from kiosk.domain.reports import CSV_HEADER, ReportFigures, csv_rows, report_figures
from kiosk.storage import booking as booking_store
from kiosk.storage import queue as queue_store
from kiosk.storage import reports as store
from kiosk.storage import usage as usage_store
from kiosk.storage.database import Database

# Only the staff account reads the export: it is the office's, not everyone's on the machine.
EXPORT_MODE = 0o600


class StaffReports:
    def __init__(self, database: Database, clock: Clock, export_dir: Path) -> None:
        self.database = database
        self.clock = clock
        self.export_dir = export_dir

    def period(self, days: int) -> tuple[date, date]:
        """The last `days` days up to today."""
        last = self.clock.now().astimezone(SEOUL).date()
        return last - timedelta(days=days - 1), last

    def figures(self, first: date, last: date) -> ReportFigures:
        """Every figure of the days `first`..`last`, read in one session."""
        start = datetime.combine(first, time(0), SEOUL)
        end = datetime.combine(last + timedelta(days=1), time(0), SEOUL)
        with self.database.session() as session:
            usage = usage_store.usage_between(session, start, end)
            bookings = store.booking_facts(session, first, last)
            tickets = store.ticket_facts(session, first, last)
        return report_figures(first, last, usage, bookings, tickets)

    def export_csv(self, figures: ReportFigures) -> Path:
        """Write the figures to <export dir>/usage-report-<first>-<last>.csv (mode 0600); its path."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_HEADER)
        writer.writerows(csv_rows(figures))
        self.export_dir.mkdir(parents=True, exist_ok=True)
        target = self.export_dir / f"usage-report-{figures.first.isoformat()}-{figures.last.isoformat()}.csv"
        # Created 0600 from the start (a chmod afterwards would leave a moment of wider access), and
        # narrowed when an earlier export of the same period had other permissions.
        descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, EXPORT_MODE)
        os.fchmod(descriptor, EXPORT_MODE)
        # utf-8-sig: Excel on the office PCs reads the file correctly only with the byte-order mark.
        with os.fdopen(descriptor, "w", encoding="utf-8-sig", newline="") as fh:
            fh.write(out.getvalue())
        return target


# Demo figures (kiosk/demo.py DEMO_LOADERS): four weeks of anonymous use, past bookings with their
# outcomes and one past event day's queue, so the report has something to draw on a demo database.
DEMO_MENUS = {"schedule": 9, "consultations": 7, "lectures": 5, "qr": 4, "guide": 3, "events": 2, "chat": 1}
DEMO_FIELDS = ("acquisition", "capital_gains", "inheritance", "gift", "national")


def demo_loader(context: Any) -> str:
    """`kiosk demo` entry: demo usage, bookings and a queue day in the last four weeks (once)."""
    return load_demo_figures(context.database, context.clock)


def load_demo_figures(database: Database, clock: Clock) -> str:
    today = clock.now().astimezone(SEOUL).date()
    first = today - timedelta(days=28)
    start = datetime.combine(first, time(0), SEOUL)
    with database.session() as session:
        if usage_store.usage_between(session, start, datetime.combine(today, time(0), SEOUL)):
            return "already there"
        consultants = booking_store.list_consultants(session)
    rng = random.Random(17)
    with database.write_session() as session:
        for offset in range(28):
            day = first + timedelta(days=offset)
            if day.weekday() >= 5:
                continue
            for hour in range(9, 18):
                for route, weight in DEMO_MENUS.items():
                    for _ in range(rng.randrange(weight + 1) if 11 <= hour <= 15 else rng.randrange(2)):
                        usage_store.count_visit(session, route, datetime.combine(day, time(hour, 5), SEOUL))
        bookings = 0
        if consultants:
            rows = []
            for offset in range(28):
                day = first + timedelta(days=offset)
                if day.weekday() >= 5:
                    continue
                for hour in (10, 14):
                    if rng.random() < 0.4:
                        continue
                    consultant = rng.choice(consultants)
                    starts = datetime.combine(day, time(hour))
                    status = rng.choice(("attended",) * 6 + ("no_show", "cancelled"))
                    rows.append(
                        {
                            "code": f"DEMO{offset:02d}{hour}",
                            "consultant_id": consultant.id,
                            "starts_at": starts,
                            "ends_at": starts + timedelta(minutes=20),
                            "field_id": consultant.fields[0]
                            if consultant.fields
                            else rng.choice(DEMO_FIELDS),
                            "name": "",  # as after the retention job: the demo holds no person
                            "phone": "",
                            "status": status,
                            "source": "web",
                            "created_at": starts - timedelta(days=10),
                        }
                    )
            booking_store.insert_historic_bookings(session, rows)
            bookings = len(rows)
        event_day = first + timedelta(days=(5 - first.weekday()) % 7)  # the first Saturday of the four weeks
        opened = datetime.combine(event_day, time(9, 50), SEOUL)
        queue = queue_store.open_queue(
            session, event_day, "resolution_day", ["local_tax", "national"], opened
        )
        moment = opened
        lines = ("local_tax", "national")
        for number in range(12):
            moment += timedelta(minutes=rng.randrange(2, 7))
            queue_store.take_ticket(session, queue.id, lines[number % 2], moment)
            if number >= 2:  # staff call while residents keep coming; the last two are never called
                queue_store.call_next(session, queue.id, lines[number % 2], moment + timedelta(minutes=1))
        queue_store.close_queue(session, queue.id, moment)
    return f"usage of 4 weeks, {bookings} past bookings, a queue on {event_day.isoformat()}"
