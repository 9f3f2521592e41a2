"""Staff's usage report: figures for the charts and the CSV file for the district's reports."""

from __future__ import annotations

import csv
import io
import os
from datetime import date, datetime, time, timedelta
from pathlib import Path

from kiosk.domain.clock import SEOUL, Clock
from kiosk.domain.reports import CSV_HEADER, ReportFigures, csv_rows, report_figures
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
