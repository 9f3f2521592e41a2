"""The booking slip: what the resident takes home (date, time, field, consultant, masked phone, code,
and a QR code that opens the metaverse consultation room)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from kiosk.domain.booking import Booking
from kiosk.domain.booking_code import format_code
from kiosk.domain.slip import Slip
from kiosk.gui.booking_text import long_date, time_range


class BookingSlip(QObject):
    """Builds slips in the resident's language (translation context "BookingSlip")."""

    def slip(self, booking: Booking, field_name: str, room_url: str, staff_phone: str) -> Slip:
        """The slip of `booking`; the phone number only ever appears masked."""
        return Slip(
            title=self.tr("Tax consultation booking"),
            lines=(
                (self.tr("Booking code"), format_code(booking.code)),
                (self.tr("Date"), long_date(booking.start.date())),
                (self.tr("Time"), time_range(booking.start, booking.end)),
                (self.tr("Field"), field_name),
                (self.tr("Tax accountant"), booking.consultant_name),
                (self.tr("Mobile phone"), booking.masked_phone),
            ),
            qr_payload=room_url,
            qr_caption=self.tr("At your time, scan this code to enter the Tax Consultation Room."),
            footer=self.tr("To cancel: this kiosk (My booking) or call {phone}.").format(phone=staff_phone),
        )
