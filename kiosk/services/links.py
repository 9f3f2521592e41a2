"""The published links with the addresses from this kiosk's configuration."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from kiosk import paths
from kiosk.config import Config
from kiosk.domain.links import LinkCatalogue, load_links

LINKS_FILE = "links.toml"


def station_links(config: Config, path: Path | None = None) -> LinkCatalogue:
    """Load resources/content/links.toml (or `path`) with the `[station]` addresses of `config`."""
    station_urls = {k: v for k, v in dataclasses.asdict(config.station).items() if isinstance(v, str)}
    return load_links(path or paths.content_dir() / LINKS_FILE, station_urls)
