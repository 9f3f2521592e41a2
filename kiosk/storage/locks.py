"""Named locks for check-then-write rules that a unique index cannot express across kiosks.

"At most one booking per phone per day", "the next queue number is the highest plus one": each reads,
decides and then writes. On SQLite every write session already holds the database's write lock from
its first statement (BEGIN IMMEDIATE), so two kiosks cannot interleave. On PostgreSQL, READ COMMITTED
lets two kiosks read the same state at once; `hold_lock(session, name)` makes them take turns on `name`
until the transaction ends, without blocking anyone working on a different name.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session


def hold_lock(session: Session, name: str) -> None:
    """Wait for, then hold until commit or rollback, the lock called `name` (e.g. "queue:2026-12-03")."""
    if session.get_bind().dialect.name != "postgresql":
        return  # SQLite: the write session's BEGIN IMMEDIATE already serialises all writers
    # hashtextextended maps the name to the 64-bit key advisory locks take; a collision between two
    # names only makes them wait for each other, never lets two holders of one name through.
    session.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:name, 0))"), {"name": name})
