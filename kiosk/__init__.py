"""Seocho Tax Station kiosk."""

from kiosk.none_refcount_guard import guard_none_refcount

__version__ = "0.1.0"

# Before any Qt call: PySide6 6.12 on Python 3.11 drops a reference to None on every void method.
guard_none_refcount()
