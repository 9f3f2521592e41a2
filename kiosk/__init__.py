"""Seocho Tax Station kiosk."""

from kiosk.pyside_workaround import protect_singletons

__version__ = "0.1.0"

# Before any Qt call: PySide6 6.12.0 on Python 3.11 leaks references to None/True/False (see the module).
protect_singletons()
