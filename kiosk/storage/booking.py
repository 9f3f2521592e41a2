"""Consultants, bookings and closures: tables and the repository functions the booking service uses.

Times are stored as naive Asia/Seoul wall-clock values (Seoul has no daylight saving time), so a day or a
month is a plain range on `starts_at`; the domain only ever sees aware datetimes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    func,
    select,
    text,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column

from kiosk.domain.booking import Booking, BookingSource, BookingStatus, Consultant
from kiosk.domain.booking_errors import SlotTaken
from kiosk.domain.clock import SEOUL
from kiosk.domain.closed_days import Closure, ClosurePart
from kiosk.storage.base import Base
from kiosk.storage.change_feed import record_change

ACTIVE_ONLY = text("status = 'active'")
# The live-update channel booking screens follow (kiosk.services.live_updates.AVAILABILITY).
AVAILABILITY_CHANNEL = "availability"

__all__ = ["DuplicateCode", "Session"]  # Session: the type services pass through to these functions


class DuplicateCode(Exception):
    """The random booking code is already in use: draw another one."""


class ConsultantRow(Base):
    __tablename__ = "consultant"

    id: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    fields: Mapped[list[str]] = mapped_column(JSON)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class BookingRow(Base):
    __tablename__ = "booking"
    __table_args__ = (
        # The database itself refuses a second active booking of one consultant at one time, whatever
        # the program that writes (kiosk, website import, a second kiosk).
        Index(
            "uq_booking_active_slot",
            "consultant_id",
            "starts_at",
            unique=True,
            sqlite_where=ACTIVE_ONLY,
            postgresql_where=ACTIVE_ONLY,
        ),
        # Covers the month-availability query (range on starts_at) without touching the table.
        Index("ix_booking_starts_at_status", "starts_at", "status", "consultant_id"),
        Index("ix_booking_phone_starts_at", "phone", "starts_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(12), unique=True)
    consultant_id: Mapped[str] = mapped_column(ForeignKey("consultant.id"))
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    field_id: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(60))
    phone: Mapped[str] = mapped_column(String(11))
    status: Mapped[str] = mapped_column(String(12), default=BookingStatus.ACTIVE.value)
    source: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class ClosureRow(Base):
    __tablename__ = "closure"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    part: Mapped[str] = mapped_column(String(10))
    consultant_id: Mapped[str | None] = mapped_column(ForeignKey("consultant.id"), nullable=True)
    reason: Mapped[str] = mapped_column(String(200), default="")


def to_db_time(moment: datetime) -> datetime:
    """Aware datetime -> naive Seoul wall time as stored."""
    return moment.astimezone(SEOUL).replace(tzinfo=None)


def from_db_time(stored: datetime) -> datetime:
    """Stored naive Seoul wall time -> aware datetime."""
    return stored.replace(tzinfo=SEOUL)


def erase_personal_data(session: Session, before: datetime) -> int:
    """Blank the name and phone of bookings whose consultation ended before `before`; returns how many."""
    result = session.execute(
        update(BookingRow)
        .where(BookingRow.ends_at < to_db_time(before), BookingRow.phone != "")
        .values(name="", phone="")
    )
    return int(result.rowcount or 0)


def _day_start(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


# --- consultants -------------------------------------------------------------------------------------


def _consultant(row: ConsultantRow) -> Consultant:
    return Consultant(id=row.id, name=row.name, fields=tuple(row.fields), active=row.active)


def list_consultants(session: Session, *, active_only: bool = True) -> list[Consultant]:
    """Consultants ordered by id."""
    query = select(ConsultantRow).order_by(ConsultantRow.id)
    if active_only:
        query = query.where(ConsultantRow.active.is_(True))
    return [_consultant(row) for row in session.scalars(query)]


def get_consultant(session: Session, consultant_id: str) -> Consultant | None:
    if "\x00" in consultant_id:
        return None  # PostgreSQL refuses NUL in any text it is sent; no stored id holds one
    row = session.get(ConsultantRow, consultant_id)
    return _consultant(row) if row else None


def upsert_consultants(session: Session, consultants: Iterable[Consultant]) -> int:
    """Insert or update consultants by id; returns how many were written."""
    count = 0
    for consultant in consultants:
        row = session.get(ConsultantRow, consultant.id)
        if row is None:
            row = ConsultantRow(id=consultant.id)
            session.add(row)
        row.name = consultant.name
        row.fields = list(consultant.fields)
        row.active = consultant.active
        count += 1
    session.flush()
    return count


# --- bookings ----------------------------------------------------------------------------------------


def _booking(row: BookingRow, consultant_name: str) -> Booking:
    return Booking(
        code=row.code,
        consultant_id=row.consultant_id,
        consultant_name=consultant_name,
        start=from_db_time(row.starts_at),
        end=from_db_time(row.ends_at),
        field_id=row.field_id,
        name=row.name,
        phone=row.phone,
        status=BookingStatus(row.status),
        source=BookingSource(row.source),
        created_at=from_db_time(row.created_at),
    )


def insert_booking(
    session: Session,
    *,
    code: str,
    consultant_id: str,
    start: datetime,
    end: datetime,
    field_id: str,
    name: str,
    phone: str,
    source: BookingSource,
    created_at: datetime,
) -> None:
    """Add an active booking; SlotTaken (or DuplicateCode) when the database's unique indexes refuse it.

    The caller's write session must end after either error: the failed flush leaves it to roll back.
    """
    row = BookingRow(
        code=code,
        consultant_id=consultant_id,
        starts_at=to_db_time(start),
        ends_at=to_db_time(end),
        field_id=field_id,
        name=name,
        phone=phone,
        status=BookingStatus.ACTIVE.value,
        source=source.value,
        created_at=to_db_time(created_at),
    )
    session.add(row)
    try:
        session.flush()
    except IntegrityError as err:
        # SQLite names the columns ("booking.code"), PostgreSQL the constraint ("uq_booking_code").
        message = str(err.orig)
        if "booking.code" in message or "uq_booking_code" in message:
            raise DuplicateCode(code) from err
        raise SlotTaken() from err
    _availability_changed(session, to_db_time(start).date())


def _availability_changed(session: Session, day: date) -> None:
    """Tell other kiosks, on commit, that `day`'s free slots changed (the payload names the day)."""
    record_change(session, AVAILABILITY_CHANNEL, day.isoformat())


def code_exists(session: Session, code: str) -> bool:
    return session.scalar(select(func.count()).where(BookingRow.code == code)) > 0


def find_booking(session: Session, code: str) -> Booking | None:
    """The booking with this code in any status."""
    found = session.execute(
        select(BookingRow, ConsultantRow.name)
        .join(ConsultantRow, ConsultantRow.id == BookingRow.consultant_id)
        .where(BookingRow.code == code)
    ).first()
    return _booking(found[0], found[1]) if found else None


def taken_slots(session: Session, first_day: date, last_day: date) -> set[tuple[str, datetime]]:
    """(consultant id, start) of every booking not cancelled from `first_day` to `last_day` (one query)."""
    # Core rows through the connection: no ORM identity bookkeeping for a few thousand plain tuples.
    # Attended and no-show bookings still hold their slot: only a cancellation frees it.
    rows = session.connection().execute(
        select(BookingRow.consultant_id, BookingRow.starts_at).where(
            BookingRow.starts_at >= _day_start(first_day),
            BookingRow.starts_at < _day_start(last_day + timedelta(days=1)),
            BookingRow.status != BookingStatus.CANCELLED.value,
        )
    )
    # Many consultants share each start: convert every distinct start to an aware datetime once.
    aware: dict[datetime, datetime] = {}
    taken = set()
    for consultant_id, starts_at in rows.all():
        start = aware.get(starts_at)
        if start is None:
            start = aware[starts_at] = from_db_time(starts_at)
        taken.add((consultant_id, start))
    return taken


def active_bookings_of_phone(session: Session, phone: str, day: date) -> int:
    """How many active bookings `phone` has on `day`."""
    return session.scalar(
        select(func.count()).where(
            BookingRow.phone == phone,
            BookingRow.starts_at >= _day_start(day),
            BookingRow.starts_at < _day_start(day + timedelta(days=1)),
            BookingRow.status == BookingStatus.ACTIVE.value,
        )
    )


def bookings_of_day(session: Session, day: date) -> list[Booking]:
    """Every booking starting on `day` (all statuses), by start and consultant."""
    rows = session.execute(
        select(BookingRow, ConsultantRow.name)
        .join(ConsultantRow, ConsultantRow.id == BookingRow.consultant_id)
        .where(
            BookingRow.starts_at >= _day_start(day),
            BookingRow.starts_at < _day_start(day + timedelta(days=1)),
        )
        .order_by(BookingRow.starts_at, BookingRow.consultant_id)
    )
    return [_booking(row, name) for row, name in rows]


def set_status(session: Session, code: str, status: BookingStatus, *, when: datetime | None = None) -> bool:
    """Change the status of an active booking; False when no active booking has this code."""
    values: dict[str, object] = {"status": status.value}
    if status is BookingStatus.CANCELLED and when is not None:
        values["cancelled_at"] = to_db_time(when)
    changed = session.scalars(
        update(BookingRow)
        .where(BookingRow.code == code, BookingRow.status == BookingStatus.ACTIVE.value)
        .values(**values)
        .returning(BookingRow.starts_at)
    ).all()
    if changed:
        _availability_changed(session, changed[0].date())
    return bool(changed)


# --- closures ----------------------------------------------------------------------------------------


def _closure(row: ClosureRow) -> Closure:
    return Closure(
        id=row.id,
        day=row.day,
        part=ClosurePart(row.part),
        reason=row.reason,
        consultant_id=row.consultant_id,
    )


def add_closure(session: Session, closure: Closure) -> Closure:
    """Store a closure and return it with its id."""
    row = ClosureRow(
        day=closure.day,
        part=closure.part.value,
        consultant_id=closure.consultant_id,
        reason=closure.reason,
    )
    session.add(row)
    session.flush()
    _availability_changed(session, closure.day)
    return _closure(row)


def remove_closure(session: Session, closure_id: int) -> bool:
    row = session.get(ClosureRow, closure_id)
    if row is None:
        return False
    session.delete(row)
    _availability_changed(session, row.day)
    return True


def closures_between(session: Session, first_day: date, last_day: date) -> list[Closure]:
    rows = session.scalars(
        select(ClosureRow)
        .where(ClosureRow.day >= first_day, ClosureRow.day <= last_day)
        .order_by(ClosureRow.day, ClosureRow.id)
    )
    return [_closure(row) for row in rows]


def count_bookings(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(BookingRow))


def insert_historic_bookings(session: Session, rows: Sequence[dict[str, object]]) -> None:
    """Bulk insert prepared rows (benchmarks and imports of old data); values already in stored form."""
    session.execute(BookingRow.__table__.insert(), list(rows))


def set_attendance(session: Session, code: str, status: BookingStatus) -> bool:
    """Mark a booking attended or no-show (also to correct the other mark); False for a cancelled one."""
    if status not in (BookingStatus.ATTENDED, BookingStatus.NO_SHOW):
        raise ValueError(f"{status} is not an attendance mark")
    marked = (BookingStatus.ACTIVE.value, BookingStatus.ATTENDED.value, BookingStatus.NO_SHOW.value)
    result = session.execute(
        update(BookingRow)
        .where(BookingRow.code == code, BookingRow.status.in_(marked))
        .values(status=status.value)
    )
    return bool(result.rowcount)
