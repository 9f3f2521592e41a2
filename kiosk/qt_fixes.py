"""Work-arounds for bugs in the Qt binding the kiosk runs on. Call `apply_qt_fixes()` before any Qt use.

PySide6 6.12.0 on Python 3.11: every `SignalInstance.emit()` returns `True` without taking a reference
to it, so each emit from Python lowers `True`'s reference count by one. After about 600 emits the
interpreter frees `True` and aborts ("Fatal Python error: bool_dealloc"); a playing video emits its
position several times a second, so the kiosk would crash within minutes. Python 3.12 made `True`
immortal, which is what the fix below does by hand: it gives `True` a reference count that no run can
use up. It is applied only when a probe shows the leak, so a fixed PySide6 leaves the count alone.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40
_applied = False


def emit_leaks_true() -> bool:
    """True when emitting a signal from Python loses a reference to `True` (measured, not assumed)."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(10):
        probe.ping.emit()
    return sys.getrefcount(True) < before - 5


def apply_qt_fixes() -> None:
    """Apply every needed work-around once per process."""
    global _applied
    if _applied:
        return
    _applied = True
    if sys.version_info < (3, 12) and emit_leaks_true():
        ctypes.c_ssize_t.from_address(id(True)).value += _RESERVE
