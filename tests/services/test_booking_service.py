"""BookingService: booking, limits, look-up, cancel, month availability, closures and imports."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kiosk.config import BookingSection
from kiosk.domain.booking import BookingSource, BookingStatus, DayStatus
from kiosk.domain.booking_errors import (
    ConsentMissing,
    DayClosed,
    InvalidName,
    InvalidPhone,
    InvalidSlot,
    NotFound,
    PhoneLimitReached,
    SlotTaken,
    TooEarly,
)
from kiosk.domain.clock import ManualClock
from kiosk.domain.closed_days import Closure, ClosurePart
from kiosk.domain.consultation import UnknownField
from kiosk.services.booking import BookingService, load_demo_consultants
from kiosk.services.booking_csv import ImportRefused, read_booking_csv, write_booking_csv
from kiosk.storage import booking as store
from kiosk.storage.database import Database
from tests.helpers.booking import BOOKABLE_DAY, TODAY, at, booking_service


def _book(service: BookingService, hour: int = 10, minute: int = 0, **overrides: object):
    values: dict[str, object] = {
        "start": at(BOOKABLE_DAY, hour, minute),
        "consultant_id": "c01",
        "field_id": "national",
        "name": "홍길동",
        "phone": "010-1234-5678",
        "consent": True,
    }
    values.update(overrides)
    return service.book(**values)  # type: ignore[arg-type]


def _count(database: Database) -> int:
    with database.session() as session:
        return store.count_bookings(session)


def test_a_booking_is_saved_with_a_code_and_normalised_input(database: Database) -> None:
    service = booking_service(database)
    booking = _book(service, name="  홍 길동 ", phone="+82 10 1234 5678")
    assert booking.status is BookingStatus.ACTIVE and booking.source is BookingSource.KIOSK
    assert booking.name == "홍 길동" and booking.phone == "01012345678"
    assert booking.masked_phone == "010-****-5678"
    assert booking.end - booking.start == timedelta(minutes=20)
    assert service.lookup(booking.code, "5678") == booking


def test_the_same_slot_cannot_be_booked_twice_and_nothing_is_half_saved(database: Database) -> None:
    service = booking_service(database)
    _book(service)
    with pytest.raises(SlotTaken, match="already been taken"):
        _book(service, phone="010-9999-8888", name="김철수")
    assert _count(database) == 1
    # Another consultant at the same time is still free.
    assert _book(service, consultant_id="c04", phone="010-9999-8888").consultant_id == "c04"


def test_without_a_consultant_any_free_one_of_the_field_is_taken(database: Database) -> None:
    service = booking_service(database)
    first = _book(service, consultant_id=None, field_id="gift", phone="010-1111-1111")
    second = _book(service, consultant_id=None, field_id="gift", phone="010-2222-2222")
    assert {first.consultant_id, second.consultant_id} == {"c02", "c03"}
    with pytest.raises(SlotTaken):
        _book(service, consultant_id=None, field_id="gift", phone="010-3333-3333")


def test_one_active_booking_per_phone_per_day(database: Database) -> None:
    service = booking_service(database)
    first = _book(service)
    with pytest.raises(PhoneLimitReached, match="already has one consultation booked on 2026-12-03"):
        _book(service, hour=14, phone="01012345678")
    _book(service, start=at(BOOKABLE_DAY + timedelta(days=1), 10))  # another day is fine
    service.cancel(first.code, "5678")
    _book(service, hour=14)  # cancelling frees the phone's day again


def test_the_phone_limit_is_configurable(database: Database) -> None:
    load_demo_consultants(database)
    service = BookingService(
        database, ManualClock(at(TODAY, 9)), BookingSection(max_bookings_per_phone_per_day=2)
    )
    _book(service, hour=10)
    _book(service, hour=14)
    with pytest.raises(PhoneLimitReached, match="2 consultations"):
        _book(service, hour=15)


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"consent": False}, ConsentMissing),
        ({"name": "😀"}, InvalidName),
        ({"phone": "02-123-4567"}, InvalidPhone),
        ({"field_id": "vat"}, UnknownField),
        ({"consultant_id": "c02"}, InvalidSlot),  # c02 does not take national taxes
        ({"consultant_id": "zz"}, InvalidSlot),
        ({"start": at(TODAY + timedelta(days=2), 10)}, TooEarly),
        ({"start": at(date(2026, 12, 25), 10)}, DayClosed),
        ({"start": at(BOOKABLE_DAY, 10, 5)}, InvalidSlot),
    ],
)
def test_refusals_are_typed_and_save_nothing(database: Database, overrides: dict, error: type) -> None:
    service = booking_service(database)
    with pytest.raises(error):
        _book(service, **overrides)
    assert _count(database) == 0


def test_lookup_needs_the_right_last_four_digits(database: Database) -> None:
    service = booking_service(database)
    booking = _book(service)
    assert service.lookup(booking.code.lower(), "5678").code == booking.code
    assert service.lookup(f"{booking.code[:3]}-{booking.code[3:]}", "5678").code == booking.code
    with pytest.raises(NotFound):
        service.lookup(booking.code, "0000")
    with pytest.raises(NotFound):
        service.lookup("ZZZZZZ", "5678")


def test_a_cancelled_slot_is_free_again_at_once(database: Database) -> None:
    service = booking_service(database)
    booking = _book(service)
    assert at(BOOKABLE_DAY, 10) not in {
        s.start for s in service.free_slots(BOOKABLE_DAY, "national") if s.consultant_id == "c01"
    }
    with pytest.raises(NotFound):
        service.cancel(booking.code, "1111")
    cancelled = service.cancel(booking.code, "5678")
    assert cancelled.status is BookingStatus.CANCELLED
    free = {(s.consultant_id, s.start) for s in service.free_slots(BOOKABLE_DAY, "national")}
    assert ("c01", at(BOOKABLE_DAY, 10)) in free
    with pytest.raises(NotFound):
        service.lookup(booking.code, "5678")
    with pytest.raises(NotFound):
        service.cancel(booking.code, "5678")
    assert _book(service, phone="010-2222-3333").consultant_id == "c01"


def test_month_availability_follows_bookings_and_closures(database: Database) -> None:
    service = booking_service(database)
    # Fill every inheritance slot of 2026-12-04 (consultants c02 and c03).
    for index, start in enumerate(service.rules.schedule.slot_starts(date(2026, 12, 4))):
        for consultant in ("c02", "c03"):
            _book(
                service,
                start=start,
                consultant_id=consultant,
                field_id="inheritance",
                phone=f"010-5555-{index:02d}{consultant[-1]}0",
            )
    service.add_closure(Closure(date(2026, 12, 7), ClosurePart.DAY, "직원 교육"))
    service.add_closure(Closure(date(2026, 12, 8), ClosurePart.MORNING, "회의", consultant_id="c02"))
    month = {d.day: d for d in service.month_availability(2026, 12, "inheritance")}
    assert len(month) == 31
    assert month[date(2026, 12, 1)].status is DayStatus.TOO_EARLY
    assert month[date(2026, 12, 3)].status is DayStatus.AVAILABLE
    assert month[date(2026, 12, 3)].free_slots == 24
    assert month[date(2026, 12, 4)].status is DayStatus.FULL
    assert month[date(2026, 12, 5)].status is DayStatus.CLOSED
    assert month[date(2026, 12, 7)].status is DayStatus.CLOSED
    assert month[date(2026, 12, 7)].reason is not None and month[date(2026, 12, 7)].reason.ko == "직원 교육"
    assert month[date(2026, 12, 8)].free_slots == 18
    assert (
        month[date(2026, 12, 25)].reason is not None
        and month[date(2026, 12, 25)].reason.en == "Christmas Day"
    )
    with pytest.raises(DayClosed, match="직원 교육"):
        _book(service, start=at(date(2026, 12, 7), 10), consultant_id="c02", field_id="gift")


def test_slots_list_free_and_taken_slots_of_bookable_days_only(database: Database) -> None:
    service = booking_service(database)
    _book(service)
    slots = service.slots(TODAY, date(2026, 12, 6), "national")
    days = {s.start.date() for s in slots}
    assert days == {date(2026, 12, 2), date(2026, 12, 3), date(2026, 12, 4)}  # no early days, no weekend
    taken = [s for s in slots if not s.free]
    assert [(s.consultant_id, s.start) for s in taken] == [("c01", at(BOOKABLE_DAY, 10))]
    assert all(s.end - s.start == timedelta(minutes=20) for s in slots)


CSV_HEADER = "start,consultant,field,name,phone,source\n"


def test_import_good_rows_books_them_all(database: Database) -> None:
    service = booking_service(database)
    text = (
        CSV_HEADER
        + "2026-12-03T10:00+09:00,c01,national,홍길동,010-1234-5678,web\n"
        + "2026-12-03 10:20,c01,national,김철수,01098765432,phone\n"
        # Imports skip the notice rule: the website took this one more than 7 days ago.
        + "2026-11-27T14:00:00+09:00,c03,gift,Lee Young,+82 10 5555 6666,\n"
    )
    imported = service.import_bookings(read_booking_csv(text))
    assert [b.source for b in imported] == [BookingSource.WEB, BookingSource.PHONE, BookingSource.WEB]
    assert {b.phone for b in imported} == {"01012345678", "01098765432", "01055556666"}
    assert _count(database) == 3


def test_import_reports_every_bad_row_and_imports_nothing(database: Database) -> None:
    service = booking_service(database)
    _book(service, hour=15, phone="010-7777-7777")
    text = (
        CSV_HEADER
        + "2026-12-03T10:00+09:00,c01,national,홍길동,010-1234-5678,web\n"  # 2: good
        + "2026-12-03T10:00+09:00,c04,national,김😀,010-1234-5679,web\n"  # 3: emoji name
        + "2026-12-03T10:00+09:00,c01,national,박영희,010-2222-3333,web\n"  # 4: same slot as line 2
        + "2026-12-05T10:00+09:00,c01,national,최민수,010-3333-4444,web\n"  # 5: Saturday
        + "2026-12-03T15:00+09:00,c01,national,정수진,010-4444-5555,web\n"  # 6: taken in the database
        + "tomorrow,c01,national,한지민,010-5555-6666,web\n"  # 7: not a date
        + "2026-12-03T11:00+09:00,c01,national,윤서연,1234,web\n"  # 8: bad phone
        + "2026-12-03T11:20+09:00,c01,national,홍길순,010-1234-5678,web\n"  # 9: phone limit (line 2)
        + "2026-11-20T10:00+09:00,c01,national,강동원,010-6666-7777,web\n"  # 10: past
        + "2026-12-03T11:40+09:00,c01,national,송혜교,010-8888-9999,fax\n"  # 11: bad source
    )
    with pytest.raises(ImportRefused, match="9 bad rows; nothing was imported") as refused:
        service.import_bookings(read_booking_csv(text))
    problems = {p.line: p.reason for p in refused.value.problems}
    assert sorted(problems) == [3, 4, 5, 6, 7, 8, 9, 10, 11]
    assert "Korean or Latin" in problems[3]
    assert "already been taken" in problems[4] and "already been taken" in problems[6]
    assert "weekend" in problems[5]
    assert "not a date and time" in problems[7]
    assert "mobile phone" in problems[8]
    assert "already has one consultation" in problems[9]
    assert "passed" in problems[10]
    assert "source must be one of" in problems[11]
    assert _count(database) == 1


def test_import_refuses_a_file_with_wrong_columns() -> None:
    with pytest.raises(ImportRefused) as refused:
        read_booking_csv("start,consultant,name,telephone\n")
    assert refused.value.problems[0].line == 1
    assert "missing columns: field, phone" in refused.value.problems[0].reason
    assert "unknown columns: telephone" in refused.value.problems[0].reason


def test_export_then_import_moves_a_day_to_another_kiosk(database: Database, tmp_path) -> None:
    service = booking_service(database)
    first = _book(service)
    _book(service, hour=14, consultant_id="c04", phone="010-2222-3333")
    exported = write_booking_csv(service.bookings_of_day(BOOKABLE_DAY))
    assert exported.splitlines()[0] == "code,start,end,consultant,field,name,phone,status,source"
    other = Database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    other.upgrade()
    imported = booking_service(other).import_bookings(read_booking_csv(exported))
    assert imported[0].code == first.code
    assert [(b.start, b.consultant_id) for b in imported] == [
        (at(BOOKABLE_DAY, 10), "c01"),
        (at(BOOKABLE_DAY, 14), "c04"),
    ]
    other.dispose()


def test_holiday_tables_load_after_start_up_not_during_it(database: Database) -> None:
    service = booking_service(database)
    calendar = service.rules.calendar
    assert "_ko" not in vars(calendar)  # building the service (start-up) did not load them
    service.warm_up()
    assert "_ko" in vars(calendar)
    assert calendar.closed_reason(date(2027, 2, 8)) is not None  # 설날 holidays, 2027: 6-9 February


def test_a_resident_without_a_phone_at_hand_proves_the_booking_by_name(database: Database) -> None:
    # K28: a way to find and cancel a booking that needs no phone: the code from the slip and the name.
    service = booking_service(database)
    booking = _book(service, name="홍길동")
    for typed in ("홍길동", " 홍 길동 ", "홍\u3000길동", "\u1112\u1169\u11bc\uae38\ub3d9"):
        assert service.lookup(booking.code, typed).code == booking.code
    for wrong in ("홍길순", "", "   ", "길동"):
        with pytest.raises(NotFound):
            service.lookup(booking.code, wrong)
    with pytest.raises(NotFound):
        service.lookup(booking.code, "567")  # digits are the phone's last four, never a short name
    assert service.cancel(booking.code, "홍 길동").status is BookingStatus.CANCELLED
