"""The retention job: personal data of bookings is erased a set number of days after the consultation.

It runs when the kiosk starts and then once a day (`run_if_due`, checked every hour by the GUI); the
date of the last run is kept in the `setting` table, so two kiosks on one database run it once a day
between them at most twice, which is harmless: erasing is idempotent.

What a kiosk keeps on its own disk or in its memory (the day lists staff exported, slip PDFs, slips
waiting for a reprint) is each kiosk's own: those local erasers run at every check on every kiosk,
whichever kiosk erased the database that day.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from kiosk.config import Config
from kiosk.domain.clock import Clock, today
from kiosk.services.booking_desk import EXPORT_PREFIX
from kiosk.services.printing import PrintService, slip_pdf_dir
from kiosk.storage.database import Database
from kiosk.storage.settings import read_setting, write_setting

log = logging.getLogger(__name__)

LAST_RUN_KEY = "retention.last_run"

# Erases name and phone of consultations that ended before the cutoff; returns how many it erased.
Eraser = Callable[[Database, datetime], int]
# Erases what this kiosk alone holds (files, memory) from before the cutoff; returns how many.
LocalEraser = Callable[[datetime], int]


class RetentionJob:
    def __init__(
        self,
        database: Database,
        clock: Clock,
        retention_days: int,
        erasers: dict[str, Eraser] | None = None,
        local_erasers: dict[str, LocalEraser] | None = None,
    ) -> None:
        self.database = database
        self.clock = clock
        self.retention_days = retention_days
        self.erasers: dict[str, Eraser] = dict(erasers or {})
        self.local_erasers: dict[str, LocalEraser] = dict(local_erasers or {})

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
        erased |= self.erase_local()
        log.info("retention: erased personal data older than %d days: %s", self.retention_days, erased)
        return erased

    def run_if_due(self) -> dict[str, int] | None:
        """Erase this kiosk's own copies, then the database unless that already ran today (None then)."""
        local = self.erase_local()
        if any(local.values()):
            log.info("retention: erased this kiosk's copies: %s", local)
        with self.database.session() as session:
            last = read_setting(session, LAST_RUN_KEY)
        if last == today(self.clock).isoformat():
            return None
        return self.run()

    def erase_local(self) -> dict[str, int]:
        """Run the local erasers (cheap: a folder listing and a short list in memory)."""
        cutoff = self.cutoff()
        return {name: eraser(cutoff) for name, eraser in self.local_erasers.items()}


def _erase_bookings(database: Database, cutoff: datetime) -> int:
    from kiosk.storage.booking import erase_personal_data

    with database.write_session() as session:
        return erase_personal_data(session, cutoff)


def default_erasers() -> dict[str, Eraser]:
    """The kiosk's stores of personal data: the names and phone numbers of bookings."""
    return {"bookings": _erase_bookings}


def local_erasers(config: Config, printing: PrintService | None = None) -> dict[str, LocalEraser]:
    """This kiosk's copies of bookings: exported day lists, slip PDFs and, in a running kiosk, the slips
    kept for a reprint."""
    erasers: dict[str, LocalEraser] = {
        "exports": lambda cutoff: erase_exports(config.staff.export_path(), cutoff),
        "slip files": lambda cutoff: erase_files_before(slip_pdf_dir(), "*.pdf", cutoff),
    }
    if printing is not None:
        erasers["unprinted slips"] = printing.forget_unprinted
    return erasers


def erase_exports(folder: Path, cutoff: datetime) -> int:
    """Delete the day lists whose day's consultations are being erased (`bookings-YYYY-MM-DD.csv` of
    the cutoff's day and before); other files in the folder are not the kiosk's and stay."""
    erased = 0
    for path in _files(folder, f"{EXPORT_PREFIX}*.csv"):
        day = _export_day(path)
        if day is not None and day <= cutoff.date():
            erased += _delete(path)
    return erased


def erase_files_before(folder: Path, pattern: str, cutoff: datetime) -> int:
    """Delete the files matching `pattern` last written before `cutoff`."""
    limit = cutoff.timestamp()
    return sum(_delete(path) for path in _files(folder, pattern) if path.stat().st_mtime < limit)


def _export_day(path: Path) -> date | None:
    try:
        return date.fromisoformat(path.stem.removeprefix(EXPORT_PREFIX))
    except ValueError:
        return None


def _files(folder: Path, pattern: str) -> list[Path]:
    try:
        return [path for path in folder.glob(pattern) if path.is_file()]
    except OSError as err:
        log.error("retention: cannot list %s: %s", folder, err.strerror)
        return []


def _delete(path: Path) -> int:
    try:
        path.unlink()
    except FileNotFoundError:
        return 0  # another kiosk on the same folder was first
    except OSError as err:
        log.error("retention: cannot delete %s: %s", path.name, err.strerror)
        return 0
    return 1
