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


def test_labour_day_2025_on_a_thursday_moves_a_deadline_to_friday() -> None:
    # 지방세기본법 제24조 named Labour Day before 2026, when holidays.KR lists 1 May only as a bank holiday.
    assert date(2025, 5, 1).weekday() == 3
    assert next_working_day(date(2025, 5, 1)) == date(2025, 5, 2)
    assert holiday_name(date(2025, 5, 1)) == "근로자의 날"


def test_labour_day_is_a_public_holiday_called_nodongjeol_from_2026() -> None:
    assert holiday_name(date(2026, 5, 1)) == "노동절"
    assert holiday_name(date(2027, 5, 3)) is not None  # 2027: 1 May is a Saturday, substitute on Monday


def test_constitution_day_is_a_holiday_again_from_2026() -> None:
    assert holiday_name(date(2026, 7, 17)) == "제헌절"
    assert next_working_day(date(2026, 7, 17)) == date(2026, 7, 20)


def test_the_holidays_requirement_names_a_release_with_both_new_holidays() -> None:
    # The minimum in pyproject.toml is the first release whose public calendar of 2026 has 노동절 and
    # 제헌절 (checked by installing 0.101 and 0.102); the installed one must satisfy it.
    import re
    import tomllib
    from importlib.metadata import version
    from pathlib import Path

    import holidays
    from holidays.constants import PUBLIC

    project = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text(encoding="utf-8"))
    (requirement,) = [r for r in project["project"]["dependencies"] if r.startswith("holidays")]
    minimum = re.fullmatch(r"holidays>=(\d+)\.(\d+)", requirement)
    assert minimum is not None and (int(minimum[1]), int(minimum[2])) == (0, 102)
    installed = tuple(int(part) for part in version("holidays").split(".")[:2])
    assert installed >= (0, 102)
    public = holidays.KR(years=2026, categories=(PUBLIC,))
    assert date(2026, 5, 1) in public and date(2026, 7, 17) in public
    assert len(public) == 22


def test_holiday_names_in_english_for_english_screens() -> None:
    assert holiday_name(date(2031, 9, 30), "en") == "The day preceding Chuseok"
    assert holiday_name(date(2025, 5, 1), "en") == "Labour Day"
