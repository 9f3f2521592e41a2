"""Reading TOML content files so that every problem names the file and line, and one bad entry
does not hide the rest.

A content file is a sequence of tables (`[name]`) and array-of-table entries (`[[name]]`). When the
whole file parses, each entry's line is found by counting its headers. When it does not (a typo in one
entry), the file is split at its header lines and each piece parsed on its own, so only the broken
piece is lost and its error carries the line in the whole file.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import Any, TypeVar

from kiosk.domain.errors import KioskError

_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-]+)\s*\]\]?\s*(#.*)?$")
_TOML_LINE = re.compile(r"\s*\(at line (\d+), column (\d+)\)")

T = TypeVar("T")


class ContentError(KioskError):
    """A content file (or one entry in it) cannot be used; the message names the file and line."""

    def __init__(self, path: Path | str, line: int | None, message: str) -> None:
        self.path = Path(path)
        self.line = line
        self.reason = message
        where = f"{self.path}:{line}" if line else str(self.path)
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class LocalText:
    """One piece of content in Korean (first) and English."""

    ko: str
    en: str

    def get(self, language: str) -> str:
        """The text in `language` ("ko" or "en"), Korean for anything else."""
        return self.en if language == "en" else self.ko


@dataclass(frozen=True)
class Entry:
    """One table of a content file with the line its header is on (for error messages)."""

    values: dict[str, Any]
    line: int


@dataclass
class ParsedContent:
    """A content file's top-level tables and entries, and the problems met reading it."""

    path: Path
    tables: dict[str, Entry]
    entries: dict[str, list[Entry]]
    problems: list[ContentError]

    def table(self, name: str) -> Entry | None:
        return self.tables.get(name)

    def entries_of(self, name: str) -> list[Entry]:
        return self.entries.get(name, [])

    def problem(self, line: int | None, message: str) -> None:
        """Record a schema problem of one entry (the entry is then left out)."""
        self.problems.append(ContentError(self.path, line, message))

    def load_entries(self, name: str, build: Callable[[ParsedContent, Entry], T]) -> list[T]:
        """Build every `[[name]]` entry; one that fails is recorded as a problem and left out."""
        loaded = []
        for entry in self.entries_of(name):
            try:
                loaded.append(build(self, entry))
            except ContentError as err:
                self.problems.append(err)
        return loaded


def parse_content_file(path: Path) -> ParsedContent:
    """Parse `path`; a file that cannot be read at all is a ContentError, a broken entry a problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise ContentError(path, None, f"not UTF-8 text ({err.reason})") from err
    except OSError as err:
        raise ContentError(path, None, f"cannot be read: {err.strerror}") from err
    parsed = ParsedContent(path, {}, {}, [])
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        _parse_in_pieces(text, parsed)
        return parsed
    _collect(data, _header_lines(text), parsed, first_line=1)
    return parsed


def _header_lines(text: str) -> dict[str, list[int]]:
    """Line numbers of each `[name]` / `[[name]]` header, in file order."""
    lines: dict[str, list[int]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        match = _HEADER.match(line)
        if match:
            lines.setdefault(match.group(2), []).append(number)
    return lines


def _collect(
    data: dict[str, Any], headers: dict[str, list[int]], parsed: ParsedContent, first_line: int
) -> None:
    for name, value in data.items():
        lines = headers.get(name, [])
        if isinstance(value, list) and all(isinstance(item, dict) for item in value):
            for index, item in enumerate(value):
                line = lines[index] if index < len(lines) else first_line
                parsed.entries.setdefault(name, []).append(Entry(item, line))
        elif isinstance(value, dict):
            parsed.tables[name] = Entry(value, lines[0] if lines else first_line)
        else:
            parsed.tables.setdefault("", Entry({}, 1)).values[name] = value


def _parse_in_pieces(text: str, parsed: ParsedContent) -> None:
    all_lines = text.splitlines(keepends=True)
    starts = [0] + [i for i, line in enumerate(all_lines) if _HEADER.match(line) and i > 0]
    bounds = list(zip(starts, [*starts[1:], len(all_lines)], strict=True))
    for start, end in bounds:
        piece = "".join(all_lines[start:end])
        try:
            data = tomllib.loads(piece)
        except tomllib.TOMLDecodeError as err:
            match = _TOML_LINE.search(str(err))
            line = start + int(match.group(1)) if match else start + 1
            reason = _TOML_LINE.sub(lambda m: f" (column {m.group(2)})", str(err))
            parsed.problems.append(ContentError(parsed.path, line, f"not valid TOML: {reason}"))
            continue
        piece_headers = {name: [start + n for n in numbers] for name, numbers in _header_lines(piece).items()}
        _collect(data, piece_headers, parsed, first_line=start + 1)


# Field readers: each raises ContentError naming the entry's line, which the loaders turn into a problem.


def require_text(parsed: ParsedContent, entry: Entry, key: str) -> LocalText:
    """A `{ ko = "...", en = "..." }` field with both languages filled in."""
    value = entry.values.get(key)
    if not isinstance(value, dict):
        raise ContentError(parsed.path, entry.line, f"'{key}' must be a table with 'ko' and 'en' texts")
    ko, en = value.get("ko"), value.get("en")
    if not (isinstance(ko, str) and ko.strip() and isinstance(en, str) and en.strip()):
        raise ContentError(
            parsed.path, entry.line, f"'{key}' needs both a Korean ('ko') and English ('en') text"
        )
    return LocalText(ko.strip(), en.strip())


def optional_text(parsed: ParsedContent, entry: Entry, key: str) -> LocalText | None:
    return require_text(parsed, entry, key) if key in entry.values else None


def require_str(parsed: ParsedContent, entry: Entry, key: str) -> str:
    value = entry.values.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ContentError(parsed.path, entry.line, f"'{key}' must be a non-empty string")
    return value.strip()


def require_int(parsed: ParsedContent, entry: Entry, key: str) -> int:
    value = entry.values.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise ContentError(parsed.path, entry.line, f"'{key}' must be a whole number")
    return value


def require_bool(parsed: ParsedContent, entry: Entry, key: str, default: bool | None = None) -> bool:
    value = entry.values.get(key, default)
    if not isinstance(value, bool):
        raise ContentError(parsed.path, entry.line, f"'{key}' must be true or false")
    return value


def require_date(parsed: ParsedContent, entry: Entry, key: str) -> date:
    value = entry.values.get(key)
    if isinstance(value, date) and not hasattr(value, "hour"):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ContentError(parsed.path, entry.line, f"'{key}' must be a date such as 2027-03-14")


def require_time(parsed: ParsedContent, entry: Entry, key: str) -> time:
    value = entry.values.get(key)
    if isinstance(value, time):
        return value
    if isinstance(value, str):
        try:
            return time.fromisoformat(value)
        except ValueError:
            pass
    raise ContentError(parsed.path, entry.line, f"'{key}' must be a time such as 14:00")


def require_str_list(
    parsed: ParsedContent, entry: Entry, key: str, default: list[str] | None = None
) -> list[str]:
    value = entry.values.get(key, default)
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ContentError(parsed.path, entry.line, f"'{key}' must be a list of strings")
    return list(value)


def require_text_list(parsed: ParsedContent, entry: Entry, key: str) -> list[LocalText]:
    """A list of `{ ko, en }` tables (steps, checklist items)."""
    value = entry.values.get(key)
    if not isinstance(value, list) or not value:
        raise ContentError(parsed.path, entry.line, f"'{key}' must be a non-empty list of {{ ko, en }} texts")
    texts = []
    for item in value:
        wrapped = Entry({key: item}, entry.line)
        texts.append(require_text(parsed, wrapped, key))
    return texts
