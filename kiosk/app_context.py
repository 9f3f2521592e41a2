"""What the composition root hands to screens and commands: configuration, clock and services."""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.config import Config
from kiosk.domain.clock import Clock
from kiosk.domain.links import LinkCatalogue
from kiosk.services.connectivity import Connectivity
from kiosk.services.printing import PrintService
from kiosk.services.speech import SilentSpeech, Speech
from kiosk.services.tax_information import TaxInformation
from kiosk.storage.database import Database


@dataclass
class AppContext:
    """Built once in kiosk/app.py (and by tests with fakes); features add their service here."""

    config: Config
    clock: Clock
    database: Database
    # Every feature prints through this one service (booking slips, queue tickets, QR slips).
    printing: PrintService
    links: LinkCatalogue
    tax_information: TaxInformation = field(default_factory=TaxInformation)
    # Booking and chat ask it before touching the database (docs/deployment.md, "When the database ...").
    connectivity: Connectivity = field(init=False)

    def __post_init__(self) -> None:
        self.connectivity = Connectivity(self.database)

    # Voice guidance (kiosk/gui/voice.py); silent unless the configuration names an engine.
    speech: Speech = field(default_factory=SilentSpeech)
