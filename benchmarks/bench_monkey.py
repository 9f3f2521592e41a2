"""10,000 random taps and keys after every screen and state was built: the slowest events and memory.

Issue 15: no single event over 1 s (a frozen screen) and RSS that levels off. The CI monkey test
(tests/gui/test_monkey.py) runs 1,500 events with a 3 s bound; this longer run is a benchmark. Baselines
in the same run: the median event, and the RSS growth over the first thousand events.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
from itertools import pairwise
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench_look_switch import build_everything
from common import median, row

EVENTS = 10_000
CHUNK = 1_000
SEED = 4242


def rss_mib() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 2**20


def main() -> None:
    from kiosk.demo import load_demo
    from kiosk.malloc_arenas import limit_malloc_arenas
    from tests.helpers.kiosk_window import make_window
    from tests.helpers.monkey import run_monkey

    limit_malloc_arenas()  # as `kiosk` does at start
    data = tempfile.mkdtemp()
    os.environ.update(KIOSK_DATA_DIR=data, KIOSK_LOG_DIR=data)
    window = make_window(f"sqlite:///{data}/bench.sqlite3")
    window.show()
    load_demo(window.context)
    build_everything(window)
    timings: list[tuple[float, str]] = []
    rss = [rss_mib()]
    for chunk in range(EVENTS // CHUNK):
        run = run_monkey(window, CHUNK, seed=SEED + chunk, record=timings)
        rss.append(rss_mib())
        print(
            f"events {(chunk + 1) * CHUNK}: RSS {rss[-1]:.0f} MiB, slowest {run.slowest_event_s:.2f} s",
            file=sys.stderr,
        )
    durations = [took for took, _ in timings]
    slowest = sorted(timings, reverse=True)[:5]
    growth = [later - earlier for earlier, later in pairwise(rss)]
    print(
        row(
            f"slowest of {EVENTS} monkey events",
            slowest[0][0] * 1000,
            "ms",
            "median event",
            median(durations) * 1000,
        )
    )
    for took, what in slowest:
        print(f"| slow event: {what} | {took * 1000:.0f} ms | | |")
    print(
        row(
            "RSS growth per 1,000 events, last 5,000 (mean)",
            sum(growth[5:]) / len(growth[5:]),
            "MiB",
            "first 1,000",
            growth[0],
        )
    )
    print(row(f"RSS after {EVENTS} events", rss[-1], "MiB", "after every screen was built", rss[0]))


if __name__ == "__main__":
    main()
