"""Keeps a widget's minimum height at what its wrapped content needs for its current width.

The theme's `min-height` sets a widget's minimum size when it polishes the widget, and an explicit
minimum wins over `minimumSizeHint()` in every layout; scroll areas and stacked pages do not pass
height-for-width down either. So a label that wraps onto more lines in large text was cut off (K08).
A widget calls `follow_content_height` from its `event()`: after a polish it remembers the theme's
minimum as the floor, and after a polish, resize or font change it sets its minimum to
max(floor, needed(width)).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

_STYLE_EVENTS = (QEvent.Type.Polish, QEvent.Type.StyleChange)
_REFIT_EVENTS = (*_STYLE_EVENTS, QEvent.Type.Resize, QEvent.Type.FontChange)
_FLOOR = "_contentHeightFloor"
_SET = "_contentHeightSet"


def follow_content_height(widget: QWidget, event: QEvent, needed: Callable[[int], int]) -> None:
    """Call after the base class has handled `event`; `needed(width)` is the content's height."""
    kind = event.type()
    if kind not in _REFIT_EVENTS:
        return  # above all not DeferredDelete: the C++ widget is gone after the base class handled it
    if kind in _STYLE_EVENTS or widget.property(_FLOOR) is None:
        current = widget.minimumHeight()
        # The theme's value, unless this is the minimum set here last time (a polish without one).
        if current != widget.property(_SET) or widget.property(_FLOOR) is None:
            widget.setProperty(_FLOOR, current)
    refit(widget, needed)


def refit(widget: QWidget, needed: Callable[[int], int]) -> None:
    """Set the minimum height now (after the content changed)."""
    floor = widget.property(_FLOOR) or 0
    height = max(floor, needed(widget.width())) if widget.width() > 0 else floor
    widget.setProperty(_SET, height)
    if widget.minimumHeight() != height:
        widget.setMinimumHeight(height)


def style_floor(widget: QWidget) -> int:
    """The theme's minimum height (before the content's)."""
    return int(widget.property(_FLOOR) or 0)
