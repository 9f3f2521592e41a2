"""Is the shared database reachable? A cheap answer for screens, re-checked with backoff while down.

Booking and chat screens ask `is_available()` before offering their actions and show "temporarily
unavailable, please ask staff" when it is False; information screens never need the database. A
service that meets DatabaseUnavailableError calls `report_failure()` so every screen agrees at once.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from kiosk.storage.database import Database, StorageError

log = logging.getLogger(__name__)

# While up, re-check now and then so a screen learns of an outage before a resident does.
RECHECK_WHILE_UP_SECONDS = 15.0
# While down, wait 1 s, 2 s, 4 s ... 30 s between checks: each failed check can take up to the
# connect timeout, and many kiosks hammering a recovering server slows its recovery.
FIRST_BACKOFF_SECONDS = 1.0
MAX_BACKOFF_SECONDS = 30.0


class Connectivity:
    """Remembers whether the database answered, and asks it again only when it is time to."""

    def __init__(self, database: Database, monotonic: Callable[[], float] = time.monotonic) -> None:
        self._database = database
        self._monotonic = monotonic
        self._available = True
        self._next_check = float("-inf")
        self._backoff = FIRST_BACKOFF_SECONDS

    def is_available(self) -> bool:
        """The last known state, refreshed by one ping when the re-check or backoff time has come."""
        if self._monotonic() >= self._next_check:
            self.check_now()
        return self._available

    def check_now(self) -> bool:
        """Ping the database now, whatever the schedule (for a staff "retry" button)."""
        reachable = self._database.ping() if self._database.schema_ready else self._finish_start()
        if reachable:
            self.report_success()
        else:
            self.report_failure()
        return self._available

    def _finish_start(self) -> bool:
        # The kiosk started while the database was down: migrate now, as start-up would have.
        try:
            self._database.upgrade()
        except StorageError as err:
            log.warning("database still not usable: %s", err)
            return False
        return True

    def report_failure(self) -> None:
        """A call just failed with DatabaseUnavailableError: treat the database as down."""
        if self._available:
            log.warning("database unavailable; retrying in %.0f s", self._backoff)
        else:
            self._backoff = min(self._backoff * 2, MAX_BACKOFF_SECONDS)
        self._available = False
        self._next_check = self._monotonic() + self._backoff

    def report_success(self) -> None:
        """A call just worked: the database is up."""
        if not self._available:
            log.info("database available again")
        self._available = True
        self._backoff = FIRST_BACKOFF_SECONDS
        self._next_check = self._monotonic() + RECHECK_WHILE_UP_SECONDS
