"""The one call from the booking screens to the slip printer.

The printing service (kiosk/services/printing.py) is being built on another branch; until it lands
this reports "not printed", and the screens ask the resident to note the code instead.
"""

from __future__ import annotations

import importlib.util
import logging

from kiosk.app_context import AppContext
from kiosk.domain.booking import Booking

log = logging.getLogger(__name__)


def print_booking_slip(context: AppContext, booking: Booking) -> bool:
    """Print (or save as PDF) the slip of `booking`; False when no printing service is available."""
    if importlib.util.find_spec("kiosk.services.printing") is None:
        log.info("slip for booking %s not printed: no printing service yet", booking.code)
        return False
    log.warning("printing service present but not wired to bookings yet (booking %s)", booking.code)
    return False
