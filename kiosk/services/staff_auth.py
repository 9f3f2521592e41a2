"""Checks the staff PIN against the configured hash; the lock-out counters live in the database.

Each attempt is counted as a wrong PIN first, under the counters' lock, and only then is the PIN
compared (50 ms of scrypt, outside any transaction); a right PIN then takes the count back. So kiosks
guessing at once never get more tries than the rule allows, and a crash in between costs a try.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from kiosk.config import StaffSection
from kiosk.domain.clock import Clock
from kiosk.domain.errors import KioskError
from kiosk.domain.staff_pin import (
    LockRule,
    LockState,
    TotalRule,
    check_pin_format,
    verify_pin,
)
from kiosk.storage.database import Database
from kiosk.storage.staff_lock import (
    KIOSK_PREFIX,
    TOTAL_SCOPE,
    all_lock_states,
    clear_lock_states,
    hold_pin_lock,
    kiosk_scope,
    read_lock_state,
    write_lock_state,
)

log = logging.getLogger(__name__)


class WrongPin(KioskError):
    """The PIN did not match; `attempts_left` more before the pad locks."""

    def __init__(self, attempts_left: int) -> None:
        super().__init__(f"Wrong PIN. {attempts_left} attempt(s) left before the pad locks.")
        self.attempts_left = attempts_left


class StaffModeOff(KioskError):
    """No PIN hash is configured: this kiosk has no staff mode until staff set one."""

    def __init__(self) -> None:
        super().__init__("No staff PIN is set: run kiosk staff set-pin and put its line under [staff].")


@dataclass(frozen=True)
class LockedPad:
    """A locked counter for the staff screens: a kiosk's name, or None for all kiosks together."""

    kiosk: str | None
    until: datetime | None  # None: until staff unlock


class StaffAuth:
    """The PIN check of one kiosk (`kiosk_name`), counted for it and for all kiosks together."""

    def __init__(
        self, database: Database, clock: Clock, config: StaffSection | None = None, kiosk_name: str = ""
    ) -> None:
        config = config or StaffSection()
        self.database = database
        self.clock = clock
        self.pin_hash = config.pin_hash.strip()
        self.scope = kiosk_scope(kiosk_name)
        self.rule = LockRule(config.lock_after_failures)
        self.total_rule = TotalRule(config.total_lock_after_failures)

    @property
    def has_staff_mode(self) -> bool:
        """False while no hash is configured: every PIN is refused and the pad says how to set one."""
        return bool(self.pin_hash)

    def lock_state(self) -> LockState:
        """This kiosk's wrong attempts so far and its lock, held too when all pads are held."""
        with self.database.session() as session:
            mine = read_lock_state(session, self.scope)
            total = read_lock_state(session, TOTAL_SCOPE)
        return LockState(mine.failures, mine.locked_until, mine.held or total.held)

    def check(self, pin: str) -> None:
        """Returns when `pin` is right; WrongPin, PadLocked, InvalidPin or StaffModeOff otherwise.

        Never logs the PIN.
        """
        check_pin_format(pin)
        if not self.has_staff_mode:
            raise StaffModeOff()
        now = self.clock.now()
        mine, total = self._charge(now)
        if verify_pin(pin, self.pin_hash):
            with self.database.write_session() as session:
                hold_pin_lock(session)
                write_lock_state(session, self.scope, LockState())
                write_lock_state(session, TOTAL_SCOPE, LockState())
            log.info("staff signed in")
            return
        refusal = total.refusal(now) or mine.refusal(now)
        if refusal is not None:
            log.warning(
                "staff PIN pad locked after %d wrong PINs here, %d in total", mine.failures, total.failures
            )
            raise refusal
        log.info("wrong staff PIN (%d here since the last right one)", mine.failures)
        raise WrongPin(min(self.rule.attempts_left(mine), self.total_rule.attempts_left(total)))

    def _charge(self, now: datetime) -> tuple[LockState, LockState]:
        """Count one wrong PIN here and in total, or PadLocked (nothing counted) while a lock holds."""
        with self.database.write_session() as session:
            hold_pin_lock(session)
            mine = read_lock_state(session, self.scope)
            total = read_lock_state(session, TOTAL_SCOPE)
            refusal = total.refusal(now) or mine.refusal(now)
            if refusal is not None:
                raise refusal
            mine = self.rule.after_failure(mine, now)
            total = self.total_rule.after_failure(total)
            write_lock_state(session, self.scope, mine)
            write_lock_state(session, TOTAL_SCOPE, total)
        return mine, total

    def locked_pads(self) -> list[LockedPad]:
        """Pads locked now, for a signed-in staff screen: kiosks by name, then all kiosks together."""
        now = self.clock.now()
        with self.database.session() as session:
            states = all_lock_states(session)
        pads = [
            LockedPad(scope.removeprefix(KIOSK_PREFIX), None if state.held else state.locked_until)
            for scope, state in states.items()
            if scope.startswith(KIOSK_PREFIX) and state.is_locked(now)
        ]
        total = states.get(TOTAL_SCOPE)
        if total is not None and total.is_locked(now):
            pads.append(LockedPad(None, None))
        return pads

    def unlock_all(self) -> None:
        """Lift every lock and forget every count (staff signed in elsewhere, or `kiosk staff unlock`)."""
        unlock(self.database)


def unlock(database: Database, kiosk_name: str | None = None) -> None:
    """Forget the counts of one kiosk, or of every kiosk and the total."""
    with database.write_session() as session:
        hold_pin_lock(session)
        clear_lock_states(session, None if kiosk_name is None else kiosk_scope(kiosk_name))
    log.info("staff PIN pads unlocked")
