"""Works around a PySide6 6.12 defect on Python 3.11: void Qt methods return None without a reference.

Measured here (2026-11-25, PySide6 6.12.0, CPython 3.11.7): each call of a void method such as
`QObject.setObjectName` or `QPainter.save` lowers None's reference count by one, so after a few
thousand calls CPython aborts with "Fatal Python error: none_dealloc: deallocating None". Python 3.12
made None immortal (PEP 683), which is why the defect goes unnoticed upstream. Until the kiosk runs
on 3.12+, None's count is raised far beyond anything a kiosk's lifetime can use up.
"""

from __future__ import annotations

import ctypes
import sys

# 2**60 void calls would take centuries; the count stays far from the 2**63 limit.
_HEADROOM = 1 << 60


def guard_none_refcount() -> bool:
    """Give None an effectively endless reference count on CPython < 3.12; True when it was raised."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the first field of every object
    if refcount.value >= _HEADROOM:
        return False
    refcount.value += _HEADROOM
    return True
