"""Several processes book at once: each slot is booked exactly once, each phone within its daily limit."""

from __future__ import annotations

import multiprocessing
import os
import random
import subprocess
import sys
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kiosk.domain.booking_errors import PhoneLimitReached, SlotTaken
from kiosk.domain.clock import ManualClock
from kiosk.services.booking import BookingService, load_demo_consultants
from kiosk.storage import booking as store
from kiosk.storage.database import Database
from tests.helpers.booking import BOOKABLE_DAY, TODAY, at

PROCESSES = 8


def _race_worker(url: str, worker: int, barrier: Any, results: Any) -> None:
    """Book every morning slot in a random order, all workers starting at the same instant."""
    try:
        database = Database(url)
        service = BookingService(database, ManualClock(at(TODAY, 9)))
        starts = [at(BOOKABLE_DAY, h, m) for h in (10, 11) for m in (0, 20, 40)]
        random.Random(worker).shuffle(starts)
        barrier.wait(timeout=60)
        outcomes = []
        for index, start in enumerate(starts):
            try:
                service.book(
                    start=start,
                    consultant_id="c01",
                    field_id="national",
                    name="홍길동",
                    phone=f"010-{worker:04d}-{index:04d}",
                    consent=True,
                )
                outcomes.append(("won", start.isoformat()))
            except SlotTaken:
                outcomes.append(("lost", start.isoformat()))
        database.dispose()
        results.put(outcomes)
    except Exception:
        barrier.abort()  # the others stop waiting at once instead of hanging
        results.put([("error", traceback.format_exc())])


def _run_together(database: Database, target: Callable[..., None]) -> list[tuple[str, str]]:
    """Run PROCESSES workers of `target` on the demo consultants at once; their (outcome, detail) lists."""
    load_demo_consultants(database)
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(PROCESSES)
    results = context.Queue()
    url = database.url.render_as_string(hide_password=False)
    workers = [context.Process(target=target, args=(url, n, barrier, results)) for n in range(PROCESSES)]
    for worker in workers:
        worker.start()
    outcomes = [outcome for _ in workers for outcome in results.get(timeout=90)]
    for worker in workers:
        worker.join(timeout=30)
    errors = [detail for outcome, detail in outcomes if outcome == "error"]
    assert not errors, errors[0]
    return outcomes


def test_processes_racing_for_the_same_slots_book_each_exactly_once(database: Database) -> None:
    outcomes = _run_together(database, _race_worker)
    wins = Counter(start for outcome, start in outcomes if outcome == "won")
    losses = Counter(start for outcome, start in outcomes if outcome == "lost")
    assert len(wins) == 6 and set(wins.values()) == {1}
    assert set(losses.values()) == {PROCESSES - 1}
    with database.session() as session:
        assert store.count_bookings(session) == 6
        assert len(store.taken_slots(session, BOOKABLE_DAY, BOOKABLE_DAY)) == 6


def _same_phone_worker(url: str, worker: int, barrier: Any, results: Any) -> None:
    """Book one slot of its own (its own consultant) with the phone every worker uses, all at once."""
    try:
        database = Database(url)
        service = BookingService(database, ManualClock(at(TODAY, 9)))
        start = [at(BOOKABLE_DAY, h, m) for h in (10, 11, 14) for m in (0, 20, 40)][worker]
        barrier.wait(timeout=60)
        try:
            booking = service.book(
                start=start,
                consultant_id=None,
                field_id="national",
                name="홍길동",
                phone="010-5555-0000",
                consent=True,
            )
            results.put([("won", booking.code)])
        except PhoneLimitReached:
            results.put([("refused", start.isoformat())])
        database.dispose()
    except Exception:
        barrier.abort()
        results.put([("error", traceback.format_exc())])


def test_processes_booking_different_slots_with_one_phone_get_exactly_one_booking(
    database: Database,
) -> None:
    # The slots differ, so the unique slot index cannot stop a second booking: only the phone rule can.
    outcomes = _run_together(database, _same_phone_worker)
    assert sorted(outcome for outcome, _detail in outcomes) == ["refused"] * (PROCESSES - 1) + ["won"]
    with database.session() as session:
        assert store.active_bookings_of_phone(session, "01055550000", BOOKABLE_DAY) == 1


@pytest.fixture
def kiosk_config(database: Database, tmp_path: Path) -> Path:
    """A configuration file pointing `python -m kiosk` at the test database (KIOSK_CONFIG names it)."""
    load_demo_consultants(database)
    config = Path(os.environ["KIOSK_CONFIG"])
    config.write_text(f'[database]\nurl = "{database.url.render_as_string(hide_password=False)}"\n')
    return config


def test_kiosk_book_commands_started_together_book_each_slot_once(
    kiosk_config: Path, database: Database
) -> None:
    slots = ["2026-12-03T14:00+09:00", "2026-12-03T14:20+09:00"]
    commands = []
    for n in range(6):
        for start in slots:
            commands.append(
                [
                    sys.executable,
                    "-m",
                    "kiosk",
                    "book",
                    "--start",
                    start,
                    "--consultant",
                    "c03",
                    "--field",
                    "gift",
                    "--name",
                    "김철수",
                    "--phone",
                    f"010-{n:04d}-{slots.index(start):04d}",
                    "--today",
                    TODAY.isoformat(),
                ]
            )
    root = Path(__file__).resolve().parents[2]
    running = [
        subprocess.Popen(cmd, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for cmd in commands
    ]
    finished = [(proc.wait(timeout=90), *proc.communicate()) for proc in running]
    winners = [
        (cmd[5], out.strip()) for cmd, (code, out, _err) in zip(commands, finished, strict=True) if code == 0
    ]
    losers = [(code, err) for code, _out, err in finished if code != 0]
    assert sorted(start for start, _code in winners) == slots
    assert all(len(code) == 6 for _start, code in winners)
    assert len(losers) == 10
    assert all(code == 4 and "already taken" in err for code, err in losers), losers
    with database.session() as session:
        assert store.count_bookings(session) == 2
