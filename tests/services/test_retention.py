"""The retention job: runs at start and once a day, erases what is older than the retention period."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from kiosk.domain.clock import SEOUL, ManualClock
from kiosk.services.retention import RetentionJob
from kiosk.storage.database import Database


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 12, 5, 9, 0, tzinfo=SEOUL))


def test_the_cutoff_is_the_retention_period_before_now(database: Database, clock: ManualClock) -> None:
    job = RetentionJob(database, clock, retention_days=30)
    assert job.cutoff() == datetime(2026, 11, 5, 9, 0, tzinfo=SEOUL)


def test_runs_once_a_day_and_again_the_next_day(database: Database, clock: ManualClock) -> None:
    cutoffs: list[datetime] = []

    def eraser(_database: Database, cutoff: datetime) -> int:
        cutoffs.append(cutoff)
        return 3

    job = RetentionJob(database, clock, 30, {"records": eraser})
    assert job.run_if_due() == {"records": 3}
    clock.advance(timedelta(hours=14))
    assert job.run_if_due() is None
    clock.advance(timedelta(hours=2))  # past midnight in Seoul
    assert job.run_if_due() == {"records": 3}
    assert cutoffs == [datetime(2026, 11, 5, 9, 0, tzinfo=SEOUL), datetime(2026, 11, 6, 1, 0, tzinfo=SEOUL)]


def test_the_last_run_survives_a_restart(database_url: str, clock: ManualClock) -> None:
    first = Database(database_url)
    first.upgrade()
    RetentionJob(first, clock, 30).run()
    first.dispose()
    again = Database(database_url)
    again.upgrade()
    assert RetentionJob(again, clock, 30).run_if_due() is None
    again.dispose()


def test_names_and_phones_of_bookings_are_erased_after_the_retention_period(database: Database) -> None:
    from datetime import date

    from kiosk.services.retention import default_erasers
    from kiosk.storage import booking as store
    from tests.helpers.booking import BOOKABLE_DAY, at, booking_service

    service = booking_service(database)
    old = service.book(
        start=at(BOOKABLE_DAY, 10),
        consultant_id="c01",
        field_id="national",
        name="홍길동",
        phone="010-1234-5678",
        consent=True,
    )
    later_day = date(2026, 12, 10)
    recent = service.book(
        start=at(later_day, 10),
        consultant_id="c01",
        field_id="national",
        name="김서초",
        phone="010-2222-3333",
        consent=True,
    )
    # 30 days after the first consultation, before the second one's 30 days are over.
    clock = ManualClock(at(BOOKABLE_DAY, 12) + timedelta(days=31))
    erased = RetentionJob(database, clock, 30, default_erasers()).run()
    assert erased == {"bookings": 1}
    with database.session() as session:
        kept_old = store.find_booking(session, old.code)
        kept_recent = store.find_booking(session, recent.code)
    assert (kept_old.name, kept_old.phone) == ("", "")
    assert (kept_recent.name, kept_recent.phone) == ("김서초", "01022223333")
    assert kept_old.start == old.start  # the booking itself stays for the statistics


def test_an_erased_name_and_phone_are_in_neither_the_database_file_nor_its_wal(tmp_path) -> None:
    import sqlite3
    from contextlib import closing
    from datetime import date

    from kiosk.services.retention import default_erasers
    from tests.helpers.booking import BOOKABLE_DAY, at, booking_service

    path = Path(tmp_path) / "kiosk.sqlite3"
    database = Database(f"sqlite:///{path}")
    database.upgrade()
    name, phone = "Zebulon Quixotewright", "010-9876-5432"
    # Bookings of a later day stay: the erased record is freed in a page whose other records live on.
    later_day = date(2026, 12, 10)
    bookings = [
        (at(later_day, 10), "Other Resident Ann", "010-1111-2210"),
        (at(BOOKABLE_DAY, 11), name, phone),
        (at(later_day, 14), "Other Resident Bo", "010-1111-2214"),
    ]
    for start, who, number in bookings:
        booking_service(database).book(
            start=start, consultant_id="c01", field_id="national", name=who, phone=number, consent=True
        )
    # Weeks pass before the erasure: SQLite's automatic checkpoints have copied the rows into the file.
    with closing(sqlite3.connect(path)) as other_kiosk:
        other_kiosk.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert name.encode() in path.read_bytes()  # the check below can see it while it is there
    wal = Path(f"{path}-wal")
    clock = ManualClock(at(BOOKABLE_DAY, 12) + timedelta(days=31))
    assert RetentionJob(database, clock, 30, default_erasers()).run()["bookings"] == 1
    after = path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    database.dispose()
    for secret in (name, "Zebulon", "Quixotewright", "01098765432"):
        assert secret.encode() not in after, secret
    assert b"Other Resident Ann" in after  # what is not due stays


# --- this kiosk's copies: exported day lists, slip files, slips kept for a reprint ---------------------


def _exporting_kiosk(database: Database, tmp_path):
    from kiosk.config import Config, StaffSection
    from kiosk.services.booking_desk import BookingDesk
    from tests.helpers.booking import booking_service

    config = Config(staff=StaffSection(export_dir=str(tmp_path / "exports")))
    return config, BookingDesk(booking_service(database), config.staff.export_path())


def test_exported_day_lists_are_erased_with_their_bookings(database: Database, tmp_path) -> None:
    from datetime import date

    from kiosk.services.retention import default_erasers, local_erasers
    from tests.helpers.booking import BOOKABLE_DAY, at

    config, desk = _exporting_kiosk(database, tmp_path)
    later_day = date(2026, 12, 10)
    for day in (BOOKABLE_DAY, later_day):
        desk.book_for_caller(
            start=at(day, 10),
            field_id="national",
            name="Zebulon Quixotewright",
            phone="010-9876-5432",
            consent=True,
        )
    old, recent = desk.export_day(BOOKABLE_DAY), desk.export_day(later_day)
    assert "Quixotewright" in old.read_text(encoding="utf-8-sig")
    foreign = old.parent / "notes.txt"  # staff's own file in the folder they chose: not the kiosk's
    foreign.write_text("x", encoding="utf-8")
    clock = ManualClock(at(BOOKABLE_DAY, 12) + timedelta(days=31))
    erased = RetentionJob(database, clock, 30, default_erasers(), local_erasers(config)).run()
    assert erased["bookings"] == 1 and erased["exports"] == 1
    assert not old.exists()
    assert recent.exists() and foreign.exists()  # the later day's bookings are still kept


def test_slip_files_are_erased_after_the_retention_period(database: Database, qapp: object) -> None:
    import os

    from kiosk.config import Config
    from kiosk.domain.slip import Slip
    from kiosk.services.printing import PrintService, slip_pdf_dir
    from kiosk.services.retention import local_erasers
    from kiosk.services.slip_render import PAPERS

    clock = ManualClock(datetime(2026, 12, 5, 9, 0, tzinfo=SEOUL))
    service = PrintService(None, PAPERS["80mm"], clock, slip_pdf_dir())
    slip = Slip("Consultation booked", [("Code", "K7Q-4821"), ("Phone", "010-****-5432")])
    assert service.save_pdf(slip).printed and service.save_pdf(slip).printed
    old, new = sorted(slip_pdf_dir().glob("*.pdf"))
    written = (clock.now() - timedelta(days=31)).timestamp()
    os.utime(old, (written, written))
    erased = RetentionJob(database, clock, 30, {}, local_erasers(Config())).run()
    assert erased["slip files"] == 1
    assert sorted(slip_pdf_dir().glob("*.pdf")) == [new]


def test_slips_kept_for_a_reprint_are_forgotten_after_the_retention_period(database: Database) -> None:
    from kiosk.config import Config
    from kiosk.domain.slip import Slip
    from kiosk.services.printing import PrintService
    from kiosk.services.retention import local_erasers
    from kiosk.services.slip_render import PAPERS

    clock = ManualClock(datetime(2026, 11, 1, 9, 0, tzinfo=SEOUL))
    service = PrintService(None, PAPERS["80mm"], clock, Path("/nonexistent"))
    old = Slip("Consultation booked", [("Phone", "010-****-5432")])
    service.print_slip(old)  # no printer: kept for staff to reprint
    clock.advance(timedelta(days=20))
    recent = Slip("Consultation booked", [("Phone", "010-****-1111")])
    service.print_slip(recent)
    clock.advance(timedelta(days=11))
    erased = RetentionJob(database, clock, 30, {}, local_erasers(Config(), service)).run()
    assert erased["unprinted slips"] == 1
    assert service.unprinted() == (recent,)


def test_each_kiosk_erases_its_own_copies_even_when_another_erased_the_database(
    database: Database, tmp_path
) -> None:
    from kiosk.services.retention import default_erasers, local_erasers
    from tests.helpers.booking import BOOKABLE_DAY, at

    config, desk = _exporting_kiosk(database, tmp_path)
    export = desk.export_day(BOOKABLE_DAY)
    clock = ManualClock(at(BOOKABLE_DAY, 12) + timedelta(days=31))
    RetentionJob(database, clock, 30, default_erasers()).run()  # the other kiosk, first today
    this_kiosk = RetentionJob(database, clock, 30, default_erasers(), local_erasers(config))
    assert this_kiosk.run_if_due() is None  # the database part is not due again today
    assert not export.exists()
