"""The schedule's month calendar: due days marked, with the taxes due on them."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.domain.due_days import DueMark, due_days
from kiosk.domain.tax_calendar import TaxCalendar, load_tax_calendar


@pytest.fixture(scope="module")
def calendar() -> TaxCalendar:
    return load_tax_calendar()


def test_december_marks_the_car_tax_last_day_the_period_start_and_today(calendar: TaxCalendar) -> None:
    days = {d.day: d for d in due_days(calendar, 2026, 12, today=date(2026, 12, 3))}
    assert len(days) == 31
    assert days[date(2026, 12, 31)].status is DueMark.DUE
    assert [p.tax_id for p in days[date(2026, 12, 31)].periods] == ["car_tax_second_half"]
    assert days[date(2026, 12, 16)].status is DueMark.STARTS
    assert days[date(2026, 12, 3)].status is DueMark.TODAY
    assert days[date(2026, 12, 4)].status is DueMark.PLAIN and not days[date(2026, 12, 4)].periods


def test_a_due_date_moved_off_a_weekend_is_marked_on_the_working_day(calendar: TaxCalendar) -> None:
    # 31 January 2027 is a Sunday: both January taxes are due on Monday 1 February.
    days = {d.day: d for d in due_days(calendar, 2027, 2, today=date(2027, 2, 1))}
    assert days[date(2027, 2, 1)].status is DueMark.DUE_TODAY
    assert {p.tax_id for p in days[date(2027, 2, 1)].periods} == {
        "car_tax_prepayment_january",
        "registration_licence_tax",
    }
    assert not any(d.periods for d in days.values() if d.day != date(2027, 2, 1))


def test_an_extended_deadline_is_marked_on_its_new_day(calendar: TaxCalendar) -> None:
    # January 2026: moved by the rule to 2 February, then extended to 4 February (tax_calendar.toml).
    days = {d.day: d for d in due_days(calendar, 2026, 2, today=date(2026, 2, 2))}
    assert days[date(2026, 2, 2)].status is DueMark.TODAY and not days[date(2026, 2, 2)].periods
    assert days[date(2026, 2, 4)].status is DueMark.DUE
    assert {p.tax_id for p in days[date(2026, 2, 4)].periods} == {
        "car_tax_prepayment_january",
        "registration_licence_tax",
    }


def test_last_years_december_period_due_in_january_is_shown_in_january(calendar: TaxCalendar) -> None:
    # 31 December 2028 is a Sunday: the car tax is due on Tuesday 2 January 2029 (1 January is a holiday).
    marked = [d for d in due_days(calendar, 2029, 1, today=date(2029, 1, 1)) if d.periods]
    assert any(p.tax_id == "car_tax_second_half" and p.year == 2028 for d in marked for p in d.periods)
