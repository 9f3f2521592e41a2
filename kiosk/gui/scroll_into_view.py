"""Scroll a control into sight, whole and with its ring, in every scroll area that holds it.

QScrollArea.ensureWidgetVisible shows only a line edit's text cursor, which left a tapped field cut at
the page's edge with its focus ring on the keyboard below (K15); a control's label should come along
when both fit, and otherwise stay wholly out of view rather than be cut in half (K08).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from kiosk.gui.focus_ring import TONE_WIDTH

# The ring lies 2 x TONE_WIDTH outside its control.
RING_MARGIN = 2 * TONE_WIDTH


def show_whole(widget: QWidget) -> None:
    """Scroll each scroll area around `widget`, innermost first, so it shows whole."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            _ensure_visible(parent, widget)
        parent = parent.parentWidget()


def label_of(widget: QWidget, within: QWidget) -> QLabel | None:
    """The shown label in `within` whose buddy is `widget`, if there is one."""
    for label in within.findChildren(QLabel):
        if label.buddy() is widget and label.isVisibleTo(within):
            return label
    return None


def _rect_in(content: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(content, QPoint(0, 0)), widget.size())


def _ensure_visible(area: QScrollArea, widget: QWidget) -> None:
    content = area.widget()
    if content is None or not content.isAncestorOf(widget):
        return
    room = area.viewport().height()
    wanted = _rect_in(content, widget).adjusted(0, -RING_MARGIN, 0, RING_MARGIN)
    label = label_of(widget, content)
    with_label = wanted.united(_rect_in(content, label)) if label is not None else wanted
    bar = area.verticalScrollBar()
    if with_label.height() <= room:
        wanted = with_label
    elif label is not None and _rect_in(content, label).top() < wanted.top():
        # The label cannot come along: start the view at the field so none of the label shows.
        bar.setValue(wanted.top())
        return
    top = bar.value()
    if wanted.top() < top:
        bar.setValue(wanted.top())
    elif wanted.bottom() >= top + room:
        bar.setValue(min(wanted.top(), wanted.bottom() + 1 - room))
