"""Anonymous facts for staff's usage report: bookings and queue tickets without names or phones."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.domain.booking import BookingStatus
from kiosk.domain.reports import BookingFact, TicketFact
from kiosk.storage.booking import BookingRow, from_db_time
from kiosk.storage.queue import QueueDayRow, QueueTicketRow


def _day_start(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


def booking_facts(session: Session, first: date, last: date) -> list[BookingFact]:
    """Field, start and status of every booking whose consultation falls on `first`..`last`."""
    rows = session.execute(
        # Only these three columns are read: the report never holds a name, phone or code.
        select(BookingRow.field_id, BookingRow.starts_at, BookingRow.status).where(
            BookingRow.starts_at >= _day_start(first),
            BookingRow.starts_at < _day_start(last + timedelta(days=1)),
        )
    )
    return [BookingFact(field, from_db_time(starts), BookingStatus(status)) for field, starts, status in rows]


def ticket_facts(session: Session, first: date, last: date) -> list[TicketFact]:
    """Every queue number handed out on an event day from `first` to `last`."""
    rows = session.execute(
        select(
            QueueDayRow.day,
            QueueDayRow.event_id,
            QueueTicketRow.field_id,
            QueueTicketRow.taken_at,
            QueueTicketRow.called_at,
        )
        .join(QueueDayRow, QueueDayRow.id == QueueTicketRow.queue_id)
        .where(QueueDayRow.day >= first, QueueDayRow.day <= last)
    )
    return [
        TicketFact(day, event, field, from_db_time(taken), from_db_time(called) if called else None)
        for day, event, field, taken, called in rows
    ]
