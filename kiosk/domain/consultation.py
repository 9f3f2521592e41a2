"""The Tax Consultation Room's catalogue: consultation fields and session hours, read from content TOML."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cached_property
from pathlib import Path
from typing import Any

from kiosk.domain.clock import SEOUL
from kiosk.domain.errors import KioskError


class ContentError(Exception):
    """A content file cannot be used; the message names the file and, where possible, the line."""


class UnknownField(KioskError):
    """The consultation field id is not in the catalogue."""

    def __init__(self, field_id: str) -> None:
        super().__init__(f"There is no consultation field {field_id!r}.")
        self.field_id = field_id


@dataclass(frozen=True)
class ConsultationField:
    """One subject a resident can book a consultation about (acquisition tax, gift tax, ...)."""

    id: str
    ko: str
    en: str
    hint_ko: str = ""
    hint_en: str = ""

    def name(self, language: str) -> str:
        """The field's name in "ko" or "en"."""
        return self.ko if language == "ko" else self.en

    def hint(self, language: str) -> str:
        """A short plain-language hint of when this field applies."""
        return self.hint_ko if language == "ko" else self.hint_en


@dataclass(frozen=True)
class Session:
    """A block of consecutive consultation slots (10:00-12:00, 14:00-16:00)."""

    start: time
    end: time


@dataclass(frozen=True)
class Schedule:
    """When consultants take consultations on a working day."""

    sessions: tuple[Session, ...]
    slot_minutes: int

    @cached_property
    def slot_length(self) -> timedelta:
        return timedelta(minutes=self.slot_minutes)

    def slot_starts(self, day: date) -> list[datetime]:
        """Every slot start on `day`, in Seoul time, in order."""
        starts: list[datetime] = []
        for session in self.sessions:
            moment = datetime.combine(day, session.start, tzinfo=SEOUL)
            end = datetime.combine(day, session.end, tzinfo=SEOUL)
            while moment + self.slot_length <= end:
                starts.append(moment)
                moment += self.slot_length
        return starts

    def is_slot_start(self, start: datetime) -> bool:
        """Whether `start` is exactly the beginning of a slot."""
        local = start.astimezone(SEOUL)
        return local in self.slot_starts(local.date())


@dataclass(frozen=True)
class ConsultationCatalogue:
    fields: tuple[ConsultationField, ...]
    schedule: Schedule

    def field(self, field_id: str) -> ConsultationField:
        """The field with this id, or UnknownField."""
        for candidate in self.fields:
            if candidate.id == field_id:
                return candidate
        raise UnknownField(field_id)

    @property
    def field_ids(self) -> tuple[str, ...]:
        return tuple(f.id for f in self.fields)


def load_consultation_catalogue(path: Path) -> ConsultationCatalogue:
    """Read and validate resources/content/consultation.toml."""
    try:
        text = path.read_text(encoding="utf-8")
        raw = tomllib.loads(text)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise ContentError(f"{path}: cannot be read: {err}") from err
    where = _Locator(path, text)
    schedule = _schedule(raw.get("schedule"), where)
    entries = raw.get("field")
    if not isinstance(entries, list) or not entries:
        raise ContentError(f"{path}: needs at least one [[field]]")
    fields = tuple(_field(entry, where) for entry in entries)
    ids = [f.id for f in fields]
    for field_id in ids:
        if ids.count(field_id) > 1:
            raise ContentError(f"{where.at(field_id)}: field id {field_id!r} appears twice")
    return ConsultationCatalogue(fields=fields, schedule=schedule)


class _Locator:
    """Finds the line of a value in the file so that errors point at it (tomllib gives no positions)."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.lines = text.splitlines()

    def at(self, needle: str) -> str:
        for number, line in enumerate(self.lines, start=1):
            if needle and needle in line:
                return f"{self.path}:{number}"
        return str(self.path)


def _field(entry: Any, where: _Locator) -> ConsultationField:
    if not isinstance(entry, dict):
        raise ContentError(f"{where.path}: every [[field]] must be a table")
    field_id = entry.get("id")
    if not isinstance(field_id, str) or not field_id.isidentifier():
        raise ContentError(f"{where.at('[[field]]')}: a field needs an id made of letters and underscores")
    for key in ("ko", "en", "source"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise ContentError(f"{where.at(field_id)}: field {field_id!r} needs a non-empty {key!r}")
    known = {"id", "ko", "en", "hint_ko", "hint_en", "source"}
    unknown = set(entry) - known
    if unknown:
        raise ContentError(f"{where.at(field_id)}: field {field_id!r} has unknown keys {sorted(unknown)}")
    return ConsultationField(
        id=field_id,
        ko=entry["ko"],
        en=entry["en"],
        hint_ko=str(entry.get("hint_ko", "")),
        hint_en=str(entry.get("hint_en", "")),
    )


def _schedule(raw: Any, where: _Locator) -> Schedule:
    if not isinstance(raw, dict):
        raise ContentError(f"{where.path}: needs a [schedule] table")
    minutes = raw.get("slot_minutes")
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not 5 <= minutes <= 120:
        raise ContentError(f"{where.at('slot_minutes')}: slot_minutes must be a whole number from 5 to 120")
    sessions_raw = raw.get("sessions")
    if not isinstance(sessions_raw, list) or not sessions_raw:
        raise ContentError(f"{where.at('sessions')}: sessions must list at least one {{start, end}}")
    sessions: list[Session] = []
    for item in sessions_raw:
        try:
            session = Session(time.fromisoformat(item["start"]), time.fromisoformat(item["end"]))
        except (TypeError, KeyError, ValueError) as err:
            raise ContentError(f"{where.at('sessions')}: a session needs start and end as HH:MM") from err
        if session.end <= session.start or (sessions and session.start < sessions[-1].end):
            raise ContentError(f"{where.at(item['start'])}: sessions must be in order and not overlap")
        sessions.append(session)
    return Schedule(sessions=tuple(sessions), slot_minutes=minutes)
