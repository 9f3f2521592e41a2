"""The staff PIN: 6 to 12 digits, kept only as a salted scrypt hash, and the lock-out rules."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.domain.errors import KioskError

MIN_DIGITS = 6
MAX_DIGITS = 12

# The demo's PIN, accepted only by a kiosk started for the demo or windowed development without a
# configured hash (kiosk/app.py); never shown on screen. README names it for developers.
DEMO_PIN = "246810"
DEMO_PIN_HASH = "scrypt$n=16384,r=8,p=1$c2VvY2hvLWRlbW8tc2FsdA$EkgsNRPmfbt3P4B7DoMf2A9K5L3HhYjTBQyq2v3rFFQ"

# scrypt cost: 2**14 with r=8 needs 16 MiB and about 50 ms here, slow enough against guessing a
# stolen hash of a short PIN and quick enough for a touch screen. A configured hash below these is
# refused: a PIN has at most 10**12 values, so its only defence once the hash leaks is the cost.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
KEY_BYTES = 32
MIN_SALT_BYTES = 16
MIN_KEY_BYTES = 32
SCHEME = "scrypt"


class InvalidPin(KioskError):
    """The PIN is not 6 to 12 digits."""

    def __init__(self) -> None:
        super().__init__(f"The PIN must be {MIN_DIGITS} to {MAX_DIGITS} digits.")


class InvalidPinHash(KioskError):
    """The configured hash is not one `hash_pin` made, or its scrypt parameters are too weak."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"The staff PIN hash cannot be used: {reason}.")
        self.reason = reason


class PadLocked(KioskError):
    """Too many wrong PINs: the pad refuses every PIN until `until` (None: until staff unlock it)."""

    def __init__(self, until: datetime | None) -> None:
        if until is None:
            super().__init__("Too many wrong PINs. The PIN pad is locked until staff unlock it.")
        else:
            super().__init__(f"Too many wrong PINs. The PIN pad is locked until {until:%H:%M}.")
        self.until = until


def check_pin_format(pin: str) -> str:
    """The PIN if it is 6 to 12 ASCII digits; InvalidPin otherwise."""
    if not (MIN_DIGITS <= len(pin) <= MAX_DIGITS) or not all("0" <= ch <= "9" for ch in pin):
        raise InvalidPin()
    return pin


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """`scrypt$n=..,r=..,p=..$salt$key` with a fresh random salt; the parameters travel with the hash."""
    check_pin_format(pin)
    salt = salt if salt is not None else secrets.token_bytes(SALT_BYTES)
    key = _derive(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, KEY_BYTES)
    params = f"n={SCRYPT_N},r={SCRYPT_R},p={SCRYPT_P}"
    return f"{SCHEME}${params}${_b64(salt)}${_b64(key)}"


def verify_pin(pin: str, stored: str) -> bool:
    """True when `pin` matches the stored hash (compared in constant time)."""
    n, r, p, salt, key = parse_pin_hash(stored)
    if not (MIN_DIGITS <= len(pin) <= MAX_DIGITS):
        return False
    return hmac.compare_digest(_derive(pin, salt, n, r, p, len(key)), key)


def parse_pin_hash(stored: str) -> tuple[int, int, int, bytes, bytes]:
    """(n, r, p, salt, key) of a stored hash; InvalidPinHash names what is wrong."""
    parts = stored.strip().split("$")
    if len(parts) != 4 or parts[0] != SCHEME:
        raise InvalidPinHash('it must look like "scrypt$n=16384,r=8,p=1$salt$key" (kiosk staff set-pin)')
    try:
        params = dict(item.split("=", 1) for item in parts[1].split(","))
        if set(params) != {"n", "r", "p"}:
            raise ValueError("the parameters must be n, r and p")
        n, r, p = int(params["n"]), int(params["r"]), int(params["p"])
        salt, key = _unb64(parts[2]), _unb64(parts[3])
    except ValueError as err:
        raise InvalidPinHash(f"unreadable parameters or encoding ({err})") from None
    if n < 2 or n & (n - 1) or p < 1:
        raise InvalidPinHash(f"n must be a power of two and p at least 1 (n={n}, p={p})")
    if n < SCRYPT_N or r < SCRYPT_R:
        raise InvalidPinHash(
            f"scrypt parameters too weak (n={n}, r={r}; at least n={SCRYPT_N}, r={SCRYPT_R})"
        )
    if n * r > 2**20 or p > 16:
        raise InvalidPinHash(f"scrypt parameters too costly for a touch screen (n={n}, r={r}, p={p})")
    if len(salt) < MIN_SALT_BYTES or len(key) < MIN_KEY_BYTES:
        raise InvalidPinHash(
            f"salt or key too short ({len(salt)} and {len(key)} bytes; "
            f"at least {MIN_SALT_BYTES} and {MIN_KEY_BYTES})"
        )
    return n, r, p, salt, key


def _derive(pin: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    # maxmem above OpenSSL's 32 MiB default so stronger parameters chosen later still verify.
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=length, maxmem=256 * 1024 * 1024)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    if not text or any(not (ch.isascii() and (ch.isalnum() or ch in "-_")) for ch in text):
        raise ValueError("salt and key must be URL-safe base64")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


# Lock-outs -----------------------------------------------------------------------------------------

# Every `failures_per_lock` wrong PINs lock a kiosk's pad for the next of these; after the last the pad
# stays locked until staff unlock it. Time passing never gives attempts back: only a right PIN does.
LOCK_STEPS_MINUTES = (5, 15, 60)


@dataclass(frozen=True)
class LockState:
    """Wrong PINs since the last right one (or unlock), a running lock's end, and a lock until unlock."""

    failures: int = 0
    locked_until: datetime | None = None
    held: bool = False

    def is_locked(self, now: datetime) -> bool:
        return self.held or (self.locked_until is not None and now < self.locked_until)

    def refusal(self, now: datetime) -> PadLocked | None:
        """The PadLocked to raise at `now`, or None when the pad takes a PIN."""
        if self.held:
            return PadLocked(None)
        if self.locked_until is not None and now < self.locked_until:
            return PadLocked(self.locked_until)
        return None


@dataclass(frozen=True)
class LockRule:
    """One kiosk's pad: 5 wrong PINs lock it 5 minutes, 5 more 15, 5 more 60, 5 more until unlock."""

    failures_per_lock: int = 5
    steps_minutes: tuple[int, ...] = LOCK_STEPS_MINUTES

    def after_failure(self, state: LockState, now: datetime) -> LockState:
        """The state after one more wrong PIN at `now`."""
        failures = state.failures + 1
        if failures % self.failures_per_lock:
            return LockState(failures, state.locked_until, state.held)
        step = failures // self.failures_per_lock - 1
        if step < len(self.steps_minutes):
            return LockState(failures, now + timedelta(minutes=self.steps_minutes[step]))
        return LockState(failures, None, held=True)

    def attempts_left(self, state: LockState) -> int:
        """Wrong PINs still allowed before the next lock."""
        return self.failures_per_lock - state.failures % self.failures_per_lock

    def most_failures(self) -> int:
        """Wrong PINs one kiosk can make before it is locked until unlock."""
        return self.failures_per_lock * (len(self.steps_minutes) + 1)


@dataclass(frozen=True)
class TotalRule:
    """Every kiosk's wrong PINs together (distributed guessing): at `limit` every pad waits for unlock.

    The limit is above what one kiosk can reach (`LockRule.most_failures`), so one kiosk's guesses
    lock only that kiosk, never the staff console or the other kiosks.
    """

    limit: int = 100

    def after_failure(self, state: LockState) -> LockState:
        failures = state.failures + 1
        return LockState(failures, None, held=state.held or failures >= self.limit)

    def attempts_left(self, state: LockState) -> int:
        return max(self.limit - state.failures, 0)
