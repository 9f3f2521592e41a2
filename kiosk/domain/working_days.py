"""Working days for local tax deadlines: when a last day is not a working day, the deadline moves.

The rule is 지방세기본법 (Framework Act on Local Taxes) 제24조 제1항 "기한의 특례": a deadline that falls on
a Saturday, Sunday, public holiday (substitute and election days included) or Labour Day (노동절, 1 May;
근로자의 날 until the law passed on 2025-10-26 renamed it) moves to the next day that is none of these.
The article is as public sources quote it (facts/local-tax.md [V]; law.go.kr was not reachable).
Holidays come from the `holidays` package (`holidays.KR`), which knows the lunar holidays, substitute
holidays and election days; from 0.102 it lists 노동절 and 제헌절 as public holidays of 2026 on.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import holidays

DUE_DATE_RULE_BASIS = "지방세기본법 제24조 제1항 (기한의 특례)"
DUE_DATE_RULE_VERIFIED = True
LABOUR_DAY = (5, 1)
LABOUR_DAY_RENAMED = 2026  # the first year it is called 노동절 and is a public holiday


# The language codes holidays.KR knows, by the kiosk's language.
HOLIDAY_LANGUAGES = {"ko": "ko", "en": "en_US"}


@lru_cache(maxsize=64)
def non_working_days(year: int, language: str = "ko") -> dict[date, str]:
    """The public holidays of `year` plus Labour Day, named in `language` ("ko" or "en"; weekends not
    listed)."""
    days = dict(holidays.KR(years=year, language=HOLIDAY_LANGUAGES[language]).items())
    # 1 May became a public holiday (노동절) only in 2026, and holidays.KR lists it before then in its bank
    # category alone; but 제24조 named Labour Day all along, so a 2025 deadline on 1 May moves too.
    korean = "근로자의 날" if year < LABOUR_DAY_RENAMED else "노동절"
    days.setdefault(date(year, *LABOUR_DAY), korean if language == "ko" else "Labour Day")
    return days


def holiday_name(day: date, language: str = "ko") -> str | None:
    """The name of the holiday on `day` in `language`, or None (weekends have no name)."""
    return non_working_days(day.year, language).get(day)


def is_working_day(day: date) -> bool:
    """True on Monday to Friday unless a public holiday, substitute holiday or Labour Day."""
    return day.weekday() < 5 and day not in non_working_days(day.year)


def next_working_day(day: date) -> date:
    """`day` itself when it is a working day, otherwise the first working day after it."""
    while not is_working_day(day):
        day += timedelta(days=1)
    return day
