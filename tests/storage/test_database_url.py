"""The configuration's PostgreSQL URL rules leave the machine's own server reachable as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import load_config
from kiosk.storage.database import Database
from tests.helpers.postgres import SUPERUSER, PostgresServer

pytestmark = pytest.mark.postgres


def _connects(tmp_path: Path, database: str) -> bool:
    (tmp_path / "kiosk.toml").write_text(database, encoding="utf-8")
    db = Database(load_config(tmp_path / "kiosk.toml").database.resolved_url())
    try:
        return db.ping()
    finally:
        db.dispose()


def test_loopback_with_a_password_file_connects(
    tmp_path: Path, postgres_server: PostgresServer, postgres_url: str
) -> None:
    secret = tmp_path / "pgpass"
    secret.write_text(f"127.0.0.1:{postgres_server.port}:*:{SUPERUSER}:unused-here\n", encoding="utf-8")
    secret.chmod(0o600)
    assert _connects(tmp_path, f'[database]\nurl = "{postgres_url}"\npassword_file = "{secret}"\n')


def test_a_unix_socket_connects_without_tls(
    tmp_path: Path, postgres_server: PostgresServer, postgres_url: str
) -> None:
    name = postgres_url.rsplit("/", 1)[1]
    url = (
        f"postgresql+psycopg://{SUPERUSER}@/{name}"
        f"?host={postgres_server.socket_dir}&port={postgres_server.port}"
    )
    assert _connects(tmp_path, f'[database]\nurl = "{url}"\n')
