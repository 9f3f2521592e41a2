"""Which web origins the kiosk's embedded browser may load and give the camera to."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}


def origin_of(url: str) -> str:
    """scheme://host[:port] of `url`, lower-case, the default port left out."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    return f"{scheme}://{host}" if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{scheme}://{host}:{port}"


@dataclass(frozen=True)
class OriginList:
    """Allowed origins; an entry "https://*.example.org" allows example.org and its subdomains."""

    entries: tuple[str, ...]

    @classmethod
    def of(cls, urls: Iterable[str]) -> OriginList:
        return cls(tuple(dict.fromkeys(_normalise(u) for u in urls if u)))

    def allows(self, url: str) -> bool:
        """Whether `url` (any address on the origin, or the origin itself) is on the list."""
        origin = origin_of(url)
        for entry in self.entries:
            if "://*." not in entry:
                if origin == entry:
                    return True
                continue
            scheme, domain = entry.split("://*.", 1)
            wanted_scheme, _sep, host = origin.partition("://")
            if wanted_scheme == scheme and (host == domain or host.endswith("." + domain)):
                return True
        return False


def _normalise(url: str) -> str:
    if "://*." in url:
        scheme, rest = url.split("://*.", 1)
        return f"{scheme.lower()}://*.{origin_of('x://' + rest).split('://', 1)[1]}"
    return origin_of(url)
