"""Anonymous usage counts: how often each menu was opened, per hour. No person, no session, no text."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column

from kiosk.domain.clock import SEOUL
from kiosk.domain.usage import UsageCount
from kiosk.storage.base import Base


class UsageCountRow(Base):
    __tablename__ = "usage_count"

    route: Mapped[str] = mapped_column(String(40), primary_key=True)
    hour: Mapped[datetime] = mapped_column(DateTime, primary_key=True)
    taps: Mapped[int] = mapped_column(Integer, default=0)


def _hour(moment: datetime) -> datetime:
    return moment.astimezone(SEOUL).replace(tzinfo=None, minute=0, second=0, microsecond=0)


def count_visit(session: Session, route: str, now: datetime) -> None:
    """Add one to the route's count for the hour of `now` (safe with two kiosks writing at once)."""
    hour = _hour(now)
    for _attempt in range(2):
        bumped = session.execute(
            update(UsageCountRow)
            .where(UsageCountRow.route == route, UsageCountRow.hour == hour)
            .values(taps=UsageCountRow.taps + 1)
        )
        if bumped.rowcount:  # type: ignore[attr-defined]
            return
        try:
            # A savepoint: if another kiosk inserted the same hour first, only this insert is undone.
            with session.begin_nested():
                session.add(UsageCountRow(route=route, hour=hour, taps=1))
            return
        except IntegrityError:
            continue


def usage_between(session: Session, first: datetime, last: datetime) -> list[UsageCount]:
    """Counts of the hours from `first` up to (not including) `last`, by hour then route."""
    rows = session.scalars(
        select(UsageCountRow)
        .where(UsageCountRow.hour >= _hour(first), UsageCountRow.hour < _hour(last))
        .order_by(UsageCountRow.hour, UsageCountRow.route)
    )
    return [UsageCount(row.hour.replace(tzinfo=SEOUL), row.route, row.taps) for row in rows]
