"""The booking rules: working days, notice and horizon, closures, and how days show on the calendar."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest

from kiosk import paths
from kiosk.domain.booking import BookingRules, Consultant, DayStatus
from kiosk.domain.booking_errors import DayClosed, InPast, InvalidSlot, TooEarly, TooLate
from kiosk.domain.clock import SEOUL
from kiosk.domain.closed_days import ClosedKind, Closure, ClosurePart, HolidayCalendar
from kiosk.domain.consultation import ContentError, load_consultation_catalogue

CATALOGUE = load_consultation_catalogue(paths.content_dir() / "consultation.toml")
RULES = BookingRules(schedule=CATALOGUE.schedule, calendar=HolidayCalendar())
ALICE = Consultant("c01", "Alice", ("gift", "national"))
BOB = Consultant("c02", "Bob", ("gift",))


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=SEOUL)


def morning_of(day: date) -> datetime:
    return at(day, 9)


def test_a_day_has_twelve_twenty_minute_slots_in_two_sessions() -> None:
    starts = CATALOGUE.schedule.slot_starts(date(2026, 12, 3))
    assert len(starts) == 12
    assert [s.strftime("%H:%M") for s in starts[:6]] == ["10:00", "10:20", "10:40", "11:00", "11:20", "11:40"]
    assert [s.strftime("%H:%M") for s in starts[6:]] == ["14:00", "14:20", "14:40", "15:00", "15:20", "15:40"]


def test_catalogue_has_the_five_announced_fields_in_both_languages() -> None:
    assert CATALOGUE.field_ids == ("acquisition", "capital_gains", "inheritance", "gift", "national")
    assert CATALOGUE.field("gift").name("ko") == "증여세"
    assert CATALOGUE.field("gift").name("en") == "Gift tax"


def test_a_bad_content_file_names_the_file_and_line(tmp_path: Path) -> None:
    broken = tmp_path / "consultation.toml"
    text = (paths.content_dir() / "consultation.toml").read_text(encoding="utf-8")
    broken.write_text(text.replace('ko = "증여세"', 'ko = ""'), encoding="utf-8")
    with pytest.raises(ContentError, match=r"consultation\.toml:\d+: field 'gift' needs a non-empty 'ko'"):
        load_consultation_catalogue(broken)


@pytest.mark.parametrize(
    ("day", "kind", "english"),
    [
        (date(2026, 12, 5), ClosedKind.WEEKEND, "weekend"),  # Saturday
        (date(2026, 12, 6), ClosedKind.WEEKEND, "weekend"),  # Sunday
        (date(2026, 9, 25), ClosedKind.HOLIDAY, "Chuseok"),
        (date(2026, 9, 24), ClosedKind.HOLIDAY, "The day preceding Chuseok"),
        (date(2027, 2, 8), ClosedKind.HOLIDAY, "The second day of Korean New Year"),  # Seollal, Monday
        (date(2027, 2, 9), ClosedKind.HOLIDAY, "Alternative holiday for Korean New Year"),  # substitute
        (date(2026, 8, 17), ClosedKind.HOLIDAY, "Alternative holiday for Liberation Day"),
        (date(2026, 6, 3), ClosedKind.HOLIDAY, "Local Election Day"),
    ],
)
def test_weekends_and_public_holidays_are_closed_with_their_name(
    day: date, kind: ClosedKind, english: str
) -> None:
    reason = HolidayCalendar().closed_reason(day)
    assert reason is not None and reason.kind is kind and reason.en == english
    with pytest.raises(DayClosed, match=english) as refused:
        RULES.check_start(at(day, 10), morning_of(date(2026, 5, 1)), enforce_notice=False)
    assert refused.value.reason == reason


def test_election_day_has_its_korean_name() -> None:
    reason = HolidayCalendar().closed_reason(date(2026, 6, 3))
    assert reason is not None and reason.ko == "지방선거일"


def test_an_ordinary_weekday_is_open() -> None:
    assert HolidayCalendar().closed_reason(date(2026, 12, 3)) is None
    RULES.check_start(at(date(2026, 12, 3), 10), morning_of(date(2026, 11, 25)))


def test_seven_days_notice_is_the_first_bookable_day() -> None:
    today = date(2026, 11, 25)  # Wednesday
    RULES.check_start(at(date(2026, 12, 2), 10), morning_of(today))
    with pytest.raises(TooEarly, match="at least 7 days ahead; the first day you can book is 2026-12-02"):
        RULES.check_start(at(date(2026, 12, 1), 15, 40), morning_of(today))


def test_the_horizon_is_the_last_bookable_day() -> None:
    today = date(2026, 11, 25)
    RULES.check_start(at(date(2027, 1, 22), 10), morning_of(today))  # today + 58 days, a Friday
    with pytest.raises(TooLate, match="the last day you can book is 2027-01-24"):
        RULES.check_start(at(date(2027, 1, 25), 10), morning_of(today))


def test_a_past_time_is_refused_even_without_the_notice_rule() -> None:
    now = at(date(2026, 12, 3), 10, 5)
    with pytest.raises(InPast):
        RULES.check_start(at(date(2026, 12, 3), 10), now, enforce_notice=False)
    with pytest.raises(InPast):
        RULES.check_start(at(date(2026, 11, 30), 10), now, enforce_notice=False)
    RULES.check_start(at(date(2026, 12, 3), 10, 20), now, enforce_notice=False)


@pytest.mark.parametrize(("hour", "minute"), [(9, 40), (10, 10), (12, 0), (16, 0), (13, 40)])
def test_times_off_the_slot_grid_are_refused(hour: int, minute: int) -> None:
    with pytest.raises(InvalidSlot):
        RULES.check_start(at(date(2026, 12, 3), hour, minute), morning_of(date(2026, 11, 25)))


def test_half_day_and_consultant_closures_remove_only_their_slots() -> None:
    day = date(2026, 12, 3)
    closures = [
        Closure(day, ClosurePart.MORNING, "교육", consultant_id="c01"),
        Closure(day, ClosurePart.AFTERNOON, "회의"),
    ]
    slots = RULES.slots_of_day(day, [ALICE, BOB], closures, taken=set(), field_id="gift")
    assert {(s.consultant_id, s.start.hour < 12) for s in slots} == {("c02", True)}
    assert len(slots) == 6


def test_calendar_shows_each_kind_of_day() -> None:
    today = date(2026, 11, 25)
    now = morning_of(today)
    taken = {(c.id, s) for c in (ALICE, BOB) for s in CATALOGUE.schedule.slot_starts(date(2026, 12, 9))}
    closures = [Closure(date(2026, 12, 10), ClosurePart.DAY, "직원 교육")]

    def status(day: date) -> tuple[DayStatus, int, str | None]:
        shown = RULES.day_availability(day, today, [ALICE, BOB], closures, taken, "gift", now)
        return shown.status, shown.free_slots, shown.reason.en if shown.reason else None

    assert status(date(2026, 11, 24)) == (DayStatus.PAST, 0, None)
    assert status(date(2026, 11, 27)) == (DayStatus.TOO_EARLY, 0, None)
    assert status(date(2026, 11, 28)) == (DayStatus.CLOSED, 0, "weekend")
    assert status(date(2026, 12, 3)) == (DayStatus.AVAILABLE, 24, None)
    assert status(date(2026, 12, 9)) == (DayStatus.FULL, 0, None)
    assert status(date(2026, 12, 10)) == (DayStatus.CLOSED, 0, "직원 교육")
    assert status(date(2026, 12, 25)) == (DayStatus.CLOSED, 0, "Christmas Day")
    assert status(date(2027, 1, 25)) == (DayStatus.TOO_LATE, 0, None)


def test_a_field_nobody_covers_has_no_open_days() -> None:
    shown = RULES.day_availability(
        date(2026, 12, 3), date(2026, 11, 25), [ALICE, BOB], [], set(), "inheritance"
    )
    assert shown.status is DayStatus.CLOSED
