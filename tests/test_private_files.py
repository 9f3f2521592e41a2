"""The kiosk's files are its user's alone: 0600 files in 0700 folders, whatever the umask it started with."""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.domain.slip import Slip
from kiosk.services.booking_desk import BookingDesk
from kiosk.services.printing import PrintService
from kiosk.services.slip_render import PAPERS
from kiosk.storage.database import Database
from kiosk.storage.settings import write_setting
from tests.helpers.booking import BOOKABLE_DAY, at, booking_service
from tests.helpers.processes import child_env, python_command


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def _open_umask() -> Iterator[None]:
    """The umask of a process that did not set one (a test, a staff tool importing the kiosk)."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_the_sqlite_database_its_wal_and_its_folder_are_private(tmp_path: Path) -> None:
    path = tmp_path / "data" / "kiosk.sqlite3"
    database = Database(f"sqlite:///{path}")
    database.upgrade()
    with database.write_session() as session:
        write_setting(session, "x", "y")
    try:
        assert mode(path.parent) == 0o700
        assert mode(path) == 0o600
        assert mode(Path(f"{path}-wal")) == 0o600
        assert mode(Path(f"{path}-shm")) == 0o600
    finally:
        database.dispose()


def test_a_database_file_an_older_kiosk_left_readable_is_made_private(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.sqlite3"
    path.touch(mode=0o644)
    os.chmod(path, 0o644)
    Database(f"sqlite:///{path}").dispose()
    assert mode(path) == 0o600


def test_the_bookings_export_is_private(sqlite_database: Database, tmp_path: Path) -> None:
    desk = BookingDesk(booking_service(sqlite_database), tmp_path / "exports" / "desk")
    desk.book_for_caller(
        start=at(BOOKABLE_DAY, 10), field_id="national", name="홍길동", phone="010-1234-5678", consent=True
    )
    target = desk.export_day(BOOKABLE_DAY)
    assert mode(target) == 0o600
    assert mode(target.parent) == 0o700 and mode(target.parent.parent) == 0o700


def test_a_shared_export_folder_staff_chose_keeps_its_mode(sqlite_database: Database, tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    target = BookingDesk(booking_service(sqlite_database), shared).export_day(BOOKABLE_DAY)
    assert mode(shared) == 0o755  # staff's choice; the file in it is still private
    assert mode(target) == 0o600


def test_a_slip_pdf_is_private(qapp: object, tmp_path: Path) -> None:
    from kiosk.domain.clock import SEOUL, ManualClock

    clock = ManualClock(at(BOOKABLE_DAY, 9).astimezone(SEOUL))
    service = PrintService(None, PAPERS["80mm"], clock, tmp_path / "unused")
    target = tmp_path / "slips" / "slip.pdf"
    assert service.save_pdf(Slip("Booking", ["code ABC-123"]), target).printed
    assert target.read_bytes().startswith(b"%PDF")
    assert mode(target) == 0o600 and mode(target.parent) == 0o700


LOGS = """
import logging, os, sys
from pathlib import Path
os.umask(0o022)
from kiosk.logging_setup import configure_logging
configure_logging(Path(sys.argv[1]))
logging.getLogger("kiosk").warning("started")
"""


def test_the_log_and_crash_files_are_private(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    subprocess.run(python_command(LOGS, str(logs)), env=child_env(), check=True, timeout=60)
    assert mode(logs) == 0o700
    assert mode(logs / "kiosk.log") == 0o600
    assert mode(logs / "crash.log") == 0o600


def test_logs_an_older_kiosk_left_readable_are_made_private(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    logs.mkdir(mode=0o755)
    os.chmod(logs, 0o755)
    for name in ("kiosk.log", "kiosk.log.1", "crash.log"):
        (logs / name).write_text("old\n", encoding="utf-8")
        os.chmod(logs / name, 0o644)
    subprocess.run(python_command(LOGS, str(logs)), env=child_env(), check=True, timeout=60)
    assert mode(logs) == 0o700
    assert [mode(logs / name) for name in ("kiosk.log", "kiosk.log.1", "crash.log")] == [0o600] * 3


def test_every_command_runs_under_a_private_umask(tmp_path: Path) -> None:
    """What a command creates through a library (an export a staff member asked for) is private too."""
    env = child_env() | {
        "KIOSK_DATA_DIR": str(tmp_path / "data"),
        "KIOSK_CONFIG": str(tmp_path / "none.toml"),
    }
    code = "import os, sys\nos.umask(0o022)\nfrom kiosk.cli import main\nsys.exit(main(sys.argv[1:]))"
    out = tmp_path / "usage.csv"
    for argv in (["db", "upgrade"], ["usage", "export", "--csv", "--out", str(out)]):
        done = subprocess.run(
            python_command(code, *argv), env=env, capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, done.stderr
    assert mode(tmp_path / "data") == 0o700
    assert mode(tmp_path / "data" / "kiosk.sqlite3") == 0o600
    assert mode(out) == 0o600
