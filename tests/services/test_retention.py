"""The retention job: runs at start and once a day, erases what is older than the retention period."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from kiosk.domain.clock import SEOUL, ManualClock
from kiosk.services.retention import RetentionJob
from kiosk.storage.database import Database


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 12, 5, 9, 0, tzinfo=SEOUL))


def test_the_cutoff_is_the_retention_period_before_now(database: Database, clock: ManualClock) -> None:
    job = RetentionJob(database, clock, retention_days=30)
    assert job.cutoff() == datetime(2026, 11, 5, 9, 0, tzinfo=SEOUL)


def test_runs_once_a_day_and_again_the_next_day(database: Database, clock: ManualClock) -> None:
    cutoffs: list[datetime] = []

    def eraser(_database: Database, cutoff: datetime) -> int:
        cutoffs.append(cutoff)
        return 3

    job = RetentionJob(database, clock, 30, {"records": eraser})
    assert job.run_if_due() == {"records": 3}
    clock.advance(timedelta(hours=14))
    assert job.run_if_due() is None
    clock.advance(timedelta(hours=2))  # past midnight in Seoul
    assert job.run_if_due() == {"records": 3}
    assert cutoffs == [datetime(2026, 11, 5, 9, 0, tzinfo=SEOUL), datetime(2026, 11, 6, 1, 0, tzinfo=SEOUL)]


def test_the_last_run_survives_a_restart(database_url: str, clock: ManualClock) -> None:
    first = Database(database_url)
    first.upgrade()
    RetentionJob(first, clock, 30).run()
    first.dispose()
    again = Database(database_url)
    again.upgrade()
    assert RetentionJob(again, clock, 30).run_if_due() is None
    again.dispose()
