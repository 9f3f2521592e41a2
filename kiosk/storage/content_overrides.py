"""Staff edits of FAQ entries, booth cards and sessions, shared by every kiosk on the database."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import JSON, DateTime, Integer, String, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from kiosk.domain.content_overrides import ContentOverride, OverrideKind
from kiosk.storage.base import Base


class ContentOverrideRow(Base):
    """Append-only: every edit is a new row, so the highest id is the content's revision."""

    __tablename__ = "content_override"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(20))
    entry_id: Mapped[str] = mapped_column(String(80))
    payload: Mapped[dict[str, object]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime)


def add_override(
    session: Session, kind: OverrideKind, entry_id: str, values: Mapping[str, object], now: datetime
) -> ContentOverride:
    """Store a new edit of one entry; it wins over every earlier one."""
    row = ContentOverrideRow(
        kind=kind.value, entry_id=entry_id, payload=dict(values), created_at=now.replace(tzinfo=None)
    )
    session.add(row)
    session.flush()
    return _override(row)


def latest_revision(session: Session) -> int:
    """The id of the newest edit, 0 when there is none: kiosks compare it to know when to reload."""
    return int(session.scalar(select(func.max(ContentOverrideRow.id))) or 0)


def current_overrides(session: Session) -> list[ContentOverride]:
    """The newest edit of each entry, oldest first."""
    newest: dict[tuple[str, str], ContentOverride] = {}
    for row in session.scalars(select(ContentOverrideRow).order_by(ContentOverrideRow.id)):
        newest[(row.kind, row.entry_id)] = _override(row)
    return sorted(newest.values(), key=lambda o: o.revision)


def _override(row: ContentOverrideRow) -> ContentOverride:
    return ContentOverride(OverrideKind(row.kind), row.entry_id, dict(row.payload), row.id)
