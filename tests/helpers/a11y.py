"""Tear-down for accessibility tests: a closed window must not leave application-wide filters behind."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication


def close_window(window: object) -> None:
    """Close and delete the window and the idle controller (parented to the application)."""
    window.close()  # type: ignore[attr-defined]
    window.context.database.dispose()  # type: ignore[attr-defined]
    window.idle.deleteLater()  # type: ignore[attr-defined]
    window.deleteLater()  # type: ignore[attr-defined]
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
