"""The PIN check with its lock-outs kept in the database: per kiosk, escalating, and in total."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from kiosk.config import StaffSection
from kiosk.domain.clock import SEOUL, ManualClock
from kiosk.domain.staff_pin import InvalidPin, PadLocked
from kiosk.services.staff_auth import LockedPad, StaffAuth, StaffModeOff, WrongPin, unlock
from kiosk.storage.database import Database
from tests.helpers.staff_pin import TEST_PIN, TEST_PIN_HASH

WRONG = "111111"


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 12, 5, 10, 0, tzinfo=SEOUL))


def _auth(
    database: Database,
    clock: ManualClock,
    kiosk: str = "lobby",
    pin_hash: str = TEST_PIN_HASH,
    total: int = 100,
) -> StaffAuth:
    config = StaffSection(pin_hash=pin_hash, lock_after_failures=5, total_lock_after_failures=total)
    return StaffAuth(database, clock, config, kiosk)


def _guess_wrong(auth: StaffAuth, times: int) -> list[type[Exception]]:
    outcomes: list[type[Exception]] = []
    for _ in range(times):
        with pytest.raises((WrongPin, PadLocked)) as refused:
            auth.check(WRONG)
        outcomes.append(refused.type)
    return outcomes


def test_right_pin_passes_and_wrong_pin_counts_down(database: Database, clock: ManualClock) -> None:
    auth = _auth(database, clock)
    auth.check(TEST_PIN)
    with pytest.raises(WrongPin) as wrong:
        auth.check(WRONG)
    assert wrong.value.attempts_left == 4
    assert auth.lock_state().failures == 1


def test_success_forgets_earlier_failures(database: Database, clock: ManualClock) -> None:
    auth = _auth(database, clock)
    _guess_wrong(auth, 4)
    auth.check(TEST_PIN)
    assert auth.lock_state().failures == 0


def test_five_wrong_pins_lock_even_the_right_one_for_five_minutes(
    database: Database, clock: ManualClock
) -> None:
    auth = _auth(database, clock)
    assert _guess_wrong(auth, 4) == [WrongPin] * 4
    with pytest.raises(PadLocked) as locked:
        auth.check(WRONG)
    assert locked.value.until == clock.now() + timedelta(minutes=5)
    clock.advance(timedelta(minutes=4, seconds=59))
    with pytest.raises(PadLocked):
        auth.check(TEST_PIN)
    clock.advance(timedelta(seconds=1))
    auth.check(TEST_PIN)


def test_locks_escalate_and_the_fourth_waits_for_staff_unlock(database: Database, clock: ManualClock) -> None:
    auth = _auth(database, clock)
    for minutes in (5, 15, 60):
        _guess_wrong(auth, 4)
        with pytest.raises(PadLocked) as locked:
            auth.check(WRONG)
        assert locked.value.until == clock.now() + timedelta(minutes=minutes)
        clock.advance(timedelta(minutes=minutes))
    _guess_wrong(auth, 4)
    with pytest.raises(PadLocked) as held:
        auth.check(WRONG)
    assert held.value.until is None
    clock.advance(timedelta(days=30))
    with pytest.raises(PadLocked):
        auth.check(TEST_PIN)
    assert auth.locked_pads() == [LockedPad("lobby", None)]
    unlock(database)
    auth.check(TEST_PIN)
    assert auth.locked_pads() == []


def test_waiting_gives_no_attempts_back_only_a_right_pin_does(database: Database, clock: ManualClock) -> None:
    auth = _auth(database, clock)
    _guess_wrong(auth, 5)
    clock.advance(timedelta(days=2))
    with pytest.raises(WrongPin) as wrong:
        auth.check(WRONG)
    assert wrong.value.attempts_left == 4  # the sixth wrong PIN, not the first
    assert auth.lock_state().failures == 6


def test_one_kiosks_guesses_lock_only_that_kiosk(database: Database, clock: ManualClock) -> None:
    lobby, console = _auth(database, clock, "lobby"), _auth(database, clock, "staff desk")
    for _ in range(40):  # far more than it takes to lock the lobby for good, each lock waited out
        with pytest.raises((WrongPin, PadLocked)):
            lobby.check(WRONG)
        clock.advance(timedelta(hours=1))
    assert lobby.lock_state().held
    assert not console.lock_state().is_locked(clock.now())
    console.check(TEST_PIN)
    with pytest.raises(PadLocked):  # the console's right PIN does not unlock the lobby
        lobby.check(TEST_PIN)


def test_guesses_spread_over_kiosks_lock_every_pad_at_the_total(
    database: Database, clock: ManualClock
) -> None:
    kiosks = [_auth(database, clock, f"kiosk {n}", total=21) for n in range(6)]
    for auth in kiosks[:5]:
        assert _guess_wrong(auth, 4) == [WrongPin] * 4  # 20 in total, no kiosk locked
    with pytest.raises(PadLocked) as locked:
        kiosks[5].check(WRONG)  # the 21st wrong PIN in total
    assert locked.value.until is None
    console = _auth(database, clock, "staff desk", total=21)
    with pytest.raises(PadLocked):
        console.check(TEST_PIN)
    assert LockedPad(None, None) in console.locked_pads()
    unlock(database)
    console.check(TEST_PIN)


def test_unlocking_one_kiosk_leaves_the_others(database: Database, clock: ManualClock) -> None:
    lobby, hall = _auth(database, clock, "lobby"), _auth(database, clock, "hall")
    _guess_wrong(lobby, 20)
    _guess_wrong(hall, 20)
    unlock(database, "lobby")
    lobby.check(TEST_PIN)
    with pytest.raises(PadLocked):
        hall.check(TEST_PIN)


def test_the_lock_survives_a_restart(database_url: str, clock: ManualClock) -> None:
    first = Database(database_url)
    first.upgrade()
    _guess_wrong(_auth(first, clock), 5)
    first.dispose()

    clock.advance(timedelta(minutes=2))
    restarted = Database(database_url)
    restarted.upgrade()
    again = _auth(restarted, clock)
    assert again.lock_state().is_locked(clock.now())
    with pytest.raises(PadLocked):
        again.check(TEST_PIN)
    clock.advance(timedelta(minutes=3))
    again.check(TEST_PIN)
    restarted.dispose()


def test_without_a_configured_hash_there_is_no_staff_mode(database: Database, clock: ManualClock) -> None:
    auth = _auth(database, clock, pin_hash="")
    assert not auth.has_staff_mode
    for pin in ("000000", "246810", TEST_PIN):
        with pytest.raises(StaffModeOff, match="kiosk staff set-pin"):
            auth.check(pin)
    assert auth.lock_state().failures == 0


def test_malformed_entry_is_refused_without_counting(database: Database, clock: ManualClock) -> None:
    auth = _auth(database, clock)
    for entry in ("12", "0000", "12345"):
        with pytest.raises(InvalidPin):
            auth.check(entry)
    assert auth.lock_state().failures == 0


def test_the_pin_never_reaches_the_log(
    database: Database, clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    auth = _auth(database, clock)
    caplog.set_level("DEBUG")
    with pytest.raises(WrongPin):
        auth.check("975310")
    auth.check(TEST_PIN)
    assert "975310" not in caplog.text and TEST_PIN not in caplog.text
    assert "signed in" in caplog.text
