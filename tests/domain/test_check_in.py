"""Check-in rules: the window from N minutes before the slot to its end, and the room's address."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kiosk.domain.booking import Booking, BookingSource, BookingStatus
from kiosk.domain.check_in import (
    CheckInCancelled,
    CheckInRules,
    CheckInTooEarly,
    CheckInTooLate,
    CheckInUnknown,
    room_number,
    room_url,
)
from tests.helpers.booking import BOOKABLE_DAY, at

START = at(BOOKABLE_DAY, 10, 20)


def _booking(status: BookingStatus = BookingStatus.ACTIVE, code: str = "K7M4QX") -> Booking:
    return Booking(
        code=code,
        consultant_id="kim",
        consultant_name="김세무",
        start=START,
        end=START + timedelta(minutes=20),
        field_id="national",
        name="홍길동",
        phone="01012345678",
        status=status,
        source=BookingSource.KIOSK,
        created_at=START - timedelta(days=8),
    )


RULES = CheckInRules(early_minutes=10, grace_minutes=5)


def test_the_window_opens_ten_minutes_early_and_closes_at_the_slot_end() -> None:
    with pytest.raises(CheckInTooEarly) as early:
        RULES.check(_booking(), START - timedelta(minutes=10, seconds=1))
    assert early.value.opens_at == START - timedelta(minutes=10)
    assert "10:10" in str(early.value)
    RULES.check(_booking(), START - timedelta(minutes=10))
    RULES.check(_booking(), START + timedelta(minutes=19, seconds=59))
    with pytest.raises(CheckInTooLate) as late:
        RULES.check(_booking(), START + timedelta(minutes=20))
    assert late.value.ended_at == START + timedelta(minutes=20)


def test_cancelled_unknown_and_no_show_bookings_are_refused_with_their_own_type() -> None:
    with pytest.raises(CheckInCancelled):
        RULES.check(_booking(BookingStatus.CANCELLED), START)
    with pytest.raises(CheckInUnknown):
        RULES.check(None, START)
    with pytest.raises(CheckInTooLate):
        RULES.check(_booking(BookingStatus.NO_SHOW), START)


def test_an_attended_booking_can_check_in_again_after_a_dropped_call() -> None:
    RULES.check(_booking(BookingStatus.ATTENDED), START + timedelta(minutes=5))


def test_the_call_ends_at_the_slot_end_plus_the_grace() -> None:
    assert RULES.call_ends_at(_booking()) == START + timedelta(minutes=25)


def test_room_address_pattern_fills_room_code_and_consultant() -> None:
    url = room_url("https://room.example.org/r/{room}?c={consultant}&b={code}&as={role}", "K7M4QX", "kim")
    assert url == f"https://room.example.org/r/{room_number('K7M4QX')}?c=kim&b=K7M4QX&as=resident"
    assert room_number("K7M4QX") == room_number("K7M4QX") != room_number("K7M4QY")
    assert 100_000 <= room_number("K7M4QX") < 900_100_000
