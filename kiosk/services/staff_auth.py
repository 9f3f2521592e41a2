"""Checks the staff PIN against the configured hash and keeps the lock-out in the database."""

from __future__ import annotations

import hmac
import logging

from kiosk.config import StaffSection
from kiosk.domain.clock import Clock
from kiosk.domain.errors import KioskError
from kiosk.domain.staff_pin import (
    DEMO_PIN,
    LockRule,
    LockState,
    PadLocked,
    check_pin_format,
    verify_pin,
)
from kiosk.storage.database import Database
from kiosk.storage.staff_lock import read_lock_state, write_lock_state

log = logging.getLogger(__name__)


class WrongPin(KioskError):
    """The PIN did not match; `attempts_left` more before the pad locks."""

    def __init__(self, attempts_left: int) -> None:
        super().__init__(f"Wrong PIN. {attempts_left} attempt(s) left before the pad locks.")
        self.attempts_left = attempts_left


class StaffAuth:
    """The PIN check; the lock lives in the `setting` table so a restart does not lift it."""

    def __init__(self, database: Database, clock: Clock, config: StaffSection | None = None) -> None:
        config = config or StaffSection()
        self.database = database
        self.clock = clock
        self.pin_hash = config.pin_hash.strip()
        self.rule = LockRule(config.lock_after_failures, config.lock_minutes)

    @property
    def uses_demo_pin(self) -> bool:
        """True while no hash is configured: the PIN is the demo PIN 0000."""
        return not self.pin_hash

    def lock_state(self) -> LockState:
        """Wrong attempts so far and the end of a running lock."""
        with self.database.session() as session:
            return self.rule.current(read_lock_state(session), self.clock.now())

    def check(self, pin: str) -> None:
        """Returns when `pin` is right; WrongPin, PadLocked or InvalidPin otherwise. Never logs the PIN."""
        check_pin_format(pin)
        with self.database.write_session() as session:
            now = self.clock.now()
            state = self.rule.current(read_lock_state(session), now)
            if state.is_locked(now):
                assert state.locked_until is not None
                raise PadLocked(state.locked_until)
            if self._matches(pin):
                write_lock_state(session, LockState())
                log.info("staff signed in")
                return
            state = self.rule.after_failure(state, now)
            write_lock_state(session, state)
        if state.locked_until is not None:
            log.warning("staff PIN pad locked after %d wrong PINs", self.rule.lock_after_failures)
            raise PadLocked(state.locked_until)
        log.info("wrong staff PIN (%d so far)", state.failures)
        raise WrongPin(self.rule.lock_after_failures - state.failures)

    def _matches(self, pin: str) -> bool:
        if self.uses_demo_pin:
            return hmac.compare_digest(pin, DEMO_PIN)
        return verify_pin(pin, self.pin_hash)
