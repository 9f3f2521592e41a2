"""The booklet's text ("Local Tax Knowledge That Is Helpful to Know") from resources/content/booklet.toml."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk import paths
from kiosk.domain.content_file import (
    ContentError,
    Entry,
    LocalText,
    ParsedContent,
    parse_content_file,
    require_str,
    require_text,
    require_text_list,
)


@dataclass(frozen=True)
class BookletCover:
    title: LocalText
    subtitle: LocalText
    note: LocalText


@dataclass(frozen=True)
class BookletPage:
    id: str
    title: LocalText
    points: tuple[LocalText, ...]


@dataclass(frozen=True)
class BookletContent:
    path: Path
    cover: BookletCover | None
    pages: tuple[BookletPage, ...]
    problems: tuple[ContentError, ...]


def default_booklet_path() -> Path:
    return paths.content_dir() / "booklet.toml"


def load_booklet(path: Path | None = None) -> BookletContent:
    """Read the booklet text; broken pages are left out and listed in `problems`."""
    parsed = parse_content_file(path or default_booklet_path())
    pages = parsed.load_entries("page", _page)
    return BookletContent(parsed.path, _cover(parsed), tuple(pages), tuple(parsed.problems))


def _cover(parsed: ParsedContent) -> BookletCover | None:
    table = parsed.table("cover")
    if table is None:
        parsed.problem(None, "missing [cover] table")
        return None
    try:
        return BookletCover(
            require_text(parsed, table, "title"),
            require_text(parsed, table, "subtitle"),
            require_text(parsed, table, "note"),
        )
    except ContentError as err:
        parsed.problems.append(err)
        return None


def _page(parsed: ParsedContent, entry: Entry) -> BookletPage:
    return BookletPage(
        require_str(parsed, entry, "id"),
        require_text(parsed, entry, "title"),
        tuple(require_text_list(parsed, entry, "points")),
    )
