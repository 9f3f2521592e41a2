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
