"""The lecture catalogue: a folder's `lectures.toml` manifest, validated entry by entry.

A bad entry (missing field, unknown topic, missing or unreadable video) is reported by its key and line
and left out; the valid entries are kept, so one broken upload never hides a month's other lectures.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.domain.errors import KioskError

MANIFEST_NAME = "lectures.toml"

# Local-tax topics of the station's lecture room and question board (shared/facts/station.md,
# shared/facts/local-tax.md). The GUI translates the keys.
TOPICS = ("acquisition", "property", "vehicle", "local_income", "refund", "other")

REQUIRED_KEYS = ("key", "title", "speaker", "topic", "date", "duration_seconds", "video")
OPTIONAL_KEYS = ("subtitles", "thumbnail")
KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,79}$")

# First bytes of the containers libvlc plays here; anything else is refused at import, not at playback.
_CONTAINER_SIGNATURES = (
    (4, b"ftyp"),  # MP4 / MOV / M4V
    (0, b"\x1a\x45\xdf\xa3"),  # Matroska / WebM
    (0, b"RIFF"),  # AVI
    (0, b"\x00\x00\x01\xba"),  # MPEG program stream
    (0, b"OggS"),  # Ogg
)


class ManifestError(KioskError):
    """The manifest file as a whole cannot be read (no entry can be checked)."""


class UnknownTopic(KioskError):
    """A topic that is not one of TOPICS."""

    def __init__(self, topic: str) -> None:
        super().__init__(f"unknown topic {topic!r}; known: {', '.join(TOPICS)}")


@dataclass(frozen=True)
class LocalizedText:
    """A content text in Korean and English."""

    ko: str
    en: str

    def in_language(self, language: str) -> str:
        """The text in `language` ("ko" or "en"), falling back to Korean."""
        return self.en if language == "en" and self.en else self.ko


@dataclass(frozen=True)
class Lecture:
    """One lecture video with its catalogue data; `lecture_id` is set once stored."""

    key: str
    title: LocalizedText
    speaker: LocalizedText
    topic: str
    recorded_on: date
    duration_seconds: int
    video: Path
    subtitles: Path | None = None
    thumbnail: Path | None = None
    lecture_id: int | None = None


@dataclass(frozen=True)
class ManifestProblem:
    """Why one entry was left out: `name` is its key (or its position when it has none)."""

    name: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.name} (line {self.line}): {self.message}"


@dataclass(frozen=True)
class ManifestReading:
    """The valid lectures of a manifest and the problems of the others."""

    manifest: Path
    lectures: tuple[Lecture, ...]
    problems: tuple[ManifestProblem, ...]


def check_topic(topic: str) -> str:
    """`topic` if it is known; UnknownTopic otherwise."""
    if topic not in TOPICS:
        raise UnknownTopic(topic)
    return topic


def newest_first(lectures: Iterable[Lecture]) -> list[Lecture]:
    """The catalogue order: newest recording first, then by key so the order is stable."""
    return sorted(lectures, key=lambda lecture: (-lecture.recorded_on.toordinal(), lecture.key))


def with_topic(lectures: Iterable[Lecture], topic: str | None) -> list[Lecture]:
    """The lectures on `topic` (all of them for None)."""
    if topic is None:
        return list(lectures)
    check_topic(topic)
    return [lecture for lecture in lectures if lecture.topic == topic]


def read_manifest(folder_or_file: Path) -> ManifestReading:
    """Read and check a lecture folder's manifest; paths in it are relative to the manifest's folder."""
    manifest = folder_or_file / MANIFEST_NAME if folder_or_file.is_dir() else folder_or_file
    try:
        text = manifest.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ManifestError(f"{manifest}: no lecture manifest ({MANIFEST_NAME}) here") from None
    except (OSError, UnicodeDecodeError) as err:
        raise ManifestError(f"{manifest}: cannot be read: {err}") from err
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ManifestError(f"{manifest}: not valid TOML: {err}") from err
    entries = raw.get("lecture", [])
    if not isinstance(entries, list):
        raise ManifestError(f"{manifest}: 'lecture' must be a list of [[lecture]] tables")
    if not entries:
        # An empty or wrong file (another content file copied by mistake) must not pass as "0 imported".
        raise ManifestError(f"{manifest}: no [[lecture]] entries; nothing to import")
    lines = _entry_lines(text)
    lectures: list[Lecture] = []
    problems: list[ManifestProblem] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        line = lines[index] if index < len(lines) else 0
        name = _entry_name(entry, index)
        try:
            lecture = _lecture_from(entry, manifest.parent)
            if lecture.key in seen:
                raise _EntryError(f"the key {lecture.key!r} is used twice")
        except _EntryError as err:
            problems.append(ManifestProblem(name, line, str(err)))
            continue
        seen.add(lecture.key)
        lectures.append(lecture)
    return ManifestReading(manifest, tuple(newest_first(lectures)), tuple(problems))


class _EntryError(Exception):
    pass


def _entry_lines(text: str) -> list[int]:
    """Line numbers of the [[lecture]] headers, in order (tomllib gives no positions)."""
    return [
        number
        for number, line in enumerate(text.splitlines(), start=1)
        if re.match(r"^\s*\[\[\s*lecture\s*\]\]", line)
    ]


def _entry_name(entry: Any, index: int) -> str:
    if isinstance(entry, dict) and isinstance(entry.get("key"), str) and entry["key"]:
        return str(entry["key"])
    return f"entry {index + 1}"


def _lecture_from(entry: Any, base: Path) -> Lecture:
    if not isinstance(entry, dict):
        raise _EntryError("must be a [[lecture]] table")
    missing = [k for k in REQUIRED_KEYS if k not in entry]
    if missing:
        raise _EntryError(f"missing {', '.join(missing)}")
    unknown = sorted(set(entry) - set(REQUIRED_KEYS) - set(OPTIONAL_KEYS))
    if unknown:
        raise _EntryError(f"unknown field {', '.join(unknown)}")
    key = entry["key"]
    if not isinstance(key, str) or not KEY_PATTERN.match(key):
        raise _EntryError("key must be lower-case letters, digits, '-' or '_' (at most 80)")
    if entry["topic"] not in TOPICS:
        raise _EntryError(f"unknown topic {entry['topic']!r}; known: {', '.join(TOPICS)}")
    recorded_on = entry["date"]
    if not isinstance(recorded_on, date):
        raise _EntryError("date must be a TOML date such as 2026-11-10")
    duration = entry["duration_seconds"]
    if isinstance(duration, bool) or not isinstance(duration, int) or duration <= 0:
        raise _EntryError("duration_seconds must be a positive whole number")
    return Lecture(
        key=key,
        title=_localized(entry["title"], "title"),
        speaker=_localized(entry["speaker"], "speaker"),
        topic=entry["topic"],
        recorded_on=recorded_on,
        duration_seconds=duration,
        video=_video(base, entry["video"]),
        subtitles=_optional_file(base, entry.get("subtitles"), "subtitles"),
        thumbnail=_optional_file(base, entry.get("thumbnail"), "thumbnail"),
    )


def _localized(value: Any, field: str) -> LocalizedText:
    if not isinstance(value, dict) or not all(isinstance(value.get(k), str) for k in ("ko", "en")):
        raise _EntryError(f'{field} must be {{ ko = "...", en = "..." }}')
    if not value["ko"].strip():
        raise _EntryError(f"{field}.ko is empty")
    return LocalizedText(value["ko"].strip(), value["en"].strip())


def _video(base: Path, value: Any) -> Path:
    path = _file_path(base, value, "video")
    head = _read_head(path, "video")
    if not any(head[offset : offset + len(magic)] == magic for offset, magic in _CONTAINER_SIGNATURES):
        raise _EntryError(f"video {value} is not a video file (MP4, MKV, WebM, AVI, MPEG or Ogg)")
    return path


def _optional_file(base: Path, value: Any, field: str) -> Path | None:
    if value is None:
        return None
    path = _file_path(base, value, field)
    _read_head(path, field)
    return path


def _file_path(base: Path, value: Any, field: str) -> Path:
    if not isinstance(value, str) or not value:
        raise _EntryError(f"{field} must be a file name")
    return (base / value).resolve()


def _read_head(path: Path, field: str) -> bytes:
    try:
        with path.open("rb") as stream:
            head = stream.read(16)
    except FileNotFoundError:
        raise _EntryError(f"{field} file {path.name} is missing") from None
    except OSError as err:
        raise _EntryError(f"{field} file {path.name} cannot be read: {err.strerror}") from err
    if not head:
        raise _EntryError(f"{field} file {path.name} is empty")
    return head
