"""No context menu anywhere: a kiosk has no right button, and Qt's text-field menu offers Undo and Paste.

A right click, a long press that a touch driver turns into one, or the Menu key of a keypad would open
it; Undo there brings back the previous resident's text and Paste the clipboard. Scroll bars and
selectable labels have menus too. Each widget's policy says "none" (the request goes to its parent)
and the root prevents it from going further. A policy, not an application event filter: a Python
filter costs every event of the application (about 15 us each here), which a look switch multiplies
by tens of thousands.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

NONE = Qt.ContextMenuPolicy.NoContextMenu
PREVENT = Qt.ContextMenuPolicy.PreventContextMenu


def forbid_context_menus(root: QWidget) -> None:
    """No widget under `root` opens a context menu, and `root` passes no request to its parents.

    The window calls it at start, on each screen it shows (screens build widgets as they go) and at
    every reset; a widget already done costs one comparison.
    """
    root.setContextMenuPolicy(PREVENT)
    for widget in root.findChildren(QWidget):
        if widget.contextMenuPolicy() not in (NONE, PREVENT):
            widget.setContextMenuPolicy(NONE)
