"""The links the district publishes (metaverse station, its rooms, tax pages, ETAX), read from TOML.

Each link names the configuration key that holds its address (`url_key = "metaverse_url"`, a field of
`[station]`) or gives a literal `url`. Everything is checked on load; an error names the file, the line
and, for addresses from the configuration, the configuration key.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.domain.errors import KioskError
from kiosk.domain.slip import Slip
from kiosk.domain.uri import iri_to_uri, is_http_url

LANGUAGES = ("ko", "en")
_NAME = re.compile(r"^[a-z][a-z0-9_-]*$")
_LINK_KEYS = {"name", "url_key", "url", "label", "explanation", "source"}


class LinkContentError(KioskError):
    """The links file or a configured address cannot be used; the message names file, line and key."""


@dataclass(frozen=True)
class Bilingual:
    ko: str
    en: str

    def text(self, language: str) -> str:
        """The text in `language` ("ko" or "en")."""
        return self.en if language == "en" else self.ko


@dataclass(frozen=True)
class Link:
    """One published link; `url` is the ASCII URI a QR code carries (Korean characters percent-encoded)."""

    name: str
    label: Bilingual
    explanation: Bilingual
    url: str
    url_origin: str  # "station.metaverse_url" or "links.toml line 12": where to fix a wrong address
    source: str


@dataclass(frozen=True)
class LinkCatalogue:
    links: tuple[Link, ...]
    scan_hint: Bilingual
    footer: Bilingual

    def find(self, name: str) -> Link:
        """The link called `name`; LinkContentError lists the known names otherwise."""
        for link in self.links:
            if link.name == name:
                return link
        known = ", ".join(link.name for link in self.links)
        raise LinkContentError(f"no link named {name!r}; known: {known}")


def load_links(path: Path, station_urls: Mapping[str, str]) -> LinkCatalogue:
    """Read and check the links file; `station_urls` maps `[station]` keys to the configured addresses."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise LinkContentError(f"{path}: cannot be read: {err}") from err
    return parse_links(text, path.name, station_urls)


def parse_links(text: str, file_name: str, station_urls: Mapping[str, str]) -> LinkCatalogue:
    """Parse the TOML text of a links file (see `load_links`)."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise LinkContentError(f"{file_name}: not valid TOML: {err}") from err
    header_lines = [i for i, line in enumerate(text.splitlines(), 1) if line.strip() == "[[link]]"]
    entries = raw.get("link", [])
    if not isinstance(entries, list) or not entries:
        raise LinkContentError(f"{file_name}: needs at least one [[link]] table")
    slip = raw.get("slip", {})
    where_slip = f"{file_name} [slip]"
    catalogue_links: list[Link] = []
    for index, entry in enumerate(entries):
        line = header_lines[index] if index < len(header_lines) else 0
        link = _parse_link(entry, f"{file_name} line {line}", station_urls)
        if any(existing.name == link.name for existing in catalogue_links):
            raise LinkContentError(f"{file_name} line {line}: link name {link.name!r} is used twice")
        catalogue_links.append(link)
    return LinkCatalogue(
        links=tuple(catalogue_links),
        scan_hint=_bilingual(slip.get("scan_hint"), f"{where_slip} scan_hint"),
        footer=_bilingual(slip.get("footer"), f"{where_slip} footer"),
    )


def link_slip(link: Link, catalogue: LinkCatalogue, language: str, printed_at: datetime) -> Slip:
    """The slip a resident takes home for `link`: label, explanation, QR code and the address in text."""
    return Slip(
        title=link.label.text(language),
        lines=(link.explanation.text(language), catalogue.scan_hint.text(language)),
        qr_payload=link.url,
        qr_caption=link.url,
        footer=f"{catalogue.footer.text(language)} · {printed_at:%Y-%m-%d %H:%M}",
    )


def _parse_link(entry: Any, where: str, station_urls: Mapping[str, str]) -> Link:
    if not isinstance(entry, dict):
        raise LinkContentError(f"{where}: [[link]] must be a table")
    unknown = set(entry) - _LINK_KEYS
    if unknown:
        raise LinkContentError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    name = entry.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise LinkContentError(f"{where}: name must be lower-case letters, digits, - or _, not {name!r}")
    where = f"{where} (link {name!r})"
    has_key, has_url = "url_key" in entry, "url" in entry
    if has_key == has_url:
        raise LinkContentError(f"{where}: give exactly one of url_key (a [station] key) or url")
    if has_key:
        key = entry["url_key"]
        if not isinstance(key, str) or key not in station_urls:
            known = ", ".join(sorted(k for k in station_urls if k.endswith("_url")))
            raise LinkContentError(f"{where}: url_key {key!r} is not a [station] key; known: {known}")
        url, origin = station_urls[key], f"station.{key}"
        problem_at = f"configuration key station.{key} (used by {where})"
    else:
        url, origin = entry["url"], where
        problem_at = f"{where}: url"
    if not isinstance(url, str) or not is_http_url(url):
        raise LinkContentError(f"{problem_at} must be an http(s) address, not {url!r}")
    source = entry.get("source", "")
    if not isinstance(source, str):
        raise LinkContentError(f"{where}: source must be a string")
    return Link(
        name=name,
        label=_bilingual(entry.get("label"), f"{where} label"),
        explanation=_bilingual(entry.get("explanation"), f"{where} explanation"),
        url=iri_to_uri(url),
        url_origin=origin,
        source=source,
    )


def _bilingual(value: Any, where: str) -> Bilingual:
    if not isinstance(value, dict) or set(value) != set(LANGUAGES):
        raise LinkContentError(f"{where} must be a table with exactly ko and en texts")
    for language in LANGUAGES:
        if not isinstance(value[language], str) or not value[language].strip():
            raise LinkContentError(f"{where}.{language} must be a non-empty string")
    return Bilingual(ko=value["ko"].strip(), en=value["en"].strip())
