"""What the composition root hands to screens and commands: configuration, clock and services."""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.config import Config
from kiosk.domain.clock import Clock
from kiosk.services.speech import SilentSpeech, Speech
from kiosk.storage.database import Database


@dataclass
class AppContext:
    """Built once in kiosk/app.py (and by tests with fakes); features add their service here."""

    config: Config
    clock: Clock
    database: Database
    speech: Speech = field(default_factory=SilentSpeech)
