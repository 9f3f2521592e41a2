"""The staff PIN: 4 to 8 digits, kept only as a salted scrypt hash, and the lock-out rule."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.domain.errors import KioskError

# Used only while no hash is configured; the PIN pad tells staff so (and how to set their own).
DEMO_PIN = "0000"
MIN_DIGITS = 4
MAX_DIGITS = 8

# scrypt cost: 2**14 with r=8 needs 16 MiB and about 50 ms here, slow enough against guessing a
# stolen hash of a short PIN and quick enough for a touch screen.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
KEY_BYTES = 32
SCHEME = "scrypt"


class InvalidPin(KioskError):
    """The PIN is not 4 to 8 digits."""

    def __init__(self) -> None:
        super().__init__(f"The PIN must be {MIN_DIGITS} to {MAX_DIGITS} digits.")


class InvalidPinHash(KioskError):
    """The configured hash is not one `hash_pin` made."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"The staff PIN hash in the configuration cannot be used: {reason}.")


class PadLocked(KioskError):
    """Too many wrong PINs: the pad refuses every PIN until `until`."""

    def __init__(self, until: datetime) -> None:
        super().__init__(f"Too many wrong PINs. The PIN pad is locked until {until:%H:%M}.")
        self.until = until


def check_pin_format(pin: str) -> str:
    """The PIN if it is 4 to 8 ASCII digits; InvalidPin otherwise."""
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
        raise InvalidPinHash('it must look like "scrypt$n=16384,r=8,p=1$salt$key"')
    try:
        params = dict(item.split("=", 1) for item in parts[1].split(","))
        n, r, p = int(params["n"]), int(params["r"]), int(params["p"])
        salt, key = _unb64(parts[2]), _unb64(parts[3])
    except (KeyError, ValueError) as err:
        raise InvalidPinHash(f"unreadable parameters or encoding ({err})") from None
    if n < 2 or n & (n - 1) or r < 1 or p < 1 or len(salt) < 8 or len(key) < 16:
        raise InvalidPinHash("the scrypt parameters are too weak or malformed")
    return n, r, p, salt, key


def _derive(pin: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    # maxmem above OpenSSL's 32 MiB default so stronger parameters chosen later still verify.
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=length, maxmem=256 * 1024 * 1024)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True)
class LockState:
    """Wrong PINs since the last success, and the end of a lock (None when not locked)."""

    failures: int = 0
    locked_until: datetime | None = None

    def is_locked(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until


@dataclass(frozen=True)
class LockRule:
    """After `lock_after_failures` wrong PINs the pad is locked for `lock_minutes`."""

    lock_after_failures: int = 5
    lock_minutes: int = 5

    def after_failure(self, state: LockState, now: datetime) -> LockState:
        """The state after one more wrong PIN at `now`."""
        failures = (0 if state.locked_until is not None else state.failures) + 1
        if failures >= self.lock_after_failures:
            return LockState(0, now + timedelta(minutes=self.lock_minutes))
        return LockState(failures, None)

    def current(self, state: LockState, now: datetime) -> LockState:
        """An expired lock is forgotten: staff start again with every attempt."""
        if state.locked_until is not None and now >= state.locked_until:
            return LockState()
        return state
