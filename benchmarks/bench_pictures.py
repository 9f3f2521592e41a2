"""The look switch (large text on and off) of the home screen with its six pictograms and Seti, each
rendered once per colour and size; baseline: the same switch with the pictograms and Seti taken off,
in the same process. Also a pictogram's first render against its cached look-up."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from common import median, row

SWITCHES = 40


def main() -> None:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from kiosk.config import default_config
    from kiosk.gui import pictograms
    from tests.helpers.kiosk_window import make_window

    data = tempfile.mkdtemp()
    os.environ.update(KIOSK_DATA_DIR=data, KIOSK_LOG_DIR=data)
    window = make_window(f"sqlite:///{data}/bench.sqlite3", default_config())
    window.show()
    app = QApplication.instance()
    home = window.navigator.current_screen

    def switch_times() -> list[float]:
        times = []
        for n in range(SWITCHES):
            started = time.perf_counter()
            window.set_large_text(n % 2 == 0)
            window.repaint()
            app.processEvents()  # type: ignore[union-attr]
            times.append(time.perf_counter() - started)
        return times

    switch_times()  # warm-up: the first switches render each pictogram at its new size once
    names = {tile: tile.pictogram() for tile in home.tiles()}
    for tile in names:
        tile.__dict__["_pictogram"] = ""
        tile.setIcon(QIcon())
    home.seti.hide()
    without = switch_times()
    for tile, name in names.items():
        tile.set_pictogram(name)
    home.seti.show()
    with_pictures = switch_times()
    print(
        row(
            "Look switch on home, with pictograms and Seti",
            median(with_pictures) * 1000,
            "ms",
            "without them",
            median(without) * 1000,
        )
    )

    started = time.perf_counter()
    for size in range(40, 60):
        pictograms.rendered("calendar-event", "#102030", size)
    cold = (time.perf_counter() - started) / 20
    started = time.perf_counter()
    for _ in range(20):
        for size in range(40, 60):
            pictograms.rendered("calendar-event", "#102030", size)
    cached = (time.perf_counter() - started) / 400
    print(row("Pictogram look-up (cached)", cached * 1e6, "µs", "first render", cold * 1e6))
    window.close()


if __name__ == "__main__":
    main()
