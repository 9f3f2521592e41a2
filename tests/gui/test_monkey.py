"""A few thousand random taps and keys on every screen: no unhandled error, no runaway memory."""

from __future__ import annotations

import resource
import sys
from types import TracebackType

import pytest

from tests.helpers.kiosk_window import make_window
from tests.helpers.monkey import run_monkey

EVENTS = 1500
# Known growth, measured 2026-11-25 with every feature merged: about 90 KiB per random event (60 MiB
# per 600 events, steady over 3,000), an unbounded cache or leak not yet found (issue 10 stays open for
# it). The bound holds that figure so the test fails if it gets worse; lower it when the leak is fixed.
MEMORY_GROWTH_BOUND_MIB = 200


def _rss_mib() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 2**20


@pytest.mark.timeout(600)
def test_random_use_raises_nothing_and_memory_stays_bounded(qtbot, database_url: str, monkeypatch) -> None:
    window = make_window(database_url)
    qtbot.addWidget(window)
    window.show()
    from kiosk.demo import load_demo

    load_demo(window.context)
    errors: list[str] = []

    def record(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        errors.append(f"{exc_type.__name__}: {exc}")

    monkeypatch.setattr(sys, "excepthook", record)
    # The staff PIN pad opens only on a long press; the monkey stays a resident.
    run_monkey(window, 300, seed=7)
    before = _rss_mib()
    taps = run_monkey(window, EVENTS, seed=2026)
    growth = _rss_mib() - before
    assert errors == []
    assert taps > EVENTS // 2
    print(f"memory grew {growth:.1f} MiB over {EVENTS} events")
    assert growth < MEMORY_GROWTH_BOUND_MIB, f"memory grew {growth:.1f} MiB"
    window.context.database.dispose()
