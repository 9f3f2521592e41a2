"""The staff PIN hash and the lock-out rule."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from kiosk.domain.clock import SEOUL
from kiosk.domain.staff_pin import (
    InvalidPin,
    InvalidPinHash,
    LockRule,
    LockState,
    hash_pin,
    parse_pin_hash,
    verify_pin,
)

NOON = datetime(2026, 12, 5, 12, 0, tzinfo=SEOUL)


def test_hash_verifies_the_right_pin_only() -> None:
    stored = hash_pin("482913")
    assert verify_pin("482913", stored)
    assert not verify_pin("482914", stored)
    assert not verify_pin("0000", stored)


def test_hash_holds_its_parameters_and_a_random_salt_but_never_the_pin() -> None:
    first, second = hash_pin("1234"), hash_pin("1234")
    assert first != second  # fresh salt each time
    assert "1234" not in first.split("$", 2)[2]
    n, r, p, salt, key = parse_pin_hash(first)
    assert (n, r, p) == (2**14, 8, 1)
    assert len(salt) == 16 and len(key) == 32


def test_a_hash_with_other_parameters_still_verifies() -> None:
    stored = hash_pin("5678", salt=b"0123456789abcdef").replace("n=16384", "n=1024")
    # Changing n without re-deriving the key must fail, proving n is read from the string.
    assert not verify_pin("5678", stored)


@pytest.mark.parametrize("pin", ["", "123", "123456789", "12a4", "１２３４", " 1234"])
def test_pins_that_are_not_4_to_8_digits_are_refused(pin: str) -> None:
    with pytest.raises(InvalidPin):
        hash_pin(pin)


@pytest.mark.parametrize(
    "stored", ["", "plain1234", "scrypt$n=16384$abc", "scrypt$n=3,r=8,p=1$AAAAAAAAAAA$BB"]
)
def test_malformed_hashes_are_named(stored: str) -> None:
    with pytest.raises(InvalidPinHash):
        verify_pin("1234", stored)


def test_fifth_failure_locks_for_five_minutes() -> None:
    rule = LockRule(lock_after_failures=5, lock_minutes=5)
    state = LockState()
    for attempt in range(4):
        state = rule.after_failure(state, NOON)
        assert state.failures == attempt + 1 and not state.is_locked(NOON)
    state = rule.after_failure(state, NOON)
    assert state.locked_until == NOON + timedelta(minutes=5)
    assert state.is_locked(NOON + timedelta(minutes=4, seconds=59))
    assert not state.is_locked(NOON + timedelta(minutes=5))


def test_an_expired_lock_gives_every_attempt_back() -> None:
    rule = LockRule(5, 5)
    locked = LockState(0, NOON)
    assert rule.current(locked, NOON - timedelta(seconds=1)) == locked
    assert rule.current(locked, NOON) == LockState()
