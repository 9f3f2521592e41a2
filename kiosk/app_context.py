"""What the composition root hands to screens and commands: configuration, clock and services."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kiosk.config import Config
from kiosk.domain.clock import Clock
from kiosk.domain.links import LinkCatalogue
from kiosk.domain.volume_steps import VolumeSteps, load_volume_steps
from kiosk.services.booking import BookingService
from kiosk.services.connectivity import Connectivity
from kiosk.services.content_editing import ContentEditor
from kiosk.services.printing import PrintService
from kiosk.services.sound import FeedbackSounds
from kiosk.services.speech import SilentSpeech, Speech
from kiosk.services.staff import StaffServices
from kiosk.services.tax_information import TaxInformation
from kiosk.storage.database import Database

if TYPE_CHECKING:
    from kiosk.services.live_updates_qt import LiveUpdates


@dataclass
class AppContext:
    """Built once in kiosk/app.py (and by tests with fakes); features add their service here."""

    config: Config
    clock: Clock
    database: Database
    # Builds the lecture video player (default: kiosk.services.player.VlcPlayer); tests put a factory
    # here that fails like a machine without libvlc.
    lecture_player_factory: Callable[[], Any] | None = None
    # Every feature prints through this one service (booking slips, queue tickets, QR slips).
    # Left out, printing and links are built from the configuration (tests build contexts that way).
    printing: PrintService = None  # type: ignore[assignment]
    links: LinkCatalogue = None  # type: ignore[assignment]
    tax_information: TaxInformation = field(default_factory=TaxInformation)
    booking: BookingService = None  # type: ignore[assignment]
    # Changes other kiosks and consoles made (bookings, chat, queue), for the screens to reload; set by
    # kiosk.app.start_live_updates where a window runs, None in commands.
    live_updates: LiveUpdates | None = None
    # Booking and chat ask it before touching the database (docs/deployment.md, "When the database ...").
    connectivity: Connectivity = field(init=False)
    # Voice guidance (kiosk/gui/voice.py); silent unless the configuration names an engine.
    speech: Speech = field(default_factory=SilentSpeech)
    # A click on every activation, a chime on completion (K23); silent unless the kiosk builds a player.
    sounds: FeedbackSounds = field(default_factory=FeedbackSounds)
    # The calibrated volume steps (K18); left out, read from the configured file.
    volume_steps: VolumeSteps = None  # type: ignore[assignment]
    # PIN, staff session, event queue, live help chat, usage counts, retention job.
    staff: StaffServices = field(init=False)
    # Staff's edits of FAQ entries, booth cards and sessions; tax_information lays them over the files.
    content_editor: ContentEditor = field(init=False)

    def __post_init__(self) -> None:
        if self.printing is None:
            self.printing = PrintService.from_config(self.config, self.clock)
        if self.links is None:
            from kiosk.services.links import station_links

            self.links = station_links(self.config)
        if self.booking is None:
            self.booking = BookingService(self.database, self.clock, self.config.booking)
        if self.volume_steps is None:
            self.volume_steps = load_volume_steps(self.config.speech.volume_steps_path())
        self.connectivity = Connectivity(self.database)
        self.staff = StaffServices.build(self.config, self.clock, self.database, self.printing)
        self.content_editor = ContentEditor(self.database, self.clock)
        self.tax_information.edits = self.content_editor
