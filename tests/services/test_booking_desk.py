"""The bookings desk: a day's list, attendance marks, staff cancelling, booking for a caller, export,
closures; on SQLite and PostgreSQL (the `database` fixture)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.domain.booking import BookingSource, BookingStatus
from kiosk.domain.booking_errors import (
    AttendanceTooEarly,
    ConsentMissing,
    DayClosed,
    NotFound,
    PhoneLimitReached,
    TooEarly,
)
from kiosk.domain.closed_days import ClosurePart
from kiosk.services.booking_csv import read_booking_csv
from kiosk.services.booking_desk import BookingDesk
from kiosk.storage.database import Database
from tests.helpers.booking import BOOKABLE_DAY, TODAY, at, booking_service


@pytest.fixture
def desk(database: Database, tmp_path: Path) -> BookingDesk:
    return BookingDesk(booking_service(database), tmp_path / "exports")


def _book(desk: BookingDesk, hour: int = 10, phone: str = "010-1234-5678"):
    return desk.book_for_caller(
        start=at(BOOKABLE_DAY, hour), field_id="national", name="홍길동", phone=phone, consent=True
    )


def test_booking_for_a_caller_follows_the_resident_rules_and_is_marked_phone(desk: BookingDesk) -> None:
    booking = _book(desk)
    assert booking.source is BookingSource.PHONE
    assert [b.code for b in desk.day(BOOKABLE_DAY).bookings] == [booking.code]
    with pytest.raises(PhoneLimitReached):
        _book(desk, hour=11)
    with pytest.raises(TooEarly):
        desk.book_for_caller(
            start=at(TODAY, 15), field_id="national", name="홍길동", phone="010-2222-3333", consent=True
        )
    with pytest.raises(ConsentMissing):
        desk.book_for_caller(
            start=at(BOOKABLE_DAY, 14), field_id="national", name="홍길동", phone="01022223333", consent=False
        )


def test_attendance_is_marked_from_the_day_on_and_can_be_corrected(desk: BookingDesk) -> None:
    booking = _book(desk)
    with pytest.raises(AttendanceTooEarly):
        desk.mark(booking.code, BookingStatus.ATTENDED)
    desk.booking.clock.set(at(BOOKABLE_DAY, 9, 55))  # the resident arrives early
    desk.mark(booking.code, BookingStatus.ATTENDED)
    desk.mark(booking.code, BookingStatus.NO_SHOW)
    assert desk.day(BOOKABLE_DAY).bookings[0].status is BookingStatus.NO_SHOW
    desk.mark(booking.code, BookingStatus.ATTENDED)
    assert desk.day(BOOKABLE_DAY).bookings[0].status is BookingStatus.ATTENDED
    # An attended booking still holds its slot: nobody else can book that time.
    assert booking.start not in {
        s.start
        for s in desk.booking.slots(BOOKABLE_DAY, BOOKABLE_DAY)
        if s.free and s.consultant_id == booking.consultant_id
    }


def test_staff_cancel_frees_the_slot_and_a_cancelled_booking_cannot_be_marked(desk: BookingDesk) -> None:
    booking = _book(desk)
    desk.cancel(booking.code)
    assert desk.day(BOOKABLE_DAY).bookings[0].status is BookingStatus.CANCELLED
    assert any(s.start == booking.start for s in desk.booking.free_slots(BOOKABLE_DAY, "national"))
    with pytest.raises(NotFound):
        desk.cancel(booking.code)
    desk.booking.clock.set(at(BOOKABLE_DAY, 9))
    with pytest.raises(NotFound):
        desk.mark(booking.code, BookingStatus.ATTENDED)


def test_export_writes_the_days_list_as_importable_csv(desk: BookingDesk) -> None:
    booking = _book(desk)
    path = desk.export_day(BOOKABLE_DAY)
    assert path.parent == desk.export_dir and path.name == f"bookings-{BOOKABLE_DAY}.csv"
    rows = read_booking_csv(path.read_text(encoding="utf-8-sig"))
    assert [(r.values["code"], r.values["phone"]) for r in rows] == [(booking.code, "01012345678")]


def test_a_closed_half_day_refuses_bookings_until_reopened(desk: BookingDesk) -> None:
    closure = desk.close(BOOKABLE_DAY, ClosurePart.MORNING, "교육")
    assert desk.day(BOOKABLE_DAY).closures == (closure,)
    with pytest.raises(DayClosed):
        _book(desk, hour=10)
    _book(desk, hour=14)  # the afternoon stays open
    desk.reopen(closure)
    assert desk.day(BOOKABLE_DAY).closures == ()
    assert desk.day_availability(BOOKABLE_DAY, "national").free_slots > 0
