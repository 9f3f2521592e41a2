"""Working days: weekends, holidays from holidays.KR, substitute holidays, election days, Labour Day."""

from datetime import date

import pytest

from kiosk.domain.working_days import holiday_name, is_working_day, next_working_day


def test_weekday_without_holiday_is_working() -> None:
    assert is_working_day(date(2027, 7, 30))  # Friday


@pytest.mark.parametrize("day", [date(2027, 7, 31), date(2027, 8, 1)])
def test_weekend_is_not_working(day: date) -> None:
    assert not is_working_day(day)


def test_saturday_moves_to_monday() -> None:
    assert next_working_day(date(2027, 7, 31)) == date(2027, 8, 2)


def test_working_day_stays() -> None:
    assert next_working_day(date(2027, 3, 31)) == date(2027, 3, 31)


def test_chuseok_and_following_holidays_are_skipped() -> None:
    # 2031-09-30 is 추석 전날; 10/1-10/2 추석, 10/3 개천절, then the weekend.
    assert holiday_name(date(2031, 9, 30)) == "추석 전날"
    assert next_working_day(date(2031, 9, 30)) == date(2031, 10, 6)


def test_seollal_with_substitute_holiday() -> None:
    # 2033-01-31 is 설날; 2/1 the day after, 2/2 its substitute holiday.
    assert next_working_day(date(2033, 1, 31)) == date(2033, 2, 3)


def test_local_election_day_is_not_working() -> None:
    assert not is_working_day(date(2026, 6, 3))


@pytest.mark.parametrize("year", [2019, 2024, 2026])
def test_labour_day_is_not_working_in_any_year(year: int) -> None:
    labour_day = date(year, 5, 1)
    assert labour_day.weekday() < 5
    assert not is_working_day(labour_day)
