"""Several processes guess the staff PIN at once: none gets more tries than the lock-out rules allow."""

from __future__ import annotations

import multiprocessing
import traceback
from datetime import datetime
from typing import Any

from kiosk.config import StaffSection
from kiosk.domain.clock import SEOUL, ManualClock
from kiosk.domain.staff_pin import PadLocked
from kiosk.services.staff_auth import StaffAuth, WrongPin
from kiosk.storage.database import Database
from kiosk.storage.staff_lock import TOTAL_SCOPE, kiosk_scope, read_lock_state
from tests.helpers.staff_pin import TEST_PIN_HASH

PROCESSES = 6
GUESSES = 4
NOW = datetime(2026, 12, 5, 10, 0, tzinfo=SEOUL)


def _guesser(url: str, kiosk: str, total_limit: int, barrier: Any, results: Any) -> None:
    """Guess a wrong PIN GUESSES times as `kiosk`, starting with the others at the same instant."""
    try:
        database = Database(url)
        config = StaffSection(
            pin_hash=TEST_PIN_HASH, lock_after_failures=5, total_lock_after_failures=total_limit
        )
        auth = StaffAuth(database, ManualClock(NOW), config, kiosk)
        barrier.wait(timeout=60)
        outcomes = []
        for _ in range(GUESSES):
            try:
                auth.check("000000")
                outcomes.append("signed in")
            except WrongPin:
                outcomes.append("wrong")
            except PadLocked:
                outcomes.append("locked")
        database.dispose()
        results.put(outcomes)
    except Exception:
        barrier.abort()
        results.put(["error: " + traceback.format_exc()])


def _guess_together(database: Database, kiosks: list[str], total_limit: int) -> list[str]:
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(len(kiosks))
    results = context.Queue()
    url = database.url.render_as_string(hide_password=False)
    workers = [
        context.Process(target=_guesser, args=(url, kiosk, total_limit, barrier, results)) for kiosk in kiosks
    ]
    for worker in workers:
        worker.start()
    outcomes = [outcome for _ in workers for outcome in results.get(timeout=120)]
    for worker in workers:
        worker.join(timeout=30)
    errors = [outcome for outcome in outcomes if outcome.startswith("error")]
    assert not errors, errors[0]
    return outcomes


def test_processes_guessing_on_one_kiosk_get_five_tries_in_all(database: Database) -> None:
    # 24 guesses at once as one kiosk: the first lock comes after 5, so exactly 5 are tried (the
    # fifth answered with the lock), every other one refused before its PIN is compared.
    outcomes = _guess_together(database, ["lobby"] * PROCESSES, total_limit=100)
    assert outcomes.count("wrong") == 4
    assert outcomes.count("locked") == PROCESSES * GUESSES - 4
    with database.session() as session:
        assert read_lock_state(session, kiosk_scope("lobby")).failures == 5
        assert read_lock_state(session, TOTAL_SCOPE).failures == 5


def test_processes_guessing_on_many_kiosks_stop_at_the_total(database: Database) -> None:
    # Each kiosk alone stays under its first lock (4 guesses); together they reach the total of 10.
    kiosks = [f"kiosk {n}" for n in range(PROCESSES)]
    outcomes = _guess_together(database, kiosks, total_limit=10)
    assert outcomes.count("wrong") == 9
    assert outcomes.count("locked") == PROCESSES * GUESSES - 9
    with database.session() as session:
        total = read_lock_state(session, TOTAL_SCOPE)
        assert total.failures == 10 and total.held
        assert sum(read_lock_state(session, kiosk_scope(kiosk)).failures for kiosk in kiosks) == 10
