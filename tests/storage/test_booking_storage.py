"""The booking tables: the database itself refuses a second active booking of one slot."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from kiosk.domain.booking import BookingSource, BookingStatus
from kiosk.domain.booking_errors import SlotTaken
from kiosk.storage import booking as store
from kiosk.storage.database import Database
from tests.helpers.booking import BOOKABLE_DAY, at, booking_service


def _row(code: str, status: str = "active", consultant: str = "c01") -> dict[str, object]:
    return {
        "code": code,
        "consultant_id": consultant,
        "starts_at": datetime(2026, 12, 3, 10, 0),
        "ends_at": datetime(2026, 12, 3, 10, 20),
        "field_id": "national",
        "name": "홍길동",
        "phone": "01012345678",
        "status": status,
        "source": "web",
        "created_at": datetime(2026, 11, 25, 9, 0),
    }


def test_unique_index_rejects_a_second_active_booking_at_the_database_level(database: Database) -> None:
    booking_service(database)
    with database.write_session() as session:
        session.execute(insert(store.BookingRow), [_row("AAAAAA")])
    # Plain SQL insert, no Python rule in the way: the index alone refuses it.
    with pytest.raises(IntegrityError), database.write_session() as session:
        session.execute(insert(store.BookingRow), [_row("BBBBBB")])
    with database.session() as session:
        assert store.count_bookings(session) == 1


def test_cancelled_and_other_consultants_bookings_do_not_block_the_slot(database: Database) -> None:
    booking_service(database)
    with database.write_session() as session:
        session.execute(
            insert(store.BookingRow),
            [
                _row("AAAAAA", status="cancelled"),
                _row("BBBBBB", status="no_show"),
                _row("CCCCCC"),
                _row("DDDDDD", consultant="c04"),
            ],
        )
    with database.session() as session:
        assert store.taken_slots(session, BOOKABLE_DAY, BOOKABLE_DAY) == {
            ("c01", at(BOOKABLE_DAY, 10)),
            ("c04", at(BOOKABLE_DAY, 10)),
        }


def test_insert_booking_turns_the_index_violation_into_slot_taken(database: Database) -> None:
    booking_service(database)
    common = {
        "consultant_id": "c01",
        "start": at(BOOKABLE_DAY, 10),
        "end": at(BOOKABLE_DAY, 10, 20),
        "field_id": "national",
        "name": "홍길동",
        "source": BookingSource.KIOSK,
        "created_at": at(BOOKABLE_DAY, 9),
    }
    with database.write_session() as session:
        store.insert_booking(session, code="AAAAAA", phone="01011112222", **common)
    with pytest.raises(SlotTaken), database.write_session() as session:
        store.insert_booking(session, code="BBBBBB", phone="01033334444", **common)
    with pytest.raises(store.DuplicateCode), database.write_session() as session:
        store.insert_booking(
            session, code="AAAAAA", phone="01033334444", **{**common, "start": at(BOOKABLE_DAY, 14)}
        )
    with database.session() as session:
        found = store.find_booking(session, "AAAAAA")
        assert found is not None and found.status is BookingStatus.ACTIVE
        assert found.start == at(BOOKABLE_DAY, 10) and found.consultant_name == "김하늘 세무사"
        assert store.count_bookings(session) == 1


def test_times_are_stored_as_seoul_wall_time(database: Database) -> None:
    service = booking_service(database)
    # 01:00 UTC is 10:00 in Seoul.
    utc_start = datetime.fromisoformat("2026-12-03T01:00:00+00:00")
    booking = service.book(
        start=utc_start,
        consultant_id="c01",
        field_id="national",
        name="홍길동",
        phone="01012345678",
        consent=True,
    )
    with database.session() as session:
        row = session.get(store.BookingRow, 1)
        assert row is not None and row.starts_at == datetime(2026, 12, 3, 10, 0)
    assert booking.start.isoformat() == "2026-12-03T10:00:00+09:00"
