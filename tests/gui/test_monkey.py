"""A few thousand random taps and keys on every screen: no unhandled error, no runaway memory."""

from __future__ import annotations

import resource
import sys
from types import TracebackType

import pytest

from kiosk.malloc_arenas import limit_malloc_arenas
from tests.helpers.kiosk_window import make_window
from tests.helpers.monkey import run_monkey

EVENTS = 1500
# Measured 2026-11-25 (after a 300-event warm-up, the kiosk's two malloc arenas): widgets and Python
# objects stay flat; RSS rises by 88-95 MiB over these 1,500 events, most of it in the first 900
# (lecture playback, glyph and style caches), and levels off (3,600 events: +72 MiB, flat from 900 on).
# Before: a pair of translators per language switch and glibc's default arenas gave 147 MiB and rising.
# With every screen built once first (voice row, sounds and the accessibility work merged): +72 and +87 MiB
# in two runs; the slowest event 2.2 s (typing), none near the 6 s libvlc stop since a lecture loads
# into a fresh player when the old one's stop could block.
MEMORY_GROWTH_BOUND_MIB = 140
FROZEN_SCREEN_S = 3.0


def _visit_every_screen_once(window) -> None:
    """First use is not growth: each screen, in each of its states (a lecture playing, the booklet's
    PDF engine), is built once before the measurement. Which of them the random warm-up happened to
    open decided 30-60 MiB of the figure, so the same code measured 118 to 162 MiB."""
    from kiosk.gui.accessibility.audit import settle
    from kiosk.gui.screens.registry import SCREENS

    for route in SCREENS:
        window.navigator.go(route)
        settle()
        for _state, drive in window.navigator.current_screen.screenshot_states():
            drive()
            settle()
        window.navigator.current_screen.reset()
    window.navigator.home()
    settle()


def _rss_mib() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 2**20


@pytest.mark.timeout(600)
def test_random_use_raises_nothing_and_memory_stays_bounded(qtbot, database_url: str, monkeypatch) -> None:
    limit_malloc_arenas()  # as `kiosk` does at start
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
    _visit_every_screen_once(window)
    before = _rss_mib()
    run = run_monkey(window, EVENTS, seed=2026)
    growth = _rss_mib() - before
    slowest = f"{run.slowest_event_s:.2f} s ({run.slowest_event})"
    print(f"monkey: {run.taps} taps, slowest event {slowest}, RSS +{growth:.1f} MiB")
    assert errors == []
    assert run.taps > EVENTS // 2
    # No frozen screen: every tap, key or typed text is handled within a bound that leaves room for a
    # loaded CI machine; the slowest seen here is about 1 s. This caught libvlc's 6 s stop after a seek.
    assert run.slowest_event_s < FROZEN_SCREEN_S, f"one event took {run.slowest_event_s:.1f} s"
    assert growth < MEMORY_GROWTH_BOUND_MIB, f"memory grew {growth:.1f} MiB"
    window.context.database.dispose()
