"""What the composition root hands to screens and commands: configuration, clock and services."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kiosk.config import Config
from kiosk.domain.clock import Clock
from kiosk.storage.database import Database


@dataclass
class AppContext:
    """Built once in kiosk/app.py (and by tests with fakes); features add their service here."""

    config: Config
    clock: Clock
    database: Database
    # Builds the lecture video player (default: kiosk.services.player.VlcPlayer); tests put a factory
    # here that fails like a machine without libvlc.
    lecture_player_factory: Callable[[], Any] | None = None
