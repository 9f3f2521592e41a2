"""The information desk's content (tax calendar, guide, events) loaded once for the screens."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from kiosk import paths
from kiosk.domain.content_file import ContentError
from kiosk.domain.events import ConcernDayChange, EventsContent, load_events
from kiosk.domain.guide import Guide, load_guide
from kiosk.domain.tax_calendar import TaxCalendar, load_tax_calendar

log = logging.getLogger(__name__)
T = TypeVar("T")


class TaxInformation:
    """Reads each content file on first use and keeps it; problems in a file are logged once.

    A file that cannot be read at all raises ContentError to the screen, which shows a calm message.
    """

    def __init__(self, content_dir: Path | None = None) -> None:
        self.content_dir = content_dir or paths.content_dir()
        self._cache: dict[str, object] = {}
        # Staff mode can add cancelled or moved concern days here (kept in memory by that feature).
        self.concern_day_changes: list[ConcernDayChange] = []

    def calendar(self) -> TaxCalendar:
        return self._load("tax_calendar.toml", load_tax_calendar)

    def guide(self) -> Guide:
        return self._load("guide.toml", load_guide)

    def events(self) -> EventsContent:
        return self._load("events.toml", load_events)

    def _load(self, name: str, loader: Callable[[Path], T]) -> T:
        if name not in self._cache:
            content = loader(self.content_dir / name)
            problems: Sequence[ContentError] = getattr(content, "problems", ())
            for problem in problems:
                log.error("content problem: %s", problem)
            self._cache[name] = content
        return self._cache[name]  # type: ignore[return-value]
