"""Events: first Saturday of every month, staff changes, regional sessions, the next event."""

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.domain.clock import SEOUL, ManualClock
from kiosk.domain.events import (
    CANCELLED,
    MOVED,
    ConcernDayChange,
    EventsContent,
    concern_days,
    events_in_year,
    first_saturday,
    load_events,
    next_event,
)


@pytest.fixture(scope="module")
def content() -> EventsContent:
    return load_events()


@pytest.mark.parametrize(
    ("year", "month", "expected"),
    [
        (2026, 8, date(2026, 8, 1)),  # the 1st itself is a Saturday
        (2026, 11, date(2026, 11, 7)),  # the 1st is a Sunday: six days later
        (2027, 1, date(2027, 1, 2)),
        (2027, 5, date(2027, 5, 1)),
        (2028, 2, date(2028, 2, 5)),
    ],
)
def test_first_saturday(year: int, month: int, expected: date) -> None:
    assert first_saturday(year, month) == expected
    assert expected.weekday() == 5


def test_first_saturday_never_leaves_its_month() -> None:
    for year in range(2025, 2035):
        for month in range(1, 13):
            day = first_saturday(year, month)
            assert (day.year, day.month) == (year, month) and day.day <= 7


def test_last_saturday_of_a_month_is_not_taken_for_the_next_month(content: EventsContent) -> None:
    # 2026-10-31 is a Saturday; November's concern day is 7 November, not 31 October.
    days = [e.day for e in concern_days(content.concern_day, 2026)]
    assert date(2026, 10, 31) not in days
    assert date(2026, 11, 7) in days
    assert len(days) == 12


def test_staff_change_moves_or_cancels_one_occurrence(content: EventsContent) -> None:
    changes = [
        ConcernDayChange(date(2026, 12, 5), date(2026, 12, 12)),
        ConcernDayChange(date(2026, 9, 5), None),
    ]
    events = {e.original_day or e.day: e for e in concern_days(content.concern_day, 2026, changes)}
    assert events[date(2026, 12, 5)].day == date(2026, 12, 12)
    assert events[date(2026, 12, 5)].status == MOVED
    assert events[date(2026, 9, 5)].status == CANCELLED
    assert events[date(2026, 10, 3)].status == "scheduled"


def test_file_changes_apply_and_sessions_are_listed(content: EventsContent) -> None:
    events = events_in_year(content, 2027)
    january = next(e for e in events if e.original_day == date(2027, 1, 2))
    assert january.day == date(2027, 1, 9)
    regions = {e.region.en for e in events if e.kind == "session"}
    assert regions == {"Seocho area", "Bangbae area"}
    assert [e.day for e in events] == sorted(e.day for e in events)


def test_next_event_skips_cancelled_and_finished_events(content: EventsContent) -> None:
    clock = ManualClock(datetime(2027, 4, 20, 9, 0, tzinfo=SEOUL))
    # May's first Saturday (1 May, Labour Day) is cancelled in the file: the next is the 2 May... none,
    # so the next event is June's concern day.
    assert next_event(content, clock).day == date(2027, 6, 5)
    clock = ManualClock(datetime(2027, 4, 15, 11, 59, tzinfo=SEOUL))
    assert next_event(content, clock).id == "bangbae-2027-04"
    clock.advance(timedelta(minutes=2))  # the session ended at 12:00
    assert next_event(content, clock).day == date(2027, 6, 5)


def test_extra_changes_from_staff_mode_win(content: EventsContent) -> None:
    clock = ManualClock(datetime(2027, 5, 20, 9, 0, tzinfo=SEOUL))
    moved = [ConcernDayChange(date(2027, 6, 5), date(2027, 6, 12))]
    assert next_event(content, clock, moved).day == date(2027, 6, 12)


def test_session_with_unknown_region_is_reported_and_the_rest_loads(tmp_path: Path) -> None:
    path = tmp_path / "events.toml"
    path.write_text(
        """\
[concern_day]
title = { ko = "세금고민 해결의 날", en = "Tax Concern Resolution Day" }
description = { ko = "상담", en = "Consultations" }
start = "10:00"
end = "13:00"
place = { ko = "구청", en = "Office" }

[[region]]
id = "seocho"
name = { ko = "서초권", en = "Seocho area" }

[[session]]
id = "nowhere"
region = "gangnam"
title = { ko = "설명회", en = "Session" }
date = 2027-03-18
start = "14:00"
end = "16:00"
place = { ko = "어딘가", en = "Somewhere" }

[[concern_day_change]]
date = 2027-03-13
""",
        encoding="utf-8",
    )
    content = load_events(path)
    assert content.sessions == ()
    assert [(p.line, p.reason) for p in content.problems] == [
        (21, "2027-03-13 is not the first Saturday of its month"),
        (12, "session 'nowhere': unknown region 'gangnam'"),
    ]
    assert len(events_in_year(content, 2027)) == 12
