"""The staff PIN hash and the lock-out rules."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from kiosk.domain.clock import SEOUL
from kiosk.domain.staff_pin import (
    DEMO_PIN,
    DEMO_PIN_HASH,
    MIN_DIGITS,
    InvalidPin,
    InvalidPinHash,
    LockRule,
    LockState,
    TotalRule,
    hash_pin,
    parse_pin_hash,
    verify_pin,
)

NOON = datetime(2026, 12, 5, 12, 0, tzinfo=SEOUL)
SALT = b"0123456789abcdef"


def test_hash_verifies_the_right_pin_only() -> None:
    stored = hash_pin("482913")
    assert verify_pin("482913", stored)
    assert not verify_pin("482914", stored)
    assert not verify_pin("000000", stored)


def test_hash_holds_its_parameters_and_a_random_salt_but_never_the_pin() -> None:
    first, second = hash_pin("123456"), hash_pin("123456")
    assert first != second  # fresh salt each time
    assert "123456" not in first.split("$", 2)[2]
    n, r, p, salt, key = parse_pin_hash(first)
    assert (n, r, p) == (2**14, 8, 1)
    assert len(salt) == 16 and len(key) == 32


def test_a_hash_with_other_parameters_still_verifies() -> None:
    stored = hash_pin("567890", salt=SALT).replace("n=16384", "n=32768")
    # Changing n without re-deriving the key must fail, proving n is read from the string.
    assert not verify_pin("567890", stored)


@pytest.mark.parametrize(
    "pin", ["", "0000", "1234", "12345", "1234567890123", "12a456", "１２３４５６", " 123456", "12345\n"]
)
def test_pins_that_are_not_6_to_12_digits_are_refused(pin: str) -> None:
    with pytest.raises(InvalidPin, match="6 to 12 digits"):
        hash_pin(pin)


def test_the_demo_pin_is_six_digits_and_matches_its_hash() -> None:
    assert len(DEMO_PIN) >= MIN_DIGITS and DEMO_PIN.isdigit()
    assert verify_pin(DEMO_PIN, DEMO_PIN_HASH)
    assert DEMO_PIN not in DEMO_PIN_HASH


@pytest.mark.parametrize(
    "stored", ["", "plain1234", "scrypt$n=16384$abc", "scrypt$n=3,r=8,p=1$AAAAAAAAAAA$BB", "bcrypt$a$b$c"]
)
def test_malformed_hashes_are_named(stored: str) -> None:
    with pytest.raises(InvalidPinHash):
        verify_pin("123456", stored)


GOOD = hash_pin("482913", salt=SALT)


def _with(params: str = "n=16384,r=8,p=1", salt: str = "", key: str = "") -> str:
    """GOOD with some of its parts replaced."""
    _scheme, _params, good_salt, good_key = GOOD.split("$")
    return "$".join(["scrypt", params, salt or good_salt, key or good_key])


@pytest.mark.parametrize(
    ("stored", "words"),
    [
        (_with("n=1024,r=8,p=1"), "too weak"),
        (_with("n=8192,r=8,p=1"), "too weak"),
        (_with("n=16384,r=1,p=1"), "too weak"),
        (_with("n=16385,r=8,p=1"), "power of two"),
        (_with("n=16384,r=8,p=0"), "p at least 1"),
        (_with(f"n={2**24},r=8,p=1"), "too costly"),
        (_with(salt="c2FsdA"), "salt or key too short"),
        (_with(key="a2V5a2V5a2V5a2V5"), "salt or key too short"),
        (_with(key="not base64!"), "base64"),
        (_with("n=16384,r=8,p=1,x=2"), "n, r and p"),
        (_with("n=lots,r=8,p=1"), "unreadable"),
    ],
)
def test_weak_or_broken_scrypt_parameters_are_refused_with_the_reason(stored: str, words: str) -> None:
    with pytest.raises(InvalidPinHash, match=words):
        parse_pin_hash(stored)


def test_fifth_failure_locks_for_five_minutes() -> None:
    rule = LockRule(failures_per_lock=5)
    state = LockState()
    for attempt in range(4):
        state = rule.after_failure(state, NOON)
        assert state.failures == attempt + 1 and not state.is_locked(NOON)
        assert rule.attempts_left(state) == 4 - attempt
    state = rule.after_failure(state, NOON)
    assert state.locked_until == NOON + timedelta(minutes=5)
    assert state.is_locked(NOON + timedelta(minutes=4, seconds=59))
    assert not state.is_locked(NOON + timedelta(minutes=5))


def test_locks_escalate_to_15_and_60_minutes_then_hold_until_unlock() -> None:
    rule = LockRule(failures_per_lock=5)
    state, now, lengths = LockState(), NOON, []
    for _ in range(4):
        for _ in range(5):
            state = rule.after_failure(state, now)
        if state.held:
            lengths.append(None)
        else:
            assert state.locked_until is not None
            lengths.append(state.locked_until - now)
            now = state.locked_until  # the next guess comes as the lock ends
    assert lengths == [timedelta(minutes=5), timedelta(minutes=15), timedelta(minutes=60), None]
    assert state.failures == rule.most_failures() == 20
    assert state.is_locked(NOON + timedelta(days=365))
    assert isinstance(state.refusal(NOON), Exception) and state.refusal(NOON).until is None  # type: ignore[union-attr]


def test_time_passing_gives_no_attempts_back() -> None:
    rule = LockRule(failures_per_lock=5)
    state = LockState()
    for _ in range(5):
        state = rule.after_failure(state, NOON)
    later = NOON + timedelta(days=1)
    assert not state.is_locked(later)
    assert state.failures == 5
    # One wrong PIN after the first lock ended still counts towards the second, longer one.
    for _ in range(5):
        state = rule.after_failure(state, later)
    assert state.locked_until == later + timedelta(minutes=15)


def test_the_total_holds_every_pad_at_its_limit_only() -> None:
    rule = TotalRule(limit=30)
    state = LockState()
    for _ in range(29):
        state = rule.after_failure(state)
    assert not state.is_locked(NOON) and rule.attempts_left(state) == 1
    state = rule.after_failure(state)
    assert state.held and state.refusal(NOON) is not None
