"""Offline events: Tax Concern Resolution Day (first Saturday of every month, computed, with staff
changes as data) and the visiting explanation sessions by region, from `resources/content/events.toml`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from kiosk import paths
from kiosk.domain.clock import SEOUL, Clock
from kiosk.domain.content_file import (
    ContentError,
    Entry,
    LocalText,
    ParsedContent,
    optional_text,
    parse_content_file,
    require_bool,
    require_date,
    require_str,
    require_text,
    require_time,
)

SATURDAY = 5
SCHEDULED, MOVED, CANCELLED = "scheduled", "moved", "cancelled"


@dataclass(frozen=True)
class ConcernDayChange:
    """Staff cancel (`moved_to` None) or move the Tax Concern Resolution Day that falls on `original`."""

    original: date
    moved_to: date | None = None
    reason: LocalText | None = None


@dataclass(frozen=True)
class ConcernDayTemplate:
    title: LocalText
    description: LocalText
    start: time
    end: time
    place: LocalText
    # False while the time and place are placeholders the tax division has not confirmed (`verified`).
    confirmed: bool = False


@dataclass(frozen=True)
class Session:
    id: str
    region: str
    title: LocalText
    day: date
    start: time
    end: time
    place: LocalText
    # Staff can cancel a session in staff mode (kiosk/domain/content_overrides.py); files never do.
    status: str = SCHEDULED
    # A file's session is confirmed only with `verified = true`; one staff saved is confirmed.
    confirmed: bool = True


@dataclass(frozen=True)
class Event:
    """One occurrence shown to residents: a concern day or a regional session."""

    id: str
    kind: str  # "concern_day" or "session"
    title: LocalText
    day: date
    start: time
    end: time
    place: LocalText
    region: LocalText | None = None
    status: str = SCHEDULED
    original_day: date | None = None
    note: LocalText | None = None
    # False: the time and place are not confirmed yet, and screens say so instead of showing them.
    confirmed: bool = True

    def ends_at(self) -> datetime:
        return datetime.combine(self.day, self.end, tzinfo=SEOUL)


@dataclass(frozen=True)
class EventsContent:
    path: Path
    concern_day: ConcernDayTemplate | None
    regions: dict[str, LocalText]
    changes: tuple[ConcernDayChange, ...]
    sessions: tuple[Session, ...]
    problems: tuple[ContentError, ...]


def first_saturday(year: int, month: int) -> date:
    """The first Saturday of the month."""
    first = date(year, month, 1)
    return first + timedelta(days=(SATURDAY - first.weekday()) % 7)


def concern_days(
    template: ConcernDayTemplate, year: int, changes: Iterable[ConcernDayChange] = ()
) -> list[Event]:
    """The year's Tax Concern Resolution Days with staff changes applied (cancelled ones kept, marked)."""
    by_original = {change.original: change for change in changes}
    events = []
    for month in range(1, 13):
        regular = first_saturday(year, month)
        change = by_original.get(regular)
        day, status, note = regular, SCHEDULED, None
        if change is not None:
            note = change.reason
            if change.moved_to is None:
                status = CANCELLED
            else:
                day, status = change.moved_to, MOVED
        events.append(
            Event(
                id=f"concern-day-{regular.isoformat()}",
                kind="concern_day",
                title=template.title,
                day=day,
                start=template.start,
                end=template.end,
                place=template.place,
                status=status,
                original_day=regular if status != SCHEDULED else None,
                note=note,
                confirmed=template.confirmed,
            )
        )
    return events


def events_in_year(
    content: EventsContent, year: int, extra_changes: Iterable[ConcernDayChange] = ()
) -> list[Event]:
    """All events of `year` in date order; `extra_changes` (e.g. from staff mode) win over the file's."""
    changes = [*content.changes, *extra_changes]
    events = concern_days(content.concern_day, year, changes) if content.concern_day else []
    for session in content.sessions:
        if session.day.year == year:
            events.append(
                Event(
                    id=session.id,
                    kind="session",
                    title=session.title,
                    day=session.day,
                    start=session.start,
                    end=session.end,
                    place=session.place,
                    region=content.regions.get(session.region),
                    status=session.status,
                    confirmed=session.confirmed,
                )
            )
    return sorted(events, key=lambda e: (e.day, e.start, e.id))


def upcoming_events(
    content: EventsContent, clock: Clock, limit: int = 10, extra_changes: Iterable[ConcernDayChange] = ()
) -> list[Event]:
    """Events not yet over and not cancelled, soonest first (this year and next)."""
    now = clock.now().astimezone(SEOUL)
    changes = list(extra_changes)
    events = events_in_year(content, now.year, changes) + events_in_year(content, now.year + 1, changes)
    return [e for e in events if e.status != CANCELLED and e.ends_at() > now][:limit]


def next_event(
    content: EventsContent, clock: Clock, extra_changes: Iterable[ConcernDayChange] = ()
) -> Event | None:
    """The next event that is not over or cancelled (what the home screen shows), or None."""
    upcoming = upcoming_events(content, clock, limit=1, extra_changes=extra_changes)
    return upcoming[0] if upcoming else None


def default_events_path() -> Path:
    return paths.content_dir() / "events.toml"


def load_events(path: Path | None = None) -> EventsContent:
    """Read the events content; broken entries are left out and listed in `problems`."""
    parsed = parse_content_file(path or default_events_path())
    regions = dict(parsed.load_entries("region", _region))
    changes = parsed.load_entries("concern_day_change", _change)
    sessions = parsed.load_entries("session", lambda p, e: _session(p, e, regions))
    return EventsContent(
        parsed.path, _template(parsed), regions, tuple(changes), tuple(sessions), tuple(parsed.problems)
    )


def _template(parsed: ParsedContent) -> ConcernDayTemplate | None:
    table = parsed.table("concern_day")
    if table is None:
        parsed.problem(None, "missing [concern_day] table")
        return None
    try:
        template = ConcernDayTemplate(
            require_text(parsed, table, "title"),
            require_text(parsed, table, "description"),
            require_time(parsed, table, "start"),
            require_time(parsed, table, "end"),
            require_text(parsed, table, "place"),
            require_bool(parsed, table, "verified", default=False),
        )
        _check_times(parsed, table, template.start, template.end)
    except ContentError as err:
        parsed.problems.append(err)
        return None
    return template


def _check_times(parsed: ParsedContent, entry: Entry, start: time, end: time) -> None:
    if end <= start:
        raise ContentError(parsed.path, entry.line, "'end' must be after 'start'")


def _region(parsed: ParsedContent, entry: Entry) -> tuple[str, LocalText]:
    return require_str(parsed, entry, "id"), require_text(parsed, entry, "name")


def _change(parsed: ParsedContent, entry: Entry) -> ConcernDayChange:
    original = require_date(parsed, entry, "date")
    if original != first_saturday(original.year, original.month):
        raise ContentError(parsed.path, entry.line, f"{original} is not the first Saturday of its month")
    moved_to = require_date(parsed, entry, "moved_to") if "moved_to" in entry.values else None
    return ConcernDayChange(original, moved_to, optional_text(parsed, entry, "reason"))


def _session(parsed: ParsedContent, entry: Entry, regions: dict[str, LocalText]) -> Session:
    session_id = require_str(parsed, entry, "id")
    region = require_str(parsed, entry, "region")
    if region not in regions:
        raise ContentError(parsed.path, entry.line, f"session '{session_id}': unknown region '{region}'")
    start, end = require_time(parsed, entry, "start"), require_time(parsed, entry, "end")
    _check_times(parsed, entry, start, end)
    return Session(
        session_id,
        region,
        require_text(parsed, entry, "title"),
        require_date(parsed, entry, "date"),
        start,
        end,
        require_text(parsed, entry, "place"),
        confirmed=require_bool(parsed, entry, "verified", default=False),
    )
