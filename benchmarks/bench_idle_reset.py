"""The idle reset with every screen built in every state (1920x1080), after a resident used English.

Baseline for the reset: one screen change back home, in the same process (the reset ends with one).
Baseline for the context-menu pass: listing the window's widgets (findChildren), which it must do anyway.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from common import median, p95, row

RESETS = 20


def timed(action: object) -> float:
    started = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - started


def main() -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    from kiosk.demo import load_demo
    from kiosk.gui.accessibility.audit import settle
    from kiosk.gui.no_context_menu import forbid_context_menus
    from kiosk.gui.screens.registry import SCREENS
    from tests.helpers.kiosk_window import make_window

    data = tempfile.mkdtemp()
    os.environ.update(KIOSK_DATA_DIR=data, KIOSK_LOG_DIR=data)
    window = make_window(f"sqlite:///{data}/bench.sqlite3")
    window.show()
    load_demo(window.context)
    window.context.staff.session.sign_in()
    for route in SCREENS:
        window.navigator.go(route)
        settle()
        for _state, drive in window.navigator.current_screen.screenshot_states():
            drive()
            settle()
    app = QApplication.instance()

    resets, homes = [], []
    for _ in range(RESETS):
        window.set_language("en")
        window.navigator.go("booking_lookup")
        window.navigator.current_screen.code_edit.insert("7Q2K")
        resets.append(timed(window.reset_session))
        app.processEvents()  # type: ignore[union-attr]
        window.navigator.go("guide")
        homes.append(timed(window.navigator.home))
    passes = [timed(lambda: forbid_context_menus(window)) for _ in range(RESETS)]
    listings = [timed(lambda: window.findChildren(QWidget)) for _ in range(RESETS)]
    widgets = len(window.findChildren(QWidget))

    print(
        row(
            f"idle reset median ({RESETS} resets)",
            median(resets) * 1000,
            "ms",
            "screen change home",
            median(homes) * 1000,
        )
    )
    print(
        row("idle reset 95th percentile", p95(resets) * 1000, "ms", "screen change home", p95(homes) * 1000)
    )
    print(
        row(
            f"no-context-menu pass over {widgets} widgets",
            median(passes) * 1000,
            "ms",
            "findChildren(QWidget)",
            median(listings) * 1000,
        )
    )
    window.context.database.dispose()


if __name__ == "__main__":
    main()
