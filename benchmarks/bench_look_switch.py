"""Switching large text, high contrast, low reach and language with every screen and state built.

Issue 15 asks at most 100 ms median and 250 ms worst at 1920x1080. Two baselines in the same process:
the same switch in a window that has built only its home screen (the floor: what one screen costs), and
the application-wide style sheet the kiosk used before (kiosk/gui/look_scope.py says why it went).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from common import median, row

ROUNDS = 20  # each round switches on and off: 40 switches of each kind
OLD_WAY_ROUNDS = 2  # about 5 s each


def switch_time(app: object, window: object, action: Callable[[], None]) -> float:
    """From the tap's handler to the frame painted."""
    started = time.perf_counter()
    action()
    window.repaint()  # type: ignore[attr-defined]
    app.processEvents()  # type: ignore[attr-defined]
    return time.perf_counter() - started


def switches(window: object) -> dict[str, tuple[Callable[[], None], Callable[[], None]]]:
    w = window
    return {
        "large text": (lambda: w.set_large_text(True), lambda: w.set_large_text(False)),  # type: ignore[attr-defined]
        "high contrast": (lambda: w.set_high_contrast(True), lambda: w.set_high_contrast(False)),  # type: ignore[attr-defined]
        "low reach": (lambda: w.set_low_reach(True), lambda: w.set_low_reach(False)),  # type: ignore[attr-defined]
        "language": (lambda: w.set_language("en"), lambda: w.set_language("ko")),  # type: ignore[attr-defined]
    }


def measure(app: object, window: object) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {}
    for name, (on, off) in switches(window).items():
        samples = times.setdefault(name, [])
        for _ in range(ROUNDS):
            samples.append(switch_time(app, window, on))
            samples.append(switch_time(app, window, off))
    return times


def build_everything(window: object) -> None:
    from kiosk.gui.accessibility.audit import settle
    from kiosk.gui.screens.registry import SCREENS

    nav = window.navigator  # type: ignore[attr-defined]
    for route in SCREENS:
        nav.go(route)
        settle()
        for _state, drive in nav.current_screen.screenshot_states():
            drive()
            settle()
        nav.current_screen.reset()
    nav.home()
    settle()


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from kiosk.demo import load_demo
    from kiosk.gui.theme import Look, style_sheet
    from tests.helpers.kiosk_window import make_window

    data = tempfile.mkdtemp()
    os.environ.update(KIOSK_DATA_DIR=data, KIOSK_LOG_DIR=data)

    floor_window = make_window(f"sqlite:///{data}/floor.sqlite3")
    floor_window.show()
    app = QApplication.instance()
    floor = measure(app, floor_window)
    floor_window.close()

    window = make_window(f"sqlite:///{data}/bench.sqlite3")
    window.show()
    load_demo(window.context)
    build_everything(window)
    built = measure(app, window)
    for name, samples in built.items():
        print(
            row(
                f"{name} switch, every screen built, median",
                median(samples) * 1000,
                "ms",
                "home only",
                median(floor[name]) * 1000,
            )
        )
        print(
            row(
                f"{name} switch, every screen built, worst",
                max(samples) * 1000,
                "ms",
                "home only",
                max(floor[name]) * 1000,
            )
        )

    # The way it was: one application-wide sheet, which restyles every widget, hidden ones too.
    sheets = (style_sheet(Look(large_text=True)), style_sheet(Look()))
    old_way = [
        switch_time(app, window, lambda s=sheet: app.setStyleSheet(s))  # type: ignore[attr-defined]
        for _ in range(OLD_WAY_ROUNDS)
        for sheet in sheets
    ]
    print(
        row(
            "large text switch, every screen built, median",
            median(built["large text"]) * 1000,
            "ms",
            "application-wide style sheet (before)",
            median(old_way) * 1000,
        )
    )


if __name__ == "__main__":
    main()
