"""Read and write the small key/value `setting` table (state that must survive a restart)."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kiosk.storage.models import Setting


def read_setting(session: Session, key: str) -> str | None:
    """The stored value of `key`, or None."""
    return session.scalar(select(Setting.value).where(Setting.key == key))


def read_settings(session: Session, prefix: str) -> dict[str, str]:
    """Every key starting with `prefix` and its value."""
    rows = session.execute(select(Setting.key, Setting.value).where(Setting.key.startswith(prefix)))
    return {key: value for key, value in rows}


def write_setting(session: Session, key: str, value: str) -> None:
    """Insert or replace `key` (call inside a write session)."""
    row = session.get(Setting, key, with_for_update=True)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()


def delete_setting(session: Session, key: str) -> None:
    session.execute(delete(Setting).where(Setting.key == key))
