"""The throw-away PostgreSQL helper cleans up after test runs that were killed mid-way."""

from __future__ import annotations

import subprocess
import sys

import psycopg
import pytest

from tests.helpers.postgres import OWNER_FILE, PostgresServer, remove_stale_servers, start_throwaway_server


@pytest.mark.postgres
def test_a_cluster_whose_test_run_died_is_stopped_and_deleted(postgres_server: PostgresServer) -> None:
    abandoned = start_throwaway_server()
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True)
    (abandoned.root / OWNER_FILE).write_text(finished.stdout.decode().strip())  # a pid that is gone

    remove_stale_servers(abandoned.bin_dir)

    assert not abandoned.root.exists()
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(abandoned.conninfo(), connect_timeout=2)
    assert postgres_server.root.exists()  # ours is alive and kept
