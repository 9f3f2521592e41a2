"""The retention job: personal data of bookings is erased a set number of days after the consultation.

It runs when the kiosk starts and then once a day (`run_if_due`, checked every hour by the GUI); the
date of the last run is kept in the `setting` table, so two kiosks on one database run it once a day
between them at most twice, which is harmless: erasing is idempotent.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from kiosk.domain.clock import Clock, today
from kiosk.storage.database import Database
from kiosk.storage.settings import read_setting, write_setting

log = logging.getLogger(__name__)

LAST_RUN_KEY = "retention.last_run"

# Erases name and phone of consultations that ended before the cutoff; returns how many it erased.
Eraser = Callable[[Database, datetime], int]


class RetentionJob:
    def __init__(
        self, database: Database, clock: Clock, retention_days: int, erasers: dict[str, Eraser] | None = None
    ) -> None:
        self.database = database
        self.clock = clock
        self.retention_days = retention_days
        self.erasers: dict[str, Eraser] = dict(erasers or {})

    def cutoff(self) -> datetime:
        """Consultations that ended before this moment have had their retention period."""
        return self.clock.now() - timedelta(days=self.retention_days)

    def run(self) -> dict[str, int]:
        """Erase now; returns how many records each eraser cleared (counts only, never what)."""
        cutoff = self.cutoff()
        erased = {name: eraser(self.database, cutoff) for name, eraser in self.erasers.items()}
        # secure_delete zeroed the records in the database file; this empties the WAL of their old copies.
        self.database.reclaim_erased()
        with self.database.write_session() as session:
            write_setting(session, LAST_RUN_KEY, today(self.clock).isoformat())
        log.info("retention: erased personal data older than %d days: %s", self.retention_days, erased)
        return erased

    def run_if_due(self) -> dict[str, int] | None:
        """Run unless it already ran today; None when it was not due."""
        with self.database.session() as session:
            last = read_setting(session, LAST_RUN_KEY)
        if last == today(self.clock).isoformat():
            return None
        return self.run()


def _erase_bookings(database: Database, cutoff: datetime) -> int:
    from kiosk.storage.booking import erase_personal_data

    with database.write_session() as session:
        return erase_personal_data(session, cutoff)


def default_erasers() -> dict[str, Eraser]:
    """The kiosk's stores of personal data: the names and phone numbers of bookings."""
    return {"bookings": _erase_bookings}
