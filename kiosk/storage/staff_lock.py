"""The staff PIN pad's lock-out state, kept in the `setting` table so a restart does not lift it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from kiosk.domain.staff_pin import LockState
from kiosk.storage.settings import read_setting, write_setting

FAILURES_KEY = "staff.pin_failures"
LOCKED_UNTIL_KEY = "staff.pin_locked_until"


def read_lock_state(session: Session) -> LockState:
    """Wrong PINs so far and the end of the lock as stored (an expired lock is the rule's business)."""
    failures = read_setting(session, FAILURES_KEY)
    until = read_setting(session, LOCKED_UNTIL_KEY)
    return LockState(int(failures or 0), datetime.fromisoformat(until) if until else None)


def write_lock_state(session: Session, state: LockState) -> None:
    """Store `state` (inside a write session)."""
    write_setting(session, FAILURES_KEY, str(state.failures))
    write_setting(session, LOCKED_UNTIL_KEY, state.locked_until.isoformat() if state.locked_until else "")
