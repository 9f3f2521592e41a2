"""Web addresses as a phone camera needs them: IRIs with Korean characters become plain ASCII URIs."""

from __future__ import annotations

from urllib.parse import quote, urlsplit, urlunsplit

# RFC 3986 reserved and unreserved characters stay as they are; "%" stays so that an address that is
# already percent-encoded is not encoded twice.
_SAFE_IN_PATH = "/:@!$&'()*+,;=-._~%"
_SAFE_IN_QUERY = _SAFE_IN_PATH + "?"


def is_http_url(url: str) -> bool:
    """True for an absolute http:// or https:// address with a host."""
    parts = urlsplit(url.strip())
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def iri_to_uri(iri: str) -> str:
    """Percent-encode non-ASCII path, query and fragment (UTF-8) and IDNA-encode a non-ASCII host."""
    parts = urlsplit(iri.strip())
    netloc = parts.netloc
    if parts.hostname and not parts.hostname.isascii():
        host = parts.hostname.encode("idna").decode("ascii")
        userinfo = netloc.rpartition("@")[0]
        netloc = (userinfo + "@" if userinfo else "") + host + (f":{parts.port}" if parts.port else "")
    return urlunsplit(
        (
            parts.scheme,
            netloc,
            quote(parts.path, safe=_SAFE_IN_PATH),
            quote(parts.query, safe=_SAFE_IN_QUERY),
            quote(parts.fragment, safe=_SAFE_IN_QUERY),
        )
    )
