"""Connectivity's schedule: re-check while up, back off while down (no server: a closed port)."""

from __future__ import annotations

import itertools

from sqlalchemy import event

from kiosk.services.connectivity import FIRST_BACKOFF_SECONDS, MAX_BACKOFF_SECONDS, Connectivity
from kiosk.storage.database import Database
from tests.helpers.postgres import free_port


def test_checks_back_off_while_the_server_stays_down() -> None:
    database = Database(f"postgresql+psycopg://kiosk@127.0.0.1:{free_port()}/kiosk")
    now = [0.0]
    connectivity = Connectivity(database, monotonic=lambda: now[0])
    pings: list[float] = []  # when the kiosk tried to reach the server
    event.listen(database.engine, "do_connect", lambda *_: pings.append(now[0]))

    for _ in range(200):
        assert connectivity.is_available() is False
        now[0] += 0.5
    gaps = [later - earlier for earlier, later in itertools.pairwise(pings)]
    assert gaps[:3] == [FIRST_BACKOFF_SECONDS, 2 * FIRST_BACKOFF_SECONDS, 4 * FIRST_BACKOFF_SECONDS]
    assert max(gaps) == MAX_BACKOFF_SECONDS


def test_a_reported_failure_counts_at_once_and_success_resets(database: Database) -> None:
    now = [0.0]
    connectivity = Connectivity(database, monotonic=lambda: now[0])
    assert connectivity.is_available() is True
    connectivity.report_failure()
    assert connectivity.is_available() is False  # believed until the backoff ends
    now[0] += FIRST_BACKOFF_SECONDS
    assert connectivity.is_available() is True  # the database really is fine
