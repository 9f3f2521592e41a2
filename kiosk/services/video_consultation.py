"""Video consultations at the kiosk: check-in, the room's address and the stages staff see."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from kiosk.config import StationSection, VideoSection
from kiosk.domain.booking import Booking, BookingStatus
from kiosk.domain.booking_code import is_valid_code, normalise_code
from kiosk.domain.check_in import (
    ACCOUNTANT,
    CheckInRules,
    CheckInUnknown,
    VideoVisit,
    VisitStage,
    room_url,
)
from kiosk.domain.web_origins import OriginList
from kiosk.services.booking import BookingService, proves
from kiosk.storage import booking as booking_store
from kiosk.storage import video_visits as store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CheckIn:
    """A resident checked in: where the call goes, who may have the camera, and when it ends."""

    booking: Booking
    room_url: str
    origins: OriginList
    call_ends_at: datetime


class VideoConsultations:
    """Check-in rules over the booking table, plus each visit's stage for the staff console."""

    def __init__(self, booking: BookingService, video: VideoSection, station: StationSection) -> None:
        self.booking = booking
        self.video = video
        self.station = station
        self.rules = CheckInRules(video.check_in_early_minutes, video.grace_minutes)

    def check_in(self, code: str, proof: str = "") -> CheckIn:
        """Check in with the booking code, and optionally the name or the phone's last four digits.

        Marks the booking attended (staff can correct it on the bookings desk). Refusals: CheckInUnknown,
        CheckInCancelled, CheckInTooEarly, CheckInTooLate."""
        code = normalise_code(code)
        if not is_valid_code(code):
            raise CheckInUnknown()
        now = self.booking.clock.now()
        with self.booking.database.write_session() as session:
            booking = booking_store.find_booking(session, code)
            if booking is not None and proof.strip() and not proves(booking, proof):
                booking = None
            self.rules.check(booking, now)
            assert booking is not None
            pattern = self.video.room_pattern(self.station, booking.consultant_id)
            address = room_url(pattern, booking.code, booking.consultant_id)
            if booking.status is BookingStatus.ACTIVE:
                booking_store.set_attendance(session, code, BookingStatus.ATTENDED)
            store.record_check_in(session, code, address, now)
        log.info("checked in %s for the video consultation at %s", code, booking.start.isoformat())
        return CheckIn(
            booking=booking,
            room_url=address,
            origins=OriginList.of([address, *self.video.allowed_origins]),
            call_ends_at=self.rules.call_ends_at(booking),
        )

    def set_stage(self, code: str, stage: VisitStage) -> bool:
        """Record where the resident is (waiting, in the call, ended); False for a code never checked in."""
        with self.booking.database.write_session() as session:
            return store.set_stage(session, code, stage, self.booking.clock.now())

    def visits_of_day(self, day: date | None = None) -> list[VideoVisit]:
        """Today's (or `day`'s) checked-in consultations for the staff console."""
        with self.booking.database.session() as session:
            return store.visits_of_day(session, day or self.booking.today())

    def in_consultation_hours(self) -> bool:
        """Whether a slot of today can be checked in now (home shows its tile then)."""
        now = self.booking.clock.now()
        schedule = self.booking.rules.schedule
        early = timedelta(minutes=self.rules.early_minutes)
        in_window = any(
            start - early <= now < start + schedule.slot_length for start in schedule.slot_starts(now.date())
        )
        # The holiday tables cost about 0.17 s to load: asked only inside the hours, not at start-up.
        return in_window and self.booking.rules.calendar.closed_reason(now.date()) is None

    def accountant_room(self, visit: VideoVisit) -> tuple[str, OriginList]:
        """The staff console's address of a visit's room (as the accountant) and the origins it may use."""
        pattern = self.video.room_pattern(self.station, visit.consultant_id)
        address = room_url(pattern, visit.code, visit.consultant_id, ACCOUNTANT)
        return address, OriginList.of([address, *self.video.allowed_origins])

    def station_origins(self) -> OriginList:
        """Where the station screen may go: the metaverse address's origin plus the configured ones."""
        return OriginList.of([self.station.metaverse_url, *self.video.station_allowed_origins])
