"""The information desk's content (tax calendar, guide, events) loaded once for the screens."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol, TypeVar

from kiosk import paths
from kiosk.domain.content_file import ContentError
from kiosk.domain.content_overrides import ContentOverride, apply_to_calendar, apply_to_events, apply_to_guide
from kiosk.domain.events import ConcernDayChange, EventsContent, load_events
from kiosk.domain.guide import Guide, load_guide
from kiosk.domain.tax_calendar import TaxCalendar, load_tax_calendar
from kiosk.storage.database import StorageError

log = logging.getLogger(__name__)
T = TypeVar("T")


class ContentEdits(Protocol):
    """Where staff's edits come from (kiosk.services.content_editing.ContentEditor)."""

    def revision(self) -> int: ...

    def overrides(self) -> list[ContentOverride]: ...


class TaxInformation:
    """Reads each content file on first use and keeps it; problems in a file are logged once.

    A file that cannot be read at all raises ContentError to the screen, which shows a calm message.
    With `edits` attached, the calendar, guide and events carry staff's edits: one small query per call tells
    whether any kiosk saved a new edit since the last look.
    """

    def __init__(self, content_dir: Path | None = None) -> None:
        self.content_dir = content_dir or paths.content_dir()
        self._cache: dict[str, object] = {}
        # Staff mode can add cancelled or moved concern days here (kept in memory by that feature).
        self.concern_day_changes: list[ConcernDayChange] = []
        self.edits: ContentEdits | None = None
        self._overrides: list[ContentOverride] = []
        self._revision = 0

    def calendar(self) -> TaxCalendar:
        """The calendar with the deadlines staff extended."""
        calendar = self._load("tax_calendar.toml", load_tax_calendar)
        return apply_to_calendar(calendar, self._current_overrides())

    def guide(self) -> Guide:
        return apply_to_guide(self._load("guide.toml", load_guide), self._current_overrides())

    def events(self) -> EventsContent:
        return apply_to_events(self._load("events.toml", load_events), self._current_overrides())

    def revision(self) -> int:
        """Changes whenever staff's edits change: screens rebuild when it differs from what they show."""
        self._current_overrides()
        return self._revision

    def _current_overrides(self) -> list[ContentOverride]:
        if self.edits is None:
            return []
        try:
            revision = self.edits.revision()
            if revision != self._revision:
                self._overrides = self.edits.overrides()
                self._revision = revision
        except StorageError as err:
            # The files alone (plus the edits last seen) are better than a blank screen.
            log.warning("content edits unavailable, showing the last ones seen: %s", err)
        return self._overrides

    def _load(self, name: str, loader: Callable[[Path], T]) -> T:
        if name not in self._cache:
            content = loader(self.content_dir / name)
            problems: Sequence[ContentError] = getattr(content, "problems", ())
            for problem in problems:
                log.error("content problem: %s", problem)
            self._cache[name] = content
        return self._cache[name]  # type: ignore[return-value]
