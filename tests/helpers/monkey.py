"""Random taps and key presses on whatever the kiosk shows, with a fixed seed (a monkey test)."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget

KEYS = [
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Return,
    Qt.Key.Key_Escape,
    Qt.Key.Key_Backspace,
    Qt.Key.Key_Tab,
    Qt.Key.Key_A,
    Qt.Key.Key_1,
]
TEXTS = ["홍길동", "010-1234-5678", "", "x" * 300, "😀", "'; DROP TABLE booking; --", "\x00\x1b"]


def _tappable(window: QWidget) -> list[QWidget]:
    widgets = [w for w in window.findChildren(QAbstractButton) if w.isVisible() and w.isEnabled()]
    return [w for w in widgets if w.window() is window]


@dataclass
class MonkeyRun:
    """What a monkey run did: taps that landed on buttons, and the longest single event (a frozen
    screen shows as one event that takes seconds)."""

    taps: int = 0
    slowest_event_s: float = 0.0
    slowest_event: str = ""


def run_monkey(
    window: QWidget,
    events: int,
    seed: int,
    after_each: Callable[[], None] | None = None,
    record: list[tuple[float, str]] | None = None,
) -> MonkeyRun:
    """Send `events` random inputs to `window`, each handled to the end before the next; `record`
    collects (seconds, what) of every event."""
    rng = random.Random(seed)
    run = MonkeyRun()
    for _ in range(events):
        started = time.perf_counter()
        what = "key or text"
        roll = rng.random()
        if roll < 0.7:
            targets = _tappable(window)
            if targets:
                target = rng.choice(targets)
                what = f"tap on {target.objectName() or type(target).__name__} {target.text()!r}"
                QTest.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.rect().center())
                run.taps += 1
        elif roll < 0.85:
            focus = QApplication.focusWidget() or window
            QTest.keyClick(focus, rng.choice(KEYS))
        elif roll < 0.95:
            editors = [e for e in window.findChildren(QLineEdit) if e.isVisible() and e.isEnabled()]
            if editors:
                rng.choice(editors).setText(rng.choice(TEXTS))
        else:
            point = QPoint(rng.randrange(max(1, window.width())), rng.randrange(max(1, window.height())))
            child = window.childAt(point) or window
            QTest.mouseClick(child, Qt.MouseButton.LeftButton, pos=child.mapFrom(window, point))
        QApplication.processEvents()
        # The kiosk's event loop deletes what deleteLater() let go of; a bare processEvents() never does,
        # so without this the test would count every rebuilt list as a leak.
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        took = time.perf_counter() - started
        if record is not None:
            record.append((took, what))
        if took > run.slowest_event_s:
            run.slowest_event_s, run.slowest_event = took, what
        if after_each:
            after_each()
    return run
