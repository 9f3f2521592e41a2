"""Anonymous usage counts: per menu per hour, staff pages left out, export without personal data."""

from __future__ import annotations

import io
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta

import pytest

from kiosk.domain.chat import Sender
from kiosk.domain.clock import SEOUL, ManualClock
from kiosk.domain.usage import is_counted
from kiosk.services.chat import ChatService
from kiosk.services.usage import UsageCounter
from kiosk.storage.database import Database

NAME = "홍길동"
PHONE = "01098765432"


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 12, 5, 10, 15, tzinfo=SEOUL))


def test_counts_per_menu_per_hour(database: Database, clock: ManualClock) -> None:
    usage = UsageCounter(database, clock)
    for route in ("consultations", "consultations", "queue"):
        usage.record(route)
    clock.advance(timedelta(hours=1))
    usage.record("consultations")
    counts = [(c.hour.hour, c.route, c.taps) for c in usage.counts(date(2026, 12, 5), date(2026, 12, 5))]
    assert counts == [(10, "consultations", 2), (10, "queue", 1), (11, "consultations", 1)]


@pytest.mark.parametrize(
    "route", ["staff", "staff_pin", "staff_queue", "now_serving", "home", "Hong Gildong", ""]
)
def test_staff_pages_home_and_non_routes_are_not_counted(route: str) -> None:
    assert not is_counted(route)


def test_two_kiosks_counting_at_once_lose_no_tap(database_url: str, clock: ManualClock) -> None:
    kiosks = [Database(database_url) for _ in range(2)]
    for db in kiosks:
        db.upgrade()

    def tap(db: Database) -> None:
        counter = UsageCounter(db, clock)
        for _ in range(20):
            counter.record("lectures")

    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(tap, kiosks))
    [count] = UsageCounter(kiosks[0], clock).counts(date(2026, 12, 5), date(2026, 12, 5))
    assert count.taps == 40
    for db in kiosks:
        db.dispose()


def test_export_holds_no_name_or_phone(database: Database, clock: ManualClock) -> None:
    chat = ChatService(database, clock, "Lobby kiosk")
    conversation = chat.start()
    chat.send(conversation, Sender.RESIDENT, f"I am {NAME}, call me at {PHONE}")
    usage = UsageCounter(database, clock)
    usage.record("chat")
    usage.record("consultations")
    usage.record(NAME)  # never a route: refused, not stored
    out = io.StringIO()
    assert usage.export_csv(date(2026, 12, 1), date(2026, 12, 31), out) == 2
    text = out.getvalue()
    assert text.splitlines() == [
        "hour,menu,taps",
        "2026-12-05T10:00+09:00,chat,1",
        "2026-12-05T10:00+09:00,consultations,1",
    ]
    assert NAME not in text and PHONE not in text and "1098765432" not in text
