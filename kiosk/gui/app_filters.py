"""The kiosk's application-wide event filters, and how they step aside while Qt WebEngine runs.

PySide6 6.11.3 crashes (a segfault in PySide::getWrapperForQObject) when an application-wide Python
event filter is handed one of Qt WebEngine's internal QtQuick items
(QtWebEngineCore::RenderWidgetHostViewQtDelegateItem): wrapping it sets a dynamic property, whose change
event goes through the same filters and wraps the item again, half made. It happens before the filter's
Python body runs, so no check inside a filter helps (measured on the offscreen platform; the same
backtrace is reported for TimeLineAnnotator/desktop#548). So, while a web session is open, the filters
installed here are taken off the application, and the safe web view hands them its own input events
(watched = the web view), which keeps the idle reset, click sounds and voice guidance working over the
page. Widgets outside the page (the header) are not filtered meanwhile: their own signals still work.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

_filters: list[QObject] = []
_suspended = 0


def install(app: QApplication, event_filter: QObject) -> None:
    """Install an application-wide filter (newest runs first, as with installEventFilter)."""
    _forget_deleted()
    _filters.append(event_filter)
    if not _suspended:
        app.installEventFilter(event_filter)


def suspend() -> None:
    """Take every filter off the application (nested: as many resume() calls bring them back)."""
    global _suspended
    _suspended += 1
    app = QApplication.instance()
    if _suspended == 1 and app is not None:
        _forget_deleted()
        for event_filter in _filters:
            app.removeEventFilter(event_filter)


def resume() -> None:
    global _suspended
    if not _suspended:
        return
    _suspended -= 1
    app = QApplication.instance()
    if not _suspended and app is not None:
        _forget_deleted()
        for event_filter in _filters:
            app.installEventFilter(event_filter)


def suspended() -> bool:
    return _suspended > 0


def forward(watched: QObject, event: QEvent) -> bool:
    """While suspended: give `event` to the filters as the application would (newest first)."""
    if not _suspended:
        return False
    _forget_deleted()
    return any(event_filter.eventFilter(watched, event) for event_filter in reversed(_filters))


def _forget_deleted() -> None:
    _filters[:] = [f for f in _filters if shiboken6.isValid(f)]
