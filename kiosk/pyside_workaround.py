"""Keeps PySide6 6.12.0 from crashing Python 3.11 by dropping references to None, True and False.

PySide6 6.12.0 returns None from void methods (`setText`, `setFixedSize`, `resize`...) and True from
`Signal.emit()` without a new reference. Python 3.12 made these objects immortal (PEP 683), which hides
the bug there; on 3.11 every call takes one reference away, and after about 5,000 calls Python aborts with
"Fatal Python error: none_dealloc" (or bool_dealloc). Measured: 20,000 `QPushButton.setText()` calls
abort a bare script. We give the three objects a reference count no kiosk can use up, as 3.12 does.
"""

from __future__ import annotations

import ctypes
import sys

# 2**40 references: about 35 years of a million leaked references a second.
SPARE_REFERENCES = 1 << 40


def protect_singletons() -> None:
    """Make None, True and False practically immortal on Python < 3.12 (no effect on newer Pythons)."""
    if sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(singleton)).value += SPARE_REFERENCES
