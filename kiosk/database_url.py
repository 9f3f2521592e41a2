"""What a PostgreSQL URL in the configuration may say: no password in it, verified TLS over a network.

A kiosk's connection carries residents' names and phone numbers. On the machine itself (loopback, a unix
socket) nothing crosses a wire; to any other host, libpq must check the server's certificate against a
root certificate (`sslmode=verify-full` plus `sslrootcert`), or a man in the middle reads the bookings.
A password written into the URL ends up in shell history, `ps`, backups and bug reports: it belongs in a
password file that only the kiosk user can read (libpq's `passfile`).
"""

from __future__ import annotations

import ipaddress
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})
# libpq 16 also accepts "system": the operating system's trusted roots.
SYSTEM_ROOTS = "system"
EXAMPLE_TLS = "?sslmode=verify-full&sslrootcert=/etc/seocho-tax-kiosk/db-root.crt"


class UnsafeDatabaseUrl(ValueError):
    """The URL would leak the password or talk to a server it has not verified; says what to change."""


def is_postgresql(url: str) -> bool:
    return urlsplit(url).scheme.split("+", 1)[0] in ("postgresql", "postgres")


def hosts(url: str) -> list[str]:
    """Every host the URL names: in the address and in `host=` query values (comma lists split)."""
    parts = urlsplit(url)
    names: list[str] = []
    netloc_hosts = parts.netloc.rpartition("@")[2]
    for entry in netloc_hosts.split(","):
        if entry.startswith("["):  # [::1]:5432
            names.append(entry[1:].partition("]")[0])
        else:
            names.append(unquote(entry.partition(":")[0]))
    for value in _query(url).get("host", []) + _query(url).get("hostaddr", []):
        names.extend(entry.strip() for entry in value.split(","))
    return [name for name in names if name]


def is_local(host: str) -> bool:
    """Loopback or a unix socket folder: nothing leaves the machine."""
    if host.startswith(("/", "@")) or host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str, allow_unverified_tls: bool) -> str | None:
    """Refuse a password in `url` and an unverified connection over a network (UnsafeDatabaseUrl);
    returns a warning when the configuration chose an unverified one, None otherwise."""
    if not is_postgresql(url):
        return None
    parts = urlsplit(url)
    query = _query(url)
    if parts.password or query.get("password"):
        raise UnsafeDatabaseUrl(
            "must not contain the password: remove it from the URL and put it in a password file "
            "readable only by the kiosk user (one line host:port:database:user:password, mode 0600), "
            'named by [database] password_file = "/etc/seocho-tax-kiosk/pgpass" (or libpq\'s '
            "~/.pgpass or PGPASSFILE)"
        )
    remote = [host for host in hosts(url) if not is_local(host)]
    root_cert = (query.get("sslrootcert") or [""])[-1]
    if root_cert and root_cert != SYSTEM_ROOTS and not Path(root_cert).expanduser().is_file():
        raise UnsafeDatabaseUrl(f"names sslrootcert={root_cert}, but there is no such file")
    if not remote:
        return None
    verified = (query.get("sslmode") or [""])[-1] == "verify-full" and bool(root_cert)
    if verified:
        return None
    where = ", ".join(remote)
    if not allow_unverified_tls:
        raise UnsafeDatabaseUrl(
            f"reaches {where} over the network without verifying the server: add {EXAMPLE_TLS} "
            "(the root certificate that signed the server's), or set [database] allow_unverified_tls = "
            "true to accept a connection anyone on the way could read"
        )
    return (
        f"the database connection to {where} does not verify the server's certificate "
        "([database] allow_unverified_tls = true): anyone on the network path could read it"
    )


def _query(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query, keep_blank_values=True)
