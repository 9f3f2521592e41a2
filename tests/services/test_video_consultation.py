"""Check-in at the kiosk for a video consultation: on SQLite and PostgreSQL, with a ManualClock."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from kiosk.config import StationSection, VideoSection
from kiosk.domain.booking import Booking, BookingStatus
from kiosk.domain.check_in import (
    CheckInCancelled,
    CheckInTooEarly,
    CheckInTooLate,
    CheckInUnknown,
    VisitStage,
    room_number,
)
from kiosk.domain.clock import ManualClock
from kiosk.services.booking_desk import BookingDesk
from kiosk.services.video_consultation import VideoConsultations
from kiosk.storage.database import Database
from tests.helpers.booking import BOOKABLE_DAY, at, booking_service

VIDEO = VideoSection(
    room_url="http://127.0.0.1:8089/room.html?room={room}",
    consultant_rooms={},
    allowed_origins=["http://127.0.0.1:8088"],
)


@pytest.fixture
def video(database: Database) -> VideoConsultations:
    return VideoConsultations(booking_service(database), VIDEO, StationSection())


def _book(video: VideoConsultations, hour: int = 10, minute: int = 20) -> Booking:
    return video.booking.book(
        start=at(BOOKABLE_DAY, hour, minute),
        consultant_id=None,
        field_id="national",
        name="홍길동",
        phone="010-1234-5678",
        consent=True,
    )


def _clock(video: VideoConsultations) -> ManualClock:
    clock = video.booking.clock
    assert isinstance(clock, ManualClock)
    return clock


def test_check_in_marks_the_booking_attended_and_gives_the_room(video: VideoConsultations) -> None:
    booking = _book(video)
    _clock(video).set(booking.start - timedelta(minutes=5))
    check_in = video.check_in(booking.code.lower()[:3] + "-" + booking.code.lower()[3:])
    assert check_in.room_url == f"http://127.0.0.1:8089/room.html?room={room_number(booking.code)}"
    assert check_in.origins.allows("http://127.0.0.1:8089/x") and check_in.origins.allows(
        "http://127.0.0.1:8088/janus"
    )
    assert not check_in.origins.allows("http://127.0.0.1:9999/")
    assert check_in.call_ends_at == booking.end + timedelta(minutes=5)
    desk_day = BookingDesk(video.booking, Path("unused")).day(BOOKABLE_DAY)
    assert [b.status for b in desk_day.bookings] == [BookingStatus.ATTENDED]
    [visit] = video.visits_of_day(BOOKABLE_DAY)
    assert (visit.code, visit.stage, visit.consultant_id) == (
        booking.code,
        VisitStage.CHECKED_IN,
        booking.consultant_id,
    )


def test_stages_move_and_staff_can_correct_the_attendance(video: VideoConsultations, tmp_path: Path) -> None:
    booking = _book(video)
    _clock(video).set(booking.start)
    video.check_in(booking.code, "홍길동")
    assert video.set_stage(booking.code, VisitStage.WAITING)
    _clock(video).advance(timedelta(minutes=1))
    assert video.set_stage(booking.code, VisitStage.IN_CALL)
    [visit] = video.visits_of_day(BOOKABLE_DAY)
    assert visit.stage is VisitStage.IN_CALL and visit.stage_at == booking.start + timedelta(minutes=1)
    assert not video.set_stage("ZZZZZZ", VisitStage.WAITING)
    desk = BookingDesk(video.booking, tmp_path)
    desk.mark(booking.code, BookingStatus.NO_SHOW)
    assert desk.day(BOOKABLE_DAY).bookings[0].status is BookingStatus.NO_SHOW


def test_refusals_too_early_too_late_cancelled_unknown_and_wrong_name(video: VideoConsultations) -> None:
    booking = _book(video)
    clock = _clock(video)
    clock.set(booking.start - timedelta(minutes=11))
    with pytest.raises(CheckInTooEarly):
        video.check_in(booking.code)
    clock.set(booking.end)
    with pytest.raises(CheckInTooLate):
        video.check_in(booking.code)
    clock.set(booking.start)
    with pytest.raises(CheckInUnknown):
        video.check_in(booking.code, "김철수")
    with pytest.raises(CheckInUnknown):
        video.check_in("NOT-A-CODE\x00")
    with pytest.raises(CheckInUnknown):
        video.check_in("ZZZZZZ")
    video.booking.cancel(booking.code, "5678")
    with pytest.raises(CheckInCancelled):
        video.check_in(booking.code)
    assert video.visits_of_day(BOOKABLE_DAY) == []


def test_a_consultant_room_wins_over_the_pattern(database: Database) -> None:
    section = VideoSection(room_url="https://a.example.org/{room}", consultant_rooms={})
    service = VideoConsultations(booking_service(database), section, StationSection())
    booking = _book(service)
    per_consultant = VideoSection(consultant_rooms={booking.consultant_id: "https://b.example.org/{code}"})
    service = VideoConsultations(service.booking, per_consultant, StationSection())
    _clock(service).set(booking.start)
    assert service.check_in(booking.code).room_url == f"https://b.example.org/{booking.code}"


def test_the_home_tile_shows_from_the_first_window_to_the_last_slot_end(video: VideoConsultations) -> None:
    clock = _clock(video)
    clock.set(at(BOOKABLE_DAY, 9, 49))
    assert not video.in_consultation_hours()
    clock.set(at(BOOKABLE_DAY, 9, 50))
    assert video.in_consultation_hours()
    clock.set(at(BOOKABLE_DAY, 12, 0))
    assert not video.in_consultation_hours()
    clock.set(at(BOOKABLE_DAY + timedelta(days=2), 10, 30))  # a Saturday
    assert not video.in_consultation_hours()
