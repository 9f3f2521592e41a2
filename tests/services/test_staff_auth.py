"""The PIN check with its lock-out kept in the database."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from kiosk.config import StaffSection
from kiosk.domain.clock import SEOUL, ManualClock
from kiosk.domain.staff_pin import InvalidPin, PadLocked, hash_pin
from kiosk.services.staff_auth import StaffAuth, WrongPin
from kiosk.storage.database import Database

PIN_HASH = hash_pin("482913")


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 12, 5, 10, 0, tzinfo=SEOUL))


def _auth(database: Database, clock: ManualClock, pin_hash: str = PIN_HASH) -> StaffAuth:
    return StaffAuth(database, clock, StaffSection(pin_hash=pin_hash, lock_after_failures=5, lock_minutes=5))


def test_right_pin_passes_and_wrong_pin_counts_down(database: Database, clock: ManualClock) -> None:
    auth = _auth(database, clock)
    auth.check("482913")
    with pytest.raises(WrongPin) as wrong:
        auth.check("111111")
    assert wrong.value.attempts_left == 4
    assert auth.lock_state().failures == 1


def test_success_forgets_earlier_failures(database: Database, clock: ManualClock) -> None:
    auth = _auth(database, clock)
    for _ in range(4):
        with pytest.raises(WrongPin):
            auth.check("111111")
    auth.check("482913")
    assert auth.lock_state().failures == 0


def test_five_wrong_pins_lock_even_the_right_one_for_five_minutes(
    database: Database, clock: ManualClock
) -> None:
    auth = _auth(database, clock)
    for _ in range(4):
        with pytest.raises(WrongPin):
            auth.check("111111")
    with pytest.raises(PadLocked) as locked:
        auth.check("111111")
    assert locked.value.until == clock.now() + timedelta(minutes=5)
    clock.advance(timedelta(minutes=4, seconds=59))
    with pytest.raises(PadLocked):
        auth.check("482913")
    clock.advance(timedelta(seconds=1))
    auth.check("482913")


def test_the_lock_survives_a_restart(database_url: str, clock: ManualClock) -> None:
    first = Database(database_url)
    first.upgrade()
    auth = _auth(first, clock)
    for _ in range(5):
        with pytest.raises((WrongPin, PadLocked)):
            auth.check("111111")
    first.dispose()

    clock.advance(timedelta(minutes=2))
    restarted = Database(database_url)
    restarted.upgrade()
    again = _auth(restarted, clock)
    assert again.lock_state().is_locked(clock.now())
    with pytest.raises(PadLocked):
        again.check("482913")
    clock.advance(timedelta(minutes=3))
    again.check("482913")
    restarted.dispose()


def test_demo_pin_works_only_without_a_configured_hash(database: Database, clock: ManualClock) -> None:
    demo = _auth(database, clock, pin_hash="")
    assert demo.uses_demo_pin
    demo.check("0000")
    configured = _auth(database, clock)
    assert not configured.uses_demo_pin
    with pytest.raises(WrongPin):
        configured.check("0000")


def test_malformed_entry_is_refused_without_counting(database: Database, clock: ManualClock) -> None:
    auth = _auth(database, clock)
    with pytest.raises(InvalidPin):
        auth.check("12")
    assert auth.lock_state().failures == 0


def test_the_pin_never_reaches_the_log(
    database: Database, clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    auth = _auth(database, clock)
    caplog.set_level("DEBUG")
    with pytest.raises(WrongPin):
        auth.check("97531")
    auth.check("482913")
    assert "97531" not in caplog.text and "482913" not in caplog.text
    assert "signed in" in caplog.text
