"""Check-ins for video consultations: one row per booking code, its stage for the staff console.

Only the booking's code and times are kept here (no name, no phone), so the booking's retention job
needs nothing extra; the staff console joins the booking for the consultant's name.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import DateTime, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from kiosk.domain.check_in import VideoVisit, VisitStage
from kiosk.storage.base import Base
from kiosk.storage.booking import BookingRow, ConsultantRow, from_db_time, to_db_time
from kiosk.storage.change_feed import record_change

# The live-update channel of the staff console's "Today's video consultations".
VIDEO_CHANNEL = "video"


class VideoVisitRow(Base):
    __tablename__ = "video_visit"

    code: Mapped[str] = mapped_column(String(12), primary_key=True)
    room_url: Mapped[str] = mapped_column(String(500))
    stage: Mapped[str] = mapped_column(String(12))
    checked_in_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    stage_at: Mapped[datetime] = mapped_column(DateTime)


def record_check_in(session: Session, code: str, room_url: str, when: datetime) -> None:
    """Store (or renew, on a second check-in) the visit at stage CHECKED_IN."""
    row = session.get(VideoVisitRow, code)
    if row is None:
        row = VideoVisitRow(code=code, checked_in_at=to_db_time(when))
        session.add(row)
    row.room_url = room_url
    row.stage = VisitStage.CHECKED_IN.value
    row.stage_at = to_db_time(when)
    session.flush()
    record_change(session, VIDEO_CHANNEL, code)


def set_stage(session: Session, code: str, stage: VisitStage, when: datetime) -> bool:
    """Move a checked-in visit to `stage`; False when the code never checked in."""
    row = session.get(VideoVisitRow, code)
    if row is None:
        return False
    row.stage = stage.value
    row.stage_at = to_db_time(when)
    record_change(session, VIDEO_CHANNEL, code)
    return True


def visits_of_day(session: Session, day: date) -> list[VideoVisit]:
    """The visits of bookings starting on `day`, by start."""
    first = datetime.combine(day, datetime.min.time())
    rows = session.execute(
        select(VideoVisitRow, BookingRow, ConsultantRow.name)
        .join(BookingRow, BookingRow.code == VideoVisitRow.code)
        .join(ConsultantRow, ConsultantRow.id == BookingRow.consultant_id)
        .where(BookingRow.starts_at >= first, BookingRow.starts_at < first + timedelta(days=1))
        .order_by(BookingRow.starts_at, BookingRow.consultant_id)
    )
    return [
        VideoVisit(
            code=visit.code,
            consultant_id=booking.consultant_id,
            consultant_name=name,
            start=from_db_time(booking.starts_at),
            end=from_db_time(booking.ends_at),
            room_url=visit.room_url,
            stage=VisitStage(visit.stage),
            checked_in_at=from_db_time(visit.checked_in_at),
            stage_at=from_db_time(visit.stage_at),
        )
        for visit, booking, name in rows
    ]
