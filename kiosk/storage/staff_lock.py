"""The staff PIN pads' lock-out counters: one row per kiosk and one for all kiosks together.

Every read-decide-write of these rows happens after `hold_lock(session, PIN_LOCK)` in one write
session, so kiosks guessing at once on PostgreSQL take turns instead of deciding on a stale count.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Integer, String, delete, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from kiosk.domain.clock import SEOUL
from kiosk.domain.staff_pin import LockState
from kiosk.storage.base import Base
from kiosk.storage.locks import hold_lock

PIN_LOCK = "staff_pin"
TOTAL_SCOPE = "total"
KIOSK_PREFIX = "kiosk:"
# Longer kiosk names share a row with names that start the same (they only share a counter).
SCOPE_LENGTH = 200


class StaffPinLockRow(Base):
    __tablename__ = "staff_pin_lock"

    scope: Mapped[str] = mapped_column(String(SCOPE_LENGTH), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    # Naive Asia/Seoul wall time, like every time in this schema.
    locked_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    held: Mapped[bool] = mapped_column(Boolean, default=False)


def kiosk_scope(kiosk_name: str) -> str:
    """The row of one kiosk (by its `[kiosk] name`)."""
    return (KIOSK_PREFIX + kiosk_name)[:SCOPE_LENGTH]


def hold_pin_lock(session: Session) -> None:
    """Take the PIN counters' lock for the rest of this write session."""
    hold_lock(session, PIN_LOCK)


def read_lock_state(session: Session, scope: str) -> LockState:
    """The stored state of `scope` (an expired lock is the rule's business)."""
    row = session.get(StaffPinLockRow, scope)
    return _state(row) if row is not None else LockState()


def write_lock_state(session: Session, scope: str, state: LockState) -> None:
    """Store `state` for `scope` (inside a write session holding `hold_pin_lock`)."""
    until = state.locked_until.astimezone(SEOUL).replace(tzinfo=None) if state.locked_until else None
    row = session.get(StaffPinLockRow, scope)
    if row is None:
        session.add(
            StaffPinLockRow(scope=scope, failures=state.failures, locked_until=until, held=state.held)
        )
    else:
        row.failures, row.locked_until, row.held = state.failures, until, state.held
    session.flush()


def all_lock_states(session: Session) -> dict[str, LockState]:
    """Every stored scope and its state."""
    rows = session.scalars(select(StaffPinLockRow).order_by(StaffPinLockRow.scope))
    return {row.scope: _state(row) for row in rows}


def _state(row: StaffPinLockRow) -> LockState:
    until = row.locked_until.replace(tzinfo=SEOUL) if row.locked_until else None
    return LockState(row.failures, until, row.held)


def clear_lock_states(session: Session, scope: str | None = None) -> None:
    """Forget `scope`'s counter, or every counter (staff unlock)."""
    query = delete(StaffPinLockRow)
    if scope is not None:
        query = query.where(StaffPinLockRow.scope == scope)
    session.execute(query)
