"""Event queue tables: the day's queue, one counter per field, and the tickets.

Numbers come from a counter row that is incremented with one UPDATE inside the write transaction: on
SQLite the transaction holds the write lock from its start, on PostgreSQL the UPDATE locks the row, so two
kiosks never hand out the same number. Times are naive Asia/Seoul wall-clock values.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, UniqueConstraint, func, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from kiosk.domain.clock import SEOUL
from kiosk.domain.queue import (
    FieldBoard,
    NoOneWaiting,
    QueueDay,
    Ticket,
    TicketStatus,
    UnknownQueueField,
)
from kiosk.storage.base import Base
from kiosk.storage.change_feed import record_change

# Other kiosks, staff desks and the now-serving screen reload on this live-update channel.
CHANNEL = "queue"


class QueueDayRow(Base):
    __tablename__ = "queue_day"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    day: Mapped[date] = mapped_column(Date, unique=True)
    event_id: Mapped[str] = mapped_column(String(40))
    opened_at: Mapped[datetime] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class QueueCounterRow(Base):
    __tablename__ = "queue_counter"

    queue_id: Mapped[int] = mapped_column(ForeignKey("queue_day.id", ondelete="CASCADE"), primary_key=True)
    field_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class QueueTicketRow(Base):
    __tablename__ = "queue_ticket"
    __table_args__ = (UniqueConstraint("queue_id", "field_id", "number", name="uq_queue_ticket_number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    queue_id: Mapped[int] = mapped_column(ForeignKey("queue_day.id", ondelete="CASCADE"), index=True)
    field_id: Mapped[str] = mapped_column(String(40))
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(10), default=TicketStatus.WAITING.value)
    taken_at: Mapped[datetime] = mapped_column(DateTime)
    called_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


def _to_db(moment: datetime) -> datetime:
    return moment.astimezone(SEOUL).replace(tzinfo=None)


def _from_db(stored: datetime | None) -> datetime | None:
    return stored.replace(tzinfo=SEOUL) if stored is not None else None


def _queue_day(row: QueueDayRow) -> QueueDay:
    opened = _from_db(row.opened_at)
    assert opened is not None
    return QueueDay(row.id, row.day, row.event_id, opened, _from_db(row.closed_at))


def _ticket(row: QueueTicketRow) -> Ticket:
    taken = _from_db(row.taken_at)
    assert taken is not None
    return Ticket(
        row.id,
        row.queue_id,
        row.field_id,
        row.number,
        TicketStatus(row.status),
        taken,
        _from_db(row.called_at),
    )


def queue_of_day(session: Session, day: date) -> QueueDay | None:
    """The queue opened for `day`, open or closed."""
    row = session.scalar(select(QueueDayRow).where(QueueDayRow.day == day))
    return _queue_day(row) if row else None


def open_queue(session: Session, day: date, event_id: str, field_ids: list[str], now: datetime) -> QueueDay:
    """Open (or re-open) the queue of `day`; numbers carry on where they stopped."""
    row = session.scalar(select(QueueDayRow).where(QueueDayRow.day == day).with_for_update())
    if row is None:
        row = QueueDayRow(day=day, event_id=event_id, opened_at=_to_db(now))
        session.add(row)
        session.flush()
    else:
        row.event_id = event_id
        row.closed_at = None
    existing = set(
        session.scalars(select(QueueCounterRow.field_id).where(QueueCounterRow.queue_id == row.id))
    )
    for field_id in field_ids:
        if field_id not in existing:
            session.add(QueueCounterRow(queue_id=row.id, field_id=field_id, last_number=0))
    session.flush()
    record_change(session, CHANNEL)
    return _queue_day(row)


def close_queue(session: Session, queue_id: int, now: datetime) -> None:
    session.execute(update(QueueDayRow).where(QueueDayRow.id == queue_id).values(closed_at=_to_db(now)))
    record_change(session, CHANNEL)


def take_ticket(session: Session, queue_id: int, field_id: str, now: datetime) -> tuple[Ticket, int]:
    """The next number of the field and how many were waiting before it (inside a write session)."""
    bumped = session.execute(
        update(QueueCounterRow)
        .where(QueueCounterRow.queue_id == queue_id, QueueCounterRow.field_id == field_id)
        .values(last_number=QueueCounterRow.last_number + 1)
    )
    if bumped.rowcount != 1:  # type: ignore[attr-defined]
        raise UnknownQueueField(field_id)
    number = session.scalar(
        select(QueueCounterRow.last_number).where(
            QueueCounterRow.queue_id == queue_id, QueueCounterRow.field_id == field_id
        )
    )
    assert number is not None
    waiting_ahead = _waiting(session, queue_id, field_id)
    row = QueueTicketRow(
        queue_id=queue_id,
        field_id=field_id,
        number=number,
        status=TicketStatus.WAITING.value,
        taken_at=_to_db(now),
    )
    session.add(row)
    session.flush()
    record_change(session, CHANNEL, field_id)
    return _ticket(row), waiting_ahead


def call_next(session: Session, queue_id: int, field_id: str, now: datetime) -> Ticket:
    """Mark the lowest waiting number of the field as called; NoOneWaiting when the line is empty."""
    row = session.scalar(
        select(QueueTicketRow)
        .where(
            QueueTicketRow.queue_id == queue_id,
            QueueTicketRow.field_id == field_id,
            QueueTicketRow.status == TicketStatus.WAITING.value,
        )
        .order_by(QueueTicketRow.number)
        .limit(1)
        .with_for_update(skip_locked=True)
    )
    if row is None:
        raise NoOneWaiting()
    row.status = TicketStatus.CALLED.value
    row.called_at = _to_db(now)
    session.flush()
    record_change(session, CHANNEL, field_id)
    return _ticket(row)


def _waiting(session: Session, queue_id: int, field_id: str) -> int:
    count = session.scalar(
        select(func.count())
        .select_from(QueueTicketRow)
        .where(
            QueueTicketRow.queue_id == queue_id,
            QueueTicketRow.field_id == field_id,
            QueueTicketRow.status == TicketStatus.WAITING.value,
        )
    )
    return int(count or 0)


def board(session: Session, queue_id: int) -> list[FieldBoard]:
    """Every field's line in one pass: last called number, waiting count, last number handed out."""
    counters = dict(
        session.execute(
            select(QueueCounterRow.field_id, QueueCounterRow.last_number).where(
                QueueCounterRow.queue_id == queue_id
            )
        ).all()
    )
    waiting = dict(
        session.execute(
            select(QueueTicketRow.field_id, func.count())
            .where(QueueTicketRow.queue_id == queue_id, QueueTicketRow.status == TicketStatus.WAITING.value)
            .group_by(QueueTicketRow.field_id)
        ).all()
    )
    # Numbers are called in order, so the highest called number is the one being served now.
    serving = dict(
        session.execute(
            select(QueueTicketRow.field_id, func.max(QueueTicketRow.number))
            .where(QueueTicketRow.queue_id == queue_id, QueueTicketRow.status == TicketStatus.CALLED.value)
            .group_by(QueueTicketRow.field_id)
        ).all()
    )
    return [
        FieldBoard(field_id, serving.get(field_id), int(waiting.get(field_id, 0)), int(last))
        for field_id, last in counters.items()
    ]
