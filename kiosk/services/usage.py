"""UsageCounter: counts residents' menu openings per hour and exports them for the office's reports."""

from __future__ import annotations

import csv
import logging
from datetime import date, datetime, time, timedelta
from typing import TextIO

from kiosk.domain.clock import SEOUL, Clock
from kiosk.domain.usage import CSV_HEADER, UsageCount, csv_rows, is_counted
from kiosk.storage import usage as store
from kiosk.storage.database import Database

log = logging.getLogger(__name__)


class UsageCounter:
    def __init__(self, database: Database, clock: Clock) -> None:
        self.database = database
        self.clock = clock

    def record(self, route: str) -> None:
        """Count one opening of `route` (staff pages are not counted)."""
        if not is_counted(route):
            return
        try:
            with self.database.write_session() as session:
                store.count_visit(session, route, self.clock.now())
        except Exception:
            # A count is never worth interrupting a resident: note the failure and carry on.
            log.warning("could not count a visit to %s", route, exc_info=True)

    def counts(self, first_day: date, last_day: date) -> list[UsageCount]:
        """Counts of every hour from the start of `first_day` to the end of `last_day`."""
        start = datetime.combine(first_day, time(0), SEOUL)
        end = datetime.combine(last_day + timedelta(days=1), time(0), SEOUL)
        with self.database.session() as session:
            return store.usage_between(session, start, end)

    def export_csv(self, first_day: date, last_day: date, out: TextIO) -> int:
        """Write hour,menu,taps rows to `out`; returns how many rows."""
        rows = csv_rows(self.counts(first_day, last_day))
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_HEADER)
        writer.writerows(rows)
        return len(rows)
