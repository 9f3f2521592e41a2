"""Guards the PySide6 pin: void calls must not drain the refcount of None (docs/design/pyside-version.md)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_void_calls_keep_the_reference_count_of_none(qapp: QApplication) -> None:
    label = QLabel("x")
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("y")
        QApplication.processEvents()
    assert abs(sys.getrefcount(None) - before) < 50


def test_signal_emits_keep_the_reference_count_of_true(qapp: QApplication) -> None:
    # 6.12.0 also returns True from SignalInstance.emit() without a reference: about 600 emits from
    # Python aborted the interpreter ("bool_dealloc"); a playing lecture emits its position each 250 ms.
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        ping = Signal()

    probe = Probe()
    before = sys.getrefcount(True)
    for _ in range(1000):
        probe.ping.emit()
    assert abs(sys.getrefcount(True) - before) < 50
