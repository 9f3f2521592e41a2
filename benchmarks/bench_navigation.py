"""Screen transitions (median and 95th percentile) and memory over 10,000 random navigations.

Baseline for transitions: flipping a bare QStackedWidget between two QLabel pages, in the same process.
Baseline for memory: the kiosk's own RSS right after start-up.
"""

from __future__ import annotations

import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from common import median, p95, row

TAPS = 300
NAVIGATIONS = 10_000


def rss_mib() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 2**20


def paint_time(app: object, widget: object, action: object) -> float:
    started = time.perf_counter()
    action()  # type: ignore[operator]
    widget.repaint()  # type: ignore[attr-defined]
    app.processEvents()  # type: ignore[attr-defined]
    return time.perf_counter() - started


def main() -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget

    from kiosk.config import default_config
    from kiosk.demo import load_demo
    from kiosk.gui.screens.registry import SCREENS
    from tests.helpers.kiosk_window import make_window

    data = tempfile.mkdtemp()
    os.environ.update(KIOSK_DATA_DIR=data, KIOSK_LOG_DIR=data)
    config = default_config()
    window = make_window(f"sqlite:///{data}/bench.sqlite3", config)
    window.show()
    load_demo(window.context)
    app = QApplication.instance()
    start_rss = rss_mib()

    routes = [r for r in SCREENS if r != "home"]
    for route in routes:  # first visits build the screens; measured separately below
        window.navigator.go(route)
    rng = random.Random(1)
    kiosk_times = []
    for _ in range(TAPS):
        route = rng.choice(routes)
        kiosk_times.append(paint_time(app, window, lambda r=route: window.navigator.go(r)))
        window.navigator.home()

    stack = QStackedWidget()
    stack.resize(1920, 1080)
    for text in ("a", "b"):
        stack.addWidget(QLabel(text))
    stack.show()
    bare_times = [paint_time(app, stack, lambda i=i: stack.setCurrentIndex(i % 2)) for i in range(TAPS)]

    half_rss = start_rss
    for n in range(NAVIGATIONS):
        window.navigator.go(rng.choice(routes))
        if rng.random() < 0.3:
            window.navigator.home()
        app.processEvents()
        # What the kiosk's event loop does between taps: delete the widgets rebuilt lists let go of.
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if n == NAVIGATIONS // 2:
            half_rss = rss_mib()
    end_rss = rss_mib()
    print(
        row(
            f"screen transition median ({TAPS} taps)",
            median(kiosk_times) * 1000,
            "ms",
            "bare QStackedWidget flip",
            median(bare_times) * 1000,
        )
    )
    print(
        row(
            "screen transition 95th percentile",
            p95(kiosk_times) * 1000,
            "ms",
            "bare QStackedWidget flip",
            p95(bare_times) * 1000,
        )
    )
    print(row(f"RSS after {NAVIGATIONS} navigations", end_rss, "MiB", "RSS after start-up", start_rss))
    half = NAVIGATIONS // 2
    print(row(f"RSS after {NAVIGATIONS} navigations (steady)", end_rss, "MiB", f"RSS after {half}", half_rss))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(row("peak RSS over the run", peak, "MiB", "RSS after start-up", start_rss))


if __name__ == "__main__":
    main()
