"""What the composition root hands to screens and commands: configuration, clock and services."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.config import Config
from kiosk.domain.clock import Clock
from kiosk.services.booking import BookingService
from kiosk.storage.database import Database


@dataclass
class AppContext:
    """Built once in kiosk/app.py (and by tests with fakes); features add their service here."""

    config: Config
    clock: Clock
    database: Database
    booking: BookingService | None = None
